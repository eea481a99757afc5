"""A defined input whose words hold "and" but are, word for word, one row's whole label in the company's own tables
("Notes and debentures payable to affiliates") is that row, not two figures joined by "and"; words no table prints
are declined as before. A question that says its figures come from the selected financial data may use that table's
rows (checked on their page like any input), though it is no primary statement. Fictional filers, figures and
wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

FEN = meta("FENWICK_WATER_2025_10K", "Fenwick Water Co.", 2025)
FEN_SELECTED = """PART II
ITEM 5. MARKET FOR THE COMPANY'S COMMON EQUITY
Our common stock trades on a national exchange. Holders of the common stock may receive dividends when the board
declares them.
The board declared four quarterly dividends in each of the last two years.
We did not sell any unregistered equity securities during the year.
We did not buy back any of our common stock during the fourth quarter.
The performance graph that compares our shareholder return with two indices is furnished, not filed.
Our transfer agent keeps the register of holders.
The number of holders of record is given on the cover.
ITEM 6. SELECTED FINANCIAL DATA
The following five-year summary should be read with the financial statements.
(Dollars in millions) 2025 2024 2023 2022 2021
Operating revenues $ 1,800 $ 1,700 $ 1,650 $ 1,600 $ 1,500
Net income 300 280 270 260 240
Total assets 12,000 11,000 10,400 9,900 9,300
Borrowings and mandatorily redeemable shares at carrying value 4,800 4,180 3,900 3,600 3,300
"""
FEN_BALANCE = """FENWICK WATER CO.
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2025 2024
Utility plant, net $ 10,500 $ 9,600
Cash and cash equivalents 100 90
Total current assets 700 650
Total assets 12,000 11,000
Notes and debentures payable to affiliates 1,200 1,100
Long-term debt 3,500 2,980
Total liabilities 8,000 7,300
Total stockholders' equity 4,000 3,700
Total liabilities and stockholders' equity 12,000 11,000
"""

IX = memory_index([(FEN, {41: FEN_SELECTED, 66: FEN_BALANCE})])


@pytest.mark.parametrize("question, shares", [
    ("Using the selected financial data for each figure, define Fenwick Water's funding ratio as borrowings and "
     "mandatorily redeemable shares at carrying value over total assets. What was it at the end of 2025 and 2024, "
     "in percent?",
     ("40.0%", "38.0%")),  # 4,800 / 12,000; 4,180 / 11,000
    ("Taking affiliate funding as notes and debentures payable to affiliates divided by total assets, what was "
     "Fenwick Water's affiliate funding at year-end 2025, in percent?", ("10.0%",)),  # 1,200 / 12,000
])
def test_a_printed_label_holding_and_is_one_row(question, shares):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    for s in shares:
        assert s in a.text, a.text


def test_only_printed_words_and_the_named_source_are_read():
    named = answer_question("Define Fenwick Water's funding ratio as borrowings and mandatorily redeemable shares at "
                            "carrying value divided by total assets (from the selected financial data). What was it "
                            "at the end of 2025, in percent?", IX)
    assert named is not None and not named.refused and "40.0%" in named.text, named and named.text
    # words no table prints are declined as before
    a = answer_question("Define Fenwick Water's lease cover as leases and guarantees at face value divided by total "
                        "assets. What was it in 2025?", IX)
    assert a is None or a.refused, a.text
    # without the question naming the selected financial data, a row of that summary table is no calculation's input
    a = answer_question("Define Fenwick Water's funding ratio as borrowings and mandatorily redeemable shares at "
                        "carrying value divided by total assets. What was it at the end of 2025, in percent?", IX)
    assert a is None or a.refused or "40.0%" not in a.text, a.text

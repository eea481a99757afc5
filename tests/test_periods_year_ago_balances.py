"""A retailer's 10-Q prints its balance sheet at the quarter's end, at the fiscal year-end before it and at the same
quarter's end a year earlier. Two balance dates compared, the report's own and the one a year before it ("at August 2,
2025 and at August 3, 2024"), are that report's two quarter columns: the year-ago one is named as extraction names it,
the same quarter of the year before. A 10-Q that prints no such column answers nothing for that date (its figure is
not found, and the question is declined), and one date a year back asked alone is still no column of the report.
Every filer, row and wording below is written for this test."""

from __future__ import annotations

import datetime as dt

from assistant.answer.intents import answer_question
from assistant.text.periods import date_period
from assistant.types import DocMeta
from finance_filings import memory_index

LINDQVIST = DocMeta(doc_id="dlqh", doc="lindqvist_home_10q_q2_2025", source="lindqvist_home_10q_q2_2025.pdf",
                    title="Lindqvist Home Stores, Inc. - Form 10-Q", company="Lindqvist Home Stores",
                    doc_type="10-Q", fiscal_year=2025, period="Q2 2025",
                    extra={"period_end": "2025-08-02"})  # fmt: skip
LINDQVIST_BS = """LINDQVIST HOME STORES, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(Unaudited; $ in millions)
August 2, 2025 February 1, 2025 August 3, 2024
Cash and cash equivalents $ 412 $ 655 $ 389
Merchandise inventories 2,318 2,046 2,402
Other current assets 301 284 296
Total current assets 3,031 2,985 3,087
Property and equipment, net 1,877 1,902 1,861
Total assets 4,908 4,887 4,948
Accounts payable 1,644 1,502 1,718
Accrued liabilities 822 871 806
Current portion of long-term debt 30 30 30
Total current liabilities 2,496 2,403 2,554
Long-term debt 1,120 1,135 1,150
Total liabilities 3,616 3,538 3,704
Total shareholders' equity 1,292 1,349 1,244
Total liabilities and shareholders' equity $ 4,908 $ 4,887 $ 4,948
"""

PRESCOTT = DocMeta(doc_id="dprc", doc="prescott_tile_10q_q2_2025", source="prescott_tile_10q_q2_2025.pdf",
                   title="Prescott Tile Company - Form 10-Q", company="Prescott Tile",
                   doc_type="10-Q", fiscal_year=2025, period="Q2 2025",
                   extra={"period_end": "2025-06-30"})  # fmt: skip
PRESCOTT_BS = """PRESCOTT TILE COMPANY
CONDENSED CONSOLIDATED BALANCE SHEETS
(Unaudited; in millions)
June 30, 2025 December 31, 2024
Cash and cash equivalents $ 88.1 $ 97.4
Inventories 140.6 131.9
Total current assets 301.2 296.0
Total current liabilities 188.7 179.5
Total shareholders' equity 402.3 391.8
"""


def _index():
    return memory_index([(LINDQVIST, {4: LINDQVIST_BS}), (PRESCOTT, {3: PRESCOTT_BS})])


def test_the_year_ago_quarter_is_placed_only_for_two_dates_compared():
    assert date_period(dt.date(2024, 8, 3), [LINDQVIST], year_ago=True) == "Q2 2024"
    assert date_period(dt.date(2024, 8, 3), [LINDQVIST]) is None
    assert date_period(dt.date(2025, 2, 1), [LINDQVIST], year_ago=True) == "FY2025"


def test_the_current_ratio_at_the_quarter_and_a_year_before():
    a = answer_question("Using its condensed balance sheets, what was Lindqvist Home Stores' current ratio at August 2, "
                        "2025 and at August 3, 2024?", _index())
    assert a is not None and not a.refused, a and a.text
    # 3,031 / 2,496 = 1.21x; 3,087 / 2,554 = 1.21x
    assert a.text.count("1.21x") >= 2 and "3,087" in a.text and "2,554" in a.text, a.text


def test_inventories_at_both_quarter_ends():
    a = answer_question("How much merchandise inventory did Lindqvist Home Stores hold at August 2, 2025 and at August "
                        "3, 2024?", _index())
    assert a is not None and not a.refused, a and a.text
    assert "2,318" in a.text and "2,402" in a.text, a.text


def test_no_year_ago_column_printed_answers_nothing_for_that_date():
    a = answer_question("What was Prescott Tile's current ratio at June 30, 2025 and at June 30, 2024?", _index())
    assert a is None or a.refused, a.text
    assert "1.60" not in (a.text if a else "")

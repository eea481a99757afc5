"""Two credits a question excludes from a profit figure, the second named with the commas of the filer's own label
("includes a divestitures gain and restructuring, impairment, and other exit recoveries. Excluding both of these
credits, ..."): the premise's two items, the second one line read by its label; a row printing both sides of an item
("... exit (recoveries) costs") is the line of the side the words name; and a statement whose text layer runs its rows
into one line ("Net sales 1,840.0 ... Cost of sales 1,102.4 ...") still shows that a row after the sales line was
deducted on the way to operating profit. The food maker, its statement and the wordings are fictional (Brambleton
Foods), written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer import adjustments
from assistant.answer.statement_rows import profit_sign
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

BRAMBLE = meta("BRAMBLETON_2025_10K", "Brambleton Foods, Inc.", 2025)

# the text layer runs several rows into one line, as some PDFs' does
EARNINGS = """Consolidated Statements of Earnings BRAMBLETON FOODS, INC. AND SUBSIDIARIES
(In Millions, Except per Share Data)
Fiscal Year
2025 2024 2023 Net sales $ 9,840.0 $ 9,415.0 $ 9,102.0 Cost of sales 6,410.0 6,205.0 6,018.0
Selling, general, and administrative expenses 1,720.0 1,655.0 1,610.0 Divestitures (gain) loss (88.0) 12.0 - Restructuring, impairment, and other exit (recoveries) costs (14.0) 61.0 9.0 Operating profit 1,812.0 1,482.0 1,465.0
Interest, net 140.0 152.0 160.0
Earnings before income taxes 1,672.0 1,330.0 1,305.0
Income taxes 360.0 290.0 281.0
Net earnings $ 1,312.0 $ 1,040.0 $ 1,024.0
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(BRAMBLE, {44: EARNINGS})])


PREMISES = [
    "Brambleton's FY2025 operating profit includes a divestitures gain and restructuring, impairment, and other exit "
    "recoveries. Excluding both of these credits, what would its FY2025 operating profit have been?",
    "In fiscal 2025 Brambleton recorded a divestitures gain and restructuring, impairment, and other exit recoveries. "
    "Leaving both out of operating profit, what was its FY2025 operating profit, in USD millions?",
]


@pytest.mark.parametrize("q", PREMISES)
def test_the_second_item_is_one_line_with_commas(q):
    adj = adjustments.adjustment_in(q)
    assert adj is not None
    assert adj.items == ("divestitures gain", "restructuring, impairment, and other exit recoveries"), adj
    assert adj.labels == (False, True)


@pytest.mark.parametrize("q", PREMISES)
def test_both_credits_are_taken_out_of_operating_profit(q, index):
    a = answer_question(q, index)
    assert a is not None and not a.refused, a and a.text
    assert "1,710" in a.text, a.text  # 1,812.0 - 88.0 (the gain) - 14.0 (the recoveries)


def test_a_pair_without_a_serial_list_is_read_as_before():
    q = ("Brambleton's FY2025 operating profit was hit by a plant closure charge and a litigation accrual. Adding both "
         "back, what was its FY2025 operating profit?")
    adj = adjustments.adjustment_in(q)
    assert adj is not None and adj.items == ("plant closure charge", "litigation accrual"), adj


def test_a_row_run_into_one_line_after_sales_was_deducted():
    line = ("2025 2024 Net sales $ 500.0 $ 480.0 Cost of sales 300.0 290.0 Selling expenses 90.0 85.0 "
            "Restructuring costs (recoveries) (6.0) 4.0 Operating income 116.0 101.0")
    assert profit_sign(line, "Restructuring costs (recoveries) (6.0) 4.0") == -1
    # a row below the profit line is not among the lines that profit was arrived at by
    below = "2025 2024 Net sales $ 500.0 $ 480.0 Operating income 116.0 101.0 Pension credits (6.0) 4.0"
    assert profit_sign(below, "Pension credits (6.0) 4.0") is None

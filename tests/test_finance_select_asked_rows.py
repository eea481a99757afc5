"""A question naming a line the statement prints ("net sales") is answered by that line, never by the total it is summed
into ("Total revenue" = net sales + membership fees), in lookups, changes and shares of it; a question naming the
metric generically ("revenue", "sales") or the total keeps the total. Fictional filers and rows written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.registry import asked_rows
from finance_filings import memory_index, meta

WARDEN = meta("WARDENCLUB_2025_10K", "Wardenclub Warehouse Inc.", 2025)

WARDEN_IS = """WARDENCLUB WAREHOUSE INC.
CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share data)
52 Weeks Ended 52 Weeks Ended
August 31, 2025 September 1, 2024
REVENUE
Net sales $ 84,120 $ 76,300
Membership fees 1,880 1,700
Total revenue 86,000 78,000
OPERATING EXPENSES
Merchandise costs 74,900 67,800
Selling, general and administrative 7,950 7,000
Operating income 3,150 3,200
Interest expense 120 130
Income before income taxes 3,030 3,070
Provision for income taxes 760 720
Net income 2,270 2,350
"""

LUMEN = meta("LUMENWORKS_2025_10K", "Lumenworks Devices Corp.", 2025)

LUMEN_IS = """LUMENWORKS DEVICES CORP.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31, 2025 2024
Revenues:
Net product revenues $ 412,000 $ 380,000
Royalty and license revenues 38,000 20,000
Total revenues 450,000 400,000
Cost of product revenues 190,000 176,000
Research and development 99,000 88,000
Selling, general and administrative 61,200 60,000
Total operating expenses 350,200 324,000
Income from operations 99,800 76,000
Net income $ 80,000 $ 60,000
"""


def _warden(q: str):
    return answer_question(q, memory_index([(WARDEN, {41: WARDEN_IS})]))


def _lumen(q: str):
    return answer_question(q, memory_index([(LUMEN, {63: LUMEN_IS})]))


def test_the_question_words_name_rows_of_two_words_or_more():
    assert asked_rows("SG&A as a percentage of net sales", "revenue") == {("net", "sale")}
    assert asked_rows("What did total net sales come to?", "revenue") == {("net", "sale")}
    assert asked_rows("How much did revenue grow?", "revenue") == frozenset()  # the metric, no row
    assert asked_rows("What were sales in 2025?", "revenue") == frozenset()


def test_a_share_of_net_sales_uses_the_net_sales_row():
    a = _warden("What was Wardenclub's selling, general and administrative expense as a percentage of net sales in "
                "fiscal 2025?")
    assert a is not None and not a.refused, a and a.text
    assert "9.45%" in a.text and "86,000" not in a.text, a.text  # 7,950 / 84,120, not / 86,000 (9.24%)


def test_two_years_of_a_share_of_net_sales():
    a = _warden("How did Wardenclub's SG&A as a proportion of net sales change between fiscal 2024 and fiscal 2025?")
    assert a is not None and not a.refused, a and a.text
    # 7,950 / 84,120 = 9.45% and 7,000 / 76,300 = 9.17%; not 9.24% and 8.97% over total revenue
    assert "9.45%" in a.text and "9.17%" in a.text and "8.97%" not in a.text, a.text


def test_net_sales_looked_up_and_grown_are_the_line():
    a = _warden("What were Wardenclub's net sales in fiscal 2025?")
    assert a is not None and "84,120" in a.text and "86,000" not in a.text, a and a.text
    a = _warden("By how much did Wardenclub's net sales increase from FY2024 to FY2025?")
    assert a is not None and "7,820" in a.text, a and a.text  # 84,120 - 76,300


def test_the_metric_named_generically_or_as_the_total_keeps_the_total():
    a = _warden("What was Wardenclub's revenue in fiscal 2025?")
    assert a is not None and "86,000" in a.text, a and a.text
    a = _warden("What was Wardenclub's SG&A as a share of total revenue in FY2025?")
    assert a is not None and "9.24%" in a.text, a and a.text


def test_another_filer_and_wording_net_revenues():
    # "net revenues" is not "Net product revenues": no row is labelled so, the total answers
    a = _lumen("What was Lumenworks' research and development expense as a share of net revenues in 2025?")
    assert a is not None and "22" in a.text and "22.0%" in a.text, a and a.text  # 99,000 / 450,000
    page = LUMEN_IS.replace("Net product revenues", "Net revenues")
    a = answer_question("What was Lumenworks' research and development expense as a share of net revenues in 2025?",
                        memory_index([(LUMEN, {63: page})]))
    assert a is not None and "24.0%" in a.text, a and a.text  # 99,000 / 412,000 = 24.03%

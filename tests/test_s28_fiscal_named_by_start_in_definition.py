"""Session 28 (#10): a definition that pairs "fiscal N" cost of sales with inventories averaged over two year-ends
whose later one falls in January to March of N + 1 reads the flow as the year that closed on that later date (the
filer names its years by the year they began). Wordings and the retailer are fictional (Marlow & Finch), written for
these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, Input, find_definitions
from finance_filings import memory_index, meta


def _inputs(question: str) -> list[Input]:
    found = find_definitions(question, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    return found[0].inputs()


def test_fiscal_n_flow_with_year_ends_early_in_n_plus_1_is_the_year_closing_then():
    ins = _inputs("Inventory turnover is defined as fiscal 2024 cost of sales / the average of merchandise "
                  "inventories at February 1, 2025 and February 3, 2024. What was Marlow & Finch's inventory turnover?")
    flow = [i for i in ins if i.how == "at"][0]
    avg = [i for i in ins if i.how == "average"][0]
    assert flow.metric == "cost_of_revenue" and flow.years == (2025,)
    assert sorted(avg.years) == [2024, 2025]


def test_a_filer_naming_years_by_their_close_keeps_its_year():
    ins = _inputs("Inventory turnover is defined as fiscal 2025 cost of sales / the average of merchandise "
                  "inventories at February 1, 2025 and February 3, 2024. What was Marlow & Finch's inventory turnover?")
    assert [i for i in ins if i.how == "at"][0].years == (2025,)


def test_year_ends_in_december_shift_nothing():
    ins = _inputs("Inventory turnover is defined as fiscal 2024 cost of sales / the average of inventories "
                  "at December 31, 2024 and December 31, 2023. What was Marlow & Finch's inventory turnover?")
    assert [i for i in ins if i.how == "at"][0].years == (2024,)


MARLOW = meta("MARLOW_2025_10K", "Marlow & Finch, Inc.", 2025)
INCOME = """MARLOW & FINCH, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Fiscal year ended February 1, 2025 February 3, 2024 January 28, 2023
Net sales 4,812,300 4,455,900 4,102,700
Cost of sales 3,031,700 2,851,800 2,666,800
Gross profit 1,780,600 1,604,100 1,435,900
Selling, general and administrative expenses 1,201,500 1,118,300 1,040,200
Operating income 579,100 485,800 395,700
Net income 438,200 366,900 298,400
"""
BALANCE = """MARLOW & FINCH, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
February 1, 2025 February 3, 2024
Assets
Current assets:
Cash and cash equivalents 412,600 388,100
Merchandise inventories 905,400 842,600
Total current assets 1,498,200 1,391,500
Property and equipment, net 1,102,300 1,054,700
Total assets 2,600,500 2,446,200
Total liabilities 1,310,400 1,266,900
Total stockholders' equity 1,290,100 1,179,300
Total liabilities and stockholders' equity 2,600,500 2,446,200
"""


def test_the_turnover_uses_the_cost_of_the_year_closing_on_the_later_date():
    q = ("Inventory turnover is defined as fiscal 2024 cost of sales / the average of merchandise inventories "
         "at February 1, 2025 and February 3, 2024. What was Marlow & Finch's inventory turnover for fiscal 2024? "
         "Round to two decimal places.")
    a = answer_question(q, memory_index([(MARLOW, {41: INCOME, 40: BALANCE})]))
    assert a is not None and not a.refused, a and a.text
    # 3,031,700 / ((905,400 + 842,600) / 2) = 3.47 (never 2,851,800 / 874,000 = 3.26)
    assert "3.47" in a.text and "3.26" not in a.text, a.text

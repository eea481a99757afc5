"""A balance at a fiscal year's end, where no report prints a year's column, is read from the column of that year's
own fourth-quarter report (an earnings release's balance sheet is dated at the same year-end). A flow is never read
so (a quarter's flow is not the year's), and another year's fourth quarter never answers. Fictional filers and
wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

LARK = DocMeta(doc_id="larkspur26q4", doc="LARKSPUR_2026Q4_EARNINGS", source="larkspur.pdf",
               company="Larkspur Goods, Inc.", fiscal_year=2026, period="Q4 2026", doc_type="earnings release")
LARK_BS = """Exhibit 3
Larkspur Goods, Inc.
Condensed Consolidated Balance Sheets
(In thousands)
January 31, January 25,
2026 2025
(Unaudited)
Assets
Current assets:
Cash and cash equivalents $ 410,200 $ 388,900
Merchandise inventories, net 1,210,500 1,105,300
Total current assets 1,890,400 1,702,100
Property and equipment, net 950,000 910,000
Total assets 3,400,000 3,150,000
Liabilities and stockholders equity
Current liabilities:
Accounts payable 520,300 498,700
Total current liabilities 1,120,600 1,050,900
Total liabilities 2,000,000 1,900,000
"""
LARK_IS = """Larkspur Goods, Inc.
Condensed Consolidated Statements of Income
(In thousands)
Three Months Ended
January 31, January 25,
2026 2025
(Unaudited)
Net sales $ 2,100,000 $ 1,950,000
Cost of sales 1,300,000 1,220,000
Gross profit 800,000 730,000
Operating income 300,000 260,000
Net income 220,000 190,000
"""

IX = memory_index([(LARK, {6: LARK_IS, 7: LARK_BS})])


@pytest.mark.parametrize("question, ratio", [
    ("Using Larkspur Goods' fourth-quarter earnings release, what was its current ratio at January 31, 2026? Round to "
     "two decimal places.", "1.69"),
    ("Define the current ratio as total current assets divided by total current liabilities. What was Larkspur's "
     "current ratio for fiscal 2026? Round to two decimal places.", "1.69"),
])
def test_the_fourth_quarter_column_is_the_year_end_balance(question, ratio):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert ratio in a.text, a.text  # 1,890,400 / 1,120,600


def test_a_flow_is_not_read_from_the_quarter():
    a = answer_question("What were Larkspur Goods' net sales for fiscal 2026?", IX)
    assert a is None or a.refused or "2,100,000" not in a.text, a.text


def test_another_years_fourth_quarter_never_answers():
    a = answer_question("What was Larkspur Goods' current ratio at fiscal year-end 2027?", IX)
    assert a is None or a.refused or "1.69" not in a.text, a.text

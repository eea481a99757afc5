"""A stated definition naming "equity attributable to shareowners of <the company>" reads the balance sheet's row so
labelled, which carries no "total" and no label pattern of total equity, rather than "TOTAL EQUITY" (which includes the
noncontrolling interests): by the metric (the owners' qualifier, ``company_figures.qualified``) and by the printed
label, whose "The" of the company's name is an article like the question's. Fictional filer and rows written for these
tests (session 27)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

BR = meta("BRACKENRIDGE_BEVERAGE_2025_10K", "The Brackenridge Beverage Company", 2025)

BALANCE = """THE BRACKENRIDGE BEVERAGE COMPANY AND SUBSIDIARIES
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2025 2024
ASSETS
Cash and cash equivalents $ 4,120 $ 5,310
Total current assets 18,440 19,020
Property, plant and equipment — net 9,870 10,150
TOTAL ASSETS $ 61,300 $ 63,480
LIABILITIES AND EQUITY
Accounts payable and accrued expenses $ 7,410 $ 7,250
Notes and loans payable 8,900 8,120
Short-term borrowings 2,150 2,640
Total current liabilities 19,230 18,790
LONG-TERM DEBT 22,480 20,910
Other liabilities 6,040 6,280
Total liabilities 47,750 45,980
Common stock 1,200 1,200
Reinvested earnings 41,300 44,050
Treasury stock, at cost (30,110) (28,460)
EQUITY ATTRIBUTABLE TO SHAREOWNERS OF THE BRACKENRIDGE BEVERAGE COMPANY 12,390 16,790
Equity attributable to noncontrolling interests 1,160 710
TOTAL EQUITY 13,550 17,500
TOTAL LIABILITIES AND EQUITY $ 61,300 $ 63,480
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(BR, {70: BALANCE})])


@pytest.mark.parametrize("question, shown", [
    ("Define Brackenridge Beverage's leverage as long-term debt over equity attributable to shareowners of The "
     "Brackenridge Beverage Company. From its balance sheet, compute it for December 31, 2025; give two decimals.",
     "1.81x"),  # 22,480 / 12,390 (never 22,480 / 13,550 = 1.66x)
    ("Define Brackenridge Beverage's debt-to-equity ratio as its total debt (long-term debt plus notes and loans "
     "payable plus its short-term borrowings) over equity attributable to shareowners of The "
     "Brackenridge Beverage Company. From its balance sheet, compute it for December 31, 2024; give two decimals.",
     "1.89x"),  # (8,120 + 2,640 + 20,910) / 16,790
])
def test_the_owners_equity_row_answers(index, question, shown):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    assert shown in a.text, a.text
    assert "1.66x" not in a.text and "13,550" not in a.text and "17,500" not in a.text, a.text

"""Answers read from the filings' facts (``assistant/answer/facts_path.py``). Every filer, row and question below
is fictional and written for these tests."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.checks import check_facts_answer
from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intents import answer_question
from assistant.query.entities import company_aliases
from finance_filings import memory_index, meta


# ---- a release heading names the filer's fiscal years (session 30) ---------------------------------------------------
# Session 30 (#10): a fourth-quarter results release whose heading names its fiscal year ("Fourth Quarter Fiscal 2024
# Results") and whose first page gives the closing date of the fifty-two weeks it reports says how its filer names its
# years (``fiscal.release_naming``, read by the extractor as a ``fiscal_year_name`` fact): a question's "fiscal 2024" is
# the year that closed on February 1, 2025. A definition that dates its balances ("at February 1, 2025 and February 3,
# 2024") already reads its fiscal year by those dates and is never shifted a second time. The retailer (Pellworth
# Outdoor Co.) and every line of its release are fictional, written for these tests.

PELLWORTH = replace(meta("PELLWORTH_2025Q4_EARNINGS", "Pellworth Outdoor Co.", 2025), doc_type="earnings release",
                    period="Q4 2025")

FIRST = """March 11, 2025
Pellworth Outdoor Co. Announces Fourth Quarter
Fiscal 2024 Results
Comparable Sales Increased 6.1%
RENO, Nev.--(NEWS WIRE)-- Pellworth Outdoor Co. (NYSE: PLWO) today announced results for the thirteen-week period
("fourth quarter") and fifty-two-week period ("fiscal year") ended February 1, 2025 compared to the same periods ended
February 3, 2024.
For the Fourth Quarter of Fiscal 2024
Net sales increased 7.4% to $612.5 million compared to $570.3 million in the fourth quarter of fiscal 2023.
"""

INCOME = """Exhibit 2
Pellworth Outdoor Co.
Consolidated Statements of Income
(In thousands, except per share data)
52 Weeks Ended
February 1, February 3,
2025 2024
Net sales $ 2,318,400 100.0% $ 2,104,900 100.0%
Cost of sales 1,483,800 64.0% 1,368,200 65.0%
Gross profit 834,600 36.0% 736,700 35.0%
Selling, general and administrative expenses 552,300 23.8% 509,100 24.2%
Operating income 282,300 12.2% 227,600 10.8%
Net income $ 214,100 9.2% $ 171,800 8.2%
"""

QUARTER = """Exhibit 1
Pellworth Outdoor Co.
Consolidated Statements of Income
(In thousands, except per share data)
13 Weeks Ended
February 1, February 3,
2025 2024
(Unaudited) (Unaudited)
Net sales $ 612,480 100.0% $ 570,310 100.0%
Cost of sales 395,100 64.5% 372,400 65.3%
Gross profit 217,380 35.5% 197,910 34.7%
Net income $ 61,240 10.0% $ 52,880 9.3%
"""

BALANCE = """Exhibit 3
Pellworth Outdoor Co.
Consolidated Balance Sheets
(In thousands)
February 1, February 3,
2025 2024
Assets
Cash and cash equivalents $ 188,300 $ 164,900
Merchandise inventories, net 431,600 398,200
Total current assets 702,500 646,300
Total assets 1,642,900 1,531,700
Total liabilities 811,400 780,200
Total stockholders' equity 831,500 751,500
"""


def _index():
    return memory_index([(PELLWORTH, {1: FIRST, 6: INCOME, 7: BALANCE})])


def test_fiscal_2024_net_sales_are_the_year_that_closed_in_february_2025():
    a = answer_from_facts("What were Pellworth Outdoor's net sales in fiscal 2024?", _index())
    assert a is not None and not a.refused, a and a.text
    assert "2,318,400" in a.text and "2,104,900" not in a.text, a.text
    assert "calls fiscal 2024" in a.text, a.text  # the answer says which year it is


def test_turnover_asked_for_fiscal_2024_with_dated_balances_is_answered_from_the_right_year():
    q = ("Inventory turnover is defined as fiscal 2024 cost of sales divided by the average of merchandise "
         "inventories, net at February 1, 2025 and February 3, 2024. Using the income statement and balance sheet in "
         "Pellworth Outdoor's fourth-quarter fiscal 2024 earnings release, what was its inventory turnover for fiscal "
         "2024? Round to two decimal places.")
    a = answer_question(q, _index())
    assert a is not None and not a.refused, a and a.text
    # 1,483,800 / ((431,600 + 398,200) / 2) = 3.58 (never the prior year's cost, 1,368,200 / 414,900 = 3.30)
    assert "3.58" in a.text and "3.30" not in a.text, a.text


def test_every_year_a_shifted_answer_shows_is_said_to_be_named_the_same_way():
    # both year-ends asked by the company's names: the earlier one (mia's FY2024) is the company's fiscal 2023
    ix = _index()
    a = answer_question("What were Pellworth Outdoor's merchandise inventories, net (FY2023 and FY2024 closing "
                        "balances)?", ix)
    assert a is not None and not a.refused, a and a.text
    assert "398,200" in a.text and "431,600" in a.text, a.text
    assert "FY2025 here is the year that closed in 2025, which the company calls fiscal 2024" in a.text, a.text
    other = "Every other fiscal year shown is named the same way, by the calendar year it closed in, a year after"
    assert other in a.text, a.text
    # the note stands when the answer is checked against its sources (the release pairs only fiscal 2024 with a date)
    docs = ix.documents()
    checked = check_facts_answer(a, docs, company_aliases(docs), ix.page_text)
    assert checked is not None and other in checked.text and "calls fiscal 2024" in checked.text, checked and checked.text
    # one year shown: no such sentence
    one = answer_from_facts("What were Pellworth Outdoor's net sales in fiscal 2024?", ix)
    assert one is not None and other not in one.text, one and one.text


def test_a_quarter_is_said_to_be_a_period_of_the_named_year():
    a = answer_from_facts("Pellworth Outdoor: net sales, fourth quarter of fiscal 2024?",
                          memory_index([(PELLWORTH, {1: FIRST, 5: QUARTER})]))
    assert a is not None and "612,480" in a.text, a and a.text
    assert "Q4 2025 here is a period of the year that closed in 2025, which the company calls fiscal 2024" in a.text

"""Confident wrong answers the facts path and the extractive ties must not give (fictional filers, own wordings):
a count question answered with money, a mix question ("mainly A or B") answered with the total's change, a product's
sales answered with the company's total, balances at quarter dates answered with fiscal year-ends, two levels asked
led by their change, and a subset's count ("agreements, which would cover 400 employees") taken as the headcount."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.asked_counts import covered_count
from assistant.answer.asked_measures import asked_measure
from assistant.answer.metric_qualifiers import qualifier
from assistant.answer.prose_ties import OTHER, figure_ties
from assistant.query.intent import levels_asked
from assistant.text.periods import date_period, dates_unplaced
from assistant.types import DocMeta
from finance_filings import memory_index


def _meta(stem: str, company: str, fy: int, period: str | None = None, end: str | None = None,
          doc_type: str = "10-K") -> DocMeta:
    return DocMeta(doc_id=stem.lower()[:16], doc=stem, source=f"{stem}.pdf", company=company, fiscal_year=fy,
                   period=period or f"FY{fy}", doc_type=doc_type, extra={"period_end": end} if end else {})


# a warehouse club (membership fees beside net sales), a drinks maker (one revenue line), and a retailer whose fiscal
# year ends around February 1 and whose second-quarter 10-Q ends around August 2
CLUB = _meta("QUILLBY_CLUBS_2025_10K", "Quillby Clubs, Inc.", 2025, end="2025-08-31")
BREW = _meta("TARNMOOR_BEV_2025_10K", "Tarnmoor Beverages Inc.", 2025, end="2025-12-31")
SHOP = _meta("FENWICK_STORES_2025_10K", "Fenwick Stores, Inc.", 2025, end="2025-02-01")
SHOPQ = _meta("FENWICK_STORES_2026Q2_10Q", "Fenwick Stores, Inc.", 2026, period="Q2 2026", end="2025-08-02",
              doc_type="10-Q")

CLUB_INCOME = """QUILLBY CLUBS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(amounts in millions)
Fiscal Year 2025 2024 2023
Net sales $ 98,000 $ 91,000 $ 86,500
Membership fees 2,210 2,050 1,930
Total revenue 100,210 93,050 88,430
Merchandise costs 87,400 81,300 77,200
Operating income 3,110 2,880 2,640
Net income $ 2,350 $ 2,170 $ 1,990
"""
BREW_INCOME = """TARNMOOR BEVERAGES INC.
CONSOLIDATED STATEMENTS OF INCOME
(amounts in millions)
Year Ended December 31, 2025 2024 2023
Net operating revenues $ 12,400 $ 14,100 $ 13,900
Cost of goods sold 4,700 5,900 5,800
Gross profit 7,700 8,200 8,100
Operating income 3,300 3,600 3,500
Net income $ 2,600 $ 2,750 $ 2,700
"""
SHOP_BALANCE = """FENWICK STORES, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
February 1, 2025 February 3, 2024
Total current assets $ 6,100 $ 6,500
Total current liabilities 5,900 6,000
Total assets $ 15,200 $ 15,900
"""
SHOP_INCOME = """FENWICK STORES, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(in millions)
Fiscal Years Ended February 1, 2025 February 3, 2024 January 28, 2023
Revenue $ 31,000 $ 30,000 $ 29,000
Cost of sales 23,500 22,800 22,100
Research and development 620 450 400
Operating income 1,450 1,380 1,300
Net earnings $ 1,050 $ 1,010 $ 960
"""

IX = memory_index([(CLUB, {40: CLUB_INCOME}), (BREW, {52: BREW_INCOME}),
                   (SHOP, {38: SHOP_BALANCE, 39: SHOP_INCOME}), (SHOPQ, {3: "Item 1. Financial Statements"})])


def _declined(a) -> bool:
    return a is None or a.refused


@pytest.mark.parametrize("question", [
    "How many membership warehouses did Quillby Clubs run at fiscal 2025 year end versus fiscal 2024?",
    "For fiscal years 2025 and 2024, how many membership locations did Quillby Clubs have at year end?",
])
def test_a_count_question_never_gets_money(question):
    assert _declined(answer_question(question, IX))


def test_a_money_question_about_the_same_rows_still_answers():
    a = answer_question("By how much did Quillby Clubs' membership fees move between fiscal years 2024 and 2025?", IX)
    assert a is not None and not a.refused and "2,210" in a.text


@pytest.mark.parametrize("question", [
    "By revenue, is Tarnmoor Beverages mainly a syrup supplier or a bottler of finished drinks, and how did the mix "
    "shift in fiscal 2025 versus fiscal 2024?",
    "Does Tarnmoor Beverages earn its revenue primarily from licensing or from selling cans, comparing fiscal 2025 "
    "with fiscal 2024?",
])
def test_a_mix_question_is_not_answered_with_the_totals_change(question):
    assert _declined(answer_question(question, IX))


def test_a_revenue_change_without_a_mix_still_answers():
    a = answer_question("How did Tarnmoor Beverages' revenue move between fiscal years 2024 and 2025?", IX)
    assert a is not None and not a.refused and "12,400" in a.text


@pytest.mark.parametrize("question, words", [
    ("What were Quillby Clubs' net sales of patio heaters in fiscal 2025?", {"patio", "heater"}),
    ("How much revenue of frozen desserts did Tarnmoor Beverages book in 2025?", {"frozen", "dessert"}),
])
def test_sales_of_a_product_narrow_the_metric(question, words):
    assert qualifier(question, "revenue") == words
    assert _declined(answer_question(question, IX))


@pytest.mark.parametrize("question", [
    "What were net sales of Quillby Clubs in fiscal 2025?",
    "What was revenue of the company in fiscal 2025 for Quillby Clubs?",
    "What were Quillby Clubs' sales of products in fiscal 2025?",
])
def test_of_a_company_or_of_products_narrows_nothing(question):
    assert qualifier(question, "revenue") == set()


@pytest.mark.parametrize("question", [
    "What was Fenwick Stores' current ratio at August 2, 2025 and "
    "at August 3, 2024? Round to two decimal places.",
    "What were Fenwick Stores' total current assets at August 2, 2025 and at August 3, 2024?",
])
def test_balances_at_quarter_dates_are_not_year_end_columns(question):
    # The date a year before the 10-Q's close is its year-ago quarter column (a retailer's third balance column),
    # never a fiscal year-end column; this 10-Q prints no such column, so nothing is answered.
    assert date_period(dt.date(2024, 8, 3), [SHOP, SHOPQ], year_ago=True) == "Q2 2025"
    assert date_period(dt.date(2024, 8, 3), [SHOP, SHOPQ]) is None
    assert _declined(answer_question(question, IX))


def test_balances_at_a_quarter_date_and_the_year_end_its_report_prints_are_placed():
    assert not dates_unplaced("What were Fenwick Stores' total current assets at August 2, 2025 and at February 1, "
                              "2025?", [SHOP, SHOPQ])


def test_balances_at_year_ends_still_answer():
    question = ("What was Fenwick Stores' current ratio at "
                "February 1, 2025 and at February 3, 2024?")
    assert not dates_unplaced(question, [SHOP, SHOPQ])
    a = answer_question(question, IX)
    assert a is not None and not a.refused and "1.03x" in a.text


@pytest.mark.parametrize("question, first, second", [
    ("What was Fenwick Stores' current ratio at fiscal 2025 "
     "year-end and at fiscal 2024 year-end?", "1.03x", "1.08x"),
    ("What was Fenwick Stores' operating margin in fiscal 2024 and in fiscal 2025?", "4.6%", "4.68%"),
])
def test_two_levels_asked_lead_with_the_levels(question, first, second):
    assert levels_asked(question)
    a = answer_question(question, IX)
    assert a is not None and not a.refused
    head = a.text.split("Formula:")[0]
    assert head.index(first) < head.index(second) < head.index("a change of"), a.text


@pytest.mark.parametrize("question", [
    "How did Fenwick Stores' current ratio move between fiscal years 2024 and 2025?",
    "What was the trend in Fenwick Stores' current ratio, fiscal 2025 versus fiscal 2024?",
    "By how much did Fenwick Stores' revenue grow in fiscal 2025 over fiscal 2024?",
    "How much less did Fenwick Stores spend on store openings during H1 2025 than during H1 2024?",
    "How many more stores were open at Fenwick Stores when fiscal 2025 closed than when fiscal 2024 closed?",
    "Fenwick Stores' freight costs were higher in fiscal 2025: higher by how much than in fiscal 2024?",
])
def test_a_change_asked_is_not_two_levels(question):
    assert not levels_asked(question)


@pytest.mark.parametrize("sentence, figure", [
    ("In addition, at year end the company was bargaining over three new union contracts, which would cover "
     "approximately 650 employees.", "650"),
    ("Management has proposed closing two regional call centres, covering about 380 employees, and no decision has "
     "been made.", "380"),
])
def test_a_count_a_clause_says_another_noun_covers_is_no_headcount(sentence, figure):
    asked = asked_measure("About how many employees did Brackenridge Utilities have at the end of 2025?")
    ties = {f.raw: v for f, v in figure_ties(asked, sentence)}
    assert ties[figure] == OTHER


def test_the_company_headcount_still_ties():
    asked = asked_measure("About how many employees did Brackenridge Utilities have at the end of 2025?")
    ties = {f.raw: v for f, v in figure_ties(asked, "At December 31, 2025, the company had approximately 5,200 "
                                                     "employees, of whom 41% were represented by unions.")}
    assert ties["5,200"] != OTHER
    assert not covered_count("employee", "five plants, which employ ")


def test_a_comparative_amount_leads_with_the_difference():
    # "how much lower ... than" asks the difference: the answer leads with the change, not with either level
    a = answer_question("How much lower was Fenwick Stores' current ratio at fiscal 2025 year-end than at fiscal "
                        "2024 year-end?", IX)
    assert a is not None and not a.refused
    assert a.text.split("Formula:")[0].lstrip().find("changed by") != -1, a.text

"""A fourth-quarter report that states no closing date of its own (an earnings release named "Q4 2027") closes with
its fiscal year, read from the company's annual report for that year: "the three months ended October 31, 2027" of a
October filer is that release's quarter column, and "October 31, 2026" the same column a year before. A quarter the reports
do not date stays unplaced. The food maker and its reports are fictional (Tarnwell Foods), written for these tests;
the figures are hand-computed."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.query.intent import spans_ended
from assistant.types import DocMeta
from finance_filings import memory_index

K = DocMeta(doc_id="tarn27k", doc="TARNWELL_2027_10K", source="TARNWELL_2027_10K.pdf", company="Tarnwell Foods Ltd",
            fiscal_year=2027, period="FY2027", doc_type="10-K", extra={"period_end": "2027-10-31"})
E = DocMeta(doc_id="tarn27q4", doc="TARNWELL_2027Q4_EARNINGS", source="TARNWELL_2027Q4_EARNINGS.pdf",
            company="Tarnwell Foods Ltd", fiscal_year=2027, period="Q4 2027", doc_type="earnings release", extra={})
KPAGE = """TARNWELL FOODS LTD
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Years Ended October 31, 2027 2026
Net sales $ 8,120 $ 7,905
Cost of sales 5,950 5,812
Gross profit 2,170 2,093
Selling, general and administrative expenses 1,210 1,174
Operating income 960 919
"""
EPAGE = """Tarnwell Foods Ltd
Condensed Consolidated Statements of Income (Unaudited)
($ in millions) Three Months Ended October 31, Twelve Months Ended October 31,
2027 2026 2027 2026
Net sales $ 2,140 $ 2,066 $ 8,120 $ 7,905
Cost of sales (1,562) (1,523) (5,950) (5,812)
Gross profit 578 543 2,170 2,093
Selling, general and administrative expenses (322) (309) (1,210) (1,174)
Operating income 256 234 960 919
"""


def _index():
    return memory_index([(K, {52: KPAGE}), (E, {6: EPAGE})])


def test_the_fourth_quarter_closes_with_the_fiscal_year_of_the_annual_report():
    q = "What was its revenue for the three months ended October 31, 2027 compared with the three months ended October 31, 2026?"
    assert spans_ended(q, [K, E]) == ["Q4 2026", "Q4 2027"]


def test_a_quarter_with_no_annual_report_to_date_it_stays_unplaced():
    q = "What was its revenue for the three months ended October 31, 2027?"
    assert spans_ended(q, [E]) is None


def test_two_fourth_quarters_named_by_their_end_dates_are_the_release_columns():
    q = ("What was Tarnwell Foods' operating margin for the three months ended October 31, 2027 and for the three months "
         "ended October 31, 2026?")
    a = answer_question(q, _index())
    assert a is not None and not a.refused, a and a.text
    assert "12.0%" in a.text and "11.3%" in a.text, a.text  # 256 / 2,140; 234 / 2,066


def test_the_quarter_ended_on_the_fiscal_year_end_is_the_release_quarter_not_the_year():
    q = "From its fourth-quarter earnings release, what gross margin did Tarnwell Foods earn in the quarter ended October 31, 2027?"
    a = answer_question(q, _index())
    assert a is not None and not a.refused, a and a.text
    assert "27.0%" in a.text, a.text  # 578 / 2,140, never the year's 2,170 / 8,120 = 26.7%

"""Interim columns of quarterly earnings releases: a release stored without its closing date takes the one its first
page states ("results for the third quarter ended September 30, 2026", "Form 10-Q for the 12 weeks ended March 21,
2026"), so a question naming a span by its length and end date, or a balance date, is answered from the column of
that span; N weeks stand for their months (12-17 a quarter, 24-28 a half, 36-40 nine months); "year-to-date" is the
year-to-date column of the company's latest quarterly report. Each answer stays tied to its column: a quarter's figure
never answers a nine-month question or the reverse, and a span no report prints is never answered with a fiscal
year's figure. A defined figure asked as one term of a ratio ("total debt to total stockholders' equity ratio") is
that ratio, never the defined figure alone. Every filer, row and wording below is written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.intent import read_question, span_ended, year_to_date
from assistant.text.periods import resolve_period, stated_quarter_end, unnamed_span
from assistant.types import DocMeta
from finance_filings import memory_index

# a Q3 release furnished on an 8-K, stored without its closing date (the metadata had the release date only)
LARKSPUR = DocMeta(doc_id="dlark", doc="larkspur_q3_2026_earnings_release", source="larkspur_q3_2026_earnings_release.pdf",
                   title="Larkspur Telecom, Inc. - Current Report", company="Larkspur Telecom",
                   doc_type="earnings release", fiscal_year=2026, period="Q3 2026", date="2026-10-29")  # fmt: skip
LARKSPUR_P1 = """Larkspur Telecom, Inc. - Current Report on Form 8-K
Item 2.02 Results of Operations and Financial Condition. On October 29, 2026, Larkspur Telecom, Inc. issued a press
release announcing its results for the third quarter ended September 30, 2026.
Exhibit 99.1 - Larkspur Telecom Reports Third Quarter 2026 Results
Total revenues of $288.4 million, up 4.1% from the third quarter of 2025.
"""
LARKSPUR_IS = """LARKSPUR TELECOM, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(in millions, except per share data) (unaudited)
Three Months Ended September 30, Nine Months Ended September 30,
2026 2025 2026 2025
Residential services $ 201.6 $ 192.0 $ 598.1 $ 570.3
Business services 86.8 85.1 259.0 252.4
Total revenues 288.4 277.1 857.1 822.7
Cost of services 101.2 99.5 303.9 297.0
Selling, general and administrative 70.3 69.0 211.4 207.9
Depreciation and amortization 58.6 55.2 174.1 163.8
Income from operations 58.3 53.4 167.7 154.0
Interest expense, net (24.1) (25.3) (73.0) (76.2)
Income before income taxes 34.2 28.1 94.7 77.8
Income tax expense (8.6) (7.0) (23.7) (19.5)
Net income $ 25.6 $ 21.1 $ 71.0 $ 58.3
"""
LARKSPUR_BS = """LARKSPUR TELECOM, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(in millions) (unaudited)
September 30, 2026 December 31, 2025
Cash and cash equivalents $ 31.4 $ 58.9
Accounts receivable, net 80.2 77.6
Total current assets 133.0 160.1
Property, plant and equipment, net 2,104.8 2,010.3
Total assets 3,020.5 2,951.7
Current portion of long-term debt 10.0 10.0
Total current liabilities 190.2 201.4
Long-term debt, net of current portion 1,720.6 1,701.2
Total liabilities 2,060.9 2,040.8
Total stockholders' equity 959.6 910.9
Total liabilities and stockholders' equity 3,020.5 2,951.7
"""
LARKSPUR_CF = """LARKSPUR TELECOM, INC.
CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
(in millions) (unaudited)
Nine Months Ended September 30,
2026 2025
Net income $ 71.0 $ 58.3
Depreciation and amortization 174.1 163.8
Net cash provided by operating activities 262.5 240.7
Purchases of property and equipment (228.9) (219.4)
Net cash used in investing activities (228.9) (219.4)
"""

# a 12/16-week filer's first-quarter release, stored without its closing date
FENWICK = DocMeta(doc_id="dfen", doc="fenwick_q1_2026_earnings", source="fenwick_q1_2026_earnings.pdf",
                  title="Fenwick Provisions Reports First-Quarter 2026 Results", company="Fenwick Provisions",
                  doc_type="earnings release", fiscal_year=2026, period="Q1 2026")  # fmt: skip
FENWICK_P1 = """Fenwick Provisions Reports First-Quarter 2026 Results
Please refer to Fenwick's Quarterly Report on Form 10-Q for the 12 weeks ended March 21, 2026 for further detail.
"""
FENWICK_IS = """FENWICK PROVISIONS, INC.
Condensed Consolidated Statement of Income
(in millions except per share amounts, unaudited)
12 Weeks Ended
3/21/2026 3/22/2025
Net revenue $ 4,212 $ 4,006
Cost of sales 2,318 2,251
Gross profit 1,894 1,755
Selling, general and administrative expenses 1,297 1,220
Operating profit 597 535
Net income $ 431 $ 380
"""

# a filer with an annual report only
BRISCOE = DocMeta(doc_id="dbri", doc="briscoe_10k_2026", source="briscoe_10k_2026.pdf", company="Briscoe Marine",
                  doc_type="10-K", fiscal_year=2026, period="FY2026", extra={"period_end": "2026-12-31"})  # fmt: skip
BRISCOE_IS = """BRISCOE MARINE, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31,
2026 2025
Net sales $ 940.2 $ 901.5
Cost of sales 610.3 590.6
Operating income 120.4 108.2
Net income $ 84.1 $ 75.0
"""
BRISCOE_BS = """BRISCOE MARINE, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31, 2026 December 31, 2025
Cash and cash equivalents $ 64.0 $ 51.2
Total current assets 402.7 371.9
Total assets 1,288.1 1,230.4
Current maturities of long-term debt 15.0 15.0
Total current liabilities 201.5 196.0
Long-term debt 285.0 300.0
Total liabilities 560.2 570.9
Total shareholders' equity 727.9 659.5
Total liabilities and shareholders' equity 1,288.1 1,230.4
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, {1: LARKSPUR_P1, 4: LARKSPUR_IS, 5: LARKSPUR_BS, 6: LARKSPUR_CF}),
                         (FENWICK, {1: FENWICK_P1, 4: FENWICK_IS}), (BRISCOE, {1: "Briscoe Marine, Inc.", 40: BRISCOE_IS, 41: BRISCOE_BS})])


@pytest.mark.parametrize("text, period, end", [
    ("announcing its results for the third quarter ended September 30, 2026.", "Q3 2026", "2026-09-30"),
    ("today reported results for its fiscal second quarter ended June 27, 2026", "Q2 2026", "2026-06-27"),
    ("Form 10-Q for the 12 weeks ended March 21, 2026 (Q1 2026)", "Q1 2026", "2026-03-21"),
    ("for the quarter and year-to-date period: the thirteen weeks ended May 2, 2026", "Q1 2026", "2026-05-02"),
])
def test_a_release_first_page_states_its_closing_date(text, period, end):
    meta = DocMeta(doc_id="x", doc="x", source="x.pdf", period=period, date="2026-11-05")
    assert stated_quarter_end(meta, text) == end


def test_no_closing_date_is_read_where_none_fits():
    fourth = DocMeta(doc_id="x", doc="x", source="x.pdf", period="Q4 2026")
    assert stated_quarter_end(fourth, "results for the quarter and year ended December 31, 2026") is None
    early = DocMeta(doc_id="x", doc="x", source="x.pdf", period="Q3 2026", date="2026-08-01")
    assert stated_quarter_end(early, "results for the third quarter ended September 30, 2026") is None  # after the date
    dated = DocMeta(doc_id="x", doc="x", source="x.pdf", period="Q3 2026", extra={"period_end": "2026-09-26"})
    assert stated_quarter_end(dated, "the third quarter ended September 30, 2026") is None  # the metadata's own
    assert stated_quarter_end(early, "a year of growth; the twelve months ended June 30, 2026") is None


def test_spans_by_end_date_are_the_release_columns(index):
    docs = index.documents()
    lark = [d for d in docs if d.doc_id == "dlark"]
    assert span_ended("net income for the three months ended September 30, 2026", lark) == "Q3 2026"
    assert span_ended("revenues for the nine months ended September 30, 2026", lark) == "9M 2026"
    fen = [d for d in docs if d.doc_id == "dfen"]
    assert span_ended("gross margin for the 12 weeks ended March 21, 2026", fen) == "Q1 2026"
    assert span_ended("gross margin for the twelve weeks ended March 22, 2025", fen) == "Q1 2025"
    assert year_to_date("What were Larkspur Telecom's year-to-date 2026 revenues?", lark) == "9M 2026"


def test_a_quarter_by_its_end_date_is_no_fiscal_year():
    for q in ("revenue for the 12 weeks ended March 21, 2026", "revenue for the three months ended June 30, 2026",
              "revenue for the quarter ended June 30, 2026", "revenue year-to-date 2026"):
        assert unnamed_span(q) and resolve_period(q)[0] is None, q
    assert resolve_period("revenue for the 24 weeks ended June 13, 2026")[0] == "6M 2026"
    assert resolve_period("revenue for the 36 weeks ended September 5, 2026")[0] == "9M 2026"
    assert resolve_period("revenue in fiscal 2026")[0] == "FY2026"


@pytest.mark.parametrize("question, shown, never", [
    ("Rounded to one decimal place, by what percentage did Larkspur Telecom's net income grow in the three months ended "
     "September 30, 2026 compared with the same quarter of 2025?", ["+21.3%"], ["71.0", "+21.8%"]),  # 25.6 / 21.1
    ("What was Larkspur's operating margin for the nine months ended September 30, 2026?", ["19.6%"], ["20.2%"]),
    ("What were Larkspur Telecom's total revenues for the three months ended September 30, 2026, in USD millions?",
     ["288.4"], ["857.1"]),
    ("What were Larkspur Telecom's total revenues for the nine months ended September 30, 2026, in USD millions?",
     ["857.1"], ["288.4"]),
    ("What were Larkspur Telecom's year-to-date 2026 total revenues, in USD millions?", ["857.1"], ["288.4"]),
    ("Define free cash flow as net cash provided by operating activities less purchases of property and equipment. "
     "What was Larkspur's free cash flow for the nine months ended September 30, 2026?", ["33.6"], []),
    ("Total debt is defined as the current portion of long-term debt plus long-term debt, net of current portion. "
     "Using the balance sheet, what was Larkspur Telecom's total debt to total stockholders' equity ratio at "
     "September 30, 2026, rounded to two decimal places?", ["1.80"], ["$1,730.6 million was"]),  # 1,730.6 / 959.6
    ("Rounded to two decimal places, what percentage of Larkspur Telecom's total revenues for the nine months ended "
     "September 30, 2026 came from residential services?", ["69.78%"], ["69.90%"]),  # 598.1 / 857.1; not Q3's 201.6 / 288.4
    ("What percentage of Larkspur's total revenues in the third quarter of 2026 came from business services?",
     ["30.1%"], ["30.2%", "third quarter of as"]),  # 86.8 / 288.4; not 259.0 / 857.1
    ("What was Fenwick Provisions' gross margin (gross profit divided by net revenue) for the 12 weeks ended March 21, "
     "2026, and how did it compare with the 12 weeks ended March 22, 2025? Round to two decimal places.",
     ["44.97%", "43.81%"], []),  # 1,894 / 4,212; 1,755 / 4,006
])
def test_each_span_is_answered_from_its_own_column(index, question, shown, never):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    for s in shown:
        assert s in a.text, a.text
    for s in never:
        assert s not in a.text, a.text


@pytest.mark.parametrize("question", [
    "What were Briscoe Marine's net sales for the three months ended June 30, 2026?",
    "What was Briscoe Marine's operating margin for the 13 weeks ended September 26, 2026?",
    "What were Briscoe Marine's year-to-date 2026 net sales?",
    "What was Briscoe Marine's net income for the quarter ended March 31, 2026?",
])
def test_a_span_no_report_prints_is_never_the_year(index, question):
    assert read_question(question, index.documents()) is None
    a = answer_question(question, index)
    assert a is None or a.refused or "940.2" not in a.text and "84.1" not in a.text, a.text


def test_a_ratio_of_a_defined_figure_without_a_known_other_term_is_declined(index):
    a = answer_question("Define total debt as the current portion of long-term debt plus long-term debt, net of current "
                        "portion. What was Larkspur Telecom's total debt to adjusted capital ratio at September 30, "
                        "2026?", index)
    assert a is not None and a.refused, a and a.text


@pytest.mark.parametrize("question", [
    "Total debt is defined as current maturities of long-term debt plus long-term debt. What was Briscoe Marine's total "
    "debt to total shareholders' equity ratio at the end of 2026, rounded to two decimal places?",
    "Define total debt as current maturities of long-term debt plus long-term debt. What was the ratio of total debt to "
    "total shareholders' equity for Briscoe Marine in fiscal 2026? Round to two decimal places.",
])
def test_a_defined_figure_asked_as_a_ratio_term_gives_the_ratio(index, question):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    assert "0.41" in a.text and "$300" not in a.text.split("Formula")[0], a.text  # 300.0 / 727.9


@pytest.mark.parametrize("question, parts", [
    ("What debt instruments made up Larkspur Telecom's total debt at September 30, 2026?", True),
    ("Which borrowings comprise Larkspur's long-term debt?", True),
    ("What was Larkspur Telecom's total debt at September 30, 2026?", False),
    ("What made up the increase in Larkspur's revenues?", False),
])
def test_the_parts_of_a_whole_asked_by_their_kind_are_no_figure_of_the_whole(question, parts):
    from assistant.answer.asked_measures import asks_member

    assert asks_member(question) is parts

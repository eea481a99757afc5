"""Interim columns of quarterly earnings releases: a release stored without its closing date takes the one its first
page states ("its results for the third quarter ended September 27, 2026", "Form 10-Q for the 12 weeks ended March 28,
2026"), so a question naming a span by its length and end date, or a balance date, is answered from the column of that
span; N weeks stand for their months (12-17 a quarter, 24-28 a half, 36-40 nine months); "year-to-date" is the
year-to-date column of the company's latest quarterly report. Each answer stays tied to its column: a quarter's figure
never answers a nine-month question or the reverse, and a span no report prints is never answered with a fiscal year's
figure. A defined figure asked as one term of a ratio ("total debt to stockholders' equity ratio") is that ratio, never
the defined figure alone. Every filer, row, figure and wording below is written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.intent import read_question, span_ended
from assistant.text.periods import resolve_period, stated_quarter_end, unnamed_span, year_to_date
from assistant.types import DocMeta
from finance_filings import memory_index

# a Q3 release furnished on an 8-K, stored without its closing date (the metadata had the release date only)
PELL = DocMeta(doc_id="dpell", doc="pellworth_q3_2026_earnings_release", source="pellworth_q3_2026_earnings_release.pdf",
               title="Pellworth Telecom, Inc. - Current Report", company="Pellworth Telecom",
               doc_type="earnings release", fiscal_year=2026, period="Q3 2026", date="2026-10-29")  # fmt: skip
PELL_P1 = """Pellworth Telecom, Inc. - Current Report on Form 8-K
Item 2.02 Results of Operations and Financial Condition. On October 29, 2026, Pellworth Telecom, Inc. put out a press
release with its results for the third quarter ended September 27, 2026.
Exhibit 99.1 - Pellworth Telecom Posts Third Quarter 2026 Results
Quarterly total revenues rose 4.6% year over year to $304.3 million.
"""
PELL_IS = """PELLWORTH TELECOM, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(unaudited) (dollars in millions, except per share amounts)
Three Months Ended September 27, Nine Months Ended September 27,
2026 2025 2026 2025
Business services $ 91.9 $ 88.0 $ 270.7 $ 262.8
Residential services 212.4 203.0 630.6 600.2
Total revenues 304.3 291.0 901.3 863.0
Cost of services 106.5 104.0 318.0 309.6
Depreciation and amortization 61.0 58.2 181.5 172.0
Selling, general and administrative 74.1 72.3 221.0 216.4
Income from operations 62.7 56.5 180.8 165.0
Interest expense, net (25.0) (26.4) (75.6) (79.0)
Income before income taxes 37.7 30.1 105.2 86.0
Income tax expense (9.4) (7.5) (26.0) (21.5)
Net income $ 28.3 $ 22.6 $ 79.2 $ 64.5
"""
PELL_BS = """PELLWORTH TELECOM, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(unaudited) (dollars in millions)
September 27, 2026 December 31, 2025
Cash and cash equivalents $ 35.2 $ 61.0
Accounts receivable, net 84.0 80.5
Total current assets 139.5 165.2
Property, plant and equipment, net 2,180.4 2,090.0
Total assets 3,150.0 3,080.0
Current portion of long-term debt 14.0 14.0
Total current liabilities 198.0 205.0
Long-term debt, net of current portion 1,788.0 1,770.0
Total liabilities 2,100.0 2,085.0
Total stockholders' equity 1,050.0 995.0
Total liabilities and stockholders' equity 3,150.0 3,080.0
"""
PELL_CF = """PELLWORTH TELECOM, INC.
CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
(unaudited) (dollars in millions)
Nine Months Ended September 27,
2026 2025
Net income $ 79.2 $ 64.5
Depreciation and amortization 181.5 172.0
Net cash provided by operating activities 275.4 251.0
Purchases of property and equipment (239.8) (230.5)
Net cash used in investing activities (239.8) (230.5)
"""

# a 12/16-week filer's first-quarter release, stored without its closing date
FENWICK = DocMeta(doc_id="dfen", doc="fenwick_q1_2026_earnings", source="fenwick_q1_2026_earnings.pdf",
                  title="Fenwick Provisions Reports First-Quarter 2026 Results", company="Fenwick Provisions",
                  doc_type="earnings release", fiscal_year=2026, period="Q1 2026")  # fmt: skip
FENWICK_P1 = """Fenwick Provisions Reports First-Quarter 2026 Results
More detail is in Fenwick's Quarterly Report on Form 10-Q for the 12 weeks ended March 28, 2026.
"""
FENWICK_IS = """FENWICK PROVISIONS, INC.
Condensed Consolidated Statement of Income
(unaudited; in millions except per share amounts)
12 Weeks Ended
3/28/2026 3/29/2025
Net revenue $ 5,120 $ 4,880
Cost of sales 2,816 2,733
Gross profit 2,304 2,147
Selling, general and administrative expenses 1,540 1,470
Operating profit 764 677
Net income $ 552 $ 488
"""

# a filer with an annual report only
BRISCOE = DocMeta(doc_id="dbri", doc="briscoe_10k_2026", source="briscoe_10k_2026.pdf", company="Briscoe Marine",
                  doc_type="10-K", fiscal_year=2026, period="FY2026", extra={"period_end": "2026-12-31"})  # fmt: skip
BRISCOE_IS = """BRISCOE MARINE, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(dollars in millions)
Year Ended December 31,
2026 2025
Net sales $ 985.6 $ 942.0
Cost of sales 640.1 615.3
Operating income 126.8 113.4
Net income $ 88.7 $ 79.2
"""
BRISCOE_BS = """BRISCOE MARINE, INC.
CONSOLIDATED BALANCE SHEETS
(dollars in millions)
December 31, 2026 December 31, 2025
Cash and cash equivalents $ 70.5 $ 58.0
Total current assets 420.0 390.0
Total assets 1,420.0 1,350.0
Current maturities of long-term debt 20.0 20.0
Total current liabilities 215.0 205.0
Long-term debt 340.0 360.0
Total liabilities 620.0 610.0
Total shareholders' equity 800.0 740.0
Total liabilities and shareholders' equity 1,420.0 1,350.0
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(PELL, {1: PELL_P1, 4: PELL_IS, 5: PELL_BS, 6: PELL_CF}),
                         (FENWICK, {1: FENWICK_P1, 4: FENWICK_IS}), (BRISCOE, {1: "Briscoe Marine, Inc.", 40: BRISCOE_IS, 41: BRISCOE_BS})])


@pytest.mark.parametrize("text, period, end", [
    ("put out a press release with its results for the third quarter ended September 27, 2026.", "Q3 2026",
     "2026-09-27"),
    ("today reported results for its fiscal second quarter ended June 27, 2026", "Q2 2026", "2026-06-27"),
    ("Form 10-Q for the 12 weeks ended March 28, 2026 (Q1 2026)", "Q1 2026", "2026-03-28"),
    ("for the quarter and year-to-date period: the thirteen weeks ended May 2, 2026", "Q1 2026", "2026-05-02"),
])
def test_a_release_first_page_states_its_closing_date(text, period, end):
    meta = DocMeta(doc_id="x", doc="x", source="x.pdf", period=period, date="2026-11-05")
    assert stated_quarter_end(meta, text) == end


def test_no_closing_date_is_read_where_none_fits():
    fourth = DocMeta(doc_id="x", doc="x", source="x.pdf", period="Q4 2026")
    assert stated_quarter_end(fourth, "results for the quarter and year ended December 31, 2026") is None
    early = DocMeta(doc_id="x", doc="x", source="x.pdf", period="Q3 2026", date="2026-08-01")
    assert stated_quarter_end(early, "results for the third quarter ended September 27, 2026") is None  # after the date
    dated = DocMeta(doc_id="x", doc="x", source="x.pdf", period="Q3 2026", extra={"period_end": "2026-09-26"})
    assert stated_quarter_end(dated, "the third quarter ended September 27, 2026") is None  # the metadata's own
    assert stated_quarter_end(early, "a year of growth; the twelve months ended June 30, 2026") is None


def test_spans_by_end_date_are_the_release_columns(index):
    docs = index.documents()
    pell = [d for d in docs if d.doc_id == "dpell"]
    assert span_ended("net income for the three months ended September 27, 2026", pell) == "Q3 2026"
    assert span_ended("total revenues over the nine months ended September 27, 2026", pell) == "9M 2026"
    fen = [d for d in docs if d.doc_id == "dfen"]
    assert span_ended("gross margin for the 12 weeks ended March 28, 2026", fen) == "Q1 2026"
    assert span_ended("gross margin for the twelve weeks ended March 29, 2025", fen) == "Q1 2025"
    assert year_to_date("How much revenue has Pellworth Telecom booked year-to-date in 2026?", pell) == "9M 2026"


def test_a_quarter_by_its_end_date_is_no_fiscal_year():
    for q in ("operating profit for the 12 weeks ended March 28, 2026", "net sales during the three months ended June "
              "28, 2026", "net sales in the quarter ended June 28, 2026", "revenue year-to-date 2026"):
        assert unnamed_span(q) and resolve_period(q)[0] is None, q
    assert resolve_period("net sales over the 24 weeks ended June 13, 2026")[0] == "6M 2026"
    assert resolve_period("net sales over the 36 weeks ended September 5, 2026")[0] == "9M 2026"
    assert resolve_period("net sales in fiscal 2026")[0] == "FY2026"


@pytest.mark.parametrize("question, shown, never", [
    ("To one decimal, what was the percentage increase in Pellworth Telecom's net income for the three months ended "
     "September 27, 2026 over the same quarter of 2025?", ["+25.2%"], ["79.2", "+22.8%"]),  # 28.3 / 22.6
    ("What operating margin did Pellworth earn over the nine months ended September 27, 2026?", ["20.1%"], ["20.6%"]),
    ("What total revenues did Pellworth Telecom report for the three months ended September 27, 2026, in millions "
     "of dollars?", ["304.3"], ["901.3"]),
    ("What total revenues did Pellworth Telecom report for the nine months ended September 27, 2026, in millions "
     "of dollars?", ["901.3"], ["304.3"]),
    ("How much were Pellworth Telecom's total revenues year-to-date in 2026, in millions of dollars?", ["901.3"],
     ["304.3"]),
    ("Define free cash flow as cash from operations minus capex. How much free cash flow did Pellworth generate in "
     "the nine months ended September 27, 2026?", ["35.6"], []),
    ("Total debt is defined as long-term debt, net of current portion, plus current portion of long-term debt. From "
     "its balance sheet, what was Pellworth Telecom's total debt to stockholders' equity ratio as of September 27, "
     "2026, to two decimals?", ["1.72"], ["$1,802.0 million was"]),  # 1,802.0 / 1,050.0
    ("For the nine months ended September 27, 2026, what percentage of Pellworth Telecom's total revenues came from "
     "residential services, to two decimals?", ["69.97%"], ["69.80%"]),  # 630.6 / 901.3; not Q3's 212.4 / 304.3
    ("What percentage of Pellworth's revenues in the third quarter of 2026 came from business services?",
     ["30.2%"], ["30.0%", "third quarter of as"]),  # 91.9 / 304.3; not 270.7 / 901.3
    ("What gross margin (gross profit relative to net revenue) did Fenwick Provisions earn in the 12 weeks ended "
     "March 28, 2026, versus the 12 weeks ended March 29, 2025? Two decimals.", ["45.00%", "44.00%"], []),
    # 2,304 / 5,120; 2,147 / 4,880
])
def test_each_span_is_answered_from_its_own_column(index, question, shown, never):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    for s in shown:
        assert s in a.text, a.text
    for s in never:
        assert s not in a.text, a.text


@pytest.mark.parametrize("question", [
    "What net sales did Briscoe Marine record for the three months ended June 28, 2026?",
    "What was Briscoe Marine's operating margin in the 13 weeks ended September 26, 2026?",
    "How much were Briscoe Marine's net sales year-to-date in 2026?",
    "What net income did Briscoe Marine earn in the quarter ended March 31, 2026?",
])
def test_a_span_no_report_prints_is_never_the_year(index, question):
    assert read_question(question, index.documents()) is None
    a = answer_question(question, index)
    assert a is None or a.refused or "985.6" not in a.text and "88.7" not in a.text, a.text


def test_a_ratio_of_a_defined_figure_without_a_known_other_term_is_declined(index):
    a = answer_question("Define total debt as long-term debt, net of current portion, plus current portion of "
                        "long-term debt. What was Pellworth Telecom's total debt to adjusted capital ratio as of "
                        "September 27, 2026?", index)
    assert a is not None and a.refused, a and a.text


@pytest.mark.parametrize("question", [
    "Total debt is defined as long-term debt plus current maturities of long-term debt. What was Briscoe Marine's "
    "total debt to total shareholders' equity ratio at the close of 2026, to two decimals?",
    "Define total debt as long-term debt plus current maturities of long-term debt. For fiscal 2026, what was the "
    "ratio of total debt to total shareholders' equity at Briscoe Marine? Two decimals.",
])
def test_a_defined_figure_asked_as_a_ratio_term_gives_the_ratio(index, question):
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    assert "0.45" in a.text and "$360" not in a.text.split("Formula")[0], a.text  # 360.0 / 800.0


@pytest.mark.parametrize("question, parts", [
    ("What debt instruments made up Pellworth Telecom's total debt as of September 27, 2026?", True),
    ("Which borrowings comprise Pellworth's long-term debt?", True),
    ("What was Pellworth Telecom's total debt as of September 27, 2026?", False),
    ("What made up the increase in Pellworth's revenues?", False),
])
def test_the_parts_of_a_whole_asked_by_their_kind_are_no_figure_of_the_whole(question, parts):
    from assistant.answer.asked_measures import asks_member

    assert asks_member(question) is parts

"""A named member's margin ("the operating margin of its International segment", its change in percentage points) is
computed from that member's own rows of one table (filing_answers.member_margin_answer, member_figures.member_margin), each
year's numerator and revenue cited; never the company's margin. The filer and its pages are fictional (Tailspin
Electronics), written for these tests."""

from __future__ import annotations

from assistant.answer.filing_answers import member_margin_answer
from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index
from test_table_rankings import OWN_TABLE

TAILSPIN = DocMeta(doc_id="tailspin25", doc="TAILSPIN_2025_10K", source="TAILSPIN_2025_10K.pdf",
                   company="Tailspin Electronics", fiscal_year=2025, period="FY2025", doc_type="10-K")


def _index():
    return memory_index([(TAILSPIN, {2: OWN_TABLE})])


def test_a_named_members_margin_change_is_computed_from_its_own_rows():
    q = ("By how many percentage points did the operating margin of Tailspin Electronics' International segment change "
         "from FY2024 to FY2025?")
    a = answer_question(q, _index())
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # (151) / 2,512 = -6.0% in 2024; 74 / 2,480 = 3.0% in 2025: +9.0 points
    assert "+9.0 percentage points" in a.text and "-6.0%" in a.text and "3.0%" in a.text, a.text
    assert a.citations and all(c.page == 2 for c in a.citations), a.citations
    # each input checkable on its own: the member's row and revenue row of each year, as printed, on the cited page
    assert len(a.inputs) == 4 and all(i.page == 2 and i.doc == "TAILSPIN_2025_10K" for i in a.inputs), a.inputs
    assert {i.period for i in a.inputs} == {"2024", "2025"} and sorted(abs(i.value) / 1e6 for i in a.inputs) == [
        74.0, 151.0, 2480.0, 2512.0], a.inputs


def test_a_member_the_filing_gives_no_rows_of_is_not_answered_by_this_path():
    q = "What was the operating margin of Tailspin Electronics' Domestic segment in FY2025?"
    assert member_margin_answer(q, _index()) is None
    q = "Which segment of Tailspin Electronics had the highest operating margin in FY2025?"
    assert member_margin_answer(q, _index()) is None  # a pick among members: the rankings' question


def test_a_named_members_figure_and_its_change_from_its_own_row():
    idx = _index()
    a = answer_question("What was the revenue of Tailspin Electronics' International segment in FY2025?", idx)
    assert a is not None and not a.refused and "$2,480 million" in a.text, a and a.text
    a = answer_question("How much did revenue of Tailspin Electronics' International segment change from FY2024 to "
                        "FY2025?", idx)
    # 2,480 - 2,512 = -32; -32 / 2,512 = -1.3%
    assert a is not None and "-$32 million (-1.3%)" in a.text, a and a.text
    assert sorted((i.period, i.value / 1e6) for i in a.inputs) == [("2024", 2512.0), ("2025", 2480.0)], a.inputs


def test_a_share_a_verdict_or_a_reason_is_not_the_members_figure():
    idx = _index()
    for q in ("What share of Tailspin Electronics' revenue came from its International segment in FY2025?",
              "Did revenue of Tailspin Electronics' International segment grow in FY2025?",
              "Why did revenue of Tailspin Electronics' International segment fall in FY2025?"):
        assert member_margin_answer(q, idx) is None, q


def test_a_named_members_share_of_the_consolidated_figure_in_two_years_and_its_change():
    from test_table_rankings import NAMED_COLUMNS
    jan = ("Our fiscal year ended January 31, 2025 (\"fiscal 2025\") was our tenth as a public company.\n"
           + NAMED_COLUMNS.replace("Year Ended December 31,", "Fiscal Year Ended January 31,"))
    meta = DocMeta(doc_id="fab25", doc="FABRIKAM_2025_10K", source="FABRIKAM_2025_10K.pdf",
                   company="Fabrikam Instruments", fiscal_year=2025, period="FY2025", doc_type="10-K")
    q = ("What share of Fabrikam Instruments' consolidated operating income came from the Clinical Diagnostics segment "
         "in fiscal 2025 and in fiscal 2024, and by how many percentage points did that share change?")
    a = answer_question(q, memory_index([(meta, {4: jan})]))
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # 610 / 2,125 = 28.7%; 700 / 2,030 = 34.5%; -5.8 points
    assert "28.7% in fiscal 2025" in a.text and "34.5% in fiscal 2024" in a.text and "-5.8 percentage points" in a.text
    # inputs: the member's cell and the consolidated cell of each year, each with its period
    assert len(a.inputs) == 4 and {i.period for i in a.inputs} == {"fiscal 2024", "fiscal 2025"}, a.inputs
    by = {(i.period, i.label.startswith("total")): i.value for i in a.inputs}
    assert round(by[("fiscal 2025", False)] / by[("fiscal 2025", True)] * 100, 1) == 28.7, a.inputs
    assert a.citations and all(c.page == 4 for c in a.citations), a.citations
    # the filing does not say how it names its years: which block is fiscal 2025 is unsure, no share computed
    unsure = jan.replace(' ("fiscal 2025")', "")
    a = answer_question(q, memory_index([(meta, {4: unsure})]))
    assert a is None or "28.7%" not in a.text


def test_the_share_of_a_total_that_named_rows_make_up_is_computed_from_one_table():
    from test_table_shares import CAPEX
    text = "Our fiscal year ended January 31, 2025 (\"fiscal 2025\") saw record investment.\n" + CAPEX
    meta = DocMeta(doc_id="tw25", doc="TAILWIND_2025_10K", source="TAILWIND_2025_10K.pdf",
                   company="Tailwind Retail", fiscal_year=2025, period="FY2025", doc_type="10-K")
    q = ("What share of Tailwind Retail's total capital expenditures went to store refreshes plus digital, logistics "
         "and other in fiscal 2025, and by how many percentage points did that share change from fiscal 2024?")
    a = answer_question(q, memory_index([(meta, {3: text})]))
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    assert "63.0% in fiscal 2025" in a.text and "53.4% in fiscal 2024" in a.text and "+9.6 percentage points" in a.text
    # inputs: the named rows and the total row of each year; the parts over the total give the shown share
    for year, share in (("fiscal 2025", 63.0), ("fiscal 2024", 53.4)):
        rows = [i for i in a.inputs if i.period == year]
        total = [i.value for i in rows if i.label.lower().startswith("total")]
        assert len(total) == 1 and len(rows) >= 2, a.inputs
        assert round(sum(i.value for i in rows if not i.label.lower().startswith("total")) / total[0] * 100, 1) == share
    assert a.citations and all(c.page == 3 for c in a.citations), a.citations


def test_a_share_of_a_whole_said_without_total_is_read_from_an_annual_reports_breakdown():
    from test_table_shares import SBC_NOTE
    meta = DocMeta(doc_id="lark25", doc="LARKSPUR_2025_10K", source="LARKSPUR_2025_10K.pdf",
                   company="Larkspur Devices", fiscal_year=2025, period="FY2025", doc_type="10-K")
    q = ("What share of Larkspur Devices' 2025 share-based compensation expense was recorded in selling, general and "
         "administrative, and how did it compare with 2024? Round to two decimal places.")
    a = answer_question(q, memory_index([(meta, {3: SBC_NOTE})]))
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # 87 / 250 = 34.80%; 81 / 220 = 36.82%
    assert "34.80% in 2025" in a.text and "36.82% in 2024" in a.text, a.text
    assert {i.value for i in a.inputs} >= {87e6, 250e6, 81e6, 220e6}, a.inputs
    # a quarter asked: an annual report's years are no quarter's, and a 10-Q's columns are not read by this form
    quarter = q.replace("2025 share-based", "second-quarter 2025 share-based")
    got = answer_question(quarter, memory_index([(meta, {3: SBC_NOTE})]))
    assert got is None or "34.80%" not in got.text, got.text
    tenq = DocMeta(doc_id="lark25q", doc="LARKSPUR_2025Q2_10Q", source="LARKSPUR_2025Q2_10Q.pdf",
                   company="Larkspur Devices", fiscal_year=2025, period="Q2 2025", doc_type="10-Q")
    got = answer_question(q, memory_index([(tenq, {3: SBC_NOTE})]))
    assert got is None or "34.80%" not in got.text, got.text


# Session 33 (#10): a share of a whole the question names by a statement's word ("net revenue") from a breakdown whose
# "Total ..." row says it in other words ("Total sales to external customers", "Total"): that row is the whole only
# when it prints the statement's amount in every asked year and the rows above add up to it
CALDER = DocMeta(doc_id="calder25", doc="CALDER_2025_10K", source="CALDER_2025_10K.pdf", company="Calder Semiconductor",
                 fiscal_year=2025, period="FY2025", doc_type="10-K")
CALDER_STATEMENT = """CALDER SEMICONDUCTOR, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except per share amounts)
Year Ended December 31, 2025 2024
Net revenue $ 4,820 $ 4,150
Cost of sales 2,650 2,310
Gross margin 2,170 1,840
Research and development 910 860
Marketing, general and administrative 540 505
Operating income 720 475
Net income $ 560 $ 370
"""
CALDER_COUNTRIES = """NOTE 14: Segment and Geographic Information
Sales to external customers are attributed to countries based on the customer's billing location:
(In millions)
2025 2024
United States $ 1,310 $ 1,205
Taiwan 1,460 1,020
Germany 640 705
Korea 930 760
Other countries 480 460
Total sales to external customers $ 4,820 $ 4,150
"""


def _calder(countries: str):
    return memory_index([(CALDER, {2: CALDER_STATEMENT, 3: countries})])


def test_a_share_of_net_revenue_from_a_breakdown_whose_total_prints_the_statements_amount():
    q = ("What share of Calder Semiconductor's net revenue came from customers billed in Taiwan in 2025 and in 2024? "
         "Round to two decimal places.")
    a = answer_question(q, _calder(CALDER_COUNTRIES))
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    # 1,460 / 4,820 = 30.29%; 1,020 / 4,150 = 24.58%
    assert "30.29% in 2025" in a.text and "24.58% in 2024" in a.text and "net revenue" in a.text, a.text
    # a plain "Total" row printing the same amounts reads the same
    plain = CALDER_COUNTRIES.replace("Total sales to external customers", "Total")
    a = answer_question(q.replace("Taiwan", "Korea"), _calder(plain))
    assert a is not None and "19.29% in 2025" in a.text, a and a.text  # 930 / 4,820


def test_a_total_row_in_other_words_that_is_not_the_statements_amount_is_no_whole():
    # the breakdown closes on another amount than net revenue in 2024 (a segment's sales, say): not the asked whole
    other = CALDER_COUNTRIES.replace("$ 4,150", "$ 4,140").replace("460\n", "450\n")
    q = "What share of Calder Semiconductor's net revenue came from customers billed in Taiwan in 2025 and in 2024?"
    a = answer_question(q, _calder(other))
    assert a is None or "24.6" not in a.text and "24.64" not in a.text, a.text
    # the rows above not adding up to the total: no whole either
    short = CALDER_COUNTRIES.replace("Germany 640 705\n", "")
    a = answer_question(q, _calder(short))
    assert a is None or "30.3" not in a.text, a.text

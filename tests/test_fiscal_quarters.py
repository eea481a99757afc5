"""A 10-Q of a filer whose fiscal year ends in March (Fabrikam Devices, written for these tests): its columns are
named in its own fiscal quarters, counted back from the report's period and end date, so "the second quarter of
fiscal 2026" is the three months ended September 26, 2025, "the first half of fiscal 2026" its six-month column,
and the balance at March 28, 2025 the year-end FY2025; the quarter is read from the filer's own words when the file
name does not say it."""

from __future__ import annotations

import pytest

from assistant.answer.checks import check_facts_answer
from assistant.answer.intents import answer_question
from assistant.documents.metadata import fiscal_quarter_named
from assistant.finance.extract import fiscal_quarter
from assistant.query.entities import company_aliases
from assistant.types import DocMeta
from finance_filings import memory_index

FAB = DocMeta(doc_id="fabrikamq2fy2026", doc="fabrikam-10q-sep2025", source="fabrikam-10q-sep2025.pdf",
              company="Fabrikam Devices", fiscal_year=2026, period="Q2 2026", doc_type="10-Q",
              extra={"period_end": "2025-09-26"})

IS = """FABRIKAM DEVICES, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share data) (Unaudited)
Three Months Ended Six Months Ended
September 26, 2025 September 27, 2024 September 26, 2025 September 27, 2024
Net sales $1,210.4 $1,140.8 $2,371.9 $2,250.3
Cost of products sold 452.1 431.0 889.6 858.2
Gross profit 758.3 709.8 1,482.3 1,392.1
Operating income 231.7 204.5 448.0 401.2
Net income $171.2 $150.9 $331.4 $296.0
"""

BS = """FABRIKAM DEVICES, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions) (Unaudited)
September 26, 2025 March 28, 2025
Cash and cash equivalents $903.6 $811.2
Total current assets 2,610.4 2,455.0
Total assets $7,902.3 $7,655.8
Total current liabilities 1,204.9 1,187.3
Total shareholders' equity 4,401.7 4,210.9
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(FAB, {3: BS, 4: IS})])


def test_columns_are_named_in_the_reports_fiscal_quarters(index):
    got = {(f.label, f.period): f.value for f in index.facts()}
    assert got[("Net sales", "Q2 2026")] == 1210.4 and got[("Net sales", "Q2 2025")] == 1140.8
    assert got[("Net sales", "6M 2026")] == 2371.9 and got[("Net sales", "6M 2025")] == 2250.3
    assert got[("Total assets", "Q2 2026")] == 7902.3 and got[("Total assets", "FY2025")] == 7655.8
    assert fiscal_quarter(2025, 9, 2, 2026, (2025, 9)) == (2026, 2)
    assert fiscal_quarter(2025, 3, 2, 2026, (2025, 9)) == (2025, 4)  # the fiscal year-end before
    assert fiscal_quarter(2024, 12, 1, 2025, (2025, 3)) == (2024, 4)  # a calendar-year filer: unchanged


@pytest.mark.parametrize("question, figure", [
    ("What were Fabrikam Devices' net sales in the second quarter of fiscal 2026?", "$1,210.4 million"),
    ("What were Fabrikam Devices' net sales in the second quarter of fiscal 2025?", "$1,140.8 million"),
    ("What were Fabrikam Devices' net sales in the first half of fiscal 2026?", "$2,371.9 million"),
    ("What was Fabrikam Devices' current ratio at September 26, 2025?", "2.17x"),  # 2,610.4 / 1,204.9
])
def test_questions_in_the_filers_fiscal_quarters(index, question, figure):
    a = answer_question(question, index)
    assert a is not None and not a.refused and figure in a.text.split("Formula")[0], a and a.text
    docs = index.documents()
    assert check_facts_answer(a, docs, company_aliases(docs), index.page_text) is not None


def test_a_quarter_the_report_does_not_cover_is_not_answered(index):
    a = answer_question("What were Fabrikam Devices' net sales in the third quarter of fiscal 2026?", index)
    assert a is None or a.refused


def test_the_quarter_named_in_the_filers_words():
    text = ("Net sales in the second quarter of fiscal 2026 rose 6.1% from the second quarter of fiscal 2025. "
            "In the second quarter of fiscal 2026 we opened a plant.")
    assert fiscal_quarter_named(text, 2025) == (2, 2026)
    assert fiscal_quarter_named("the second quarter of fiscal 2026 and the second quarter of fiscal 2025", 2025) is None
    assert fiscal_quarter_named("the second quarter of fiscal 2031", 2025) is None  # not this report's year
    assert fiscal_quarter_named("Net sales rose in the quarter.", 2025) is None


UTIL = DocMeta(doc_id="harborlightq2202", doc="HARBORLIGHT_2026Q2_10Q", source="HARBORLIGHT_2026Q2_10Q.pdf",
               company="Harborlight Utilities", fiscal_year=2026, period="Q2 2026", doc_type="10-Q",
               extra={"period_end": "2026-06-30"})
UTIL_IS = """HARBORLIGHT UTILITIES, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In millions) (Unaudited)
Three Months Ended June 30, Six Months Ended June 30,
2026 2025 2026 2025
Total operating revenues $1,402 $1,311 $3,120 $2,954
Fuel and purchased power 311 290 702 668
Other operation and maintenance 402 388 801 779
Depreciation and amortization 214 203 425 404
Taxes other than income taxes 177 168 491 463
Operating income 298 262 701 640
Net income 201 170 533 488
Preferred stock dividends of subsidiary (1) (1) (3) (3)
Net income attributable to common stock $200 $169 $530 $485
"""


def test_half_years_compared_and_the_common_holders_row():
    idx = memory_index([(UTIL, {3: UTIL_IS})])
    a = answer_question("How much did Harborlight Utilities' net income attributable to common stock increase in the "
                        "first half of 2026 compared with the first half of 2025?", idx)
    # 530 - 485 = 45, from the six-month columns and the common holders' row (never 533 / 488, nor the year)
    assert a is not None and "$45 million" in a.text and "$530 million" in a.text and "533" not in a.text, a and a.text
    a = answer_question("What was Harborlight Utilities' net income in the second half of 2026?", idx)
    assert a is None or a.refused



def test_a_gross_margin_of_a_filer_of_expenses_by_nature_gives_the_closest_margin():
    idx = memory_index([(UTIL, {3: UTIL_IS})])
    a = answer_question("What was Harborlight Utilities' gross margin in the second quarter of 2026?", idx)
    # no cost of sales: not useful, and the operating margin its statements give instead (298 / 1,402)
    assert a is not None and "not a useful metric" in a.text and "21.3%" in a.text, a and a.text
    docs = idx.documents()
    assert check_facts_answer(a, docs, company_aliases(docs), idx.page_text) is not None


QUILLON_COVER = """Quillon Therapeutics, Inc. - Quarterly Report on Form 10-Q for the Quarter Ended September 30, 2025
Quillon Therapeutics, Inc. ("Quillon," the "Company") is a specialty pharmaceutical company. Our fiscal year ends on
March 31.
"""
QUILLON_IS = """CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share amounts)
(unaudited)
Three Months Ended September 30, Six Months Ended September 30,
2025 2024 2025 2024
Product revenue, net 142,318 118,604 271,950 226,115
Collaboration revenue 6,200 16,200 12,400 22,900
Total revenues 148,518 134,804 284,350 249,015
Cost of goods sold 21,347 18,977 40,793 36,178
Research and development 48,902 41,336 95,117 80,228
Operating income 22,659 24,366 39,536 34,233
Interest expense (3,120) (3,410) (6,300) (6,880)
"""


def test_a_march_filers_quarter_is_counted_from_the_year_end_its_text_states():
    """A 10-Q whose title says "for the Quarter Ended September 30, 2025" and whose text says only that the fiscal
    year ends on March 31 (no "second quarter of fiscal 2026" anywhere) is the second quarter of fiscal 2026; its
    columns are named so, and a question naming a span by its length and end date ("the six months ended September
    30, 2025") asks that report's column (6M 2026), never the calendar year's name for it (6M 2025 is the year
    before)."""
    from pathlib import Path

    from assistant.documents.metadata import fiscal_quarter_of_year_end, guess_metadata

    assert fiscal_quarter_of_year_end("Our fiscal year ends on March 31.", "2025-09-30") == (2, 2026)
    assert fiscal_quarter_of_year_end("The fiscal year ends on the last Sunday of September.", "2026-03-29") == (2, 2026)
    assert fiscal_quarter_of_year_end("Our fiscal year ends on December 31.", "2025-09-30") is None
    assert fiscal_quarter_of_year_end("Net sales rose.", "2025-09-30") is None
    g = guess_metadata(Path("quillon_therapeutics_10q.htm"), [QUILLON_COVER], body=[QUILLON_COVER, QUILLON_IS])
    assert (g["period"], g["fiscal_year"], g["extra"].get("period_end")) == ("Q2 2026", 2026, "2025-09-30")
    meta = DocMeta(doc_id="dqui", doc="quillon_therapeutics_10q", source="quillon_therapeutics_10q.htm",
                   title=g["title"], company="Quillon Therapeutics, Inc.", doc_type="10-Q",
                   fiscal_year=g["fiscal_year"], period=g["period"], extra=g["extra"])
    idx = memory_index([(meta, {1: QUILLON_COVER, 3: QUILLON_IS})])
    a = answer_question("What were Quillon Therapeutics' total revenues for the quarter ended September 30, 2025?", idx)
    assert a is not None and "$148,518 thousand" in a.text, a and a.text
    a = answer_question("Defining interest coverage as operating income divided by interest expense, what was "
                        "Quillon Therapeutics' interest coverage in the six months ended September 30, 2025?", idx)
    assert a is not None and "6.28x" in a.text and "34,233" not in a.text, a and a.text  # 39,536 / 6,300
    a = answer_question("Defining gross margin as (product revenue, net minus cost of goods sold) divided by product "
                        "revenue, net, what was Quillon Therapeutics' gross margin for the second quarter of fiscal "
                        "2026?", idx)
    assert a is not None and "85.0%" in a.text, a and a.text  # (142,318 - 21,347) / 142,318


def test_columns_named_by_their_period_before_each_year():
    """"Q2 FY26 Q2 FY25 6M FY26 6M FY25" over a quarterly statement: each column is the period it names (the filer's
    fiscal quarter and half), read as such by the facts and by the input check."""
    meta = DocMeta(doc_id="dwren", doc="wrenfield_10q", source="wrenfield_10q.pdf", company="Wrenfield Instruments",
                   fiscal_year=2026, period="Q2 2026", doc_type="10-Q", extra={"period_end": "2026-03-28"})
    page = """WRENFIELD INSTRUMENTS, INC.
Condensed Consolidated Statements of Operations (Unaudited)
(in thousands)
Q2 FY26 Q2 FY25 6M FY26 6M FY25
Total net revenue 212,406 188,315 409,877 371,020
Cost of revenue 118,930 107,552 231,004 213,610
Operating income 35,118 26,440 64,291 50,873
"""
    idx = memory_index([(meta, {2: page})])
    got = {f.period: f.value for f in idx.facts(metric="operating_income")}
    assert got == {"Q2 2026": 35118.0, "Q2 2025": 26440.0, "6M 2026": 64291.0, "6M 2025": 50873.0}
    a = answer_question("Defining operating margin as operating income divided by total net revenue, what was "
                        "Wrenfield Instruments' operating margin for its fiscal second quarter of 2026?", idx)
    assert a is not None and "16.5%" in a.text, a and a.text  # 35,118 / 212,406


def test_a_half_year_restated_in_parentheses_is_one_period(index):
    a = answer_question("What were Fabrikam Devices' net sales for the six months ended September 26, 2025 (the first "
                        "half of fiscal 2026)?", index)
    assert a is not None and "$2,371.9 million" in a.text and "changed" not in a.text, a and a.text

"""A quarterly report's columns are named by their length: three months (or 13 weeks, "Second Quarter", "Quarter
Ended") is the quarter, six or nine months (26 / 39 weeks, "First Half", "Year to Date") the year to date; a prior
year's column of the same quarter is that quarter a year before, never the prior fiscal year; columns whose length
no header says, where one year repeats, are named by no period a question asks. A quarter-asked question then takes
the three-month column, a year-to-date one is never shown for the quarter. Statement pages written for these tests
(a fictional outdoor retailer's 10-Q)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from assistant.types import DocMeta, Page
from finance_filings import memory_index

Q2 = DocMeta(doc_id="brightwater_q2", doc="BRIGHTWATER_2025_Q2_10Q", source="BRIGHTWATER_2025_Q2_10Q.pdf",
             company="Brightwater Outfitters, Inc.", fiscal_year=2025, period="Q2 2025", doc_type="10-Q")

ROWS = """Net sales $ 412.3 $ 388.9 $ 781.4 $ 740.1
Cost of sales 238.1 229.0 455.8 437.3
Gross profit 174.2 159.9 325.6 302.8
Net income $ 36.8 $ 30.4 $ 59.5 $ 50.8
"""


def statement(header: str) -> str:
    return f"""BRIGHTWATER OUTFITTERS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(Unaudited)
(In millions)
{header}
{ROWS}"""


def net_sales(header: str) -> dict[str, float]:
    facts = extract_facts(Q2, [Page(Q2.doc_id, Q2.doc, Q2.source, 3, statement(header))])
    return {f.period: f.value for f in facts if f.label == "Net sales"}


@pytest.mark.parametrize("header", [
    "Three Months Ended Six Months Ended\nJune 28, 2025 June 29, 2024 June 28, 2025 June 29, 2024",
    "13 Weeks Ended\nAug. 2, 2025 Aug. 3, 2024 26 Weeks Ended Aug. 2, 2025 Aug. 3, 2024",
    "Thirteen Weeks Ended Twenty-Six Weeks Ended\nAugust 2, 2025 August 3, 2024 August 2, 2025 August 3, 2024",
    "Second Quarter First Half\n2025 2024 2025 2024",
    "Quarter Ended Year to Date\nJune 30, 2025 June 30, 2024 June 30, 2025 June 30, 2024",
])
def test_quarter_and_year_to_date_columns(header):
    assert net_sales(header) == {"Q2 2025": 412.3, "Q2 2024": 388.9, "6M 2025": 781.4, "6M 2024": 740.1}


def test_columns_of_unknown_length_are_never_the_quarter_twice_or_a_fiscal_year():
    got = net_sales("2025 2024 2025 2024")
    assert got["Q2 2025"] == 412.3 and got["Q2 2024"] == 388.9
    assert "FY2024" not in got and list(got.values()).count(781.4) == 1 and "Q2 2025" != "YTD 2025"
    assert got.get("YTD 2025") == 781.4


def test_a_prior_year_quarter_column_is_not_the_prior_fiscal_year():
    facts = extract_facts(Q2, [Page(Q2.doc_id, Q2.doc, Q2.source, 3, statement("June 30, 2025 June 30, 2024")
                                    .replace(ROWS, "Net sales $ 412.3 $ 388.9\n"))])
    assert {f.period for f in facts if f.label == "Net sales"} == {"Q2 2025", "Q2 2024"}


def test_a_balance_sheet_against_the_prior_year_end():
    page = """BRIGHTWATER OUTFITTERS, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions)
June 30, 2025 December 31, 2024
Inventories $ 301.2 $ 276.9
Total current assets 512.0 501.2
Total current liabilities 248.8 239.5
"""
    facts = extract_facts(Q2, [Page(Q2.doc_id, Q2.doc, Q2.source, 4, page)])
    assert {f.period: f.value for f in facts if f.label == "Inventories"} == {"Q2 2025": 301.2, "FY2024": 276.9}


@pytest.mark.parametrize("header", [
    "13 Weeks Ended\nAug. 2, 2025 Aug. 3, 2024 26 Weeks Ended Aug. 2, 2025 Aug. 3, 2024",
    "Second Quarter First Half\n2025 2024 2025 2024",
])
def test_a_quarter_question_takes_the_three_month_column(header):
    idx = memory_index([(Q2, {3: statement(header)})])
    a = answer_question("What were Brightwater Outfitters' net sales in Q2 2025?", idx)
    assert a is not None and "$412.3 million" in a.text and "781.4" not in a.text, a and a.text
    a = answer_question("What was Brightwater Outfitters' gross margin in the second quarter of 2025?", idx)
    assert a is not None and "42.3%" in a.text, a and a.text  # 174.2 / 412.3
    a = answer_question("What were Brightwater Outfitters' net sales in fiscal 2024?", idx)
    assert a is None or a.refused or "388.9" not in a.text, a.text  # a quarter is never the year


def test_two_balance_sheet_dates_in_one_calendar_year_are_not_a_year_to_date():
    # a June fiscal year's second-quarter balance sheet: December 31, 2022 against the June 30, 2022 year-end
    q2 = DocMeta(doc_id="kestrel_q2", doc="KESTREL_2023Q2_10Q", source="k.pdf", company="Kestrel Packaging plc",
                 fiscal_year=2023, period="Q2 2023", doc_type="10-Q")
    page = """KESTREL PACKAGING PLC
CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2022 June 30, 2022
Inventories $ 2,509 $ 2,439
Total current assets 5,410 5,853
"""
    facts = extract_facts(q2, [Page(q2.doc_id, q2.doc, q2.source, 7, page)])
    got = {f.period: f.value for f in facts if f.label == "Inventories"}
    assert got["FY2022"] == 2439 and not any(p.startswith("YTD") for p in got), got


def test_a_fourth_quarter_reports_prior_year_end_is_that_fiscal_year():
    q4 = DocMeta(doc_id="kestrel_q4", doc="KESTREL_2023Q4_EARNINGS", source="k4.pdf", company="Kestrel Packaging plc",
                 fiscal_year=2023, period="Q4 2023", doc_type="earnings release")
    page = """KESTREL PACKAGING PLC
CONDENSED CONSOLIDATED BALANCE SHEETS
(In millions)
June 30, 2023 June 30, 2022
Inventories $ 2,213 $ 2,439
"""
    facts = extract_facts(q4, [Page(q4.doc_id, q4.doc, q4.source, 9, page)])
    assert {f.period: f.value for f in facts if f.label == "Inventories"}["FY2022"] == 2439

"""A 52/53-week retailer that names its years by the year they begin, read from its own headers and MD&A.

Tailspin Outfitters (fictional) closes its fiscal years on the Saturday nearest January 31 and calls the year ended
January 31, 2026 "fiscal 2025". Its income statement heads each column with the name over the closing date
("Fiscal 2025" / "52 Weeks Ended" / "January 31, 2026"); its balance sheet with dates only. mia names each column
by the calendar year it closed in (``finance.fiscal``), and a question's "fiscal 2025" is that filer's fiscal 2025.
Every statement row and question wording was written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.extract import extract_facts
from assistant.finance.fiscal import compared_naming, header_namings, names_over_dates
from assistant.types import DocMeta
from finance_filings import memory_index, pages_of

COVER = """UNITED STATES SECURITIES AND EXCHANGE COMMISSION
FORM 10-K
For the fiscal year ended January 31, 2026
TAILSPIN OUTFITTERS, INC.
(Exact name of registrant as specified in its charter)
"""
MDNA = """ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS
Fiscal 2025 Compared with Fiscal 2024
Net sales increased 5.2% to $4,210.4 million, led by comparable sales growth of 3.1%.
"""
INCOME = """TAILSPIN OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions, except per share data)
Fiscal 2025 Fiscal 2024 Fiscal 2023
52 Weeks Ended 52 Weeks Ended 53 Weeks Ended
January 31, 2026 February 1, 2025 February 3, 2024
Net sales $ 4,210.4 $ 4,002.1 $ 3,977.6
Cost of sales 2,736.8 2,641.4 2,644.1
Gross profit 1,473.6 1,360.7 1,333.5
Selling, general and administrative expenses 1,121.0 1,062.5 1,050.2
Operating income 352.6 298.2 283.3
Net income $ 212.5 $ 188.0 $ 171.3
"""
BALANCE = """TAILSPIN OUTFITTERS, INC.
CONSOLIDATED BALANCE SHEETS
(In millions)
January 31, 2026 February 1, 2025
Cash and cash equivalents $ 188.2 $ 164.0
Merchandise inventories 702.3 655.9
Total current assets 1,190.4 1,122.8
Total assets 3,312.0 3,150.6
Total current liabilities 820.5 790.1
"""
META = DocMeta(doc_id="tailspin0000001a", doc="tailspin_10k", source="tailspin_10k.pdf",
               company="Tailspin Outfitters", doc_type="10-K", fiscal_year=2026, period="FY2026",
               extra={"period_end": "2026-01-31"})


def test_a_header_of_names_over_dates_has_one_column_per_name():
    cols = names_over_dates("Fiscal 2025 Fiscal 2024\n52 Weeks Ended 52 Weeks Ended\nJanuary 31, 2026 February 1, 2025")
    assert [(c.name, c.end_year, c.end_month) for c in cols] == [(2025, 2026, 1), (2024, 2025, 2)]
    assert names_over_dates("FY24 FY23\nFebruary 1, 2025 February 3, 2024")[0].name == 2024
    assert names_over_dates("Fiscal 2025 Fiscal 2024\nJanuary 31, 2026") is None  # a date short
    assert names_over_dates("Fiscal 2025 Fiscal 2024\nJanuary 31, 2028 February 1, 2027") is None  # not its dates
    assert [n.name for n in header_namings(INCOME)] == [2025, 2024, 2023]


def test_the_mdna_comparison_names_the_covers_year():
    n = compared_naming(MDNA, "2026-01-31")
    assert (n.name, n.end_year) == (2025, 2026)
    assert compared_naming(MDNA, None) is None
    assert compared_naming(MDNA, "2028-01-29") is None  # not that report's year


@pytest.mark.parametrize("pages", [[COVER, MDNA, INCOME, BALANCE], [COVER, INCOME, BALANCE]])
def test_every_statement_is_read_and_named_by_its_closing_year(pages):
    facts = extract_facts(META, pages_of(META, dict(enumerate(pages, start=1))))
    sales = {f.period: f.value for f in facts if f.metric == "revenue"}
    assert sales == {"FY2026": 4210.4, "FY2025": 4002.1, "FY2024": 3977.6}
    inventory = {f.period: f.value for f in facts if f.metric == "inventory"}
    assert inventory == {"FY2026": 702.3, "FY2025": 655.9}
    assert {f.value for f in facts if f.metric == "fiscal_year_name"} >= {2025.0}


def test_a_question_in_the_filers_names_gets_its_years():
    index = memory_index([(META, {1: COVER, 2: MDNA, 3: INCOME, 4: BALANCE})])
    a = answer_question("How did Tailspin Outfitters' gross margin change from fiscal 2024 to fiscal 2025?", index)
    assert a is not None
    assert "from 34.0%" in a.text and "to 35.0%" in a.text  # 1,360.7 / 4,002.1 and 1,473.6 / 4,210.4
    assert "calls fiscal 2025" in a.text  # the naming is said, with the filing's words
    b = answer_question("What was Tailspin Outfitters' inventory turnover in fiscal 2025, using the average of "
                          "merchandise inventories at the start and end of the year?", index)
    assert b is not None and "655.9" in b.text and "702.3" in b.text and "4.03x" in b.text


def test_prose_naming_years_is_no_header():
    text = ("We have not provided comparable sales for fiscal 2017 as the calculation would only include the fourth\n"
            "quarter of fiscal 2017 and may mislead. On March 1, 2018, we announced the closing of 20 stores.")
    assert header_namings(text) == []

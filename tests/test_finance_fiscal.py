"""Fiscal years a filer names by the year they began (a retailer's "fiscal 2024, the 52 weeks ended February 1,
2025"): mia names columns by the year they closed in, whatever the header says ("February 1, 2025", "Fiscal 2024",
"FY24", "52 Weeks Ended Feb. 1, 2025"), and reads a question's "fiscal 2024" / "FY24" as the filer's year; a
question naming a closing date is taken as said. Statements written for these tests (a fictional home-goods
retailer)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.fiscal import naming_shift, naming_statements, two_digit_years
from assistant.finance.inputs import check_input
from finance_filings import memory_index, meta

D = meta("CANDLEWOOD_2024_10K", "Candlewood Home Stores, Inc.", 2025)
C = "Candlewood Home Stores"

BY_START = """Item 7. Management's Discussion and Analysis
Our fiscal year ends on the Saturday closest to January 31. Fiscal 2024 was the 52 weeks ended February 1, 2025,
and fiscal 2023 was the 53 weeks ended February 3, 2024.
Net sales in fiscal 2024 increased 4.1% compared to fiscal 2023, driven by comparable sales growth of 3.2%.
"""
BY_END = """Item 7. Management's Discussion and Analysis
Our fiscal year ends on the Saturday closest to January 31. Fiscal 2025 ended February 1, 2025 and fiscal 2024
ended February 3, 2024.
"""
ROWS = """Net sales $ 5,204,310 $ 4,999,612 $ 4,812,007
Cost of sales 3,310,448 3,205,118 3,101,554
Gross profit 1,893,862 1,794,494 1,710,453
Selling, general and administrative expenses 1,402,115 1,350,720 1,298,004
Operating income 491,747 443,774 412,449
Net income $ 362,004 $ 325,118 $ 301,966
"""


def statement(header: str) -> str:
    return f"""CANDLEWOOD HOME STORES, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share amounts)
{header}
{ROWS}"""


HEADERS = {
    "dates": "Fiscal Year Ended\nFebruary 1, 2025 February 3, 2024 January 28, 2023",
    "weeks": "52 Weeks Ended 53 Weeks Ended 52 Weeks Ended\nFeb. 1, 2025 Feb. 3, 2024 Jan. 28, 2023",
    # the label column's own title before the years (closing years, as printed)
    "titled": "(years ended in)\nItem 2025 2024 2023",
}
BY_START_HEADERS = {**HEADERS, "names": "Fiscal 2024 Fiscal 2023 Fiscal 2022", "short": "FY24 FY23 FY22",
                    "caption": "Fiscal year 2024 2023 2022", "captions": "Fiscal years 2024, 2023 and 2022",
                    # a caption naming the columns' years as fiscal years, the label column's title between
                    "titled names": "(fiscal years)\nItem 2024 2023 2022"}


def test_the_filers_naming_is_read():
    said = naming_statements(BY_START)
    assert [(n.name, n.end_year, n.end_month) for n in said] == [(2024, 2025, 2), (2023, 2024, 2)]
    assert naming_shift(said) == 1
    assert naming_shift(naming_statements(BY_END)) == 0
    assert naming_statements("Net sales in fiscal 2024 increased compared to the year ended February 3, 2024.") == []
    assert two_digit_years("FY24 FY23 Fiscal '22") == "FY 2024 FY 2023 Fiscal 2022"
    assert two_digit_years("FY24 growth of 12%") == "FY 2024 growth of 12%"


@pytest.mark.parametrize("header", BY_START_HEADERS.values(), ids=BY_START_HEADERS.keys())
def test_every_header_names_the_columns_by_their_closing_year(header):
    idx = memory_index([(D, {31: BY_START, 48: statement(header)})])
    got = {f.period: f.value for f in idx.facts(metric="revenue")}
    assert got == {"FY2025": 5204310.0, "FY2024": 4999612.0, "FY2023": 4812007.0}


@pytest.mark.parametrize("header", BY_START_HEADERS.values(), ids=BY_START_HEADERS.keys())
def test_fiscal_2024_of_a_filer_naming_by_the_start_year(header):
    idx = memory_index([(D, {31: BY_START, 48: statement(header)})])
    for q in (f"What were {C}' net sales in fiscal 2024?", f"What were {C}' FY24 net sales?"):
        a = answer_question(q, idx)
        assert a is not None and "$5,204,310 thousand" in a.text and "fiscal 2024" in a.text, a and a.text
    a = answer_question(f"What was {C}' operating income in fiscal 2022?", idx)
    assert a is not None and "$412,449 thousand" in a.text, a and a.text
    a = answer_question(f"How much did {C}' net sales grow from fiscal 2023 to fiscal 2024?", idx)
    assert a is not None and "+4.1%" in a.text and "4,812,007" not in a.text, a and a.text
    a = answer_question(f"What were {C}' net sales for the 52 weeks ended February 1, 2025?", idx)
    assert a is not None and "$5,204,310 thousand" in a.text and "calls fiscal" not in a.text, a and a.text


@pytest.mark.parametrize("header", HEADERS.values(), ids=HEADERS.keys())
def test_a_filer_naming_by_the_closing_year_is_taken_as_said(header):
    idx = memory_index([(D, {31: BY_END, 48: statement(header)})])
    a = answer_question(f"What were {C}' net sales in fiscal 2024?", idx)
    assert a is not None and "$4,999,612 thousand" in a.text, a and a.text


def test_the_column_check_reads_the_header_as_the_columns_were_named():
    from assistant.types import Fact
    page = statement("Fiscal 2024 Fiscal 2023 Fiscal 2022")
    f = Fact("d", "D", "d.pdf", 48, "Operating income", 412449.0, 1e3, "USD", metric="operating_income",
             period="FY2023", fiscal_year=2023, quote="Operating income 491,747 443,774 412,449")
    assert check_input(f, page, shift=1) is None
    assert check_input(f, page) is not None  # read as named, the 2023 column holds 443,774
    wrong_year = Fact("d", "D", "d.pdf", 48, "Operating income", 491747.0, 1e3, "USD", metric="operating_income",
                      period="FY2026", fiscal_year=2026, quote="Operating income 491,747 443,774 412,449")
    assert "header" in check_input(wrong_year, page, shift=1)  # a year the header does not name: fails


def test_a_quarters_figure_must_sit_in_a_three_month_column():
    from assistant.types import Fact
    page = """BRIGHTWATER OUTFITTERS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Three Months Ended Six Months Ended
June 28, 2025 June 29, 2024 June 28, 2025 June 29, 2024
Net sales $ 412.3 $ 388.9 $ 781.4 $ 740.1
"""
    quote = "Net sales $ 412.3 $ 388.9 $ 781.4 $ 740.1"

    def f(period, value):
        return Fact("d", "D", "d.pdf", 3, "Net sales", value, 1e6, "USD", metric="revenue", period=period,
                    fiscal_year=2025, quote=quote)

    assert check_input(f("Q2 2025", 412.3), page) is None
    assert check_input(f("6M 2025", 781.4), page) is None
    # the six-month figure read as the quarter's (a misread column) now fails; it passed on the year alone
    assert "column" in check_input(f("Q2 2025", 781.4), page)
    assert check_input(f("6M 2025", 412.3), page) is not None


def test_a_quarterly_report_running_ahead_checks_the_asked_periods_own_calendar_year():
    """A January-year filer's 10-Q for the second quarter of fiscal 2026 (ended August 2, 2025) dates its quarter
    columns one calendar year before their fiscal names (``ahead=1``) and its fiscal year-end balance in the year
    itself. Each fact's column is the one of its own calendar year: the prior-year quarter (Q2 2025, dated 2024) is
    never confirmed by the current quarter's figure (dated 2025), though 2025 is a year the fact's name carries."""
    from dataclasses import replace

    from assistant.types import Fact
    page = """NORTHWIND OUTFITTERS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Three Months Ended Six Months Ended
August 2, 2025 August 3, 2024 August 2, 2025 August 3, 2024
Net sales $ 618,442 $ 590,117 $ 1,201,906 $ 1,148,330
"""
    quote = "Net sales $ 618,442 $ 590,117 $ 1,201,906 $ 1,148,330"

    def f(period, year, value):
        return Fact("d", "D", "d.pdf", 3, "Net sales", value, 1e3, "USD", metric="revenue", period=period,
                    fiscal_year=year, quote=quote)

    assert check_input(f("Q2 2026", 2026, 618442), page, ahead=1) is None
    assert check_input(f("Q2 2025", 2025, 590117), page, ahead=1) is None
    assert check_input(f("6M 2026", 2026, 1201906), page, ahead=1) is None
    # the current quarter's figure taken for the prior year's quarter: 2025 heads its column, but the prior-year
    # quarter is dated 2024
    assert check_input(f("Q2 2025", 2025, 618442), page, ahead=1) is not None
    assert check_input(f("6M 2025", 2025, 1201906), page, ahead=1) is not None
    balance = """NORTHWIND OUTFITTERS, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(In thousands)
August 2, 2025 February 1, 2025 August 3, 2024
Merchandise inventories 702,118 655,904 688,270
"""
    row = "Merchandise inventories 702,118 655,904 688,270"

    def b(period, year, value):
        return Fact("d", "D", "d.pdf", 4, "Merchandise inventories", value, 1e3, "USD", metric="inventory",
                    period=period, fiscal_year=year, quote=row)

    assert check_input(b("FY2025", 2025, 655904), balance, ahead=1) is None  # the year-end balance, dated in 2025
    assert check_input(b("Q2 2026", 2026, 702118), balance, ahead=1) is None
    assert check_input(b("Q2 2025", 2025, 688270), balance, ahead=1) is None
    assert check_input(b("Q2 2025", 2025, 702118), balance, ahead=1) is not None
    named = """NORTHWIND OUTFITTERS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Second Quarter
Fiscal 2026 Fiscal 2025
Net sales $ 618,442 $ 590,117
"""
    q = "Net sales $ 618,442 $ 590,117"
    assert check_input(replace(f("Q2 2026", 2026, 618442), quote=q), named, ahead=1) is None  # a fiscal name: its own
    assert check_input(replace(f("Q2 2025", 2025, 590117), quote=q), named, ahead=1) is None
    assert check_input(replace(f("Q2 2025", 2025, 618442), quote=q), named, ahead=1) is not None


@pytest.mark.parametrize("question", [
    f"What were {C}' net sales for fiscal 2024 (the 52 weeks ended February 1, 2025)?",
    f"How much did {C} report in net sales for fiscal 2024 (the fiscal year ended February 1, 2025)?",
])
def test_a_period_restated_in_parentheses_is_one_period(question):
    """"fiscal 2024 (the 52 weeks ended February 1, 2025)" names one year twice (the filer's name and its closing
    date): the year's figure, never a change between two years."""
    idx = memory_index([(D, {31: BY_START, 48: statement(HEADERS["dates"])})])
    a = answer_question(question, idx)
    assert a is not None and "$5,204,310 thousand" in a.text and "changed" not in a.text, a and a.text
    assert a.question == question


@pytest.mark.parametrize("texts, ends", [
    (['Our fiscal year ended January 31, 2025 ("fiscal 2025") was a year of growth.'], True),
    (["Results below are for the year ended January 30, 2026 (fiscal 2026).", "Nothing on years here."], True),
    (["Fiscal 2024, the 52 weeks ended February 1, 2025, was our best year."], False),  # named by the year it began
    (["Net sales rose in the year ended January 31, 2025."], False),  # no name paired with the date: unsure
    (['The fiscal year ended January 31, 2025 ("fiscal 2025") ...', "fiscal 2025, the 52 weeks ended January 31, 2026"],
     False),  # both kinds stated
])
def test_a_filing_naming_its_fiscal_years_by_their_closing_year(texts, ends):
    from assistant.finance.fiscal import names_by_closing_year
    assert names_by_closing_year(texts) is ends


def test_a_filing_naming_its_years_only_by_its_mdas_comparison_and_its_cover():
    from assistant.finance.fiscal import names_by_closing_year
    texts = ["Fiscal 2025 Compared with Fiscal 2024: revenue rose in every segment."]
    assert names_by_closing_year(texts, "2025-02-01") is True  # the cover closes the year early in 2025
    assert names_by_closing_year(texts, "2026-01-31") is False  # the year began in 2025: named by its start
    assert names_by_closing_year(texts) is False  # no cover date: unsure

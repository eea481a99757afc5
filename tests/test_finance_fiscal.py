"""Fiscal years a filer names by the year they began (a retailer's "fiscal 2024, the 52 weeks ended February 1,
2025"): mia names columns by the year they closed in, whatever the header says ("February 1, 2025", "Fiscal 2024",
"FY24", "52 Weeks Ended Feb. 1, 2025"), and reads a question's "fiscal 2024" / "FY24" as the filer's year; a
question naming a closing date is taken as said. Statements written for these tests (a fictional home-goods
retailer)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.fiscal import (clause_statements, naming_shift, naming_statements, release_naming,
                                     two_digit_years)
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


# ---- a release heading names its fiscal year (session 28) ------------------------------------------------------------
# Session 28 (#10): a fourth-quarter results release headed "Fourth Quarter and Fiscal 2024 Results" whose first page
# says the fifty-two weeks it reports ended February 1, 2025 names its years by the year they began
# (``fiscal.release_naming``), read for the years a filing names. Release text written for these tests (a fictional
# specialty retailer, Brackenridge Outfitters).

FIRST = """March 12, 2025
Brackenridge Outfitters Reports Fourth Quarter and
Fiscal 2024 Results
Comparable Sales Rose 4.8% in the Quarter
DENVER--Brackenridge Outfitters, Inc. (NASDAQ: BRKO) today reported results for the thirteen-week period
("fourth quarter") and fifty-two-week period ("fiscal year") ended February 1, 2025 compared to the same periods
ended February 3, 2024.
"""


def test_the_release_heading_and_its_year_end_pair_name_and_date():
    said = release_naming(FIRST)
    assert [(n.name, n.end_year, n.end_month) for n in said] == [(2024, 2025, 2)]
    assert naming_shift(said) == 1
    # a page that names no fourth quarter's fiscal year, or no length of year ending, pairs nothing
    assert release_naming("Brackenridge Outfitters Reports Fiscal 2024 Results\nThe quarter ended February 1, 2025.") == []
    assert release_naming("Second Quarter Fiscal 2024 Results\nthe twenty-six weeks ended August 3, 2024") == []


# ---- a filer's list of its years' names and closing dates (session 29) -----------------------------------------------
# Session 29 (#10): a filer's own statement of which closing date each of its fiscal years has decides which column a
# question's "fiscal N" is, also when the statement lists several years at once ("Fiscal 2022, fiscal 2021 and fiscal
# 2020 ended on January 28, 2023, January 29, 2022 and January 30, 2021, respectively") or wraps onto the next line of the
# page. Filings written for these tests (a fictional footwear and apparel retailer, Tamsin Ridge Outfitters, and a
# fictional garden retailer, Ollerton Garden Supply).

TAMSIN = meta("TAMSINRIDGE_2022_10K", "Tamsin Ridge Outfitters, Inc.", 2023)
TAMSIN_CO = "Tamsin Ridge Outfitters"

NAMINGS = {
    "names then dates": "Our fiscal year is the 52- or 53-week period ending on the Saturday closest to January 31. "
                        "Fiscal 2022, fiscal 2021 and fiscal 2020 ended on January 28, 2023, January 29, 2022 and "
                        "January 30, 2021, respectively, and each was a 52-week year.",
    "references": "References to fiscal years 2022 and 2021 are to the fiscal years ended January 28, 2023 and\n"
                  "January 29, 2022, respectively. Both years had 52 weeks.",
    "dates then names": "Our results for the fiscal years ended January 28, 2023 and January 29, 2022 (fiscal 2022 and "
                        "fiscal 2021, respectively) are discussed below.",
    "each date named": "Our fiscal years ended January 28, 2023 (fiscal 2022), January 29, 2022 (fiscal 2021) and "
                       "January 30, 2021 (fiscal 2020) were each 52 weeks long.",
    "wrapped": "Our fiscal year ends on the Saturday closest to January 31. Fiscal 2022 was a 52-week year that\n"
               "ended on January 28, 2023.",
}

STATEMENT = """TAMSIN RIDGE OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Fiscal Year Ended
January 28, 2023 January 29, 2022 January 30, 2021
Net sales $ 3,918,406 $ 3,602,115 $ 2,984,770
Cost of sales 2,433,131 2,214,006 1,955,411
Gross profit 1,485,275 1,388,109 1,029,359
Selling, general and administrative expenses 1,012,848 951,377 842,615
Operating income 472,427 436,732 186,744
Net income $ 351,090 $ 322,641 $ 131,207
"""


@pytest.mark.parametrize("said", NAMINGS.values(), ids=NAMINGS.keys())
def test_each_listed_name_is_paired_with_its_own_date(said):
    found = naming_statements(said)
    assert (2022, 2023, 1) in [(n.name, n.end_year, n.end_month) for n in found]
    assert all(n.end_year - n.name == 1 for n in found)
    assert naming_shift(found) == 1


def test_a_filer_naming_by_the_closing_year_in_a_list():
    found = naming_statements("Fiscal 2023 and fiscal 2022 ended on January 28, 2023 and January 29, 2022, "
                              "respectively.")
    # the last name of the list is never paired alone with the first date ("fiscal 2022 ended on January 28, 2023")
    assert [(n.name, n.end_year) for n in found] == [(2023, 2023), (2022, 2022)]
    assert naming_shift(found) == 0


def test_names_in_quotation_marks_and_dates_sharing_their_day():
    found = naming_statements('References to "fiscal 2025" and "fiscal 2024" are to the fiscal years ended September '
                              '27, 2025 and 2024, respectively.')
    assert [(n.name, n.end_year, n.end_month) for n in found] == [(2025, 2025, 9), (2024, 2024, 9)]
    # a lone name before a list of dates is the list's, never paired with the first date alone
    assert naming_statements("The Company's fiscal 2024 ended February 1, 2025 and February 3, 2024.") == []


def test_a_year_closing_in_the_first_week_of_january_is_the_year_before():
    """A 52/53-week filer closing on the Saturday nearest December 31 names "fiscal 2025" the 53 weeks ended January
    3, 2026, as mia names that column (FY2025): it is no sign of naming years by the year they began."""
    said = ("Fiscal 2025 consisted of 53 weeks and\nended January 3, 2026. Fiscal 2024 and fiscal 2023 each consisted "
            "of 52 weeks and ended December 28, 2024 and December 30, 2023, respectively.")
    found = naming_statements(said)
    assert sorted((n.name, n.end_year, n.end_month) for n in found) == [(2023, 2023, 12), (2024, 2024, 12),
                                                                       (2025, 2025, 12)]
    assert naming_shift(found) == 0


def test_lists_that_do_not_pair():
    # as many names as dates, or no pairing: a comparison of names with dates is none
    assert naming_statements("Fiscal 2022, 2021 and 2020 ended on January 28, 2023 and January 29, 2022.") == []
    assert naming_statements("fiscal 2022 and fiscal 2021 compared with the years ended January 28, 2023 and "
                             "January 29, 2022") == []
    # a paragraph break between a heading's year and a date pairs nothing
    assert naming_statements("Fiscal 2022 Highlights\n\nThe quarter ended January 28, 2023 was strong.") == []


@pytest.mark.parametrize("said", NAMINGS.values(), ids=NAMINGS.keys())
def test_fiscal_2022_is_the_year_that_closed_in_january_2023(said):
    idx = memory_index([(TAMSIN, {30: f"Item 7. Management's Discussion and Analysis\n{said}\n", 52: STATEMENT})])
    a = answer_question(f"What were {TAMSIN_CO}' net sales in fiscal 2022?", idx)
    assert a is not None and "$3,918,406 thousand" in a.text and "3,602,115" not in a.text, a and a.text
    a = answer_question(f"What was {TAMSIN_CO}' gross profit in fiscal 2021?", idx)
    assert a is not None and "$1,388,109 thousand" in a.text, a and a.text
    assert "1,485,275" not in a.text and "1,029,359" not in a.text, a.text


def test_the_yearless_sentence_guard_keeps_its_one_clause_reading():
    """The guard of ``answer.extract.after_named_years`` reads one name and one date in one clause on one line
    (``clause_statements``), as it did when it was measured; lists and wrapped sentences are read for the facts."""
    assert clause_statements(NAMINGS["names then dates"]) == []
    assert clause_statements(NAMINGS["wrapped"]) == []
    assert [(n.name, n.end_year) for n in clause_statements("Fiscal 2022 ended on January 28, 2023.")] == [(2022, 2023)]


# ---- a quarter named with its closing date is read by that date once (session 29) ------------------------------------
# Session 29 (#10): a question that gives a quarter's fiscal name with its closing date ("the fourth quarter of fiscal
# 2022 (the 13 weeks ended January 28, 2023)") is read by that date into mia's names once (``wording.once_restated``); a
# filer naming its years by the year they began is not shifted a second time (which looked for the quarter a year
# later and declined). Release text written for these tests (a fictional retailer, Tamsin Ridge Outfitters).

RELEASE = replace(TAMSIN, period="Q4 2023", doc_type="earnings release")
INCOME = """TAMSIN RIDGE OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
13 Weeks Ended 52 Weeks Ended
January 28, 2023 January 29, 2022 January 28, 2023 January 29, 2022
Net sales $ 1,208,334 $ 1,090,571 $ 3,918,406 $ 3,602,115
Gross profit 466,102 430,815 1,485,275 1,388,109
Operating income 151,920 140,066 472,427 436,732
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(RELEASE, {1: f"{NAMINGS['names then dates']}\n", 4: INCOME})])


@pytest.mark.parametrize("question, shown", [
    (f"What were {TAMSIN_CO}' net sales in the fourth quarter of fiscal 2022 (the 13 weeks ended January 28, 2023)?",
     "$1,208,334 thousand"),
    (f"What was {TAMSIN_CO}' operating income in the fourth quarter of fiscal 2022?", "$151,920 thousand"),
    (f"What was {TAMSIN_CO}' operating income in fiscal 2022 (the 52 weeks ended January 28, 2023)?",
     "$472,427 thousand"),
])
def test_the_quarter_is_the_one_that_closed_on_the_date(index, question, shown):
    a = answer_question(question, index)
    assert a is not None and shown in a.text, a and a.text

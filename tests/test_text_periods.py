"""The periods a question names, in the wordings analysts use (written for these tests)."""

from __future__ import annotations

import pytest

from assistant.text.periods import periods_named, states_time


@pytest.mark.parametrize("question, periods", [
    ("How much has revenue changed between FY2021 and FY2022?", ["FY2021", "FY2022"]),
    ("Gross margin FY22 vs FY21", ["FY2021", "FY2022"]),
    ("between fiscal 2021 and 2022", ["FY2021", "FY2022"]),
    ("Did cash drop between FY 2023 and Q2 of FY2024?", ["FY2023", "Q2 2024"]),
    ("second quarter of 2023 compared with 2Q22", ["Q2 2022", "Q2 2023"]),
    ("Q3 2023 revenue, year over year", ["Q3 2023"]),
    ("What was capex?", []),
])
def test_periods_named_in_time_order(question, periods):
    assert periods_named(question) == periods


# ---- year-to-date spans a question asks for, as a 10-Q heads its columns (wordings written for these tests)

from assistant.text.periods import resolve_period  # noqa: E402


@pytest.mark.parametrize("question, period", [
    ("What was Fabrikam Gas & Electric's interest coverage for the six months ended June 30, 2026?", "6M 2026"),
    ("How did net income attributable to common stock change in the first half of 2026 compared with the first "
     "half of 2025?", "6M 2026"),
    ("Free cash flow in H1 FY26?", "6M 2026"),
    ("Operating income for the nine months ended September 30, 2025", "9M 2025"),
    ("Revenue for the 26 weeks ended August 1, 2026", "6M 2026"),
    ("What were Q2 2026 revenues?", "Q2 2026"),  # a quarter named wins
    ("Gross margin change from fiscal 2024 to fiscal 2025", "FY2025"),
])
def test_a_span_is_the_period_asked(question, period):
    assert resolve_period(question)[0] == period


def test_a_second_half_is_no_statement_period():
    assert resolve_period("What was operating income in the second half of 2025?")[0] is None
    assert resolve_period("H2 2025 revenue")[0] is None


# ---- a balance asked "at" a date is the period of the company's report ending then (fictional reports)

from assistant.text.periods import period_at_date  # noqa: E402
from assistant.types import DocMeta  # noqa: E402


def _doc(period: str, end: str) -> DocMeta:
    return DocMeta(doc_id=period.replace(" ", ""), doc=f"fabrikam_{period}", source="x.pdf", company="Fabrikam",
                   doc_type="10-Q" if period.startswith("Q") else "10-K", fiscal_year=int(period[-4:]), period=period,
                   extra={"period_end": end})


def test_a_date_asked_is_the_period_of_the_report_ending_then():
    docs = [_doc("Q2 2026", "2026-06-30"), _doc("FY2025", "2025-12-31")]
    assert period_at_date("What was Fabrikam's current ratio at June 30, 2026?", docs) == "Q2 2026"
    assert period_at_date("Total equity as of December 31, 2025?", docs) == "FY2025"
    assert period_at_date("Inventories as of August 1, 2026?", [_doc("Q2 2026", "2026-08-01")]) == "Q2 2026"
    # a retailer's 10-K it names "fiscal 2025" for the year ended January 31, 2026: the balance is the year that
    # closed then, as its statement's column is named
    assert period_at_date("Inventories as of January 31, 2026?", [_doc("FY2025", "2026-01-31")]) == "FY2026"
    # no report ends then, two dates, or no date: not read (the calendar year alone says nothing)
    assert period_at_date("Total equity as of March 31, 2026?", docs) is None
    assert period_at_date("Cash at June 30, 2026 and at December 31, 2025", docs) is None
    assert period_at_date("Total equity in 2026?", docs) is None


def test_a_date_no_report_prints_as_a_balance_is_unplaced():
    from assistant.text.periods import date_unplaced

    quarter = [_doc("Q3 2026", "2026-09-30")]  # its balance sheet: September 30, 2026 beside December 31, 2025
    # the same quarter-end a year earlier: the 10-Q prints that quarter's flows, never its balances
    assert date_unplaced("What were Fabrikam's inventories at September 30, 2025?", quarter)
    assert date_unplaced("Receivables as of June 30, 2026?", quarter)
    # the report's own date and the year-end it compares with are placed; so is a 10-K's prior year-end
    assert not date_unplaced("What were Fabrikam's inventories at September 30, 2026?", quarter)
    assert not date_unplaced("Inventories as of December 31, 2025?", quarter)
    annual = [_doc("FY2025", "2026-01-31")]
    assert not date_unplaced("Inventories as of February 1, 2025?", annual)  # a 52/53-week year's prior close
    assert date_unplaced("Inventories as of July 31, 2025?", annual)
    # no date, a span's end ("ended on"), two dates, or no dated report: nothing to say
    assert not date_unplaced("Inventories in 2025?", quarter)
    assert not date_unplaced("Revenue for the quarter ended on September 30, 2025?", quarter)
    assert not date_unplaced("Cash at June 30, 2026 and at March 31, 2026", quarter)
    assert not date_unplaced("Inventories at September 30, 2025?", [DocMeta(
        doc_id="x", doc="x", source="x.pdf", company="Fabrikam", doc_type="10-Q", fiscal_year=2026, period="Q3 2026")])



def test_a_year_to_date_span_names_each_year_as_that_span():
    assert periods_named("How much did net income grow in the first half of 2026 compared with the first half of "
                         "2025?") == ["6M 2025", "6M 2026"]
    assert periods_named("Revenue for the nine months ended September 30, 2025 versus 2024") == ["9M 2024", "9M 2025"]
    assert periods_named("What was revenue in the second half of 2025?") == []


# ---- a quarter named apart from its years ("second-quarter sales ... from 2024 to 2025"): each year's quarter

@pytest.mark.parametrize("question, periods, period", [
    ("By how much did Ostrava Rail's second-quarter freight revenue change from 2024 to 2025?",
     ["Q2 2024", "Q2 2025"], "Q2 2025"),
    ("Was its Q3 operating margin higher in 2026 than in 2025?", ["Q3 2025", "Q3 2026"], "Q3 2026"),
    ("What was Quillon Foods' fourth-quarter net income in fiscal 2025?", ["Q4 2025"], "Q4 2025"),
    ("Fourth-quarter 2025 revenue of Quillon Foods", ["Q4 2025"], "Q4 2025"),
    # two quarters apart from the years name no one quarter; a year-to-date span keeps its own reading
    ("Compare its first-quarter and second-quarter margins in 2025", ["FY2025"], "FY2025"),
    ("Operating income for the six months ended June 30, 2025 versus the second quarter", ["6M 2025"], "6M 2025"),
])
def test_a_quarter_named_apart_from_its_years_is_each_years_quarter(question, periods, period):
    assert periods_named(question) == periods
    assert resolve_period(question)[0] == period


# ---- a quarter that names the source document is not the period asked, when another period is named

@pytest.mark.parametrize("question, periods, period", [
    ("What full-year 2026 diluted EPS does Quillon Foods' first-quarter 2026 earnings release guide to?",
     ["FY2026"], "FY2026"),
    ("What capital spending for fiscal 2027 did Ostrava Rail's Q4 2026 earnings call point to?", ["FY2027"], "FY2027"),
    # the source's quarter is the only period said: it stays the period
    ("According to Quillon Foods' Q2 2026 10-Q, what were net sales?", ["Q2 2026"], "Q2 2026"),
])
def test_a_quarter_naming_the_source_document_is_not_the_period_asked(question, periods, period):
    assert periods_named(question) == periods
    assert resolve_period(question)[0] == period


def test_a_span_length_in_weeks_stands_for_the_months_filers_mean():
    from assistant.text.periods import span_months

    assert [span_months(w) for w in ("three", "6", "nine", "12", "thirteen", "16", "twenty six", "28", "39", "forty")] \
        == [3, 6, 9, 3, 3, 3, 6, 6, 9, 9]


# ---- a quarter after a document word names the source, not the period (session 28) -----------------------------------
# Session 28 (#10): a quarter after a document word names the report to read, not the period asked. Wordings
# written for these tests (fictional filers).

@pytest.mark.parametrize("question, period", [
    ("What consolidated net revenues did Harlow Gaming report for the full year 2025, in USD thousands? Read it off "
     "the 10-Q for the 2nd quarter of 2025.", "FY2025"),
    ("What capital spending for fiscal 2027 did Ostrava Rail guide to in its earnings release for Q3 fiscal 2026?",
     "FY2027"),
    ("Using the quarterly report for the first quarter of 2024, what was Brightwell's total debt at year-end 2023?",
     "FY2023"),
    # the source's quarter is the only period said: it stays the period asked
    ("What were Harlow Gaming's revenues in its 10-Q for the 2nd quarter of 2025?", "Q2 2025"),
])
def test_a_quarter_after_the_document_word_is_the_source_not_the_period(question, period):
    assert resolve_period(question)[0] == period


def test_the_source_quarter_after_the_document_word_is_no_period_named():
    q = ("What operating cash flow did Harlow Gaming report for fiscal 2025? Take it from the 10-Q for the "
         "third quarter of fiscal 2026.")
    assert periods_named(q) == ["FY2025"]


# ---- a time stated or not (session 29) -------------------------------------------------------------------------------
# Session 29 (#11): a part asking a time is answered only by a sentence stating a time (``states_time``).
# Sentences written for these tests.

def test_time_stated_or_not():
    assert states_time("It expects to close the sale by year-end 2026.")
    assert states_time("The plant should start production within 18 months.")
    assert states_time("Closing is expected early next year.")
    assert states_time("The offering priced in March.")
    assert not states_time("The separation may cost more than anticipated.")
    assert not states_time("Osterly may not realize the benefits of the sale.")

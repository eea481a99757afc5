"""Definitions stated in other words than mia's usual forms: the periods, unit and rounding an analyst writes around a
definition are no part of its name or body ("Calculate X's operating margin for fiscal 2025 and fiscal 2024 as A
divided by B, rounded to two decimals", "X's current ratio as of June 30, 2025 and June 30, 2024, defined as ...",
"free cash flow in FY2025 and FY2024 in millions of dollars, defined as ...", "defined as A divided by B, between
FY2024 and FY2025", "..., to one decimal place"), "calculate X as a percentage of Y" asks a share (no definition of
X), and a division said in words between sums splits the whole body ("A plus B divided by C" is (A + B) / C).
Companies and wordings are fictional, written for these tests; Larkspur is the filer of ``finance_filings_more``."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, find_definitions
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


def _read(q: str) -> list[tuple[str, str]]:
    return [(d.name, d.words()) if isinstance(d, Definition) else ("UNPARSED " + d.name, d.reason)
            for d in find_definitions(q, LOOKUP)]


@pytest.mark.parametrize("q", [
    "Calculate Tamsin Foods' operating margin for fiscal 2025 and fiscal 2024 as income from operations divided by "
    "revenue, rounded to two decimal places",
    "Compute Orrin Tools' operating margin in 2024 and 2023 as income from operations divided by revenue, and the change",
    "Calculate the operating margin of Orrin Tools for 2024 and 2023 as income from operations divided by revenue, to "
    "one decimal place, based on the income statement",
])
def test_periods_and_rounding_around_a_calculate_as_definition(q):
    assert _read(q) == [("operating margin", "income from operations / revenue")]


@pytest.mark.parametrize("q, name", [
    ("Calculate Tamsin Foods' current ratio as of June 30, 2025 and June 30, 2024, defined as total current assets "
     "divided by total current liabilities, rounded to two decimal places", "current ratio"),
    ("What was Orrin Tools' free cash flow in FY2025 and FY2024 in millions of dollars, defined as net cash provided "
     "by operating activities less purchases of property and equipment?", "free cash flow"),
    ("What was the change in Tamsin Foods' gross margin, defined as gross profit divided by revenue, between FY24 and "
     "FY25, in percentage points?", "gross margin"),
])
def test_name_and_body_of_a_defined_as_clause_between_periods_and_units(q, name):
    (got,) = _read(q)
    assert got[0] == name, got
    assert "between" not in got[1] and "June" not in got[1], got


def test_calculate_as_a_percentage_of_is_a_share_not_a_definition():
    for q in ("For the three months ended March 31, 2025 and 2024, compute Orrin Tools' cost of sales as a percentage "
              "of net sales, rounded to one decimal place",
              "Calculate Tamsin Foods' research and development as a share of revenue in fiscal 2025"):
        assert _read(q) == [], _read(q)


@pytest.mark.parametrize("q, words", [
    ("What was Tamsin Foods' fiscal 2025 gross margin, computed as revenue minus cost of sales divided by revenue "
     "minus excise taxes?", "(revenue - cost of sales) / (revenue - excise taxes)"),
    ("Compute Orrin Tools' quick ratio at the end of FY2024, defined as cash and cash equivalents plus accounts "
     "receivable divided by total current liabilities.",
     "(cash and cash equivalents + accounts receivable) / total current liabilities"),
])
def test_a_worded_division_between_sums_splits_the_whole_body(q, words):
    (got,) = _read(q)
    assert got[1] == words, got


def test_a_symbol_or_a_comma_keeps_its_own_grouping():
    # written with a symbol, the usual precedence holds; a comma before "divided by" still groups what comes before
    (got,) = _read("Define the adjusted figure as operating income + depreciation / 2.")
    assert got[1] == "operating income + depreciation / 2", got
    (got,) = _read("Define the subscription margin as subscription revenue minus subscription cost of revenue, divided "
                   "by subscription revenue.")
    assert got[1].startswith("(subscription revenue - subscription cost of revenue) /"), got


def test_the_reworded_definitions_are_computed(index):
    cases = [
        (f"Calculate {L}'s operating margin for fiscal 2025 and fiscal 2024 as income from operations divided by total "
         f"revenue, rounded to two decimal places", "15.85%"),  # 545.3 / 3,441.4
        (f"Calculate {L}'s current ratio as of June 30, 2025 and June 30, 2024, defined as total current assets divided "
         f"by total current liabilities, rounded to two decimal places", "1.50x"),  # 2,650.6 / 1,769.5
        (f"What was {L}'s free cash flow in FY2025 and FY2024 in millions of dollars, defined as net cash provided by "
         f"operating activities less purchases of property and equipment?", "885.5"),  # 970.1 - 84.6
        (f"Compute {L}'s quick ratio at the end of FY2025, defined as cash and cash equivalents plus accounts "
         f"receivable divided by total current liabilities.", "1.08x"),  # (1,204.7 + 702.9) / 1,769.5
        (f"What was {L}'s FY2025 gross margin, computed as total revenue minus total cost of revenue divided by total "
         f"revenue?", "77.0%"),  # (3,441.4 - 790.2) / 3,441.4
    ]
    for q, want in cases:
        a = answer_question(q, index)
        assert a is not None and not a.refused and want in a.text, (q, a and a.text)


@pytest.mark.parametrize("q, name", [
    ("What was Tamsin Foods' gross margin in fiscal 2025 and fiscal 2024, as (net sales - cost of sales) / net sales? "
     "Two decimals.", "gross margin"),
    ("What was ORTL's operating margin in FY25 and FY24, as (revenue - operating expenses) / revenue?",
     "operating margin"),
    ("What was Orrin Tools' gross margin for FY'25, as (revenue minus cost of revenue) divided by revenue?", "gross margin"),
])
def test_a_figure_restated_after_a_comma_and_as_before_a_parenthesis_is_its_definition(q, name):
    # ", as (A - B) / C": the figure named before, restated as arithmetic (as after ", i.e."); a fiscal year written
    # with two digits ("FY25") is a period after the name like "FY2025"
    got = _read(q)
    assert len(got) == 1 and got[0][0] == name and not got[0][0].startswith("UNPARSED"), got
    assert "/" in got[0][1], got


def test_as_before_a_parenthesis_that_states_no_arithmetic_defines_nothing():
    assert _read("What were Tamsin Foods' net sales in fiscal 2025, as (reported) in the annual report?") == []

"""A quotient asked in other words than "X (A divided by B)": "what was its A divided by B in 2025" and "A divided by
B for <company>, FY2025 and FY2024" are the asked figure's arithmetic (unnamed) when both are figures mia knows, and
declined (never one figure's level or change) when one is a line no metric names; "A as a % of B" and "what % of B"
are a share like "as a percentage of". Larkspur is the fictional filer of ``finance_filings_more``; the other
companies and every wording are written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.named_lines import share_parts
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, find_definitions
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("q, words", [
    ("What was Orrin Tools' capital expenditures divided by depreciation and amortization in fiscal 2025 and fiscal "
     "2024?", "capital expenditures / depreciation and amortization"),
    ("Orrin Tools research and development divided by revenue, FY2025 and FY2024, in percent to one decimal place",
     "research and development / revenue"),
    ("Membership fees divided by operating income for Orrin Tools in fiscal 2025 versus fiscal 2024: what was the "
     "share?", "Membership fees / operating income"),
    ("What was Tamsin Foods' selling, general and administrative expenses divided by net sales in 2024?",
     "selling, general and administrative expenses / net sales"),
])
def test_a_quotient_asked_directly_is_the_asked_arithmetic(q, words):
    defs = find_definitions(q, LOOKUP)
    assert [(d.name, d.words()) for d in defs if isinstance(d, Definition)] == [("", words)], defs


def test_words_that_only_mention_division_define_nothing():
    assert find_definitions("What was Tamsin Foods' revenue in 2024, and how much was it divided by segment?", LOOKUP) == []


def test_a_quotient_of_known_figures_is_computed(index):
    a = answer_question(f"What was {L}'s purchases of property and equipment divided by depreciation and amortization "
                        f"in fiscal 2025 and fiscal 2024?", index)
    assert a is not None and not a.refused and "0.91x" in a.text and "0.90x" in a.text, a and a.text  # 84.6 / 92.5
    a = answer_question(f"{L} research and development divided by total revenue, FY2025 and FY2024, in percent to one "
                        f"decimal place", index)
    assert a is not None and not a.refused and "20.4%" in a.text, a and a.text  # 702.4 / 3,441.4


def test_a_quotient_of_an_unnamed_line_is_declined_not_one_figure(index):
    for q in (f"What was {L}'s sales and marketing expense divided by total revenue in fiscal 2025 and fiscal 2024?",
              f"Sales and marketing divided by total revenue for {L} in fiscal 2025 versus fiscal 2024: what was the "
              f"share?"):
        a = answer_question(q, index)
        assert a is None or a.refused, a.text
        # never the line's own change (+11.6%) nor its level
        assert a is None or ("11.6%" not in a.text and "1,102" not in a.text), a.text


@pytest.mark.parametrize("q", [
    f"What was {L}'s sales and marketing expense as a % of total revenue in fiscal 2025 and fiscal 2024?",
    f"{L}'s sales and marketing expense as a % of total revenue for fiscal 2025 and 2024",
])
def test_a_percent_sign_asks_a_share(q, index):
    a = answer_question(q, index)
    # 1,101.6 / 3,441.4 = 32.0%; 987.0 / 2,999.4 = 32.9%
    assert a is not None and not a.refused and "32.0%" in a.text and "32.9%" in a.text, a and a.text


def test_what_percent_of_names_the_whole_first():
    assert share_parts("What % of total revenue was sales and marketing at Orrin Tools in 2025?") == (
        "sales and marketing at Orrin Tools", "total revenue") or share_parts(
        "What % of total revenue was sales and marketing at Orrin Tools in 2025?")[1] == "total revenue"

"""A yes/no comparing two amounts of one period ("Did its capital expenditure exceed its depreciation and
amortization?") is decided by both figures, each looked up on its statement and cited, the verdict computed in the
direction asked; never by one figure, never for moves, rates or shares. Fictional Larkspur Software filing of
``finance_filings_more``; every wording written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question, verdict, figures", [
    (f"Did {L}'s capital expenditure exceed its depreciation and amortization in FY2025?", "No:", ("84.6", "92.5")),
    (f"Was {L}'s net income higher than its cash from operations in FY2025?", "No:", ("416.4", "970.1")),
    (f"Did {L}'s share repurchases exceed its dividends paid in FY2025?", "Yes:", ("620", "205.3")),
    (f"Was {L}'s net income lower than its operating income in fiscal 2025?", "Yes:", ("416.4", "545.3")),
])
def test_two_amounts_compared_give_both_figures_and_the_computed_verdict(index, question, verdict, figures):
    a = answer_question(question, index)
    assert a is not None and not a.refused and a.text.startswith(verdict), a and a.text
    for f in figures:
        assert f in a.text, (f, a.text)
    assert len(a.inputs) == 2 and len({(c.page, c.quote) for c in a.citations}) == 2


@pytest.mark.parametrize("question", [
    f"Did {L}'s revenue grow faster than its operating expenses in FY2025?",
    f"Was {L}'s gross margin higher than its operating margin in FY2025?",
    f"Did {L}'s revenue exceed $3 billion in FY2025?",
])
def test_moves_rates_and_a_single_figure_are_no_two_amounts(index, question):
    a = answer_question(question, index)
    assert a is None or "compared as amounts" not in a.text, a.text


# a comparison the question states as its premise, then a judgement asked of it: the figures check the premise and no
# yes or no is given (the comparison decides the premise, not the judgement)
@pytest.mark.parametrize("question, agrees", [
    (f"In FY2025 {L}'s total current assets exceeded its total current liabilities. Is that a sign of a "
     f"comfortable position?", True),
    (f"At fiscal 2025 year end, {L}'s current liabilities were greater than its current assets. Should a lender "
     f"worry about it?", False),
    (f"{L} spent more on share repurchases than on dividends in FY2025. Does that suggest management sees the stock "
     f"as cheap?", True),
    (f"In FY2025 {L}'s capital expenditure exceeded its depreciation and amortization. Is the company "
     f"underinvesting in its equipment?", False),
    (f"Given that {L}'s net income was lower than its cash from operations in FY2025, is its earnings quality "
     f"high?", True),
])
def test_a_stated_comparison_is_a_premise_not_a_verdict(index, question, agrees):
    a = answer_question(question, index)
    assert a is not None and a.refused, a and a.text
    assert not a.text.startswith(("Yes", "No:")), a.text
    assert ("bear it out" in a.text) and (("do not bear it out" in a.text) != agrees), a.text
    assert len(a.inputs) == 2


@pytest.mark.parametrize("question", [
    f"{L} reported a profit in FY2025. Did its share repurchases exceed its dividends paid in FY2025?",
    f"Looking at the FY2025 10-K. Was {L}'s net income lower than its operating income in fiscal 2025?",
])
def test_a_comparison_asked_after_a_statement_is_still_decided(index, question):
    a = answer_question(question, index)
    assert a is not None and not a.refused and a.text.startswith("Yes:"), a and a.text

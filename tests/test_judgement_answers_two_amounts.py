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

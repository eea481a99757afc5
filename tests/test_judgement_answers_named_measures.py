"""A judgement question that names the figures it is to be judged by: a named statement figure that none of mia's
conventions for that judgement is computed from leaves the verdict open; the answer gives every figure (the deciding
ones and the named one, each cited) and no yes or no. Fictional Larkspur Software filing of ``finance_filings_more``;
every wording written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question", [
    f"Was {L} a capital-intensive business in FY2025, considering its capital expenditure, its depreciation and "
    f"amortization and its cash from operations?",
    f"Is {L} capital intensive in FY2025, judging also by its cash from operations?",
])
def test_a_named_measure_the_conventions_do_not_use_leaves_the_verdict_open(index, question):
    a = answer_question(question, index)
    assert a is not None and a.refused, a and a.text
    assert a.text.startswith("No verdict"), a.text
    assert "84.6" in a.text, a.text  # capex shown


@pytest.mark.parametrize("question, verdict", [
    (f"Is {L} capital intensive based on FY2025 data? Back it up with capex relative to revenue and to depreciation "
     f"and amortization.", "No"),
    (f"Would you call {L} an asset-heavy company in fiscal 2025, judging by its capital expenditure against its "
     f"depreciation and amortization?", "No"),
    (f"Is {L} asset light? Look at FY2025 capital spending compared with depreciation and amortization and with "
     f"revenue.", "Yes"),
])
def test_capex_against_depreciation_is_shown_with_its_reading_and_the_verdict_stands(index, question, verdict):
    """Session 24: capital spending set against depreciation says whether the asset base grows or is kept up, not how
    heavy it is (``judgements.Against``): the comparison is computed from the figure the question names (84.6 / 92.5 =
    0.91x), shown with its reading and convention, and the verdict is the conventions' own."""
    a = answer_question(question, index)
    assert a is not None and not a.refused and a.text.startswith(verdict), a and a.text
    assert "0.91x" in a.text and "92.50" in a.text and "replacing what wears out" in a.text, a.text
    assert "does not decide the verdict" in a.text, a.text


@pytest.mark.parametrize("question, verdict", [
    (f"Is {L} capital intensive based on FY2025 data?", "No"),
    (f"Is {L} capital intensive in FY2025? Support the answer with capital expenditure relative to revenue.", "No"),
    (f"Is {L} an asset-light business in fiscal 2025?", "Yes"),
])
def test_measures_the_conventions_use_keep_the_verdict(index, question, verdict):
    a = answer_question(question, index)
    assert a is not None and not a.refused and a.text.startswith(verdict), a and a.text

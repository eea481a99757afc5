"""A yes/no judgement that also asks how the judged figure moved ("..., and were its losses getting smaller?") is
answered for both aspects: the verdict with its figure and convention, and the figure of the period before beside
it with the way it moved; when the period before has no figure the answer is partial and names the part not
answered (never the level alone as if it were the whole answer). Filings are the fictional ones of
``finance_filings``; every wording was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.judgements import judgement_in, trend_part
from finance_filings import page_index

C = "Corvane Systems"


@pytest.fixture(scope="module")
def index():
    return page_index(["corvane"])


@pytest.mark.parametrize("question, part", [
    ("Was Contoso profitable in FY2025, and were its losses getting smaller?", "were its losses getting smaller"),
    ("Did Contoso turn a profit in fiscal 2024? Has its bottom line improved from the year before?",
     "Has its bottom line improved from the year before"),
    ("Is Fabrikam highly leveraged at the end of 2024, and has its leverage been rising?",
     "has its leverage been rising"),
    ("Does Northwind have a healthy quick ratio as of FY2022, and is it getting better?", "is it getting better"),
])
def test_the_trend_part_is_read(question, part):
    c = judgement_in(question)
    assert c is not None and trend_part(question, c) == part


@pytest.mark.parametrize("question", [
    "Is Contoso a high-growth company, given revenue increased to $5 billion in FY2025?",  # a premise, not asked
    "Is Northwind capital intensive based on its FY2023 10-K?",
    "Was Contoso profitable in FY2025, as measured by net income?",
])
def test_no_trend_part(question):
    c = judgement_in(question)
    assert c is not None and trend_part(question, c) is None


def test_losses_narrowing_gives_both_years(index):
    a = answer_question(f"Was {C} a profitable business in FY2022, and were its losses getting smaller?", index)
    assert a is not None and not a.refused and a.mode != "fallback", a and a.text
    assert a.text.startswith("No:"), a.text
    # -58,557 (2022) against -92,307 (2021): a loss both years, narrower
    assert "58,557" in a.text or "58.6" in a.text, a.text
    assert ("92,307" in a.text or "92.3" in a.text) and "FY2021" in a.text and "narrower" in a.text, a.text


def test_loss_to_profit_in_other_words(index):
    a = answer_question(f"Did {C} turn a profit in fiscal 2023? Has its bottom line improved from the year before?",
                        index)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("Yes:") and "from a loss to a profit" in a.text, a.text


def test_no_figure_for_the_year_before_is_a_partial_answer(index):
    a = answer_question(f"Was {C} profitable in FY2021, and was its loss narrowing?", index)
    assert a is not None and a.mode == "fallback", a and a.text
    assert "Not in the indexed reports: was its loss narrowing?" in a.text, a.text

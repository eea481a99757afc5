"""A figure asked of something narrower than the company or the segment it names is never answered with the whole's
figure: the subject of "contribute" is a part of the whole it contributes to ("how much revenue did Harbor Labs
contribute to Larkspur's consolidated revenues"), and a segment's figure said to come from a source inside it ("earn
from its single largest customer", "came from its distributor channel") is not the segment's own row. Filers,
businesses and wordings are fictional, written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.facts_path import answer_from_facts
from assistant.answer.filing_answers import member_margin_answer
from assistant.answer.intents import answer_question
from assistant.answer.metric_qualifiers import qualifier
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES
from test_filing_answers import _index as tailspin_index

L = "Larkspur Software"


@pytest.mark.parametrize("question, part", [
    (f"How much revenue did Harbor Labs contribute to {L}'s consolidated revenues in fiscal 2025?", {"harbor", "lab"}),
    (f"How much of {L}'s total revenues in FY2025 did Brightwater Analytics contribute?", {"brightwater", "analytic"}),
    (f"How much of {L}'s 2025 revenue did its recently acquired Quillpoint Data unit contribute?", {"quillpoint"}),
])
def test_the_subject_of_contribute_is_a_part_of_the_whole(question, part):
    assert part <= qualifier(question, "revenue"), qualifier(question, "revenue")


@pytest.mark.parametrize("question", [
    f"How much revenue did {L} generate in fiscal 2025?",
    f"What were {L}'s total revenues in FY2025?",
    f"How much did revenue at {L} grow in fiscal 2025, and what did price increases contribute?",
])
def test_a_question_naming_no_contributor_names_no_part(question):
    assert qualifier(question, "revenue") == set(), qualifier(question, "revenue")


@pytest.fixture(scope="module")
def larkspur():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question", [
    f"How much revenue did Harbor Labs contribute to {L}'s consolidated revenues in fiscal 2025?",
    f"How much of {L}'s total revenues in FY2025 did Brightwater Analytics contribute?",
])
def test_a_contributors_revenue_is_never_the_companys_total(larkspur, question):
    for a in (answer_question(question, larkspur), answer_from_facts(question, larkspur)):
        assert a is None or a.refused or "3,441.4" not in a.text, a.text
    a = answer_question(f"What were {L}'s total revenues in fiscal 2025?", larkspur)
    assert a is not None and not a.refused and "3,441.4" in a.text, a and a.text  # the whole asked: its own figure


@pytest.mark.parametrize("question", [
    "How much revenue did Tailspin Electronics' International segment earn from its biggest single customer in FY2025?",
    "How much of the revenue of Tailspin Electronics' International segment came from its distributor channel in "
    "FY2025?",
    "What revenue did Tailspin Electronics' International segment generate from sales to Fabrikam Retail in FY2025?",
])
def test_a_part_of_a_segment_is_not_the_segments_row(question):
    idx = tailspin_index()
    assert member_margin_answer(question, idx) is None, question
    a = answer_question(question, idx)
    assert a is None or a.refused or "2,480" not in a.text, a.text
    # the segment itself asked: its own row
    a = answer_question("What revenue did Tailspin Electronics' International segment earn in FY2025?", idx)
    assert a is not None and not a.refused and "$2,480 million" in a.text, a and a.text

"""A question that narrows its subject to a named part of the company (a brand, a product line, a channel, a
region, a customer) is never answered with the company's total: the part said as the subject of a verb of earning
("how much did Larkspur's Harbor Select products generate in revenue"), the customer after "sales to", the place
after "generate in" must be the row's own words, else the facts path declines. Filings are the fictional ones of
``finance_filings_more``; every wording was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.facts_path import answer_from_facts, qualifier
from assistant.answer.intents import answer_question
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question", [
    f"In USD millions, how much did {L}'s Harbor Select private-label products generate in revenue in FY2025?",
    f"How much revenue did {L}'s Quillpoint analytics suite bring in during fiscal 2025?",
    f"How much did {L}'s public-sector customers contribute to revenue in FY2025?",
    f"What were {L}'s revenues to Fabrikam in FY2025?",
    f"How much revenue did {L} generate in Latin America in FY2025?",
    f"What was the revenue of {L}'s Quillpoint Analytics business in FY2025?",
    f"How much revenue did {L}'s International operations bring in during FY2025?",
])
def test_a_named_part_is_never_answered_with_the_total(index, question):
    assert qualifier(question, "revenue"), question
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        assert a is None or a.refused, a.text
        assert a is None or ("3,441.4" not in a.text and "3,441" not in a.text), a.text


@pytest.mark.parametrize("question", [
    f"How much revenue did {L} generate in FY2025?",
    f"How much revenue did {L} generate in the most recent fiscal year, FY2025?",
    f"What was {L}'s total revenue in FY2025?",
    f"How much did {L}'s revenue amount to in FY2025?",
    f"How much did {L}'s net income represent in FY2025?",
    f"What was revenue for The {L} Group in FY2025?",
    f"What did {L}'s business generate in revenue in FY2025?",
])
def test_the_whole_asked_names_no_part(question):
    for metric in ("revenue", "net_income"):
        assert not qualifier(question, metric), (question, metric)


def test_the_whole_is_still_answered(index):
    a = answer_from_facts(f"How much revenue did {L} generate in FY2025?", index)
    assert a is not None and not a.refused and "3,441.4" in a.text, a and a.text

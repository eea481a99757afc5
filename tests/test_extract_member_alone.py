"""A2: a two-part question asking a group's figure and one member's on its own ("..., and Contoso Air on its own?")
is two parts: each answered from its own sentence, or the answer says which part is not found; the member's sentence
is never the whole answer, nor the group's figure the member's. Sentences and questions written for this test (a
fictional note on domestic air travel)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dair", doc="regional_air_2025", source="/r/regional_air_2025.html",
               title="Domestic air travel in 2024: the big get bigger")  # fmt: skip
GROUP = ("The five largest carriers (Contoso Air, Northwind Airways, Fabrikam Jet, Tailspin and Litware Air) together "
         "flew 58.5% of domestic passengers in 2024, up from 55% in 2023.")
MEMBER = "Contoso Air alone carried 21.0% of domestic passengers in 2024, against 19.5% a year earlier."
FARES = "\n\nFares\n\nThe average domestic fare fell 3% to $312 in 2024 as capacity returned.\n"
ASKED = (
    "How concentrated is domestic flying: what did the five largest carriers carry together in 2024, and Contoso Air on "
    "its own?",
    "What share of domestic passengers did the five largest carriers fly together in 2024, and Contoso Air by itself?",
    "What share of domestic passengers did the five largest carriers fly in 2024, and what was Contoso Air's own share?",
)


def _page(*sentences: str) -> str:
    return "Concentration\n\nThe carriers that own their hubs gained most. " + " ".join(sentences) + FARES


def _shown(question: str, page: str) -> tuple[X.Extraction, str]:
    ex = ask_one_page(question, page, NOTE)
    return ex, (R.render(ex, lambda d, p: page)[0] if ex.answered else "")


def test_a_member_named_on_its_own_after_its_group_is_a_part_of_its_own():
    parts = Q.read_question(ASKED[0])
    assert len(parts) == 2
    assert parts[1].alone and parts[1].entities == {"contoso", "air"} and parts[1].years == {2024}
    assert "five largest" not in parts[1].text and "together" not in parts[1].text
    assert "contoso" not in parts[0].entities and not parts[0].alone


def test_both_parts_answered_from_their_own_sentences():
    page = _page(GROUP, MEMBER)
    for question in ASKED:
        ex, text = _shown(question, page)
        assert not ex.partial and "58.5%" in text and "21.0%" in text, question


def test_the_member_alone_is_a_partial_answer_when_the_group_is_not_stated():
    page = _page("Contoso Air gained most.", MEMBER)
    for question in ASKED[:2]:
        ex, text = _shown(question, page)
        assert not ex.answered or ex.partial and text.startswith(R.PARTIAL_TEXT), question


def test_the_groups_sentence_never_answers_the_member_part():
    page = _page(GROUP)
    for question in ASKED:
        ex, text = _shown(question, page)
        assert "58.5%" in text and ex.partial, question
        assert "Not in the indexed reports" in text


def test_a_sentence_naming_only_its_base_year_is_of_the_year_its_paragraph_is_about():
    # "up from 55% in 2023" names 2023 only as the base of the change; the sentence before is about 2024
    group = ("The five largest carriers (Contoso Air, Northwind Airways, Fabrikam Jet, Tailspin and Litware Air) together "
             "flew 58.5% of domestic passengers, up from 55% in 2023.")
    ex, text = _shown(ASKED[1], _page(MEMBER, group))
    assert not ex.partial and "58.5%" in text and "21.0%" in text
    # nothing around it says 2024: the base year is all the sentence dates, so it is no 2024 figure
    ex, text = _shown(ASKED[1], "Concentration\n\n" + group + FARES)
    assert "58.5%" not in text

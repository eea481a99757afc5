"""prose_places: a country and its adjective name one place; a sentence opening with another place is that place's.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import prose_places as P
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_a_country_and_its_adjective_are_one_place():
    assert P.place_key("Italian") == P.place_key("italy") == "italy"
    assert P.place_forms("polish") == {"poland", "polish"}
    assert P.place_forms("glazeworks") == {"glazeworks"}


def test_a_sentence_opening_with_another_place_is_that_places():
    assert P.opens_with_other_place("Polish sales are now 58% below their peak.", {"italian"})
    assert P.opens_with_other_place("In 2024, Spanish buyers waited.", {"portugal"})
    assert not P.opens_with_other_place("Italian sales fell 20%.", {"italy"})
    assert not P.opens_with_other_place("Polish sales fell.", {"glazeworks"})


PAGE = """## Southern Europe

Portuguese kiln sales have fallen every year since their 2021 peak. Spanish kiln sales are now 44% below their 2021 peak.
"""


def test_a_figure_of_the_next_place_does_not_answer_for_the_place_before():
    ex = _ask("How far have Portuguese kiln sales fallen from their peak?", PAGE)
    assert not ex.answered
    ex = _ask("How far have kiln sales in Spain fallen from their peak?", PAGE)
    assert ex.picks[0] is not None and "44%" in ex.picks[0].candidate.text



def test_one_place_however_written():
    # session 28: "the U.S." and "United States" are one place; "the" and a sentence's full stop are no part of a name
    assert P.same_place("the U.S.", "United States") and P.same_place("USA", "the United States of America")
    assert P.same_place("Great Britain", "the U.K.") and P.same_place("Norway.", "Norway")
    assert not P.same_place("Norway", "Denmark") and not P.same_place("the U.S.", "the U.K.")

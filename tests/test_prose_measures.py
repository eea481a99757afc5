"""prose_measures: a narrower measure is not answered by the broader total.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import prose_measures as M
from assistant.types import DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_the_words_narrowing_an_asked_measure():
    assert M.narrowing("How much did studios spend on kiln repairs in 2024?") == {"kiln", "repa"}
    assert M.narrowing("What was the operating income of Glazeworks' online channel in 2024?") >= {"onli"}
    assert M.narrowing("What was Glazeworks' revenue in 2024?") == set()
    assert M.narrowing("How much did studios spend on capital expenditure?") == set()  # the measure said again
    assert M.narrowing("What was revenue from its Outdoor brand in 2024?") == {"outd"}
    assert M.narrowing("What was the combined revenue of Glazeworks and Kilnco?") == set()  # names: the subject


def test_a_total_does_not_answer_for_a_part():
    page = "Studios spent $410 million on their kilns in 2024.\n"
    assert not _ask("How much did studios spend on kiln repairs in 2024?", page).answered
    page = "Studios spent $410 million on their kilns in 2024, of which $55 million went on kiln repairs.\n"
    assert _ask("How much did studios spend on kiln repairs in 2024?", page).answered


def test_a_sentence_stating_no_part_of_its_own_may_name_the_asked_part_in_other_words():
    q = "How much did studios spend on kiln repairs in 2024?"
    assert M.says_narrowing(q, "Kiln upkeep cost studios $55 million in 2024.", "Kiln upkeep cost studios $55 million in 2024.")
    own = "Studios spent $410 million on their kilns in 2024."
    assert not M.says_narrowing(q, own, own)  # a part of its own, another one
    assert not M.says_narrowing(q, "Studios spent $410 million in 2024.", "Studios spent $410 million in 2024.")


def test_a_half_year_asked_is_named():
    assert M.asked_half("How much did Glazeworks earn in the first half of 2025?") == "1"
    assert M.asked_half("What was revenue in H2 2024?") == "2"
    assert M.asked_half("What was revenue in 2024?") is None
    assert M.names_half("What was revenue in H1 2025?", "Revenue was $40 million in the first half of 2025.")
    assert not M.names_half("What was revenue in H1 2025?", "Revenue was $90 million in 2025.")
    assert not M.names_half("What was revenue in H1 2025?", "Revenue was $50 million in the second half.")
    page = "Glazeworks' revenue was $90 million in 2025.\n"
    assert not _ask("What was Glazeworks' revenue in the first half of 2025?", page).answered


def test_the_world_or_the_whole_narrows_nothing():
    # session 7: "share of world mined supply" is the share of mined supply; "world" names the default whole, so a
    # sentence stating its own part ("share of mined copper supply") need not say it
    s = "Chile remains the largest producer, but its share of mined copper supply fell to 23% in 2025."
    assert M.says_narrowing("What share of world mined copper supply did Chile account for in 2025?", s, s)
    assert not M.says_narrowing("What share of world refined copper supply did Chile account for in 2025?", s, s)


def test_a_part_related_to_one_activity_is_not_the_total():
    # session 26: "total revenues" asked; a sentence giving the revenues related to one activity is a part of them
    q = "What were Kilnco's total revenues for 2024, in USD millions, according to its annual review?"
    part = "Kilnco fires glazes for other studios. Revenues related to these firing services totaled $85 million for 2024 and $12 million in 2023.\n"
    assert M.states_part("Revenues related to these firing services totaled $85 million for 2024.")
    assert not M.states_part("Kilnco's total revenues were $410 million for 2024.")
    assert not _ask(q, part).answered
    whole = "Kilnco's total revenues were $410 million for 2024, up from $380 million in 2023.\n"
    assert _ask(q, whole).answered
    # the question asking the related part itself is answered by it
    assert _ask("What revenues related to firing services did Kilnco earn in 2024?", part).answered

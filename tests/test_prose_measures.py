"""prose_measures: a narrower measure is not answered by the broader total.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

import pytest

from assistant.answer import extract as X
from assistant.answer import prose_measures as M
from assistant.types import DocMeta
from one_page import ask_near, ask_one_page, part_figures

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


# ---- a sub-market's neighbour is no answer (session 29) --------------------------------------------------------------
# Session 29 (#11): a sub-market whose head noun the quote never says while it names a neighbouring thing is no
# answer. Every sentence is written for these tests (fictional markets).

CRANES = DocMeta(doc_id="cranes25", doc="tower_cranes_world_2025", source="/r/tower_cranes_world_2025.pdf",
                 title="Tower Cranes Worldwide: Fleets, Orders and Prices, 2023-2025")
CRANE_PAGE = ("World demand\n"
              "Contractors and dealers took delivery of 14,300 tower cranes worldwide in 2025, 3.1% more than the "
              "13,870 of 2024, with China again the largest market.\n")


@pytest.mark.parametrize("question", [
    "How big was the worldwide market for tower crane rentals and operator hire in 2025?",
    "How big was the global tower crane rental market in 2025?",
])
def test_a_neighbouring_thing_is_no_answer_for_a_sub_market(question):
    ex = ask_near(question, CRANE_PAGE, CRANES)
    assert part_figures(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_the_thing_itself_is_still_answered():
    ex = ask_near("How big was the worldwide market for tower cranes in 2025?", CRANE_PAGE, CRANES)
    assert ex.picks[0] is not None and "14,300" in ex.picks[0].candidate.text


def test_other_thing_reads_the_head_and_the_modifier():
    s = "Pet owners spent $41 billion on pet food in 2025, 4% more than a year earlier."
    assert M.names_other_thing("How much did owners spend on pet grooming in 2025?", s, s)
    assert not M.names_other_thing("How much did owners spend on pet food in 2025?", s, s)
    # the whole the asked thing is built on: every pet's spending
    t = "Pet spending reached $96 billion in 2025, with grooming salons busier than ever."
    assert M.names_other_thing("How much did owners spend on pet grooming in 2025?", "Pet spending reached $96 billion "
                               "in 2025.", "Pet spending reached $96 billion in 2025.")
    assert not M.names_other_thing("How much did owners spend on pet grooming in 2025?", t, t)  # the head said


# ---- a thing asked with examples: a word shared with one example is no mention (session 30) --------------------------
# Session 30 (#11): a thing asked with examples of it ("spare parts such as mower blades") is answered only by a
# quote saying the thing or an example whole. Every sentence is written for these tests (fictional markets).

GARDEN = DocMeta(doc_id="garden25", doc="garden_equipment_2025", source="/r/garden_equipment_2025.pdf",
                 title="Mowing Down: The World Garden Equipment Market, 2023-2025")
GARDEN_TOTAL = ("Summary\n"
                "Makers of garden equipment sold USD 27.4 billion of machines worldwide in 2025, 2.1% less than the "
                "USD 28.0 billion of 2024.\n")
GARDEN_PRODUCT = ("Products\n"
                  "The world market for robotic mowers grew to USD 4.6 billion in 2025 from USD 3.9 billion in 2024.\n")
Q_PARTS = ("What size was the global market for garden equipment spare parts such as mower blades and trimmer cord "
           "in 2025?")


def test_examples_end_the_thing_and_are_read():
    assert M._phrases(Q_PARTS) == (("garden", "equipment", "spare", "parts"),)
    assert M.examples_named(Q_PARTS) == (("mower", "blades"), ("trimmer", "cord"))
    # "look like" is no list of examples
    assert M.examples_named("What will demand look like for robotic mowers in 2026?") == ()


@pytest.mark.parametrize("page", [GARDEN_TOTAL, GARDEN_PRODUCT])
def test_the_machines_or_a_product_sharing_an_examples_word_is_no_answer(page):
    ex = ask_near(Q_PARTS, page, GARDEN)
    assert part_figures(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_a_quote_saying_the_thing_or_an_example_whole_answers():
    row = "Robotic mowers: 2024 3.9, 2025 4.6"
    assert M.names_other_thing(Q_PARTS, row, row)
    said = "Spare parts for garden equipment sold for USD 3.1 billion in 2025."
    assert not M.names_other_thing(Q_PARTS, said, said)
    blades = "Mower blades alone sold for USD 0.8 billion in 2025."
    assert not M.names_other_thing(Q_PARTS, blades, blades)

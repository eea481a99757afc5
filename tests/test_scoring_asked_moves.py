"""scoring: the move a why-question asks, and the words a report writes in another form.

- ``_asked_moves`` / ``_opposite_direction``: a restraint asked ("What held back ...?", "What weighed on ...?", "What
  hampered ...?") asks the causes of a fall, so a quote explaining a gain explains the opposite move and never answers
  it (session 33, #11);
- ``compounds_said``: a compound of three or more parts is the same word written out ("do-it-yourself") or by its
  initials ("DIY").

Every sentence and question below is written for these tests (fictional markets)."""

from __future__ import annotations

import pytest

from assistant.answer import scoring as S
from assistant.types import DocMeta
from one_page import ask_near

RESTRAINTS = [
    ("What held back do-it-yourself wallpaper volumes last year?",
     "The rest of the gain came from mix: the specialist decorators, who buy the dearer papers, held their orders far "
     "better than the hobby shelves."),
    ("What weighed on ferry ridership across the strait in 2024?",
     "Ridership rose 4% in 2024, as the operators added late-evening sailings."),
    ("What hampered cinema admissions in the northern provinces?",
     "Admissions rose 6% for a second year, thanks to two local hits."),
]


@pytest.mark.parametrize("question, text", RESTRAINTS)
def test_a_restraint_asked_is_a_fall_so_a_gain_explained_is_the_opposite(question, text):
    assert S._asked_moves(question) == {"down"}
    assert S._opposite_direction(question, text)


def test_a_fall_explained_answers_a_restraint_and_a_neutral_question_asks_no_way():
    assert not S._opposite_direction("What weighed on ferry ridership across the strait in 2024?",
                                     "Ridership fell 4% in 2024, as the operators cut late-evening sailings.")
    assert S._asked_moves("What drove ferry ridership across the strait in 2024?") == set()
    assert S._asked_moves("What boosted cinema admissions in the northern provinces?") == {"up"}


META = DocMeta(doc_id="dwall", doc="wallpaper_note_2026", source="/r/wallpaper_note_2026.md",
               title="Wallpaper in the Nordics, 2023-2028")
PAGE = """# Wallpaper in the Nordics

## Summary

Mills sold 212 million rolls in 2025, 3.1% fewer than in 2024, while their sales rose 2.2% to EUR 1.9 billion. Most of
the gain in value came from list prices. The rest of the gain came from mix: the specialist decorators, who buy the
dearer papers, held their orders far better than the do-it-yourself shelves.
Our view in one line: volumes bottom out in 2026 and recover slowly to 2028.

## Channels

Households bought 88 million rolls in DIY stores, 5.4% fewer than in 2024.

Three things pulled the DIY volumes of wallpaper down in 2025:

- fewer home sales, since a new owner repapers most rooms in the first year;
- a shift to painted walls in new flats;
- shoppers trading down to the DIY chains' own brands.
"""


def test_a_restraint_asked_is_answered_by_the_causes_of_the_fall_not_of_the_gain():
    ex = ask_near("What held back do-it-yourself wallpaper volumes last year?", PAGE, META)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Three things pulled the DIY volumes")


@pytest.mark.parametrize("word, text", [
    ("do-it-yourself", "Households bought 88 million rolls in DIY stores."),
    ("direct-to-consumer", "The brand's DTC sales doubled in 2025."),
    ("point-of-sale", "Retailers replaced their POS terminals."),
    ("diy", "the do-it-yourself shelves held up"),
])
def test_a_compound_is_said_written_out_or_by_its_initials(word, text):
    assert S.compounds_said({word, "rolls"}, text) == {word}


def test_initials_of_other_words_say_no_compound():
    assert S.compounds_said({"do-it-yourself"}, "Sales in the USA and the EU rose.") == set()
    assert S.compounds_said({"wallpaper"}, "DIY stores sold more wallpaper.") == set()

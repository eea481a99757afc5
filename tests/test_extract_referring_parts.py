"""A later part that refers back to an earlier part's subject ("..., and how were they split between ...?") is answered
by the earlier part's quote when that quote says the later part's own words: the later part's pronouns, prepositions
and modal verbs ("they", "between", "would") are no words it asks about, so they do not count against the quote
(issue 11). Every sentence and question below is written for these tests (fictional filers)."""

from __future__ import annotations

from test_extract_joint_parts import PartsFarEmbedder, _ask

from assistant.answer import pickers as P
from assistant.types import DocMeta

HARLOW = DocMeta(doc_id="dhar", doc="HARLOW_2025_10K", source="/r/HARLOW_2025_10K.pdf",
                 company="Harlow Freight", doc_type="10-K", fiscal_year=2025)  # fmt: skip
QUILLON = DocMeta(doc_id="dqui", doc="QUILLON_2024_10K", source="/r/QUILLON_2024_10K.pdf",
                  company="Quillon Hotels", doc_type="10-K", fiscal_year=2024)  # fmt: skip

HARLOW_PAGE = ("Human Capital\n"
               "As of the end of fiscal 2025, Harlow Freight and its subsidiaries employed about 9,400 people, with "
               "6,100 in the U.S. and 3,300 internationally.\n")


def test_a_split_asked_of_the_first_parts_subject_is_answered_by_its_quote():
    q = ("How many people did Harlow Freight employ at the end of fiscal 2025, and how were they split between the "
         "U.S. and international operations?")
    ex = _ask(q, HARLOW_PAGE, HARLOW, PartsFarEmbedder(q))
    assert len(ex.parts) == 2 and all(p is not None for p in ex.picks), [r[:1] for r in ex.ranked]
    assert "3,300 internationally" in ex.picks[1].candidate.text
    assert not ex.partial


def test_a_differently_worded_breakdown_follow_up_is_answered_by_the_same_quote():
    page = ("Our People\n"
            "At December 31, 2024, Quillon Hotels had 18,500 team members, of whom 11,200 worked at owned hotels and "
            "7,300 at managed hotels.\n")
    q = ("How many team members did Quillon Hotels have at December 31, 2024, and how would those be divided among "
         "its owned sites and the others?")
    ex = _ask(q, page, QUILLON, PartsFarEmbedder(q))
    assert len(ex.parts) == 2 and all(p is not None for p in ex.picks), [r[:1] for r in ex.ranked]
    assert not ex.partial


def test_a_follow_up_on_something_the_quote_does_not_say_stays_unanswered():
    q = ("How many people did Harlow Freight employ at the end of fiscal 2025, and how were they split between "
         "full-time and part-time staff?")
    ex = _ask(q, HARLOW_PAGE, HARLOW, PartsFarEmbedder(q))
    assert ex.picks[0] is not None and ex.picks[1] is None and ex.partial


def test_function_words_are_not_asked_words():
    assert P._asked_content({"they", "between", "split", "international", "would", "among"}) == {"split", "international"}


def test_a_part_naming_its_measure_by_a_pronoun_takes_no_other_measures_change():
    # "it" is the premium the first part asks; the herd's 8.2% is another measure's growth (session 32)
    from one_page import ask_one_page

    meta = DocMeta(doc_id="dherd", doc="herd_cover_2025", source="/r/herd_cover_2025.md",
                   title="Livestock Cover in Freedonia, 2025")  # fmt: skip
    page = ("Insurers in Freedonia covered 2.10 million cattle in the twelve months to 30 June 2025, 8.2% more than "
            "the 1.94 million of the year before, according to Hollin Actuaries. "
            "Renewals were priced higher as vets charged more.")
    note = " Gross written premium and cattle counts are for the year to 30 June 2025."
    ex = ask_one_page("What was Freedonia livestock insurance gross written premium in fiscal 2025, and how much did "
                      "it grow?", page + note, meta)
    assert len(ex.parts) == 2 and ex.picks[1] is None, [p and p.candidate.text for p in ex.picks]
    # the quote an amount part before took answers "that" too, in its own words ("cattle" for the animals counted)
    ex = ask_one_page("How many animals did Freedonia livestock insurers cover in fiscal 2025, and by how much did "
                      "that change?", page, meta)
    assert ex.picks[0] is not None and ex.picks[1] is not None
    assert ex.picks[1].candidate.text == ex.picks[0].candidate.text

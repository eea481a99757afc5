"""The asked subject must be the answer's subject, and every part of a multi-part question is covered (session 30):
a segment named with a word of its company's name, a thing asked with examples of it, a rank asked of one subject
that a sentence gives to another, and the later part of a figure question asking a multiple or an amount of its own.

Every filer, row, sentence and question below is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_measures as M
from assistant.answer.answerer import _parts_left
from assistant.answer.measures_joined import multiple_left, unnamed_left
from assistant.answer.prose_subjects import company_worded_part, rank_held_by_another, says_part
from assistant.answer.render import PARTIAL_TEXT
from assistant.answer.shown import answer_figure
from assistant.types import Answer, Chunk, DocMeta, Hit


def _extract(question: str, page: str, meta: DocMeta, aliases: tuple[str, ...] = ()) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:3", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=3, page_end=3,
              start=0, end=len(page), text=page, ordinal=1)
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: aliases)


def _shown(ex: X.Extraction) -> list[str | None]:
    return [answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]


# -- 1. a segment named with a word of its company's name: the company's name is no mention of the segment ----------

TIMBER = DocMeta(doc_id="brannock25", doc="BRANNOCK_2025_10K", source="BRANNOCK_2025_10K.pdf",
                 company="Brannock Timber", fiscal_year=2025, period="FY2025", doc_type="10-K",
                 extra={"period_end": "2025-12-31"})
TIMBER_NAMES = ("Brannock Timber", "Brannock Timber Inc.", "Brannock")
BALANCE = """BRANNOCK TIMBER INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
December 31, 2025 December 31, 2024
Cash and cash equivalents $ 84,310 $ 77,905
Timberlands, net 2,911,460 2,874,118
Total assets $ 4,212,775 $ 4,051,392
"""
OTHER_SEGMENT = ("Segment assets\n"
                 "Total assets of the Wood Products segment of Brannock Timber were $1,402.6 million at December 31, "
                 "2025 against $1,288.0 million twelve months before.\n")
OWN_SEGMENT = ("Segment assets\n"
               "Total assets of the Timber segment were $1,820.4 million at December 31, 2025 against $1,702.0 million "
               "twelve months before.\n")


def test_the_part_and_its_words_are_read():
    q = "What were the total assets of Brannock's Timber segment at December 31, 2025?"
    assert company_worded_part(q, TIMBER_NAMES) == ("timber",)
    # a part named with none of the company's words is left to the other rules
    assert company_worded_part("What were the total assets of Brannock's Wood Products segment in 2025?", TIMBER_NAMES) == ()
    assert not says_part(("timber",), "Assets of the Wood Products segment of rose to $1,402.6 million")
    assert says_part(("timber",), "Assets of the Timber segment rose to $1,820.4 million")


@pytest.mark.parametrize("page", [BALANCE, OTHER_SEGMENT])
def test_the_company_total_or_another_segment_is_no_answer_for_the_segment(page):
    ex = _extract("What were the total assets of Brannock's Timber segment at December 31, 2025?", page, TIMBER,
                  TIMBER_NAMES)
    assert _shown(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_the_segments_own_sentence_still_answers():
    ex = _extract("What were the total assets of Brannock's Timber segment at December 31, 2025?", OWN_SEGMENT, TIMBER,
                  TIMBER_NAMES)
    assert ex.picks[0] is not None and "1,820.4" in ex.picks[0].candidate.text, _shown(ex)


def test_the_company_total_still_answers_the_company():
    ex = _extract("What were Brannock Timber's total assets at December 31, 2025?", BALANCE, TIMBER, TIMBER_NAMES)
    assert ex.picks[0] is not None and "4,212,775" in ex.picks[0].candidate.text, _shown(ex)


# -- 2. a thing asked with examples: a word shared with one example is no mention of the thing -------------------------

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
    ex = _extract(Q_PARTS, page, GARDEN)
    assert _shown(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_a_quote_saying_the_thing_or_an_example_whole_answers():
    row = "Robotic mowers: 2024 3.9, 2025 4.6"
    assert M.names_other_thing(Q_PARTS, row, row)
    said = "Spare parts for garden equipment sold for USD 3.1 billion in 2025."
    assert not M.names_other_thing(Q_PARTS, said, said)
    blades = "Mower blades alone sold for USD 0.8 billion in 2025."
    assert not M.names_other_thing(Q_PARTS, blades, blades)


# -- 3. a rank asked of one subject that the sentence gives to another --------------------------------------------------

CORK = DocMeta(doc_id="cork25", doc="cork_trade_2025", source="/r/cork_trade_2025.md", title="The Cork Trade in 2024")
CORK_PAGE = ("Exporters\n"
             "Spain's cork shipments grew by a tenth, Portugal had its best year by volume, and France remained the "
             "second-largest exporter by value in 2024.\n")


def test_the_rank_held_by_another_is_read():
    q = "Was Portugal the second-largest cork exporter by value in 2024?"
    assert rank_held_by_another(q, CORK_PAGE.splitlines()[1])
    assert not rank_held_by_another(q, "Portugal overtook France to become the second-largest exporter by value.")
    assert not rank_held_by_another(q, "Portugal was again the second-largest exporter by value in 2024.")
    assert not rank_held_by_another("Did Portugal's cork exports grow in 2024?", CORK_PAGE)


def test_a_rank_given_to_another_subject_says_no_yes():
    ex = _extract("Was Portugal the second-largest cork exporter by value in 2024?", CORK_PAGE, CORK)
    assert "Yes" not in ex.verdicts, (ex.verdicts, [p.candidate.text for p in ex.picks if p])


# -- 4. a later part asking a multiple, or an amount of its own, that the figure answer leaves out -------------------------

EBITDA = Answer(question="", mode="calc",
                text=("Marrow Fuels' EBITDA for FY2026 was $212.4 million [1][2]. Formula: EBITDA = operating income + "
                      "depreciation and amortization; 150,100 + 62,300 = 212,400 [1][2]."))
NET_DEBT = Answer(question="", mode="calc",
                  text=("Marrow Fuels' net debt changed by +$41,200 thousand (+9.8%) from FY2025 to FY2026: from "
                        "$420,400 thousand [1][2] to $461,600 thousand [3][4]. Formula: net debt = total debt - cash "
                        "and cash equivalents [1][2][3][4]."))


def test_how_many_times_a_figure_was_it_asks_a_multiple():
    q = ("What was Marrow Fuels' net debt on June 30, 2026 (borrowings minus cash), in USD millions, and how many times "
         "its EBITDA for fiscal 2026 (operating profit with D&A added back) was that?")
    assert multiple_left(q, EBITDA) == "how many times its EBITDA for fiscal 2026 (operating profit with D&A added back) was that"
    got = _parts_left(q, EBITDA)
    assert got.mode == "fallback" and got.text.startswith(PARTIAL_TEXT), got.text
    # events counted: no multiple
    assert multiple_left("How many times did Marrow's lenders waive a covenant in fiscal 2026, and why?", EBITDA) is None
    assert multiple_left(q, Answer(question="", text=EBITDA.text + " Net debt was 2.2x EBITDA.")) is None


def test_a_later_part_asking_an_amount_of_its_own_is_a_part_left():
    q = ("What were Marrow Fuels' borrowings in total and net of cash on June 30, 2026 against the year before, and how "
         "much borrowing room under the credit line was unused?")
    assert unnamed_left(q, NET_DEBT) == "how much borrowing room under the credit line was unused"
    got = _parts_left(q, NET_DEBT)
    assert got.mode == "fallback" and "Not in the indexed reports: How much borrowing room" in got.text, got.text
    # the part said by the answer, a part leaning on the figure before, and a one-part question: nothing left
    said = Answer(question="", text=NET_DEBT.text + " Unused borrowing room under the credit line was $310.0 million.")
    assert unnamed_left(q, said) is None
    assert unnamed_left("What was Marrow Fuels' net debt on June 30, 2026, and by how much did it move over the "
                        "year?", NET_DEBT) is None
    assert unnamed_left("What was Marrow Fuels' net debt at June 30, 2026?", NET_DEBT) is None


# -- 5. "which segment contributed more <measure>": a quote stating no such measure, or one member's figure alone --------

from assistant.answer.asked_measures import ranked_by, says_ranked_measure  # noqa: E402

KESTREL = DocMeta(doc_id="kestrel26", doc="kestrel_q2_2026_release", source="kestrel_q2_2026_release.md",
                  company="Kestrel Outdoor Group", fiscal_year=2026, period="Q2 2026", doc_type="earnings release",
                  extra={"period_end": "2026-06-30"})
KESTREL_NAMES = ("Kestrel Outdoor Group", "Kestrel")
CEO = ('"Our teams delivered another quarter of disciplined execution, and the strength of our brands gives us '
       'confidence in the second half," said Dana Whitlow, Chief Executive Officer of Kestrel Outdoor Group.')
SEGMENTS = ("Segment Results\n"
            "Marine Products net sales were $164.7 million and segment Adjusted EBITDA was $31.9 million.\n"
            "Camping Equipment net sales were $248.1 million and segment Adjusted EBITDA was $46.0 million.\n")
Q_MORE = "Which of Kestrel's segments contributed more Adjusted EBITDA in Q2 2026?"


def test_the_measure_members_are_ranked_by_is_read():
    assert ranked_by(Q_MORE) == {"ebitda"}
    assert ranked_by("Which region had the highest revenue in 2025?") == {"revenue"}
    assert ranked_by("Which of its brands is the oldest?") == frozenset()
    assert not says_ranked_measure(Q_MORE, CEO)
    # a quote stating figures may rank the members, whatever it calls them (the ranking rules judge it)
    assert says_ranked_measure(Q_MORE, "Outdoor Gear added $41.2 million and Apparel $28.9 million in the quarter.")
    assert says_ranked_measure(Q_MORE, "Camping Equipment segment Adjusted EBITDA was $46.0 million.")
    assert says_ranked_measure(Q_MORE, "Camping Equipment net sales were $248.1 million.")  # left to the ranking rules


def test_a_quote_stating_no_ranked_measure_is_no_answer():
    page = "Kestrel Outdoor Group Reports Second Quarter 2026 Results\n" + CEO + "\n"
    ex = _extract(Q_MORE, page, KESTREL, KESTREL_NAMES)
    assert ex.picks == [None] or ex.unranked, [p.candidate.text for p in ex.picks if p]


def test_one_members_figure_alone_ranks_nothing():
    ex = _extract(Q_MORE, SEGMENTS, KESTREL, KESTREL_NAMES)
    assert ex.picks == [None] or ex.unranked, [p.candidate.text for p in ex.picks if p]


def test_a_sentence_ranking_the_members_still_answers():
    page = ("Segment Results\nCamping Equipment contributed more Adjusted EBITDA than Marine Products in the second "
            "quarter of 2026, $46.0 million against $31.9 million.\n")
    ex = _extract(Q_MORE, page, KESTREL, KESTREL_NAMES)
    assert ex.picks[0] is not None and not ex.unranked and "Camping" in ex.picks[0].candidate.text, ex.picks


def test_a_part_asking_a_reason_or_a_segment_with_a_word_of_its_own_is_left_to_other_rules():
    # "what drove the change" asks a reason, no amount of its own
    assert unnamed_left("How much did Marrow Fuels' effective tax rate move between fiscal 2025 and fiscal 2026, and "
                        "what drove the move?", NET_DEBT) is None
    # a part name with a word the company's name lacks ("Forest Care" of "Brannock Timber") is read by its own words
    assert company_worded_part("How did the Timber Forest Care segment's margin move in 2025?", TIMBER_NAMES) == ()


@pytest.mark.parametrize("question", ["What segment of Kestrel contributed more Adjusted EBITDA in Q2 2026?",
                                      "Name the segment of Kestrel that contributed more Adjusted EBITDA in Q2 2026."])
def test_a_quote_naming_no_measure_never_answers_a_ranking_not_opened_by_which(question):
    page = "Kestrel Outdoor Group Reports Second Quarter 2026 Results\n" + CEO + "\n"
    ex = _extract(question, page, KESTREL, KESTREL_NAMES)
    assert ex.picks == [None], [p.candidate.text for p in ex.picks if p]

"""The measure a question ranks members by (``assistant/answer/asked_measures.py``), and the quotes that may
rank them. Every filer, sentence and question below is fictional and written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.asked_measures import ranked_by, says_ranked_measure
from assistant.types import DocMeta
from one_page import ask_near


# ---- "which segment contributed more <measure>" (session 30) ---------------------------------------------------------
# Session 30 (#11): a quote stating no such measure, or one member's figure alone, never answers which member
# ranks first by a measure.

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
    ex = ask_near(Q_MORE, page, KESTREL, KESTREL_NAMES)
    assert ex.picks == [None] or ex.unranked, [p.candidate.text for p in ex.picks if p]


def test_one_members_figure_alone_ranks_nothing():
    ex = ask_near(Q_MORE, SEGMENTS, KESTREL, KESTREL_NAMES)
    assert ex.picks == [None] or ex.unranked, [p.candidate.text for p in ex.picks if p]


def test_a_sentence_ranking_the_members_still_answers():
    page = ("Segment Results\nCamping Equipment contributed more Adjusted EBITDA than Marine Products in the second "
            "quarter of 2026, $46.0 million against $31.9 million.\n")
    ex = ask_near(Q_MORE, page, KESTREL, KESTREL_NAMES)
    assert ex.picks[0] is not None and not ex.unranked and "Camping" in ex.picks[0].candidate.text, ex.picks


@pytest.mark.parametrize("question", ["What segment of Kestrel contributed more Adjusted EBITDA in Q2 2026?",
                                      "Name the segment of Kestrel that contributed more Adjusted EBITDA in Q2 2026."])
def test_a_quote_naming_no_measure_never_answers_a_ranking_not_opened_by_which(question):
    page = "Kestrel Outdoor Group Reports Second Quarter 2026 Results\n" + CEO + "\n"
    ex = ask_near(question, page, KESTREL, KESTREL_NAMES)
    assert ex.picks == [None], [p.candidate.text for p in ex.picks if p]

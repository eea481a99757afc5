"""A part of a several-part question that asks a figure ("what did holders receive per share?") and whose best
candidate states none (the deal's announcement) is answered by the best-ranked candidate that does state a figure and
says as many of the part's words, about the same subject; with no such candidate it stays unanswered (issue 11).
Every sentence and question below is written for these tests (fictional filers)."""

from __future__ import annotations

from one_page import NearEmbedder
from test_extract_joint_parts import _ask

from assistant.types import DocMeta

KESTREL = DocMeta(doc_id="dkes", doc="KESTREL_2025_10K", source="/r/KESTREL_2025_10K.pdf",
                  company="Kestrel Therapeutics", doc_type="10-K", fiscal_year=2025)  # fmt: skip
TESSMARK = DocMeta(doc_id="dtes", doc="TESSMARK_2025_10Q", source="/r/TESSMARK_2025_10Q.pdf",
                   company="Tessmark Logistics", doc_type="10-Q", fiscal_year=2025)  # fmt: skip

DEAL = ("Acquisition of Lumora Bio\n"
        "On March 3, 2025, Kestrel Therapeutics acquired Lumora Bio, whose shareholders received a combination of cash "
        "and Kestrel stock.\n"
        "Under the merger agreement, Lumora shareholders received $31.50 in cash and 0.412 Kestrel shares for each of their "
        "shares.\n"
        "Including assumed debt, the total value of the transaction was approximately $9.2 billion.\n")


def test_the_figure_stating_sentence_answers_a_per_share_part():
    q = ("Kestrel Therapeutics acquired Lumora Bio in March 2025: what did Lumora shareholders receive per share, and "
         "what was the total value of the transaction?")
    ex = _ask(q, DEAL, KESTREL, NearEmbedder())
    assert len(ex.parts) == 2 and ex.picks[0] is not None, [r[:2] for r in ex.ranked]
    assert "$31.50" in ex.picks[0].candidate.text
    assert not ex.partial


def test_a_differently_worded_per_unit_part_is_answered_by_its_figure():
    page = ("Acquisitions\n"
            "In June 2025, Tessmark Logistics bought Corvane Midstream, whose unitholders received cash.\n"
            "Under the purchase agreement, unitholders received $18.40 in cash from Tessmark Logistics for each of their "
            "units.\n"
            "The purchase was funded with cash on hand.\n")
    q = ("What did Corvane unitholders receive for each of their units when Tessmark Logistics bought Corvane Midstream "
         "in June 2025, and how was the purchase funded?")
    ex = _ask(q, page, TESSMARK, NearEmbedder())
    assert ex.picks[0] is not None and "$18.40" in ex.picks[0].candidate.text, [r[:2] for r in ex.ranked]


def test_no_figure_sentence_saying_the_parts_words_leaves_the_part_unanswered():
    page = ("Acquisition of Lumora Bio\n"
            "On March 3, 2025, Kestrel Therapeutics acquired Lumora Bio for a combination of cash and Kestrel stock.\n"
            "Kestrel recorded $40 million of integration costs in 2025.\n"
            "Including assumed debt, the total value of the transaction was approximately $9.2 billion.\n")
    q = ("Kestrel Therapeutics acquired Lumora Bio in March 2025: what did Lumora shareholders receive per share, and "
         "what was the total value of the transaction?")
    ex = _ask(q, page, KESTREL, NearEmbedder())
    assert ex.picks[0] is None or "$40 million" not in ex.picks[0].candidate.text
    assert ex.picks[0] is None or "$9.2 billion" not in ex.picks[0].candidate.text

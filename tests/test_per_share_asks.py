"""A figure asked per share is answered only by a figure stated per share, of the asked measure: never a total's
lookup, a quoted revenue or deposits figure in billions, nor earnings per share for book value per share
(``answer/per_share_asks.py``, session 29). Fictional bank and fictional wordings written for these tests."""
from __future__ import annotations

from assistant.answer.per_share_asks import answers_per_share, per_share_measure
from assistant.types import DocMeta
from one_page import pages_answerer

BANK = DocMeta(doc_id="quayside_q2", doc="QUAYSIDE_2026Q2_10Q", source="QUAYSIDE_2026Q2_10Q.pdf",
               company="Quayside Financial Corp.", doc_type="10-Q", fiscal_year=2026, period="Q2 2026",
               extra={"period_end": "2026-06-30"})
OVERVIEW = """Second-Quarter Overview
Quayside Financial reported net income of $612 million for the second quarter of 2026, or $3.05 per share, on
total net revenue of $2.4 billion.
Total deposits were $48.2 billion at June 30, 2026, up 4% from a year earlier.
"""


def test_the_measure_asked_per_share_is_read_from_the_question():
    assert per_share_measure("What was Quayside's book value per share at June 30, 2026?") == "book value"
    assert per_share_measure("What was its tangible book value per common share?") == "tangible book value"
    assert per_share_measure("What was Tillbrook's free cash flow per share in 2025?") == "free cash flow"
    assert per_share_measure("How much were Tillbrook's cash dividends declared per share in 2025?") == \
        "cash dividends declared"
    # no figure asked per share: a stated figure, a share of a total, per-share data as a source's heading
    assert per_share_measure("Did it raise its dividend of $0.25 per share in 2025?") is None
    assert per_share_measure("What share of revenue came from services?") is None
    assert per_share_measure("What was its revenue in 2025?") is None


def test_an_answer_without_the_measure_per_share_does_not_answer():
    q = "What was Quayside's book value per share at June 30, 2026?"
    assert not answers_per_share(q, "$48.2 billion, from Quayside's 10-Q: “Total deposits were $48.2 billion”")
    assert not answers_per_share(q, "$3.05, from Quayside's 10-Q: “net income of $612 million, or $3.05 per share”")
    assert answers_per_share(q, "Quayside's book value per share for Q2 2026 was $61.40 per share [1].")
    # a net asset value asked is not answered by the earnings per share a sentence states
    assert not answers_per_share("What was the fund's net asset value per share?", "net income was $3.05 per share")
    # an earnings measure named further back than four words is still earnings per share
    assert per_share_measure("What was its net income attributable to common stockholders per diluted share?") == \
        "earnings"
    # earnings per share is answered by any figure stated per share (its rows are read elsewhere)
    assert answers_per_share("What was its diluted earnings per share?", "$3.05, “... or $3.05 per share”")
    assert not answers_per_share("What was its free cash flow per share in 2025?",
                                 "Tillbrook's free cash flow for FY2025 was $4,862.0 million [1][2].")


def test_book_value_per_share_is_never_quoted_from_an_earnings_sentence():
    answerer = pages_answerer(BANK, {4: OVERVIEW})
    a = answerer.ask("What was Quayside Financial's book value per share at June 30, 2026?")
    assert a.refused and "3.05" not in a.text.split("\n")[0], a.text
    a = answerer.ask("What were Quayside Financial's total deposits at June 30, 2026?")
    assert not a.refused and "48.2" in a.text, a.text

"""#10/#11 a change asked "in USD millions and in percent" / "in percent and in dollars": the units the one computed
change is to be given in (it shows both), not a part of its own nor words of the measure asked. Fictional filers,
filings, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer.question import read_question
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Answer, Chunk, DocMeta, Hit


def test_the_units_of_a_change_are_no_part_and_no_measure_words():
    for q in ("By how much did Tollbridge Marine's order backlog grow from 2024 to 2025, in USD millions and in percent?",
              "How much did Wendle Foods' adjusted operating profit change between 2023 and 2025, in percent and in "
              "dollars?"):
        parts = read_question(q)
        assert len(parts) == 1 and parts[0].unit == "change", parts
        assert not {"percent", "usd", "millions", "dollars"} & parts[0].words, parts
    # a share asked after an amount is still a part of its own
    parts = read_question("How much did Wendle Foods spend on advertising in 2025, and in percent of net sales?")
    assert len(parts) == 2, parts
    # a level asked in two units ("both in homes and in dollars") is no change: its units stay parts of their own
    parts = read_question("How big was Wendle Foods' order book at the end of 2025, both in cases and in dollars?")
    assert len(parts) == 2, parts


TOLLBRIDGE = DocMeta(doc_id="dtm", doc="tollbridge_marine_10k_2025", source="/r/tollbridge_marine_10k_2025.html",
                     company="Tollbridge Marine", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
TOLLBRIDGE_PAGE = ("Backlog\n\nOur order backlog was $612.0 million at the end of 2025, compared with $540.0 million at "
                   "the end of 2024, as two patrol vessel contracts were signed in the fourth quarter.\n")


def test_a_change_asked_in_two_units_is_answered_once_with_both():
    c = Chunk(chunk_id="dtm:5", doc_id="dtm", doc=TOLLBRIDGE.doc, source=TOLLBRIDGE.source, page=5, page_end=5, start=0,
              end=len(TOLLBRIDGE_PAGE), text=TOLLBRIDGE_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("By how much did Tollbridge Marine's order backlog grow from 2024 to 2025, in USD millions and in "
                   "percent?", [Hit(chunk=c, score=1.0, rank=0, meta=TOLLBRIDGE)], HashEmbedder(),
                   page_text=lambda d, p: TOLLBRIDGE_PAGE, aliases=lambda cand: ("Tollbridge Marine", "Tollbridge"),
                   threshold=0.42)
    assert ex.answered and not ex.partial, [p and p.candidate.text for p in ex.picks]
    text = R.to_answer(ex, Answer(question="q", text="")).text
    assert "$72.0 million" in text and "13.3%" in text, text

"""prose_followups: a second part asking the first part's figure at another period is answered from the first part's
quote, or not at all. Every report sentence and question below is written for these tests (fictional markets)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_followups as F
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dcer", doc="ceramics_2025", source="/r/ceramics_2025.md", title="Studio Ceramics: 2025 Review")
MARKET = "We estimate the studio ceramics market at about $4.8 billion in 2024, against $4.5 billion in 2023 and $4.1 billion in 2022."
SHARE = "Online shops took 31% of kiln sales in 2024, up from 18% in 2019, the year before the pandemic."


def _ask(question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dcer:1", doc_id="dcer", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


def test_the_period_a_second_part_asks():
    assert F.other_year("what was it five years earlier?", {2024}) == 2019
    assert F.other_year("and in 2021?", {2024}) == 2021
    assert F.other_year("what was it a year before?", {2024}) == 2023
    assert F.difference_asked("how much bigger was it than in 2022?", {2024}) == 2022
    assert F.difference_asked("and how much has it grown since 2022?", {2024}) == 2022
    assert F.other_year("who sells the most kilns?", {2024}) is None


def test_figures_tied_to_their_years():
    figs = F.year_figures(MARKET)
    assert [figs[y][0][2] for y in (2024, 2023, 2022)] == ["$4.8 billion", "$4.5 billion", "$4.1 billion"]
    assert F.year_figures(SHARE)[2024][0][2] == "31%"  # "31% of kiln sales in 2024"


def test_lines_computed_from_the_quote():
    assert F.followup_line("what was it five years earlier?", {2024}, SHARE) == "18% (2019), from the same passage"
    assert F.followup_line("how much higher was it than in 2019?", {2024}, SHARE).startswith(
        "Up 13 percentage points from 2019: 31% (2024) against 18% (2019)")
    assert F.followup_line("how much bigger was it than in 2022?", {2024}, MARKET).startswith(
        "$0.7 billion more than in 2022 (+17.1%): $4.8 billion (2024) against $4.1 billion (2022)")
    assert F.followup_line("what was it in 2021?", {2024}, MARKET) is None  # the quote has no 2021 figure


def test_a_two_part_question_is_answered_whole_from_one_quote():
    page = f"# Studio Ceramics\n\n{SHARE}\n"
    ex = _ask("What share of kiln sales went through online shops in 2024, and what was it five years earlier?", page)
    assert not ex.partial and ex.notes.get(1) == "18% (2019), from the same passage"
    text = R.render(ex, lambda d, p: page)[0]
    assert "18% (2019), from the same passage [1]" in text
    ex = _ask("What share of kiln sales went through online shops in 2024, and what was it in 2016?", page)
    assert ex.picks[1] is None or not ex.notes.get(1)  # no 2016 figure: not answered from this quote

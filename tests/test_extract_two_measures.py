"""extract: "What were X's revenue and order backlog?" asks two measures: each answered, or the one not found said so
(first-pair class P4). Every sentence and question below is written for this test (fictional companies)."""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dpm", doc="pump_memo_2025", source="/r/pump_memo_2025.md", title="Industrial Pumps: Sector Memo")
PAGE = """# Industrial Pumps

We recommend that the committee:
- **buy** Contoso Fluidics, whose service revenue is growing steadily;
- **sell** Tailspin Hydraulics, whose orders depend on the shrinking oil-and-gas market.

Tailspin Hydraulics reported revenue of $880 million in 2024, down 5% from 2023.
"""


def _ask(question: str) -> X.Extraction:
    c = Chunk(chunk_id="dpm:1", doc_id="dpm", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(PAGE), text=PAGE, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: PAGE, threshold=0.3)  # fmt: skip


def test_two_measures_are_two_parts_and_a_company_name_ending_in_s_is_no_list():
    parts = Q.read_question("What were Tailspin Hydraulics' revenue and order backlog in 2024?")
    assert [p.kind for p in parts] == ["amount", "amount"]
    assert "backlog" not in parts[0].words and "revenue" not in parts[1].words
    assert len(Q.read_question("What were its sales and marketing expenses in 2024?")) == 1  # one line item


def test_the_measure_not_found_is_said_not_found():
    ex = _ask("What were Tailspin Hydraulics' revenue and order backlog in 2024?")
    assert ex.picks[0] is not None and "$880 million" in ex.picks[0].candidate.text
    assert ex.picks[1] is None and ex.partial  # the revenue sentence says nothing of the backlog
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "We recommend" not in text and "Not in the indexed reports" in text

"""Session 30: a move's cause told by a causal "as" clause (``prose_causes.causal_as``: its dates date the cause, not
the move), and a member's row of a table holding several measures' blocks (``prose_pdf_tables.row_of_other_block``:
it answers only its own block's measure). Every page below is written for these tests (fictional filers, 10-K style)."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_pdf_tables as pdf_tables
from assistant.types import Chunk, DocMeta, Hit

TENK = DocMeta(doc_id="kv26", doc="KESTRELVALE_2026_10K", source="/tmp/kestrelvale_10k.pdf",
               title="Kestrelvale Logistics Form 10-K fiscal 2026", company="Kestrelvale Logistics", doc_type="10-K",
               fiscal_year=2026)  # fmt: skip

MDNA = """Results of Operations
Revenues by segment. Freight Brokerage revenues grew 6.2% on higher load counts. Cold Storage revenues fell 4.8%, as
grocers continued to move volume into their own warehouses and we closed our Tulsa facility in November 2025.
Parcel revenues rose 2.0%.
"""

SEGMENT_NOTE = """Note 14. Segment Information
Revenues and operating income by segment
(In thousands)
Fiscal 2026 Fiscal 2025 Fiscal 2024
Revenues: Freight Brokerage 611,204 575,510 540,118
Cold Storage 84,377 88,620 91,015
Parcel 120,450 118,088 110,760
Total revenues 816,031 782,218 741,893
Operating income: Freight Brokerage 58,311 51,940 49,006
Cold Storage 4,205 6,118 7,420
Parcel 9,877 9,410 8,205
Total segment operating income 72,393 67,468 64,631
Management reviews each segment by its revenue and its operating profit.
"""


def _ask(question: str, pages: dict[int, str]) -> X.Extraction:
    hits = []
    for n, (p, text) in enumerate(pages.items()):
        c = Chunk(chunk_id=f"{TENK.doc_id}:{p}", doc_id=TENK.doc_id, doc=TENK.doc, source=TENK.source, page=p,
                  page_end=p, start=0, end=len(text), text=text, ordinal=n + 1)  # fmt: skip
        hits.append(Hit(chunk=c, score=1.0 - n / 10, rank=n, meta=TENK))
    return X.extract(question, hits, NearEmbedder(), page_text=lambda d, p: pages.get(p))


def test_a_date_in_the_as_clause_does_not_date_the_move_explained():
    ex = _ask("Why did Kestrelvale's Cold Storage revenues decline in fiscal 2026?", {2: MDNA})
    assert ex.picks[0] is not None
    assert "as grocers continued" in ex.picks[0].candidate.text


def test_a_row_answers_only_its_own_blocks_measure():
    rev = SEGMENT_NOTE.index("Cold Storage 84,377")
    inc = SEGMENT_NOTE.index("Cold Storage 4,205")
    assert pdf_tables.block_leads(SEGMENT_NOTE, rev) == ("Revenues", ["Revenues", "Operating income"])
    part = "by how much was the unit's operating income lower"
    assert pdf_tables.row_of_other_block(part, SEGMENT_NOTE, rev)
    assert not pdf_tables.row_of_other_block(part, SEGMENT_NOTE, inc)
    assert pdf_tables.row_of_other_block("what were Cold Storage revenues", SEGMENT_NOTE, inc)
    # a table of one block: nothing to tell apart
    one = "Revenues by segment\nFiscal 2026 Fiscal 2025\nRevenues: Parcel 120,450 118,088\nCold Storage 84,377 88,620\n"
    assert not pdf_tables.row_of_other_block("operating income", one, one.index("Cold Storage"))


def test_the_segments_operating_income_part_reads_the_operating_income_block():
    ex = _ask("Why were Kestrelvale's Cold Storage revenues lower in fiscal 2026? And Cold Storage operating income: "
              "by how much did it drop?", {2: MDNA, 9: SEGMENT_NOTE})  # fmt: skip
    pick = ex.picks[1]
    assert pick is not None and "4,205" in pick.candidate.text  # the operating income block, never the revenues row

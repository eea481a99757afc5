"""Filings (answer/prose_filings.py): the filer an unnamed question's segment names, and the cover page.

Every passage below is written for these tests (fictional filers).
"""

from __future__ import annotations

from assistant.answer import prose_filings as F
from assistant.types import Chunk, DocMeta, Hit

PUMPS = DocMeta(doc_id="dnw", doc="NORTHWIND_2024_10K", source="/r/nw.md", company="Northwind Pumps", doc_type="10-K",
                fiscal_year=2024)  # fmt: skip
BANK = DocMeta(doc_id="dhb", doc="HARBOR_2024_10K", source="/r/hb.md", company="Harbor Bancorp", doc_type="10-K",
               fiscal_year=2024)  # fmt: skip


def _hit(meta: DocMeta, text: str, rank: int) -> Hit:
    c = Chunk(chunk_id=f"{meta.doc_id}:{rank}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=rank + 1,
              page_end=rank + 1, start=0, end=len(text), text=text, ordinal=rank)  # fmt: skip
    return Hit(chunk=c, score=1.0, rank=rank, meta=meta)


HITS = [_hit(PUMPS, "Municipal Systems net sales decreased 9% in 2024, primarily due to delayed tenders.", 0),
        _hit(BANK, "Net interest income fell as deposit costs rose. Municipal deposits grew.", 1),
        _hit(PUMPS, "Industrial Pumps net sales rose 4%.", 2)]  # fmt: skip


def test_a_segment_only_one_filers_passages_name_picks_that_filer():
    assert F.filer_named_by("What caused Municipal Systems sales to fall in 2024?", HITS, [PUMPS, BANK]) == {"dnw"}


def test_no_filer_when_the_question_names_nothing_or_two_filers_passages_name_it():
    assert F.filer_named_by("Why did the net interest margin narrow in 2024?", HITS, [PUMPS, BANK]) is None
    both = HITS + [_hit(BANK, "Municipal Systems deposits rose.", 3)]
    assert F.filer_named_by("What caused Municipal Systems sales to fall?", both, [PUMPS, BANK]) is None
    assert F.filer_named_by("What caused Retail Products sales to fall?", HITS, [PUMPS, BANK]) is None


def test_cover_page_lines():
    assert F.is_cover_text("Northwind Pumps, Inc. (Exact name of registrant as specified in its charter)")
    assert F.is_cover_text("Commission File Number 001-12345")
    assert F.is_cover_text("Indicate by check mark whether the registrant is a shell company.")
    assert F.is_cover_text("Harbor Bancorp Annual Report on Form 10-K for the year ended December 31, 2024")
    assert not F.is_cover_text("We depend on a small number of customers for a large share of our sales.")

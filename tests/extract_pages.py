"""Pages of an industry report and a filing, and helpers to read them, for the extractive answerer's tests
(test_extract.py, test_question.py, test_candidates.py, ...). Every sentence is written for these tests."""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit


CLOUD = """Cloud Infrastructure Outlook 2025
1. Summary
Northwind Cloud raised its capital expenditure to $31.4 billion in 2024, up 48% from $21.2 billion in 2023.
Northwind said the increase was driven by demand for AI training capacity that exceeded its available supply.
Harbor Systems, whose servers are used by Northwind and Lumen, reported revenue of $9.2 billion in 2024.
2. Plans for 2025
Northwind expects capital expenditure of $38 billion to $42 billion in 2025.
Lumen said it would invest approximately $12 billion in data centres in 2025.
Lumen did not give a figure for 2026.
3. Market structure
The report compares three deployment options:
- public cloud regions operated by the hyperscalers
- colocation halls leased from developers
- on-premises clusters owned by the enterprise
Table 2. Capital expenditure by company
(US$ billions)
Company 2023 2024
Northwind Cloud 21.2 31.4
Lumen 7.9 10.6
Total 29.1 42.0
"""


FILING = """Item 7. Management's Discussion and Analysis
Gross margin decreased 1.8 percentage points in fiscal 2023, primarily due to higher freight costs and
promotional pricing in the appliances category.
We depend on a limited number of suppliers for our key components. This concentration could harm our business
if a supplier fails to deliver.
"""


META_REPORT = DocMeta(doc_id="dcloud", doc="cloud_outlook_2025", source="/r/cloud_outlook_2025.md",
                      title="Cloud Infrastructure Outlook 2025")  # fmt: skip


META_FILING = DocMeta(doc_id="dacme", doc="ACME_2023_10K", source="/r/ACME_2023_10K.pdf", company="Acme Retail",
                      doc_type="10-K", fiscal_year=2023)  # fmt: skip


PAGES = {("dcloud", 1): CLOUD, ("dacme", 40): FILING}


METAS = {"dcloud": META_REPORT, "dacme": META_FILING}


def page_hit(meta: DocMeta, page: int, text: str, rank: int = 0) -> Hit:
    """A search hit for one whole page of a document, ranked ``rank`` (score 1 / (1 + rank))."""
    c = Chunk(chunk_id=f"{meta.doc_id}:{page}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page,
              page_end=page, start=0, end=len(text), text=text, ordinal=page)  # fmt: skip
    return Hit(chunk=c, score=1.0 / (1 + rank), rank=rank, meta=meta)


def hit_for(doc_id: str, page: int, rank: int = 0) -> Hit:
    return page_hit(METAS[doc_id], page, PAGES[(doc_id, page)], rank)


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def ask(question: str, *docs: tuple[str, int], threshold: float = 0.3) -> X.Extraction:
    hits = [hit_for(d, p, r) for r, (d, p) in enumerate(docs or [("dcloud", 1)])]
    return X.extract(question, hits, HashEmbedder(), page_text=page_text, threshold=threshold)


def cands(doc_id: str = "dcloud", page: int = 1) -> list[C.Candidate]:
    return C.page_candidates(PAGES[(doc_id, page)], doc_id=doc_id, doc=METAS[doc_id].doc, page_no=page,
                             meta=METAS[doc_id])  # fmt: skip


def find(text_part: str, pool: list[C.Candidate] | None = None) -> C.Candidate:
    return next(c for c in (pool or cands()) if text_part in c.text)

"""One fake search hit holding one page, asked through the extractive answerer: the shared set-up of the tests
that read report sentences written for them (the embedder is the deterministic hash fake)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit


def ask_one_page(question: str, page: str, meta: DocMeta, threshold: float = 0.3) -> X.Extraction:
    """``extract.extract`` of ``question`` over ``page`` as page 1 of ``meta``'s document, the top hit."""
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=meta)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=threshold)

"""One fake search hit holding one page, asked through the extractive answerer: the shared set-up of the tests
that read report sentences written for them (the embedder is the deterministic hash fake)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer.shown import answer_figure
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit


def ask_one_page(question: str, page: str, meta: DocMeta, threshold: float = 0.3) -> X.Extraction:
    """``extract.extract`` of ``question`` over ``page`` as page 1 of ``meta``'s document, the top hit."""
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=meta)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=threshold)


def ask_company_page(question: str, page: str, meta: DocMeta, short_name: str, threshold: float = X.THRESHOLD,
                     page_no: int = 3) -> X.Extraction:  # fmt: skip
    """``extract.extract`` of ``question`` over ``page`` as page ``page_no`` of a company's filing ``meta``, the top
    hit, with the company's name and ``short_name`` as its aliases."""
    c = Chunk(chunk_id=f"{meta.doc_id}:{page_no}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page_no,
              page_end=page_no, start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: (meta.company, short_name), threshold=threshold)


def part_figures(ex: X.Extraction) -> list[str | None]:
    """The figure each part's pick shows (``shown.answer_figure``), None for a part left unanswered."""
    return [answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]


class NearEmbedder(HashEmbedder):
    """Every text at one place: similarity never decides, the extractive scoring's other terms (overlap, kind of
    figure, period, subject) do, as with a real embedder that finds the question near every line of the page."""

    def embed(self, texts):
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        out[:, 0] = 1.0
        return out


def ask_near(question: str, page: str, meta: DocMeta, aliases: tuple[str, ...] = ()) -> X.Extraction:
    """``extract.extract`` of ``question`` over ``page`` as page 3 of ``meta``'s document, the top hit, with the
    ``NearEmbedder`` (similarity never decides) and ``aliases`` as every candidate's company names."""
    c = Chunk(chunk_id=f"{meta.doc_id}:3", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=3, page_end=3,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: aliases)


class _PagesIndex:
    def __init__(self, meta: DocMeta, pages: dict[int, str]):
        self.meta, self.pages = meta, pages

    def page_text(self, doc_id, page):
        return self.pages.get(page) if doc_id == self.meta.doc_id else None

    def facts(self, **filters):
        return []

    def documents(self):
        return [self.meta]


class _PagesRetriever:
    def __init__(self, hits):
        self.hits, self.embedder = hits, NearEmbedder()

    def search(self, query, k=8, filters=None, steer=True):
        return self.hits[:k]

    def evidence(self, query, hits):
        return 0.9


def pages_answerer(meta: DocMeta, pages: dict[int, str]):
    """An ``Answerer`` over one document's ``pages`` (page number -> text), every page a hit, no facts: what the
    quoted path answers when the facts path has nothing (``NearEmbedder``, the fake LLM)."""
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    hits = []
    for rank, (page, text) in enumerate(sorted(pages.items())):
        c = Chunk(chunk_id=f"{meta.doc_id}:{page}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page,
                  page_end=page, start=0, end=len(text), text=text, ordinal=page)  # fmt: skip
        hits.append(Hit(chunk=c, score=1.0, rank=rank, meta=meta))
    return Answerer(_PagesRetriever(hits), FakeLLM("I don't know."), Settings(llm="fake"), index=_PagesIndex(meta, pages))

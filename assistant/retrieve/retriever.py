"""Hybrid search: BM25 and dense vectors, fused, over the chunks a question may use.

Filters (company, document type, fiscal years, named documents) become a set of allowed rows before
anything is ranked, so a filtered search returns the best chunks *of those documents* rather than the
survivors of a global top-k. Steering reads the question: when it names exactly one company of the index,
only that company's documents are searched, and documents of the fiscal period it mentions get a boost
(a 10-K for FY2018 also reports 2017 and 2016, so other years are kept, just ranked lower).

Fusion: a weighted sum of min-max normalised scores (dense 0.6, BM25 0.4) by default; reciprocal-rank
fusion (k=60) with ``fusion="rrf"``. On ten FinanceBench filings (34 questions, ``eval/bench_embed.py
retrieval``) evidence-page Hit@5 was 0.50 weighted vs 0.44 RRF with steering, 0.35 vs 0.32 without.
``evidence()`` turns hits into a 0..1 score that the answer stage compares with ``settings.min_evidence``
to refuse.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from ..index.store import bm25_tokens
from ..query.entities import proper_names
from ..types import Hit
from .filters import Filters
from .fusion import rrf, weighted
from .hints import Steering, metric_pages, steer

if TYPE_CHECKING:
    from ..config import Settings
    from ..index.embeddings.base import Embedder
    from ..index.store import Index

PERIOD_BOOST = 0.25  # relative score boost for documents of the fiscal period a question names
HINT_BOOST = 1.0  # added to the fused score of chunks on a statement page that holds the metrics asked about


# ----------------------------------------------------------------------------------------------- filters


# ----------------------------------------------------------------------------------------------- steering


# ----------------------------------------------------------------------------------------------- fusion


# ----------------------------------------------------------------------------------------------- retriever

MISSING_NAME_FACTOR = 0.5  # evidence is halved for every name in the question that the hits never mention


_QUESTION_WORDS = frozenset(
    """much many company companys year years fiscal fy total amount amounts value figure number based give
    response question details shown using relying please answer round rounded usd million millions billion
    billions percent percentage calculate compute between change did does also over per reported report""".split()
)


class Retriever:
    def __init__(self, index: "Index", embedder: "Embedder", settings: "Settings | None" = None, *,
                 fusion: str = "weighted", candidates: int | None = None, dense_weight: float = 0.6,
                 period_boost: float = PERIOD_BOOST, restrict_period: bool = False,
                 hint_boost: float = HINT_BOOST) -> None:
        self.index = index
        self.hint_boost = hint_boost
        self.period_boost = period_boost
        self.restrict_period = restrict_period
        self.embedder = embedder
        self.fusion = fusion
        self.dense_weight = dense_weight
        self.candidates = candidates or (settings.candidates if settings is not None else 50)

    def allowed_docs(self, query: str, filters: Filters | None, steer_query: bool) -> tuple[set[str] | None,
                                                                                           Steering]:
        """(doc_ids the search may use, or None for all; what steering found in the question)."""
        docs = self.index.documents()
        allowed: set[str] | None = None
        if filters is not None and not filters.is_empty():
            allowed = {d.doc_id for d in docs if filters.allows(d)}
        explicit_scope = filters is not None and (filters.companies or filters.docs)
        if not steer_query or explicit_scope:
            return allowed, Steering()
        s = steer(query, [d for d in docs if allowed is None or d.doc_id in allowed], self.index)
        if s.doc_ids is not None:
            allowed = set(s.preferred) if (self.restrict_period and s.preferred) else set(s.doc_ids)
        return allowed, s

    def search(self, query: str, k: int = 8, filters: Filters | None = None, steer: bool = True) -> list[Hit]:
        if not query.strip() or self.index.chunk_count() == 0:
            return []
        allowed, steering = self.allowed_docs(query, filters, steer)
        preferred = steering.preferred
        rows = None
        if allowed is not None:
            rows = self.index.rows_for_docs(allowed)
            if len(rows) == 0:
                return []
        qvec = self.embedder.embed([query])[0]
        n = max(self.candidates, k)
        dense = self.index.dense_search(qvec, n, rows)
        lexical = self.index.bm25_search(steering.lexical_query(query), n, rows)
        fused = rrf([dense, lexical]) if self.fusion == "rrf" else weighted(dense, lexical, self.dense_weight)
        for row, weight in self.hinted_rows(query, steering, allowed).items():
            fused[row] = fused.get(row, 0.0) + weight
        if not fused:
            return []
        pool = sorted(fused, key=lambda r: -fused[r])[: max(3 * k, k + 20)]
        chunks = dict(zip(pool, self.index.chunks(pool)))
        for row, chunk in chunks.items():
            if chunk.doc_id in preferred:
                fused[row] *= 1.0 + self.period_boost
        dense_by_row, bm25_by_row = dict(dense), dict(lexical)
        hits = []
        for rank, row in enumerate(sorted(pool, key=lambda r: -fused[r])[:k]):
            chunk = chunks[row]
            hits.append(Hit(chunk=chunk, score=float(fused[row]), dense=dense_by_row.get(row),
                            bm25=bm25_by_row.get(row), rank=rank, meta=self.index.document(chunk.doc_id)))
        return hits

    def hinted_rows(self, query: str, steering: Steering, allowed: set[str] | None) -> dict[int, float]:
        """Score to add to chunks of the statement pages that hold the metrics a question needs (only once the
        question has narrowed the search to one company: the capex row of *its* cash-flow statement)."""
        if not self.hint_boost or steering.doc_ids is None:
            return {}
        docs = steering.doc_ids if allowed is None else steering.doc_ids & allowed
        pages = metric_pages(query, self.index, sorted(docs), steering.preferred)
        if not pages:
            return {}
        return {row: self.hint_boost * pages[page] for row, page in self.index.rows_for_pages(pages).items()}

    def evidence(self, query: str, hits: Sequence[Hit]) -> float:
        """0..1: how well ``hits`` cover ``query``.

        The mean of two parts: the best dense cosine mapped linearly from 0.20 (unrelated text) to 0.60
        (a close paraphrase) onto 0..1, and the share of the query's content words that appear in the top
        five hits; then halved for each name in the question ("Tesla") that neither those hits nor any
        other indexed text mentions.
        Measured with MiniLM on ten FinanceBench filings (eval/bench_embed.py evidence): answerable
        questions 0.38-1.0 (median 0.74), off-topic ones 0.0-0.27, questions about a company that is not
        in the index about 0.3; ``settings.min_evidence`` (0.35) sits between.
        """
        if not hits:
            return 0.0
        cosines = [h.dense for h in hits if h.dense is not None]
        if cosines:
            best = max(cosines)
        else:  # lexical-only hits: measure them with the embedder
            qvec = self.embedder.embed([query])[0]
            best = float(np.max(self.embedder.embed([h.chunk.text for h in hits[:5]]) @ qvec))
        dense_part = float(np.clip((best - 0.20) / 0.40, 0.0, 1.0))
        seen: set[str] = set()
        for h in hits[:5]:
            seen |= set(bm25_tokens(h.chunk.text))
            if h.meta is not None:  # the company counts as found when its documents were hit
                seen |= set(bm25_tokens(" ".join([h.meta.company or "", h.meta.doc.replace("_", " ")])))
        words = {w for w in bm25_tokens(query) if w not in _QUESTION_WORDS and not w.isdigit()}
        coverage = len(words & seen) / len(words) if words else dense_part
        score = 0.5 * dense_part + 0.5 * coverage
        missing = [n for n in proper_names(query)
                   if not set(bm25_tokens(n)) <= seen and not all(self.index.has_term(t) for t in bm25_tokens(n))]
        return round(score * MISSING_NAME_FACTOR ** len(missing), 4)


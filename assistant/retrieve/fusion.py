"""Fusion of the dense and BM25 result lists: weighted min-max (default) or reciprocal-rank fusion."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

RRF_K = 60



def rrf(ranked: Sequence[Sequence[tuple[int, float]]], k: int = RRF_K) -> dict[int, float]:
    scores: dict[int, float] = {}
    for results in ranked:
        for rank, (row, _score) in enumerate(results):
            scores[row] = scores.get(row, 0.0) + 1.0 / (k + rank + 1)
    return scores



def weighted(dense: Sequence[tuple[int, float]], lexical: Sequence[tuple[int, float]],
             dense_weight: float = 0.6) -> dict[int, float]:
    """Min-max normalise each list and add them, weighted; a row missing from a list scores 0 there."""
    scores: dict[int, float] = {}
    for results, weight in ((dense, dense_weight), (lexical, 1.0 - dense_weight)):
        if not results:
            continue
        values = np.array([s for _, s in results], dtype=np.float64)
        lo, hi = float(values.min()), float(values.max())
        span = hi - lo if hi > lo else 1.0
        for row, s in results:
            scores[row] = scores.get(row, 0.0) + weight * ((s - lo) / span if hi > lo else 1.0)
    return scores

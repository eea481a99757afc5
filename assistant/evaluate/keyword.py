"""A small Okapi BM25 over pages: the keyword-only baseline and the effort model's "Ctrl-F" stand-in.

Pure Python on purpose: it is independent of mia's own BM25 (bm25s) that it is compared with, and a few
thousand pages index in seconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .metrics import STOPWORDS, Ranked
from .pages import PageText

_TOKEN = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def tokenize(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS]


class PageBM25:
    """BM25 (k1=1.5, b=0.75) over a list of pages."""

    def __init__(self, pages: Sequence[PageText], k1: float = 1.5, b: float = 0.75) -> None:
        self.pages = list(pages)
        self.k1, self.b = k1, b
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lengths: list[int] = []
        for i, page in enumerate(self.pages):
            counts = Counter(tokenize(page.text))
            self.lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self.postings[term].append((i, tf))
        n = len(self.pages)
        self.avg_len = (sum(self.lengths) / n) if n else 0.0
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def scores(self, query: str) -> list[float]:
        out = [0.0] * len(self.pages)
        for term in set(tokenize(query)):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for i, tf in self.postings[term]:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[i] / (self.avg_len or 1))
                out[i] += idf * tf * (self.k1 + 1) / (tf + norm)
        return out

    def ranking(self, query: str) -> list[int]:
        """Every page index, best first; ties keep page order (an analyst reading front to back)."""
        s = self.scores(query)
        return sorted(range(len(s)), key=lambda i: (-s[i], i))

    def search(self, query: str, k: int = 10) -> list[Ranked]:
        return [Ranked(self.pages[i].doc, self.pages[i].page) for i in self.ranking(query)[:k]]


def evidence_rank(pages: Sequence[PageText], query: str, gold_pages: set[int]) -> int:
    """1-based rank of the first gold page when one filing's pages are ranked by BM25 for ``query``.

    When no gold page exists in the filing (a page number past its end) the analyst reads everything.
    """
    if not pages:
        return 1
    order = PageBM25(pages).ranking(query)
    for rank, i in enumerate(order, 1):
        if pages[i].page in gold_pages:
            return rank
    return len(pages)

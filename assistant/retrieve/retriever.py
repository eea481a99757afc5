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

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..index.store import bm25_tokens
from ..types import DocMeta, Hit

if TYPE_CHECKING:
    from ..config import Settings
    from ..index.embeddings.base import Embedder
    from ..index.store import Index

RRF_K = 60
PERIOD_BOOST = 0.25  # relative score boost for documents of the fiscal period a question names
HINT_BOOST = 1.0  # added to the fused score of chunks on a statement page that holds the metrics asked about


# ----------------------------------------------------------------------------------------------- filters

def _norm_type(doc_type: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (doc_type or "").lower())


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@dataclass
class Filters:
    """Which documents a search may use. Empty fields do not restrict."""

    companies: list[str] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)  # file stems (or doc_ids)
    year_min: int | None = None
    year_max: int | None = None

    @classmethod
    def parse(cls, items: Iterable[str]) -> "Filters":
        """From ``key=value`` strings: company, type (or doc_type), doc, year (2018 or 2016-2020)."""
        out = cls()
        for item in items:
            key, sep, value = str(item).partition("=")
            key, value = key.strip().lower(), value.strip()
            if not sep or not value:
                raise ValueError(f"filter {item!r}: expected key=value (company, type, doc, year)")
            if key == "company":
                out.companies.append(value)
            elif key in ("type", "doc_type"):
                out.doc_types.append(value)
            elif key == "doc":
                out.docs.append(value)
            elif key in ("year", "years", "fiscal_year"):
                m = re.fullmatch(r"(\d{4})\s*(?:-|\.\.|to)\s*(\d{4})|(\d{4})", value)
                if not m:
                    raise ValueError(f"filter {item!r}: year must be like 2018 or 2016-2020")
                lo, hi = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)),) * 2
                out.year_min = lo if out.year_min is None else min(out.year_min, lo)
                out.year_max = hi if out.year_max is None else max(out.year_max, hi)
            else:
                raise ValueError(f"filter {item!r}: unknown key {key!r} (company, type, doc, year)")
        return out

    def is_empty(self) -> bool:
        return not (self.companies or self.doc_types or self.docs or self.year_min or self.year_max)

    def allows(self, meta: DocMeta) -> bool:
        if self.companies and not any(company_matches(meta, c) for c in self.companies):
            return False
        if self.doc_types and _norm_type(meta.doc_type) not in {_norm_type(t) for t in self.doc_types}:
            return False
        if self.docs and not {meta.doc.lower(), meta.doc_id.lower()} & {d.lower() for d in self.docs}:
            return False
        if self.year_min is not None or self.year_max is not None:
            if meta.fiscal_year is None:
                return False
            if self.year_min is not None and meta.fiscal_year < self.year_min:
                return False
            if self.year_max is not None and meta.fiscal_year > self.year_max:
                return False
        return True


# ----------------------------------------------------------------------------------------------- steering

_SUFFIXES = re.compile(
    r"[\s,]+(inc|incorporated|corp|corporation|co|company|companies|plc|ltd|limited|llc|lp|holdings?|group|"
    r"n\.?v|s\.?a|ag|se)\.?$",
    re.IGNORECASE,
)


def _base_name(name: str) -> str:
    """"The Coca-Cola Company" -> "Coca-Cola", "Nike, Inc." -> "Nike"."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    while (short := _SUFFIXES.sub("", name).strip()) != name and short:
        name = short
    return name


def stem_company_part(stem: str) -> str | None:
    """The company of a filing-style file name, "COMPANY_YEAR..." ("3M_2018_10K", "PEPSICO_2023Q1_EARNINGS");
    None for other names ("ai_accelerators_2024" is a topic, not a company)."""
    parts = re.split(r"[_\s]+", stem.strip())
    if len(parts) < 2 or not re.match(r"(?:19|20)\d{2}", parts[1]) or re.fullmatch(r"\d+", parts[0]):
        return None
    return parts[0]


def company_names(meta: DocMeta) -> set[str]:
    """Ways a question may name this document's company: the name, the name without "Inc."/"Corp."
    and the company part of the file stem ("3M" of "3M_2018_10K")."""
    names: set[str] = set()
    if meta.company:
        names |= {meta.company.strip(), _base_name(meta.company)}
    stem_company = stem_company_part(meta.doc)
    if stem_company:
        names.add(stem_company)
    return {n for n in names if n}


def _mentions(question: str, squashed_question: str, name: str) -> bool:
    if re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", question, re.IGNORECASE):
        return True
    squashed = _squash(name)  # "AMERICANWATERWORKS" vs "American Water Works"
    return len(squashed) >= 8 and squashed in squashed_question


def company_matches(meta: DocMeta, name: str) -> bool:
    """Whether a user-supplied company name (a filter) refers to this document's company."""
    want = _squash(name)
    return bool(want) and any(_squash(n) == want for n in company_names(meta))


def companies_in(question: str, docs: Sequence[DocMeta]) -> dict[str, list[DocMeta]]:
    """Companies of the index that the question names: canonical key -> their documents.

    Documents that share any name are one company, so "Adobe Systems" (read from a 2015 cover) and "Adobe"
    (from a 2022 one) both count as ADOBE. A question may also use a short upper-case form ("JPM", "MGM",
    "CVS") that begins exactly one company's squashed name."""
    groups = company_groups(docs)
    squashed_q = _squash(question)
    found: dict[str, list[DocMeta]] = {}
    for key, metas in groups.items():
        if any(_mentions(question, squashed_q, n) for m in metas for n in company_names(m)):
            found[key] = metas
    if found:
        return found
    for token in set(_TICKER.findall(question)):
        owners = [k for k, metas in groups.items() if _short_form_of(token, metas)]
        if len(owners) == 1:
            found[owners[0]] = groups[owners[0]]
    return found


_TICKER = re.compile(r"(?<![\w&])([A-Z]{3,5})(?:['’]s)?(?![\w&])")


def _short_form_of(token: str, docs: Sequence[DocMeta]) -> bool:
    """Is ``token`` ("JPM") the beginning of a name of these documents' company ("JPMorgan Chase")?"""
    return any(_squash(n).startswith(token.lower()) for d in docs for n in company_names(d))


def company_groups(docs: Sequence[DocMeta]) -> dict[str, list[DocMeta]]:
    """Documents grouped by company: two documents belong together when any of their names squash to the
    same string. Keyed by the first document's squashed stem company (or name)."""
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, meta in enumerate(docs):
        for name in company_names(meta):
            j = owner.setdefault(_squash(name), i)
            parent[root(i)] = root(j)
    groups: dict[int, list[DocMeta]] = {}
    for i, meta in enumerate(docs):
        groups.setdefault(root(i), []).append(meta)
    return {_company_key(metas[0]): metas for metas in groups.values()}


def _company_key(meta: DocMeta) -> str:
    return _squash(_base_name(meta.company) if meta.company else stem_company_part(meta.doc) or meta.doc)


_YEAR = r"((?:19|20)\d{2})"
_PERIODS = [
    (re.compile(rf"\bQ([1-4])\s*(?:FY\s*)?'?{_YEAR}\b", re.I), "q"),  # Q2 2023, Q2 FY2023
    (re.compile(rf"\b([1-4])Q\s*'?{_YEAR}\b", re.I), "q"),  # 2Q 2023
    (re.compile(rf"\b{_YEAR}\s*Q([1-4])\b", re.I), "yq"),  # 2023 Q2, 2023Q2
    (re.compile(r"\bFY\s*'?(\d{2})\b", re.I), "fy2"),  # FY18
    (re.compile(rf"\b(?:FY|fiscal(?:\s+year)?)\s*'?{_YEAR}\b", re.I), "y"),  # FY2018, fiscal 2019
    (re.compile(rf"(?<![\d,.$]){_YEAR}(?![\d,.%])"), "y"),  # a bare year
]


@dataclass(frozen=True)
class Periods:
    years: frozenset[int]
    quarters: frozenset[tuple[int, int]]  # (quarter, year)


def periods_in(question: str) -> Periods:
    years: set[int] = set()
    quarters: set[tuple[int, int]] = set()
    for pattern, kind in _PERIODS:
        for m in pattern.finditer(question):
            if kind == "q":
                quarters.add((int(m.group(1)), int(m.group(2))))
                years.add(int(m.group(2)))
            elif kind == "yq":
                quarters.add((int(m.group(2)), int(m.group(1))))
                years.add(int(m.group(1)))
            elif kind == "fy2":
                years.add(2000 + int(m.group(1)))
            else:
                years.add(int(m.group(1)))
    return Periods(frozenset(years), frozenset(quarters))


def _doc_quarter(meta: DocMeta) -> tuple[int, int] | None:
    for text in (meta.period or "", meta.doc):
        m = re.search(rf"Q([1-4])\s*{_YEAR}|{_YEAR}\s*Q([1-4])", text, re.I)
        if m:
            return (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
    return None


def _doc_year(meta: DocMeta) -> int | None:
    if meta.fiscal_year:
        return meta.fiscal_year
    m = re.search(rf"(?<!\d){_YEAR}(?!\d)", meta.doc)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Steering:
    """What the question itself narrowed: the company's documents and the period's preferred ones."""

    company: str | None = None
    doc_ids: frozenset[str] | None = None  # restrict to these (None: no restriction)
    preferred: frozenset[str] = frozenset()  # boost these
    names: tuple[str, ...] = ()  # how the question named the company

    def lexical_query(self, question: str) -> str:
        """The question without the company's name: within its documents the name no longer tells
        chunks apart, and BM25 would favour the chunks that happen to repeat it."""
        for name in sorted(self.names, key=len, reverse=True):
            question = re.sub(rf"(?<![\w&]){re.escape(name)}(?:['’]s)?(?![\w&])", " ", question, flags=re.I)
        return question


def steer(question: str, docs: Sequence[DocMeta]) -> Steering:
    found = companies_in(question, docs)
    if len(found) != 1:
        return Steering()
    company, company_docs = next(iter(found.items()))
    periods = periods_in(question)
    preferred: set[str] = set()
    if periods.quarters:
        preferred = {d.doc_id for d in company_docs if _doc_quarter(d) in periods.quarters}
    if not preferred and periods.years:
        preferred = {d.doc_id for d in company_docs if _doc_year(d) in periods.years and _doc_quarter(d) is None}
        if not preferred:
            preferred = {d.doc_id for d in company_docs if _doc_year(d) in periods.years}
    squashed_q = _squash(question)
    names = {n for d in company_docs for n in company_names(d) if _mentions(question, squashed_q, n)}
    names |= {t for t in _TICKER.findall(question) if _short_form_of(t, company_docs)}
    return Steering(company, frozenset(d.doc_id for d in company_docs), frozenset(preferred), tuple(sorted(names)))


# ----------------------------------------------------------------------------------------------- fusion

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


# ----------------------------------------------------------------------------------------------- retriever

MISSING_NAME_FACTOR = 0.5  # evidence is halved for every name in the question that the hits never mention
_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z][A-Za-z0-9&.-]*)(?:['’]s)?(?![\w&])")
_NOT_NAMES = re.compile(r"(?:FY|Q[1-4]|H[12])[\d']*|[A-Z]{1,3}|I|What|Which|Who|How|Why|When|Where|Is|Are|Was|Were|"
                        r"Did|Does|Do|Has|Have|If|In|For|The|Give|Please|Based|Using|Calculate|Compare|Answer")


def proper_names(question: str) -> list[str]:
    """Title-case words of a question that do not open a sentence: the names ("Tesla", "Pfizer") that an
    answer must be about. Acronyms (EBITDA, 3M) are left out: too often jargon."""
    names = []
    for m in _NAME.finditer(question):
        before = question[: m.start()].rstrip()
        if not before or before[-1] in ".?!:;\"(":  # a sentence opener, capitalised anyway
            continue
        if not _NOT_NAMES.fullmatch(m.group(1)) and m.group(1) not in names:
            names.append(m.group(1))
    return names


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
        s = steer(query, [d for d in docs if allowed is None or d.doc_id in allowed])
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
        from ..answer.facts_path import metric_pages

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


"""What the question itself tells the search: the one company it names and the period's documents
(``steer``), and the statement pages whose rows hold the metrics it needs (``metric_pages``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..finance.registry import PARTS, STATEMENT_OF
from ..finance.select import statement_page_kind
from ..query.entities import (TICKER, companies_in, company_names, mentions_name, mentions_short, named_companies,
                              short_form_of)
from ..query.intent import question_metrics
from ..text.names import squash
from ..text.periods import doc_quarter, doc_year, periods_in
from ..types import DocMeta


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



def steer(question: str, docs: Sequence[DocMeta], index: Any = None) -> Steering:
    """Steering from the question over ``docs``. With ``index``, companies are also recognised by the short forms
    their documents give (initialisms, the trading symbols on the cover: ``query.entities.named_companies``)."""
    short: set[str] = set()
    if index is not None:
        allowed = {d.doc_id for d in docs}
        named = [c for c in named_companies(question, index) if any(d.doc_id in allowed for d in c.docs)]
        found = {c.key: [d for d in c.docs if d.doc_id in allowed] for c in named}
        short = {s for c in named for s in c.short if mentions_short(question, s)}
    else:
        found = companies_in(question, docs)
    if len(found) != 1:
        return Steering()
    company, company_docs = next(iter(found.items()))
    periods = periods_in(question)
    preferred: set[str] = set()
    if periods.quarters:
        preferred = {d.doc_id for d in company_docs if doc_quarter(d) in periods.quarters}
    if not preferred and periods.years:
        preferred = {d.doc_id for d in company_docs if doc_year(d) in periods.years and doc_quarter(d) is None}
        if not preferred:
            preferred = {d.doc_id for d in company_docs if doc_year(d) in periods.years}
    squashed_q = squash(question)
    names = {n for d in company_docs for n in company_names(d) if mentions_name(question, squashed_q, n)}
    names |= {t for t in TICKER.findall(question) if short_form_of(t, company_docs)} | short
    return Steering(company, frozenset(d.doc_id for d in company_docs), frozenset(preferred), tuple(sorted(names)))


MAX_HINT_PAGES = 4



# statements a question names ("using the cash flow statement") -> the statement kind
_STATEMENT_WORDS = (
    ("cash_flow", re.compile(r"\bcash[- ]flows?\s+statements?|\bstatements?\s+of\s+(?:consolidated\s+)?cash\s+flows?",
                             re.I)),
    ("balance", re.compile(r"\bbalance\s+sheets?|\bstatements?\s+of\s+(?:consolidated\s+)?financial\s+"
                           r"(?:position|condition)", re.I)),
    ("income", re.compile(r"\bincome\s+statements?|\bstatements?\s+of\s+(?:consolidated\s+)?(?:income|operations|"
                          r"earnings)|\bp&l\b|\bprofit\s+(?:and|&)\s+loss", re.I)),
)


def asked_statements(question: str) -> set[str]:
    """The statements a question names, as statement kinds."""
    return {kind for kind, rx in _STATEMENT_WORDS if rx.search(question)}


def metric_pages(question: str, index: Any, doc_ids: Sequence[str],
                 preferred: Iterable[str] = ()) -> dict[tuple[str, int], float]:
    """Pages of ``doc_ids`` whose table rows hold the metrics the question needs, weighted 0..1: the share of
    those metrics a page holds (a metric printed as several rows counts through its parts), then lowered off a
    primary statement (halved), off the statement the question names or the metrics belong to (x0.75) and off
    the preferred (period) documents (halved). A page is a statement by its title, however worded, or by its
    structure (``finance.statements``), so unseen titles and labels still lift the right page.
    The best ``MAX_HINT_PAGES``; empty when the question names no metric."""
    metrics = question_metrics(question)
    if not metrics or not doc_ids:
        return {}
    on_page: dict[tuple[str, int], set[str]] = defaultdict(set)
    precomputed = getattr(index, "table_metric_pages", None)
    if callable(precomputed):  # one query for every metric and its parts (an Index); fakes answer facts()
        names = {metric: (metric, *PARTS.get(metric, ())) for metric in metrics}
        held = precomputed([n for group in names.values() for n in group], list(doc_ids))
        for page, found in held.items():
            for metric, group in names.items():
                if found.intersection(group):
                    on_page[page].add(metric)
    else:
        for metric in metrics:
            for name in (metric, *PARTS.get(metric, ())):
                for f in index.facts(metric=name, doc_ids=list(doc_ids)):
                    if f.kind == "table":
                        on_page[(f.doc_id, f.page)].add(metric)
    asked = asked_statements(question)
    preferred = set(preferred)
    weights: dict[tuple[str, int], float] = {}
    for (doc_id, page), held in on_page.items():
        w = len(held) / len(metrics)
        kind = statement_page_kind(index, doc_id, page)
        belongs = {k for m in held for k in STATEMENT_OF.get(m, ())}
        if kind is None:
            w *= 0.5
        elif (asked and kind not in asked) or (belongs and kind not in belongs):
            w *= 0.75
        w *= 1.0 if (not preferred or doc_id in preferred) else 0.5
        weights[(doc_id, page)] = w
    best = sorted(weights, key=lambda k: (-weights[k], k))[:MAX_HINT_PAGES]
    return {k: weights[k] for k in best}

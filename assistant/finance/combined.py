"""One item printed over several rows: depreciation on one line, amortisation of intangibles on the next.

When no single row holds a metric, a statement may print its parts (``registry.PARTS``). ``sum_of_parts`` finds
one row of each part on the same page, for the same period and scale, and returns a ``SumFact``: a fact whose
amount is the parts' sum and which keeps every part, so an answer cites each row it added. ``split_flow``: a
cash-flow row printed over several kinds (capital expenditure as purchases of revenue equipment and of other
property and equipment) is the sum of those rows, never the larger one alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..types import Fact
from .registry import BY_NAME, COMPONENTS, PARTS
from .statements import is_statement, statement_kind


@dataclass(frozen=True)
class SumFact(Fact):
    """The sum of rows that together make one metric (never stored: built when a question needs it)."""

    parts: tuple[Fact, ...] = ()


def combine(metric: str, parts: Sequence[Fact]) -> SumFact:
    first = parts[0]
    info = BY_NAME.get(metric)
    magnitude = info is not None and info.magnitude
    total = sum(abs(p.value) if magnitude else p.value for p in parts)
    return SumFact(doc_id=first.doc_id, doc=first.doc, source=first.source, page=first.page,
                   label=" + ".join(p.label for p in parts), value=total, scale=first.scale, unit=first.unit,
                   currency=first.currency, metric=metric, period=first.period, fiscal_year=first.fiscal_year,
                   company=first.company, quote="\n".join(p.quote for p in parts), kind="sum",
                   fact_id="+".join(p.fact_id for p in parts), parts=tuple(parts))


def sum_of_parts(metric: str, facts: Sequence[Fact], page_text: Callable[[str, int], str | None] | None = None
                 ) -> SumFact | None:
    """``metric`` as the sum of its parts printed on one page (``facts``: the period's rows of the parts),
    statement pages first; None when no page holds every part once in one scale."""
    names = PARTS.get(metric)
    if not names:
        return None
    by_page: dict[tuple[str, int], dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        if f.metric in names and f.kind == "table":
            by_page[(f.doc_id, f.page)][f.metric].append(f)
    candidates = []
    for key, rows in by_page.items():
        if set(rows) != set(names) or any(len(v) != 1 for v in rows.values()):
            continue  # a part missing, or printed twice (a table beside the statement): not one sum
        parts = [rows[n][0] for n in names]
        if len({(p.scale, p.unit, p.period) for p in parts}) != 1:
            continue
        statement = bool(page_text and is_statement(page_text(*key)))
        candidates.append((not statement, key, parts))
    if not candidates:
        return None
    _, _, parts = min(candidates, key=lambda c: (c[0], c[1]))
    return combine(metric, parts)


def sum_of_components(metric: str, facts: Sequence[Fact], page_text: Callable[[str, int], str | None] | None
                      ) -> SumFact | None:
    """``metric`` as the sum of the component rows a primary statement prints under its heading (inventories as
    "Raw materials and supplies" + "Work in process and finished goods"), from ``facts`` (one period's rows of
    one company, any metric). Only a page that is a statement of the metric's kind and holds no row of the
    metric itself, two or more component rows, each label once, none of them a total, in one scale; the page
    of the period's own document first (``facts`` order decides among equals). None otherwise."""
    rx = COMPONENTS.get(metric)
    info = BY_NAME.get(metric)
    if rx is None or info is None or page_text is None:
        return None
    by_page: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.kind == "table":
            by_page[(f.doc_id, f.page)].append(f)
    for key, rows in by_page.items():
        if any(f.metric == metric for f in rows):
            continue
        parts = [f for f in rows if f.metric is None and rx.search(f.label) and not re.search(r"\btotal\b", f.label, re.I)]
        labels = [p.label.lower() for p in parts]
        if len(parts) < 2 or len(set(labels)) != len(labels) or len({(p.scale, p.unit) for p in parts}) != 1:
            continue
        text = page_text(*key)
        if not text or statement_kind(text) != info.statement:
            continue
        return combine(metric, parts)
    return None


# flows a cash-flow statement may print over several rows of one section, each a kind of the same thing: purchases
# of revenue equipment and of other property and equipment are together the period's capital expenditure
SPLIT_FLOWS = frozenset({"capital_expenditure"})


def split_flow(metric: str, chosen: Fact, facts: Sequence[Fact]) -> SumFact | None:
    """``metric`` as the sum of its rows on the page of ``chosen`` (``facts``: the period's rows of the metric in
    that document) when that page prints two or more rows of it with different labels, each label once with one
    value, none a total, in one scale ("Purchases of revenue equipment" + "Purchases of other property and
    equipment"); None otherwise (one row, or rows that cannot be told apart)."""
    if metric not in SPLIT_FLOWS or isinstance(chosen, SumFact):
        return None
    rows = [f for f in facts if f.page == chosen.page and f.doc_id == chosen.doc_id and f.period == chosen.period
            and f.kind == "table" and f.metric == metric]
    by_label: dict[str, set[float]] = defaultdict(set)
    for f in rows:
        by_label[" ".join(f.label.lower().split())].add(round(f.absolute, 6))
    if len(by_label) < 2 or any(len(v) != 1 for v in by_label.values()):
        return None
    if any(re.search(r"\btotal\b", lab) for lab in by_label) or len({(f.scale, f.unit) for f in rows}) != 1:
        return None
    parts, seen = [], set()
    for f in sorted(rows, key=lambda f: f.fact_id):
        key = " ".join(f.label.lower().split())
        if key not in seen:
            seen.add(key)
            parts.append(f)
    return combine(metric, parts)

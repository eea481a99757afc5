"""Which row wins: of the facts that answer (metric, company, period), the one an analyst would cite.

A document's primary statement row first (``is_statement_page``), then the value it states most often; across
documents the period's own report, then annual reports for annual figures, then the newest. Disagreements are
kept (``Pick.others``) so answers can say so. When the chosen row stands on no primary statement and other rows
for the same company, metric and period state other amounts, the pick is ``unsettled``: a calculation does not
use it (it is withdrawn, showing the rival values).
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..text.names import squash
from ..text.periods import with_stated_end
from ..types import DocMeta, Fact
from .formulas import fmt
from .inputs import as_filer_names
from .registry import BALANCE_METRICS, MAGNITUDE_METRICS, STATEMENT_OF, asked_rows, label_tokens
from .statements import row_statement, statement_kind, titled_kind


class FactIndex(Protocol):
    def documents(self) -> list[DocMeta]: ...

    def facts(self, metric: str | None = None, company: str | None = None, period: str | None = None,
              fiscal_year: int | None = None, doc_ids: Iterable[str] | None = None,
              label: str | None = None) -> list[Fact]: ...


def filter_facts(facts: Iterable[Fact], metric: str | None = None, company: str | None = None,
                 period: str | None = None, fiscal_year: int | None = None, doc_ids: Iterable[str] | None = None,
                 label: str | None = None) -> list[Fact]:
    """``FactIndex.facts`` over a list, with the store's rules: company and period compared without case, an
    empty ``doc_ids`` matches nothing, ``label`` is a case-free substring."""
    ids = set(doc_ids) if doc_ids is not None else None
    low = label.lower() if label else None
    return [f for f in facts
            if (metric is None or f.metric == metric)
            and (company is None or (f.company or "").lower() == company.lower())
            and (period is None or (f.period or "").lower() == period.lower())
            and (fiscal_year is None or f.fiscal_year == int(fiscal_year))
            and (ids is None or f.doc_id in ids)
            and (low is None or low in f.label.lower())]


class MemoryFactIndex:
    """A ``FactIndex`` over documents, facts and page texts held in memory: the deterministic stand-in for the
    store in tests, and the view the facts path takes of rows it has already fetched."""

    def __init__(self, docs: Iterable[DocMeta] = (), facts: Iterable[Fact] = (),
                 pages: dict[tuple[str, int], str] | None = None) -> None:
        self._pages = dict(pages or {})
        # the store's reading: a quarterly report without its closing date takes the one its first page states
        self._docs = [with_stated_end(d, self._pages.get((d.doc_id, 1))) for d in docs]
        # the store's naming: a column closing in the first week of January is the year before's (inputs.filer_period);
        # read from the pages held here only (facts fetched from the store are named so already)
        self._facts = as_filer_names(list(facts), lambda doc_id, page: self._pages.get((doc_id, page)))

    def documents(self) -> list[DocMeta]:
        return list(self._docs)

    def document(self, doc_id: str) -> DocMeta | None:
        return next((d for d in self._docs if d.doc_id == doc_id), None)

    def page_text(self, doc_id: str, page: int) -> str | None:
        return self._pages.get((doc_id, page))

    def facts(self, metric: str | None = None, company: str | None = None, period: str | None = None,
              fiscal_year: int | None = None, doc_ids: Iterable[str] | None = None,
              label: str | None = None) -> list[Fact]:
        return filter_facts(self._facts, metric, company, period, fiscal_year, doc_ids, label)



@dataclass(frozen=True)
class Pick:
    fact: Fact
    note: str = ""  # said in the answer when sources disagree
    conflict: bool = False
    others: tuple[Fact, ...] = ()  # the disagreeing facts, cited beside the chosen one
    # the chosen row stands on no primary statement of its metric's kind and other rows of the same company,
    # metric and period give other amounts: which one is right is not known, so no calculation may use it
    unsettled: bool = False



def _doc_order(docs: dict[str, DocMeta], doc_id: str) -> tuple:
    d = docs.get(doc_id)
    if d is None:
        return (0, "", "")
    return (d.fiscal_year or 0, d.date or "", d.period or "")





_statement_pages: "weakref.WeakKeyDictionary[Any, dict[tuple[str, int], tuple[str | None, bool]]]" = (
    weakref.WeakKeyDictionary())
_statement_lock = threading.Lock()



def _page_info(index: Any, doc_id: str, page: int) -> tuple[str | None, bool]:
    """(statement kind or None, whether its title says so), decided once per page of an index (an index
    generation never changes), since fact picking and retrieval hints ask about the same pages every time. An
    index that stored the answer at ingest under the current rule (``statement_page_info``) gives it directly."""
    try:
        with _statement_lock:  # WeakKeyDictionary.setdefault is not atomic; threads may share an index
            known = _statement_pages.setdefault(index, {})
    except TypeError:  # an index that cannot be weakly referenced: no memo
        known = {}
    key = (doc_id, int(page))
    if key not in known:
        stored = getattr(index, "statement_page_info", None)  # worked out at ingest (index/statement_pages.py)
        info = stored(doc_id, page) if callable(stored) else None
        if info is not None:
            known[key] = info
            return info
        page_text = getattr(index, "page_text", None)
        text = page_text(doc_id, page) if page_text else None
        kind = statement_kind(text) if text else None
        known[key] = (kind, bool(kind and titled_kind(text)))
    return known[key]


def is_statement_page(index: Any, doc_id: str, page: int) -> bool:
    """Is this page a primary financial statement (what an analyst would cite)?"""
    return _page_info(index, doc_id, page)[0] is not None


def row_on_statement(index: Any, f: Fact) -> bool:
    """Is the table row on a primary statement: its page is one, or the row stands under a statement's title further
    down its page or continued from the page before (``statements.row_statement``: a 10-Q page holding its cover and
    its first statement, or the end of one statement and the next)?"""
    if f.kind != "table":
        return False
    if is_statement_page(index, f.doc_id, f.page):
        return True
    page_text = getattr(index, "page_text", None)
    text = page_text(f.doc_id, f.page) if page_text else None
    if not text:
        return False
    return row_statement(text, f.quote, page_text(f.doc_id, f.page - 1) if f.page > 1 else None) is not None


def row_statement_kind(index: Any, f: Fact) -> str | None:
    """The primary statement a table row stands in ("income", "balance", "cash_flow", ...): the statement whose title
    heads it on its page (``statements.row_statement``), else its page's kind; None for a row on no statement."""
    if f.kind != "table":
        return None
    page_text = getattr(index, "page_text", None)
    text = page_text(f.doc_id, f.page) if page_text else None
    kind = row_statement(text, f.quote, page_text(f.doc_id, f.page - 1) if f.page > 1 else None) if text else None
    return kind or statement_page_kind(index, f.doc_id, f.page)


def statement_page_kind(index: Any, doc_id: str, page: int) -> str | None:
    """The statement a page is (``statements.statement_kind``: by its title, else by its structure), or None."""
    return _page_info(index, doc_id, page)[0]


def statement_strength(index: Any, doc_id: str, page: int) -> int:
    """2: a statement by its title; 1: a statement by its structure only; 0: not a statement."""
    kind, titled = _page_info(index, doc_id, page)
    return 0 if kind is None else 2 if titled else 1


def _strength_for(index: Any, f: Fact) -> int:
    """How strongly the row stands on a primary statement of its own metric's kind (net income on the income
    statement, not inside the statement of equity, whose columns are not periods)."""
    if f.kind != "table":
        return 0
    kind, titled = _page_info(index, f.doc_id, f.page)
    own = STATEMENT_OF.get(f.metric or "", ())
    if kind is None:
        # a page that is no statement as a whole may still hold one under its title (an earnings release's last
        # page: the statement of income, then operating metrics and a reconciliation repeating its rows): a row
        # under that title stands on it as on a titled statement (``row_statement_kind``)
        kind = row_statement_kind(index, f)
        titled = kind is not None
    if kind is None or (own and kind not in own):
        return 0
    return 2 if titled else 1


def statement_strength_of(index: Any, f: Fact) -> int:
    """``statement_strength`` of the page a row stands on, counted only on a statement of its metric's kind."""
    return _strength_for(index, f)


def _on_statement_page(index: Any, f: Fact) -> bool:
    return is_statement_page(index, f.doc_id, f.page)



def majority(facts: Sequence[Fact], index: Any = None) -> Fact:
    """The row a document's primary statements give (a segment's or a note's figure may repeat more often in
    the discussion): statements known by their title first, then pages that are statements by their structure
    only; without one, the value the document states most often (totals repeat across sections), ties to the
    larger amount. Of the rows stating it, a table row wins, then the earliest."""
    strength = {f: _strength_for(index, f) for f in facts}
    top = max(strength.values(), default=0)
    on_statement = [f for f in facts if top and strength[f] == top]
    facts = on_statement or list(facts)
    groups: dict[float, list[Fact]] = defaultdict(list)
    for f in facts:
        groups[round(f.absolute, 6)].append(f)
    if top == 2:  # on titled statements the filer's own come first; an exhibit's entity or a schedule follows
        best = max(groups.values(), key=lambda g: (len(g), -min(f.page for f in g), abs(g[0].absolute)))
    else:
        best = max(groups.values(), key=lambda g: (len(g), abs(g[0].absolute), -g[0].page))
    return min(best, key=lambda f: (f.kind != "table", not _on_statement_page(index, f), f.page))



def _untotalled(label: str) -> tuple[str, ...]:
    return tuple(t for t in label_tokens(label) if t != "total")


def as_asked(chosen: Fact, facts: Sequence[Fact], asked: frozenset[tuple[str, ...]]) -> Fact:
    """The row the question names by its label, in place of a total of the metric chosen beside it: a filer printing
    "Net sales", "Membership fees" and "Total revenue" answers a question about "net sales" with the "Net sales" row
    (``registry.asked_rows``: the metric's words the question uses, two words or more). Only a row of the chosen
    row's page and table kind replaces a chosen row whose label says "total" and is not the asked one; rows so
    labelled must agree. General rule: a question naming a line the statement prints is answered by that line, never
    by the total it is summed into."""
    if not asked or _untotalled(chosen.label) in asked or "total" not in label_tokens(chosen.label):
        return chosen
    same = [f for f in facts if f.doc_id == chosen.doc_id and f.page == chosen.page and f.kind == chosen.kind
            and f.period == chosen.period and _untotalled(f.label) in asked]
    if not same or len({round(f.absolute, 6) for f in same}) != 1:
        return chosen
    return same[0]


def pick_fact(index: FactIndex, metric: str, company: str, period: str, doc_ids: Sequence[str],
              docs: dict[str, DocMeta], asked: str = "") -> Pick | None:
    """``asked``: the question's own words; a row they name by its label answers before a total of the metric printed
    beside it (``as_asked``)."""
    # the company's documents were chosen already; their facts may carry differently written names
    facts = [f for f in index.facts(metric=metric, period=period, doc_ids=list(doc_ids)) if f.period == period]
    if not facts and metric in BALANCE_METRICS and re.fullmatch(r"FY\d{4}", period):
        # a balance at a fiscal year's end where no report prints a year's column: the column of the year's own
        # fourth-quarter report (an earnings release's balance sheet), which is dated at that same year-end
        q4 = f"Q4 {period[2:]}"
        own = {d for d in doc_ids if d in docs and (docs[d].period or "").upper() == q4.upper()}
        facts = [f for f in index.facts(metric=metric, period=q4, doc_ids=sorted(own)) if f.period == q4]
    if not facts:
        return None
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc_id].append(f)
    wanted = asked_rows(asked, metric)
    per_doc = {d: as_asked(majority(fs, index), fs, wanted) for d, fs in by_doc.items()}
    # a cost or an outflow printed as a positive expense in one document and in parentheses in another is one amount:
    # its sign is presentation only (``registry.MAGNITUDE_METRICS``), never a conflict between them
    size = (lambda f: round(abs(f.absolute), 6)) if metric in MAGNITUDE_METRICS else (lambda f: round(f.absolute, 6))
    values = {size(f) for f in per_doc.values()}
    year = int(re.findall(r"\d{4}", period)[0])

    def authority(doc_id: str) -> tuple:
        """The period's own report first (the FY2022 10-K for FY2022), then annual reports for annual
        figures (an earnings release's columns are easily misread), then the newest filing."""
        d = docs.get(doc_id)
        own = d is not None and d.fiscal_year == year and (
            period.startswith("FY") or (d.period or "").upper().startswith(period.split()[0]))
        annual = d is not None and period.startswith("FY") and squash(d.doc_type or "") == "10k"
        return (own, annual, _doc_order(docs, doc_id))

    best = max(per_doc, key=authority)
    chosen = per_doc[best]
    if getattr(index, "page_text", None) is not None and _strength_for(index, chosen) == 0:
        # the same amount on a primary statement of another of the company's reports (the 10-K's discussion table and
        # the earnings release's statement of operations): the statement row is the one cited
        backed = [f for f in per_doc.values() if size(f) == size(chosen) and _strength_for(index, f) > 0]
        if backed:
            chosen = max(backed, key=lambda f: _strength_for(index, f))
            best = chosen.doc_id
    if getattr(index, "page_text", None) is not None and _strength_for(index, chosen) == 0:
        # no statement row decides: every other amount stated for the period (dashes aside) is a rival
        rivals = {size(f): f for f in facts if f.absolute != 0 and size(f) != size(chosen)}
        if rivals:
            return Pick(chosen, note="", conflict=True, others=tuple(rivals.values()), unsettled=True)
    if len(values) == 1:
        return Pick(chosen)
    others = [f for d, f in per_doc.items() if d != best and size(f) != size(chosen)]
    note = "; ".join(f"{o.doc} reports {fmt(o.value)} on page {o.page}" for o in others)
    why = "the report for that period" if authority(best)[0] else "the newest filing"
    return Pick(chosen, note=f"Sources disagree ({note}); this uses {why}, {chosen.doc}.",
                conflict=True, others=tuple(others))



def unsettled_reason(p: Pick) -> str:
    """Why an unsettled pick cannot be used, in one sentence naming each amount and where it is printed."""
    f = p.fact
    rivals = "; ".join(f"{fmt(o.value)} (\"{o.label}\", {o.doc} p. {o.page})" for o in p.others)
    return (f"\"{f.label}\" ({f.period}) has conflicting values and no primary-statement row decides between "
            f"them: {fmt(f.value)} ({f.doc} p. {f.page}); {rivals}")


def prev_period(period: str, years_back: int = 1) -> str:
    m = re.match(r"(FY|Q[1-4] |\dM )(\d{4})$", period)
    if not m:
        raise ValueError(period)
    return f"{m.group(1)}{int(m.group(2)) - years_back}"

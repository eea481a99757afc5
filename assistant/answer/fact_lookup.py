"""A company's facts and whether they hold: the period's own document first (``_own_period_first``), an input
checked on its page (``_failed_input``, ``finance.inputs``), the fiscal years a filer names by the year they began
(``doc_year_shift``, ``filer_year_shift``, ``shift_period``), and the view of one company in reports about several
companies (``ReportCompany``, ``report_company``, ``leftover_words``, ``_about_several``). Reads
``metric_qualifiers.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from typing import Any

from ..finance.inputs import check_input
from ..finance.registry import METRIC_WORDS, TITLES
from ..finance.select import FactIndex
from ..text.months import MONTH_ABBR
from ..text.names import squash
from ..text.periods import quarters_ahead, resolve_period
from ..types import DocMeta, Fact
from .metric_qualifiers import _QUESTION_WORDS, _word_stems


def _page_text(index: Any) -> Any:
    return getattr(index, "page_text", None)


def _own_period_first(docs: dict[str, DocMeta], period: str) -> Callable[[str], tuple]:
    """A sort key (use with ``reverse=True``): the document of the period's own fiscal year first, then the
    newest, then for a fiscal year an annual report before a quarterly one of the same year (a 10-Q's prior
    year-end column is a copy). Callers sort the ids first, so that ties never depend on set order."""
    year = int(re.findall(r"\d{4}", period)[0])

    def key(doc_id: str) -> tuple:
        d = docs.get(doc_id)
        annual = d is not None and period.startswith("FY") and squash(d.doc_type or "") == "10k"
        return (d is not None and d.fiscal_year == year, (d.fiscal_year or 0) if d else 0, annual)

    return key


def _failed_input(index: FactIndex, facts: Sequence[Fact], primary: bool = True) -> tuple[Fact, str] | None:
    """The first input that fails its own check on its page (``finance.inputs``), with the reason; None when all
    hold or the index cannot show pages."""
    page_text = _page_text(index)
    if page_text is None or isinstance(index, ReportCompany):  # report tables: not a filing's statements
        return None
    for f in facts:
        why = check_input(f, page_text(f.doc_id, f.page), primary=primary, shift=doc_year_shift(index, f.doc_id),
                          ahead=quarters_ahead(index.document(f.doc_id) if hasattr(index, "document") else None),
                          before=page_text(f.doc_id, f.page - 1) if f.page > 1 else None)
        if why:
            return f, why
    return None


_DATE_ASKED = re.compile(r"\b" + MONTH_ABBR + r"[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b",
                         re.I)


def doc_year_shift(index: FactIndex, doc_id: str) -> int:
    """1 when the document says it names a year closing in January to March by the year it began (its
    ``fiscal_year_name`` sentences), else 0."""
    said = {(f.fiscal_year or 0) - int(f.value) for f in index.facts(metric="fiscal_year_name", doc_ids=[doc_id])}
    return 1 if said == {1} else 0


# General rule (session 29, #10): a question that pairs a quarter's fiscal name with its closing date ("the fourth
# quarter of fiscal 2022 (the 13 weeks ended January 28, 2023)") is read by that date, in mia's names ("the fourth
# quarter of FY2023": ``answer.wording.once_restated``); the filer's naming is never applied to it a second time
_READ_BY_DATE: ContextVar[bool] = ContextVar("years_read_by_date", default=False)


def gives_closing_date(text: str) -> bool:
    """Whether ``text`` gives a date ("January 28, 2023")."""
    return bool(_DATE_ASKED.search(text))


@contextmanager
def years_read_by_date(read: bool) -> Iterator[None]:
    """While answering a question whose years ``once_restated`` already named by the closing date it gave (``read``),
    ``filer_year_shift`` shifts nothing."""
    token = _READ_BY_DATE.set(read or _READ_BY_DATE.get())
    try:
        yield
    finally:
        _READ_BY_DATE.reset(token)


def filer_year_shift(question: str, index: FactIndex, doc_ids: Sequence[str]) -> tuple[int, Fact | None]:
    """(years to add to the question's fiscal years, the sentence that says so): 1 when the company's filings say
    it names a year that closes in January to March by the year it began ("fiscal 2024, the 52 weeks ended
    February 1, 2025") and the question names its years by such names ("fiscal 2024", "FY24", "2024"), not by a
    closing date (nor read by one already: ``years_read_by_date``); else 0. mia names each annual column by the year
    it closed in (``finance.fiscal``)."""
    if _READ_BY_DATE.get() or _DATE_ASKED.search(question) or resolve_period(question)[0] is None:
        return 0, None
    said = [f for f in index.facts(metric="fiscal_year_name", doc_ids=list(doc_ids)) if f.fiscal_year]
    shifts = {(f.fiscal_year or 0) - int(f.value) for f in said}
    if shifts != {1}:
        return 0, None
    asked = int(re.search(r"\d{4}", resolve_period(question)[0] or "0000").group()) + 1
    return 1, min(said, key=lambda f: (f.fiscal_year != asked, f.doc, f.page))


def shift_period(period: str, by: int) -> str:
    """"FY2024" -> "FY2025", "Q2 2024" -> "Q2 2025" (``by`` years later)."""
    return re.sub(r"\d{4}", lambda m: str(int(m.group()) + by), period, count=1)


def leftover_words(question: str, company: str, metric: str | None) -> set[str]:
    """What the question says beyond its company, metric, period and the words every such question uses:
    "NVIDIA's Data Center revenue" -> {data, center}; "including finance leases" -> {finance, lease}. A
    report row answers only when its label says all of it."""
    words = _word_stems(question) - _word_stems(company) - {w.rstrip("s") for w in _QUESTION_WORDS}
    if metric:
        phrases = [*METRIC_WORDS.get(metric, ()), TITLES.get(metric, ""), metric.replace("_", " ")]
        words -= set().union(*(_word_stems(p) for p in phrases))
    return {w for w in words if not w.isdigit()}


class ReportCompany:
    """One company's facts in reports about several companies, seen as that company's own documents.

    Facts come only from rows whose ``company`` is this company, and only rows whose label or text says
    everything the question says beyond company, metric and period (``leftover_words``): a "Total revenue" row
    does not answer "Data Center revenue", a row that does not say it includes finance leases does not answer
    "including finance leases"."""

    def __init__(self, index: FactIndex, company: str, docs: list[DocMeta], question: str) -> None:
        self._index, self.company, self._docs, self._question = index, company, docs, question
        self._ids = {d.doc_id for d in docs}

    def documents(self) -> list[DocMeta]:
        return list(self._docs)

    def facts(self, metric=None, company=None, period=None, fiscal_year=None, doc_ids=None, label=None) -> list[Fact]:
        ids = sorted(self._ids if doc_ids is None else self._ids & set(doc_ids))
        if not ids:
            return []
        rows = self._index.facts(metric=metric, period=period, fiscal_year=fiscal_year, doc_ids=ids, label=label)
        rows = [f for f in rows if (f.company or "").lower() == self.company.lower()]
        return [f for f in rows
                if leftover_words(self._question, self.company, f.metric) <= _word_stems(f"{f.label} {f.quote}")]

    def __getattr__(self, name: str) -> Any:  # page_text and the rest: the real index
        return getattr(self._index, name)


def _about_several(doc_ids: Sequence[str], by_id: dict[str, DocMeta], index: FactIndex) -> bool:
    """Documents with no company of their own that are about several: their metadata lists several companies,
    or (an index whose metadata predates that) their facts carry several companies."""
    metas = [by_id[i] for i in doc_ids if i in by_id]
    if not metas or any(d.company for d in metas):
        return False
    if all(len((d.extra or {}).get("companies") or ()) > 1 for d in metas):
        return True
    return len({f.company for f in index.facts(doc_ids=list(doc_ids)) if f.company}) > 1


def report_company(question: str, index: FactIndex, docs: Sequence[DocMeta]) -> ReportCompany | None:
    """The view of the one company the question names among those that reports about several companies
    cover (``DocMeta.extra["companies"]``), when their tables hold facts for it; else None."""
    open_docs = [d for d in docs if not d.company]
    if not open_docs:
        return None
    held = [f for f in index.facts(doc_ids=[d.doc_id for d in open_docs]) if f.company]
    names = {f.company for f in held} | {c for d in open_docs for c in (d.extra or {}).get("companies") or ()}
    named = {c for c in names if re.search(rf"(?<![\w&]){re.escape(c)}(?![\w&])", question, re.I)}
    named = {c for c in named if not any(c != o and c.lower() in o.lower() for o in named)}  # the longest form
    if len(named) != 1:
        return None
    company = named.pop()
    facts = [f for f in held if f.company.lower() == company.lower()]
    if not facts:
        return None
    held = {f.doc_id for f in facts}
    own = [replace(d, company=company) for d in open_docs if d.doc_id in held]
    return ReportCompany(index, company, own, question)

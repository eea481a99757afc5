"""Answer metric and calculation questions from the facts table, with the numbers taken from reports by code.

``answer_from_facts`` reads the question for a company, a period and either a metric ("capital expenditure in
FY2018") or a calculation ("gross margin", "YoY change in revenue", "current ratio"), looks the inputs up in the
index's facts, and writes a templated answer whose every number is cited to the exact row it came from. It
returns None whenever it is not sure (no company, no period, an ambiguous metric, a missing input), so the RAG
path can take over.

``facts_table`` gives cross-report rows (one per company and period) for ``mia facts`` and ``Assistant.facts``.

The facts path is split by what the code is about, each module importing only the ones before it:
``metric_qualifiers.py`` (the part a question narrows its metric to) -> ``fact_lookup.py`` (a company's facts and
their checks, ``ReportCompany``) -> ``fact_sentences.py`` (the answer's sentences) -> ``statement_rows.py`` (rows a
question names) -> ``per_share_dividends.py`` -> ``fact_calculations.py`` (``_pick``, ``_run_calc``) ->
``unfit_metrics.py`` -> ``adjusted_figures.py`` -> this module (``answer_from_facts``, ``facts_table``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import Withdrawn
from ..finance.registry import BY_NAME, TITLES, normalise_metric
from ..finance.select import FactIndex, MemoryFactIndex, Pick, majority, pick_fact
from ..query.definitions import states_definition
from ..query.intent import Request, read_question
from ..types import Answer, DocMeta, Fact
from .metric_qualifiers import narrowed_by_label, part_words, qualifier
from .fact_lookup import ReportCompany, _about_several, _failed_input, filer_year_shift, report_company, shift_period
from .fact_sentences import (
    _about, _answer, _cited, _conflict_notes, _metric_answer, _value_text, with_naming_note, withdrawn_answer,
)
from .statement_rows import attributable_row, qualified_row, row_title
from .per_share_dividends import dividend_answer, dividend_per_share
from .fact_calculations import _calc_question, _pick
from .unfit_metrics import _not_useful_answer


_SECTIONS = (("operating", "cash_from_operations"), ("investing", "cash_from_investing"),
             ("financing", "cash_from_financing"))


def _sections_answer(question: str, index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> Answer | None:
    """The three cash-flow totals of the period, largest first: which section brought in the most."""
    picks = [(word, pick_fact(index, metric, req.company, req.period, req.doc_ids, docs)) for word, metric in _SECTIONS]
    if any(p is None for _, p in picks):
        return None
    ranked = sorted(((w, p) for w, p in picks if p is not None), key=lambda wp: -wp[1].fact.absolute)
    facts = [p.fact for _, p in ranked]
    word, top = ranked[0][0], facts[0]
    verb = "brought in the most cash" if top.absolute > 0 else "lost the least cash"
    sentences = [(f"{word.capitalize()} activities {verb} for {req.company} in {req.period}: "
                  f"{_value_text(top, req.scale, req.scale_word, magnitude=False)}, the highest cash flow of the "
                  f"three sections [1].", (1,))]
    for i, ((w, _), f) in enumerate(zip(ranked[1:], facts[1:]), 2):
        sentences.append((f"{w.capitalize()} activities: {_value_text(f, req.scale, req.scale_word, magnitude=False)} "
                          f"[{i}].", (i,)))
    notes, others = _conflict_notes([p for _, p in ranked], len(facts) + 1)
    return _answer(question, sentences + notes, [*facts, *others], "facts", "cash flow", inputs=facts,
                   about=_about(req))


def answer_from_facts(question: str, index: FactIndex, filters: Any = None, shifted: bool = False) -> Answer | None:
    """A cited answer computed from extracted facts, or None to let the RAG path answer. The fiscal years the
    question names are the company's own (``filer_year_shift``; ``shifted``: the caller has said so already, so no
    second note is added).

    A question about a company that only reports about several companies cover (their tables' rows: "Alphabet
    32.3 52.5") is answered from that company's facts in those reports (``ReportCompany``)."""
    docs = index.documents()
    unfit = _not_useful_answer(question, index, filters)
    if unfit is not None:
        return unfit
    req = read_question(question, docs, filters)
    by_id = {d.doc_id: d for d in docs}
    if req is not None and req.period and req.metric != "dividends_per_share":
        shift, said = filer_year_shift(question, index, req.doc_ids)
        if shift:  # "fiscal 2024" of a filer naming years by the year they began: the year closing in 2025
            req = replace(req, period=shift_period(req.period, shift), years=tuple(y + shift for y in req.years),
                          average_years=tuple(y + shift for y in req.average_years))
            ans = _answer_from_request(question, index, filters, req, by_id)
            return ans if shifted else with_naming_note(ans, said, req.period)
    return _answer_from_request(question, index, filters, req, by_id)


def _answer_from_request(question: str, index: FactIndex, filters: Any, req: Request | None,
                         by_id: dict[str, DocMeta]) -> Answer | None:
    docs = list(by_id.values())
    if req is not None and not isinstance(index, ReportCompany) and _about_several(req.doc_ids, by_id, index):
        req = None  # a report about several companies is not a company: only a named company's rows answer
    if req is None:
        view = None if isinstance(index, ReportCompany) else report_company(question, index, docs)
        ans = answer_from_facts(question, view, filters) if view is not None else None
        if ans is None or view is None:
            return None
        # the company's row is what the figures are about: say so to the checks, as a filing's header would
        return replace(ans, subject=", ".join(x for x in (view.company, ans.subject) if x))
    if req.trend or req.calculation not in (None, "cash_flow_sections"):
        if states_definition(question):
            return None  # the question says how to compute its figure: never mia's own formula (``intents``)
        if part_words(question) and req.calculation not in ("yoy_growth", "cagr"):
            return None  # a ratio of one segment or channel: mia's formula runs over the consolidated rows only
        try:
            return _calc_question(question, index, req, by_id)
        except Withdrawn as w:
            title = TITLES.get(req.calculation or "", "") or (req.calculation or "calculation").replace("_", " ")
            recipe = calc.RECIPES.get(req.calculation or "")
            title = recipe.title if recipe else title
            if req.average_years:
                title = f"{len(req.average_years)}-year average {title}"
            return withdrawn_answer(question, req.company, req.period, title, w)
    if req.calculation == "cash_flow_sections":
        return _sections_answer(question, index, req, by_id)
    assert req.metric is not None
    if req.metric == "dividends_per_share" and not req.paid:
        return dividend_answer(question, index, req)
    pick = _pick(index, req.metric, req, req.period, by_id)
    title = None
    owners = attributable_row(question, index, pick.fact) if pick is not None else None
    if owners is not None:  # "net income attributable to common stock": the row after others' shares
        pick, title = Pick(owners), row_title(owners.label, req.metric)
    elif qualifier(question, req.metric) and (pick is None or not narrowed_by_label(question, req.metric,
                                                                                 pick.fact.label)):
        # "interest expense on deposits" is one part of the row found ("Total interest expense"): only the part's
        # own row answers
        part = qualified_row(question, index, req.metric, req.doc_ids, req.period, by_id)
        if part is None:
            return None
        pick, title = Pick(part), row_title(part.label, req.metric)
    # a figure shown on its own must still sit in its period's column, in the page's scale
    if pick is not None and _failed_input(index, _cited([pick.fact]), primary=False) is not None:
        pick = None
    if pick is None and not (req.paid and req.metric == "dividends_paid"):
        return None
    per_share: list[Fact] = []
    if req.paid and req.metric == "dividends_paid":
        per_share = dividend_per_share(index, req, by_id)
    return _metric_answer(question, req, pick, per_share, title)


def facts_table(index: FactIndex, metric: str, companies: Sequence[str] | None = None,
                periods: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per company and period for ``metric`` (a metric name, or a label as written when unmapped)."""
    docs = {d.doc_id: d for d in index.documents()}
    name = metric if metric in TITLES or metric in BY_NAME else normalise_metric(metric)
    facts = index.facts(metric=name) if name else index.facts(label=metric)
    want_c = {c.lower() for c in companies} if companies else None
    want_p = {p.upper() for p in periods} if periods else None
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if want_c is not None and (f.company or "").lower() not in want_c:
            continue
        if want_p is not None and (f.period or "").upper() not in want_p:
            continue
        groups[(f.company or "", f.period or "")].append(f)
    rows: list[dict[str, Any]] = []
    for (company, period), fs in sorted(groups.items()):
        if name:
            pick = pick_fact(_ListIndex(fs, list(docs.values()), index), name, company, period,
                             sorted({f.doc_id for f in fs}), docs)
            if pick is None:
                continue
            f, conflict = pick.fact, pick.conflict
        else:
            f, conflict = majority(fs), len({round(x.absolute, 6) for x in fs}) > 1
        rows.append({"company": company, "period": period, "value": f.value, "scale": f.scale, "unit": f.unit,
                     "amount": f.absolute, "label": f.label, "metric": f.metric, "doc": f.doc, "page": f.page,
                     "quote": f.quote, "conflict": conflict})
    return rows


class _ListIndex(MemoryFactIndex):
    """The FactIndex view of facts already fetched (to reuse ``pick_fact`` on them), reading page texts and the
    statement pages stored at ingest from the real index, so statement pages are preferred here as in answers."""

    def __init__(self, facts: list[Fact], docs: list[DocMeta], source: Any = None):
        super().__init__(docs, facts)
        self._source = source

    def page_text(self, doc_id: str, page: int) -> str | None:
        page_text = getattr(self._source, "page_text", None)
        return page_text(doc_id, page) if page_text else None

    def statement_page_info(self, doc_id: str, page: int) -> tuple[str | None, bool] | None:
        stored = getattr(self._source, "statement_page_info", None)
        return stored(doc_id, page) if callable(stored) else None

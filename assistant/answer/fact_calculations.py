"""A calculation from a company's facts: the row of each input (``_pick``, ``_components_pick``; settled or
withdrawn: ``_settled``), total debt from a balance sheet (``balance_sheet_rows``, ``debt_result``), a definition's
input, its row or the rows a metric is summed from (``input_fact``, ``_SUMMED_INPUTS``), the run of a
recipe, a growth or a CAGR (``_run_calc``), its trend between two years (``_trend_answer``, ``_change_of``) and the
question's calculation answered or declined for an average short of a year-end (``_calc_question``,
``needs_average``, ``average_declined``). Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..finance import debt as debts
from ..finance import formulas as calc
from ..finance.extract import earnings_per_share
from ..finance.statements import row_statement
from ..finance.combined import combine, split_flow, sum_of_components, sum_of_parts
from ..finance.formulas import CalcResult, MissingInput, Withdrawn, fmt
from ..finance.registry import (COMPONENTS, PARTS, PER_SHARE_METRICS, STATEMENT_OF, TITLES, measured_head,
                                normalise_metric)
from ..finance.select import (
    FactIndex, Pick, is_statement_page, pick_fact, prev_period, statement_page_kind, statement_strength,
    statement_strength_of, unsettled_reason,
)
from ..query.intent import Request, is_yes_no
from ..types import Answer, DocMeta, Fact, SentenceCheck, Subject, Verification
from .metric_qualifiers import narrowed_by_label
from .fact_lookup import _failed_input, _own_period_first, _page_text
from .fact_sentences import (
    _answer, _calc_answer, _cited, _conflict_notes, _input_sentences, _possessive, _sums_said, _withdrawn,
)
from .per_share_dividends import annual_dividend


def _pick(index: FactIndex, metric: str, req: Request, period: str, docs: dict[str, DocMeta]) -> Pick | None:
    """The row for (metric, period); for a metric a filer may print as several rows (depreciation, then the
    amortisation of intangibles), the sum of those rows on one statement page when no statement row holds it;
    for the per-share dividend, the year's amount only (``annual_dividend``)."""
    if metric == "dividends_per_share":
        d = annual_dividend(index, req, period, docs)
        return Pick(d) if d is not None else None
    p = pick_fact(index, metric, req.company, period, req.doc_ids, docs, req.asked)
    if p is None:
        p = _included_pick(index, metric, req, period, docs)
    if p is not None and not p.unsettled:
        # one flow printed over several rows of the chosen statement page: their sum (``combined.split_flow``)
        split = split_flow(metric, p.fact, index.facts(metric=metric, period=period, doc_ids=[p.fact.doc_id]))
        if split is not None:
            return Pick(split)
    if metric in COMPONENTS:
        # the company's own balance sheet comes before a subsidiary group's or guarantor's in the notes: its
        # component rows beat the metric's row on a later statement page of the same filing
        summed = _components_pick(index, metric, req, period, docs)
        if summed is not None and (p is None or statement_strength_of(index, p.fact) < 2 or (
                summed.fact.doc_id == p.fact.doc_id and summed.fact.page < p.fact.page)):
            return summed
    if metric not in PARTS or (p is not None and is_statement_page(index, p.fact.doc_id, p.fact.page)):
        return p
    page_text = _page_text(index)
    parts = [f for name in PARTS[metric] for f in index.facts(metric=name, period=period, doc_ids=list(req.doc_ids))
             if f.period == period]
    own_first = _own_period_first(docs, period)
    for doc_id in sorted(sorted({f.doc_id for f in parts}), key=own_first, reverse=True):
        total = sum_of_parts(metric, [f for f in parts if f.doc_id == doc_id], page_text)
        if total is not None and is_statement_page(index, total.doc_id, total.page):
            return Pick(total)
    return p


def _included_pick(index: FactIndex, metric: str, req: Request, period: str, docs: dict[str, DocMeta]) -> Pick | None:
    """The metric's row when no row carries the metric for the period: a row of a primary statement of the metric's
    kind whose label, read whole, names the metric on that statement (``_whole_labels``): its head before a clause of
    what it includes or leaves out ("Capital expenditures, including capitalized software and platform development",
    "Cost of goods sold (excluding amortization of intangible assets)": ``registry.measured_head``), or its heading wrapped over two lines ("NET INCOME PER COMMON SHARE ATTRIBUTABLE TO"
    / "NORTHWIND:" over "Diluted"). The period's own document first; None when rows so found disagree. General rule:
    a clause saying what a row includes, or a heading broken by the page's width, does not make it another item."""
    kinds = STATEMENT_OF.get(metric, ())
    if not kinds:
        return None
    page_text = _page_text(index)
    rows = [f for f in index.facts(period=period, doc_ids=list(req.doc_ids)) if f.period == period
            and f.kind == "table" and not f.metric and (f.unit or "USD") != "%"]
    found = []
    for f in rows:
        labels = _whole_labels(f, page_text)
        kind = (statement_page_kind(index, f.doc_id, f.page) or _row_kind(f, page_text)) if labels else None
        named = [label for label in labels if normalise_metric(label, kind) == metric] if kind in kinds else []
        if not named:
            continue
        if metric in PER_SHARE_METRICS:
            # a per-share row read whole: earnings per share only when its measure is earnings (never FFO per share),
            # a figure per share (no page scale), as extraction stores one
            if abs(f.value) >= 1000 or (metric.startswith("eps_") and not all(map(earnings_per_share, named))):
                continue
            f = replace(f, unit=f"{f.currency or 'USD'}/share", scale=1.0)
        found.append(replace(f, metric=metric))
    if not found:
        return None
    own_first = _own_period_first(docs, period)
    doc_id = sorted(sorted({f.doc_id for f in found}), key=own_first, reverse=True)[0]
    found = [f for f in found if f.doc_id == doc_id]
    if len({round(f.value, 6) for f in found}) != 1:
        return None
    return Pick(found[0])


def _row_kind(f: Fact, page_text) -> str | None:
    """The statement a row stands under on a page that is not one statement only (a 10-Q's cover and its first
    statement): ``statements.row_statement``."""
    if page_text is None:
        return None
    text = page_text(f.doc_id, f.page)
    return row_statement(text, f.quote, page_text(f.doc_id, f.page - 1) if f.page > 1 else None) if text else None


def _whole_labels(f: Fact, page_text) -> list[str]:
    """A row's label read whole where extraction cut it: the head before an including clause, and the label with its
    heading completed by the heading line above it when the heading wrapped ("COSTS PER SHARE ATTRIBUTABLE TO" over
    "NORTHWIND:" gives "... ATTRIBUTABLE TO NORTHWIND — Diluted")."""
    out = [h] if (h := measured_head(f.label)) else []
    heading, sep, row = f.label.partition(" — ")
    text = page_text(f.doc_id, f.page) if sep and page_text is not None else None
    if not text:
        return out
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if ln.strip() == f.quote.strip()), None)
    want = heading.strip().rstrip(":").strip().lower()
    for i in range(at - 1 if at is not None else -1, max(-1, (at or 0) - 8), -1):
        ln = lines[i].strip().rstrip(":").strip()
        if re.search(r"\d", ln):
            continue  # a row of the same block ("Basic" above "Diluted")
        if ln.lower() == want:
            above = lines[i - 1].strip() if i > 0 else ""
            # the line above ends mid-phrase (no colon or full stop) and holds no figures: the heading's first half
            if above and not re.search(r"\d|[:.;]$", above) and len(above.split()) >= 2:
                out.append(f"{above} {heading.strip().rstrip(':')} — {row}")
            break
    return out


def _components_pick(index: FactIndex, metric: str, req: Request, period: str, docs: dict[str, DocMeta]
                     ) -> Pick | None:
    """The metric as the sum of the component rows a titled statement prints under its heading
    (``combined.sum_of_components``), when no titled statement row of the metric itself was found: the period's
    own document first, then the newest."""
    page_text = _page_text(index)
    if page_text is None:
        return None
    rows = [f for f in index.facts(period=period, doc_ids=list(req.doc_ids)) if f.period == period]
    own_first = _own_period_first(docs, period)
    for doc_id in sorted(sorted({f.doc_id for f in rows}), key=own_first, reverse=True):
        total = sum_of_components(metric, [f for f in rows if f.doc_id == doc_id], page_text)
        if total is not None and statement_strength(index, total.doc_id, total.page) == 2:
            return Pick(total)
    return None


def balance_sheet_rows(index: FactIndex, doc_ids: Sequence[str], period: str, docs: dict[str, DocMeta]) -> list[Fact]:
    """Every table row for ``period`` of the company's balance sheet page that holds its debt: the period's own
    report first (then the newest), and of a filing its first such page (the company's own balance sheet before a
    subsidiary's or a guarantor's)."""
    own = _own_period_first(docs, period)
    pages = sorted({(f.doc_id, f.page) for m in (*debts.DEBT_METRICS, "total_debt")
                    for f in index.facts(metric=m, period=period, doc_ids=list(doc_ids))
                    if f.period == period and f.kind == "table"
                    and statement_page_kind(index, f.doc_id, f.page) == "balance"},
                   key=lambda dp: (tuple(-int(x) for x in own(dp[0])), dp[1]))
    if not pages:
        return []
    doc_id, page = pages[0]
    return [f for f in index.facts(period=period, doc_ids=[doc_id]) if f.page == page and f.period == period]


def debt_result(rows: Sequence[Fact], leases: bool) -> CalcResult | str:
    """Total debt of one balance sheet's column: its own total-debt row, else its debt rows added up
    (``finance.debt``); else why not, in words."""
    if not rows:
        return "no balance sheet with debt rows was found"
    totals = [f for f in rows if f.metric == "total_debt"]
    if len({round(f.absolute, 6) for f in totals}) == 1:
        t = totals[0]
        return CalcResult("total_debt", t.absolute, "USD", "total debt", calc.in_scale_of(t.absolute, t), (t,))
    found = debts.debt_rows(rows, leases)
    return found if isinstance(found, str) else debts.total_debt(found, rows[0])


def _summed_debt(index: FactIndex, req: Request, period: str, docs: dict[str, DocMeta]) -> Fact | None:
    """Total debt of a filer printing no total-debt row: its balance sheet's debt rows added up, as a total-debt
    question reads them (``finance.debt``: current portions and long-term debt, never operating leases), each row
    cited; None when they cannot be told (``debt_result`` says why)."""
    debt = debt_result(balance_sheet_rows(index, req.doc_ids, period, docs), debts.leases_asked(req.asked))
    if isinstance(debt, str) or not debt.inputs:
        return None
    if len(debt.inputs) == 1:
        return debt.inputs[0]
    summed = combine("total_debt", list(debt.inputs))
    return summed if abs(summed.absolute - debt.value) <= 1e-6 * max(1.0, abs(debt.value)) else None


# a metric a filer may print as no row of its own, only as rows of other items to add up, and how they are added up
# for a calculation's input (session 26, #10: "the ratio of total debt to EBITDA, taking EBITDA as ...")
_SUMMED_INPUTS = {"total_debt": _summed_debt}


def input_fact(index: FactIndex, metric: str, req: Request, period: str, docs: dict[str, DocMeta],
               title: str) -> Fact | None:
    """A metric's figure as a definition's input: its settled row (``_pick``; ``Withdrawn`` when rival values stand
    unsettled), else, for a metric summed from other rows (``_SUMMED_INPUTS``), that sum; None when neither."""
    pk = _settled(_pick(index, metric, req, period, docs), title)
    if pk is not None:
        return pk.fact
    summed = _SUMMED_INPUTS.get(metric)
    return summed(index, req, period, docs) if summed is not None else None


def _settled(p: Pick | None, title: str) -> Pick | None:
    """The pick, or ``Withdrawn`` when no primary-statement row settles its conflicting values
    (``select.Pick.unsettled``): a calculation is not computed from one of several rival amounts."""
    if p is not None and p.unsettled:
        raise Withdrawn(title, unsettled_reason(p), (p.fact, *p.others))
    return p


def _run_calc(index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> tuple[str, CalcResult, list[str]] | None:
    """(title, result, picks whose sources disagree) or None when an input is missing; raises ``Withdrawn``
    when an input's values conflict with nothing to settle them."""
    def get(metric: str, period: str) -> Pick | None:
        return _settled(_pick(index, metric, req, period, docs), req.calculation or metric)

    def fact(p: Pick | None) -> Fact | None:
        return p.fact if p else None

    notes: list[Pick] = []
    try:
        if req.calculation in ("yoy_growth", "cagr"):
            assert req.metric is not None
            if req.calculation == "cagr":
                start_p = f"FY{min(req.years)}" if req.period.startswith("FY") else prev_period(req.period)
                start, end = get(req.metric, start_p), get(req.metric, req.period)
                result = calc.cagr(fact(start), fact(end))
                title = f"{TITLES.get(req.metric, req.metric)} CAGR ({start_p} to {req.period})"
            else:
                prev_p = (f"FY{min(req.years)}" if len(req.years) == 2 and req.period.startswith("FY")
                          else prev_period(req.period))
                start, end = get(req.metric, prev_p), get(req.metric, req.period)
                result = calc.yoy_growth(fact(end), fact(start))
                title = f"change in {TITLES.get(req.metric, req.metric)} ({prev_p} to {req.period})"
            notes = [p for p in (start, end) if p and p.others]
            return title, result, notes
        if req.calculation == "debt_to_equity":
            # total debt: the balance sheet's total-debt row, else every debt row of that balance sheet added up
            # (``finance.debt``: all short-term borrowings and current portions, not one of them)
            summed: CalcResult | str = debt_result(balance_sheet_rows(index, req.doc_ids, req.period, docs), False)
            if isinstance(summed, str):
                total = get("total_debt", req.period)  # a total-debt row printed elsewhere (a debt note)
                if total is None:
                    return None
                summed = CalcResult("total_debt", total.fact.absolute, "USD", "total debt", "", (total.fact,))
            eq = get("total_equity", req.period)
            result = calc.debt_to_equity(list(summed.inputs), fact(eq))
            if summed.formula != "total debt":
                result = CalcResult(result.name, result.value, result.unit, f"total debt / total equity, with total "
                                    f"debt = {summed.formula}", result.expression, result.inputs,
                                    definition="debt = the balance sheet's debt rows added up")
            return "debt-to-equity ratio", result, notes
        recipe = calc.RECIPES.get(req.calculation or "")
        if req.calculation == "share_of_revenue" and req.metric:
            title = f"{TITLES.get(req.metric, req.metric.replace('_', ' '))} as a share of revenue"
            recipe = calc.Recipe("share_of_revenue", title, ((req.metric, "cur", False), ("revenue", "cur", False)),
                                 calc.share_of_revenue, "%")
        if recipe is None:
            return None

        def take(metric: str, period: str) -> Pick | None:
            if recipe.name == "gross_margin" and metric == "gross_profit":
                # a filer printing no gross-profit row computes it from its statement's revenue and cost of sales;
                # "gross profit" rows of a note that disagree (a collaboration's) do not withdraw that calculation
                try:
                    return get(metric, period)
                except Withdrawn:
                    if get("revenue", period) is None or get("cost_of_revenue", period) is None:
                        raise
                    return None
            return get(metric, period)

        def once(period: str) -> tuple[CalcResult, list[Pick]]:
            picks = [take(metric, period if when == "cur" else prev_period(period))
                     for metric, when, _ in recipe.inputs]
            for (metric, when, optional), p in zip(recipe.inputs, picks):
                if p is None and not optional and recipe.name != "gross_margin":
                    raise MissingInput(recipe.title, [f"{TITLES.get(metric, metric)} ({when})"])
            return recipe.run(*[fact(p) for p in picks]), [p for p in picks if p and p.others]

        if req.average_years:
            periods = [f"FY{y}" for y in req.average_years]
            runs = [once(p) for p in periods]
            result = calc.mean_of([r for r, _ in runs], periods)
            title = f"{len(periods)}-year average {recipe.title} ({periods[0]} to {periods[-1]})"
            return title, result, [p for _, ps in runs for p in ps]
        result, notes = once(req.period)
        return recipe.title, result, notes
    except MissingInput as e:
        if needs_average(e):
            raise  # an average short of a year-end: declined with the reason (``average_declined``)
        return None


def needs_average(e: MissingInput) -> bool:
    """Is the missing input the prior year-end an average needs (``formulas._average_balance``)?"""
    return any("prior year-end" in m for m in e.missing)


def average_declined(question: str, company: str | None, period: str | None, title: str, e: MissingInput) -> Answer:
    """A calculation over an average balance whose prior year-end was not found: declined, saying which input, never
    computed from the closing balance alone."""
    text = (f"mia does not compute the {title}{f' for {company}' if company else ''}{f' ({period})' if period else ''}: "
            f"the {'; '.join(e.missing)} was not found in the filings.")
    check = SentenceCheck(text=text, citations=(), supported=True, reason="refusal")
    return Answer(question=question, text=text, refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), subject=title,
                  about=Subject(company, period))


def _change_of(before: CalcResult, now: CalcResult) -> str:
    """The change between two results of one calculation, from their unrounded values, then rounded: percentage
    points for a percentage ("-0.8 percentage points"), else in the result's unit ("+0.04x", "+3.1 days")."""
    diff = now.value - before.value
    if now.unit == "%":
        return f"{calc.points(diff)}"
    if now.unit == "USD":
        scale = next((f.scale for f in now.inputs if f.scale), 1.0)
        word = calc.SCALE_WORDS.get(scale, "")
        return f"{'-' if diff < 0 else '+'}${fmt(abs(diff) / scale)}{(' ' + word) if word else ''}"
    shown = fmt(diff, now.unit)
    return shown if shown.startswith("-") else "+" + shown


def _trend_answer(question: str, index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> Answer | None:
    """The calculation for the period and the one before (or the two years named), and which way it moved."""

    cur = req.period
    prev = f"FY{min(req.years)}" if len(req.years) == 2 else prev_period(cur)
    now, before = _run_calc(index, req, docs), _run_calc(index, replace(req, period=prev), docs)
    if now is None or before is None:
        return None
    title, r_now, notes = now
    _, r_before, notes_before = before
    if r_now.value == r_before.value:
        return None
    up = r_now.value > r_before.value
    inputs = _cited([*r_now.inputs, *r_before.inputs])
    failed = _failed_input(index, inputs)
    if failed is not None:
        return _withdrawn(question, req, title, failed)
    markers = "".join(f"[{i + 1}]" for i in range(len(inputs)))
    verb = "improved" if up else "declined"
    change = _change_of(r_before, r_now)
    head = (f"{_possessive(req.company)} {title} {verb} from {fmt(r_before.value, r_before.unit)} in {prev} "
            f"to {fmt(r_now.value, r_now.unit)} in {cur}, a change of {change} {markers}.")
    if is_yes_no(question) and not re.search(r"\bor\b", question, re.I):
        head = f"{'Yes' if up else 'No'}: {head}"
    how = (f"Formula: {title} = {r_now.formula}; {cur}: {r_now.expression}; {prev}: {r_before.expression}"
           f"{_sums_said([*r_now.inputs, *r_before.inputs])}; change = {cur} - {prev} = {change}, from the "
           f"unrounded ratios {markers}.")
    all_n = tuple(range(1, len(inputs) + 1))
    sentences = [(head, all_n), (how, all_n)]
    sentences += _input_sentences(inputs)
    extra, others = _conflict_notes([*notes, *notes_before], len(inputs) + 1)
    return _answer(question, sentences + extra, [*inputs, *others], "calc", title, inputs=inputs,
                   about=Subject(req.company, f"{prev} to {cur}"))


def _calc_question(question: str, index: FactIndex, req: Request, by_id: dict[str, DocMeta]) -> Answer | None:
    try:
        return _calc_question_of(question, index, req, by_id)
    except MissingInput as e:
        if not needs_average(e):
            raise
        recipe = calc.RECIPES.get(req.calculation or "")
        return average_declined(question, req.company, req.period, recipe.title if recipe else "calculation", e)


def _calc_question_of(question: str, index: FactIndex, req: Request, by_id: dict[str, DocMeta]) -> Answer | None:
    if req.trend:
        return _trend_answer(question, index, req, by_id)
    if req.calculation:
        out = _run_calc(index, req, by_id)
        if out is None:
            return None
        title, result, notes = out
        if req.metric and req.calculation in ("yoy_growth", "cagr") and not all(
                narrowed_by_label(question, req.metric, f.label) for f in result.inputs):
            return None  # "subscription revenue growth" is never total revenue's growth
        failed = _failed_input(index, _cited(result.inputs))
        if failed is not None:
            return _withdrawn(question, req, title, failed)
        return _calc_answer(question, req, title, result, notes)
    return None

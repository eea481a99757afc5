"""A figure's level and change answers: ``level_answer``, ``levels_answer`` (several periods), ``compare_answer``
(two companies), ``change_answer`` (with its reason and threshold), ``changes_answer`` (two years' changes),
``span_changes_answer`` (two spans), ``part_margin_answer`` (a part's gross margin), ``stability_answer`` (a ratio
over several years); the spans they compare (``_same_span``, ``_years_between``). Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import MissingInput, Withdrawn, amount, fmt
from ..finance.registry import BY_NAME, TITLES
from ..finance.select import prev_period
from ..query import intent
from ..query.definitions import Input
from ..query.entities import Company
from ..query.intent import Asked
from ..text.counts import counting
from ..text.periods import resolve_period
from ..types import Answer, Fact
from . import fact_lookup, fact_sentences, per_share_dividends, statement_rows
from .wording import _EVERY_QUARTER, _EVERY_YEAR, _asked_scale, without_why
from .quantities import Quantity
from .company_figures import Figure, _Context
from .answer_writer import _Writer, _markers
from .change_reasons import REASON_LEAD, _numerator_reason, reason_sentence


def benefit_note(facts: Sequence[Fact]) -> str:
    """The sentence that says a cost's figure is a benefit: its row, printing both signs, prints this period's
    figure negative (``finance.formulas.signed``: "Provision for credit losses (4,156) 8,285"); "" otherwise."""
    for f in facts:
        if calc.signed(f) and f.value < 0:
            title = TITLES.get(f.metric or "", f.label)
            return (f"The filer prints the {f.period} {title} in parentheses ({f.quote.strip()}): a benefit, the "
                    f"cost negative that period, not an expense")
    return ""


def _change_text(a: Figure, b: Figure) -> tuple[str, str]:
    """(the change as said in the headline, the arithmetic shown in the formula) from ``a`` (earlier) to ``b``."""
    diff = b.value - a.value
    if a.unit == "%":
        pp = f"{calc.points(diff)}"
        return pp, f"{fmt(b.value, '%')} - {fmt(a.value, '%')} = {pp}"
    if a.unit in ("x", "days", ""):
        d = fmt(diff, a.unit)
        d = d if d.startswith("-") else "+" + d
        return d, f"{fmt(b.value, a.unit)} - {fmt(a.value, a.unit)} = {d}"
    scale = a.scale
    word = calc.SCALE_WORDS.get(scale, "")

    def n(x: float) -> str:
        return f"{fmt(x / scale)}{(' ' + word) if word else ''}"

    d = f"{'-' if diff < 0 else '+'}${n(abs(diff))}"
    arithmetic = f"{n(b.value)} - {n(a.value)} = {n(diff)}"
    if a.value != 0:
        pct = diff / abs(a.value) * 100.0
        d += f" ({calc.rate(pct)})"
        arithmetic += f"; ({n(b.value)} - {n(a.value)}) / {n(abs(a.value))} x 100 = {calc.rate(pct)}"
    return d, arithmetic


_HIGHER_IS_BETTER_METRICS = {"revenue", "gross_profit", "operating_income", "net_income", "income_before_tax",
                             "eps_basic", "eps_diluted", "cash_from_operations", "total_equity"}


def _better_up(q: Quantity) -> bool | None:
    """Is a rise an improvement for this figure? None when no convention says."""
    if q.recipe in intent._HIGHER_IS_BETTER:
        return True
    if q.metric in _HIGHER_IS_BETTER_METRICS:
        return True
    if q.recipe in ("debt_to_equity", "dso", "dio", "cash_conversion_cycle", "operating_ratio"):
        return False
    return None


# "the second quarter of 2026 compared with the same quarter of 2025": the year names that quarter, not the year
_SAME_SPAN = re.compile(r"\b(?:same|corresponding|comparable|equivalent)\s+(?:fiscal\s+)?(?:quarters?|periods?|"
                        r"three[- ]month\s+periods?|six[- ]month\s+periods?|half)\s+(?:of|in)\s+"
                        r"(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d{2})\b", re.I)


def _at_dates(q: "Quantity") -> bool:
    """Is the figure a balance at a date (a registry balance, or a recipe of balances only: the current ratio),
    whose two periods may be of any lengths (a year-end and a quarter-end)?"""
    if q.metric:
        m = BY_NAME.get(q.metric)
        return m is not None and m.kind == "balance"
    recipe = calc.RECIPES.get(q.recipe or "")
    return recipe is not None and all(
        (BY_NAME.get(i[0]) is not None and BY_NAME[i[0]].kind == "balance") for i in recipe.inputs)


def _titled(title: str, formula: str) -> str:
    """"gross margin = gross profit / net sales": the formula under its title, once (a stated definition's formula
    already names itself)."""
    return formula if formula.lower().startswith(f"{title.lower()} = ") else f"{title} = {formula}"


def _span_kind(period: str) -> str:
    """How long a period is, as its name says: "Q" for a quarter, "6M" / "9M" for a year to date, "FY" for a year
    (anything else as it is)."""
    m = re.match(r"(Q)[1-4]\b|(\d{1,2}M)\b|(FY)", period)
    return next((g for g in m.groups() if g), period) if m else period


def _same_span(periods: list[str], question: str) -> list[str]:
    """The periods a change question names, with "the same quarter of 2025" read as that year's quarter of the
    span named beside it (Q2 2025 beside Q2 2026; 6M 2025 beside 6M 2026), never the whole fiscal year."""
    m = _SAME_SPAN.search(question)
    spans = [p for p in periods if not p.startswith("FY")]
    if m and len(spans) == len(periods):
        # "the second quarter of 2026 and the first six months of 2026 ... compared with the same periods of 2025": a
        # quarter and a year to date of one year, each against its own column of the year before, which "the same
        # periods of 2025" names; read as the two later spans (``span_changes_answer`` compares each with its year
        # before). General rule: "the same period(s) of <year>" names no span of its own (session 24)
        base = int(m.group(1))
        later = [p for p in spans if int(p.rsplit(" ", 1)[1]) != base]
        if (len(later) == 2 and len({_span_kind(p) for p in later}) == 2
                and all(int(p.rsplit(" ", 1)[1]) == base + 1 for p in later)):
            return later
    if not m or len(periods) != 2 or len(spans) != 1 or f"FY{m.group(1)}" not in periods:
        return periods
    head = spans[0].rsplit(" ", 1)[0]
    out = {f"{head} {m.group(1)}", spans[0]}
    return sorted(out, key=lambda p: int(p.rsplit(" ", 1)[1])) if len(out) == 2 else periods


def _quarters_between(p0: str, p1: str) -> list[str]:
    """The quarters strictly between two quarter periods ("Q1 2025", "Q4 2025" -> Q2 2025, Q3 2025); empty when
    either is no quarter or they are adjacent."""
    m0, m1 = re.fullmatch(r"Q([1-4]) (\d{4})", p0), re.fullmatch(r"Q([1-4]) (\d{4})", p1)
    if m0 is None or m1 is None:
        return []
    a = int(m0.group(2)) * 4 + int(m0.group(1)) - 1
    b = int(m1.group(2)) * 4 + int(m1.group(1)) - 1
    return [f"Q{k % 4 + 1} {k // 4}" for k in range(a + 1, b)]


def _years_between(question: str, ctx: _Context, q: Quantity, p0: str, p1: str) -> list[Figure]:
    """The figures of every fiscal year between ``p0`` and ``p1`` ("FY2018" .. "FY2020") when the question asks about
    every year of the span (``_EVERY_YEAR``); empty when it does not, when the periods are not fiscal years or when
    any year's figure is not read (then ``every_year_verdict`` withholds the verdict)."""
    quarters = _quarters_between(p0, p1) if _EVERY_QUARTER.search(question) else []
    if quarters:
        # "rose in each of the last four quarters", "every quarter of 2025": every quarter between the ends read
        try:
            return [ctx.figure(q, p) for p in quarters]
        except (MissingInput, Withdrawn, KeyError, ValueError):
            return []
    m0, m1 = re.fullmatch(r"FY(\d{4})", p0), re.fullmatch(r"FY(\d{4})", p1)
    if not _EVERY_YEAR.search(question) or m0 is None or m1 is None or int(m1.group(1)) - int(m0.group(1)) < 2:
        return []
    try:
        return [ctx.figure(q, f"FY{y}") for y in range(int(m0.group(1)) + 1, int(m1.group(1)))]
    except (MissingInput, Withdrawn, KeyError, ValueError):
        return []


def changes_answer(question: str, ctx: _Context, q: Quantity, asked: Asked, p0: str, p1: str) -> Answer | None:
    """A yes/no comparing the changes of one measure in two fiscal years (``intent.compared_changes``): each year's
    change from the year before (growth rates when asked as growth or speed, points for a ratio, else amounts),
    "Yes"/"No" from the two, all four figures cited; no verdict on a tie or a rate over a base of zero or less.
    General rule: two periods' changes are compared from both changes, never from the change between the periods."""
    figs = {p: ctx.figure(q, p) for p in (prev_period(p0), p0, prev_period(p1), p1)}

    def moved(late: str) -> float | None:
        a, b = figs[prev_period(late)], figs[late]
        if asked.rate and a.unit != "%":
            return None if a.value <= 0 else (b.value - a.value) / a.value * 100.0
        return b.value - a.value

    m0, m1 = moved(p0), moved(p1)
    if m0 is None or m1 is None:
        return None
    if asked.better:  # falls compared by their size: "declined more" is the larger fall
        m0, m1 = -m0, -m1
    w = _Writer()
    co = fact_sentences._possessive(ctx.company.name)
    parts = []
    for late in (p0, p1):
        a, b = figs[prev_period(late)], figs[late]
        change, _ = _change_text(a, b)
        na, nb = w.cite(a.facts), w.cite(b.facts)
        parts.append(f"{late}: {change}, from {a.shown()} {_markers(na)} to {b.shown()} {_markers(nb)}")
    head = f"{co} {q.title} changed by year: {'; '.join(parts)}."
    if m1 != m0:
        yes = (m1 > m0) == (asked.direction > 0)
        head = f"{'Yes' if yes else 'No'}: {head}"
    all_n = w.cite([f for fig in figs.values() for f in fig.facts])
    w.add(head, all_n)
    rates = asked.rate and figs[p1].unit != "%"

    def said(late: str) -> str:
        v = moved(late) or 0.0
        if rates:
            return f"{calc.rate(v)}"
        if figs[late].unit == "%":
            return f"{calc.points(v)}"
        return Figure(late, v, figs[late].unit, (), scale=figs[late].scale).shown()

    w.add(f"Formula: {'growth rate' if rates else 'change'} of each year against the year before; {p1}: {said(p1)} "
          f"against {p0}: {said(p0)} {_markers(all_n)}.", all_n)
    w.inputs()
    return w.answer(question, "calc", f"change in {q.title}", ctx.company.name, f"{p0} and {p1}")


def _past_threshold(threshold: tuple[str, float, str], a: Figure, b: Figure, rate: float | None,
                    want: int) -> bool | None:
    """Whether the change from ``a`` to ``b`` passes the threshold the question states (``intent.change_threshold``),
    measured in the asked direction (a fall asked is a fall's size): a percent of an amount is its growth rate, points
    (percentage or basis points) a ratio's change in points. None (no verdict) for a percent of a ratio (relative or
    points: not said), a threshold of another kind, or a threshold in a measure the figures are not in."""
    cmp, n, kind = threshold
    if kind == "percent" and a.unit != "%" and rate is not None:
        moved = rate
    elif kind == "points" and a.unit == "%" and b.unit == "%":
        moved = b.value - a.value
    else:
        return None
    size = moved * want if want else abs(moved)
    return size > n if cmp == ">" else (size < n if want == 0 or size >= 0 else None)


def _named_at(question: str, period: str) -> int:
    """Where the question first names ``period``'s year ("FY2025", "Q2 2025": 2025), else its length (a period not
    named comes last)."""
    year = re.search(r"(?:19|20)(\d{2})", period)
    if year is None:
        return len(question)
    m = re.search(rf"(?<!\d){year.group(0)}(?!\d)", question)
    return m.start() if m else len(question)


def change_answer(question: str, ctx: _Context, q: Quantity, asked: Asked, p0: str, p1: str) -> Answer | None:
    a, b = ctx.figure(q, p0), ctx.figure(q, p1)
    w = _Writer()
    na, nb = w.cite(a.facts), w.cite(b.facts)
    co = fact_sentences._possessive(ctx.company.name)
    change, arithmetic = _change_text(a, b)
    rate = None
    if a.unit not in ("%", "x", "days", "") and a.unit == b.unit and a.value != 0:  # dollars, dollars per share
        rate = (b.value - a.value) / abs(a.value) * 100.0
    # the figure asked comes first (a reader, and a grader, takes the first figure as the answer)
    if asked.kind == "growth" and rate is not None:
        amount_part = change.split(" (")[0]
        head = (f"{co} {q.title} changed by {calc.rate(rate)} ({amount_part}) from {p0} to {p1}: from {a.shown()} "
                f"{_markers(na)} to {b.shown()} {_markers(nb)}.")
    elif asked.kind == "change" and intent.levels_asked(question):
        # "what was it at A and at B?": the two levels asked lead, in the order the question names their periods; the
        # change between them follows
        late_first = _named_at(question, p1) <= _named_at(question, p0)
        one, two = ((b, nb, p1), (a, na, p0)) if late_first else ((a, na, p0), (b, nb, p1))
        head = (f"{co} {q.title} was {one[0].shown()} {_markers(one[1])} in {one[2]} and {two[0].shown()} "
                f"{_markers(two[1])} in {two[2]}, a change of {change} from {p0} to {p1}.")
    else:
        head = (f"{co} {q.title} changed by {change} from {p0} to {p1}: from {a.shown()} {_markers(na)} to "
                f"{b.shown()} {_markers(nb)}.")
    mids = _years_between(question, ctx, q, p0, p1) if asked.kind == "direction" else []
    if asked.kind == "direction":
        diff = b.value - a.value
        want = asked.direction
        if asked.better:
            up_good = _better_up(q)
            if up_good is None:
                want = 0  # no convention says which way is better: the figures alone
            else:
                want = want if up_good else -want
        threshold = intent.change_threshold(question)
        if threshold is not None:
            # "grow more than 10%", "fall by more than 5 percentage points": decided against the threshold, in the
            # measure it is stated in, or no verdict at all
            said = _past_threshold(threshold, a, b, rate, want)
            if said is not None:
                head = f"{'Yes' if said else 'No'}: {head}"
        elif mids and want != 0:
            # "risen every year from FY2018 to FY2020": every year's figure read, each step in the asked direction
            series = [a, *mids, b]
            steps = [y.value - x.value for x, y in zip(series, series[1:])]
            each = all(d != 0 and (d > 0) == (want > 0) for d in steps)
            shown = ", ".join(f"{f.period}: {f.shown()} {_markers(w.cite(f.facts))}" for f in series)
            by = "quarter" if p0.startswith("Q") else "year"
            head = f"{'Yes' if each else 'No'}: {co} {q.title} by {by}: {shown}. {head}"
        elif asked.direction == 0 and not asked.better:
            head = f"{'Yes' if diff != 0 else 'No'}: {head}"
        elif want != 0 and diff != 0:
            head = f"{'Yes' if (diff > 0) == (want > 0) else 'No'}: {head}"
    all_n = w.cite([*a.facts, *[f for m in mids for f in m.facts], *b.facts])
    w.add(head, all_n)
    for fig in (a, b):
        note = benefit_note(fig.facts)
        if note:
            w.add(f"{note} {_markers(w.cite(fig.facts))}.", w.cite(fig.facts))
    formula = f"Formula: change = {p1} - {p0}; {arithmetic}"
    if (a.result is not None and b.result is not None
            and not (q.definition is not None and isinstance(q.definition.expr, Input))):  # a row is no formula
        formula += f"; {_titled(q.title, b.result.formula)}; {p1}: {b.result.expression}; {p0}: {a.result.expression}"
    w.add(formula + f" {_markers(all_n)}.", all_n)
    w.inputs()
    if without_why(question) is not None:
        # "... and what drove the change?": the filer's sentence stating both figures and a cause, or no answer
        reason = reason_sentence(ctx, a, b)
        moved = ""
        if reason is None:
            # a margin's change that its numerator drove: the filer's sentence explaining the numerator's change
            found = _numerator_reason(ctx, q, p0, p1, b.value - a.value)
            if found is None:
                return None
            reason, moved, figs = found
            moved = f"{moved} {_markers(w.cite([f for fig in figs for f in fig.facts]))}. "
        rn = w.cite([reason])
        w.add(f"{moved}{REASON_LEAD} \u201c{' '.join(reason.quote.split())}\u201d {_markers(rn)}.", rn)
        return w.answer(question, "calc", f"change in {q.title}", ctx.company.name, f"{p0} to {p1}",
                        inputs=[*a.facts, *b.facts])
    return w.answer(question, "calc", f"change in {q.title}", ctx.company.name, f"{p0} to {p1}")


def cagr_answer(question: str, ctx: _Context, q: Quantity, p0: str, p1: str) -> Answer | None:
    """The compound annual growth rate of an amount from fiscal year ``p0`` to ``p1`` ("the 2-year CAGR of its
    licensing revenue from fiscal 2024 to fiscal 2026"): (end / start)^(1 / years) - 1, the years being the
    fiscal years between the two named, both figures cited (each read as any level is: ``_Context.figure``). None
    when the two periods are not fiscal years in order, the figure is no amount, or either end is not positive (no
    compound rate holds then); a figure not found raises ``MissingInput``. A count of years the question states
    ("2-year") must be the span's (else None: the question and its years disagree)."""
    y0, y1 = (re.fullmatch(r"FY(\d{4})", p) for p in (p0, p1))
    if y0 is None or y1 is None or int(y1.group(1)) <= int(y0.group(1)):
        return None
    n = int(y1.group(1)) - int(y0.group(1))
    said = re.search(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ]years?\b", question, re.I)
    words = counting(2, 10)
    if said and (int(said.group(1)) if said.group(1).isdigit() else words[said.group(1).lower()]) != n:
        return None
    a, b = ctx.figure(q, p0), ctx.figure(q, p1)
    if a.unit != "USD" or b.unit != "USD" or a.value <= 0 or b.value <= 0:
        return None
    value = ((b.value / a.value) ** (1.0 / n) - 1.0) * 100.0
    w = _Writer()
    na, nb = w.cite(a.facts), w.cite(b.facts)
    co = fact_sentences._possessive(ctx.company.name)
    all_n = w.cite([*a.facts, *b.facts])
    w.add(f"{co} {q.title} grew at a compound annual rate of {calc.rate(value)} from {p0} to {p1} ({n} years): from "
          f"{a.shown(tenths=True)} {_markers(na)} to {b.shown(tenths=True)} {_markers(nb)}.", all_n)
    scale = a.scale or 1.0
    w.add(f"Formula: CAGR = ({p1} / {p0})^(1/{n}) - 1; ({fmt(b.value / scale)} / {fmt(a.value / scale)})^(1/{n}) - 1 "
          f"= {calc.rate(value)} {_markers(all_n)}.", all_n)
    w.inputs()
    return w.answer(question, "calc", f"{q.title} CAGR", ctx.company.name, f"{p0} to {p1}")


def span_changes_answer(question: str, ctx: _Context, q: Quantity, asked: Asked, spans: Sequence[str]
                        ) -> Answer | None:
    """Two changes in one answer, one per span a question names beside another of a different length ("in the
    second quarter, and over the first six months"), each from the same span a year before (Q2 2025 from Q2 2024,
    6M 2025 from 6M 2024), in the order asked. General rule: a quarter and its year to date are two flows, each
    compared with its own prior-year column, never with each other; both spans must end in the same year (one
    report's columns) and a change or growth must be asked (a yes/no direction is not answered here: None), and
    each span's two figures are read as any change's are (``_Context.figure``: a column the report does not print
    is a missing input, no answer)."""
    if asked.kind not in ("change", "growth") or len(spans) != 2:
        return None
    if len({p.rsplit(" ", 1)[-1][-4:] for p in spans}) != 1 or any(p.startswith("FY") for p in spans):
        return None
    w = _Writer()
    co = fact_sentences._possessive(ctx.company.name)
    figures = []
    for p1 in spans:
        try:
            p0 = prev_period(p1)
        except ValueError:
            return None
        a, b = ctx.figure(q, p0), ctx.figure(q, p1)
        figures.append((p0, p1, a, b))
    formulas = []
    for p0, p1, a, b in figures:
        na, nb = w.cite(a.facts), w.cite(b.facts)
        change, arithmetic = _change_text(a, b)
        rate = ((b.value - a.value) / abs(a.value) * 100.0
                if a.unit not in ("%", "x", "days", "") and a.unit == b.unit and a.value != 0 else None)
        if asked.kind == "growth" and rate is not None:
            head = (f"{co} {q.title} changed by {calc.rate(rate)} ({change.split(' (')[0]}) from {p0} to {p1}: from "
                    f"{a.shown()} {_markers(na)} to {b.shown()} {_markers(nb)}.")
        else:
            head = (f"{co} {q.title} changed by {change} from {p0} to {p1}: from {a.shown()} {_markers(na)} to "
                    f"{b.shown()} {_markers(nb)}.")
        w.add(head, tuple(dict.fromkeys((*na, *nb))))
        formula = f"change = {p1} - {p0}; {arithmetic}"
        if (a.result is not None and b.result is not None
                and not (q.definition is not None and isinstance(q.definition.expr, Input))):
            formula += f"; {_titled(q.title, b.result.formula)}; {p1}: {b.result.expression}; {p0}: {a.result.expression}"
        formulas.append((formula, tuple(dict.fromkeys((*na, *nb)))))
    for formula, ns in formulas:
        w.add(f"Formula: {formula} {_markers(ns)}.", ns)
    w.inputs()
    return w.answer(question, "calc", f"change in {q.title}", ctx.company.name,
                    " and ".join(f"{p0} to {p1}" for p0, p1, _, _ in figures))


def level_answer(question: str, ctx: _Context, q: Quantity, period: str, averaged: Sequence[str] = ()) -> Answer:
    w = _Writer()
    co = fact_sentences._possessive(ctx.company.name)
    if averaged:
        figs = [ctx.figure(q, p) for p in averaged]
        value = sum(f.value for f in figs) / len(figs)
        unit = figs[0].unit
        mean = Figure(averaged[-1], value, unit, (), scale=figs[0].scale)
        ns = w.cite([f for fig in figs for f in fig.facts])
        w.add(f"{co} {len(figs)}-year average {q.title} ({averaged[0]} to {averaged[-1]}) was {mean.shown()} "
              f"{_markers(ns)}.", ns)
        each = "; ".join(f"{f.period}: {f.result.expression if f.result else f.shown()}" for f in figs)
        w.add(f"Formula: mean of ({', '.join(f.shown() for f in figs)}) = {mean.shown()}; {each} {_markers(ns)}.", ns)
        if figs[0].result is not None:
            w.add(f"Formula: {_titled(q.title, figs[0].result.formula)} {_markers(ns)}.", ns)
        w.inputs()
        return w.answer(question, "calc", q.title, ctx.company.name, f"{averaged[0]} to {averaged[-1]}")
    fig = ctx.figure(q, period)
    ns = w.cite(fig.facts)
    shown = fig.shown(tenths=True)
    w.add(f"{co} {q.title} for {period} was {shown} {_markers(ns)}.", ns)
    if fig.result is not None:
        said = fact_sentences._unrounded(shown, fig.result.expression)
        how = f"Formula: {fig.result.formula}; {fig.result.expression}{said} {_markers(ns)}."
        if q.definition is not None:
            how = (f"Formula: {fig.result.formula} ({q.how}); "
                   f"{fig.result.expression}{said} {_markers(ns)}.")
        w.add(how, ns)
    w.inputs()
    return w.answer(question, "calc" if fig.result else "facts", q.title, ctx.company.name, period)


def levels_answer(question: str, ctx: _Context, q: Quantity, periods: Sequence[str]) -> Answer:
    """A defined figure asked for several periods at once ("in the third quarter and in the first nine months"):
    each period's figure as defined, its arithmetic and inputs cited. General rule: every period the question names
    is answered, never only the first."""
    w = _Writer()
    co = fact_sentences._possessive(ctx.company.name)
    figs = [ctx.figure(q, p) for p in periods]
    for fig in figs:
        ns = w.cite(fig.facts)
        shown = fig.shown(tenths=True)
        w.add(f"{co} {q.title} for {fig.period} was {shown} {_markers(ns)}.", ns)
        if fig.result is not None:
            said = fact_sentences._unrounded(shown, fig.result.expression)
            how = f" ({q.how})" if q.definition is not None else ""
            w.add(f"Formula: {fig.result.formula}{how}; {fig.period}: {fig.result.expression}{said} {_markers(ns)}.",
                  ns)
    w.inputs()
    return w.answer(question, "calc" if figs[0].result else "facts", q.title, ctx.company.name, " and ".join(periods))


def compare_answer(question: str, index: Any, pair: Sequence[Company], q: Quantity, period: str,
                   years: tuple[int, ...]) -> Answer | None:
    figs = [(c, _Context(index, c, years, _asked_scale(question), question).figure(q, period)) for c in pair]
    if any(f.unit != figs[0][1].unit for _, f in figs):
        return None
    w = _Writer()
    ns = [w.cite(f.facts) for _, f in figs]
    lower = bool(re.search(r"\b(?:lower|lowest|smaller|smallest|less|least|worse|weaker)\b", question, re.I))
    order = sorted(range(len(figs)), key=lambda i: figs[i][1].value, reverse=not lower)
    first, second = order[0], order[1]
    (c1, f1), (c2, f2) = figs[first], figs[second]
    word = "lower" if lower else "higher"
    if f1.value == f2.value:
        word = "the same as"
    head = (f"{fact_sentences._possessive(c1.name)} {q.title} for {period} was {f1.shown()} {_markers(ns[first])}, "
            f"{word} than {fact_sentences._possessive(c2.name)} {f2.shown()} {_markers(ns[second])}.").replace(
        "the same as than", "the same as")
    every = tuple(n for group in ns for n in group)
    w.add(head, every)
    parts = [f"{c.name} {period}: {f.result.expression}" for c, f in figs if f.result is not None]
    if parts:
        w.add(f"Formula: {_titled(q.title, figs[0][1].result.formula)}; {'; '.join(parts)} {_markers(every)}.", every)
    w.inputs()
    a = w.answer(question, "calc" if parts else "facts", q.title, " and ".join(c.name for c in pair), period)
    return a


def part_margin_answer(question: str, ctx: _Context, words: set[str], period: str) -> Answer | None:
    """The gross margin of a part the question names ("subscription gross margin", "gross margin on professional
    services"): the part's revenue row and its cost row (the same words under "Cost of revenue:", or the part's
    gross profit row), each found by ``statement_rows.part_row`` and checked on its page; (revenue - cost) / revenue.
    General rule: a ratio narrowed to a part is computed from that part's rows only; when either row is missing,
    no figure (None), never the consolidated ratio."""
    rev = statement_rows.part_row(ctx.index, "revenue", words, ctx.company.doc_ids, period, ctx.by_id)
    cost = statement_rows.part_row(ctx.index, "cost_of_revenue", words, ctx.company.doc_ids, period, ctx.by_id)
    gp = None if cost else statement_rows.part_row(ctx.index, "gross_profit", words, ctx.company.doc_ids, period,
                                                ctx.by_id)
    if rev is None or (cost is None and gp is None) or amount(rev) == 0:
        return None
    other = cost or gp
    assert other is not None
    if fact_lookup._failed_input(ctx.index, [rev, other]) is not None or rev.doc_id != other.doc_id:
        return None
    profit = amount(rev) - amount(other) if cost else amount(other)
    value = profit / amount(rev) * 100.0
    name = " ".join(w for w in re.findall(r"[a-z]+", rev.label.lower()) if w not in ("and", "of", "the")) or "part"
    title = f"{statement_rows.row_title(rev.label, 'revenue').replace(' revenue', '')} gross margin"
    w = _Writer()
    ns = w.cite([rev, other])
    shown = fmt(value, "%")
    co = fact_sentences._possessive(ctx.company.name)
    w.add(f"{co} {title} for {period} was {shown} {_markers(ns)}.", ns)
    r, o = calc.in_scale_of(amount(rev), rev), calc.in_scale_of(amount(other), other)
    if cost:
        w.add(f"Formula: gross margin = (revenue - cost of revenue) / revenue x 100, from the \"{rev.label}\" rows "
              f"under revenue and under cost of revenue; ({r} - {o}) / {r} x 100 = {shown} {_markers(ns)}.", ns)
    else:
        w.add(f"Formula: gross margin = gross profit / revenue x 100, from the part's own rows; {o} / {r} x 100 = "
              f"{shown} {_markers(ns)}.", ns)
    del name
    w.inputs()
    return w.answer(question, "calc", title, ctx.company.name, period)


# "Are X's gross margins historically consistent (not fluctuating more than roughly 2% each year)?", "Has its
# operating margin been stable over the last three years?": a ratio's year-to-year moves over several years
_STABILITY = re.compile(r"\b(?:consistent\w*|stable|steady|stability|volatil\w*|fluctuat\w*|swings?)\b", re.I)
# the tolerance a question states for a year's move: "not fluctuating more than roughly 2% each year", "within 1
# percentage point a year", "by more than 150 basis points"
_TOLERANCE = re.compile(r"\b(?:more\s+than|over|above|exceed(?:ing|s)?|within|beyond|under|less\s+than|at\s+most)\s+"
                        r"(?:roughly\s+|about\s+|approximately\s+|around\s+|~\s*)?(\d+(?:\.\d+)?)\s*"
                        r"(%|percent(?:age)?\s+points?|percent|pp|pts?|points?|bps|basis\s+points|x\b|times\b)", re.I)
STABILITY_YEARS = 3  # years read when the question names none: the latest fiscal year and the two before


def stability_answer(question: str, index: Any, company: Company) -> Answer | None:
    """How much a ratio moved from each year to the next over several years, each year's figure cited; "Yes" /
    "No" only against the tolerance the question states (a stated "2%" for a percentage is read as 2 percentage
    points, and the answer says so), else the figures and the largest move without a verdict (refused). None when
    the question names no single ratio of mia's or fewer than three years' figures are found."""
    text = intent._CAVEAT.sub(" ", question)
    recipes = [c for c in intent._calcs_in(text) if c in calc.RECIPES]
    if len(recipes) != 1:
        return None
    q = Quantity(calc.RECIPES[recipes[0]].title, recipe=recipes[0])
    _, named_years = resolve_period(text)
    if len(named_years) >= 2:
        years = list(range(min(named_years), max(named_years) + 1))
    else:
        annual = [d.fiscal_year for d in company.docs if d.fiscal_year and not per_share_dividends._quarterly_doc(d)]
        if not annual:
            return None
        last = named_years[0] if named_years else max(annual)
        years = list(range(last - STABILITY_YEARS + 1, last + 1))
    ctx = _Context(index, company, tuple(years))
    figs: list[Figure] = []
    for y in years:
        try:
            figs.append(ctx.figure(q, f"FY{y}"))
        except MissingInput:
            if figs:
                return None  # a gap inside the span: the moves around it are unknown
    if len(figs) < 3:
        return None
    unit = figs[0].unit
    moves = [(a, b, b.value - a.value) for a, b in zip(figs, figs[1:])]
    w = _Writer()
    ns = [w.cite(f.facts) for f in figs]
    every = tuple(n for group in ns for n in group)
    per_year = "; ".join(f"{f.period} {f.shown()} {_markers(n)}" for f, n in zip(figs, ns))

    def move_text(d: float) -> str:
        return f"{calc.points(d)}" if unit == "%" else (fmt(d, unit) if d < 0 else "+" + fmt(d, unit))

    moved = "; ".join(f"{a.period} to {b.period}: {move_text(d)}" for a, b, d in moves)
    largest = max(abs(d) for _, _, d in moves)
    # the moves' arithmetic, shown as a formula (what the answer's computed figures are checked against)
    arithmetic = ("Formula: move = one year's figure - the year before's; "
                  + "; ".join(f"{b.period} - {a.period}: {b.shown()} - {a.shown()} = {move_text(d)}"
                              for a, b, d in moves)
                  + f"; largest move = {move_text(largest).lstrip('+')}")
    co = fact_sentences._possessive(company.name)
    span = f"{figs[0].period} to {figs[-1].period}"
    tol = _TOLERANCE.search(text)
    if tol is not None and (tol.group(2).lower() in ("x", "times")) != (unit == "%"):  # a multiple for a ratio, points for a percentage
        limit = float(tol.group(1)) / (100.0 if tol.group(2).lower().startswith(("bps", "basis")) else 1.0)
        read = f" (the question's {tol.group(1)}% read as percentage points of {q.title})" if tol.group(2) == "%" else ""
        said = f"{limit:g} percentage points a year{read}" if unit == "%" else f"{limit:g}{unit} a year"
        within = largest <= limit
        head = (f"{'Yes' if within else 'No'}: {co} {q.title} moved by {'at most' if within else 'as much as'} "
                f"{move_text(largest).lstrip('+')} "
                f"in a year from {span}, {'within' if within else 'more than'} {said}: {per_year}.")
        w.add(head, every)
        w.add(f"{arithmetic}; tolerance = {limit:g}{' percentage points' if unit == '%' else unit} a year, as the "
              f"question states {_markers(every)}.", every)
    else:
        head = (f"No verdict: the question states no tolerance mia can apply, so mia gives {co} {q.title} for "
                f"each year and its moves: {per_year}. Year to year: {moved}; the largest move was {move_text(largest).lstrip('+')}.")
        w.add(head, every)
        w.add(f"{arithmetic} {_markers(every)}.", every)
    if figs[0].result is not None:
        w.add(f"Formula: {_titled(q.title, figs[0].result.formula)}; "
              + "; ".join(f"{f.period}: {f.result.expression}" for f in figs if f.result) + f" {_markers(every)}.",
              every)
    w.inputs()
    a = w.answer(question, "calc", f"{q.title} over {span}", company.name, span)
    return a if tol is not None and (tol.group(2).lower() in ("x", "times")) != (unit == "%") else replace(
        a, refused=True)

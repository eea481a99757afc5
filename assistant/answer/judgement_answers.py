"""Yes/no judgements: ``judgement_answer`` (a convention's deciding figure), ``two_amounts_answer``,
``threshold_answer`` (a stated threshold), ``sign_answer`` (positive or negative), ``payouts_cover_answer`` (free
cash flow against payouts) and ``ocf_cover_answer`` (operating cash flow against its uses). Reads the modules
before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from dataclasses import replace

from ..finance import formulas as calc
from ..finance.formulas import CalcResult, MissingInput, Withdrawn, amount, fmt
from ..finance.registry import BY_NAME, METRIC_WORDS, TITLES
from ..finance.select import is_statement_page, prev_period
from ..query import intent
from ..query.definitions import Definition, parse
from ..query.intent import Request, asks_yes_no
from ..query.judgements import (
    SHARE_OF_BASE, Convention, Indicator, agreement, compared_period, decide, indicates, judgement_in, other_uses_named,
    payouts_asked,
    payouts_inverted, trend_part, verdict,
)
from ..types import Answer, Fact
from . import fact_calculations, fact_lookup, fact_sentences, render, statement_rows
from .wording import stated_threshold
from .quantities import LOOKUP, Quantity, RECIPE_FORMULAS, _fits, composed
from .company_figures import Figure, _Context
from .answer_writer import _Writer, _decline, _markers, _scale_word


_MEASURES: dict[str, tuple[str, str]] = {
    # measure name -> (title, formula in the definitions grammar)
    "capex_to_revenue": ("capital expenditure as a share of revenue", "capital expenditure / revenue x 100"),
    "fixed_asset_ratio": ("net PP&E as a share of total assets", "net pp&e / total assets x 100"),
    "quick_ratio": ("quick ratio", "(total current assets - inventory) / total current liabilities"),
    "current_ratio": ("current ratio", "total current assets / total current liabilities"),
    "revenue_growth": ("revenue growth", "(revenue - prior year revenue) / prior year revenue x 100"),
    "dividend_fcf_coverage": ("dividends paid as a share of free cash flow",
                              "dividends paid / (cash from operations - capital expenditure) x 100"),
    "payout_ratio": ("dividends paid as a share of net income", "dividends paid / net income x 100"),
    "net_income_sign": ("net income", "net income"),
    "cash_on_hand": ("cash and cash equivalents", "cash and cash equivalents"),
}


def _stems(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _names_the_judgement(d: Definition, c: Convention) -> bool:
    """Does the definition define what the judgement is about ("capital intensity" for "capital intensive")?"""
    return bool(d.name) and bool(_stems(d.name) & _stems(c.key.replace("_", " ")))


def _measure(name: str, defs: Sequence[Definition] = ()) -> Quantity:
    """A judgement's measure; with the parts or inputs the question defines put in its formula where they fit
    (``composed``)."""
    fitting = [d for d in defs if name in RECIPE_FORMULAS and _fits(name, d)]
    if fitting:
        return composed(name, fitting)
    if name in calc.RECIPES or name == "debt_to_equity":
        return Quantity(calc.RECIPES[name].title if name in calc.RECIPES else "debt-to-equity ratio", recipe=name)
    title, formula = _MEASURES[name]
    return Quantity(title, definition=Definition(title, formula, parse(formula, LOOKUP)))


def _named_formula(q: Quantity, r: CalcResult) -> str:
    """"title = formula" (a definition's result already names itself)."""
    return r.formula if q.definition is not None else f"{q.title} = {r.formula}"


def _threshold_text(c: Convention) -> str:
    if c.unit == "%":
        return f"{c.threshold:g}%"
    if c.unit == "x":
        return f"{c.threshold:.1f}x"
    return "zero"


def _pct_or_shown(q: Quantity, f: Figure) -> str:
    return fmt(f.value, "%") if (q.definition and "100" in q.definition.text) or f.unit == "%" else f.shown()


def _judged_figure(ctx: _Context, c: Convention, q: Quantity, period: str) -> Figure | None:
    """The figure that decides a judgement for one period (None: the debt-to-equity calculation found nothing)."""
    if q.recipe == "debt_to_equity":
        req = Request(company=ctx.company.name, doc_ids=ctx.company.doc_ids, years=ctx.years, period=period,
                      calculation="debt_to_equity")
        out = fact_calculations._run_calc(ctx.index, req, ctx.by_id)
        if out is None:
            return None
        r = out[1]
        return Figure(period, r.value, r.unit, tuple(r.inputs), r)
    fig = ctx.figure(q, period)
    if q.definition is not None and c.unit in ("%", "x") and fig.unit != c.unit:
        fig = replace(fig, unit=c.unit)
    return fig


def _trend_line(w: _Writer, ctx: _Context, c: Convention, q: Quantity, fig: Figure, period: str, clause: str) -> bool:
    """The judged figure of the period before beside the asked period's, and which way it moved, as the answer to
    the question's trend part (``judgements.trend_part``: "..., and were its losses getting smaller?"); False
    when the period before has no figure (the part is then said not to be answered)."""
    try:
        before = prev_period(period)
        old = _judged_figure(ctx, c, q, before)
    except (ValueError, MissingInput, Withdrawn):
        return False
    if old is None or old.unit != fig.unit:
        return False
    a, b = old.value, fig.value
    if fig.unit == "USD" and a < 0 and b < 0:
        moved = ("a loss in both periods, narrower" if abs(b) < abs(a) else
                 "a loss in both periods, wider" if abs(b) > abs(a) else "the same loss in both periods")
    elif fig.unit == "USD" and a < 0 <= b:
        moved = "from a loss to a profit"
    elif fig.unit == "USD" and b < 0 <= a:
        moved = "from a profit to a loss"
    else:
        moved = "higher" if b > a else "lower" if b < a else "unchanged"
    if a != b:
        gap = fmt(abs(b - a), "%").replace("%", " percentage points") if fig.unit == "%" else \
            replace(fig, value=abs(b - a)).shown()
        moved += f" ({'up' if b > a else 'down'} {gap})"
    shown = [f.shown() if f.unit != "%" else fmt(f.value, "%") for f in (old, fig)]
    na, nb = w.cite(old.facts), w.cite(fig.facts)
    w.add(f"On \"{clause}?\": {fact_sentences._possessive(ctx.company.name)} {q.title} was "
          f"{shown[0]} for {before} {_markers(na)} and {shown[1]} for {period} {_markers(nb)}: {moved}.", (*na, *nb))
    return True


def _year_before(w: _Writer, ctx: _Context, c: Convention, q: Quantity, period: str) -> None:
    """The deciding figure of the year before, for context, after a verdict on several indicators (capital
    intensity): "For context, for FY2024 capital expenditure as a share of revenue was 2.72% (53.2 / 1,957)".
    General rule: a judgement is read against the year before as an analyst reads it; the figure decides nothing and
    is left out when the year before has none."""
    try:
        before = prev_period(period)
        old = _judged_figure(ctx, c, q, before)
    except (ValueError, MissingInput, Withdrawn):
        return
    if old is None or old.result is None:
        return
    n = w.cite(old.facts)
    shown = fmt(old.value, "%") if old.unit == "%" else old.shown()
    w.add(f"For context, {q.title} for {before} was {shown} {_markers(n)} ({old.result.expression}).", n)


def _trend_left(a: Answer, clause: str) -> Answer:
    """A judgement whose trend part has no figure for the period before: a partial answer (mode "fallback")."""
    return replace(a, text=f"{render.PARTIAL_TEXT}\n{a.text}\nNot in the indexed reports: {clause}?", mode="fallback")


_LEASES_NAMED = re.compile(r"\bleas(?:e|es|ing)\b", re.I)


def judgement_answer(question: str, ctx: _Context, c: Convention, period: str,
                     defs: Sequence[Definition] = ()) -> Answer | None:
    """"Yes"/"No" with the deciding figure and the convention; for a convention with several indicators
    (``Convention.indicators``) a verdict only when all of them are found and agree, else the figures, what
    each indicates, and no verdict (a refused Answer: the figures are shown, the yes/no is declined)."""
    q = _measure(c.measure, defs)
    fig = _judged_figure(ctx, c, q, period)
    if fig is None:
        return None
    if c.compared and q.recipe == "payout_ratio" and fig.result is not None and len(fig.facts) == 2:
        # dividends are paid to the company's own shareholders: set against the net income attributable to them
        # when the statement prints it beside the consolidated figure (noncontrolling interests' share left out)
        owners = statement_rows.owners_row(ctx.index, fig.facts[1])
        if owners is not None and fact_lookup._failed_input(ctx.index, [owners]) is None:
            r = calc.payout_ratio(fig.facts[0], owners)
            fig = replace(fig, value=r.value, facts=tuple(r.inputs), result=r)
    yes = decide(c, fig.value)
    if (c.measure == "debt_to_equity" and _LEASES_NAMED.search(question)
            and not any(_LEASES_NAMED.search(f.label) for f in fig.facts)):
        # "Does it rely heavily on debt and lease financing?" with no lease row counted: the debt alone answers only
        # part of what is asked (and a "no" from it could be undone by the leases)
        return None
    w = _Writer()
    ns = w.cite(fig.facts)
    co = fact_sentences._possessive(ctx.company.name)
    shown = fig.shown() if fig.unit != "%" else fmt(fig.value, "%")
    how = f"Formula: {_named_formula(q, fig.result)}; {fig.result.expression}" if fig.result else "Formula: "
    if c.indicators:
        found: list[tuple[Indicator, Quantity, Figure | None]] = []
        for ind in c.indicators:
            iq = _measure(ind.measure, defs)
            try:
                found.append((ind, iq, ctx.figure(iq, period)))
            except MissingInput:
                found.append((ind, iq, None))
        said = agreement(c, fig.value, [f.value if f is not None else None for _, _, f in found])
        lines = [f"{q.title} was {shown} {_markers(ns)} ({verdict(c, fig.value)} {_threshold_text(c)}: "
                 f"{'' if yes else 'not '}{c.quality} by this measure)"]
        formulas = [(f"{how}; convention: {c.convention} {_markers(ns)}.", ns)]
        for ind, iq, f in found:
            if f is None:
                lines.append(f"{iq.title} was not found")
                continue
            n = w.cite(f.facts)
            points = indicates(ind, f.value)
            side = ("against a negative base, so beyond" if ind.measure in SHARE_OF_BASE and f.value < 0 else
                    "above" if f.value > ind.threshold else "at or below")
            limit = f"{ind.threshold:.1f}x" if ind.unit == "x" else f"{ind.threshold:g}{ind.unit}"
            lines.append(f"{iq.title} was {_pct_or_shown(iq, f)} {_markers(n)} ({side} {limit}: "
                         f"{'' if points else 'not '}{c.quality} by this measure)")
            rule = f"{_named_formula(iq, f.result)}; {f.result.expression}" if f.result else iq.title
            formulas.append((f"Formula: {rule}; convention: {ind.convention} {_markers(n)}.", n))
        against_lines, against_formulas, against_figs = _against(question, ctx, c, period, w)
        lines += against_lines
        formulas += against_formulas
        others = _named_outside(question, ctx, period, [fig, *(f for _, _, f in found if f is not None), *against_figs],
                                w)
        every = tuple(range(1, len(w.facts) + 1))
        if others:
            said = None
            head = (f"No verdict: the question asks to judge this also by {_and(t for t, _ in others)}, which none of "
                    f"the conventions mia judges whether it is {c.quality} by uses, so mia gives the figures and no "
                    f"yes or no: {'; '.join(lines + [t for _, t in others])}.")
        elif said is None:
            head = (f"No verdict: {co} figures for {period} do not all point the same way, so mia does not say "
                    f"whether it is {c.quality}: {'; '.join(lines)}.")
        else:
            head = (f"{'Yes' if said else 'No'}: {co} figures for {period} all point the same way, so by these "
                    f"conventions it is {'' if said else 'not '}{c.quality}: {'; '.join(lines)}.")
        w.add(head, every)
        for text, n in formulas:
            w.add(text, n)
        trend = trend_part(question, c)
        traced = trend is not None and _trend_line(w, ctx, c, q, fig, period, trend)
        if trend is None:
            _year_before(w, ctx, c, q, period)
        w.inputs()
        a = w.answer(question, "calc", c.key.replace("_", " "), ctx.company.name, period)
        if trend is not None and not traced:
            a = _trend_left(a, trend)
        return a if said is not None else replace(a, refused=True)
    head = (f"{'Yes' if yes else 'No'}: {co} {q.title} for {period} was {shown} {_markers(ns)}, "
            f"{verdict(c, fig.value)} the {_threshold_text(c)} threshold, so by this convention it is "
            f"{'' if yes else 'not '}{c.quality}.")
    if c.compared and fig.result is not None and len(fig.facts) == 2 and fig.unit == "%":
        # two measures compared: each figure of the period with its own citation, their ratio, the verdict computed
        # (a loss set against a payment: the payment is the larger, and no ratio of the two is meaningful)
        a, b = fig.facts
        yes = amount(a) > amount(b)
        said = [f"{TITLES.get(f.metric or '', f.label)} of {fact_sentences._value_text(f, ctx.scale, _scale_word(ctx.scale))} "
                f"[{n}]" for f, n in zip((a, b), ns)]
        ratio = (f"{q.title} {shown}, {verdict(c, fig.value)} {_threshold_text(c)}" if amount(b) > 0 else
                 f"no {q.title} is meaningful against a loss")
        head = (f"{'Yes' if yes else 'No'}: {co} {said[0]} for {period} set against its {said[1]}: {ratio}, so it "
                f"was {'' if yes else 'not '}{c.quality}.")
    others = [] if c.compared else _named_outside(question, ctx, period, [fig], w)
    if others:
        head = (f"No verdict: the question asks to judge this also by {_and(t for t, _ in others)}, which the "
                f"convention mia judges whether it is {c.quality} by does not use, so mia gives the figures and no "
                f"yes or no: {co} {q.title} for {period} was {shown} {_markers(ns)} ({verdict(c, fig.value)} the "
                f"{_threshold_text(c)} threshold); {'; '.join(t for _, t in others)}.")
    w.add(head, ns + tuple(n for n in range(len(ns) + 1, len(w.facts) + 1)))
    if c.measure == "debt_to_equity" and fig.result is not None and len(fig.facts) >= 2 and not others:
        # the two amounts the ratio sets against each other, said as amounts (the debt rows added up), each cited
        debt, equity = fig.facts[:-1], fig.facts[-1]
        total = Figure(period, sum(amount(f) for f in debt), "USD", tuple(debt), scale=equity.scale or 1e6)
        eq = Figure(period, amount(equity), "USD", (equity,), scale=equity.scale or 1e6)
        w.add(f"Total debt was {total.shown(tenths=True)} {_markers(ns[:-1])} against total equity of "
              f"{eq.shown(tenths=True)} {_markers(ns[-1:])}.", ns)
        if len(debt) > 1:  # the sum is computed: its formula shows it from the rows cited
            parts = [replace(total, value=amount(f)).shown(tenths=True).lstrip("$") for f in debt]
            word = calc.SCALE_WORDS.get(total.scale, "")
            parts = [p[: -len(word) - 1] if word and p.endswith(" " + word) else p for p in parts]
            w.add(f"Formula: total debt = {' + '.join(parts)} = {total.shown(tenths=True).lstrip('$')} "
                  f"{_markers(ns[:-1])}.", ns[:-1])
    if c.measure == "debt_to_equity" and fig.value < 0 and not others:
        # debt against a stockholders' deficit (``judgements.SHARE_OF_BASE``): the negative ratio is said for what it is
        w.add(f"Its total equity was below zero (a stockholders' deficit: liabilities exceed assets), so the debt is "
              f"carried against no shareholders' equity at all and no ratio at or below {_threshold_text(c)} is "
              f"possible {_markers(ns)}.", ns)
    w.add(f"{how}; convention: {c.convention} ({_threshold_text(c)}) {_markers(ns)}.", ns)
    for s in c.support:
        sq = _measure(s)
        try:
            sf = ctx.figure(sq, period)
        except (MissingInput, Withdrawn):  # context only: a figure not found or withdrawn is left out, never the verdict
            continue
        sn = w.cite(sf.facts)
        w.add(f"For context, {sq.title} was {_pct_or_shown(sq, sf)} {_markers(sn)}.", sn)
        if sf.result is not None and len(sf.facts) > 1:  # one row read as it is printed has no formula to show
            w.add(f"Formula: {_named_formula(sq, sf.result)}; {sf.result.expression} {_markers(sn)}.", sn)
    trend = trend_part(question, c)
    traced = trend is not None and _trend_line(w, ctx, c, q, fig, period, trend)
    w.inputs()
    a = w.answer(question, "calc", c.key.replace("_", " "), ctx.company.name, period)
    if others:
        a = replace(a, refused=True)
    return _trend_left(a, trend) if trend is not None and not traced else a


def _against(question: str, ctx: _Context, c: Convention, period: str, w: _Writer
             ) -> tuple[list[str], list[tuple[str, tuple[int, ...]]], list[Figure]]:
    """The figures a judgement question sets the deciding numerator against (``Convention.against``: "capital
    expenditure ... compared with depreciation"), each as numerator / the figure the question names, with its
    reading and its convention: (lines, formula lines with their markers, figures). General rule: a comparison the
    convention reads as context is computed from the figure the question names (its own words: "depreciation" is
    not "depreciation and amortization"), shown with what it means, and decides nothing; one not found is said to be
    not found (and, named as a figure, leaves the verdict open: ``_named_outside``)."""
    lines: list[str] = []
    formulas: list[tuple[str, tuple[int, ...]]] = []
    figs: list[Figure] = []
    for a in c.against:
        named = [m.group(1) for m in re.finditer(a.words, question, re.I)]
        if not named:
            continue
        words = re.sub(r"\s+", " ", max(named, key=len).lower())
        title = f"{a.numerator} against {words}"
        formula = f"{a.numerator} / {words}"
        try:
            q = Quantity(title, definition=Definition(title, formula, parse(formula, LOOKUP)))
            f = ctx.figure(q, period)
        except (MissingInput, Withdrawn, ValueError):
            lines.append(f"{title} was not found")
            continue
        if f.result is None:
            continue
        n = w.cite(f.facts)
        lines.append(f"{title} was {fmt(f.value, 'x')} {_markers(n)} ({a.reading[0] if f.value > 1.0 else a.reading[1]})")
        formulas.append((f"Formula: {_named_formula(q, f.result)}; {f.result.expression}; convention: {a.convention} "
                         f"{_markers(n)}.", n))
        figs.append(f)
    return lines, formulas, figs


def _and(words: "Sequence[str] | Any") -> str:
    items = list(words)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _named_outside(question: str, ctx: _Context, period: str, figs: "list[Figure]", w: _Writer) -> list[tuple[str, str]]:
    """The statement figures a judgement question names that none of the deciding figures is computed from
    ("Would you call Contoso asset heavy, judging by its capex against its depreciation and amortization?":
    depreciation and amortization), each as (title, "title was <value> [n]") with the figure
    looked up and cited in ``w`` ("title was not found" when it is not). General rule: a judgement is decided by
    what the question asks it to be judged by; a measure it names that mia's conventions do not use leaves the
    verdict open, and the answer gives the figures without a yes or no."""
    used = {f.metric for fig in figs for f in fig.facts if f.metric}
    out: list[tuple[str, str]] = []
    for m in intent.metrics_in(question):
        if m in used or m not in BY_NAME or BY_NAME[m].kind == "rate":
            continue
        title = TITLES.get(m, m.replace("_", " "))
        try:
            f = ctx.figure(Quantity(title, metric=m), period)
        except MissingInput:
            out.append((title, f"{title} was not found"))
            continue
        n = w.cite(f.facts)
        out.append((title, f"{title} was {_pct_or_shown(Quantity(title, metric=m), f)} {_markers(n)}"))
    return out


# two amounts of one period compared in a yes/no: "Did Contoso's capital expenditure exceed its depreciation and
# amortization in 2025?", "Was its net income higher than its operating cash flow?"
_MORE_THAN = re.compile(r"\b(?:more|greater|higher|larger|bigger)\b[^?]{0,80}?\bthan\b|\b(?:exceed|surpass|outstrip)\w*"
                        r"|\babove\b", re.I)
_LESS_THAN = re.compile(r"\b(?:less|lower|smaller|fewer)\b[^?]{0,80}?\bthan\b|\bbelow\b|\bf[ae]ll\s+short\s+of\b", re.I)
# a comparison of moves, rates or shares is not one of two amounts
_NOT_AMOUNTS = re.compile(r"\b(?:grow\w*|grew|faster|slower|increas\w*|decreas\w*|rise|rose|rising|fell|fall\w*|"
                          r"declin\w*|chang\w*|margins?|ratios?|percent\w*|share\s+of|times|per\s+share|"
                          r"average|combined|plus|together|and\s+(?:its\s+)?(?:share\s+)?(?:buybacks?|repurchases?))\b"
                          r"|%", re.I)


def _first_mention(question: str, metric: str) -> int | None:
    q = question.lower().replace("’", "'")
    at = [m.start() for p in METRIC_WORDS.get(metric, ()) for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}s?(?![a-z0-9])", q)]
    return min(at) if at else None


def two_amounts_answer(question: str, ctx: _Context, period: str) -> Answer | None:
    """"Yes"/"No" for a yes/no question comparing two amounts of the same period ("Did its capital expenditure exceed
    its depreciation and amortization?"), each looked up on its statement and cited, the verdict computed from the
    two amounts in the direction asked. General rule: a comparison of two measures is decided only by both figures,
    never by one of them; None when the question is not two amounts of one kind (a move, a rate, a share, a sum of
    payouts), and a refusal naming the figure not found when one of them is missing."""
    if not asks_yes_no(question) or _NOT_AMOUNTS.search(question) or judgement_in(question) is not None:
        return None
    more, less = _MORE_THAN.search(question), _LESS_THAN.search(question)
    if bool(more) == bool(less):
        return None
    metrics = intent.metrics_in(question)
    if len(metrics) != 2 or any(m not in BY_NAME or BY_NAME[m].kind == "rate" for m in metrics):
        return None
    if BY_NAME[metrics[0]].kind != BY_NAME[metrics[1]].kind:
        return None  # a flow and a balance are no two amounts of one period
    at = {m: _first_mention(question, m) for m in metrics}
    if any(v is None for v in at.values()):
        return None
    a_m, b_m = sorted(metrics, key=lambda m: at[m])
    word = (more or less)
    if not (at[a_m] < word.end() and word.start() < at[b_m] + 1 or at[a_m] < word.start() < at[b_m]):
        return None  # the comparison word must stand between the two measures ("A exceeded B", "more A than B")
    try:
        figs = [ctx.figure(Quantity(TITLES.get(m, m.replace("_", " ")), metric=m), period) for m in (a_m, b_m)]
    except MissingInput as e:
        return _decline(question, f"both figures are needed to compare them, and {', '.join(e.missing)} was not "
                                  f"found", ctx.company.name, period)
    fa, fb = figs
    va, vb = (amount(f.facts[0]) if len(f.facts) == 1 else f.value for f in figs)
    if len(fa.facts) != 1 or len(fb.facts) != 1 or round(va, 6) == round(vb, 6):
        return None
    yes = va > vb if more else va < vb
    w = _Writer()
    na, nb = w.cite(fa.facts), w.cite(fb.facts)
    co = fact_sentences._possessive(ctx.company.name)
    rel = "more" if va > vb else "less"
    compared = (f"{co} {TITLES.get(a_m, a_m)} for {period} was "
                f"{fact_sentences._value_text(fa.facts[0], ctx.scale, _scale_word(ctx.scale))} {_markers(na)}, {rel} "
                f"than its {TITLES.get(b_m, b_m)} of "
                f"{fact_sentences._value_text(fb.facts[0], ctx.scale, _scale_word(ctx.scale))} {_markers(nb)}")
    asked = premise_asked(question, word.start())
    if asked is not None:
        # the comparison is the question's premise, not what it asks: the figures check the premise, and the
        # judgement asked of it ("is that a warning sign?") is no comparison of two amounts
        w.add(f"No verdict: the question states this comparison as its premise, and the figures "
              f"{'bear it out' if yes else 'do not bear it out'}: {compared} (compared as amounts of the same "
              f"period). Whether that answers \"{asked}\" is a judgement that these two amounts alone do not "
              f"decide, so mia gives no yes or no.", na + nb)
        w.inputs()
        a = w.answer(question, "facts", f"{TITLES.get(a_m, a_m)} against {TITLES.get(b_m, b_m)}", ctx.company.name,
                     period)
        return replace(a, refused=True)
    w.add(f"{'Yes' if yes else 'No'}: {compared} (compared as amounts of the same period).", na + nb)
    w.inputs()
    return w.answer(question, "facts", f"{TITLES.get(a_m, a_m)} against {TITLES.get(b_m, b_m)}", ctx.company.name,
                    period)


# a sentence ends at ".", "!" or "?" before a space and a capital, a digit or a quote (never inside "1.5" or "U.S.")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\]’”\"'][.!?])\s+(?=[A-Z0-9“\"‘'])")


def premise_asked(question: str, at: int) -> str | None:
    """The sentence a question asks, when the words at offset ``at`` stand in an earlier sentence of its own that
    states something rather than asks it ("Contoso's payables topped its cash and receivables when fiscal 2026
    closed. Is that a concern?" -> "Is that a concern?"); None when they stand in the asked sentence itself. General
    rule: a statement the question makes is its premise, never its answer: the comparison it states is checked
    against the figures, and a yes/no asked of it is not decided by that comparison."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(question))]
    sentences = [(s, (starts[i + 1] if i + 1 < len(starts) else len(question))) for i, s in enumerate(starts)]
    asking = [(s, e) for s, e in sentences if "?" in question[s:e]]
    if not asking:
        return None
    here = next(((s, e) for s, e in sentences if s <= at < e), None)
    if here is None or here[0] > asking[-1][0]:
        return None
    if "?" in question[here[0]:here[1]]:
        # "Given that X exceeded Y, is that a concern?": a granting clause before the asked one is a premise too
        granted = _GRANTED.match(question, here[0])
        if granted is None or at >= granted.end():
            return None
        return question[granted.end():here[1]].strip()
    return question[asking[-1][0]:asking[-1][1]].strip()


_GRANTED = re.compile(r"\s*(?:given(?:\s+that)?|considering(?:\s+that)?|since|although|though|because|knowing\s+that|"
                      r"seeing\s+that)\b[^,?;]*,", re.I)


def threshold_answer(question: str, ctx: _Context, q: Quantity, period: str) -> Answer | None:
    """"Did X have a current ratio above 1.0 at June 30, 2026?": the ratio computed, compared with the threshold
    the question states, "Yes"/"No" with the figure, its inputs and the comparison. General rule: a yes/no question
    that states its own threshold is answered against that threshold; the threshold's unit must be the figure's
    (a percentage for a margin; a multiple, or a bare number, for a ratio), else no verdict (None)."""
    said = stated_threshold(question)
    if said is None:
        return None
    op, limit, unit = said
    fig = ctx.figure(q, period)
    if fig.unit not in ("%", "x") or (unit and unit != fig.unit) or (fig.unit == "%" and not unit):
        return None
    v = round(fig.value, 2 if fig.unit == "x" else 1)  # the figure as shown decides, as a reader compares it
    yes = {">": v > limit, ">=": v >= limit, "<": v < limit, "<=": v <= limit}[op]
    shown_limit = fmt(limit, fig.unit) if fig.unit == "%" else f"{limit:.2f}x".replace(".00x", ".0x")
    relation = "above" if v > limit else "below" if v < limit else "equal to"
    w = _Writer()
    ns = w.cite(fig.facts)
    co = fact_sentences._possessive(ctx.company.name)
    asked = {">": "above", ">=": "at least", "<": "below", "<=": "at most"}[op]
    w.add(f"{'Yes' if yes else 'No'}: {co} {q.title} for {period} was {fig.shown()} {_markers(ns)}, {relation} "
          f"{shown_limit}, so it was {'' if yes else 'not '}{asked} {shown_limit} as the question asks.", ns)
    if fig.result is not None:
        w.add(f"Formula: {fig.result.formula}; {fig.result.expression}; threshold {asked} {shown_limit}, as the "
              f"question states {_markers(ns)}.", ns)
    w.inputs()
    return w.answer(question, "calc" if fig.result else "facts", q.title, ctx.company.name, period)


# "Did it have positive shareholders' equity?", "Was its operating cash flow negative?", "Does it report a
# stockholders' deficit?": the sign of one reported figure
_SIGN_ASKED = re.compile(r"\b(positive|negative)\b|\b(?:a|an|in)\s+(?:(?:total\s+)?(?:stockholders|shareholders|"
                         r"shareowners)['’]?\s+)?(deficit)\b", re.I)


# "a positive impact on revenue", "a negative effect", "positive growth": the sign of something else than the figure
_SIGN_OF_OTHER = re.compile(r"\b(?:positive|negative)\s+(?:\w+\s+)?(?:impact|effect|contribution|influence|outlook|"
                            r"sentiment|trend|momentum|growth|change|news|view|surprise|territory)\b|\b(?:impact\w*|"
                            r"effect|affect\w*|contribut\w*)\b", re.I)


def sign_answer(question: str, ctx: _Context, q: Quantity, period: str) -> Answer | None:
    """A yes/no asking whether a reported figure (a row, not a ratio) was positive or negative ("Did Contoso have
    positive shareholders' equity at the end of fiscal 2025?", "Was Northwind's operating cash flow negative in
    2024?", "Does it report a stockholders' deficit?": equity below zero) gets "Yes"/"No" from the sign of the
    period's row, cited; a figure of zero, or a question asking both signs, gets none (None). An amount the question
    defines ("was its tangible equity (equity minus goodwill and intangibles) positive?") is judged the same way
    from the computed amount, with its formula and every input cited (session 24)."""
    m = [x for x in _SIGN_ASKED.finditer(question)]
    wants = {(x.group(1) or "negative").lower() for x in m}
    if len(wants) != 1 or (any(x.group(2) for x in m) and q.metric != "total_equity"):
        return None
    if _SIGN_OF_OTHER.search(question):
        return None
    fig = ctx.figure(q, period)
    if not fig.value or fig.unit != "USD" or any(re.search(r"\bdeficit\b", f.label, re.I)
                                                  and not re.search(r"\bequity\b", f.label, re.I) for f in fig.facts):
        return None  # "Total stockholders' deficit 412": a deficit printed without its sign is not read
    sign = "positive" if fig.value > 0 else "negative"
    w = _Writer()
    ns = w.cite(fig.facts)
    said = ("a stockholders' deficit" if q.metric == "total_equity" and sign == "negative" else sign)
    verdict = "Yes" if sign in wants else "No"
    w.add(f"{verdict}: {fact_sentences._possessive(ctx.company.name)} {q.title} for {period} was {fig.shown(tenths=True)} "
          f"{_markers(ns)}, {said}.", ns)
    if q.definition is not None and fig.result is not None:
        # an amount the question defines: its formula and each input cited, the sign the computed figure's
        w.add(f"Formula: {_named_formula(q, fig.result)}; {fig.result.expression} {_markers(ns)}.", ns)
    else:
        w.add(f"Reported as \"{fig.facts[0].label}\" {_markers(ns)}.", ns)
    try:  # the period before, for context ("down from positive equity of $187 million a year earlier")
        before = ctx.figure(q, prev_period(period))
    except (MissingInput, Withdrawn):
        before = None
    if before is not None and before.unit == fig.unit and before.facts:
        bn = w.cite(before.facts)
        w.add(f"For {before.period} it was {before.shown(tenths=True)} {_markers(bn)}.", bn)
    if q.definition is not None:
        w.inputs()
        return w.answer(question, "calc", q.title, ctx.company.name, period)
    return w.answer(question, "facts", q.title, ctx.company.name, period, inputs=fig.facts)


_PAYOUT_WORDS = {"dividends_paid": "dividends", "share_repurchases": "share repurchases",
                 "acquisitions_paid": "acquisitions"}
_ACQUISITION_WORDS = re.compile(r"^(?:acquisitions?|acquir\w+|purchases?\s+of\s+(?:a\s+)?(?:business|businesses|"
                                r"companies|company))$")
# a deal the question names: "the Brightwater acquisition", "its acquisition of Halden Labs"
_NAMED_DEAL = re.compile(r"\bthe\s+((?:[A-Z][\w&\-]*\s+){1,3})acquisition\b|\bacquisition\s+of\s+"
                         r"((?:[A-Z][\w&\-]*(?:\s+|$)){1,3})")


def _deal_said(ctx: "_Context", question: str, row: Fact) -> bool:
    """A deal the question names by its name is set against free cash flow with the year's acquisitions row only
    when the company's filing says that deal cost that amount (a sentence naming the deal and printing the row's
    figure: "We paid $1,012.4 million, net of cash acquired, for Brightwater"); a question naming no deal takes the
    row as it is. General rule: the row of all the year's acquisitions is not passed off as one deal's price."""
    m = _NAMED_DEAL.search(question)
    if m is None:
        return True
    name = (m.group(1) or m.group(2) or "").split()[0]
    want = abs(row.value) * (row.scale or 1.0)

    def states(sent: str) -> bool:  # the row's amount printed in the sentence, in any scale, to its printed precision
        for n in re.finditer(r"\$\s?(\d[\d,]*(?:\.(\d+))?)\s*(million|billion|thousand)?", sent):
            scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get((n.group(3) or "").lower(), row.scale or 1.0)
            value = float(n.group(1).replace(",", "")) * scale
            if abs(value - want) <= 0.5 * 10 ** -len(n.group(2) or "") * scale:
                return True
        return False

    for d in ctx.company.docs:
        pages = set(range(1, (d.pages or 0) + 1)) | {f.page for f in ctx.index.facts(doc_ids=[d.doc_id])}
        for p in sorted(pages):
            text = ctx.index.page_text(d.doc_id, p)
            if text is None:
                continue
            for sent in re.split(r"(?<=[.;])\s+", " ".join(text.split())):
                if name in sent and states(sent):
                    return True
    return False


def payouts_cover_answer(question: str, ctx: _Context, period: str, defs: Sequence[Definition] = ()) -> Answer | None:
    """"Was free cash flow enough to cover dividends and buybacks?": free cash flow (cash from operations less
    capital expenditure, or the question's own definition of it) set against the cash the question's payouts
    took (``judgements.payouts_asked``: dividends paid, share repurchases, or both for "shareholder returns"),
    each row read from the period's cash-flow statement and checked on its page. "Yes"/"No" with both figures,
    each payout, the coverage multiple and the convention; never a bare yes or no. A payout asked for whose row is
    not found gives the figures found and no verdict (refused): a missing row is not a zero. None when free cash
    flow cannot be computed."""
    asked = payouts_asked(question)
    if not asked:
        return None
    fcf_defs = [d for d in defs if d.name and LOOKUP(d.name) == "free_cash_flow"]
    if len(fcf_defs) != len(defs):
        return _decline(question, f"the question defines \"{defs[0].name or defs[0].text}\", which the free cash "
                                  "flow cover of payouts has no place for", ctx.company.name, period)
    fq = (Quantity("free cash flow", definition=fcf_defs[-1]) if fcf_defs
          else Quantity(calc.RECIPES["free_cash_flow"].title, recipe="free_cash_flow"))
    try:
        fcf = ctx.figure(fq, period)
    except MissingInput:
        return None
    bare = _Context(ctx.index, ctx.company, ctx.years, ctx.scale)  # the question's "cover" is no qualifier
    paid: list[tuple[str, Figure | None]] = []
    for metric in asked:
        try:
            f = bare.figure(Quantity(TITLES.get(metric, metric), metric=metric), period)
        except MissingInput:
            f = None
        if f is not None and any(x.page != fcf.facts[0].page or x.doc_id != fcf.facts[0].doc_id for x in f.facts) \
                and not all(is_statement_page(ctx.index, x.doc_id, x.page) for x in f.facts):
            f = None  # a payout read off a discussion table is not set against the statement's cash flows
        paid.append((metric, f))
    w = _Writer()
    nf = w.cite(fcf.facts)
    co = fact_sentences._possessive(ctx.company.name)
    found = [(m, f) for m, f in paid if f is not None]
    missing = [m for m, f in paid if f is None]
    scale = fcf.scale
    word = calc.SCALE_WORDS.get(scale, "")

    def money(x: float) -> str:
        return f"{'-' if x < 0 else ''}${fmt(abs(x) / scale)}{(' ' + word) if word else ''}"

    def plain(x: float) -> str:
        return f"{fmt(x / scale)}{(' ' + word) if word else ''}"

    each = [(m, f, w.cite(f.facts)) for m, f in found]
    total = sum(abs(f.value) for _, f, _ in each)
    listed = " and ".join(f"{_PAYOUT_WORDS[m]} ({money(abs(f.value))} {_markers(n)})" for m, f, n in each)
    every = tuple(range(1, len(w.facts) + 1))
    how = f"Formula: {_fcf_formula(fq, fcf)}"
    others = other_uses_named(question)
    if others and all(_ACQUISITION_WORDS.match(o) for o in others):
        # acquisitions named beside the payouts: the cash-flow statement's acquisitions row, on free cash flow's page,
        # is one more use of cash (``_deal_said`` for a deal named by its name); without it, no verdict as before
        try:
            acq = bare.figure(Quantity(TITLES.get("acquisitions_paid", "acquisitions"), metric="acquisitions_paid"),
                              period)
        except MissingInput:
            acq = None
        if (acq is not None and len(acq.facts) == 1 and acq.facts[0].doc_id == fcf.facts[0].doc_id
                and acq.facts[0].page == fcf.facts[0].page and _deal_said(ctx, question, acq.facts[0])):
            each.append(("acquisitions_paid", acq, w.cite(acq.facts)))
            total += abs(acq.value)
            listed = " and ".join(f"{_PAYOUT_WORDS[m]} ({money(abs(f.value))} {_markers(n)})" for m, f, n in each)
            every = tuple(range(1, len(w.facts) + 1))
            others = ()
    if missing or others:  # no verdict: a payout row not found, or a use of cash mia does not read is named
        why = (f"mia found no {' and '.join(_PAYOUT_WORDS[m] for m in missing)} row for {period} on its cash-flow "
               f"statement, so it does not say whether free cash flow covered them." if missing else
               f"the question also names {' and '.join(dict.fromkeys(others))}, which mia does not set against free "
               f"cash flow, so it does not say whether free cash flow covered them all.")
        w.add(f"No verdict: {co} free cash flow for {period} was {money(fcf.value)} {_markers(nf)}"
              + (f"; it paid {listed}" if each else "") + f", but {why}", every)
        w.add(f"{how} {_markers(nf)}.", nf)
        w.inputs()
        return replace(w.answer(question, "calc", "free cash flow cover of payouts", ctx.company.name, period),
                       refused=True)
    covered = fcf.value > 0 and fcf.value >= total
    # "Did dividends and buybacks exceed free cash flow?": the question's yes is the payouts NOT covered
    yes = (not covered) if payouts_inverted(question) else covered
    what = listed if len(each) > 1 else listed
    if len(each) > 1:
        sum_said = f"the {money(total)} it paid in {what}"
    else:
        sum_said = f"the {money(total)} it paid in {_PAYOUT_WORDS[each[0][0]]} {_markers(each[0][2])}"
    if fcf.value <= 0:
        head = (f"{'Yes' if yes else 'No'}: {co} free cash flow for {period} was {money(fcf.value)} {_markers(nf)}, so "
                f"it covered none of {sum_said}.")
    else:
        times = fcf.value / total if total else None
        head = (f"{'Yes' if yes else 'No'}: {co} free cash flow for {period} was {money(fcf.value)} "
                f"{_markers(nf)}, {'more than' if fcf.value > total else 'equal to' if fcf.value == total else 'less than'} "
                f"{sum_said}"
                + (f" (cover {times:,.2f}x; the payouts were {fmt(total / fcf.value * 100.0, '%')} of free cash flow)"
                   if times else "") + ".")
    w.add(head, every)
    arithmetic = f"{how}"
    if len(each) > 1:
        arithmetic += f"; payouts = {' + '.join(plain(abs(f.value)) for _, f, _ in each)} = {plain(total)}"
    if total and fcf.value > 0:
        arithmetic += (f"; cover = {plain(fcf.value)} / {plain(total)} = {fcf.value / total:,.2f}x; payouts / free "
                       f"cash flow = {plain(total)} / {plain(fcf.value)} x 100 = {fmt(total / fcf.value * 100.0, '%')}")
    w.add(f"{arithmetic}; convention: payouts are covered when free cash flow is at least the cash paid out in them "
          f"{_markers(every)}.", every)
    if compared_period(question):
        # "..., and how did the cushion compare with FY2024?": the same figures for the period before, each cited
        _cover_before(w, ctx, bare, fq, fcf, [m for m, _, _ in each], period, money, plain)
    w.inputs()
    return w.answer(question, "calc", "free cash flow cover of payouts", ctx.company.name, period)


def _cover_before(w: _Writer, ctx: _Context, bare: _Context, fq: Quantity, fcf: Figure, metrics: list[str],
                  period: str, money: Any, plain: Any) -> None:
    """Free cash flow against the same payouts for the period before the asked one, each figure cited, with the
    cover; nothing when any of them is not found on that period's cash-flow statement (a missing row is no zero)."""
    try:
        before = prev_period(period)
        old = ctx.figure(fq, before)
        paid = [bare.figure(Quantity(TITLES.get(m, m), metric=m), before) for m in metrics]
    except (ValueError, MissingInput, Withdrawn):
        return
    if any(x.doc_id != old.facts[0].doc_id or x.page != old.facts[0].page for f in paid for x in f.facts) and not all(
            is_statement_page(ctx.index, x.doc_id, x.page) for f in paid for x in f.facts):
        return
    total = sum(abs(f.value) for f in paid)
    nf = w.cite(old.facts)
    ns = [w.cite(f.facts) for f in paid]
    listed = " and ".join(f"{_PAYOUT_WORDS[m]} ({money(abs(f.value))} {_markers(n)})" for m, f, n in zip(metrics, paid, ns))
    cover = (f", a cover of {old.value / total:,.2f}x (the payouts were {fmt(total / old.value * 100.0, '%')} of free "
             f"cash flow)" if total and old.value > 0 else "")
    covered = old.value > 0 and old.value >= total
    w.add(f"For {before}: free cash flow was {money(old.value)} {_markers(nf)} against {listed}{cover}, so the payouts "
          f"were {'' if covered else 'not '}covered. Formula: {_fcf_formula(fq, old)} {_markers(nf)}.",
          (*nf, *(k for n in ns for k in n)))


def _fcf_formula(fq: Quantity, fig: Figure) -> str:
    """"free cash flow = <formula>; <expression>" (a definition's formula names itself already)."""
    if fig.result is None:
        return f"free cash flow = {fq.title}; {fmt(fig.value / fig.scale)}"
    formula = fig.result.formula
    return f"{formula if formula.startswith('free cash flow =') else 'free cash flow = ' + formula}; {fig.result.expression}"


# "Did its operating cash flow cover its net capital expenditures plus dividends and share repurchases?"
_OCF = r"(?:operating\s+cash\s+flows?|cash\s+flows?\s+from\s+operations|cash\s+(?:provided\s+by|from|generated\s+by)\s+" \
       r"(?:its\s+)?operat\w+(?:\s+activities)?)"
_OCF_COVER = re.compile(rf"{_OCF}\b[^?]*?\b(?:cover\w*|enough|sufficient|fund\w*|pay\s+for|exceed\w*)\b", re.I)
_USES = (("capital_expenditure", r"\b(?:capital\s+(?:expenditures?|spending)|capex)\b"),
         ("dividends_paid", r"\bdividends?\b"),
         ("share_repurchases", r"\b(?:buy-?backs?|(?:share|stock)\s+repurchases?|repurchas\w+)\b"),
         ("acquisitions_paid", r"\bacquisitions?\b"))
_PROCEEDS = re.compile(r"^proceeds\s+from\s+(?:the\s+)?(?:sales?|disposals?|dispositions?)\s+of\s+(?:revenue\s+)?"
                       r"(?:property|equipment|assets|fixed\s+assets|property,\s+plant)", re.I)


def ocf_cover_answer(question: str, ctx: _Context, period: str) -> Answer | None:
    """"Did operating cash flow cover its (net) capital expenditures, dividends and buybacks?": cash from operations
    set against the sum of the uses the question names, each read from the same cash-flow statement page ("net"
    capital expenditures: the purchases less the proceeds from sales of property or equipment printed there). Yes/No
    with every figure, the sum and the cover. None when a use named is not found on that page, a use mia does not
    read is named (debt repayment, interest), or "net" capital expenditures lack a proceeds row: never a verdict
    over part of what was asked."""
    if other_uses_named(re.sub(r"\bacquisitions?\b", " ", question, flags=re.I)):
        return None
    named = [m for m, rx in _USES if re.search(rx, question, re.I)]
    if not named:
        return None
    bare = _Context(ctx.index, ctx.company, ctx.years, ctx.scale)
    try:
        ocf = bare.figure(Quantity("cash from operations", metric="cash_from_operations"), period)
    except MissingInput:
        return None
    page = (ocf.facts[0].doc_id, ocf.facts[0].page)
    uses: list[tuple[str, float, tuple[Fact, ...]]] = []
    for metric in named:
        try:
            f = bare.figure(Quantity(TITLES.get(metric, metric), metric=metric), period)
        except MissingInput:
            return None
        if any((x.doc_id, x.page) != page for x in f.facts):
            return None
        uses.append((metric, abs(f.value), f.facts))
    net = re.search(r"\bnet\s+(?:capital\s+(?:expenditures?|spending)|capex)\b", question, re.I)
    proceeds: Fact | None = None
    if net and "capital_expenditure" in named:
        rows = [f for f in ctx.index.facts(period=period, doc_ids=[page[0]])
                if f.page == page[1] and f.period == period and f.kind == "table" and _PROCEEDS.search(f.label)]
        if len({round(f.absolute, 6) for f in rows}) != 1:
            return None
        proceeds = rows[0]
    w = _Writer()
    no = w.cite(ocf.facts)
    scale = ocf.scale
    word = calc.SCALE_WORDS.get(scale, "")

    def money(x: float) -> str:
        return f"${fmt(abs(x) / scale)}{(' ' + word) if word else ''}"

    parts, terms, total, netted = [], [], 0.0, ""
    for metric, value, facts in uses:
        ns = w.cite(facts)
        if metric == "capital_expenditure" and proceeds is not None:
            pn = w.cite([proceeds])
            value -= abs(proceeds.absolute)
            parts.append(f"net capital expenditures ({money(value)}: {money(value + abs(proceeds.absolute))} "
                         f"{_markers(ns)} less {money(proceeds.absolute)} of {proceeds.label.lower()} {_markers(pn)})")
            netted = (f"net capital expenditures = {fmt((value + abs(proceeds.absolute)) / scale)} - "
                      f"{fmt(abs(proceeds.absolute) / scale)} = {fmt(value / scale)}; ")
            terms.append(fmt(value / scale))
        else:
            parts.append(f"{_PAYOUT_WORDS.get(metric, TITLES.get(metric, metric))} ({money(value)} {_markers(ns)})")
            terms.append(fmt(value / scale))
        total += value
    covered = ocf.value > 0 and ocf.value >= total
    every = tuple(range(1, len(w.facts) + 1))
    co = fact_sentences._possessive(ctx.company.name)
    w.add(f"{'Yes' if covered else 'No'}: {co} cash from operations for {period} was {money(ocf.value)} {_markers(no)}, "
          f"{'more than' if ocf.value > total else 'equal to' if ocf.value == total else 'less than'} the "
          f"{money(total)} of {', '.join(parts[:-1]) + ' and ' + parts[-1] if len(parts) > 1 else parts[0]}.", every)
    cover = f"; cover = {fmt(ocf.value / scale)} / {fmt(total / scale)} = {ocf.value / total:,.2f}x" if total else ""
    w.add(f"Formula: {netted}uses = {' + '.join(terms)} = {fmt(total / scale)}{(' ' + word) if word else ''}{cover}; "
          f"convention: the uses are covered when cash from operations is at least their sum {_markers(every)}.",
          every)
    w.inputs()
    return w.answer(question, "calc", "operating cash flow cover", ctx.company.name, period)

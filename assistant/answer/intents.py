"""Question understanding on the facts path: whom a question is about, what it asks of which figure, and how.

``answer_question`` reads the companies a question names (their names, names without legal suffixes,
initialisms and the trading symbols on their covers: ``query.entities``), a definition it states
(``query.definitions``), a yes/no judgement it asks (``query.judgements``) and what it asks of the figure (level,
change, growth rate, direction, a comparison of two companies: ``query.intent``), then computes the answer from the
facts of that company's documents only. Questions it does not read this way go to ``facts_path.answer_from_facts``
pinned to the company found. It returns None when the question names no company of the index (so no other
company's figures are shown) or when the facts path does not apply; a refusing Answer when a stated definition
cannot be read or computed (no formula of mia's own replaces it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..finance import debt as debts
from ..finance import formulas as calc
from ..finance.formulas import CalcResult, MissingInput, Withdrawn, amount, fmt
from ..finance.registry import (BY_NAME, METRIC_WORDS, TITLES, cash_direction, label_tokens, metric_for_phrase,
                                normalise_metric, other_item_words)
from ..finance.select import (Pick, pick_fact, prev_period, row_on_statement, row_statement_kind,
                              statement_page_kind, statement_strength_of)
from ..finance.statements import page_scales
from ..query import intent
from ..query.definitions import (Definition, Input, Node, Num, Op, Unparsed, and_labels, evaluate, find_definitions,
                                 ROW, input_qualifier, list_sum,
                                 is_row_input, parse, phrase_lookup, stated_inputs, states_definition, states_unread_definition,
                                 unit_asked, without_definitions, without_own_exclusions)
from ..query.entities import Company, companies, named_companies
from ..query.several import measures_asked
from ..text.names import squash
from ..text.numbers import parse_numbers
from ..text.planted import strip_planted
from ..text.sentences import sentence_spans
from ..query.intent import Asked, Request, asks_yes_no, read_asked
from ..query.judgements import (PAYOUTS_COVER, SHARE_OF_BASE, Convention, Indicator, agreement, decide, indicates,
                                judgement_in, other_uses_named, payouts_asked, payouts_inverted, verdict)
from ..retrieve.filters import Filters
from ..text.periods import asks_second_half, date_unplaced, period_at_date, periods_named, resolve_period
from ..types import Answer, Fact, InputFigure, SentenceCheck, Subject, Verification
from . import adjustments, attribution, facts_path, measures_joined, named_lines, vote_shares
from . import prose_legal, prose_pdf_tables, prose_ties, prose_verdicts, row_changes, table_rankings, table_shares
from .named_subjects import without_stray_name

# ----------------------------------------------------------------------------------------------------------------
# what is asked about: a metric, a calculation or a stated definition


@dataclass(frozen=True)
class Quantity:
    title: str
    metric: str | None = None
    recipe: str | None = None
    definition: Definition | None = None
    how: str = "the definition stated in the question"  # where ``definition`` comes from, as the answer says it


# words of arithmetic: a phrase holding one is no figure's name (a statement label's token rule would take
# "purchases of property and equipment divided by two" for capital expenditure)
_ARITHMETIC_WORDS = re.compile(r"\b(?:divided|multiplied|times|plus|minus|sum|ratio|average|percent|percentage|half|"
                               r"twice|double|triple|one|two|three|four|five|six|seven|eight|nine|ten)\b|[/*+=]", re.I)


def _lookup():
    """A definition's input words -> metric: the registry's question words and titles as whole phrases, else
    ``registry.metric_for_phrase`` (a statement label written out: "payments for property, plant and
    equipment"), so a definition's inputs map as the statements' rows do."""
    table = {m: list(words) for m, words in METRIC_WORDS.items()}
    for m, title in TITLES.items():
        table.setdefault(m, []).append(title)
    words = phrase_lookup(table)

    def lookup(phrase: str) -> str | None:
        if _ARITHMETIC_WORDS.search(phrase):
            return None  # "purchases of property and equipment divided by two" is arithmetic, not a row's name
        return words(phrase) or metric_for_phrase(phrase)

    lookup.exact = words  # type: ignore[attr-defined]  # a whole phrase of the registry (``definitions.operand``)
    # a statement label of a metric by its patterns alone ("Cash dividends paid"): the metric's own row, never a part
    lookup.label = lambda phrase: normalise_metric(phrase, None)  # type: ignore[attr-defined]
    # the words that make a row another item than the metric ("deferred", "cost" for revenue): no part of it
    lookup.other_words = other_item_words  # type: ignore[attr-defined]
    return lookup


LOOKUP = _lookup()


def states_formula(question: str) -> bool:
    """Does the question say how its figure is computed ("Taking leverage as notes payable divided by ...", "X is
    defined as A / B", "measured as A less B")? Such a question is answered by that computation (this module) or
    declined: a quoted row or sentence cannot show that its figure follows the stated definition, and the row an
    input is named after (one of the definition's inputs) is not the asked figure. The answerer gives such a
    question no quoted answer."""
    return states_definition(question) or bool(find_definitions(question, LOOKUP))


def _outside(question: str, defs: Sequence[Definition | Unparsed]) -> str:
    """The question without its definition clauses and lists of inputs to use (what is asked, not how it is
    computed)."""
    return without_definitions(question, LOOKUP) if defs or stated_inputs(question, LOOKUP) else question


# mia's formulas written in the definitions grammar, with the named parts a question may define for itself
# ("treating cash and receivables as the quick assets"): a part or an input the question defines replaces mia's
# own, the rest of the formula stays. A definition the formula has no place for makes the answer decline.
RECIPE_FORMULAS: dict[str, tuple[str, dict[str, str]]] = {
    "quick_ratio": ("quick assets / total current liabilities",
                    {"quick assets": "total current assets - inventory"}),
    "current_ratio": ("total current assets / total current liabilities", {}),
    "gross_margin": ("gross profit / revenue x 100", {"gross profit": "revenue - cost of revenue"}),
    "operating_margin": ("operating income / revenue x 100", {}),
    "net_margin": ("net income / revenue x 100", {}),
    "roa": ("net income / average total assets x 100", {}),
    "asset_turnover": ("revenue / average total assets", {}),
    "inventory_turnover": ("cost of revenue / average inventory", {}),
    "capex_to_revenue": ("capital expenditure / revenue x 100", {}),
    "free_cash_flow": ("cash from operations - capital expenditure", {}),
    "net_working_capital": ("total current assets - total current liabilities", {}),
    "operating_cash_flow_ratio": ("cash from operations / total current liabilities", {}),
}
_PART_WORDS = {"quick assets": ("quick assets", "liquid assets", "quick liquid assets", "liquid current assets")}


def _part_of(name: str, parts: dict[str, str]) -> str | None:
    key = re.sub(r"\s+", " ", name.lower()).strip()
    for part in parts:
        if key in _PART_WORDS.get(part, (part,)):
            return part
    return None


def _substitute(n: Any, metric: str, by: Any) -> Any:
    if isinstance(n, Input):
        return by if n.metric == metric and n.how == "at" and not n.years and not n.offset else n
    if isinstance(n, Op):
        return Op(n.op, _substitute(n.left, metric, by), _substitute(n.right, metric, by))
    return n


def _uses(n: Any, metric: str) -> bool:
    if isinstance(n, Input):
        return n.metric == metric
    return isinstance(n, Op) and (_uses(n.left, metric) or _uses(n.right, metric))


class NoPlace(ValueError):
    """The question defines a figure that mia's formula for the asked one does not use."""


def composed(recipe: str, defs: Sequence[Definition]) -> Quantity:
    """The asked calculation as mia computes it, with each part or input the question defines put in its place;
    ``NoPlace`` when a definition fits nowhere in the formula (the caller declines)."""
    formula, parts = RECIPE_FORMULAS[recipe]
    known: dict[str, Any] = {}
    subs: list[tuple[str, Any]] = []
    said: list[str] = []
    for d in defs:
        part = _part_of(d.name, parts)
        metric = None if part else LOOKUP(d.name)
        if part:
            known[part] = d.expr
        elif metric and _uses(parse(formula, LOOKUP, {p: parse(t, LOOKUP) for p, t in parts.items()}), metric):
            subs.append((metric, d.expr))
        else:
            title = calc.RECIPES[recipe].title if recipe in calc.RECIPES else recipe
            raise NoPlace(f"the question defines \"{d.name}\", which mia's formula for the {title} ({formula}) "
                          f"has no place for")
        said.append(f"{d.name} = {d.words()}")
    for p, text in parts.items():
        known.setdefault(p, parse(text, LOOKUP))
    expr = parse(formula, LOOKUP, known)
    for metric, by in subs:
        expr = _substitute(expr, metric, by)
    title = calc.RECIPES[recipe].title if recipe in calc.RECIPES else recipe.replace("_", " ")
    text = f"{formula}, with {'; '.join(said)} as the question states"
    return Quantity(title, definition=Definition(title, text, expr))


_PART_OF_DEFINED = re.compile(r"(?:%|percent(?:age)?)?\s*margin\b|\b(?:less|minus)\s+(?:capex|capital\s+expenditures?)",
                              re.I)


def _how_said(i: Input) -> str:
    return {"average": "an average", "change": "a change"}.get(i.how, "one period's figure")


def with_inputs(recipe: str, stated: Sequence[Input]) -> Quantity:
    """The asked calculation computed from the inputs the question says to use ("using cost of sales and the
    average of the inventory balances at the 2022 and 2023 year-ends"): each must be an input of mia's formula,
    taken the same way (an average where the formula averages), and then stands in its place with the periods
    the question gives; ``NoPlace`` otherwise (the arithmetic the question means is not known: declined)."""
    formula, parts = RECIPE_FORMULAS[recipe]
    expr = parse(formula, LOOKUP, {p: parse(t, LOOKUP) for p, t in parts.items()})
    title = calc.RECIPES[recipe].title
    for s in stated:
        slots: list[Input] = []

        def find(n: Any) -> None:
            if isinstance(n, Input) and n.metric == s.metric:
                slots.append(n)
            elif isinstance(n, Op):
                find(n.left)
                find(n.right)

        find(expr)
        fit = [f for f in slots if f.how == s.how]
        if not fit:
            where = (f"takes it as {_how_said(slots[0])}" if slots else "does not use it")
            raise NoPlace(f"the question says to use \"{s.words}\" ({_how_said(s)}), but mia's formula for the "
                          f"{title} ({formula}) {where}")
        expr = _replace_input(expr, fit[0], s)
    return Quantity(title, definition=Definition(title, f"{formula}, with the inputs the question names", expr))


def _replace_input(n: Any, old: Input, new: Input) -> Any:
    if n == old:
        return new
    if isinstance(n, Op):
        return Op(n.op, _replace_input(n.left, old, new), _replace_input(n.right, old, new))
    return n


def _asked_recipe(rest: str) -> str | None:
    calcs = [c for c in intent._calcs_in(rest) if c in calc.RECIPES]
    if not calcs and intent._SHARE_OF_REVENUE.search(rest) and "capital_expenditure" in intent.metrics_in(rest):
        return "capex_to_revenue"  # "capex as a percentage of revenue": the share, not capex itself
    return calcs[0] if len(calcs) == 1 else None


def _defines_asked(d: Definition, recipe: str | None, rest: str) -> bool:
    """Does the definition define the asked figure itself (not one of its parts)?"""
    if not d.name:
        return True
    named = [c for c in intent._calcs_in(d.name) if c in calc.RECIPES]
    return bool(recipe and named == [recipe]) or (recipe is None and d.name.lower() in rest)


# "what share of Contoso's total revenues did they represent", "what percentage of net sales did it account for": a
# share of the revenue, its part named by a pronoun (the figure the question defined)
_THEIR_SHARE = re.compile(r"\bwhat\s+(?:share|percentage|percent|proportion|fraction|portion)\s+of\s+(?:the\s+)?"
                          r"(?:(?:[\w&.\-]+\s+){0,4}[\w&.\-]+(?:'s|’s|s'|’)\s+)?(?:(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)\d{2}\s+)?"
                          r"(?:total\s+|net\s+|consolidated\s+)*(?:revenues?|sales)\s+(?:did|do|does|would)\s+"
                          r"(?:they|it|these|those|this|that)\s+(?:represent|account\s+for|make\s+up|amount\s+to|"
                          r"constitute|take\s+up|absorb|consume)\b", re.I)
_NET_DEBT = re.compile(r"\bnet\s+(?:financial\s+)?debt\b", re.I)


# "... through cash dividends and share repurchases combined, as a percentage of that year's free cash flow": figures
# listed and added up, over a figure the question defines; the list starts after the last word that leads into it
_ITEMS_SHARE = re.compile(r"\b(?P<items>[a-z][^.?;:]*?)\s+(?:combined|together|taken\s+together|added\s+together|in\s+"
                          r"total)\s*,?\s+(?:expressed\s+)?as\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+"
                          r"of\s+(?:(?:that|the|this)\s+(?:year|period|quarter)['’]?s\s+|its\s+|their\s+|the\s+)?"
                          r"(?P<base>[a-z][a-z&'’\- ]*?)\s*(?:[?.,;]|$)", re.I)
_LEAD_INTO = re.compile(r"\b(?:through|via|on|in|from|were|was|are|is|did|between|of)\s+(?:its\s+|their\s+|the\s+)?",
                        re.I)


# "What share of its FY2025 free cash flow did it hand back through buybacks plus dividends?", "what percentage of
# free cash flow went to dividends and share repurchases?": the base named first, the items after a word leading
# into them, up to the clause's end
_SHARE_OF_DEFINED = re.compile(r"\bwhat\s+(?:share|percentage|percent|proportion|fraction|portion)\s+of\s+(?:the\s+)?"
                               r"(?:(?:[\w&.\-]+\s+){0,4}?[\w&.\-]+(?:'s|’s|s'|’)\s+|its\s+|their\s+)?"
                               r"(?:(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)\d{2}\s+)?(?P<base>[a-z][a-z&'’\- ]*?)\s+"
                               r"(?:did|do|does|was|were|went|is|are|has|have|had)\b(?P<items>[^.?;:]*?)\s*(?:[,?.;]|$)",
                               re.I)

_LEAD_TO_ITEMS = re.compile(r"\b(?:through|via|on|in|to|into|as|for|by)\s+(?:its\s+|their\s+|the\s+)?", re.I)


def _items_share(rest: str, defs: Sequence[Definition]) -> Quantity | None:
    """The sum of figures the question lists, as a percentage of a figure it defines ("Taking free cash flow as
    operating cash flow less capital expenditures, what were dividends and buybacks combined as a percentage of
    free cash flow?"): (A + B) / the defined figure x 100, each item one input (``list_sum``). General rule: a share
    asked over a figure the question defines is computed over that definition, never over mia's own recipe for a
    figure of that name; a list that does not read as two figures or more gives None (the question goes on)."""
    m = _ITEMS_SHARE.search(rest) or _SHARE_OF_DEFINED.search(rest)
    if m is None:
        return None
    base = next((d for d in defs if d.name and d.name.lower() == m.group("base").strip().lower()), None)
    if base is None:
        return None
    found = None
    leads = list((_LEAD_INTO if m.re is _ITEMS_SHARE else _LEAD_TO_ITEMS).finditer(m.group("items")))
    # base first ("... did it hand back to its owners through A plus B"): the items follow the last word that leads
    # into a reading of two figures or more, never words of the verb's own phrase
    for lead in (leads if m.re is _ITEMS_SHARE else reversed(leads)):
        # the longest run after a word leading into it that reads as two figures or more, each a metric's (never
        # the question's own words taken as a row's label)
        items = m.group("items")[lead.end():].strip(" ,")
        try:
            # "buybacks plus dividends": the items' arithmetic as written; "dividends and buybacks": added up
            expr = parse(items, LOOKUP, {}) if re.search(r"\bplus\b|\+", items) else list_sum(items, LOOKUP, {})
        except ValueError:
            continue
        if (isinstance(expr, Op) and expr.op == "+"
                and all(not is_row_input(i.metric) and not i.part for i in Definition("", items, expr).inputs())):
            found = (items, expr)
            break
    if found is None:
        return None
    items, expr = found
    title = f"{items} as a percentage of {base.name}"
    return Quantity(title, definition=Definition(title, f"({items}) / ({base.text})",
                                                 Op("*", Op("/", expr, base.expr), Num(100.0, "100"))))


def quantity_in(question: str, defs: Sequence[Definition]) -> Quantity | None:
    """The one figure a question asks about (``NoPlace`` when a stated definition, or an input the question
    says to use, fits nowhere in it)."""
    stated = stated_inputs(question, LOOKUP)
    if stated and not defs:
        recipe = _asked_recipe(_outside(question, defs).lower())
        if recipe in RECIPE_FORMULAS:
            return with_inputs(recipe, stated)
    if defs:
        rest = _outside(question, defs).lower()
        recipe = _asked_recipe(rest)
        if recipe in RECIPE_FORMULAS and not any(_defines_asked(d, recipe, rest) for d in defs):
            return composed(recipe, defs)  # "quick ratio, treating cash and receivables as the quick assets"
        unnamed = [d for d in defs if not d.name]
        if recipe and len(defs) == 1 and unnamed:  # "return on assets, computed as ...": the asked figure's name
            title = calc.RECIPES[recipe].title
            return Quantity(title, definition=Definition(title, unnamed[0].text, unnamed[0].expr))
        if len(defs) == 1 and defs[0].name and _THEIR_SHARE.search(rest):
            # "Taking ship costs as A, B and C combined, what share of total revenues did they represent?": the figure
            # the question defined, referred to by a pronoun, over the revenue
            d = defs[0]
            expr = Op("*", Op("/", d.expr, Input("revenue", "revenue")), Num(100.0, "100"))
            title = f"{d.name} as a share of revenue"
            return Quantity(title, definition=Definition(title, d.text, expr))
        summed = _items_share(rest, defs)
        if summed is not None:
            return summed
        for d in reversed(defs):
            name = d.name.lower()
            if not name:
                continue
            if re.search(rf"{re.escape(name)}\s*(?:%|percent(?:age)?)?\s*margin", rest):
                expr = Op("*", Op("/", d.expr, Input("revenue", "revenue")), Num(100.0, "100"))
                return Quantity(f"{d.name} margin", definition=Definition(f"{d.name} margin", d.text, expr))
            if re.search(rf"{re.escape(name)}\s+(?:as\s+)?(?:an?\s+)?(?:%|percent(?:age)?|share|proportion)\s+of\s+"
                         rf"(?:total\s+|net\s+)?(?:revenues?|sales)\b", rest):
                # "capex as a percentage of revenue", the question defining capex: the defined figure over revenue
                expr = Op("*", Op("/", d.expr, Input("revenue", "revenue")), Num(100.0, "100"))
                title = f"{d.name} as a share of revenue"
                return Quantity(title, definition=Definition(title, d.text, expr))
            if re.search(rf"{re.escape(name)}\s+(?:as\s+)?(?:an?\s+)?(?:%|percent(?:age)?|share|proportion)\s+of\b", rest):
                raise NoPlace(f"the question asks \"{d.name}\" as a share of a figure mia does not set it against")
            if re.search(rf"{re.escape(name)}\s+(?:less|minus)\s+(?:capex|capital\s+expenditures?)", rest):
                expr = Op("-", d.expr, Input("capital_expenditure", "capital expenditure"))
                return Quantity(f"{d.name} less capital expenditure",
                                definition=Definition(f"{d.name} less capital expenditure", d.text, expr))
        named = [d for d in defs if d.name and d.name.lower() in rest]
        # a name another definition uses ("..., where inventories are A plus B") is a part of that one, never the
        # figure asked ("What was it?")
        tops = [d for d in defs if not (d.name and any(o is not d and re.search(rf"\b{re.escape(d.name.lower())}\b",
                                                                                  o.text.lower()) for o in defs))]
        target = named[-1] if named else (defs[-1] if len(defs) == 1 or not defs[-1].name else
                                          tops[0] if len(tops) == 1 else None)
        if target is None:
            return None
        if recipe and not _defines_asked(target, recipe, rest) and not _PART_OF_DEFINED.search(rest):
            # the question asks a calculation and defines something else: never that something as the answer
            raise NoPlace(f"the question asks for the {calc.RECIPES[recipe].title} but defines \"{target.name}\", "
                          f"and mia has no formula for the {calc.RECIPES[recipe].title} with a place for it")
        return Quantity(target.name or _unnamed_title(target), definition=target)
    calcs = [c for c in intent._calcs_in(question) if c in calc.RECIPES]
    metrics = intent.metrics_in(question)
    if _NET_DEBT.search(question) and not calcs and set(metrics) <= {"total_debt", "cash_and_equivalents",
                                                                      "short_term_investments"}:
        return Quantity("net debt", recipe="net_debt")
    items = [m for m in metrics if m != "revenue"]
    share = intent._SHARE_OF_REVENUE.search(question) or (intent._PCT_MARGIN.search(question) and not calcs)
    if share and len(items) == 1:
        if items[0] == "capital_expenditure":
            return Quantity(calc.RECIPES["capex_to_revenue"].title, recipe="capex_to_revenue")
        title = f"{TITLES.get(items[0], items[0].replace('_', ' '))} as a share of revenue"
        return Quantity(title, metric=items[0], recipe="share_of_revenue")
    if share:
        return None
    if len(calcs) == 1:
        return Quantity(calc.RECIPES[calcs[0]].title, recipe=calcs[0])
    if (not calcs and len(metrics) == 1 and not intent.derived(question, metrics)
            and not intent.asks_with_another(question, metrics[0])):
        return Quantity(TITLES.get(metrics[0], metrics[0].replace("_", " ")), metric=metrics[0])
    return None


def _named_line_quantity(text: str, ctx: "_Context", period: str, whole: Quantity | None) -> Quantity | None:
    """A line item no metric names, asked as a share of a total ("<part> as a proportion of <whole>", ``whole``: the
    metric the question resolved to, else the whole's own words) or as a change: the row bearing its name
    (``named_lines``) as a definition's input; None when no one row is named or the question asks neither."""
    skip = [ctx.company.name, *ctx.company.long, *ctx.company.short]
    ids = ctx.company.doc_ids
    parts = named_lines.share_parts(text, skip)
    if parts is not None:
        part_words, whole_words = parts
        part = named_lines.named_line(part_words, ctx.index, ids, period, skip)
        if part is not None and facts_path._failed_input(ctx.index, [part], primary=True) is not None:
            return None  # a row off the statements and numbered notes (a summary table's): left to the passages
        metric = whole.metric if whole is not None else (LOOKUP(whole_words) or LOOKUP(re.sub(
            r"^(?:the\s+|its\s+)?total\s+", "", whole_words, flags=re.I)))
        if part is None or (part.metric and part.metric == metric):
            return None
        if metric is not None:
            base: Node = Input(metric, whole_words)
        else:
            row = named_lines.named_line(whole_words, ctx.index, ids, period, skip)
            if (row is None or row.label == part.label
                    or facts_path._failed_input(ctx.index, [row], primary=True) is not None):
                return None
            base = named_lines.row_input(row)
        d = named_lines.share_definition(part, base, whole_words)
        return Quantity(d.name, definition=d, how="the share asked, from the rows named")
    # "How much less did it record in <line> in the first half of 2025 than in the first half of 2024?": two periods
    # named make a comparison of them a change
    if whole is not None or read_asked(text, max(1, len(periods_named(text)))).kind not in ("change", "growth",
                                                                                         "direction"):
        return None
    row = named_lines.named_line(text, ctx.index, ids, period, skip)
    if (row is None or (row.metric and row.metric in intent.metrics_in(text))
            or facts_path._failed_input(ctx.index, [row], primary=True) is not None):
        return None  # no one row, a metric's (its own path), or a row no calculation may use: left to the passages
    d = named_lines.line_definition(row)
    return Quantity(d.name, definition=d, how="the row the question names")


def _unnamed_title(d: Definition) -> str:
    """An unnamed definition ("..., judging by A divided by B") is named by its arithmetic: "ratio of A to B"."""
    e = d.expr
    if isinstance(e, Op) and e.op == "/" and isinstance(e.left, Input) and isinstance(e.right, Input):
        return f"ratio of {e.left.words.strip(' ,')} to {e.right.words.strip(' ,')}"
    if (isinstance(e, Op) and e.op == "*" and isinstance(e.right, Num) and e.right.value == 100.0
            and isinstance(e.left, Op) and e.left.op == "/" and isinstance(e.left.left, Input)
            and isinstance(e.left.right, Input)):
        # "A as a percentage of B"
        whole = re.sub(r"^the\s+", "", e.left.right.words.strip(" ,"), flags=re.I)
        return f"{e.left.left.words.strip(' ,')} as a percentage of {whole}"
    return "the figure as defined"


@dataclass(frozen=True)
class Figure:
    period: str
    value: float
    unit: str  # "USD", "%", "x", "days", ""
    facts: tuple[Fact, ...]
    result: CalcResult | None = None
    scale: float = 1e6

    def shown(self, tenths: bool = False) -> str:
        """The figure as an analyst writes it; ``tenths``: an amount of a thousand or more in its scale keeps one
        decimal ("$1,436.5 million", as the statements print it) instead of rounding to a whole number."""
        if self.unit.endswith("/share"):
            return facts_path._per_share_text(Fact("", "", "", 0, "", self.value))
        if self.unit == "USD":
            word = calc.SCALE_WORDS.get(self.scale, "")
            sign = "-" if self.value < 0 else ""
            v = abs(self.value) / self.scale
            text = f"{v:,.1f}" if tenths and v >= 1000 and round(v, 1) != round(v) else fmt(v)
            return f"{sign}${text}{(' ' + word) if word else ''}"
        return fmt(self.value, self.unit)


class _Context:
    def __init__(self, index: Any, company: Company, years: tuple[int, ...] = (), scale: float | None = None,
                 question: str = ""):
        self.index, self.company, self.years, self.question = index, company, years, question
        self.scale = scale  # the scale the question asks amounts in (1e9 for "in USD billions")
        self.by_id = {d.doc_id: d for d in index.documents()}

    def figure(self, q: Quantity, period: str) -> Figure:
        fig = self._figure(q, period)
        # every input is checked on its own page (finance.inputs); a summed input is cited row by row
        rows = facts_path._cited(fig.facts)
        failed = (facts_path._failed_input(self.index, [r for r in rows if not r.fact_id.startswith(_STATED)],
                                           primary=fig.result is not None)
                  # a charge a sentence states (``_stated_charge``): the sentence and its figure on the cited page
                  or facts_path._failed_input(self.index, [r for r in rows if r.fact_id.startswith(_STATED)],
                                              primary=False))
        if failed is not None:
            if fig.result is not None:  # a calculation: the user is told which input failed and why
                raise Withdrawn(q.title, f"\"{failed[0].label}\" ({failed[0].period}): {failed[1]}", (failed[0],))
            raise MissingInput(q.title, [failed[1]])
        fig = replace(fig, facts=tuple(rows))
        return replace(fig, scale=self.scale) if self.scale and fig.unit == "USD" else fig

    def pick(self, metric: str, period: str) -> Pick | None:
        req = Request(company=self.company.name, doc_ids=self.company.doc_ids, years=self.years, period=period)
        return facts_path._pick(self.index, metric, req, period, self.by_id)

    def _debt_figure(self, q: Quantity, period: str) -> Figure:
        """Total debt (the filer's own total-debt row, else its debt rows added up: ``finance.debt``) or net debt
        (total debt less cash and cash equivalents; short-term investments too when the question names them)."""
        rows = facts_path.balance_sheet_rows(self.index, self.company.doc_ids, period, self.by_id)
        debt = facts_path.debt_result(rows, debts.leases_asked(self.question))
        if isinstance(debt, str):
            raise MissingInput(q.title, [f"{q.title} ({period}): {debt}"])
        if q.recipe != "net_debt":
            if debt.formula == "total debt":
                return Figure(period, debt.value, "USD", debt.inputs, scale=debt.inputs[0].scale or 1.0)
            return Figure(period, debt.value, "USD", debt.inputs, debt, scale=debt.inputs[0].scale or 1.0)
        cash = [f for f in rows if f.metric == "cash_and_equivalents"]
        wanted = [cash]
        if re.search(r"\b(?:short-term|marketable)\s+(?:investments|securities)\b", self.question, re.I):
            wanted.append([f for f in rows if f.metric == "short_term_investments"])
        if any(len({round(f.absolute, 6) for f in w}) != 1 for w in wanted):
            raise MissingInput(q.title, [f"{q.title} ({period}): the cash row of the balance sheet"])
        r = debts.net_debt(debt, [w[0] for w in wanted])
        return Figure(period, r.value, "USD", r.inputs, r, scale=r.inputs[0].scale or 1.0)

    def _stated_rate(self, q: Quantity, period: str, r: CalcResult) -> Fact | None:
        """The filer's own row of a rate it states (``calc.STATED_RATES``: "Effective tax rate 26.1%") for the period,
        when that row is the rate the statement rows give within their printed rounding (96 / 369 is 26.0%, the
        filer's 26.1% from unrounded amounts): an analyst quotes the filer's rate, and a change between two periods
        computed from rounded rows can be off by tenths of a point. None without such a row, or when it disagrees
        (another measure: a non-GAAP rate, a statutory rate), so the rate is computed."""
        metric = calc.STATED_RATES.get(q.recipe or "")
        if metric is None or q.definition is not None or not r.inputs:
            return None
        pick = facts_path._settled(self.pick(metric, period), q.title)
        if pick is None or pick.fact.unit != "%" or pick.fact.period != period:
            return None
        if facts_path._failed_input(self.index, [pick.fact], primary=False) is not None:
            return None
        return pick.fact if calc.stated_rate_agrees(pick.fact.value, r) else None

    def _figure(self, q: Quantity, period: str) -> Figure:
        if q.recipe == "net_debt" or (q.metric == "total_debt" and not q.recipe):
            return self._debt_figure(q, period)
        if q.metric == "dividends_per_share" and not q.recipe:  # the year's amount, never a quarter's
            req = Request(company=self.company.name, doc_ids=self.company.doc_ids, years=self.years, period=period)
            d = facts_path.annual_dividend(self.index, req, period, self.by_id)
            if d is None:
                raise MissingInput(q.title, [f"{q.title} ({period})"])
            return Figure(period, d.value, "USD/share", (d,), scale=1.0)
        if q.metric and not q.recipe:
            p = facts_path._settled(self.pick(q.metric, period), q.title)
            if p is None and self.question and facts_path.qualifier(self.question, q.metric):
                part = facts_path.qualified_row(self.question, self.index, q.metric, self.company.doc_ids, period,
                                                self.by_id)
                p = Pick(part) if part is not None else None
            if p is None:
                raise MissingInput(q.title, [f"{q.title} ({period})"])
            f = p.fact
            owners = facts_path.attributable_row(self.question, self.index, f) if self.question else None
            if owners is not None:
                f = owners
            elif self.question and not facts_path.narrowed_by_label(self.question, q.metric, f.label):
                # "interest expense on deposits": the row found ("Total interest expense") is not that part; only
                # the part's own row answers (``facts_path.qualified_row``)
                part = facts_path.qualified_row(self.question, self.index, q.metric, self.company.doc_ids, period,
                                                self.by_id)
                if part is None:
                    raise MissingInput(q.title, [f"{q.title} ({period}) for the part the question names, not "
                                                 f"\"{f.label}\""])
                f = part
            return Figure(period, amount(f), f.unit or "USD", (f,), scale=f.scale or 1.0)
        if q.recipe:
            req = Request(company=self.company.name, doc_ids=self.company.doc_ids, years=self.years, period=period,
                          calculation=q.recipe, metric=q.metric)
            out = facts_path._run_calc(self.index, req, self.by_id)
            if out is None:
                raise MissingInput(q.title, [f"an input of {q.title} ({period})"])
            r = out[1]
            stated = self._stated_rate(q, period, r)
            if stated is not None:
                return Figure(period, stated.value, "%", (stated,), scale=1.0)
            return Figure(period, r.value, r.unit, tuple(r.inputs), r, scale=_scale(r.inputs))
        assert q.definition is not None

        def get(metric: str, p: str) -> Fact | None:
            pk = facts_path._settled(self.pick(metric, p), q.title)
            return pk.fact if pk else None

        def by_words(metric: str, p: str, words: str) -> Fact | None:
            """The row of ``metric`` for ``p`` whose label says the input's words best (one of several inputs
            mapped to one metric), on the page of the metric's chosen row; None when two rows tie."""
            pk = self.pick(metric, p)
            if pk is None:
                return None
            rows = [f for f in self.index.facts(metric=metric, period=p, doc_ids=[pk.fact.doc_id])
                    if f.period == p and f.page == pk.fact.page and f.kind == "table"]
            want = set(label_tokens(words)) - {"of", "the", "and", "a", "an"}
            scored = sorted(((len(want & set(label_tokens(f.label))), f) for f in rows), key=lambda t: -t[0])
            if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                return None
            return scored[0][1]

        def by_label(metric: str, p: str, words: str, near: Sequence[tuple[str, int]] = ()) -> Fact | None:
            """The row of the company's statements whose label is the input's words ("purchases of revenue
            equipment" among two capital-expenditure rows; "revenue before fuel surcharge", a row no metric of
            mia's names: ``definitions.ROW``), for ``p``; None when no row is labelled so or rows so labelled
            disagree. A metric's row must carry that metric."""
            # the input's own period words ("FY2025 consolidated net income attributable to Contoso") are not the label's
            want = tuple(t for t in label_tokens(words) if t not in ("the", "a", "an", "its")
                         and not re.fullmatch(r"(?:fy)?'?\d{2,4}|fiscal", t))
            row = is_row_input(metric)
            facts = [f for f in self.index.facts(period=p, doc_ids=list(self.company.doc_ids))
                     if f.period == p and f.kind == "table" and f.unit != "%" and (row or f.metric == metric)]
            rows = [f for f in facts if label_tokens(f.label) == want]
            asked = _asked_charge(self.question, words, p) if row and q.definition is not None and any(
                i.effect and i.words == words for i in q.definition.inputs()) else None
            if asked is not None:
                # a charge whose amount for the year the question states: the row so labelled printing that amount
                # (a statement's first, else the discussion's table), cited as the question's figure; none: declined
                same = [f for f in facts if _loosely(label_tokens(f.label), want) and abs(f.absolute) > 0
                        and abs(abs(f.absolute) - asked) <= 0.005 * asked]
                same.sort(key=lambda f: (not row_on_statement(self.index, f), f.doc_id, f.page))
                return replace(same[0], fact_id=f"{_STATED}{same[0].fact_id}") if same else None
            if not rows and not row and self.pick(metric, p) is None:
                # "total Adjusted EBITDA" where no row of the metric stands anywhere for the period: the row printed
                # with exactly those words that no metric claims (a segment note's total) is the input, never the
                # place a row of the metric would be (a metric with a row of its own never reaches this)
                rows = [f for f in self.index.facts(period=p, doc_ids=list(self.company.doc_ids))
                        if f.period == p and f.kind == "table" and f.unit != "%" and not f.metric
                        and label_tokens(f.label) == want]
            if not rows and not row and near and self.pick(metric, p) is None:
                # "dividends" where no row of the metric stands for the period: the row of the other inputs' page
                # headed by those words and qualified after a dash ("Dividends — common and preferred") that no
                # metric claims
                rows = [f for f in self.index.facts(period=p, doc_ids=list(self.company.doc_ids))
                        if f.period == p and f.kind == "table" and f.unit != "%" and not f.metric
                        and (f.doc_id, f.page) in near and _headed(f.label, want)]
            glossed = re.match(r"(.+?)\s*\(([^()]+)\)$", words.strip()) if row else None
            if not rows and glossed:
                # "Debt (corporate debt)": the row labelled by the words before the gloss (``definitions._glossed_row``)
                label = tuple(t for t in label_tokens(glossed.group(1)) if t not in ("the", "a", "an", "its"))
                rows = [f for f in facts if label_tokens(f.label) == label]
            if not rows and row:
                # "other vessel operating expenses" for the row "Other vessel operating" under the costs and expenses
                # heading: a generic head the words add (or leave out) names no other line
                rows = [f for f in facts if _headless(label_tokens(f.label)) == _headless(want)]
            if not rows and row:
                # "raw materials and supplies" for the row "Inventories, net Raw materials and supplies": a table's
                # caption read into its first row's label; the words before the row's own are a figure's name
                rows = [f for f in facts if _captioned(label_tokens(f.label), want)]
            if not rows and row:
                # "the divestitures gain" for the row "Divestitures (gain) loss": a row printing both sides of a gain
                # or a loss is the line of either side the words name
                rows = [f for f in facts if _one_side(label_tokens(f.label), want)]
            # rows on the primary statements decide: the same label in a summary table or a note, read at another
            # scale or rounding ("$7.6" billion beside the statement's 7,618 million), never vetoes them
            stated = [f for f in rows if row_on_statement(self.index, f)]
            if stated and len({round(f.absolute, 6) for f in stated}) == 1:
                rows = stated
            beside = [f for f in stated if (f.doc_id, f.page) in near]
            if row and beside and len({round(f.absolute, 6) for f in beside}) == 1:
                # a filer's row printed on several statements with different signs or amounts (a gain on the income
                # statement, its reversal on the cash flow statement): the one on the page of the definition's
                # other inputs
                rows = beside
            if not rows and row and q.definition is not None and any(
                    i.effect and i.words == words for i in q.definition.inputs()):
                # an item the statements print no line for ("an inventory write-down of $40 million" in the
                # discussion): the amount a sentence states for the period, as a charge to the figure asked
                return _stated_charge(self.index, self.company, words, p, _leftmost(q.definition.expr).metric)
            if not rows or len({round(f.absolute, 6) for f in rows}) != 1:
                return None
            if not row and not any(row_on_statement(self.index, f) for f in rows):
                # the words printed exactly only off the statements (the discussion's "Operating income" beside the
                # income statement's "Operating income/(loss)"): the metric's own statement row answers (``get``);
                # the exact wording picks among rows, it never moves an input off the primary statement
                pk = self.pick(metric, p)
                if pk is not None and not pk.unsettled and statement_strength_of(self.index, pk.fact) > 0:
                    return None
            # a primary statement's row before the same row in a summary table or a note
            return sorted(rows, key=lambda f: (not row_on_statement(self.index, f),
                                               f.doc_id, f.page))[0]

        def qualified(metric: str, p: str, words: str, f: Fact) -> Fact | None:
            """The row for an input the question qualifies (``definitions.input_qualifier``: attributable to the
            company, continuing operations) when the row found by its metric, ``f``, does not say so: the row of
            the same metric, period and page whose label carries the qualifier; ``f`` itself when its page shows
            no part that the qualifier leaves out (no noncontrolling-interest row, no discontinued-operations row:
            the consolidated figure is then the qualified one); None (the input is declined) otherwise. General
            rule: a qualified input is never fed the unqualified row while the statement prints the difference."""
            kind = input_qualifier(words)
            if f.unit.endswith("/share"):  # earnings per share are the common shareholders' by definition
                return f
            page = [g for g in self.index.facts(period=p, doc_ids=[f.doc_id]) if g.page == f.page and g.period == p
                    and g.kind == "table"]
            if kind == "owners":
                if facts_path._ATTRIBUTABLE.search(f.label) and not _OTHERS_SHARE.search(f.label):
                    return f
                owners = facts_path.owners_row(self.index, f)
                if owners is None:
                    # a balance's owners' row names its holders ("Total stockholders' equity", "Total Contoso
                    # shareholders' equity") beside the total that includes others' interests ("Total equity")
                    held = [g for g in page if g.metric == metric and _HOLDERS.search(g.label)
                            and not _OTHERS_SHARE.search(g.label)]
                    if _HOLDERS.search(f.label) and not _OTHERS_SHARE.search(f.label):
                        return f
                    owners = held[0] if held and len({round(g.absolute, 6) for g in held}) == 1 else None
                if owners is not None:
                    return owners
                return None if any(_OTHERS_SHARE.search(g.label) for g in page) else f
            if kind == "continuing":
                if re.search(r"\bcontinuing\b", f.label, re.I):
                    return f
                same = [g for g in page if g.metric == metric and re.search(r"\bcontinuing\b", g.label, re.I)
                        and not re.search(r"\bdiscontinued\b", g.label, re.I)]
                if same and len({round(g.absolute, 6) for g in same}) == 1:
                    return same[0]
                return None if any(re.search(r"\bdiscontinued\b", g.label, re.I) for g in page) else f
            return f

        def part(metric: str, p: str, words: str) -> Fact | None:
            """The row of a part of ``metric`` the input names (``definitions.part_of``: "subscription revenue"):
            ``facts_path.part_row`` (the part's own label, or a line under the metric's heading), None when no one
            row says it."""
            return facts_path.part_row(self.index, metric, facts_path._word_stems(words), self.company.doc_ids, p,
                                       self.by_id)

        def reading(f: Fact, words: str) -> float | None:
            """An input that names a gain or a loss ("the gain on business divestitures", "the gain or loss on sale
            of businesses") read as the filer means the row's sign (``facts_path.signed_reading``): positive for
            what the words name (a gain for "gain", "gain or loss"; a loss for "loss"), negative for the other;
            None when the row does not say which it is."""
            said = facts_path.signed_reading(f, facts_path._page_text(self.index)(f.doc_id, f.page)
                                             if facts_path._page_text(self.index) else None)
            if said is None:
                return None if f.absolute else 0.0
            value, kind = said
            wants = "gain" if re.search(r"\bgains?\b", words, re.I) else "loss"
            return value if kind == wants else -value

        def effect(f: Fact, words: str) -> float | None:
            """What an excluded row did to the profit figure it stands in (``definitions.Input.effect``): a gain's
            or a loss's row as the filer means its sign (``reading``: + for a gain, - for a loss); any other row
            printed among the costs and expenses took its printed amount away (a charge) or, printed in
            parentheses, added it (a credit), and one under an "(expense) income" heading added its printed amount
            (``facts_path.profit_sign``); None when the page does not show which (the input is declined)."""
            if not f.absolute:
                return 0.0  # a nil cell ("—"): nothing to take out, whichever sign the row has
            if f.fact_id.startswith(_STATED):
                # a charge a sentence states (``_stated_charge``), or the question (``_asked_charge``), took its
                # amount away, whatever sign a table prints it with
                return -abs(f.absolute)
            page = facts_path._page_text(self.index)
            text = page(f.doc_id, f.page) if page else None
            whole = _leftmost(q.definition.expr)
            profit = get(whole.metric, f.period) if whole.metric in _PROFITS and f.period else None
            if (profit is not None and text and (profit.doc_id, profit.page) == (f.doc_id, f.page)
                    and f.quote.strip() in text and profit.quote.strip() in text
                    and text.find(f.quote.strip()) > text.find(profit.quote.strip())):
                # a line printed below the profit figure ("Restructuring charges" under gross profit, for a gross
                # margin) is none of the lines that profit was arrived at by: it is not taken out of it
                return None
            said = facts_path.signed_reading(f, text)
            if said is not None:
                return said[0] if said[1] == "gain" else -said[0]
            sign = facts_path.profit_sign(text, f.quote)
            if sign is not None and not re.search(r"\bgains?\b|\bloss(?:es)?\b", f.label, re.I):
                return sign * f.absolute  # a charge printed among the costs took its amount away
            return None

        def one_way(f: Fact) -> bool:
            """A row of the cash-flow statement whose label names one direction of cash (``registry.cash_direction``:
            "Revenue equipment expenditures", "Proceeds from disposal of ..."): its sign is presentation."""
            return cash_direction(f.label) is not None and row_statement_kind(self.index, f) == "cash_flow"

        get.one_way = one_way  # type: ignore[attr-defined]
        get.effect = effect  # type: ignore[attr-defined]
        get.reading = reading  # type: ignore[attr-defined]
        get.part = part  # type: ignore[attr-defined]
        get.by_words = by_words  # type: ignore[attr-defined]
        get.qualified = qualified  # type: ignore[attr-defined]
        get.by_label = by_label  # type: ignore[attr-defined]
        rest = without_definitions(self.question, LOOKUP)
        threshold = stated_threshold(rest) if asks_yes_no(self.question) else None
        # the unit asked ("in percent"), or a threshold's: "more than 35%" judged by a ratio the question defines
        hint = unit_asked(rest) or ("%" if threshold is not None and threshold[2] == "%" else "")
        r = evaluate(q.definition, period, get, hint)
        return Figure(period, r.value, r.unit, tuple(r.inputs), r, scale=_scale(r.inputs))


# heads that say only which side of the statement a line is on ("Fuel" is the fuel expense line)
_GENERIC_HEADS = ("expense", "cost", "charge")


# words that name no line by themselves: "total costs" is no row "Total", "other expenses" no row "Other"
_NO_LINE_WORDS = frozenset("total other net operating and of the all gross sum".split())


def _one_side(label: Sequence[str], want: Sequence[str]) -> bool:
    """Do the words name one side of a row that prints both a gain and a loss ("divestitures gain", "loss on asset
    sales" for "Divestitures (gain) loss", "(Gain) loss on asset sales"): the same words besides the sides, and one
    side said?"""
    for sides in _SIDES:
        if (sides <= set(label) and len(sides & set(want)) == 1 and bool(set(want) - sides)
                and [t for t in label if t not in sides and t != "on"] == [t for t in want if t not in sides and t != "on"]):
            return True
    return False


# the two sides a row may print in one label ("Divestitures (gain) loss", "Restructuring and exit costs (recoveries)")
_SIDES = ({"gain", "loss"}, {"cost", "recovery"}, {"charge", "recovery"}, {"charge", "credit"}, {"expense", "benefit"})


def _loosely(label: Sequence[str], want: Sequence[str]) -> bool:
    """The label is the wanted words, or those words after a caption of a figure's name, or without a generic head."""
    return (tuple(label) == tuple(want) or _captioned(label, want) or _headless(label) == _headless(want)
            or _one_side(label, want))


def _asked_charge(question: str, words: str, period: str) -> float | None:
    """The amount the question states for the charge it adds back ("recorded severance charges of $100 million in
    2025 and $36 million in 2024. Adding those charges back, ..."), for ``period``'s fiscal year; None when the
    question states none for it, or the item is not said to be a charge added back."""
    adj = adjustments.adjustment_in(question)
    m = re.fullmatch(r"FY(\d{4})", period)
    if adj is None or not adj.amounts or m is None or adj.items != (words,):
        return None
    if not re.match(r"add", question[adj.start:adj.end].strip(), re.I):
        return None  # "adding back" says the item is a charge that took its amount away
    return dict(adj.amounts).get(int(m.group(1)))


def _headed(label: str, want: Sequence[str]) -> bool:
    """Is the label the wanted words followed by a dash or colon and the classes it covers ("Dividends — common and
    preferred")? A qualifier naming one class ("Dividends — preferred") may be a part of the figure: no."""
    head = re.split(r"\s*[—–:]\s*|\s+-\s+", label, maxsplit=1)
    return (len(head) == 2 and bool(re.search(r"\w\s+and\s+\w|,", head[1]))
            and tuple(label_tokens(head[0])) == tuple(want))


def _captioned(label: Sequence[str], want: Sequence[str]) -> bool:
    """Is the label the wanted words after a caption that names a figure of mia's ("inventories net" + "raw materials
    and supplies"): a table's caption read into its first row?"""
    n = len(want)
    return (len(label) > n > 1 and tuple(label[-n:]) == tuple(want)
            and LOOKUP(" ".join(label[:-n])) is not None)


def _headless(tokens: Sequence[str]) -> tuple[str, ...]:
    """A label's words without a last word that is only a generic head ("expense", "cost", "charge"), when the
    words left name a line of their own (not only "total", "other", "operating" ...); else the words as they are."""
    if len(tokens) > 1 and tokens[-1] in _GENERIC_HEADS and set(tokens[:-1]) - _NO_LINE_WORDS:
        return tuple(tokens[:-1])
    return tuple(tokens)


_OTHERS_SHARE = re.compile(r"\bnon-?controlling\b|\bminority\b", re.I)
_HOLDERS = re.compile(r"\b(?:share|stock)holders['’]?|\bshare\s?owners['’]?|\bowners['’]\s+equity|"
                      r"\b(?:attributable|available|applicable)\s+to\b", re.I)


def _scale(facts: Sequence[Fact]) -> float:
    scales = [f.scale for f in facts if f.unit not in ("%", "x", "") and f.scale]
    return min(scales) if scales else 1.0


# ----------------------------------------------------------------------------------------------------------------
# answers


def _markers(ns: Sequence[int]) -> str:
    return "".join(f"[{n}]" for n in ns)


class _Writer:
    """Sentences and the facts they cite, numbered as they are added."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self.sentences: list[tuple[str, tuple[int, ...]]] = []

    def cite(self, facts: Sequence[Fact]) -> tuple[int, ...]:
        ns = []
        for f in facts:
            if f not in self.facts:
                self.facts.append(f)
            ns.append(self.facts.index(f) + 1)
        return tuple(dict.fromkeys(ns))

    def add(self, text: str, ns: Sequence[int]) -> None:
        self.sentences.append((text, tuple(ns)))

    def inputs(self) -> None:
        for i, f in enumerate(list(self.facts)):
            self.add(f"Input: \"{f.label}\", {f.period}: {facts_path._value_text(f, None, '')} [{i + 1}].", (i + 1,))

    def answer(self, question: str, mode: str, title: str, company: str | None, period: str | None,
               inputs: Sequence[Fact] | None = None) -> Answer:
        return facts_path._answer(question, self.sentences, self.facts, mode, title,
                                  inputs=self.facts if inputs is None else inputs, about=Subject(company, period))


def _how(fig: Figure) -> str:
    if fig.result is None:
        return ""
    return fig.result.expression


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
        pp = f"{diff:+,.1f} percentage points"
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
        d += f" ({pct:+,.1f}%)"
        arithmetic += f"; ({n(b.value)} - {n(a.value)}) / {n(abs(a.value))} x 100 = {pct:+,.1f}%"
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


# "..., and what drove the change?", "and why?": a second part asking the reason for the change the first part asks
_WHY_PART = re.compile(r"[,;]?\s*\band\s+(?:what\s+(?:drove|caused|explains|explained|was\s+behind|"
                       r"were\s+the\s+(?:main\s+|primary\s+)?(?:drivers|reasons|causes))\b[^?]*|why\b[^?]*)\?\s*$",
                       re.I)


def without_why(question: str) -> str | None:
    """The question without its closing "..., and what drove the change?" part (a caveat after it set aside: "If
    gross margin is not a meaningful measure here, then say so and give the reason."), or None when it asks no reason."""
    text = intent._CAVEAT.sub(" ", question).strip()
    m = _WHY_PART.search(text)
    return text[:m.start()] + "?" if m else None
_CAUSE = re.compile(r"\b(?:due\s+to|driven\s+by|because|as\s+a\s+result\s+of|reflect(?:s|ed|ing)?|attributable\s+to|"
                    r"owing\s+to|result(?:ed|s|ing)?\s+from|primarily\s+from|mainly\s+from)\b", re.I)
REASON_LEAD = "The filing gives the reason:"
# a sentence going on with the change the sentence before states ("The decrease was primarily due to ...")
_GOES_ON = re.compile(r"(?:the|this|these|that|such)\s+(?:\w+\s+){0,3}?(?:increase|decrease|decline|change|improvement|"
                      r"deterioration|expansion|contraction|drop|rise|reduction|growth|shift|movement)s?\b", re.I)


def _states_figure(sentence: str, fig: Figure) -> bool:
    """Whether a sentence states a figure as printed: a rate to its tenth ("26.1%"), an amount at any scale to the
    precision the sentence prints it with ("$1.1 billion" for 1,093 million)."""
    for n in parse_numbers(sentence):
        if n.kind != "number":
            continue
        if fig.unit == "%":
            if n.unit == "%" and abs(n.value - round(fig.value, 1)) < 0.05 + 1e-9:
                return True
        elif fig.unit == "USD" and n.unit != "%" and n.scale > 1:
            half = 0.5 * 10 ** -n.decimals * n.scale
            if abs(abs(n.value) - abs(fig.value)) <= half + 1e-6 * abs(fig.value):
                return True
    return False


def _offset_after(spans: list[tuple[int, int]], i: int, text: str, length: int) -> int:
    """Where the explanation of sentence ``i`` ends: after the sentences going on with it that weigh against it ("These
    decreases were partially offset by ...", "This was partially offset by ..."), at most two, within 1,200
    characters in all; the end of sentence ``i`` when none follows."""
    end = spans[i][1]
    for j in range(i + 1, min(i + 3, len(spans))):
        nxt = " ".join(text[spans[j][0]:spans[j][1]].split())
        if not (_OFFSET_AFTER.match(nxt) and _CAUSE_OFFSET.search(nxt)) or length + len(nxt) > 1200:
            break
        end, length = spans[j][1], length + len(nxt)
    return end


# a sentence weighing against the change the one before explains: "These decreases were partially offset by ...",
# "This increase was partly offset by ...", "The decline was offset in part by ..."
_OFFSET_AFTER = re.compile(r"(?:the|this|these|that|such|those)\s+(?:\w+\s+){0,3}?(?:increases?|decreases?|declines?|"
                           r"changes?|improvements?|drops?|rises?|reductions?|growth|items?|factors?|impacts?|"
                           r"headwinds?|was|were)\b", re.I)
_CAUSE_OFFSET = re.compile(r"\b(?:partially|partly|in\s+part|somewhat)\s+offset\b|\boffset\s+(?:in\s+part|partially)\b",
                           re.I)


def reason_sentence(ctx: _Context, a: Figure, b: Figure, named: str = "") -> Fact | None:
    """The sentence of the later figure's filing that explains the change from ``a`` to ``b``: it states both figures
    (so it is about this change of this measure, not another) and a cause ("due to", "driven by", "reflects", ...):
    "Our effective tax rate increased to 26.1% in the second quarter compared to 15.6% in the prior-year quarter,
    primarily due to ...". With ``named`` (the measure's name, "operating income"), a sentence naming it and stating
    the change's amount ("Operating income decreased $5.4 billion, or 41.3%, ...") states the change too. The
    sentences going on with it that weigh against it ("These decreases were partially offset by ...") are part of the
    reason. None when no sentence, or two different sentences, do so."""
    if not b.facts:
        return None
    doc = b.facts[0].doc_id
    found: dict[str, Fact] = {}
    meta = ctx.by_id.get(doc)
    pages = (range(1, meta.pages + 1) if meta is not None and meta.pages
             else sorted({f.page for f in ctx.index.facts(doc_ids=[doc])}))
    for page in pages:
        # a passage written for an AI is never read as the filer's reason (``text.planted``)
        text = strip_planted(ctx.index.page_text(doc, page) or "", " ")[0]
        spans: list[tuple[int, int]] = []
        for start, end in sentence_spans(text, split_lines=False):
            open_before = spans and not re.search(r"[.!?:]\W*$", text[spans[-1][0]:spans[-1][1]])
            if open_before and text[start:start + 1] in "(\u201c\"":
                spans[-1] = (spans[-1][0], end)  # "Our effective tax rate" / "(“ETR”) increased to ...": one sentence
            else:
                spans.append((start, end))
        for i, (start, end) in enumerate(spans):
            sent = " ".join(text[start:end].split())
            if len(sent) > 600 or not (_states_figure(sent, a) and _states_figure(sent, b)
                                       or named and _states_change_of(sent, a, b, named)):
                continue
            last = i
            if not _CAUSE.search(sent):
                # "Gross margin was 44.1% compared with 46.0%." / "The decrease was primarily due to ...": the next
                # sentence gives the cause of the change this one states
                nxt = " ".join(text[spans[i + 1][0]:spans[i + 1][1]].split()) if i + 1 < len(spans) else ""
                if not (_GOES_ON.match(nxt) and _CAUSE.search(nxt)) or len(sent) + len(nxt) > 700:
                    continue
                last = i + 1
            end = _offset_after(spans, last, text, len(" ".join(text[start:spans[last][1]].split())))
            sent = " ".join(text[start:end].split())
            f0 = b.facts[0]
            found.setdefault(sent, Fact(doc_id=doc, doc=f0.doc, source=f0.source, page=page, label=sent[:80],
                                        value=b.value, unit=b.unit, period=b.period, company=f0.company,
                                        quote=text[start:end], kind="sentence"))
    return next(iter(found.values())) if len(found) == 1 else None


def _states_change_of(sentence: str, a: Figure, b: Figure, named: str) -> bool:
    """Whether a sentence names the measure (its words in order, "operating income") before stating the amount of its
    change from ``a`` to ``b`` at the precision printed ("Operating income decreased $5.4 billion, or 41.3%, in 2022
    compared to 2021"), with the direction of the change ("decreased" for a fall)."""
    m = re.search(rf"(?i)\b{re.escape(named)}\b", sentence)
    if not m or a.unit != "USD" or b.value == a.value:
        return False
    after = sentence[m.end():]
    down = b.value < a.value
    moved = re.match(r"(?i)\s+(?:(?:was|were|has|have|had)\s+)?(?:\w+ly\s+)?(?P<verb>\w+)", after)
    if not moved or not re.fullmatch(r"(?i)(?:decreas|declin|fell|fall|drop|lower|reduc)\w*" if down else
                                     r"(?i)(?:increas|grew|grow|ros|rise|improv|higher)\w*", moved.group("verb")):
        return False
    return _states_figure(after, replace(b, value=abs(b.value - a.value)))


# "the second quarter of 2026 compared with the same quarter of 2025": the year names that quarter, not the year
_SAME_SPAN = re.compile(r"\b(?:same|corresponding|comparable|equivalent)\s+(?:fiscal\s+)?(?:quarter|period|"
                        r"three[- ]month\s+period|six[- ]month\s+period|half)\s+(?:of|in)\s+"
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
    co = facts_path._possessive(ctx.company.name)
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
            return f"{v:+,.1f}%"
        if figs[late].unit == "%":
            return f"{v:+,.1f} percentage points"
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


def change_answer(question: str, ctx: _Context, q: Quantity, asked: Asked, p0: str, p1: str) -> Answer | None:
    a, b = ctx.figure(q, p0), ctx.figure(q, p1)
    w = _Writer()
    na, nb = w.cite(a.facts), w.cite(b.facts)
    co = facts_path._possessive(ctx.company.name)
    change, arithmetic = _change_text(a, b)
    rate = None
    if a.unit not in ("%", "x", "days", "") and a.unit == b.unit and a.value != 0:  # dollars, dollars per share
        rate = (b.value - a.value) / abs(a.value) * 100.0
    # the figure asked comes first (a reader, and a grader, takes the first figure as the answer)
    if asked.kind == "growth" and rate is not None:
        amount_part = change.split(" (")[0]
        head = (f"{co} {q.title} changed by {rate:+,.1f}% ({amount_part}) from {p0} to {p1}: from {a.shown()} "
                f"{_markers(na)} to {b.shown()} {_markers(nb)}.")
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
    co = facts_path._possessive(ctx.company.name)
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
            head = (f"{co} {q.title} changed by {rate:+,.1f}% ({change.split(' (')[0]}) from {p0} to {p1}: from "
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


# a margin of revenue computed by a recipe: its numerator's metric
_MARGIN_NUMERATORS = {"operating_margin": "operating_income", "net_margin": "net_income", "gross_margin": "gross_profit"}


def _numerator_reason(ctx: _Context, q: Quantity, p0: str, p1: str,
                      diff: float) -> tuple[Fact, str, tuple[Figure, ...]] | None:  # fmt: skip
    """The reason for a margin's change when the filer explains only its numerator's ("The decrease in operating
    income was primarily driven by ..."): the numerator moved the way the margin did while revenue moved the other
    way or not at all, so the numerator's change is what moved the margin. General rule: a margin's driver is quoted
    from the sentence explaining its numerator's change only when revenue did not move the same way (then the
    margin's move would be the difference of two moves, which no one sentence explains). Returns the sentence, a
    line saying how each moved and the four figures it states; None otherwise."""
    num = _MARGIN_NUMERATORS.get(q.recipe or "")
    if num is None or q.definition is not None or diff == 0:
        return None
    try:
        n0, n1 = ctx.figure(Quantity(TITLES[num], metric=num), p0), ctx.figure(Quantity(TITLES[num], metric=num), p1)
        r0, r1 = ctx.figure(Quantity(TITLES["revenue"], metric="revenue"), p0), ctx.figure(
            Quantity(TITLES["revenue"], metric="revenue"), p1)
    except (MissingInput, Withdrawn, KeyError, ValueError):
        return None
    if n0.value <= 0 or r0.value <= 0 or (n1.value - n0.value) * diff <= 0 or (r1.value - r0.value) * diff > 0:
        return None
    reason = reason_sentence(ctx, n0, n1, named=TITLES[num])
    if reason is None:
        return None
    nrate, rrate = (n1.value / n0.value - 1) * 100, (r1.value / r0.value - 1) * 100
    way = "rose" if nrate > 0 else "fell"
    rway = "was unchanged" if r1.value == r0.value else f"{'rose' if rrate > 0 else 'fell'} {abs(rrate):.1f}%"
    moved = (f"The margin moved with its numerator: {TITLES[num]} {way} {abs(nrate):.1f}% ({n0.shown()} to "
             f"{n1.shown()}) while revenue {rway} ({r0.shown()} to {r1.shown()})")
    return reason, moved, (n0, n1, r0, r1)


def level_answer(question: str, ctx: _Context, q: Quantity, period: str, averaged: Sequence[str] = ()) -> Answer:
    w = _Writer()
    co = facts_path._possessive(ctx.company.name)
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
        said = facts_path._unrounded(shown, fig.result.expression)
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
    co = facts_path._possessive(ctx.company.name)
    figs = [ctx.figure(q, p) for p in periods]
    for fig in figs:
        ns = w.cite(fig.facts)
        shown = fig.shown(tenths=True)
        w.add(f"{co} {q.title} for {fig.period} was {shown} {_markers(ns)}.", ns)
        if fig.result is not None:
            said = facts_path._unrounded(shown, fig.result.expression)
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
    head = (f"{facts_path._possessive(c1.name)} {q.title} for {period} was {f1.shown()} {_markers(ns[first])}, "
            f"{word} than {facts_path._possessive(c2.name)} {f2.shown()} {_markers(ns[second])}.").replace(
        "the same as than", "the same as")
    every = tuple(n for group in ns for n in group)
    w.add(head, every)
    parts = [f"{c.name} {period}: {f.result.expression}" for c, f in figs if f.result is not None]
    if parts:
        w.add(f"Formula: {_titled(q.title, figs[0][1].result.formula)}; {'; '.join(parts)} {_markers(every)}.", every)
    w.inputs()
    a = w.answer(question, "calc" if parts else "facts", q.title, " and ".join(c.name for c in pair), period)
    return a


# ----------------------------------------------------------------------------------------------------------------
# judgements

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
}


def _stems(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z]{4,}", text.lower())}


def _names_the_judgement(d: Definition, c: Convention) -> bool:
    """Does the definition define what the judgement is about ("capital intensity" for "capital intensive")?"""
    return bool(d.name) and bool(_stems(d.name) & _stems(c.key.replace("_", " ")))


def _fits(recipe: str, d: Definition) -> bool:
    try:
        composed(recipe, [d])
    except NoPlace:
        return False
    return True


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


def judgement_answer(question: str, ctx: _Context, c: Convention, period: str,
                     defs: Sequence[Definition] = ()) -> Answer | None:
    """"Yes"/"No" with the deciding figure and the convention; for a convention with several indicators
    (``Convention.indicators``) a verdict only when all of them are found and agree, else the figures, what
    each indicates, and no verdict (a refused Answer: the figures are shown, the yes/no is declined)."""
    q = _measure(c.measure, defs)
    if q.recipe == "debt_to_equity":
        req = Request(company=ctx.company.name, doc_ids=ctx.company.doc_ids, years=ctx.years, period=period,
                      calculation="debt_to_equity")
        out = facts_path._run_calc(ctx.index, req, ctx.by_id)
        if out is None:
            return None
        r = out[1]
        fig = Figure(period, r.value, r.unit, tuple(r.inputs), r)
    else:
        fig = ctx.figure(q, period)
        if q.definition is not None and c.unit in ("%", "x") and fig.unit != c.unit:
            fig = replace(fig, unit=c.unit)
    if c.compared and q.recipe == "payout_ratio" and fig.result is not None and len(fig.facts) == 2:
        # dividends are paid to the company's own shareholders: set against the net income attributable to them
        # when the statement prints it beside the consolidated figure (noncontrolling interests' share left out)
        owners = facts_path.owners_row(ctx.index, fig.facts[1])
        if owners is not None and facts_path._failed_input(ctx.index, [owners]) is None:
            r = calc.payout_ratio(fig.facts[0], owners)
            fig = replace(fig, value=r.value, facts=tuple(r.inputs), result=r)
    w = _Writer()
    ns = w.cite(fig.facts)
    yes = decide(c, fig.value)
    co = facts_path._possessive(ctx.company.name)
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
        every = tuple(range(1, len(w.facts) + 1))
        if said is None:
            head = (f"No verdict: {co} figures for {period} do not all point the same way, so mia does not say "
                    f"whether it is {c.quality}: {'; '.join(lines)}.")
        else:
            head = (f"{'Yes' if said else 'No'}: {co} figures for {period} all point the same way, so by these "
                    f"conventions it is {'' if said else 'not '}{c.quality}: {'; '.join(lines)}.")
        w.add(head, every)
        for text, n in formulas:
            w.add(text, n)
        w.inputs()
        a = w.answer(question, "calc", c.key.replace("_", " "), ctx.company.name, period)
        return a if said is not None else replace(a, refused=True)
    head = (f"{'Yes' if yes else 'No'}: {co} {q.title} for {period} was {shown} {_markers(ns)}, "
            f"{verdict(c, fig.value)} the {_threshold_text(c)} threshold, so by this convention it is "
            f"{'' if yes else 'not '}{c.quality}.")
    if c.compared and fig.result is not None and len(fig.facts) == 2 and fig.unit == "%":
        # two measures compared: each figure of the period with its own citation, their ratio, the verdict computed
        # (a loss set against a payment: the payment is the larger, and no ratio of the two is meaningful)
        a, b = fig.facts
        yes = amount(a) > amount(b)
        said = [f"{TITLES.get(f.metric or '', f.label)} of {facts_path._value_text(f, ctx.scale, _scale_word(ctx.scale))} "
                f"[{n}]" for f, n in zip((a, b), ns)]
        ratio = (f"{q.title} {shown}, {verdict(c, fig.value)} {_threshold_text(c)}" if amount(b) > 0 else
                 f"no {q.title} is meaningful against a loss")
        head = (f"{'Yes' if yes else 'No'}: {co} {said[0]} for {period} set against its {said[1]}: {ratio}, so it "
                f"was {'' if yes else 'not '}{c.quality}.")
    w.add(head, ns)
    w.add(f"{how}; convention: {c.convention} ({_threshold_text(c)}) {_markers(ns)}.", ns)
    for s in c.support:
        sq = _measure(s)
        try:
            sf = ctx.figure(sq, period)
        except MissingInput:
            continue
        sn = w.cite(sf.facts)
        w.add(f"For context, {sq.title} was {_pct_or_shown(sq, sf)} {_markers(sn)}.", sn)
        if sf.result is not None:
            w.add(f"Formula: {_named_formula(sq, sf.result)}; {sf.result.expression} {_markers(sn)}.", sn)
    w.inputs()
    return w.answer(question, "calc", c.key.replace("_", " "), ctx.company.name, period)


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
    co = facts_path._possessive(ctx.company.name)
    rel = "more" if va > vb else "less"
    w.add(f"{'Yes' if yes else 'No'}: {co} {TITLES.get(a_m, a_m)} for {period} was "
          f"{facts_path._value_text(fa.facts[0], ctx.scale, _scale_word(ctx.scale))} {_markers(na)}, {rel} than its "
          f"{TITLES.get(b_m, b_m)} of {facts_path._value_text(fb.facts[0], ctx.scale, _scale_word(ctx.scale))} "
          f"{_markers(nb)} (compared as amounts of the same period).", na + nb)
    w.inputs()
    return w.answer(question, "facts", f"{TITLES.get(a_m, a_m)} against {TITLES.get(b_m, b_m)}", ctx.company.name,
                    period)


# a threshold a yes/no question states for a figure: "a current ratio above 1.0", "gross margin of at least 40%"
_THRESHOLD = re.compile(r"\b(above|over|greater\s+than|more\s+than|higher\s+than|exceed(?:s|ed|ing)?|at\s+least|"
                        r"no\s+less\s+than|below|under|less\s+than|lower\s+than|at\s+most|no\s+more\s+than)\s+"
                        r"(?:a\s+|an\s+|the\s+)?(?:level\s+of\s+|threshold\s+of\s+)?(\d+(?:\.\d+)?)\s*"
                        r"(%|percent\b|x\b|times\b)?", re.I)
_ABOVE = ("above", "over", "greater", "more", "higher", "exceed")


def stated_threshold(question: str) -> tuple[str, float, str] | None:
    """(">" / ">=" / "<" / "<=", the number, its unit "%" / "x" / "") a yes/no question compares its figure with;
    None when it states none (or a year)."""
    m = _THRESHOLD.search(question)
    if m is None or (len(m.group(2)) == 4 and not m.group(3)):
        return None
    word = m.group(1).lower()
    unit = {"%": "%", "percent": "%", "x": "x", "times": "x"}.get((m.group(3) or "").lower(), "")
    if word.startswith(("at least", "no less")):
        op = ">="
    elif word.startswith(("at most", "no more")):
        op = "<="
    else:
        op = ">" if word.startswith(_ABOVE) else "<"
    return op, float(m.group(2)), unit


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
    co = facts_path._possessive(ctx.company.name)
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
    period's row, cited; a figure of zero, or a question asking both signs, gets none (None)."""
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
    w.add(f"{verdict}: {facts_path._possessive(ctx.company.name)} {q.title} for {period} was {fig.shown(tenths=True)} "
          f"{_markers(ns)}, {said}.", ns)
    w.add(f"Reported as \"{fig.facts[0].label}\" {_markers(ns)}.", ns)
    try:  # the period before, for context ("down from positive equity of $187 million a year earlier")
        before = ctx.figure(q, prev_period(period))
    except (MissingInput, Withdrawn):
        before = None
    if before is not None and before.unit == fig.unit and before.facts:
        bn = w.cite(before.facts)
        w.add(f"For {before.period} it was {before.shown(tenths=True)} {_markers(bn)}.", bn)
    return w.answer(question, "facts", q.title, ctx.company.name, period, inputs=fig.facts)


def _recipe_words(recipe: str) -> set[str]:
    """Words that name a calculation's own inputs or title ("dividend" of a payout ratio, "cash" of a cash
    ratio): before the calculation's name they say what it is, not a part it is narrowed to."""
    r = calc.RECIPES.get(recipe)
    if r is None:
        return set()
    phrases = [r.title, *intent.calculation_words(recipe)]
    for metric, _, _ in r.inputs:
        phrases += [*METRIC_WORDS.get(metric, ()), TITLES.get(metric, ""), metric.replace("_", " ")]
    return set().union(*(facts_path._word_stems(p) for p in phrases if p))


def part_margin_answer(question: str, ctx: _Context, words: set[str], period: str) -> Answer | None:
    """The gross margin of a part the question names ("subscription gross margin", "gross margin on professional
    services"): the part's revenue row and its cost row (the same words under "Cost of revenue:", or the part's
    gross profit row), each found by ``facts_path.part_row`` and checked on its page; (revenue - cost) / revenue.
    General rule: a ratio narrowed to a part is computed from that part's rows only; when either row is missing,
    no figure (None), never the consolidated ratio."""
    rev = facts_path.part_row(ctx.index, "revenue", words, ctx.company.doc_ids, period, ctx.by_id)
    cost = facts_path.part_row(ctx.index, "cost_of_revenue", words, ctx.company.doc_ids, period, ctx.by_id)
    gp = None if cost else facts_path.part_row(ctx.index, "gross_profit", words, ctx.company.doc_ids, period,
                                                ctx.by_id)
    if rev is None or (cost is None and gp is None) or amount(rev) == 0:
        return None
    other = cost or gp
    assert other is not None
    if facts_path._failed_input(ctx.index, [rev, other]) is not None or rev.doc_id != other.doc_id:
        return None
    profit = amount(rev) - amount(other) if cost else amount(other)
    value = profit / amount(rev) * 100.0
    name = " ".join(w for w in re.findall(r"[a-z]+", rev.label.lower()) if w not in ("and", "of", "the")) or "part"
    title = f"{facts_path.row_title(rev.label, 'revenue').replace(' revenue', '')} gross margin"
    w = _Writer()
    ns = w.cite([rev, other])
    shown = fmt(value, "%")
    co = facts_path._possessive(ctx.company.name)
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
                and not all(facts_path.is_statement_page(ctx.index, x.doc_id, x.page) for x in f.facts):
            f = None  # a payout read off a discussion table is not set against the statement's cash flows
        paid.append((metric, f))
    w = _Writer()
    nf = w.cite(fcf.facts)
    co = facts_path._possessive(ctx.company.name)
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
    how = (f"Formula: free cash flow = {fcf.result.formula if fcf.result else fq.title}; "
           f"{fcf.result.expression if fcf.result else plain(fcf.value)}")
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
    w.inputs()
    return w.answer(question, "calc", "free cash flow cover of payouts", ctx.company.name, period)


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
    co = facts_path._possessive(ctx.company.name)
    w.add(f"{'Yes' if covered else 'No'}: {co} cash from operations for {period} was {money(ocf.value)} {_markers(no)}, "
          f"{'more than' if ocf.value > total else 'equal to' if ocf.value == total else 'less than'} the "
          f"{money(total)} of {', '.join(parts[:-1]) + ' and ' + parts[-1] if len(parts) > 1 else parts[0]}.", every)
    cover = f"; cover = {fmt(ocf.value / scale)} / {fmt(total / scale)} = {ocf.value / total:,.2f}x" if total else ""
    w.add(f"Formula: {netted}uses = {' + '.join(terms)} = {fmt(total / scale)}{(' ' + word) if word else ''}{cover}; "
          f"convention: the uses are covered when cash from operations is at least their sum {_markers(every)}.",
          every)
    w.inputs()
    return w.answer(question, "calc", "operating cash flow cover", ctx.company.name, period)


# ----------------------------------------------------------------------------------------------------------------
# refusing a definition


_SHARE_OF = re.compile(r"(?i)\b(?:share|percent(?:age)?|proportion|portion|fraction|part)\s+of\s+(.+?)"
                       r"(?=\s+(?:in|for|during|than|at|as\s+of|did|was|were|is|from|between|compared|change[ds]?|"
                       r"mov(?:e|ed|es)|gr[eo]w|grown|r[io]se|risen|f[ae]ll|fallen|increase[ds]?|decrease[ds]?|"
                       r"decline[ds]?|came|comes?|coming|went|goes|go|flowed|derived|generated|arose|stemmed)\b|"
                       r"[?,;]|$)")
_PHRASE_LEAD = re.compile(r"(?i)^(?:the|its|their|our|total|consolidated|(?:fy|fiscal)\s?\d{4}|\d{4})\s+")


def share_of_metric(text: str, metric: str) -> bool:
    """Does ``text`` ask for something as a share of ``metric`` ("a larger share of net sales", "what percentage
    of its revenue", "a bigger part of Contoso's sales")? General rule: the base of a share is not what is asked,
    so its own level or change never answers (and a verdict from it would be a confident wrong one)."""
    for m in _SHARE_OF.finditer(text):
        phrase = re.split(r"['’]s?\s+", m.group(1).strip())[-1]  # "Contoso's net sales" -> "net sales"
        while _PHRASE_LEAD.match(phrase):
            phrase = _PHRASE_LEAD.sub("", phrase, count=1)
        if phrase and metric_for_phrase(phrase) == metric:
            return True
    return False


def without_share_base(question: str, ans: Answer | None) -> Answer | None:
    """A figure asked as a share of a metric ("product development as a percentage of total net revenues", "a larger
    share of net sales") is never answered by a lookup or calculation whose every input is that metric's own row
    (its level, its change, its growth), nor by a figure that is that metric (``ans.subject``: a registry metric or
    one the question defines): None, so the question is declined or the passages answer. General rule of
    ``share_of_metric``, on every path (the facts path's growth of revenue answered a ratio's change)."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    metrics = {normalise_metric(i.label) for i in ans.inputs}
    if len(metrics) == 1 and None not in metrics and share_of_metric(question, next(iter(metrics))):
        return None
    # the figure computed is the base itself ("what share of its free cash flow did it return?" answered with the free
    # cash flow the question defines): the whole of a share is no answer to it, whatever its inputs
    computed = metric_for_phrase(ans.subject) if ans.subject else None
    if computed and share_of_metric(question, computed):
        return None
    return ans


def _decline(question: str, reason: str, company: str | None, period: str | None) -> Answer:
    return _refusal(question, f"mia cannot compute this as the question defines it: {reason}.", company, period)


def _refusal(question: str, text: str, company: str | None, period: str | None) -> Answer:
    check = SentenceCheck(text, (), True, (), "refusal")
    return Answer(question=question, text=text, refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), about=Subject(company, period))


# ----------------------------------------------------------------------------------------------------------------
# the entry point


def _pinned(company: Company) -> Any:
    return Filters(companies=[company.name])


def _period_of(question: str, company: Company) -> tuple[str | None, tuple[int, ...]]:
    if asks_second_half(question):
        return None, ()  # no statement column is a second half: never the report's own period in its place
    if date_unplaced(question, company.docs) or intent.span_unplaced(question, company.docs):
        return None, ()  # a balance at a date, or a span, none of the company's reports prints: never another's column
    period, years = resolve_period(question)
    # "the six months ended September 30, 2025": the report's column; two such spans compared: the later one's
    spans = intent.spans_ended(question, company.docs) or intent.dates_compared(question, company.docs)
    if spans:
        # (a quarter and its year to date ending together are one year's two columns: one year, not two)
        return spans[-1], tuple(dict.fromkeys(int(y) for p in reversed(spans) for y in re.findall(r"\d{4}", p)))
    dated = period_at_date(question, company.docs)  # "at June 30, 2026": the period of the report ending then
    if dated is not None:
        return dated, tuple(int(y) for y in re.findall(r"\d{4}", dated))
    if period is None:
        fys = {d.fiscal_year for d in company.docs if d.fiscal_year}
        if len(company.docs) == 1 and len(fys) == 1:
            period = company.docs[0].period or f"FY{fys.pop()}"
            years = tuple(int(y) for y in re.findall(r"\d{4}", period))
    return period, years


def _part_kinds(text: str, defs: Sequence[Definition]) -> str:
    """The text less "<part> segment" / "<part> division" where a parsed definition's input is that part ("How much of
    its revenue growth came from its Cloud segment? Express Cloud's revenue increase as a percentage of ..."): the
    segment named is the one the definition computes, no breakdown asked of it."""
    for d in defs:
        for i in d.inputs():
            if i.part:
                text = re.sub(rf"\b{re.escape(i.part)}\s+(?:segments?|divisions?|business(?:es)?|units?)\b", " ", text,
                              flags=re.I)
    return text


# questions that want reasons, a breakdown or a forecast: a figure's level or change does not answer them
_NOT_A_FIGURE = re.compile(
    r"\bwhy\b|\bwhat\s+(?:drove|drives|caused|causes|explains|lifted|lifts|pushed|pushes|boosted|helped|hurt|"
    r"weighed\s+on|held\s+back|contributed\s+to|led\s+to)\b|\bdrivers?\b|\bexplain\w*|\breasons?\b|\bdue\s+to\b|"
    r"\bconsistent\w*|\bhistorically\b|\bsegments?\b|\bgeograph\w*|\bregions?\b|\bexclud\w*|\bguidance\b|"
    r"\boutlook\b|\bforecast\w*|\bbankrupt\w*|\bliquidat\w*",
    re.I,
)


def _adjusted(question: str, index: Any, filters: Any) -> Answer | None:
    """An adjusted / non-GAAP figure: only the company's own reported row (``facts_path.reported_adjusted``),
    for one company and one period the question names, without a filter; never computed."""
    if filters is not None or _NOT_A_FIGURE.search(intent._CAVEAT.sub(" ", question)) or asks_yes_no(question):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    period, _ = _period_of(question, named[0])
    if period is None:
        return None
    return facts_path.reported_adjusted(question, index, named[0].name, named[0].doc_ids, period)


def _scale_word(scale: float | None) -> str:
    return calc.SCALE_WORDS.get(scale, "") if scale else ""


def _asked_scale(question: str) -> float | None:
    for rx, scale, _ in intent._UNIT_ASK:
        if rx.search(question):
            return scale
    return None


_MOVES = r"(?:change|changes|increase|decrease|decline|improvement|deterioration|expansion|contraction|drop|rise)"
# "what drove / caused / was behind / led to / accounted for ...", "what were the main reasons for ..." (the verbs of
# ``query.intent.REASON_ASKED``)
_DROVE = re.compile(rf"^\s*what\s+(?:(?:drove|caused|explains|explained|(?:was|is)\s+behind|led\s+to|accounted\s+for|"
                    rf"accounts\s+for|contributed\s+to)|(?:were|are)\s+the\s+(?:main\s+|primary\s+|key\s+|major\s+)?"
                    rf"(?:reasons?|drivers?|causes?)\s+(?:for|of|behind))\s+(?:the\s+)?(?:{_MOVES}\s+in\s+(?:the\s+)?"
                    rf"(?P<what2>[\w\s&'’-]{{3,60}}?)(?=\s+(?:as\s+of|in|for|during|between|from|at|of)\b)|"
                    rf"(?P<what>[\w\s&'’-]{{3,60}}?)\s+{_MOVES}\b)(?P<rest>[^?]*)\?", re.I)


def asks_reason(question: str) -> bool:
    """Does the question (its "if the measure is not meaningful, say so" rider set aside) open by asking a reason, in
    any of the words of ``query.intent.REASON_ASKED`` ("What was behind ...?", "What accounted for ...?", "Why did
    ...?") or as "What were the main reasons for ...?" (``_DROVE``)? General rule: a reason asked is answered by the
    filer's reason (``REASON_LEAD``) or by the passages, never by a figure alone. A judgement closing on "Why?" asks
    its verdict first: its figures answer it."""
    text = intent._CAVEAT.sub(" ", question)
    return bool(re.match(rf"\s*(?:{intent.REASON_ASKED})", text, re.I) or _DROVE.match(text))


def drove_as_change(question: str) -> str | None:
    """"What explains the operating margin decline in fiscal 2024 at Contoso?" asked as the change it names with its
    reason: "How much did the operating margin change in fiscal 2024 at Contoso, and what drove the change?" (the rest of the
    question, a caveat, kept); None for any other question."""
    m = _DROVE.match(question)
    if not m:
        return None
    what = (m.group("what") or m.group("what2")).strip()
    return f"How much did the {what} change{m.group('rest')}, and what drove the change?{question[m.end():]}"


def _filing_pages(index: Any, meta: Any) -> dict[int, str]:
    """Every page of one filing, passages written for an AI cut out (``text.planted``)."""
    out: dict[int, str] = {}
    last = meta.pages or 600
    for page in range(1, last + 1):
        text = index.page_text(meta.doc_id, page)
        if text is None:
            if not meta.pages and page > 3 and all(p not in out for p in range(page - 3, page)):
                break
            continue
        out[page] = strip_planted(text, " ")[0]
    return out


def legal_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"Is Contoso facing any significant lawsuits as of FY2025?", "Is Northwind involved in material litigation?": the
    verdict of the latest asked year's annual report of the one company the question names, read from its Item 3 and
    the note Item 3 points to (``prose_legal.read_legal``): "Yes" listing the matters it names, each cited; "No"
    quoting its statement that no material proceeding is pending; None when the report does not say either way."""
    if filters is not None or not asks_yes_no(question) or not prose_legal.asks_legal(question) \
            or not hasattr(index, "documents"):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    annual = [d for d in company.docs if (d.doc_type or "").upper().replace("-", "") == "10K" and d.fiscal_year]
    asked = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", question)]
    year = max(asked) if asked else max((d.fiscal_year for d in annual), default=None)
    filings = [d for d in annual if d.fiscal_year == year]
    if len(filings) != 1:
        return None
    meta = filings[0]
    reading = prose_legal.read_legal(_filing_pages(index, meta))
    if reading is None or reading.verdict is None:
        return None
    w = _Writer()
    co = facts_path._possessive(company.name)

    def fact(q: prose_legal.Quote) -> Fact:
        return Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=q.page, label=q.text[:80], value=0.0,
                    period=f"FY{year}", company=company.name, quote=q.text, kind="sentence")

    if reading.verdict == "Yes":
        shown = reading.matters[:8]
        listed = "; ".join(f"{' '.join(m.text.split())} {_markers(w.cite([fact(m)]))}" for m in shown)
        more = ", among others" if len(reading.matters) > len(shown) else ""
        w.add(f"Yes: {co} FY{year} annual report describes these legal matters in its {reading.where}: "
              f"{listed}{more}.", tuple(range(1, len(w.facts) + 1)))
        for m in shown:
            if m.amount is not None:  # what the matter costs or may cost, as the filing states it, quoted
                n = w.cite([fact(m.amount)])
                w.add(f"\u201c{m.amount.text}\u201d {_markers(n)}", n)
    else:
        said = reading.statement
        n = w.cite([fact(said)])
        w.add(f"No: {co} FY{year} annual report names no specific legal proceeding in its Item 3 (Legal Proceedings); "
              f"it says: \u201c{said.text}\u201d {_markers(n)}.", n)
    return w.answer(question, "extract", "legal proceedings", company.name, f"FY{year}", inputs=())


_MEMBER_PAGE_WORDS = re.compile(r"(?i)\b(?:segments?|divisions?|regions?)\b")


def member_margin_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"What was the operating margin of Contoso's Marine segment in 2025?", "How far did its
    International segment's operating margin move between 2024 and 2025, in points?": the named member's margin computed
    from its own rows (``table_rankings.member_margin``) in the filings of the asked years of the one company named,
    each year's numerator and revenue cited; the change in percentage points. General rule: a member's margin is never
    the company's; it is computed from the member's rows of one table, the same on every page that gives it, or not
    answered (None: no page gives it, or two pages give other margins)."""
    if filters is not None or not hasattr(index, "documents"):
        return None
    if not table_rankings.asked_margin(question):
        return member_figure_answer(question, index)
    if asks_yes_no(question) or asks_reason(question) or without_why(question) is not None:
        return None  # a verdict or a reason asked: not the margin alone
    name = table_rankings.named_member(question)
    member = _member_pages(question, index, name) if name is not None else None
    if member is None:
        return None
    company, pages = member
    years = _years_asked(question)
    found = [(meta, n, text, got) for meta, n, text in pages
             if (got := table_rankings.member_margin(question, text, years)) is not None]
    if not _agree(found, lambda g: g.margins):
        return None
    meta, page, text, got = found[0]
    w = _Writer()
    facts = _row_citations(meta, page, text, company.name, got.rows)
    ns = w.cite(facts)
    co = facts_path._possessive(company.name)
    title = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[got.num]
    numw = {"operating income": "operating income", "ebitda": "EBITDA"}[got.num]
    each = "; ".join(f"{y}: {c[0]} / {c[1]} x 100 = {m:.1f}%"
                     for y, m, c in reversed(list(zip(got.years, got.margins, got.cells))))
    formula = f"Formula: {title} = {numw} / revenue x 100; {each}"
    formula += _points_change(got.years, got.margins, "", "ratios")
    if len(got.years) == 2:
        d = got.margins[1] - got.margins[0]
        w.add(f"{co} {name} segment {title} changed by {d:+.1f} percentage points from {got.years[0]} to "
              f"{got.years[1]}{f' ({got.span})' if got.span else ''}: from {got.margins[0]:.1f}% to {got.margins[1]:.1f}%, computed from the segment's own rows "
              f"{_markers(ns)}.", ns)
    else:
        span = f" ({got.span})" if got.span else ""
        w.add(f"{co} {name} segment {title} was {got.margins[-1]:.1f}% in {got.years[-1]}{span}, computed from the "
              f"segment's own rows {_markers(ns)}.", ns)
    w.add(f"{formula} {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name, [
        item for y, c in zip(got.years, got.cells)
        for item in ((f"{name} {numw}", str(y), c[0]), (f"{name} revenue", str(y), c[1]))])
    return w.answer(question, "calc", f"{name} segment {title}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


def _names_by_end(index: Any, doc_id: str) -> bool:
    """Whether the filing names each fiscal year closing in January to March by its closing year and never by the
    year it began (its ``fiscal_year_name`` sentences, ``finance.fiscal``)."""
    said = {(f.fiscal_year or 0) - int(f.value) for f in index.facts(metric="fiscal_year_name", doc_ids=[doc_id])}
    return said == {0}


def member_share_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"What share of Contoso's consolidated operating income came from its Harbor segment in fiscal 2025 and fiscal
    2024, and by how many points did it change?": the named member's cell over the whole's cell of one segment-table
    row that adds up (``table_rankings.member_share``), each asked year, on the pages of the one named company's
    filings of the asked years; the change in percentage points. General rule: a member's share is computed from its
    own cell and the total of the same row of the same table, the same on every page giving it; otherwise None."""
    if filters is not None or not hasattr(index, "documents") or not table_rankings.asks_member_share(question):
        return None
    if asks_yes_no(question) or asks_reason(question) or without_why(question) is not None:
        return None
    name = table_rankings.named_member(question)
    member = _member_pages(question, index, name) if name is not None else None
    if member is None:
        return None
    company, pages = member
    years = _years_asked(question)
    fiscal = table_rankings.fiscal_asked(question)
    ends: dict[str, bool] = {}
    found = []
    for meta, n, text in pages:
        if fiscal and meta.doc_id not in ends:
            ends[meta.doc_id] = _names_by_end(index, meta.doc_id)
        got = table_rankings.member_share(question, text, years, ends=fiscal and ends[meta.doc_id])
        if got is not None:
            found.append((meta, n, text, got))
    if not _agree(found, lambda g: tuple(round(v, 1) for v in g.shares)):
        return None
    meta, page, text, got = found[0]
    w = _Writer()
    facts = _row_citations(meta, page, text, company.name, got.rows)
    ns = w.cite(facts)
    co = facts_path._possessive(company.name)
    title = {"revenue": "revenue", "operating income": "operating income", "ebitda": "EBITDA"}[got.measure]
    word = "fiscal " if fiscal else ""
    each = [f"{word}{y}: {c[0]} / {c[1]} x 100 = {v:.1f}%" for y, v, c in zip(got.years, got.shares, got.cells)]
    lead = "; ".join(f"{v:.1f}% in {word}{y} ({c[0]} of {c[1]})"
                     for y, v, c in reversed(list(zip(got.years, got.shares, got.cells))))
    w.add(f"The {got.member} segment's share of {co} total {title} (the segment table's last column, which its "
          f"columns add up to) was {lead}, computed from the segment table's rows {_markers(ns)}.", ns)
    formula = f"Formula: share = segment {title} / total {title} x 100; " + "; ".join(reversed(each))
    formula += _points_change(got.years, got.shares, word, "shares")
    w.add(f"{formula} {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name, [
        item for y, c in zip(got.years, got.cells)
        for item in ((f"{got.member} {title}", f"{word}{y}", c[0]), (f"total {title}", f"{word}{y}", c[1]))])
    return w.answer(question, "calc", f"{got.member} segment share of {title}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


def rows_share_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """"What share of Contoso's total capital expenditures went to remodels plus new stores in fiscal 2025, and the
    change from fiscal 2024?": the rows the question names over the table's "Total <whole>" row
    (``table_shares.rows_share``) in a filing of the one named company of the asked years (or the year after), each
    year's share and the change in percentage points, every row cited. General rule: a share of a total is computed
    from the named rows and the total row of one table, the same on every page giving it; otherwise None."""
    if filters is not None or not hasattr(index, "documents") or not table_shares.asks_rows_share(question):
        return None
    if asks_yes_no(question) or asks_reason(question) or without_why(question) is not None:
        return None
    named = named_companies(question, index)
    years = _years_asked(question)
    if len(named) != 1 or not years:
        return None
    company = named[0]
    fiscal = table_rankings.fiscal_asked(question)
    found = []
    for meta in sorted(company.docs, key=lambda d: -(d.fiscal_year or 0)):
        if meta.fiscal_year not in years and meta.fiscal_year != max(years) + 1:
            continue
        ends = fiscal and _names_by_end(index, meta.doc_id)
        for n, text in _filing_pages(index, meta).items():
            if re.search(r"(?i)\btotal\b", text) and (got := table_shares.rows_share(question, text, years, ends)):
                found.append((meta, n, text, got))
    if not _agree(found, lambda g: tuple(round(v, 1) for v in g.shares)):
        return None
    meta, page, text, got = found[0]
    w = _Writer()
    facts = _row_citations(meta, page, text, company.name, got.rows)
    ns = w.cite(facts)
    word = "fiscal " if fiscal else ""
    parts = " + ".join(got.parts)
    lead = "; ".join(f"{v:.1f}% in {word}{y} ({' + '.join(c[0])} of {c[1]})"
                     for y, v, c in reversed(list(zip(got.years, got.shares, got.cells))))
    w.add(f"{parts} made up {lead} of {facts_path._possessive(company.name)} {got.whole.lower()}, computed from the "
          f"table's rows {_markers(ns)}.", ns)
    each = "; ".join(f"{word}{y}: ({' + '.join(c[0])}) / {c[1]} x 100 = {v:.1f}%"
                     for y, v, c in reversed(list(zip(got.years, got.shares, got.cells))))
    formula = f"Formula: share = ({parts}) / {got.whole.lower()} x 100; {each}"
    formula += _points_change(got.years, got.shares, word, "shares")
    w.add(f"{formula} {_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name, [
        item for y, c in zip(got.years, got.cells)
        for item in (*((label, f"{word}{y}", cell) for label, cell in zip(got.parts, c[0])),
                     (got.whole, f"{word}{y}", c[1]))])
    return w.answer(question, "calc", f"share of {got.whole.lower()}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


def _points_change(years: Sequence[int], values: Sequence[float], word: str, what: str) -> str:
    """The formula's change clause for two years' percentages ("; change = fiscal 2025 - fiscal 2024 = +1.2 percentage
    points, from the unrounded shares"); nothing for one year."""
    if len(years) != 2:
        return ""
    d = values[1] - values[0]
    return f"; change = {word}{years[1]} - {word}{years[0]} = {d:+.1f} percentage points, from the unrounded {what}"


def _row_citations(meta: Any, page: int, text: str, company: str, rows: Sequence[Any]) -> list[Fact]:
    """The table rows a computed answer cites, each quoted as printed on its page (the figures are in its text and
    its inputs, ``_cell_inputs``)."""
    return [Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label=r.label, value=0.0,
                 company=company, quote=text[r.start:r.end], kind="table") for r in rows]


def _agree(found: Sequence[tuple[Any, ...]], key: Any) -> bool:
    """Whether pages were found and every page giving the figure gives the same (``key`` of each last element)."""
    return bool(found) and len({key(f[-1]) for f in found}) == 1


def _cell_inputs(meta: Any, page: int, text: str, company: str, cells: Sequence[tuple[str, str, str]]) -> list[Fact]:
    """The inputs of a calculation read from a table's printed cells, for ``Answer.inputs``: one Fact per (label,
    period, cell as printed), its value the cell's figure at the page's one stated scale ("in millions" -> 1e6, USD
    when the page prints a dollar sign); a page stating no single scale gives the figure as printed (scale 1, no
    unit). A cell that is no figure is left out."""
    scales = page_scales(text)
    scale = next(iter(scales)) if len(scales) == 1 else 1.0
    unit = "USD" if len(scales) == 1 and "$" in text else ""
    out = []
    for label, period, cell in cells:
        v = prose_pdf_tables.cell_value(cell)
        if v is not None:
            out.append(Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label=label, value=v,
                            scale=scale, unit=unit, period=period, company=company, kind="table"))
    return out


def _years_asked(question: str) -> set[int]:
    """The four-digit years a question names."""
    return {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", question)}


def _member_pages(question: str, index: Any, name: str) -> tuple[Any, list[tuple[Any, int, str]]] | None:
    """The one named company and the pages of its filings of the asked years (or the year after) naming ``name``."""
    if asks_which_member(question):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    years = _years_asked(question)
    if not years:
        return None
    docs = [d for d in company.docs if d.fiscal_year in years or d.fiscal_year == max(years) + 1]
    pages = [(meta, n, text) for meta in sorted(docs, key=lambda d: -(d.fiscal_year or 0))
             for n, text in _filing_pages(index, meta).items()
             if name.lower() in text.lower() and _MEMBER_PAGE_WORDS.search(text)]
    return company, pages


# a question asking something other than the member's own figure or its change: a share of a whole, a ratio, a mix,
# a contribution, a per-unit figure, an average, a forecast
_NOT_THE_FIGURE = re.compile(r"(?i)\b(?:share|proportion|portion|ratio|mix|contribut\w*|average|forecast\w*|expect\w*|"
                             r"guidance|outlook|per\s+(?:share|unit|store|employee))\b|\bpercentage\s+of\b|%\s+of\b|"
                             r"\bpercent\s+of\b")


def member_figure_answer(question: str, index: Any) -> Answer | None:
    """"What was the revenue of Contoso's Marine segment in 2025?", "How much did net sales of its Health Care segment
    grow from 2024 to 2025?": the named member's own row (``table_rankings.member_figure``) on the pages of the one
    named company's filings of the asked years, the level in the page's one stated scale, or the change in amount and
    percent, cited. General rule: a member's figure is its own row's, the same on every page giving it, never the
    company's; a page stating no single scale gives no level; otherwise None."""
    name = table_rankings.named_member(question)
    if name is None or asks_yes_no(question) or asks_reason(question) or without_why(question) is not None \
            or _NOT_THE_FIGURE.search(question):
        return None  # a verdict, a reason, a share or a ratio asked: not the member's figure alone
    got_pages = _member_pages(question, index, name)
    if got_pages is None:
        return None
    company, pages = got_pages
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", question)}
    found = [(meta, n, text, got) for meta, n, text in pages
             if (got := table_rankings.member_figure(question, text, years)) is not None]
    if not _agree(found, lambda g: g.values):
        return None
    meta, page, text, got = found[0]
    scales = page_scales(text)
    scale = next(iter(scales)) if len(scales) == 1 else None
    w = _Writer()
    ns = w.cite(_row_citations(meta, page, text, company.name, [got.row]))
    co = facts_path._possessive(company.name)
    title = {"revenue": "revenue", "operating income": "operating income", "ebitda": "EBITDA", "noi": "NOI"}[got.measure]
    word = calc.SCALE_WORDS.get(scale or 0.0, "")

    def money(v: float) -> str:
        return f"{'-' if v < 0 else ''}${fmt(abs(v))}{(' ' + word) if word else ''}"

    if len(got.years) == 2:
        (y0, y1), (v0, v1) = got.years, got.values
        diff = v1 - v0
        pct = f" ({diff / v0 * 100:+,.1f}%)" if v0 > 0 and v1 > 0 else ""
        arith = f"{fmt(v1)} - {fmt(v0)} = {fmt(diff)}" + (f"; ({fmt(v1)} - {fmt(v0)}) / {fmt(v0)} x 100 = "
                                                          f"{diff / v0 * 100:+,.1f}%" if pct else "")
        if scale is None and not pct:
            return None
        shown = (f"from {money(v0)} to {money(v1)}" if scale is not None else
                 f"from {got.cells[0]} to {got.cells[1]} as printed")
        moved = ("+" if diff > 0 else "") + (money(diff) if scale is not None else fmt(diff))
        head = (f"{co} {name} segment {title} changed by {moved}{pct} from "
                f"{y0} to {y1}: {shown}, from the segment's own row {_markers(ns)}.")
        w.add(head, ns)
        w.add(f"Formula: change = {y1} - {y0}; {arith} {_markers(ns)}.", ns)
    else:
        if scale is None:
            return None
        w.add(f"{co} {name} segment {title} was {money(got.values[-1])} in {got.years[-1]}, from the segment's own row "
              f"{_markers(ns)}.", ns)
    inputs = _cell_inputs(meta, page, text, company.name,
                          [(got.row.label, str(y), c) for y, c in zip(got.years, got.cells)])
    return w.answer(question, "calc" if len(got.years) == 2 else "facts", f"{name} segment {title}", company.name,
                    " to ".join(str(y) for y in got.years), inputs=inputs)


def answer_question(question: str, index: Any, filters: Any = None) -> Answer | None:
    """A cited answer from the facts of the company the question names, or None (see the module docstring).
    A calculation withdrawn because an input cannot be relied on (``finance.formulas.Withdrawn``) is answered
    with the reason and the rival rows, never left to the passages (where the reason would be lost).
    "What drove <measure> change ...?" is answered as "How much did <measure> change ..., and what drove the
    change?" (``drove_as_change``) when the filer's sentence states the change with its cause, else as asked."""
    said = question
    question = once_restated(question)
    several = measures_asked(question)
    if several:
        # "by what percentage did A grow, did B change, and did C grow?": each measure asked on its own, the answers
        # joined only when every one is answered (``answer.measures_joined``)
        parts = []
        for sub in several:
            try:
                parts.append(answer_question(sub, index, filters))
            except Withdrawn:
                parts.append(None)
            if parts[-1] is None or parts[-1].refused:
                break
        both = measures_joined.joined(said, parts) if len(parts) == len(several) else None
        if both is not None:
            return both
    else:
        votes = vote_shares.answer_vote_share(question, index)
        if votes is not None:
            return replace(votes, question=said)
    legal = legal_answer(question, index, filters)
    if legal is not None:
        return replace(legal, question=said)
    member = (member_share_answer(question, index, filters) or rows_share_answer(question, index, filters)
              or member_margin_answer(question, index, filters))
    if member is not None:
        return replace(member, question=said)
    asked_change = drove_as_change(question)
    if asked_change is not None:
        try:
            found = answer_question(asked_change, index, filters)
        except Withdrawn:
            found = None
        if found is not None and not found.refused and REASON_LEAD in found.text:
            return replace(found, question=said)
        # no sentence of the filer states the change and its cause: the question as asked (a measure that does
        # not apply is said so; reasons in other words are the passages', ``prose_drivers``)
    try:
        if asks_which_member(question):
            return None  # "which segment / product category / revenue line ...": a member is named from its rows, never
            # the whole company's figure (rankings: ``pickers.rank_rows`` and the passages)
        if prose_verdicts.asked_holders(question) in ("customer", "supplier"):
            return None  # "how dependent is it on its largest partners?": the filer's sentences stating the shares
            # answer, never a statement figure (total revenue is no share held by anyone)
        found = _answer_question(question, index, filters)
        if (found is not None and (without_why(question) is not None or asks_reason(question))
                and REASON_LEAD not in found.text and facts_path.NOT_USEFUL not in found.text):
            found = None  # "and what drove it?", "what was behind the decline?": a figure without the filer's reason
            # answers another question
        if found is None and filters is None:
            # "How much did its Core FFO per diluted share change from 2024 to 2025?": the row the question names
            found = row_changes.per_share_change(question, index)
        ans = without_named_part(question, one_figure_for_several(question, found))
        ans = without_named_place(question, ans, index)
        ans = without_stray_name(question, ans, index)
        ans = without_share_base(question, ans)
        ans = every_year_verdict(question, ans)
        ans = sign_premise(question, ans)
        if ans is not None and not ans.refused and prose_ties.misses_share_part(question, ans.text):
            return None  # a share of the whole from a named part asked: the whole's level or change names no part
        return replace(ans, question=said) if ans is not None and question != said else ans
    except Withdrawn as w:
        named = named_companies(question, index) if hasattr(index, "documents") else []
        company = named[0].name if len(named) == 1 else None
        period, _ = resolve_period(_outside(question, find_definitions(question, LOOKUP)))
        return facts_path.withdrawn_answer(question, company, period, w.calculation, w)


# a premise that the asked figure was negative: "... was negative in the first quarter of 2021", "turned negative in
# fiscal 2025", "was a net benefit in Q1 2026", "came in below zero"
_NEGATIVE_PREMISE = re.compile(r"\b(?:was|were|turned|went|became|came\s+in|swung\s+to)\s+(?:(?:a\s+)?net\s+)?"
                               r"(?:negative|(?:a\s+)?benefit|a\s+(?:net\s+)?release|below\s+zero)\b(?P<rest>[^.?!;]*)",
                               re.I)


def sign_premise(question: str, ans: Answer | None) -> Answer | None:
    """A question that states the asked figure was negative in a period ("Its provision for credit losses was
    negative in the first quarter of 2026. How large was it ...?") is checked against the rows the answer read.
    General rule: a premise the cited figures contradict is never answered as if it held: when every input of the
    premise's period is positive, the answer opens by saying the filing prints it positive, citing it, and gives no
    Yes/No verdict built on the premise."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc") or not ans.inputs:
        return ans
    m = _NEGATIVE_PREMISE.search(question)
    if not m:
        return ans
    period, _ = resolve_period(m.group("rest"))
    if period is None:
        return ans
    said = [i for i in ans.inputs if i.period == period]
    if not said or any(i.value <= 0 for i in said):
        return ans
    def cited(i: InputFigure) -> str:
        ns = [c.n for c in ans.citations if c.doc == i.doc and c.page == i.page]
        return f" [{ns[0]}]" if ns else ""

    shown = "; ".join(f"\"{i.label}\", {i.period}: ${fmt(i.value / 1e6)} million{cited(i)}" if i.unit == "USD"
                      else f"\"{i.label}\", {i.period}: {fmt(i.value)}{cited(i)}" for i in said)
    text = re.sub(r"^(?:Yes|No):\s*", "", ans.text)
    note = (f"The premise does not hold: the question says the figure was negative in {period}, but the filing prints "
            f"it as a positive figure ({shown}), not negative. ")
    return replace(ans, text=note + text)


# "total depreciation and amortization, amortization of reacquired franchise rights included", "including finance
# leases", "inclusive of the Hartwell acquisition": a part the asked total must hold
_INCLUDED = re.compile(r"\b(?:including|inclusive\s+of|counting)\s+(?:the\s+|its\s+|any\s+)?(?P<a>[a-z][a-z\s&'-]{3,60}?)"
                       r"(?=\s*(?:[,;?.]|$|\b(?:in|for|at|during|of\s+fiscal|of\s+20\d\d)\b))|"
                       r",\s*(?:the\s+|its\s+)?(?P<b>[a-z][a-z\s&'-]{3,60}?)\s+included\b", re.I)
_PART_STOP = {"the", "its", "of", "and", "on", "for", "in", "a", "an", "any", "all", "other", "total", "from"}


def without_named_part(question: str, ans: Answer | None) -> Answer | None:
    """A total the question says includes a named part ("..., amortization of reacquired franchise rights included",
    "including finance leases") is never answered by one reported row whose label does not name that part: the
    row may be the total without it (a depreciation and amortization row beside a separate amortization row). Such
    a lookup (mode "facts") becomes a refusal naming the part; computed answers stand."""
    if ans is None or ans.refused or ans.mode != "facts":
        return ans
    parts = [m.group("a") or m.group("b") for m in _INCLUDED.finditer(question)]
    labels = (" ".join(i.label for i in ans.inputs)
              or " ".join(re.findall(r'Reported as "([^"]+)"', ans.text))).lower()
    for part in parts:
        words = [w for w in re.findall(r"[a-z]+", part.lower()) if w not in _PART_STOP]
        if words and not all(re.search(rf"\b{re.escape(w[:5])}", labels) for w in words):
            text = (f"The question asks a total including {part.strip()}; the row mia found (\"{labels or 'its row'}\") "
                    f"does not say it includes it, so mia does not show it as that total.")
            check = SentenceCheck(text, (), True, (), "refusal")
            return Answer(question=question, text=text, refused=True, mode="refused",
                          verification=Verification(supported=True, sentences=(check,)), about=ans.about)
    return ans


# a claim about every year of a span: "risen every year from FY2015 through FY2019", "in each of the last three
# years", "in each year", "consecutive", "three straight years", "year after year", "steadily"
_EVERY_YEAR = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:fiscal\s+|calendar\s+)?year\b|"
                         r"\beach\s+of\s+(?:the\s+|its\s+)?(?:last|past|prior|previous|preceding|following|next|"
                         r"(?:fiscal\s+)?years)\b|\b(?:consecutive|successive)\b|\bstraight\s+(?:fiscal\s+)?years\b|"
                         r"\byears?\s+in\s+a\s+row\b|\byear\s+after\s+year\b|\b(?:steadily|continuously|consistently)\b|"
                         r"\bwithout\s+(?:a\s+|any\s+)?(?:break|interruption|decline|drop|dip)\b", re.I)
_YEAR = re.compile(r"(?<![\d.,$])(?:FY\s?'?)?((?:19|20)\d{2})(?!\d|[.,]\d)", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LAST_N = re.compile(r"\b(?:last|past|prior|previous|preceding|consecutive|straight)\s+(two|three|four|five|six|seven|"
                     r"eight|nine|ten|\d{1,2})\s+(?:consecutive\s+|straight\s+)?(?:fiscal\s+|calendar\s+)?years\b", re.I)


def every_year_verdict(question: str, ans: Answer | None) -> Answer | None:
    """A yes/no about every year of a span ("Has its dividend per share risen every year from FY2015 through
    FY2019?", "in each of the last three years", "consecutive", "three straight years") is decided only by every
    year's figure of the span, each read and shown. General rule: an answer whose verdict ("Yes" / "No") rests on
    fewer years than the span holds (a change from the first year to the last says nothing of the years between)
    gives no verdict: it becomes a decline that shows the figures read, cited, and names the years not read."""
    if ans is None or ans.refused or not (_EVERY_YEAR.search(question) or _EVERY_QUARTER.search(question)):
        return ans
    verdict = re.match(r"\s*(?:Yes|No)\b[:,.]?\s*", ans.text)
    if verdict is None:
        return ans
    if _EVERY_QUARTER.search(question):
        return _every_quarter_verdict(question, ans, verdict)
    asked = {int(y) for y in _YEAR.findall(question)}
    shown = {int(y) for y in _YEAR.findall(ans.text)}
    ends = asked if len(asked) >= 2 else shown
    needed = set(range(min(ends), max(ends) + 1)) if ends else set()
    m = _LAST_N.search(question)
    count = (_NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))) if m else 0
    missing = sorted(needed - shown)
    if not missing and len(shown) >= max(count, 2 if needed else 3):
        return ans
    read = ", ".join(str(y) for y in sorted(shown)) or "no year"
    unread = (", ".join(str(y) for y in missing) if missing
              else "the other years of the span" if count <= len(shown) else f"{count - len(shown)} more year(s)")
    text = (f"mia gives no verdict: the question asks about every year of a span, and mia read only {read}. "
            f"{ans.text[verdict.end():].strip()} The years in between ({unread}) were not read, and the two ends "
            f"alone do not decide it.")
    check = SentenceCheck(text, (), True, (), "refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))


_EVERY_QUARTER = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:fiscal\s+)?quarter\b|\beach\s+of\s+(?:the\s+|its\s+)?(?:(?:last|past|prior|"
    r"previous|preceding|following|next|first)\s+)?(?:(?:two|three|four|five|six|seven|eight|\d{1,2})\s+)?(?:fiscal\s+)?"
    r"quarters\b|\b(?:consecutive|successive|straight)\s+(?:fiscal\s+)?quarters\b|\bquarters?\s+in\s+a\s+row\b|"
    r"\bquarter\s+after\s+quarter\b|\bsequentially\b|\bquarter[- ]over[- ]quarter\b", re.I)
_QUARTER = re.compile(r"\bQ([1-4])\s+(?:FY\s?)?((?:19|20)\d{2})\b", re.I)


def _every_quarter_verdict(question: str, ans: Answer, verdict: re.Match[str]) -> Answer:
    """``every_year_verdict`` for a run of quarters ("Did its revenue rise in each of the last four quarters?",
    "every quarter of fiscal 2025", "three consecutive quarters"): the verdict stands only when the answer shows
    every quarter from the first asked to the last (a year asked alone: its four quarters), at least as many as a
    count asked; otherwise no verdict, the figures read shown. General rule: a verdict over a run of periods rests on
    every period of the run, quarters as years."""
    def key(m: re.Match[str]) -> int:
        return int(m.group(2)) * 4 + int(m.group(1)) - 1

    asked = sorted({key(m) for m in _QUARTER.finditer(question)})
    shown = {key(m) for m in _QUARTER.finditer(ans.text)}
    if len(asked) >= 2:
        needed = set(range(asked[0], asked[-1] + 1))
    else:
        years = {int(y) for y in _YEAR.findall(question)}
        needed = {y * 4 + k for y in years for k in range(4)} if len(years) == 1 and not asked else set()
    m = re.search(r"\b(two|three|four|five|six|seven|eight|\d{1,2})\s+(?:consecutive\s+|straight\s+|successive\s+)?"
                  r"(?:fiscal\s+)?quarters\b", question, re.I)
    count = (_NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))) if m else 0
    if needed and not (needed - shown) and len(shown) >= max(count, 2):
        return ans
    read = ", ".join(f"Q{k % 4 + 1} {k // 4}" for k in sorted(shown)) or "no quarter"
    text = (f"mia gives no verdict: the question asks about every quarter of a run, and mia read only {read}. "
            f"{ans.text[verdict.end():].strip()} The quarters in between were not all read, and the two ends alone do "
            f"not decide it.")
    check = SentenceCheck(text, (), True, (), "refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))


# a period restated in parentheses right after it: "fiscal 2022 (the 52 weeks ended January 28, 2023)", "the six
# months ended December 31, 2022 (the first half of FY2023)", "FY2023 (fiscal 2022)"
_PERIOD_WORDS = (r"(?:fiscal|fy|year|years|quarter|half|months|weeks|ended|ending|first|second|third|fourth|"
                 r"the|of|i\.e\.|that\s+is|calendar|[0-9]{1,2}|52|53|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|"
                 r"aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|q[1-4]|h[12]|fy\s?'?\d{2,4}|(?:19|20)\d{2})")
_RESTATED = re.compile(rf"\s*\(\s*(?:{_PERIOD_WORDS}[\s,.]*)+\)", re.I)


def once_restated(question: str) -> str:
    """The question with a period's restatement in parentheses left out, when the text before it names a period
    itself: "for fiscal 2022 (the 52 weeks ended January 28, 2023)" asks ONE period, not a change from fiscal 2022
    to fiscal 2023 (the two years are one year's two names: the filer's and its closing date's). The period said
    first is read (the filer's naming, ``facts_path.filer_year_shift``, and a span's end date, ``intent.span_ended``,
    name it as mia's columns do)."""
    out, last, shifts = [], 0, set()
    for m in _RESTATED.finditer(question):
        inside = m.group(0)
        before = question[last:m.start()]
        if not re.search(r"\d", inside) or not re.search(r"(?:19|20)\d{2}\b|\bFY\s?'?\d{2}\b", before[-60:], re.I):
            out.append(before + inside)
        else:
            named = _YEAR_NAME_BEFORE.search(before)
            dated = _DATED.search(inside)
            if named and dated and not _DATED.search(before[-80:]):
                # "fiscal 2022 (the 52 weeks ended January 28, 2023)": a year's name is the filer's, its closing date is
                # not ambiguous: the year is read by the date
                before = before[:named.start()] + " " + dated.group(0).strip()
                shifts.add(int(dated.group(0)[-4:]) - _name_year(re.search(r"\d+$", named.group(0).strip()).group()))
            out.append(before)
        last = m.end()
    out.append(question[last:])
    text = "".join(out)
    if shifts == {1}:
        # "fiscal 2022 (the 52 weeks ended January 28, 2023) versus fiscal 2021": the question names its years the
        # filer's way, by the year they began; its other fiscal years so named ("fiscal 2021") are read alike, as
        # the year that closed a year after the name (mia names a year by its closing year: FY2022)
        text = _FISCAL_NAME.sub(lambda y: f"FY{_name_year(y.group(1)) + 1}", text)
    return text


def _name_year(digits: str) -> int:
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


_FISCAL_NAME = re.compile(r"\b(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?'?)(\d{4}|\d{2})\b", re.I)


_YEAR_NAME_BEFORE = re.compile(r"\s*\b(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?'?)(?:\d{4}|\d{2})\s*$", re.I)
_DATED = re.compile(r"\b(?:the\s+)?(?:(?:fiscal\s+)?year|(?:52|53|fifty-two|fifty-three)\s+weeks|twelve\s+months|12\s+months)\s+"
                    r"(?:ended|ending)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2}", re.I)


# "revenue it shipped into Taiwan", "net sales in the United States", "sales from Greater China": a place the figure is
# narrowed to, written after a preposition with capitals
_PLACE = re.compile(r"(?<!^)\b(?:into|in|from|to|across|within|outside)\s+(?:the\s+)?((?:[A-Z][a-z]+|U\.S\.|US|UK|EU|EMEA|APAC|"
                    r"LATAM)(?:\s+[A-Z][a-z]+)*)\b(?!['’&]|\s+&)")
_NOT_PLACE = re.compile(r"^(?:Fiscal|Form|Item|Note|Part|Q[1-4]|FY|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|USD|GAAP|Non|The|Its|Their|Our)\b")


def without_named_place(question: str, ans: Answer | None, index: Any) -> Answer | None:
    """A figure the question narrows to a place ("How much revenue did it ship into Taiwan?", "net sales in the
    United States") is never the company's total: a lookup or calculation whose rows do not name the place is no
    answer (None: the passages may state the place's figure). The company's own names are not places."""
    if ans is None or ans.refused or ans.mode not in ("facts", "calc"):
        return ans
    own = {squash(n) for c in companies(index) for n in (*c.long, *c.short)}
    places = [m.group(1) for m in _PLACE.finditer(question) if not _NOT_PLACE.match(m.group(1))
              and not any(squash(m.group(1)) in o or o in squash(m.group(1)) for o in own)
              and not any(LOOKUP(w.lower()) for w in m.group(1).split())]  # "change in Sales": a measure's word
    labels = " ".join(i.label for i in ans.inputs).lower()
    for place in places:
        if not all(w.lower() in labels for w in re.findall(r"[A-Za-z]{2,}", place)):
            return None
    return ans


# the kinds of member a filer reports its figures by (segments, regions, divisions, tiers, brands, product lines ...)
_MEMBER_KIND = (r"segments?|lines?|categor(?:y|ies)|products?|regions?|divisions?|brands?|businesses|business\s+units?|"
                r"units?|channels?|geograph\w*|markets?|customers?|countries|country|franchises?|portfolios?|"
                r"subsidiar\w+|areas?|tiers?|banners?|chains?|propert(?:y|ies)")
_MEMBER_KINDS = (r"segments|lines|categories|products|regions|divisions|brands|businesses|business\s+units|units|"
                 r"channels|geograph\w*|markets|countries|franchises|portfolios|subsidiaries|areas|tiers|banners|"
                 r"chains|properties")
# a question that picks among members: "which of its segments", "which product category", "which revenue line", "which
# of Contoso's three geographic areas", "Among Northwind's operating segments (excluding Corporate), which ...", "Of its
# four divisions, which one ...", "what business segment ...", "Name the region whose ...", "It reports three tiers.
# Which one ...?"
_WORD = r"[\w&.'’-]+\s+"
# "gain or loss on sale of businesses", "acquisitions of businesses": a transaction's object names a line item, never
# a choice among the filer's members
_NOT_AN_ITEM = "".join(rf"(?<!\b{w} )" for w in ("sale", "sales", "disposal", "disposals", "acquisition", "acquisitions",
                                                   "divestiture", "divestitures", "purchase", "purchases", "exit"))
_WHICH_MEMBER = re.compile(
    rf"\bwhich\s+(?:of\s+(?:its|the|their)\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_MEMBER_KIND})\b|"
    rf"\bwhich\s+of\s+(?:{_WORD}){{0,6}}?(?:{_MEMBER_KINDS})\b|"
    rf"\b(?:among|across|{_NOT_AN_ITEM}of|between|out\s+of)\s+(?:{_WORD}){{0,6}}?(?:{_MEMBER_KINDS})\b[^?.;]{{0,60}}?\b(?:which|what)\b|"
    rf"\bwhat\s+(?:(?:reportable|operating|reporting|business|geographic(?:al)?|product|revenue|sales|brand|hotel|"
    rf"store|customer)\s+)?(?:{_MEMBER_KIND})\b(?!\s*['’])|"
    rf"\b(?:name|identify)\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEMBER_KIND})\b|"
    rf"\b(?:{_MEMBER_KINDS})\b[^?]{{0,120}}?\bwhich\s+(?:one|ones|of\s+(?:them|these|those))\b", re.I)


def asks_which_member(question: str) -> bool:
    """Whether a question picks among the members of a kind a filer reports by (segments, regions, divisions, tiers,
    brands, product lines, ...): "which segment ...", "which of Contoso's three geographic areas ...", "Among
    Northwind's operating segments (excluding Corporate), which ...", "Of its four divisions, which one ...", "what
    business segment ...", "Name the region whose ...". General rule: such a question is about the members' own
    figures; the company's figure, level or change, never answers it (no facts-path lookup or calculation): it is
    answered from the members' rows (``table_rankings``, ``pickers.rank_rows``) or declined."""
    return bool(_WHICH_MEMBER.search(question))


_SEVERAL = {"average": "an average over several periods", "gap": "the gap between two figures"}


def one_figure_for_several(question: str, ans: Answer | None) -> Answer | None:
    """A question asking a figure computed over several (``intent.asks_computed``: an average of several quarters or
    years, the gap between two series) is never answered by one reported figure: a lookup (mode "facts") of one row
    is one of the inputs, not the answer ("Averaging the four quarters of fiscal 2024, what were its net sales?" is
    not the year's net sales; "how much higher were net sales than cost of sales?" is not net sales). Such an answer
    becomes a refusal saying what is asked; computed answers (an N-year average, a ratio over an average balance)
    stand."""
    kind = intent.asks_computed(question)
    if ans is None or kind is None or ans.refused or ans.mode != "facts":
        return ans
    about = ans.about
    text = (f"The question asks {_SEVERAL[kind]}; mia found one reported figure, which is one of its inputs, not the "
            f"answer, and does not compute it.")
    check = SentenceCheck(text, (), True, (), "refusal")
    return Answer(question=question, text=text, refused=True, mode="refused",
                  verification=Verification(supported=True, sentences=(check,)), about=about)


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
        annual = [d.fiscal_year for d in company.docs if d.fiscal_year and not facts_path._quarterly_doc(d)]
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
        return f"{d:+,.1f} percentage points" if unit == "%" else (fmt(d, unit) if d < 0 else "+" + fmt(d, unit))

    moved = "; ".join(f"{a.period} to {b.period}: {move_text(d)}" for a, b, d in moves)
    largest = max(abs(d) for _, _, d in moves)
    # the moves' arithmetic, shown as a formula (what the answer's computed figures are checked against)
    arithmetic = ("Formula: move = one year's figure - the year before's; "
                  + "; ".join(f"{b.period} - {a.period}: {b.shown()} - {a.shown()} = {move_text(d)}"
                              for a, b, d in moves)
                  + f"; largest move = {move_text(largest).lstrip('+')}")
    co = facts_path._possessive(company.name)
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


_AVERAGE_ENDS = re.compile(r"\baverage\s+(?:of\s+)?[^?.;]{0,80}?\b(?:at\s+the\s+ends?\s+of\s+(?:the\s+)?(?:fiscal\s+)?"
                           r"(?:years?\s+)?(?:FY\s?)?(?:19|20)\d{2}\s+and\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}|"
                           r"(?:at|between)\s+(?:the\s+)?(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\s+and\s+(?:fiscal\s+|FY\s?)?"
                           r"(?:19|20)\d{2}\s+year[- ]ends?)", re.I)


def _one_statement(index: Any, inputs: Sequence[InputFigure], stated: frozenset[str] = frozenset(),
                   asked: frozenset[str] = frozenset()) -> bool:
    """Whether each period's inputs all stand on primary statements of one kind (the income statement of this
    year's report and the line from last year's, say). General rule: an item excluded from a figure is a line of the
    statement that prints the figure, never a like-named row of another statement (a balance beside a flow, a
    reversal on the cash flow statement). ``stated``: the labels of charges a sentence states (``_stated_charge``),
    which stand in the discussion, not on a statement; ``asked``: the words of charges whose amounts the question
    states (``_asked_charge``), read from whichever table prints them at those amounts."""
    ids = {d.doc: d.doc_id for d in index.documents()} if hasattr(index, "documents") else {}
    said = [tuple(label_tokens(s)) for s in asked]
    for p in {i.period for i in inputs}:
        kinds = {statement_page_kind(index, ids.get(i.doc, i.doc), i.page) for i in inputs if i.period == p
                 and i.label not in stated and not any(_loosely(label_tokens(i.label), w) for w in said)}
        if len(kinds) != 1 or None in kinds:
            return False
    return True


def _answer_defined(question: str, index: Any, filters: Any, defs: list[Definition]) -> Answer | None:
    """The one company's answer computed with ``defs`` (definitions mia derived from the question's wording, not
    stated as formulas: ``exclusion_definitions``); None when the question names not one company or no period."""
    if filters is not None:
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    asked_text = _outside(question, defs)
    period, years = _period_of(asked_text, company)
    if period is None:
        return None
    defs = _every_line(defs, index, company, period)
    shift, said = facts_path.filer_year_shift(asked_text, index, company.doc_ids)
    if shift:
        return None
    return _answer_for(question, index, company, defs, asked_text, period, years, 0)


def exclusion_definitions(question: str) -> list[Definition]:
    """The figure asked less the items an adjustment clause takes out of it, as a definition (M - items): "Excluding
    A (and B), ...", "Adding A back to operating income, ...", "Leaving A out of operating income, ..." (the clause
    read and its items resolved by ``adjustments.adjustment_in``: "both" is the two items the premise names, "that
    line" the line the sentence before quotes, a quoted label is the filer's own row, "all restructuring charges"
    every line so named). Computed when the question asks exactly one metric of mia's or one profit margin (gross,
    operating, net), or states its own margin definition whose numerator is a profit figure (``_adjusted_stated``),
    and each item reads as a row of the filer's statements, a named part of a metric, or (for a profit figure) a
    charge metric of the income statement ("restructuring charges"; never a metric that is no line of the way to
    profit: "excluding revenue" defines nothing).
    - A margin: the items come out of its profit figure, never its revenue ((operating income - items) / revenue):
      what is excluded from a margin is a charge or a credit on the way to that profit. A clause naming the profit
      figure ("back to operating income") must name the margin's own.
    - A profit figure (gross profit, operating income, pre-tax or net income): each item is taken out by what it
      did to that figure (``definitions.Input.effect``): a charge printed among the costs and expenses is added
      back, a credit printed there in parentheses or a gain is taken away; a row whose page does not show which
      it is declines the calculation. (Before, an excluded charge was subtracted a second time.)
    - Any other figure: M - item, the item's row read by its sign (a "gain or (loss)" row: ``definitions.evaluate``).
    A question naming a source off the primary statements ("use the segment reconciliation") is not computed here.
    General rule: an item the question excludes is taken out of the asked figure by arithmetic on the item's own
    row, shown as such; when that row is not found the question is answered as before (``_answer_question``),
    never with the unadjusted figure presented as the adjusted one (``adjustments.unapplied_adjustment``)."""
    adj = adjustments.adjustment_in(question)
    if adj is None or not adj.items:
        return []
    rest = _without_adjustment(question, adj)
    if _OFF_STATEMENT.search(rest):
        return []  # "use the segment reconciliation": the item's row there, never the statement's (not read here)
    stated = [d for d in find_definitions(question, LOOKUP)]
    if stated:
        return _adjusted_stated(stated, adj)
    calcs = list(dict.fromkeys(c for c in intent._calcs_in(rest) if c in calc.RECIPES))
    margin = calcs[0] if len(calcs) == 1 and calcs[0] in _PROFIT_MARGINS else None
    metrics = [_PROFIT_MARGINS[margin]] if margin else intent.metrics_in(rest)
    if len(metrics) != 1 or (calcs and not margin) or (not margin and intent.derived(rest, metrics)):
        return []
    item = _items_node(adj, metrics[0] in _PROFITS)
    if item is None or not _target_fits(adj, metrics[0]):
        return []
    title = TITLES.get(metrics[0], metrics[0].replace("_", " "))
    whole = Input(metrics[0], title)
    adjusted = _taken_out(whole, item)
    if margin:
        formula, _ = RECIPE_FORMULAS[margin]
        expr = _substitute(parse(formula, LOOKUP), metrics[0], adjusted)
        name = calc.RECIPES[margin].title
        return [Definition(f"{name} excluding {item_words(item)}", f"{formula}, with {title} "
                           f"excluding {item_words(item)}", expr)]
    return [Definition(f"{title} excluding {item_words(item)}", f"{title} minus {item_words(item)}",
                       adjusted)]


def _without_adjustment(question: str, adj: "adjustments.Adjustment") -> str:
    """The question without its adjustment clause (and the premise sentence its anaphor was resolved from)."""
    head = question[:adj.start]
    if adj.premise is not None:
        head = head[:adj.premise[0]] + " " + head[adj.premise[1]:]
    return head + " " + question[adj.end:]


def _items_node(adj: "adjustments.Adjustment", profit: bool) -> Node | None:
    """The adjustment's items as inputs ("A", "A + B"): a quoted label is the filer's row by exactly those words
    (``definitions.ROW``); other words are read as a definition's operand ("restructuring charges", "the
    impairment and loss on vessel sale" as one row's label, "A and B" as two items); None when an item reads as no
    row, part or (for a profit figure) charge metric."""
    nodes: list[Node] = []
    for words, label in zip(adj.items, adj.labels):
        if label:
            node: Node = Input(ROW + " ".join(re.findall(r"[a-z0-9]+", words.lower())), words)
        else:
            try:
                with and_labels():  # the excluded words name items: "impairment and loss on sale" may be one row's label
                    node = parse(words, LOOKUP)
            except ValueError:
                try:  # "restructuring charges and asset impairment charges": the items listed, each taken out
                    node = list_sum(words, LOOKUP)
                except ValueError:
                    return None
        nodes += _summed(node) or [None]  # type: ignore[list-item]
    if not nodes or any(n is None for n in nodes):
        return None
    if not all(i.how == "at" and not i.years and not i.offset
               and (is_row_input(i.metric) or i.part or (profit and _charge_metric(i.metric))) for i in nodes):
        return None
    if adj.every:
        if len(nodes) != 1 or nodes[0].part:
            return None
        nodes = [replace(nodes[0], every=True)]
    out: Node = nodes[0]
    for n in nodes[1:]:
        out = Op("+", out, n)
    # a charge or a credit taken out of a profit figure: what it did to that figure is taken out (a charge is added
    # back), read from where and how the statement prints it (``definitions.Input.effect``)
    return _with_effect(out) if profit else out


def _taken_out(whole: Node, item: Node) -> Node:
    """whole - a - b ...: each item taken out on its own, so each charge shows as added back."""
    out = whole
    for i in _summed(item):
        out = Op("-", out, i)
    return out


# the profit figure a clause names ("adding X back to operating income", "leaving X out of gross profit")
_TARGETS = {"gross_profit": r"gross\s+(?:profit|margin)", "operating_income": r"operating\s+(?:income|profit|earnings|margin)|"
            r"(?:income|earnings|profit)\s+from\s+operations", "income_before_tax": r"pre-?\s*tax|before\s+(?:income\s+)?"
            r"tax", "net_income": r"net\s+(?:income|earnings|profit|margin)"}


def _target_fits(adj: "adjustments.Adjustment", profit: str) -> bool:
    """A clause that names the profit figure the items come out of names the asked figure's own (or none)."""
    if not adj.target:
        return True
    rx = _TARGETS.get(profit)
    return bool(rx and re.search(rx, adj.target, re.I))


def _adjusted_stated(stated: list, adj: "adjustments.Adjustment") -> list[Definition]:
    """A margin the question defines itself ("operating margin (income from operations over total net revenue)",
    "pre-tax margin (income before income taxes over total revenues)") with an adjustment on it: the items come out
    of the definition's profit numerator, each by what it did to that profit (``Input.effect``). Only one definition,
    read, a ratio whose numerator is one profit figure; anything else: [] (the question is answered as before)."""
    if len(stated) != 1 or not isinstance(stated[0], Definition) or adj.said in stated[0].text:
        return []
    d = stated[0]
    ratio = d.expr
    hundred = None
    if isinstance(ratio, Op) and ratio.op == "*" and isinstance(ratio.right, Num):
        ratio, hundred = ratio.left, ratio.right
    if not (isinstance(ratio, Op) and ratio.op == "/" and isinstance(ratio.left, Input)
            and ratio.left.metric in _PROFITS and ratio.left.how == "at" and not ratio.left.years
            and not ratio.left.offset and isinstance(ratio.right, Input)):
        return []
    if not _target_fits(adj, ratio.left.metric):
        return []
    item = _items_node(adj, True)
    if item is None:
        return []
    expr: Node = Op("/", _taken_out(ratio.left, item), ratio.right)
    if hundred is not None:
        expr = Op("*", expr, hundred)
    return [Definition(d.name, f"{d.text}, with {ratio.left.words} excluding {item_words(item)}", expr)]


# a source other than the primary statements named for the figures (a segment table, a reconciliation, a note, a
# non-GAAP measure): the excluded item is read only from the statements, so such a question is not computed here
_OFF_STATEMENT = re.compile(r"\bsegments?\b|\breconciliations?\b|\bnotes?\b|\bnon-?gaap\b|\badjusted\b", re.I)
# margins whose numerator is a profit figure an excluded charge or credit is taken out of (never the revenue under it)
_PROFIT_MARGINS = {"gross_margin": "gross_profit", "operating_margin": "operating_income", "net_margin": "net_income"}
# profit figures: arrived at by charges and credits, so an item excluded from one is taken out by its effect
_PROFITS = {"gross_profit", "operating_income", "income_before_tax", "net_income"}


def _summed(n: Node) -> list[Input]:
    """The inputs of "A" or "A and B" (a sum of inputs); [] for any other arithmetic."""
    if isinstance(n, Input):
        return [n]
    if isinstance(n, Op) and n.op == "+":
        left, right = _summed(n.left), _summed(n.right)
        return left + right if left and right else []
    return []


def _charge_metric(metric: str) -> bool:
    """A metric of the income statement's charges and credits (restructuring costs, R&D), never a profit figure or
    the revenue: as an item excluded from a profit figure it is one of the lines that profit was arrived at by."""
    m = BY_NAME.get(metric)
    return bool(m and m.statement == "income" and m.kind == "flow" and metric not in _PROFITS | {"revenue"})


def _with_effect(n: Node) -> Node:
    if isinstance(n, Input):
        return replace(n, effect=not n.part)
    assert isinstance(n, Op)
    return Op(n.op, _with_effect(n.left), _with_effect(n.right))


def item_words(n: Node) -> str:
    return " and ".join(i.words for i in _summed(n))


def _every_line(defs: list[Definition], index: Any, company: Company, period: str) -> list[Definition]:
    """``defs`` with an item read as every line so named ("all restructuring charges": ``Input.every``) replaced by
    those lines, each taken out on its own: the rows of the company's primary statements, on the pages that print the
    figure the items come out of for the asked ``period`` (whose comparative columns hold the earlier periods),
    whose labels hold the item's own words ("Restructuring charges - cost of goods sold" and
    "Restructuring charges"). General rule: "all X" is every line the statement prints for X, found by its words,
    never the one row of the metric alone; a "Total ..." line among them, or none found, declines (MissingInput)."""
    generic = {"charge", "cost", "expense", "item", "line", "amount", "all", "the", "it", "and", "of"}

    def lines(x: Input, whole: Input) -> list[Input]:
        want = set(label_tokens(x.words)) - generic
        pages = {(f.doc_id, f.page) for f in index.facts(metric=whole.metric, doc_ids=list(company.doc_ids))
                 if f.period == period and row_on_statement(index, f)}
        labels: dict[tuple[str, ...], str] = {}
        for doc_id in dict.fromkeys(d for d, _ in pages):
            for f in index.facts(doc_ids=[doc_id]):
                toks = label_tokens(f.label)
                if (f.doc_id, f.page) in pages and f.kind == "table" and want and want <= set(toks):
                    labels.setdefault(toks, f.label)
        if not labels or any("total" in t for t in labels):
            raise MissingInput(x.words, [f"{x.words}: every line of the statement so named"])
        return [Input(ROW + " ".join(re.findall(r"[a-z0-9]+", lab.lower())), lab, effect=x.effect)
                for lab in labels.values()]

    def expand(n: Node, whole: Input | None) -> Node:
        if isinstance(n, Op) and n.op == "-" and isinstance(n.right, Input) and n.right.every:
            left = expand(n.left, whole)
            base = whole or _leftmost(left)
            for i in lines(n.right, base):
                left = Op("-", left, i)
            return left
        if isinstance(n, Op):
            return Op(n.op, expand(n.left, whole), expand(n.right, whole))
        return n

    return [replace(d, expr=expand(d.expr, None)) for d in defs]


_STATED = "stated:"
# the sentence names the figure the charge is taken out of ("Gross margin in 2025 included ...")
_FIGURE_SAID = {"gross_profit": r"gross\s+(?:margin|profit)", "operating_income": r"operating\s+(?:income|margin|"
                r"profit|results)|income\s+from\s+operations", "income_before_tax": r"pre-?tax|before\s+income\s+"
                r"taxes", "net_income": r"net\s+(?:income|earnings|margin)"}
_CHARGE_WORDS = re.compile(r"\bcharges?\b|write-?downs?|write-?offs?|impairments?|\bloss(?:es)?\b|\bcosts?\b|"
                           r"\bexpenses?\b|\bsettlements?\b", re.I)


def _stated_charge(index: Any, company: Company, words: str, period: str, profit: str) -> Fact | None:
    """The amount of a charge a sentence of the company's report states for a fiscal year, when no statement line
    prints it: "Gross margin in 2025 was reduced by an inventory write-down of $40 million" for "inventory
    write-down". The sentence must name the figure the charge is taken out of (``_FIGURE_SAID``), the year and no
    other year, and the charge by the item's words right beside one amount ("<item> of $N million", "$N million
    <item>"); the item's words must name a charge (a write-down, an impairment, a loss, a cost). Every such sentence
    must state the same amount (else None: which one applies is not said). A segment's sentence does not count.
    General rule: an adjustment's item is a cited figure of the asked period, a statement row or a sentence's."""
    m = re.fullmatch(r"FY(\d{4})", period)
    said = _FIGURE_SAID.get(profit)
    if m is None or said is None or not _CHARGE_WORDS.search(words):
        return None
    year = m.group(1)
    page_text = facts_path._page_text(index)
    if page_text is None:
        return None
    toks = re.findall(r"[a-z0-9]+", words.lower())
    if not toks:
        return None
    phrase = r"[\s-]+".join(re.escape(t) for t in toks) + r"s?"
    amount_rx = r"\$\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<s>thousand|million|billion)"
    item_rx = re.compile(rf"\b{phrase}\s+(?:charges?\s+)?(?:of|totaling|totalling|amounting\s+to)\s+{amount_rx}|"
                         rf"{amount_rx.replace('<n>', '<n2>').replace('<s>', '<s2>')}\s+(?:of\s+|in\s+)?(?:an?\s+)?"
                         rf"{phrase}\b", re.I)
    found: list[Fact] = []
    docs = [d for d in company.docs if d.doc_id in set(company.doc_ids)] or list(company.docs)
    for d in docs:
        misses = 0
        for n in range(1, (getattr(d, "pages", 0) or 600) + 1):
            text = page_text(d.doc_id, n)
            if text is None:
                misses += 1
                if misses > 60:  # past the document's last page
                    break
                continue
            misses = 0
            if not re.search(phrase, text, re.I):
                continue
            for a, b in sentence_spans(text, split_lines=False):
                sent = text[a:b]
                flat = re.sub(r"\s+", " ", sent)
                years = set(re.findall(r"\b(?:19|20)\d{2}\b", flat))
                if years != {year} or not re.search(said, flat, re.I) or re.search(r"\bsegments?\b", flat, re.I):
                    continue
                if re.search(r"\bbenefits?\b|\bgains?\b|\bfavorabl", flat, re.I):
                    continue
                for hit in item_rx.finditer(flat):
                    amount = [x for x in parse_numbers(flat[hit.start():hit.end()]) if x.is_claim and x.unit == "$"]
                    if len(amount) != 1:
                        continue
                    found.append(Fact(doc_id=d.doc_id, doc=d.doc, source=d.source, page=n, label=words,
                                      value=amount[0].printed, scale=amount[0].scale, unit="USD", period=period,
                                      fiscal_year=int(year), company=company.name, quote=sent, kind="sentence",
                                      fact_id=f"{_STATED}{d.doc_id}:{n}:{a}"))
    if not found or len({round(f.absolute, 2) for f in found}) != 1:
        return None
    return found[0]


def _leftmost(n: Node) -> Input:
    while isinstance(n, Op):
        n = n.left
    assert isinstance(n, Input)
    return n


def _answer_question(question: str, index: Any, filters: Any = None, exclusions: bool = True) -> Answer | None:
    excluded = exclusion_definitions(question) if exclusions else []
    if excluded:
        try:
            ans = _answer_defined(question, index, filters, excluded)
        except (MissingInput, Withdrawn):
            ans = None
        stated = frozenset(i.words for d in excluded for i in d.inputs() if i.effect and is_row_input(i.metric))
        adj = adjustments.adjustment_in(question)
        asked = frozenset(adj.items) if adj is not None and adj.amounts else frozenset()
        if ans is not None and not ans.refused and ans.inputs and _one_statement(index, ans.inputs, stated, asked):
            return ans
        fallback = _answer_question(question, index, filters, exclusions=False)
        if (ans is not None and ans.refused and fallback is not None and not fallback.refused
                and adjustments.unapplied_adjustment(question, fallback).refused):
            # the question as asked would give the reported figure, which is not the adjusted one: the decline
            # naming the item that was not found says more
            return ans
        return fallback
    if table_rankings.asks_member_ranking(question) and table_rankings.asked_measure(question):
        # "Which revenue line grew fastest?", "which of its segments was weakest?": a ranking of members is answered
        # from the members' rows (extract, table_rankings) or not at all, never by a figure of the whole
        return None
    if intent._ADJUSTED.search(question) and not find_definitions(question, LOOKUP):
        # an adjusted figure is the filer's own row; one the question defines for itself is computed as defined
        return _adjusted(question, index, filters)
    if _STABILITY.search(question) and asks_yes_no(question) and filters is None and not intent._EXPLAIN.search(
            re.sub(r"\bconsistent\w*|\bhistorically\b", " ", intent._CAVEAT.sub(" ", question), flags=re.I)):
        named = named_companies(question, index)
        ratios = [c for c in intent._calcs_in(intent._CAVEAT.sub(" ", question)) if c in calc.RECIPES]
        if len(named) == 1 and len(ratios) == 1:
            try:
                return stability_answer(question, index, named[0])  # None: not one year's figure either
            except Withdrawn:
                return None
    parsed = [d for d in find_definitions(question, LOOKUP) if isinstance(d, Definition)]
    if attribution.asked(question) and not parsed and filters is None:
        # "how much of its net income belonged to noncontrolling interests (and how much to its shareholders)?":
        # the statement's attribution rows that add up to net income, never net income (or one part) alone
        named = named_companies(question, index)
        period = _period_of(question, named[0])[0] if len(named) == 1 else None
        if period is not None:
            shift, said = facts_path.filer_year_shift(question, index, named[0].doc_ids)
            period = facts_path.shift_period(period, shift) if shift else period
            found = attribution.attribution_answer(question, index, named[0].name, named[0].doc_ids, period)
            return facts_path.with_naming_note(found, said, period) if shift else found
    # words of a definition the question states and mia reads ("total stockholders' equity (excluding noncontrolling
    # interests)") qualify that definition's inputs: they ask for no breakdown, reason or forecast
    rest = intent._CAVEAT.sub(" ", without_why(question) or without_own_exclusions(_outside(question, parsed),
                                                                                 LOOKUP, parsed))
    if _NOT_A_FIGURE.search(_part_kinds(rest, parsed)):
        return facts_path.answer_from_facts(question, index, filters)
    if filters is not None and (getattr(filters, "companies", None) or getattr(filters, "docs", None)):
        return facts_path.answer_from_facts(question, index, filters)
    named = named_companies(question, index)
    if not named:  # a company a report about several companies covers (``facts_path.ReportCompany``), or none
        return facts_path.answer_from_facts(question, index, filters)
    defs_all = find_definitions(question, LOOKUP)
    defs = [d for d in defs_all if isinstance(d, Definition)]
    failed = [d for d in defs_all if isinstance(d, Unparsed)]
    asked_text = _outside(question, defs_all)  # the years a definition names are its inputs', not the period asked
    # "... over the average of total assets at the ends of 2024 and 2025": the years of an average's two year-ends
    # are its inputs' too, not two periods compared
    asked_text = _AVERAGE_ENDS.sub(" ", asked_text)
    if len(named) == 2:
        period, years = resolve_period(asked_text)
        if period is None or failed:
            return None
        try:
            q = quantity_in(question, defs)
        except NoPlace:
            return None
        if q is None or (q.definition is None and states_unread_definition(asked_text)):
            return None  # a definition stated in words not read: never mia's own formula
        try:
            return compare_answer(question, index, named, q, period, years)
        except MissingInput:
            return None
    if len(named) != 1:
        return None
    company = named[0]
    period, years = _period_of(asked_text, company)
    if failed:
        return _decline(question, f"{failed[0].reason} (in \"{failed[0].text}\")", company.name, period)
    if period is None:
        return None
    shift, said = facts_path.filer_year_shift(asked_text, index, company.doc_ids)
    if shift and not intent.metrics_in(asked_text) == ["dividends_per_share"]:
        # "fiscal 2024" of a filer naming its years by the year they began: the year that closed in 2025
        period, years = facts_path.shift_period(period, shift), tuple(y + shift for y in years)
        return facts_path.with_naming_note(_answer_for(question, index, company, defs, asked_text, period, years,
                                                       shift), said, period)
    return _answer_for(question, index, company, defs, asked_text, period, years, 0)


def _answer_for(question: str, index: Any, company: Company, defs: list[Definition], asked_text: str, period: str,
                years: tuple[int, ...], shift: int) -> Answer | None:
    """The answer for one company and its asked period (``shift``: years added to the fiscal years the question
    names, ``facts_path.filer_year_shift``). A yes/no question is never answered by a figure alone: an answer that
    gives neither a verdict nor says why it gives none ("Does it depend on a single customer for a large share of
    its revenue?" is not answered by its revenue) is left to the passages; one saying that the measure does not
    apply to the company ("Does the bank have positive working capital?": no current items) answers it."""
    ans = _answer_for_period(question, index, company, defs, asked_text, period, years, shift)
    if (ans is not None and not ans.refused and asks_yes_no(question)
            and not re.match(r"(?:yes|no)\b", ans.text.strip(), re.I) and facts_path.NOT_USEFUL not in ans.text
            and read_asked(asked_text, len(years)).kind == "level" and judgement_in(question) is None):
        return None
    return ans


def _answer_for_period(question: str, index: Any, company: Company, defs: list[Definition], asked_text: str,
                       period: str, years: tuple[int, ...], shift: int) -> Answer | None:
    ctx = _Context(index, company, years, _asked_scale(question), question)
    judgement = judgement_in(question) if asks_yes_no(question) else None
    q: Quantity | None = None
    try:
        if asks_yes_no(question) and _OCF_COVER.search(question) and not re.search(r"free[- ]cash[- ]flow|\bfcf\b",
                                                                                question, re.I):
            return ocf_cover_answer(question, ctx, period)
        if judgement is not None and judgement.key == PAYOUTS_COVER:
            return payouts_cover_answer(question, ctx, period, defs)
        if judgement is None and not defs:
            two = two_amounts_answer(question, ctx, period)
            if two is not None:
                return two
        if judgement is not None:
            if len(years) >= 2 and judgement.measure == "revenue_growth":
                period = f"FY{max(years)}"
            measures = [judgement.measure, *(i.measure for i in judgement.indicators)]
            unfit = [d for d in defs if not any(m in RECIPE_FORMULAS and _fits(m, d) for m in measures)]
            if not unfit:  # the question's definitions are used where they fit
                return judgement_answer(question, ctx, judgement, period, defs)
            if not all(_names_the_judgement(d, judgement) for d in unfit):
                return _decline(question, f"the question defines \"{unfit[0].name or unfit[0].text}\", which none "
                                          f"of the measures mia judges this by has a place for", company.name, period)
            # "Is it capital intensive? Define capital intensity as ...": the figure as defined, and no verdict of
            # mia's conventions (below)
        try:
            q = quantity_in(question, defs)
        except NoPlace as e:
            return _decline(question, str(e), company.name, period)
        if q is None:
            if defs:
                return _decline(question, "the question defines a figure but does not say which one it asks for",
                                company.name, period)
        elif q.definition is None and states_unread_definition(asked_text):
            # "Taking X as A divided by B" in a form not read: never mia's own formula in place of the one stated
            return _decline(question, "the question states how the figure is computed in words mia could not read "
                                      "as a formula", company.name, period)
        if (q is None and not defs and asks_yes_no(question) and stated_threshold(asked_text) is not None
                and [c for c in intent._calcs_in(asked_text)] == ["debt_to_equity"]):
            judged = threshold_answer(question, ctx, Quantity("debt-to-equity ratio", recipe="debt_to_equity"), period)
            if judged is not None:
                return judged
        if q is None:
            found = facts_path.answer_from_facts(question, index, _pinned(company), shifted=bool(shift))
            if found is not None and not defs and without_share_base(question, found) is None:
                # "product development as a percentage of total net revenues": the base's own figure answers nothing
                # (``without_share_base`` drops it on every path); the named line over that base may
                found = None
            if found is None and not defs:
                # a line item no metric of mia's names, asked as a change or a share ("how much did its royalty fees
                # grow?", "royalties as a proportion of total revenues"): computed from the row bearing its name
                q = _named_line_quantity(asked_text, ctx, period, None)
            if q is None:
                if found is None and not defs and not asks_yes_no(question):
                    # a line item no metric of mia's names, asked by its row's label ("purchased transportation")
                    found = facts_path.named_row_answer(asked_text, index, company.name, company.doc_ids, period,
                                                        ctx.scale, _scale_word(ctx.scale))
                return found
        if q.recipe and facts_path.part_words(question):
            return None  # a ratio of one segment or channel: mia's formulas run over the consolidated rows only
        narrowed = (facts_path.qualifier(asked_text, q.recipe, intent.calculation_words(q.recipe))
                    - _recipe_words(q.recipe) if q.recipe and q.definition is None else set())
        if narrowed:
            # "subscription gross margin": the part's own rows, or no figure (never the consolidated ratio)
            if q.recipe == "gross_margin" and read_asked(asked_text, len(years)).kind == "level":
                return part_margin_answer(question, ctx, narrowed, period)
            return None
        asked = read_asked(asked_text, len(years))
        if (q.definition is not None and asked.kind in ("change", "growth") and len(periods_named(asked_text)) < 2
                and all(i.how == "change" for i in q.definition.inputs())):
            # "How much of its revenue growth came from ...? Express A's increase as a percentage of B's increase": a
            # figure made of changes only; the growth words name its own changes, so its one period's figure is asked,
            # not a change of it (a definition with one change among levels, "DPO ... change in inventory", is not)
            asked = replace(asked, kind="level")
        if q.metric and not q.recipe and q.definition is None and share_of_metric(asked_text, q.metric):
            # "What share of total DD&A was landfill depletion and amortization?": a named line over the metric
            line_q = _named_line_quantity(asked_text, ctx, period, q)
            # "Were its operating costs a larger share of net sales in 2024 than in 2025?": net sales is the base
            if line_q is None:
                return _refusal(question, f"The question asks for a figure as a share of {q.title or q.metric}; mia "
                                          f"found no row or stated definition for the part, and {q.title or q.metric} "
                                          "itself does not answer it.", company.name, period)
            q = line_q
        if (asks_yes_no(question) and asked.kind == "level" and (q.recipe or q.definition is not None)
                and stated_threshold(asked_text) is not None):
            judged = threshold_answer(question, ctx, q, period)
            if judged is not None:
                return judged
        if q.metric and not q.recipe and facts_path.qualifier(question, q.metric):
            # a part of the metric ("subscription revenue") is named after its own row
            part = facts_path.qualified_row(question, index, q.metric, company.doc_ids, period, ctx.by_id)
            if part is not None:
                q = replace(q, title=facts_path.row_title(part.label, q.metric))
        if (asks_yes_no(question) and asked.kind == "level" and q.metric and not q.recipe and q.definition is None
                and _SIGN_ASKED.search(asked_text)):
            judged = sign_answer(asked_text, ctx, q, period)
            if judged is not None:
                return judged
        if asked.kind == "level" and not asks_yes_no(question) and intent.year_earlier_span(asked_text):
            # "... for the six months ended December 31, 2025 and for the same six months a year earlier": both
            # spans' figures, as the change from the year-earlier span (``intent.year_earlier_span``)
            asked = replace(asked, kind="change")
        averaged = intent._average_years(question, years) if intent._MULTI_YEAR_AVERAGE.search(question) else None
        if asked.kind == "changes":
            # "Was its revenue growth higher in FY2025 than in FY2024?": each period's change from the one before
            named_periods = [facts_path.shift_period(p, shift) for p in periods_named(asked_text)]
            if len(named_periods) != 2 or not all(p.startswith("FY") for p in named_periods):
                return None
            return changes_answer(question, ctx, q, asked, *named_periods)
        if asked.kind in ("change", "growth", "direction") and not averaged:
            # spans named by length and end date are the report's own columns ("the three months ended June 30,
            # 2026 compared with the three months ended June 30, 2025"), and two balance dates the columns of their
            # reports ("between December 31, 2025 and June 30, 2026"), never the years of their dates
            named_periods = (intent.spans_ended(asked_text, company.docs)
                             or intent.dates_compared(asked_text, company.docs)
                             or _same_span([facts_path.shift_period(p, shift) for p in periods_named(asked_text)],
                                           asked_text))
            if (len(named_periods) == 2 and _span_kind(named_periods[0]) != _span_kind(named_periods[1])
                    and not _at_dates(q) and not intent.dates_compared(asked_text, company.docs)):
                # "grow in the second quarter, and over the first six months?": two flows of different lengths are
                # two growths, each against its own year before, never one change from one to the other (balances
                # at a year-end and a quarter-end are one change: ``_at_dates``, ``dates_compared``)
                return span_changes_answer(question, ctx, q, asked, named_periods)
            if len(named_periods) == 2:
                p0, p1 = named_periods
            elif len(named_periods) <= 1:
                p1 = named_periods[0] if named_periods else period
                p0 = prev_period(p1)  # "year-over-year": the same period a year before
            else:
                return None
            if q.recipe is None or q.recipe in calc.RECIPES or q.definition is not None or q.metric:
                if not (asked.kind == "direction" and q.recipe and not defs and intent._TREND.search(question)
                        and not asked.direction):
                    return change_answer(question, ctx, q, asked, p0, p1)
        spans = intent.spans_ended(asked_text, company.docs) if asked.kind == "level" else None
        if asked.kind == "level" and not spans:
            # "for the second quarter of 2025 and for the first six months of 2025": the same two columns by name
            named = [facts_path.shift_period(p, shift) for p in periods_named(asked_text)]
            if (len(named) == 2 and {_span_kind(p)[-1] for p in named} == {"Q", "M"}
                    and len({re.sub(r"^\S+ ", "", p) for p in named}) == 1):
                spans = named
        if (spans and len(spans) == 2 and _span_kind(spans[0]) != _span_kind(spans[1]) and not asks_yes_no(question)
                and not averaged and q.recipe != "net_debt" and q.metric != "total_debt"
                and not (q.metric and facts_path.qualifier(question, q.metric))):
            # "for the three and six months ended June 30, 2026": the quarter's figure and the year to date's, each
            # from its own column (``intent.spans_ended``), never the year to date's alone
            return levels_answer(question, ctx, q, spans)
        if q.recipe == "net_debt" or q.metric == "total_debt":  # summed from the balance sheet's debt rows
            return level_answer(question, ctx, q, period)
        if defs or q.definition is not None:  # a stated definition, or the inputs the question names
            if asked.kind == "cagr":
                return _decline(question, "a growth rate of a defined figure is not computed", company.name, period)
            if averaged:
                return level_answer(question, ctx, q, period, [f"FY{y}" for y in averaged])
            several = list(dict.fromkeys(facts_path.shift_period(p, shift) for p in periods_named(asked_text)))
            spans = intent.spans_ended(asked_text, company.docs)
            if spans and len(spans) == 2 and _span_kind(spans[0]) != _span_kind(spans[1]):
                # "for the three and six months ended June 30, 2026": the quarter's and the year to date's columns
                several, period = spans, spans[0]
            if asked.kind == "level" and not asks_yes_no(question) and len(several) >= 2 and period in several:
                # "... in the third quarter of 2025 and in the first nine months of 2025": each period asked, each
                # computed as defined; one not computed declines the whole (``MissingInput``)
                return levels_answer(question, ctx, q, several)
            return level_answer(question, ctx, q, period)
    except MissingInput as e:
        if defs or (q is not None and q.definition is not None):  # a stated definition, or named inputs
            return _decline(question, f"an input of the definition was not found in {company.name}'s filings "
                                      f"({', '.join(e.missing)})", company.name, period)
        if facts_path.needs_average(e):  # never the closing balance in place of an average
            return facts_path.average_declined(question, company.name, period, q.title if q else "calculation", e)
        return None
    return facts_path.answer_from_facts(question, index, _pinned(company), shifted=bool(shift))

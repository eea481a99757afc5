"""What a facts-path question asks about: a metric, a calculation or a stated definition (``Quantity``).

``quantity_in`` (the one figure asked; ``NoPlace`` when a definition fits nowhere in mia's formula), ``LOOKUP``
(a definition's words -> metric), ``states_formula``, ``RECIPE_FORMULAS``, ``composed`` / ``with_inputs`` (a
definition or the inputs the question names put in mia's formula), ``_items_share`` (listed figures as a share of
a defined one). Reads ``wording.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..finance import formulas as calc
from ..finance.registry import METRIC_WORDS, TITLES, label_tokens, metric_for_phrase, normalise_metric, other_item_words
from ..query import intent
from ..query.definitions import (
    ROW, Definition, Input, Num, Op, Unparsed, find_definitions, list_sum, is_row_input, parse, phrase_lookup, stated_inputs,
    states_definition, without_definitions,
)
from . import metric_qualifiers


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


def printed_lookup(index: Any, doc_ids: Sequence[str]) -> Any:
    """``LOOKUP``, and besides it every label the company's own tables print, word for word, as one row of its
    tables (``definitions.ROW``): "deposits and advances from customers at face value" is the row so labelled, not
    two figures joined by "and". General rule: words a filer prints as one row's whole label name that row, whatever
    joining words they hold; words it does not print are read as before."""
    printed = {label_tokens(f.label) for f in index.facts(doc_ids=list(doc_ids)) if f.kind == "table"}

    def exact(phrase: str) -> str | None:
        found = LOOKUP.exact(phrase)  # type: ignore[attr-defined]
        if found or label_tokens(phrase) not in printed:
            return found
        return ROW + " ".join(re.findall(r"[a-z0-9]+", phrase.lower()))

    def lookup(phrase: str) -> str | None:
        return exact(phrase) or LOOKUP(phrase)

    lookup.exact = exact  # type: ignore[attr-defined]
    lookup.label = LOOKUP.label  # type: ignore[attr-defined]
    lookup.other_words = LOOKUP.other_words  # type: ignore[attr-defined]
    return lookup


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


# the words ending the other figure's: the next clause
_AFTER_TERM = r"(?=\s+(?:at|as|for|in|on|during|over|of|rounded|round|expressed|based|using|and|was|is|were)\b|\s*[,.;?!()]|$)"

# A defined figure (NAME) asked as one term of a ratio, the other figure's words (``w``) up to the next clause, by the
# side the defined figure stands on: the phrasings, and the question's own lead-in read off the front of the words
# before "to" (None: nothing read off). Session 27 (#10): one parser (``_ratio_other``), the two sides as data.
_RATIO_PHRASINGS: dict[bool, tuple[tuple[str, ...], str | None]] = {
    # the defined figure over the other: "<name> to <figure> ratio", "<name>-to-<figure> ratio", "the ratio of <name>
    # to <figure>"
    True: ((r"(?<![\w-])NAME[\s-]+to[\s-]+(?P<w>[a-z][\w'’&\s-]{0,60}?)[\s-]+ratio\b",
            r"\bratio\s+of\s+(?:the\s+|its\s+|their\s+)?NAME\s+to\s+(?:the\s+|its\s+|their\s+)?"
            r"(?P<w>[a-z][\w'’&\s-]{0,60}?)" + _AFTER_TERM),
           None),
    # the other figure over the defined one (session 26, #10: a leverage ratio over a figure the question defines is
    # that ratio, never the defined figure alone): "the ratio of total debt to EBITDA", "total debt to EBITDA ratio",
    # "total debt-to-EBITDA multiple", EBITDA defined
    False: ((r"\bratio\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<w>[a-z][\w'’&\s-]{0,60}?)\s+to\s+"
             r"(?:the\s+|its\s+|their\s+)?NAME" + _AFTER_TERM,
             r"(?:^|[\s,(])(?:its\s+|their\s+|the\s+)?(?P<w>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,3}?)"
             r"(?:\s+to\s+|-to-)NAME(?:\s+|-)(?:ratio|multiple|leverage)\b"),
            r"^(?:what\s+was|what\s+is|what|the|its|their)\s+"),
}


def _ratio_other(name: str, rest: str, defined_first: bool) -> str | None:
    """The words of the figure a defined figure (``name``, lower case) is asked a ratio with, the defined figure the
    ratio's first term (``defined_first``: "<name> to <figure> ratio") or its second ("the ratio of <figure> to
    <name>"), else None (``_RATIO_PHRASINGS``)."""
    phrasings, lead = _RATIO_PHRASINGS[defined_first]
    n = re.escape(name)
    m = next((found for p in phrasings if (found := re.search(p.replace("NAME", n), rest))), None)
    if m is None:
        return None
    words = m.group("w").strip()
    return (re.sub(lead, "", words) if lead else words) or None


def _ratio_expr(expr: Any) -> bool:
    """Whether a definition's arithmetic is already a ratio (a division, perhaps times 100)."""
    if getattr(expr, "op", None) == "/":
        return True
    return getattr(expr, "op", None) == "*" and (_ratio_expr(expr.left) or _ratio_expr(expr.right))


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


# the words saying a list of figures is added up
_SUMMED = r"(?:combined|together|taken\s+together|added\s+together|in\s+total|altogether)"
# "buybacks and dividends combined", "through dividends and repurchases of common stock taken together": a part that
# says it adds up the figures it lists
_COMBINED_END = re.compile(rf"^(?P<items>.+?)\s*,?\s+{_SUMMED}$", re.I)
# "... handed back through A and B together (in dollars); what share of its net income was this?": the sum a
# pronoun refers back to, a clause of the question before it
_COMBINED_CLAUSE = re.compile(rf"[^.?;:,]*?\s{_SUMMED}\b", re.I)
_PRONOUN_PART = re.compile(r"(?:that|this|it|they|these|those|(?:this|that|the)\s+(?:amount|total|sum|figure))", re.I)


def referred_sum(part: str, text: str) -> str | None:
    """The words of the sum a share's pronoun part refers to ("what percentage of net earnings was that?" after
    "... A and B combined"): the last clause of ``text`` that says it adds figures up; None for any other part."""
    if not _PRONOUN_PART.fullmatch(part.strip()):
        return None
    found = [m.group() for m in _COMBINED_CLAUSE.finditer(text)]
    return found[-1].strip() if found else None


def says_combined(words: str) -> bool:
    """Does a share's part say it adds up the figures it lists ("A and B combined")?"""
    return _COMBINED_END.match(words.strip(" ,")) is not None


def combined_sum(words: str) -> tuple[str, Any] | None:
    """(the items' words, A + B + ...) for a part that adds up figures of mia's registry ("buybacks and dividends
    combined"; the list starts at the first word leading into a reading of two figures or more, "... returned through
    A and B combined"), else None. General rule: a sum of items asked is computed from every item, or not at all."""
    m = _COMBINED_END.match(words.strip(" ,"))
    if m is None:
        return None
    text = m.group("items")
    for start in [0, *(lead.end() for lead in _LEAD_INTO.finditer(text))]:
        items = text[start:].strip(" ,")
        try:
            expr = list_sum(items, LOOKUP, {})
        except ValueError:
            continue
        if (isinstance(expr, Op) and expr.op == "+"
                and all(not is_row_input(i.metric) and not i.part for i in Definition("", items, expr).inputs())):
            return items, expr
    return None


# "What share of its FY2024 net earnings did the company pay out as dividends?", "what percentage of net sales was
# spent on advertising": a share asked with its whole named first and its part after the verb's lead-in word (the
# same grammar as ``_SHARE_OF_DEFINED``, the whole a figure of mia's own)
# "How many times did its operating income cover its interest expense?": a coverage, the covering figure over the
# covered one
_COVER = re.compile(r"\bhow\s+many\s+times\s+(?:did|does|do|was|were|has|had|could|would|can|will)\s+(?:the\s+)?"
                    r"(?:(?:[\w&.\-]+\s+){0,4}?[\w&.\-]+(?:'s|’s|s'|’)\s+|its\s+|their\s+)?"
                    r"(?:(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)?\d{2}\s+)?(?P<num>[a-z][a-z&'’\- ]*?)\s+"
                    r"(?:cover|covered|pay\s+for|paid\s+for)\s+(?:the\s+|its\s+|their\s+)?(?P<den>[a-z][a-z&'’\- ]*?)"
                    r"\s*(?:\b(?:in|for|during|over|at|as\s+of)\b|[?.,;]|$)", re.I)
# a period said after an item ("dividends in fiscal 2024", "R&D in the second quarter"): not part of its name
_ITEM_PERIOD = re.compile(r"\s+(?:in|for|during|over|at|as\s+of|through)\s+(?:the\s+|its\s+|their\s+)?(?:(?:first|second|"
                          r"third|fourth|latest|last|same|six|nine|three|twelve|fiscal|calendar)\b|q[1-4]\b|h[12]\b|"
                          r"fy\s?'?\d|(?:19|20)\d{2}\b|(?:that|this|each|both)\s+(?:year|period|quarter)s?\b).*$", re.I)


def _one_figure(words: str) -> Input | None:
    """The figure of mia's registry a short phrase names (no statement label read from the question's own words),
    else None."""
    w = _ITEM_PERIOD.sub("", words).strip(" ,")
    w = re.sub(r"^(?:the|its|their)\s+", "", w, flags=re.I)
    if not w or len(w.split()) > 6:
        return None
    try:
        n = parse(w, LOOKUP, {})
    except ValueError:
        return None
    return n if isinstance(n, Input) and not is_row_input(n.metric) and not n.part else None


def _worded_ratio(question: str) -> Quantity | None:
    """A share or a coverage asked by its sentence's grammar rather than by a ratio's name: "what percent of its
    2024 net earnings did it pay out in cash dividends?" (the part over the whole, in percent), "how many times did
    operating income cover interest expense?" (the covering figure over the covered one). General rule: both
    figures must be figures of mia's registry named on their own; anything else gives None (the question goes
    on as before)."""
    m = _COVER.search(question)
    if m:
        num, den = _one_figure(m.group("num")), _one_figure(m.group("den"))
        if num is not None and den is not None and num.metric != den.metric:
            title = f"{num.words} to {den.words} coverage"
            return Quantity(title, definition=Definition(title, f"{num.words} / {den.words}", Op("/", num, den)),
                            how="the coverage the question describes")
    m = _SHARE_OF_DEFINED.search(question)
    if m is None:
        return None
    whole = _one_figure(m.group("base"))
    if whole is None:
        return None
    for lead in reversed(list(_LEAD_TO_ITEMS.finditer(m.group("items")))):
        part = _one_figure(m.group("items")[lead.end():])
        if part is not None and part.metric != whole.metric:
            title = f"{part.words} as a percentage of {whole.words}"
            return Quantity(title, definition=Definition(title, f"{part.words} / {whole.words} x 100",
                                                         Op("*", Op("/", part, whole), Num(100.0, "100"))),
                            how="the share the question describes")
    return None


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
            if not re.search(r"\bunadjusted\b", rest):
                # computed as the question defines it, never by mia's own unadjusted formula ("Adjusted EBITDA margin,
                # measured as Adjusted EBITDA divided by ..."): the name drops the word
                title = re.sub(r"^unadjusted\s+", "", title)
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
            ratio = _ratio_other(name, rest, True)
            if ratio is not None and not _ratio_expr(d.expr):
                # "total borrowings to total equity ratio", "the ratio of total borrowings to equity", the question
                # defining total borrowings: the defined figure over the other one, never the defined figure alone
                whole = LOOKUP(ratio) if 0 < len(ratio.split()) <= 6 else None
                if whole is None:
                    raise NoPlace(f"the question asks \"{d.name}\" as a ratio to \"{ratio}\", a figure mia does not "
                                  f"read")
                title = f"{d.name} to {ratio} ratio"
                return Quantity(title, definition=Definition(title, f"({d.text}) / {ratio}",
                                                             Op("/", d.expr, Input(whole, ratio))))
            over = _ratio_other(name, rest, False) if ratio is None and not _ratio_expr(d.expr) else None
            if over is not None:
                # "the ratio of total debt to EBITDA", the question defining EBITDA: the other figure over the defined
                # one; an other figure mia does not read declines
                # the words before "to" may run back over the company's name ("Acme's total debt to EBITDA ratio"):
                # the longest tail of them that names a figure mia reads
                words = over.split()
                tails = [" ".join(words[i:]) for i in range(len(words))] if len(words) <= 6 else []
                part, over = next(((LOOKUP(t), t) for t in tails if LOOKUP(t) is not None), (None, over))
                if part is None:
                    raise NoPlace(f"the question asks \"{over}\" as a ratio to \"{d.name}\", a figure mia does not "
                                  f"read")
                title = f"{over} to {d.name} ratio"
                return Quantity(title, definition=Definition(title, f"{over} / ({d.text})",
                                                             Op("/", Input(part, over), d.expr)))
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
    return _worded_ratio(question) if not calcs else None


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


def _fits(recipe: str, d: Definition) -> bool:
    try:
        composed(recipe, [d])
    except NoPlace:
        return False
    return True


def restates(recipe: str, d: Definition, year: int | None = None) -> bool:
    """Is an unnamed definition ("judging by capital expenditures as a share of revenues") the calculation's own
    formula said again: the same arithmetic on the same metrics, each taken at the asked period (no period of its
    own, or the asked year ``year``)? General rule: a measure the question states in words that are mia's formula is
    that measure (computed by it), never a definition that fits nowhere."""
    if d.name or recipe not in RECIPE_FORMULAS:
        return False
    formula, parts = RECIPE_FORMULAS[recipe]
    own = parse(formula, LOOKUP, {p: parse(t, LOOKUP) for p, t in parts.items()})

    def shape(n: Any) -> Any:
        if isinstance(n, Input):
            at_asked = n.years == () or (year is not None and n.years == (year,))
            return ("in", n.metric, n.how) if at_asked and not (n.offset or n.part or n.alt is not None) else ("other", n)
        if isinstance(n, Num):
            return ("num", n.value)
        return (n.op, shape(n.left), shape(n.right))

    return shape(d.expr) == shape(own)


def _recipe_words(recipe: str) -> set[str]:
    """Words that name a calculation's own inputs or title ("dividend" of a payout ratio, "cash" of a cash
    ratio): before the calculation's name they say what it is, not a part it is narrowed to."""
    r = calc.RECIPES.get(recipe)
    if r is None:
        return set()
    phrases = [r.title, *intent.calculation_words(recipe)]
    for metric, _, _ in r.inputs:
        phrases += [*METRIC_WORDS.get(metric, ()), TITLES.get(metric, ""), metric.replace("_", " ")]
    return set().union(*(metric_qualifiers._word_stems(p) for p in phrases if p))

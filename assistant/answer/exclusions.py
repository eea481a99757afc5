"""Items a question takes out of a profit figure or margin, read as a definition (M - items):
``exclusion_definitions`` ("Excluding A ...", "Adding A back to operating income ..."), ``_every_line`` (an item read
as every line so named), ``_one_statement`` (the inputs stand on primary statements of one kind). Reads
``quantities.py`` and ``company_figures.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..finance import formulas as calc
from ..finance.formulas import MissingInput
from ..finance.registry import BY_NAME, TITLES, label_tokens
from ..finance.select import row_on_statement, statement_page_kind
from ..query import intent
from ..query.definitions import (
    Definition, Input, Node, Num, Op, and_labels, find_definitions, ROW, list_sum, is_row_input, parse,
)
from ..query.entities import Company
from ..types import InputFigure
from . import adjustments
from .quantities import LOOKUP, RECIPE_FORMULAS, _substitute
from .company_figures import _PROFITS, _leftmost, _loosely


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


# a row label's sign word in parentheses: "(Gain) loss on sale of assets", "Other (income) expense, net", "Loss (gain)
# on extinguishment of debt"
_SIGN_WORD = re.compile(r"\((gains?|loss(?:es)?|income|expenses?|benefits?|credits?|charges?)\)", re.I)


def _items_node(adj: "adjustments.Adjustment", profit: bool) -> Node | None:
    """The adjustment's items as inputs ("A", "A + B"): a quoted label is the filer's row by exactly those words
    (``definitions.ROW``); other words are read as a definition's operand ("restructuring charges", "the
    impairment and loss on vessel sale" as one row's label, "A and B" as two items); None when an item reads as no
    row, part or (for a profit figure) charge metric."""
    nodes: list[Node] = []
    for words, label in zip(adj.items, adj.labels):
        # "the (gain) loss on disposal of assets": the filer's sign word in parentheses is a word of the row's label,
        # never a group of the arithmetic
        words = words if label else _SIGN_WORD.sub(r"\1", words)
        if label or re.search(adjustments._NET + r"\s*$", words, re.I):
            # a quoted label, or words ending in a filer's ", net" ("other operating charges, net"): one row's label
            node: Node = Input(ROW + " ".join(re.findall(r"[a-z0-9]+", words.lower())), words)
        else:
            try:
                with and_labels():  # the excluded words name items: "impairment and loss on sale" may be one row's label
                    node = parse(words, LOOKUP)
            except ValueError:
                try:  # "restructuring charges and asset impairment charges": the items listed, each taken out
                    node = list_sum(words, LOOKUP)
                except ValueError:
                    try:  # "impairments and the loss on disposal of assets and other": a listed item's own label
                        # holds an "and" (each item still a row, checked below)
                        with and_labels():
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
        for doc_id in dict.fromkeys(d for d, _ in sorted(pages)):  # a fixed order: never a set's (hash seed)
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

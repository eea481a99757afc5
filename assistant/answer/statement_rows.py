"""Rows of a company's statements a question names beyond a metric: a part's own row (``qualified_row``,
``part_row``, ``_under_heading``), the owners' row (``attributable_row``, ``owners_row``), a line item named by its
label (``named_row``, ``named_row_answer``, ``row_title``), and how a row's printed sign bears on the profit
(``profit_sign``, ``signed_reading``, ``_in_expenses``). Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..finance.formulas import fmt
from ..finance.registry import (
    METRIC_WORDS, STATEMENT_OF, TITLES, label_tokens, metric_nouns, normalise_metric, other_item_words,
)
from ..finance.select import FactIndex, is_statement_page, statement_page_kind
from ..query.intent import Request
from ..types import Answer, DocMeta, Fact
from .measure_families import _MONEY_FAMILIES, _families
from .metric_qualifiers import _word_stems, qualifier
from .fact_lookup import ReportCompany, _failed_input, _own_period_first, _page_text
from .fact_sentences import _about, _answer, _possessive, _value_text


def _under_heading(text: str | None, quote: str, metric: str) -> bool:
    """Does the row (``quote``) sit under a heading line that names ``metric`` ("Revenue:", "Net sales",
    "Interest expense:") with no total row of the metric between them? A row printed after the metric's total
    (or under another heading, "Cost of revenue:") is not one of its parts."""
    if not text or not quote.strip() or quote.strip() not in text:
        return False
    lines = text[:text.find(quote.strip())].split("\n")[:-1]
    for line in reversed(lines[-40:]):
        s = line.strip()
        if not s:
            continue
        m = re.search(r"(?:\s+\$?\s*\(?[\d,.]+\)?%?|\s+[—–-])+\s*$", s)
        if m and m.start() > 0:  # a row: a total of the metric closes its section
            if normalise_metric(s[:m.start()].strip(" $"), None) == metric:
                return False
            continue
        return normalise_metric(s.rstrip(":").strip(), "") == metric
    return False


def qualified_row(question: str, index: FactIndex, metric: str, doc_ids: Sequence[str], period: str,
                  docs: dict[str, DocMeta] | None = None) -> Fact | None:
    """The row that answers a metric the question narrows to a part (``qualifier``: "subscription revenue",
    "product sales", "interest expense on deposits"): a table row of the period whose label says every word of the
    part, that is no other item (mapped to another metric, or holding a word the metric's token rules never allow:
    "cost", "deferred" unless the question says it), and that names the metric's kind of item itself ("Subscription
    revenue") or sits under the metric's heading ("Revenue:" above "Subscription"; not "Cost of revenue:").
    General rule: a part is answered by its own row, with its own figures and citation, never by the total. Rows on
    a primary statement of the metric's kind come first, the period's own report first; when the best rows state
    different amounts (two rows carry the words), or no row qualifies, None (declined)."""
    return part_row(index, metric, qualifier(question, metric), doc_ids, period, docs)


# words of a label that leave out what follows them: "Revenue, before fuel surcharge", "Sales excluding fuel"
_EXCLUDES = re.compile(r"\b(?:before|excluding|excl\.|ex|less|net\s+of|without)\s+([a-z][a-z\s\-]*)", re.I)


def part_row(index: FactIndex, metric: str, words: set[str], doc_ids: Sequence[str], period: str,
             docs: dict[str, DocMeta] | None = None) -> Fact | None:
    """``qualified_row`` for the part's words given (``_word_stems`` form)."""
    page_text = _page_text(index)
    if not words or page_text is None:
        return None
    never = {t for t in other_item_words(metric) if t.rstrip("s") not in words}  # the part's own words are allowed
    # the metric's kind of item; for a metric the registry gives no nouns, the words of its title ("research and
    # development": "Acquired in-process research and development" names the kind itself)
    nouns = metric_nouns(metric) or {t for w in (TITLES.get(metric, ""), *METRIC_WORDS.get(metric, ()))
                                      for t in label_tokens(w) if len(t) > 3} - {"total", "expense", "income"}
    own = STATEMENT_OF.get(metric, ())
    found: list[tuple[bool, Fact]] = []
    for f in index.facts(period=period, doc_ids=list(doc_ids)):
        if f.period != period or f.kind != "table" or f.metric not in (None, metric):
            continue
        if f.unit == "%" or f.unit.endswith("/share") or f.unit == "shares":
            continue
        toks = set(label_tokens(f.label))
        if not words <= _word_stems(f.label) or toks & never:
            continue
        if _EXCLUDES.search(f.label) and words <= _word_stems(" ".join(m.group(1) for m in _EXCLUDES.finditer(f.label))):
            continue  # "Revenue, before fuel surcharge" leaves the part out: never the part's own row
        if "per" in words and (f.scale or 1.0) != 1.0:
            # a per-unit row ("Revenue per day", "Sales per store") states dollars per unit, never in the page's
            # thousands or millions; a row stored at such a scale is misread (``metric_qualifiers.per_unit``)
            continue
        if not (toks & nouns) and not _under_heading(page_text(f.doc_id, f.page), f.quote, metric):
            continue
        kind = statement_page_kind(index, f.doc_id, f.page)
        found.append((bool(kind and (kind in own or not own)), f))
    if not found:
        return None
    best = [f for on, f in found if on] or [f for _, f in found]
    if docs:
        first = _own_period_first(docs, period)
        top = max(first(f.doc_id) for f in best)
        best = [f for f in best if first(f.doc_id) == top]
    if len({round(f.absolute, 6) for f in best}) != 1:
        return None
    return min(best, key=lambda f: (f.doc, f.page))


# a question asking for more than the row's own figure: a share, a rate, a change, a comparison, a reason
_NOT_THE_ROW = re.compile(r"\b(?:percent\w*|share|proportion|ratio|margin|per(?!\s+(?:its|the|their|our)\b)|rate|"
                          r"growth|grow|grew|change\w*|"
                          r"increase\w*|decrease\w*|rise|rose|fall|fell|decline\w*|compare\w*|versus|vs|why|how\s+did|"
                          r"drove|driver\w*|reason\w*|average|cagr|each|segment\w*|region\w*|channel\w*|brand\w*|"
                          r"excluding|including|adjusted|non-gaap|forecast\w*|guidance|expect\w*|outlook|and)\b|%",
                          re.I)
_GENERIC_ROW = {("other",), ("total",), ("net",), ("other", "net"), ("total", "net")}


_ATTRIBUTABLE = re.compile(r"\b(?:attributable|available|applicable)\s+to\b", re.I)


def attributable_row(question: str, index: FactIndex, chosen: Fact) -> Fact | None:
    """For "net income attributable to common stock" (to the company, to its shareholders), the row of the chosen
    row's metric, period and page whose label says "attributable/available to" (never the noncontrolling
    interests' share) when the chosen row does not: the amount after what is owed to others (a subsidiary's
    preferred dividends, minority holders). None when the question does not say so, the chosen row already does,
    or the page holds no such row or several with different amounts."""
    if not _ATTRIBUTABLE.search(question):
        return None
    return owners_row(index, chosen)


def owners_row(index: FactIndex, chosen: Fact) -> Fact | None:
    """``attributable_row`` whatever the question says: the row of the chosen row's metric, period and page whose
    label says the amount is the company's own shareholders' ("attributable to common shareholders"), when the
    chosen row does not say so; None otherwise (no such row, or several with different amounts)."""
    if _ATTRIBUTABLE.search(chosen.label):
        return None
    rows = [f for f in index.facts(metric=chosen.metric, period=chosen.period, doc_ids=[chosen.doc_id])
            if f.page == chosen.page and f.kind == "table" and _ATTRIBUTABLE.search(f.label)
            and not re.search(r"non-?controlling|minority", f.label, re.I)]
    if not rows or len({round(f.absolute, 6) for f in rows}) != 1:
        return None
    return rows[0]


def named_row(question: str, index: FactIndex, doc_ids: Sequence[str], period: str) -> Fact | None:
    """The row of the company's statements a question names by its label when no metric of mia's names it ("What
    did Meadowlark report for purchased transportation in 2025?": the "Purchased transportation" row): a table row
    of the period, on a primary statement page, whose label (two words or more, no generic "Other, net") is written
    word for word in the question, the longest such label; None when the question asks more than the row's own
    figure (a share, a change, a part, a reason: ``_NOT_THE_ROW``), or the rows so labelled state different amounts.
    General rule: a line item the registry does not know is answered only by the row that bears its name.
    Session 29: a line item only a numbered note prints ("Total lease costs", "Total lease liabilities") is the note's
    row when no primary statement prints one of that name: every row so labelled for the period states one amount,
    the row passes the note check of its page (``fact_lookup._failed_input``, primary) and its label names a money
    measure (``measure_families``: a cost, a liability; never a count such as "Total stores")."""
    if _NOT_THE_ROW.search(question):
        return None
    q = " " + " ".join(label_tokens(question)) + " "
    found: list[tuple[int, Fact]] = []
    noted: list[tuple[int, Fact]] = []
    for f in index.facts(period=period, doc_ids=list(doc_ids)):
        if f.period != period or f.kind != "table" or f.unit == "%" or f.unit.endswith("/share"):
            continue
        toks = label_tokens(re.sub(r",\s*net\s*$", "", f.label, flags=re.I))  # "Gain on sale of restaurants, net"
        if len(toks) < 2 or toks in _GENERIC_ROW or f" {' '.join(toks)} " not in q:
            continue
        (found if is_statement_page(index, f.doc_id, f.page) else noted).append((len(toks), f))
    # a note's row is an amount only when its label names a money measure ("Total lease cost", "lease liabilities"):
    # a note prints counts at its page's scale too ("Total stores 1,124" under "(in millions, except store counts)")
    noted = [(n, f) for n, f in noted if {x[0] for x in _families(f.label)} & (_MONEY_FAMILIES | {"pay"})
             and not {x[0] for x in _families(f.label)} & {"headcount", "volume", "capacity"}]
    if not found and noted and not isinstance(index, ReportCompany):  # a report's tables are no filing's notes
        longest = max(n for n, _ in noted)
        rows = [f for n, f in noted if n == longest]
        if len({f.label.lower() for f in rows}) == 1 and len({round(f.absolute, 6) for f in rows}) == 1:
            found = [(n, f) for n, f in noted if n == longest and _failed_input(index, [f], primary=True) is None]
    if not found:
        return None
    longest = max(n for n, _ in found)
    best = [f for n, f in found if n == longest]
    if len({f.label.lower() for f in best}) != 1 or len({round(f.absolute, 6) for f in best}) != 1:
        return None
    return min(best, key=lambda f: (f.doc, f.page))


# (a filer's own words for the heading and its total: "Cost of operations" ... "Total cost of operations", "Operating
# costs" ... "Total operating costs")
_EXPENSE_HEAD = re.compile(r"^\s*(?:operating\s+)?(?:costs?\s+and\s+expenses|(?:operating\s+)?expenses|costs\s+and\s+"
                           r"operating\s+expenses|costs?\s+of\s+operations|operating\s+costs)\b[^\d]*$", re.I)
_TOTAL_EXPENSES = re.compile(r"^\s*total\s+(?:(?:operating\s+)?(?:costs?\s+and\s+)?(?:operating\s+)?expenses|"
                             r"costs?\s+of\s+operations|operating\s+costs)\b", re.I)


def _in_expenses(page_text: str | None, quote: str) -> bool | None:
    """Whether the row sits among a statement's costs and expenses (under a "Costs and expenses:" / "Operating
    expenses:" heading, before their total); None when the page does not say."""
    if not page_text or quote.strip() not in page_text:
        return None
    above = page_text[:page_text.find(quote.strip())].split("\n")[::-1]
    for line in above[:40]:
        if _TOTAL_EXPENSES.search(line):
            return False
        if _EXPENSE_HEAD.search(line):
            return True
    return None


# a line the statement's costs are taken from when no "Costs and expenses:" heading stands over them: the gross
# profit line (operating expenses follow it) or the revenue total (costs follow it)
_COSTS_BASE = re.compile(r"^\s*(?:gross\s+(?:profit|margin)|(?:total\s+)?(?:net\s+)?(?:operating\s+)?(?:revenues?|sales)"
                         r"(?:,\s*net)?)\b[^a-z]*$", re.I)
# a profit line (or the costs' total) above the row: the row stands below it, not among the costs deducted to reach it
_PROFIT_LINE = re.compile(r"^\s*(?:total\s+(?:operating\s+)?(?:costs?|expenses)|(?:operating|net)\s+(?:income|loss|"
                          r"earnings|profit)|(?:income|earnings|loss)\s+(?:from\s+operations|before))\b", re.I)


# a heading that says how its rows are signed: "Other operating (expense) income:", "Other income (expense):" print
# an expense in parentheses (the amount is what the row added to the profit); "Other expense (income), net:" print
# an expense as a positive amount (what the row took away)
_SIGNED_HEAD_ADDED = re.compile(r"\(\s*expenses?\s*\)\s*(?:,\s*)?(?:and\s+)?income|\bincome\s*\(\s*expenses?\s*\)", re.I)
_SIGNED_HEAD_TAKEN = re.compile(r"\bexpenses?\s*\(\s*income\s*\)|\(\s*income\s*\)\s*(?:,\s*)?(?:and\s+)?expense", re.I)


# a text layer that runs a statement's rows into one line ("Net sales $ 18,420 $ 17,615 Cost of sales 10,315 9,981
# ..."): a row starts where a capitalised label follows a row's last figure (or the header's years)
_ROW_START = re.compile(r"(?<=[\d)\-—–])\s+(?=[A-Z][a-z])")


def profit_sign(page_text: str | None, quote: str) -> int | None:
    """How a row's printed amount bears on the profit the statement arrives at, by the layout alone: -1 when it was
    deducted (the row stands under a "Costs and expenses:" heading (``_in_expenses``), or, where no heading stands,
    after the gross profit line or the revenue total with no profit line, costs' total or other heading between:
    the US layout "Gross profit / Selling, general and administrative / Restructuring charges / Operating
    income"); +1 when it was added (under an "(expense) income" heading, which prints an expense in parentheses);
    None when the page does not say. General rule: a charge's sign is read from how its statement prints it, never
    assumed."""
    if not page_text or quote.strip() not in page_text:
        return -1 if _in_expenses(page_text, quote) is True else None
    above = [row for line in page_text[:page_text.find(quote.strip())].split("\n")
             for row in _ROW_START.split(line)][::-1]
    above = above[1:40] if above and not above[0].strip() else above[:40]
    if _in_expenses(page_text, quote) is True:
        return _deducted(above[:next((k for k, line in enumerate(above) if _EXPENSE_HEAD.search(line)), 0)])
    for k, line in enumerate(above):
        if _PROFIT_LINE.search(line) or _TOTAL_EXPENSES.search(line):
            return None
        if not re.search(r"\d", line) and line.strip():
            # a heading: it says the sign, or the rows under it are not read
            if _SIGNED_HEAD_ADDED.search(line):
                return 1
            if _SIGNED_HEAD_TAKEN.search(line) or _EXPENSE_HEAD.search(line):
                return _deducted(above[:k])
            return None
        if _COSTS_BASE.search(line):
            return _deducted(above[:k])
    return None


# a row's label up to its first amount, and its amounts ("(298)", "$ 1,204", "—")
_LEAD_LABEL = re.compile(r"^\s*([^\d$()—–]*[A-Za-z][^\d$()—–]*?)\s*(?=[$(\d—–])")
_AMOUNT = re.compile(r"\(\s*\$?\s*\d[\d,]*(?:\.\d+)?\s*\)|\$?\s*\d[\d,]*(?:\.\d+)?")
_COST_LABEL = re.compile(r"\b(?:costs?|expenses?)\b", re.I)
_NOT_A_COST = re.compile(r"\b(?:gains?|income|credits?|benefits?|recover\w*|reversals?|revenues?|sales)\b", re.I)


def _deducted(rows: list[str]) -> int:
    """The sign of a row among a statement's costs: -1 (its printed amount was taken away, the US layout that prints
    "Selling, general and administrative 4,210" under gross profit), or +1 when the costs between the row and their
    base print every amount in parentheses ("Selling, general and administrative expenses (298)": a signed layout,
    where each row's printed amount is what it added to the profit, a charge in parentheses, a credit without).
    General rule: a statement that signs its costs is read by their signs; a row in parentheses among costs printed
    without them, a credit, says nothing of the layout."""
    signed = unsigned = 0
    for line in rows:
        m = _LEAD_LABEL.match(line)
        if not m or not _COST_LABEL.search(m.group(1)) or _NOT_A_COST.search(m.group(1)):
            continue
        amounts = [a for a in _AMOUNT.findall(line[m.end():]) if re.search(r"[1-9]", a)]
        if not amounts:
            continue
        if all(a.strip().startswith("(") for a in amounts):
            signed += 1
        elif not any(a.strip().startswith("(") for a in amounts):
            unsigned += 1
    return 1 if signed and not unsigned else -1


def signed_reading(f: Fact, page_text: str | None) -> tuple[float, str] | None:
    """(amount, "gain" | "loss") of a row whose label names a gain or a loss, as the filer means its sign: "(Gain)
    loss" and "Gain (loss)" say which sign is which; a "Gain on sale ..." row printed in parentheses among costs and
    expenses is a credit to them, a gain. None when the sign's meaning is not said (a gain row in parentheses
    outside the expenses, a bare "loss" row printed negative): the figure is then not shown as either.
    General rule: a figure in parentheses is shown as the filer means it, or not at all."""
    label = f.label.lower()
    v = f.absolute
    if re.search(r"\(\s*gains?\s*\)\s*(?:,\s*)?(?:and\s+)?loss|\bloss(?:es)?\s*\(\s*gains?\s*\)", label):
        # "(Gain) loss on ..." and "Loss (gain) on ...": the amount in parentheses is the gain
        return abs(v), "gain" if v < 0 else "loss"
    if re.search(r"\(\s*loss(?:es)?\s*\)\s*(?:,\s*)?(?:and\s+|or\s+)?gain|gains?\s*(?:(?:or|and)\s+)?\(\s*loss", label):
        return abs(v), "loss" if v < 0 else "gain"
    gain, loss = bool(re.search(r"\bgains?\b", label)), bool(re.search(r"\bloss(?:es)?\b", label))
    if gain == loss:
        return None
    among = _in_expenses(page_text, f.quote)
    if gain:
        if v >= 0 and among is not True:
            return v, "gain"
        if v < 0 and among is True:
            return abs(v), "gain"  # a credit within the expenses
        return None
    if v >= 0:
        return v, "loss"
    return None


def named_row_answer(question: str, index: FactIndex, company: str, doc_ids: Sequence[str], period: str,
                     scale: float | None, scale_word: str) -> Answer | None:
    """``named_row``'s figure, cited, with its label as printed; its column and scale checked like any figure. A
    row naming a gain or a loss is shown as the filer means its sign (``signed_reading``), or not at all."""
    f = named_row(question, index, doc_ids, period)
    if f is None or _failed_input(index, [f], primary=False) is not None:
        return None
    req = Request(company=company, doc_ids=tuple(doc_ids), years=(), period=period, scale=scale,
                  scale_word=scale_word)
    title = f.label[:1].lower() + f.label[1:] if not f.label[:2].isupper() else f.label
    detail = f"Reported as \"{f.label}\" [1]."
    if re.search(r"\bgains?\b|\bloss(?:es)?\b", f.label, re.I):
        page_text = _page_text(index)
        read = signed_reading(f, page_text(f.doc_id, f.page) if page_text else None)
        if read is None:
            return None
        what = read[1]
        value = _value_text(replace(f, value=abs(f.value)), scale, scale_word)  # the amount by magnitude
        sent = f"{_possessive(company)} {title} for {period} was a {what} of {value} [1]."
        if f.value < 0:
            detail = (f"Reported as \"{f.label}\", printed as {fmt(abs(f.value))} in parentheses"
                      f"{' among costs and expenses, a credit to them' if what == 'gain' else ''} [1].")
    else:
        value = _value_text(f, scale, scale_word, magnitude=False)
        sent = f"{_possessive(company)} {title} for {period} was {value} [1]."
    return _answer(question, [(sent, (1,)), (detail, (1,))], [f], "facts", title, inputs=[f], about=_about(req))


def row_title(label: str, metric: str) -> str:
    """How an answer names a part's row: its label, with the metric's name added when the label does not say it
    ("Subscription" under "Revenue:" -> "subscription revenue")."""
    name = TITLES.get(metric, metric.replace("_", " "))
    text = label if label.isupper() is False else label.lower()
    text = text[:1].lower() + text[1:] if not text[:2].isupper() else text
    if set(label_tokens(label)) & (metric_nouns(metric) | set(label_tokens(name))):
        return text
    return f"{name} (\"{label}\")" if "," in label else f"{text} {name}"

"""A line item no metric of mia's names, asked by its label: its change between two periods ("How much did its
royalty fees grow in 2025, in dollars and in percent?") or its share of a total ("franchise royalties as a proportion
of total revenues", "what percentage of total revenues came from royalty fees?").

A phrase names a row when the row's label says everything the phrase says and the phrase says everything the label
says beyond its generic head ("fees", "revenue"): the phrase's content words (stems, without joining words) are all
in the label, and the label's content words, its head aside, are all in the phrase, in any order ("depletion and
amortization of landfills" is the row "Landfill depletion and amortization"; "royalties" the row "Royalty fees";
"marketing expenses" is NOT "Marketing and reservation system expenses"). One label must answer, on the company's
tables of the asked period (a primary statement's row first); two labels, or rows of one label that disagree: none.
General rule: a line item the registry does not know is computed only from the row that bears its name, or not at
all. The caller (``answer.company_figures``, for ``answer.intents``) computes the change or share from the row
through a stated-definition input (``query.definitions.ROW``), so each figure is cited and checked like any
definition's input.

May import ``finance``, ``query``, ``types`` and ``facts_path``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..finance.registry import label_tokens
from ..finance.select import row_on_statement
from ..finance.statements import SIDES, row_side
from ..query.definitions import ROW, Definition, Input, Node, Num, Op
from ..text.months import MONTH
from ..types import Fact

# words that join a label's terms or a question's, and say nothing of the line itself
_JOINING = frozenset("of and the a an in for from on to its their our total net less other".split()) - {"other"}
# a label's generic head: "Royalty fees" is the royalties line, "Subscription revenue" the subscription line
_HEADS = frozenset({"fee", "revenue"})
# heads that tell a line's sides apart ("... revenues" / "... expenses")
_SIDES = frozenset({"fee", "revenue", "expense", "cost", "income", "sale", "charge", "loss", "gain"})
# words that, right after a line's name, make the phrase a measure of it ("vehicle utilization", "room rate",
# "store count", "fleet yield"): such a phrase names no line (stems, as ``label_tokens`` gives them)
_MEASURE_WORDS = frozenset("utilization utilisation rate ratio margin yield per price pricing mix count day "
                           "intensity productivity occupancy turnover efficiency coverage density penetration "
                           .split())
# words of periods, companies and questions that never name a line
_NOT_LINE = re.compile(r"^(?:\d+|fy\d*|q[1-4]|fiscal|year|years|quarter|quarters|month|months|week|weeks|ended|ending|"
                       + MONTH + r"|"
                       r"three|six|nine|twelve|first|second|third|fourth|half)$")


# what an analyst calls a line's expense: "its research spending" is the row "Research expenses"
_SPEND = {"spending": "expense", "spend": "expense"}
# "marketing, occupancy and administrative (MO&A)": an abbreviation in brackets right after the words it stands for
_ABBREVIATION = re.compile(r"\(\s*([A-Z][A-Za-z]?(?:\s*&\s*|[&/.\-]?)(?:[A-Z][A-Za-z]?(?:\s*&\s*|[&/.\-]?)){1,6})\s*\)")


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in ("and", "of", "the", "for", "&")).upper()


def spelled_out(text: str) -> str:
    """The text with each abbreviation it defines in brackets dropped after the words it stands for, and written out
    where it is used again: "marketing, occupancy and administrative (MO&A) spending ... MO&A" -> "marketing,
    occupancy and administrative spending ... marketing, occupancy and administrative". An abbreviation whose
    capitals are not the initials of the words right before it is left as written."""
    out = text
    for m in list(_ABBREVIATION.finditer(text))[::-1]:
        letters = "".join(c for c in m.group(1) if c.isupper())
        before = re.findall(r"[A-Za-z][\w'’\-]*", text[:m.start()])
        # the shortest run of words ending right before the bracket whose initials are the capitals
        for n in range(len(letters), min(len(before), 2 * len(letters) + 2) + 1):
            run = before[-n:]
            if _initials(run) == letters and run[0].lower() not in ("and", "of", "the", "for"):
                words = " ".join(run)
                out = out[:m.start()].rstrip() + out[m.end():]
                out = re.sub(rf"(?<![\w&]){re.escape(m.group(1))}(?![\w&])", words, out)
                break
            if len(_initials(run)) > len(letters):
                break
    return out


def _content(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t not in _JOINING]


def _rows(index: Any, doc_ids: Sequence[str], period: str) -> list[Fact]:
    return [f for f in index.facts(period=period, doc_ids=list(doc_ids))
            if f.period == period and f.kind == "table" and f.unit not in ("%", "x") and not f.unit.endswith("/share")
            and f.unit != "shares"]


def _label_words(label: str) -> tuple[str, ...]:
    return label_tokens(re.sub(r"^\s*(?:less|add|plus)\s*:\s*|,\s*net\s*$", "", label, flags=re.I))


def _names(phrase: Sequence[str], label: Sequence[str]) -> bool:
    """Does a run of the text's words name the label (all its words in the label, all the label's but its head in
    it)?"""
    return _named_at(phrase, label) is not None


def _named_at(phrase: Sequence[str], label: Sequence[str]) -> int | None:
    """Where the first run of the text's words naming the label ends (``_names``), else None."""
    words = set(_content(label))
    core = words - _HEADS or words
    if not core or len(words) < 1:
        return None
    have = [t for t in phrase]
    n = len(have)
    for i in range(n):
        seen: set[str] = set()
        for j in range(i, min(n, i + len(label) + 3)):
            t = have[j]
            if t in _JOINING:
                continue
            if t not in words:
                break
            seen.add(t)
            if core <= seen:
                k = j + 1
                while k < n and have[k] in words:
                    k += 1  # the rest of the label's words ("owned hotel revenue ...")
                if k < n and have[k] in _MEASURE_WORDS:
                    break  # "vehicle utilization", "revenue per room": a measure of the line's items, not the line
                return k
    return None


def _side_named(tokens: Sequence[str], label: Sequence[str]) -> str | None:
    """The statement side ("in" / "out", ``statements.SIDES``) the words right after the label's name say when the
    label does not: "lodging revenues" of the row "Lodging" -> "in"; None when they say none."""
    k = _named_at(tokens, label)
    if k is None or k >= len(tokens) or tokens[k] in label:
        return None
    return SIDES.get(tokens[k])


def on_side(index: Any, f: Fact, side: str | None) -> bool:
    """False only when the row's own section heading names the other side of the statement than the one asked."""
    if side is None:
        return True
    page_text = getattr(index, "page_text", None)
    found = row_side(page_text(f.doc_id, f.page) if page_text else None, f.quote)
    return found is None or found == side


def _without_runs(tokens: Sequence[str], names: Sequence[str]) -> list[str]:
    """The tokens without each name's tokens where they stand together, in its order (the longest name first): a
    company's name is dropped as a name, never word by word from a line's own words ("General Wexcombe Foods" leaves
    the "general" of "selling, general and administrative expenses")."""
    out = list(tokens)
    for run in sorted({tuple(label_tokens(n)) for n in names if n.strip()}, key=len, reverse=True):
        if not run:
            continue
        i = 0
        while i + len(run) <= len(out):
            if tuple(out[i:i + len(run)]) == run:
                del out[i:i + len(run)]
            else:
                i += 1
    return out


def named_line(text: str, index: Any, doc_ids: Sequence[str], period: str, skip: Sequence[str] = (),
               whole_side: str | None = None) -> Fact | None:
    """The one row of the company's tables for ``period`` that a run of ``text``'s words names (module docstring),
    the longest label such a run names; None when no label, or several, or rows of one label that disagree.
    ``skip``: words (a company's name) that are never part of a line's name. ``whole_side``: the statement side
    ("in" / "out") of the total the line is asked as a part of (``side_of_whole``: "what share of total revenues came
    from site development services" asks the revenue line, never a rival "Cost of site development services"), used
    when the words after the line's name say none, only to set aside rows naming the other side."""
    # a name of one word ("General", a filer's first word) is the company's only where the text writes it so
    # (capitalised): "selling, general, and administrative" keeps its "general"
    names = [n for n in skip if len(label_tokens(n)) > 1 or re.search(rf"\b{re.escape(n.strip())}\b", text)]
    tokens = [_SPEND.get(t, t) for t in _without_runs(label_tokens(spelled_out(text)), names)
              if not _NOT_LINE.match(t)]
    found: list[tuple[int, Fact]] = []
    for f in _rows(index, doc_ids, period):
        label = _label_words(f.label)
        if len(_content(label)) < 1 or set(_content(label)) <= {"other", "total", "net"}:
            continue
        if _names(tokens, label):
            found.append((len(set(_content(label))), f))
    if not found:
        return None
    # "lodging revenues": the row "Lodging", never the total "Revenues" its head word alone names
    lines = [(n, f) for n, f in found if set(_content(_label_words(f.label))) - set(SIDES)]
    found = lines or found
    longest = max(n for n, _ in found)
    best = [f for n, f in found if n == longest]
    if not any(row_on_statement(index, f) for f in best):
        # "Total upkeep and repair expenses" in a discussion's table beside the statement's "Upkeep and repair" under
        # its expenses heading: the longer label adds only a total's and a side's words to the same line, and the
        # primary statement's row of that line answers
        cores = {frozenset(set(_content(_label_words(f.label))) - _SIDES) for f in best}
        if len(cores) == 1 and next(iter(cores)):
            core = next(iter(cores))
            same = [f for _, f in found if frozenset(set(_content(_label_words(f.label))) - _SIDES) == core
                    and row_on_statement(index, f)]
            best = same or best
    # "lodging revenues" where the statement prints "Lodging" among its revenues and again among its expenses: the
    # words after the label say the side, and a row under the other side's heading is never the line asked
    side = _side_named(tokens, _label_words(best[0].label)) if len({_label_words(f.label) for f in best}) == 1 else None
    best = [f for f in best if on_side(index, f, side)]
    if not best:
        return None
    stated = [f for f in best if row_on_statement(index, f)]
    best = stated or best
    if len({_label_words(f.label) for f in best}) != 1 or len({round(f.absolute, 6) for f in best}) != 1:
        return None
    # "marketing and reservation system" beside both "... revenues" and "... expenses": a phrase that leaves out the
    # head that tells two rows apart names neither
    words = set(_content(_label_words(best[0].label)))
    core = words - _HEADS or words
    said_head = (words - core) and (words - core) <= set(tokens)
    for f in _rows(index, doc_ids, period):
        other = set(_content(_label_words(f.label)))
        if other != words and core <= other and (other - core) <= _SIDES:
            if side is not None and all(SIDES.get(t) == side for t in other - core):
                continue  # the head the words name ("upkeep and repair expenses"): the same side's line
            if _other_side(tuple(other), side or whole_side) and not _other_side(tuple(words), side or whole_side):
                # General rule (session 33, #10): a line asked on one side of the statement, by the words after its
                # name ("lodging revenues") or as a part of a total of that side ("what share of total revenues came
                # from site development services"), is never the other side's row of the same name ("Cost of site
                # development services"), so that row is no rival of the line asked; the named row itself is kept or
                # left as before (an expense line over revenues, "depreciation as a share of total revenues", is
                # still its own row)
                continue
            if said_head and not (words - core) <= other:
                continue  # "investment banking fees" says the head "fees" that a row "Investment banking" lacks
            return None
    chosen = min(best, key=lambda f: (f.doc, f.page))
    return replace(chosen, label=f"{chosen.label} ({_SIDE_WORDS[side]})") if side and _on_side_only(
        index, doc_ids, period, chosen, side) else chosen


_SIDE_WORDS = {"in": "revenues", "out": "expenses"}


def _other_side(label: Sequence[str], side: str | None) -> bool:
    """Whether a label's own heads name only the other side of the statement than ``side`` ("Cost of services" for
    "in"): False when ``side`` is None or the label names no side."""
    sides = {SIDES[t] for t in label if t in SIDES}
    return side is not None and bool(sides) and side not in sides


def side_of_whole(words: str) -> str | None:
    """The statement side a total's words name ("total revenues", "net sales" -> "in"; "total costs and expenses" ->
    "out"), else None ("net income", "total assets", a words naming both sides)."""
    sides = {SIDES[t] for t in label_tokens(words) if t in SIDES}
    return next(iter(sides)) if len(sides) == 1 else None


def _on_side_only(index: Any, doc_ids: Sequence[str], period: str, f: Fact, side: str) -> bool:
    """Whether the statement prints the row's label under the other side's heading too (then the side is part of
    the input's name, so that every period's lookup finds the same side's row: ``side_of_words``)."""
    same = [g for g in _rows(index, doc_ids, period) if g.doc_id == f.doc_id and g.page == f.page
            and _label_words(g.label) == _label_words(f.label)]
    return any(not on_side(index, g, side) for g in same)


def side_of_words(words: str) -> tuple[str, str | None]:
    """An input's words and the side its gloss names: "Lodging (revenues)" -> ("Lodging", "in")."""
    m = re.match(r"(.+?)\s*\((revenues|expenses)\)$", words.strip())
    if not m:
        return words, None
    return m.group(1), {v: k for k, v in _SIDE_WORDS.items()}[m.group(2)]


def names_line(text: str, label: str) -> bool:
    """Whether a run of the text's words names the row label (``_names``, the text's abbreviations written out)."""
    return _names([_SPEND.get(t, t) for t in label_tokens(spelled_out(text))], _label_words(label))


def row_input(f: Fact) -> Input:
    """The row as a definition's input, looked up again by its label for each period (``get.by_label``)."""
    return Input(ROW + " ".join(re.findall(r"[a-z0-9]+", f.label.lower())), f.label)


def line_definition(f: Fact) -> Definition:
    """The row's own figure, as a definition named by its label."""
    title = f.label[:1].lower() + f.label[1:] if not f.label[:2].isupper() else f.label
    return Definition(title, f.label, row_input(f))


# "<part> as a proportion / share / percentage of <whole>", "what share of <whole> came from <part>",
# "<part>'s share of <whole>", "how much of <whole> did <part> account for"
_PART_OF = re.compile(r"(?P<part>[a-z][\w\s&'’,\-]{1,80}?)(?:'s|’s)?\s+(?:as\s+)?(?:an?\s+)?(?:proportion|share|"
                      r"percentage|percent|%|fraction|portion|part)\s+of\s+(?P<whole>[a-z][\w\s&'’\-]{1,60}?)"
                      r"(?=\s*(?:[:?,.;]|$)|\s+(?:in|for|during|at|was|were|did|over|of\s+fiscal|of\s+the\s+(?:three|six|"
                      r"nine|twelve|year|quarter)|rise|rose|risen|fall|fell|fallen|grow|grew|grown|increase[ds]?|"
                      r"decrease[ds]?|decline[ds]?|change[ds]?|improve[ds]?|drop(?:ped)?|climb(?:ed)?|shrink|shrank|"
                      r"expand(?:ed)?|widen(?:ed)?|narrow(?:ed)?|go|went|move[ds]?)\b)", re.I)
_OF_WHOLE = re.compile(r"\bwhat\s+(?:proportion|share|percentage|percent|%|fraction|portion|part)\s+of\s+(?:the\s+)?"
                       r"(?:\w+(?:'s|’s)\s+)?(?:(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)\d{2}\s+)?(?P<whole>[a-z][\w\s&'’\-]{1,60}?)"
                       # the period the share is of, said between the whole and the verb ("... total sales for the
                       # first half of 2027 came from ..."): no word of the whole
                       r"(?:,?\s+(?:in|for|during|over|through)\s+(?:the\s+|its\s+)?[\w\s,'’\-]{1,60}?)?"
                       r"\s+(?:came\s+from|come\s+from|"
                       r"(?:was|were|is|are)\s+made\s+up\s+of|consisted\s+of|(?:was|were)\s+accounted\s+for\s+by|did|is|are|was|were)\s+"
                       r"(?P<part>[a-z][\w\s&'’,\-]{1,80}?)(?:\s+account(?:ed)?\s+for|\s+represent(?:ed)?|\s+make\s+up|"
                       r")?(?=\s*(?:[:?,.;]|$)|\s+(?:in|for|during|at|over)\b)", re.I)


def share_parts(text: str, skip: Sequence[str] = ()) -> tuple[str, str] | None:
    """(part, whole) phrases of a share asked ("royalties as a proportion of total revenues"), else None; ``skip``:
    a company's names, never part of the whole's words."""
    for name in sorted(skip, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}(?:'s|’s|'|’)?(?=\s)", " ", text, flags=re.I)
    text = re.sub(r"\s+", " ", text)
    # "land plus buildings, net at March 31, 2026": a label's ", net" before the period is the label's
    text = re.sub(r"(?<=[a-z]),\s+net\b(?=\s+(?:at|as\s+of|in|for|during|on)\b|\s*[?.;]|$)", " net", text)
    m = _OF_WHOLE.search(text) or _PART_OF.search(text)
    if not m:
        return None
    # "Taking capex from the cash flow statement, what share of sales ...": the part is the noun phrase right before
    # "share of", never a clause before a question word; a question word left alone names no part
    raw = re.split(r",\s*(?=(?:what|which|how)\b)", m.group("part").strip(" ,"), flags=re.I)[-1]
    part = re.sub(r"^(?:what\s+(?:was|were|is|are)\s+|(?:was|were|is|are|did|has|have|had)\s+)?(?:the\s+|its\s+)?", "",
                  raw, flags=re.I)
    # "Tidewater's selling, general, and administrative expense": the owner's possessive before the part (a name the
    # question shortens) is no word of the part
    part = re.sub(r"^(?:[A-Z][\w&.\-]*\s+)*[A-Z][\w&.\-]*(?:'s|’s|'|’)\s+", "", part)
    if not re.sub(r"^(?:what|which|how)\b", "", part, flags=re.I).strip():
        return None
    # "were its operating costs a larger share of ...": the comparison's words are not the part's
    part = re.sub(r"\s+(?:an?\s+|the\s+)?(?:(?:much\s+)?(?:larger|bigger|smaller|greater|higher|lower|growing|"
                  r"shrinking|rising|falling))$", "", part, flags=re.I)
    return part, _bare(m.group("whole"))


def _bare(words: str) -> str:
    """A total's words without its owner and period: "Quillon's 2025 depreciation and amortization" ->
    "depreciation and amortization"."""
    w = re.sub(r"\b(?:the|its|their|our)\s+|\b[\w&.\-]+(?:'s|’s|s')\s+|\b(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)\d{2}\b\s*",
               " ", words, flags=re.I)
    return re.sub(r"\s+", " ", w).strip(" ,")


def share_definition(part: Fact | Input, whole: Node, whole_words: str) -> Definition:
    """part / whole x 100, named "<part> as a share of <whole>"."""
    pin = row_input(part) if isinstance(part, Fact) else part
    title = f"{pin.words[:1].lower() + pin.words[1:]} as a share of {whole_words}"
    return Definition(title, f"{pin.words} / {whole_words} x 100", Op("*", Op("/", pin, whole), Num(100.0, "100")))

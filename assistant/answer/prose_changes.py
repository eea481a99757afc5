"""A change between two figures that one sentence or one table row quotes, computed by code.

Rule: "By how much did Coldharbor's revenue fall in fiscal 2025 vs the previous fiscal year?" or "How many
percentage points of occupancy did Contoso lose in Q4 2024 vs a year earlier?" is answered from ONE sentence or
table row that quotes the measure for both periods ("Revenue fell to $388 million in fiscal 2025 from $431
million in fiscal 2024", "Occupancy was 81.4% in the fourth quarter of 2024, compared with 85.0% a year
earlier", the row "Icebridge: FY2024 298, FY2025 276"). The difference is computed (percentage points for two
percentages, the amount and the percent change for two amounts) and shown with both figures, each with its
period, above the quoted sentence. Nothing is computed when:

- the two figures are not of one kind (a percentage and an amount, dollars and a plain count);
- the words between them, or after the second up to its clause's end, name anything else than periods and
  connectives ("revenue was $612 million in 2024 and operating income $90 million": two measures; "12% in 2024,
  compared with 15% for the industry": another subject), so both are the one subject's one measure;
- the periods are not the asked one and the one it is compared with (the year before unless the question
  names both), or the sentence states more than two figures of that kind and no periods tell them apart.

``direction_of``: a second part "and was it rising or falling?" is answered from the same quote's two figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..text.bindings import Bound, Period, bind_numbers
from ..text.numbers import CURRENCY_CODES, Num

__all__ = ["Figure", "Pair", "asks_change", "asks_direction", "compared_periods", "pair_in", "change_text",
           "direction_text", "stated_direction", "asks_one_way", "asks_move_way", "since_year"]

# "how many percentage points of occupancy did it lose", "by how many basis points did the margin narrow"
_POINTS_CHANGE = re.compile(
    r"(?i)\bhow\s+many\s+(?:percentage\s+|basis\s+)?points\b.*\b(?:los[est]|lost|gain(?:ed|s)?|f[ae]ll|falls|rise|rose|"
    r"grow|grew|drop(?:ped)?|declin\w*|increas\w*|decreas\w*|narrow\w*|widen\w*|improv\w*|shr[iau]nk\w*|expand\w*|"
    r"contract\w*|change[ds]?|move[ds]?)\b"
)
_CHANGE_WORDS = re.compile(
    r"(?i)\bby\s+how\s+(?:much|many)\b|\bhow\s+much\s+(?:did|has|have|had|does|do)\b.*\b(?:f[ae]ll|fallen|rise|risen|rose|"
    r"grow|grew|grown|drop(?:ped)?|declin\w*|increas\w*|decreas\w*|change[ds]?|shr[iau]nk\w*|improv\w*|climb(?:ed)?|"
    r"jump(?:ed)?|gone\s+(?:up|down)|go\s+(?:up|down))\b|"
    r"\bwhat\s+(?:was|is)\s+the\s+(?:change|decline|increase|decrease|drop|fall|rise|difference)\s+in\b|"
    # "What is Contoso's gross margin change in fiscal 2024 in percentage points?"
    r"\bwhat\s+(?:was|is)\s+(?:the\s+)?[\w\s'’&.-]{0,40}?\b(?:change|decline|increase|decrease|drop)\s+(?:in|from|"
    r"between|over|during|for)\b|\b(?:change|decline|increase|decrease|drop|fall|rise)\b[^?]*\b(?:in|by)\s+"
    r"(?:percentage|basis)\s+points\b"
)
_DIRECTION_Q = re.compile(
    r"(?i)\b(?:ris(?:ing|e)|grow(?:ing)?|increas(?:ing|e)|up|improv(?:ing|e)|higher)\s+or\s+(?:fall(?:ing)?|"
    r"declin(?:ing|e)|decreas(?:ing|e)|down|shrink(?:ing)?|lower|worsen(?:ing)?)\b|"
    r"\b(?:fall(?:ing)?|declin(?:ing|e)|decreas(?:ing|e)|down|shrink(?:ing)?|lower)\s+or\s+(?:ris(?:ing|e)|"
    r"grow(?:ing)?|increas(?:ing|e)|up|higher)\b"
)
_PREVIOUS = re.compile(
    r"(?i)\b(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:fiscal\s+|financial\s+|calendar\s+)?year\b|"
    r"\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b|\bthe\s+year\s+before\b|\byear[- ]over[- ]year\b|\byoy\b"
)


def asks_change(question: str) -> bool:
    """Does the question ask for a change between two periods' figures ("by how much did it fall", "how many
    percentage points did it lose", "what was the change in ...")?"""
    return bool(_POINTS_CHANGE.search(question) or _CHANGE_WORDS.search(question))


def asks_direction(text: str) -> bool:
    """Does (a part of) a question ask which way a figure moved ("was it rising or falling?", "up or down")?"""
    return bool(_DIRECTION_Q.search(text))


def compared_periods(question: str, years: frozenset[int] | set[int], quarters: frozenset[int] | set[int]
                     ) -> tuple[Period, Period] | None:  # fmt: skip
    """The asked period and the one it is compared with: the two years the question names (later first), or
    the one it names and the year before ("vs the previous fiscal year", "a year earlier", or no other period
    named). None when it names no year or more than two."""
    q = next(iter(quarters)) if len(quarters) == 1 else None
    ys = sorted(years)
    if len(ys) == 2:
        return Period(ys[1], q), Period(ys[0], q)
    if len(ys) == 1:
        return Period(ys[0], q), Period(ys[0] - 1, q)
    return None


@dataclass(frozen=True)
class Figure:
    raw: str  # as written ("$388 million", "81.4%", "276")
    value: float  # in base units; percent in points
    unit: str  # "%", "$" or "" (a plain figure; a row's unit is its table's)
    decimals: int
    period: Period | None


@dataclass(frozen=True)
class Pair:
    new: Figure  # the asked period's figure
    old: Figure  # the compared period's figure
    unit_note: str = ""  # a row's table unit ("US$ millions")


# between the two figures of one measure only periods and connectives may stand
_CONNECTIVE = frozenset(
    """in of for during the fiscal financial calendar year years quarter quarters first second third fourth half
    q1 q2 q3 q4 h1 h2 fy compared comparison with to from against versus vs vs. up down and a an earlier before ago
    prior previous preceding same period last at end as respectively on by about roughly around nearly almost some
    approximately was were had been it its while whereas then months month ended ending year-end full
    million millions billion billions thousand trillion percent
    january february march april may june july august september october november december""".split()
)
_OF_BASE = re.compile(r"^\s+of\s+(?:[A-Za-z][\w&'’.-]*\s+){0,5}?(?=(?:in|at|for|during|by|as|,|up|down)\b|,)", re.I)


def _gap_ok(gap: str, first: Num) -> bool:
    """Do only periods and connectives stand between two figures? A percentage may be followed by its base ("18%
    of US capacity at the end of 2024, up from 15%")."""
    if first.unit == "%":
        m = _OF_BASE.match(gap)
        if m:
            gap = gap[m.end() :]
    gap = re.sub(rf"\b{CURRENCY_CODES}\s*$", " ", gap)  # "EUR 1,840 in 2025, down from EUR 2,030": the second's currency
    # "4,200 aircraft at the end of 2024, up from 2,900": the first figure's unit noun (one or two lower-case words
    # right after it) is the pair's unit, not another subject
    gap = re.sub(r"^\s+(?:[a-z][a-z-]+\s+){0,1}[a-z][a-z-]+(?=\s+(?:at|in|by|for|during|as|on|compared|against|versus|up|down)\b|,)",
                 lambda m: " " if not set(m.group(0).split()) & _CONNECTIVE else m.group(0), gap)
    for w in re.findall(r"[A-Za-z][A-Za-z.'’-]*", gap):
        if w.lower().rstrip(".") not in _CONNECTIVE:
            return False
    return True


_CLAUSE_END = re.compile(r"(?i)[,;.:!?()]|\s[-–—]\s|\b(?:as|because|due|driven|reflecting|while|whereas|which|"
                         r"after|but|led|helped|thanks|on|when|following|primarily|mainly|largely|principally)\b")


def _tail_ok(after: str) -> bool:
    """Do only periods and connectives follow the second figure up to its clause's end ("... compared with 15% a
    year earlier, as ...")? "compared with 15% for the industry in 2023" gives another subject's figure."""
    end = _CLAUSE_END.search(after)
    tail = after[: end.start()] if end else after
    return all(w.lower().rstrip(".") in _CONNECTIVE for w in re.findall(r"[A-Za-z][A-Za-z.'’-]*", tail))


def _anchor_period(text: str, bound: Period | None, other: Period | None) -> Period | None:
    """A figure's period: the one bound to it, else (when the other figure is "a year earlier") the one period
    the sentence names that is not the other's."""
    if bound is not None:
        return bound
    if other is None:
        return None
    named = {(int(y), None) for y in re.findall(r"\b((?:19|20)\d\d)\b", text)}
    named = {Period(y, other.quarter) for y, _ in named} - {other}
    if not named and _YEAR_BEFORE.search(text):
        # "decreased from 85.0% to 84.0% in 2025 compared to the prior year": the base is the year before the other's
        return Period(other.year - 1, other.quarter)
    return next(iter(named)) if len(named) == 1 else None


# the base of a change named as the year before ("compared to the prior year", "a year earlier", "year-ago quarter")
_YEAR_BEFORE = re.compile(r"(?i)\b(?:prior|previous|preceding|last)[- ]year\b|\ba\s+year\s+(?:earlier|ago|before)\b|"
                          r"\byear[- ]ago\b")


def _figure(n: Num, period: Period | None) -> Figure:
    return Figure(n.raw, n.value, n.unit, n.decimals, period)


def _neighbours(text: str, bound: Sequence[Bound], want_percent: bool | None) -> Iterator[tuple[Bound, Bound]]:
    """Each two neighbouring claimed figures of ``bound`` that may be one measure's figures for two periods: the same
    unit (never basis points), a percentage or not as asked, only joining words between them and an ending after."""
    for a, b in zip(bound, bound[1:]):
        if a.num.unit != b.num.unit or a.num.unit == "bps":
            continue
        if want_percent is not None and (a.num.unit == "%") != want_percent:
            continue
        if _gap_ok(text[a.num.end : b.num.start], a.num) and _tail_ok(text[b.num.end :]):
            yield a, b


def _sentence_pair(text: str, new_p: Period, old_p: Period, want_percent: bool | None) -> Pair | None:
    bound = [b for b in bind_numbers(text) if b.num.is_claim]
    nums = [b.num for b in bound]
    for a, b in _neighbours(text, bound, want_percent):
        if re.fullmatch(r"\s*(?:to|-|–|and)\s*", text[a.num.end : b.num.start]) and re.search(
                r"(?i)\b(?:by|of|between|about|around|roughly|some)\s*$", text[: a.num.start]):  # fmt: skip
            continue  # "rise by 10% to 15% for 2025": a range of one move, not two periods' figures
        # a third figure of the same kind right after ("... and 90.2% in 2022") makes the pair ambiguous
        same_kind = [n for n in nums if n.unit == a.num.unit]
        pa = _anchor_period(text, a.period, b.period)
        pb = _anchor_period(text, b.period, a.period)
        if pa is None or pb is None or pa == pb:
            continue
        by = {_key(pa): a, _key(pb): b}
        if _key(new_p) in by and _key(old_p) in by:
            new, old = by[_key(new_p)], by[_key(old_p)]
            if len(same_kind) > 2 and not (new.period and old.period):
                continue
            return Pair(_figure(new.num, pa if new is a else pb), _figure(old.num, pa if old is a else pb))
    return None


_SINCE = re.compile(r"(?i)\bsince\s+((?:19|20)\d\d)\b")


def since_year(question: str) -> int | None:
    """The year a question counts a change from ("since 2024"), or None."""
    m = _SINCE.search(question or "")
    return int(m.group(1)) if m else None


def _stated_pair(text: str, since: int | None, want_percent: bool | None) -> Pair | None:
    """The one pair of one measure's figures a sentence states for two different years (the later the new one),
    the earlier year ``since`` when given; None when none or more than one pair fits."""
    bound = [b for b in bind_numbers(text) if b.num.is_claim]
    found = []
    for a, b in _neighbours(text, bound, want_percent):
        pa, pb = a.period, b.period
        if pa is None or pb is None or pa.quarter or pb.quarter or pa.year == pb.year:
            continue
        new, old, pn, po = (a, b, pa, pb) if pa.year > pb.year else (b, a, pb, pa)
        if since is not None and po.year != since:
            continue
        found.append(Pair(_figure(new.num, pn), _figure(old.num, po)))
    return found[0] if len(found) == 1 else None


def _key(p: Period) -> tuple[int, int | None]:
    return (p.year, p.quarter)


_ROW_CELL = re.compile(r"(?:^|,\s)(?:FY\s?)?(?:(Q[1-4])\s+)?((?:19|20)\d\d)(?:\s+(Q[1-4]))?\s+(\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?)"
                       r"(?=,|\s*\(|\s*$)")


# a column head that names no period and gives its own percent unit ("Change (%)", "Share of total, %", "YoY %",
# "% Change"),
# on a header line whose other heads are periods: that column's unit, not the table's
_YEAR_HEAD = re.compile(r"\b(?:19|20)\d\d\b")
_PERCENT_HEAD = re.compile(r"[A-Za-z][A-Za-z/ .-]{0,30}?[ ,]*(?:\((?:%|percent|pp)\)|%)|%\s*(?:change|chg|growth|of\s+total)\b",
                           re.IGNORECASE)


def periods_heading(heading: str) -> str:
    """``heading`` without the heads of the non-period columns that carry a percent unit of their own. General rule: a
    table's unit is read from its caption and its period heads; "| Type | 2023 | 2024 | Change (%) |" is a table of
    amounts with a column of changes, so its 2023 and 2024 cells are never percentages."""
    lines = []
    for line in heading.split("\n"):
        if not _YEAR_HEAD.search(line):
            lines.append(line)  # a caption line: the table's own unit
        elif "|" in line:
            lines.append("|".join(c for c in line.split("|") if _YEAR_HEAD.search(c) or not _PERCENT_HEAD.search(c)))
        else:
            last = list(_YEAR_HEAD.finditer(line))[-1].end()
            lines.append(line[:last] + _PERCENT_HEAD.sub("", line[last:]))
    return "\n".join(lines)


def _row_pair(text: str, heading: str, new_p: Period, old_p: Period, want_percent: bool | None) -> Pair | None:
    """A table row shown as "Label: FY2024 298, FY2025 276 (US$ millions)": the cells of the two periods."""
    _label, _, rest = text.partition(": ")
    cells: dict[tuple[int, int | None], str] = {}
    for m in _ROW_CELL.finditer(rest):
        q = m.group(1) or m.group(3)
        cells[(int(m.group(2)), int(q[1]) if q else None)] = m.group(4)
    keys = {}
    for p in (new_p, old_p):
        k = _key(p) if _key(p) in cells else (p.year, None) if p.quarter is None and (p.year, None) in cells else None
        if k is None:
            return None
        if p.quarter is None and any(y == p.year and q is not None for y, q in cells):
            # General rule (#11, session 32): beside a quarter's column of the same year ("Q3 2026 96,318, Q3 2025
            # 98,705, 2026 271,904"), a bare year's column is the year to date, not the year: a year asked without its
            # quarter is not told apart here, so no pair
            return None
        keys[p] = k
    unit = re.search(r"\(([^()]*)\)\s*$", rest)
    unit_note = unit.group(1) if unit else ""
    heading = periods_heading(heading)
    if not unit_note:  # the unit in the column heads or caption: "FY2024 revenue ($m)", "(US$ millions)"
        m = re.search(r"\(((?:in\s+)?(?:US\$|\$|€|£|USD|EUR)?\s?(?:m|mn|bn|millions?|billions?|thousands?|%|percent)"
                      r"(?:\s+of\s+(?:US\s+)?dollars)?)\)", heading)
        unit_note = m.group(1) if m else ""
    context = f"{unit_note} {heading}"
    percent = "%" in cells[keys[new_p]] or bool(re.search(r"%|\bpercent", context))
    if want_percent is not None and percent != want_percent:
        return None
    out = []
    for p in (new_p, old_p):
        raw = cells[keys[p]]
        digits = re.sub(r"[^\d.]", "", raw)
        if not digits or digits == ".":
            return None
        value = float(digits) * (-1 if raw.startswith("(") or "-" in raw else 1)
        unit = "%" if percent else ("$" if "$" in raw or re.search(r"\$|USD|dollars", unit_note) else "")
        out.append(Figure(raw, value, unit, len(digits.split(".")[1]) if "." in digits else 0, p))
    return Pair(out[0], out[1], unit_note=unit_note)


# the unit a price or rate is given in, right after its figure: "US$410 per thousand cubic feet (Mcf)² in 2024 from
# US$465", "US$2,100 a tonne in 2025, up from US$1,900 a tonne": "per" and up to four words, or "a"/"an" and one, then
# an abbreviation in brackets and a footnote mark, before a period's word or the clause's end
_PER_UNIT = re.compile(r"(?<=\d)\s+(?:per\s+(?:[a-z][a-z-]+\s+){0,3}?[a-z][a-z-]+|an?\s+[a-z][a-z-]+)"
                       r"(?:\s*\([A-Za-z0-9/ .²³-]{1,15}\))?[¹²³⁴⁵⁶⁷⁸⁹⁰*†]*"
                       r"(?=\s+(?:at|in|by|for|during|on|compared|against|versus|up|down|from|than)\b|\s*[,;.]|\s*$)")


def pair_in(text: str, kind: str, heading: str, question: str, years: frozenset[int] | set[int],
            quarters: frozenset[int] | set[int]) -> Pair | None:  # fmt: skip
    """The asked period's and the compared period's figures of one measure in a sentence or a table row
    (``kind`` "row": its text is "label: head value, ..."), or None (see the module's rules). A price's unit after
    its figure ("US$410 per thousand cubic feet (Mcf) in 2024 from US$465 in 2023", ``_PER_UNIT``) is read past: the
    figure's period and the pair are those of the price."""
    if kind == "sentence":
        text = _PER_UNIT.sub("", text)
    want_percent = True if re.search(r"(?i)percentage\s+points?|basis\s+points?|\bpp\b|\bbps\b", question) else None
    since = _SINCE.search(question)
    if kind == "sentence" and (since or not years) and not quarters:
        # "Has it gone up or down since 2024?" / "... and by how much?" with no year: the sentence's own two periods
        # ("54 tools in 2026, down from 61 in 2024"), the earlier one the asked "since" year
        return _stated_pair(text, int(since.group(1)) if since else None, want_percent)
    periods = compared_periods(question, years, quarters)
    if periods is None:
        return None
    if kind == "row":
        return _row_pair(text, heading, *periods, want_percent)
    if kind != "sentence":
        return None
    return _sentence_pair(text, *periods, want_percent)


def _fmt(value: float, decimals: int) -> str:
    return f"{abs(value):,.{decimals}f}"


_SCALES = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")]


def _amount(value: float, like: Figure, decimals: int, unit_note: str = "") -> str:
    """``value`` written like ``like`` ("$388 million" -> "$43 million"; a table cell "276" under "($m)" -> "$22
    million")."""
    raw = like.raw
    if unit_note:
        scale = re.search(r"(?i)\b(m|mn|millions?|bn|billions?|thousands?)\b", unit_note)
        word = {"m": "million", "mn": "million", "bn": "billion"}.get(scale.group(1).lower(), scale.group(1).lower().rstrip("s")) if scale else ""
        cur = "$" if re.search(r"\$|USD|dollars", unit_note) else "€" if re.search(r"€|EUR", unit_note) else ""
        return f"{cur}{_fmt(value, decimals)}" + (f" {word}" if word else "")
    scale_word = next((w for s, w in _SCALES if re.search(rf"(?i)\b{w}\b", raw)), "")
    scale = next((s for s, w in _SCALES if w == scale_word), 1.0)
    sign = re.match(r"\(?-?\s*([$€£]|US\$)", raw)
    cur = sign.group(1) if sign else ("$" if like.unit == "$" and not scale_word else "")
    shown = _fmt(value / scale, decimals)
    return f"{cur}{shown}" + (f" {scale_word}" if scale_word else "")


def _period_text(p: Period | None) -> str:
    return str(p) if p is not None else ""


def change_text(pair: Pair, question: str = "") -> str:
    """The change, computed, with both figures: "Down 3.6 percentage points: 81.4% (Q4 2024) against 85.0% (Q4
    2023)", "Down $43 million (-10.0%): $388 million (2025) against $431 million (2024)"."""
    new, old = pair.new, pair.old
    diff = new.value - old.value
    word = "Up" if diff > 0 else "Down" if diff < 0 else "Unchanged"
    decimals = max(new.decimals, old.decimals)
    both = f"{new.raw} ({_period_text(new.period)}) against {old.raw} ({_period_text(old.period)})"
    unit = f", {pair.unit_note}" if pair.unit_note and new.unit != "%" else ""
    if new.unit == "%":
        if re.search(r"(?i)\bbasis\s+points?\b|\bbps\b", question):
            return f"{word} {abs(diff) * 100:,.0f} basis points ({_fmt(diff, decimals)} percentage points): {both}"
        return f"{word} {_fmt(diff, decimals)} percentage points: {both}"
    pct = f" ({'+' if diff > 0 else '-'}{abs(diff) / abs(old.value) * 100:.1f}%)" if old.value and diff else ""
    in_percent = re.search(r"(?i)\bpercent(?:age)?\b|%|\bwhat\s+rate\b", question) and not re.search(
        r"(?i)\b(?:percentage|basis)\s+points?\b", question)  # "growth ... in percent (one decimal)", "by what percentage"
    if in_percent and pct:
        return f"{word} {abs(diff) / abs(old.value) * 100:.1f}%: {both}{unit}"
    money = new.unit == "$" or bool(re.search(r"[$€£]", new.raw))
    amount = _amount(diff, new, decimals, pair.unit_note) if money or pair.unit_note else _fmt(diff, decimals)
    return f"{word} {amount}{pct}: {both}{unit}"


def direction_text(pair: Pair) -> str:
    """Which way the figure moved, with both figures: "Rising: 18% (2024), up from 15% (2023)"."""
    new, old = pair.new, pair.old
    if new.value == old.value:
        return f"Unchanged: {new.raw} ({_period_text(new.period)}), as in {_period_text(old.period)}"
    up = new.value > old.value
    return (f"{'Rising' if up else 'Falling'}: {new.raw} ({_period_text(new.period)}), "
            f"{'up' if up else 'down'} from {old.raw} ({_period_text(old.period)})")


_STATED_MOVE = re.compile(
    r"(?i)\b(?P<dir>up|down|rose|risen|fell|fallen|increased|decreased|grew|shrank|higher|lower)\b[^.;]{0,40}?\b(?:from|than|on|"
    r"compared\s+with|versus|against)\s+(?:the\s+level\s+of\s+|in\s+|at\s+)?(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|"
    r"preceding)\s+year|last\s+year|(?:the\s+end\s+of\s+)?(?:19|20)\d\d)\b"
)


def stated_direction(sentence: str) -> str | None:
    """"Rising"/"Falling" when the sentence states one move against an earlier period in words ("up three points
    from a year earlier", "lower than in 2023") and no figure pair says it; None when it states none or both."""
    dirs = {("up" if m.group("dir").lower() in ("up", "rose", "risen", "increased", "grew", "higher") else "down")
            for m in _STATED_MOVE.finditer(sentence)}  # fmt: skip
    if len(dirs) != 1:
        return None
    return "Rising" if dirs == {"up"} else "Falling"


_ONE_WAY = re.compile(
    r"(?i)^\s*(?:and\s+)?(?:is|was|has|have|are|were)\s+(?:it|that|this|they|the\s+share)\s+(?:been\s+|still\s+)?"
    r"(?P<dir>ris(?:ing|en)|grow(?:ing|n)|increas(?:ing|ed)|climb(?:ing|ed)|fall(?:ing|en)|declin(?:ing|ed)|"
    r"decreas(?:ing|ed)|shrink(?:ing)?|shrunk|drop(?:ping|ped))\b\W*$"
)


# a part asking how much a measure moved one way: "how much did the segment's operating income decline?", "by how
# much did revenue grow in 2025"
_MOVE_WAY_Q = re.compile(
    r"(?i)\bhow\s+much\s+(?:did|has|have|had|does|do)\s+(?:[\w'’&.-]+\s+){1,8}?(?P<dir>f[ae]ll(?:en)?|drop(?:ped)?|"
    r"declined?|decreased?|shr[iau]nk|ris(?:e|en)|rose|gr[eo]wn?|grow|increased?|climb(?:ed)?)\b(?![^?]*\bor\b)")


def asks_move_way(text: str) -> str | None:
    """"up"/"down" for an amount part asking how much a measure moved one way ("how much did operating income
    decline?"); None for another question or one offering both ways ("rise or fall")."""
    m = _MOVE_WAY_Q.search(text)
    if not m:
        return None
    return "up" if re.match(r"(?i)ris|rose|gr[eo]w|increas|climb", m.group("dir")) else "down"


def asks_one_way(text: str) -> str | None:
    """"up"/"down" for a yes/no part asking one direction of the figure asked before ("and is it growing?",
    "has it fallen?"); None otherwise."""
    m = _ONE_WAY.search(text)
    if not m:
        return None
    return "up" if re.match(r"(?i)ris|grow|increas|climb", m.group("dir")) else "down"

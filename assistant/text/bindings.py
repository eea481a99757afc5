"""What each number in a text is about: its period (and, in a table, its row or column).

A number alone proves little: "12.6" is on the filer's page, but as the 2024 figure, not the 2023 one. This module
ties every number of a text to the period it is stated for:

- prose: the period written right after it ("$12.6 billion in 2024", "32.77 trillion won of 2023", "$19.0
  billion in the fourth quarter of fiscal 2024", "$60.9 billion a year earlier"), else the period phrase just
  before it with no other figure in between ("In 2024, revenue was $7.0 billion"); in an answer sentence,
  else the sentence's only period ("3M's FY2018 capital expenditure was $1,577 million");
- a table row: the period of its column, from the header line above it ("Segment 2023 2024", "| Company | 2022
  | 2023 |", "2018 2017 2016"), when the row has one value per column; in a transposed table (years as rows)
  the row's own period. The subject of a table number is its row label and, in a transposed table, its
  column header.

Periods are ``Period(year, quarter)``; ``compatible`` says whether a claim's period may be supported by a
source number's period: same year, and a quarter figure never supports an annual claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .months import MONTH_TITLE
from .numbers import Num, parse_numbers
from .sentences import sentence_spans

__all__ = ["Bound", "Period", "bind_numbers", "compatible", "period_of_claims", "supported_for_period"]

_YEAR = r"(?:19[5-9]\d|20\d\d)"
_QWORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
_FISCAL = r"(?:(?:the\s+)?(?:fiscal|calendar|financial)\s+(?:year\s+)?|fy\s?'?|cy\s?|year\s+)?"
_QUARTER_PHRASE = (
    rf"(?:the\s+)?(?:(first|second|third|fourth)[-\s]quarter|(q[1-4]))(?:\s+of)?(?:\s+(?:its\s+)?{_FISCAL})?\s*({_YEAR})"
)
_PERIOD_PHRASE = re.compile(rf"{_QUARTER_PHRASE}|\b{_FISCAL}({_YEAR})\b", re.I)
_AFTER = re.compile(
    rf"^(?:\s*(?:[A-Za-z$%/-]+\s+){{0,3}}?)(?:in|of|for|during|at\s+the\s+end\s+of|as\s+of|by)\s+(?:{_PERIOD_PHRASE.pattern})",
    re.I,
)
_RELATIVE = re.compile(
    r"^(?:\s*(?:[A-Za-z$%/-]+\s+){0,3}?)(?:a\s+year\s+(?:earlier|before|ago)|(?:in\s+|for\s+)?the\s+(?:prior|previous)"
    r"\s+(?:fiscal\s+)?year|last\s+year)\b",
    re.I,
)
_LEAD = re.compile(r"(?:^|\b(?:in|for|during|of|by))\s*$", re.I)
# a balance dated by a day ("at December 31, 2025", "as of June 29, 2025"): the date's year is its figure's period, and
# the day ("31") is part of the date, no figure
_MONTH = ("(?:" + MONTH_TITLE + "|"
          r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_DATE = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{_YEAR})\b")
_DATED_AFTER = re.compile(rf"^(?:\s*(?:[A-Za-z$%/-]+\s+){{0,3}}?)(?:at|as\s+of|on)\s+{_DATE.pattern}", re.I)
_DATED_LEAD = re.compile(r"\b(?:at|as\s+of|on)\s*$", re.I)


@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None

    def __str__(self) -> str:
        return f"Q{self.quarter} {self.year}" if self.quarter else str(self.year)


@dataclass(frozen=True)
class Bound:
    """A number of a text and what it is about."""

    num: Num
    period: Period | None
    subject: str | None = None  # table numbers: the row label (and the column header of a transposed table)
    in_table: bool = False
    context: str = ""  # table numbers: the caption and unit lines above the header


def compatible(claim: Period | None, source: Period | None) -> bool:
    """Can a source number stated for ``source`` support a claim about ``claim``? Unknown periods can."""
    if claim is None or source is None:
        return True
    if claim.year != source.year:
        return False
    if source.quarter is not None and claim.quarter != source.quarter:
        return False  # a quarter's figure is not the year's (nor another quarter's)
    return True  # an annual column may be a quarter's when the header left the quarter out


def _period_from(m: re.Match) -> Period:
    groups = [g for g in m.groups()]
    # quarter phrase: (word, qN, year); plain: (year)
    word, qn, qyear, year = groups[0], groups[1], groups[2], groups[3]
    if qyear:
        return Period(int(qyear), _QWORD[(word or qn).lower()])
    return Period(int(year))


def _periods_in(text: str) -> list[tuple[int, int, Period]]:
    return [(m.start(), m.end(), _period_from(m)) for m in _PERIOD_PHRASE.finditer(text)]


# ------------------------------------------------------------------------------------------------------ prose


def _bind_sentence(sentence: str, offset: int = 0, *, sole: bool = False) -> list[Bound]:
    """``sole``: a figure with no period of its own takes the sentence's only period (for answer sentences;
    a report's sentence may name a year in passing that is not its figures')."""
    dates = list(_DATE.finditer(sentence))
    days = {d.start("day") for d in dates}
    nums = [n for n in parse_numbers(sentence) if n.is_claim and n.start not in days]
    if not nums:
        return []
    periods = _periods_in(sentence)
    distinct = {p for _, _, p in periods}
    anchor = periods[0][2] if periods else None
    out = []
    for i, n in enumerate(nums):
        nxt = nums[i + 1].start if i + 1 < len(nums) else len(sentence)
        after = sentence[n.end:nxt]
        m = _AFTER.match(after)
        period: Period | None = None
        dated = _DATED_AFTER.match(after)
        if m:
            period = _period_from(next(_PERIOD_PHRASE.finditer(after[: m.end()])))
        elif dated:
            period = Period(int(dated.group("year")))
        elif _RELATIVE.match(after) and anchor is not None:
            period = Period(anchor.year - 1, anchor.quarter)
        else:
            prev_end = nums[i - 1].end if i else 0
            before = sentence[prev_end:n.start]
            led = [p for p in _PERIOD_PHRASE.finditer(before) if _LEAD.search(before[: p.start()])]
            at = [d for d in _DATE.finditer(before) if _DATED_LEAD.search(before[: d.start()])]
            if led and not (at and at[-1].start() > led[-1].start()):
                period = _period_from(led[-1])
            elif at:
                period = Period(int(at[-1].group("year")))
            elif sole and len(distinct) == 1:
                period = anchor
        out.append(Bound(_shift(n, offset), period))
    return out


def _shift(n: Num, offset: int) -> Num:
    if not offset:
        return n
    from dataclasses import replace

    return replace(n, start=n.start + offset, end=n.end + offset)


# ------------------------------------------------------------------------------------------------------ tables

_HEADER_TOKEN = re.compile(rf"^(?:FY|CY)?'?{_YEAR}[EAF]?$|^Q[1-4]$|^H[12]$", re.I)


def _header_periods(line: str) -> list[Period] | None:
    """The periods of a table header line ("Segment 2023 2024", "| Company | Q4 2024 |", "2018 2017 2016",
    "Years ended December 31, 2023 2022"), or None when the line is not a header."""
    s = line.strip().strip("|")
    cells = [c.strip() for c in s.split("|")] if "|" in s else None
    words = re.sub(r"[|,]", " ", s).split()
    if not words or len(words) > 14:
        return None
    # the tail of the line: period tokens only
    periods: list[Period] = []
    i = len(words)
    while i > 0:
        w = words[i - 1]
        if re.fullmatch(rf"(?:FY|CY)?'?({_YEAR})[EAF]?", w, re.I):
            year = int(re.search(_YEAR, w).group())
            if i >= 2 and re.fullmatch(r"Q[1-4]", words[i - 2], re.I):
                periods.insert(0, Period(year, int(words[i - 2][1])))
                i -= 2
            else:
                periods.insert(0, Period(year))
                i -= 1
        elif re.fullmatch(r"Q[1-4]", w, re.I) and periods == [] and i >= 2 and re.fullmatch(_YEAR, words[i - 2]):
            periods.insert(0, Period(int(words[i - 2]), int(w[1])))
            i -= 2
        else:
            break
    if not periods:
        return None
    head = " ".join(words[:i])
    if cells is not None and len(cells) - 1 != len(periods):
        return None
    if re.search(r"[.!?;:]$", head) or len(head) > 60:
        return None
    if parse_numbers(head) and any(n.is_claim and n.printed > 31 for n in parse_numbers(head)):
        return None  # a row with figures, not a header ("Revenue 2,025 2024" is not read as one)
    return periods


def _row_values(line: str) -> tuple[str, list[Num]] | None:
    """A table row: a label, then figures only ("Data Center 6.5 12.6", "| Arista | 4.38 | 5.86 |")."""
    nums = [n for n in parse_numbers(line)]
    lead = line[: nums[0].start].strip(" |\t") if nums else ""
    if nums and nums[0].kind == "year" and not lead and len(nums) > 1:
        nums = nums[1:]  # "2023 | 28.1 | 32.3": the year labels the row of a transposed table
    if not nums:
        return None
    first = nums[0].start
    label = line[:first].strip(" |$\t")
    rest = line[first:]
    if re.search(r"[A-Za-z]{2,}", re.sub(r"\b(?:million|billion|thousand|trillion|bn|mn|pts|bps)\b", "", rest)):
        return None  # words among the figures: prose
    return label, [n for n in nums if n.kind in ("number", "year", "identifier")]


def _transposed_header(line: str) -> list[str] | None:
    s = line.strip().strip("|")
    cells = [c.strip() for c in s.split("|")] if "|" in s else re.split(r"\s{2,}", s)
    if len(cells) < 2 or not re.fullmatch(r"(?:fiscal |calendar )?(?:year|period|quarter)s?|fy", cells[0], re.I):
        return None
    if any(re.search(r"\d", c) for c in cells[1:]):
        return None
    return cells[1:]


def _bind_table_row(lines: list[tuple[int, str]], i: int) -> list[Bound] | None:
    """Numbers of the row at ``lines[i]`` bound to its header's periods, or None when it is not a table row."""
    off, line = lines[i]
    got = _row_values(line)
    if got is None:
        return None
    label, nums = got
    label_period = _periods_in(label)
    for j in range(i - 1, max(-1, i - 40), -1):
        above = lines[j][1]
        names = _transposed_header(above)
        if names is not None and label_period and len(label_period) == 1 and len(names) == len(nums):
            period, ctx = label_period[0][2], _caption(lines, j)
            return [Bound(_shift(n, off), period, f"{label} {name}", True, ctx) for n, name in zip(nums, names)]
        periods = _header_periods(above)
        if periods is not None:
            ctx = f"{_caption(lines, j)} {above.split('|')[1] if '|' in above else ''}".strip()
            if len(periods) != len(nums):
                return [Bound(_shift(n, off), None, label, True, ctx) for n in nums]
            return [Bound(_shift(n, off), p, label, True, ctx) for n, p in zip(nums, periods)]
        if _row_values(above) is None and not _is_label_line(above):
            return None  # prose above: a figure line outside a table
    return None


def _caption(lines: list[tuple[int, str]], header: int) -> str:
    """The short lines just above a table header: its caption, its unit line."""
    out = []
    for _, line in reversed(lines[max(0, header - 3):header]):
        if _row_values(line) is not None or len(line.split()) > 16:
            break
        out.insert(0, line.strip())
    return " ".join(out)


def _is_label_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= 8 and not re.search(r"[.!?]$", s) or bool(re.match(r"^\|?\s*:?-{2,}", s))


# ------------------------------------------------------------------------------------------------------ public


def _nonblank_lines(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def bind_numbers(text: str) -> list[Bound]:
    """Every figure of ``text`` with its period (table rows by their header, prose by its wording)."""
    lines = _nonblank_lines(text)
    out: list[Bound] = []
    table_spans: list[tuple[int, int]] = []
    for i, (off, line) in enumerate(lines):
        if _header_periods(line) is not None:
            continue
        bound = _bind_table_row(lines, i)
        if bound:
            out.extend(b for b in bound if b.num.is_claim)
            table_spans.append((off, off + len(line)))
    for a, b in sentence_spans(text, split_lines=False):
        if any(ta <= a and b <= tb for ta, tb in table_spans):
            continue
        for bound in _bind_sentence(text[a:b], a):
            if not any(ta <= bound.num.start < tb for ta, tb in table_spans):
                out.append(bound)
    return sorted(out, key=lambda x: x.num.start)


def period_of_claims(sentence: str) -> Iterator[tuple[Num, Period | None]]:
    """The figures of an answer sentence with the period each is stated for (None: not said)."""
    for b in _bind_sentence(sentence, sole=True):
        yield b.num, b.period


def supported_for_period(
    claim: Num,
    period: Period | None,
    entities: set[str],
    bounds: list[Bound],
    matches: Callable[[Num, Num], bool],
    mentions: Callable[[str, set[str]], bool],
    header: str = "",
) -> bool:
    """Does some figure of a source (``bounds``, from ``bind_numbers``) support ``claim`` as a figure of
    ``period``? A table figure must also be said of the claim's ``entities`` by its row or column, the
    table's caption or the source's ``header`` (a neighbouring row does not count)."""
    for b in bounds:
        if not matches(claim, b.num) or not compatible(period, b.period):
            continue
        if b.in_table and entities and not mentions(f"{b.subject or ''} {b.context} {header}", entities):
            continue
        return True
    return False

"""Periods: how questions, follow-ups and file names name fiscal years and quarters.

- ``periods_in(question)``: every year and quarter a question mentions (retrieval steering);
- ``resolve_period(question)``: the one period a question asks about ("FY2018", "Q2 2023", "6M 2026" for "the first
  half of 2026" / "the six months ended June 30, 2026") and its years (facts);
- ``doc_year`` / ``doc_quarter``: a document's period from its metadata or file name;
- ``YEAR_MENTION``: a year as a follow-up question writes it ("in 2019", "FY2019").
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from typing import Any

from ..types import DocMeta
from .counts import alternation, ordinals
from .months import MONTH_ABBR, MONTH_OR_ABBR_TITLE, MONTH_TITLE, month_number

YEAR_MENTION = re.compile(r"\b(?:FY\s?|fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b", re.I)


_YEAR = r"((?:19|20)\d{2})"



_PERIODS = [
    (re.compile(rf"\bQ([1-4])\s*(?:FY\s*)?'?{_YEAR}\b", re.I), "q"),  # Q2 2023, Q2 FY2023
    (re.compile(rf"\b([1-4])Q\s*'?{_YEAR}\b", re.I), "q"),  # 2Q 2023
    (re.compile(rf"\b{_YEAR}\s*Q([1-4])\b", re.I), "yq"),  # 2023 Q2, 2023Q2
    (re.compile(r"\bFY\s*'?(\d{2})\b", re.I), "fy2"),  # FY18
    (re.compile(rf"\b(?:FY|fiscal(?:\s+year)?)\s*'?{_YEAR}\b", re.I), "y"),  # FY2018, fiscal 2019
    (re.compile(rf"(?<![\d,.$]){_YEAR}(?![\d,.%])"), "y"),  # a bare year
]



@dataclass(frozen=True)
class Periods:
    years: frozenset[int]
    quarters: frozenset[tuple[int, int]]  # (quarter, year)



def periods_in(question: str) -> Periods:
    years: set[int] = set()
    quarters: set[tuple[int, int]] = set()
    for pattern, kind in _PERIODS:
        for m in pattern.finditer(question):
            if kind == "q":
                quarters.add((int(m.group(1)), int(m.group(2))))
                years.add(int(m.group(2)))
            elif kind == "yq":
                quarters.add((int(m.group(2)), int(m.group(1))))
                years.add(int(m.group(1)))
            elif kind == "fy2":
                years.add(2000 + int(m.group(1)))
            else:
                years.add(int(m.group(1)))
    return Periods(frozenset(years), frozenset(quarters))



def doc_quarter(meta: DocMeta) -> tuple[int, int] | None:
    for text in (meta.period or "", meta.doc):
        m = re.search(rf"Q([1-4])\s*{_YEAR}|{_YEAR}\s*Q([1-4])", text, re.I)
        if m:
            return (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(4)), int(m.group(3)))
    return None



def doc_year(meta: DocMeta) -> int | None:
    if meta.fiscal_year:
        return meta.fiscal_year
    m = re.search(rf"(?<!\d){_YEAR}(?!\d)", meta.doc)
    return int(m.group(1)) if m else None


_QUARTER_WORDS = ordinals(1, 4, digits=True)  # "first" ... "fourth", "1st" ... "4th" -> 1 ... 4
_QUARTER_ORDINAL = alternation(_QUARTER_WORDS)  # a quarter's ordinal, word or digits: "first|...|4th"
_QUARTER_ORDINAL_WORD = alternation(ordinals(1, 4))  # written as a word: "first|second|third|fourth"



# a quarter that names the document a figure is read from ("Contoso's first-quarter 2023 earnings release", "its Q2 2025
# 10-Q"), not the period the figure is asked for
_SOURCE_QUARTER = re.compile(
    r"\b(?:(?:" + _QUARTER_ORDINAL + r")[\s-]+(?:fiscal[\s-]+)?quarter|Q[1-4])(?:\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?"
    r"'?(?:20)?\d{2})?\s+(?:(?:earnings|results|financial|quarterly)\s+)*(?:press\s+)?(?:release|report|10-Q|filing|"
    r"(?:conference\s+)?call|presentation)s?\b", re.I)


# the same source named by its document before the quarter ("Answer from its 10-Q for the second quarter of 2023", "the
# earnings release for Q3 fiscal 2025"): the document word stays, the quarter it is for goes
# General rule (session 28, #10): a quarter after a document word and "for" names which report to read, never the
# period asked when another period is named ("the full year 2023")
_SOURCE_FOR_QUARTER = re.compile(
    r"\b((?:10-Q|(?:quarterly|interim)\s+report|(?:earnings\s+|press\s+)+release|(?:quarterly\s+)?filing|report))\s+"
    r"(?:for|covering)\s+(?:the\s+)?(?:(?:" + _QUARTER_ORDINAL + r")[\s-]+(?:fiscal[\s-]+)?quarter|Q[1-4])"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?'?(?:(?:19|20)\d{2}|\d{2}))?\b", re.I)


def without_source_quarter(question: str) -> str:
    """The question without a quarter that names its source document ("What full-year 2023 EPS does the company's
    first-quarter 2023 earnings release guide to?" -> "... the company's earnings release ..."), when a period is
    still named outside it; the question as it is otherwise (the source's quarter is then the only period said).
    General rule: the period of the document a question cites is not the period it asks a figure for."""
    out = _SOURCE_QUARTER.sub(lambda m: " " + m.group(0).split()[-1], question)
    out = _SOURCE_FOR_QUARTER.sub(lambda m: m.group(1), out)
    if out != question and re.search(r"\b(?:19|20)\d{2}\b|\bFY\s*'?\d{2}\b", out):
        return out
    return question


# the year of an annual filing a question cites as its source ("Activision's FY2019 10-K", "its 2025 annual report", "the
# 10-K for fiscal 2025"), which names which filing to read
# General rule (session 30): a question that names quarters or year-to-date spans besides its source's year asks for
# those periods; the filing's year is no period asked too ("Using its FY2019 10-K, how did net revenues for the fourth
# quarter of 2019 change from the fourth quarter of 2018?" compares two quarters, not them and the year)
_SOURCE_YEAR = re.compile(
    r"(?:\bFY\s?'?|\bfiscal\s+(?:year\s+)?|\b)(?:19|20)\d\d\s+(?=(?:form\s+)?(?:10-?K|annual\s+report)\b)"
    r"|\b(10-K|annual\s+report)\s+(?:for|covering)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?|year\s+)?"
    r"(?:19|20)\d\d\b", re.I)
_SHORTER_SPAN = re.compile(r"\bquarters?\b|\bQ[1-4]\b|\b[1-4]Q\s*'?\d{2}|\b(?:six|nine|6|9|three|3)[\s-]+months\b|"
                           r"\b(?:first|second)\s+half\b|\bH[12]\b", re.I)


def without_source_year(question: str) -> str:
    """The question without the year of the annual filing it cites (``_SOURCE_YEAR``) when what is left names a
    quarter or a year-to-date span with a year; the question as it is otherwise."""
    out = _SOURCE_YEAR.sub(lambda m: f" {m.group(1) or ''} ", question)
    if out != question and _SHORTER_SPAN.search(out) and re.search(r"\b(?:19|20)\d{2}\b|\bFY\s*'?\d{2}\b", out):
        return out
    return question


_Q_YEAR = r"\bQ([1-4])\s*(?:of\s+)?(?:FY|fiscal(?:\s+year)?)?\s*'?(20\d{2}|\d{2})\b"
_NQ_YEAR = r"\b([1-4])Q\s*'?(20\d{2}|\d{2})\b"
_YEAR_Q = r"\b(20\d{2})\s*Q([1-4])\b"
_WORD_Q_YEAR = (r"\b(" + _QUARTER_ORDINAL + r")[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?"
                r"(?:year\s+)?(20\d{2})\b")


def _quarter_years(q: str, first: int) -> tuple[int, ...]:
    """The years of every quarter the question names with its year, the first-named quarter's first: "Q1 2021 and Q1
    2020" names two years, as "FY2021 and FY2020" does (two periods: a change or both levels), never the first alone."""
    years = [first]
    for rx, year_group in ((_Q_YEAR, 2), (_NQ_YEAR, 2), (_YEAR_Q, 1), (_WORD_Q_YEAR, 2)):
        for m in re.finditer(rx, q, re.I):
            raw = m.group(year_group)
            y = int(raw) if len(raw) == 4 else 2000 + int(raw)
            if y not in years:
                years.append(y)
    for p in periods_named(q):  # a bare year joined to the quarter ("the third quarter of 2026 and of 2025")
        y = int(p[-4:])
        if p.startswith("Q") and y not in years:
            years.append(y)
    return tuple(years)


def resolve_period(question: str) -> tuple[str | None, tuple[int, ...]]:
    """("FY2018" | "Q2 2023" | "6M 2026" | "9M 2025" | None, years mentioned in order). A quarter named wins; then a
    year-to-date span (``_SPANS``: a 10-Q's six- and nine-month columns); a second half is no period (None). A quarter
    naming the source document is no period asked when another is named (``without_source_quarter``)."""
    q = question = without_source_quarter(question)
    m = (re.search(_Q_YEAR, q, re.I) or re.search(_NQ_YEAR, q, re.I))
    if m:
        y = int(m.group(2)) if len(m.group(2)) == 4 else 2000 + int(m.group(2))
        return f"Q{m.group(1)} {y}", _quarter_years(q, y)
    m = re.search(_YEAR_Q, q, re.I)
    if m:
        return f"Q{m.group(2)} {m.group(1)}", _quarter_years(q, int(m.group(1)))
    m = re.search(_WORD_Q_YEAR, q, re.I)
    if m:
        return f"Q{_QUARTER_WORDS[m.group(1).lower()]} {m.group(2)}", _quarter_years(q, int(m.group(2)))
    years: list[int] = []
    for ym in re.finditer(r"\bFY\s*'?(\d{4}|\d{2})\b|\b((?:19|20)\d{2})\b", q, re.I):
        raw = ym.group(1) or ym.group(2)
        y = int(raw) if len(raw) == 4 else 2000 + int(raw)
        if y not in years:
            years.append(y)
    if not years:
        return None, ()
    span = _span_asked(q)
    if span == 0:
        return None, tuple(years)  # a second half: no statement column is that span
    if span:
        return f"{span}M {max(years)}", tuple(years)
    lone = lone_quarter(q)
    if lone:
        return f"Q{lone} {max(years)}", tuple(years)  # "second-quarter operating income in 2023": never the year
    if unnamed_span(q):
        return None, tuple(years)  # "the 12 weeks ended March 22, 2026", "year-to-date": a column, never the year
    return f"FY{max(years)}", tuple(years)


# a span shorter than a year that only the company's reports can name: a quarter by its length and end date ("the three
# months ended October 31, 2027", "the quarter ended ...", "the 12 / 13 / 16 weeks ended ..."), or the year to date
# a quarter counted in weeks, as filers of 52/53-week years and of 12- and 16-week quarters count it (``span_months``)
_QUARTER_WEEKS = r"(?:1[2-7]|twelve|thirteen|sixteen|seventeen)[-\s]+weeks?"
_QUARTER_SPAN_ENDED = re.compile(
    r"\b(?:(?:three|3)[- ]months?|quarters?|" + _QUARTER_WEEKS + r")\s+(?:period\s+)?"
    r"(?:ended|ending)\s+(?:on\s+)?" + MONTH_ABBR + r"[a-z]*\.?\s+\d{1,2},?\s+"
    r"(?:19|20)\d{2}\b", re.I)
_YEAR_TO_DATE = re.compile(r"\byear[- ]to[- ]date\b|\bYTD\b", re.I)


def unnamed_span(question: str) -> bool:
    """Does the question ask a span that is no fiscal year and that ``resolve_period`` cannot name from its words
    alone: a quarter by its length and end date (its fiscal quarter is the company's report's), or the year to date
    (the year-to-date column of the company's latest quarterly report)? Such a question is never answered with a
    fiscal year's figure, nor with the only report's own period in its place."""
    return bool(_QUARTER_SPAN_ENDED.search(question) or _YEAR_TO_DATE.search(question))


# a span's length in months, as written ("six", "9") or as filers of 52/53-week years and of 12- and 16-week quarters
# count it in weeks
_SPAN_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9}
_WEEK_WORDS = {"twelve": 12, "thirteen": 13, "sixteen": 16, "seventeen": 17, "twenty-four": 24, "twenty-six": 26,
               "twenty-eight": 28, "thirty-six": 36, "thirty-nine": 39, "forty": 40}


def span_months(words: str) -> int:
    """The months a span's length stands for: "six" -> 6; N weeks: 12-17 a quarter (3), 24-28 a half (6), 36-40
    nine months (9)."""
    w = re.sub(r"\s+", "-", words.lower())
    if w in _SPAN_MONTHS:
        return _SPAN_MONTHS[w]
    weeks = _WEEK_WORDS.get(w) or int(w)
    return 3 if weeks <= 17 else 6 if weeks <= 28 else 9


def year_to_date(question: str, docs: "list[DocMeta] | tuple[DocMeta, ...]") -> str | None:
    """The column a question asking the year to date ("year-to-date 2026 revenue", "YTD") names: that of the
    company's latest quarterly report of the year it names (any year when it names none), by that report's quarter:
    "Q1 2026" for a first quarter, "6M 2026" / "9M 2026" for a second or third. None when no such report, two of one
    quarter, or an annual report of that year (the year to date is then the year or its last report's: not said)."""
    if not _YEAR_TO_DATE.search(question):
        return None
    _, years = resolve_period(question)
    quarters = {}
    for d in docs:
        m = re.fullmatch(r"Q([1-4]) ((?:19|20)\d{2})", str(d.period or ""))
        if m and (not years or int(m.group(2)) == max(years)):
            quarters.setdefault((int(m.group(2)), int(m.group(1))), []).append(d)
    if not quarters:
        return None
    year, quarter = max(quarters)
    if quarter == 4 or len(quarters[(year, quarter)]) > 1 or any(
            str(d.period or "").upper() in (f"FY{year}", f"FY {year}") for d in docs):
        return None
    return f"Q1 {year}" if quarter == 1 else f"{3 * quarter}M {year}"


# a quarter named apart from any year ("second-quarter operating income ... from 2022 to 2023", "its Q3 margin in
# 2024"): the years named elsewhere are that quarter's
_LONE_QUARTER = re.compile(r"\b(" + _QUARTER_ORDINAL + r")[\s-]+(?:fiscal[\s-]+)?quarter\b|"
                           r"\bQ([1-4])\b(?!\s*(?:of\s+)?(?:FY|fiscal)?\s*'?\d{2})", re.I)


def lone_quarter(question: str) -> int | None:
    """The one quarter a question names without a year beside it ("the second-quarter operating income ... from 2022 to
    2023"), when it names no quarter with its year and no year-to-date span; None otherwise (none, or several).
    General rule: a quarter named apart from the years makes those years' figures that quarter's, never the fiscal
    years' (a full year's figure answers no quarter's question)."""
    question = without_source_quarter(question)
    if any(rx.search(question) for rx, _ in _QUARTER_MENTIONS) or _span_asked(question) is not None:
        return None
    found = {_QUARTER_WORDS[m.group(1).lower()] if m.group(1) else int(m.group(2))
             for m in _LONE_QUARTER.finditer(question)}
    return found.pop() if len(found) == 1 else None


# a year-to-date span a question asks for, as a 10-Q heads its columns: "the first half of 2026", "H1 FY26", "the
# six months ended June 30, 2026", "the first nine months of 2025", "the 26 weeks ended August 1, 2026"; a second
# half ("H2", "the back half") is no column of any statement
_SPANS: tuple[tuple[re.Pattern, int], ...] = (
    (re.compile(r"\b(?:first|1st)\s+half\b|\b(?:H1|1H)\s*(?:FY\s*|fiscal\s+)?'?(?:20)?\d{2}\b", re.I), 6),
    (re.compile(r"\b(?:first\s+)?(?:six|6)[- ]months?\b|\b(?:2[4-8]|twenty-(?:four|six|eight))[- ]weeks?\b", re.I), 6),
    (re.compile(r"\b(?:first\s+)?(?:nine|9)[- ]months?\b|\b(?:3[6-9]|40|thirty-(?:six|nine)|forty)[- ]weeks?\b|"
                r"\bfirst\s+three\s+quarters\b|\b9M\s*'?(?:20)?\d{2}\b", re.I), 9),
    (re.compile(r"\b(?:second|2nd|back)\s+half\b|\b(?:H2|2H)\s*(?:FY\s*|fiscal\s+)?'?(?:20)?\d{2}\b", re.I), 0),
)


def _span_asked(question: str) -> int | None:
    """6 or 9 for a year-to-date span the question asks for, 0 for a second half, None for none; a span only
    counts when it is the only one named ("six months" beside "nine months" is no one span)."""
    found = {months for rx, months in _SPANS if rx.search(question)}
    return found.pop() if len(found) == 1 else (0 if 0 in found else None)


_QUARTER_MENTIONS = [
    (re.compile(r"\bQ([1-4])\s*(?:of\s+)?(?:FY|fiscal(?:\s+year)?)?\s*'?(20\d{2}|\d{2})\b", re.I), "qy"),
    (re.compile(r"\b([1-4])Q\s*'?(20\d{2}|\d{2})\b", re.I), "qy"),
    (re.compile(r"\b(20\d{2})\s*Q([1-4])\b", re.I), "yq"),
    (re.compile(r"\b(" + _QUARTER_ORDINAL + r")[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:fiscal\s+|FY\s?)?"
                r"(?:year\s+)?(20\d{2})\b", re.I), "wy"),
]


# a part of a question that names only periods, opened by a preposition: "and in the first six months of 2026 versus
# the first six months of 2025", "for the nine months ended September 30, 2026", "and over fiscal 2024 to fiscal 2025"
# (``answer.measures_joined`` asks the part before's measure again for them): where a part is split off ("..., and
# over the nine months"), its opening, its words and its period tokens (years, quarters, halves, spans, dates)
PERIOD_PART_SPLIT = re.compile(r",\s*(?=(?:and\s+)?(?:in|for|over|during|from|between|as\s+of)\s)", re.I)
PERIOD_PART = re.compile(r"^(?:and\s+)?(in|for|over|during|from|between|at|as\s+of)\s+\S", re.I)
PERIOD_PART_WORDS = set("""in for over during from to between and versus vs compared with against the a first second
    third fourth quarter quarters quarterly months month six nine three twelve year years fiscal calendar ended ending
    end half first-half year-to-date ytd of at as same period prior previous earlier""".split())
PERIOD_PART_TOKEN = re.compile(rf"(?i)^(?:(?:19|20)\d\d|fy\s?'?\d{{2,4}}|[1-4]q\s?'?\d{{2,4}}|q[1-4]\s?'?\d{{0,4}}|"
                               rf"[12]h\s?'?\d{{2,4}}|h[12]|\d{{1,2}}m|\d{{1,2}},?|{MONTH_ABBR}[a-z]*\.?)$")


# a year-to-date column as mia labels it ("6M 2026", "9M FY2025"), beside the words a question uses for it
_SPAN_LABEL = re.compile(r"\b([69])M\s*'?(?:FY\s?)?(?:20)?\d{2}\b")


def spans_named(text: str) -> frozenset[int]:
    """Every year-to-date span (6 or 9 months) a text names, in a question's words ("the nine months", "the first
    half") or as an answer labels its periods ("9M 2026"); a second half is none. Used to tell whether an answer
    states the span a part of the question asks (``measures_joined.parts_left``)."""
    found = {months for rx, months in _SPANS if months and rx.search(text)}
    return frozenset(found | {int(m.group(1)) for m in _SPAN_LABEL.finditer(text)})


def asks_second_half(question: str) -> bool:
    """Does the question ask for a second half ("H2 2026", "the back half of the year"), which no statement
    column holds?"""
    return _span_asked(question) == 0


# what may stand between a quarter named with its year and a bare year that names the same quarter of another year:
# "the third quarter of 2026 and of 2025", "Q3 2026 versus 2025", "Q2 2025 compared with 2024"
_JOINED_YEAR = re.compile(r"^\s*,?\s*(?:and|or|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:of\s+)?"
                          r"(?:the\s+same\s+quarter\s+(?:of|in)\s+)?$", re.I)


def _joined_quarter(question: str, taken: list[tuple[int, int]], found: dict[str, tuple[int, int]],
                    year: re.Match) -> int | None:
    """The quarter a bare year stands for when it is joined to a quarter named with its year just before it ("the
    third quarter of 2026 and of 2025" -> 3), the question naming one quarter only; None otherwise. General rule: a
    year coordinated with a quarter's year ("and of 2025", "versus 2025") repeats that quarter, as "the first half of
    2026 and 2025" repeats the half; it never names the fiscal year."""
    quarters = {q for _, q in found.values()}
    before = [e for s, e in taken if e <= year.start()]
    if len(quarters) != 1 or not before or year.group(0).lower().startswith(("fy", "fiscal")):
        return None
    return quarters.pop() if _JOINED_YEAR.match(question[max(before):year.start()]) else None


def periods_named(question: str) -> list[str]:
    """Every period a question names, each once, earliest first: quarters ("Q2 2023", from "Q2 of FY2023", "2Q23",
    "second quarter of 2023") and fiscal years ("FY2022", from "FY22", "fiscal 2022", "2022") not part of a quarter;
    a question asking a year-to-date span names its years as that span ("the first half of 2026 compared with the
    first half of 2025": "6M 2025", "6M 2026"); one asking a second half names none.
    A fiscal year sorts after the quarters of the year before it and at its own fourth quarter."""
    question = without_source_year(without_source_quarter(question))
    found: dict[str, tuple[int, int]] = {}
    taken: list[tuple[int, int]] = []
    for rx, kind in _QUARTER_MENTIONS:
        for m in rx.finditer(question):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            a, b = m.group(1), m.group(2)
            if kind == "qy":
                q, y = int(a), int(b) if len(b) == 4 else 2000 + int(b)
            elif kind == "yq":
                q, y = int(b), int(a)
            else:
                q, y = _QUARTER_WORDS[a.lower()], int(b)
            taken.append((m.start(), m.end()))
            found.setdefault(f"Q{q} {y}", (y, q))
    span = _span_asked(question)
    if span == 0:
        return []  # a second half is no column of any statement
    lone = lone_quarter(question)
    for m in re.finditer(r"\bFY\s*'?(\d{4}|\d{2})\b|\b(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d{2})\b", question, re.I):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        raw = m.group(1) or m.group(2)
        y = int(raw) if len(raw) == 4 else 2000 + int(raw)
        joined = _joined_quarter(question, taken, found, m)
        if joined:  # "the third quarter of 2026 and of 2025": that quarter of 2025 too
            found.setdefault(f"Q{joined} {y}", (y, joined))
            continue
        # "the first half of 2026 compared with the first half of 2025": each year's six-month column, never the year;
        # "second-quarter operating income from 2022 to 2023": each year's second quarter
        found.setdefault(f"{span}M {y}" if span else f"Q{lone} {y}" if lone else f"FY{y}", (y, lone or 4))
    return sorted(found, key=lambda p: found[p])


_ASKED_DATE = re.compile(r"\b(?:at|as\s+of|on)\s+(" + MONTH_ABBR + r")[a-z]*\.?\s+"
                         r"(\d{1,2}),?\s+((?:19|20)\d{2})\b", re.I)


def _asked_dates(question: str, words: tuple[str, ...] = ("at", "as", "on")) -> set[tuple[int, int, int]]:
    return {(int(m.group(3)), month_number(m.group(1)), int(m.group(2)))
            for m in _ASKED_DATE.finditer(question) if m.group(0).split()[0].lower() in words}


def _one_date(question: str, words: tuple[str, ...] = ("at", "as", "on")) -> "Any":
    """The one date a question asks a figure at (a ``datetime.date``); None for none, several, or no real date."""
    dates = _asked_dates(question, words)
    if len(dates) != 1:
        return None
    try:
        return _dt.date(*dates.pop())
    except ValueError:
        return None


# the quarter a release or quarterly report says it reports, with its closing date: "results for the third quarter
# ended September 30, 2026", "for the quarter and year ended ...", "the fiscal second quarter ended ...", "Form 10-Q for
# the 12 weeks ended March 22, 2026", "the three months ended ...", "thirteen weeks ended ..."
_QUARTER_ENDED = re.compile(
    r"\b(?:(?:(?:" + _QUARTER_ORDINAL_WORD + r")[-\s]+)?(?:fiscal[-\s]+)?(?:(?:" + _QUARTER_ORDINAL_WORD + r")[-\s]+)?quarter"
    r"(?:\s+of\s+(?:fiscal\s+)?\d{4})?|(?:three|3)[-\s]+months?|" + _QUARTER_WEEKS + r")"
    r"(?:\s+and\s+(?:the\s+)?(?:full[-\s]+|fiscal\s+)?year)?\s+(?:period\s+)?ended:?\s+(" + MONTH_ABBR + r")[a-z]*\.?\s+"
    r"(\d{1,2}),\s*((?:19|20)\d{2})\b", re.I)


def stated_quarter_end(meta: DocMeta, text: str) -> str | None:
    """The closing date ("2026-09-30") of the quarter a quarterly report stored without one says it reports on its
    first page (``text``: "results for the third quarter ended September 30, 2026"): the latest quarter-ended date
    stated there, when the metadata names a first, second or third quarter of a year within one of that date's (a
    fourth quarter closes the fiscal year its annual report dates) and the report is not dated before it. None
    otherwise, or when the metadata has a closing date."""
    if not needs_stated_end(meta):
        return None
    own_year = int(str(meta.period)[-4:])
    dated = str(getattr(meta, "date", "") or "")
    ends = []
    for m in _QUARTER_ENDED.finditer(text or ""):
        try:
            end = _dt.date(int(m.group(3)), month_number(m.group(1)), int(m.group(2))).isoformat()
        except ValueError:
            continue
        if abs(int(end[:4]) - own_year) <= 1 and not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", dated) and end > dated):
            ends.append(end)
    return max(ends) if ends else None


def needs_stated_end(meta: DocMeta) -> bool:
    """Whether ``meta`` is a first-, second- or third-quarter report stored without its closing date."""
    return not (getattr(meta, "extra", None) or {}).get("period_end") and bool(
        re.fullmatch(r"Q[1-3] (?:19|20)\d{2}", str(getattr(meta, "period", "") or "")))


def with_stated_end(meta: DocMeta, first_page: "str | None") -> DocMeta:
    """``meta`` with the closing date its first page states (``stated_quarter_end``) when it has none, so that its
    columns are placed by date ("the three months ended October 31, 2027", "at October 31, 2027"); else ``meta``."""
    end = stated_quarter_end(meta, first_page or "")
    if end is None:
        return meta
    extra = dict(meta.extra or {})
    extra["period_end"] = end
    extra["guessed"] = {**(extra.get("guessed") or {}), "period_end": "first page"}
    return replace(meta, extra=extra)


def dated_reports(docs: "list[DocMeta] | tuple[DocMeta, ...]") -> "list[tuple[str, Any]]":
    """(period, closing date) of each report whose metadata names both."""
    out = []
    for doc in docs:
        end = str((getattr(doc, "extra", None) or {}).get("period_end") or "")
        period = getattr(doc, "period", None) or ""
        if period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
            out.append((period, _dt.date.fromisoformat(end)))
    return out


def _named(period: str, close: "Any") -> str:
    # an annual report's balance is named, as its statement columns are, by the calendar year the fiscal year closed
    # in ("FY2026" for January 31, 2026), whatever the filer calls that year (its "fiscal 2025")
    return f"FY{close.year}" if period.upper().startswith("FY") else period


def period_at_date(question: str, docs: "list[DocMeta] | tuple[DocMeta, ...]") -> str | None:
    """The period of a balance a question asks "at" / "as of" one date ("at June 30, 2026"), as the company's
    own report for that date names it: the report whose period ends within a week of the date (its own period,
    "Q2 2026" for a 10-Q; for a 10-K the year the date closes, "FY2026" for January 31, 2026, as its columns are
    named). None when the question names no such date, several dates, or no report of the company ends then (the
    calendar year alone is no answer: June 30 is a year-end for some filers and a quarter's end for others), or
    reports disagree."""
    asked = _one_date(question)
    if asked is None:
        return None
    found = {_named(period, close) for period, close in dated_reports(docs) if abs((close - asked).days) <= 7}
    return found.pop() if len(found) == 1 else None


def date_period(asked: "Any", docs: "list[DocMeta] | tuple[DocMeta, ...]", year_ago: bool = False) -> str | None:
    """The period a balance at ``asked`` (a date) has in the company's reports: the report ending within a week of
    it (a 10-Q's own quarter; a 10-K's year, named by the calendar year it closed in), else a balance the report
    prints beside its own: a 10-K's prior year-end (a year before its close, within a week: 52/53-week years), a
    quarterly report's fiscal year-end before the quarter (the 10-Q of a second quarter ending June 30, 2026 prints
    December 31, 2025 beside it: FY2025; one ending July 29, 2023 prints January 28, 2023: FY2023). None when no
    report places it, or two place it differently. ``year_ago``: also a quarterly report's balance a year before its
    own ("July 30, 2022" beside the quarter ending July 29, 2023), the column a retailer's 10-Q prints beside its own
    and its year-end, named as extraction names it (the same quarter of the year before: "Q2 2023" of the report "Q2
    2024"); only for two dates compared (the figure itself is still looked up in that report's column, and not found
    where the report prints no such column)."""
    found = set()
    for period, close in dated_reports(docs):
        if abs((close - asked).days) <= 7:
            found.add(_named(period, close))
        elif year_ago and (own := re.fullmatch(r"(Q[1-3]) ((?:19|20)\d{2})", period)) and abs(
                (close - asked).days - 365) <= 7:
            found.add(f"{own.group(1)} {int(own.group(2)) - 1}")
        elif period.upper().startswith("FY"):
            if abs((close - asked).days - 365) <= 7:
                found.add(f"FY{asked.year}")
        elif own := re.fullmatch(r"Q([1-3]) (?:19|20)\d{2}", period):
            # the year-end before the quarter: its quarters' months back from the report's end
            month, year = close.month - 3 * int(own.group(1)), close.year
            while month < 1:
                month, year = month + 12, year - 1
            if abs((_dt.date(year, month, min(close.day, 28)) - asked).days) <= 10:
                found.add(f"FY{asked.year}")
    return found.pop() if len(found) == 1 else None


def date_unplaced(question: str, docs: "list[DocMeta] | tuple[DocMeta, ...]") -> bool:
    """True when a question asks a figure "at" / "as of" one date that none of the company's dated reports prints
    as a balance column (``date_period``): "inventories at September 30, 2024" of a company whose only report is
    the 10-Q for September 30, 2025, which compares that quarter's balances with December 31, 2024. The calendar
    year of the date is then no period to answer from (the fiscal year-end column of 2024 is another date), so the
    question is not a statement lookup. False when no such date is asked, several are, or no report is dated."""
    asked = _one_date(question, ("at", "as"))  # "ended on June 30" names a span's end, not a balance date
    return asked is not None and bool(dated_reports(docs)) and date_period(asked, docs) is None


def dates_unplaced(question: str, docs: "list[DocMeta] | tuple[DocMeta, ...]") -> bool:
    """True when a question asks balances "at" / "as of" two or more dates ("at July 29, 2026 and at July 30, 2025")
    and one of them is a balance column of none of the company's reports (``date_period``): the fiscal years of the
    dates' calendar years are then other dates' balances, so the question is not a lookup of those years' columns.
    False when fewer than two dates are asked or no report is dated. General rule of ``date_unplaced``, for several
    dates."""
    asked = _asked_dates(question, ("at", "as"))
    if len(asked) < 2 or not dated_reports(docs):
        return False
    for y, m, d in asked:
        try:
            day = _dt.date(y, m, d)
        except ValueError:
            return True
        if date_period(day, docs, year_ago=len(asked) == 2) is None:
            return True
    return False


def quarters_ahead(doc: "DocMeta | None") -> int:
    """Years a quarterly report's own period runs ahead of its end date's calendar year ("Q2 2026" ended September
    26, 2025: 1), as its columns are named (``finance.extract``); 0 for any other document."""
    if doc is None:
        return 0
    m = re.fullmatch(r"Q[1-4] ((?:19|20)\d{2})", doc.period or "")
    end = str((doc.extra or {}).get("period_end") or "")
    if m is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", end):
        return 0
    ahead = int(m.group(1)) - int(end[:4])
    return ahead if ahead == 1 else 0


_FISCAL_PART = re.compile(r"\b(Q[1-4]|[369]M) ((?:19|20)\d{2})\b")


def shift_quarter_names(text: str, by: int) -> str:
    """"Q2 2026" / "6M 2026" written ``by`` years later (negative: earlier); other periods ("FY2025") as they are:
    a fiscal quarter of a report running ahead of the calendar, named for the year its columns are dated in."""
    return _FISCAL_PART.sub(lambda m: f"{m.group(1)} {int(m.group(2)) + by}", text) if by else text


# a full date as prose writes it: "July 29, 2023", "Sept. 30, 2026", "29 July 2023"
_FULL_DATE = re.compile(r"\b(?:(" + MONTH_ABBR + r")[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+(" + MONTH_ABBR
                        + r")[a-z]*\.?,?\s+((?:19|20)\d{2}))\b", re.I)


def _days_said(text: str) -> list["Any"]:
    out = []
    for m in _FULL_DATE.finditer(text):
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            out.append(_dt.date(int(year), month_number(month), int(day)))
        except ValueError:
            continue
    return out


# where a sentence turns to the figure it compares with, whose day dates that base, not the sentence's own figure
_COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.|against|up\s+from|down\s+from|from|than|over)\b")


def day_elsewhere(question: str, text: str, doc: "DocMeta | None") -> bool:
    """Does a question ask a figure at one day ("How many people did it employ as of July 29, 2023?") and ``text``
    (a sentence of ``doc``) state its figure at another point: a day it names more than a week away from the asked one
    (a day after "compared with", "up from" dates the base compared with, not the figure), or, naming no day of its
    own, its report's own points ("At the end of fiscal 2023, we employed ..." in an annual report closing
    January 28, 2023), none of which is the asked day (``date_period``: the report's close, or the balance it prints
    beside its own)? General rule (issue 10, a date mismatch): a figure at one point in time is no answer for another.
    False when no one day is asked, or the sentence names no day and its report is not dated."""
    asked = _one_date(question, ("at", "as"))
    if asked is None:
        return False
    if any(abs((d - asked).days) <= 7 for d in _days_said(text)):
        return False  # the asked day named, for the sentence's own figure or for the one it compares with
    base = _COMPARED.search(text)
    if _days_said(text[: base.start()] if base else text):
        return True  # "..., up from 1,100 at December 31, 2024": a day after the comparison dates the base only
    if doc is None or not dated_reports([doc]):
        return False
    return date_period(asked, [doc]) is None


# one calendar month asked as a figure's period: "in July 2026", "during the month of July 2026", "for July 2026"
# (never a day, "at July 31, 2026", nor a span's end, "the quarter ended June 2026", "the twelve months through July")
_MONTH_ASKED = re.compile(r"\b(?:in|during|for)\s+(?:the\s+(?:calendar\s+)?month\s+of\s+)?(" + MONTH_TITLE
                          + r")(?:\s+of)?,?\s+((?:19|20)\d{2})\b(?![,.]?\d)")


def month_elsewhere(question: str, text: str, doc: "DocMeta | None") -> bool:
    """Does a question ask a figure of one calendar month ("What were its tons per day in July 2026?") that begins
    after the close of the dated report ``text`` (a sentence, a row with its heading) comes from, and ``text`` names
    no such month? General rule (session 32, #11, a period mismatch): a report states figures of its own period (a
    release for the quarter ended June 30, 2026: April to June) and of earlier ones; a month after its close is
    answered only where the report names that month ("July tons per day were up 1.2%", a quarter-to-date update),
    never by the quarter's figures. False when no one month is asked, or the report is not dated."""
    asked = {(int(m.group(2)), month_number(m.group(1))) for m in _MONTH_ASKED.finditer(question)}
    if len(asked) != 1 or doc is None:
        return False
    year, month = asked.pop()
    closes = [close for _, close in dated_reports([doc])]
    if not closes or any(_dt.date(year, month, 1) <= close for close in closes):
        return False  # the month begins within (or before the close of) the report's own period
    named = {month_number(m.group(0)) for m in re.finditer(r"\b(?:" + MONTH_OR_ABBR_TITLE + r")\b", text)}
    return month not in named


# a point or stretch of time a sentence may state: a year ("by 2027", "fiscal 2026"), a month, a quarter or half, the
# end or start of a period ("by year-end", "at the end of the year"), a span counted from now ("within 18 months",
# "over the next two years"), or a season of one ("later this year", "early next year")
_TIME_STATED = re.compile(
    r"(?i)\b(?:19|20)\d\d\b|\bFY\s?'?\d\d\b|\b(?-i:" + MONTH_TITLE + r")\b|"
    r"\b(?:" + _QUARTER_ORDINAL + r")\s+(?:fiscal\s+)?(?:quarter|half)\b|\b[1-4]Q\b|\bQ[1-4]\b|\bH[12]\b|"
    r"\b(?:year|quarter|month)[- ]end\b|\b(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+|this\s+|next\s+|its\s+)?"
    r"(?:fiscal\s+)?(?:year|quarter|decade|month|period)\b|"
    r"\b(?:within|in|over|for|after)\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|eighteen|twenty-four|several|a\s+few)\s+(?:months?|years?|quarters?|weeks?|days?)\b|"
    r"\b(?:this|next|last|the\s+coming|the\s+following)\s+(?:fiscal\s+)?(?:year|quarter|month)\b|"
    r"\b(?:early|mid|late|later|earlier)[- ](?:this|next|in\s+the)?\s*(?:year|quarter|decade)\b|"
    r"\b(?:immediately|promptly|upon\s+closing|at\s+closing)\b|\b(?:19|20)\d0s\b")


def states_time(text: str) -> bool:
    """Does ``text`` state when something happens or happened: a year, a month, a quarter or half, the end of a period,
    a span counted from now ("within 18 months") or a season of one ("early next year")? General rule (session 29,
    #11): a part asking "when" / "by when" / "in what year" is answered only by a sentence stating a time; a sentence
    about the event that names no time answers another part (what, why), never that one."""
    return bool(_TIME_STATED.search(text))

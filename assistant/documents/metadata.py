"""Document metadata: guessed from the file name and the first pages, overridden by a sidecar file.

File names like ``ACME_2018_10K``, ``WOLVERTON_2023Q2_10Q``, ``WOLVERTON_2022_8K_dated-2022-07-01`` or
``FABRIKAM_2023Q1_EARNINGS`` carry company, period and type; cover pages carry "FORM 10-K", "For the fiscal
year ended December 31, 2018" and the registrant's name. A sidecar ``<stem>.meta.json`` / ``.meta.yaml``
(or ``<file name>.meta.json``) next to the document wins over every guess; keys mia does not know go to
``extra``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from ..text.months import MONTH, MONTH_NUMBER
from ..text.names import squash
from ..text.places import is_place_name

FIELDS = ("title", "company", "doc_type", "fiscal_year", "period", "date")
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")

_ANNUAL_TYPES = {"10-K", "20-F", "40-F", "annual report"}

# File-name tokens (upper-cased, without "-") that name a document type.
_TYPE_TOKENS = {
    "10K": "10-K",
    "10Q": "10-Q",
    "8K": "8-K",
    "6K": "6-K",
    "20F": "20-F",
    "40F": "40-F",
    "S1": "S-1",
    "EARNINGS": "earnings release",
    "PRESSRELEASE": "press release",
    "ANNUALREPORT": "annual report",
    "AR": "annual report",
    "MARKETREPORT": "market report",
}

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
            ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
            ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_DATE = r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})"
_DAY_FIRST_DATE = r"(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})"  # "10 March 2025" (reports outside the US)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_COMPANY_SUFFIX = re.compile(
    r"(?:[,\s]+(?:inc|incorporated|corp|corporation|company|co|plc|ltd|limited|llc|l\.p|lp|n\.v|s\.a|ag|se)\.?)+$",
    re.I,
)


class SidecarError(ValueError):
    """A sidecar file that cannot be used; the message names the sidecar and the problem."""


# ----------------------------------------------------------------------------------------------- helpers


def parse_date(text: str) -> str | None:
    """'December 31, 2018' / 'Dec. 31, 2018' / '31 December 2018' -> '2018-12-31'; None when it is not a
    real date."""
    m = re.fullmatch(_DATE, text.strip())
    if m:
        month_word, day, year = m.group(1), m.group(2), m.group(3)
    else:
        m = re.fullmatch(_DAY_FIRST_DATE, text.strip())
        if not m:
            return None
        day, month_word, year = m.group(1), m.group(2), m.group(3)
    month = _MONTHS.get(month_word.lower())
    if not month:
        return None
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None


def company_key(name: str) -> str:
    """A comparison key for company names: 'WOLVERTON PLC', 'Wolverton plc' and 'WOLVERTON' all give 'wolverton'."""
    return squash(_COMPANY_SUFFIX.sub("", name.strip()))


def tidy_company(name: str) -> str:
    """'Woodgrove Bank & Co.' -> 'Woodgrove Bank'; 'CONTOSO HEALTH CORPORATION' -> 'Contoso Health'.
    Markup around a name is no part of it: an HTML filing read as Markdown writes its registrant as a heading or in
    bold ('## NORTHWIND TRADERS, INC.', '**Northwind Traders, Inc.**')."""
    name = re.sub(r"^\s*#+\s*|[*_`]{1,3}", "", name)
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    stripped = _COMPANY_SUFFIX.sub("", name).strip(" ,&")
    name = stripped or name
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    if name.isupper() and any(c.isalpha() for c in name):
        # Shouted names: keep short vowel-less words as acronyms ("KTW", "3D"), soften the rest ("WOLVERTON").
        name = " ".join(w if _looks_like_acronym(w) else w.capitalize() for w in name.split(" "))
    return name


def _looks_like_acronym(word: str) -> bool:
    return len(word) <= 3 and (any(c.isdigit() for c in word) or not re.search(r"[AEIOU]", word))


def _quarter_period(quarter: int, year: int) -> str:
    return f"Q{quarter} {year}"


# ----------------------------------------------------------------------------------------------- file name


def parse_file_name(stem: str) -> dict[str, Any]:
    """What a file stem says: company, doc_type, fiscal_year, quarter, date (only what is there)."""
    out: dict[str, Any] = {}
    date_match = re.search(r"(?:dated[-_ ]?)?(\d{4})-(\d{2})-(\d{2})", stem, re.I)
    if date_match:
        try:
            out["date"] = dt.date(*map(int, date_match.groups())).isoformat()
        except ValueError:
            pass
        stem = stem[: date_match.start()] + stem[date_match.end() :]
    tokens = [t for t in re.split(r"[_\s]+", stem) if t and t.lower() != "dated"]
    company_tokens: list[str] = []
    seen_marker = False
    for i, token in enumerate(tokens):
        upper = token.upper().replace("-", "")
        # a quarter token beside a year token names that year's quarter ("acme_q3_2026_earnings_release",
        # "acme_2026_q3"), as one token "2026Q3" does
        lone_q = re.fullmatch(r"Q([1-4])", upper)
        if lone_q:
            beside = [t.upper().replace("-", "") for t in tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 2]]
            if any(re.fullmatch(r"(?:FY)?(?:19|20)\d{2}", t) for t in beside):
                out.setdefault("quarter", int(lone_q.group(1)))
                seen_marker = True
                continue
        period = re.fullmatch(r"(?:FY)?(\d{4})(?:Q([1-4]))?|Q([1-4])(\d{4})", upper)
        if period:
            year = period.group(1) or period.group(4)
            quarter = period.group(2) or period.group(3)
            if 1900 <= int(year) <= 2100:
                out.setdefault("fiscal_year", int(year))
                if quarter:
                    out.setdefault("quarter", int(quarter))
                seen_marker = True
                continue
        if upper in _TYPE_TOKENS:
            out.setdefault("doc_type", _TYPE_TOKENS[upper])
            seen_marker = True
            continue
        if not seen_marker:
            company_tokens.append(token)
    # Only call the leading words a company when the name also had a period or a type: "market_outlook.md"
    # says nothing about a company.
    # Lower-case leading words ("hbm_memory_2024") name a topic, not a company: filings are named like
    # "WOLVERTON_2023Q2_10Q" or "ACME_2018_10K".
    if (
        company_tokens
        and seen_marker
        and not all(t.isdigit() for t in company_tokens)
        and all(t[0].isupper() or t[0].isdigit() for t in company_tokens)
    ):
        out["company"] = " ".join(company_tokens)
    return out


# ----------------------------------------------------------------------------------------------- page text


def parse_cover(text: str) -> dict[str, Any]:
    """What the first pages say. ``text`` is the first few pages joined."""
    out: dict[str, Any] = {}
    form = re.search(r"\bFORM\s+(10-K|10-Q|8-K|6-K|20-F|40-F|S-1)\b", text, re.I)
    if form:
        out["doc_type"] = form.group(1).upper()
    elif re.search(r"\b(?:reports?|announces?)\b[^\n.]{0,80}\bresults\b", text, re.I):
        out["doc_type"] = "earnings release"
    elif re.search(r"\b(?:market|industry)\s+(?:report|outlook|overview|analysis)\b", text, re.I):
        out["doc_type"] = "market report"
    elif re.search(r"\bannual\s+report\b", text, re.I):
        out["doc_type"] = "annual report"

    year_end = re.search(r"for\s+the\s+(?:fiscal\s+)?year\s+ended:?\s+" + _DATE, text, re.I)
    # "For the quarterly period ended", and a title's "for the Quarter Ended" / "three months ended" of a 10-Q
    # (session 30) "for the three and nine months ended": the quarter beside its year to date, both ending then
    quarter_end = re.search(r"for\s+the\s+(?:quarterly\s+period|(?:fiscal\s+)?quarter|three(?:\s+and\s+(?:six|nine))?\s+"
                            r"months|13\s+weeks)\s+ended:?\s+" + _DATE, text, re.I)
    # a release's "results for its third quarter ended September 30, 2026" / "for the second quarter ended ...": the
    # quarter it reports, ahead of an annual report it mentions later ("our Form 10-K for the year ended ...")
    # General rule (session 30): "results for the third quarter and nine months ended September 30, 2026" (the quarter
    # and its year to date, "and first half", "and year to date") names the same closing date as "the third quarter ended"
    ordinal_end = re.search(r"for\s+(?:the|its|our)\s+(?:fiscal\s+)?(first|second|third)\s+(?:fiscal\s+)?quarter\s+"
                            r"(?:and\s+(?:the\s+)?(?:(?:first\s+)?(?:six|nine)\s+months|first\s+half(?:\s+of\s+the\s+year)?|"
                            r"year[\s-]+to[\s-]+date)\s+)?ended:?\s+" + _DATE, text, re.I)
    if ordinal_end and (not quarter_end or ordinal_end.start() < quarter_end.start()):
        quarter_end, ordinal = ordinal_end, _QUARTER_WORDS[ordinal_end.group(1).lower()]
    else:
        ordinal = None
    event = re.search(r"date\s+of\s+report[^:\n]*:\s*" + _DATE, text, re.I)
    if year_end and (not quarter_end or year_end.start() < quarter_end.start()):
        end = parse_date(" ".join(year_end.groups()[:2]) + ", " + year_end.group(3))
        if end:
            out["period_end"] = end
            out["fiscal_year"] = int(end[:4])
            out["period"] = f"FY{end[:4]}"
    elif quarter_end:
        groups = quarter_end.groups()[-3:]
        end = parse_date(" ".join(groups[:2]) + ", " + groups[2])
        if end:
            out["period_end"] = end
            # Calendar-quarter guess; a file name or sidecar knows better for odd fiscal years. A quarter the text
            # names by its ordinal is that quarter only when the calendar agrees (a fiscal year's third quarter
            # may end in December: its period is left to the quarter the text names)
            calendar = (int(end[5:7]) + 2) // 3
            if ordinal is None or ordinal == calendar:
                out["period"] = _quarter_period(calendar, int(end[:4]))
    if event:
        out["event_date"] = parse_date(" ".join(event.groups()[:2]) + ", " + event.group(3))

    if "period" not in out:
        q = re.search(
            r"\b(first|second|third|fourth)[-\s]quarter(?:\s+of)?(?:\s+fiscal(?:\s+year)?)?\s+(\d{4})\b", text, re.I
        ) or re.search(r"\bQ([1-4])\s+(?:FY\s?)?(\d{4})\b", text)
        if q:
            quarter = _QUARTER_WORDS.get(q.group(1).lower()) or int(q.group(1))
            out["period"] = _quarter_period(quarter, int(q.group(2)))
            out["fiscal_year"] = int(q.group(2))

    company = _registrant(text)
    if company:
        out["company"] = company
    return out


_REGISTRANT_MARK = re.compile(r"\(?\s*exact\s+name\s+of\s+registrant", re.I)
# a sentence end before the name on the marker's own line: a full stop after a word that is no legal-form
# abbreviation ("... file number 001-39127. NORTHWIND TRADERS, INC. (Exact name ...")
_SENTENCE_END = re.compile(r"(?<!\binc)(?<!\bcorp)(?<!\bco)(?<!\bltd)(?<!\bl\.p)(?<!\bn\.v)(?<!\bs\.a)\.\s+", re.I)


_TICKER_SENTENCE_END = re.compile(r"(?<=\w\w)(?<!\binc)(?<!\bcorp)(?<!\bco)(?<!\bltd)(?<!\bbros)(?<!\bst)(?<!\bmt)"
                                  r"(?<!\bft)\.\s+(?=[A-Z])", re.I)


def _registrant(text: str) -> str | None:
    """The registrant's name on a filing's cover: the line above "(Exact name of registrant as specified in its
    charter)", or, where the cover is read as running text, the words just before that marker on its own line
    ("... Commission file number 001-39127. NORTHWIND TRADERS, INC. (Exact name of registrant ...)"); else the
    name before "(NYSE: XYZ)" in a press release."""
    lines = [ln.strip() for ln in text.splitlines()]
    for i, line in enumerate(lines):
        mark = _REGISTRANT_MARK.search(line)
        if mark:
            before = _SENTENCE_END.split(line[: mark.start()])[-1].strip()
            if before and re.search(r"[A-Z]", before) and not re.search(
                r"commission|file\s+n(?:o|umber)|\d{3}-\d{3}|transition|pursuant|[☐☒]", before, re.I
            ):
                return tidy_company(before)
            for prev in reversed(lines[max(0, i - 3) : i]):
                prev = re.split(r"_{3,}", prev)[-1].strip()
                if prev and not re.search(
                    r"commission|file\s+n(?:o|umber)|\d{3}-\d{3}|transition|pursuant|[☐☒]", prev, re.I
                ):
                    return tidy_company(prev)
            break
    ticker = re.search(
        r"([A-Z][\w.&,'’ -]{1,60}?)\s*\((?:NYSE|NASDAQ|Nasdaq|NYSE American|TSX|LSE)\s*:\s*[A-Z.]+\)", text
    )
    if ticker:
        # "DENVER, Colo. - May 6, 2025 - Fabrikam Foods, Inc. (NASDAQ: FBKF)": the name is the last part.
        # "Exhibit 99.1. FOR IMMEDIATE RELEASE. Fabrikam Foods, Inc. (NASDAQ: FBKF)": a sentence end before the
        # name (a full stop after a word of two letters or more that is no legal-form abbreviation) ends what is
        # no part of it; "J. B. Example Co." keeps its initials
        name = _TICKER_SENTENCE_END.split(ticker.group(1))[-1]
        return tidy_company(re.split(r"\s[-–—]+\s|--", name)[-1])
    return None


def _pick_company(from_name: str | None, from_cover: str | None, extra: dict[str, Any]) -> str | None:
    """The file name is what the user chose, so it wins; the cover's spelling is used when both name the
    same company ("WOODGROVE" and "Woodgrove Bank"). A different registrant name is kept in ``extra``."""
    if not from_name or not from_cover:
        return from_name or from_cover
    a, b = company_key(from_name), company_key(from_cover)
    if a and b and (a in b or b in a):
        return from_cover
    extra["registrant"] = from_cover
    return from_name


def _first_line_title(text: str) -> str | None:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for i, line in enumerate(lines[:15]):
        if len(line.split()) < 3 or parse_date(line) or not any(c.isalpha() for c in line):
            continue
        title = line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if _BYLINE.match(nxt) or _DATE_LINE.match(nxt) or parse_date(nxt):
            nxt = ""  # "Author: ..." / "Date: ..." under the title is not part of it
        if title[-1] not in ".:;!?" and 0 < len(nxt) <= 40 and len(title) + len(nxt) <= 120:
            title = f"{title} {nxt}"
        return title[:150]
    return None


# ----------------------------------------------------------------------------------------------- reports

# Reports that are not SEC filings (market studies, research notes, industry updates) say who wrote them,
# when, and which companies they are about in their own words: a byline ("Author: ...", "By ...", "Published
# by ..."), a date line, a title, and the companies they name again and again.

_BYLINE = re.compile(
    r"^\s*(?:author|authors|by|published by|publisher|prepared by|source|research by)\s*[:\-]?\s+(.{2,80}?)\s*$",
    re.I | re.M,
)
_DATE_LINE = re.compile(r"^\s*(?:date|published|publication date|dated|as of)\s*[:\-]?\s*(.{6,30}?)\s*$", re.I | re.M)
_LOOSE_DATE = re.compile(rf"{_DATE}|{_DAY_FIRST_DATE}")
_TITLE_QUARTER = re.compile(
    r"\b(first|second|third|fourth)[-\s]quarter(?:\s+of)?(?:\s+(?:fiscal|calendar))?\s+(\d{4})\b|\bQ([1-4])\s*(\d{4})\b",
    re.I,
)
_NAME = r"[A-Z][\w&.-]*[\w&]|[A-Z]"
_POSSESSIVE = re.compile(rf"(?<![\w&.-])((?:{_NAME})(?: (?:{_NAME}|hynix))?)['’]s\b")
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=\bwhile\s)|(?<=\band\s)|(?<=\bbut\s))((?:{_NAME})(?: (?:{_NAME})){{0,2}}),?"
    r"\s(?:reported|reports|said|says|announced|announces|expects|expected|agreed|began|bought|acquired|sold|sells|"
    r"designs|makes|launched|put|has set|raised|cut|spent|plans|guided|shipped|held|holds)\b",
    re.M,
)
_NOT_NAMES = {
    "the", "this", "that", "these", "those", "it", "its", "each", "both", "all", "some", "most", "our", "we", "their",
    "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "table", "figure", "chart", "summary", "note",
    "source", "author", "date", "page", "section", "report", "company", "group", "market", "industry", "data",
    "ai", "us", "u.s", "uk", "eu", "world", "global", "total", "revenue", "sales", "demand", "supply", "price",
    "prices", "share", "growth", "outlook", "first", "second", "third", "fourth", "fiscal", "spending", "capex",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "year", "quarter", "one", "two", "three", "four", "five", "when", "while", "after", "before",
    "however", "since", "also", "cloud", "large", "new", "orders", "suppliers", "buyers", "operators", "investors",
}


def _clean_name(name: str) -> str | None:
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    if not words or words[0].lower() in _NOT_NAMES or not words[0][:1].isupper():
        return None
    name = " ".join(words)
    if len(name) < 2 or re.fullmatch(r"[\d.,]+", name) or name.lower() in _NOT_NAMES:
        return None
    return name


def _common_noun(name: str, text: str) -> bool:
    """Is a one-word ``name`` a common noun capitalised only by its place ("Manufacturers shipped 4 million units"
    opening a sentence, "Prices and Manufacturers" in a title-case heading)? Yes when the text writes the word in
    lower case ("sold by manufacturers") more often than it writes it capitalised inside a sentence; a company whose
    name is also a word ("Target's sales", "a sales target") is written capitalised mid-sentence more often."""
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return False
    lower = len(re.findall(rf"(?<![\w&-]){re.escape(name.lower())}(?![\w&-])", text))
    inside = sum(1 for m in re.finditer(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])", text)
                 if not re.search(r"(?:^|[.!?:;]['\"’”)]*)\s*$", text[max(0, m.start() - 4) : m.start()]))
    return lower > inside


def named_companies(text: str, title: str = "", limit: int = 6) -> list[tuple[str, int]]:
    """The companies (and other organisations) a report is about, most named first: names that own something
    ("NVIDIA's revenue", "SK hynix's share") or do something ("Arista reported", "Broadcom put"), counted over
    the whole text; names in the title come first. Only names seen at least twice, or in the title, count.
    A place ("Europe's shoppers", "Japan's makers": ``text.places``) and a common noun capitalised at a sentence's
    start ("Manufacturers shipped ...": ``_common_noun``) are not companies."""
    found: dict[str, int] = {}
    for rx in (_POSSESSIVE, _SUBJECT):
        for m in rx.finditer(text):
            name = _clean_name(m.group(1))
            if name and not is_place_name(name) and not _common_noun(name, text):
                found.setdefault(name, m.start())
    # "Arista Networks" and "Arista" are one company: keep the longer form when the short one begins it
    for name in sorted(found, key=len):
        longer = [n for n in found if n != name and n.startswith(name + " ")]
        if longer:
            found.pop(name)
    counts = []
    for name, first in found.items():
        short = name.split()[0] if len(name.split()) > 1 and len(name.split()[0]) > 3 else name
        n = len(re.findall(rf"(?<![\w&]){re.escape(short)}(?![\w&])", text))
        in_title = bool(title) and re.search(rf"(?<![\w&]){re.escape(short)}(?![\w&])", title, re.I) is not None
        if n >= 2 or in_title:
            counts.append((not in_title, -n, first, name, n))
    counts.sort()
    return [(name, n) for *_, name, n in counts[:limit]]


def parse_report(text: str, title: str = "") -> dict[str, Any]:
    """What a report says about itself: publisher (byline), date (date line or first date), the quarter its
    title names, and the companies it is about (``companies``: most named first; ``counts``)."""
    out: dict[str, Any] = {}
    head = text[:2500]
    by = _BYLINE.search(head)
    if by:
        out["publisher"] = by.group(1).strip(" .,;")
        out["publisher_from"] = f"byline {by.group(0).strip()!r}"
    date_line = _DATE_LINE.search(head)
    date = parse_date(date_line.group(1)) if date_line else None
    if date:
        out["date"], out["date_from"] = date, f"date line {date_line.group(0).strip()!r}"
    else:
        for m in _LOOSE_DATE.finditer(head[:800]):
            date = parse_date(m.group(0))
            if date:
                out["date"], out["date_from"] = date, f"first date on the first page {m.group(0)!r}"
                break
    q = _TITLE_QUARTER.search(title)
    if q:
        quarter = _QUARTER_WORDS.get((q.group(1) or "").lower()) or int(q.group(3))
        year = int(q.group(2) or q.group(4))
        out["period"], out["fiscal_year"] = _quarter_period(quarter, year), year
    companies = named_companies(text, title)
    if companies:
        out["companies"] = [name for name, _ in companies]
        out["counts"] = dict(companies)
    return out


def _report_year(name: dict[str, Any], title: str, date: str | None) -> tuple[int | None, str]:
    if name.get("fiscal_year"):
        return name["fiscal_year"], "file name"
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", title)]
    if years:
        return max(years), "title"
    if date:
        return int(date[:4]), "date"
    return None, ""


_REPORT_WORDS = re.compile(r"\b(?:report|market|industry|outlook|survey|study|research|analysis|update)\b", re.I)


# ----------------------------------------------------------------------------------------------- public


_FISCAL_QUARTER = re.compile(r"\b(first|second|third)\s+(?:fiscal\s+)?quarter\s+of\s+fiscal\s+(?:year\s+)?(\d{4})\b", re.I)


_YEAR_END = re.compile(r"\bfiscal\s+year\s+(?:ends|ended|ending|end\s+is|closes)\s+(?:on\s+)?(?:the\s+)?"
                       r"(?:(?:(?:last|first)\s+)?\w+day\s+(?:of|in|nearest|closest\s+to)\s+)?"
                       r"(" + MONTH + r")\b",
                       re.I)
_MONTH_NUMBER = MONTH_NUMBER


def fiscal_quarter_of_year_end(text: str, period_end: str) -> tuple[int, int] | None:
    """(quarter, fiscal year) of a quarterly report ending ``period_end`` ("2025-09-30") of a filer whose text says
    the month its fiscal year ends in ("Our fiscal year ends on March 31", "fiscal year ending March 31, 2026"),
    the fiscal year named by the calendar year it closes in: the quarter ended September 30, 2025 of a March filer
    is the second quarter of fiscal 2026. None when the text states no such month, or two different ones, or the
    month is December (a calendar year: the date's own quarter)."""
    months = {_MONTH_NUMBER[m.group(1).lower()] for m in _YEAR_END.finditer(text)}
    if len(months) != 1 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period_end):
        return None
    end_month = months.pop()
    if end_month == 12:
        return None
    year, month = int(period_end[:4]), int(period_end[5:7])
    # a 52/53-week quarter may end a few days into the next month: the quarter is counted in whole quarters
    quarter = round(((month - end_month) % 12) / 3) or 4
    if quarter == 4:
        return None  # a fourth quarter is the fiscal year's end: no 10-Q covers it
    return quarter, year + (1 if month > end_month else 0)


def fiscal_quarter_named(text: str, end_year: int) -> tuple[int, int] | None:
    """(quarter, fiscal year) a quarterly report names its own quarter by ("the second quarter of fiscal 2026"),
    the one it names most, when that fiscal year is the calendar year of the report's end date or the next (a
    fiscal year that ends in the next calendar year: the 10-Q for the quarter ended September 26, 2025 of a filer
    whose fiscal 2026 ends in March 2026); None when the text names none or two equally often. General rule: a
    filer's own name for its quarter wins over the calendar quarter of its end date."""
    counts: dict[tuple[int, int], int] = {}
    for m in _FISCAL_QUARTER.finditer(text):
        key = (_QUARTER_WORDS[m.group(1).lower()], int(m.group(2)))
        if key[1] - end_year in (0, 1):
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def guess_metadata(
    path: Path, first_pages: list[str], hints: dict[str, Any] | None = None, body: list[str] | None = None
) -> dict[str, Any]:
    """Best guess of title, company, doc_type, fiscal_year, period, date (and ``extra``) for one document.

    ``hints`` are facts the reader already knows (``title`` from HTML <title>, a Markdown heading or front
    matter); they win over guesses from the text. ``body``: more pages (default ``first_pages``) in which a
    report that is not a filing is searched for the companies it is about. Missing values are None.
    ``extra["guessed"]`` says where each field came from (file name, cover page, byline, named most, ...).
    """
    hints = dict(hints or {})
    name = parse_file_name(Path(path).stem)
    cover = parse_cover("\n".join(first_pages)[:20_000])
    extra: dict[str, Any] = dict(hints.get("extra") or {})

    doc_type = hints.get("doc_type") or name.get("doc_type") or cover.get("doc_type")
    company = hints.get("company") or _pick_company(name.get("company"), cover.get("company"), extra)

    fiscal_year = name.get("fiscal_year") or cover.get("fiscal_year")
    if "quarter" in name:
        period = _quarter_period(name["quarter"], name["fiscal_year"])
    elif name.get("fiscal_year") and doc_type in _ANNUAL_TYPES:
        period = f"FY{name['fiscal_year']}"
    elif name.get("fiscal_year") and cover.get("period", "").startswith("FY"):
        period = f"FY{name['fiscal_year']}"
    else:
        period = cover.get("period")
    named_q = None
    if "quarter" not in name and doc_type == "10-Q" and cover.get("period_end"):
        named_q = fiscal_quarter_named("\n".join(body or first_pages), int(cover["period_end"][:4]))
        if named_q is None:  # "Our fiscal year ends on March 31": the quarter counted from the year's end
            named_q = fiscal_quarter_of_year_end("\n".join(body or first_pages), cover["period_end"])
        if named_q is not None:  # "the second quarter of fiscal 2026": the filer's own name for the quarter
            period, fiscal_year = _quarter_period(*named_q), named_q[1]
    if fiscal_year is None and period:
        fiscal_year = int(re.search(r"\d{4}", period).group())
    if cover.get("period_end"):
        extra["period_end"] = cover["period_end"]
    date = name.get("date") or cover.get("event_date") or cover.get("period_end")

    title = hints.get("title")
    if not title and doc_type and re.fullmatch(r"\d+-[A-Z]|[A-Z]-\d", doc_type) and company:
        title = " ".join(str(p) for p in (company, "Form", doc_type, period or date or fiscal_year or "") if p)
    title_from = "document" if hints.get("title") else "form and company"
    if not title:
        title = _first_line_title("\n".join(first_pages[:1]))
        title_from = "first line"
        if not title:
            title, title_from = Path(path).stem.replace("_", " "), "file name"

    guessed: dict[str, str] = {"title": title_from}
    if company:
        guessed["company"] = "file name" if company == name.get("company") else "cover page"
    elif doc_type and re.fullmatch(r"\d+-[A-Z]|[A-Z]-\d", doc_type):
        # a filing whose cover names no registrant the reader can find: its title's opening legal name
        # ("Northwind Traders, Inc. - Annual Report on Form 10-K"), only when it ends in a legal form
        head = re.split(r"\s[-–—|]\s", title, maxsplit=1)[0].strip()
        if head != title.strip() and _COMPANY_SUFFIX.search(head) and tidy_company(head):
            company, guessed["company"] = tidy_company(head), "title"
    if doc_type:
        guessed["doc_type"] = "file name" if doc_type == name.get("doc_type") else "cover page"
    if period:
        guessed["period"] = ("file name" if name.get("fiscal_year") else
                             "the quarter its text names" if named_q is not None else "cover page")
    if date:
        guessed["date"] = "file name" if date == name.get("date") else "cover page"

    is_filing = bool(cover.get("company") or (doc_type and doc_type not in ("market report", "annual report")))
    if not is_filing:
        # A report, not a filing: a quarter or fiscal year that its body mentions in passing ("in the fourth
        # quarter of fiscal 2025") is not its period; its title, file name and date say what it covers.
        text = "\n".join(body or first_pages)
        report = parse_report(text, title)
        for key in ("publisher", "publisher_from", "companies", "counts"):
            if key in report:
                extra[key if key != "counts" else "company_mentions"] = report[key]
        extra.pop("publisher_from", None)
        if "publisher" in report:
            guessed["publisher"] = report["publisher_from"]
        if report.get("date") and not name.get("date"):
            date, guessed["date"] = report["date"], report["date_from"]
        year, year_from = _report_year(name, title, date)
        if report.get("period"):
            period, fiscal_year, guessed["period"] = report["period"], report["fiscal_year"], "title"
        elif year is not None:
            period, fiscal_year, guessed["period"] = f"FY{year}", year, year_from
        else:
            period = fiscal_year = None
            guessed.pop("period", None)
        companies = report.get("companies") or []
        if not company and companies:
            in_title = [c for c in companies if re.search(rf"(?<![\w&]){re.escape(c.split()[0])}(?![\w&])", title, re.I)]
            if len(in_title) == 1:
                company = in_title[0]
                guessed["company"] = "the one company its title names"
            else:
                guessed["company"] = "named most: " + ", ".join(
                    f"{c} ({report['counts'][c]})" for c in companies[:4])
        if not doc_type and (companies or "publisher" in report or _REPORT_WORDS.search(text)):
            doc_type = "market report" if _REPORT_WORDS.search(text) else "report"
            guessed["doc_type"] = "not a filing (no SEC form, no registrant); reads as a report"
    if hints.get("company"):
        guessed["company"] = "document"
    extra["guessed"] = guessed

    return {
        "title": title,
        "company": company,
        "doc_type": doc_type,
        "fiscal_year": fiscal_year,
        "period": period,
        "date": date,
        "extra": extra,
    }


def find_sidecar(path: Path) -> Path | None:
    """``<stem>.meta.json|yaml|yml`` or ``<name>.meta.json|yaml|yml`` next to ``path``, if there is one."""
    path = Path(path)
    for base in (path.with_suffix(""), path):
        for suffix in SIDECAR_SUFFIXES:
            candidate = base.parent / (base.name + suffix)
            if candidate.is_file():
                return candidate
    return None


def is_sidecar(path: Path) -> bool:
    return Path(path).name.lower().endswith(SIDECAR_SUFFIXES)


def load_sidecar(sidecar: Path) -> dict[str, Any]:
    """Read a sidecar into ``{field: value, ..., "extra": {...}}``. Raises ``SidecarError``."""
    try:
        raw_text = sidecar.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SidecarError(f"sidecar {sidecar.name}: cannot read ({exc.__class__.__name__})") from None
    try:
        if sidecar.name.lower().endswith(".json"):
            data = json.loads(raw_text) if raw_text.strip() else {}
        else:
            import yaml

            data = yaml.safe_load(raw_text) or {}
    except Exception as exc:  # json.JSONDecodeError, yaml.YAMLError
        first_line = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise SidecarError(f"sidecar {sidecar.name}: invalid ({first_line})") from None
    if not isinstance(data, dict):
        raise SidecarError(f"sidecar {sidecar.name}: expected a mapping of keys to values")
    return normalise_fields(data, source=sidecar.name)


def normalise_fields(data: dict[str, Any], source: str = "metadata") -> dict[str, Any]:
    """Known fields coerced to their types (fiscal_year int, date ISO string); the rest under ``extra``."""
    out: dict[str, Any] = {}
    extra: dict[str, Any] = dict(data.get("extra") or {}) if isinstance(data.get("extra"), dict) else {}
    for key, value in data.items():
        if key == "extra":
            continue
        if key not in FIELDS:
            extra[key] = value.isoformat() if isinstance(value, dt.date) else value
            continue
        if value is None:
            out[key] = None
        elif key == "fiscal_year":
            try:
                out[key] = int(value)
            except (TypeError, ValueError):
                raise SidecarError(f"{source}: fiscal_year must be a year, got {value!r}") from None
        elif key == "date":
            out[key] = value.isoformat() if isinstance(value, dt.date) else str(value)
        else:
            out[key] = str(value)
    out["extra"] = extra
    return out


def merge(guessed: dict[str, Any], override: dict[str, Any], source: str = "sidecar") -> dict[str, Any]:
    """``override`` wins field by field; ``extra`` dicts are merged the same way. ``extra["guessed"]`` (where
    each field came from) names ``source`` for the fields the override set."""
    merged = {**guessed, **{k: v for k, v in override.items() if k != "extra"}}
    merged["extra"] = {**guessed.get("extra", {}), **override.get("extra", {})}
    where = dict(guessed.get("extra", {}).get("guessed") or {})
    for key in override:
        if key != "extra":
            where[key] = source
    if where:
        merged["extra"]["guessed"] = where
    return merged

"""Checking one input of a calculation against its page, independently of how it was extracted.

Three checks, each able to fail: the cited row sits on a primary financial statement (or in a numbered note);
its value is in the column of the asked period (the row's numbers re-read from the page and matched to the
nearest header of years above it); its scale is one the page states. ``check_input`` returns None when the
input holds, else one sentence saying which check failed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.months import MONTH_ABBR, MONTH_OR_ABBR
from ..types import Fact
from .fiscal import column_heads, mixed_column_heads, named_as_fiscal, two_digit_years
from .statements import cash_flow_table_row, is_statement, named_note, page_scales, row_statement, split_row, title_kind, unpiped

_YEAR = r"(?:19[89]\d|20[0-4]\d)"
# a nil cell is printed as a dash: an em or en dash, or a lone hyphen ("Impairment - 86.4 -")
_TOKEN = re.compile(r"\(?\$?\(?-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?|[—–-]")
_SCALE_WORDS = {1e3: "thousands", 1e6: "millions", 1e9: "billions", 1.0: "units"}
_MONEY_UNITS = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "")


def _value(tok: str) -> float | None:
    if tok in ("—", "–", "-"):
        return 0.0
    digits = re.sub(r"[^\d.]", "", tok)
    if not digits or digits == ".":
        return None
    v = float(digits)
    return -v if ("(" in tok or "-" in tok) else v


def _row_values(line: str, percent: bool = False) -> list[float]:
    """The amounts at the end of a row line, in order ("$ 1,022 (968) —" -> [1022, -968, 0]); percentages
    printed beside them ("2,729 100.0 %", "62.4%") are not amounts and are left out. ``percent``: the
    percentages only ("Effective tax rate 26.1 % 15.6 %" -> [26.1, 15.6]), for a rate's row."""
    toks = line.split()
    out: list[float] = []
    percent_next = False
    for tok in reversed(toks):
        if tok == "$":
            continue
        if tok == "%":
            percent_next = True
            continue
        if not _TOKEN.fullmatch(tok):
            break
        is_percent = tok.endswith("%") or percent_next
        percent_next = False
        if is_percent != percent:
            continue
        v = _value(tok.rstrip("%"))
        if v is None:
            break
        out.append(v)
    return out[::-1]


_LENGTH = re.compile(r"\b(three|six|nine|twelve|3|6|9|12)[ -]months?\b|\b(thirteen|twenty-six|thirty-nine|fifty-two|"
                     r"fifty-three|13|26|39|52|53)[ -]weeks?\b|\b(quarters?)\s+ended\b|\b(?:first|second|third|fourth)\s+"
                     r"(quarter)\b|\b(first)\s+half\b|\b(years?)\s+(?:ended|ending)\b", re.I)
# "Three and nine months ended": one length per column group, in order
_LENGTHS_JOINED = re.compile(r"\b(three|six|nine|3|6|9)\s+and\s+(six|nine|twelve|6|9|12)\s+months\b", re.I)
_MONTHS_OF = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12, "thirteen": 3, "13": 3,
              "twenty-six": 6, "26": 6, "thirty-nine": 9, "39": 9, "fifty-two": 12, "fifty-three": 12, "52": 12, "53": 12}


YEAR_TO_DATE = -1  # a column headed "YTD": the year to date, longer than the quarter (its length is the report's)


def _head_months(head: str) -> int:
    """A ``fiscal.COLUMN_HEAD`` column's length in months: a quarter 3, "9M" nine, a half six, "FY" twelve, the year
    to date ``YEAR_TO_DATE``."""
    return (3 if head.startswith("Q") else 6 if head.startswith("H") else YEAR_TO_DATE if head == "YTD" else
            12 if head == "FY" else int(head[:-1]))


def _length_of(m: re.Match) -> int:
    """The length in months a ``_LENGTH`` phrase says."""
    word = (m.group(1) or m.group(2) or "").lower()
    return _MONTHS_OF[word] if word else 3 if (m.group(3) or m.group(4)) else 6 if m.group(5) else 12


def _header_lengths(lines: list[str], header: int, n: int) -> list[int] | None:
    """The length in months of each of the ``n`` columns, from the length phrases on the header line and the two
    lines above it ("Three Months Ended | Six Months Ended", "13 Weeks Ended ... 26 Weeks Ended"), when they divide
    the columns evenly; None when no length is said."""
    named = [head for head, _ in column_heads(lines[header])]
    if len(named) == n and "FY" not in named:
        # each column names its own period (``fiscal.COLUMN_HEAD``): a quarter 3 months, "9M" nine, a half six, the
        # year to date ``YEAR_TO_DATE`` (longer than the quarter; its length is the report's)
        return [_head_months(h) for h in named]

    mixed = mixed_column_heads(lines[header])
    if mixed is not None and len(mixed) == n:
        # some columns named by quarter, the others by a length in words over each ("Q3 2026 Q3 2025 Nine months
        # 2026 Nine months 2025"): each column's own words say its length (``fiscal.mixed_column_heads``)
        own = []
        for head, words, _ in mixed:
            said = [] if head is not None else list(_LENGTH.finditer(_LENGTHS_JOINED.sub(" ", words)))
            if head is None and len(said) != 1:
                return None
            own.append(_head_months(head) if head is not None else _length_of(said[0]))
        return own

    def read(text: str) -> list[int] | None:
        found = []
        text = _LENGTHS_JOINED.sub(lambda m: f"{m.group(1)} months {m.group(2)} months", text)
        for m in _LENGTH.finditer(text):
            found.append(_length_of(m))
        if not found or n % len(found):
            return None
        per = n // len(found)
        return [found[i // per] for i in range(n)]

    # a PDF's stacked column heads put each length phrase over its own date line ("Three Months Ended" / "June 30," /
    # "Six Months Ended" / "June 30," / "2023 2022 2023 2022"): the heading lines above the years, up to a row or a
    # title, name every column's length, when they divide the columns evenly
    top = header
    while top > 0 and header - top < 6:
        above = lines[top - 1].strip()
        if not above or split_row(above) is not None or title_kind(above):
            break
        top -= 1
    stacked = read(" ".join(lines[top:header + 1])) if top < header - 2 else None
    return stacked or read(" ".join(lines[max(0, header - 2):header + 1]))


def _period_months(period: str | None) -> int | None:
    """A period's length in months: "Q2 2025" 3, "6M 2025" 6, "FY2025" None (a year or a balance date)."""
    if not period:
        return None
    if re.match(r"Q[1-4]\s", period):
        return 3
    m = re.match(r"(\d{1,2})M\s", period)
    return int(m.group(1)) if m else None


# the words a column head spends on its period ("Fiscal Year Ended August 31,", "Three Months Ended", "52 Weeks
# Ending"): a head over each column repeats them, so they are no sign of a line of prose
_PERIOD_HEAD_WORD = re.compile(r"(?i)\b(?:fiscal|years?|ended|ending|months?|weeks?|quarters?|periods?|three|six|nine|"
                               r"twelve|thirteen|" + MONTH_OR_ABBR + r")\b")


def _years_head(line: str) -> bool:
    """Is ``line`` a header line of years: at least two years and little else, no figure of three digits or more?
    GENERAL rule (session 31, #10): the words that name each column's period ("Fiscal Year Ended April 30, 2026
    Fiscal Year Ended April 30, 2025 ...") are not counted among the ten words a header may hold besides its years,
    so a long head over every column is its table's header, not skipped for an earlier table's."""
    s = two_digit_years(line)
    rest = re.sub(rf"\b{_YEAR}\b", " ", s)
    return len(re.findall(rf"\b{_YEAR}\b", s)) >= 2 and not re.search(r"\d{3}|\d,\d", rest) \
        and len(re.findall(r"[A-Za-z]{3,}", _PERIOD_HEAD_WORD.sub(" ", rest))) <= 10


def _header_line(lines: list[str], row: int) -> int | None:
    """The index of the nearest header line of years above ``row`` (``_header_years``' line)."""
    for i in range(row - 1, -1, -1):
        if _years_head(lines[i]):
            return i
    return None


def _header_years(lines: list[str], row: int, shift: int = 0) -> list[int] | None:
    """The years of the nearest header line above ``row``: a line of at least two years and little else ("FY24"
    read as 2024). A year written as the filer's name for it ("Fiscal 2024") is named as mia names columns, by
    the year it closed in, when the filing names years by the year they began (``shift``: ``finance.fiscal``)."""
    found = _header_names(lines, row, shift)
    return None if found is None else [y for y, _ in found]


def _header_names(lines: list[str], row: int, shift: int = 0) -> list[tuple[int, bool]] | None:
    """``_header_years`` with, for each year, whether the header writes it as the filer's name for a fiscal year
    ("Fiscal 2026", "FY26") rather than as a date's calendar year."""
    for i in range(row - 1, -1, -1):
        s = two_digit_years(lines[i])
        found = list(re.finditer(rf"\b{_YEAR}\b", s))
        if _years_head(lines[i]):
            # a caption line above may name the years as fiscal years ("(fiscal years)" over "Item 2025 2024")
            above = two_digit_years(lines[i - 1]) + " " if i and not re.search(r"\d", lines[i - 1]) else ""
            found = list(re.finditer(rf"\b{_YEAR}\b", above + s))[-len(found):]
            dated = _dated_columns(above + s, found)
            return [(int(m.group()) + (shift if named else 0) - (dated and not named and _early_january(above + s, m)),
                     named) for m, named in zip(found, named_as_fiscal(above + s, found))]
    return None


# a 52/53-week year closing on a day near December 31 that falls in the first days of January ("53 weeks ended
# January 3, 2026") is the fiscal year of the calendar year it almost wholly covers (fiscal 2025): filers name it so
_EARLY_JANUARY = re.compile(r"\bJan(?:uary|\.)?\s+[1-7]\s*,?\s*$", re.I)
# a page printing a date in the first week of January ("January 3, 2026"): the only pages ``as_filer_names`` reads
EARLY_JANUARY_DATE = re.compile(r"\bJan(?:uary|\.)?\s+[1-7]\s*,")


_DATED_YEAR = re.compile(r"\b" + MONTH_ABBR + r"[a-z]*\.?\s+\d{1,2}\s*,?\s*$", re.I)


def _dated_columns(text: str, years: "list[re.Match]") -> bool:
    """Whether a header line is one of column dates: every year closes a "Month day," date and nothing but words
    follows the last one (a row whose label names dates, "(effective January 1, 2021) 7 7", is no header)."""
    return bool(years) and all(_DATED_YEAR.search(text[max(0, m.start() - 16):m.start()]) for m in years) \
        and not re.search(r"\d", text[years[-1].end():])


def _early_january(text: str, year: "re.Match") -> int:
    """1 when the header's year closes a date in the first week of January ("January 3, 2026") and no column of
    the same header is dated in December of the year before (a "December 31, 2017 | January 1, 2018" header is a
    year-end beside an opening balance, not a 52/53-week year), else 0."""
    if not _EARLY_JANUARY.search(text[max(0, year.start() - 16):year.start()]):
        return 0
    return 0 if re.search(rf"\bDec(?:ember|\.)?\s+\d{{1,2}}\s*,?\s*{int(year.group()) - 1}\b", text, re.I) else 1


def filer_period(fact: Fact, page_text: str | None) -> str | None:
    """The fiscal year a statement row's figure belongs to when its column closes in the first week of January:
    mia names an annual column by the calendar year of its closing date (``finance.fiscal``), so the column of
    the 53 weeks ended January 3, 2026 is stored as FY2026, but the filer (and every reader) calls that year
    fiscal 2025, the year it almost wholly covers. Returns "FY2025" for such a figure (found by its value in the
    columns under the header of dates above its row), None when the column is not one of those, cannot be told
    apart from another column of that year, or the row or header cannot be read. General rule: a year's name
    follows the days it covers, read from the statement's own column dates."""
    if fact.kind != "table" or not page_text or not (fact.period or "").startswith("FY") or fact.fiscal_year is None:
        return None
    lines = page_text.split("\n")
    at = _locate(fact.quote, page_text)
    head = _header_line(lines, at) if at is not None else None
    if head is None:
        return None
    s = two_digit_years(lines[head])
    years = list(re.finditer(rf"\b{_YEAR}\b", s))
    if any(named_as_fiscal(s, years)):
        return None  # a header of the filer's own names ("Fiscal 2025") already names the year
    if not _dated_columns(s, years):
        return None
    printed = [int(m.group()) for m in years]
    early = [_early_january(s, m) for m in years]
    end = page_text.find(fact.quote.strip()) + len(fact.quote.strip())
    values = _row_values(page_text[page_text.rfind("\n", 0, end) + 1:end])
    if len(values) < len(printed):
        return None
    aligned = [values[:len(printed)], values[len(values) - len(printed):]]
    # the columns this figure may sit in: its stored year as printed, or (read already) as the filer names it
    cols = {i for row in aligned for i, v in enumerate(row) if _same(v, fact.value)
            and (printed[i] == fact.fiscal_year or (early[i] and printed[i] - 1 == fact.fiscal_year))}
    names = {printed[i] - early[i] for i in cols}
    if len(names) != 1 or not any(early[i] for i in cols):
        return None
    name = names.pop()
    return None if name == fact.fiscal_year else f"FY{name}"


def as_filer_names(facts: list[Fact], page_text) -> list[Fact]:
    """``facts`` with each statement figure of a column closing in the first week of January named by the fiscal
    year the filer gives it (``filer_period``); ``page_text(doc_id, page)`` reads a page. Only pages that print
    such a date are read."""
    out, seen = [], {}
    for f in facts:
        if f.kind == "table" and (f.period or "").startswith("FY"):
            key = (f.doc_id, f.page)
            if key not in seen:
                text = page_text(*key)
                seen[key] = text if text and EARLY_JANUARY_DATE.search(text) else None
            if seen[key] and (name := filer_period(f, seen[key])):
                f = replace(f, period=name, fiscal_year=int(name[2:]))
        out.append(f)
    return out


def _locate(quote: str, text: str) -> int | None:
    """The line index where the quoted row ends."""
    q = quote.strip()
    if not q:
        return None
    pos = text.find(q)
    if pos < 0:
        return None
    return text.count("\n", 0, pos + len(q))


# a measure no GAAP statement prints: the filer's reconciliation to its GAAP measure is where it is printed
_NON_GAAP_LABEL = re.compile(r"\b(?:adjusted|non-gaap|ebitda|ebitdar|ebita|core)\b", re.I)
_RECONCILIATION = re.compile(r"\breconciliation\b|\breconcil(?:es|ed|ing)\b|\bnon-gaap\b", re.I)
_GAAP_START = re.compile(r"^\s*(?:net\s+(?:income|earnings|loss|\(loss\)|income\s+\(loss\))|operating\s+(?:income|"
                         r"loss|profit)|income\s+(?:\(loss\)\s+)?from\s+operations)\b", re.I)


def reconciled_row(label: str, page_text: str, quote: str) -> bool:
    """Whether a non-GAAP measure's row ("Adjusted EBITDA", "EBITDA", "Adjusted net income") sits in the filer's
    reconciliation of it: under a heading that says it reconciles (or is non-GAAP), whose rows start from a GAAP
    measure (net income, operating income). Such a table, not a primary statement, is where the measure is
    printed."""
    if not _NON_GAAP_LABEL.search(label or ""):
        return False
    at = _locate(quote, page_text)
    if at is None:
        return False
    lines = unpiped(page_text).split("\n")
    for i in range(at - 1, max(-1, at - 40), -1):
        if _RECONCILIATION.search(lines[i]) and split_row(lines[i]) is None:
            return any(_GAAP_START.match(ln) and split_row(ln) is not None for ln in lines[i + 1:at])
    return False


def _same(a: float, b: float) -> bool:
    return abs(abs(a) - abs(b)) <= 1e-9 * max(1.0, abs(a))


def check_input(fact: Fact, page_text: str | None, primary: bool = True, shift: int = 0, ahead: int = 0,
                before: str | None = None) -> str | None:
    """None when the input holds on its page; else which check failed, in one sentence (the citation names the
    document and page). ``primary=False`` skips the first check (a figure looked up, not computed with);
    ``shift``: the filing names its years by the year they began (``finance.fiscal.naming_shift``); ``ahead``: a
    quarterly report names its fiscal quarters this many years after their dates' calendar year (the 10-Q for Q2
    of fiscal 2024 ended July 29, 2023: 1), so a column dated in 2023 may hold a fiscal 2024 figure; ``before``:
    the text of the page before, where the statement of a row at the top of a page may have its title
    (``statements.row_statement``)."""
    name = f"\"{fact.label}\" ({fact.period})"
    if not page_text:
        return f"{name}: the cited page could not be read"
    if primary and not (is_statement(page_text) or named_note(page_text)
                        or (fact.kind == "table" and row_statement(page_text, fact.quote, before))
                        or (fact.kind == "table" and reconciled_row(fact.label, page_text, fact.quote))
                        or (fact.kind == "table" and cash_flow_table_row(fact.label, page_text, fact.quote, before))):
        return f"{name}: the row is not on a primary financial statement or in a numbered note"
    if (fact.unit or "") in _MONEY_UNITS:
        stated = page_scales(page_text)
        if stated and (fact.scale or 1.0) not in stated:
            said = " or ".join(sorted(_SCALE_WORDS.get(s, str(s)) for s in stated))
            return (f"{name}: its scale ({_SCALE_WORDS.get(fact.scale or 1.0, fact.scale)}) is not the scale the "
                    f"page states ({said})")
    if fact.kind != "table":
        return None if re.search(re.escape(f"{abs(fact.value):,.0f}"), page_text) or fact.quote in page_text \
            else f"{name}: the figure is not on the cited page"
    flat = unpiped(page_text)  # a Markdown table's cells as blanks apart, every offset the same as the page's
    lines = flat.split("\n")
    at = _locate(fact.quote, page_text)
    if at is None:
        return f"{name}: the quoted row is not on the cited page"
    # the row's numbers end where its quote ends: a line holding several rows is read up to this row's end
    end = page_text.find(fact.quote.strip()) + len(fact.quote.strip())
    values = _row_values(flat[page_text.rfind("\n", 0, end) + 1:end], percent=fact.unit == "%")
    if not any(_same(v, fact.value) for v in values):
        return f"{name}: the row does not show {fact.value:,g}"
    named = _header_names(lines, at, shift)
    years = None if named is None else [y for y, _ in named]
    if years is None or fact.fiscal_year is None:
        return None  # no header of years above the row on this page (a table continued from the page before)
    # a report whose fiscal quarters run ahead of their dates' calendar year dates a fiscal 2026 quarter (or year to
    # date) in 2025, and its fiscal year-end balance in the year itself: each fact's column is the one of its own
    # calendar year, never the other (the prior-year quarter of fiscal 2025 is dated 2024, and the 2025 column beside
    # it holds the current quarter)
    # (a header naming fiscal years, "Fiscal 2026 Fiscal 2025", names the fact's own year)
    months = _period_months(fact.period)
    dated = fact.fiscal_year - ahead if ahead and months else fact.fiscal_year
    cols = [i for i, (y, fiscal) in enumerate(named or ()) if y == (fact.fiscal_year if fiscal else dated)]
    header_year = years[cols[0]] if cols else dated
    if not cols:
        return (f"{name}: the header above the row names {', '.join(str(y) for y in dict.fromkeys(years))}, not "
                f"{dated}")
    # a quarter's figure must sit in a three-month column, a year-to-date figure in one of its length, when the
    # header says the columns' lengths (a six-month column of the same year never stands for the quarter)
    head = _header_line(lines, at)
    lengths = _header_lengths(lines, head, len(years)) if head is not None and months else None
    if lengths is not None:
        cols = [i for i in cols if lengths[i] == months or (lengths[i] == YEAR_TO_DATE and months > 3)]
        if not cols:
            return f"{name}: no {months}-month column of {header_year} heads that row"
    if len(values) < len(years):
        # fewer numbers than columns: the row's alignment cannot be re-read, so the period cannot be confirmed
        # unless every column of the row's year holds the same position from either end
        if len(values) == 1 or not cols:
            return f"{name}: the row shows fewer figures than the header has years, so its column cannot be confirmed"
        return None
    # more numbers than years: change columns after the periods, or figures of the label before them
    # ("net of allowances of 95 and 103"): either alignment may hold
    aligned = [values[:len(years)], values[len(values) - len(years):]]
    if not any(_same(row[i], fact.value) for row in aligned for i in cols):
        shown = ", ".join(f"{aligned[0][i]:,g}" for i in cols)
        return f"{name}: the {fact.period} column of that row shows {shown}, not {fact.value:,g}"
    return None

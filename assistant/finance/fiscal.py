"""How a filer names its fiscal years, from its own sentences.

A fiscal year that ends early in the next calendar year (a retailer's 52 or 53 weeks ended on the Saturday nearest
January 31) is named by some filers for the year it began ("fiscal 2024, the 52 weeks ended February 1, 2025") and
by others for the year it ended ("fiscal 2025 ended January 31, 2025"). mia names every annual column by the
calendar year of its closing date (``FY2025`` for the year ended February 1, 2025); ``naming_statements`` reads the
sentences where the filer pairs its name for a year with the year's closing date, and ``naming_shift`` says how
many years to add to the filer's name to get mia's (1 or 0; None when the filing does not say, or says both).

General rule: a question's "fiscal 2024" means the filer's fiscal 2024, and is looked up as the year that closed on
the date the filer gives for it; a column headed "Fiscal 2024" is the same year.

Imports: nothing from the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.months import MONTH_OR_ABBR, MONTH_OR_ABBR_TITLE, month_number

_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_MONTHS = MONTH_OR_ABBR
# the words between a year's name and its closing date, none of which may start another clause of comparison; the
# sentence may wrap to the next line of the page ("Fiscal 2022 was a 52-week year that\nended on January 28, 2023"), but
# a blank line ends it
# General rule (session 29, #10): a line break inside a sentence is a space; a paragraph break ends the sentence
_GAP = r"(?:(?!compar|versus|\bvs\b|\bthan\b|\bfrom\b|\bprior\b|\bprevious\b|\d{4})(?:[^.;\n]|\n(?!\s*\n))){0,70}?"
_DATE = rf"(?P<mon>{_MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<end>{_YEAR})"
_PATTERNS = (
    # "fiscal 2024 (the 52 weeks ended February 1, 2025)", "Fiscal year 2024 ended on February 1, 2025"
    # (never a date heading a list of dates: "fiscal 2024" before "ended September 27, 2025 and September 28, 2024" is
    # the last of the list's names, paired by ``_listed``)
    re.compile(rf"\bfiscal(?:\s+year)?\s+(?P<name>{_YEAR})\b{_GAP}\b(?:ended|ending|ends|end|closed)\s+(?:on\s+)?"
               rf"{_DATE}(?!\s*,?\s*(?:and\s+|&\s+)?(?:(?:{_MONTHS})\.?\s+\d|{_YEAR}\b))", re.I),
    # "the 52 weeks ended February 1, 2025 ("fiscal 2024")", "the year ended February 1, 2025 (fiscal 2024)"
    re.compile(rf"\b(?:ended|ending)\s+(?:on\s+)?{_DATE}\s*,?\s*\(?\s*[“\"'‘]?\s*(?:or\s+|our\s+|the\s+)?fiscal"
               rf"(?:\s+year)?\s+(?P<name>{_YEAR})\b", re.I),
)

# Session 28's reading of one year's name and date, kept for the yearless-sentence guard only (``answer.extract.
# after_named_years``, through ``clause_statements``): one clause on one line, lists unread. Read with ``_PATTERNS`` and
# ``_listed`` the guard let through two questions it had declined, one answered right and one wrong (session 29's
# eval sets), so its reading is left as it was; the facts and the naming of columns read the fuller one
_GAP_ONE_LINE = r"(?:(?!compar|versus|\bvs\b|\bthan\b|\bfrom\b|\bprior\b|\bprevious\b|\d{4})[^.;\n]){0,70}?"
_ONE_CLAUSE = (
    re.compile(rf"\bfiscal(?:\s+year)?\s+(?P<name>{_YEAR})\b{_GAP_ONE_LINE}\b(?:ended|ending|ends|end|closed)\s+"
               rf"(?:on\s+)?{_DATE}", re.I),
    _PATTERNS[1],
)


@dataclass(frozen=True)
class Naming:
    name: int  # the filer's name for the year ("fiscal 2024" -> 2024)
    end_year: int  # the calendar year of its closing date
    end_month: int
    quote: str  # the words that pair them, as printed


# General rule (session 29, #10): a 52/53-week year that closes in the first week of January ("Fiscal 2025 consisted
# of 53 weeks and ended January 3, 2026") is the year before's, as mia names its column (``finance.inputs.
# filer_period``): its pairing says the filer names the year it almost wholly covers, like a December year-end, and
# says nothing of how a filer closing in late January to March names its years
@dataclass(frozen=True)
class _Date:
    """A closing date as read from a list, with ``group`` as a match of ``_DATE`` has it."""
    mon: str
    day: str
    end: str

    def group(self, key: str) -> str:
        return getattr(self, key)


def _named(name: int, date: "re.Match | _Date", quote: str) -> Naming | None:
    """The pairing of the name ``name`` with the closing date ``date`` (groups mon, day, end); None when the date
    closes neither the named year nor the one after."""
    end, month = int(date.group("end")), month_number(date.group("mon"))
    if month == 1 and int(date.group("day")) <= 7:
        end, month = end - 1, 12
    return Naming(name, end, month, quote) if end - name in (0, 1) else None


# General rule (session 28, #10): a results release headed by its fourth quarter and the fiscal year it closes ("Fourth
# Quarter and Fiscal 2024 Results") that says on the same page how long that year ran and when it ended ("the
# fifty-two-week period ("fiscal year") ended February 1, 2025") pairs the filer's name for the year with its closing
# date, as a sentence "fiscal 2024 ended February 1, 2025" would
_RELEASE_TITLE = re.compile(rf"\b(?:fourth|4th)[\s-]+quarter\s+(?:and\s+)?(?:(?:full[\s-]+)?year\s+)?(?:of\s+)?fiscal\s+"
                            rf"(?:year\s+)?(?P<name>{_YEAR})\s+(?:financial\s+)?results\b|\bfiscal\s+(?:year\s+)?"
                            rf"(?P<name2>{_YEAR})\s+(?:fourth|4th)[\s-]+quarter\s+(?:and\s+(?:full[\s-]+)?year\s+)?"
                            rf"(?:financial\s+)?results\b", re.I)
_YEAR_RAN = re.compile(rf"\b(?:fifty[\s-]+two|fifty[\s-]+three|52|53)[\s-]+weeks?\s+(?:period\s+)?(?:\([^()]{{0,40}}\)\s*)?"
                       rf"(?:ended|ending)\s+(?:on\s+)?{_DATE}", re.I)


def release_naming(text: str) -> list[Naming]:
    """The pairing a fourth-quarter results release makes between the fiscal year its heading names and the closing
    date of the 52 or 53 weeks it reports (``_RELEASE_TITLE``, ``_YEAR_RAN``): one ``Naming``, or none when the page
    has no such heading, several names, or a date that closes neither that year nor the one after. Read for the
    fiscal years a filing names (``answer.extract``) and, since session 30, as a ``fiscal_year_name`` fact of the
    release (``finance.extract._read_fiscal_naming``), so that a question's "fiscal 2022" is the year the release
    calls so. A definition that dates its balances is read by its dates and never shifted again
    (``query.definitions.named_years_shifted``: a second shift declined a question in session 29); a question naming
    the release's year by its closing year ("FY2023" for the year the release calls fiscal 2022) is read as the
    filer's name, as for a 10-K that says how it names its years, and declined when no such year is reported."""
    names = {int(m.group("name") or m.group("name2")) for m in _RELEASE_TITLE.finditer(text)}
    if len(names) != 1:
        return []
    name, title = names.pop(), _RELEASE_TITLE.search(text)
    for m in _YEAR_RAN.finditer(text):
        # the heading and the date quoted together, as printed: near enough to be one passage of the first page.
        # General rule (session 30, #10): what lies between them (a subheading's figures, the dateline) is left out of
        # the quote ("... "): the quote says how the year is named, and a figure in it would be checked as a claim
        # of the answer that cites it (its quarter's figures are "said of another period")
        gap = text[title.end():m.start()]
        quote = " ".join(text[title.start():m.end()].split()) if not gap.strip() else \
            f"{' '.join(title.group().split())} ... {' '.join(m.group().split())}"
        said = _named(name, m, quote)
        if said is not None and 0 <= m.start() - title.end() <= 600:
            return [said]
    return []


# General rule (session 29, #10): a sentence that lists the filer's names for several years and then their closing
# dates in the same order ("Fiscal 2022, fiscal 2021 and fiscal 2020 ended on January 28, 2023, January 29, 2022 and
# January 30, 2021, respectively"; "References to fiscal years 2022 and 2021 are to the fiscal years ended January 28,
# 2023 and January 29, 2022"), or the dates and then the names ("the fiscal years ended January 28, 2023 and January
# 29, 2022 (fiscal 2022 and fiscal 2021, respectively)"), or each date with its name beside it ("ended January 28, 2023
# (fiscal 2022), January 29, 2022 (fiscal 2021) and ..."), pairs the n-th name with the n-th date, as one sentence per
# year would; the lists must be as long as each other and every pair must close in its name's year or the year after
_FY = r"(?:fiscal(?:\s+years?)?\s+|FY\s?)"
_LIST_SEP = r"\s*(?:,\s*(?:and\s+|&\s+)?|(?:and|&)\s+)"
_Q = r"[“”\"'‘’]?"  # a name may stand in quotation marks ("fiscal 2025" and "fiscal 2024")
_NAME_LIST = rf"{_Q}{_FY}{_YEAR}{_Q}(?:{_LIST_SEP}{_Q}(?:{_FY})?{_YEAR}\b{_Q})+"
_DATE_ANY = rf"(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+{_YEAR}"
# later dates of a list may give only their year, sharing the first one's month and day ("September 30, 2025 and 2024")
_DATE_LIST = rf"{_DATE_ANY}(?:{_LIST_SEP}(?:{_DATE_ANY}|{_YEAR}\b(?![,.]?\d)))+"
_LIST_ITEM = re.compile(rf"(?:(?P<mon>{_MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+)?(?P<end>{_YEAR})", re.I)
_ENDED = r"\b(?:ended|ending|ends|end|closed)\s+(?:on\s+)?"
_LIST_PATTERNS = (
    # names, then (after words naming no other year) the dates they closed on
    re.compile(rf"\b(?P<names>{_NAME_LIST}){_GAP}{_ENDED}(?P<dates>{_DATE_LIST})", re.I),
    # dates they closed on, then the names in parentheses ("(fiscal 2022 and fiscal 2021, respectively)")
    re.compile(rf"{_ENDED}(?P<dates>{_DATE_LIST})\s*,?\s*\(\s*[“\"'‘]?\s*(?:or\s+|our\s+|the\s+)?(?P<names>{_NAME_LIST})",
               re.I),
)
_EACH_NAMED = re.compile(rf"{_ENDED}(?P<pairs>{_DATE_ANY}\s*\(\s*[“\"'‘]?{_FY}{_YEAR}[”\"'’]?\s*\)"
                         rf"(?:{_LIST_SEP}{_DATE_ANY}\s*\(\s*[“\"'‘]?{_FY}{_YEAR}[”\"'’]?\s*\))+)", re.I)


def _listed(text: str) -> tuple[list[Naming], list[tuple[int, int]]]:
    """The pairings of ``_LIST_PATTERNS`` and ``_EACH_NAMED`` (the n-th name with the n-th date), and the spans of
    text they were read from (a list's last name is never paired alone with its first date)."""
    out: list[Naming] = []
    spans: list[tuple[int, int]] = []
    for rx in _LIST_PATTERNS:
        for m in rx.finditer(text):
            spans.append(m.span())
            names = [int(y) for y in re.findall(_YEAR, m.group("names"))]
            dates, last = [], None
            for d in _LIST_ITEM.finditer(m.group("dates")):
                last = d if d.group("mon") else last
                dates.append(_Date(last.group("mon"), last.group("day"), d.group("end")))
            if len(names) != len(dates):
                continue
            said = [_named(n, d, " ".join(m.group().split())) for n, d in zip(names, dates)]
            if all(said):
                out += said
    for m in _EACH_NAMED.finditer(text):
        spans.append(m.span())
        pairs = re.findall(rf"({_DATE_ANY})\s*\(\s*[“\"'‘]?{_FY}({_YEAR})", m.group("pairs"), re.I)
        said = [_named(int(n), d, " ".join(m.group().split())) for date, n in pairs if (d := _HEADER_DATE.search(date))]
        if len(said) == len(pairs) and all(said):
            out += said
    return out, spans


def naming_statements(text: str) -> list[Naming]:
    """Every pairing of a fiscal year's name with its closing date in ``text``, as printed: one year's name and date
    (``_PATTERNS``), or lists of names and dates paired in order (``_listed``)."""
    listed, spans = _listed(text)
    out: list[Naming] = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(a <= m.start("name") < b for a, b in spans):
                continue  # a name of a list is paired by its place in the list
            said = _named(int(m.group("name")), m, " ".join(m.group().split()))
            if said is not None:
                out.append(said)
    return out + listed


def clause_statements(text: str) -> list[Naming]:
    """The pairings ``_ONE_CLAUSE`` reads (one name and one date in one clause on one line, lists unread): what the
    yearless-sentence guard takes for the years a filing names."""
    out: list[Naming] = []
    for rx in _ONE_CLAUSE:
        for m in rx.finditer(text):
            name, end = int(m.group("name")), int(m.group("end"))
            if end - name in (0, 1):
                out.append(Naming(name, end, month_number(m.group("mon")), " ".join(m.group().split())))
    return out


def naming_shift(statements: list[Naming]) -> int | None:
    """Years to add to the filer's name of a year to get the calendar year it closed in: 1 for a filer naming a
    year that closes in January to March by the year it began, 0 when it names it by the year it ended; None when
    no statement says, or statements disagree."""
    early = {s.end_year - s.name for s in statements if s.end_month <= 3}
    if len(early) == 1:
        return early.pop()
    if not early and statements and all(s.end_year == s.name for s in statements):
        return 0
    return None


def names_by_closing_year(texts: "list[str]", period_end: str | None = None) -> bool:
    """Whether a filing's own sentences and headers (``naming_statements``, ``header_namings``) pair a year closing
    in January to March with a fiscal name of that same calendar year ("the fiscal year ended January 31, 2025
    ("fiscal 2025")"), and none names such a year by the year it began; when none pairs any, its MD&A's "fiscal 2025
    compared with fiscal 2024" against a cover closing in January to March 2025 (``compared_naming``, the filing's
    ``period_end``) says so. General rule: the filer's own pairing of a name with its closing date decides which
    column a question's "fiscal 2025" is; without one (or with both kinds) it is unsure."""
    texts = [t for t in texts if t and re.search(r"iscal|\bFY", t)]
    said = [n for t in texts for n in naming_statements(t) + header_namings(t)]
    if not said and period_end:
        said = [c for t in texts if (c := compared_naming(t, period_end)) is not None][:1]
    early = {n.end_year - n.name for n in said if n.end_month <= 3}
    return early == {0}


# General rule (session 26, #10): a PDF's right-aligned column dates can come out of the text layer run together, the
# first date's year glued to the next date's month ("March 31, 2026March 31, 2025"); the year and the month are two
# words of the header, so a space is put between them before the header is read (for extraction and the input check)
_GLUED_MONTH = re.compile(rf"\b((?:19|20)\d{{2}})(?={MONTH_OR_ABBR_TITLE}\b)")


def two_digit_years(text: str) -> str:
    """"FY24", "FY 24", "FY'24", "Fiscal 24", "Fiscal '24" written with four digits ("FY 2024", "Fiscal 2024"), so
    a header of two-digit fiscal years is read as one of years; a column's period written before a two-digit year,
    or with the quarter's number first, is written as ``COLUMN_HEAD`` reads it ("2Q26" and "Q2'26" -> "Q2 2026",
    "1H26" -> "H1 2026", "YTD'26" -> "YTD 2026", "9M26" -> "9M 2026", "2Q 2026" -> "Q2 2026"); a year glued to the
    next column's month ("2026March 31") is set apart from it (``_GLUED_MONTH``)."""
    text = _GLUED_MONTH.sub(r"\1 ", text)
    text = _NUMBER_FIRST.sub(lambda m: f"{m.group(2).upper()}{m.group(1)} "
                                       f"{m.group(3) if len(m.group(3)) == 4 else '20' + m.group(3)}", text)
    text = _HEAD_TWO_DIGITS.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", text)
    return re.sub(r"\b(FY|Fiscal(?:\s+Year)?)\s?['’]?(\d{2})\b(?![\d,.]|\s*%)",
                  lambda m: f"{m.group(1)} 20{m.group(2)}", text, flags=re.I)


# a quarter or half written with its number first ("2Q26", "2Q 2026", "1H26", "1H FY26")
_NUMBER_FIRST = re.compile(r"\b([1-4])([QH])\s?['’]?(\d{2}|(?:19|20)\d{2})\b(?![\d,.]|\s*%)", re.I)
# a column's period before a two-digit year ("Q2'26", "Q2 26", "YTD'26", "9M26", "H1'26")
_HEAD_TWO_DIGITS = re.compile(r"\b(Q[1-4]|[369]M|H[12]|YTD)\s?['’]?(\d{2})\b(?![\d,.]|\s*%)", re.I)
# General rule (session 24): a quarterly report heads its columns by their periods in the ways filers write them; each
# column named by its period before its year: the quarter ("Q2 2026", "Q2 FY26"), the half ("H1 2026"), six or nine
# months ("6M 2026", "9M FY26"), the year to date ("YTD 2026": as long as the report's quarters), the fiscal year
# ("FY2025"), read after ``two_digit_years``
COLUMN_HEAD = re.compile(r"\b(Q[1-4]|[369]M|H[12]|YTD|FY)\s*(?:FY\s*)?((?:19|20)\d{2})\b", re.I)


def column_heads(line: str) -> list[tuple[str, int]]:
    """(period word upper-cased, year) of each column a header line names by its period before its year
    (``COLUMN_HEAD``): "Q2 2026 Q2 2025 YTD 2026 YTD 2025" -> [("Q2", 2026), ("Q2", 2025), ("YTD", 2026), ...]."""
    return [(m.group(1).upper(), int(m.group(2))) for m in COLUMN_HEAD.finditer(two_digit_years(line))]


def mixed_column_heads(text: str) -> list[tuple[str | None, str, int]] | None:
    """A header naming some columns by their period before the year (``COLUMN_HEAD``: "Q3 2026") and the others by
    words of their own ("Nine months 2026"): for each column in order, (its ``COLUMN_HEAD`` word or None, the words
    written between the year before and its year, its year). None unless at least one column but not every one is
    named by a ``COLUMN_HEAD`` (a header of one kind is read as before). ``text`` is read after ``two_digit_years``.
    General rule (session 29): a column's period is the period written over that column; the length said over two
    columns of a header that names the others by quarter ("Q3 2026 Q3 2025 Nine months 2026 Nine months 2025") is
    those columns' length, never every column's. The reader of each caller (``extract``, ``inputs``) turns a
    column's own words into its length."""
    text = two_digit_years(text)
    heads = {m.end(): m.group(1).upper() for m in COLUMN_HEAD.finditer(text)}
    out: list[tuple[str | None, str, int]] = []
    start = 0
    for m in re.finditer(rf"\b{_YEAR}\b", text):
        out.append((heads.get(m.end()), text[start:m.start()], int(m.group())))
        start = m.end()
    named = sum(h is not None for h, _, _ in out)
    return out if len(out) >= 2 and 0 < named < len(out) else None


_NAME = re.compile(rf"\b(?:fiscal(?:\s+year)?|FY)\s*['’]?(?P<name>{_YEAR})\b(?![,.]?\d)", re.I)
_HEADER_DATE = re.compile(_DATE, re.I)


def names_over_dates(header: str) -> list[Naming] | None:
    """The columns of a statement header that prints the filer's names of its years over (or under) their closing
    dates ("Fiscal 2025 Fiscal 2024" / "52 Weeks Ended 52 Weeks Ended" / "January 31, 2026 February 1, 2025"): one
    ``Naming`` per column, paired in order; None unless there are two names or more, as many dates, and each date
    closes its name's year or the year after. Two-digit names are read as ``two_digit_years`` writes them."""
    header = two_digit_years(header)
    names = [int(m.group("name")) for m in _NAME.finditer(header)]
    dates = list(_HEADER_DATE.finditer(header))
    if len(names) < 2 or len(names) != len(dates):
        return None
    quote = " ".join(header.split())
    out = [_named(n, d, quote) for n, d in zip(names, dates)]
    return out if all(out) else None


_HEADER_WORDS = re.compile(r"\b(?:weeks?|ended|ending|fiscal|years?|months?|three|six|nine|twelve|thirteen|fourteen|"
                           r"twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2}|unaudited|restated|as\s+of|at|and)\b|"
                           r"[\s,.$()|/&'’\-]", re.I)


def _headerish(line: str) -> bool:
    """A line of a column header: nothing but fiscal-year names, dates and header words ("52 Weeks Ended")."""
    rest = _HEADER_DATE.sub(" ", _NAME.sub(" ", two_digit_years(line)))
    return not _HEADER_WORDS.sub("", rest)


def header_namings(text: str) -> list[Naming]:
    """``names_over_dates`` for each header of ``text``: a line of nothing but two fiscal-year names or more, with
    the header lines below it up to the one that completes as many closing dates (four lines at most); prose that
    names years is no header."""
    lines = text.split("\n")
    out: list[Naming] = []
    for i, line in enumerate(lines):
        if len(_NAME.findall(two_digit_years(line))) < 2 or not _headerish(line):
            continue
        window = line
        for nxt in lines[i + 1:i + 5]:
            if not _headerish(nxt):
                break
            window = f"{window}\n{nxt}"
            found = names_over_dates(window)
            if found:
                out += found
                break
            if len(_HEADER_DATE.findall(window)) >= len(_NAME.findall(two_digit_years(line))):
                break
    return out


_COMPARED = re.compile(rf"\bfiscal(?:\s+year)?\s+(?P<a>{_YEAR})\s+(?:as\s+)?(?:compared|versus|vs\.?)\s*(?:to|with)?\s+"
                       rf"(?:fiscal(?:\s+year)?\s+)?(?P<b>{_YEAR})\b", re.I)


def compared_naming(text: str, period_end: str | None) -> Naming | None:
    """The report's own year as its MD&A names it ("Fiscal 2025 Compared with Fiscal 2024": the later year) paired
    with the closing date its cover gives ("For the fiscal year ended January 31, 2026", ``period_end``
    "2026-01-31"); None without both, or when the later name is neither the closing year nor the year before."""
    if not period_end or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period_end):
        return None
    end_year, end_month = int(period_end[:4]), int(period_end[5:7])
    if end_month == 1 and int(period_end[8:10]) <= 7:  # the first week of January closes the year before (``_named``)
        end_year, end_month = end_year - 1, 12
    found = [(max(int(m.group("a")), int(m.group("b"))), m) for m in _COMPARED.finditer(text)]
    if not found:
        return None
    latest, m = max(found, key=lambda x: x[0])
    if end_year - latest not in (0, 1):
        return None
    return Naming(latest, end_year, end_month, " ".join(m.group().split()))


def named_as_fiscal(text: str, years: "list[re.Match]") -> list[bool]:
    """For each year found in a header ``text``: is it written as the filer's name for a year ("Fiscal 2025",
    "FY2025"), or one of a run of years after a "Fiscal year(s)" caption ("Fiscal year 2025 2024 2023", "Fiscal
    years 2025, 2024 and 2023": the caption names each column)?"""
    out: list[bool] = []
    for i, m in enumerate(years):
        # "Fiscal 2025", "FY2025", or a caption naming the columns' years as fiscal years before the first one, perhaps
        # with the label column's title between ("(fiscal years) Item 2025 2024")
        own = bool(re.search(r"\b(?:fiscal(?:\s+years?)?|fy)\)?\s*(?:(?:line\s+)?items?\s+|description\s+|category\s+)?$",
                             text[max(0, m.start() - 30):m.start()], re.I))
        run = i > 0 and out[-1] and not re.sub(r"[\s$,]|\band\b", "", text[years[i - 1].end():m.start()])
        out.append(own or run)
    return out

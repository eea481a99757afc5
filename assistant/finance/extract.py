"""Numbers read from reports: financial-statement tables and simple sentences -> ``Fact`` rows.

PDF text (pypdfium2) gives one table row per line: ``Net sales $ 3,909 $ 3,673 14,544``. A table starts at a
header block (lines holding only years, dates, period phrases such as "Three Months Ended", or a scale such as
"(In millions, except per share data)"); each later line whose tail is a run of numbers is a row, and its numbers
map to the header's columns by order. A prose line ends the table; a page that starts with rows but no header
continues the table left open on the previous page. Values are kept as printed (sign applied) with the scale
of the table, so ``Fact.absolute`` is the amount in base units.

Labels map to metrics through ``registry.normalise_metric`` (the one metric table).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..text.months import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_NUMBER
from ..types import DocMeta, Fact, Page
from .registry import CHANGE_IN_CASH_FLOW, PER_SHARE_METRICS, STATEMENT_OF, SUPERSCRIPTS, clean_label, normalise_metric
from .dividends import dividend_rows, dividend_sentences
from .fiscal import (compared_naming, header_namings, named_as_fiscal, names_over_dates, naming_shift,
                     naming_statements, release_naming, two_digit_years, column_heads, mixed_column_heads)
from .report_tables import is_report, read_report_tables
from .statements import statement_kind, title_kind, titled_kind, unpiped

# Bump when extraction changes what it reads: an index whose facts an older version wrote has them derived
# again from its stored pages on the next ingest (see ingest.py).
FACTS_VERSION = 53  # 53: a heading ending in a joining word ("... ATTRIBUTABLE TO" over "HALDEN CORP.:") is no longer joined with the next line by the extractor (extract._wraps narrowed: a compare-only question moved right -> declined; session 32, f-fbidx); 52: change columns among period columns of no length said are left out at their places, a comparison head in the filer's year names ("Fiscal 2026 vs. Fiscal 2025") is one change column, a label line ending in a lone dash is wrapped, a heading its colon closes on the next line is one heading, and a table's percent columns marked "%" on its first row only are left out of its later rows, a sentence's figure after "an impact on" a measure is no figure of the measure (extract._changes_among, _VS_RX, _wrapped_at_dash, _wraps, _TableState.amounts_at, _IMPACT_ON; session 32, f-fbidx); 51: a header naming quarters then years alone under one length said before every column gives the years that length, and a change column after each group of periods (each group its own length) is left out of the rows' values (extract._trailing_length, _changes_between, session 31, f31-fbx); 50: a row counting shares or securities that names the EPS it serves is a count, never a per-share amount (extract._SHARE_COUNT, session 30, f30-fbx); 49: a release's fiscal-year naming quoted as its heading and the date clause only, what lies between left out (fiscal.release_naming, session 30, f30-fiscal); 48: a fourth-quarter results release's heading ("Fourth Quarter Fiscal 2024 Results") paired with the closing date of the 52 or 53 weeks it reports is a fiscal_year_name fact (fiscal.release_naming, session 30, f30-fiscal); 47: a header naming some columns by quarter ("Q3 2026") and the others by a length in words ("Nine months 2026") names each column by its own words, and a column marked "(as recast)" or "(as revised)" is a header (session 29, f29-filings); 46: stock-based compensation rows map to their own metric (registry, session 29); 45: a Markdown cell in bold or italics is the cell itself (report_tables.unemphasised, session 29, f29-reports); 44: book value and tangible book value per share rows map to their own metrics (registry, session 29); 43: a fiscal-year naming sentence listing several names and their closing dates in order, or wrapped onto the next line (fiscal.naming_statements, session 29); 42: a Markdown pipe table read as its cells (statements.unpiped), and a header whose column dates the PDF text runs together ("March 31, 2026March 31, 2025") read as two dates (fiscal.two_digit_years, session 27); 41: columns headed by their periods as filers write them ("YTD 2026" as long as the report's quarters, "2Q26", "Q2'26", "1H26"), and one length said over a quarterly report's columns that repeat a year names none of them (session 24); 40: a filer's own statement title (consolidated, condensed, combined) below a page's first lines starts that statement, and a paragraph or a note's heading after it ends it (a 10-Q's pages hold the cover and a statement, or two statements); 39: a row label's trailing ", net of $35, $46 and $32, respectively, of non-cash capital expenditures" is a disclosure of the amounts netted: the row maps by its head (registry._NETTED); 38: a balance sheet's row label wrapped over lines naming two dates ("... shares on December 28, 2024 and December 30, 2023;") keeps the statement open (total equity below it); 37: a per-share row is EPS only when its measure is earnings (never FFO, adjusted or non-GAAP EPS, shares used); 36: columns named by their period before each year ("Q2 FY26 6M FY26"); 35: a label column's title before the years ("Item 2025 2024"), a "(fiscal years)" caption naming them; 34: cash paid for acquisitions (acquisitions_paid), amortisation of reacquired franchise rights; 33: a 10-Q's dated columns in its own fiscal quarters (Q2 of fiscal 2024 ended July 29, 2023); "Fiscal year 2025 2024 2023" of a filer naming years by their start all shifted; a header line of years after a caption in parentheses ("(in millions) 2026 2025") under a dated line, a dividend "per share for the year" before a comparison; 32: buyback rows ("Common stock repurchased", "..., including excise tax"); 31: headers of fiscal-year names over closing dates, naming from headers and the MD&A (#10 calc2); 30: percent-of-sales columns beside amounts (#10 calc2); 29: capex rows in filers' own words (stores, remodels, technology, construction); 27-28: 10-Q column lengths (weeks, halves, year to date; a prior year's quarter never FY); 24: statement recognition (wrapped titles, structure) and bank rows (#10 calc2); 25: dated dividend payments; 26: equity blocks named as the filer names its years

# The metric vocabulary (label patterns, which balances a cash-flow statement shows only as changes) is
# ``finance/registry.py``.

# --------------------------------------------------------------------------------------------------------------
# numbers and header lines

_MONTHS = "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS)  # inside a group of the pattern using it
_MONTH_NUM = MONTH_NUMBER
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_VALUE_RX = re.compile(
    r"^\(?\$?\(?(?:-|−)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?\)?$|^\(?\$?\(?\.\d+\)?%?$"
)
_DASH_RX = re.compile(r"^[—–\-−]{1,3}$")
_SCALE_RX = re.compile(
    r"(?:in|\$|amounts in|dollars in|usd)\s*(?:\$\s*)?(thousands|millions|billions|million|billion|thousand)\b"
    r"|\((thousands|millions|billions|million|billion)\b|^\s*(thousands|millions|billions)\b",
    re.I,
)
_SCALES = {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9}
_HEADER_NOISE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b,?|\b(?:{_MONTHS})\b\.?|"
    r"\((?:[^()]*\b(?:thousands|millions|billions|million|billion|dollars|unaudited|except)\b[^()]*)\)|"
    r"\$?\s*in (?:thousands|millions|billions)(?:,? except [a-z ,\-]+)?|"
    r"\b(?:years?|fiscal|ended|ending|three|six|nine|twelve|months?|quarters?|weeks?|as|of|at|and|the|for|"
    r"unaudited|restated|recast|revised|change|percent|fy|periods?|to|vs|q[1-4])\b|[,.:%()$]|\b\d{1,2}\b|"
    r"\d{2}-weeks?|\b(?:thirteen|fourteen|twenty-six|thirty-nine|fifty-two|fifty-three|52|53|13|14|26|39)\b|"
    r"\b(?:first|second|third|fourth|half|year-to-date|date|ytd)\b|\b[369]m\b|\bh[12]\b",
    re.I,
)
# a column's length: months, weeks (a retailer's 13 / 26 / 39 / 52 / 53 weeks), a quarter or a year named, a half
# year, or the year to date (its length is the report's quarter: ``_duration_months``)
_DURATION_RX = re.compile(
    r"\b(three|six|nine|twelve|3|6|9|12)[ -]months?\b|\b(quarters?)\s+ended\b|\b(years?|fiscal years?)\s+"
    r"(?:ended|ending)\b|\b(fourth|first|second|third) quarter\b|"
    r"\b(thirteen|fourteen|twenty-six|twenty-seven|thirty-nine|forty|fifty-two|fifty-three|13|14|26|27|39|40|52|53)"
    r"[ -]weeks?\b|\b(first|second) half\b|\b(year[- ]to[- ]date|ytd)\b|\b(quarter)\b",
    re.I,
)
_WEEKS = {"thirteen": 3, "fourteen": 3, "13": 3, "14": 3, "twenty-six": 6, "twenty-seven": 6, "26": 6, "27": 6,
          "thirty-nine": 9, "forty": 9, "39": 9, "40": 9, "fifty-two": 12, "fifty-three": 12, "52": 12, "53": 12}
_FY_NAME_WORDS = re.compile(rf"\b(?:fiscal(?:\s+year)?|FY)\s*['’]?{_YEAR}\b", re.I)
# a comparison column's head: "2020 vs. 2019", and as filers name their years, "Fiscal 2020 vs. Fiscal 2019", "FY2020 vs.
# FY2019" (session 32: the second year's "Fiscal" left it two period columns, its change read as the earlier year's value)
_VS_RX = re.compile(rf"(?:\bFY\s*|\b){_YEAR}\s*(?:vs\.?|versus|compared (?:to|with))\s*(?:(?:fiscal(?:\s+year)?|FY)\s*)?"
                    rf"{_YEAR}\b", re.I)


def parse_value(token: str) -> float | None:
    """A printed number token -> float (parentheses and leading minus are negative, dashes are zero)."""
    t = token.strip().translate({ord(c): None for c in SUPERSCRIPTS})
    if _DASH_RX.match(t):
        return 0.0
    if not _VALUE_RX.match(t):
        return None
    neg = "(" in t or t.lstrip("($").startswith(("-", "−"))
    digits = re.sub(r"[^\d.]", "", t)
    if not digits or digits == ".":
        return None
    v = float(digits)
    return -v if neg else v


@dataclass
class _Run:
    """The trailing numbers of one line."""

    label: str  # text before the numbers (as written, stripped)
    start: int  # offset of the first value token in the line
    values: list[float]
    tokens: list[str]
    percent: list[bool]  # per value: printed with a % sign


def _trailing_numbers(line: str) -> _Run | None:
    toks = [(m.group(), m.start()) for m in re.finditer(r"\S+", line)]
    values: list[tuple[float, str, int, bool]] = []
    next_is_percent = False
    i = len(toks) - 1
    while i >= 0:
        tok, pos = toks[i]
        if tok in ("$", "%", "pts", "pts.", "bps", "x", "*"):
            next_is_percent = tok == "%"
            i -= 1
            continue
        v = parse_value(tok)
        if v is None:
            break
        values.append((v, tok, pos, next_is_percent or "%" in tok))
        next_is_percent = False
        i -= 1
    if not values:
        return None
    values.reverse()
    start = values[0][2]
    label = line[:start].rstrip(" $")
    return _Run(label=label.strip(), start=start, values=[v[0] for v in values],
                tokens=[v[1] for v in values], percent=[v[3] for v in values])


# a caption in parentheses before a header's years: "(in millions, except par value) 2026 2025", "(principal
# amounts) 2026 2025", "(Years ended December 31) 2025 2024"; one holding a digit ("(1)", "(2035 pending PTE)") or
# a percentage ("(Percent of net sales)") is no column header
# what heads the label column before a header's years: a caption in parentheses ("(principal amounts) 2026 2025") or
# a column title a table writes over its labels ("Item 2025 2024", "Line item", "Description", "Category")
_LEAD_CAPTION = re.compile(rf"^\s*(?:\((?=[^()]*[A-Za-z]{{3}})(?![^()]*(?:\d|%|percent|ratio|rate\b|change))[^()]{{1,60}}\)|"
                           r"(?:line\s+)?items?|description|category|caption|particulars)\s*"
                           rf"(?=(?:\$\s*)?{_YEAR}\b)", re.I)


def _years_only(line: str) -> bool:
    """A line of two years or more and nothing else, once a leading caption in parentheses is set aside."""
    rest = _LEAD_CAPTION.sub("", line)
    return len(re.findall(rf"\b{_YEAR}\b", rest)) >= 2 and not re.sub(rf"\b{_YEAR}\b|[\s$]", "", rest)


# every word the header tests below can consume outside parentheses and "except" clauses: months, the words of
# ``_HEADER_NOISE`` (hyphenated ones by their parts), of ``_VS_RX`` and of the "in thousands" phrase
_HEADER_WORDS = frozenset((
    _MONTHS.replace("|", " ") + " year years fiscal ended ending three six nine twelve month months quarter quarters"
    " week weeks as of at and the for unaudited restated recast revised change percent fy period periods to vs q"
    " versus compared with in thousands millions billions thirteen fourteen twenty thirty fifty two first second third fourth half"
    " date ytd"
    # a label column's title before the years ("Item 2025 2024", ``_LEAD_CAPTION``) and a column's period before its
    # year ("6M FY26", "H1 2026": ``_PERIOD_HEAD``)
    " item items line description category caption particulars m h").split())
_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _may_be_header(line: str) -> bool:
    """False for a line that ``_header_tests`` cannot take for a header: one with a word outside ``_HEADER_WORDS``,
    no parenthesis and no "except" (issue 15: nearly every line of a page is no header, and the full tests were
    about a fifth of fact extraction's time; the same answers on all 308,637 lines of the 56 dev filings)."""
    return "(" in line or "except" in line.lower() or all(
        w.lower() in _HEADER_WORDS for w in _LETTER_RUN.findall(line))


def _is_header_line(line: str) -> bool:
    """A line of a table's column header: years, dates, lengths and scale words only, or a caption in parentheses
    followed by two years or more ("(principal amounts) 2026 2025": the caption heads the label column). The cheap
    ``_may_be_header`` first."""
    return _may_be_header(line) and _header_tests(line)


def _header_tests(line: str) -> bool:
    s = two_digit_years(line.strip())
    if not s or len(s) > 160:
        return False
    if _years_only(s):
        return True
    ordinals = re.findall(r"\b(?:first|second|third|fourth)\b", s, re.I)
    if ordinals and len(ordinals) < 2 and not re.search(rf"\b{_YEAR}\b|\b(?:months?|weeks?|ended|ending)\b", s, re.I):
        return False  # "First quarter" above its rows in a table of quarters: a section, not a column header
    s2 = _VS_RX.sub(" ", s)
    s2 = re.sub(rf"\b{_YEAR}\b", " ", s2)
    rest = _HEADER_NOISE.sub(" ", s2)
    rest = re.sub(r"[\s\-—–/&]+", "", rest)
    return rest == ""


def _scale_in(text: str) -> float | None:
    m = _SCALE_RX.search(text)
    if not m:
        return None
    word = next(g for g in m.groups() if g)
    return _SCALES[word.lower()]


# --------------------------------------------------------------------------------------------------------------
# periods


def _is_quarterly(meta: DocMeta) -> bool:
    dt = (meta.doc_type or "").lower()
    return "10-q" in dt or "10q" in dt or bool(meta.period and meta.period.upper().startswith("Q"))


def _meta_quarter(meta: DocMeta) -> int | None:
    m = re.match(r"Q([1-4])", (meta.period or "").upper())
    return int(m.group(1)) if m else None


@dataclass
class _Columns:
    periods: list[str]  # one per value column
    years: list[int]
    extra: int = 0  # trailing change / percent columns to ignore
    changes_at: tuple[int, ...] = ()  # places of change columns printed between period columns (``_changes_between``)
    among: bool = False  # ``changes_at`` from ``_changes_among`` (change columns among periods of no length said)
    scale: float | None = None
    per_share_default: bool = False


# General rule (session 31, f31-fbx): a header that prints a change column after each group of period columns ("Three
# months ended June 30, Six months ended June 30," over "2023 2022 Change 2023 2022 Change") has its rows' values in
# that order: a row of six values holds the four periods' at the places the header gives them, the changes between
# them left out (never the first four values: a change read as a period's figure, a period's as another's)
_CHANGE_HEAD = re.compile(rf"\b{_YEAR}\b|(?:%\s*|\$\s*)?\b(?:change|variance)\b", re.I)


def _changes_between(header: str) -> tuple[int, ...]:
    """The places, among a header's columns, of change columns printed between period columns."""
    heads = ["c" if re.search(r"change|variance", m.group(), re.I) else "y"
             for m in _CHANGE_HEAD.finditer(_VS_RX.sub(" ", two_digit_years(header)))]
    groups = "".join(heads).split("c")
    # groups of period columns, each closed by its change column: "y y c y y c" (never a caption over the columns,
    # "% Change" before "2021 2020 2019 21/20 20/19", nor one change column after all the periods)
    if len(groups) < 3 or groups[-1] or any(not g or len(g) != len(groups[0]) for g in groups[:-1]):
        return ()
    return tuple(i for i, h in enumerate(heads) if h == "c")


# General rule (session 32, f-fbidx): a header whose change columns stand between its period columns in any order ("2026
# 2025 % Change 2024 % Change", "Fiscal 2026 | Fiscal 2026 vs. Fiscal 2025 | Fiscal 2025") has its rows' values in that
# order too: a row with a value under every head holds each period's at the place the header gives it, the changes left
# out; a change or comparison column is never a period's value. Only for periods that are all different (segments side
# by side repeat their years) and a header that says no length (lengths are the session-31 rule's).
_HEAD_RX = re.compile(rf"{_VS_RX.pattern}|\b{_YEAR}\b|(?:%\s*|\$\s*)?\b(?:change|variance)\b", re.I)


def _changes_among(header: str, cols: _Columns) -> tuple[int, ...]:
    """The places of change columns printed among a header's period columns (above), else ()."""
    heads = "".join("y" if re.fullmatch(_YEAR, m.group()) else "c"
                    for m in _HEAD_RX.finditer(two_digit_years(header)))
    if not re.fullmatch(r"y+(?:c+y+)+c*", heads) or heads.count("y") != len(cols.periods):
        return ()
    if len(set(cols.periods)) != len(cols.periods) or _DURATION_RX.search(_VS_RX.sub(" ", header)):
        return ()
    return tuple(i for i, h in enumerate(heads) if h == "c")


def _columns_from_header(block: list[str], meta: DocMeta, shift: int | None = None) -> _Columns | None:
    cols = _columns_named(block, meta, shift)
    if cols is None or not block:
        return cols
    text = " ".join(block)  # the header's columns may wrap: "2023 2022" over "Change 2023 2022 Change"
    between = _changes_between(text)
    if not between:
        among = _changes_among(text, cols)
        return replace(cols, changes_at=among, among=True) if among else cols
    lengths = [_duration_months(m, meta) for m in _DURATION_RX.finditer(_VS_RX.sub(" ", text))]
    if len(lengths) != len(between) or len(set(lengths)) != len(lengths):
        # each group of columns its own length ("Three months ended ..., Six months ended ..."): groups under one length
        # are members (segments side by side, "2021 2020 Change" under each), read as before
        return cols
    if between and len(cols.periods) + len(between) == len(_CHANGE_HEAD.findall(_VS_RX.sub(" ", two_digit_years(text)))):
        return replace(cols, changes_at=between)
    return cols


def _columns_named(block: list[str], meta: DocMeta, shift: int | None = None) -> _Columns | None:
    """The columns a header block names. A year written as the filer's fiscal-year name ("Fiscal 2024", "FY24")
    with no closing date beside it is named by the calendar year it closed in when the filing says it names years
    by the year they began (``shift`` 1: ``finance.fiscal``)."""
    block = [two_digit_years(b) for b in block]
    if names_over_dates("\n".join(block)):
        # the filer's names of its years over their closing dates: the dates name the columns (by closing year)
        block = [ln for ln in (_FY_NAME_WORDS.sub(" ", b).strip() for b in block) if ln]
    text = " ".join(block)
    extra = len(_VS_RX.findall(text))
    text_wo_vs = _VS_RX.sub(" ", text)
    if re.search(r"\bchange\b|\bvariance\b", text_wo_vs, re.I) and not extra:
        extra = 1
    year_iter = list(re.finditer(rf"\b{_YEAR}\b", text_wo_vs))
    if not year_iter:
        return None

    def month_before(pos: int) -> int | None:  # the month word nearest before a year
        found = re.findall(rf"\b({_MONTHS})\b", text_wo_vs[max(0, pos - 30):pos].lower())
        return _month_number(found[-1]) if found else None

    months = [month_before(m.start()) for m in year_iter]
    # "Fiscal years ended December 25, 2021, December 26, 2020 and December 28, 2019" above "2021 2020 2019":
    # the last line of years is the column header; the dated line above only tells each year's month
    last_line = _LEAD_CAPTION.sub("", _VS_RX.sub(" ", block[-1]))
    column_years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", last_line)]
    pure = _years_only(last_line)  # the columns' own line of years, perhaps after its caption
    if (pure and 2 <= len(column_years) < len(year_iter) and len(block) > 1
            and set(column_years) <= {int(m.group()) for m in year_iter}):
        start = len(text_wo_vs) - len(last_line)
        first_month = {}
        for m, mon in zip(year_iter, months):
            first_month.setdefault(int(m.group()), mon)
        months = [first_month.get(y) for y in column_years]
        year_iter = [m for m in year_iter if m.start() >= start]
        if len(year_iter) != len(column_years):
            return None
    years = [int(m.group()) for m in year_iter]
    said_months = {_month_number(w) for w in re.findall(rf"\b({_MONTHS})\b", text_wo_vs.lower())}
    if len(said_months) == 1 and None in months and _is_quarterly(meta) and _own_end(meta) is not None:
        # "Three Months Ended December 31, Six Months Ended December 31," over "2022 2021 2022 2021": the one month
        # the header names is every column's (for a quarterly report's columns counted in its fiscal quarters)
        months = [mon or next(iter(said_months)) for mon in months]
    if shift == 1:
        # a year named as the filer names its years: "Fiscal 2025", "FY2025", or one of a run of years after a
        # "Fiscal year(s)" caption ("Fiscal year 2025 2024 2023": the caption names each column)
        named = named_as_fiscal(text_wo_vs, year_iter)
        years = [y + 1 if mon is None and n else y for y, mon, n in zip(years, months, named)]
    named_cols = column_heads(last_line)
    if len(named_cols) == len(years) >= 2 and [y for _, y in named_cols] == years:
        # each column named by its own period, as the filer names it (``fiscal.COLUMN_HEAD``): "Q2 FY26" is the second
        # quarter of fiscal 2026, "6M FY26" and "H1 FY26" its first half, "YTD 2026" the year to date (as long as the
        # report's quarters: 6M for a second quarter's report; unknown: named by no period a question asks), "FY2025"
        # the year
        def named_period(head: str, y: int) -> str:
            if head == "YTD":
                q = _meta_quarter(meta) if _is_quarterly(meta) else None
                return f"YTD {y}" if q is None else f"Q1 {y}" if q == 1 else f"FY{y}" if q == 4 else f"{3 * q}M {y}"
            return f"FY{y}" if head == "FY" else f"6M {y}" if head == "H1" else f"{head} {y}"

        return _Columns(periods=[named_period(h, y) for h, y in named_cols], years=years, extra=extra,
                        scale=_scale_in(text), per_share_default=False)
    every_year = len(year_iter) == len(re.findall(rf"\b{_YEAR}\b", text_wo_vs))
    own = _own_column_words(text_wo_vs, meta) if every_year else None
    if own is not None:
        latest_month = next((mon for y, mon in zip(years, months) if y == max(years)), None)
        periods = [p if isinstance(p, str) else _period_name(y, mon, p, _is_quarterly(meta), y == max(years), meta,
                                                             latest_month)
                   for p, y, mon in zip(own, years, months)]
        return _Columns(periods=periods, years=years, extra=extra, scale=_scale_in(text), per_share_default=False)
    found = list(_DURATION_RX.finditer(text_wo_vs))
    durations = [_duration_months(m, meta) for m in found]
    n = len(years)
    ordinals = [{"first": 1, "second": 2, "third": 3, "fourth": 4}.get((m.group(4) or "").lower()) for m in found]
    col_ord: list[int | None] = [None] * n
    if len(durations) == 1 and _is_quarterly(meta) and len(set(years)) < n:
        # one length said over a quarterly report's columns that repeat a year ("Year-to-date" over "2026 2025 2026
        # 2025"): which columns are that length is not said, as when no length is said
        col_dur = [None] * n
    elif durations and n % len(durations) == 0:
        per = n // len(durations)
        col_dur = [durations[i // per] for i in range(n)]
        col_ord = [ordinals[i // per] for i in range(n)]
    elif durations and len(set(durations)) == 1 and not (_is_quarterly(meta) and len(set(years)) < n):
        # one length said several times for every column; never for a quarterly report's columns that repeat a year
        col_dur = [durations[0]] * n
    elif durations:
        col_dur = [_UNKNOWN] * n  # lengths that do not divide the columns evenly: which is which is not known
    else:
        col_dur = [None] * n
    quarterly = _is_quarterly(meta)
    latest = max(years)
    latest_month = next((mon for y, mon in zip(years, months) if y == latest), None)
    # one year twice in columns of no length said and no month told apart (dates in two months of one calendar year
    # are two balance-sheet dates, "December 31, 2022" and "June 30, 2022")
    repeated = len(set(years)) < n and len({(y, m) for y, m in zip(years, months)}) < n
    periods: list[str] = []
    for y, mon, dur, q in zip(years, months, col_dur, col_ord):
        periods.append(f"Q{q} {y}" if q and dur == 3 else _period_name(y, mon, dur, quarterly, y == latest, meta,
                                                                        latest_month))
    if quarterly and repeated and all(d is None for d in col_dur):
        # a quarterly report's columns of one year twice with no length said (the quarter and the year to date):
        # which is which is not said, so the later ones are named by no period a question asks
        seen: set[int] = set()
        for i, y in enumerate(years):
            if y in seen:
                periods[i] = f"YTD {y}"
            seen.add(y)
    return _Columns(periods=periods, years=years, extra=extra, scale=_scale_in(text),
                    per_share_default=False)


def _own_column_words(text: str, meta: DocMeta) -> list[str | int] | None:
    """Each column's own period in a header naming some columns by quarter ("Q3 2026") and the others by a length
    in words ("Nine months 2026"), each year after its own words (``fiscal.mixed_column_heads``): a named column's
    period, else the one length said over it, in months. None for any other header, for a "YTD" head (its length is
    the report's quarter's: left to ``_columns_from_header``'s spread) or for a column with no length or two."""
    cols = mixed_column_heads(text)
    if cols is None:
        return None
    out: list[str | int] = []
    trailing = _trailing_length(cols, text, meta)
    for i, (head, words, y) in enumerate(cols):
        if head == "YTD":
            return None
        if head is not None:
            out.append(f"FY{y}" if head == "FY" else f"6M {y}" if head == "H1" else f"{head} {y}")
            continue
        if trailing is not None and i >= len(cols) - trailing[0]:
            out.append(trailing[1])
            continue
        said = list(_DURATION_RX.finditer(words))
        if len(said) != 1:
            return None
        out.append(_duration_months(said[0], meta))
    return out


# General rule (session 31, f31-fbx): a header that names its first columns by quarter and its last by their year
# alone, under one length said once before every column ("Six months ended June 30," over "2Q23 1Q23 4Q22 3Q22 2Q22
# 2023 2022"), says that length of the year-only columns: each quarter's column is named by its own quarter. Only
# when the length is no quarter's (three months) and no other length is said anywhere in the header.
def _trailing_length(cols: list[tuple[str | None, str, int]], text: str, meta: DocMeta) -> tuple[int, int] | None:
    """(how many last columns, their length in months) for such a header, else None."""
    bare = 0
    while bare < len(cols) and cols[len(cols) - 1 - bare][0] is None and not cols[len(cols) - 1 - bare][1].strip(" ,;|"):
        bare += 1
    named = cols[:len(cols) - bare]
    if not bare or not named or not all(h in ("Q1", "Q2", "Q3", "Q4") for h, _, _ in named):
        return None
    said = list(_DURATION_RX.finditer(text))
    if len(said) != 1 or said[0].end() > len(cols[0][1]):
        return None  # a length said between the columns is the columns' after it (``mixed_column_heads``' words)
    months = _duration_months(said[0], meta)
    return (bare, months) if months in (6, 9, 12) else None


def _month_number(word: str) -> int:
    w = word.lower()
    for name, num in _MONTH_NUM.items():
        if name.startswith(w[:3]):
            return num
    return 0


def _duration_months(m: re.Match, meta: DocMeta | None = None) -> int:
    """A column's length in months from its header phrase; the year to date is as long as the report's quarters
    (``_UNKNOWN`` when the report's quarter is unknown: the column is then named by no period a question asks)."""
    word = (m.group(1) or "").lower()
    if word:
        return {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}[word]
    if m.group(2) or m.group(4):
        return 3
    if m.group(5):
        return _WEEKS[m.group(5).lower()]
    if m.group(6):
        return 6 if m.group(6).lower() == "first" else 12
    if m.group(7):
        q = _meta_quarter(meta) if meta is not None else None
        return 3 * q if q else _UNKNOWN
    if m.group(8):
        return 3  # a column headed "Quarter" beside one headed "Year-to-date"
    return 12


_UNKNOWN = -1  # a column whose length the header does not settle


def _period_name(year: int, month: int | None, dur: int | None, quarterly: bool, latest: bool,
                 meta: DocMeta, latest_month: int | None = None) -> str:
    """A column's period. A quarterly report's column with no length said is the report's own period when it is
    the latest year; an earlier year's column dated in the same month as the latest is the same quarter a year
    before (never that year's annual figure); one dated in another month is the earlier fiscal year's end."""
    if dur == _UNKNOWN:
        return f"YTD {year}"
    if dur == 12:
        return f"FY{year}"
    counted = _fiscal_column(year, month, dur, meta) if quarterly else None
    if counted is not None:
        return counted
    if dur in (6, 9):
        return f"{dur}M {year}"
    if dur == 3:
        q = _meta_quarter(meta)
        if q is None:
            q = ((month or 3) - 1) // 3 + 1 if month else 4
        return f"Q{q} {year}"
    # no duration phrase: an annual column, or a balance-sheet date
    if quarterly and latest and meta.period:
        return meta.period if meta.period.endswith(str(year)) else f"FY{year}"
    q = _meta_quarter(meta) if quarterly else None
    if q is not None and q != 4 and not latest and (month is None or (latest_month is not None and
                                                                        month == latest_month)):
        return f"Q{q} {year}"  # a fourth quarter's end is its fiscal year's end: that column stays the year's
    return f"FY{year}"


def _own_end(meta: DocMeta) -> tuple[int, int] | None:
    end = str((meta.extra or {}).get("period_end") or "")
    return (int(end[:4]), int(end[5:7])) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", end) else None


def fiscal_quarter(year: int, month: int, own_quarter: int, own_year: int, own_end: tuple[int, int]
                   ) -> tuple[int, int]:
    """(fiscal year, quarter) of a quarter ending in (``year``, ``month``), counted back from a report's own
    quarter (``own_quarter`` of fiscal ``own_year``, ending in ``own_end``), three months a quarter, so that a
    52/53-week date a few days into the next month still falls in its quarter."""
    back = round(((own_end[0] * 12 + own_end[1]) - (year * 12 + month)) / 3)
    i = own_quarter - 1 - back
    return own_year + i // 4, i % 4 + 1


def _fiscal_column(year: int, month: int | None, dur: int | None, meta: DocMeta) -> str | None:
    """A quarterly report's dated column named in the report's own fiscal quarters, counted back from its period
    and end date (``fiscal_quarter``): in the 10-Q for Q2 of fiscal 2024 that ended July 29, 2023, "Three Months
    Ended July 29, 2023" is Q2 2024, "July 30, 2022" Q2 2023, "Six Months Ended" 6M 2024, the balance at January
    28, 2023 the year-end FY2023 and the report's own date its own period. A calendar-year filer's columns get the
    names they always had. None without the report's period, its end date or the column's month."""
    own = re.fullmatch(r"Q([1-4]) ((?:19|20)\d{2})", meta.period or "")
    own_end = _own_end(meta)
    if own is None or own_end is None or month is None or dur not in (None, 3, 6, 9):
        return None
    if abs((own_end[0] * 12 + own_end[1]) - (year * 12 + month)) > 36:
        return None  # a date years away from the report's: not one of its columns
    fy, q = fiscal_quarter(year, month, int(own.group(1)), int(own.group(2)), own_end)
    if dur in (6, 9):
        return f"{dur}M {fy}"
    if dur == 3:
        return f"Q{q} {fy}"
    if (year, month) == own_end:
        return meta.period
    return f"FY{fy}" if q == 4 else f"Q{q} {fy}"


def _fiscal_year(period: str) -> int | None:
    m = re.search(rf"{_YEAR}", period)
    return int(m.group()) if m else None


# --------------------------------------------------------------------------------------------------------------
# table reading


_NOISE_LINE = re.compile(
    r"^(table of contents|index to (consolidated )?financial statements|see accompanying notes.*|"
    r"(the )?accompanying notes.*|page \d+|\d{1,3}|[a-z]-?\d{1,3}|\(\w\)|.*form 10-[kq]\s*\d*)$",
    re.I,
)
_GENERIC_LABELS = {"basic", "diluted", "total", "net", "other", "other, net", "other — net", "other - net",
                   "total, net"}


@dataclass
class _TableState:
    cols: _Columns | None = None
    scale: float | None = None
    section: str = ""
    prev_section: str = ""
    pending: tuple[str, int] | None = None  # a label line without numbers (text, offset) that a row may continue
    open: bool = False
    cash_flow: bool = False  # rows are flows (changes), not balances
    statement: str | None = None  # the primary statement being read ("income", "balance", "cash_flow"), if any
    titled: bool = False  # the statement is named by a title (not only recognised by its structure)
    statement_page: bool = False  # the page being read is a statement page
    by_line: bool = False  # the statement was named by a title line on a page that is not a statement page
    last_rows: list[tuple[int, int]] = field(default_factory=list)  # ctx.facts ranges of the last two rows
    # the places of the amounts in a row of this table whose percent columns were printed with "%" (how many values,
    # which places hold the periods' amounts): ``_emit_row``
    amounts_at: tuple[int, tuple[int, ...]] | None = None


@dataclass
class _Ctx:
    meta: DocMeta
    facts: list[Fact] = field(default_factory=list)
    shift: int | None = None  # how the filer names its fiscal years (``finance.fiscal.naming_shift``)


def _lines_with_offsets(text: str) -> Iterator[tuple[str, int]]:
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        yield line, pos
        pos += len(raw)


# General rule (session 30, f30-fbx): a row counting shares or securities that names the EPS it serves ("Shares used to
# compute diluted net income per share", "Average number of common shares - diluted EPS", "Antidilutive share-based
# awards excluded from the calculation of diluted earnings per share") is a count, never an amount per share (stored
# as EPS, its count of thousands contradicted the statement's EPS and withdrew it)
_SHARE_COUNT = re.compile(r"^(?:(?:weighted[- ])?average\s+(?:number\s+of\s+)?|number\s+of\s+)?(?:(?:common|ordinary|"
                          r"diluted|basic)\s+)*shares\s+(?:used|outstanding|of\b|in\b|[-—–:])|^(?:weighted[- ])?average\s+"
                          r"(?:number\s+of\s+)?(?:common\s+|ordinary\s+)?shares\b|^anti-?dilutive\b|\bexcluded\s+from\s+"
                          r"(?:the\s+)?(?:calculation|computation)\b")


def _unit_for(label: str, section: str, percent: bool, values: list[float], scale: float | None,
              currency: str | None, header_text: str) -> tuple[str, float]:
    lab = label.lower()
    sec = section.lower()
    if percent or re.search(r"%|\bpercent|\bmargin\b|\btax rate\b", lab) and all(abs(v) < 1000 for v in values):
        return "%", 1.0
    per_share_label = re.search(r"per (common |ordinary |diluted |basic )?share|\beps\b", lab)
    per_share_section = re.search(r"per (common |ordinary )?share|\beps\b", sec) and all(abs(v) < 1000 for v in values)
    if (per_share_label or per_share_section) and "weighted" not in lab and not _SHARE_COUNT.search(lab):
        return ("USD/share" if currency == "USD" else f"{currency or ''}/share".lstrip("/")), 1.0
    if re.search(r"\bshares\b", lab) and not re.search(r"\$|\bpar value\b|\bequity\b", lab):
        shares_scale = scale or 1.0
        m = re.search(r"shares in (millions|thousands)", header_text, re.I)
        if m:
            shares_scale = _SCALES[m.group(1).lower()]
        return "shares", shares_scale
    return (currency or ""), (scale or 1.0)


# the measure of a per-share row: the words before "per" ("Net income per common share", "FFO per diluted share")
_PER_SHARE_MEASURE = re.compile(r"^(.*?)\bper\b", re.I | re.S)
_EARNINGS_WORDS = re.compile(r"\b(?:earnings|income|loss(?:es)?|eps)\b", re.I)
# measures of their own that a filer also prints per share, and the non-GAAP forms of earnings (never diluted EPS)
_NOT_EARNINGS = re.compile(
    r"\b(?:a?ffo|funds (?:from|available for) operations?|distributable|adjusted|core|normali[sz]ed|pro forma|"
    r"non-gaap|operating earnings|cash|book value|dividends?|distributions?|excluding|before special)\b", re.I)


def earnings_per_share(label: str) -> bool:
    """Whether a per-share row's label (or the heading it sits under) makes it earnings per share. General rule: a
    per-share figure is EPS only when its measure is earnings / net income (loss) attributable to the shareholders:
    "Basic", "Diluted earnings per share", "Net income per common share — Diluted", "Net loss per share"; never
    another measure printed per share ("FFO per diluted share", "Core FFO per share — Diluted", "AFFO per share",
    "Funds from operations per share - basic") nor a non-GAAP form ("Adjusted diluted EPS", "Core earnings per
    share"), which a filing whose own EPS row was missed would otherwise show as its EPS."""
    if _NOT_EARNINGS.search(label):
        return False
    m = _PER_SHARE_MEASURE.search(label)
    if m is None:
        return True  # "Basic", "Diluted", "Diluted EPS"
    before = re.sub(r"\b(?:basic|diluted|and|—|-|:)\b|[—:\-–]", " ", m.group(1), flags=re.I).strip()
    return not before or bool(_EARNINGS_WORDS.search(before))


def _currency_of(text: str) -> str:
    if "€" in text or re.search(r"\beur\b|\beuros?\b", text, re.I):
        return "EUR" if "$" not in text else "USD"
    return "USD"


def _emit_row(ctx: _Ctx, page: Page, st: _TableState, label: str, quote: str, run: _Run,
              header_text: str, currency: str) -> None:
    cols = st.cols
    assert cols is not None
    n = len(cols.periods)
    vals = run.values
    plain = [i for i, pct in enumerate(run.percent) if not pct]
    if cols.changes_at and len(vals) == n + len(cols.changes_at):
        # "41,307 30,715 34 79,656 61,432 30" under "2023 2022 Change 2023 2022 Change": the periods' values at their
        # places (``_changes_between``)
        keep = [i for i in range(len(vals)) if i not in cols.changes_at]
        vals = [vals[i] for i in keep]
        run = _Run(run.label, run.start, vals, [run.tokens[i] for i in keep], [run.percent[i] for i in keep])
        plain = [i for i, pct in enumerate(run.percent) if not pct]
    if len(vals) > n and len(plain) == n and not all(run.percent[:n]):
        # change or percent-of-sales columns interleaved with the period columns: "22,292 21,479 4 % 19,962 8 %",
        # "Net sales $ 10,208,580 100.0% $ 8,630,889 100.0%": the amounts are the values printed without "%"
        if n >= 2 and len(vals) % n == 0 and plain == list(range(0, len(vals), len(vals) // n)):
            st.amounts_at = (len(vals), tuple(plain))  # each period's amount then its percent columns, evenly
        vals = [vals[i] for i in plain]
        run = _Run(run.label, run.start, vals, [run.tokens[i] for i in plain], [False] * n)
    elif (st.amounts_at is not None and len(vals) == st.amounts_at[0] > n and not any(run.percent)
          and not cols.changes_at):
        # General rule (session 32, f-fbidx): a table that prints its percent columns' "%" on its first row only ("North
        # America $ 10,750.5 61% $ 9,925.2 59%" over "Europe 1,838.9 10 1,886.7 11": each period's amount, then its
        # percent columns, evenly) has its later rows of as many values in the same columns: the amounts at the places
        # the first row gave them, a percent of the total never a period's amount
        keep = st.amounts_at[1]
        vals = [vals[i] for i in keep]
        run = _Run(run.label, run.start, vals, [run.tokens[i] for i in keep], [False] * n)
    if cols.among and n < len(vals) < n + len(cols.changes_at):
        return  # a change column left blank: which value is which period's is not known
    if len(vals) == n:
        pos = 0
    elif cols.extra and n < len(vals) <= n + cols.extra * 2:
        pos = 0  # change columns follow the period columns
    elif len(vals) > n and not cols.extra:
        pos = len(vals) - n  # numbers inside the label ("Notes due 2025 500 500") stay with the label
    else:
        return
    chosen = vals[pos:pos + n]
    clean = clean_label(label)
    if not clean or not re.search(r"[A-Za-z]", clean) or len(clean) > 200:
        return
    if clean.lower() in _GENERIC_LABELS and st.section:
        clean = f"{clean_label(st.section)} — {clean}"
    percent = all(run.percent[pos:pos + n])
    unit, scale = _unit_for(clean, st.section, percent, chosen, st.scale, currency, header_text)
    # on a primary statement the registry's token rules for that statement apply; elsewhere only its patterns
    metric = normalise_metric(clean, st.statement)
    money = unit not in ("%", "shares") and not unit.endswith("/share")
    if (metric and money and st.statement and st.titled and STATEMENT_OF.get(metric)
            and st.statement not in STATEMENT_OF[metric]):
        metric = None  # "Long-term debt" under a bank's interest expense, "Income taxes" payable on a balance sheet
    if metric and metric.startswith("eps_") and unit != "USD/share" and clean.lower() in ("basic", "diluted"):
        metric = None
    if unit == "USD/share" and metric in (None, "net_income"):
        # "Basic $ 3.27" or "Net income attributable to X $ 0.41" under "Earnings per share - diluted:"
        context = clean if metric is None else f"{clean} {st.section}"
        if re.search(r"\bbasic\b", context, re.I):
            metric = "eps_basic"
        elif re.search(r"\bdiluted\b", context, re.I):
            metric = "eps_diluted"
        else:
            metric = None
    elif unit == "USD/share" and metric not in PER_SHARE_METRICS:
        metric = None
    if unit != "USD/share" and metric in PER_SHARE_METRICS:
        metric = None
    if metric in ("eps_basic", "eps_diluted") and not (
            earnings_per_share(clean) and (re.search(r"\bper\b", clean, re.I)  # the row's own measure, else its heading's
                                           or not re.search(r"\bper\b", st.section, re.I)
                                           or earnings_per_share(st.section))):
        metric = None  # "FFO per diluted share", "Core FFO per share — Diluted": another measure's per-share figure
    if unit == "shares" and metric in ("eps_basic", "eps_diluted"):
        metric = "weighted_shares_basic" if metric == "eps_basic" else "weighted_shares_diluted"
    if metric == "gross_profit" and unit == "%":
        metric = "gross_margin_pct"
    if metric in ("gross_margin_pct", "operating_margin_pct", "effective_tax_rate") and unit != "%":
        metric = "gross_profit" if metric == "gross_margin_pct" else None
    if st.cash_flow and metric in CHANGE_IN_CASH_FLOW:
        metric = None
    if _ACCUMULATED.search(clean) and not re.search(r"\bnet\b", clean, re.I):
        # "Property, plant and equipment / Less accumulated depreciation / ... — net": the row just above the
        # accumulated depreciation is the gross cost, not the carrying amount
        for a, b in st.last_rows[-2:]:
            if all(f.metric == "net_ppe" and not re.search(r"\bnet\b|\bless\b", f.label, re.I)
                   for f in ctx.facts[a:b]):
                ctx.facts[a:b] = [replace(f, metric=None) for f in ctx.facts[a:b]]
    st.last_rows = [*st.last_rows[-1:], (len(ctx.facts), len(ctx.facts) + len(chosen))]
    for value, period in zip(chosen, cols.periods):
        ctx.facts.append(Fact(
            doc_id=ctx.meta.doc_id, doc=ctx.meta.doc, source=ctx.meta.source, page=page.page, label=clean,
            value=value, scale=scale, unit=unit, currency=currency if unit.startswith(("USD", "EUR")) else None,
            metric=metric, period=period, fiscal_year=_fiscal_year(period), company=ctx.meta.company,
            quote=quote, kind="table", fact_id=f"{ctx.meta.doc_id}:{page.page}:{len(ctx.facts)}",
        ))


_GLUED = re.compile(rf"^(.*?\b{_YEAR}(?:\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+)?{_YEAR})+)\s+([A-Za-z(].*)$", re.I)


def _split_glued_headers(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Split "For the Years Ended December 31, 2021 2020 2019 Operating revenues $ 3,930 $ 3,777 $ 3,610"
    (PDF text that ran a statement's column header into its first row, or into a short section title such as
    "Cash flows from operating activities") into the header and the rest."""
    out: list[tuple[str, int]] = []
    for line, off in lines:
        m = _GLUED.match(line.strip())
        if m and _is_header_line(m.group(1)) and (_trailing_numbers(m.group(2)) is not None
                                                 or len(m.group(2).split()) <= 6):
            lead = len(line) - len(line.lstrip())
            out += [(m.group(1), off + lead), (m.group(2), off + lead + m.start(2))]
        else:
            out.append((line, off))
    return out


def _decimals(tok: str) -> int:
    m = re.search(r"\.(\d+)", tok)
    return len(m.group(1)) if m else 0


def _unlabelled_total(heading: str, rows: list[_Run], total: _Run) -> str:
    """The label of a row of numbers printed without one under a heading ("Revenues / Casino ... / Rooms ... /
    5,162,082 12,899,672"): the heading as printed (the row is its total, and an answer's label must be words
    the page shows), but only when it is the column-by-column sum of the two or more rows read since the heading
    (to the printed precision); else "" (the row is not read)."""
    name = clean_label(heading)
    if len(rows) < 2 or not name or not re.search(r"[A-Za-z]{3}", name) or len(name) > 60:
        return ""
    n = len(total.values)
    if any(len(r.values) != n for r in rows) or not any(total.values):
        return ""
    tol = 1.5 * 10 ** -max(_decimals(t) for r in (*rows, total) for t in r.tokens)
    for i in range(n):
        if abs(sum(r.values[i] for r in rows) - total.values[i]) > tol * len(rows):
            return ""
    return name


def _split_glued_rows(line: str, off: int, n: int) -> list[tuple[str, int]]:
    """Split a line that holds several table rows ("Net sales $ 18,992.8 $ 18,127.0 Cost of sales 12,590.6
    11,678.7": PDF text that ran a statement's rows together) into one line per row. A cut falls after a run of
    exactly ``n`` values (the open table's columns) that a label with letters came before and a word follows;
    every piece is then a label and its ``n`` values, the last one may be a label alone (a section heading, or a
    label the next line finishes). One row, or anything else, is left whole."""
    if n < 2:
        return [(line, off)]
    toks = [(m.group(), m.start()) for m in re.finditer(r"\S+", line)]
    cuts: list[int] = []  # token indexes where a new row starts
    i, seg_start = 0, 0
    while i < len(toks):
        j, count = i, 0
        while j < len(toks) and (toks[j][0] in ("$", "%") or parse_value(toks[j][0]) is not None):
            count += toks[j][0] not in ("$", "%")
            j += 1
        if count == 0:
            i += 1
            continue
        has_label = any(re.search(r"[A-Za-z]{2}", t) for t, _ in toks[seg_start:i])
        if count == n and has_label and j < len(toks) and re.match(r"[A-Za-z]", toks[j][0]):
            cuts.append(j)
            seg_start = j
        i = j
    if not cuts:
        return [(line, off)]
    bounds = [0, *cuts, len(toks)]
    pieces: list[tuple[str, int]] = []
    for k, (a, b) in enumerate(zip(bounds, bounds[1:])):
        start, end = toks[a][1], toks[b - 1][1] + len(toks[b - 1][0])
        piece = line[start:end]
        run = _trailing_numbers(piece)
        last_label = k == len(bounds) - 2 and run is None and re.search(r"[A-Za-z]{2}", piece)
        if not last_label and (run is None or len(run.values) != n or not re.search(r"[A-Za-z]{2}", run.label)):
            return [(line, off)]
        head = re.match(r"([^:]{3,}:)\s+(?=[A-Z])", piece)
        if head and run is not None and len(head.group(1)) < len(run.label):
            # a section heading run into its first row: "Adjustments to reconcile ...: Depreciation ... 570.3"
            pieces.append((head.group(1), off + start))
            start += head.end()
            piece = line[start:end]
        pieces.append((piece, off + start))
    return pieces


def _read_tables(ctx: _Ctx, page: Page, st: _TableState) -> None:
    # a Markdown pipe table's rows are read as their cells (``statements.unpiped``: every offset the same), and each
    # row's quote is cut from the page as printed
    raw = page.text
    text = unpiped(raw)
    currency = _currency_of(text[:3000])
    header_block: list[str] = []
    header_text = ""
    page_scale = _scale_in(text[:1500])
    if page_scale and not st.open:
        st.scale = page_scale
    kind = statement_kind(text)
    st.statement_page = kind is not None
    if kind is not None or not st.open:  # an untitled page that continues an open table stays in its statement
        st.statement = kind if kind in _PRIMARY else None
        st.titled = st.statement is not None and titled_kind(text) == st.statement
        st.by_line = False
    lines = _split_glued_headers(list(_lines_with_offsets(text)))
    todo = list(reversed(lines))
    under: list[_Run] = []  # the rows read since the last heading line, for an unlabelled total below them
    heading = ""
    while todo:
        line, off = todo.pop()
        s = line.strip()
        if not s:
            continue
        if _is_header_line(s):
            header_block.append(s)
            continue
        if header_block:
            cols = _columns_from_header(header_block, ctx.meta, ctx.shift)
            header_text = " ".join(header_block)
            if cols is not None:
                st.cols, st.open, st.pending, st.section = cols, True, None, ""
                st.amounts_at = None
                before = " ".join(x for x, _ in _context_before(lines, off))
                st.cash_flow = bool(_CASH_FLOW_RX.search(before))
                sc = cols.scale or _scale_in(before)
                st.scale = sc or page_scale or st.scale
            else:
                sc = _scale_in(header_text)
                if sc:
                    st.scale = sc
            header_block = []
            under, heading = [], ""
        if st.open and st.cols is not None:
            pieces = _split_glued_rows(line, off, len(st.cols.periods) + st.cols.extra)
            if len(pieces) > 1:
                todo.extend(reversed(pieces))
                continue
        if _NOISE_LINE.match(s):
            continue
        run = _trailing_numbers(line)
        if _wrapped_at_dash(st, run):
            run = None
        if run is None or not st.open:
            if run is None:
                _non_numeric_line(st, s, line, off)
                under, heading = [], st.section
            continue
        label, q_start = run.label, off + (len(line) - len(line.lstrip()))
        if not label and st.pending is None:
            label = _unlabelled_total(heading, under, run)
        elif label and st.cols is not None and len(run.values) == len(st.cols.periods):
            under.append(run)
        if st.pending is not None and _continues(st.pending[0], label):
            prev_text, prev_off = st.pending
            label = f"{prev_text} {label}".strip()
            q_start = prev_off
            st.section = st.prev_section
        st.pending = None
        quote = raw[q_start: off + len(line.rstrip())]
        if not label:
            continue
        _emit_row(ctx, page, st, label, quote, run, header_text, currency)


# General rule (session 32, f-fbidx): a label line of an open table of several columns that ends in a lone dash ("Average
# number of common shares -" over "diluted EPS 613.3 605.4 ...") is a label wrapped at its dash, never a row whose one
# value is a dash: the next line finishes it (read alone, "diluted EPS" stored share counts as EPS)
def _wrapped_at_dash(st: _TableState, run: _Run | None) -> bool:
    return (run is not None and st.open and st.cols is not None and len(st.cols.periods) >= 2 and len(run.values) == 1
            and bool(_DASH_RX.match(run.tokens[0])) and bool(re.search(r"[A-Za-z]{3}", run.label)))


_CASH_FLOW_RX = re.compile(r"cash flows?|operating activities|investing activities|financing activities", re.I)
_PRIMARY = ("income", "balance", "cash_flow")
_ACCUMULATED = re.compile(r"\baccumulated\s+(?:depreciation|amortization)\b", re.I)


_JOINERS = re.compile(r"\b(of|and|for|to|before|in|from|on|the|by|with|less|net|per|after|at|or|as|including)\s*$",
                      re.I)


def _continues(prev: str, label: str) -> bool:
    """Whether ``label`` finishes the label line ``prev`` that had no numbers."""
    if not label:
        return True
    if label[:1].islower() or label[:1] in "&(":
        return True
    if _JOINERS.search(prev) or prev.endswith((",", "-", "—")):
        return True
    return prev.isupper() and label.isupper() and len(label) < 40 and not prev.lstrip().startswith("TOTAL")


def _context_before(lines: list[tuple[str, int]], off: int) -> list[tuple[str, int]]:
    before = [(l, o) for l, o in lines if o < off]
    return before[-6:]


# a label a statement's row wraps onto the next line ("Common stock, $0.01 par value; 900 shares authorized on
# December 28, 2024 and December 30, 2023;" / "shares issued: ...; shares outstanding:"): it ends unfinished
_SAYS = re.compile(r"\b(?:is|are|was|were|follows?|following|table|below|above)\b", re.I)  # prose, not a label
_UNFINISHED = re.compile(r"[;,:(\-—]\s*$|\b(?:of|and|at|on|as|in|for|to|by|with|respectively)\s*$", re.I)


def _wrapped_label(st: _TableState, s: str) -> bool:
    """A line without numbers inside an open primary statement that is part of a row's wrapped label (it ends
    unfinished, says nothing as prose does, is no longer than a label line): the dates it names (the share counts
    of the equity section, "... on December 28, 2024 and December 30, 2023;") are the label's words, not a new
    table's header, so the statement's columns stay open for the rows below it (its total equity)."""
    if not (st.open and st.statement in _PRIMARY) or len(s) > 110 or s.endswith(".") or _SAYS.search(s):
        return False
    return bool(_UNFINISHED.search(s)) and s[:1].isalpha()


# a statement's title as the filer writes it for its own statements ("consolidated", "condensed", "combined"), never a
# bare "Balance sheet" heading of a discussion's table
_OWN_TITLE = re.compile(r"\b(?:consolidated|condensed|combined)\b", re.I)
# a heading that ends a statement read within a page: a note's ("Note 7", "7. Debt", "Notes to ... Statements"), or
# the discussion's
_LEAVES_STATEMENT = re.compile(r"^\s*(?:#+\s*)?(?:notes?\s+\d{1,2}\b|\d{1,2}\.\s+[A-Z])|\bnotes?\s+to\b|"
                               r"\b(?:discussion|analysis)\b|^\s*(?:#+\s*)?item\s+\d", re.I)


def _non_numeric_line(st: _TableState, s: str, line: str, off: int) -> None:
    years = re.findall(rf"\b{_YEAR}\b", s)
    prose = (s.endswith(".") and len(s) > 40) or len(s) > 110 and not s.endswith(":")
    if len(years) >= 2 and _wrapped_label(st, s):
        st.pending = (s, off + (len(line) - len(line.lstrip()))) if not s.endswith(":") else None
        return
    if st.by_line and (prose or _LEAVES_STATEMENT.search(s)):
        # past a statement titled within the page: a paragraph or a note's heading ends it, and the tables below
        # (a note's, the discussion's) are read as no statement's
        st.statement, st.titled, st.by_line = None, False, False
    if prose or len(years) >= 2:
        st.open = False
        st.pending = None
        return
    # a second statement starts on a statement page (not a "Balance sheet" heading of a data table); on any page, a
    # filer's own title of a statement ("Condensed Consolidated Statements of Operations (Unaudited)") below the
    # page's first lines starts that statement: a 10-Q's page may hold its cover and its first statement, or the end
    # of one statement and the whole of the next
    titled = title_kind(s) if st.statement_page or _OWN_TITLE.search(s) else None
    if titled:
        st.statement = titled if titled in _PRIMARY else None
        st.titled = st.statement is not None
        st.by_line = st.titled and not st.statement_page
    if _CASH_FLOW_RX.search(s):
        st.cash_flow = True
    elif re.search(r"\bbalance sheets?\b|statements? of (income|operations|earnings)", s, re.I):
        st.cash_flow = False
    if st.pending is not None and s.endswith(":") and _wraps(st.pending[0], s):
        # General rule (session 32, f-fbidx): a heading wrapped over two lines that its colon closes ("Weighted-average
        # shares used to compute net income (loss)" / "per share:") is one heading: the rows under it ("Basic", "Diluted")
        # are its rows (read under its last line alone, share counts were stored as EPS)
        st.section, st.pending = f"{st.pending[0]} {s}", None
        return
    st.prev_section, st.section = st.section, s
    st.pending = (s, off + (len(line) - len(line.lstrip()))) if not s.endswith(":") else None


def _wraps(prev: str, s: str) -> bool:
    """Whether the numberless line ``s`` finishes the heading line ``prev`` above it: it starts in lower case, or
    ``prev`` ends in a comma or a dash (a heading ending in a joining word, "... ATTRIBUTABLE TO" over "HALDEN CORP.:", is
    left as it was read: its rows are read by the answer path's own rule)."""
    if len(prev) + len(s) > 200 or not re.match(r"[A-Za-z(]", s):
        return False
    return s[:1].islower() or prev.rstrip().endswith((",", "-", "—", "–"))


# --------------------------------------------------------------------------------------------------------------
# sentences

_SENT_RX = re.compile(
    r"(?P<label>[A-Z][A-Za-z&,'’ \-]{3,80}?)\s+(?:were|was|of|totaled|totalled|amounted to|increased to|"
    r"decreased to|grew to|declined to|reached)\s+(?:approximately\s+|about\s+)?"
    r"(?P<num>\$\s?\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|thousand)?\s+"
    r"(?:in|for|during)\s+(?:(?:fiscal|the fiscal year|fiscal year|the year|calendar)\s+)?(?P<year>"
    + _YEAR + r")\b"
)


# General rule (session 32, f-fbidx): a sentence's figure for a measure named after "an impact on", "an effect on", "an
# increase to" ("... had an unfavorable impact on our Income before income taxes of $110 million for fiscal 2026",
# "... resulted in an increase to Cash provided by operations of $562 million") is the impact on the measure, never the
# measure's own figure for the year
_IMPACT_ON = re.compile(r"\b(?:impacts?|effects?|benefits?|increases?|decreases?|changes?|reductions?|additions?|"
                        r"contribution|contributed)\s+(?:on|to|in|of)\s+(?:our\s+|the\s+|its\s+)?$", re.I)


def _read_sentences(ctx: _Ctx, page: Page) -> None:
    text = page.text
    for m in _SENT_RX.finditer(text):
        if _IMPACT_ON.search(text[max(0, m.start("label") - 40):m.start("label")]):
            continue
        raw_label = m.group("label").strip()
        # keep the last clause: "In 2018, capital expenditures" -> "capital expenditures"
        label = re.split(r",\s*|\band\b", raw_label)[-1].strip()
        label = re.sub(r"^(?:our|the|total|company|consolidated)\s+", "", label, flags=re.I) or label
        metric = normalise_metric(label)
        if metric is None:
            continue
        value = parse_value(m.group("num").replace(" ", ""))
        if value is None:
            continue
        scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
        # the sentence that holds the match, exactly as in the page text
        # (after the last full stop or blank line before it; from the page's start when there is none)
        s_start = max((i + 2 for i in (text.rfind(". ", 0, m.start()), text.rfind("\n\n", 0, m.start())) if i >= 0),
                      default=0)
        s_end = text.find(".", m.end())
        s_end = len(text) if s_end < 0 else s_end + 1
        quote = text[s_start:s_end].strip()
        year = int(m.group("year"))
        ctx.facts.append(Fact(
            doc_id=ctx.meta.doc_id, doc=ctx.meta.doc, source=ctx.meta.source, page=page.page, label=label,
            value=value, scale=scale, unit="USD", currency="USD", metric=metric, period=f"FY{year}",
            fiscal_year=year, company=ctx.meta.company, quote=quote, kind="sentence",
            fact_id=f"{ctx.meta.doc_id}:{page.page}:{len(ctx.facts)}",
        ))


def _read_dividend_sentences(ctx: _Ctx, page: Page) -> None:
    """The per-share dividend of the filer's common stock stated in a sentence (``finance/dividends.py``), as a
    ``dividends_per_share`` sentence fact of the year it names."""
    if "ividend" not in page.text:
        return
    for d in dividend_sentences(page.text, ctx.meta.fiscal_year):
        ctx.facts.append(Fact(
            doc_id=ctx.meta.doc_id, doc=ctx.meta.doc, source=ctx.meta.source, page=page.page, label=d.label,
            value=d.value, scale=1.0, unit="USD/share", currency="USD", metric="dividends_per_share",
            period=f"FY{d.year}", fiscal_year=d.year, company=ctx.meta.company, quote=d.quote, kind="sentence",
            fact_id=f"{ctx.meta.doc_id}:{page.page}:{len(ctx.facts)}",
        ))


# a statement of equity's title however worded, even where PDF text broke a word ("Changes in Equit y") or the
# title goes on ("Statements of Total Equity and Redeemable Interest")
_EQUITY_TITLE = re.compile(r"statements?\s+of\s+(?:changes\s+in\s+)?[^\n]{0,40}?(?:equit\s?y|shareholders|"
                           r"stockholders|shareowners)", re.I)


def _read_dividend_rows(ctx: _Ctx, page: Page) -> None:
    """The per-share dividend of the common stock written inside a row label of the statement of shareholders'
    equity ("Cash dividends declared ($1.32 per share)", ``finance/dividends.dividend_rows``), as a
    ``dividends_per_share`` fact of the period the row belongs to (quoted as a sentence: the amount is read from
    the label's words, not from a column)."""
    if "ividend" not in page.text:
        return
    head = "\n".join(page.text.split("\n")[:10])
    if statement_kind(page.text) != "equity" and not _EQUITY_TITLE.search(head):
        return
    for d in dividend_rows(page.text, annual=not _is_quarterly(ctx.meta), fiscal_year=ctx.meta.fiscal_year):
        ctx.facts.append(Fact(
            doc_id=ctx.meta.doc_id, doc=ctx.meta.doc, source=ctx.meta.source, page=page.page, label=d.label,
            value=d.value, scale=1.0, unit="USD/share", currency="USD", metric="dividends_per_share",
            period=f"FY{d.year}", fiscal_year=d.year, company=ctx.meta.company, quote=d.quote, kind="sentence",
            fact_id=f"{ctx.meta.doc_id}:{page.page}:{len(ctx.facts)}",
        ))


def _read_fiscal_naming(ctx: _Ctx, pages: list[Page]) -> None:
    """The filer's own pairings of a fiscal year's name with its closing date ("fiscal 2024, the 52 weeks ended
    February 1, 2025"), each a ``fiscal_year_name`` sentence fact (value: the name; period: mia's name for the
    year, by its closing date), and the filing's naming (``ctx.shift``) for headers that name years."""
    found = []
    compared = None
    for page in sorted(pages, key=lambda p: p.page):
        if not page.text or not re.search(r"iscal|\bFY", page.text):
            continue
        # General rule (session 30, #10): a fourth-quarter results release that names its fiscal year in its heading and
        # gives the closing date of the 52 or 53 weeks it reports on the same page (``fiscal.release_naming``) says how
        # its filer names its years, as a sentence "fiscal 2024 ended February 1, 2025" would
        said = naming_statements(page.text) + header_namings(page.text) + release_naming(page.text)
        if compared is None:
            c = compared_naming(page.text, str((ctx.meta.extra or {}).get("period_end") or ""))
            compared = (c, page.page) if c else None
        for n in said:
            found.append(n)
            if n.end_month > 3:
                continue  # a year closing later in its calendar year is named by it whatever the filer's habit
            if any(f.quote == n.quote and f.page == page.page for f in ctx.facts):
                continue
            ctx.facts.append(Fact(
                doc_id=ctx.meta.doc_id, doc=ctx.meta.doc, source=ctx.meta.source, page=page.page,
                label=f"fiscal {n.name}", value=float(n.name), scale=1.0, unit="", metric="fiscal_year_name",
                period=f"FY{n.end_year}", fiscal_year=n.end_year, company=ctx.meta.company, quote=n.quote,
                kind="sentence", fact_id=f"{ctx.meta.doc_id}:{page.page}:{len(ctx.facts)}",
            ))
    if not found and compared is not None:
        # no sentence or header pairs a name with a date: the MD&A's "fiscal 2025 compared with fiscal 2024" in a
        # report whose cover closes the year on January 31, 2026 says how the filer names it
        (n, page_no), found = compared, [compared[0]]
        if n.end_month <= 3:
            ctx.facts.append(Fact(
                doc_id=ctx.meta.doc_id, doc=ctx.meta.doc, source=ctx.meta.source, page=page_no,
                label=f"fiscal {n.name}", value=float(n.name), scale=1.0, unit="", metric="fiscal_year_name",
                period=f"FY{n.end_year}", fiscal_year=n.end_year, company=ctx.meta.company, quote=n.quote,
                kind="sentence", fact_id=f"{ctx.meta.doc_id}:{page_no}:{len(ctx.facts)}",
            ))
    ctx.shift = naming_shift(found)


# --------------------------------------------------------------------------------------------------------------


def extract_facts(meta: DocMeta, pages: list[Page]) -> list[Fact]:
    """Every number mia can read from the document's tables and simple sentences, in page order; for a
    report that is not a filing, also its companies x years tables (``report_tables``)."""
    ctx = _Ctx(meta=meta)
    _read_fiscal_naming(ctx, pages)
    st = _TableState()
    for page in sorted(pages, key=lambda p: p.page):
        if not page.text or not re.search(r"\d", page.text):
            st = _TableState()
            continue
        # a table left open on the previous page continues only while no new header appears first
        st.pending = None
        _read_tables(ctx, page, st)
        _read_sentences(ctx, page)
        _read_dividend_sentences(ctx, page)
        _read_dividend_rows(ctx, page)
    if is_report(meta):
        # market and industry reports: companies x years tables (report_tables.py); a row both readers took
        # keeps the report reading, which knows the row's company
        report = read_report_tables(meta, pages)
        rows = {(f.page, f.quote) for f in report}
        several = not meta.company and len((meta.extra or {}).get("companies") or ()) > 1
        # in a report about several companies a statement row or sentence without a company is nobody's figure
        return [f for f in ctx.facts if (f.page, f.quote) not in rows and not several] + report
    return ctx.facts


def facts_by_metric(facts: Iterable[Fact], metric: str) -> list[Fact]:
    return [f for f in facts if f.metric == metric]

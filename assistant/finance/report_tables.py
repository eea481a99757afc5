"""Tables of industry and market reports -> ``Fact`` rows with a company.

Market reports print small tables that a financial statement never has: companies as rows and years as
columns, under a caption that names the measure and a unit line::

    Table 1. Capital expenditure of four hyperscalers, cash basis
    (US$ billions)
    Company 2023 2024
    Microsoft (fiscal years to June) 28.1 44.5
    Alphabet 32.3 52.5

The same table arrives as a Markdown pipe table (``| Company | 2022 | 2023 |``), as HTML cells joined by
spaces, as whitespace-aligned text, or transposed (years as rows, companies as columns: ``| Year | Microsoft |
Alphabet |``). Each value becomes a fact whose period is its column (or row) and whose subject is:

- a company row (the header's first cell says Company / Supplier / Vendor ..., or the label is one of the
  companies the report is about): ``company`` is the row label without its parenthesised note, ``metric`` is
  the measure the caption names ("capital expenditure" -> ``capital_expenditure``), when the registry knows it;
- a metric row ("Revenue", "Operating profit (loss)"): ``metric`` from the label, ``company`` from the caption
  ("SK hynix annual results") or the document;
- anything else (a segment "Data Center" under "Contoso revenue by calendar year", a "Total" row): ``metric`` is
  None and the label carries the caption, so a label search still finds it.

The metric vocabulary is the registry's (``normalise_metric``); this module only reads table layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..types import DocMeta, Fact, Page
from .registry import normalise_metric

__all__ = ["FILING_TYPES", "TableRow", "caption_metric", "is_report", "read_report_tables", "unemphasised"]

_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_PERIOD_TOKEN = re.compile(
    rf"^(?:(?:FY|CY)\s?'?)?({_YEAR})[EAF]?$|^(Q[1-4]|H[12])\s?(?:FY\s?)?({_YEAR})$|^({_YEAR})\s?(Q[1-4]|H[12])$",
    re.I,
)
_COMPANY_HEADS = re.compile(
    r"^(?:compan(?:y|ies)|supplier|suppliers|vendor|vendors|firm|firms|manufacturer|manufacturers|maker|makers|"
    r"player|players|provider|providers|operator|operators|hyperscaler|hyperscalers|issuer|name|brand|brands)$",
    re.I,
)
_PERIOD_HEADS = re.compile(r"^(?:(?:fiscal |calendar )?(?:year|years|period|quarter)s?|fy|date)$", re.I)
_TOTAL = re.compile(r"^(?:total|sum|all|average|mean|median|other|others|rest of (?:the )?(?:market|world))\b", re.I)
_CAPTION = re.compile(r"^(?:#+\s*)?(?:table|exhibit|figure|chart)\s+\d+[a-z]?[.:]?\s*(.*)$", re.I)
_UNIT_LINE = re.compile(r"^\(([^()]{1,60})\)$|^(?:in|amounts in|figures in|unit:)\s+([^.]{1,60})$", re.I)
_SCALES = {"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6,
           "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12, "trillions": 1e12}
_CURRENCIES = [(re.compile(r"US\$|\bUSD\b|\$|\bdollars?\b", re.I), "USD"), (re.compile(r"€|\bEUR\b|\beuros?\b", re.I), "EUR"),
               (re.compile(r"£|\bGBP\b|\bpounds?\b", re.I), "GBP"), (re.compile(r"\bKRW\b|\bwon\b", re.I), "KRW"),
               (re.compile(r"¥|\bJPY\b|\byen\b", re.I), "JPY"), (re.compile(r"\bRMB\b|\bCNY\b|\byuan\b", re.I), "CNY")]
_PAREN = re.compile(r"\s*\([^()]*\)\s*")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


#: Document types whose tables are financial statements (read by ``extract``), not report tables.
FILING_TYPES = {"10-k", "10-q", "8-k", "6-k", "20-f", "40-f", "s-1", "earnings release", "press release"}


def is_report(meta: DocMeta) -> bool:
    """A market or industry report (or any document that is not a filing or an earnings release)."""
    return (meta.doc_type or "").strip().lower() not in FILING_TYPES


@dataclass(frozen=True)
class TableRow:
    """One row of a report table, as read: label, values (one per column) and where it sits in the page."""

    label: str
    values: tuple[float | None, ...]
    start: int
    end: int


@dataclass
class _Table:
    caption: str
    unit_line: str
    head: str  # the header's first cell ("Company", "Segment", "Year")
    columns: list[str]  # the header's other cells
    period_columns: bool  # columns are periods (else: the rows are)
    rows: list[TableRow]


# ---------------------------------------------------------------------------------------------------- cells


def _cells(line: str) -> list[str] | None:
    """A line as table cells: a Markdown pipe row, cells two spaces apart, or None for anything else."""
    s = line.strip()
    if "|" in s and s.count("|") >= 2:
        if _MD_SEPARATOR.match(s):
            return None
        return [unemphasised(c.strip()) for c in s.strip("|").split("|")]
    if re.search(r"\S\s{2,}\S", s):
        return [c.strip() for c in re.split(r"\s{2,}", s) if c.strip()]
    return None


# Session 29 (#11): a Markdown cell in bold or italics ("| **World** | **9,580** |", a table's total row) is the cell
# itself. GENERAL RULE: emphasis marks around a whole cell are how it is printed, not part of its label or figure.
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?P<cell>\S(?:.*\S)?)\1")


def unemphasised(cell: str) -> str:
    """A pipe table's cell without the emphasis marks around the whole of it ("**9,580**" -> "9,580")."""
    m = _EMPHASIS.fullmatch(cell)
    return m.group("cell").strip() if m else cell


def _period(token: str) -> str | None:
    """'2024' -> 'FY2024'; 'Q4 2024' / '2024 Q4' -> 'Q4 2024'; None for anything else."""
    m = _PERIOD_TOKEN.match(token.strip())
    if not m:
        return None
    if m.group(1):
        return f"FY{m.group(1)}"
    if m.group(2):
        return f"{m.group(2).upper()} {m.group(3)}"
    return f"{m.group(5).upper()} {m.group(4)}"


def _split_header(line: str) -> tuple[str, list[str]] | None:
    """'Company 2023 2024' / '| Company | Q4 2024 |' -> ('Company', ['FY2023', 'FY2024'] as printed)."""
    cells = _cells(line)
    if cells and len(cells) >= 2:
        periods = [_period(c) for c in cells[1:]]
        if all(periods) and not re.search(r"\d", cells[0]):
            return cells[0], cells[1:]
        return None
    words = line.split()
    # from the right: period tokens ("2024", "Q4 2024", "FY2024")
    cols: list[str] = []
    i = len(words)
    while i > 0:
        if i >= 2 and _period(f"{words[i - 2]} {words[i - 1]}"):
            cols.insert(0, f"{words[i - 2]} {words[i - 1]}")
            i -= 2
        elif _period(words[i - 1]):
            cols.insert(0, words[i - 1])
            i -= 1
        else:
            break
    head = " ".join(words[:i])
    if not cols or not head or len(head.split()) > 4 or re.search(r"\d|[.,;:]$", head):
        return None
    return head, cols


def _row(line: str, n: int) -> tuple[str, list[float | None]] | None:
    """A data row with ``n`` values after its label, or None (a heading, or a line ending in a year)."""
    if line.lstrip().startswith("#") or re.search(rf"(?<![\d.,]){_YEAR}\s*\|?\s*$", line):
        return None
    cells = _cells(line)
    if cells and len(cells) == n + 1:
        values = [_value(c) for c in cells[1:]]
        if any(v is not None for v in values) and all(v is not None or _blank(c) for v, c in zip(values, cells[1:])):
            return cells[0], values
        return None
    words = line.split()
    if len(words) < n + 1:
        return None
    tail = words[len(words) - n:]
    values = [_value(w) for w in tail]
    if not all(v is not None or _blank(w) for v, w in zip(values, tail)) or all(v is None for v in values):
        return None
    label = " ".join(words[: len(words) - n]).rstrip(" $")
    if not label or _value(words[len(words) - n - 1]) is not None:
        return None  # more numbers than columns: not this table's row
    return label, values


_NUMBER = re.compile(r"^\(?-?\(?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?$|^\(?-?\.\d+\)?$")


def _value(token: str) -> float | None:
    """A printed cell -> float: "1,200", "(7.73)" and "-7.73" (negative), "$4.2", "50%"; None otherwise."""
    t = token.strip().replace("−", "-").replace("–", "-").rstrip("%").strip()
    if t.startswith("$"):
        t = t[1:]
    if not _NUMBER.match(t):
        return None
    v = float(re.sub(r"[^\d.]", "", t))
    return -v if t.startswith(("(", "-")) else v


def _blank(token: str) -> bool:
    return token.strip().lower() in ("", "-", "—", "–", "n/a", "na", "n.a.", "nm", "n.m.")


# ---------------------------------------------------------------------------------------------------- tables


def _lines(text: str) -> list[tuple[str, int]]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        if line.strip():
            out.append((line, pos))
        pos += len(raw)
    return out


def _context_above(lines: list[tuple[str, int]], i: int) -> tuple[str, str]:
    """The caption and the unit line among the few lines above a header."""
    caption, unit = "", ""
    for line, _ in reversed(lines[max(0, i - 4):i]):
        s = line.strip().strip("*_").strip()
        m = _UNIT_LINE.match(s)
        if m and not unit and not _cells(s):
            unit = m.group(1) or m.group(2) or ""
            continue
        c = _CAPTION.match(s)
        if c:
            caption = c.group(1).strip() or s
            break
        if len(s.split()) > 14 or s.endswith("."):
            break  # prose: no caption
        if not caption:
            caption = s.lstrip("# ").strip()
    return caption, unit


def find_tables(text: str) -> list[_Table]:
    """The report tables of one page (periods as columns, or as rows under a 'Year | A | B' header)."""
    lines = _lines(text)
    tables: list[_Table] = []
    i = 0
    while i < len(lines):
        line, _ = lines[i]
        header = _split_header(line)
        transposed = None if header else _transposed_header(line)
        if header is None and transposed is None:
            i += 1
            continue
        head, columns = header or transposed
        caption, unit = _context_above(lines, i)
        rows: list[TableRow] = []
        j = i + 1
        while j < len(lines):
            row_line, off = lines[j]
            if _cells(row_line) is None and _MD_SEPARATOR.match(row_line.strip()):
                j += 1
                continue
            got = _row(row_line, len(columns))
            if got is None or (transposed and _period(got[0]) is None) or (header and _period(got[0])):
                break
            label, values = got
            lead = len(row_line) - len(row_line.lstrip())
            rows.append(TableRow(label.strip(), tuple(values), off + lead, off + len(row_line.rstrip())))
            j += 1
        if rows:
            tables.append(_Table(caption, unit, head, columns, header is not None, rows))
            i = j
        else:
            i += 1
    return tables


def _transposed_header(line: str) -> tuple[str, list[str]] | None:
    cells = _cells(line)
    if cells is None:
        words = line.split()
        if len(words) < 2 or not _PERIOD_HEADS.match(words[0]):
            return None
        cells = words
    if len(cells) < 2 or not _PERIOD_HEADS.match(cells[0].strip()):
        return None
    names = cells[1:]
    if any(re.search(r"\d", c) for c in names):
        return None
    return cells[0], names


# ---------------------------------------------------------------------------------------------------- meaning


def caption_metric(caption: str) -> str | None:
    """The registry metric a caption names: the longest run of its words the registry maps
    ("Capital expenditure of four hyperscalers" -> "capital_expenditure"; "Vertiv net sales" -> "revenue")."""
    words = re.findall(r"[A-Za-z&'-]+", caption.lower())
    for size in range(min(6, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start:start + size])
            metric = normalise_metric(phrase)
            if metric:
                return metric
    return None


def _scale_unit(unit_line: str, caption: str) -> tuple[float, str, str | None]:
    """(scale, unit, currency) from "(US$ billions)", "(% of HBM market)", "(KRW trillions)", "(TWh)"."""
    text = f"{unit_line} {caption}" if unit_line else caption
    scale = 1.0
    for word, s in _SCALES.items():
        if re.search(rf"\b{word}\b", unit_line, re.I):
            scale = s
            break
    if "%" in unit_line or re.search(r"\bper ?cent\b|\bshare\b", unit_line, re.I):
        return 1.0, "%", None
    currency = next((code for rx, code in _CURRENCIES if rx.search(text)), None)
    if re.search(r"\bper\b", unit_line, re.I):
        return scale, _PAREN.sub(" ", f"({unit_line})").strip() or unit_line, currency
    if currency:
        return scale, currency, currency
    return scale, unit_line.strip(), None


def _tidy_company(label: str) -> str:
    name = _PAREN.sub(" ", label).strip(" *_:")
    return re.sub(r"\s+", " ", name)


def _known(name: str, companies: Iterable[str]) -> str | None:
    low = name.lower()
    for c in companies:
        if c and (c.lower() == low or low.startswith(c.lower() + " ") or c.lower().startswith(low + " ")):
            return c
    return None


def _caption_company(caption: str, companies: Sequence[str]) -> str | None:
    for c in companies:
        if c and re.search(rf"(?<![\w]){re.escape(c)}(?![\w])", caption, re.I):
            return c
    return None


def read_report_tables(meta: DocMeta, pages: Sequence[Page], companies: Sequence[str] = ()) -> list[Fact]:
    """Facts from the report tables of a document (see the module docstring).

    ``companies``: the companies the report is about (metadata's guess); defaults to ``meta.extra["companies"]``.
    """
    known = list(companies) or list((meta.extra or {}).get("companies") or [])
    if meta.company and meta.company not in known:
        known.append(meta.company)
    facts: list[Fact] = []
    for page in sorted(pages, key=lambda p: p.page):
        for table in find_tables(page.text or ""):
            facts.extend(_table_facts(meta, page, table, known, len(facts)))
    return facts


def _table_facts(meta: DocMeta, page: Page, table: _Table, known: list[str], n0: int) -> list[Fact]:
    scale, unit, currency = _scale_unit(table.unit_line, table.caption)
    cap_metric = caption_metric(table.caption)
    cap_company = _caption_company(table.caption, known) or (meta.company if len(known) <= 1 else None)
    company_rows = bool(_COMPANY_HEADS.match(table.head.strip()))
    out: list[Fact] = []

    def emit(row: TableRow, value: float | None, period: str, company: str | None, metric: str | None,
             label: str) -> None:
        if value is None:
            return
        year = int(re.search(r"\d{4}", period).group())
        out.append(Fact(
            doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page.page, label=label, value=value,
            scale=scale, unit=unit, currency=currency if unit == currency else None, metric=metric,
            period=period, fiscal_year=year, company=company, quote=page.text[row.start:row.end],
            kind="table", fact_id=f"{meta.doc_id}:{page.page}:r{n0 + len(out)}",
        ))

    described = f"{table.caption}" if table.caption else table.head
    if table.period_columns:
        periods = [_period(c) or c for c in table.columns]
        for row in table.rows:
            label = row.label.strip(" *_")
            row_metric = normalise_metric(_PAREN.sub(" ", label)) or normalise_metric(label)
            if row_metric and not company_rows:
                company, metric, shown = cap_company, row_metric, label
            elif _TOTAL.match(label):
                company, metric, shown = None, None, f"{label} — {described}"
            elif company_rows or _known(_tidy_company(label), known):
                company = _known(_tidy_company(label), known) or _tidy_company(label)
                metric = cap_metric
                shown = label if metric else f"{label} — {described}"
            else:
                company, metric, shown = cap_company, None, f"{label} — {described}"
            for value, period in zip(row.values, periods):
                emit(row, value, period, company, metric, shown)
    else:  # transposed: periods are the rows, companies (or metrics) the columns
        for row in table.rows:
            period = _period(row.label)
            if period is None:
                continue
            for col, value in zip(table.columns, row.values):
                col_metric = normalise_metric(_PAREN.sub(" ", col))
                if col_metric:
                    emit(row, value, period, cap_company, col_metric, col)
                elif _TOTAL.match(col):
                    emit(row, value, period, None, None, f"{col} — {described}")
                else:
                    company = _known(_tidy_company(col), known) or _tidy_company(col)
                    emit(row, value, period, company, cap_metric, col if cap_metric else f"{col} — {described}")
    return out

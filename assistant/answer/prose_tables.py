"""Questions over a report's tables answered by computing from the table's rows (no sentence needed).

Industry reports print small tables (rows by company, region or segment, columns by year, under a caption and a
unit) and analysts ask about them in ways no single row or sentence answers:

- a **comparison of named rows**: "How did Voltmere's capacity compare with Brightwater's at the end of 2024,
  and how fast did each grow?", "Which added more stores in 2024, Larkspur or Beanline?", "Did Tessel gain more
  share than Orrin in 2024?";
- a **ranking over the rows by a change between two columns**: "Which region is expected to lose the most share
  between 2024 and 2027, and which to gain the most?", "Which segment grew fastest between 2023 and 2024?";
- a **figure derived from one row**: "What is the compound annual growth rate of vision sensor revenue between
  2024 and 2027?", "How much is utility-scale revenue expected to grow from 2024 to 2026?".

Rules (each must hold, else the part is left to the sentence answerer, which may decline):

- Only the tables of reports (not filings, whose statements the facts path reads), as ``finance.report_tables
  .find_tables`` reads them from the page text: periods as columns (a year, "2027F"), quarter or half-year
  columns left out; a table with years as rows ("| Year | A | B |") is turned, each name a row.
- The table is the asked one: every measure word of the question (its content words less the names, the kind
  asked, the period and the words of the operation) is in the table's caption, unit line or column heads (a table
  without a caption: its section heading and a lead-in sentence pointing at it, "The table below gives ..."). One
  may be missing only as the head of a compound whose modifier the table says ("installed base" for "Installed
  heat pumps"), never a measure noun ("sales") nor a word before the measure ("closed stores", "sold the most
  units": an action the table does not measure). A word after "per" in a caption ("sales per store") is not what
  the table measures. A part that names no measure of its own ("..., and which to gain the most?") takes the table
  of the part before. A "which region/segment" question skips a table whose head cell names another kind of row
  ("Operator" for regions). Two tables that fit equally: no answer.
- Heads: a column is a period when its head names one year, alone or among words ("2024", "2027F", "End-2024",
  "Capacity 2024 (GW)"); not a range ("2023-24"), a quarter or a change column. In a line of text, a row with more
  figures than year heads is read only when the other heads all follow the years.
- The rows are the named ones: a row is named when the question holds its whole label (its parenthesised note
  and legal suffix aside) or its first word when that word is a capitalised name no other row of the table
  shares. Every capitalised name the question asks about must be a row of the table (or in its caption or
  section); a comparison needs two named rows or more, a derived figure exactly one, a ranking none and
  three ranked rows or more (totals, "other" and "rest of world" rows out; one of those ranking first: no answer).
- The columns are the asked periods: two years asked are the two columns (in order); one year asked with a
  change is that column and the year before's ("by 2027" ends a two-column table's span); no year with a change
  needs a table of exactly two columns, or, for a question not about a forecast, exactly two reported (not
  "2027F") columns; a level with no year takes the latest column. A column that is missing,
  or three years asked: no answer. A table whose last row ends its page while the next page opens with rows of its
  shape runs on: it is not ranked nor listed on one page's rows.
- The unit is the table's: its unit line, a parenthesis closing its caption or shared by its year heads, a "%" or
  currency sign in its cells, a "share" caption over figures of 0 to 100 (%); for a count table with none, the
  measure noun the question and caption (or lead-in) share ("stores"). No unit: no answer. A change of percentages
  is in percentage points and has no percent growth.
- The operation is what the question's words ask: a level (no change word), a change ("add", "gain", "lose",
  "rise", "fall", "increase", "decline", "grow"), a growth rate ("fastest", "how fast", "growth rate", "percent")
  and a compound annual rate ("CAGR", "compound annual", "annual growth", "a year") over a span of years; the
  direction ("most"/"more" against "least"/"less"; "lose"/"fall" turn "most" to the lowest change). A ranking or a
  "which ... A or B" whose top two tie, or that asks who lost the most when no row fell (or gained when none
  rose), has no answer. A yes/no comparison ("Did A gain more share than B?") gets its verdict from the figures:
  the rows before "than" against those after it, in the asked direction.

- "Which segments' revenue fell in 2024?", "Which regions gain share by 2027?" (no ranking asked): the rows that
  moved the asked way, each with its change, and the others' changes (totals and "other" rows out); none: no
  answer. A table of percentages answers only a question about shares, percentages, points, rates or margins
  ("which region grew?" is not answered by its share). "Sales per store" in a question is the per-store table.
- "How much ... did each operator add?" lists every row's move (totals out). "By how much did X's revenue fall?"
  on one row is ``prose_changes``' (it reads the row with its scale). One named row's figure in one asked column
  (an amount question) is a plain row, taken only when nothing else answers (a table whose heads are more than
  years, which ``extract`` cannot read).
- A row stating its own unit ("Operating margin (%)", "Capacity (GW)", "Revenue per user") is not in the table's
  unit: such a named row, or such a row in a table to be ranked, gives no answer.
- "What share of X came from A in 2024?", "what percentage of the world's X took place in A": the one named row's
  share of the table's one total row ("Total", "World"), only when the other rows add up to it in that column
  (``_share``). "By how much did A and B combined fall in 2024?": the named rows' cells added in each asked column,
  the change of the sums (``_combined``). A table running on to the next page is read whole when the next page opens
  with rows of its shape (``_run_on``). "Among the seven operators in the table, which ..." asks for operators.
- Not a table question: a part asking a cause ("Why did A grow faster than B?"), a sum with no change asked, the
  figures of two rows with no comparison asked ("What were A's and B's revenues?"), a comparative with no named
  rows ("Which companies plan to spend more?": no ranking), or a count of winners ("which two regions").

The answer is one computed line per part (the rows' printed figures with their column heads and the table's
unit, the computation and its result) and the rows themselves, cited to the page; the caller
(``extract.extract``) builds it as a candidate of kind "ranked" from one of the table's row candidates.
"""

from __future__ import annotations
from ..text.moves import UP_INFLECTED as _UP_WORDS, DOWN_INFLECTED as _DOWN_WORDS, OTHER_ROW as _OTHER
from ..text.numbers import CURRENCY_NAMED, MONEY_NAMED

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..finance.report_tables import find_tables, is_report, unemphasised
from ..text.months import MONTH
from ..text.sentences import content_words
from . import prose_changes as changes

__all__ = ["PageTable", "TableRow", "page_tables", "table_picks", "cagr"]


# ------------------------------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class TableRow:
    label: str  # as printed, note and all
    values: tuple[float | None, ...]  # one per column
    cells: tuple[str, ...]  # as printed ("1,418", "38%")
    start: int  # offsets of the row's line in the page text
    end: int
    page: int | None = None  # a row read from the next page (a table running on): that page; its offsets are the last row's of the table's page


@dataclass(frozen=True)
class PageTable:
    caption: str
    unit_line: str
    section: str  # the heading above the table
    head: str  # the head cell of the label column ("Operator", "Region")
    columns: tuple[str, ...]  # as printed ("2024", "2027F")
    years: tuple[int, ...]
    rows: tuple[TableRow, ...]
    header: str = ""  # the column heads' own words ("Capacity end-2023 (GWh)"), years and all
    continued: bool = False  # the table runs on to the next page (its rows here are not all of them)
    aside: str = ""  # the heads after the read year columns that another measure's column has ("Box office 2024 (EUR m)"), not read
    spelled: str = ""  # the words the document spells out an acronym of its caption by ("HVAC": "heating, ventilation and air conditioning")

    @property
    def context(self) -> str:
        return " ".join((self.caption, self.unit_line, self.section, self.head, self.header))


_COLUMN = re.compile(r"^(?:(?:FY|CY)\s?'?)?((?:19|20)\d\d)[EAFP]?$", re.I)
_CELL = re.compile(r"\(?[-+−]?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?|(?<!\w)(?:[—–-]{1,2}|n/?a|nm)(?!\w)", re.I)
_SECTION = re.compile(r"^\s*(?:#{1,6}\s+|\d+(?:\.\d+)*\.?\s+)(\S.{0,80})$")


def page_tables(text: str) -> list[PageTable]:
    """The tables of one page with years as columns (``report_tables.find_tables``), each with the section heading
    above it and its cells as printed; tables with quarter or half-year columns are left out."""
    out: list[PageTable] = []
    for t in find_tables(text):
        if not t.period_columns:
            flipped = _transposed(text, t)
            if flipped is not None:
                out.append(flipped)
            continue
        years = []
        for col in t.columns:
            m = _COLUMN.match(col.strip())
            if not m:
                break
            years.append(int(m.group(1)))
        if len(years) != len(t.columns) or len(set(years)) != len(years):
            continue
        section = _section_above(text, min(r.start for r in t.rows))
        rows = []
        for r in t.rows:
            cells = _CELL.findall(text[r.start : r.end])[-len(t.columns) :]
            if len(cells) != len(t.columns):
                cells = [_fmt_plain(v) for v in r.values]
            rows.append(TableRow(r.label.strip(" *_"), tuple(r.values), tuple(c.strip() for c in cells), r.start, r.end))
        caption = t.caption or _long_caption(text, min(r.start for r in t.rows)) or _note_under(text, max(r.end for r in t.rows))
        out.append(PageTable(caption, t.unit_line, section, t.head, tuple(c.strip() for c in t.columns), tuple(years),
                             tuple(rows)))  # fmt: skip
    taken = {r.start for t in out for r in t.rows} | {r.start for t in find_tables(text) for r in t.rows}
    return out + _loose_tables(text, taken)


# a caption line that ends by naming its unit in a parenthesis: "Pubs trading in England and Wales by type of operation,
# end of 2023 and end of 2024 (number)"
_UNIT_CLOSED = re.compile(r"\([^()]{1,40}\)\s*$")


def _long_caption(text: str, at: int) -> str:
    """The caption of a table ``find_tables`` read without one because its line is long: the line right above the head
    line (the first line above the first row) when it closes with its unit in a parenthesis, does not end a sentence
    and has at most 30 words. General rule: a table's title line says what its cells measure however long it is;
    prose ends with a full stop and names no unit in a closing parenthesis. "" when there is none."""
    above = [x.strip().strip("*_").strip() for x in text[:at].splitlines() if x.strip()]
    return above[-2] if len(above) >= 2 and _unit_titled(above[-2]) else ""


def _unit_titled(line: str) -> bool:
    """Is the line a table's title that closes with its unit: at most 30 words, no sentence end, no heading or pipe
    mark, a closing parenthesis of at most 40 characters?"""
    return not (line.startswith(("#", "|")) or line.endswith((".", ":")) or len(line.split()) > 30) \
        and bool(_UNIT_CLOSED.search(line))


_NOTE = re.compile(r"\s*(?:[*_](?![*_])|(?:Notes?|Source|Sources)\s*[:.]\s*)([^\n]*)")


def _note_under(text: str, end: int) -> str:
    """The first sentence of a note right under a table that has no caption ("*Share of telehealth visits, % of
    total. ...*", "Note: ..."): it says what the cells are, as a caption would; "" when none."""
    m = _NOTE.match(text[end:].lstrip("\n"))
    if m is None:
        return ""
    first = re.split(r"(?<=[.!?])\s+", m.group(1).strip(" *_"))[0]
    return first.strip(" *_")


def _transposed(text: str, t: Any) -> PageTable | None:
    """A table with years as rows and names as columns ("| Year | Voltmere | Brightwater |"), turned so that each
    name is a row and each year a column; every year row's cells as printed. The rows all cite the whole table.
    None when a year row is not one year, two rows are one year, or a row's cells cannot be told apart."""
    years, printed = [], []
    for r in t.rows:
        m = _COLUMN.match(r.label.strip())
        if not m:
            return None
        years.append(int(m.group(1)))
        line = text[r.start : r.end]
        cells = [c.strip() for c in line.strip().strip("|").split("|")][1:] if "|" in line else _CELL.findall(line)[-len(t.columns) :]
        if len(cells) != len(t.columns):
            return None
        printed.append(cells)
    if len(set(years)) != len(years) or len(years) < 2:
        return None
    start, end = t.rows[0].start, t.rows[-1].end
    rows = tuple(TableRow(name.strip(" *_"), tuple(r.values[j] for r in t.rows), tuple(p[j] for p in printed), start, end)
                 for j, name in enumerate(t.columns))  # fmt: skip
    return PageTable(t.caption, t.unit_line, _section_above(text, start), "", tuple(r.label.strip() for r in t.rows),
                     tuple(years), rows, " ".join(t.columns))  # fmt: skip


def _section_above(text: str, at: int) -> str:
    """The heading above a table, and a lead-in sentence among the four lines above it that points at it ("The
    table below gives the store counts ..."): what a table without a caption measures."""
    lead = ""
    for k, line in enumerate(reversed([x for x in text[:at].splitlines() if x.strip()])):
        if k < 5 and not lead and re.search(r"(?i)\b(?:table|below|following)\b", line) and len(line.split()) >= 5 \
                and re.search(r"[.:]\s*$", line):  # fmt: skip
            lead = line.strip()
        m = _SECTION.match(line)
        if m and not re.match(r"(?i)(?:table|figure|exhibit|chart)\b", m.group(1)):
            return f"{m.group(1).strip()} {lead}".strip()
    return lead


_HEAD_YEAR = re.compile(r"(?<![\d.,])(?:FY\s?'?|CY\s?)?((?:19|20)\d\d)(?:[EAFP](?![a-z]))?(?![\d])")
_NOT_A_YEAR_HEAD = re.compile(r"(?i)\b(?:Q[1-4]|H[12]|half|quarter|months?|weeks?|change|growth|cagr|vs\.?|versus|"
                              r"difference|share\s+change)\b|(?:19|20)\d\d\s*[-–/]\s*\d{2,4}")
_CAPTION_LINE = re.compile(r"(?i)^\s*(?:#+\s*)?(?:\*\*)?(?:table|exhibit|figure|chart)\s+\d+[a-z]?[.:]?\s*(.*?)(?:\*\*)?\s*$")
_UNIT_ONLY = re.compile(r"^\s*[_*]*\(([^()]{1,60})\)[_*]*\s*$")


def _head_year(cell: str) -> int | None:
    """The year a column head names ("2024", "End-2024", "FY2025 revenue ($m)", "2027F"); None for a head naming
    none, two, a range ("2023-24"), a quarter or a change ("Change 2024 (%)")."""
    years = _HEAD_YEAR.findall(cell)
    if len(years) != 1 or _NOT_A_YEAR_HEAD.search(cell):
        return None
    return int(years[0])


def _caption_above(lines: list[tuple[str, int]], i: int) -> tuple[str, str]:
    """The caption and unit line among the three lines above line ``i`` (report_tables' reading, for heads it
    does not read)."""
    caption, unit = "", ""
    for line, _ in reversed(lines[max(0, i - 3) : i]):
        u = _UNIT_ONLY.match(line)
        if u and not unit:
            unit = u.group(1).strip()
            continue
        c = _CAPTION_LINE.match(line)
        if c:
            return c.group(1).strip() or line.strip(), unit
        if (len(line.split()) > 14 and not _unit_titled(line.strip().strip("*_").strip())) or \
                line.rstrip().endswith((".", ":")) or line.lstrip().startswith("|"):
            break  # prose, not a caption (a long title line closing with its unit is one: ``_long_caption``)
        if not caption and not line.lstrip().startswith("#"):
            caption = line.strip().strip("*_")
    return caption, unit


def _loose_tables(text: str, taken: set[int]) -> list[PageTable]:
    """Tables ``find_tables`` does not read because a column head is more than a year ("| Operator | Capacity
    end-2023 (GWh) | Capacity end-2024 (GWh) | Change |", "Chain Stores 2023 Stores 2024"): the columns whose head
    names one year (not a range, a quarter or a change) are the period columns; a pipe row gives its cells in
    those columns; a line of text gives its numbers only when it ends with exactly one per year head and the head
    line has no other number column. Rows already read (``taken``: their offsets) are left out."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            lines.append((raw.rstrip("\r\n"), pos))
        pos += len(raw)
    out: list[PageTable] = []
    i = 0
    while i < len(lines):
        line, off = lines[i]
        pipe = line.strip().startswith("|") and line.count("|") >= 3
        aside_words: list[str] = []
        if pipe:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            years = [(k, _head_year(c)) for k, c in enumerate(cells) if k and _head_year(c) is not None]
            if len(years) < 2 or len({y for _, y in years}) != len(years) or re.search(r"\d", _strip_years(cells[0])):
                i += 1
                continue
            rows, j = [], i + 1
            while j < len(lines) and lines[j][0].strip().startswith("|"):
                row_line, roff = lines[j]
                rc = [unemphasised(c.strip()) for c in row_line.strip().strip("|").split("|")]  # "| **World** | **9,580** |"
                j += 1
                if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in rc):
                    continue
                if len(rc) != len(cells) or not re.search(r"[A-Za-z]", rc[0]):
                    break
                printed = tuple(rc[k] for k, _ in years)
                values = tuple(_cell_value(c) for c in printed)
                if all(v is None for v in values):
                    break
                lead = len(row_line) - len(row_line.lstrip())
                rows.append(TableRow(rc[0].strip(" *_"), values, printed, roff + lead, roff + len(row_line.rstrip())))
            head_words = " ".join(cells[k] for k, _ in years)
        else:
            tokens = line.split()
            # a head with words in it ("Chain Stores 2023 Stores 2024", "Operator end-2023 end-2024") or with no
            # head cell ("2023 2024"): the years read from each token naming one
            year_tokens = [k for k, t in enumerate(tokens) if _head_year(t) is not None]
            if len(year_tokens) < 2 or any(re.search(r"\d", t) and k not in year_tokens and k < year_tokens[-1]
                                           for k, t in enumerate(tokens)):  # fmt: skip
                i += 1
                continue
            run = _year_run(tokens, year_tokens)
            if run is not None and run < len(year_tokens):
                # session 33 (#11): "Country Admissions 2023 (m) Admissions 2024 (m) Change (%) Box office 2024 (EUR m)":
                # a run of year heads of one measure, then heads of other measures, one of which names a year again;
                # the run's columns are read (each row's first figures), the later heads are set aside
                # (``PageTable.aside``): a question asking their measure is not answered from the run's columns
                aside_words = tokens[year_tokens[run - 1] + 1 :]
                year_tokens = year_tokens[:run]
            years = [(k, int(_HEAD_YEAR.search(tokens[k]).group(1))) for k in year_tokens]
            if len({y for _, y in years}) != len(years):
                i += 1
                continue
            n = len(years)
            # "Company 2023 2024 Growth (%)": more figures a row than years, read only when the year heads stand
            # together and every other head comes after them (the first n figures of each row are the years')
            # "Chain Stores, end-2023 Stores, end-2024 Change": words repeated before each year head are the columns'
            # own (the head cell is what comes before the first of them)
            # "Market 2023 (CHF m) 2024 (CHF m) Change (%)": words repeated after each year head (its unit) are the
            # columns' own too; the words between two year heads are the one's after-words and the next's
            # before-words, each repeated at the other end of the run of years
            gaps = [tokens[a + 1 : b] for a, b in zip(year_tokens, year_tokens[1:])]
            gap = gaps[0] if gaps and all(g == gaps[0] for g in gaps) else None
            split = None if gap is None else next(
                (s for s in range(len(gap) + 1) if year_tokens[0] >= len(gap) - s
                 and tokens[year_tokens[0] - (len(gap) - s) : year_tokens[0]] == gap[s:]
                 and tokens[year_tokens[-1] + 1 : year_tokens[-1] + 1 + s] == gap[:s]), None)  # fmt: skip
            if split is None:
                i += 1
                continue  # other heads between the year heads: which figure is whose is not said
            before = gap[split:]
            after = len(tokens) > year_tokens[-1] + 1 + split
            if aside_words:
                aside_words = tokens[year_tokens[-1] + 1 + split :]  # the run's own after-words ("(m)") are its unit
            width = None
            rows, j = [], i + 1
            while j < len(lines):
                row_line, roff = lines[j]
                words = row_line.split()
                m = 0
                while m < len(words) - 1 and _CELL.fullmatch(words[len(words) - 1 - m]):
                    m += 1
                if width is None and (m == n or (after and m > n)) and not (aside_words and m == n):
                    width = m  # a row with set-aside heads has their figures too
                if m != width or not re.search(r"[A-Za-z]", " ".join(words[:-m])):
                    break
                tail = words[-m:][:n]
                lead = len(row_line) - len(row_line.lstrip())
                rows.append(TableRow(" ".join(words[:-m]).strip(" *_"), tuple(_cell_value(t) for t in tail), tuple(tail),
                                     roff + lead, roff + len(row_line.rstrip())))  # fmt: skip
                j += 1
            cells = [" ".join(tokens[: year_tokens[0] - len(before)])]
            head_words = " ".join(tokens[year_tokens[0] - (len(before) if aside_words else 0) : len(tokens) - len(aside_words)])
        if len(rows) >= 2 and not any(r.start in taken for r in rows):
            caption, unit = _caption_above(lines, i)
            out.append(PageTable(caption, unit, _section_above(text, off), cells[0], tuple(
                _printed_year(c, y) for c, y in ((cells[k] if pipe else tokens[k], y) for k, y in years)),
                tuple(y for _, y in years), tuple(rows), head_words, aside=" ".join(aside_words)))  # fmt: skip
            i = j
        else:
            i += 1
    return out


def _year_run(tokens: Sequence[str], year_tokens: Sequence[int]) -> int | None:
    """How many of a text head line's year heads (``year_tokens``, their token indexes) are its period columns: all
    of them when they name distinct years; else (a later head naming one of the years again, "... Admissions 2024 (m)
    Change (%) Box office 2024 (EUR m)") the leading run of two or more that name distinct years, with the same words
    between each two of them (one measure's columns: "Admissions 2023 (m) Admissions 2024 (m)"); None when there is
    no such run."""
    years = [int(_HEAD_YEAR.search(tokens[k]).group(1)) for k in year_tokens]
    if len(set(years)) == len(years):
        return len(years)
    best = None
    for r in range(2, len(year_tokens)):
        if len(set(years[:r])) != r:
            break
        gaps = [tuple(tokens[a + 1 : b]) for a, b in zip(year_tokens[:r], year_tokens[1:r])]
        if len(set(gaps)) != 1 or not gaps[0]:
            break
        best = r
    return best


def _strip_years(cell: str) -> str:
    return _HEAD_YEAR.sub(" ", cell)


def _printed_year(cell: str, year: int) -> str:
    """How a column is named in the answer: its year as printed ("2027F", "FY2025"), not the whole head."""
    m = _HEAD_YEAR.search(cell)
    return m.group(0).strip() if m else str(year)


def _cell_value(cell: str) -> float | None:
    t = cell.strip().replace("−", "-").replace("–", "-").rstrip("%").strip().lstrip("+").lstrip("$€£").strip()
    m = re.fullmatch(r"\(?-?\(?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)?", t)
    if not m:
        return None
    v = float(m.group(1).replace(",", ""))
    return -v if t.startswith(("(", "-")) else v


def _fmt_plain(v: float | None) -> str:
    return "—" if v is None else f"{v:g}"


# ------------------------------------------------------------------------------------------------- words


_SUFFIX = re.compile(r"(?:ings|ing|ers|er|ed)$|(?:(?<=[sxz])|(?<=ch)|(?<=sh))es$|(?<!s)s$")


def _stem(word: str) -> str:
    """A light stem: an inflection or agent ending off, then the first five letters ("buyers" -> "buy", "stores"
    and "store" -> "store", "sales" -> "sale"); "growth" is "grow"."""
    if word.startswith("growth"):
        return "grow"
    base = _SUFFIX.sub("", word.lower())
    if base.endswith("ie") and word.lower().endswith("ies"):
        base = base[:-2] + "y"
    base = base if len(base) >= 3 else word.lower()
    return base[:5]


def _stems(words: set[str]) -> set[str]:
    out = set()
    for w in words:
        for part in {w, *w.split("-")} if "-" in w else (w,):
            if len(part) > 2:
                out.add(_stem(part))
    return out


_CHANGE = re.compile(rf"(?i)\b(?:{_UP_WORDS}|{_DOWN_WORDS}|change|changes|changed|changing|net\s+additions?|additions?)\b")
_DOWN = re.compile(rf"(?i)\b(?:{_DOWN_WORDS})\b")
_RATE = re.compile(r"(?i)\b(?:fast|faster|fastest|quick|quicker|quickest|quickly|slow|slower|slowest|slowly|rate|rates|"
                   r"steep|steeper|steepest|steeply|sharp|sharper|sharpest|sharply|"
                   r"strong|stronger|strongest|strongly|weak|weaker|weakest|"
                   r"percent|percentage|cagr|compound(?:ed)?|annual(?:ly|i[sz]ed)?)\b|%")
_CAGR = re.compile(r"(?i)\bcagr\b|\bcompound(?:ed)?\b|\bannual(?:i[sz]ed)?\s+(?:average\s+)?(?:growth|rate|increase)|"
                   r"\b(?:a|per|each)\s+year\b|\byearly\b")
_MOST = re.compile(r"(?i)\b(?:most|fastest|largest|biggest|highest|greatest|quickest|strongest|steepest|sharpest|top|best)\b")
_LEAST = re.compile(r"(?i)\b(?:least|slowest|smallest|lowest|fewest|weakest|worst)\b")
_MORE = re.compile(r"(?i)\b(?:more|faster|larger|bigger|higher|greater|quicker|stronger|steeper|sharper)\b")
_LESS = re.compile(r"(?i)\b(?:less|fewer|slower|smaller|lower|weaker)\b")
_COMPARE_WORDS = (r"compare[ds]?|comparing|comparison|versus|vs\.?|against|relative\s+to|exceed(?:s|ed)?|outpac\w*|"
                  r"outgr[eo]w\w*|ahead\s+of|behind|gap|difference")
_COMPARE = re.compile(rf"(?i)\b(?:{_COMPARE_WORDS})\b")
_EACH = re.compile(r"(?i)\b(?:each|both|either|respectively|apiece)\b")
_THAN = re.compile(r"(?i)\bthan\b")
_EVERY = re.compile(r"(?i)\b(?:each|every|all)\s+(?:of\s+the\s+)?(?:(?:four|three|five|six|two|\d+|main|largest|leading)\s+)?"
                    r"([a-z]{3,})\b")
_UNTIL = re.compile(r"(?i)\b(?:by|through|thru|to|until|till)\s+(?:the\s+end\s+of\s+)?(?:FY\s?)?(?:19|20)\d\d\b")
_PERCENT_ASKED = re.compile(r"(?i)\b(?:shares?|percent|percentage|points?|proportion|penetration|rates?|margins?|"
                            r"ratios?|mix|split)\b|%")
_OWN_UNIT = re.compile(r"(?i)%|\bper\s?cent\b|\bmargin\b|\bratio\b|\brate\b|\bper\b|\bshare\b|\(\s*(?:US)?\$|\b(?:in|as)\s+"
                       r"(?:US\$|\$|millions?|billions?|thousands?|units?)\b|\(\s*(?:[kMGT]?Wh?|[kM]?t|bn|mn|m|k|x|pp|bps?|units?|"
                       r"days?|years?|hours?|months?|tonnes?|tons?|MW|GW)\s*\)")
_FORECAST = re.compile(r"(?i)\d[EFP]$|\b(?:forecast|projected|estimate[ds]?|outlook|target)\b")
_FUTURE = re.compile(r"(?i)\b(?:expect\w*|will|forecast\w*|project\w*|predict\w*|outlook|going\s+to|set\s+to|likely|"
                     r"anticipat\w*|estimat\w*)\b")
_ACTION = re.compile(r"(?i)[a-z]+(?:ed|ing)|open|opens|close|closes|sell|sells|sold|buy|buys|bought|build|builds|built|"
                     r"hire|hires|ship|ships|make|makes|made|spend|spends|spent|install|installs|launch|launches|"
                     r"acquire|acquires|win|wins|won|run|runs|ran|operate|operates|plan|plans|deliver|delivers|produce|"
                     r"produces|deploy|deploys|employ|employs|serve|serves|own|owns|lease|leases|rent|rents|shut|shuts|"
                     r"sign|signs|book|books|order|orders|earn|earns|pay|pays|paid|raise|raises|invest|invests")
_COUNTED = re.compile(r"(?i)\bwhich\s+(?:two|three|four|five|\d+)\b|\btop\s+(?:two|three|four|five|\d+)\b")
_SUM = re.compile(r"(?i)\b(?:combined|together|in\s+total|total\s+of|sum|altogether|aggregate)\b")
_FRAME = frozenset("""how what which who did does do was were is are will would has have had the a an of in on at to
    for from by with and or between end year years expected expect expects forecast forecasts forecasted projected
    project estimate estimated estimates report reports according say said says table show shows shown their its
    article articles study document publication
    each both either than over during period compare compared comparing comparison versus against relative
    respectively much many more most less least fast faster fastest slow slower slowest quick quicker quickest
    quickly largest biggest highest greatest lowest smallest fewest weakest worst best top larger bigger higher
    greater smaller lower fewer rate rates percent percentage growth cagr compound compounded annual annually
    annualised annualized average per yearly grow grew grown growing grows change changes changed changing
    net addition additions added add adds adding gain gains gained gaining lose loses lost losing rise rises rose
    risen rising fall falls fell fallen falling increase increases increased increasing decline declines declined
    declining drop drops dropped dropping decrease decreases decreased decreasing shrink shrinks shrank shrinking
    expand expands expanded expanding shed sheds cut cuts climb climbed pick picked stronger weaker
    figure figures number value values level levels term terms basis size stand stood go went come came exceed
    exceeds exceeded outpace outpaced outgrew ahead behind gap difference market markets industry sector overall
    one two three four five six seven eight nine ten listed named mentioned following they them it see sees saw seen
    strong stronger strongest strongly weak weaker weakest weakly post posts posted posting steep steeper steepest
    steeply sharp sharper sharpest sharply""".split())  # fmt: skip
_KINDS = {  # what a table's rows are: a "which <kind>" question skips a table whose head cell names another family
    "name": {"company", "companies", "firm", "firms", "operator", "operators", "player", "players", "supplier",
             "suppliers", "vendor", "vendors", "maker", "makers", "manufacturer", "manufacturers", "producer",
             "producers", "provider", "providers", "chain", "chains", "brand", "brands", "retailer", "retailers",
             "group", "groups", "carrier", "carriers", "developer", "developers", "owner", "owners", "issuer",
             "installer", "installers", "distributor", "distributors", "dealer", "dealers", "wholesaler",
             "wholesalers", "lender", "lenders", "insurer", "insurers", "builder", "builders", "miner", "miners",
             "shipper", "shippers", "airline", "airlines", "bank", "banks", "utility", "utilities", "hospital",
             "hospitals", "network", "networks", "platform", "platforms", "service", "services", "fund", "funds",
             "startup", "startups", "vendor", "insurers", "exporter", "exporters", "importer", "importers"},
    "place": {"region", "regions", "country", "countries", "state", "states", "geography",
              "area", "areas", "nation", "nations", "province", "provinces", "city", "cities", "market", "markets"},
    "part": {"segment", "segments", "category", "categories", "product", "products", "channel", "channels",
             "type", "types", "technology", "technologies", "application", "applications", "sector", "sectors",
             "end-market", "use", "uses", "line", "lines", "format", "formats", "division", "divisions"},
}
_MEASURE_NOUNS = frozenset("""revenue revenues sales sale income profit profits margin margins earnings ebitda cost costs
    spending spend capex expenditure expenditures price prices capacity share shares shipments shipment deliveries
    units volume volumes output production stores outlets locations sites employees headcount customers subscribers
    users installations orders bookings backlog value assets deposits loans premiums demand supply
    investment investments funding valuation""".split())  # fmt: skip
_KIND_Q = re.compile(r"(?i)^\s*(?:(?:in|from|to|for|at|among|by|with|on)\s+)?which\s+(?:of\s+the\s+(?:\w+\s+)?)?"
                     r"([a-z-]{3,})\b")  # fmt: skip
_TOTAL = re.compile(r"(?i)^\s*(?:total|totals|sum|subtotal|all|average|mean|median|market|industry|world|global|overall)\b")
_SUFFIXES = frozenset("inc inc. corp corp. co co. ltd ltd. plc llc lp ag sa nv se group holdings the &".split())
_YEAR = re.compile(r"(?<![\d$.,])(?:FY\s?'?)?((?:19|20)\d\d)(?![\d%])")


def _family(word: str, agents: bool = False) -> str | None:
    """"name", "place" or "part" for a word naming a kind of row; with ``agents``, an agent noun ("Installer",
    "Distributor": a table's head cell) is a name."""
    w = word.lower()
    fam = next((f for f, words in _KINDS.items() if w in words), None)
    if fam is None and agents and re.fullmatch(r"[a-z]{3,}(?:er|or|ist)s?", w) and w not in ("quarters", "quarter", "others", "other"):
        return "name"
    return fam


def asked_kind(text: str) -> str | None:
    """The kind of row a "which <kind> ..." question asks for ("region", "segment"), or None. The kind noun may follow
    up to two words that qualify it ("which salmon markets", "in which coffee-growing country"), never a frame word
    or verb ("which grew faster")."""
    m = _KIND_Q.match(text)
    if m is None:
        return None
    if _family(m.group(1)):
        return m.group(1).lower()
    words = re.findall(r"[A-Za-z][A-Za-z-]*", text[m.start(1) :])[:3]
    for k, w in enumerate(words):
        if k and _family(w):
            return w.lower()
        if w.lower() in _FRAME or _ACTION.fullmatch(w) or _CHANGE.fullmatch(w) or _family(w, True):
            return None
    return None


def _label_core(label: str) -> str:
    return " ".join(w for w in re.sub(r"\([^()]*\)", " ", label).split() if w.lower() not in _SUFFIXES)


# "excl. China" in a row's label is "outside China" / "excluding China" in a question; a name after it is left out
_EXCLUSION = r"(?:excl\.?|excluding|ex\.?|outside(?:\s+of)?|except(?:\s+for)?|other\s+than|apart\s+from)"
_EXCLUSION_WORD = re.compile(r"(?i)excl\.?|excluding|ex\.|outside|except")


# A name a question sets aside before it ranks ("Leaving China aside, which region ...", "Apart from Spain, which
# ...", "Excluding the United States, ...", "Which producer other than Acme ...", "China aside, ..."): General rule
# (#11, session 32): a name left out is never a row the question asks about, never a row ranked, never the answer.
# "outside China" inside a clause is left to ``_EXCLUSION`` (a measure's scope as often as a row left out); an opening
# "Outside China, ..." sets it aside.
_SET_ASIDE_NAME = r"(?:(?i:the)\s+)?[A-Z][\w.&'’-]*(?:\s+(?:(?i:and|of|the)\s+)?[A-Z][\w.&'’-]*)*"
_SET_ASIDE = re.compile(
    rf"\b(?i:excluding|excl\.|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|besides|not\s+counting|"
    rf"leaving\s+out|leaving\s+aside|setting\s+aside|putting\s+aside)\s+(?P<a>{_SET_ASIDE_NAME})|"
    rf"\b(?i:leaving|setting|putting|leave|set|put|taking|take)\s+(?P<b>{_SET_ASIDE_NAME})\s+(?i:aside|out)\b|"
    rf"(?:^|[,;:]\s*)(?P<c>{_SET_ASIDE_NAME})\s+(?i:aside|apart)\s*,|"
    rf"^\s*(?i:outside(?:\s+of)?)\s+(?P<d>{_SET_ASIDE_NAME})\s*,")  # "Outside China, which ...": an opening clause


def set_aside_spans(question: str) -> list[tuple[int, int]]:
    """Where ``question`` writes the names it sets aside (``_SET_ASIDE``): each name's span."""
    out = []
    for m in _SET_ASIDE.finditer(question):
        g = next(k for k in ("a", "b", "c", "d") if m.group(k) is not None)
        out.append(m.span(g))
    return out


def set_aside_names(question: str) -> list[str]:
    """The names ``question`` sets aside ("Leaving China aside, ..." -> ["China"]; "Excluding China and India" ->
    the whole and each name), "the" off. ("outside China" is no such name here: it is the scope of a measure as
    often as a row left out.)"""
    out: list[str] = []
    for a, b in set_aside_spans(question):
        whole = question[a:b]
        for n in [whole, *re.split(r"\s*,\s*|\s+and\s+", whole)]:
            n = re.sub(r"(?i)^the\s+", "", n.strip())
            if n and n not in out:
                out.append(n)
    return out


def without_set_aside(question: str) -> str:
    """``question`` without its set-aside phrases ("Leaving China aside, which region ..." -> "which region ..."), for
    reading what it asks: the name left out is no measure word, and the question still opens with "which"."""
    out = _SET_ASIDE.sub(" ", question)
    out = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", re.sub(r"\s+([,;:?])", r"\1", re.sub(r"\s{2,}", " ", out)))
    return re.sub(r"^[\s,;:]+", "", out)


def set_aside_row(label: str, names: Sequence[str]) -> bool:
    """Is a row's label (note and legal suffix aside) one of the names a question sets aside?"""
    core = " ".join(re.sub(r"(?i)^the\s+", "", _label_core(label)).lower().split()).strip(" *:")
    return any(core == " ".join(n.lower().split()) for n in names)


def named_rows(question: str, table: PageTable) -> list[TableRow]:
    """The rows the question names, in the question's order: its whole label (note and legal suffix aside) or its
    first word when that is a capitalised name no other row of the table shares."""
    found: list[tuple[int, TableRow]] = []
    firsts: dict[str, int] = {}
    for r in table.rows:
        words = _label_core(r.label).split()
        if words:
            firsts[words[0].lower()] = firsts.get(words[0].lower(), 0) + 1
    for r in table.rows:
        core = _label_core(r.label)
        if not core:
            continue
        words = core.split()
        # the whole label, a plural written singular or the other way round ("Parcels" for "parcel delivery")
        phrase = r"\s+".join(_EXCLUSION if _EXCLUSION_WORD.fullmatch(w) else
                             re.escape(w[:-1]) + "s?" if w.lower().endswith("s") and len(w) > 3 else re.escape(w) + "s?"
                             for w in words)  # fmt: skip
        m = re.search(rf"(?i)(?<![\w-]){phrase}(?:['’]s?)?(?![\w-])", question)
        if m is not None and re.search(rf"(?i)(?:{_EXCLUSION})\s+$", question[: m.start()]):
            m = None  # "Asia-Pacific outside China": China is left out, not asked
        if m is None and re.fullmatch(r"[A-Z][a-z]{3,}", words[-1]):
            # a place asked by its adjective ("European" for "Europe", "South American" for "South America")
            stem = words[-1][:-1] if words[-1][-1] in "ae" else words[-1]
            adjective = rf"{re.escape(stem)}(?:ean|ian|an|n)" if words[-1][-1] in "ae" else rf"{re.escape(stem)}(?:ian|an)"
            phrase = r"\s+".join([*(re.escape(w) for w in words[:-1]), adjective])
            m = re.search(rf"(?<![\w-]){phrase}(?![\w-])", question)
        if m is None:
            m = _initials_said(core, question)
        if m is None and len(words) > 1 and re.match(r"[A-Z][a-z]", words[0]) and len(words[0]) >= 4 \
                and firsts.get(words[0].lower()) == 1 and not _family(words[0]):  # fmt: skip
            m = re.search(rf"(?<![\w-]){re.escape(words[0])}(?:['’]s?)?(?![\w-])", question)
        if m is not None and any(a <= m.start() < b for a, b in set_aside_spans(question)):
            m = None  # "Leaving Western Europe aside, ...": a name set aside is not asked (any of the forms above)
        if m is not None:
            found.append((m.start(), r))
    found.sort(key=lambda t: t[0])
    return [r for _, r in found]


def _initials_said(label: str, question: str) -> re.Match[str] | None:
    """Session 33 (#11): a place or body of two or more capitalised words asked by its initials ("UK" for "United
    Kingdom", "UAE" for "United Arab Emirates", "US" for "United States"), written in capitals as a word of its own
    (the match in ``question``); None otherwise."""
    words = label.split()
    if len(words) < 2 or not all(re.fullmatch(r"[A-Z][a-z]+|of|and|the", w) for w in words):
        return None
    initials = "".join(w[0] for w in words if w[0].isupper())
    return re.search(rf"(?<![\w-]){initials}(?:['’]s?)?(?![\w-])", question) if len(initials) >= 2 else None


_NOT_NAMED = re.compile(r"(?i)table|figure|exhibit|chart|" + MONTH + r"|according|based|using|given")


def _names(text: str) -> list[str]:
    """Capitalised words of a question past its first word (the names it asks about)."""
    aside = set_aside_spans(text)  # "Apart from Spain, which ...": a name set aside is not asked about
    text = "".join(" " if any(a <= i < b for a, b in aside) else ch for i, ch in enumerate(text)) if aside else text
    words = re.findall(r"(?<![\w'’-])([A-Z][\w&.-]*[\w&])(?:['’]s?)?", text)
    first = re.match(r"\s*([A-Za-z]+)", text)
    out = []
    for i, w in enumerate(words):
        if i == 0 and first and w == first.group(1):
            continue
        if w.lower() in _FRAME or re.fullmatch(r"(?:FY|CY|Q[1-4]|H[12])\d*", w) or w in ("I",) or _NOT_NAMED.fullmatch(w):
            continue
        out.append(w)
    return out


def _name_re(name: str) -> str:
    """A pattern for a name the question asks about, said as itself or, for a place adjective ("North American",
    "Asian", "European", "Canadian", "Brazilian"), as the place a row or caption names ("North America", "Asia",
    "Europe", "Canada", "Brazil"): the adjective's "-n"/"-an"/"-ean"/"-ian" ending taken off, the place's own
    final vowel kept."""
    forms: list[str] = []
    if len(name) >= 5 and name[0].isupper() and name.lower().endswith("an"):
        forms = [name[:-1], name[:-3] + "e", name[:-3] + "a", name[:-3]] if len(name) >= 6 else [name[:-1]]
    places = [re.escape(f) for f in dict.fromkeys(forms) if len(f) >= 4 and f != name]
    # the place form ends a word ("India", never the start of "Indiana" or "independent")
    return r"(?:" + "|".join([re.escape(name)] + ([rf"(?:{'|'.join(places)})\b"] if places else [])) + r")"


def _says_name(name: str, text: str, start: bool = True) -> bool:
    """Does ``text`` say the asked name (``_name_re``) as a word of its own (``start``: not inside another word's
    start; the end is open, as before, for possessives and plurals)?"""
    lead = r"(?<![\w-])" if start else r"\b"
    return bool(re.search(rf"(?i){lead}{_name_re(name)}", text))


def _unit(table: PageTable, measure: set[str]) -> str | None:
    """The table's unit: its unit line, a parenthesis closing its caption, a sign in its cells, or for a count
    table the measure noun the question and the caption share ("stores"); None when none is stated."""
    if table.unit_line.strip():
        unit_line = table.unit_line.strip()
        extra = re.findall(r"[A-Za-z]{3,}", _HEAD_YEAR.sub(" ", table.header or ""))
        if ";" in unit_line and extra and re.search(r"(?i)\bshares?\b|%", unit_line.split(";", 1)[1]):
            # A4: "MW, calendar years; share of 2025 shipments in %" over "2024 2025 Share": the clause after ";" is
            # the unit of the head after the years (not a column read here); the years' cells are in MW
            return unit_line.split(";", 1)[0].strip()
        return unit_line
    heads = re.findall(r"\(([^()]{1,30})\)", table.header)
    if heads and len(heads) == len(table.columns) and len(set(heads)) == 1:
        return heads[0].strip()  # "| Capacity end-2023 (GWh) | Capacity end-2024 (GWh) |"
    # "2023 (CHF m) 2024 (CHF m) Change (%)": the parenthesis right after each year head, the same for every year
    # column, is the years' unit (the heads after the years have their own)
    heads = re.findall(r"(?<![\d.,])(?:19|20)\d\d[EAFP]?\s*\(([^()]{1,30})\)", table.header)
    if heads and len(heads) == len(table.columns) and len(set(heads)) == 1:
        return heads[0].strip()
    m = re.search(r"\(([^()]{1,50})\)\s*$", table.caption)
    if m and not re.fullmatch(r"(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?[EF]?", m.group(1).strip()):
        return m.group(1).strip()
    m = re.search(r",\s*((?:US\$|\$|€|£|EUR|USD|GBP)\s*\w+|%|per\s?cent|[A-Za-z]{1,3}h|units?|tonnes|tons)\s*$", table.caption)
    if m:
        return m.group(1)
    # "..., in gigawatts (GW) of IT load": a unit's symbol in parentheses after "in" + its name, inside the caption
    m = re.search(r"(?i)\bin\s+[a-z$€£][\w$€£ -]{1,30}?\s*\(([A-Za-z$€£%][\w$€£%/.-]{0,8})\)", table.caption)
    if m and not re.fullmatch(r"(?:19|20)\d\d[EF]?", m.group(1)):
        return m.group(1)
    cells = [c for r in table.rows for c in r.cells]
    if cells and all(c.endswith("%") or not re.search(r"\d", c) for c in cells):
        return "%"
    values = [v for r in table.rows for v in r.values if v is not None]
    if re.search(r"(?i)\b(?:share|shares|percentage|per\s?cent)\b", table.caption) and values and all(0 <= v <= 100 for v in values):
        return "%"  # "Market share by region": percentages though no sign is printed
    if cells and any("$" in c for c in cells):
        return "$"
    caption = set(re.findall(r"[a-z]+", (table.caption or table.section).lower()))
    nouns = [w for w in sorted(measure) if w in caption and w.endswith("s") and len(w) > 3]
    return nouns[0] if len(nouns) == 1 else None


_MONEY = re.compile(r"(?i)" + CURRENCY_NAMED + r"|\b(?:pounds?|won)\b")


def counts_goods(unit: str) -> bool:
    """Is a table's unit ("thousand units", "GWh", "stores") a count or quantity, never money nor a share? Such a
    table never answers a question naming money (``text.numbers.MONEY_NAMED``; session 30)."""
    return _count(unit)


def _count(unit: str) -> bool:
    """Is the unit a count of things ("thousands of deliveries", "million tyres", "stores"): no money, no share, no
    "per"?"""
    return not _percent(unit) and not _MONEY.search(unit) and not re.search(r"(?i)\bper\b|/", unit) and \
        bool(re.search(r"[A-Za-z]{3,}", unit))


def _percent(unit: str) -> bool:
    return unit.strip() in ("%", "percent", "per cent") or bool(re.search(r"%|\bper\s?cent\b|\bshare\b", unit, re.I))


def _context_stems(table: PageTable) -> set[str]:
    """The stems of what the table says it measures: its caption, unit line and head cell (the section heading
    only for a table without a caption); a word after "per" ("sales per store") is not what it measures."""
    caption = re.sub(r"(?i)\bper\s+[a-z-]+", " ", table.caption)
    return _stems(content_words(" ".join((caption, table.unit_line, table.head, table.header, table.spelled,
                                          "" if caption.strip() else table.section))))


_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,6})s?(?![\w-])")
_GLUE = frozenset("and of the & for in on to".split())


def spelled_out(acronym: str, text: str) -> str | None:
    """The words ``text`` spells ``acronym`` out by where it defines it ("buyers of heating, ventilation and air
    conditioning (HVAC) kit" -> "heating ventilation and air conditioning"): the fewest words before "(ACRONYM)"
    whose initials, "and", "of", "the" aside, are its letters in order; None when the text does not define it so."""
    for m in re.finditer(rf"\(\s*{re.escape(acronym)}s?\s*\)", text):
        words = re.findall(r"[A-Za-z][A-Za-z'-]*|&", text[max(0, m.start() - 200) : m.start()])
        for n in range(1, min(len(words), 3 * len(acronym)) + 1):
            tail = words[-n:]
            if tail[0].lower() in _GLUE:
                continue
            initials = "".join(w[0] for w in tail if w.lower() not in _GLUE).upper()
            if initials == acronym.upper():
                return " ".join(tail)
            if len(initials) > len(acronym):
                break
    return None


def _spell_acronyms(table: PageTable, pages: Sequence[str]) -> PageTable:
    """The table with the words its caption's, unit line's and head's acronyms stand for (``spelled_out`` on the
    document's pages up to the table's), so that a question saying them ("ventilation" of an "HVAC sales" table) is
    read as about what the table measures."""
    said = []
    for a in dict.fromkeys(_ACRONYM.findall(" ".join((table.caption, table.unit_line, table.head)))):
        words = next((w for w in (spelled_out(a, p) for p in pages) if w), None)
        if words:
            said.append(words)
    return replace(table, spelled=" ".join(said)) if said else table


# ------------------------------------------------------------------------------------------------- asking


@dataclass(frozen=True)
class _Ask:
    text: str
    op: str  # "level", "change", "rate", "cagr"
    direction: int  # +1 most/more, -1 least/less, 0 none stated
    superlative: bool  # "most", "fastest" (a ranking); "more", "faster" only compare
    until: bool  # the one year asked ends a span ("by 2027", "through 2027"), not a year of its own ("in 2024")
    down: bool  # the change word is a fall ("lose", "decline"): "most" ranks the lowest change
    years: tuple[int, ...]
    measure: frozenset[str]
    kind: str | None
    names: tuple[str, ...]
    yesno: bool
    which: bool
    amount: bool = False  # "What was ...", "How many ...": a figure asked
    future: bool = False  # "is expected to", "will": a forecast asked
    threshold: tuple[float, int] | None = None  # "more than half" -> (50.0, +1): a share bound the rows must pass
    share: bool = False  # "what share of X came from Y": a named row's share of the total row
    combined: bool = False  # "By how much did A and B combined fall?": the named rows' summed change


# "more than half", "above 40%", "less than a third", "over 25 percent": a bound on a share, in percent
_SHARE_BOUND = re.compile(r"(?i)\b(?P<way>more\s+than|greater\s+than|higher\s+than|above|over|exceed(?:ed|s|ing)?|"
                          r"less\s+than|lower\s+than|below|under)\s+(?:(?P<frac>half|a\s+half|a\s+third|a\s+quarter|"
                          r"two[- ]thirds|three[- ]quarters)\b|(?P<pct>\d{1,2}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b))")
_FRACTIONS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "a quarter": 25.0, "two-thirds": 200 / 3,
              "two thirds": 200 / 3, "three-quarters": 75.0, "three quarters": 75.0}
# the verbs a share is said with ("took more than half", "accounted for over 40%"): no measure of their own
_SHARE_VERBS = frozenset("take takes took taken taking account accounts accounted hold holds held represent represents "
                         "represented make makes made up".split())


def _share_bound(text: str) -> tuple[tuple[float, int] | None, str]:
    """The share bound a question sets ("In which countries did X take more than half of sales?" -> (50.0, +1)) and
    the question without it; (None, text) when it sets none."""
    m = _SHARE_BOUND.search(text)
    if m is None:
        return None, text
    bound = _FRACTIONS[" ".join(m.group("frac").lower().replace("-", " ").split()).replace("two thirds", "two-thirds")
                       .replace("three quarters", "three-quarters")] if m.group("frac") else float(m.group("pct"))
    way = -1 if re.match(r"(?i)less|lower|below|under", m.group("way")) else 1
    return (bound, way), text[: m.start()] + " " + text[m.end() :]


# "Among the five carriers in the note's table, which ...", "Of the brewers in the volume table, which ...",
# "Which of the ports listed in the throughput table ...": the rows asked about are named as a table's rows, their kind
# the noun before "in/listed in ... table" (its modifiers and the table's own qualifier are measure words)
_AMONG_TABLE = re.compile(r"(?i)^\s*(?:(?P<lead>among|of|from)\s+the|which\s+of\s+the)\s+(?P<mods>(?:[a-z-]+\s+){0,3}?)"
                          r"(?P<kind>[a-z-]{3,}s)\s+(?:(?:listed|shown|named|included|given)\s+)?(?:in|on)\s+(?:the|this)\s+"
                          r"(?:(?:report|article|study)['’]s\s+)?(?P<qual>(?:[a-z-]+\s+){0,2}?)table\b(?P<rest>.*)$", re.S)


def _among_table(text: str) -> str:
    """"Among the five carriers in the note's table, which grew fastest?" read as "Which carriers grew fastest
    (the table's words)": the kind asked stands after "which", the rest of the lead follows as measure words; the
    text unchanged when it does not open so (or, after "among/of the ... table,", no "which" follows)."""
    m = _AMONG_TABLE.match(text)
    if m is None:
        return text
    rest = m.group("rest")
    if m.group("lead"):
        w = re.match(r"(?i)\s*,?\s*(which\b.*)$", rest, re.S)
        if w is None:
            return text
        rest = w.group(1)[len("which"):]
    extra = " ".join(x for x in (m.group("mods").strip(), m.group("qual").strip()) if x)
    return f"Which {m.group('kind')}{rest}" + (f" ({extra})" if extra else "")


# session 33 (#11): "Which of the largest European markets ...", "In which of Europe's seven biggest markets ...",
# "Among the five leading chains, which ...": a superlative naming the set of rows asked about (the table's own
# "largest markets") is no ranking asked; only a superlative of the asked move or level ("grew fastest", "the steepest
# fall") is. "The revenue of the largest producer" asks a ranking, so only "which of" and "among" lead the set.
_SET_SUPERLATIVE = re.compile(r"(?i)\b(?:which\s+of|among)\s+(?:the|[A-Z][\w&.-]*['’]s?)\s+"
                              r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)\s+)?"
                              r"(?:largest|biggest|top|leading|main|major)\b")


def _set_word_out(text: str) -> str:
    """The text without the superlative that names the asked set of rows ("which of the largest markets" ->
    "which of the markets"); unchanged when it names none."""
    m = _SET_SUPERLATIVE.search(text)
    if m is None:
        return text
    word = m.group(0).split()[-1]
    return text[: m.end() - len(word)] + text[m.end() :]


def _read(text: str, part: Any, measure_from: frozenset[str] = frozenset()) -> _Ask:
    shown_text = text
    text = _among_table(text)
    if text != shown_text:
        return replace(_read(text, part, measure_from), text=shown_text)
    if set_aside_spans(text):
        # "Leaving China aside, which region ...": read without the set-aside phrase, the rows it names left out where
        # they are ranked (``_rank``, ``named_rows``)
        return replace(_read(without_set_aside(text), part, measure_from), text=shown_text)
    bound, text_less = _share_bound(text)
    if bound is not None:  # "which countries took more than half of sales value": the bound is no measure word
        asked = _read(text_less, part, measure_from)
        measure = frozenset(w for w in asked.measure if w.lower() not in _SHARE_VERBS)
        return replace(asked, text=text, measure=measure or asked.measure, threshold=bound)
    change = bool(_CHANGE.search(text)) or bool(re.search(r"(?i)\bhow\s+fast\b", text))
    rate = bool(_RATE.search(text)) and change or bool(re.search(r"(?i)\b(?:growth\s+rate|cagr|compound)", text))
    cagr = bool(_CAGR.search(text)) and (rate or change)
    op = "cagr" if cagr else "rate" if rate else "change" if change else "level"
    ranked = _set_word_out(text)  # "which of the largest markets grew": no ranking asked
    most = bool(_MOST.search(ranked) or _MORE.search(ranked))
    least = bool(_LEAST.search(ranked) or _LESS.search(ranked))
    direction = 0 if most == least else (1 if most else -1)
    years = tuple(sorted(getattr(part, "years", None) or {int(y) for y in _YEAR.findall(text)}))
    names = _names(text)
    kind = asked_kind(text)
    every = _EVERY.search(text)
    if kind is None and every and _family(every.group(1), True):
        kind = every.group(1).lower()  # "each installer": the rows asked, not a measure
    anyone = _any_kind(text) if kind is None else None
    if anyone:
        kind = anyone  # "did any region's spending fall": the rows asked, not a measure
    words = {w for w in content_words(re.sub(r"(?i)\bper\s+[a-z-]+", " ", text)) if w not in _FRAME and not re.fullmatch(r"\d+", w)}
    words -= {n.lower() for n in names}
    words -= {w for w in words if _EXCLUSION_WORD.fullmatch(w)}  # "outside China": the word that leaves a name out
    if kind:
        words -= {kind, kind + "s", kind.rstrip("s")}
    if anyone and kind:
        words.discard("any")
    measure = frozenset(words) or measure_from
    kind_ = getattr(part, "kind", "")
    superlative = bool(_MOST.search(ranked) or _LEAST.search(ranked))
    until = len(years) == 1 and bool(_UNTIL.search(text))
    down = bool(_DOWN.search(text))
    if op == "level" and _between_years(text, years, names, superlative):
        # A4: "Which makers shipped fewer megawatts in 2025 than they had in 2024?": each row against itself, a year
        # apart: the rows that moved that way (``_filter``), not a comparison of rows
        op, direction, down = "change", 0, bool(_LESS.search(text))
    return _Ask(text, op, direction, superlative, until, down, years, measure, kind, tuple(names),
                kind_ == "yesno", bool(re.match(r"(?i)\s*(?:\w+\s+){0,2}?which\b", text)), kind_ == "amount",
                bool(_FUTURE.search(text)), share=bool(_SHARE_OF.search(text)) and not change and not kind)  # fmt: skip


def _between_years(text: str, years: Sequence[int], names: Sequence[str], superlative: bool) -> bool:
    """Does a which-question compare each row's figure in one asked year with its own in the other ("Which ... shipped
    fewer units in 2025 than (they had) in 2024?"): two years, one comparative ("more"/"fewer"/"less"...) with "than",
    a year after "than", no named rows and no superlative?"""
    if len(years) != 2 or names or superlative or not re.match(r"(?i)\s*(?:\w+\s+){0,2}?which\b", text):
        return False
    if bool(_MORE.search(text)) == bool(_LESS.search(text)):
        return False
    return bool(re.search(r"(?i)\bthan\s+(?:(?:they|it|he|she)\s+(?:had|did)\s+)?(?:in\s+|during\s+|for\s+)?(?:FY\s?)?(?:19|20)\d\d\b",
                          text))


_UNIT_SYMBOL = {"megawatts": "mw", "gigawatts": "gw", "kilowatts": "kw", "terawatts": "tw", "megawatt-hours": "mwh",
                "gigawatt-hours": "gwh", "terawatt-hours": "twh", "kilowatt-hours": "kwh", "tonnes": "t", "kilotonnes": "kt",
                "megatonnes": "mt", "barrels": "bbl", "twenty-foot": "teu"}


def _said_as_noun(measure: frozenset[str], table: PageTable, said: set[str]) -> set[str]:
    """``said`` and the stems of the asked verbs the table says as their noun ("shipped" / "shipments", "installed" /
    "installations", "delivered" / "deliveries": the verb done is what the table counts) and of the asked units it
    says by their symbol ("megawatts" / "MW")."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join((table.caption, table.unit_line, table.head)))}
    out = set(said)
    for w in measure:
        if _UNIT_SYMBOL.get(w.lower()) in words:  # "megawatts" asked, "(MW, calendar years)": the unit said by its symbol
            out |= _stems({w})
        m = re.fullmatch(r"([a-z]{3,}?)([b-df-hj-np-tv-z])?\2?(?:ed|ing)", w)
        if not m:
            continue
        bases = {m.group(1) + (m.group(2) or ""), m.group(1) + 2 * (m.group(2) or "")}  # "ship", "install"
        if any(re.fullmatch(rf"{b}(?:e)?(?:ments?|ations?|ions?|ies|y|s|ings?)", x) for b in bases for x in words):
            out |= _stems({w})
    return out


def _fits(ask: _Ask, table: PageTable) -> bool:
    """Does the table measure what the question asks (every measure word in its caption, unit line, head cells; one
    may be missing: the head of a compound whose modifier the table says, "installed base" for "Installed heat
    pumps", "store count" for "number of stores", never a measure noun), with rows of the asked kind?"""
    if ask.kind:
        fam, head_fam = _family(ask.kind, True), _family(table.head.split()[0], True) if table.head.split() else None
        if head_fam and fam and head_fam != fam:
            return False
    if not ask.measure:
        return True
    said = _context_stems(table)
    unit = _unit(table, set(ask.measure))
    if unit is not None and _count(unit):
        said |= {"volum"}  # "its volume" is what a table of counts ("thousands of deliveries") measures
    need = _stems(set(ask.measure))
    if table.aside and need & (_stems(content_words(table.aside)) - _stems(content_words(table.header))):
        return False  # "box office" asked of a table whose read columns are admissions: a set-aside head's measure
    missing = need - _said_as_noun(ask.measure, table, said)
    if not missing:
        return True
    if len(missing) != 1 or missing & _stems(set(_MEASURE_NOUNS)):
        return False  # "heat pump sales" is not answered by a table of installed heat pumps
    if any(_ACTION.fullmatch(w) for w in ask.measure if _stem(w) in missing):
        return False  # "How many stores did X open?": an action, not the head of a compound
    # the missing word follows a word the table says ("installed base"); one before it ("closed stores", "sold the
    # most units") is what is done to the measure, which the table does not say
    words = re.findall(r"[A-Za-z][A-Za-z&'-]*", ask.text.lower())
    return any(_stem(b) in missing and _stem(a) in need & said for a, b in zip(words, words[1:]))


def _columns(ask: _Ask, table: PageTable, change: bool) -> tuple[int, ...] | None:
    """Indexes of the asked columns: (before, after) for a change, (one,) for a level; None when one is missing."""
    idx = {y: i for i, y in enumerate(table.years)}
    if change:
        if len(ask.years) == 2:
            a, b = ask.years
        elif len(ask.years) == 1 and ask.until and len(table.years) == 2 and table.years[1] == ask.years[0]:
            a, b = table.years  # "gain the most share by 2027" in a 2024 / 2027F table: over the table's span
        elif len(ask.years) == 1:
            a, b = ask.years[0] - 1, ask.years[0]
        elif not ask.years and len(table.years) == 2:
            a, b = table.years
        elif not ask.years and not ask.future and len(actual := [y for y, c in zip(table.years, table.columns)
                                                                   if not _FORECAST.search(c)]) == 2:  # fmt: skip
            a, b = actual  # "Which segment grew fastest?" over 2023, 2024 and 2027F: the two reported years
        else:
            return None  # no year asked and more than two columns, or three years asked: which two is not said
        if a not in idx or b not in idx or a >= b:
            return None
        return idx[a], idx[b]
    if len(ask.years) == 1:
        return (idx[ask.years[0]],) if ask.years[0] in idx else None
    if not ask.years:
        return (max(range(len(table.years)), key=lambda i: table.years[i]),)
    return None


# ------------------------------------------------------------------------------------------------- figures


def _decimals(cells: Sequence[str]) -> int:
    return max((len(c.split(".")[1].rstrip("%)")) if "." in c else 0 for c in cells), default=0)


def _fmt(v: float, cells: Sequence[str], sign: bool = False) -> str:
    d = _decimals(cells)
    grouped = any("," in c for c in cells)
    s = f"{abs(v):,.{d}f}" if grouped else f"{abs(v):.{d}f}"
    if sign:
        return ("+" if v > 0 else "-" if v < 0 else "") + s
    return ("-" if v < 0 else "") + s


def _points(figure: str, word: str) -> str:
    """" percentage point" after "+1" or "-1", " percentage points" after any other figure."""
    return word if re.fullmatch(r"[+-]?1(?:\.0+)?", figure) else word + "s"


def _scaled(figure: str, unit: str) -> str:
    """A count's figure with the scale its unit states ("720" in "thousands of deliveries" -> "720 thousand"): what
    the figure is, said where it is shown; other units' figures as they are (the unit note names them)."""
    m = re.match(r"(?i)\s*\(?\s*(thousand|million|billion)s?\b", unit)
    return f"{figure} {m.group(1).lower()}" if m and _count(unit) else figure


def _shown(cell: str, unit: str) -> str:
    return cell if cell.endswith("%") or not _percent(unit) or unit.strip() != "%" else cell + "%"


def cagr(first: float, last: float, years: int) -> float | None:
    """The compound annual growth rate from ``first`` to ``last`` over ``years`` years; None unless both are
    positive and the span is a year or more."""
    if first <= 0 or last <= 0 or years < 1:
        return None
    return math.pow(last / first, 1.0 / years) - 1.0


@dataclass(frozen=True)
class _Move:
    row: TableRow
    a: float
    b: float
    delta: float
    growth: float | None  # relative change; None for percentages or a base that is not positive
    annual: float | None


def _move(row: TableRow, cols: tuple[int, int], span: int, pct: bool) -> _Move | None:
    a, b = row.values[cols[0]], row.values[cols[1]]
    if a is None or b is None:
        return None
    growth = None if pct or a <= 0 else (b - a) / a
    annual = None if pct else cagr(a, b, span)
    return _Move(row, a, b, b - a, growth, annual)


def _move_text(m: _Move, table: PageTable, cols: tuple[int, int], unit: str, op: str) -> str:
    pct = _percent(unit)
    ca, cb = m.row.cells[cols[0]], m.row.cells[cols[1]]
    delta = _fmt(m.delta, [ca, cb], sign=True)
    delta += _points(delta, " percentage point") if pct else ""
    text = (f"{_scaled(_shown(ca, unit), unit)} ({table.columns[cols[0]]}) to {_scaled(_shown(cb, unit), unit)} "
            f"({table.columns[cols[1]]}), {_scaled(delta, unit)}")
    if m.growth is not None and op in ("rate", "change", "cagr"):
        text += f" ({100 * m.growth:+.1f}%)"
    if op == "cagr" and m.annual is not None:
        span = table.years[cols[1]] - table.years[cols[0]]
        text += f", a compound annual growth rate of {100 * m.annual:.1f}% over {span} year{'s' if span != 1 else ''}"
    return text


def _key(m: _Move, op: str) -> float | None:
    if op == "cagr":
        return m.annual
    if op == "rate":
        return m.growth
    return m.delta


def _unit_note(unit: str) -> str:
    """" (GWh)" after a column or span; nothing for percentages, which carry their "%"."""
    return "" if unit.strip() == "%" else f" {unit}" if unit.startswith("(") else f" ({unit})"


# ------------------------------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class TablePick:
    table: PageTable
    text: str  # the computed line (a lookup: the row with its column heads)
    rows: tuple[TableRow, ...]  # the rows it is computed from
    verdict: str | None = None
    lookup: bool = False  # one cell read, nothing computed: shown as the row (``extract`` takes it only as a last resort)
    weak: bool = False  # one row's own figure or change: a sentence (or another row) stating it comes first


def _compare(ask: _Ask, table: PageTable, rows: list[TableRow], unit: str, leader: bool = True) -> TablePick | None:
    """Two or more named rows: their figures in the asked column (a level) or their moves between the asked columns,
    and which is ahead when the question asks it (never on a tie)."""
    op = ask.op
    if op == "level" and not (_COMPARE.search(ask.text) or _THAN.search(ask.text) or (ask.which and ask.direction)):
        return None  # "What were A's and B's revenues?" asks the figures, not a comparison (the rows answer it)
    if op == "level":
        cols = _columns(ask, table, change=False)
        if cols is None:
            return None
        c = cols[0]
        vals = [(r, r.values[c]) for r in rows]
        if any(v is None for _, v in vals):
            return None
        shown = " against ".join(f"{r.label} {_shown(r.cells[c], unit)}" for r, _ in vals)
        text = f"{shown} in {table.columns[c]}{_unit_note(unit)}"
        verdict = None
        if len(vals) == 2:
            (ra, va), (rb, vb) = vals
            if va == vb:
                text += ": the same figure"
            else:
                hi, lo = (ra, rb) if va > vb else (rb, ra)
                diff = _fmt(abs(va - vb), [ra.cells[c], rb.cells[c]])
                diff += _points(diff, " percentage point") if _percent(unit) else ""
                text += f": {hi.label} higher by {diff}"
                if ask.yesno:
                    return None  # a yes/no on levels is ``pickers.compare_rows``'s
            if ask.which and ask.direction:
                ranked = sorted(vals, key=lambda t: -t[1] * ask.direction)
                if ranked[0][1] != ranked[1][1]:
                    text = f"{ranked[0][0].label}. " + text
        return TablePick(table, text + " (computed from the table's rows).", tuple(rows), verdict)
    cols2 = _columns(ask, table, change=True)
    if cols2 is None:
        return None
    span = table.years[cols2[1]] - table.years[cols2[0]]
    pct = _percent(unit)
    if pct and op in ("rate", "cagr"):
        return None  # the growth rate of a share is not asked in percentage points: no answer
    moves = [_move(r, cols2, span, pct) for r in rows]
    if any(m is None for m in moves):
        return None
    shown = "; ".join(f"{m.row.label} {_move_text(m, table, cols2, unit, op)}" for m in moves)
    text = f"From {table.columns[cols2[0]]} to {table.columns[cols2[1]]}{_unit_note(unit)}: {shown}"
    keys = [_key(m, op) for m in moves]
    if any(k is None for k in keys):
        return None
    verdict = None
    lead = ""
    direction = ask.direction or (1 if _EACH.search(ask.text) or _COMPARE.search(ask.text) else 0)
    if len(moves) >= 2 and direction and leader:
        order = sorted(zip(keys, moves), key=lambda t: -t[0] * direction)
        if order[0][0] != order[1][0]:
            if ask.down:  # "lost more", "fell faster": the lower change or rate first
                order = sorted(zip(keys, moves), key=lambda t: t[0] * direction)
                if direction > 0 and order[0][0] >= 0:
                    return None  # "Which fell faster?" when none fell: no answer
            word = (_move_word(op, ask.down, direction, "larger", "smaller", "faster", "slower") if len(moves) == 2 else
                    _move_word(op, ask.down, direction, "largest", "smallest", "fastest", "slowest"))
            lead = f"{order[0][1].row.label}: the {word}"
            if ask.yesno:
                than = _THAN.search(ask.text)
                if than is None or len(rows) != 2:
                    return None
                first = [r for r in rows if re.search(re.escape(_label_core(r.label).split()[0]), ask.text[: than.start()])]
                if len(first) != 1:
                    return None
                verdict = "Yes" if first[0] is order[0][1].row else "No"
    text = (f"{lead}. " if lead else "") + text + " (computed from the table's rows)."
    return TablePick(table, text, tuple(rows), verdict)


def _rank(ask: _Ask, table: PageTable, unit: str) -> TablePick | None:
    """No named row: the table's rows (three or more, totals and "other" rows out) ranked by the asked level or
    move; the top one when it is clear."""
    if not ask.direction or not ask.superlative or ask.yesno or _COUNTED.search(ask.text) or table.continued:
        return None  # "Which companies plan to spend more?" is no ranking; "which two regions" asks more than one;
        # a table going on over the next page is not ranked on the rows of one
    aside = set_aside_names(ask.text)
    ranked_rows = [r for r in table.rows if not _TOTAL.match(r.label) and not set_aside_row(r.label, aside)]
    pct = _percent(unit)
    if ask.op == "level":
        cols = _columns(ask, table, change=False)
        if cols is None:
            return None
        c = cols[0]
        vals = [(r.values[c], r) for r in ranked_rows]
        if any(v is None for v, _ in vals) or len([1 for _, r in vals if not _OTHER.match(r.label)]) < 3:
            return None
        vals.sort(key=lambda t: -t[0] * ask.direction)
        if vals[0][0] == vals[1][0] or _OTHER.match(vals[0][1].label):
            return None
        top = vals[0][1]
        word = "highest" if ask.direction > 0 else "lowest"
        text = (f"{top.label} has the {word} {table.columns[c]} figure of the table's {len(vals)} rows: "
                f"{_shown(top.cells[c], unit)}{_unit_note(unit)} (computed from the table's rows).")  # fmt: skip
        return TablePick(table, text, tuple(table.rows))
    cols2 = _columns(ask, table, change=True)
    if cols2 is None or (pct and ask.op in ("rate", "cagr")):
        return None
    span = table.years[cols2[1]] - table.years[cols2[0]]
    moves = [_move(r, cols2, span, pct) for r in ranked_rows]
    if any(m is None for m in moves) or len([m for m in moves if not _OTHER.match(m.row.label)]) < 3:
        return None
    keys = [_key(m, ask.op) for m in moves]
    if any(k is None for k in keys):
        return None  # a growth rate from nothing or from a loss
    sign = -1 if ask.down else 1
    want = ask.direction * sign  # "lose the most", "fell fastest": the lowest change or rate first
    order = sorted(zip(keys, moves), key=lambda t: -t[0] * want)
    (k0, top), (k1, _) = order[0], order[1]
    if k0 == k1 or _OTHER.match(top.row.label):
        return None
    if ask.op == "change" or ask.down:
        if ask.direction > 0 and (k0 >= 0 if ask.down else k0 <= 0):
            return None  # "which lost the most" ("fell fastest") when none fell, "which gained the most" when none rose
        if ask.direction < 0 and (ask.down or any(k < 0 for k in keys)):
            return None  # "lost the least", "gained the least" when some fell: which rows count is not said
    word = _move_word(ask.op, ask.down, ask.direction, "largest", "smallest", "fastest", "slowest")
    text = (f"{top.row.label}: the {word} of the table's {len(moves)} rows from {table.columns[cols2[0]]} to "
            f"{table.columns[cols2[1]]}{_unit_note(unit)}: {_move_text(top, table, cols2, unit, ask.op)}. "
            f"In order: {'; '.join(f'{m.row.label} {_order_figure(m, k, ask.op, unit)}' for k, m in order)}"
            f" (computed from the table's rows).")  # fmt: skip
    return TablePick(table, text, tuple(table.rows))


def _order_figure(m: _Move, key: float, op: str, unit: str) -> str:
    """A row's figure in a ranking's order: its change ("+4 percentage points", "-0.6") or growth ("+22.5%")."""
    if op == "change":
        cells = [c for c in m.row.cells]
        shown = _fmt(key, cells, sign=True)
        return shown + (_points(shown, " point") if _percent(unit) else "")
    return f"{100 * key:+.1f}%"


def _move_word(op: str, down: bool, direction: int, big: str, small: str, fast: str, slow: str) -> str:
    """"the larger increase", "the largest decrease", "the fastest growth" (the move a comparison or ranking is by)."""
    if op == "change":
        return f"{big if direction > 0 else small} {'decrease' if down else 'increase'}"
    return f"{fast if direction > 0 else slow} {'annual ' if op == 'cagr' else ''}{'decline' if down else 'growth'}"


def _lookup(ask: _Ask, table: PageTable, row: TableRow) -> TablePick | None:
    """One named row's figure in the one asked column, for a table whose column heads are more than years
    ("Capacity end-2024 (GW)"): the row with its year heads, for the extractive answer to read like any row."""
    if not ask.amount or ask.op != "level" or ask.direction or len(ask.years) != 1:
        return None
    cols = _columns(ask, table, change=False)
    if cols is None or row.values[cols[0]] is None:
        return None
    return TablePick(table, _row_line(table, row, plain=True), (row,), lookup=True, weak=True)


# "Did any region's spending fall?", "Were any of the markets down?": a yes/no on whether one row or more moved so,
# the kind of row after "any"
_ANY_ROW = re.compile(r"(?i)\bany\b")
_ANY_KIND = re.compile(r"(?i)\bany\s+(?:of\s+(?:the|its|their)\s+)?((?:[a-z0-9-]+['’]?s?\s+){0,2}[a-z-]+['’]?s?)")


def _any_kind(text: str) -> str | None:
    """The kind of row after "any" ("did any region's spending fall", "did any of the five carriers lose"): the first
    of the (up to three) words after it that names a kind of row; None when none does."""
    m = _ANY_KIND.search(text)
    if m is None:
        return None
    for w in m.group(1).split():
        w = re.sub(r"['’]s?$", "", w)
        if _family(w, True):
            return w.lower()
    return None


def _filter(ask: _Ask, table: PageTable, unit: str) -> TablePick | None:
    """"Which segments' revenue fell in 2024?", "Which regions are expected to gain share by 2027?": no ranking
    asked, the rows whose change between the asked columns went the asked way (totals and "other" rows out), each
    with its change; none that did: no answer. A yes/no asking whether any row moved so ("Did any region's sales
    fall?"): "Yes" with those rows, or "No" with every row's move."""
    anyone = ask.yesno and bool(_ANY_ROW.search(ask.text))
    if ask.op != "change" or ask.direction or (ask.yesno and not anyone) or table.continued:
        return None
    cols2 = _columns(ask, table, change=True)
    if cols2 is None:
        return None
    span = table.years[cols2[1]] - table.years[cols2[0]]
    moves = [_move(r, cols2, span, _percent(unit)) for r in table.rows if not _TOTAL.match(r.label) and not _OTHER.match(r.label)]
    if any(m is None for m in moves) or len(moves) < 2:
        return None
    went = [m for m in moves if (m.delta < 0 if ask.down else m.delta > 0)]
    way = "fell" if ask.down else "rose"
    if not went and anyone:  # "Did any region's spending fall?" and every row rose or held: no, each row's move shown
        text = (f"None of the table's {len(moves)} rows {way} from {table.columns[cols2[0]]} to "
                f"{table.columns[cols2[1]]}{_unit_note(unit)}: "
                + "; ".join(f"{m.row.label} {_order_figure(m, m.delta, 'change', unit)}" for m in moves)
                + " (computed from the table's rows).")
        return TablePick(table, text, tuple(table.rows), verdict="No")
    if not went:
        return None
    rest = [m for m in moves if m not in went]
    text = (f"{len(went)} of the table's {len(moves)} rows {way} from {table.columns[cols2[0]]} to "
            f"{table.columns[cols2[1]]}{_unit_note(unit)}: "
            + "; ".join(f"{m.row.label} {_move_text(m, table, cols2, unit, 'change')}" for m in went)
            + (". The others: " + "; ".join(f"{m.row.label} {_order_figure(m, m.delta, 'change', unit)}" for m in rest)
               if rest else "")
            + " (computed from the table's rows).")  # fmt: skip
    return TablePick(table, text, tuple(table.rows), verdict="Yes" if anyone else None)


def _past_bound(ask: _Ask, table: PageTable, unit: str) -> TablePick | None:
    """"In which countries did own brands take more than half of sales value in 2024?": a table of shares (in
    percent), its one asked column (the latest when no year is asked), and the rows past the bound (totals and
    "other" rows out), each with its figure; none past it, a change asked, or a table not of shares: no answer."""
    if ask.threshold is None or ask.op != "level" or ask.yesno or table.continued or not _percent(unit):
        return None
    cols = _columns(ask, table, change=False)
    if cols is None:
        return None
    col = cols[0]
    rows = [r for r in table.rows if not _TOTAL.match(r.label) and not _OTHER.match(r.label)]
    if len(rows) < 2 or any(r.values[col] is None for r in rows):
        return None
    bound, way = ask.threshold
    past = [r for r in rows if (r.values[col] > bound if way > 0 else r.values[col] < bound)]
    if not past:
        return None
    side = "above" if way > 0 else "below"
    text = (f"{len(past)} of the table's {len(rows)} rows {'is' if len(past) == 1 else 'are'} {side} "
            f"{_fmt_plain(bound)}% in {table.columns[col]}: "
            + "; ".join(f"{r.label} {r.cells[col]}%" if not r.cells[col].endswith("%") else f"{r.label} {r.cells[col]}"
                        for r in past)
            + " (read from the table's rows).")
    return TablePick(table, text, tuple(table.rows))


def _derive(ask: _Ask, table: PageTable, row: TableRow, unit: str) -> TablePick | None:
    """One named row and a change, growth rate or compound annual rate between two asked columns."""
    if ask.op == "level" or ask.yesno or not ask.years or len(ask.years) > 2:
        return None
    if ask.op == "change" and changes.asks_change(ask.text):
        return None  # "By how much did X's revenue fall ...?": ``prose_changes`` reads the row with its unit and scale
    cols2 = _columns(ask, table, change=True)
    if cols2 is None:
        return None
    pct = _percent(unit)
    if pct and ask.op in ("rate", "cagr"):
        return None
    span = table.years[cols2[1]] - table.years[cols2[0]]
    m = _move(row, cols2, span, pct)
    if m is None or (ask.op == "cagr" and m.annual is None) or (ask.op == "rate" and m.growth is None):
        return None
    text = (f"{row.label}, {table.columns[cols2[0]]} to {table.columns[cols2[1]]}{_unit_note(unit)}: "
            f"{_move_text(m, table, cols2, unit, ask.op)} (computed from the table's row).")
    return TablePick(table, text, (row,), weak=True)


def _combined(ask: _Ask, table: PageTable, rows: list[TableRow], unit: str) -> TablePick | None:
    """"By how much did A and B combined fall in 2024, in millions and in percent?": the named rows' cells added in
    each of the two asked columns, the change of the sums and its percent; every added cell shown. None when a
    column is missing or a cell is not a figure, or the first sum is not positive (no percent)."""
    cols = _columns(ask, table, change=True)
    if cols is None:
        return None
    a, b = cols
    if any(r.values[a] is None or r.values[b] is None for r in rows):
        return None
    sa = sum(r.values[a] for r in rows)  # type: ignore[misc]
    sb = sum(r.values[b] for r in rows)  # type: ignore[misc]
    if sa <= 0:
        return None
    cells = [c for r in table.rows for c in (r.cells[a], r.cells[b])]  # the table's printing: grouping and decimals
    names = ", ".join(r.label for r in rows[:-1]) + f" and {rows[-1].label}"
    added = "; ".join(f"{table.columns[c]} {' + '.join(r.cells[c] for r in rows)} = {_fmt(sum(r.values[c] for r in rows), cells)}"  # type: ignore[misc]
                      for c in (a, b))  # fmt: skip
    text = (f"{names} combined{_unit_note(unit)}: {_scaled(_fmt(sa, cells), unit)} ({table.columns[a]}) to "
            f"{_scaled(_fmt(sb, cells), unit)} ({table.columns[b]}), {_scaled(_fmt(sb - sa, cells, sign=True), unit)} "
            f"({100 * (sb - sa) / sa:+.1f}%); {added}")
    return TablePick(table, text + " (computed from the table's rows).", tuple(rows))


# "what percentage of the region's shipments went to Chile", "what share of the sector's sales came
# from refills", "what share of the unit cost went to labour", "and what was that share two years earlier?"
_SHARE_OF = re.compile(r"(?i)\b(?:share|proportion|portion|fraction)\b|\bpercentage\s+of\b")
_SHARE_WORDS = frozenset("""share shares percentage percent proportion portion fraction rounded round decimal place places
    took take takes taken came come comes went goes accounted account accounts world global worldwide total whole
    overall entire that this""".split())  # fmt: skip


def _share_rows(ask: _Ask, table: PageTable) -> tuple[TableRow, ...] | None:
    """The one part row and the total row of a share question: the total is the table's one total row ("Total",
    "World"), the part the one other row whose label's words the question all says (any order: "replacement car
    and light truck tyres" names "Car and light truck, replacement"); None when not exactly one of each. A
    combined share (``ask.combined``: "A and B together") takes every such row, two or more, total last."""
    totals = [r for r in table.rows if _TOTAL.match(r.label)]
    if len(totals) != 1:
        return None
    said = set(_stems({w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&'-]+", ask.text)}))
    parts = []
    for r in table.rows:
        if r is totals[0]:
            continue
        words = _stems({w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&'-]+", _label_core(r.label))} - {"and", "of", "the"})
        if words and (words <= said or _initials_said(_label_core(r.label), ask.text)):
            parts.append(r)  # every word of the label said, or its initials ("UK")
    parts = [r for r in parts if not any(o is not r and set(_label_core(r.label).lower().split()) < set(_label_core(o.label).lower().split()) for o in parts)]  # fmt: skip
    # "what share did A and B account for together", and "what share came from A and B" (one share asked of two named
    # rows, no "each" nor "shares"): the rows' summed share, every named part row, two or more
    cores = [_stems({w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&'-]+", _label_core(r.label))} - {"and", "of", "the"})
             for r in parts]
    apart = all(c - set().union(*(o for j, o in enumerate(cores) if j != i)) for i, c in enumerate(cores))
    if ask.combined or (len(parts) >= 2 and apart and not _EACH.search(ask.text) and not re.search(r"(?i)\bshares\b", ask.text)):
        return (*sorted(parts, key=lambda r: r.start), totals[0]) if len(parts) >= 2 else None
    return (parts[0], totals[0]) if len(parts) == 1 else None


def _share(ask: _Ask, table: PageTable, unit: str) -> TablePick | None:
    """A named row's share of the table's total row in the one asked column, in percent (one decimal), when the
    rows above the total add up to it in that column (within the cells' rounding): otherwise the "total" is not
    the whole of those rows and no share is computed. A table of percentages gives no share of a total."""
    if _percent(unit) or ask.op != "level" or ask.direction or len(ask.years) != 1:
        return None
    got = _share_rows(ask, table)
    cols = _columns(ask, table, change=False)
    if got is None or cols is None:
        return None
    *parts, total = got
    c = cols[0]
    members = [r for r in table.rows if r is not total]
    values = [r.values[c] for r in members]
    whole = total.values[c]
    if any(p.values[c] is None or p.values[c] < 0 for p in parts) or whole is None or whole <= 0 or \
            any(v is None for v in values):  # fmt: skip
        return None
    step = 10 ** -_decimals([r.cells[c] for r in table.rows])
    if abs(sum(values) - whole) > max(step * len(members) / 2, step):  # type: ignore[arg-type]
        return None  # the rows do not add up to the total: it is not their whole
    if len(parts) == 1:
        part = parts[0]
        share = 100 * part.values[c] / whole  # type: ignore[operator]
        text = (f"{part.label}: {share:.1f}% of the {total.label} row in {table.columns[c]}{_unit_note(unit)}: "
                f"{_scaled(part.cells[c], unit)} of {_scaled(total.cells[c], unit)}")
        # a stated share comes first (``extract``: unless the sentence's percentages are all another measure's)
        return TablePick(table, text + " (computed from the table's rows).", (part, total), weak=True)
    # "what share did A and B account for together": the named rows added in the asked column, every cell shown
    cells = [r.cells[c] for r in table.rows]
    added = sum(p.values[c] for p in parts)  # type: ignore[misc]
    names = ", ".join(p.label for p in parts[:-1]) + f" and {parts[-1].label}"
    text = (f"{names} combined: {100 * added / whole:.1f}% of the {total.label} row in {table.columns[c]}"
            f"{_unit_note(unit)}: {' + '.join(_scaled(p.cells[c], unit) for p in parts)} = "
            f"{_scaled(_fmt(added, cells), unit)} of {_scaled(total.cells[c], unit)}")
    return TablePick(table, text + " (computed from the table's rows).", (*parts, total), weak=True)


# "the elevator industry's revenue", "the coffee market's volume": the words naming the industry that owns the whole
_INDUSTRY_OWNS = re.compile(r"(?i)\b((?:[a-z-]+\s+){1,2}?)(?:industry|market|sector|trade)['’]s?\s")


def _answer(ask: _Ask, tables: Sequence[tuple[Any, PageTable]], prefer: PageTable | None) -> tuple[Any, TablePick] | None:  # fmt: skip
    """The one table that fits the ask and its computed pick; None when none or two fit."""
    found: list[tuple[Any, TablePick]] = []
    for where, table in tables:
        if ask.share and not _percent(_unit(table, set()) or ""):
            pair = _share_rows(ask, table)
            named = _stems({w.lower() for r in (pair or ()) for w in re.findall(r"[A-Za-z][A-Za-z&'-]+", _label_core(r.label))})
            labels = " ".join(r.label for r in (pair or ())[:-1])
            # a name the question gives the whole ("Europe's output") may be the report's own subject, named by its title;
            # so may the words of the industry owning the whole ("the elevator industry's revenue" in a report titled
            # "Elevators and Escalators"): the report's subject, no measure its table must say (session 24)
            title = getattr(getattr(where, "meta", None), "title", "") or ""
            owner = {w.lower() for m in _INDUSTRY_OWNS.finditer(ask.text) for w in m.group(1).split()}
            subject = _stems(owner) & _stems({w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&'-]+", title)})
            measure = frozenset(w for w in ask.measure if not _stems({w}) <= named and w.lower() not in _SHARE_WORDS
                                and not (_stems({w}) <= subject and w.lower() not in _MEASURE_NOUNS))
            unit = _unit(table, set(measure))
            if pair is not None and unit is not None and _fits(replace(ask, measure=measure), table) and all(
                    any(_says_name(n, x) for x in (labels, table.context, table.section, title))
                    or any(_initials_said(_label_core(r.label), n) for r in pair[:-1]) for n in ask.names):  # fmt: skip
                pick = _share(ask, table, unit)
                if pick is not None:
                    found.append((where, pick))
            continue  # a share asked: the share of a total, nothing else
        rows = named_rows(ask.text, table)
        named = _stems({w.lower() for r in rows for w in re.findall(r"[A-Za-z][A-Za-z&'-]+",
                                                                     r.label if ask.combined else _label_core(r.label))})
        if not _fits(replace(ask, measure=frozenset(w for w in ask.measure if not _stems({w}) <= named)), table):
            continue  # the named rows' own words ("utility-scale revenue") are no measure the caption must say
        if ask.combined:
            unit = _unit(table, set(ask.measure))
            if unit is not None and not _percent(unit) and len(rows) >= 2 and not any(_OWN_UNIT.search(r.label) for r in rows) \
                    and all(any(_says_name(n, x) for x in (*(r.label for r in rows),
                                                                                       table.context, table.section))
                            for n in ask.names):  # fmt: skip
                pick = _combined(ask, table, rows, unit)
                if pick is not None:
                    found.append((where, pick))
            continue
        context = f"{table.context} {table.section} {getattr(getattr(where, 'meta', None), 'title', '') or ''}"
        for n in ask.names:  # every name the part asks about is a row here (or the table's own subject)
            if not any(_says_name(n, r.label) or _initials_said(_label_core(r.label), n) for r in table.rows) \
                    and not _says_name(n, context):
                break
        else:
            unit = _unit(table, set(ask.measure))
            if unit is None or (_percent(unit) and ask.threshold is None
                                and not _PERCENT_ASKED.search(" ".join((ask.text, *ask.measure)))):
                continue  # a table of shares answers a question about shares, not "which region grew?"
            pick = None
            if any(_OWN_UNIT.search(r.label) for r in (rows or table.rows)):
                continue  # a row stating its own unit ("Operating margin (%)") is not in the table's: which unit is not said
            if len(rows) >= 2:
                pick = _compare(ask, table, rows, unit)
            elif len(rows) == 1:
                pick = _derive(ask, table, rows[0], unit) or _lookup(ask, table, rows[0])
            elif not ask.names or all(_says_name(n, context, start=False) for n in ask.names):
                if ask.threshold is not None:
                    pick = _past_bound(ask, table, unit) if ask.which or ask.kind else None
                elif ask.which or (ask.kind and not _EVERY.search(ask.text)):
                    pick = _rank(ask, table, unit) if ask.superlative else _filter(ask, table, unit)
                elif _EVERY.search(ask.text) and ask.op != "level" and not table.continued:
                    pick = _compare(replace(ask, direction=0), table, [r for r in table.rows if not _TOTAL.match(r.label)],
                                    unit, leader=False)  # "How much capacity did each operator add?": every row's move
            if pick is not None:
                found.append((where, pick))
    if prefer is not None:
        same = [f for f in found if f[1].table == prefer]
        if same:
            return same[0]
    if len(found) > 1 and ask.kind:
        # two tables fit: the one whose label column's head names the asked kind itself ("which markets": "Market",
        # not "Country") is the table asked about
        headed = [f for f in found if f[1].table.head.split() and _stem(f[1].table.head.split()[0].lower()) == _stem(ask.kind)]
        if len(headed) == 1:
            return headed[0]
    if len(found) != 1:
        return None
    return found[0]


_TABLE_Q = re.compile(rf"(?i)\b(?:{_UP_WORDS}|{_DOWN_WORDS}|{_COMPARE_WORDS}|fast|faster|fastest|"
                      r"slow|slower|slowest|cagr|compound|most|least|more|less|fewer|largest|smallest|biggest|highest|"
                      r"lowest|change[ds]?)\b")


def table_picks(question: str, parts: Sequence[Any], cands: Sequence[Any],
                page_text: Callable[[str, int], str | None] | None) -> dict[int, tuple[Any, str | None, str, bool]]:  # fmt: skip
    """Per part index: (a candidate of kind "ranked" built from one of the table's row candidates, the verdict for
    a yes/no part, the computed line, weak) for the parts a report table answers by computation (see the module
    docstring); parts not so answered are absent. ``weak``: one row's own figure or change (a lookup, a derived
    change or CAGR), which the caller shows only when no sentence answers the part."""
    if page_text is None or not (_TABLE_Q.search(question) or _SHARE_OF.search(question)
                                 or any(getattr(p, "kind", "") == "amount" for p in parts)):
        return {}
    pages: dict[tuple[str, int], Any] = {}
    for c in cands:
        if c.kind == "row" and (c.meta is None or is_report(c.meta)) and (c.doc_id, c.page) not in pages:
            pages[(c.doc_id, c.page)] = c
    # a page no row candidate comes from may open with the rows of a table whose head line ends the page before
    # (``_headed_before``): any candidate of that page stands for it
    heads: dict[tuple[str, int], Any] = {}
    for c in cands:
        if (c.doc_id, c.page) not in pages and c.page > 1 and (c.meta is None or is_report(c.meta)):
            heads.setdefault((c.doc_id, c.page), c)
    tables: list[tuple[Any, PageTable]] = []
    for (doc_id, page), c in heads.items():
        text = page_text(doc_id, page)
        if text:
            tables.extend((c, t) for t in _headed_before(page_text(doc_id, page - 1), text))
    for (doc_id, page), c in pages.items():
        text = page_text(doc_id, page)
        if text:
            for t in page_tables(text):
                if not text[max(r.end for r in t.rows) :].strip() and _opens_with_rows(page_text(doc_id, page + 1), t):
                    t = _run_on(t, text, page_text(doc_id, page + 1) or "", page + 1) or replace(t, continued=True)
                if _ACRONYM.search(" ".join((t.caption, t.unit_line, t.head))):
                    t = _spell_acronyms(t, [x for p in range(1, page + 1) if (x := page_text(doc_id, p))])
                tables.append((c, t))
            if page > 1:
                tables.extend((c, t) for t in _headed_before(page_text(doc_id, page - 1), text))
    if not tables:
        return {}
    out: dict[int, tuple[Any, str | None, str, bool]] = {}
    prev: tuple[_Ask, PageTable] | None = None
    for k, part in enumerate(parts):
        text = getattr(part, "text", str(part))
        if getattr(part, "kind", "") in ("reason", "business"):
            continue  # "Why did A grow faster than B?" asks a cause
        ask = _read(text, part)
        own = ask.measure
        if _SUM.search(text) and ask.share and ask.op == "level" and not ask.yesno and not ask.which:
            # "What share of sales did A and B account for together?": the named rows' summed share of the total
            ask = replace(ask, combined=True, measure=frozenset(w for w in ask.measure if not _SUM.fullmatch(w)))
        elif _SUM.search(text):
            if ask.op not in ("change", "rate") or ask.yesno or ask.which:
                continue  # "A and B combined" asks a sum, answered here only as the rows' combined change
            ask = replace(ask, combined=True, measure=frozenset(w for w in ask.measure if not _SUM.fullmatch(w)))
        if k and prev is None and not ask.measure:
            continue  # "..., and which gained the most?" after a part no table answered: what is ranked is not said
        if prev is not None:
            earlier, table_before = prev
            inherit = not ask.measure
            if ask.share and earlier.share and not {w.lower() for w in ask.measure} - _SHARE_WORDS:
                # "..., and what was that share in 2022?": the share of the part before, in this part's year
                ask = replace(ask, measure=earlier.measure, names=ask.names or earlier.names, text=f"{earlier.text} {text}")
            elif inherit or _EACH.search(text):
                # "..., and how fast did each grow?", "..., and which to gain the most?": the part before's measure,
                # names, kind and period stand for the ones this part leaves out
                ask = replace(ask, measure=ask.measure or earlier.measure, kind=ask.kind or earlier.kind,
                              names=ask.names or earlier.names, years=ask.years or earlier.years,
                              text=text if ask.names or not earlier.names else f"{earlier.text} {text}",
                              which=ask.which or earlier.which)  # fmt: skip
        # session 30: a question naming money ("the value of", "in CHF", "worth") is never answered from a table of
        # counts ("thousand units", "GWh"): its cells are goods, not money (``text.numbers.MONEY_NAMED``)
        # (a part naming no measure of its own, "..., and how did it change from 2023?", asks of the money before it)
        money = bool(MONEY_NAMED.search(text) or MONEY_NAMED.search(question) and len(parts) == 1
                     or not own and any(MONEY_NAMED.search(getattr(p, "text", str(p))) for p in parts[:k]))
        usable = [(c, t) for c, t in tables if not (money and _count(_unit(t, set(ask.measure)) or "x"))]
        got = _answer(ask, usable, prev[1] if prev else None) if usable else None
        if got is None:
            continue
        row_cand, pick = got
        first = min(r.start for r in pick.rows)
        last = max(r.end for r in pick.rows)
        cand = replace(row_cand, start=first, end=last, text=pick.text, kind="row" if pick.lookup else "ranked",
                       heading=pick.table.caption, table="",
                       items=() if pick.lookup else tuple(_row_line(pick.table, r) for r in pick.rows),
                       years=frozenset(pick.table.years))  # fmt: skip
        out[k] = (cand, pick.verdict, pick.text, pick.weak)
        prev = (ask, pick.table)
    return out


def _headed_before(before: str | None, text: str) -> list[PageTable]:
    """Session 33 (#11): the table whose caption and head line end the page before and whose rows open this page
    (an article cut into pages between a table's head and its rows: "... Country Facilities 2023 Facilities 2024" /
    "United Kingdom 2,310 2,370 ..."), read from the page before's last lines joined to this page; its rows' offsets
    are this page's. Empty when the page before does not end in a head line naming two years or more, or this page
    does not open with the rows of a table read so."""
    lines = [ln.strip() for ln in (before or "").splitlines() if ln.strip()]
    if not lines or len([w for w in re.split(r"[\s|]+", lines[-1]) if _head_year(w) is not None]) < 2:
        return []
    opening = next((m.start() for m in re.finditer(r"\S", text)), None)
    if opening is None:
        return []
    tail = "\n\n".join(lines[-4:]) + "\n\n"
    own = {min(r.start for r in t.rows) for t in page_tables(text)}
    out = []
    for t in page_tables(tail + text):
        first = min(r.start for r in t.rows) - len(tail)
        if first != opening or first in own or any(r.page for r in t.rows):
            continue  # a table of this page alone, or one whose rows do not open the page
        out.append(replace(t, rows=tuple(replace(r, start=r.start - len(tail), end=r.end - len(tail)) for r in t.rows)))
    return out


def _run_on(table: PageTable, text: str, following: str, page: int) -> PageTable | None:
    """The table with the rows it runs on with at the top of the next page: each line there that is a label and as
    many figures as the table's rows on its own page end with (text lines; the same cells, the years' at the same
    place among them), up to the first line that is not, before anything else. None when the table's rows do not
    all end with the same number of figures, a pipe table, or a line of the next page is not such a row before
    anything else ends the rows (a table's note or a sentence may follow them)."""
    width, at = None, None
    for r in table.rows:
        line = text[r.start : r.end]
        if "|" in line:
            return None
        words = line.split()
        m = 0
        while m < len(words) - 1 and _CELL.fullmatch(words[len(words) - 1 - m]):
            m += 1
        tail = tuple(words[-m:]) if m else ()
        k = next((k for k in range(m - len(r.cells) + 1) if tail[k : k + len(r.cells)] == r.cells), None)
        if k is None or (width is not None and (m, k) != (width, at)):
            return None
        width, at = m, k
    if width is None or at is None:
        return None
    last = table.rows[-1]
    more: list[TableRow] = []
    for line in following.splitlines():
        words = line.split()
        if not words:
            continue
        m = 0
        while m < len(words) - 1 and _CELL.fullmatch(words[len(words) - 1 - m]):
            m += 1
        if m != width or not re.search(r"[A-Za-z]", " ".join(words[:-m])):
            break
        cells = tuple(words[-m:][at : at + len(table.columns)])
        more.append(TableRow(" ".join(words[:-m]).strip(" *_"), tuple(_cell_value(c) for c in cells), cells, last.start,
                             last.end, page))  # fmt: skip
    if not more:
        return None
    return replace(table, rows=table.rows + tuple(more))


def _opens_with_rows(text: str | None, table: PageTable) -> bool:
    """Does the next page open with a row of ``table``'s shape (a label and one figure per column) before anything
    else? A table ending its page and going on over the next one is not whole on either."""
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        if line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            return len(cells) > len(table.columns) and _cell_value(cells[-1]) is not None
        words = line.split()
        tail = words[-len(table.columns) :]
        return len(words) > len(tail) and all(_CELL.fullmatch(w) for w in tail)
    return False


def _row_line(table: PageTable, row: TableRow, plain: bool = False) -> str:
    """"Label: 2024 1,418, 2027F 1,600 (unit)"; ``plain``: the years alone ("2027"), as extract's rows read."""
    unit = _unit(table, set()) or ""
    if unit == "$" or (unit == "%" and any(c.endswith("%") for c in row.cells)):
        unit = ""  # a sign the cells carry is not repeated
    cells = ", ".join(f"{y if plain else c} {v}" for c, y, v in zip(table.columns, table.years, row.cells))
    return f"{row.label}: {cells}" + (f" ({unit})" if unit else "") + (f" (p. {row.page})" if row.page else "")

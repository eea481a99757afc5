"""A sum over the year rows of a maturity-style table ("How much of its debt matures in 2027 and 2028 combined?"),
computed from the rows and citing them (issue 10, calc2).

Rule: a question asking a sum ("combined", "in total", "together", "altogether", "in aggregate") over two years or
more ("in 2027 and 2028", "from 2027 through 2029", "between 2027 and 2029") is answered from ONE table of the asked
company's pages whose rows are named by years ("2027 $ 400,000", "2028 350,000", ..., "Thereafter", "Total"):

- three year rows or more in a run, each with the same count of figures;
- the table's caption or lead-in (the lines above its rows) schedules what the question asks: the kinds it names
  (debt / notes / borrowings, leases, purchase or contractual obligations) are exactly the question's, or, when the
  question names none, it says a schedule word the question says too (matures / due, principal, payments);
- one figure per row (rows of several columns, operating and finance leases beside a total: no answer);
- every asked year a row; the sum in the table's scale (the "(in thousands)" / "(in millions)" it states, said).

The answer gives the sum, computed, and every added row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..text.counts import counting

__all__ = ["asks_schedule_share", "schedule_query", "asks_year_sum", "ScheduleShare", "share_of_schedule", "YearSum", "sum_years"]

_SUM = re.compile(r"(?i)\bcombined\b|\bin\s+(?:total|aggregate|all)\b|\btogether\b|\baltogether\b|\baggregate\b|"
                  r"\bsum\s+of\b|\btotal\s+(?:amount\s+)?(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:due|maturing|payable)\b")
_YEAR = r"(?:19|20)\d\d"
_RANGE = re.compile(rf"(?i)\b(?:from|between)\s+({_YEAR})\s+(?:through|to|and|until|-|–)\s+({_YEAR})\b")
_KINDS = {  # what a year-row table schedules; a question naming one is answered only from a table of that one
    "debt": r"debt|notes|borrowings?|loans?|bonds?|indebtedness|senior\s+notes",
    "lease": r"leases?|rent",
    "obligation": r"purchase\s+obligations?|purchase\s+commitments?|contractual\s+obligations?",
}
_GENERIC = r"matur\w*|due|repay\w*|principal|payments?|payable"


# a filing's running head ("Notes to Consolidated Financial Statements (continued)") names no kind of debt
_RUNNING_HEAD = re.compile(r"(?i)\bnotes\s+to\s+(?:the\s+)?(?:consolidated\s+|condensed\s+|combined\s+)*financial\s+statements\b")


def _kinds(text: str) -> set[str]:
    text = _RUNNING_HEAD.sub(" ", text)
    return {k for k, rx in _KINDS.items() if re.search(rf"(?i)\b(?:{rx})\b", text)}


def asks_year_sum(question: str) -> tuple[int, ...] | None:
    """The years a sum question adds up ("in 2027 and 2028 combined" -> (2027, 2028); "from 2027 through 2029" ->
    (2027, 2028, 2029)); None when it asks no sum over two years or more."""
    m = _RANGE.search(question)
    if m and int(m.group(2)) > int(m.group(1)) and int(m.group(2)) - int(m.group(1)) <= 10:
        years = tuple(range(int(m.group(1)), int(m.group(2)) + 1))
        return years if _SUM.search(question) or re.search(r"(?i)\bthrough\b", m.group(0)) else None
    years = tuple(sorted({int(y) for y in re.findall(rf"(?<!\d)({_YEAR})(?!\d)", question)}))
    if len(years) >= 2 and _SUM.search(question):
        return years
    return None


@dataclass(frozen=True)
class YearRow:
    year: int
    cells: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class YearSum:
    total: float
    shown: str  # the sum as printed, with the table's scale
    rows: tuple[YearRow, ...]  # the rows added
    caption: str
    text: str  # the answer line


_ROW = re.compile(rf"^\s*(?:(?:fiscal|FY)\s*)?({_YEAR})\s*(?:\([^)]*\))?\s+((?:\(?\$?\s?[\d,]+(?:\.\d+)?\)?\s*|—\s*|-\s*)+)$",
                  re.I)
_CELL = re.compile(r"\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?|—|-(?=\s|$)")


def _value(cell: str) -> float | None:
    if cell in ("—", "-"):
        return 0.0
    digits = re.sub(r"[^\d.]", "", cell)
    if not digits:
        return None
    v = float(digits)
    return -v if cell.startswith("(") else v


def _tables(page: str) -> list[tuple[list[YearRow], str]]:
    """Runs of three year rows or more, each with the lines above the run (up to six, to the first row of
    figures)."""
    lines, pos = [], 0
    for line in page.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    out = []
    i = 0
    while i < len(lines):
        run: list[YearRow] = []
        j = i
        while j < len(lines):
            m = _ROW.match(lines[j][2])
            if not m:
                break
            run.append(YearRow(int(m.group(1)), tuple(_CELL.findall(m.group(2))), lines[j][0], lines[j][1]))
            j += 1
        if len(run) >= 3:
            above = []
            for k in range(i - 1, max(-1, i - 7), -1):
                text = lines[k][2].strip()
                if re.search(r"\d{1,3}(?:,\d{3})+|\$\s?\d", text):
                    break  # a row of amounts: the table above
                above.insert(0, text)
            out.append((run, " ".join(above)))
            i = j
        else:
            i += 1
    return out


def _scale(text: str) -> str:
    m = re.search(r"(?i)\bin\s+(thousands|millions|billions)\b", text)
    return m.group(1).lower() if m else ""


def sum_years(question: str, page: str) -> YearSum | None:
    """The sum the question asks over one year-row table of ``page`` (see the module's rules), or None."""
    years = asks_year_sum(question)
    if years is None:
        return None
    asked = _kinds(question)
    generic = bool(re.search(rf"(?i)\b(?:{_GENERIC})", question))
    if not asked and not generic:
        return None
    found: list[YearSum] = []
    for rows, caption in _tables(page):
        said = _kinds(caption)
        if asked and said != asked or not asked and not re.search(rf"(?i)\b(?:{_GENERIC})", caption):
            continue  # the table schedules another thing (leases for debt), or several things for one asked
        if len({len(r.cells) for r in rows}) != 1:
            continue
        if len(rows[0].cells) != 1:
            continue  # several columns (operating and finance leases, a total): which one is asked is not read here
        col = 0
        by_year = {r.year: r for r in rows}
        if len(by_year) != len(rows) or not all(y in by_year for y in years):
            continue
        added = [by_year[y] for y in years]
        values = [_value(r.cells[col]) for r in added]
        if any(v is None for v in values):
            continue
        total = sum(v for v in values if v is not None)
        scale = _scale(caption)
        decimals = max((len(c.split(".")[1]) if "." in c else 0) for r in added for c in r.cells[col:col + 1])
        shown = f"{total:,.{decimals}f}" + (f" (in {scale})" if scale else "")
        parts = " + ".join(f"{r.year}: {r.cells[col].replace('$', '').strip()}" for r in added)
        span = " and ".join(str(y) for y in years) if len(years) == 2 else f"{years[0]} through {years[-1]}"
        text = f"{span} combined: {shown}, computed from the table's rows: {parts} = {total:,.{decimals}f}."
        found.append(YearSum(total, shown, tuple(added), caption, text))
    if len({round(f.total, 6) for f in found}) != 1:
        return None
    return found[0]


# ---------------------------------------------------------------------------------------------------------------
# A share of a maturity schedule's total (session 26): "what share of its future lease payments falls due in 2027
# and 2028", "... within the next five fiscal years", "... after 2031", "what share of the payments is imputed
# interest". Rules:
# - the table: one year-row run (as above) whose lead-in schedules the kinds the question names (or, naming none, a
#   schedule word it says); the rows right below the run, each a label and as many figures as the year rows
#   ("Thereafter", "Total future lease payments", "Less: imputed interest", "Present value of lease liabilities");
# - the column: one figure per row, or the column the part (else the question) names by its heads ("Operating
#   Leases Finance Leases", "Finance / Leases / Operating / Leases Total" printed a word a line); a part naming two
#   columns gets each one's share; naming none of several columns: the "Total" column, else no answer;
# - the whole: the first "Total ..." row below the run, which must equal the year rows plus "Thereafter" (to the
#   table's last printed digit); with no total row, a total the question states ("of its $13,260.5 million of
#   long-term debt") that the page prints and that is at least the year rows' sum; a stated total and a total row
#   that differ: no answer;
# - the part: the asked years ("due in 2027 and 2028", "in fiscal 2027 through 2029", every year a row), the first N
#   rows ("within the next five years"), what comes after a year ("after 2029": the later rows and "Thereafter"), or
#   the interest row ("imputed interest", "representing interest": its figure without sign);
# - a question dating the schedule ("at December 31, 2025") is not answered from a table whose lead-in dates another
#   year ("as of December 31, 2024, prior to adoption ..."); two tables giving other shares: no answer.

_SHARE_ASKED = re.compile(r"(?i)\b(?:share|percentage|percent|proportion|portion|fraction)\b")
_DUE = r"(?:due|matur\w*|payable|repayable|falls?\s+due|comes?\s+due|scheduled)"
_FY = r"(?:(?:fiscal(?:\s+years?)?|FY)\s*)?"
_DUE_YEARS = re.compile(rf"(?i)\b{_DUE}\s+(?:(?:in|during|by)\s+)?{_FY}({_YEAR})((?:\s*(?:,|and|or|through|to|-|–)\s*"
                        rf"(?:and\s+)?{_FY}{_YEAR}(?!\d))*)")
_RANGE_ANY = re.compile(rf"(?i)\b{_FY}({_YEAR})\s*(?:through|to|-|–)\s*{_FY}({_YEAR})\b")
_NEXT_N = re.compile(r"(?i)\b(?:within|in|over|during)\s+the\s+(?:next|first|coming|following)\s+(two|three|four|five|\d)\s+"
                     r"(?:fiscal\s+)?years\b")
_AFTER = re.compile(rf"(?i)\b(?:after|beyond|later\s+than)\s+{_FY}({_YEAR})\b|\bthereafter\b")
_INTEREST_ASKED = re.compile(r"(?i)\b(?:imputed|implied)[\s-]+interest\b|\b(?:represent\w*|is|are)\s+interest\b(?![-\w])|"
                             r"\binterest\s+rather\s+than\b")
_NUMBERS = counting(2, 5)
_AS_OF = re.compile(rf"(?i)\b(?:at|as\s+of|on)\s+(?:[A-Z][a-z]+\.?\s+\d{{1,2}},\s*)?({_YEAR})\b")
_LABEL_ROW = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ,:;'’()/&-]*?[A-Za-z):])\s*(?:\(\d\))?\s+"
                        r"(?P<cells>(?:\(?\$?\s?[\d,]+(?:\.\d+)?\)?\s*|—\s*|-\s*)+)$")
_COLUMNS = {"operating": r"operating", "finance": r"financ(?:e|ing)", "total": r"total"}
_STATED_TOTAL = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)\s*(?:million|billion|thousand)?")


def asks_schedule_share(part: str) -> bool:
    """Does the part ask a share of a maturity schedule: a share word and the years, the next N years, what comes
    after a year, or the imputed interest?"""
    return bool(_SHARE_ASKED.search(part)) and _numerator(part) is not None


def _numerator(part: str) -> tuple[str, object] | None:
    """What the part puts over the whole: ("interest", None), ("next", N), ("after", year or None), ("years", (...))."""
    if _INTEREST_ASKED.search(part):
        return ("interest", None)
    m = _NEXT_N.search(part)
    if m:
        n = m.group(1).lower()
        return ("next", int(n) if n.isdigit() else _NUMBERS[n])
    m = _AFTER.search(part)
    if m:
        return ("after", int(m.group(1)) if m.group(1) else None)
    m = _DUE_YEARS.search(part)
    if m:
        years = [int(m.group(1))] + [int(y) for y in re.findall(_YEAR, m.group(2) or "")]
        r = _RANGE_ANY.search(m.group(0))
        if r and 0 < int(r.group(2)) - int(r.group(1)) <= 10:
            years = list(range(int(r.group(1)), int(r.group(2)) + 1))
        return ("years", tuple(sorted(set(years))))
    return None


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class ScheduleShare:
    shares: tuple[float, ...]  # one per asked column, in percent
    text: str  # the answer line
    rows: tuple[Row, ...]  # every row used
    caption: str


def _below(page: str, end: int, width: int) -> list[Row]:
    """The labelled rows right below a year run, each with ``width`` figures, up to the first other line."""
    out: list[Row] = []
    pos = end + 1
    for line in page[pos:].split("\n")[:8]:
        m = _LABEL_ROW.match(line)
        cells = tuple(_CELL.findall(m.group("cells"))) if m else ()
        if not m or len(cells) != width:
            break
        out.append(Row(m.group("label").strip(" :"), cells, pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _heads(caption_lines: list[str]) -> list[str]:
    """The column heads printed between the lead-in (its last line ending in ":") and the rows, in order."""
    lead = max((i for i, ln in enumerate(caption_lines) if ln.rstrip().endswith(":")), default=-1)
    heads = " ".join(caption_lines[lead + 1:])
    found = sorted((m.start(), k) for k, rx in _COLUMNS.items() for m in re.finditer(rf"(?i)\b{rx}\b", heads))
    return [k for _, k in found]


def _columns_named(text: str) -> list[str]:
    return [k for k in ("operating", "finance") if re.search(rf"(?i)\b{_COLUMNS[k]}\s+leases?\b", text)]


def _decimals(cells: list[str]) -> int:
    return max((len(c.split(".")[1]) if "." in c else 0) for c in cells)


def _pct(x: float) -> str:
    """A share in percent to two decimals, a half rounded up as an analyst does (40.625 -> "40.63")."""
    return str(Decimal(repr(round(x, 9))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _fmt(cell: str) -> str:
    return cell.replace("$", "").replace(" ", "").strip("()")


def share_of_schedule(part: str, question: str, page: str) -> ScheduleShare | None:
    """The share the part asks of one maturity schedule on ``page`` (see the rules above), or None. ``question``
    gives what the part leaves to it: the kinds scheduled, the column, a stated total, the schedule's date."""
    what = _numerator(part)
    if what is None or not _SHARE_ASKED.search(part):
        return None
    asked = _kinds(question)
    generic = bool(re.search(rf"(?i)\b(?:{_GENERIC})", question))
    if not asked and not generic:
        return None
    columns = _columns_named(part) or _columns_named(question)
    dated = [int(m.group(1)) for m in _AS_OF.finditer(question)]
    stated = [float(m.group(1).replace(",", "")) for m in _STATED_TOTAL.finditer(question)]
    found: list[ScheduleShare] = []
    lines = page.split("\n")
    for rows, caption in _tables(page):
        if asked and _kinds(caption) != asked or not asked and not re.search(rf"(?i)\b(?:{_GENERIC})", caption):
            continue
        if dated and (own := [int(y) for y in re.findall(rf"(?<!\d)({_YEAR})(?!\d)", caption)]) \
                and not set(own) & set(dated):
            continue  # "as of December 31, 2024, prior to adoption": another date's schedule
        widths = {len(r.cells) for r in rows}
        if len(widths) != 1 or len({r.year for r in rows}) != len(rows):
            continue
        width = widths.pop()
        below = _below(page, rows[-1].end, width)
        # the column(s): one figure a row, else the heads the part names
        start_line = page[: rows[0].start].count("\n")
        heads = _heads(lines[max(0, start_line - 7): start_line])
        if width == 1:
            cols = [0]
        else:
            if len(heads) != width:
                continue
            want = columns or (["total"] if "total" in heads else [])
            if not want or not all(w in heads for w in want):
                continue
            cols = [heads.index(w) for w in want]
        later = [r for r in below if re.match(r"(?i)(?:thereafter|after|beyond|later)\b", r.label)]
        total_row = next((r for r in below if re.match(r"(?i)total\b", r.label)), None)
        shares, used, texts = [], [], []
        for col in cols:
            vals = [_value(r.cells[col]) for r in rows]
            rest = [_value(r.cells[col]) for r in later]
            if any(v is None for v in vals + rest):
                break
            dec = _decimals([r.cells[col] for r in rows + later])
            whole_row: Row | None = total_row
            if total_row is not None:
                whole = _value(total_row.cells[col])
                if whole is None or abs(sum(vals) + sum(rest) - whole) > 0.5 * 10 ** -dec + 1e-9 * whole:
                    break  # the total row is not the schedule's total
                if stated and not any(abs(s - whole) < 1e-6 for s in stated) and len(cols) == 1 \
                        and any(s > max(vals) for s in stated):
                    break  # the question states another total
            else:
                fits = [s for s in stated if s >= sum(vals) - 1e-9 and re.search(
                    rf"(?<![\d,.]){re.escape(f'{s:,.{dec}f}')}(?![\d,]|\.\d)", page)]
                if len(set(fits)) != 1:
                    break
                whole = fits[0]
                at = re.search(rf"(?<![\d,.]){re.escape(f'{whole:,.{dec}f}')}(?![\d,]|\.\d)", page)
                ls = page.rfind("\n", 0, at.start()) + 1
                le = page.find("\n", at.end())
                whole_row = Row("stated total", (f"{whole:,.{dec}f}",), ls, le if le >= 0 else len(page))
            if not whole:
                break
            kind, arg = what
            if kind == "interest":
                row = next((r for r in below if re.search(r"(?i)\binterest\b", r.label)), None)
                if row is None or total_row is None or below.index(row) < below.index(total_row):
                    break
                part_rows = [row]
                num = abs(_value(row.cells[col]) or 0.0)
                said = "imputed interest"
            elif kind == "next":
                if arg > len(rows):
                    break
                part_rows = list(rows[:arg])
                num = sum(vals[:arg])
                said = f"due in the next {arg} years ({rows[0].year} through {rows[arg - 1].year})"
            elif kind == "after":
                if arg is not None and arg not in {r.year for r in rows}:
                    break
                part_rows = [r for r in rows if arg is not None and r.year > arg] + later
                if not later:
                    break
                num = sum(_value(r.cells[col]) or 0.0 for r in part_rows)
                said = f"due after {arg if arg is not None else rows[-1].year}"
            else:
                by_year = {r.year: r for r in rows}
                if not all(y in by_year for y in arg):
                    break
                part_rows = [by_year[y] for y in arg]
                num = sum(_value(r.cells[col]) or 0.0 for r in part_rows)
                said = ("due in " + (str(arg[0]) if len(arg) == 1 else " and ".join(map(str, arg)) if len(arg) == 2
                                      else f"{arg[0]} through {arg[-1]}"))
            share = num / whole * 100
            name = (heads[col].title() + " leases: ") if width > 1 else ""
            parts = " + ".join(_fmt(r.cells[col]) for r in part_rows)
            total_cell = _fmt(whole_row.cells[col] if whole_row is not total_row or total_row is None
                              else total_row.cells[col]) if whole_row is not None and whole_row.label != "stated total" \
                else whole_row.cells[0]
            texts.append(f"{name}{_pct(share)}% {said}: ({parts}) / {total_cell} = {_pct(share)}% of "
                         f"{whole_row.label.lower() if whole_row.label != 'stated total' else 'the total the question states'}")
            shares.append(share)
            used += [r for r in part_rows + ([whole_row] if whole_row else []) if r not in used]
        else:
            if shares:
                scale = _scale(caption)
                text = "; ".join(texts) + (f" (amounts in {scale})" if scale else "") + ", computed from the table's rows."
                found.append(ScheduleShare(tuple(shares), text, tuple(sorted(used, key=lambda r: r.start)), caption))
    if not found or len({tuple(round(s, 6) for s in f.shares) for f in found}) != 1:
        return None
    return found[0]


_QUERY_WORDS = {"debt": "principal payments of long-term debt maturities next five fiscal years thereafter total",
                "lease": "maturities of lease liabilities future lease payments thereafter total imputed interest",
                "obligation": "purchase obligations payments due by year thereafter total"}


def schedule_query(question: str) -> str | None:
    """A search text for the maturity schedule a share question reads ("maturities of lease liabilities future lease
    payments thereafter total ..."), from the kinds it names; None when it asks no schedule share or names no kind."""
    kinds = _kinds(question)
    if not kinds or not _SHARE_ASKED.search(question) or _numerator(question) is None:
        return None
    # a debt schedule often takes finance leases in ("principal payments due on long-term debt and finance leases"):
    # debt named with leases is searched as debt
    return _QUERY_WORDS["debt"] if "debt" in kinds else " ".join(_QUERY_WORDS[k] for k in sorted(kinds))

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

__all__ = ["asks_year_sum", "YearSum", "sum_years"]

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


def _kinds(text: str) -> set[str]:
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

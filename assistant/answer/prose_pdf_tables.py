"""Which row of a report's table ranks first, read from the page text of a table whose column heads are split
over several lines (a PDF table: dates on lines of their own, three- and twelve-month column groups, "% Change"
columns).

Rule: "Which division saw the steepest fall in second-quarter sales, in percent?", "Which segment had the highest
adjusted EBITDA in fiscal 2024?", "Which type of security was the largest among its short-term investments?" is
answered, when no sentence answers it, from ONE table of the asked company's pages:

- the table's caption or heads (or the block the question names: "among the short-term investments" -> the rows
  under "Short-term investments:") say every measure word of the question ("topline" is revenue);
- its rows are the things ranked: totals, subtotals, the measure's own row ("Revenues") and rows that are no
  members ("Corporate", "Other", "Eliminations", "Stock compensation", "Unconsolidated affiliates") are left out;
  three rows or more, each with one figure per column head;
- the column heads are read from the lines above the rows, in order: each year a figure column, each "% Change"
  a change column, split evenly into the groups the heads name ("Three Months Ended", "Twelve Months Ended");
- the asked period picks the group (a quarter: three months; "first half": six months; a fiscal year: twelve
  months or the year); a change asked ("biggest drop", "grew fastest", "worst topline performance") reads the
  group's change column, else the change from its earlier year's figure to its later one (every figure of both
  years positive: a move from or into a loss is no rate);
  a level asked reads the asked year's column (the latest when none is asked);
- when the group cannot be told (no period asked, or no group named), every group is ranked and the answer is
  given only when they all put the same row first; a tie is no answer.

The answer names the row, its figure and the column it is read from, computed, and cites every row ranked; for a
"highest / largest" ranking whose rows have a total line in the table (their block's subtotal or a "Total ..."
row), the top row's share of it, computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.months import MONTH_ABBR

__all__ = ["asks_top_row", "cell_value", "Ranked", "rank_table"]

_LOW_CHANGE = re.compile(r"(?i)\b(?:biggest|largest|sharpest|steepest|greatest|worst|deepest)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:drop|declines?|decrease|fall|contraction)\b|\bworst\b|\b(?:declined|fell|dropped|shrank)\s+"
                         r"(?:the\s+)?most\b")  # fmt: skip
_HIGH_CHANGE = re.compile(r"(?i)\b(?:fastest|biggest|largest|strongest|highest|greatest)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:growth|increase|rise|gain)\b|\bgrew\s+(?:the\s+)?(?:most|fastest)\b|\bbest\b")  # fmt: skip
_HIGH = re.compile(r"(?i)\b(?:highest|largest|biggest|most|greatest|top)\b")
_LOW = re.compile(r"(?i)\b(?:lowest|smallest|least)\b")
_WHICH = re.compile(r"(?i)^\s*(?:(?:for|in|at|during|as\s+of)\s+[^,]{1,60},\s*)?(?:which|what)\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:region|segment|division|country|market|area|business|unit|type|category|line|product|"
                    r"geograph\w*|operation|propert\w*|brand|channel|class|kind|security|investment)s?\b")


def asks_top_row(question: str) -> str | None:
    """The ranking a "which <kind> had the highest / biggest drop ..." question asks: "low-change", "high-change",
    "high" or "low"; None for other questions."""
    if not _WHICH.search(question):
        return None
    for name, rx in (("low-change", _LOW_CHANGE), ("high-change", _HIGH_CHANGE), ("low", _LOW), ("high", _HIGH)):
        if rx.search(question):
            return name
    return None


# a figure cell; its digits possessive (``*+``) and each cell with the space after it atomic (``(?>...)``): a run of
# digits is never re-split into several cells, so a line of long digit runs that is no row fails at once instead
# of trying every split (a 26-digit run took minutes)
_FIGURE = r"(?:[$€£]\s?)?\(?-?(?:[$€£]\s?)?\d[\d,]*+(?:\.\d+)?+\)?(?:\s?%)?|—|–"
_VALUE = _FIGURE + r"|(?<!\S)-(?!\S)"  # a lone "-" is a nil cell of a row
_ROW = re.compile(rf"^\s*(?P<label>[A-Za-z][^$€£\d]*?[A-Za-z.)])\s*(?P<vals>(?>(?:{_VALUE})\s*){{2,}})$")
_FOOTNOTE = re.compile(r"\s*\((?:\d|[a-z])\)\s*$")
_GROUP = re.compile(r"(?i)\b(three|six|nine|twelve)\s+months\s+ended\b|\b(?:fiscal\s+)?years?\s+ended\b|"
                    r"\bquarters?\s+ended\b|"
                    # a period's length printed right before each column's year ("Three months 2025 Three months 2024
                    # Nine months 2025 Nine months 2024", "Q3 2025 Q3 2024 9M 2025 9M 2024"): each column's own group
                    # ("YTD 2026": the year to date, a group of its own whose length the report's quarter gives;
                    # session 24)
                    r"\b(three|six|nine|twelve)\s+months\s+(?=(?:19|20)\d\d\b)|\b(?:Q[1-4]|(3|6|9|12)M|(YTD))\s+(?=(?:19|20)\d\d\b)")
_COLUMN = re.compile(r"(?i)%\s*change\b|(?<![\w.,])(?:19|20)\d\d(?![\w,.]\d)")
# session 33 (#10): a caption naming two lengths at once ("Three and nine months ended September 30,", "Three Months
# and Six Months Ended", "Quarter and nine months ended"): one group per length, in the order it names them (read as
# "three months ended ... nine months ended"); before, its last length alone was every column's group
_JOINT = re.compile(r"(?i)\b(three|six|nine|twelve)\s+(?:months\s+)?and\s+(three|six|nine|twelve)\s+months\s+ended\b")
_JOINT_QUARTER = re.compile(r"(?i)\bquarters?\s+and\s+(three|six|nine|twelve)\s+months\s+ended\b")
# session 33 (#10): a period's length printed right before a column's year, the column's own group: the marks of
# ``_GROUP``'s last line and a quarter or a year written out ("Third Quarter 2026", "Nine Months 2026", "Full Year
# 2025"); where every year column has one, they decide and a caption's period line above them does not
_OWN_GROUP = re.compile(r"(?i)\b(?:(three|six|nine|twelve)\s+months|(?:first|second|third|fourth)\s+(quarter)|"
                        r"(q)[1-4]|(3|6|9|12)m|(ytd)|(?:full|fiscal)\s+(year))\s+(?=(?:19|20)\d\d\b)")
_LENGTH_WORD = {"three": "3", "six": "6", "nine": "9", "twelve": "12"}


def _own_groups(heads: str, found: list[re.Match]) -> list[str] | None:
    """Each column's group from the length printed right before its year (``_OWN_GROUP``), a change column taking the
    group of the column before it; None unless every year column has one of its own."""
    marks = {m.end(): m for m in _OWN_GROUP.finditer(heads)}
    out: list[str] = []
    for f in found:
        if "change" in f.group(0).lower():
            if not out:
                return None
            out.append(out[-1])
            continue
        m = marks.get(f.start())
        if m is None:
            return None
        word, quarter, q, months, ytd, year = m.groups()
        out.append(_LENGTH_WORD.get((word or "").lower()) or ("3" if quarter or q else months or
                                                               (ytd or "").lower() or ("year" if year else "")))
    return out


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]
    start: int  # offsets of the row's line in the page
    end: int
    block: str  # the sub-heading the row stands under ("Short-term investments"), or ""


@dataclass(frozen=True)
class Table:
    caption: str  # the lead-in and caption lines above the heads
    heads: str  # the column-head lines, joined
    rows: tuple[Row, ...]


def _cells(vals: str) -> list[str]:
    return [" ".join(v.split()) for v in re.findall(_VALUE, vals)]


def _parse_row(line: str) -> tuple[str, list[str]] | None:
    line = re.sub(r"(?<=[A-Za-z])\s?\((?:\d|[a-z])\)(?=\s)", "", line)  # "Corporate(2)": a footnote mark, no figure
    m = _ROW.match(line)
    if not m:
        return None
    label, cells = _FOOTNOTE.sub("", m.group("label").strip()), _cells(m.group("vals"))
    if re.search(r"(?i)\blevel$", label) and cells and re.fullmatch(r"[1-3]", cells[0]):
        label, cells = f"{label} {cells[0]}", cells[1:]  # a fair-value level column ("Level 2") is the label's
    if len(cells) < 2 or not re.search(r"[A-Za-z]{3,}|\b(?:[A-Z]\.){2,}", label):  # a word, or "U.S.", "U.K."
        return None
    return label, cells


def _total_line(text: str) -> bool:
    """An unlabelled line of two figures or more, or with a dollar sign ("$ 12,734 $ 27,742 (54)"). A bare line of
    two years or more ("2025 2024") is one too: it stops the heads read above a table's rows (the extractive top-row
    ranking relies on it; member_blocks reads the heads above by itself). A lone "-" is not counted here."""
    if not re.fullmatch(r"[\s$€£\d,.()%—–-]+", text):
        return False
    return len(re.findall(_FIGURE, text)) >= 2 or "$" in text


# the words of a line of period heads: group lengths, "ended", months, days, years, the scale, a change column
_PERIOD_WORDS = re.compile(r"(?i)\b(?:three|six|nine|twelve|months?|weeks?|quarters?|years?|fiscal|ended|ending|"
                           + MONTH_ABBR + r"[a-z]*\.?|"
                           r"in|millions|thousands|billions|except|per|share|amounts?|data|unaudited|change|vs\.?|"
                           r"versus|and|%|\d{1,2},?|(?:19|20)\d\d)(?![\w])|[()$%,:]")


def period_heads(text: str) -> bool:
    """Whether a line is column heads naming periods, however long: "(In millions) Three Months Ended June 30, 2025
    Three Months Ended June 30, 2024 Six Months Ended June 30, 2025 Six Months Ended June 30, 2024" (two years or more,
    and nothing but period words, dates, the scale and change columns). General rule: a head line spelling out each
    column's period is the table's heads, not its caption, however many words it has."""
    years = re.findall(r"(?<![\w.,])(?:19|20)\d\d(?![\w,.]\d)", text)
    return len(years) >= 2 and not _PERIOD_WORDS.sub(" ", text).strip()


def _wrapped_title(first: str, second: str) -> bool:
    """Whether two lines are one sub-heading wrapped over both: the first opens with a capital and holds no figure,
    the second ends with a colon and holds none either, at most 30 words together, and the next line (checked by
    the caller's loop) is a row."""
    both = f"{first.strip()} {second.strip()}"
    return bool(re.fullmatch(r"[A-Z][\w ,&'’()/-]{2,200}\s*:\s*", both)) and len(both.split()) <= 30 \
        and not re.search(r"\d", both) and _parse_row(second) is None


def tables_in(page: str) -> list[Table]:
    """The tables of a page: runs of row lines (a label and two figures or more), with the head lines right above
    the first row (not rows, not prose) and the caption or lead-in line above them."""
    lines, pos = [], 0
    for line in page.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    out: list[Table] = []
    i = 0
    while i < len(lines):
        if _parse_row(lines[i][2]) is None:
            i += 1
            continue
        heads: list[str] = []
        caption: list[str] = []
        j = i - 1
        while j >= 0 and len(heads) < 18:
            text = lines[j][2].strip()
            if not text:
                j -= 1
                continue
            if _parse_row(text) is not None or _total_line(text):
                break  # the table above (its rows, or its unlabelled total line)
            if (len(text.split()) >= 6 and re.search(r"[.:]$", text) or len(text.split()) > 14) \
                    and not period_heads(text):
                caption.insert(0, text)  # the lead-in ("The following summarizes revenues by geographic area:")
                break
            heads.insert(0, text)
            j -= 1
        rows: list[Row] = []
        block = ""
        while i < len(lines):
            a, b, text = lines[i]
            parsed = _parse_row(text)
            if parsed is not None:
                rows.append(Row(parsed[0], tuple(parsed[1]), a, b, block))
            elif re.fullmatch(r"\s*[A-Z][\w ,&'’()/-]{2,60}:\s*", text):
                block = text.strip().rstrip(":").strip()
            elif rows and i + 1 < len(lines) and _wrapped_title(text, lines[i + 1][2]):
                # a sub-heading wrapped over two lines ("Increases in comparable sales excluding the impact of" /
                # "changes in fuel prices:"): one block title
                block = " ".join(f"{text.strip()} {lines[i + 1][2].strip()}".split()).rstrip(":").strip()
                i += 1
            elif text.strip() and not _total_line(text):
                break
            i += 1
        # captions written as upper-case title lines among the heads belong to the caption
        caption += [h for h in heads if h.isupper() and len(h.split()) >= 2]
        out.append(Table(" ".join(caption), " ".join(h for h in heads if not (h.isupper() and len(h.split()) >= 2)),
                         tuple(rows)))  # fmt: skip
    return out


@dataclass(frozen=True)
class Column:
    group: str  # "3", "6", "9", "12" (months), "year", "quarter" or ""
    year: int | None
    change: bool


# the two years a change column compares, written beside its "% Change" head ("% Change 2025-2024", "2025 vs. 2024
# % change"): they label that column, they are no columns of their own
_CHANGE_YEARS = re.compile(r"(?i)(%\s*change)\s+(?:19|20)\d\d\s*(?:-|–|—|/|vs\.?|versus|to|over|compared\s+(?:to|with))"
                           r"\s*(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*(?:-|–|—|/|vs\.?|versus|to|over)\s*(?:19|20)\d\d\s+"
                           r"(%\s*change)")


def columns(heads: str, n: int) -> list[Column] | None:
    """The ``n`` columns the head lines name, in order, each with its group; None when they do not name ``n``. Two
    years written beside a "% Change" head are the years it compares, not two columns (``_CHANGE_YEARS``)."""
    heads = _CHANGE_YEARS.sub(lambda m: m.group(1) or m.group(2), heads)
    marks = list(_COLUMN.finditer(heads))
    found = [m.group(0) for m in marks]
    if len(found) != n:
        return None
    own = _own_groups(heads, marks)
    if own is not None:
        return [Column(g, None if "change" in f.lower() else int(f), "change" in f.lower()) for g, f in zip(own, found)]
    heads = _JOINT_QUARTER.sub(lambda m: f"quarter ended {m.group(1)} months ended",
                               _JOINT.sub(lambda m: f"{m.group(1)} months ended {m.group(2)} months ended", heads))
    groups = []
    for m in _GROUP.finditer(heads):
        word = (m.group(1) or m.group(2) or "").lower()
        groups.append(_LENGTH_WORD.get(word) or m.group(3) or
                      (m.group(4) or "").lower() or
                      ("3" if re.match(r"Q[1-4]\s", m.group(0)) else "year" if "year" in m.group(0).lower() else "quarter"))  # fmt: skip
    if len(groups) > 1 and n % len(groups):
        return None
    per = n // len(groups) if len(groups) > 1 else n
    out = []
    for k, f in enumerate(found):
        group = groups[k // per] if len(groups) > 1 else (groups[0] if groups else "")
        change = "change" in f.lower()
        out.append(Column(group, None if change else int(f), change))
    return out


def cell_value(cell: str) -> float | None:
    """A table cell's figure: a dash is zero, "(12.5)" and "-12.5" are negative, no digits is None."""
    cell = re.sub(r"^[$€£]\s*", "", cell.strip())  # "$ (502)": the currency sign before the parenthesis
    if cell in ("—", "–", "-"):
        return 0.0
    digits = re.sub(r"[^\d.]", "", cell)
    if not digits or digits == ".":
        return None
    v = float(digits)
    return -v if cell.startswith("(") or cell.startswith("-") else v


_NOT_MEMBER = re.compile(r"(?i)\b(?:total|totals|subtotal|combined|consolidated|unallocated|eliminations?|"
                         r"reconcil\w*|adjust\w*|other|others|compensation|affiliates|intersegment|net\s+revenues?)\b|"
                         r"^\s*corporate(?:\s+(?:and|&)\s+\w+)?\s*$")
_SYNONYMS = {"topline": {"revenue", "sale"}}  # words a table never uses for its measure: any of these instead
_GENERIC = frozenset("""which what had has have was were is the a an of in for during among its their by on basis
    highest largest biggest most greatest top lowest smallest least fastest strongest sharpest steepest worst best
    deepest drop decline declines decrease fall growth increase rise gain grew performance contribution received
    receive amount level figure percentage percent year over quarter month months full fiscal annual total type
    types kind region regions segment segments geographic geography division country market area business unit
    category line product operation operations property properties brand channel class security investment
    short-term""".split())


def _stem(w: str) -> str:
    w = w.lower().strip("’'")
    if w.endswith("ies") and len(w) > 5:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][A-Za-z&]*", text)}


@dataclass(frozen=True)
class Ranked:
    label: str  # the row ranked first
    shown: str  # its figure as read or computed ("(74)%", "-74.1% (computed)")
    column: str  # what the figure is ("% change, three months", "2022, twelve months")
    rows: tuple[Row, ...]  # every row ranked
    table: Table


def _group_wanted(question: str, quarters: set[int]) -> set[str] | None:
    q = question.lower()
    if quarters or re.search(r"\bquarter\b|\bq[1-4](?:[\s'’]?\d{2,4})?\b|\b[1-4]q\b", q):
        return {"3", "quarter"}
    if re.search(r"\bh1\b|\bfirst\s+half\b|\bsix\s+months\b|\bhalf[- ]year\b", q):
        return {"6"}
    if re.search(r"\bnine\s+months\b", q):
        return {"9"}
    if re.search(r"\bfy\s?'?\d|\bfiscal\s+(?:year\s+)?\d|\bfull[- ]year\b|\bannual\b|\bfor\s+the\s+year\b|\bduring\s+(?:19|20)\d\d\b", q):
        return {"12", "year"}
    return None


def _total_of(table: Table, rows: list[Row], col: int) -> tuple[str, str, float] | None:
    """The line of ``table`` totalling ``rows`` in column ``col``: a row of their block named "Total ..." or named as
    the block itself, with a positive figure; None when there is none, or two."""
    block = rows[0].block
    found = [r for r in table.rows if r.block == block and len(r.cells) == len(rows[0].cells) and r not in rows
             and (re.match(r"(?i)\s*total\b", r.label) or (block and _words(r.label) == _words(block)))]  # fmt: skip
    if block:
        found = [r for r in found if _words(r.label) == _words(block)] or found
    if len(found) != 1:
        return None
    value = cell_value(found[0].cells[col])
    return (found[0].label, found[0].cells[col], value) if value and value > 0 else None


# a row's part of the whole asked ("the highest EBITDAR contribution", "the largest share of revenue")
_SHARE_ASKED = re.compile(r"(?i)\bcontribut\w*|\bshares?\s+of\b|\bproportion\b|\bportion\b|\bpercent(?:age)?\s+of\b")


def rank_table(question: str, table: Table, years: set[int], quarters: set[int], names: set[str] = frozenset()
               ) -> Ranked | None:  # fmt: skip
    """The row of ``table`` the question's ranking puts first (see the module's rules), or None."""
    sense = asks_top_row(question)
    if sense is None or not table.rows:
        return None
    asked = _words(re.sub(r"(?i)\b(?:FY|Q[1-4]|H[12])\s?'?\d{2,4}\w*|\b(?:19|20)\d\d\b", " ", question)) - {
        _stem(n) for n in names} - {_stem(w) for w in _GENERIC}  # fmt: skip
    said = _words(f"{table.caption} {table.heads} " + " ".join({r.block for r in table.rows}))
    measure = {w for w in asked if len(w) > 2}
    named_blocks = {r.block for r in table.rows if r.block and _words(r.block) <= _words(question) | asked}
    if not measure or not all(w in said or _SYNONYMS.get(w, set()) & said for w in measure):
        return None  # the table's caption, heads or named block must say every measure word asked
    blocks = {r.block for r in table.rows}
    if len(blocks) > 1 and not named_blocks:
        return None  # rows under several sub-headings and the question names none of them
    rows = [r for r in table.rows if (not named_blocks or r.block in named_blocks)
            and not _NOT_MEMBER.search(r.label) and not (_words(r.label) <= said and _words(r.label) & measure)
            and _words(r.label) != _words(r.block)]  # fmt: skip
    if len(rows) < 3 or len({len(r.cells) for r in rows}) != 1:
        return None
    cols = columns(table.heads, len(rows[0].cells))
    if cols is None:
        return None
    wanted = _group_wanted(question, quarters)
    groups = sorted({c.group for c in cols})
    chosen = [g for g in groups if wanted is None or g in wanted] if any(g for g in groups) else groups
    if not chosen:
        return None
    tops: list[tuple[int, str, str]] = []
    for g in chosen:
        idx = [k for k, c in enumerate(cols) if c.group == g]
        change = [k for k in idx if cols[k].change]
        levels = [k for k in idx if not cols[k].change]
        gname = {"3": "three months", "6": "six months", "9": "nine months", "12": "twelve months"}.get(g, g)
        values: list[float | None]
        if sense.endswith("change"):
            if len(change) == 1:
                values = [cell_value(r.cells[change[0]]) for r in rows]
                shown = [r.cells[change[0]] + ("%" if not r.cells[change[0]].endswith("%") else "") for r in rows]
                what = f"% change, {gname}".rstrip(", ")
            else:
                ys = sorted({cols[k].year for k in levels if cols[k].year})
                if len(ys) != 2 or len(levels) != 2:
                    return None
                new = next(k for k in levels if cols[k].year == ys[1])
                old = next(k for k in levels if cols[k].year == ys[0])
                bases = [cell_value(r.cells[old]) for r in rows]
                nows = [cell_value(r.cells[new]) for r in rows]
                if any(b is None or b <= 0 for b in bases) or any(v is None or v <= 0 for v in nows):
                    return None  # a change from or into a loss is no growth rate
                values = [None if cell_value(r.cells[new]) is None else (cell_value(r.cells[new]) - b) / b * 100
                          for r, b in zip(rows, bases)]  # fmt: skip
                shown = [f"{v:+.1f}% (computed)" if v is not None else "" for v in values]
                what = f"change from {ys[0]} to {ys[1]}, {gname}".rstrip(", ")
        else:
            pick = [k for k in levels if cols[k].year in years] if years else levels[:1]
            if len(pick) != 1:
                return None
            values = [cell_value(r.cells[pick[0]]) for r in rows]
            shown = [r.cells[pick[0]] for r in rows]
            what = f"{cols[pick[0]].year}, {gname}".rstrip(", ")
        if any(v is None for v in values):
            return None
        order = sorted(range(len(rows)), key=lambda k: values[k] if sense.startswith("low") else -values[k])
        if sense == "high" and values[order[0]] > 0:
            # "the largest among its short-term investments": its share of the rows' own total line, when the table
            # states one in the same column ("Short-term investments 341,700", "Total ...")
            total = _total_of(table, rows, pick[0])
            if total is not None:
                label, cell, value = total
                shown[order[0]] += f", {values[order[0]] / value * 100:.1f}% of the {label} row's {cell} (computed)"
            elif _SHARE_ASKED.search(question):
                return None  # "the highest contribution", "the largest share": a share, and no total line to take it of
        if values[order[0]] == values[order[1]]:
            return None  # a tie is no answer
        tops.append((order[0], shown[order[0]], what))
    if len({t[0] for t in tops}) != 1:
        return None  # the groups that may be the asked one put different rows first
    top, shown_value, what = tops[0]
    return Ranked(rows[top].label, shown_value, what if len(tops) == 1 else f"{what} (every column group agrees)",
                  tuple(rows), table)  # fmt: skip


# a line opening a block of a table's rows with the block's measure: "Revenues: Propane 1,104,512 ...", "Operating
# income - Propane $268,402 ...", "Operating income:" on a line of its own
_BLOCK_LEAD = re.compile(r"^\s*(?P<lead>[A-Z][A-Za-z&'’ ,()-]{2,48}?)\s*(?::|\s[-–]\s)")
_FIGURE_LINE = re.compile(r"\d")


def block_leads(page: str, start: int, most: int = 24) -> tuple[str | None, list[str]]:
    """The block lead over the table row at ``start`` of ``page`` (the nearest line above it, or its own, opening with
    "<measure>:" / "<measure> - "), and every block lead of the same table (read up and down over lines holding a
    figure or a block lead); (None, []) when the row sits under no lead."""
    lines = page.split("\n")
    at, pos = 0, 0
    for i, line in enumerate(lines):
        if pos + len(line) >= start:
            at = i
            break
        pos += len(line) + 1
    else:
        return None, []

    def lead(line: str) -> str | None:
        m = _BLOCK_LEAD.match(line)
        return m.group("lead").strip() if m else None

    own = None
    top = at
    for i in range(at, max(-1, at - most), -1):
        if not (_FIGURE_LINE.search(lines[i]) or lead(lines[i])):
            break
        top = i
        if own is None and lead(lines[i]):
            own = lead(lines[i])
    if own is None:
        return None, []
    leads = []
    for i in range(top, min(len(lines), at + most)):
        if i > at and not (_FIGURE_LINE.search(lines[i]) or lead(lines[i])):
            break
        if lead(lines[i]):
            leads.append(lead(lines[i]))
    return own, leads


def _lead_stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", text) if len(w) > 2 and w.lower() not in ("and", "the", "total")}


def row_of_other_block(asked: str, page: str, start: int) -> bool:
    """Is the table row at ``start`` under a block lead whose measure the part ``asked`` does not name, while another
    block of the same table leads with one it names ("that segment's operating income" asked: the row under
    "Revenues:" when the table has an "Operating income:" block of the same members)? General rule (session 30): a
    member's row of a table holding several measures' blocks answers only the measure of its own block."""
    own, leads = block_leads(page, start)
    if own is None or len(leads) < 2:
        return False
    said = _lead_stems(asked)
    if _lead_stems(own) <= said:
        return False
    return any(_lead_stems(x) and _lead_stems(x) <= said for x in leads if x != own)

"""A report table whose columns are measures, read by the column the question names (issue 11, session 8).

Industry reports print tables whose columns are measures of the rows, not periods: "Carrier | Capacity | Share (%)",
"Size band | Fleet | Orderbook | % of fleet", "Installer | Installed 2025 (MW-dc) | Market share (%) | Gross margin
(%)". Analysts ask one cell ("What share did the top eight carriers control?", "For ships of 17,000 TEU and above, how
large is the orderbook as a percentage of the fleet?") or a ranking by one column ("Which installer earned the
highest gross margin?"). Rules, each with a test on hand-written tables in ``tests/test_prose_columns.py``:

- **The table** (``measure_tables``): a Markdown pipe table, or a PDF table as text (a head line, then three rows or
  more of a label and the same count of figures); its caption and unit are the lines above the head. The head line
  of a PDF table is split into one head per column where a capitalised word, a "%" or a year opens a head and the
  count of heads is the count of cells plus the label's (a year read as a column or as part of the head before it,
  whichever gives that count; neither or both: no table). A table whose value heads are all periods is no measure
  table (``prose_tables`` reads those).
- **The period**: a question naming a year is answered only by a table whose caption or heads name it.
- **The cell** is one figure: a cell with words of its own ("Adjusted EBITDA 14.0%") states its own measure.
- **The column** (``asked_column``): the one head sharing the most words with the question and not another measure
  by ``prose_ties.row_tie`` (gross margin for an adjusted EBITDA margin) (a percentage asked:
  only a head saying "%", share, percent, margin or rate; no percentage asked: never one); a tie or no shared word:
  no answer.
- **The row**: for "which ... the highest / largest / lowest ...", every member row (totals, "Top N", "All other"
  rows out; three or more) ranked by the column, a tie at the top no answer; otherwise the one row the question
  names: every word of its label, the number bounding a class (``prose_subjects.bound_class``), a group's count
  ("Top eight" for "the eight biggest carriers") or the total row for the whole ("worldwide", "in total"). No row
  or two rows: no answer.

The answer is one computed line naming the row, the column's head and the cell as printed (the ranking's order
after it), citing the rows used; ``extract`` makes it a candidate of kind "ranked".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.counts import counting
from ..text.names import base_name
from . import prose_subjects, prose_ties
from .member_asks import _MEASURES, asked_margin

__all__ = ["ColumnAnswer", "MeasureTable", "Row", "asked_column", "column_answer", "measure_tables"]

_CELL = r"\(?-?[$€£]?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}|n/?a"
_PDF_ROW = re.compile(rf"^\s*(?P<label>.*?[A-Za-z)][^$€£]*?)\s+(?P<cells>(?:{_CELL})(?:\s+(?:{_CELL}))*)\s*$")
_YEAR = re.compile(r"^(?:FY)?(?:19|20)\d\d[A-Z]?$")
_TOTAL_ROW = re.compile(r"(?i)^(?:total|totals|all\b|all\s+other|other|others|rest\s+of|top\s+\w+|\w+\s+largest|sum|"
                        r"grand\s+total|world|global|industry|average|median)\b|\btotal$")
_STOP = frozenset("""the a an of in on at by for to and or what which who whose was were is are did do does has have had
    its their our how much many as among largest biggest highest lowest smallest most least one ones top end year
    existing that this these those class""".split())


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]
    start: int  # offsets of the row's line on the page
    end: int


@dataclass(frozen=True)
class MeasureTable:
    caption: str  # the lines above the head (caption, unit)
    heads: tuple[str, ...]  # one per value column
    rows: tuple[Row, ...]
    label_head: str = ""  # the head of the labels' column ("Carrier", "Size band")
    note: str = ""  # the line right under the table


@dataclass(frozen=True)
class ColumnAnswer:
    text: str  # the computed line
    rows: tuple[Row, ...]  # the rows cited
    caption: str


def _value(raw: str) -> float | None:
    s = raw.replace(",", "").replace("$", "").replace("€", "").replace("£", "").replace("%", "")
    neg = s.startswith("(") and s.endswith(")")
    try:
        v = float(s.strip("()"))
    except ValueError:
        return None
    return -v if neg else v


def _split_heads(line: str, n: int, loose: bool = False) -> tuple[str, ...] | None:
    """``line`` cut into the label's head and ``n`` value heads (see the module's rule), or None; ``loose``: heads
    of measures closed by their years as a last resort (``_year_closed_heads``)."""
    tokens = line.split()
    found = []
    for years_open in (True, False):
        heads: list[list[str]] = []
        for t in tokens:
            opens = bool(re.match(r"[A-Z%]", t)) or (years_open and bool(_YEAR.match(t)))
            if not heads or (opens and not (t.startswith("(") or heads[-1][-1].endswith(("of", "per", "&")))):
                heads.append([t])
            else:
                heads[-1].append(t)
        if len(heads) == n + 1:
            found.append(tuple(" ".join(h) for h in heads))
    if not found and loose:
        found = [h for h in (_year_closed_heads(tokens, n),) if h]
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


_CLOSING_YEAR = re.compile(r"(?:^|-)(?:FY)?(?:19|20)\d\d[A-Z]?$")


def _year_closed_heads(tokens: list[str], n: int) -> tuple[str, ...] | None:
    """A head line of measures each closed by its year ("Group Revenue 2023 Revenue 2024 Adjusted EBITDA 2023 Adjusted
    EBITDA 2024 Net debt end-2023 Net debt end-2024 Ships"): a head ends at each year ("2023", "end-2023"), the words
    after the last year are one head each where a capitalised word opens one, and the first head's first word is the
    label column's head; None unless that gives the label's head and ``n`` value heads."""
    heads: list[list[str]] = [[]]
    for t in tokens:
        heads[-1].append(t)
        if _CLOSING_YEAR.search(t):
            heads.append([])
    tail = heads.pop()
    if len(heads) < 2 or len(heads[0]) < 2 or any(len(h) < 2 for h in heads):
        return None  # a year alone is a period column: prose_tables' table
    for i, t in enumerate(tail):
        if i == 0 or re.match(r"[A-Z%]", t):
            heads.append([t])
        else:
            heads[-1].append(t)
    label, first = heads[0][0], heads[0][1:]
    out = (label, " ".join(first), *(" ".join(h) for h in heads[1:]))
    return out if len(out) == n + 1 else None


def _pipe_tables(page: str) -> list[MeasureTable]:
    out = []
    lines = page.split("\n")
    pos = [0]
    for ln in lines:
        pos.append(pos[-1] + len(ln) + 1)
    i = 0
    while i < len(lines):
        if not lines[i].strip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip().startswith("|"):
            j += 1
        block = [(k, [c.strip() for c in lines[k].strip().strip("|").split("|")]) for k in range(i, j)]
        block = [(k, cells) for k, cells in block if not all(re.fullmatch(r":?-{2,}:?", c) for c in cells)]
        if len(block) >= 4:
            head = block[0][1]
            rows = tuple(Row(cells[0], tuple(cells[1:]), pos[k] + len(lines[k]) - len(lines[k].lstrip()), pos[k] + len(lines[k].rstrip()))
                         for k, cells in block[1:] if len(cells) == len(head))  # fmt: skip
            caption = " ".join(ln.strip() for ln in lines[max(0, i - 3) : i] if ln.strip())
            note = lines[j + 1].strip() if j + 1 < len(lines) and not lines[j].strip() else lines[j].strip() if j < len(lines) else ""
            if len(rows) >= 3 and len(head) >= 3:
                out.append(MeasureTable(caption, tuple(head[1:]), rows, head[0], note))
        i = j
    return out


def _pdf_tables(page: str, loose: bool = False) -> list[MeasureTable]:
    out = []
    lines = page.split("\n")
    pos = [0]
    for ln in lines:
        pos.append(pos[-1] + len(ln) + 1)
    if loose:  # an HTML page as the reader flattens it puts a blank line between a table's lines: read them without
        kept = [k for k, ln in enumerate(lines) if ln.strip()]
        lines, pos = [lines[k] for k in kept], [pos[k] for k in kept]
    i = 1
    while i < len(lines):
        rows: list[Row] = []
        j = i
        n = None
        while j < len(lines):
            m = _PDF_ROW.match(lines[j])
            if m is None or lines[j].lstrip().startswith("|"):
                break
            cells = tuple(m.group("cells").split())
            if n is None:
                n = len(cells)
            if len(cells) != n or not re.search(r"[A-Za-z]{2,}", m.group("label")):
                break
            start = pos[j] + len(lines[j]) - len(lines[j].lstrip())
            rows.append(Row(m.group("label").strip(), cells, start, pos[j] + len(lines[j].rstrip())))
            j += 1
        if len(rows) >= 3 and n and n >= 2:
            heads = _split_heads(lines[i - 1], n, loose)
            if heads is not None:
                # loose: a paragraph above (a line ending a sentence) is no part of the caption
                caption = " ".join(ln.strip() for ln in lines[max(0, i - 3) : i - 1]
                                   if ln.strip() and not (loose and re.search(r"[.!?][\"'”’)]*$", ln.strip())))
                note = lines[j].strip() if j < len(lines) else ""
                out.append(MeasureTable(caption, heads[1:], tuple(rows), heads[0], note))
            i = j
        else:
            i += 1
    return out


def measure_tables(page: str, loose: bool = False) -> list[MeasureTable]:
    """The tables of ``page`` whose value heads are not all periods (see the module's rule). ``loose`` (a ratio a
    question defines, ``ratio_answer``): also a table whose lines stand between blank lines (an HTML page) and one
    whose heads are measures each closed by its year ("Revenue 2024 Net debt end-2024")."""
    return [t for t in _pipe_tables(page) + _pdf_tables(page, loose)
            if sum(bool(h) and bool(_YEAR.match(h.split()[0])) for h in t.heads) < 2]  # years as columns: prose_tables


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z][a-z-]+", text.lower()):
        if w in _STOP or len(w) < 3:
            continue
        out.add(w[:6])
    return out


_PERCENT_Q = re.compile(r"(?i)\b(?:share|shares|percentage|percent|proportion|fraction|margin|margins|rate)\b|%")
_SHARE_WORDS = {"propor": "share", "percen": "share", "fracti": "share", "portio": "share"}  # words of a share, by stem
_PERCENT_HEAD = re.compile(r"(?i)%|\b(?:share|percent|margin|rate)\b")


def asked_column(question: str, table: MeasureTable, label_words: set[str] = frozenset()) -> int | None:
    """The index of the value column the question asks (see the module's rule), or None."""
    asked = _words(question) - label_words
    percent = bool(_PERCENT_Q.search(question))
    best, at = 0, []
    for k, head in enumerate(table.heads):
        if not head or re.fullmatch(r"(?:FY)?(?:19|20)\d\d[A-Z]?(?:\s*\([^()]*\))?", head):
            continue  # a period's column ("2025", "2025 (GW)"): prose_tables' question
        if percent != bool(_PERCENT_HEAD.search(head)):
            continue
        if prose_ties.row_tie(question, head, table.caption) == prose_ties.OTHER:
            continue  # "adjusted EBITDA margin" asked: a "Gross margin (%)" column is another measure (``prose_ties``)
        said = {_SHARE_WORDS.get(w, w) for w in _words(head)} | ({"share"} if "%" in head else set())
        score = len({_SHARE_WORDS.get(w, w) for w in asked} & said)
        if score > best:
            best, at = score, [k]
        elif score == best and score:
            at.append(k)
    return at[0] if best and len(at) == 1 else None


_RANK_Q = re.compile(r"(?i)^\s*(?:(?:in|among|of)\s+[^,?]*,\s*)?(?:which|who|whose)\b.*?\b(?:(?P<nth>second|third|fourth|fifth|"
                     r"2nd|3rd|4th|5th)[- ])?(?P<way>highest|largest|biggest|most|best|strongest|lowest|smallest|least|"
                     r"weakest|worst)\b")
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _named_rows(question: str, table: MeasureTable) -> list[Row]:
    q = question.lower()
    named = []
    bounds = prose_subjects.bound_class(question)
    group = prose_subjects.asked_group(question)
    for r in table.rows:
        words = _words(r.label)
        if bounds:
            if prose_subjects.carries_bound(bounds, r.label):
                named.append(r)
        elif group is not None:
            if prose_subjects.states_group(group, r.label):
                named.append(r)
        elif prose_subjects.asks_whole(question) and _TOTAL_ROW.search(r.label) and re.search(r"(?i)total|world|all", r.label):
            named.append(r)
        elif words and _squash(re.sub(r"\([^()]*\)", " ", r.label)) in _squash(question):
            named.append(r)  # the whole label, as one phrase ("Lumenia Health" is not named by "Lumenia's mental health")
    return named


_KIND_Q = re.compile(r"(?i)\b(?:which|whose|among\s+(?:the|its|their)\s+(?:\w+\s+)?)\s*([a-z][a-z-]+)")


def _kinds(question: str) -> list[str]:
    kinds = [m.group(1).lower() for m in _KIND_Q.finditer(question)]
    return [k for k in kinds if k not in _STOP and k not in ("one", "was", "were", "is", "are", "did", "had", "has")]


def _kind_said(question: str, table: MeasureTable) -> bool:
    """Is the kind of row a "which <kind>" question ranks ("Which installer ...", "Among the largest installers,
    which one ...") the table's: its labels' head or caption says it? True when the question names no kind."""
    kinds = _kinds(question)
    if not kinds:
        return True
    said = _words(f"{table.label_head} {table.caption} {table.note}")
    return any(k[:5] in {w[:5] for w in said} for k in kinds)


# "Defining EBIT margin as EBIT over net sales, ...", "... its leverage (net debt to EBITDA ratio) ...", "the ratio of
# capex to sales": the measure asked as one measure over another
_DEFINED = re.compile(r"(?i)\b(?:defin(?:e|es|ed|ing)|tak(?:e|ing)|measur(?:e|ed|ing)|calculat(?:e|ed|ing))\s+"
                      r"(?:the\s+)?(?P<name>[\w'’ -]{2,60}?)\s+as\s+(?:the\s+)?(?P<a>[\w'’ -]{2,60}?)\s+"
                      r"(?:divided\s+by|over|as\s+a\s+(?:percentage|share|proportion)\s+of)\s+(?:the\s+)?"
                      r"(?P<b>[\w'’ -]{2,60}?)(?=\s*[,;?]|\s+(?:what|how|and|for|in|at)\b)")
_TO_RATIO = re.compile(r"(?i)(?<![\w'’])(?P<name>(?P<a>[a-z][\w -]{1,40}?)[- ]to[- ](?P<b>[a-z][\w -]{1,40}?)\s+ratio)\b|"
                       r"\b(?P<name2>ratio\s+of\s+(?P<a2>[a-z][\w -]{1,40}?)\s+to\s+(?P<b2>[a-z][\w -]{1,40}?))(?=\s*[,;?]|"
                       r"\s+(?:for|in|at|of|was|is)\b)")
_HEAD_DROP = frozenset("end year fy fiscal at the of in".split())


def asked_ratio(question: str) -> tuple[str, str, str] | None:
    """(the measure's name, the dividend's words, the divisor's words) of a measure the question defines as one
    measure over another ("Defining EBIT margin as EBIT divided by revenue") or names as a ratio ("the net debt to
    EBITDA ratio", "the ratio of capex to revenue"); None when it does neither."""
    m = _DEFINED.search(question)
    if m:
        return m.group("name").strip(), m.group("a").strip(), m.group("b").strip()
    m = _TO_RATIO.search(question)
    if m and m.group("name"):
        a = re.sub(r"(?i)^.*\b(?:the|its|their|was|is)\s+", "", m.group("a"))
        return m.group("name").strip(), a.strip(), m.group("b").strip()
    if m:
        return m.group("name2").strip(), m.group("a2").strip(), m.group("b2").strip()
    return None


def _head_key(head: str) -> tuple[frozenset[str], int | None]:
    """A measure column's head as (its words, its year): "Net debt end-2024" -> ({"net", "debt"}, 2024)."""
    year = re.search(r"(?:^|[\s-])(?:FY)?((?:19|20)\d\d)\b", head)
    words = frozenset(w for w in re.findall(r"[a-z][a-z&-]*", re.sub(r"(?:19|20)\d\d", " ", head.lower()))
                      if w not in _HEAD_DROP and not re.fullmatch(r"end-?|fy", w))
    return words, int(year.group(1)) if year else None


def _measure_key(words: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z][a-z&-]*", words.lower()) if w not in _HEAD_DROP | {"company", "group"})


_DECIMALS = re.compile(r"(?i)\b(?P<n>one|two|three|1|2|3)\s+decimal\s+places?\b")


def ratio_answer(question: str, page: str) -> ColumnAnswer | None:
    """A measure the question defines as one measure over another (``asked_ratio``) for the one row it names, in each
    year it asks: the two columns whose heads are those measures in that year, every other word of the head aside
    from the year ("Adjusted EBITDA 2024", "Revenue 2024", "Net debt end-2024"), divided; in percent when the
    measure is a margin, rate, share or percentage, as a multiple ("x") when it is a ratio or multiple, else no answer.
    None unless exactly one table of ``page`` has the row and both columns for every asked year and no head states a
    unit of its own."""
    asked = asked_ratio(question)
    if asked is None:
        return None
    name, a, b = asked
    percent = bool(re.search(r"(?i)\b(?:margin|rate|share|percentage|percent|yield)\b|%", name))
    times = bool(re.search(r"(?i)\b(?:ratio|multiple|times|leverage|coverage)\b", name))
    if percent == times:
        return None
    years = sorted({int(y) for y in re.findall(r"(?<![\d$.,])(?:FY\s?'?)?((?:19|20)\d\d)(?![\d%])", question)})
    if not years:
        return None
    d = _DECIMALS.search(question)
    places = counting(1, 3).get(d.group("n").lower(), int(d.group("n")) if d and d.group("n").isdigit() else 2) if d else 2
    ka, kb = _measure_key(a), _measure_key(b)
    if not ka or not kb or ka == kb:
        return None
    found: list[ColumnAnswer] = []
    for t in measure_tables(page, loose=True):
        rows = _named_rows(question, t)
        if len(rows) != 1:
            continue
        row = rows[0]
        keys = [_head_key(h) for h in t.heads]
        lines = []
        for y in years:
            ca = [k for k, (w, hy) in enumerate(keys) if w == ka and hy == y]
            cb = [k for k, (w, hy) in enumerate(keys) if w == kb and hy == y]
            if len(ca) != 1 or len(cb) != 1 or any(re.search(r"\(", t.heads[k]) for k in (ca[0], cb[0])):
                break
            va, vb = _value(row.cells[ca[0]]), _value(row.cells[cb[0]])
            if va is None or vb is None or vb <= 0:
                break
            figure = f"{100 * va / vb:.{places}f}%" if percent else f"{va / vb:.{places}f}x"
            lines.append(f"{y}: {figure} ({t.heads[ca[0]]} {row.cells[ca[0]]} / {t.heads[cb[0]]} {row.cells[cb[0]]})")
        else:
            text = f"{row.label}, {name} ({a} divided by {b}): " + "; ".join(lines) + " (computed from the table's row)."
            found.append(ColumnAnswer(text, (row,), t.caption))
    return found[0] if len(found) == 1 else None


def column_answer(question: str, page: str) -> ColumnAnswer | None:
    """The cell or the ranking the question asks of one measure table of ``page`` (see the module's rule), or None
    (no table, no column, no row, or two tables that answer). A measure defined as one measure over another
    (``asked_ratio``) is answered only by ``ratio_answer``; a margin no column states, by ``margin_answer``."""
    if asked_ratio(question) is not None:
        return ratio_answer(question, page)
    found = _cell_answer(question, page)
    return found if found is not None else margin_answer(question, page)


def _cell_answer(question: str, page: str) -> ColumnAnswer | None:
    found: list[ColumnAnswer] = []
    asked_years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", question))
    for t in measure_tables(page):
        said_years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", f"{t.caption} {' '.join(t.heads)}"))
        if asked_years and not asked_years & said_years:
            continue  # "at the end of 2024" asked: a table of the end of 2025 (or of no stated date) is another period's
        rank = _RANK_Q.search(question)
        if rank and not _kind_said(question, t):
            continue  # "which state": a table of installers ranks none
        if rank:
            members = [r for r in t.rows if not _TOTAL_ROW.search(r.label)]
            col = asked_column(question, t, _words(" ".join(_kinds(question))))  # the kind ranked is no measure
            if col is None or len(members) < 3:
                continue
            vals = [(_value(r.cells[col]), r) for r in members]
            if any(v is None for v, _ in vals):
                continue
            low = rank.group("way").lower() in ("lowest", "smallest", "least", "weakest", "worst")
            vals.sort(key=lambda vr: vr[0] if low else -vr[0])
            nth = _NTH.get((rank.group("nth") or "").lower(), 1)
            if len(vals) < nth + 1 or vals[nth - 1][0] in (vals[nth][0], vals[nth - 2][0] if nth > 1 else None):
                continue  # a tie at the asked place
            head = t.heads[col]
            order = "; ".join(f"{r.label} {r.cells[col]}" for _, r in vals)
            place = "first" if nth == 1 else {2: "second", 3: "third", 4: "fourth", 5: "fifth"}[nth]
            winner = vals[nth - 1][1]
            text = (f"{winner.label} ranks {place} of the table's {len(vals)} rows by {head}: {winner.cells[col]} "
                    f"(in order: {order}).")  # fmt: skip
            found.append(ColumnAnswer(text, tuple(r for _, r in vals), t.caption))
            continue
        rows = _named_rows(question, t)
        if len(rows) != 1:
            continue
        row = rows[0]
        col = asked_column(question, t, _words(row.label))
        if col is None or _value(row.cells[col]) is None:
            continue  # a cell with words of its own ("Adjusted EBITDA 14.0%") says its own measure: no cell answer
        unit = re.search(r"\(([^()]*)\)", t.caption)
        text = f"{row.label}, {t.heads[col]}: {row.cells[col]}" + (f" ({unit.group(1)})" if unit and "%" not in t.heads[col] else "")
        found.append(ColumnAnswer(text + ".", (row,), t.caption))
    return found[0] if len(found) == 1 else None


# Session 29 (#11): a margin asked of a report's company table that prints the profit but not the margin. Sector notes
# print "Table 4. Listed rope makers: revenue and adjusted EBITDA" as "Company (ticker) Year end Currency 2024 2025 EBITDA
# 2025", rows "Name (TICK) Dec EUR 3,410 3,522 498": the run of year heads are the revenue columns the caption names,
# a year after a measure word dates that measure ("EBITDA 2025", "Op. profit 2025"). GENERAL RULE: "What <profit>
# margin did A earn in <year>?" (``member_asks.asked_margin``: operating income / EBIT or EBITDA; never gross, net or a
# bare profit margin) is A's row's one <profit> cell of that year over its one revenue cell of that year, when the
# caption names revenue or sales, the year heads stand in a run of two or more, the profit head states no unit of its
# own (no "%", margin or parenthesis) and is dated that year by its head or, undated, by the caption after the
# profit's word; "which ... the highest / lowest <profit> margin" ranks every member row (three or more, every one with
# both cells, a tie at the top no answer). The text columns between the label and the figures (the currency, the
# month the year ends) are cut off the labels and must read as codes or month abbreviations, else no table.
_MONTH_ABBR = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$")
_CODE = re.compile(r"^[A-Z]{2,4}\$?$")
_CO_CELL = rf"\+?(?:{_CELL})|n/?[dm]"  # a change's sign, a figure not disclosed ("n/d") or not meaningful ("n/m")


_REVENUE_SAID = re.compile(r"(?i)\b(?:revenues?|net\s+sales|sales|turnover)\b(?!\s+(?:volumes?|units?|tonnes|in\s+units))")


def _dated_heads(line: str) -> list[str]:
    """A company table's head line cut into heads: a capitalised word or "%" opens one, a year standing in a run of
    years is a head of its own (a period column), a year after a measure's words closes that measure's head."""
    tokens = re.sub(r"\)(?=[A-Z])", ") ", line).split()
    heads: list[list[str]] = []
    for i, t in enumerate(tokens):
        year = bool(_YEAR.match(t))
        run = year and ((i > 0 and bool(_YEAR.match(tokens[i - 1]))) or (i + 1 < len(tokens) and bool(_YEAR.match(tokens[i + 1]))))
        if year:
            if run or not heads or _YEAR.match(heads[-1][0]):
                heads.append([t])
            else:
                heads[-1].append(t)
        elif not heads or (re.match(r"[A-Z%]", t) and not t.startswith("(") and not heads[-1][-1].endswith(("of", "per", "&"))):
            heads.append([t])
        else:
            heads[-1].append(t)
    return [" ".join(h) for h in heads]


def _company_tables(page: str) -> list[MeasureTable]:
    """The PDF company tables of ``page`` (see the rule above ``_dated_heads``): a head line, then three rows or more
    of a label, its text cells and the same count of figures ("n/d" one of them)."""
    out = []
    lines = page.split("\n")
    pos = [0]
    for ln in lines:
        pos.append(pos[-1] + len(ln) + 1)
    row_re = re.compile(rf"^\s*(?P<label>.*?[A-Za-z)][^$€£]*?)\s+(?P<cells>(?:{_CO_CELL})(?:\s+(?:{_CO_CELL}))*)\s*$")
    i = 1
    while i < len(lines):
        rows: list[tuple[str, tuple[str, ...], int, int]] = []
        j, n = i, None
        while j < len(lines):
            m = row_re.match(lines[j])
            if m is None or lines[j].lstrip().startswith("|"):
                break
            cells = tuple(m.group("cells").split())
            n = len(cells) if n is None else n
            if len(cells) != n or not re.search(r"[A-Za-z]{2,}", m.group("label")):
                break
            rows.append((m.group("label").strip(), cells, pos[j] + len(lines[j]) - len(lines[j].lstrip()), pos[j] + len(lines[j].rstrip())))
            j += 1
        if len(rows) < 3 or not n or n < 2:
            i += 1
            continue
        heads = _dated_heads(lines[i - 1])
        texts = len(heads) - n - 1  # the text columns between the label's head and the figures' heads
        if texts >= 0:
            kept = []
            for label, cells, a, b in rows:
                words = label.split()
                cut = words[len(words) - texts :] if texts else []
                if len(words) <= texts or not all(_CODE.match(w) or _MONTH_ABBR.match(w) for w in cut):
                    break
                kept.append(Row(" ".join(words[: len(words) - texts]), cells, a, b))
            else:
                # the caption: from the "Table N." line within four lines above the head, else the two lines above
                top = next((k for k in range(i - 2, max(-1, i - 6), -1) if re.match(r"(?i)table\s+\d", lines[k].strip())), i - 3)
                caption = " ".join(ln.strip() for ln in lines[max(0, top) : i - 1] if ln.strip())
                out.append(MeasureTable(caption, tuple(heads[-n:]), tuple(kept), heads[0]))  # labels without their text cells
        i = j
    return out


def _profit_column(table: MeasureTable, profit: str, year: int) -> int | None:
    """The one column of the asked profit measure dated ``year`` (by its head, else by the caption after the
    measure's word), stating no unit of its own; None otherwise."""
    said = _MEASURES[profit][1]
    at = []
    for k, head in enumerate(table.heads):
        words = re.sub(r"\bOp\.", "Operating", head)
        if not re.search(rf"(?i)\b(?:{said})\b", words) or re.search(r"(?i)%|margin|\(", head):
            continue
        dated = re.findall(r"(?:19|20)\d\d", head)
        if not dated:
            m = re.search(rf"(?i)\b(?:{said})\b(?P<rest>.*)", table.caption)
            dated = re.findall(r"(?:19|20)\d\d", m.group("rest")) if m else []
        if set(dated) == {str(year)}:
            at.append(k)
    return at[0] if len(at) == 1 else None


def _named_company(question: str, label: str) -> bool:
    name = base_name(re.sub(r"\s*\([^()]*\)", "", label)).strip()
    return bool(name) and re.search(rf"(?i)(?<![\w-]){re.escape(name)}(?![\w-])", question) is not None


def margin_answer(question: str, page: str) -> ColumnAnswer | None:
    """A margin asked of a company table that prints its profit and revenue but no margin (see the rule above
    ``_dated_heads``): one named row's, or the ranking of the member rows; None unless exactly one table answers."""
    profit = asked_margin(question)
    years = set(re.findall(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%])", question))
    if not profit or len(years) != 1:
        return None
    year = int(years.pop())
    rank = _RANK_Q.search(question)
    found: list[ColumnAnswer] = []
    for t in _company_tables(page):
        rev_word = _REVENUE_SAID.search(t.caption)
        profit_word = re.search(rf"(?i)\b(?:{_MEASURES[profit][1]})\b", t.caption)
        if rev_word is None or (profit_word is not None and profit_word.start() < rev_word.start()):
            continue  # the year columns are what the caption names first, and that must be revenue ("sales volume" is not)
        rev = [k for k, h in enumerate(t.heads) if re.fullmatch(rf"(?:FY)?{year}", h)]
        run = [k for k, h in enumerate(t.heads) if _YEAR.match(h)]
        col = _profit_column(t, profit, year)
        if len(rev) != 1 or len(run) < 2 or col is None:
            continue
        r = rev[0]
        name = re.sub(r"\s*(?:FY)?(?:19|20)\d\d\s*", " ", t.heads[col]).strip()  # "EBIT 2024" -> "EBIT"

        def margin(row: Row) -> float | None:
            a, b = _value(row.cells[col]), _value(row.cells[r])
            return None if a is None or b is None or b <= 0 else 100 * a / b

        def shown(row: Row, m: float) -> str:
            return f"{m:.1f}% ({t.heads[col]} {row.cells[col]} / {t.heads[r]} revenue {row.cells[r]})"

        if rank:
            members = [row for row in t.rows if not _TOTAL_ROW.search(row.label)]
            vals = [(margin(row), row) for row in members]
            if len(vals) < 3 or any(m is None for m, _ in vals) or not _kind_said(question, t):
                continue
            low = rank.group("way").lower() in ("lowest", "smallest", "least", "weakest", "worst")
            if rank.group("nth") or rank.group("way").lower() not in ("highest", "lowest", "best", "worst"):
                continue
            vals.sort(key=lambda mr: mr[0] if low else -mr[0])
            if round(vals[0][0], 1) == round(vals[1][0], 1):
                continue  # a tie at the top
            order = "; ".join(f"{row.label} {m:.1f}%" for m, row in vals)
            text = (f"{vals[0][1].label} has the {'lowest' if low else 'highest'} {name} margin of the table's "
                    f"{len(vals)} rows in {year}: {shown(vals[0][1], vals[0][0])} (in order: {order}; {t.heads[col]} "
                    f"divided by revenue, computed from the table's rows).")
            found.append(ColumnAnswer(text, tuple(row for _, row in vals), t.caption))
            continue
        rows = [row for row in t.rows if _named_company(question, row.label)]
        if len(rows) != 1:
            continue
        m = margin(rows[0])
        if m is None:
            continue
        text = f"{rows[0].label}, {name} margin {year}: {shown(rows[0], m)}, computed from the table's row."
        found.append(ColumnAnswer(text, (rows[0],), t.caption))
    return found[0] if len(found) == 1 else None

"""Tables laying out their members otherwise than one block of rows per period, each ranked by ``_ranked``: members
as columns (``_column_members``), columns or blocks named by the filer's own list of segments (``_named_columns``,
``_named_margin_blocks``, ``_named_blocks``), columns spanned by a head over sub-columns (``_spanned_blocks``), a
measure the heads name beside each year (``_head_measure``), columns headed by dates (``_dated_columns``), margins
the filer states (``_stated_margins``) or computed from two blocks (``_margins``, ``_margin_moves``), and member
column groups (``_grouped_columns``). Reads the modules before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.months import MONTH_TITLE
from . import prose_pdf_tables as pdf_tables
from .member_asks import _group_wanted, stated_count
from .member_rows import (
    _MEMBERS_TABLE, _NEVER_MEMBER, _NOT_MEMBER, _REVENUE_ROW, _TOTAL_ROW, _geographic, _not_member, _ratio_row,
    _segments_named, _set_aside, narrowed, says_measure,
)
from .member_blocks import (
    Member, MemberRanking, _Block, _EARLY_CLOSE, _FIGURE, _HEAD_PLAIN, _NUM_WORDS, _YEAR, _context_above, _fmt,
    _head_columns, _length_of, _ranked, _value,
)


# a header of member columns closing on a total: "East Central West Total", twice over for a change group beside
_MEMBER_HEAD = re.compile(r"^\s*((?:[A-Z][\w&.'’-]*\s+){2,}?)Total(?:\s+(?:[A-Z][\w&.'’-]*\s+){2,}?Total)?\s*$")


def _column_members(sense: str, measure: str, page: str, years: set[int], count: int | None, geographic: bool,
                    wanted: set[str] | None) -> MemberRanking | None:  # fmt: skip
    """A segment table whose members are its columns ("Northwind Fabrikam Contoso Total"), one block per year, each
    under its period line ("For the Year Ended December 31, 2025"): the row saying the measure in the asked year's
    block and in the year before's. Member names of one word each, as many as the row's figures before its total;
    anything else (a name of two words, two rows saying the measure) is no answer."""
    lines, pos = [], 0
    for line in page.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    blocks: dict[int, tuple[list[str], pdf_tables.Row]] = {}
    for i, (_, _, text) in enumerate(lines):
        m = _MEMBER_HEAD.match(text)
        if not m:
            continue
        names = m.group(1).split()
        period = " ".join(t for _, _, t in lines[max(0, i - 2) : i])
        ys = [int(y) for y in _YEAR.findall(period)]
        length = _length_of(period)
        if not ys or length is None or wanted is not None and length not in wanted:
            continue  # a block of another period length than the asked one (a year's for a quarter)
        rows = []
        for a, b, row_text in lines[i + 1 : i + 14]:
            if _MEMBER_HEAD.match(row_text):
                break
            label = re.split(r"\s[$(—–-]?\s?\d|\s\$|\s—", row_text, maxsplit=1)[0].strip()
            if says_measure(label, measure) and not re.search(r"(?i)intersegment|inter-segment|external", label):
                values = [" ".join(v.split()) for v in re.findall(r"\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?|—", row_text[len(label):])]
                if len(values) >= len(names) + 1:  # a figure per member and the total; a caption line has none
                    rows.append(pdf_tables.Row(label, tuple(values), a, b, ""))
        if len(rows) != 1 or ys[0] in blocks:
            continue
        blocks[ys[0]] = (names, rows[0])
    if len(blocks) < 1:
        return None
    new_year = max(years & set(blocks)) if years & set(blocks) else None
    if new_year is None:
        return None
    names, row = blocks[new_year]
    change = sense.endswith("change")
    old_names, old_row = blocks.get(new_year - 1, (None, None))
    if change and (old_row is None or old_names != names):
        return None
    members = list(range(len(names)))
    if geographic:
        members = [k for k in members if _geographic(names[k])]
        if count is None and len(members) != len(names):
            return None
    if count is not None and len(members) != count or len(members) < (2 if count else 3):
        return None
    cells = [(names[k], old_row.cells[k] if old_row is not None else "", row.cells[k], row) for k in members]
    cited = (row,) + ((old_row,) if old_row is not None else ())
    return _ranked(sense, measure, cells, new_year, "", cited)


def _named_columns(sense: str, measure: str, page: str, years: set[int], count: int | None, geographic: bool,
                   wanted: set[str] | None, whole: str, rate: re.Pattern[str] | None = None,
                   ends: bool = False) -> MemberRanking | None:  # fmt: skip
    """A segment table whose members are its first columns, named with several words each and wrapped over the head
    lines ("Life Sciences" / "Tools" / "Clinical Diagnostics Industrial" / "Solutions" / "Corporate and" / "other
    Consolidated"), one
    block per year under its period line ("Fiscal Year Ended December 31, 2025"). General rule: the members' names are
    the ones the filer's own sentence on the page lists ("three reportable segments: A, B and C"); the head lines,
    joined, must open with them in that order (after a units line), and each block's row saying the measure must add
    up to its last figure (the total column: the columns are then where the heads put them); the members' figures are
    that row's first ones. Anything else (no such sentence, the heads in another order, a row that does not add up, a
    fiscal year named against a year closing in January to March): no answer."""
    names = _segments_named(page)
    if names is None or count is not None and len(names) != count:
        return None
    if geographic and not all(_geographic(n) for n in names):
        return None
    got = _named_blocks(measure, page, names, wanted, whole, rate, ends)
    if got is None:
        return None
    blocks, _ = got
    if not blocks:
        return None
    new_year = max(years & set(blocks)) if years & set(blocks) else None
    if new_year is None:
        return None
    row = blocks[new_year]
    old_row = blocks.get(new_year - 1)
    if sense.endswith("change") and old_row is None:
        return None
    cells = [(names[k], old_row.cells[k] if old_row is not None else "", row.cells[k], row) for k in range(len(names))]
    return _ranked(sense, measure, cells, new_year, "", (row,) + ((old_row,) if old_row is not None else ()))


def _named_margin_blocks(num: str, page: str, years: set[int], count: int | None, geographic: bool,
                         wanted: set[str] | None, whole: str, ends: bool = False) -> tuple[_Block, _Block] | None:  # fmt: skip
    """A margin's numerator block and revenue block of a segment table whose first columns are the members the
    filer's sentence lists (``_named_columns``): each year's row of the numerator and of revenue, both adding up to
    their last figure, read in the members' columns, for the asked year and the year before. General rule: the
    members' margins of such a table come from the two rows of the same year's block; a row missing or not adding
    up, a member count other than the stated one: None."""
    names = _segments_named(page)
    if names is None or count is not None and len(names) != count or geographic and not all(_geographic(n) for n in names):
        return None
    got_n = _named_blocks(num, page, names, wanted, whole, ends=ends)
    got_d = _named_blocks("revenue", page, names, wanted, whole, ends=ends)
    if got_n is None or got_d is None:
        return None
    both = years & set(got_n[0]) & set(got_d[0])
    if not both:
        return None
    year = max(both)

    def block(rows: dict[int, pdf_tables.Row]) -> _Block:
        old = rows.get(year - 1)
        return _Block(tuple((names[k], old.cells[k] if old is not None else "", rows[year].cells[k], rows[year])
                            for k in range(len(names))), year, "")
    return block(got_n[0]), block(got_d[0])


def _named_blocks(measure: str, page: str, names: list[str], wanted: set[str] | None, whole: str,
                  rate: re.Pattern[str] | None = None, ends: bool = False
                  ) -> tuple[dict[int, pdf_tables.Row], str] | None:  # fmt: skip
    """The measure's row of each year's block of a table whose first columns are the listed ``names``
    (``_named_columns``: a row adding up to its last figure, one per block), by year, and the joined head lines;
    None for a fiscal year asked against a January-to-March close the filing does not name (``ends``)."""
    lines = page.split("\n")
    # a name wrapped over two head lines after its slash ("Retail/" / "LTC") is still the name
    head_rx = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:In\s+(?:millions|thousands|billions)\s+)?" + r"\s+".join(
        re.escape(n).replace(r"\ ", r"\s+").replace("/", r"/\s*") for n in names) + r"\s+\S", re.I)
    # a block under a bare year line ("2025") is the year's when no column of the page is a quarter's or a half's
    bare_year = not re.search(r"(?i)\b(?:months|weeks|quarters?)\s+ended\b", page)
    blocks: dict[int, pdf_tables.Row] = {}
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    heads_at = None
    for i in range(len(lines)):
        if heads_at is None:
            joined = " ".join(t.strip() for t in lines[i : i + 8])
            if head_rx.match(joined):
                heads_at = i
            continue
        period = lines[i]
        ys = [int(y) for y in _YEAR.findall(period)]
        if bare_year and _YEAR.fullmatch(period.strip()):
            period = f"Year {period.strip()}"
        if len(ys) != 1 or _length_of(period) is None or _FIGURE.sub("", period).strip() == "" or \
                re.search(r"\$|\d,\d", period):
            continue
        if wanted is not None and _length_of(period) not in wanted:
            continue
        if not ends and _EARLY_CLOSE.search(period) and re.search(r"(?i)\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b", whole):
            return None  # "fiscal 2018" of a filer whose years close in January to March: which block is its, unsure
        rows = []
        added_up = False
        for j in range(i + 1, min(i + 14, len(lines))):
            text = lines[j]
            if len(_YEAR.findall(text)) == 1 and (_length_of(text) is not None or bare_year and _YEAR.fullmatch(
                    text.strip())) and not re.search(r"\$|\d,\d", text):
                break  # the next year's period line
            label = re.split(r"\s[$(—–-]?\s?\d|\s\$|\s—", text, maxsplit=1)[0].strip()
            if rate is not None:
                cells = [" ".join(v.split()) for v in re.findall(r"\(?\d[\d,]*(?:\.\d+)?\)?\s?%", text[len(label):])]
                if rate.match(label) and len(cells) == len(names) + 1:
                    rows.append(pdf_tables.Row(label, tuple(c.replace(" ", "") for c in cells), pos[j],
                                               pos[j] + len(text), ""))
                    continue
                measure_row = _REVENUE_ROW.match(label)  # the money row that shows where the columns are
            else:
                measure_row = says_measure(label, measure)
            if not measure_row or re.search(r"(?i)intersegment|inter-segment|external", label):
                continue
            cells = [" ".join(v.split()) for v in re.findall(r"\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?|—", text[len(label):])]
            values = [_value(c) for c in cells]
            if len(cells) < len(names) + 1 or any(v is None for v in values):
                continue
            total = values[-1]
            if abs(sum(values[:-1]) - total) > max(1.0, abs(total) * 0.001):
                continue  # the row does not add up to its last figure: where the columns are, unsure
            if rate is not None:
                added_up = True
                continue
            rows.append(pdf_tables.Row(label, tuple(cells), pos[j], pos[j] + len(text), ""))
        if rate is not None and not added_up:
            rows = []  # a stated rate's columns are where a money row of its block adding up puts them
        if len(rows) == 1 and ys[0] not in blocks:
            blocks[ys[0]] = rows[0]
    return blocks, " ".join(t.strip() for t in lines[heads_at : heads_at + 8]) if heads_at is not None else ""


# the names of the columns under a spanning head ("2025 2024 % change" over "Net Sales % of Total Operating Income (Loss)
# Net Sales % of Total Operating Income (Loss) Net Sales Operating Income (Loss)"), each the kind of figure it holds
_SUB_COLUMN = re.compile(r"(?i)(?P<share>%\s+of\s+(?:total|net\s+sales|sales|revenues?))|"
                         r"(?P<oi>operating\s+(?:income|profit)(?:\s*\(loss\))?|segment\s+(?:profit|income)(?:\s*\(loss\))?)|"
                         r"(?P<ebitda>(?:adjusted\s+)?EBITDA)|(?P<revenue>(?:net\s+|total\s+)?(?:sales|revenues?))")
_SUB_KIND = {"oi": "operating income", "ebitda": "ebitda", "revenue": "revenue", "share": "share"}


def _spanned_columns(heads: str, n: int) -> list[tuple[str, str]] | None:
    """The (group, kind) of each of ``n`` columns under a spanning head: group labels first (years, "% change"), then
    the sub-column names, repeated per group ("Net Sales % of Total Operating Income (Loss)" under each year, "Net
    Sales Operating Income (Loss)" under the change): each group's run of names opens with the same name as the first.
    None when the names are not ``n``, or their runs are more than the group labels (the labels nearest above the
    names are the groups')."""
    subs = list(_SUB_COLUMN.finditer(heads))
    if len(subs) != n or not subs:
        return None
    groups = re.findall(r"(?i)%\s*change|(?<![\w.,])(?:19|20)\d\d(?![\w,.]\d)", heads[: subs[0].start()])
    kinds = [_SUB_KIND[m.lastgroup] for m in subs]
    runs: list[list[str]] = []
    for kind in kinds:
        if kind == kinds[0] or not runs:
            runs.append([])
        runs[-1].append(kind)
    groups = groups[-len(runs):]  # the group labels right above the names (a caption's years come before them)
    if len(groups) < 2 or len(runs) != len(groups):
        return None
    return [("change" if "change" in g.lower() else g, kind) for g, run in zip(groups, runs) for kind in run]


def _spanned_blocks(sense: str, num: str, table: pdf_tables.Table, heads: str, years: set[int], count: int | None,
                    geographic: bool, whole: str) -> tuple[_Block, _Block] | None:  # fmt: skip
    """For a margin asked of each member: the numerator's and revenue's cells of a table whose columns stand under a
    spanning head of years (``_spanned_columns``: "2025 2024 % change" over "Net Sales % of Total Operating Income"
    per year), as two blocks of the same members for ``_margins``. Members are the rows with a figure in every column
    (totals and rows that are never members left out; any other row makes only a stated count of members hold); a
    stated count must be theirs; without one, three members or more. General rule: the same cells a block per measure
    would give, read by the column's group and name instead of one measure per table."""
    rows = [r for r in table.rows if not _ratio_row(r)]
    if not rows:
        return None
    n = max(len(r.cells) for r in rows)
    cols = _spanned_columns(heads, n)
    if cols is None:
        return None
    members = [r for r in rows if len(r.cells) == n and not _not_member(r.label) and not _TOTAL_ROW.search(r.label)]
    others = [r for r in rows if r not in members and not _TOTAL_ROW.search(r.label)
              and not _NEVER_MEMBER.search(r.label) and not _set_aside(r.label, whole)]
    if others and count is None:
        return None
    if geographic:
        places = [r for r in members if _geographic(r.label)]
        if count is None and len(places) != len(members):
            return None
        members = places
    if count is not None and len(members) != count or len(members) < (2 if count else 3):
        return None
    asked = sorted(y for y in years if any(g == str(y) for g, _ in cols))
    if len(asked) > 1 or not asked and years:
        return None
    new_year = asked[0] if asked else max(int(g) for g, _ in cols if g != "change")
    where = {(g, k): i for i, (g, k) in enumerate(cols)}
    if len(where) != len(cols):
        return None  # one name twice under a year: which column is asked cannot be told
    blocks = []
    for kind in (num, "revenue"):
        new = where.get((str(new_year), kind))
        old = where.get((str(new_year - 1), kind))
        if new is None or sense.endswith("change") and old is None:
            return None
        cells = tuple((r.label, r.cells[old] if old is not None else "", r.cells[new], r) for r in members)
        blocks.append(_Block(cells, new_year, ""))
    return blocks[0], blocks[1]


def _margins(sense: str, num: str, nums: list[_Block], dens: list[_Block]) -> list[MemberRanking]:
    """Every member's margin (its ``num`` measure over its revenue, in the asked period) from a block of the numerator
    and a block of revenue of the same page that list the same members in the same order and read the same period
    (a segment table's "Net sales" and "Operating profit" blocks, or its two runs of columns); one ranking per such
    pair. A member whose revenue is not positive, or whose cell is a percentage, gives no margin: no ranking."""
    out = []
    change = sense.endswith("change")
    for n in nums:
        for d in dens:
            if [c[0] for c in n.cells] != [c[0] for c in d.cells] or (n.new_year, n.gname) != (d.new_year, d.gname):
                continue
            name = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[num]
            rows = tuple(dict.fromkeys([*(c[3] for c in n.cells), *(c[3] for c in d.cells)]))
            if change:
                ranked = _margin_moves(sense, num, name, n, d, rows)
                if ranked is not None:
                    out.append(ranked)
                continue
            members: list[Member] = []
            for (label, _, ncell, nrow), (_, _, dcell, drow) in zip(n.cells, d.cells):
                nv, dv = _value(ncell), _value(dcell)
                if nv is None or dv is None or dv <= 0 or ncell.endswith("%") or dcell.endswith("%"):
                    members = []
                    break
                members.append(Member(label, dv, nv, dcell, ncell, nv / dv * 100, nrow))
            if len(members) < 2:
                continue
            order = sorted(members, key=lambda m: m.value if sense == "low" else -m.value)
            if round(order[0].value, 1) == round(order[1].value, 1):
                continue  # a tie is no answer
            top = order[0]
            what = f"{name} ({_NUM_WORDS[num]} / revenue), {n.new_year}" + (f", {n.gname}" if n.gname else "")
            word = "had the highest" if sense == "high" else "had the lowest"
            span = f" ({n.gname})" if n.gname else ""  # "in 2025 (three months)": the quarter's, not the year's
            lead = (f"{top.label} {word} {name} of the {len(members)} members in {n.new_year}{span}: {top.value:.1f}% "
                    f"({_NUM_WORDS[num]} {_fmt(top.new_cell)} / revenue {_fmt(top.old_cell)}, computed).")
            each = "; ".join(f"{m.label} {m.value:.1f}% ({_fmt(m.new_cell)} / {_fmt(m.old_cell)})" for m in members)
            out.append(MemberRanking(sense, f"{num} margin", top, tuple(members), what, lead,
                                     f"{lead} Every member's {name}, computed from the rows: {each}.", rows, n.new_year))
    return out


def _margin_moves(sense: str, num: str, name: str, n: _Block, d: _Block,
                  rows: tuple[pdf_tables.Row, ...]) -> MemberRanking | None:  # fmt: skip
    """Every member's margin in the asked year and the year before (its numerator's cell over its revenue cell, each
    year's), ranked by the move in percentage points ("the largest decline in operating margin": the most negative
    move first). General rule: a margin's move is computed for EVERY member from its own four cells; a member
    missing a cell, a revenue cell that is not positive, a percentage cell, or a tie: no answer."""
    members: list[Member] = []
    for (label, nold, nnew, nrow), (_, dold, dnew, _) in zip(n.cells, d.cells):
        cells = (nold, nnew, dold, dnew)
        vals = [_value(c) if c else None for c in cells]
        if any(v is None for v in vals) or any(c.endswith("%") for c in cells) or vals[2] <= 0 or vals[3] <= 0:
            return None
        old, new = vals[0] / vals[2] * 100, vals[1] / vals[3] * 100
        members.append(Member(label, old, new, f"{_fmt(nold)} / {_fmt(dold)}", f"{_fmt(nnew)} / {_fmt(dnew)}",
                              new - old, nrow))
    if len(members) < 2:
        return None
    order = sorted(members, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, 1) == round(order[1].value, 1):
        return None  # a tie is no answer
    top = order[0]
    year = n.new_year
    what = f"{name} ({_NUM_WORDS[num]} / revenue), {year - 1} to {year}" + (f", {n.gname}" if n.gname else "")
    word = "had the largest decline in" if sense.startswith("low") else "had the largest increase in"
    if sense.startswith("low") and top.value > 0 or not sense.startswith("low") and top.value < 0:
        word = "had the weakest move in" if sense.startswith("low") else "had the strongest move in"
    lead = (f"{top.label} {word} {name} of the {len(members)} members, {year - 1} to {year}: {top.value:+.1f} "
            f"percentage points ({top.old:.1f}% to {top.new:.1f}%, computed).")
    each = "; ".join(f"{m.label} {m.value:+.1f} percentage points ({m.old:.1f}% = {m.old_cell} to {m.new:.1f}% = "
                     f"{m.new_cell})" for m in members)
    return MemberRanking(sense, f"{num} margin", top, tuple(members), what, lead,
                         f"{lead} Every member's {name}, computed from the rows: {each}.", rows, year)


def _head_measure(sense: str, part: str, question: str, page: str, years: set[int]) -> MemberRanking | None:
    """A ranking by a measure the column heads name beside each year ("Occupancy 2025 Occupancy 2024"): the one head
    measure whose words the question says (the row-label head and change columns aside), its asked year's column and
    the year before's, one row per member (totals out; a stated count must hold; without one, every row but the
    totals must be a member). General rule: the measure ranked is the filer's own column, named by the question in
    the filer's word, read for EVERY member; a head measure the question does not name, two it names, a period
    length the table does not state as asked, or a member's cell missing: no answer."""
    whole = f"{question} {part}"
    asked_words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&-]*", whole)}
    wanted = _group_wanted(whole)
    count = stated_count(whole)
    found: list[MemberRanking] = []
    for table in pdf_tables.tables_in(page):
        if len(table.rows) < 2:
            continue
        own_heads, own_caption = _context_above(page, table.rows[0])
        heads = table.heads if _YEAR.search(table.heads) else own_heads
        caption = table.caption or own_caption
        if not _YEAR.search(heads) and _YEAR.search(caption):
            heads = caption  # the head line read as the caption ("Brand tier ADR 2025 ADR 2024 ...")
        above = [ln for ln in page[: table.rows[0].start].split("\n")[-8:] if ln.strip()][-3:]
        above = [ln for ln in above if len(ln.split()) <= 16]  # caption and head lines, not a paragraph
        length = _length_of(" ".join(above))
        heads = next((ln for ln in reversed(above) if len(_YEAR.findall(ln)) >= 2), heads)  # the head line itself
        if wanted is not None and (length or "") not in wanted and not (length == "12" and "year" in wanted):
            continue
        cols = _head_columns(heads)
        if len(cols) < 2 or not all(len(r.cells) == len(cols) for r in table.rows):
            continue
        measures = {m for m, y in cols if y is not None}
        if len(measures) < 2 or any(len(m - _HEAD_PLAIN) > 4 for m in measures):
            continue  # heads naming no measures beside the years (a statement's "Year Ended December 31, 2025 2024")
        named = [m for m in measures if (m - _HEAD_PLAIN) and (m - _HEAD_PLAIN) & asked_words
                 and not any(o < m and (o - _HEAD_PLAIN) & asked_words for o in measures)]
        if len(named) != 1:
            continue
        m = named[0]
        by_year = {y: k for k, (mm, y) in enumerate(cols) if mm == m and y is not None}
        new_year = max(years & set(by_year)) if years & set(by_year) else None
        if new_year is None:
            continue
        new, old = by_year[new_year], by_year.get(new_year - 1)
        if sense.endswith("change") and old is None:
            continue
        members = [r for r in table.rows if not _NOT_MEMBER.search(r.label)]
        left = [r for r in table.rows if r not in members and not _TOTAL_ROW.search(r.label)
                and not re.search(r"(?i)\btotal\b", r.label)]
        if left and count is None or count is not None and len(members) != count or len(members) < 2:
            continue
        cells = [(r.label, r.cells[old] if old is not None else "", r.cells[new], r) for r in members]
        name = " ".join(dict.fromkeys(w for w in re.findall(r"[A-Za-z][\w&-]*", heads) if w.lower() in m
                                      and w.lower() not in _HEAD_PLAIN)) or "the measure"
        ranked = _ranked(sense, name, cells, new_year, {"3": "three months", "6": "six months",
                                                        "9": "nine months"}.get(length or "", ""), tuple(members))
        if ranked is not None:
            found.append(ranked)
    if not found or len({r.top.label for r in found}) != 1:
        return None
    return found[0]


_DATE = re.compile(r"\b" + MONTH_TITLE + r"\s+"
                   r"\d{1,2},\s+(?:19|20)\d\d\b")
# words of a question that name no measure: the pick, the members' kind, the period, the company's whole
_PLAIN_ASKED = {"which", "what", "of", "the", "a", "an", "its", "their", "had", "has", "have", "most", "highest",
                "largest", "lowest", "fewest", "least", "for", "in", "and", "how", "many", "much", "did", "it", "was",
                "were", "months", "month", "three", "six", "nine", "twelve", "ended", "quarter", "year", "fiscal",
                "company", "company's", "total", "account", "accounted", "by", "on", "at", "to", "as", "our",
                "reportable", "operating", "segments", "segment", "regions", "region", "divisions", "division",
                "business", "businesses", "units", "each", "amounts", "millions", "thousands", "table", "following",
                "details", "sets", "forth", "presents", "shows", "basis", "number", "numbers", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _dated_columns(sense: str, part: str, question: str, page: str) -> MemberRanking | None:
    """A level ranking by a measure the registry does not know ("average monthly active users"), read from a table
    whose caption names that measure and the members' kind ("The following table details our average MAUs ... for
    each of our reportable segments") and whose columns are headed by period-end dates ("December 31, 2025 September
    30, 2025 ..."): the column of the one date the question names ("for the three months ended December 31, 2025").
    General rule: the measure is the caption's, named by a word of the question; the column is the asked date's
    (found once among the heads); every member row read (totals out; a stated count must hold; without one, every
    row but the totals must be a member); the total row's figure and the pick's share of it shown. A change asked,
    no date or two dates asked, a date found twice or not at all: no answer."""
    if sense not in ("high", "low"):
        return None
    whole = f"{question} {part}"
    dates = {" ".join(d.split()) for d in _DATE.findall(whole)}
    if len(dates) != 1:
        return None
    date = dates.pop()
    asked = {w.lower().strip("()") for w in re.findall(r"[A-Za-z][\w'’()-]*", whole)} - _PLAIN_ASKED
    count = stated_count(whole)
    found: list[MemberRanking] = []
    for table in pdf_tables.tables_in(page):
        if len(table.rows) < 2:
            continue
        own_heads, own_caption = _context_above(page, table.rows[0])
        said = f"{table.caption} {own_caption} {table.heads} {own_heads}"
        heads = table.heads if _DATE.search(table.heads) else own_heads
        cols = [" ".join(d.split()) for d in _DATE.findall(heads)]
        if len(cols) < 2 or cols.count(date) != 1 or not all(len(r.cells) == len(cols) for r in table.rows):
            continue
        caption_words = {w.lower().strip("()“”\"") for w in re.findall(r"[A-Za-z][\w'’()“”\"-]*", said)}
        if not _MEMBERS_TABLE.search(said) or not (asked & caption_words):
            continue  # the caption names no members, or no measure the question names
        k = cols.index(date)
        members = [r for r in table.rows if not _NOT_MEMBER.search(r.label)]
        totals = [r for r in table.rows if _TOTAL_ROW.search(r.label)]
        left = [r for r in table.rows if r not in members and r not in totals]
        if left and count is None or count is not None and len(members) != count or len(members) < 2:
            continue
        name = " ".join(w for w in re.findall(r"[A-Za-z][\w'’-]*", said) if w.lower() in asked) or "the measure"
        name = " ".join(dict.fromkeys(name.split()))
        ranked = _ranked(sense, name, [(r.label, "", r.cells[k], r) for r in members], int(date[-4:]),
                         f"period ended {date}", tuple(members) + tuple(totals[:1]))
        if ranked is None:
            continue
        if len(totals) == 1 and (tv := _value(totals[0].cells[k])) and tv > 0 and ranked.top.new >= 0:
            share = (f" The total is {_fmt(totals[0].cells[k])}; {ranked.top.label}'s "
                     f"{_fmt(ranked.top.new_cell)} is {ranked.top.new / tv * 100:.1f}% of it (computed).")
            ranked = replace(ranked, lead=ranked.lead + share, text=ranked.text + share)
        found.append(ranked)
    if not found or len({r.top.label for r in found}) != 1:
        return None
    return found[0]


# a caption stating the margin of each member: "Information about our operating margin on a consolidated basis and by
# operating segment is as follows:", "Segment operating margin", "EBITDA margin by segment"
_STATED_MARGIN = {"operating income": re.compile(r"(?i)\boperating\s+(?:profit\s+|income\s+)?margins?\b|\boperating\s+"
                                                 r"income\s+as\s+a\s+(?:percentage|percent|%)\s+of\b"),
                  "ebitda": re.compile(r"(?i)\bEBITDA\s+margins?\b")}


def _stated_margins(sense: str, num: str, page: str, years: set[int], whole: str,
                    count: int | None) -> MemberRanking | None:  # fmt: skip
    """A table of the margin the filer states for each member, read line by line: a caption naming the asked margin
    and the members' kind ("... our operating margin on a consolidated basis and by operating segment ..."), a line
    of years (the columns), then one row per member with a figure per year ("Latin America 56.0 52.1 54.3",
    "Bottling Investments (10.6 ) (0.7 ) 0.5"; a total or consolidated row is none). General rule: a margin the
    filer states per member ranks every member, by its level or by its move in percentage points; a member whose
    cell is not a figure ("Corporate * * *": not meaningful) is left out only when the question sets it aside or the
    stated count holds without it; otherwise no answer."""
    lines = page.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if not (_STATED_MARGIN[num].search(line) and _MEMBERS_TABLE.search(line)) or len(line.split()) > 40:
            continue
        head = None
        for j in range(i + 1, min(i + 3, len(lines))):
            ys = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])", lines[j])]
            if len(ys) >= 2 and not re.search(r"\$|\d,\d|%", lines[j]):
                head = (j, ys)
                break
        if head is None:
            continue
        j, ys = head
        members: list[tuple[str, list[str], pdf_tables.Row]] = []
        unread: list[str] = []
        for k in range(j + 1, min(j + 20, len(lines))):
            text = lines[k].strip()
            m = re.match(r"^(?P<label>[A-Z][A-Za-z&,'’ .-]*?)\s+(?P<cells>(?:\(|-|\d|\*).*)$", text)
            if not m:
                break
            label = m.group("label").strip()
            cells = [re.sub(r"\s", "", c) for c in re.findall(r"\(?-?\d[\d,]*(?:\.\d+)?\s?\)?\s?%?|\*", m.group("cells"))]
            if len(cells) != len(ys):
                break
            if _TOTAL_ROW.search(label) or re.search(r"(?i)\b(?:total|consolidated)\b", label):
                continue
            if any(_value(c) is None for c in cells):
                unread.append(label)
                continue
            members.append((label, cells, pdf_tables.Row(label, tuple(cells), pos[k], pos[k] + len(lines[k]), "")))
        if any(not _set_aside(u, whole) for u in unread) and (count is None or len(members) != count):
            return None  # a member without a figure the question does not set aside
        if count is not None and len(members) != count or len(members) < 2:
            return None
        new_year = max(years & set(ys)) if years & set(ys) else None
        if new_year is None:
            return None
        old_year = new_year - 1 if new_year - 1 in ys else None
        if sense.endswith("change") and old_year is None:
            return None
        cells = [(label, f"{c[ys.index(old_year)]}%" if old_year else "", f"{c[ys.index(new_year)]}%", row)
                 for label, c, row in members]
        cells = [(a, o.replace("%%", "%"), n.replace("%%", "%"), r) for a, o, n, r in cells]
        name = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[num]
        return _ranked(sense, f"{name} (stated)", cells, new_year, "", tuple(r for *_, r in cells))
    return None
# a head line of member column groups: "Three months ended March 31, Consumer & Community Banking Corporate & Investment
# Bank Commercial Banking", then its years line "(in millions, except ratios) 2025 2024 Change 2025 2024 Change ..."
_GROUP_HEAD = re.compile(r"^\s*(?P<lead>(?:Three|Six|Nine|Twelve)\s+months\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?|"
                         r"(?:Fiscal\s+)?Years?\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?P<names>[A-Z].*)$")
_GROUP_CELL = re.compile(r"\(?-?\$?\s?\(?\d[\d,]*(?:\.\d+)?\s?\)?\s?%?|\bNM\b|\bn/?m\b|—|–")
_TOTAL_COLUMN = re.compile(r"^(?:Total|Firmwide|Consolidated)\b")


def _split_group_names(text: str, names: list[str], k: int) -> list[str] | None:
    """The ``k`` column-group names of a head, read with the filer's own list of its segments: each listed name where
    it stands, a run of other words between them one name of its own (an unlisted member: "Corporate"), "Total" the
    total; None when the head does not split into ``k`` names so."""
    norm = lambda t: " ".join(t.split()).lower()  # noqa: E731
    rest, out, loose = " ".join(text.split()), [], []
    while rest:
        hit = next((n for n in sorted(names, key=len, reverse=True) if norm(rest).startswith(norm(n))
                    and (len(rest) == len(" ".join(n.split())) or rest[len(" ".join(n.split()))] == " ")), None)
        if hit is not None:
            if loose:
                out.append(" ".join(loose))
                loose = []
            out.append(hit)
            rest = rest[len(" ".join(hit.split())):].strip()
            continue
        word, _, rest = rest.partition(" ")
        if _TOTAL_COLUMN.match(word):
            if loose:
                out.append(" ".join(loose))
                loose = []
            out.append("Total")
            continue
        loose.append(word)
    if loose:
        out.append(" ".join(loose))
    if len(out) != k or any(len(n.split()) > 3 and n not in names for n in out):
        return None
    return out


def _grouped_columns(sense: str, measure: str, page: str, years: set[int], count: int | None,
                     wanted: set[str] | None, whole: str, around: str) -> MemberRanking | None:  # fmt: skip
    """A table whose members are groups of columns, one head line naming the members after the period ("Three months
    ended March 31, A B C") and a years line repeating one run per member ("2025 2024 Change" each), continued in a
    second such table (the remaining members and "Total"). General rule: the members' names are split by the filer's own
    list of its segments (a sentence on the page or the pages around it: "There are four major reportable business
    segments – A, B, C and D"), a run of other words between them one more member ("Corporate"), "Total" the total;
    the row saying the measure in every table ("Total net revenue", "Net income/(loss)") gives each member its cell of
    the asked year; a member without the row, a head not splitting, or the asked year's column missing: no answer."""
    names = _segments_named(page) or (_segments_named(around) if around else None)
    if not names:
        return None
    lines = page.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    members: list[tuple[str, str, str, pdf_tables.Row]] = []
    total_seen = False
    new_year = None
    for i, line in enumerate(lines[:-1]):
        m = _GROUP_HEAD.match(line)
        if not m:
            continue
        if wanted is not None and _length_of(m.group("lead")) not in wanted:
            continue
        runs = re.findall(r"((?:19|20)\d\d)\s+((?:19|20)\d\d)(?:\s+(?:Change|%\s*Change|% change))?", lines[i + 1])
        per = len(re.findall(r"(?:19|20)\d\d|Change", lines[i + 1]))
        if len(runs) < 1 or per % len(runs):
            continue
        k, per = len(runs), per // len(runs)
        heads = re.findall(r"(?:19|20)\d\d|Change", lines[i + 1])[:per]
        groups = _split_group_names(m.group("names"), names, k)
        if groups is None:
            return None
        year_at = {int(h): n for n, h in enumerate(heads) if h != "Change"}
        ny = max(years & set(year_at)) if years & set(year_at) else None
        if ny is None or new_year is not None and ny != new_year:
            return None
        new_year = ny
        old = year_at.get(ny - 1)
        row = None
        for j in range(i + 2, min(i + 16, len(lines))):
            text = lines[j].strip()
            if _GROUP_HEAD.match(text):
                break
            label = re.split(r"\s[$(—–-]?\s?\d|\s\$|\s—|\sNM\b", text, maxsplit=1)[0].strip()
            said = (re.fullmatch(r"(?i)net\s+(?:income|earnings)(?:\s*/?\s*\(loss\))?", label) if measure == "net income"
                    else says_measure(label, measure) and not narrowed(label, measure, whole))
            if said and not re.search(r"(?i)\b(?:after|before|attributable|per|pre-)\b", label):
                cells = [c.replace(" ", "") for c in _GROUP_CELL.findall(text[len(label):])]
                cells = [c for c in cells if c != "%"]
                if len(cells) == k * per and row is None:
                    row = (pdf_tables.Row(label, tuple(cells), pos[j], pos[j] + len(lines[j]), ""), cells)
                elif row is not None:
                    return None  # two rows saying the measure: which is asked, unsure
        if row is None:
            return None
        r, cells = row
        for g, name in enumerate(groups):
            if name == "Total":
                total_seen = True
                continue
            new_cell = cells[g * per + year_at[ny]].replace("%", "")
            old_cell = cells[g * per + old].replace("%", "") if old is not None else ""
            members.append((name, old_cell, new_cell, r))
    if not members or not total_seen:
        return None  # no total column: the members may go on in a table this page does not hold
    members = [mm for mm in members if not _set_aside(mm[0], whole)]
    if count is not None and len(members) != count or len(members) < 2:
        return None
    if any(_value(c) is None for _, _, c, _ in members):
        return None
    return _ranked(sense, measure, members, new_year, "", tuple(dict.fromkeys(r for *_, r in members)))

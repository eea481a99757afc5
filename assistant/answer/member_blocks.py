"""A block of a table's member rows and its ranking (``Member``, ``MemberRanking``, ``_Block``): the heads above a
table (``_heads_of``, ``_context_above``, ``_head_row``, ``_head_columns``, ``_length_of``), the runs of a measure's
years (``_measure_runs``, ``_head_runs``), a block's cells for the asked period (``_block_cells``), and the ranking of
its members' figures (``_ranked``, ``_rank_block``, ``_stated_ranked``, ``_one_moved``); the cells' values
(``_value``, ``_fmt``). Reads ``member_asks.py`` and ``member_rows.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..finance.statements import row_statement
from ..text.months import MONTH, MONTH_ABBREVIATIONS, MONTH_NAMES
from . import prose_pdf_tables as pdf_tables
from .member_asks import _MEASURES, _ONE_MOVE
from .member_rows import (
    _CHANGE_TITLE, _LINES_ASKED, _geographic, _members_of, _not_member, _segments_named, _title_above, says_measure,
)

__all__ = ["MemberRanking"]


def _squash(label: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


@dataclass(frozen=True)
class Member:
    label: str
    old: float | None
    new: float
    old_cell: str
    new_cell: str
    value: float  # what ranks: the growth in percent, or the level
    row: pdf_tables.Row


@dataclass(frozen=True)
class MemberRanking:
    sense: str
    measure: str
    top: Member
    members: tuple[Member, ...]  # every member, in the table's order
    what: str  # "revenue, 2023 to 2024, six months"
    lead: str  # the member, its figure and what it is ranked by
    text: str  # the lead and every member's figures, computed
    rows: tuple[pdf_tables.Row, ...] = ()  # the rows cited
    year: int = 0  # the asked period's year
    amount: bool = False  # a change ranked by its amount (the asked period's figure less the year before's)


_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w,.]\d)")
_FIGURE = re.compile(r"(?<![\w.])\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?%?")


def _heads_of(page: str, table: pdf_tables.Table, before: str) -> tuple[str, str, str]:
    """A table's column heads (its own when they name years, else the lines above it; a block continuing the table
    above, naming no year, takes ``before``), and the heads and caption read above it."""
    own_heads, own_caption = _context_above(page, table.rows[0])
    heads = table.heads if _YEAR.search(table.heads) else own_heads
    if not _YEAR.search(heads) and before:
        heads = before
    return heads, own_heads, own_caption


def _context_above(page: str, row: pdf_tables.Row, most: int = 14) -> tuple[str, str]:
    """The column-head lines above a block's first row and the lead-in or caption line above them: heads are lines
    of years, dates and words ("Three Months Ended", "June 30,", "2025 2024 2025 2024"), read up to a line of
    amounts (the rows above) or a lead-in sentence ("The following table sets forth net sales by segment:"), which
    is the caption."""
    out: list[str] = []
    above = page[: row.start].rstrip("\n").split("\n")
    for i in range(len(above) - 1, max(-1, len(above) - 1 - most), -1):
        text = above[i].strip()
        amounts = [f for f in _FIGURE.findall(text)  # "for fiscal 2025, 2024 and 2023": years, no amounts
                   if not _YEAR.fullmatch(f.strip().rstrip(",")) and not re.fullmatch(r"\d{1,2},?", f.strip())]  # fmt: skip
        if amounts:
            break
        if (len(text.split()) >= 6 and re.search(r"[.:]$", text) or len(text.split()) > 14) \
                and not pdf_tables.period_heads(text):
            return " ".join(out), _sentence_start(above, i)
        out.insert(0, text)
    return " ".join(out), ""


def _sentence_start(lines: list[str], i: int) -> str:
    """The lead-in sentence ending on line ``i``, read back over the lines it wraps from ("... Subscription" /
    "revenue by segment for fiscal 2025 is as follows:"): from its capital after the last stop, at most three lines
    back."""
    text = lines[i].strip()
    for j in range(i - 1, max(-1, i - 4), -1):
        if re.match(r"[A-Z(“\"•·▪‣]", text):
            break  # a capital, or a bullet, opens it
        prev = lines[j].strip()
        stop = list(re.finditer(r"[.;:!?]\s+(?=[A-Z(“\"])", prev))
        if stop:
            return f"{prev[stop[-1].end():]} {text}"
        text = f"{prev} {text}"
    return text


def _value(cell: str) -> float | None:
    """A cell's figure with its sign: "$ (502)" is -502 (the dollar sign and spaces before the parenthesis set aside)."""
    return pdf_tables.cell_value(re.sub(r"^\$\s*", "", cell.strip()))


def _fmt(cell: str) -> str:
    return cell.replace("$", "").strip()


_MONTH_END = re.compile(r"(?i)\b" + MONTH + r"\s*$")


def _head_row(row: pdf_tables.Row) -> bool:
    """Whether a table's first row is its head line read as a row: every cell a year ("Segment 2025 2024 2023"), or a
    date's day then years after a label ending on its month ("Year ended November | 30 2025 2024 2023")."""
    cells = [c.strip() for c in row.cells]
    if cells and all(_YEAR.fullmatch(c) for c in cells):
        return True
    return len(cells) >= 3 and bool(_MONTH_END.search(row.label)) and bool(re.fullmatch(r"[1-9]|[12]\d|3[01]", cells[0])) \
        and all(_YEAR.fullmatch(c) for c in cells[1:])


def _length_of(period: str) -> str | None:
    """The length a block's period line names: "3", "6", "9" (months, 13 / 26 / 39 weeks, a quarter) or "12" (a
    year, twelve months, 52 / 53 weeks); None when it names none."""
    p = _WEEKS.sub(_weeks_group, period).lower()
    if re.search(r"\bsix\s+months\b|\b26\s+weeks\b", p):
        return "6"
    if re.search(r"\bnine\s+months\b|\b39\s+weeks\b", p):
        return "9"
    if re.search(r"\bthree\s+months\b|\b13\s+weeks\b|\bquarters?\s+ended\b", p):
        return "3"
    if re.search(r"\byears?\b|\btwelve\s+months\b|\b5[23]\s+weeks\b|\bfiscal\b", p):
        return "12"
    return None


_EARLY_CLOSE = re.compile(r"(?i)\b(?:january|february|march)\s+\d{1,2}\b")
# a period in weeks: 13 / 26 / 39 / 52-53, and the 12 / 24 / 36 / 16-week quarters of filers closing on a weekday
# ("12 Weeks Ended March 22, 2025"): the group of months it stands for
_WEEKS = re.compile(r"(?i)\b(1[2-7]|2[4-8]|3[6-9]|40|4[89]|5[0-3])\s+weeks\s+ended\b")


def _weeks_group(m: re.Match) -> str:
    n = int(m.group(1))
    return ("Three Months Ended" if n <= 17 else "Six Months Ended" if n <= 28 else "Nine Months Ended" if n <= 40
            else "Twelve Months Ended")


@dataclass(frozen=True)
class _Block:
    """One block's members and the asked period's (and the year before's) cells: (label, earlier cell, asked
    period's cell, row) each."""
    cells: tuple[tuple[str, str, str, pdf_tables.Row], ...]
    new_year: int
    gname: str
    stated: str = ""  # the block's title when its cells state each member's change ("Increases in net sales")


def _measure_runs(heads: str, n: int) -> list[str] | None:
    """The measure each of a block's ``n`` columns stands under when its heads name two measures or more over equal
    runs of the same year columns ("Net Revenue Operating Profit" over "2025 2024 2023 2025 2024 2023": the first
    three columns are revenue, the last three operating income); None when the heads name fewer than two measures
    before their years, or the measures do not split the columns into equal runs of the same years and period
    lengths (a three-month run beside a nine-month run is two periods of one measure, not two measures)."""
    first = _YEAR.search(heads)
    before = heads[: first.start()] if first else heads
    spans = sorted(((m.start(), m.end(), name) for name, (_, said) in _MEASURES.items()
                    for m in re.finditer(rf"(?i)\b(?:{said})\b", before)), key=lambda s: (s[0], s[0] - s[1]))
    names: list[str] = []
    end = -1
    for a, b, name in spans:
        if a >= end:  # "net operating income" is NOI's, not operating income's too
            names.append(name)
            end = b
    years = [int(y) for y in _YEAR.findall(heads[first.start():])] if first else []
    if len(names) < 2 or len(years) != n or n % len(names):
        return None
    per = n // len(names)
    runs = [years[k * per : (k + 1) * per] for k in range(len(names))]
    if any(r != runs[0] for r in runs):
        return None
    cols = pdf_tables.columns(_WEEKS.sub(_weeks_group, heads), n)
    if cols is not None and any([c.group for c in cols[k * per : (k + 1) * per]] != [c.group for c in cols[:per]]
                                for k in range(len(names))):
        # "Three months ended ... 2025 2024 Nine months ended ... 2025 2024" under "Revenue and Adjusted EBITDA by
        # segment": runs of different period lengths are the periods' columns, and the two measures are blocks
        # stacked under their own title lines, not runs of columns side by side
        return None
    return [names[k // per] for k in range(n)]


# a measure's name shortened in a column head ("Rev. 2025 Rev. 2024 ASMs 2025")
_HEAD_SHORT = {"revenue": re.compile(r"(?i)\brevs?\.(?!\w)")}


def _head_runs(heads: str, n: int, measure: str) -> list[str] | None:
    """The measure each of ``n`` columns stands under when the heads name a measure beside each year ("Region Rev. 2025
    Rev. 2024 ASMs 2025": revenue, revenue, another): ``measure`` for the columns whose words say it (or its usual
    short form), "" for the others; None when the heads do not name two measures or more beside the years. General
    rule: a table of several measures read by year is read in the asked measure's columns only."""
    cols = _head_columns(heads)
    if len(cols) != n or any(y is None for _, y in cols):
        return None
    names = {frozenset(m - _HEAD_PLAIN) for m, _ in cols}
    if len(names) < 2 or any(not m for m in names):
        return None
    out = []
    for words, _ in cols:
        said = " ".join(sorted(words - _HEAD_PLAIN))
        short = _HEAD_SHORT.get(measure)
        out.append(measure if says_measure(said, measure) or short is not None and short.search(said) else "")
    return out


# the kind of member a question or a table's title names: a filer's segments (divisions, regions), the operating
# units inside one segment, or its products' classes / categories / brands
_GROUPING = (("segment", re.compile(r"(?i)\b(?:segments?|divisions?|reportable|geographic|regions?)\b")),
             ("unit", re.compile(r"(?i)\boperating\s+units?\b|\bbusiness\s+units?\b")),
             ("product", re.compile(r"(?i)\bclass(?:es)?\s+of\s+(?:similar\s+)?products?\b|\bproduct\s+"
                                    r"(?:categories|category|lines?|classes)\b|\bbrands?\b")))


def _grouping(text: str) -> set[str]:
    return {kind for kind, rx in _GROUPING if rx.search(text)}


def _lead_in(page: str, row: pdf_tables.Row) -> str:
    """The sentence introducing a block's table, within the four lines above its first row ("Net sales for our Retail
    operating units were as follows:"), past the column heads; "" when none."""
    before = page[: row.start].rstrip("\n").split("\n")[-4:]
    for line in reversed(before):
        text = line.strip()
        if re.search(r"(?i)(?:\bas\s+follows|:)\s*$", text) and not re.search(r"\d", text):
            return text
    return ""


def _other_grouping(question: str, title: str) -> bool:
    """Does a block's title name another kind of member than the question asks for ("Which of its four segments ...":
    "Net sales for our Retail operating units were as follows:", "Net sales by class of similar products")? General
    rule: a filer's segment note prints its segments' table beside tables breaking one segment into its operating units
    and its sales into product classes, often with as many rows; only the table of the asked kind ranks them. A title
    naming no kind, or the asked one among others, is not another kind."""
    # the question's kind is a common noun: a name's capitalised word ("Quarrystone Brands'") says no kind
    asked = _grouping(re.sub(r"\b[A-Z][\w&.'’-]*", " ", question))
    said = _grouping(title)
    return bool(asked) and bool(said) and not asked & said


def _all_named(page: str, members: list[str]) -> bool:
    """Does the page's sentence naming the filer's segments ("We have three reportable segments: A, B and C") name
    exactly these member rows? Then a row left out beside them (corporate, unallocated, eliminations, other) is a
    reconciling line, not a segment."""
    named = _segments_named(page)
    if named:
        return sorted(_squash(n) for n in named) == sorted(_squash(n) for n in members)
    return _listed_before(page, members)


def _listed_before(page: str, members: list[str]) -> bool:
    """Does the page name exactly these member rows, in the table's order, as a list before the word "segments"
    ("evaluates the Aggregates, Ready-Mix Concrete and Asphalt and Paving segments on segment operating income")?
    General rule (#10, session 28): a filer's sentence listing its segments before the word names them as surely as
    one listing them after "segments:"; a member's own "and" ("Asphalt and Paving") is read as the row says it, so
    the list must be the rows' names joined in their order, nothing more."""
    if len(members) < 2:
        return False
    text = " ".join(page.split())
    names = [re.escape(" ".join(n.split())) for n in members]
    listed = r",\s*".join(names[:-1]) + rf",?\s+and\s+{names[-1]}"
    return re.search(rf"(?i)\bthe\s+{listed}\s+(?:reportable\s+|operating\s+|business\s+)?segments\b", text) is not None


def _revenue_members(table: pdf_tables.Table, page: str, whole: str, narrow: str) -> list[str] | None:
    """The members of the table's revenue block when it leaves no row out (squashed, sorted); None otherwise. A
    corporate / other row that only the profit block adds beside them reports no revenue of its own: a reconciling
    line, not a segment (rows below the segments' total, charges, stay unsure)."""
    rows = _members_of("revenue", table, page, whole, narrow, frozenset())
    if not rows or any(not n for n, _ in rows):
        return None
    return sorted(_squash(n) for n, _ in rows)


def _left_out_reconciles(measure: str, table: pdf_tables.Table, page: str, whole: str, narrow: str,
                         members: list, left_out: list) -> bool:
    """Are the rows a block leaves out beside its members reconciling lines, not segments: the filer's sentence names
    exactly the member rows as its segments (``_all_named``), or, in a profit block, every row left out is a
    corporate / other line (``_not_member``), no sentence names the segments, and the table's revenue block holds
    exactly these members (``_revenue_members``)?"""
    names = [n for n, _ in members]
    if _all_named(page, names):
        return True
    return (measure != "revenue" and all(_not_member(r.label) for r in left_out) and _segments_named(page) is None
            and _revenue_members(table, page, whole, narrow) == sorted(_squash(n) for n in names))


def _block_cells(sense: str, measure: str, table: pdf_tables.Table, heads: str, page: str, years: set[int],
                 wanted: set[str] | None, count: int | None, geographic: bool, whole: str, narrow: str = "",
                 qualified: frozenset[str] = frozenset(), ends: bool = False) -> _Block | None:  # fmt: skip
    members = _members_of(measure, table, page, whole, narrow, qualified)
    left_out = [r for n, r in members if not n]
    members = [(n, r) for n, r in members if n]
    if left_out and count is None and not _left_out_reconciles(measure, table, page, whole, narrow, members, left_out):
        return None  # a row left out ("Corporate", "Other") may be one of the filer's segments: only a stated count
        # of members, or the filer's own sentence naming exactly the member rows as its segments, tells that the
        # ranking holds them all
    if not members or len({len(r.cells) for _, r in members}) != 1:
        return None
    named = _segments_named(page) if re.search(r"(?i)\bsegments?\b", whole) and not _LINES_ASKED.search(whole) \
        else None
    if named and not {_squash(n) for n in named} & {_squash(n) for n, _ in members}:
        return None  # segments asked, and the page names the filer's segments: rows naming none of them are other
        # members (revenue types, products), not the segments
    if "segment" in _grouping(re.sub(r"\b[A-Z][\w&.'’-]*", " ", whole)) and not named and \
            row_statement(page, page[members[0][1].start : members[0][1].end]) is not None:
        return None  # segments asked: the lines of a primary statement ("Revenues: Admissions, Food and beverage"
        # under "STATEMENTS OF INCOME") are kinds of revenue, not the filer's segments, unless the page names them so
    if geographic:
        places = [(n, r) for n, r in members if _geographic(n)]
        if count is None and len(places) != len(members):
            return None  # members that name no place, and no count to tell the asked ones: no answer
        members = places
    if count is not None and len(members) != count or len(members) < (2 if count else 3):
        return None  # a member missing, or one too many (and without a stated count, three members or more)
    if len(years) == 1 and not ends and _EARLY_CLOSE.search(heads) and re.search(r"(?i)\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b", whole):
        return None  # "fiscal 2022" of a filer whose years close in January to March: which column is its, unsure
    ncells = len(members[0][1].cells)
    cols = pdf_tables.columns(_WEEKS.sub(_weeks_group, heads), ncells)
    if cols is None:
        return None
    runs = _measure_runs(heads, ncells) or _head_runs(heads, ncells, measure)
    if runs is not None and measure not in runs:
        return None  # the heads name other measures' columns only
    groups = {c.group for c in cols}
    chosen = [g for g in groups if wanted is None or g in wanted]
    if len(chosen) != 1:
        return None
    group = chosen[0]
    idx = [k for k, c in enumerate(cols) if c.group == group and not c.change and c.year
           and (runs is None or runs[k] == measure)]  # fmt: skip
    by_year = {cols[k].year: k for k in idx}
    if len(by_year) != len(idx):
        return None  # one year twice in the group: which column is asked cannot be told
    new_year = max(years & set(by_year)) if years & set(by_year) else (None if years else max(by_year, default=None))
    if new_year is None:
        return None
    new = by_year[new_year]
    old = by_year.get(new_year - 1)
    first = members[0][1]
    title = first.block or _title_above(page, first)
    if _other_grouping(whole, f"{title} {_lead_in(page, first)}"):
        return None  # "which of its segments": a table of one segment's operating units or of product classes
    stated = title if _CHANGE_TITLE.match(title) and all(c.endswith("%") for _, r in members for c in r.cells) else ""
    if stated and not sense.endswith("change"):
        return None  # each member's change, no level of the measure
    if sense.endswith("change") and old is None and not stated:
        return None
    cells = tuple((name, r.cells[old] if old is not None else "", r.cells[new], r) for name, r in members)
    gname = {"3": "three months", "6": "six months", "9": "nine months", "12": "twelve months"}.get(group, "")
    return _Block(cells, new_year, gname, stated)


def _stated_ranked(sense: str, measure: str, block: _Block) -> MemberRanking | None:
    """The ranking of members by the change of the measure each member's row states for the asked year (a block
    ``_CHANGE_TITLE`` names), read, not computed. General rule: a segment table printing each member's growth in
    percent under "Increases in <measure>" ranks by those cells of the asked year's column; a tie is no answer."""
    out: list[Member] = []
    for name, _, new_cell, r in block.cells:
        v = _value(new_cell)
        if v is None:
            return None
        out.append(Member(name, None, v, "", new_cell, v, r))
    if len(out) < 2:
        return None
    order = sorted(out, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, 1) == round(order[1].value, 1):
        return None
    top = order[0]
    word = "had the highest growth" if sense == "high-change" else (
        "had the largest decline" if top.value < 0 else "had the lowest growth")
    what = f"{measure}, {block.new_year}" + (f", {block.gname}" if block.gname else "")
    lead = (f"{top.label} {word} of the {len(out)} members by {what}: {_fmt(top.new_cell)} (the "
            f"\u201c{block.stated}\u201d row, as stated).")
    each = "; ".join(f"{m.label} {_fmt(m.new_cell)}" for m in out)
    return MemberRanking(sense, measure, top, tuple(out), what, lead,
                         f"{lead} Every member's {block.stated[:1].lower()}{block.stated[1:]}, {block.new_year}: {each}.",
                         tuple(r for *_, r in block.cells), block.new_year)


def _rank_block(sense: str, measure: str, table: pdf_tables.Table, heads: str, page: str, years: set[int],
                wanted: set[str] | None, count: int | None, geographic: bool, whole: str, narrow: str = "",
                qualified: frozenset[str] = frozenset(), ends: bool = False, amount: bool = False
                ) -> MemberRanking | None:  # fmt: skip
    block = _block_cells(sense, measure, table, heads, page, years, wanted, count, geographic, whole, narrow, qualified,
                         ends)
    if block is None:
        return None
    if block.stated:
        return _stated_ranked(sense, measure, block) if sense in ("high-change", "low-change") else None
    return _ranked(sense, measure, list(block.cells), block.new_year, block.gname, tuple(r for *_, r in block.cells),
                   amount=amount)


_NUM_WORDS = {"operating income": "operating income", "ebitda": "EBITDA"}


def _ranked(sense: str, measure: str, cells: list[tuple[str, str, str, pdf_tables.Row]], new_year: int, gname: str,
            rows: tuple[pdf_tables.Row, ...], amount: bool = False) -> MemberRanking | None:  # fmt: skip
    """The ranking of members given each one's (label, earlier cell, asked period's cell, row). ``amount``: a change
    is ranked by its amount (``_amount_ranked``), never by its rate."""
    if sense in _ONE_MOVE:
        return _one_moved(sense, measure, cells, new_year, gname, rows)
    change = sense.endswith("change")
    # a table of percentages (shares of sales, margins) moves in percentage points, never a growth rate of a share
    points = all(c.endswith("%") for _, o, n, _ in cells for c in ([n, o] if change else [n]))
    if change and amount:
        return None if points or sense not in ("high-change", "low-change") else \
            _amount_ranked(sense, measure, cells, new_year, gname, rows)
    out: list[Member] = []
    for name, old_cell, new_cell, r in cells:
        nv = _value(new_cell)
        ov = _value(old_cell) if old_cell else None
        if nv is None or (change and (ov is None or not points and (ov <= 0 or nv <= 0))):
            return None  # a change from or into a loss is no growth rate
        value = (nv - ov if points else (nv - ov) / ov * 100) if change else nv
        out.append(Member(name, ov, nv, old_cell, new_cell, value, r))
    order = sorted(out, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, 1) == round(order[1].value, 1):
        return None  # a tie is no answer
    top = order[0]
    word = {"high-change": "had the highest growth", "low-change": "had the lowest growth",
            "high": "ranks highest", "low": "ranks lowest"}[sense]  # fmt: skip
    if change and sense == "low-change" and top.value < 0:
        word = "had the largest decline"
    elif change and sense == "high-change" and top.value > 0 and points:
        word = "had the largest increase"
    span = f"{new_year - 1} to {new_year}" if change else f"{new_year}"
    what = f"{measure}, {span}" + (f", {gname}" if gname else "")
    if change:
        unit = " percentage points" if points else "%"
        each = "; ".join(f"{m.label} {m.value:+.1f}{unit} ({_fmt(m.old_cell)} to {_fmt(m.new_cell)})" for m in out)
        lead = (f"{top.label} {word} of the {len(out)} members by {what}: {top.value:+.1f}{unit} "
                f"({_fmt(top.old_cell)} to {_fmt(top.new_cell)}, computed).")
        text = f"{lead} Every member's growth, computed from the rows: {each}."
    else:
        each = "; ".join(f"{m.label} {_fmt(m.new_cell)}" for m in out)
        lead = f"{top.label} {word} of the {len(out)} members by {what}: {_fmt(top.new_cell)}."
        text = f"{lead} Every member: {each}."
    return MemberRanking(sense, measure, top, tuple(out), what, lead, text, rows, new_year)


def _decimals(cell: str) -> int:
    m = re.search(r"\.(\d+)", cell)
    return len(m.group(1)) if m else 0


def _amount_ranked(sense: str, measure: str, cells: list[tuple[str, str, str, pdf_tables.Row]], new_year: int,
                   gname: str, rows: tuple[pdf_tables.Row, ...]) -> MemberRanking | None:  # fmt: skip
    """Members ranked by the amount of their change (the asked period's cell less the year before's, in the table's
    own scale), with each member's rate beside it where both figures are positive. General rule: "the largest
    decline in dollars" is the largest drop in amount, which a smaller member's steeper rate does not decide; a
    missing cell or a tie in amount is no answer."""
    out: list[Member] = []
    places = 0
    for name, old_cell, new_cell, r in cells:
        nv = _value(new_cell)
        ov = _value(old_cell) if old_cell else None
        if nv is None or ov is None:
            return None
        places = max(places, _decimals(old_cell), _decimals(new_cell))
        out.append(Member(name, ov, nv, old_cell, new_cell, nv - ov, r))
    if len(out) < 2:
        return None
    order = sorted(out, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, places) == round(order[1].value, places):
        return None  # a tie is no answer
    top = order[0]
    if sense == "low-change":
        word = "had the largest decline in amount" if top.value < 0 else "had the smallest increase in amount"
    else:
        word = "had the largest increase in amount" if top.value > 0 else "had the smallest decline in amount"

    def moved(m: Member) -> str:
        rate = f"; {(m.new - m.old) / m.old * 100:+.1f}%" if m.old > 0 and m.new > 0 else ""
        return f"{m.value:+,.{places}f} ({_fmt(m.old_cell)} to {_fmt(m.new_cell)}{rate})"

    span = f"{new_year - 1} to {new_year}"
    what = f"{measure}, {span}" + (f", {gname}" if gname else "")
    lead = f"{top.label} {word} of the {len(out)} members by {what}: {moved(top)[:-1]}, computed)."
    each = "; ".join(f"{m.label} {moved(m)}" for m in out)
    text = f"{lead} Every member's change in amount, computed from the rows: {each}."
    return MemberRanking(sense, measure, top, tuple(out), what, lead, text, rows, new_year, amount=True)


def _one_moved(sense: str, measure: str, cells: list[tuple[str, str, str, pdf_tables.Row]], new_year: int, gname: str,
               rows: tuple[pdf_tables.Row, ...]) -> MemberRanking | None:  # fmt: skip
    """The one member whose figure swung from a loss to a profit (or back), or moved the asked way, between the year
    before and the asked period, every member's two cells read. General rule: "which member swung to a profit /
    saw its income decline?" names a member only when exactly one did so; none or two: no answer. The change is in
    the measure's amount (a swing has no growth rate)."""
    out: list[Member] = []
    for name, old_cell, new_cell, r in cells:
        nv, ov = _value(new_cell), _value(old_cell) if old_cell else None
        if nv is None or ov is None or new_cell.endswith("%") or old_cell.endswith("%"):
            return None
        out.append(Member(name, ov, nv, old_cell, new_cell, nv - ov, r))
    test = {"profit-change": lambda m: m.old < 0 < m.new, "loss-change": lambda m: m.new < 0 < m.old,
            "fell-change": lambda m: m.new < m.old, "rose-change": lambda m: m.new > m.old}[sense]
    moved = [m for m in out if test(m)]
    if len(moved) != 1 or len(out) < 2:
        return None
    top = moved[0]
    span = f"{new_year - 1} to {new_year}" + (f", {gname}" if gname else "")
    what = f"{measure}, {span}"
    rate = f", {top.value / top.old * 100:+.1f}%" if top.old > 0 and top.new > 0 else ""
    def amount(v: float) -> str:
        return f"{v:+,.0f}" if float(v).is_integer() else f"{v:+,.1f}"

    lead = (f"{top.label} was the only one of the {len(out)} members whose {measure} {_ONE_MOVE[sense]}, {span}: "
            f"{_fmt(top.old_cell)} to {_fmt(top.new_cell)}, a change of {amount(top.value)}{rate} (computed).")
    each = "; ".join(f"{m.label} {_fmt(m.old_cell)} to {_fmt(m.new_cell)} ({amount(m.value)})" for m in out)
    return MemberRanking(sense, measure, top, tuple(out), what, lead,
                         f"{lead} Every member's {measure}, {new_year - 1} and {new_year}, from the rows: {each}.",
                         rows, new_year)


# words of a column head that name no measure: the row-label head, a change column, articles
_HEAD_PLAIN = {"brand", "tier", "tiers", "segment", "segments", "region", "regions", "division", "divisions", "change",
               "the", "of", "and", "in", "for", "millions", "thousands", "total", "fiscal", "year", "years", "ended",
               "months", "three", "six", "nine", "twelve", "quarter", "category", "categories", "%", "percent",
               # a period's length printed before each year ("Q3 2025 Q3 2024 9M 2025 9M 2024") names no measure
               "q1", "q2", "q3", "q4", "3m", "6m", "9m", "12m",
               # session 33 (#10): the same written out ("Third Quarter 2026", "Full Year 2025", "YTD 2026") and a
               # column's closing day ("May 30, 2026 May 31, 2025 June 1, 2024"): a period's words, never a measure's
               "first", "second", "third", "fourth", "full", "ytd", "weeks", "week"} | \
    set(MONTH_NAMES) | set(MONTH_ABBREVIATIONS) | {f"{m}." for m in MONTH_ABBREVIATIONS}


def _head_columns(heads: str) -> list[tuple[frozenset[str], int | None]]:
    """The columns a head line names as "<measure> <year>" pairs and "<measure> change" ("Brand tier ADR 2025 ADR 2024
    Occupancy 2025 Occupancy 2024 RevPAR 2025 RevPAR 2024 RevPAR change"): each column's measure words (the words
    since the column before) and its year (None for a change column)."""
    cols: list[tuple[frozenset[str], int | None]] = []
    words: list[str] = []
    first: list[str] = []  # the first column's words, in order
    last: frozenset[str] = frozenset()
    for tok in heads.split():
        if _YEAR.fullmatch(tok):
            if not cols:
                first = [w.lower() for w in words]
            said = frozenset(w.lower() for w in words) or last
            cols.append((said, int(tok)))
            last, words = said, []
        elif tok.lower() == "change" and (words or last):
            cols.append((frozenset(w.lower() for w in words) or last, None))
            words = []
        elif re.search(r"[A-Za-z]", tok):
            words.append(tok.strip("(),:"))
    # the first column's words carry the row-label head ("Region Load factor 2025"): the measure is the later
    # columns' name it holds ("Load factor"), the one its words end with when it holds two ("Region Rev. 2025" over
    # a caption naming ASMs too: "Rev.")
    sets = {m for m, _ in cols}

    def measure_of(m: frozenset[str], k: int) -> frozenset[str]:
        held = sorted((o for o in sets if o < m), key=lambda o: (-len(o), sorted(o)))
        if k == 0:
            ending = [o for o in held if frozenset(first[-len(o):]) == o]
            held = ending or held
        return held[0] if held else m
    return [(measure_of(m, k), y) for k, (m, y) in enumerate(cols)]

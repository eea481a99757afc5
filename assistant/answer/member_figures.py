"""One named member's figures, read from its own rows or its own summary table (session 10, segments): its margin
(``member_margin``: "What was the operating margin of Contoso's Marine segment in 2025?", "How far did its
International segment's operating margin move between 2024 and 2025, in points?"), a figure of it
(``member_figure``) and its share of the whole (``asks_member_share``, ``member_share``); a member's own table
(``_own_table_rows``, ``_own_table``). Reads the modules before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import prose_pdf_tables as pdf_tables
from .member_asks import _FISCAL_ASKED, _MOVE, _group_wanted, asked_margin, asked_measure, named_member
from .member_rows import (
    _LABEL_SPLIT, _MEASURE_FIRST, _MEMBERS_TABLE, _NUM_ROW, _REVENUE_ROW, _segments_named, _title_above, narrowed,
    says_measure,
)
from .member_blocks import (
    _EARLY_CLOSE, _WEEKS, _YEAR, _context_above, _fmt, _heads_of, _measure_runs, _value, _weeks_group,
)
from .member_layouts import _named_blocks


@dataclass(frozen=True)
class MemberMargin:
    member: str
    num: str  # "operating income" / "ebitda"
    years: tuple[int, ...]  # the years read, earliest first
    margins: tuple[float, ...]  # the margin of each year, percent
    cells: tuple[tuple[str, str], ...]  # (numerator cell, revenue cell) of each year
    rows: tuple[pdf_tables.Row, ...]  # the numerator's and revenue's rows
    span: str = ""  # the period's length when not a year ("six months"), as the question asks and the columns read


def _same_name(label: str, name: str) -> bool:
    squash = lambda t: " ".join(re.findall(r"[a-z0-9]+", t.lower().replace("&", " and ")))  # noqa: E731
    return squash(label) == squash(name)


def _names_member(label: str, name: str) -> bool:
    """Whether a row label names the member beside its measure ("Net sales: Marine Coatings", "Marine Coatings -
    NOI"): such a row makes its table one of the members, never the member's own table."""
    m = _MEASURE_FIRST.match(label) or _LABEL_SPLIT.match(label)
    return bool(m and _same_name(m.group("member"), name))


def member_margin(question: str, page: str, years: set[int], ends: bool = False) -> MemberMargin | None:
    """The named member's margin on revenue (``asked_margin``: operating income or EBITDA over revenue) in each asked
    year, from one table of ``page``: a table of the members (the member's row in a block or run of the numerator
    and in one of revenue, read with the same columns), or the member's own table (a caption or head naming the
    member and its kind: "selected financial data for our International segment", rows "Revenue" and "Operating
    income (loss)"). General rule: a member's margin is computed only from that member's own two rows of one table,
    for every asked year (and the year before when one year is asked with a change); a year's cell missing, revenue
    not positive, a percentage cell, or two tables giving other margins: None."""
    num = asked_margin(question)
    name = named_member(question)
    if not num or name is None or not years:
        return None
    wanted = _group_wanted(question)
    change = bool(_MOVE.search(question)) or len(years) > 1
    asked = sorted(years)
    if change and len(asked) == 1:
        asked = [asked[0] - 1, asked[0]]
    found: list[MemberMargin] = []
    member_rows: list[tuple[str, pdf_tables.Row, str]] = []
    heads_before = ""
    for table in pdf_tables.tables_in(page):
        if not table.rows:
            continue
        heads, own_heads, own_caption = _heads_of(page, table, heads_before)
        heads_before = heads
        caption = table.caption or own_caption
        said = f"{caption} {heads}"
        if not ends and _EARLY_CLOSE.search(heads) and _FISCAL_ASKED.search(question):
            continue  # "fiscal 2024" against columns closing in January to March: which column is its, unsure
        own = (re.search(rf"(?i)\b{re.escape(name)}\b", said) and _MEMBERS_TABLE.search(said)
               and not any(_same_name(r.label, name) or _names_member(r.label, name) for r in table.rows))
        if own:  # the member's own table: rows named by the measure
            nrows = [r for r in table.rows if _NUM_ROW[num].match(r.label.strip())]
            drows = [r for r in table.rows if _REVENUE_ROW.match(r.label.strip())]
            if len(nrows) == 1 and len(drows) == 1:
                got = _margin_cells(num, (nrows[0], heads), (drows[0], heads), asked, wanted)
                if got is not None:
                    found.append(MemberMargin(name, num, tuple(asked), *got, (nrows[0], drows[0])))
            continue
        # a table of the members: the member's row under the numerator's and revenue's block or run
        for r in _headed_rows(table):
            lead = _MEASURE_FIRST.match(r.label)
            if lead and _same_name(lead.group("member"), name):
                # "Net sales: Marine Coatings", "Segment operating profit: Marine Coatings": the row says its measure
                for kind, measure in (("num", num), ("rev", "revenue")):
                    if says_measure(lead.group("measure"), measure) and \
                            not narrowed(lead.group("measure"), measure, question):
                        member_rows.append((kind, r, heads))
                continue
            if not _same_name(r.label, name):
                continue
            block = r.block or _title_above(page, table.rows[0])
            text = f"{block} {caption} {heads}"
            if _measure_runs(heads, len(r.cells)) is not None:
                member_rows.append(("both", r, heads))
            elif says_measure(block or text, num) and not narrowed(block or text, num, question):
                member_rows.append(("num", r, heads))
            elif says_measure(block or text, "revenue") and not narrowed(block or text, "revenue", question):
                member_rows.append(("rev", r, heads))
    # only rows giving an amount in each asked year's column count ("Electronic Materials 19% 2% 1% 22%" in a table of
    # the change's components is no second revenue row)
    member_rows = [(k, r, h) for k, r, h in member_rows
                   if (k == "both" or (cells := _year_cells(r, h, num if k == "num" else "revenue", asked, wanted))
                       and not any(c.endswith("%") for c in cells))]
    nums = [(r, h) for k, r, h in member_rows if k in ("num", "both")]
    revs = [(r, h) for k, r, h in member_rows if k in ("rev", "both")]
    if len(nums) == 1 and len(revs) == 1:
        got = _margin_cells(num, nums[0], revs[0], asked, wanted)
        if got is not None:
            found.append(MemberMargin(name, num, tuple(asked), *got, tuple(dict.fromkeys((nums[0][0], revs[0][0])))))
    own = _own_table(page, name, num, asked)
    if own is not None:
        found.append(own)
    if not found or len({f.margins for f in found}) != 1:
        return None
    # the period's length as the question asks it and the columns read it: "six months" is no year's margin
    span = {"3": "three months", "6": "six months", "9": "nine months"}.get(min(wanted or {""}), "")
    return replace(found[0], span=span)


_CELL_TOKEN = re.compile(r"\$?\s?\(?-?\d[\d,]*(?:\.\d+)?\s?\)?\s?%?|n/a|—|–")
_OWN_CAPTION = re.compile(r"(?i)\b(?:segment|division|region)\b")


def _own_table_rows(page: str, name: str, asked: list[int]) -> Iterator[tuple[list[int], list[pdf_tables.Row]]]:
    """Each summary table of the member on the page, read line by line: a caption or head line naming the member and
    its kind ("The following table presents selected financial data for our International segment ...",
    "International Segment Performance Summary 2017 2016 2015"), the first line after it naming years (the columns,
    one figure per year in each row; every asked year among them), then its rows ("Revenue $ 3,155 $ 3,163 $ 4,284",
    "Operating income (loss) $ 90 $ (210) $ 13"), up to a blank line or a sentence: (the years, the rows)."""
    lines = page.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if not (re.search(rf"(?i)\b{re.escape(name)}\b", line) and _OWN_CAPTION.search(line)):
            continue
        head = None
        for j in range(i, min(i + 3, len(lines))):
            ys = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])", lines[j])]
            if len(ys) >= 2 and not re.search(r"\$|\d,\d", lines[j]):
                head = (j, ys)
                break
        if head is None:
            continue
        j, ys = head
        if any(y not in ys for y in asked):
            continue
        rows = []
        for k in range(j + 1, min(j + 24, len(lines))):
            text = lines[k].strip()
            m = re.match(r"^(?P<label>[A-Za-z][A-Za-z&,'’ ()/.%-]*?)\s+(?P<cells>(?:\$|\(\s*\d|-\s*\d|\d|n/a|—).*)$",
                         text)
            if not m:
                if not text or len(text.split()) > 12:
                    break  # the table's end: a blank line or a sentence
                continue
            cells = [re.sub(r"[$\s]", "", c) for c in _CELL_TOKEN.findall(m.group("cells"))]  # "$ (210)": "(210)"
            if len(cells) == len(ys):
                rows.append(pdf_tables.Row(m.group("label").strip(), tuple(cells), pos[k], pos[k] + len(lines[k]), ""))
        yield ys, rows


def _own_table(page: str, name: str, num: str, asked: list[int]) -> MemberMargin | None:
    """The member's margin from its own summary table (``_own_table_rows``); None when any of it is missing or two
    rows say one measure."""
    for ys, rows in _own_table_rows(page, name, asked):
        nums = [r for r in rows if _NUM_ROW[num].match(r.label)]
        revs = [r for r in rows if not _NUM_ROW[num].match(r.label) and _REVENUE_ROW.match(r.label)]
        if len(nums) != 1 or len(revs) != 1:
            continue
        nrow, drow = nums[0], revs[0]
        margins, shown = [], []
        for y in asked:
            nc, dc = nrow.cells[ys.index(y)], drow.cells[ys.index(y)]
            nv, dv = _value(nc), _value(dc)
            if nv is None or dv is None or dv <= 0 or nc.endswith("%") or dc.endswith("%"):
                return None
            margins.append(nv / dv * 100)
            shown.append((_fmt(nc), _fmt(dc)))
        return MemberMargin(name, num, tuple(asked), tuple(margins), tuple(shown), (nrow, drow))
    return None


def _margin_cells(num: str, nrow: tuple[pdf_tables.Row, str], drow: tuple[pdf_tables.Row, str], asked: list[int],
                  wanted: set[str] | None) -> tuple[tuple[float, ...], tuple[tuple[str, str], ...]] | None:  # fmt: skip
    """Each asked year's margin and its two cells, each row's columns read from its own heads (a run of the measure
    when the heads name two measures side by side)."""
    out_m, out_c = [], []
    for (row, heads), measure in ((nrow, num), (drow, "revenue")):
        cells = _year_cells(row, heads, measure, asked, wanted)
        if cells is None:
            return None
        out_c.append(cells)
    for ncell, dcell in zip(*out_c):
        nv, dv = _value(ncell), _value(dcell)
        if nv is None or dv is None or dv <= 0 or ncell.endswith("%") or dcell.endswith("%"):
            return None
        out_m.append(nv / dv * 100)
    return tuple(out_m), tuple((_fmt(n), _fmt(d)) for n, d in zip(*out_c))


@dataclass(frozen=True)
class MemberFigure:
    member: str
    measure: str  # "revenue", "operating income", "ebitda", "noi"
    years: tuple[int, ...]  # the years read, earliest first
    cells: tuple[str, ...]  # each year's cell as printed
    values: tuple[float, ...]
    row: pdf_tables.Row
    span: str = ""  # the period's length when not a year ("nine months"), as the question asks and the columns read


_MEASURE_ROW = {"revenue": _REVENUE_ROW, "operating income": _NUM_ROW["operating income"], "ebitda": _NUM_ROW["ebitda"]}


def member_figure(question: str, page: str, years: set[int], ends: bool = False) -> MemberFigure | None:
    """The named member's own figure of a plain measure (revenue / net sales, operating income, EBITDA) in each asked
    year (and the year before for a change asked of one year), from the member's row of a table of the members (under
    a block or run saying the measure) or from the member's own summary table (a caption or head naming the member
    and its kind, the measure's row). General rule: a member's figure is its own row's, the same on every table of the
    page that gives it, never the company's; a year's cell missing, a percentage cell or two rows: None."""
    name = named_member(question)
    measure = asked_measure(question)
    if name is None or measure not in _MEASURE_ROW or not years or asked_margin(question) is not None:
        return None
    asked = sorted(years)
    if len(asked) == 1 and _MOVE.search(question):
        asked = [asked[0] - 1, asked[0]]
    wanted = _group_wanted(question)
    found: list[tuple[pdf_tables.Row, list[str]]] = []
    heads_before = ""
    for table in pdf_tables.tables_in(page):
        if not table.rows:
            continue
        own_heads, own_caption = _context_above(page, table.rows[0])
        heads = table.heads if _YEAR.search(table.heads) else own_heads
        if not _YEAR.search(heads) and heads_before:
            heads = heads_before
        else:
            heads_before = heads
        caption = table.caption or own_caption
        said = f"{caption} {heads}"
        if not ends and _EARLY_CLOSE.search(heads) and _FISCAL_ASKED.search(question):
            continue  # "fiscal 2024" against columns closing in January to March: which column is its, unsure
        if any(_same_name(r.label, name) for r in table.rows):
            rows = []
            for r in _headed_rows(table):
                if not _same_name(r.label, name):
                    continue
                block = r.block or _title_above(page, table.rows[0])
                runs = _measure_runs(heads, len(r.cells))
                text = block or f"{caption} {heads}"
                if runs is not None and measure in runs or runs is None and says_measure(text, measure) \
                        and not narrowed(text, measure, question):
                    rows.append(r)
        elif re.search(rf"(?i)\b{re.escape(name)}\b", said) and _MEMBERS_TABLE.search(said):
            rows = [r for r in table.rows if _MEASURE_ROW[measure].match(r.label.strip())]
        else:
            continue
        for r in rows:
            got = _year_cells(r, heads, measure, asked, wanted)
            if got is not None:
                found.append((r, got))
    own = _own_table_figure(page, name, measure, asked)
    if own is not None:
        found.append(own)
    values = {tuple(_value(c) for c in cells) for _, cells in found}
    if not found or len(values) != 1 or any(v is None for v in next(iter(values))):
        return None
    row, cells = found[0]
    if any(c.endswith("%") for c in cells):
        return None
    span = {"3": "three months", "6": "six months", "9": "nine months"}.get(min(wanted or {""}), "")
    return MemberFigure(name, measure, tuple(asked), tuple(_fmt(c) for c in cells),
                        tuple(_value(c) for c in cells), row, span)  # type: ignore[arg-type]


# a change column headed "Change" alone right after the years' heads ("Fiscal 2026 Fiscal 2025 Change"), its cells the
# percentage changes (#10, session 28)
_BARE_CHANGE = re.compile(r"(?i)(?<=\d\d\s)change\b")
# a sub-heading written on its block's first row ("Net sales: Consumables $1,842,316 $1,731,508", then "Equipment and
# Technology 612,874 658,221" under it); never an arithmetic lead ("Less: ...")
_INLINE_HEAD = re.compile(r"^(?P<head>[A-Z][A-Za-z ,&'’()/-]{2,50}?)\s*:\s+[A-Z]")
_NOT_A_HEAD = re.compile(r"(?i)^\s*(?:less|add|plus|deduct|minus|net|of\s+which|including|excluding|notes?)\s*$")


def _headed_rows(table: pdf_tables.Table) -> list[pdf_tables.Row]:
    """The table's rows, each row after one whose label opens with a sub-heading ("Net sales: Consumables",
    "Operating income: Consumables") standing under that heading, up to the next one, as under a heading line of its
    own. General rule (#10, session 28): a segment table may print each block's heading on the block's first row;
    the members below it are that block's, never heading-less."""
    out, head = [], ""
    for r in table.rows:
        m = _INLINE_HEAD.match(r.label)
        if m and not _NOT_A_HEAD.match(m.group("head")):
            head = m.group("head").strip()
        out.append(replace(r, block=head) if head and not r.block else r)
    return out


def _year_cells(row: pdf_tables.Row, heads: str, measure: str, asked: list[int],
                wanted: set[str] | None) -> list[str] | None:  # fmt: skip
    """The row's cell of each asked year, read from the heads (a run of the measure when they name two); a bare
    "Change" head right after a year's ("Fiscal 2026 Fiscal 2025 Change") is the change column when the row's cells
    need it to be read (``_BARE_CHANGE``)."""
    heads = _WEEKS.sub(_weeks_group, heads)
    cols = pdf_tables.columns(heads, len(row.cells)) or pdf_tables.columns(_BARE_CHANGE.sub("% Change", heads),
                                                                        len(row.cells))
    if cols is None:
        return None
    runs = _measure_runs(heads, len(row.cells))
    chosen = [g for g in {c.group for c in cols} if wanted is None or g in wanted]
    if len(chosen) != 1:
        return None
    by_year: dict[int, int] = {}
    for k, c in enumerate(cols):
        if c.group == chosen[0] and not c.change and c.year and (runs is None or runs[k] == measure):
            if c.year in by_year:
                return None
            by_year[c.year] = k
    if any(y not in by_year for y in asked):
        return None
    return [row.cells[by_year[y]] for y in asked]


def _own_table_figure(page: str, name: str, measure: str,
                      asked: list[int]) -> tuple[pdf_tables.Row, list[str]] | None:  # fmt: skip
    """The measure's row of the member's own summary table (``_own_table_rows``) and its asked years' cells."""
    for ys, rows in _own_table_rows(page, name, asked):
        found = [(r, [r.cells[ys.index(y)] for y in asked]) for r in rows if _MEASURE_ROW[measure].match(r.label)]
        if len(found) == 1:
            return found[0]
    return None


# "what share of X's consolidated operating income came from its Western segment", "what percentage of the company's
# total net sales did the Western segment account for": the member's part of the whole the question names as the
# company's (consolidated / total / overall), never a part of one member's own figure
_SHARE_OF_WHOLE = re.compile(r"(?i)\b(?:share|percentage|percent|portion|proportion|fraction|part)\s+of\s+"
                             r"(?:(?:the\s+)?(?:company|group|firm)['’]s\s+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}['’]s?\s+)?"
                             r"(?:(?:consolidated|total|overall|company-wide|combined)\s+)+(?P<measure>[a-z][\w\s()-]{2,40}?)\s+"
                             r"(?:came|come|comes|did|was|were|is|does|do|from|generated|earned|contributed)\b")


@dataclass(frozen=True)
class MemberShare:
    member: str
    measure: str  # "revenue", "operating income", "ebitda"
    years: tuple[int, ...]  # the years read, earliest first
    cells: tuple[tuple[str, str], ...]  # (the member's cell, the total's cell) of each year, as printed
    shares: tuple[float, ...]  # the member's share of the total in each year, percent
    rows: tuple[pdf_tables.Row, ...]  # each year's row of the measure


def asks_member_share(question: str) -> bool:
    """Whether the question asks one named member's share of the company's whole of a measure (``_SHARE_OF_WHOLE``,
    ``named_member``)."""
    m = _SHARE_OF_WHOLE.search(question)
    return bool(m) and named_member(question) is not None and asked_measure(m.group("measure")) in _MEASURE_ROW


def member_share(question: str, page: str, years: set[int], ends: bool = False) -> MemberShare | None:
    """The named member's share of the company's whole of the asked measure in each asked year (and the year before
    when one year's change is asked), from a segment table whose first columns are the members the filer's own
    sentence on the page lists (``_named_columns``), its last column the whole: each year's block row saying the
    measure adds up to that last figure. General rule: a member's share of the whole is its own cell over the total
    cell of one row that adds up, every asked year from the same table; a member not listed, a cell missing or not
    a figure, a total not positive or a fiscal year the filing does not name: None."""
    m = _SHARE_OF_WHOLE.search(question)
    name = named_member(question)
    if m is None or name is None or not years:
        return None
    measure = asked_measure(m.group("measure"))
    if measure not in _MEASURE_ROW:
        return None
    names = _segments_named(page)
    if names is None:
        return None
    k = [i for i, n in enumerate(names) if _same_name(n, name)]
    if len(k) != 1:
        return None
    asked = sorted(years)
    if len(asked) == 1 and _MOVE.search(question):
        asked = [asked[0] - 1, asked[0]]
    got = _named_blocks(measure, page, names, _group_wanted(question), question, ends=ends)
    if got is None or any(y not in got[0] for y in asked):
        return None
    blocks = got[0]
    cells, shares = [], []
    for y in asked:
        row = blocks[y]
        part, whole = _value(row.cells[k[0]]), _value(row.cells[-1])
        if part is None or whole is None or whole <= 0 or row.cells[k[0]].endswith("%"):
            return None
        cells.append((_fmt(row.cells[k[0]]), _fmt(row.cells[-1])))
        shares.append(part / whole * 100)
    return MemberShare(names[k[0]], measure, tuple(asked), tuple(cells), tuple(shares),
                       tuple(blocks[y] for y in asked))

"""Which member of a filing's segment note or revenue table grew fastest, was weakest or ranks first, computed per
member from the table's two period columns (issue 10, calc2).

Rule: "Which of Contoso's three regional segments grew NOI fastest in 2025?", "Among Northwind's four geographic
segments, which grew revenues fastest in FY2024 and which had the weakest topline performance?", "Which revenue line
grew fastest in the first six months of 2025 compared with the first six months of 2024?" is answered from ONE block
of member rows of a table on the asked company's pages:

- the question names a kind of member ("segment", "region", "revenue line", "product", "division", ...), how it
  ranks ("fastest", "weakest", "worst topline", "highest", "lowest", ...) and a measure (revenue / sales / topline,
  NOI, operating income / EBIT, EBITDA, ...); a second part ("... and which was weakest?") takes the kind, measure,
  count and period of the question;
- the block says that measure and no other: the title line right above its rows ("REVENUES", "Revenues",
  "Net sales by segment:"), else the table's caption or heads; a row label "East - NOI" / "Segment: East" says it
  for its own member;
- members are the block's rows, without totals, subtotals and rows that are no members (corporate, other,
  eliminations, intersegment, reconciling items); a block below the table's first takes the first's column heads
  when it prints none and has as many figures per row;
- a count the question states ("four", "three") must be the members' count; when it asks geographic members
  ("geographic", "regional", "region") only rows naming a place or region are members, and without a stated count
  every member row must name one; otherwise no answer (a missing or extra member);
- the columns are the asked period's and the one a year before it, read from the heads (the asked group of
  three / six / nine / twelve months when the heads name groups); a change ranks by each member's growth between
  them, and every member's figures in both periods must be positive (no rate from or into a loss); a level ranks
  the asked period's figures; a tie, or two tables putting different members first, is no answer.

The answer names the member, and the ranking line gives every member's figures and growth, computed, citing the
rows.

The members' tables are read by modules each importing only the ones before it: ``member_asks.py`` (what the
question asks) -> ``member_rows.py`` (which rows are members; the measure a line says) -> ``member_blocks.py`` (a
block of member rows, its heads and cells, ``MemberRanking``) -> ``member_layouts.py`` (members as columns; named,
spanned, dated, stated and grouped layouts) -> ``member_figures.py`` (a named member's margin, figure and share) ->
this module (``rank_members``, ``rank_again``, ``member_move``, ``own_tables_rank``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import prose_pdf_tables as pdf_tables
from .member_asks import (
    asks_any_member_move, asks_unnamed_growth,
    _AGAIN, _AGAIN_MARGIN_PLAIN, _AGAIN_PLAIN, _GEO_ASKED, _KIND, _MARGIN, _MEASURES, _MOVE, _NET_INCOME, _ONE_MOVE, _SIZE_OF_PICK, _group_wanted,
    asked_margin, asked_measure, asks_amount_change, asks_member_move, one_of_clause, asks_member_ranking, asks_rank_again, stated_count,
)
from .member_rows import _qualifier_stems, split_joined_rows
from .member_blocks import (
    Member, MemberRanking, _Block, _NUM_WORDS, _YEAR, _block_cells, _fmt, _head_row, _heads_of, _rank_block, _squash,
)
from .member_layouts import (
    _column_members, _dated_columns, _grouped_columns, _head_measure, _margins, _named_columns, _named_margin_blocks,
    _spanned_blocks, _stated_margins,
)
from .member_figures import MemberMargin, _own_table

__all__ = ["rank_members"]


def rank_again(part: str, before: MemberRanking, question: str, page: str, years: set[int], around: str = "",
               ends: bool = False) -> tuple[MemberRanking, str, str] | None:  # fmt: skip
    """For "..., and was it also the segment whose subscription revenue grew fastest?" / "Does the ranking hold once
    comparable sales exclude fuel?": the members ranked again, on ``page``, by the measure and basis the part names
    (every word of it said by the block's title, caption or heads), the way the part says or, when it says none, the
    way the part before ranked; with the verdict ("Yes" when the same member ranks first) and the line stating both
    picks. General rule: a second ranking is answered from its own block of the same members, never from the
    first's; members that differ between the two rankings, or no block saying the basis, give no verdict. ``ends``:
    as for ``rank_members`` (the filing names its fiscal years by their closing year), read as the first ranking
    read it (#10, session 28)."""
    if not asks_rank_again(part):
        return None
    named = asked_measure(part)
    margin = named is not None and named.endswith("margin") and named != before.measure
    # "did that segment also have the highest operating margin?": the margin's words name the measure, no basis of it
    basis = _MARGIN.sub(" ", part) if margin else part
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", _AGAIN.sub(" ", basis))
             if w.lower() not in _AGAIN_PLAIN and not re.fullmatch(rf"(?i){_KIND}", w)
             and not (margin and w.lower() in _AGAIN_MARGIN_PLAIN)]
    if named is not None and not named.endswith("margin") and named != before.measure:
        # "was it also the brand whose revenues grew fastest?": another measure of the registry, named alone, is read
        # from its own block like any ranking; only words beyond its name qualify the block
        words = [w for w in words if not re.fullmatch(rf"(?i)(?:{_MEASURES[named][0]})", w)]
    qualified = _qualifier_stems(" ".join(words))
    if not qualified and (named is None or named == before.measure or named.endswith("margin") and not margin):
        return None  # no measure or basis named: nothing to rank again by
    sense = asks_member_ranking(f"which {part}", question) or before.sense
    if sense.endswith("change") != before.sense.endswith("change") and not asks_member_ranking(f"which {part}", question):
        return None
    again = rank_members(part, question, page, years, around, qualified=qualified, sense=sense, ends=ends)
    if again is None and named is None and [w.lower() for w in words] in (["margin"], ["margins"]):
        # "was that one also the best on margin?" and no block stating a margin: the segment margin, computed as
        # segment operating income over segment revenue
        part, margin = re.sub(r"(?i)\bmargins?\b", "operating margin", part, count=1), True
        again = rank_members(part, question, page, years, around, sense=sense, ends=ends)
    if again is None or (before.year and again.year != before.year) or \
            sorted(_squash(m.label) for m in again.members) != sorted(_squash(m.label) for m in before.members):
        return None
    if again.top.old is not None and words and len(words) <= 4:
        # a ranking computed from the basis's own block names that basis ("by subscription revenue"), not the
        # measure it is a part of
        said = " ".join(w.lower() for w in words)
        again = replace(again, lead=again.lead.replace(f"by {again.measure},", f"by {said},"),
                        text=again.text.replace(f"by {again.measure},", f"by {said},"))
    same = _squash(again.top.label) == _squash(before.top.label)
    mine = next(m for m in again.members if _squash(m.label) == _squash(before.top.label))
    basis = " ".join(_AGAIN.sub(" ", part).split()).strip(" ?.")
    if same:
        line = f"Yes: asked again (\u201c{basis}\u201d), {before.top.label} ranks first too ({_shown(again, again.top)})"
    else:
        line = (f"No: asked again (\u201c{basis}\u201d), {again.top.label} ranks first ({_shown(again, again.top)}) and "
                f"{before.top.label} comes {_place(again, mine)} ({_shown(again, mine)})")
    return again, "Yes" if same else "No", line


def _shown(r: MemberRanking, m: Member) -> str:
    """A member's figure in a ranking: the stated cell, its computed margin, or its computed growth."""
    if r.measure.endswith("margin") and not r.sense.endswith("change") and m.old is not None:
        return f"{m.value:.1f}%"
    if r.sense.endswith("change") and m.old is not None:
        points = m.new_cell.endswith("%")
        return f"{m.value:+.1f}{' percentage points' if points else '%'}"
    return _fmt(m.new_cell)


def _place(r: MemberRanking, m: Member) -> str:
    order = sorted(r.members, key=lambda x: x.value if r.sense.startswith("low") else -x.value)
    k = order.index(m)
    return ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"][k] if k < 8 else f"#{k + 1}"


def member_move(part: str, ranking: MemberRanking | None) -> tuple[str, str] | None:
    """("Yes" / "No", the line stating both figures) for a yes/no ``part`` on the move of the member a level ranking
    put first, from its own row's two cells (the asked period's and the year before's); None when the part asks no
    such move, the ranking is of changes, or the year before's cell is missing. General rule: "did that share grow?"
    after "which ... made up the largest share?" is decided by the winner's two figures in the rows that ranked it."""
    way = asks_member_move(part)
    if way is None or ranking is None or ranking.sense not in ("high", "low") or ranking.top.old is None:
        return None
    top = ranking.top
    diff = top.new - top.old
    verdict = "Yes" if (diff > 0 if way == "up" else diff < 0) else "No"
    moved = "Rising" if diff > 0 else "Falling" if diff < 0 else "Unchanged"
    return verdict, (f"{moved}: {top.label} {_fmt(top.new_cell)} ({ranking.year}) against {_fmt(top.old_cell)} "
                     f"({ranking.year - 1}), computed from its row")


def any_member_moved(part: str, ranking: MemberRanking | None) -> tuple[str, str] | None:
    """("Yes" / "No", the line naming the members that moved the asked way with their computed changes) for a yes/no
    ``part`` asking whether any member of a growth ranking moved up or down ("..., and did any segment shrink?");
    None when the part asks no such thing or the ranking is not of changes computed from both years' cells.
    General rule: the ranking's rows give every member's change, so whether any fell is read from them all, never
    from the winner's alone."""
    way = asks_any_member_move(part)
    if way is None or ranking is None or ranking.sense not in ("high-change", "low-change") \
            or any(m.old is None for m in ranking.members):
        return None
    moved = [m for m in ranking.members if (m.new > m.old if way == "up" else m.new < m.old)]
    what = "grew" if way == "up" else "declined"
    if not moved:
        return "No", f"No member {what}: every member's change is computed from its row above"
    each = "; ".join(f"{m.label} {m.value:+.1f}% ({_fmt(m.old_cell)} to {_fmt(m.new_cell)})" for m in moved)
    return "Yes", f"{len(moved)} of the {len(ranking.members)} members {what}, computed from their rows: {each}"


def rank_members(part: str, question: str, page: str, years: set[int], around: str = "",
                 qualified: frozenset[str] = frozenset(), sense: str | None = None,
                 ends: bool = False) -> MemberRanking | None:  # fmt: skip
    """The member of one block of ``page``'s tables that the part's ranking puts first (see the module's rules);
    None when no block qualifies, or two blocks disagree. ``qualified``: word stems (``_qualifier_stems``) the
    block's title, caption or heads must all say (a ranking asked again on another basis, ``rank_again``).
    ``ends``: the filing says it names each fiscal year by the calendar year it closes in ("the fiscal year ended
    January 31, 2025 ("fiscal 2025")": ``finance.fiscal.names_by_closing_year``), so "fiscal 2025" asked is the
    column closing early in 2025; without it such a column is unsure for a fiscal year asked."""
    sense = sense or asks_member_ranking(part, question)
    clause = one_of_clause(part)
    # "..., yet one of its divisions booked lower segment income. Which was it?": the measure of that clause
    measure = asked_measure(clause) if clause is not None else asked_measure(part, question)
    if clause is None and asked_measure(part) is None and asks_unnamed_growth(part, question):
        # "which of its segments grew fastest?": a segment grows by its revenue (net sales), whatever measure another
        # part of the question names ("..., and did it also have the highest margin?")
        measure = "revenue"
    page = split_joined_rows(page)  # rows a PDF's text ran together, one line each again
    amount = sense is not None and sense.endswith("change") and asks_amount_change(part)
    if amount and measure is None:
        return None  # a change in amount of a measure read by name or head only: its rate ranks there, not its amount
    if sense is not None and measure is None and re.search(r"(?i)\bgross\s+(?:profit\s+)?(?:margin|as\s+an?\s+"
                                                           r"(?:percentage|percent|%))", f"{question} {part}"):
        # a gross margin asked of each member: the rate the filer states per member column, never computed here
        return _named_columns({"high-change": "high", "low-change": "low"}.get(sense, sense), "gross margin", page,
                              years, stated_count(f"{question} {part}"), bool(_GEO_ASKED.search(question)),
                              _group_wanted(f"{question} {part}"), f"{question} {part}", rate=_STATED_RATE["gross"]) \
            if not _MOVE.search(part) else None
    if sense is not None and measure is None and _NET_INCOME.search(f"{question} {part}") and \
            asked_margin(f"{question} {part}") is None:
        # net income ranks members only where the filer's table names them as column groups (a bank's segment
        # results): a statement's or a note's net income block lists no members
        return _grouped_columns(sense, "net income", page, years, stated_count(f"{question} {part}"),
                                _group_wanted(f"{question} {part}"), f"{question} {part}", around)
    if sense is not None and measure is None and asked_margin(f"{question} {part}") is None:
        # a measure the registry of rankings does not know ("occupancy", "RevPAR", "same-store sales"): the column
        # heads that name it beside each year
        found_by = [r for r in (_head_measure(sense, part, question, page, years),
                                _dated_columns(sense, part, question, page)) if r is not None]
        return found_by[0] if len({r.top.label for r in found_by}) == 1 else None
    if sense is None or measure is None:
        return None
    whole = f"{question} {part}"
    # a part naming its own measure ("..., grew net sales fastest, and ... on comparable sales?") is narrowed by its
    # own words only: another part's qualifier ("comparable") is no word of this part's measure
    narrow = part if part != question and asked_measure(part) is not None and not _SIZE_OF_PICK.match(part) else whole
    num = measure[: -len(" margin")] if measure.endswith(" margin") else None
    if num is not None:
        if sense in _ONE_MOVE:
            return None  # "which segment saw its margin decline": not read here
        if _MOVE.search(part) or part != question and _SIZE_OF_PICK.match(part) and _MOVE.search(question):
            if not sense.endswith("change"):
                return None  # a margin's move asked without a ranking of the move ("which widened most"): not read
            # "the largest decline in operating margin from 2024 to 2025": each member's margin in both years, ranked
            # by its move in percentage points
        else:
            sense = {"high-change": "high", "low-change": "low"}.get(sense, sense)  # "the weakest margin": a level
    count = stated_count(whole)
    geographic = bool(_GEO_ASKED.search(whole))
    wanted = _group_wanted(whole)
    found: list[MemberRanking] = []
    nums: list[_Block] = []
    dens: list[_Block] = []
    heads_before = caption_before = ""
    for table in pdf_tables.tables_in(page):
        if table.rows and len(table.rows) > 1 and _head_row(table.rows[0]):
            # a head line read as a row ("Segment 2025 2024 2023", "Year ended November 30 2025 2024 2023"): the years
            # are the table's column heads
            first = table.rows[0]
            table = replace(table, rows=table.rows[1:],
                            heads=f"{table.heads} {first.label} {' '.join(first.cells)}".strip())
        if not table.rows:
            continue
        heads, own_heads, own_caption = _heads_of(page, table, heads_before)
        heads_before = heads
        caption = table.caption or own_caption
        if not caption and caption_before and _YEAR.search(own_heads):
            caption = caption_before  # the second of the tables one lead-in sets forth, with heads of its own
        caption_before = caption or caption_before
        table = replace(table, caption=caption, heads=heads)
        if num is not None:
            for measured, blocks in ((num, nums), ("revenue", dens)):
                block = _block_cells(sense, measured, table, heads, page, years, wanted, count, geographic, whole,
                                     narrow, qualified, ends)
                if block is not None:
                    blocks.append(block)
            spanned = _spanned_blocks(sense, num, table, heads, years, count, geographic, whole) \
                if not qualified else None
            if spanned is not None:
                nums.append(spanned[0])
                dens.append(spanned[1])
            continue
        ranked = _rank_block(sense, measure, table, heads, page, years, wanted, count, geographic, whole, narrow,
                             qualified, ends, amount=amount)
        if ranked is not None:
            found.append(ranked)
    if num is not None:
        named = _named_margin_blocks(num, page, years, count, geographic, wanted, whole, ends)
        if named is not None:
            nums.append(named[0])
            dens.append(named[1])
        found += _margins(sense, num, nums, dens)
        stated = _stated_margins(sense, num, page, years, whole, count)
        if stated is not None:
            found.append(stated)
    else:
        column = _column_members(sense, measure, page, years, count, geographic, wanted)
        if column is not None:
            found.append(column)
        named = _named_columns(sense, measure, page, years, count, geographic, wanted, whole, ends=ends)
        if named is not None:
            found.append(named)
        grouped = _grouped_columns(sense, measure, page, years, count, wanted, whole, around)
        if grouped is not None:
            found.append(grouped)
    # a change asked by its amount ("the largest decline in dollars"): only rankings computed in amount answer it
    found = [r for r in found if r.amount == amount]
    if not found or len({r.top.label for r in found}) != 1:
        return None
    return found[0]
# a rate the filer states per member that no pair of blocks gives here (gross margin): its row's label
_STATED_RATE = {"gross": re.compile(r"(?i)^gross\s+(?:profit\s+)?(?:margin(?:\s+percentage)?|as\s+an?\s+(?:percentage|percent|%)\s+"
                                    r"of\s+(?:net\s+|total\s+)?(?:revenues?|sales))\s*%?$")}


# the head of a member's own summary table: "International Segment Performance Summary 2025 2024 2023", "Marine Division
# Results"
_OWN_HEAD = re.compile(r"(?m)^\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)\s+(?:Segment|Division)\s+"
                       r"(?:Performance\s+Summary|Results|Financial\s+Summary|Summary)\b")


@dataclass(frozen=True)
class OwnTablesRanking:
    """Members ranked by their margins, each read from its own summary table (``own_tables_rank``)."""
    top: str
    text: str  # the ranking line: the pick, its margin, every member's, computed
    each: tuple[tuple[str, str, MemberMargin], ...]  # (member, page key, its margin) in the order found


def own_tables_rank(part: str, question: str, pages: list[tuple[str, str]], years: set[int]
                    ) -> OwnTablesRanking | None:  # fmt: skip
    """For "Which of its two segments earned the higher operating income rate in 2025, and which segment's rate fell
    more from 2024?" where the filer gives each segment its own summary table ("Domestic Segment Performance Summary",
    "International Segment Performance Summary", on pages of their own): each member's margin (``asked_margin``)
    computed from its own table's rows (``_own_table``), ranked by its level in the asked year or by its move in
    percentage points from the year before. ``pages``: (key, text) of the filer's pages. General rule: members read
    one table each are all the members only when the question states their count and exactly that many tables are
    found; a member found twice with other figures, a missing cell, a tie: no answer."""
    sense = asks_member_ranking(part, question)
    num = asked_margin(f"{question} {part}") or ""
    count = stated_count(f"{question} {part}")
    if sense is None or sense in _ONE_MOVE or not num or count is None or not years:
        return None
    moves = bool(_MOVE.search(part) or part != question and _SIZE_OF_PICK.match(part) and _MOVE.search(question))
    if moves and not sense.endswith("change"):
        return None  # a margin's move asked without a ranking of the move: not read
    if not moves:
        sense = {"high-change": "high", "low-change": "low"}.get(sense, sense)  # "the higher rate": a level
    change = sense.endswith("change")
    new = max(years)
    asked = [new - 1, new] if change else [new]
    found: dict[str, tuple[str, MemberMargin]] = {}
    for key, page in pages:
        for m in _OWN_HEAD.finditer(page):
            name = m.group("name").strip()
            got = _own_table(page, name, num, asked)
            if got is None:
                continue
            if name in found and found[name][1].margins != got.margins:
                return None
            found.setdefault(name, (key, got))
    if len(found) != count or count < 2:
        return None
    values = {n: (g.margins[-1] - g.margins[0]) if change else g.margins[-1] for n, (_, g) in found.items()}
    order = sorted(values, key=lambda n: values[n] if sense.startswith("low") else -values[n])
    if round(values[order[0]], 1) == round(values[order[1]], 1):
        return None
    top = order[0]
    title = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[num]
    if change:
        word = "had the larger decline in" if sense.startswith("low") and count == 2 else \
            "had the largest decline in" if sense.startswith("low") else "had the largest increase in"
        lead = f"{top} {word} {title} of the {count} members, {new - 1} to {new}: {values[top]:+.1f} percentage points"
        each = "; ".join(f"{n} {g.margins[0]:.1f}% to {g.margins[1]:.1f}% ({values[n]:+.1f} points; "
                         f"{g.cells[0][0]} / {g.cells[0][1]} and {g.cells[1][0]} / {g.cells[1][1]})"
                         for n, (_, g) in found.items())
    else:
        word = ("had the higher" if count == 2 else "had the highest") if sense == "high" else \
            ("had the lower" if count == 2 else "had the lowest")
        lead = f"{top} {word} {title} of the {count} members in {new}: {values[top]:.1f}%"
        each = "; ".join(f"{n} {g.margins[-1]:.1f}% ({g.cells[-1][0]} / {g.cells[-1][1]})" for n, (_, g) in found.items())
    text = (f"{lead} (computed from each member's own table). Every member's {title} ({_NUM_WORDS[num]} / revenue), "
            f"computed: {each}.")
    return OwnTablesRanking(top, text, tuple((n, k, g) for n, (k, g) in found.items()))

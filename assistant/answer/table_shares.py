"""The share of a table's total that rows the question names make up ("What share of Contoso's total capital
expenditures went to remodels plus new distribution centres in fiscal 2025, and by how many points did that share
change from fiscal 2024?"), computed from ONE table of the asked company's filing (issue 10, segments).

Rule: the question names the whole as a total ("share / percentage / portion of [X's] total <whole>", or
"consolidated <whole>") and then the parts; the table is one whose total row says the whole in the question's
words, qualifier included ("Total <whole>", "Consolidated <whole>": nothing more, nothing less), and the parts are
the rows above that total row whose whole label the question says word for word (a "Total ..." subtotal row is
never a part); every asked year's column is read from the table's heads (a head line read
as a row, "Allocation of Capital Expenditures 2025 2024", gives the years), the year before too when one year's
change is asked. Each year's share is the parts' sum over the total, in percent; the change is in percentage
points. A fiscal year asked against columns closing in January to March is read only when the filing names its
years by their closing year (``ends``). Anything else (no total row in the question's words, no part named, a cell
not a figure or a percentage, a total not positive, a part larger than the total, a year missing): no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import prose_pdf_tables as pdf_tables
from .member_asks import fiscal_asked
from .member_blocks import _EARLY_CLOSE, _WEEKS, _heads_of, _weeks_group

__all__ = ["RowsShare", "asks_rows_share", "rows_share"]

# "share of Contoso's total capital expenditures went to ...", "percentage of the company's total net sales came from"
_SHARE_OF_TOTAL = re.compile(r"(?i)\b(?:share|percentage|percent|portion|proportion|fraction)\s+of\s+"
                             r"(?:(?:the\s+)?(?:company|group|firm)['’]s\s+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
                             r"['’]s?\s+)?(?P<qual>total|consolidated)\s+(?P<whole>[a-z][a-z ,&-]{2,60}?)\s+(?P<rest>(?:went|go|goes|was|were|"
                             r"came|come|did|is|are)\b.*)$", re.S)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MOVE = re.compile(r"(?i)\b(?:change[sd]?|rise|rose|fall|fell|grow|grew|increase[sd]?|decrease[sd]?|moved?|"
                   r"compared|from\s+(?:fiscal\s+)?(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class RowsShare:
    whole: str  # the total row's label
    parts: tuple[str, ...]  # the part rows' labels
    years: tuple[int, ...]  # the years read, earliest first
    cells: tuple[tuple[tuple[str, ...], str], ...]  # each year: (the parts' cells, the total's cell), as printed
    shares: tuple[float, ...]  # each year's share, percent
    rows: tuple[pdf_tables.Row, ...]  # the part rows and the total row


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("&", " and ")))


# the heads of change columns after a run of years: "Increase/(decrease) % Change", "$ Change % Change"
_CHANGE_HEADS = re.compile(r"(?i)^\s*(?:(?:increase|decrease|\(decrease\)|\(increase\)|change|variance|\$|%|/|"
                           r"favorable|unfavorable|\(unfavorable\))\s*)+")


def _year_columns(heads: str, n: int) -> dict[int, int]:
    """Each year's column among ``n`` cells: the heads' columns (``prose_pdf_tables.columns``, one group), or a run of
    years followed by change columns only ("2025 2024 Increase/(decrease) % Change": the first cells are the
    years'); {} when the heads say neither, or name a year twice."""
    heads = _WEEKS.sub(_weeks_group, heads)
    cols = pdf_tables.columns(heads, n)
    by_year: dict[int, int] = {}
    if cols is not None and len({c.group for c in cols}) == 1:
        for k, c in enumerate(cols):
            if c.year is not None and not c.change:
                if c.year in by_year:
                    return {}
                by_year[c.year] = k
        return by_year
    run = re.search(r"(?<!\d)((?:19|20)\d\d)((?:\s+(?:19|20)\d\d)+)(?!\d)", heads)
    if run is None:
        return {}
    years = [int(y) for y in _YEAR.findall(run.group())]
    extra = n - len(years)
    if len(set(years)) != len(years) or not 1 <= extra <= 2 or not _CHANGE_HEADS.match(heads[run.end():]) or \
            _YEAR.search(heads[run.end():]):
        return {}
    return {y: k for k, y in enumerate(years)}


# the verb (and preposition) before the parts ("went to", "was spent on", "came from", "consisted of", "did ... account
# for"), and the words after them that end the parts: a period, a clause, a rounding or unit instruction
_PART_LEAD = frozenset("went go goes was were came come did is are to towards into from of on by consisted consist "
                       "comprised made up accounted account spent used devoted allocated represented the its their".split())
_PARTS_END = re.compile(r" (?:at|in|for|during|over|as|on|from|between|compared|versus|vs|through|ended|ending|"
                        r"rounded|round|percent|answer|use|using|based|according|and (?:by|how|what|did|which|why|"
                        r"in|at|for))(?= )|(?<!\d)(?:19|20)\d\d ")


def _every_part_found(rest: str, parts: list) -> bool:
    """Is every part the question names ("remodels plus new stores", "software and services and charging networks")
    a row found? The rows' labels are taken out of the parts' words; a piece left beside them after "plus" or "and"
    ("goodwill plus net intangible assets" against rows "Goodwill" and "Intangible assets, net": "net intangible
    assets" is left) is a part named in other words than any row's, and the sum would fall short of what was asked.
    General rule: a share of several named parts is computed only when each of them is a row of the table; one
    missing, no answer (never the share of some of them shown as the asked one)."""
    words = _words(rest).split()
    while words and words[0] in _PART_LEAD:
        words.pop(0)
    said = " " + " ".join(words) + " "
    end = _PARTS_END.search(said, 1)
    said = said[: end.start()] + " " if end else said
    for label in sorted({_words(r.label) for r in parts}, key=len, reverse=True):
        said = said.replace(f" {label} ", " \x00 ")
    pieces = [p.strip() for p in re.split(r" (?:plus|and|together with|combined with|as well as) ", said)]
    if len(pieces) < 2:
        return True
    return all("\x00" in p or p in ("", "other", "others", "the", "its", "their") for p in pieces)


def asks_rows_share(question: str) -> bool:
    """Whether the question asks the share of a total named as such that named parts make up (``_SHARE_OF_TOTAL``)."""
    return bool(_SHARE_OF_TOTAL.search(question))


def rows_share(question: str, page: str, years: set[int], ends: bool = False) -> RowsShare | None:
    """The named parts' share of the named total in each asked year from one table of ``page`` (see the module's
    rules); None when no table qualifies or two tables give other shares."""
    m = _SHARE_OF_TOTAL.search(question)
    if m is None or not years:
        return None
    whole, rest = f"{m.group('qual').lower()} {_words(m.group('whole'))}", f" {_words(m.group('rest'))} "
    asked = sorted(years)
    if len(asked) == 1 and _MOVE.search(m.group("rest")):
        asked = [asked[0] - 1, asked[0]]
    found: list[RowsShare] = []
    for table in pdf_tables.tables_in(page):
        rows = list(table.rows)
        heads = table.heads
        if rows and rows[0].cells and all(_YEAR.fullmatch(c.strip()) for c in rows[0].cells):
            heads = f"{heads} {rows[0].label} {' '.join(rows[0].cells)}"  # a head line read as a row
            rows = rows[1:]
        totals = [k for k, r in enumerate(rows) if _words(r.label) in (whole, f"total {whole}")]
        if len(totals) != 1:
            continue
        total = rows[totals[0]]
        parts = [r for r in rows[: totals[0]] if not _words(r.label).startswith("total ")
                 and len(_words(r.label)) >= 4 and f" {_words(r.label)} " in rest]
        if not parts or any(len(r.cells) != len(total.cells) for r in parts):
            continue
        if not _every_part_found(m.group("rest"), parts):
            continue  # "goodwill plus net intangible assets" over rows "Goodwill", "Intangible assets, net": half a sum
        if not ends and _EARLY_CLOSE.search(heads) and fiscal_asked(question):
            continue  # "fiscal 2025" against columns closing in January to March: which column is its, unsure
        if not _YEAR.search(heads):
            heads = _heads_of(page, replace(table, rows=tuple(rows)), "")[0]
        by_year = _year_columns(heads, len(total.cells))
        if any(y not in by_year for y in asked):
            continue
        cells, shares = [], []
        for y in asked:
            k = by_year[y]
            got = [pdf_tables.cell_value(r.cells[k]) for r in parts]
            whole_v = pdf_tables.cell_value(total.cells[k])
            if whole_v is None or whole_v <= 0 or any(v is None or v < 0 or v > whole_v for v in got) or \
                    any("%" in r.cells[k] for r in (*parts, total)):
                cells = []
                break
            cells.append((tuple(" ".join(r.cells[k].replace("$", "").split()) for r in parts),
                          " ".join(total.cells[k].replace("$", "").split())))
            shares.append(sum(got) / whole_v * 100)  # type: ignore[arg-type]
        if not cells:
            continue
        found.append(RowsShare(total.label, tuple(r.label for r in parts), tuple(asked), tuple(cells), tuple(shares),
                               (*parts, total)))
    if not found or len({tuple(round(s, 1) for s in f.shares) for f in found}) != 1:
        return None
    return found[0]

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

Session 33 (#10): a whole said WITHOUT "total" ("What share of Contoso's fiscal 2025 capital expenditures went to
stores?", "What percentage of its FY2025 share-based compensation expense was recorded in research and development?",
"What share of its net revenue came from customers billed in Taiwan?") is read from a table only when the rows above
the whole's row add up to it in every asked year (each printed figure within half a unit of its last digit: a
breakdown and its own total, never a row that merely shares the whole's name). The whole's row is "Total <whole>" or
the whole's own label (its last word's plural folded); or, when the whole's words name a metric of the registry
("net revenue"), the table's one "Total ..." row printing that metric's amount as the filing's OTHER pages give it in
every asked year (``whole_values``, ``filing_answers.rows_share_answer``). A part is its row's label as said, or that
label less the words it shares with the whole's row ("Advertising expenses" under "Selling, general and administrative
expenses": "advertising"). Annual reports only, never a quarter or span of months asked (``filing_answers``).
A share of "them", "it" or "the 2025 total" is a share of the one "total <whole>" the question said before it
(``_resolved``); none or two such wholes before it: as asked (no whole).
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
# Session 33 (#10): the whole said without "total" ("What share of Contoso's fiscal 2025 capital expenditures went to
# stores?", "What percentage of its FY2025 stock-based compensation expense was recorded in cost of sales?"): a
# possessive or "its", a year, then the whole and the verb; read only when ``_SHARE_OF_TOTAL`` does not match
_SHARE_OF_WHOLE = re.compile(r"(?i)\b(?:share|percentage|percent|portion|proportion|fraction)\s+of\s+(?:the\s+)?"
                             r"(?:(?:company|group|firm)['’]s\s+|its\s+|their\s+|[A-Z0-9][\w.&'’-]*"
                             r"(?:\s+[A-Z][\w.&'’-]*){0,3}['’]s?\s+)?(?:(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d\d\s+)?"
                             r"(?P<whole>[a-z][a-z ,&-]{2,60}?)\s+(?P<rest>(?:went|go|goes|was|were|came|come|did|is|are)"
                             r"\b.*)$", re.S)
# a whole that names a span shorter than a year, or a total by its own word: not this form's
_NOT_WHOLE = re.compile(r"(?i)^(?:total|consolidated|the|its|their|fiscal|first|second|third|fourth|quarter|"
                        r"quarterly|half|year|annual|combined)\b")
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
    said_as: str = ""  # the question's words for the whole, when the total row is that whole by its amounts only


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
    words = _words(re.sub(r"\([^()]*\)", " ", rest)).split()  # "(current plus long-term)": the part's own aside
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


# Session 33 (#10): a share of a whole named by a pronoun or "the total" ("What were its total lease costs in 2025, and
# what share of them were variable lease costs?", "..., and what share of the 2025 total was recorded in research and
# development?"): the whole is the question's one earlier "total <whole>"
_ANAPHOR = re.compile(r"(?i)\b(?P<lead>(?:share|percentage|percent|portion|proportion|fraction)\s+of\s+)(?P<ref>them|it|"
                      r"(?:the|that|this)\s+(?:(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:19|20)\d\d\s+)?total)\s+"
                      r"(?=(?:went|go|goes|was|were|came|come|did|is|are)\b)")
_ANTECEDENT = re.compile(r"(?i)\btotal\s+(?P<whole>[a-z][a-z ,&-]{2,60}?)(?=\s+(?:of|at|in|for|during|from|over|were|was|"
                         r"grow|grew|change|changed|rise|rose|fall|fell|increase|increased|decrease|decreased|as)\b|"
                         r"\s*[,?;(])")


def _resolved(question: str) -> str:
    """The question with a share's pronoun or "the total" written as the one "total <whole>" said before it; as asked
    when there is no such share, or no one such whole before it."""
    m = _ANAPHOR.search(question)
    if m is None:
        return question
    before = [a.group("whole").strip() for a in _ANTECEDENT.finditer(question[: m.start()])]
    if len({_words(b) for b in before}) != 1 or re.search(r"(?i)\btotal\b", before[0]):
        # none, two, or one running into a second total ("total revenue and total lease cost"): which, unsure
        return question
    return f"{question[: m.start('ref')]}total {before[0]}{question[m.end('ref'):]}"


def _bare_whole(question: str) -> re.Match[str] | None:
    """The whole said without "total" (``_SHARE_OF_WHOLE``), when ``_SHARE_OF_TOTAL`` does not read the question."""
    if _SHARE_OF_TOTAL.search(question):
        return None
    m = _SHARE_OF_WHOLE.search(question)
    return m if m is not None and not _NOT_WHOLE.match(m.group("whole")) else None


def asks_rows_share(question: str) -> bool:
    """Whether the question asks the share of a total named as such that named parts make up (``_SHARE_OF_TOTAL``),
    or of a whole said without "total" (``_SHARE_OF_WHOLE``: read only from a table that adds up, ``rows_share``)."""
    question = _resolved(question)
    return bool(_SHARE_OF_TOTAL.search(question)) or _bare_whole(question) is not None


def whole_words(question: str) -> str | None:
    """The words of the whole a share question names without "total" ("capital expenditures"), else None: a page
    that does not hold them holds no table of it (``filing_answers.rows_share_answer``)."""
    m = _bare_whole(_resolved(question))
    return _words(m.group("whole")) if m is not None else None


def _fold(words: str) -> str:
    """The label's words with its last word's plural folded ("expenses" -> "expense")."""
    head, _, last = words.rpartition(" ")
    last = last[:-1] if len(last) > 3 and last.endswith("s") and not last.endswith("ss") else last
    return f"{head} {last}".strip()


def _part_said(label: str, whole_label: str, rest: str) -> bool:
    """Is the part row ``label`` named in ``rest``: its words, or its words less the ones it shares with the whole's
    row ("Advertising expenses" under "Selling, general and administrative expenses": "advertising"), at least one word
    of four letters left?"""
    words = _words(label)
    if len(words) >= 4 and f" {words} " in rest:
        return True
    shared = set(_words(whole_label).split()) | {_fold(w) for w in _words(whole_label).split()}
    own = [w for w in words.split() if w not in shared and _fold(w) not in shared]
    return (0 < len(own) < len(words.split()) and any(len(w) >= 4 for w in own)
            and f" {' '.join(own)} " in rest)


def _adds_up(rows: list, total, k: int) -> bool:
    """Do the figure rows above the whole's row add up to it in column ``k`` (each printed figure rounded, so within
    half a unit of the last printed digit per row)? A breakdown's own total, never a row that merely shares a name."""
    if len(rows) < 2 or any(len(r.cells) != len(total.cells) for r in rows):
        return False
    got = [pdf_tables.cell_value(r.cells[k]) for r in rows]
    whole = pdf_tables.cell_value(total.cells[k])
    if whole is None or any(v is None for v in got) or any("%" in r.cells[k] for r in rows):
        return False
    places = max((len(c.split(".")[1]) if "." in c else 0)
                 for c in (re.sub(r"[^\d.]", "", r.cells[k]) for r in (*rows, total)))
    return abs(sum(got) - whole) <= 0.5 * 10 ** -places * (len(rows) + 1) + 1e-9  # type: ignore[arg-type]


def rows_share(question: str, page: str, years: set[int], ends: bool = False,
               whole_values: dict[int, set[float]] | None = None, scale: float | None = None) -> RowsShare | None:
    """The named parts' share of the named total in each asked year from one table of ``page`` (see the module's
    rules); None when no table qualifies or two tables give other shares. ``whole_values`` (each year's amounts of
    the metric a whole said without "total" names, read from the filer's statements) and ``scale`` (the page's one
    stated scale) let a "Total ..." row said in other words be that whole when it prints that amount in every asked
    year ("net revenue" against "Total sales to external customers")."""
    question = _resolved(question)
    m = _SHARE_OF_TOTAL.search(question)
    bare = None if m is not None else _bare_whole(question)
    if (m is None and bare is None) or not years:
        return None
    if m is not None:
        whole, rest = f"{m.group('qual').lower()} {_words(m.group('whole'))}", f" {_words(m.group('rest'))} "
    else:
        m = bare
        whole, rest = _words(m.group("whole")), f" {_words(m.group('rest'))} "
    asked = sorted(years)
    if len(asked) == 1 and _MOVE.search(m.group("rest")):
        asked = [asked[0] - 1, asked[0]]
    found: list[RowsShare] = []
    for table in pdf_tables.tables_in(page):
        rows = list(table.rows)
        heads = table.heads
        if rows and rows[0].cells and (all(_YEAR.fullmatch(c.strip()) for c in rows[0].cells) or (
                bare is not None and _YEAR.fullmatch(rows[0].cells[-1].strip())
                and all(_YEAR.fullmatch(c.strip()) or re.fullmatch(r"\d{1,2},", c.strip()) for c in rows[0].cells))):
            # a head line read as a row ("Year Ended December 31, 2025 2024": the day of its date a cell too)
            heads = f"{heads} {rows[0].label} {' '.join(rows[0].cells)}"  # a head line read as a row
            rows = rows[1:]
        if bare is None:
            totals = [k for k, r in enumerate(rows) if _words(r.label) in (whole, f"total {whole}")]
        else:  # "Total capital expenditures" or the whole's own label, its last word's plural folded
            totals = [k for k, r in enumerate(rows) if _fold(_words(r.label)) in (_fold(whole), f"total {_fold(whole)}")]
        by_value = False
        if bare is not None and not totals and whole_values and scale:
            # the whole in other words: the breakdown's one "Total ..." row, checked against the statement's amount
            totals = [k for k, r in enumerate(rows) if re.match(r"total\b", _words(r.label))]
            by_value = True
        if len(totals) != 1:
            continue
        total = rows[totals[0]]
        if bare is None:
            parts = [r for r in rows[: totals[0]] if not _words(r.label).startswith("total ")
                     and len(_words(r.label)) >= 4 and f" {_words(r.label)} " in rest]
        else:
            parts = [r for r in rows[: totals[0]] if not _words(r.label).startswith("total ")
                     and _part_said(r.label, total.label, rest)]
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
            if by_value and (whole_v is None or not any(  # type: ignore[union-attr]
                    abs(whole_v * scale - v) <= 0.0005 * abs(v) for v in whole_values.get(y, ()))):  # type: ignore
                cells = []
                break  # the "Total ..." row is not the asked whole's amount that year
            if whole_v is None or whole_v <= 0 or any(v is None or v < 0 or v > whole_v for v in got) or \
                    any("%" in r.cells[k] for r in (*parts, total)) or \
                    (bare is not None and not _adds_up(rows[: totals[0]], total, k)):
                # a whole said without "total": only the row its breakdown's rows add up to is that whole
                cells = []
                break
            cells.append((tuple(" ".join(r.cells[k].replace("$", "").split()) for r in parts),
                          " ".join(total.cells[k].replace("$", "").split())))
            shares.append(sum(got) / whole_v * 100)  # type: ignore[arg-type]
        if not cells:
            continue
        found.append(RowsShare(total.label, tuple(r.label for r in parts), tuple(asked), tuple(cells), tuple(shares),
                               (*parts, total), whole if by_value else ""))
    if not found or len({tuple(round(s, 1) for s in f.shares) for f in found}) != 1:
        return None
    return found[0]

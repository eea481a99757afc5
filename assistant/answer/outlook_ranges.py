"""An updated outlook set beside the one it replaces: which items changed and how far each range's midpoint moved.

A release that updates its guidance prints a table of the items it guides with the current ranges in one column and
the previous ones (often dated) in the next: "Revenues | $1,085 million to $1,095 million | $1,075 million to $1,090
million", "Adjusted EBITDA $276.0 - $286.0 $268.0 - $280.0", "New stores | about 40 | about 35". ``outlook_table``
reads such a table from a page (its heading line naming both columns: "Current outlook Previous outlook (August 6,
2026)", "Updated | Previous", "Current outlook | Prior outlook"); ``outlook_answer`` answers "Which items of its 2026
outlook changed, and how far did the midpoint of the revenue range move?" from the one named company's filings:
every row's current and previous ranges, whether each was raised, lowered, narrowed, widened or left unchanged, and
each range's midpoint ((low + high) / 2) and its move, computed and shown with its formula, every row cited.
General rule (session 29): a guidance range's midpoint is half its ends' sum; an item's move is said of both ends
(raised / lowered: both ends moved the same way; narrowed / widened: the ends moved toward / away from each other),
and the midpoint's move is the difference of the two midpoints. A question asking why, or what the outlook implies
for a part of the year, asks more than the table says: left to the other paths.
Reads ``filing_answers`` (the filing's pages, the rows cited), ``answer_writer``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..finance.inputs import check_input
from ..text.months import MONTH_OR_ABBR
from ..query.entities import named_companies
from ..query.intent import asks_yes_no
from ..types import Answer, Fact
from . import fact_sentences
from .answer_writer import _Writer, _markers
from .filing_answers import _filing_pages
from .wording import asks_reason, without_why

# the question: an outlook (guidance) asked how it changed or where its midpoints moved
_OUTLOOK_Q = re.compile(r"(?i)\b(?:outlook|guidance|forecast)s?\b")
# the whole outlook asked: "which items changed", "what changed"
_LIST = (r"\b(?:which|what)\s+(?:items?|parts?|elements?|measures?|metrics?)\b[^?]{0,60}?"
         r"\b(?:chang|rais|lower|narrow|widen|revis|updat|cut|increas)\w*|\bwhat\s+(?:changed|did\s+\w+\s+change)\b")
_LIST_Q = re.compile(_LIST, re.I)
_MOVE_Q = re.compile(r"\bmid-?points?\b|" + _LIST, re.I)
# what the table says nothing of: reasons, a part of the year implied, a per-share figure it does not guide
_MORE_Q = re.compile(r"(?i)\bimpl(?:y|ies|ied)\b|\bwhy\b|\breasons?\b|\bdrove\b|\bdrivers?\b|\bbecause\b|"
                     r"\bexplain\w*\b|\bfourth[- ]quarter\b|\bq4\b|\bremaining\b|\bsecond[- ]half\b")

# a heading line naming the current column before the previous one
_CURRENT = r"(?:current|updated|new|revised|raised|latest)"
_PREVIOUS = r"(?:previous|prior|earlier|original|initial|former)"
_HEAD = re.compile(rf"(?i)\b{_CURRENT}\b[^\n]{{0,60}}?\b{_PREVIOUS}\b")
_DATE = re.compile(rf"(?i)\b(?:{MONTH_OR_ABBR})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b|\b(?:19|20)\d\d\b")
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?:million|billion|thousand|bn|mn|m)\b)?"
# one cell: a range "$1,085 million to $1,095 million", "$1,745.0 - $1,770.0", "$78 to $82 million", "4% to 6%", or
# one figure "about 130", "$0.24"
_CELL = re.compile(
    rf"(?P<about>(?:about|approximately|approx\.|around|roughly|~)\s*)?(?P<lo>\$?\s?(?:{_NUMBER}){_SCALE}\s*%?)"
    rf"(?:\s*(?:to|-|–|—)\s*(?P<hi>\$?\s?(?:{_NUMBER}){_SCALE}\s*%?))?", re.I)


@dataclass(frozen=True)
class Guided:
    """One item's value in one column: its low and high ends (equal for one figure), as printed."""
    lo: float
    hi: float
    text: str
    about: bool
    money: bool
    percent: bool

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    @property
    def is_range(self) -> bool:
        return self.hi != self.lo


@dataclass(frozen=True)
class Row:
    label: str
    current: Guided
    previous: Guided
    start: int  # the row's place on the page (offsets into the page's text)
    end: int


@dataclass(frozen=True)
class Outlook:
    context: str  # the heading line and the lines just above it (the outlook's title: "Full-year 2026 outlook")
    start: int  # the heading line's place on the page
    end: int
    scale_word: str  # "million" when the figures are stated in millions (in the cells or above the table)
    rows: tuple[Row, ...]


def _number(token: str) -> float:
    return float(re.sub(r"[^\d.]", "", token))


def _guided(m: re.Match) -> Guided | None:
    lo_text, hi_text = m.group("lo"), m.group("hi") or m.group("lo")
    lo, hi = _number(lo_text), _number(hi_text)
    if hi < lo:
        return None
    money = "$" in m.group(0)
    percent = "%" in m.group(0)
    return Guided(lo, hi, " ".join(m.group(0).split()), bool(m.group("about")), money, percent)


def _cells(line: str) -> tuple[str, list[Guided]] | None:
    """A row's label and its guided values in order: the cells of a pipe row, else the values read one after the
    other after the label (a row of text whose label holds no figure)."""
    s = line.strip()
    if s.startswith("|"):
        cells = [c.strip() for c in s.strip("|").split("|")]
        label, rest = cells[0], cells[1:]
        values = []
        for cell in rest:
            m = _CELL.fullmatch(cell.strip())
            if m is None:
                return None
            g = _guided(m)
            if g is None:
                return None
            values.append(g)
        return label, values
    first = re.search(r"(?:(?:about|approximately|around|roughly)\s+)?[$\d]", s, re.I)
    if first is None or first.start() == 0:
        return None
    label = s[:first.start()].strip()
    values = []
    at = first.start()
    while at < len(s):
        m = _CELL.match(s, at)
        if m is None or not m.group(0).strip():
            return None
        g = _guided(m)
        if g is None:
            return None
        values.append(g)
        at = m.end()
        while at < len(s) and s[at] == " ":
            at += 1
    return label, values


def outlook_table(text: str) -> Outlook | None:
    """The first table of a page setting current ranges beside previous ones (``_HEAD``), with every row read (two
    values each, both money, both percentages or both counts, of one scale); None when there is no such table or a
    row between its heading and its end cannot be read."""
    lines = text.split("\n")
    offsets = []
    at = 0
    for ln in lines:
        offsets.append(at)
        at += len(ln) + 1
    for i, ln in enumerate(lines):
        head = _HEAD.search(ln.replace("|", " "))
        if head is None or re.search(r"\d", _DATE.sub(" ", ln)):
            continue  # a heading names its columns (and their dates), never a figure
        above = " ".join(lines[max(0, i - 3):i + 1])
        rows: list[Row] = []
        for j in range(i + 1, min(len(lines), i + 20)):
            row = lines[j]
            if not row.strip() or re.fullmatch(r"\s*\|?[\s|:-]*\|?\s*", row):
                if rows and not row.strip() and j + 1 < len(lines) and not lines[j + 1].strip():
                    break
                continue
            got = _cells(row)
            if got is None:
                break
            label, values = got
            if len(values) != 2 or not re.search(r"[A-Za-z]", label):
                break
            cur, prev = values
            if (cur.money, cur.percent) != (prev.money, prev.percent):
                return None
            rows.append(Row(label, cur, prev, offsets[j], offsets[j] + len(row)))
        if len(rows) >= 1:
            words = {w.lower() for r in rows for w in re.findall(r"(?i)\b(million|billion|thousand)\b",
                                                             r.current.text + " " + r.previous.text)}
            scale = re.search(r"(?i)\bin\s+(millions|billions|thousands)\b", above)
            word = (words.pop() if len(words) == 1 else "") or (scale.group(1).lower().rstrip("s") if scale else "")
            return Outlook(above, offsets[i], offsets[i] + len(ln), word,
                           tuple(rows))
    return None


def _move(r: Row) -> str:
    c, p = r.current, r.previous
    if (c.lo, c.hi) == (p.lo, p.hi):
        return "unchanged"
    if c.lo > p.lo and c.hi > p.hi:
        return "raised"
    if c.lo < p.lo and c.hi < p.hi:
        return "lowered"
    if c.hi - c.lo == p.hi - p.lo:
        return "raised" if c.lo > p.lo else "lowered"
    return "narrowed" if c.hi - c.lo < p.hi - p.lo else "widened"


# a row's own scale, printed in its cells: "$1,085 million", "$78m", "$1.2bn"
_ROW_SCALE = re.compile(r"(?i)(?<=\d)\s*(million|billion|thousand|bn|mn|m)\b")
_SCALE_OF = {"million": "million", "mn": "million", "m": "million", "billion": "billion", "bn": "billion",
             "thousand": "thousand"}
# a row guiding an amount per share or per unit: "AFFO per diluted share", "Diluted EPS", "FFO per unit", "$ per share"
_PER_UNIT = re.compile(r"(?i)\bper\s+(?:(?:diluted|basic|common|weighted|average|ordinary)\s+)*(?:shares?|units?)\b|"
                       r"\bEPS\b|\$\s*/\s*share\b")


def row_scale(table: Outlook, r: Row) -> str:
    """The scale word of one row's figures. GENERAL rule (session 33, #10): a figure's unit comes from its own row:
    the scale its cells print ("$1,638 million to $1,648 million"); none for a row guiding an amount per share or per
    unit ("AFFO per diluted share | $9.30 to $9.40", "Diluted EPS") or a percentage, and none for a row printing no
    scale in a table whose other rows print theirs in their cells; only a row of a table that states its scale
    above it ("(In millions)") and nowhere in its cells takes that scale."""
    own = {_SCALE_OF[w.lower()] for w in _ROW_SCALE.findall(r.current.text + " " + r.previous.text)}
    if own:
        return own.pop() if len(own) == 1 else ""
    if _PER_UNIT.search(r.label) or r.current.percent or r.previous.percent:
        return ""
    if any(_ROW_SCALE.search(o.current.text + " " + o.previous.text) for o in table.rows):
        return ""
    return table.scale_word


def _places(g: Guided) -> int:
    """The decimals its ends are printed with ("$9.30 to $9.40": 2)."""
    return max((len(f) for f in re.findall(r"\d\.(\d+)", g.text)), default=0)


def _num(v: float, g: Guided) -> str:
    """A figure computed from a guided value (a midpoint, a move): to the decimals its ends print and one more where
    the halving needs it ((9.22 + 9.36) / 2 = 9.29, never 9.3), at least one as before."""
    d = _places(g)
    shown = f"{v:,.{max(1, d + 1)}f}"
    while d >= 1 and shown.endswith("0") and len(shown.split(".")[1]) > max(1, d):
        shown = shown[:-1]
    return shown


def _end(v: float, g: Guided) -> str:
    """A range's end as its cell prints it (two decimals and more kept: "9.30")."""
    d = _places(g)
    return f"{v:,.{d}f}" if d >= 2 else f"{v:,g}"


def _amount(v: float, g: Guided, word: str) -> str:
    shown = _num(v, g) if g.is_range or abs(v - round(v)) > 1e-9 else f"{v:,.0f}"
    if g.percent:
        return f"{shown}%"
    return f"{'$' if g.money else ''}{shown}{' ' + word if word and g.money else ''}"


# "the midpoints of the revenue and Adjusted OIBDA ranges", "the midpoint of its EPS guidance": the items named
_MIDPOINT_OF = re.compile(r"(?i)\bmid-?points?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:updated|new|current|"
                          r"previous|prior|full[- ]year|(?:19|20)\d\d)\s+)*(?P<items>.+?)\s+(?:ranges?|outlook|"
                          r"guidance|forecasts?)\b")


def _stems(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]{3,}", text)} - {"the", "and", "its", "their"}


def _items_found(question: str, table: "Outlook") -> bool:
    """Whether every item whose midpoint the question names is a row of the table (by a word of its label)."""
    m = _MIDPOINT_OF.search(question)
    if m is None:
        return True
    labels = [_stems(r.label) for r in table.rows]
    for item in re.split(r"(?i),\s*(?:and\s+)?|\s+and\s+", m.group("items")):
        words = _stems(item)
        if words and not any(words & lab for lab in labels):
            return False
    return True


def _years_found(question: str, table: "Outlook") -> bool:
    """Whether every year the question names is named in the table's heading or the lines just above it."""
    asked = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", question))
    return asked <= set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", table.context))


# words of a row's label a question naming the row may leave out ("AFFO per share" names "AFFO per diluted share")
_ROW_FRAME = frozenset({"total", "diluted", "full", "year"})


def _named_rows(question: str, table: Outlook) -> tuple[Row, ...]:
    """The rows an answer shows. GENERAL rule (session 33, #10): a question asking one measure of an outlook ("What
    AFFO per diluted share does it now expect ...", "how far did the midpoint of its EPS range move") is shown that
    measure's line only (the rows whose label's every word, frame words aside, the question says); a question asking
    which items changed, or naming no row, is shown every row."""
    if _LIST_Q.search(question):
        return table.rows
    asked = _stems(question)
    words = {r: _stems(r.label) - _ROW_FRAME for r in table.rows}
    named = [r for r in table.rows if words[r] and words[r] <= asked]
    # a label whose words lie within a longer named label's is that label's ("Revenues" within "Organic revenue growth")
    named = tuple(r for r in named if not any(words[r] < words[o] for o in named))
    return named or table.rows


def asks_outlook_move(question: str) -> bool:
    """"Which items of its 2026 outlook changed, and how far did the midpoints of the revenue and EBITDA ranges move?":
    the outlook's items compared with the outlook they replace, and nothing the table does not say (a reason, a part
    of the year implied)."""
    return bool(_OUTLOOK_Q.search(question) and _MOVE_Q.search(question) and not _MORE_Q.search(question)
                and not asks_reason(question) and without_why(question) is None and not asks_yes_no(question))


def _latest_outlook(question: str, index: Any, company: Any,
                    items: bool = True) -> tuple[Any, int, str, Outlook] | None:
    """The first page, in the company's latest filing printing one, of an outlook table holding the asked years and
    (``items``) the items whose midpoints are asked: (filing, page, page text, table)."""
    for meta in sorted(company.docs, key=lambda d: (d.date or "", d.fiscal_year or 0), reverse=True):
        for n, text in sorted(_filing_pages(index, meta).items()):
            table = outlook_table(text)
            if table is not None and _years_found(question, table) and (not items or _items_found(question, table)):
                return meta, n, text, table
    return None


def outlook_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """The outlook table of the one named company's filing (the latest filing printing one), each item's current and
    previous values, its move and, for ranges, each midpoint and the midpoint's move, computed in code; None when the
    question asks something else, names no single company, or no filing of it prints such a table (or two filings of
    the same date print different ones)."""
    if filters is not None or not hasattr(index, "documents") or not asks_outlook_move(question):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    found = _latest_outlook(question, index, company)
    if found is None:
        return None
    meta, page, text, table = found
    w = _Writer()
    co = fact_sentences._possessive(company.name)
    head = w.cite([Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label="outlook columns",
                        value=0.0, company=company.name, quote=text[table.start:table.end], kind="table")])
    shown = _named_rows(question, table)  # the rows shown, each cited
    facts = [Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label=r.label, value=0.0,
                  company=company.name, quote=text[r.start:r.end], kind="table") for r in shown]
    ns = w.cite(facts)
    said, formulas = [], []
    moves = [_move(r) for r in shown]
    for r, n, move in zip(shown, ns, moves):
        c, p = r.current, r.previous
        if move == "unchanged":
            said.append((f"{r.label}: unchanged at {c.text}", n))
            continue
        line = f"{r.label}: {move} to {c.text} from {p.text}"
        if c.is_range or p.is_range:
            word = row_scale(table, r)
            d = c.mid - p.mid
            sign = "+" if d > 0 else "-" if d < 0 else ""
            line += (f", midpoint {_amount(c.mid, c, word)} against {_amount(p.mid, p, word)}"
                     f" ({sign}{_amount(abs(d), c, word)})" if d else
                     f", midpoint unchanged at {_amount(c.mid, c, word)}")
            u = f" {word}" if word and c.money else "%" if c.percent else ""
            formulas.append(f"{r.label}: ({_end(c.lo, c)}{u} + {_end(c.hi, c)}{u}) / 2 = {_num(c.mid, c)}{u}; "
                            f"({_end(p.lo, p)}{u} + {_end(p.hi, p)}{u}) / 2 = {_num(p.mid, p)}{u}; change = "
                            f"{_num(c.mid, c)}{u} - {_num(p.mid, p)}{u} = {'+' if d >= 0 else '-'}{_num(abs(d), c)}{u}")
        said.append((line, n))
    changed = [r.label for r, m in zip(shown, moves) if m != "unchanged"]
    kept = [r.label for r, m in zip(shown, moves) if m == "unchanged"]
    lead = (f"{co} outlook set against the previous outlook it replaces {_markers(head)}: "
            f"{'changed: ' + ', '.join(changed) if changed else 'no item changed'}"
            f"{'; unchanged: ' + ', '.join(kept) if kept else ''}.")
    w.add(lead, head)
    for line, n in said:  # one sentence per item, citing its own row
        w.add(f"{line} {_markers((n,))}.", (n,))
    if formulas:
        w.add(f"Formula: midpoint = (low end + high end) / 2; {'; '.join(formulas)} {_markers(ns)}.", ns)
    return w.answer(question, "calc", "outlook ranges", company.name, meta.period, inputs=[])


# -- the part of the year an updated outlook leaves: the fourth quarter it implies, given nine months' results -----

# "what fourth-quarter revenue does the midpoint imply", "what does the outlook imply for the fourth quarter of 2026"
_IMPLIED_Q = re.compile(r"(?i)\bimpl(?:y|ies|ied)\b")
_FOURTH_Q = re.compile(r"(?i)\bfourth[- ]quarter\b|\bq4\b")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# words of an outlook row's label that narrow nothing ("Total revenue" is the revenue a question asks)
_LABEL_FRAME = frozenset({"total"})


def asks_implied_quarter(question: str) -> bool:
    """"What fourth-quarter revenue does the midpoint of its updated full-year outlook imply, given its nine-month
    results?": a full year's guided range less the year's first nine months. A question asking why is left to the
    other paths."""
    return bool(_OUTLOOK_Q.search(question) and _IMPLIED_Q.search(question) and _FOURTH_Q.search(question)
                and not asks_reason(question) and without_why(question) is None and not asks_yes_no(question))


def _asked_rows(question: str, table: Outlook) -> list[Row]:
    """The money rows of the outlook whose label the question names (every word of it but "total": "revenue" names
    "Total revenue", "Adjusted EBITDA" does not name "Adjusted free cash flow")."""
    asked = _stems(question)
    return [r for r in table.rows if r.current.money and r.previous.money
            and (_stems(r.label) - _LABEL_FRAME) and (_stems(r.label) - _LABEL_FRAME) <= asked]


def _nine_months(index: Any, meta: Any, row: Row, year: int) -> Fact | None:
    """The filing's one nine-month figure of the row's measure (a statement or reconciliation row whose label says
    the outlook row's words, "total" aside), None when there is none or two that differ."""
    want = _stems(row.label) - _LABEL_FRAME
    found = [f for f in index.facts(period=f"9M {year}", doc_ids=[meta.doc_id])
             if f.kind == "table" and (f.unit or "") not in ("", "%", "x", "shares", "USD/share")
             and _stems(f.label) - _LABEL_FRAME == want]
    if not found or len({f.value * (f.scale or 1.0) for f in found}) != 1:
        return None
    return found[0]


def implied_quarter_answer(question: str, index: Any, filters: Any = None) -> Answer | None:
    """The fourth quarter an updated full-year outlook implies: each asked item's range and midpoint less the same
    filing's nine-month figure of that item, for the current outlook and the previous one it replaces (and the
    midpoint's move), computed in code and every figure cited. GENERAL rule (session 31, #10): a full year's guided
    amount less the amount of its first nine months, as the same release reports them, is what it leaves for the
    fourth quarter; the filer guides no quarter, so the figure is said to be implied. None when the question asks
    something else, names no single company, or an asked item has no outlook row, no money range, or no one
    nine-month figure (or its row fails its page check)."""
    if filters is not None or not hasattr(index, "documents") or not asks_implied_quarter(question):
        return None
    named = named_companies(question, index)
    if len(named) != 1:
        return None
    company = named[0]
    found = _latest_outlook(question, index, company, items=False)  # the items asked: ``_asked_rows``
    if found is None:
        return None
    meta, page, text, table = found
    years = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", table.context)}
    rows = _asked_rows(question, table)
    if len(years) != 1 or not rows or table.scale_word not in _SCALES:
        return None
    year, scale = years.pop(), _SCALES[table.scale_word]
    pages = _filing_pages(index, meta)
    nine = []
    for r in rows:
        f = _nine_months(index, meta, r, year)
        # a guided item is often a measure no statement prints (contract sales, an adjusted EBITDA): the release's
        # own table of it is its source, so its row is checked on its page (value, column year and length, scale)
        # without asking for a primary statement
        if f is None or check_input(f, pages.get(f.page), primary=False, before=pages.get(f.page - 1)) is not None:
            return None
        nine.append(f)
    w = _Writer()
    co = fact_sentences._possessive(company.name)
    head = w.cite([Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label="outlook columns",
                        value=0.0, company=company.name, quote=text[table.start:table.end], kind="table")])
    w.add(f"{co} full-year {year} outlook {_markers(head)} less its results for the first nine months of {year} "
          f"implies, for the fourth quarter of {year} (the company guides no quarter; these are computed):", head)
    formulas, cited = [], list(head)
    word = table.scale_word
    u = f" {word}"
    for r, f in zip(rows, nine):
        n_row = w.cite([Fact(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page, label=r.label, value=0.0,
                             company=company.name, quote=text[r.start:r.end], kind="table")])
        n_nine = w.cite([f])
        ns = n_row + n_nine
        cited += ns
        done = round(f.value * (f.scale or 1.0) / scale, 1)
        c, p = r.current, r.previous
        line = (f"{r.label}: {_amount(c.mid - done, c, word)}, the midpoint {_amount(c.mid, c, word)} of {c.text} "
                f"less the nine months' {_amount(done, c, word)}")
        steps = [f"({c.lo:,g}{u} + {c.hi:,g}{u}) / 2 = {c.mid:,.1f}{u}", f"{c.mid:,.1f}{u} - {done:,.1f}{u} = "
                 f"{c.mid - done:,.1f}{u}"]
        if c.is_range:
            line += f" (the range implies {_amount(c.lo - done, c, word)} to {_amount(c.hi - done, c, word)})"
            steps += [f"{c.lo:,.1f}{u} - {done:,.1f}{u} = {c.lo - done:,.1f}{u}",
                      f"{c.hi:,.1f}{u} - {done:,.1f}{u} = {c.hi - done:,.1f}{u}"]
        if (p.lo, p.hi) != (c.lo, c.hi):
            d = c.mid - p.mid
            line += (f"; the previous outlook, {p.text} (midpoint {_amount(p.mid, p, word)}; the midpoint moved "
                     f"{'+' if d > 0 else '-' if d < 0 else ''}{_amount(abs(d), c, word)}), implied "
                     f"{_amount(p.mid - done, p, word)}")
            steps += [f"previous: ({p.lo:,g}{u} + {p.hi:,g}{u}) / 2 = {p.mid:,.1f}{u}",
                      f"{p.mid:,.1f}{u} - {done:,.1f}{u} = {p.mid - done:,.1f}{u}",
                      f"change = {c.mid:,.1f}{u} - {p.mid:,.1f}{u} = {d:+,.1f}{u}"]
        w.add(f"{line} {_markers(ns)}.", ns)
        formulas.append(f"{r.label}: {'; '.join(steps)}")
    w.add(f"Formula: implied fourth quarter = (low end + high end) / 2 - nine months; {'; '.join(formulas)} "
          f"{_markers(tuple(cited))}.", tuple(cited))
    return w.answer(question, "calc", "outlook implied quarter", company.name, f"Q4 {year}", inputs=nine)

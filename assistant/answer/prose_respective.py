"""Which figure of a "respectively" or "corresponding" sentence belongs to what (issue 11, session 9).

Analysts pack two measures, or several subjects, into one sentence and let the reader map the figures by their order:

- "In Germany, 64% of herds of more than 500 cows used robotic milking in 2025, but across all herds the rate was
  only 22%; for automated feed pushing the corresponding shares were 41% and 9%." The second clause's figures are
  another measure's (feed pushing, not milking), in the order of the first clause's subjects (large herds, all herds).
- "Fabrikam's and Tailspin's equipment revenues rose 14% and 6%, respectively": the figures in the order of the names.

General rules (``figure_owners``; read by ``shown.answer_figure`` and ``gates.prescore``):

- **A corresponding clause** ("for X the corresponding / equivalent / comparable shares were A and B"): when the
  question says the clause's own measure words (X), the figures before the clause are another measure's and never
  the answer; the clause's figure is the one in the place of the earlier figure whose own clause carries what the
  question narrows to: the number bounding a class ("more than 500 cows": ``prose_subjects.bound_class``), else a
  word of the whole ("all", "overall", "average"), else the asked year, exactly one of them. When the question does
  not say X, the clause's figures are another measure's. When no one place is told, none of the clause's figures is
  the answer (decline rather than guess).
- **A respectively list** ("A's and B's revenues rose 14% and 6%, respectively", "rose 14% and 6% for A and B,
  respectively"): the figure in the place of the one item the question names (its names first, else words only that
  item says); none when the question names no one item, or the counts differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.numbers import parse_numbers
from .prose_subjects import bound_class, carries_bound

__all__ = ["Owned", "figure_owners", "undecided"]

_FIG = r"\(?-?(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\)?\s*(?:%|percent\b|per\s*cent\b|(?:trillion|billion|million|thousand|bn|mn)\b)?"
_FIG_LIST = rf"{_FIG}(?:\s*,\s*{_FIG})*\s*,?\s*and\s+{_FIG}"
_ITEMS_AFTER = r"(?:\s+(?:for|in|at|from|by|among|across)\s+(?P<items>[^;:.]{2,120}?))?"
_RESPECTIVELY = re.compile(rf"(?P<figs>{_FIG_LIST}){_ITEMS_AFTER}\s*,?\s*\(?\s*respectively\b", re.I)
_CORRESPONDING = re.compile(rf"(?i)\b(?:corresponding|equivalent|comparable|matching)\s+(?:[a-z-]+\s+){{0,2}}?"
                            rf"(?:were|was|are|is|stood\s+at|came\s+to|reached|of)\s+(?:about\s+|around\s+|roughly\s+)?"
                            rf"(?P<figs>{_FIG_LIST})")
# where a clause starts: a semicolon, or a comma or conjunction that opens a new statement
_CLAUSE_START = re.compile(r";|,\s+(?:and|but|while|whereas|yet)\s+|\s+(?:but|while|whereas)\s+")
_FIG_BREAK = re.compile(r";|,(?!\d{3})|\s(?:but|while|whereas|against|compared\s+with)\s", re.I)  # not "1,000"
_WHOLE = re.compile(r"(?i)\b(?:all|overall|average|every|total|whole|entire|across\s+the\s+board)\b")
_YEAR = re.compile(r"(?<![\d$.,])((?:19|20)\d\d)(?![\d%])")
_STOP = frozenset("""the a an and or of in on at for to by from with as its their our his her this that these those
    what which who how much many was were is are did do does has have had be been will would share shares rate rates
    percentage percent proportion figure figures number used use per than more less about around roughly""".split())
_BEFORE_ITEM = frozenset("at of for in from by the its their with between among across".split())
_FRAME = frozenset("what which who how by in among of for did does do was were is are across".split())


@dataclass(frozen=True)
class Owned:
    """A figure of such a sentence (its span in the text) and whether it may answer the question."""

    start: int
    end: int
    allowed: bool


def _content(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[a-z][a-z0-9-]+", text.lower().replace("’", "'")) if w not in _STOP and len(w) > 2}


def _own_clause(text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The words of a figure's own clause: from the last break before it to the next one after it, within lo..hi."""
    before = [m.end() for m in _FIG_BREAK.finditer(text, lo, start)]
    after = [m.start() for m in _FIG_BREAK.finditer(text, end, hi)]
    return text[before[-1] if before else lo : after[0] if after else hi]


def _place(question: str, clauses: list[str]) -> int | None:
    """The one earlier clause the question narrows to (a bound, a word of the whole, the asked year), or None."""
    bounds = bound_class(question)
    if bounds:
        hit = [i for i, c in enumerate(clauses) if carries_bound(bounds, c)]
        return hit[0] if len(hit) == 1 else None
    if _WHOLE.search(question):
        hit = [i for i, c in enumerate(clauses) if _WHOLE.search(c)]
        return hit[0] if len(hit) == 1 else None
    years = set(_YEAR.findall(question))
    if years and all(_YEAR.search(c) for c in clauses):  # each clause dated: a year the sentence shares tells none
        hit = [i for i, c in enumerate(clauses) if set(_YEAR.findall(c)) & years]
        return hit[0] if len(hit) == 1 else None
    return None


def _q_names(question: str) -> set[str]:
    words = re.findall(r"(?<![\w'’-])([A-Z][\w&-]*)(?:['’]s)?", question)
    return {w.lower() for w in words if w.lower() not in _FRAME}


def _item(question: str, pieces: list[str]) -> int | None:
    """The one item of an enumeration the question names: by its names (capitalised words no other item says),
    else by content words only that item says; None on none or a tie."""
    asked = _q_names(question)
    names = [{w.lower() for w in re.findall(r"(?<![\w'’-])([A-Z][\w&-]*)", p)} for p in pieces]
    hit = [i for i, n in enumerate(names) if (n - set().union(*(names[:i] + names[i + 1 :]))) & asked]
    if hit:
        return hit[0] if len(hit) == 1 else None
    words = [_content(p) for p in pieces]
    q = _content(question)
    score = [len((w - set().union(*(words[:i] + words[i + 1 :]))) & q) for i, w in enumerate(words)]
    best = max(score, default=0)
    return score.index(best) if best > 0 and score.count(best) == 1 else None


def _respectively(question: str, text: str) -> tuple[list[Owned], bool]:
    m = _RESPECTIVELY.search(text)
    if m is None:
        return [], False
    figs = [(m.start("figs") + n.start, m.start("figs") + n.end) for n in parse_numbers(m.group("figs")) if n.is_claim]
    if m.group("items"):
        pieces = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("items"))
    else:
        starts = [x.end() for x in re.finditer(r";", text[: m.start()])]
        pieces = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text[starts[-1] if starts else 0 : m.start()])
    pieces = [p.split() for p in pieces if p.strip()][-len(figs) :]
    if len(figs) < 2 or len(pieces) < len(figs):
        return [Owned(a, b, False) for a, b in figs], False
    # the items only: the first piece from its last preposition or article on ("Revenue at the hardware" -> hardware),
    # the last one as long as the first ("services units rose" -> services): the words around them are shared
    cut = max((k + 1 for k, w in enumerate(pieces[0]) if w.lower() in _BEFORE_ITEM), default=0)
    pieces[0] = pieces[0][cut:] or pieces[0]
    pieces[-1] = pieces[-1][: max(len(pieces[0]), 1)]
    items = [" ".join(p) for p in pieces]
    i = _item(question, items)
    # the question names an item (or says words only one item says): the list governs the asked figure
    names = {w.lower() for w in re.findall(r"[A-Z][\w&-]*", " ".join(items))}
    words = [_content(t) for t in items]
    own = set().union(*(w - set().union(*(words[:k] + words[k + 1 :])) for k, w in enumerate(words)))
    governs = bool(_q_names(question) & names or own & _content(question))
    return [Owned(a, b, k == i) for k, (a, b) in enumerate(figs)], governs


def _corresponding(question: str, text: str) -> tuple[list[Owned], bool]:
    m = _CORRESPONDING.search(text)
    if m is None:
        return [], False
    figs = [(m.start("figs") + n.start, m.start("figs") + n.end) for n in parse_numbers(m.group("figs")) if n.is_claim]
    starts = [x.end() for x in _CLAUSE_START.finditer(text, 0, m.start())]
    if not starts or len(figs) < 2:
        return [], False
    k0 = starts[-1]
    percent = "%" in m.group("figs") or "percent" in m.group("figs").lower()
    earlier = [(n.start, n.end) for n in parse_numbers(text[:k0]) if n.is_claim
               and (("%" in n.raw or text[n.end : n.end + 8].lstrip().lower().startswith("percent")) == percent)]
    head = _content(text[k0 : m.start()])
    if not head or not head & _content(question):
        # the question does not say the clause's own measure: its figures are another measure's
        return [Owned(a, b, False) for a, b in figs], False
    clauses = [_own_clause(text, a, b, 0, k0) for a, b in earlier]
    i = _place(question, clauses) if len(earlier) == len(figs) else None
    return [Owned(a, b, False) for a, b in earlier] + [Owned(a, b, k == i) for k, (a, b) in enumerate(figs)], True


def figure_owners(question: str, text: str) -> list[Owned]:
    """The figures of ``text`` whose owner a "respectively" list or a "corresponding" clause decides, each allowed
    (the asked one) or not; figures no such construct governs are not listed (empty when there is none)."""
    return _respectively(question, text)[0] + _corresponding(question, text)[0]


def undecided(question: str, text: str) -> bool:
    """Does a construct of ``text`` govern the asked figure without telling which it is (the question names an item
    of a respectively list, or says a corresponding clause's measure, and no one place is told)? Then no figure of
    the sentence answers."""
    for owned, governs in (_respectively(question, text), _corresponding(question, text)):
        if governs and owned and not any(o.allowed for o in owned):
            return True
    return False

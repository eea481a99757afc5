""""Which grew faster, A or B?": both sides' figures of the asked measure, and a verdict computed from them, or none
(issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_versus.py``):

- **A choice between two named sides asked** (``versus``): a question opening with "which"/"whose"/"who" that ends
  in two sides joined by "or" ("..., Contoso or Fabrikam?", "..., Contoso's or Fabrikam's?") and holds a
  comparative ("faster", "larger", "higher", "more", "less" ...) or "leads"/"ahead". It asks a *rate* (a change in
  percent) when a verb or noun of change governs the comparative ("grew faster", "fell more", "faster-growing",
  "growth"), else a *level* (an amount: "larger by revenue", "higher sales"). The asked measure is the question's
  remaining content words ("revenue", "order backlog"); a question naming none ("Which is bigger, A or B?") asks
  nothing that can be computed.
- **Each side's figure** (``side_figure``): from a sentence about that side (it names the side, or the sentence
  opening its paragraph does and it names no other side) that states the asked measure, the figure the measure
  governs: the nearest measure word before it is the asked one ("Revenue rose 11% to $1.42 billion, and the order
  backlog rose 15%": 11% for revenue, 15% for the backlog). A rate is a percentage written with a word of change
  ("up 31%", "rose 7%", "a 5% decline"; a fall is negative); a level is a money amount or a counted number that
  is not the earlier value of a change ("from $435 million", "against $2.05 billion").
- **The verdict is computed** (``verdict_line``): both sides found, of one kind (two rates, or two amounts in the
  same currency), for the asked year when one is asked (else each side's latest, the two at most a year apart),
  and different; then "A grew faster: revenue up 31% (2025) against up 11% for B (2024)" with each sentence quoted.
  Otherwise the question is not answered (no list, recommendation or other sentence is shown in its place).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence
from ..text.moves import MOVE_ASKED_VERSUS as _CHANGE_Q, DOWN_ASKED_VERSUS as _DOWN_Q, DOWN_SAID_VERSUS as _DOWN

__all__ = ["Versus", "about_side", "for_side", "side_figure", "side_governs", "side_texts", "verdict_line", "versus", "years_of"]

_MORE = (r"faster|more|higher|larger|bigger|greater|quicker|stronger|better|steeper|wider|heavier|richer|costlier|"
         r"ahead|leads?|leading|outgr[eo]w\w*|outpac\w*")
_LESS = r"slower|less|lower|smaller|fewer|weaker|worse|narrower|cheaper|lighter|behind|lags?|lagging"
_COMPARATIVE = re.compile(rf"(?i)\b(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\b")
_OPENING = re.compile(r"(?i)^\s*(?:which|whose|who)\b")
# "..., Contoso Robotics or Fabrikam Systems?" / "... between Contoso and Fabrikam?": the two sides at the end
_SIDES = re.compile(r"(?i)(?:,|:|\bbetween)\s*(?:the\s+)?(?P<a>[^,;:?]+?)\s+(?:or|and)\s+(?:the\s+)?(?P<b>[^,;:?]+?)\s*\??\s*$")
_STOP = frozenset("""which whose who the a an its their our of in for on at by to from and or with than as that this
    these those did does do is are was were has have had will would company companies business firm group one
    year years fiscal latest last most recent quarter quarters period annual annually terms basis measured grew grow end
    grown growing rise rose risen rising increase increased increasing expand expanded fell fall falling fallen
    decline declined declining drop dropped shrink shrank growth outgrew outpaced pace rate""".split())
_MEASURE_WORDS = (r"revenues?|sales|turnover|orders?|order\s+intake|bookings|backlog|margins?|profits?|income|earnings|"
                  r"ebitda|ebita|ebit|loss(?:es)?|cash\s+flow|costs?|expenses?|spend(?:ing)?|capex|shipments|volumes?|"
                  r"units|deliveries|headcount|employees|staff|installations|customers|subscribers|users|prices?|"
                  r"capacity|output|production|assets|debt|dividends?|market\s+share|share|valuation|"
                  r"market\s+(?:value|capitali[sz]ation)|bill\s+rates?|wages?|pay")
_MEASURE_RE = re.compile(rf"(?i)\b(?:{_MEASURE_WORDS})\b")
_RATE = re.compile(
    r"(?i)(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)(?<!took\s)(?<!takes\s)(?<!take\s)"  # "made up 44%": a share
    r"\b(?P<verb>up|down|rose|risen|rising|grew|grown|growing|gained|jumped|climbed|increased|fell|fallen|"
    r"dropped|declined|decreased|slid|shrank|contracted|slumped|plunged|soared|higher|lower|growth\s+of|"
    r"increase\s+of|rise\s+of|decline\s+of|fall\s+of|drop\s+of|decrease\s+of)\s+(?:by\s+)?(?:about\s+|some\s+|"
    r"nearly\s+|almost\s+|roughly\s+|around\s+|just\s+over\s+|over\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b)"
    r"|(?P<n2>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)\s+(?P<noun>rise|increase|growth|gain|jump|decline|fall|drop|"
    r"decrease|contraction)\b"
)
_AMOUNT = re.compile(r"(?i)(?P<cur>[$€£¥])\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>trillion|billion|million|thousand|"
                     r"bn|mn|m|k)?\b")
_PERCENT = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b)")
_EARLIER = re.compile(r"(?i)\b(?:from|against|compared\s+with|compared\s+to|versus|vs\.?|than|after)\s+(?:a\s+)?"
                      r"(?:restated\s+|reported\s+)?(?:about\s+|around\s+|some\s+)?$")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Versus:
    """The two sides of "which ..., A or B?", the measure asked (its words), whether a rate (a change in percent)
    or a level is compared, and whether the greater (True) or the lesser (False) wins."""

    a: str
    b: str
    measure: frozenset[str]
    rate: bool
    more: bool
    falling: bool  # "which fell faster": the bigger fall wins
    head: str = ""  # the stem of the measure's head noun, its last word ("monthly subscriber churn" -> churn)
    phrase: str = ""  # the measure's words as the question writes them ("monthly subscriber churn")
    word: str = ""  # the comparative as written ("higher", "faster")
    own: bool = False  # the side is its own measure ("which grew faster, its digital business or its stores?")


def _stem(w: str) -> str:
    w = w.lower()
    if w in ("sales", "revenues", "revenue"):
        return "revenue" if w.startswith("rev") else "sales"
    return w[:5]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][\w&-]*", text) if w.lower() not in _STOP and len(w) > 2
            and not _YEAR.fullmatch(w)}


def _side(text: str) -> str:
    """A side as the question names it, without a possessive's mark or a count's frame ("the number of telehealth
    visits" -> "telehealth visits": sentences say the visits, not their number)."""
    text = re.sub(r"(?i)^(?:the\s+)?(?:number|amount|level|value|count|total)\s+of\s+(?:the\s+)?", "", text.strip())
    return re.sub(r"(?i)['’]s?$", "", text.strip().strip("*\"“”")).strip()


# a period or place said before the question word: "In fiscal 2025, which grew faster ...", "Over 2024, whose ..."
_LEAD = re.compile(r"(?i)^\s*(?:in|during|for|over|across|as\s+of|at\s+the\s+end\s+of|between|since)\s+[^,?]{1,40},\s*"
                   r"(?=(?:which|whose|who)\b)")


# "Did A or B grow more?", "Was A or B larger in 2024?": a choice between two sides asked as a yes/no question
_ALTERNATIVE = re.compile(rf"(?i)^\s*(?:did|does|do|was|were|is|are|has|have|will|would)\s+(?:the\s+)?(?P<a>[^?,]+?)\s+"
                          rf"or\s+(?:the\s+)?(?P<b>[^?,]+?)\s+(?P<head>(?:[\w-]+\s+){{0,3}}?(?:{_MORE}|{_LESS})\b[^?]*)\??\s*$")
# "which grew faster at Contoso Apparel, ...": where, not what; the company's name is no measure
_AT_COMPANY = re.compile(r"\b(?:at|for|of)\s+[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*)*")


# words that name a kind of side, not what tells the sides apart ("its digital business", "the number of visits")
_KIND_WORDS = {"busin", "segme", "chann", "divis", "unit", "units", "line", "lines", "numbe", "amoun", "total", "level",
               "opera", "porti"}


def for_side(v: Versus, side: str) -> Versus:
    """The comparison as one side reads it: the question's measure when it names one; else the side is its own
    measure ("which grew faster, its digital business or its stores?", "spending on virtual care or the number of
    telehealth visits?"): the side's distinctive words, each figure governed by a clause that names them."""
    if v.measure:
        return v
    stems = [_stem(w) for w in re.findall(r"[A-Za-z][\w&-]*", side) if w.lower() not in _STOP and len(w) > 2]
    stems = [w for w in stems if w not in _KIND_WORDS]
    if not stems:
        return v
    return Versus(v.a, v.b, frozenset(stems), v.rate, v.more, v.falling, stems[-1], side, v.word, own=True)


def versus(question: str) -> Versus | None:
    """The comparison a "which ..., A or B?" question asks (see the module's rules); None when it asks none. A
    period said before the question word ("In fiscal 2025, which grew faster, A or B?") is no side."""
    question = _LEAD.sub("", question)
    alt = _ALTERNATIVE.match(question)
    if alt is not None and not re.search(r"(?i)\bthan\b", question):
        # "Did Contoso's wholesale or retail channel grow more in 2025?": the same choice, its sides asked first
        m, head = alt, alt.group("head")
    elif not _OPENING.match(question):
        return None
    else:
        m = _SIDES.search(question)
        if m is None:
            return None
        head = question[: m.start()]
    head = _AT_COMPANY.sub(" ", head)
    cmp = _COMPARATIVE.search(head)
    if cmp is None:
        return None
    a, b = _side(m.group("a")), _side(m.group("b"))
    shared = ""
    prep = re.match(r"(?i)(from|in|of|for|at|among|by)\s+", b)
    split = re.search(rf"(?i)\s{prep.group(1)}\s+", a) if prep else None
    if split:
        # "..., lithium demand from stationary storage or from EV batteries?": the measure is the head both sides share
        shared, a, b = a[: split.start()], a[split.end() :].strip(), b[prep.end() :].strip()
    if not a or not b or a.lower() == b.lower() or len(a) > 60 or len(b) > 60:
        return None
    side_words = _stems(a) | _stems(b)
    measure = frozenset(s for s in _stems(_OPENING.sub("", head) + " " + shared) if s not in side_words
                        and not _COMPARATIVE.fullmatch(s) and s not in {"faste", "large", "highe", "bigge", "great",
                                                                          "small", "lower", "slowe", "leads", "leadi"})
    rate = bool(_CHANGE_Q.search(head))
    falling = bool(_DOWN_Q.search(head))
    written = re.findall(r"[A-Za-z][\w&-]*", _OPENING.sub("", head) + " " + shared)
    order = [_stem(w) for w in written]
    last = next((w for w in reversed(order) if w in measure), "")
    phrase = " ".join(w.lower() if not w.isupper() else w for w in written if _stem(w) in measure)
    return Versus(a, b, measure, rate, cmp.group("more") is not None, falling, last, phrase, cmp.group(0).lower())


def _names(side: str, text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z0-9][\w&-]*", side) if w.lower() not in _STOP]
    low = text.lower()
    return bool(words) and all(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", low) for w in words[:1]) and \
        sum(bool(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", low)) for w in words) * 2 >= len(words)


def about_side(v: Versus, side: str, text: str, preceding: Sequence[str] = ()) -> bool:
    """Is the sentence ``text`` about ``side``: it names it and not the other side; or it names neither and, of
    the sentences before it in its paragraph (``preceding``, nearest first), the nearest that names a side names
    this one alone."""
    other = v.b if side == v.a else v.a
    if _names(side, text):
        return not _names(other, text)
    if _names(other, text):
        return False
    for t in preceding:
        mine, theirs = _names(side, t), _names(other, t)
        if mine or theirs:
            return mine and not theirs
    return False


_CLAUSE = re.compile(r"(?i);|,\s*(?:while|whereas|but|and|against|compared\s+with)\s+|\s+(?:while|whereas)\s+")


def side_texts(v: Versus, side: str, text: str, preceding: Sequence[str] = ()) -> list[str]:
    """The parts of a sentence about ``side``: the whole sentence when it is about it (``about_side``); when it
    names both sides, each clause that names this side alone ("Contoso's revenue rose 7%, while Fabrikam's grew
    24%"); else none."""
    other = v.b if side == v.a else v.a
    if about_side(v, side, text, preceding):
        return [text]
    if _names(side, text) and _names(other, text):
        clauses = _CLAUSE.split(text)
        out = []
        for k, t in enumerate(clauses):
            if not (_names(side, t) and not _names(other, t)):
                continue
            bare = _BARE_PERCENT.match(t)
            move = list(_RATE.finditer(clauses[k - 1])) if k and bare else []
            if move and v.rate:
                # "demand from storage rose by 52%, against 19% for EV batteries": the figure after "against" is the
                # same move of the same measure as the clause before's
                head = clauses[k - 1][: move[-1].start()]
                measure = [w for w in re.findall(r"[A-Za-z][\w&-]*", head) if _stem(w) in v.measure]
                verb = move[-1].group("verb") or "up"
                t = f"{measure[-1] if measure else ''} {verb} {t.strip()}".strip()
            out.append(t)
        return out
    return []


def side_governs(side: str, text: str, shown: str) -> bool:
    """Is the side the subject of its figure (``shown``, as ``side_figure`` gives it) in ``text``: named before it in
    its sentence, or right after it ("19% for EV batteries"); a text naming the side nowhere (its paragraph does) is
    about it too. "Lithium demand rose by 24%, with ... stationary storage 17%": the 24% is all demand's, not the
    storage named after it."""
    at = text.find(shown)
    if at < 0 or not _names(side, text):
        return True
    if _names(side, text[:at]):
        return True
    return bool(re.match(r"(?i)\s*(?:for|at|in|among|from)\s+(?:the\s+)?", text[at + len(shown) :])) and _names(
        side, text[at + len(shown) : at + len(shown) + 12 + len(side)])


_BARE_PERCENT = re.compile(r"(?i)^\s*(?:about\s+|some\s+|roughly\s+|nearly\s+)?\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+"
                           r"(?:for|at|in|among|from)\b")


def _value(m: re.Match[str]) -> float:
    v = float(m.group("n").replace(",", ""))
    scale = (m.group("scale") or "").lower()
    return v * {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3,
                "k": 1e3}.get(scale, 1.0)


def _governed(v: Versus, text: str, at: int) -> bool:
    """Is the figure at ``at`` governed by the asked measure: the nearest measure word before it (in its
    sentence) is one of the asked words. A side that is its own measure (``for_side``) governs a figure whose clause
    names it before the figure ("Digital sales grew 11%": the digital side's rate)."""
    if v.own:
        clause_at = max(text.rfind(";", 0, at), text.rfind(". ", 0, at), text.rfind(", ", 0, at))
        return any(_stem(m.group(0)) in v.measure for m in re.finditer(r"[A-Za-z][\w&-]*", text[clause_at + 1 : at]))
    words = list(_MEASURE_RE.finditer(text[:at]))
    if words and _stems(words[-1].group(0)) & v.measure:
        return True
    # a measure the list of measure words does not hold ("monthly churn of 6.8%", "demand ... rose by 52%"): an asked
    # word said in the clause before the figure, with no other measure word between it and the figure
    clause_at = max(text.rfind(";", 0, at), text.rfind(". ", 0, at))
    asked = [m for m in re.finditer(r"[A-Za-z][\w&-]*", text[:at]) if m.start() > clause_at and _stem(m.group(0)) == v.head]
    if not asked:
        return False
    return not words or words[-1].start() < asked[-1].start() or bool(_stems(words[-1].group(0)) & v.measure)


def side_figure(v: Versus, text: str) -> tuple[float, str, str] | None:
    """The asked measure's figure in ``text`` (value, kind and the words shown): a rate as a signed percentage, a
    level as an amount ("$" kind per currency); None when the sentence gives none, or more than one."""
    found: list[tuple[float, str, str]] = []
    if v.rate:
        for m in _RATE.finditer(text):
            if not _governed(v, text, m.start()):
                continue
            n = float(m.group("n") or m.group("n2"))
            down = bool(_DOWN.match(m.group("verb") or m.group("noun") or ""))
            found.append((-n if down else n, "%", m.group(0)))
    else:
        for m in _AMOUNT.finditer(text):
            if _EARLIER.search(text[max(0, m.start() - 40) : m.start()]) or not _governed(v, text, m.start()):
                continue
            found.append((_value(m), m.group("cur"), m.group(0)))
        moves = [(r.start(), r.end()) for r in _RATE.finditer(text)]
        for m in _PERCENT.finditer(text):
            # a level stated in percent ("monthly churn of 6.8%", "churn was 4.2%"): not a move ("up 6%"), not the
            # earlier value of one ("down from 4.9%")
            if any(a <= m.start() < b for a, b in moves) or _EARLIER.search(text[max(0, m.start() - 40) : m.start()]) \
                    or re.search(r"(?i)\b(?:up|down)\s+(?:from\s+)?$", text[max(0, m.start() - 12) : m.start()]) \
                    or not _governed(v, text, m.start()):
                continue
            found.append((float(m.group("n")), "%", m.group(0)))
    values = {f[0] for f in found}
    return found[0] if len(values) == 1 else None


def years_of(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}


def verdict_line(v: Versus, fa: tuple[float, str, str], ya: int | None, fb: tuple[float, str, str], yb: int | None,
                 asked_year: int | None) -> str | None:
    """The computed verdict (see the module's rules) or None when the two figures do not decide it."""
    if fa[1] != fb[1] or fa[0] == fb[0]:
        return None
    if asked_year is not None and (ya != asked_year or yb != asked_year):
        return None
    if asked_year is None and (ya is None or yb is None or abs(ya - yb) > 1):
        return None
    va, vb = fa[0], fb[0]
    if v.rate and v.falling:
        if va >= 0 or vb >= 0:
            return None  # "which fell faster": both must have fallen
        va, vb = -va, -vb
    a_wins = (va > vb) == v.more
    win, lose = (v.a, v.b) if a_wins else (v.b, v.a)
    fw, fl, yw, yl = (fa, fb, ya, yb) if a_wins else (fb, fa, yb, ya)
    measure = " ".join(sorted(v.measure)) if len(v.measure) == 1 else (v.phrase or "the asked measure")
    if v.rate:
        verb = ("fell faster" if v.more else "fell more slowly") if v.falling else \
            ("grew faster" if v.more else "grew more slowly")
        fw_s = f"{'down' if fw[0] < 0 else 'up'} {abs(fw[0]):g}%"
        fl_s = f"{'down' if fl[0] < 0 else 'up'} {abs(fl[0]):g}%"
    else:
        verb = f"is {v.word}" if v.word in ("higher", "lower", "larger", "smaller", "bigger", "greater") else \
            "is larger" if v.more else "is smaller"  # "Which had the higher churn": "B is higher"
        fw_s, fl_s = fw[2].strip(), fl[2].strip()
    if not v.measure:  # each side its own measure: "A grew faster: up 7% (2024) against down 4% for B (2024)"
        return f"{win} {verb}: {fw_s} ({yw}) against {fl_s} for {lose} ({yl}), as the quotes below state"
    return (f"{win} {verb}: {measure} {fw_s} ({yw}) against {fl_s} for {lose} ({yl}), as the quotes below state")

"""The measure's own move leading a reasons answer (issue 11).

Rule (with tests on hand-written reports in ``tests/test_reason_leads.py``): a reasons question that names a measure
("Why did chair shipments fall in 2024?", "What drove the decline in ferry ridership?") is answered "X fell from A to
B (or by C) because ...". When the reason the report gives (a sentence or a list of reasons) states no figure of the
move itself and no sentence right before it does (``prose_drivers.stated_effect``), the sentence of the same section
(back to its heading, a few paragraphs up, or else after it) that states the measure's move with figures leads the
answer (``section_move``). Only a sentence that says the measure (its head, or the verb the head is made from:
"shipped" for shipments, "sold" for sales), states a figure, moves only the asked way ("fell", "less", "fewer" for a
decline) and, when it names years, names the asked one may lead; none: the answer is the reason alone, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.numbers import claims
from ..text.sentences import is_heading
from . import prose_causes as causes
from . import prose_drivers as drivers
from ..text.moves import UP_LEAD as _UP, DOWN_LEAD as _DOWN, UP_LEAD_ASKED as _ASKED_UP, DOWN_LEAD_ASKED as _ASKED_DOWN

__all__ = ["asked_way", "document_move", "section_move", "states_own_move"]

# a measure's head said by the verb it is made from: "the number of mattresses shipped fell" states shipments' move
_VERB_OF = {"shipm": ("shipped",), "sale": ("sold",), "deliv": ("delivered",), "order": ("ordered",)}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FORWARD = re.compile(r"(?i)\b(?:expects?|expected|anticipates?|plans?|will|forecasts?|guidance|outlook|projected|should|"
                      r"targets?|aims?|set\s+to|on\s+track\s+to)\b")
_ADJUSTED = re.compile(r"(?i)\b(?:adjusted|non-gaap|underlying|organic|core|pro\s+forma|normali[sz]ed|excluding)\b")
_CONCEDED = re.compile(r"(?i)[,;]?\s+\b(?:even\s+though|even\s+as|even\s+if|although|though|despite|in\s+spite\s+of|"
                       r"while|whereas)\b.*$")


def asked_way(question: str) -> str | None:
    """The way a reasons question asks the measure moved: "down" ("decline"), "up" ("growth"), "any" when it names no
    way ("What drove its gross margin in 2025?"); None when it names both."""
    q = _CONCEDED.sub("", question)
    ways = {w for w, rx in (("up", _ASKED_UP), ("down", _ASKED_DOWN)) if rx.search(q)}
    return next(iter(ways)) if len(ways) == 1 else "any" if not ways else None


def _says_measure(question: str, text: str) -> bool:
    if drivers.says_head(question, text):
        return True
    head, _ = causes.asked_effect(question)
    verbs = _VERB_OF.get(head or "", ())
    return any(re.search(rf"(?i)\b{v}\b", text) for v in verbs)


# A margin is a ratio: which figures of a sentence can state its move is read in ``prose_drivers.ratio_claims`` (one
# place, also for the sentence right before a reason, ``prose_drivers.stated_effect``).
_asks_ratio = drivers.asks_ratio
_ratio_claims = drivers.ratio_claims


def _leads(question: str, text: str, way: str, years: set[str], filing: bool = False) -> bool:
    """Can this sentence lead: it says the measure, states a figure (a margin: a percent or points), moves only the
    asked way, is of no unasked adjusted basis and no other item, and names the asked year when it names years."""
    ratio = _asks_ratio(question)
    if not _says_measure(question, text) or not (_ratio_claims(text) if ratio else claims(text)):
        return False
    clause = _measure_clause(question, text)
    said = {w for w, rx in (("up", _UP), ("down", _DOWN)) if rx.search(clause)} or _compared_way(clause, ratio)
    if said != {way} and not (way == "any" and len(said) == 1):
        return False
    if _ADJUSTED.search(text) and not _ADJUSTED.search(question):
        return False
    if drivers.other_item(question, text, filing):
        return False
    if _FORWARD.search(text) and not _FORWARD.search(question):
        return False  # a forecast ("We expect volumes to grow 6% a year") is no move that happened
    stated = set(_YEAR.findall(text))
    return not (years and stated and max(years) not in stated)


def _measure_clause(question: str, text: str) -> str:
    """The clause of ``text`` that moves the asked measure: of clauses set apart by a colon or a semicolon, the one
    that says the measure with a figure ("Higher volumes did not bring higher revenue: the average price ... fell to
    US$292 a tonne from US$372" -> the clause after the colon), when exactly one does; else the whole sentence. Rule
    (session 25, #11): the direction of another clause ("higher revenue") is another measure's move, not the asked
    one's, so it neither counts for nor against the sentence leading the answer."""
    parts = [p for p in re.split(r":\s+|;\s+", text) if p.strip()]
    if len(parts) < 2:
        return text
    own = [p for p in parts if _says_measure(question, p) and claims(p)]
    return own[0] if len(own) == 1 else text


# "Gross margin was 31.2% in 2025 compared with 33.0% in 2024": the later figure first, the earlier after the marker
_COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s")


def _compared_way(text: str, ratio: bool = False) -> set[str]:
    """The way a sentence stating two figures of one unit without a direction word moved: the figure before "compared
    with" / "versus" / "against" is the later one, the first after it the earlier one; empty when it cannot be told.
    ``ratio``: only the percents count ("$52.3 million, or 21.4% of net sales, compared with $61.0 million, or 24.9%")."""
    m = _COMPARED.search(text)
    if m is None:
        return set()
    before = [n for n in claims(text[: m.start()]) if not ratio or n.unit == "%"]
    after = [n for n in claims(text[m.end() :]) if not ratio or n.unit == "%"]
    if not before or not after or before[-1].unit != after[0].unit or before[-1].value == after[0].value:
        return set()
    a, b = before[-1].value, after[0].value
    return {"up"} if a > b else {"down"} if a < b else set()


def states_own_move(question: str, text: str) -> bool:
    """Does a reason (or the sentence it refers back to) already state the measure's move with a figure ("Shipments
    fell 4% because ...", "Gross margin was 34.2%, compared with 32.9%")? Then nothing needs to lead it."""
    ratio = _asks_ratio(question)  # a margin's move: only a percent or points state it (``_RATIO_HEADS``)
    return _says_measure(question, text) and bool(_ratio_claims(text) if ratio else claims(text)) and bool(
        _UP.search(text) or _DOWN.search(text) or _compared_way(text, ratio))


def section_move(question: str, page: str, spans: Sequence[tuple[int, int]], start: int, end: int,
                 most: int = 12, filing: bool = False) -> tuple[int, int] | None:  # fmt: skip
    """The span of the sentence of the section holding ``page[start:end]`` (a reason that states no figure of the
    move) that states the asked measure's move with figures the asked way: the nearest before it, back to the
    section's heading and at most ``most`` sentences up, else the nearest after it, up to the next heading. None when
    the question names no measure or no one way, or no sentence of the section states the move."""
    way = asked_way(question)
    if way is None or causes.asked_effect(question)[0] is None:
        return None
    years = set(_YEAR.findall(question))
    # a margin asked of a filing: a segment's margin beside the reason ("Specialty Foods gross margin was 22.0%,
    # compared with 25.1%") is another item's (``prose_drivers.other_item`` with ``filing``), never the company's move
    filing = filing and _asks_ratio(question)
    before = [sp for sp in spans if sp[1] <= start][::-1][:most]
    after = [sp for sp in spans if sp[0] >= end][:most]
    for side in (before, after):
        for sp in side:
            text = " ".join(page[sp[0] : sp[1]].split())
            if not text or is_heading(text) or text.startswith("#"):
                break
            if len(text) <= 600 and re.search(r"[.!?][\"'”’)]*$", text) and _leads(question, text, way, years, filing):
                return sp
    return None


_NAME = re.compile(r"\b[A-Z][\w&'’-]*")


def _asked_names(question: str, company: str) -> set[str]:
    """The question's capitalised words (a segment, a product line, a region) other than its first word, its
    company's words and months: what a sentence from another part of the document must say to be about them."""
    words = _NAME.findall(question)[1:]
    own = {w.lower() for w in re.findall(r"[\w&'’-]+", company)}
    out = set()
    for w in words:
        w = re.sub(r"(?:'s|’s|'|’)$", "", w)
        if w.lower() in own or w.lower() in _MONTHS or w.isupper() and len(w) <= 2:
            continue
        out.add(w.lower())
    return out


_MONTHS = frozenset("january february march april may june july august september october november december q1 q2 q3 q4 "
                    "fy".split())


def document_move(question: str, sentences: Sequence[tuple[str, str]], company: str = "",
                  filing: bool = False) -> int | None:  # fmt: skip
    """Of a document's other sentences (each with its heading, best-ranked first), the index of the first that states
    the asked measure's move with figures the asked way (as ``section_move`` reads it), says every word of the asked
    thing and every name the question gives it beside its company's ("HVAC Systems"), in itself or its heading;
    None when none does, or the question names no way ("What drove its margin?")."""
    way = asked_way(question)
    if way in (None, "any") or causes.asked_effect(question)[0] is None:
        return None  # outside the reason's section only a move of the asked way is looked for
    years = set(_YEAR.findall(question))
    names = _asked_names(question, company)
    for i, (text, heading) in enumerate(sentences):
        around = f"{text} {heading}"
        said = {w.lower() for w in re.findall(r"[\w&'’-]+", around)}
        if len(text) > 600 or names - said or not causes.topic_said(question, around):
            continue
        if _leads(question, text, way, years, filing):
            return i
    return None

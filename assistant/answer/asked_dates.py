"""The dates a part asks of named events ("what are its record and payment dates?", "what is the expiration date?")
and whether a sentence states each (``dates_asked``, ``states_dates``). Pure text; read by ``pickers._covering``.

GENERAL rule (session 31, #11): a part asking the date of each event it names is answered by a sentence that states a
date right by each event's word ("payable on August 14, 2026 to shareholders of record on August 3, 2026" states the
payment and the record dates); a sentence stating no date by one of the events answers no such part.
"""

from __future__ import annotations

import re

from ..text.months import MONTH

__all__ = ["dates_asked", "states_dates"]

# "what are its record and payment dates", "what is the expiration date", "what were the grant and vesting dates of
# the awards": up to three event words joined by "and" / "or" / commas before "date(s)"
_DATES_ASKED = re.compile(
    r"(?i)\b(?:what|which)\s+(?:is|are|was|were|will\s+be)\s+(?:the|its|their|his|her)\s+"
    r"(?P<events>[a-z][a-z-]*(?:(?:,\s*|\s+(?:and|or)\s+|,\s+and\s+)[a-z][a-z-]*){0,2})\s+dates?\b")
# a date: "August 14, 2026", "Aug. 3, 2026", "14 August 2026", "8/14/2026"
_DATE = re.compile(rf"(?i)\b(?:{MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b|\b\d{{1,2}}\s+(?:{MONTH})\s+(?:19|20)\d\d\b|"
                   r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b")
# how far after an event's word its date may stand ("of record on August 3, 2026", "the record date of August 3")
_NEAR = 24


def dates_asked(text: str) -> list[str]:
    """The event words whose dates a part asks ("what are its record and payment dates?" -> ["record", "payment"]);
    [] when the part asks no date of a named event."""
    m = _DATES_ASKED.search(text)
    if m is None:
        return []
    return [w.lower() for w in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("events")) if w]


def _stem(word: str) -> str:
    """Light stem that ties an event's noun to the filer's word for it: "payment" / "payable" / "paid" -> "pa",
    "record" -> "recor", "expiration" / "expires" -> "expir"."""
    w = word.lower()
    for end in ("ment", "able", "ation", "ition", "ing", "ed", "es", "s", "e"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[: -len(end)][:5]
    return w[:5]


def states_dates(events: list[str], text: str) -> bool:
    """Does ``text`` state a date within a few words after each event's word ("of record on August 3, 2026")? A date
    before the word is another event's ("declared on May 2, 2026, payable ..."). ``events`` from
    ``dates_asked``; False when none is asked."""
    if not events:
        return False
    dates = [(m.start(), m.end()) for m in _DATE.finditer(text)]
    if not dates:
        return False
    for event in events:
        stem = _stem(event)
        spots = [m.start() for m in re.finditer(r"[A-Za-z][A-Za-z-]*", text) if _stem(m.group(0)) == stem]
        if not any(0 <= a - s <= _NEAR + len(event) for s in spots for a, _ in dates):
            return False
    return True

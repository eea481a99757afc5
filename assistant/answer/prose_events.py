"""Deals a filer states one sentence each: which acquisitions (or divestitures) it completed.

Rule: "What acquisitions did Contoso make in fiscal 2024?" or "Which companies did Northwind acquire?" is
answered, when no one sentence or list names them all, by the sentences of the asked company's retrieved pages
that each state one deal it COMPLETED, in its own voice: "On March 3, 2024, we acquired Tailspin, a ...", "the
Company completed the acquisition of 100% of a Polish film maker", "Contoso closed its purchase of ...". Each is
quoted as it stands (two or more, one per deal), under a lead saying that these are the deals the filing states.
Not such a sentence:

- a deal not completed ("agreed to acquire", "expects to complete the acquisition of", "may acquire");
- a sentence about assets or shares acquired in passing ("we recorded $256 million of assets acquired"), or a
  deal done by someone else ("Fabrikam acquired ...", when Fabrikam is not the asked company);
- a sentence dated to another year than those asked (a sentence naming no year keeps its filing's period).
"""

from __future__ import annotations

import re

from ..text.months import MONTH_TITLE

__all__ = ["asked_event", "stated_deal", "deal_query", "states_deal", "deal_date", "MAX_DEALS"]

MAX_DEALS = 6  # deals quoted at most

_ASKED = {
    "acquisition": re.compile(r"(?i)\bacquisitions?\b|\bacquired\b|\bacquire\b|\bbought\b|\bpurchased\b"),
    "divestiture": re.compile(r"(?i)\bdivest(?:itures?|ed|ments?)\b|\bdisposals?\b|\bdisposed\b|\bsold\b|\bspun\s+off\b"),
}
# "we acquired", "the Company completed the acquisition of", "Contoso closed its purchase of"
_DONE = {
    "acquisition": r"(?:acquired|bought|(?:completed|closed|consummated|finali[sz]ed)\s+(?:the|its|our|an?|their)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:acquisition|purchase)s?\s+of)",
    "divestiture": r"(?:sold|divested|(?:completed|closed|consummated)\s+(?:the|its|our|an?|their)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:sale|divestiture|disposal|disposition|spin-off)s?\s+of)",
}
_SUBJECT = r"(?:we|the\s+company|the\s+group|the\s+corporation|the\s+registrant)"
_ADVERB = r"(?:(?:also|then|subsequently|successfully|further|additionally)\s+)?"
_NOT_DONE = re.compile(r"\b(?i:agreed|agreement|expects?|expected|intends?|plans?|might|would|could|will|pending|"
                       r"proposed|announced\s+(?:its|an|a)\s+intention|not)\b|\bmay\b")  # "may", not the month May


def asked_event(question: str) -> str | None:
    """"acquisition" or "divestiture" when the question asks which deals of that kind the company made; None
    otherwise (a question about one deal's price or effect is not a list of deals)."""
    if re.search(r"(?i)\bhow\s+(?:much|many)\b|\bwhy\b|\bprice\b|\bcost\b|\bimpact\b|\beffect\b", question):
        return None
    asks_which = re.search(r"(?i)^\s*(?:what|which|list|name)\b|\bwhat\s+(?:are|were)\b", question)
    if not asks_which:
        return None
    found = [k for k, rx in _ASKED.items() if rx.search(question)]
    return found[0] if len(found) == 1 else None


def stated_deal(sentence: str, event: str, names: set[str] = frozenset()) -> str | None:
    """What a sentence says the filer completed a deal of kind ``event`` for (the words after the verb, for telling
    one deal from another), or None when it states no such completed deal in the filer's own voice. ``names``:
    the lower-case names of the asked company (it may be the subject: "Contoso acquired ...")."""
    own = [re.escape(n) for n in sorted(names, key=len, reverse=True) if n]
    subject = rf"(?:{_SUBJECT}|{'|'.join(own)})" if own else _SUBJECT
    m = re.search(rf"(?i)(?:^|[,;]\s*|\b(?:in|on|during)\s+[^,]{{0,30}},\s*){subject}(?:['’]s?\s+[\w-]+)?\s+"
                  rf"{_ADVERB}{_DONE[event]}\s+(.+)", sentence)  # fmt: skip
    if m is None:
        return None
    if _NOT_DONE.search(sentence[: m.start(1)]):
        return None
    words = re.findall(r"[A-Za-z][\w&-]*", m.group(1))
    # the deal's name: from the first capitalised word that is not the filer's own name ("all of the outstanding
    # shares of Tailspin Robotics, ..." -> "tailspin robotics ..."), else the opening words
    first = next((i for i, w in enumerate(words[:16]) if w[0].isupper() and w.lower() not in names), 0)
    return " ".join(w.lower() for w in words[first : first + 5]) or None


_QUERY = {
    "acquisition": "Acquisitions: we acquired all of the outstanding shares; the Company completed the acquisition of",
    "divestiture": "Divestitures: we sold; the Company completed the sale of",
}


def deal_query(question: str) -> str | None:
    """For a deals question, a search text that finds the filing's own deal sentences (its acquisitions note)
    rather than pages merely sharing the question's words (a list of subsidiaries); None for other questions.
    The answerer searches the asked company's documents with it and reads first the pages whose text states a
    completed deal (``states_deal``)."""
    event = asked_event(question)
    return _QUERY[event] if event else None


def states_deal(text: str, question: str) -> bool:
    """Does ``text`` (a passage) hold a sentence stating a completed deal of the kind ``question`` asks?"""
    event = asked_event(question)
    return event is not None and any(stated_deal(s, event) for s in re.split(r"(?<=[.;])\s+", " ".join(text.split())))


_DATE = re.compile(r"(?i)\b" + MONTH_TITLE
                   + r"\s+\d{1,2},\s+(?:19|20)\d\d\b")


def deal_date(sentence: str) -> str | None:
    """The full date a deal sentence gives ("On August 1, 2024, we acquired ..." -> "august 1, 2024"): two
    sentences stating deals completed on one date are one deal told twice (a 10-Q and the 10-K)."""
    m = _DATE.search(sentence)
    return " ".join(m.group(0).lower().split()) if m else None

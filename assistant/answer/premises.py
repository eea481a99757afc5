"""The premise of a why-question, checked against the passage quoted for it (issue 10, segments S4).

Rule: a why-question states a premise, a direction its subject moved: "Why did its operating income rate not improve
as well?" (did not go up), "Why did Contoso's operating income decline in fiscal 2025?" (went down). A quoted
sentence whose clause about that same subject (every content word of the subject before the clause's verb of
movement) states the opposite move for the asked period ("Our operating income rate increased in the second quarter
...") does not answer the question: it contradicts it. Such a passage is shown under a note saying that the filing
states the opposite, in mode "fallback", never as the answer. A clause naming another period than the asked one (the
six or nine months, or the year, when a quarter is asked; a quarter when a year is asked; other years) says nothing of
the premise; a clause of another subject neither.

Rule (``premise_why``): a question that states a move as its premise and asks a judgement of it ("Contoso's product
revenue fell 31% in fiscal 2025. Is that a warning sign?") leaves open why the measure moved; the filer's explanation of
that move ("Why did Contoso's product revenue fall in fiscal 2025?") is the evidence to show, without a verdict the
filing does not state.

Pure text; imports nothing of the package but ``types`` and ``prose_causes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..types import Answer
from ..text.moves import UP_BASE as _UP_BASE, DOWN_BASE as _DOWN_BASE, UP_PAST as _UP_PAST, DOWN_PAST as _DOWN_PAST

__all__ = ["Premise", "why_premise", "contradicted", "against_premise", "premise_why"]

_AUX = r"did|does|do|has|have|had|was|were|is|are"
_NEG_AUX = r"didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|hadn['’]t|wasn['’]t|weren['’]t|isn['’]t|aren['’]t"
_VERB = rf"{_UP_BASE}|{_DOWN_BASE}|{_UP_PAST}|{_DOWN_PAST}|higher|lower"
# "Why did <subject> not <verb>", "why did <subject> fail to <verb>", "why didn't <subject> <verb>", "why did <subject>
# <verb>"
_WHY = re.compile(rf"(?i)\bwhy\s+(?:(?P<neg_aux>{_NEG_AUX})|(?P<aux>{_AUX}))\s+(?P<s>[^?.;]{{2,80}}?)\s+"
                  rf"(?P<neg>(?:not|never|fail(?:ed)?\s+to)\s+)?(?P<v>{_VERB})\b")
_STOP = {"its", "their", "our", "the", "a", "an", "of", "company", "company's", "firm", "it", "they", "x"}


@dataclass(frozen=True)
class Premise:
    subject: tuple[str, ...]  # the subject's content words, lower case ("operating", "income", "rate")
    direction: str  # "up", "down", "not-up", "not-down"


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&-]*", text)]


def _subject(text: str) -> tuple[str, ...]:
    """The subject's own words: after the last possessive ("Contoso Foods' operating income" -> operating income)."""
    parts = re.split(r"['’]s?\s+", text)
    words = [w for w in _words(parts[-1]) if w not in _STOP]
    return tuple(words)


# a move the question states as a fact before asking why ("..., yet the division's operating income fell 12%. Which
# product line held it back, and why?", "Its gross margin shrank in 2025, but what caused it?"): a clause opening the
# question or following "yet" / "but" / "while" / "although", whose subject moved
_STATED = re.compile(rf"(?:^|[.;]\s+|,\s*(?:yet|but|while|whereas|although|though|and)\s+)"
                     rf"(?P<s>(?:the|its|their|[A-Z][\w&.\-]*(?:\s+[A-Z&][\w&.\-]*)*['’]s?)\s+[^.?!,;]{{2,80}}?)\s+"
                     rf"(?:(?:also|still|only|sharply|steeply)\s+)?(?P<v>{_UP_PAST}|{_DOWN_PAST})\b")
_ASKS_WHY = re.compile(r"(?i)\bwhy\b|\bwhat\s+(?:drove|caused|explains)\b")


def why_premise(question: str) -> Premise | None:
    """The direction a why-question says its subject moved, or None (no why-question, no verb of movement). A
    question asking why after stating the move as a fact (``_STATED``: "..., yet the division's operating income fell
    12%. Which product line held it back, and why?") has that move as its premise: its last stated move before the
    words asking why."""
    m = _WHY.search(question)
    asks = None if m else _ASKS_WHY.search(question)
    if asks is not None:
        stated = [x for x in _STATED.finditer(question) if x.end() <= asks.start()]
        m = stated[-1] if stated else None
        if m is not None:
            subject = _subject(m.group("s"))
            if not subject or len(subject) > 6:
                return None
            up = bool(re.fullmatch(rf"(?i){_UP_PAST}", m.group("v")))
            return Premise(subject, "up" if up else "down")
    if not m:
        return None
    subject = _subject(m.group("s"))
    if not subject or len(subject) > 6:
        return None
    up = bool(re.fullmatch(rf"(?i){_UP_BASE}|{_UP_PAST}|higher", m.group("v")))
    negated = bool(m.group("neg") or m.group("neg_aux"))
    direction = ("not-" if negated else "") + ("up" if up else "down")
    return Premise(subject, direction)


_CLAUSE_SPLIT = re.compile(r"(?<=[.;])\s+|,\s+(?=(?:while|whereas|but|and|although|though)\b)|\s+but\s+")
_MOVE = re.compile(rf"(?i)\b(?P<up>{_UP_PAST})\b|\b(?P<down>{_DOWN_PAST})\b")
_QUARTER = re.compile(r"(?i)\bquarters?\b|\bQ[1-4]\b|\bthree\s+months\b|\b13\s+weeks\b")
_LONGER = re.compile(r"(?i)\b(?:six|nine|twelve)\s+months\b|\bfirst\s+half\b|\byear[- ]to[- ]date\b|\b(?:26|39|52)\s+weeks\b|"
                     r"\bfull[- ]year\b|\bfiscal\s+year\b|\bannual\b")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _other_period(question: str, clause: str) -> bool:
    """Whether a clause names a period other than the asked one."""
    if _QUARTER.search(question) and not _LONGER.search(question):
        if _LONGER.search(clause):
            return True
    elif _QUARTER.search(clause) and not _QUARTER.search(question):
        return True
    asked = set(_YEAR.findall(question))
    said = set(_YEAR.findall(clause))
    return bool(asked and said and not asked & said)


def contradicted(question: str, passage: str) -> str | None:
    """The clause of ``passage`` stating the opposite of the why-question's premise about its subject for the asked
    period, or None (no premise, no such clause, or a clause of the same subject and period bearing it out)."""
    p = why_premise(question)
    if p is None:
        return None
    against, agrees = None, False
    for clause in _CLAUSE_SPLIT.split(" ".join(passage.split())):
        m = _MOVE.search(clause)
        if not m:
            continue
        before = _words(clause[: m.start()])[-8:]
        if not all(w in before for w in p.subject) or _other_period(question, clause):
            continue
        up = m.group("up") is not None
        opposite = (not up) if p.direction in ("up", "not-down") else up
        if opposite:
            against = against or clause
        else:
            agrees = True
    return None if agrees else against


_QUOTED = re.compile(r"\u201c(.+?)\u201d\s*((?:\[\d+\])*)", re.S)
_LISTED = re.compile(r"^\s*\u2022\s+(.+?)\s*((?:\[\d+\])*)\s*$", re.M)


def against_premise(question: str, ans: Answer) -> Answer:
    """A quoted answer to a why-question whose quote states the opposite of the question's premise becomes the quote
    under a note saying so (mode "fallback"); any other answer is returned as it is."""
    if ans.refused or ans.mode not in ("extract", "calc", "facts") or why_premise(question) is None:
        return ans
    # the quotes, and the items of a quoted list ("• Total net revenue was up 1%, and reflected: [1]")
    for m in (*_QUOTED.finditer(ans.text), *_LISTED.finditer(ans.text)):
        clause = contradicted(question, m.group(1))
        if clause:
            marks = m.group(2) or ""
            note = (f"The filing does not bear out the question's premise: it says \u201c{clause.rstrip('.;, ')}\u201d"
                    f"{' ' + marks if marks else ''}. The passage is shown below; it does not answer the question as "
                    f"asked.\n\n")
            return replace(ans, text=note + ans.text, mode="fallback")
    return ans


# a premise sentence stating a measure's move: "Contoso's product revenue fell 31% in fiscal 2025.", "Its operating
# income swung from a loss to a profit in 2025."
_STATED_MOVE = re.compile(
    rf"^\s*(?P<s>[A-Z][^.?!]{{2,120}}?)\s+(?:(?:also|still|only|sharply|steeply)\s+)?(?P<v>{_UP_PAST}|{_DOWN_PAST}|swung|"
    r"jumped|surged|soared|plunged|slumped|slipped|tumbled)\b(?P<rest>[^?!]*?)[.!](?=\s+[A-Z])"
)
_PERIOD = re.compile(r"(?i)\b(?:in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:quarter|half)\s+of\s+)?"
                     r"(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b|\b(?:fiscal\s+|FY\s?)(?:19|20)\d\d\b")


def premise_why(question: str) -> str | None:
    """The why-question a premise sentence leaves open when a judgement of it is asked ("Contoso's product revenue fell
    31% in fiscal 2025. Is that a warning sign?" -> "Why did Contoso's product revenue fall in fiscal 2025?"): what
    the filer's own explanation of that move answers. None when the question opens with no premise stating a move."""
    m = _STATED_MOVE.match(" ".join(question.split()))
    if m is None or re.fullmatch(r"(?i)(?:it|its\s+\w+|they|their\s+\w+|this|that)", m.group("s").strip()):
        return None
    verb = m.group("v").lower()
    move = ("change" if verb == "swung" else
            "rise" if re.fullmatch(rf"(?i){_UP_PAST}|jumped|surged|soared", verb) else "fall")
    period = _PERIOD.search(m.group("rest")) or _PERIOD.search(m.group("s"))
    subject = m.group("s").strip()
    when = f" {period.group(0)}" if period and period.group(0) not in subject else ""
    why = f"Why did {subject} {move}{when}?"
    from .prose_causes import asked_effect  # pure text, like this module

    return why if asked_effect(why)[0] is not None else None  # "Contoso swung to a profit": no measure named

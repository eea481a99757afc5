"""Checks a GENERATED draft must pass, beyond every sentence being borne out by its sources: is it an answer to
the kind of question asked? A small model's draft often copies one source line that is true but answers
another question; the sentence checks cannot tell it from an answer. ``gate_reason`` names why a draft (its
kept, checked sentences) is no answer, or returns "" (each rule can fail; tests/test_gen_gate.py).

Rule (yes/no): a draft that opens with "Yes" or "No" answers only a yes/no question; its verdict needs what
follows it to add something the question does not already say (a draft that restates the question, "Yes,
Contoso's margin rose in 2024.", is no answer), and a "No" needs a negation or a figure in the cited evidence
(the evidence must state the no; a verdict the sources do not state is not shown).

Rule (superlative): "which X had the highest/largest/most ..." (or lowest/smallest/least/fewest) gets a
generated answer only if the draft's figure is the top (or bottom) one of the figures of the same kind
(percent or not) in its column among the cited source's rows and sentences; a draft naming no figure cannot be
checked and is declined.

Rule (total): a "total/combined/in all" question over several items is not answered by one item's figure: a
figure of the draft must sit, in a cited source, in a line or sentence that calls it a total (the evidence's
word, not the draft's).

Rule (kind): "which type/kind of X" is answered by a kind, not by an amount (a draft whose only words of its
own are a figure names no kind) nor by a cost, fee, charge or payment (the cost of issuing debt is no type of
debt; filers name the kind without the asked word, "senior notes", so the word itself is not required).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..query.intent import is_yes_no
from ..text.numbers import Num, claims
from ..text.sentences import content_words, sentence_spans
from ..types import SentenceCheck
from .scoring import asks_sum, states_total

__all__ = ["gate_reason"]

_OPENS_VERDICT = re.compile(r"^\W*(yes|no)\b", re.I)
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|neither|nor|none|without|cannot|did\s+not)\b|n['’]t\b")
_SUPERLATIVE = re.compile(
    r"(?i)\b(?:which|what)\b[^?]*?\b(?:the\s+)?(?P<w>highest|largest|biggest|greatest|most|top|lowest|smallest|least|"
    r"fewest|weakest|strongest)\b"
)
_LOW = {"lowest", "smallest", "least", "fewest", "weakest"}
_KIND = re.compile(r"(?i)\b(?:which|what)\s+(?:types?|kinds?|sorts?|forms?|categor(?:y|ies))\s+of\s+(?:[a-z-]+\s+){0,2}?"
                   r"(?P<head>[a-z-]{3,})\b(?!\s+of\b)")
_CITE = re.compile(r"\[\d+\]")


def _units(text: str) -> list[str]:
    """A source's lines and sentences (table rows are lines)."""
    out: list[str] = []
    for line in text.splitlines():
        for a, b in sentence_spans(line, split_lines=False) or [(0, len(line))]:
            if line[a:b].strip():
                out.append(line[a:b])
    return out


def _same(a: Num, b: Num) -> bool:
    return abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value)) or abs(a.printed - b.printed) < 1e-9


def _cited_texts(c: SentenceCheck, sources: Mapping[int, str]) -> list[str]:
    return [sources[n] for n in c.citations if n in sources]


def _yes_no(question: str, first: SentenceCheck, sources: Mapping[int, str]) -> str:
    m = _OPENS_VERDICT.match(first.text)
    if not m:
        return ""
    if not is_yes_no(question):
        return "a yes or no to a question that asks for something else"
    rest = _CITE.sub(" ", first.text[m.end():])
    asked = {n.value for n in claims(question)}
    new_figure = any(n.value not in asked for n in claims(rest))
    said = {w[:4] for w in content_words(question)}
    if not new_figure and not {w for w in content_words(rest) if w[:4] not in said}:
        return "restates the question"
    if m.group(1).lower() == "no" and not new_figure:
        if not any(_NEGATION.search(t) for t in _cited_texts(first, sources)):
            return "a no the cited evidence does not state"
    return ""


def _superlative(question: str, kept: Sequence[SentenceCheck], sources: Mapping[int, str]) -> str:
    m = _SUPERLATIVE.search(question)
    if not m:
        return ""
    low = m.group("w").lower() in _LOW
    figures = [(c, n) for c in kept for n in claims(_CITE.sub(" ", c.text))]
    if not figures:
        return "names no figure to rank"
    for c, n in figures:
        for text in _cited_texts(c, sources):
            units = [(u, claims(u)) for u in _units(text)]
            for u, nums in units:
                at = next((i for i, x in enumerate(nums) if _same(x, n)), None)
                if at is None:
                    continue
                # in a sentence, the other figures are other items' ("14%, while Harbor grew 9%"); in a table
                # row (figures with no words between them) they are other periods' columns
                peers = [x for x in nums if x is not nums[at] and x.unit == nums[at].unit
                         and re.search(r"[A-Za-z]{3}", u[min(x.end, nums[at].end):max(x.start, nums[at].start)])]
                peers += [ns[at] for v, ns in units if v is not u and len(ns) > at and ns[at].unit == nums[at].unit]
                if any((x.value < nums[at].value) if low else (x.value > nums[at].value) for x in peers):
                    return "another item's figure in the cited rows is " + ("lower" if low else "higher")
    return ""


def _total(question: str, kept: Sequence[SentenceCheck], sources: Mapping[int, str]) -> str:
    if not asks_sum(question):
        return ""
    for c in kept:
        for n in claims(_CITE.sub(" ", c.text)):
            for text in _cited_texts(c, sources):
                if any(states_total(u) and any(_same(x, n) for x in claims(u)) for u in _units(text)):
                    return ""
    return "one item's figure, not a total the evidence states"


def _kind(question: str, kept: Sequence[SentenceCheck], sources: Mapping[int, str]) -> str:
    m = _KIND.search(question)
    if not m or not kept:
        return ""
    first = kept[0]
    words = content_words(_CITE.sub(" ", first.text)) - content_words(question)
    words = {w for w in words if not re.fullmatch(r"[\d.,$%]+", w)}
    if not words:
        return "names an amount, not a kind"
    if words & _COSTS:
        return "names a cost or charge, not a kind of what was asked"
    return ""


_COSTS = {"cost", "costs", "expense", "expenses", "fee", "fees", "charge", "charges", "payment", "payments",
          "amortization", "amortisation"}


def gate_reason(question: str, checks: Sequence[SentenceCheck], sources: Mapping[int, str]) -> str:
    """Why a generated draft's kept sentences are no answer to ``question`` ("" when they may be shown).
    ``sources`` maps citation numbers to the cited source texts."""
    kept = [c for c in checks if c.supported]
    if not kept:
        return ""
    for rule in (lambda: _yes_no(question, kept[0], sources), lambda: _superlative(question, kept, sources),
                 lambda: _total(question, kept, sources), lambda: _kind(question, kept, sources)):
        reason = rule()
        if reason:
            return reason
    return ""

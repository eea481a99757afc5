"""A cause a reason names by reference, quantified in a sentence before it (issue 11).

Rule (tests on a fictional filer's MD&A in ``tests/test_referred_causes.py``): an MD&A paragraph explains its lines
one after another, and a later line's reason often names a cause the paragraph has already quantified: "Parts
revenues increased $8.1 million, or 6.2%, on the higher fleet count and ..." after "Service revenues increased ...,
due to a 4.4% increase in fleet count, ...". "the higher fleet count" states no figure of its own; the nearest
sentence before the reason in its paragraph (at most three back, no heading or blank line between) that states a
figure of that same thing moving the same way ("a 4.4% increase in fleet count") is shown after the reason, so the
answer says by how much the cause moved and where that is stated. Only a definite reference naming a way ("the
higher X", "the lower X", "the increased X") is followed; a cause stating its own figure ("a 5.0% increase in X"),
a sentence moving the thing the other way, or one naming it without a figure beside it adds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.numbers import claims
from ..text.sentences import is_heading, sentence_spans
from ..text.moves import (
    UP_REFERRED as _UP_REF,
    DOWN_REFERRED as _DOWN_REF,
    UP_NOUNS as _UP_NOUN,
    DOWN_NOUNS as _DOWN_NOUN,
    UP_PAST_SAID as _UP_VERB,
    DOWN_PAST_SAID as _DOWN_VERB,
)

__all__ = ["referred_causes", "quantified_before", "unshown"]

_REF = re.compile(
    r"(?i)\b(?:on|from|by|with|due\s+to|because\s+of|as\s+a\s+result\s+of|reflecting|driven\s+by|owing\s+to)\s+"
    rf"the\s+({'|'.join(_UP_REF + _DOWN_REF)})\s+"
    r"((?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*)(?=\s*(?:[,;.]|\band\b|\bas\b|\bin\b|\bat\b|\bwhich\b|$))")
# a figure tied to the thing's name: "a 5.1% increase in attendance", "attendance rose 5.1%", "attendance increased to
# 39.2 million from 37.3 million"
_NUM = r"(?:\$\s?)?\d[\d,]*(?:\.\d+)?\s*(?:%|percent\b|million\b|billion\b|thousand\b)?"
_QUALIFIERS = r"(?:(?:the|our|its|their|total|average|overall)\s+)*"


# Session 26 (#11): a cause opening a clause with its way and no article is a reference too, as MD&A writes it after
# the paragraph has stated the move: "In addition, lower volume spread the plants' fixed costs over fewer yards.",
# "..., and higher diesel prices raised delivery costs." Its thing is the one to three words after the way; where the
# clause's verb follows at once no word tells the noun's end, so each of those readings is tried (the quantifying
# sentence must still state a figure of that name moving that way, ``_states_move``).
_OPENING_REF = re.compile(
    r"(?i)(?:^|[;:]\s+|,\s+and\s+|\b(?:in\s+addition|also|moreover|additionally|further(?:more)?|finally),\s+)"
    rf"({'|'.join(_UP_REF + _DOWN_REF)})\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}})")
_NOT_THING = frozenset("than and or of to in on at for by with as the a an was were is are be been".split())


def referred_causes(text: str) -> list[tuple[str, str]]:
    """(way, thing) for each cause a sentence names by a definite reference with a way and no figure of its own:
    "..., on the higher attendance and a 5.0% increase in ..." -> [("up", "attendance")]; a clause opening with its
    way ("In addition, lower volume spread ...") gives each reading of one to three words: [("down", "volume"),
    ("down", "volume spread"), ...]."""
    out = []
    for m in _REF.finditer(text):
        thing = m.group(2).strip().lower()
        after = text[m.end() : m.end() + 25]
        if claims(after.split(",")[0].split(" and ")[0]):
            continue  # "the higher attendance of 39.2 million": the cause states its own figure
        out.append(("up" if m.group(1).lower() in _UP_REF else "down", thing))
    for m in _OPENING_REF.finditer(text):
        words = m.group(2).lower().split()
        after = text[m.end(1) : m.end(1) + 40]
        if claims(after.split(",")[0].split(" and ")[0]) or not words or words[0] in _NOT_THING:
            continue  # "higher than expected", "lower volume of 1.8 million yards": no reference
        way = "up" if m.group(1).lower() in _UP_REF else "down"
        for n in range(1, len(words) + 1):
            if words[n - 1] in _NOT_THING:
                break
            if (way, " ".join(words[:n])) not in out:
                out.append((way, " ".join(words[:n])))
    return out


def _stem(w: str) -> str:
    return w.lower()[:5]


def _states_move(text: str, thing: str, way: str) -> bool:
    """Does a sentence state a figure of ``thing`` moving ``way``, tied to its name ("a 5.1% increase in attendance",
    "attendance rose 5.1%", "the selling price per case fell 8.0%", "attendance increased to 39.2 million from 37.3
    million")? A figure of another line
    standing near the name ("Revenues rose 6.8%, due to growth in attendance") is not the thing's."""
    name = r"\b" + r"\s+".join(re.escape(_stem(w)) + r"[a-z-]*" for w in thing.split()) + r"\b"
    noun, verb = (_UP_NOUN, _UP_VERB) if way == "up" else (_DOWN_NOUN, _DOWN_VERB)
    tied = (rf"(?i)({_NUM})\s+{noun}\s+(?:in|of)\s+{_QUALIFIERS}{name}",
            rf"(?i){name}(?:\s+(?:per|for|of)\s+[a-z-]+)?\s+{verb}\s+(?:by\s+)?(?:to\s+)?(?:about\s+|approximately\s+|nearly\s+)?({_NUM})")
    for pat in tied:
        for m in re.finditer(pat, text):
            if any(not (1900 <= n.value <= 2100 and not n.unit) for n in claims(m.group(1))):
                return True
    return False


def quantified_before(page: str, start: int, text: str, most: int = 3,
                      shown: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:  # fmt: skip
    """The span of the nearest sentence before ``page[start:]`` (the reason, whose text is ``text``) in its paragraph
    that quantifies a cause the reason names by reference (``referred_causes``); None when it names none or no such
    sentence precedes it. Sentences already ``shown`` in the answer (the move and the reasons before this one) are
    read through without counting toward ``most``: the answer's own run is one step back (session 26)."""
    refs = referred_causes(text)
    if not refs:
        return None
    before = [sp for sp in sentence_spans(page, split_lines=False) if sp[1] <= start][::-1]
    spans, counted = [], 0
    for sp in before:
        spans.append(sp)
        if unshown(sp, shown):
            counted += 1
            if counted >= most:
                break
    end = start
    for sp in spans:
        between = page[sp[1] : end]
        if "\n\n" in between or "\n#" in between:
            break  # another paragraph
        said = " ".join(page[sp[0] : sp[1]].split())
        if not said or is_heading(said) or said.startswith("#"):
            break
        if any(_states_move(said, thing, way) for way, thing in refs):
            return sp
        end = sp[0]
    return None


def unshown(span: tuple[int, int], shown: Sequence[tuple[int, int]]) -> bool:
    """Is the span outside every span already shown?"""
    return all(span[1] <= a or span[0] >= b for a, b in shown)

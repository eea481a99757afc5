"""A word's plural folded: the one word normaliser the measure matchers share (moved here in session 30,
behaviour-preserving; ``answer/per_share_asks`` had its own copy).

``word_stem("Companies'")`` -> "company", ``word_stem("dividends")`` -> "dividend", ``word_stem("firm's")`` -> "firm",
``word_stem("class")`` -> "class". ``answer/measure_families._stem`` is its first six letters (so "operating" and
"operations" meet); ``answer/per_share_asks`` keeps it whole. ``word_folded`` is the same fold without the "-ies"
rule, the one four prose matchers had each copied (moved here in session 31, behaviour-preserving).
"""

from __future__ import annotations

__all__ = ["word_stem", "word_folded"]


def word_stem(word: str) -> str:
    """Lower case, without a possessive or quote marks, and a plural made singular ("-ies" -> "-y" past four letters,
    a final "s" past three letters unless "-ss")."""
    w = _bare(word)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    return _s_off(w)


def word_folded(word: str) -> str:
    """``word_stem`` without its "-ies" rule: lower case, without a possessive or quote marks, a final "s" off past
    three letters unless "-ss" ("companies" -> "companie"). The light fold the prose matchers cut to their first
    letters (``prose_causes``, ``prose_disclosure``, ``prose_topics``: five; ``prose_measures``: four)."""
    return _s_off(_bare(word))


def _bare(word: str) -> str:
    return word.lower().strip("'’-").removesuffix("'s").removesuffix("’s")


def _s_off(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w

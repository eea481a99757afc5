"""A word's plural folded: the one word normaliser the measure matchers share (moved here in session 30,
behaviour-preserving; ``answer/per_share_asks`` had its own copy).

``word_stem("Companies'")`` -> "company", ``word_stem("dividends")`` -> "dividend", ``word_stem("firm's")`` -> "firm",
``word_stem("class")`` -> "class". ``answer/measure_families._stem`` is its first six letters (so "operating" and
"operations" meet); ``answer/per_share_asks`` keeps it whole.
"""

from __future__ import annotations

__all__ = ["word_stem"]


def word_stem(word: str) -> str:
    """Lower case, without a possessive or quote marks, and a plural made singular ("-ies" -> "-y" past four letters,
    a final "s" past three letters unless "-ss")."""
    w = word.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w

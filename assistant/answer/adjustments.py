"""An adjustment the question asks for, checked against the computed answer (issue 10).

Rule: a question that adjusts a figure ("Adding the impairment charge back, what was the operating margin?",
"Excluding restructuring costs, ...", "Leaving the litigation settlement out of operating income, ...") asks for the
adjusted figure, never the reported one. A computed or looked-up answer that shows no sign of the adjustment (the
formula is not the question's own definition and names none of the adjusted item's words: "that line", "both" name
nothing) is the reported figure presented as the adjusted one, a confident wrong answer. It is taken back: mia says it
could not apply the adjustment, and cites the rows it found so the analyst can do the arithmetic.

Pure text; imports nothing of the package but ``types``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Answer, SentenceCheck, Verification

__all__ = ["adjustment_asked", "applied", "unapplied_adjustment"]

# the adjusted item, up to the clause's end: "adding <item> back", "add back <item>", "excluding <item>",
# "leaving <item> out", "exclude <item>", "before <item> charges" is left alone (it names a subtotal as often)
_CLAUSE = re.compile(
    r"(?i)\badd(?:ing|ed|s)?\s+back\s+(?P<a>[^,.;:?]{2,90})"
    r"|\badd(?:ing|ed|s)?\s+(?P<b>[^,.;:?]{1,90}?)\s+back\b"
    r"|\bexclud(?:ing|e|es)\s+(?P<c>[^,.;:?]{2,90})"
    r"|\bleav(?:ing|e)\s+(?P<d>[^,.;:?]{1,90}?)\s+out\b"
    r"|\bstripping\s+out\s+(?P<e>[^,.;:?]{2,90})")
# words that name no item of their own ("that line", "both of them", "those charges")
_EMPTY = frozenset("""the a an that this these those both all each it its them they their of to from in on and or
    line lines item items charge charges cost costs expense expenses credit credits gain gains loss losses amount
    amounts figure figures back out operating income profit margin margins company's company net total""".split())
_DEFINED = "(the definition stated in the question)"


def adjustment_asked(question: str) -> str | None:
    """The words of the first adjustment clause the question asks ("the inventory write-down"), else None."""
    m = _CLAUSE.search(question)
    if m is None:
        return None
    return next(g for g in m.groups() if g is not None).strip()


def _content(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z-]{2,}", words.lower()) if w not in _EMPTY}


def applied(item: str, answer_text: str) -> bool:
    """Does the answer show the adjustment: the question's own definition computed, or a word of the item in it?"""
    if _DEFINED in answer_text:
        return True
    content = _content(item)
    said = answer_text.lower()
    return bool(content) and any(re.search(rf"\b{re.escape(w)}", said) for w in content)


def unapplied_adjustment(question: str, ans: Answer) -> Answer:
    """``ans`` unchanged unless it is a computed or looked-up figure (mode calc / facts) for a question that asks an
    adjustment the answer does not show; then a refusal saying so, the answer's citations kept."""
    if ans.refused or ans.mode not in ("calc", "facts"):
        return ans
    item = adjustment_asked(question)
    if item is None or applied(item, ans.text):
        return ans
    text = (f"mia cannot compute this as the question asks: it could not apply the adjustment (\"{item}\") to the "
            f"figure, and the reported figure is not the adjusted one. The rows found are cited.")
    check = SentenceCheck(text=text, citations=(), supported=True, reason="refusal")
    return replace(ans, text=text, refused=True, mode="refused",
                   verification=Verification(supported=True, sentences=(check,)))

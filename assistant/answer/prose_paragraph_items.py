"""A list written as paragraphs after a lead-in, its markers lost (issue 11).

Articles set out reasons, risks or steps as paragraphs that each open with a short title sentence ("Better
products. Retailers have reformulated ...") or a label and a colon ("Slow approvals: rate filings took ..."), under
a lead-in ending with a colon ("Shoppers give the same handful of reasons:"). Rules:

- **A titled paragraph is an item** (``titled``): a paragraph opening with a title of at most seven words, no figure
  and no comma, closed by a full stop and followed by a sentence of its own, is one item of the list announced
  before it, as a labelled one ("Label: ...") is.
- **A list crosses its page's end** (``items_opening``): a lead-in ending with a colon that closes its page
  announces the item paragraphs (titled, labelled or bulleted) that open the next page, up to the first paragraph
  of another form (a heading, a sentence of prose); two or more are needed.
"""

from __future__ import annotations

import re

from ..text.sentences import is_heading

__all__ = ["items_opening", "labelled", "titled"]

# "Better products. Retailers have ...", "The rise of the discounters. Aldi and ...": a short title, its own sentence
_TITLED = re.compile(r"(?P<title>[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){0,6})\.\s+(?=[A-Z\"“])")
_LABELLED = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}:\s+\S")
_BULLET = re.compile(r"^\s*(?:[-*•▪–]\s+|\d{1,2}[.)]\s+|\([a-z0-9]\)\s+)")
# a title is a noun phrase: a finite verb makes the opening a sentence of the prose ("Prices rose.", "Demand fell.")
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|said|says|"
                     r"rose|fell|grew|rises|falls|grows|went|came|took|made|held|kept|saw|gave|paid|sold|spent|led|won|"
                     r"lost|built|[a-z]{3,}ed)\b")


def titled(paragraph: str) -> bool:
    """Does ``paragraph`` open with a short title sentence and go on with a sentence of its own ("Smaller packs at
    the same price. Shoppers noticed ...")?"""
    m = _TITLED.match(paragraph.strip())
    return bool(m) and not _FINITE.search(m.group("title")) and len(paragraph.strip()) > m.end() + 20


def labelled(paragraph: str) -> bool:
    """Does ``paragraph`` open with a short label and a colon ("Slow approvals: rate filings took ...")?"""
    return bool(_LABELLED.match(paragraph.strip()))


def items_opening(page: str, most: int = 12) -> list[str]:
    """The item paragraphs that open ``page`` (the page after a lead-in that closed its own page): titled, labelled
    or bulleted paragraphs of one form, whitespace collapsed; [] when fewer than two open it."""
    out: list[str] = []
    form = None
    for para in re.split(r"\n\s*\n", (page or "").strip()):
        flat = " ".join(para.split())
        if not flat or is_heading(flat) or len(out) >= most:
            break
        kind = "bullet" if _BULLET.match(flat) else "titled" if titled(flat) else "labelled" if labelled(flat) else None
        if kind is None or form is not None and kind != form:
            break
        form = kind
        out.append(_BULLET.sub("", flat) if kind == "bullet" else flat)
    return out if len(out) >= 2 else []

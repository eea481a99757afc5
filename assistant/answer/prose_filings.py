"""Filings: which filer an unnamed question is about, and what of a filing is never an answer.

Rules:

- **A name only one filer uses** (``filer_named_by``): "What caused the Industrial Controls segment's sales to
  fall?" names no company, but "Industrial Controls" is a segment only one filer's documents (among the
  retrieved passages) name: the question is about that filer, and its filings may answer it. When the names
  are found in two filers' passages, or in none, nothing is decided (the question stays unanswered from
  filings, as before).
- **The cover page is no answer** (``is_cover_text``): the registrant line ("(Exact name of registrant as
  specified in its charter)"), the commission file number, the check-mark boxes, the title line ("Annual Report on
  Form 10-K for the fiscal year ended ...") and the like state who files, never what the question asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..text.names import named_entities

__all__ = ["filer_named_by", "is_cover_text"]

_COVER = re.compile(
    r"(?i)exact\s+name\s+of\s+(?:the\s+)?registrant|commission\s+file\s+(?:number|no)|state\s+or\s+other\s+jurisdiction|"
    r"i\.?\s?r\.?\s?s\.?\s+employer\s+identification|indicate\s+by\s+check\s+mark|securities\s+registered\s+pursuant|"
    r"registrant['’]s\s+telephone\s+number|address\s+of\s+principal\s+executive\s+offices|large\s+accelerated\s+filer|"
    r"aggregate\s+market\s+value\s+of\s+the\s+(?:voting|common)|for\s+the\s+transition\s+period\s+from|"
    r"(?:annual|quarterly)\s+report\s+pursuant\s+to\s+section\s+1[35]|"
    r"(?:annual|quarterly)\s+report\s+on\s+form\s+10-?[kq]|\bform\s+10-?[kq]\s+for\s+the\s+(?:fiscal\s+)?(?:year|quarter)"
)
_NOT_A_NAME = frozenset("""segment segments item note company filer form sec gaap us u.s. usa""".split())


def is_cover_text(text: str) -> bool:
    """Is a sentence or line from a filing's cover page (registrant line, file number, check boxes)?"""
    return bool(_COVER.search(text))


def filer_named_by(question: str, hits: Sequence[Any], docs: Iterable[Any],
                   is_filing: Any = lambda d: bool(getattr(d, "company", None))) -> set[str] | None:  # fmt: skip
    """The doc_ids of the one filer whose retrieved passages (``hits``) name every name the question uses, when
    the question names no company; None when it names nothing, or not exactly one filer's passages name it."""
    names = {n for n in named_entities(question) if n not in _NOT_A_NAME and len(n) > 2}
    if not names:
        return None
    by_id = {d.doc_id: d for d in docs}
    texts: dict[str, list[str]] = {}
    for h in hits:
        d = by_id.get(h.chunk.doc_id)
        if d is not None and is_filing(d):
            texts.setdefault(d.company, []).append(h.chunk.text.lower())
    found = [company for company, parts in texts.items()
             if all(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", " ".join(parts)) for n in names)]  # fmt: skip
    if len(found) != 1:
        return None
    return {d.doc_id for d in by_id.values() if getattr(d, "company", None) == found[0] and is_filing(d)}

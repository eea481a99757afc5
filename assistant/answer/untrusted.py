"""Untrusted text in the evidence: passages written for an AI instead of a reader (``text/planted.py``).

They never support a shown figure: the passages the model reads have them cut out (``context.assemble_sources``),
and the facts path sees the index through ``TrustedFacts``, which leaves out every fact quoted from such a
passage. When either happened, the answer says so in a closing note (``with_untrusted_note``).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..text.planted import Planted, find_planted
from ..types import Answer, Fact, SentenceCheck

NOTE_REASON = "note: untrusted text not used"

_pages: "weakref.WeakKeyDictionary[Any, dict[tuple[str, int], list[Planted]]]" = weakref.WeakKeyDictionary()
_pages_lock = threading.Lock()


def planted_on_page(index: Any, doc_id: str, page: int) -> list[Planted]:
    """The planted passages of one page of an index (memoised per index: a generation never changes)."""
    try:
        with _pages_lock:
            known = _pages.setdefault(index, {})
    except TypeError:  # cannot be weakly referenced: no memo
        known = {}
    key = (doc_id, int(page))
    if key not in known:
        page_text = getattr(index, "page_text", None)
        text = page_text(doc_id, page) if page_text else None
        known[key] = find_planted(text) if text else []
    return known[key]


def _squash(text: str) -> str:
    return " ".join(text.split())


def is_planted_fact(index: Any, fact: Fact) -> bool:
    """Whether ``fact`` is quoted from a planted passage of its page: its quote lies inside one, or (found
    verbatim on the page) overlaps one; a sentence read from a heading line down into the planted text is
    planted text too."""
    found = planted_on_page(index, fact.doc_id, fact.page)
    if not found or not fact.quote:
        return False
    text = index.page_text(fact.doc_id, fact.page) or ""
    quote = _squash(fact.quote)
    if any(quote in _squash(text[p.start : p.end]) for p in found):
        return True
    at = text.find(fact.quote)
    while at >= 0:
        end = at + len(fact.quote)
        if any(p.start < end and at < p.end for p in found):
            return True
        at = text.find(fact.quote, at + 1)
    return False


class TrustedFacts:
    """An index as the facts path should see it: ``facts()`` without facts quoted from planted passages.

    Everything else is the wrapped index's. The facts left out while answering one question are collected
    per thread (``begin`` / ``dropped``) so the answer can say so."""

    def __init__(self, index: Any) -> None:
        self._index = index
        self._local = threading.local()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._index, name)

    def begin(self) -> None:
        self._local.dropped = {}

    def dropped(self) -> list[Fact]:
        return list(getattr(self._local, "dropped", {}).values())

    def facts(self, *args: Any, **kwargs: Any) -> list[Fact]:
        out = []
        sink = getattr(self._local, "dropped", None)
        for f in self._index.facts(*args, **kwargs):
            if is_planted_fact(self._index, f):
                if sink is not None:
                    sink.setdefault((f.doc_id, f.page, f.quote), f)
            else:
                out.append(f)
        return out


def untrusted_note(places: Iterable[tuple[str, int]]) -> str:
    """One sentence naming where untrusted text was left out: ``places`` are (doc, page)."""
    by_doc: dict[str, list[int]] = {}
    for doc, page in places:
        pages = by_doc.setdefault(doc, [])
        if page not in pages:
            pages.append(page)
    if not by_doc:
        return ""
    where = "; ".join(f"{doc} p. {', '.join(str(p) for p in sorted(pages))}" for doc, pages in sorted(by_doc.items()))
    return (f"Note: {where} holds text addressed to an AI assistant (instructions or a made-up exchange); "
            "it was treated as untrusted and not used.")


def with_untrusted_note(ans: Answer, places: Sequence[tuple[str, int]]) -> Answer:
    """``ans`` with the note about untrusted text appended (shown text and checks), when there is any."""
    note = untrusted_note(places)
    if not note:
        return ans
    check = SentenceCheck(text=note, citations=(), supported=True, reason=NOTE_REASON)
    v = ans.verification
    return replace(ans, text=f"{ans.text}\n{note}" if ans.text else note,
                   verification=replace(v, sentences=(*v.sentences, check)))

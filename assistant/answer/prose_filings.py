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
- **Except the securities it registers** (``asks_registered``, ``registered_securities``): "Which debt securities
  does Contoso have registered under Section 12(b)?", "On which exchange are its notes listed?", "What is its
  trading symbol?" are answered by the cover's table of securities registered pursuant to Section 12(b), each line
  as printed (title of class, trading symbol, exchange); debt securities asked, only the lines whose title is a note,
  debenture or bond; common stock asked, only the stock's lines. Nothing else of the cover answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..text.names import named_entities

__all__ = ["asks_registered", "filer_named_by", "is_cover_text", "registered_securities"]

_COVER = re.compile(
    r"(?i)exact\s+name\s+of\s+(?:the\s+)?registrant|commission\s+file\s+(?:number|no)|state\s+or\s+other\s+jurisdiction|"
    r"i\.?\s?r\.?\s?s\.?\s+employer\s+identification|indicate\s+by\s+check\s+mark|securities\s+registered\s+pursuant|"
    r"registrant['’]s\s+telephone\s+number|address\s+of\s+principal\s+executive\s+offices|large\s+accelerated\s+filer|"
    r"aggregate\s+market\s+value\s+of\s+the\s+(?:voting|common)|for\s+the\s+transition\s+period\s+from|"
    r"(?:annual|quarterly)\s+report\s+pursuant\s+to\s+section\s+1[35]|"
    r"(?:annual|quarterly)\s+report\s+on\s+form\s+10-?[kq]|\bform\s+10-?[kq]\s+for\s+the\s+(?:fiscal\s+)?(?:year|quarter)"
)
_NOT_A_NAME = frozenset("""segment segments item note company filer form sec gaap us u.s. usa""".split())


# a filing's designation line on its own: "Exhibit 99.1", "EX-99.2", "Item 2.02", "Annex A" (read as a row, "Exhibit:
# 99.1", its number looked like a figure of the release's title)
_DESIGNATION = re.compile(r"(?i)^\W*(?:exhibit|ex\.?-?|item|annex|appendix)\s*[:.-]?\s*(?:\d+(?:\.\d+)*[a-z]?|[a-z])\W*$")


def is_cover_text(text: str) -> bool:
    """Is a sentence or line from a filing's cover page (registrant line, file number, check boxes), or a designation
    line of the filing's own ("Exhibit 99.1", "Item 2.02")? General rule (session 33, #10): such a line says what the
    document is, never what the question asks; its number is no count or amount of anything."""
    return bool(_COVER.search(text) or _DESIGNATION.match(text))


_ASKS_REGISTERED = re.compile(
    r"(?i)\bsection\s+12\s*\(b\)|\bregistered\s+(?:to\s+trade|for\s+trading|on\s+(?:a|an|the|which)|under|pursuant|with\s+the\s+sec)|"
    r"\b(?:securities|notes|debt|bonds|debentures|shares|stock)\b[^?]{0,40}\b(?:listed|registered|traded)\s+on\b|"
    r"\btrading\s+symbols?\b|\bticker\b|\bwhich\s+(?:stock\s+)?exchanges?\b|\bname\s+of\s+(?:each\s+)?exchange\b")
_DEBT_ASKED = re.compile(r"(?i)\b(?:debt|notes?|bonds?|debentures?|fixed[- ]income)\b")
_STOCK_ASKED = re.compile(r"(?i)\b(?:common\s+stock|common\s+shares|ordinary\s+shares|equity\s+securities|its\s+shares|"
                          r"its\s+stock)\b")
_REGISTERED_START = re.compile(r"(?i)securities\s+registered\s+pursuant\s+to\s+section\s+12\s*\(b\)[^\n]*")
_REGISTERED_END = re.compile(r"(?i)securities\s+registered\s+pursuant\s+to\s+section\s+12\s*\(g\)|indicate\s+by\s+check|"
                             r"^\s*(?:note|\*)\s*[:.]", re.M)
_HEAD_LINE = re.compile(r"(?i)title\s+of\s+(?:each\s+)?class|name\s+of\s+(?:each\s+)?exchange|trading\s+symbol")
_DEBT_LINE = re.compile(r"(?i)\b(?:notes?|debentures?|bonds?)\b|\bdue\s+(?:19|20)\d\d\b")
_SECURITY = re.compile(r"(?i)\b(?:stock|shares?|notes?|debentures?|bonds?|units?|warrants?|depositary|rights|due)\b")
_STOCK_MARKET = re.compile(r"(?i)\bstock\s+(?:exchange|market)\b")
_EXCHANGE = re.compile(r"(?i)\b(?:stock\s+exchange|nasdaq|nyse|exchange,?\s+(?:inc|llc)|euronext|market\s+llc)\b")


def asks_registered(question: str) -> bool:
    """Does the question ask what securities a filer has registered, where they trade or under which symbol
    ("Which debt securities does Contoso have registered under Section 12(b) of the Exchange Act?")?"""
    return bool(_ASKS_REGISTERED.search(question))


def registered_securities(page: str, question: str = "") -> tuple[int, int, list[tuple[int, int]]] | None:
    """The cover's Section 12(b) table on ``page``: (start, end) of its lead line and the (start, end) of each line
    listing a security (its title of class, symbol and exchange as printed), only debt lines when the question asks
    debt securities ("notes", "bonds") and only the others when it asks common stock. None when the page has no such
    table or no line of the asked kind."""
    m = _REGISTERED_START.search(page)
    if m is None:
        return None
    end = _REGISTERED_END.search(page, m.end())
    stop = end.start() if end else min(len(page), m.end() + 2000)
    lines, pos = [], m.end()
    for line in page[m.end() : stop].split("\n"):
        a = pos
        pos += len(line) + 1
        flat = " ".join(line.split())
        if not flat or _HEAD_LINE.search(flat) or flat.lower().startswith("none"):
            continue
        if not (_EXCHANGE.search(flat) or _DEBT_LINE.search(flat)):
            continue  # a line stating no exchange and no security (a wrapped heading) is no security
        lines.append((a + len(line) - len(line.lstrip()), a + len(line.rstrip())))
    if _DEBT_ASKED.search(question):
        lines = [(a, b) for a, b in lines if _DEBT_LINE.search(page[a:b])]
    elif _STOCK_ASKED.search(question) or re.search(r"(?i)\btrading\s+symbol|\bticker", question):
        lines = [(a, b) for a, b in lines if not _DEBT_LINE.search(page[a:b])]
    if any(not _SECURITY.search(_STOCK_MARKET.sub(" ", page[a:b])) for a, b in lines):
        return None  # a line naming only an exchange: the cover's columns were read apart, its lines do not pair up
    return (m.start(), m.end(), lines) if lines else None


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

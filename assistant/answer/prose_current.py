"""What a current report (Form 8-K) is about: the opening sentence of each item it reports.

Rule: "What is Contoso's current report of March 3, 2025 about?", "What is the purpose of this 8-K?", "What
did Northwind's current report announce?" is answered, from a current report (a document of type 8-K), by the
first full sentence of the body under each "Item N.NN <title>" heading it reports, each quoted under its item:
that sentence is what the filer states the report is for ("On June 30, 2025, Contoso Finance, Inc. entered into
a supplemental indenture ..."). "Item 9.01 Financial Statements and Exhibits" lists the exhibits and is no
agenda. The sentence runs to its real end: list markers ("(a) 3.625% Notes ...") and abbreviations ("Inc.",
"N.A.") do not end it. Nothing is answered from an annual or quarterly report by this rule.
"""

from __future__ import annotations

import re

__all__ = ["asks_filing_subject", "is_current_report", "item_openings", "MAX_ITEMS"]

MAX_ITEMS = 3  # items quoted at most
MAX_CHARS = 2500  # an opening sentence longer than this is cut at this many characters

_SUBJECT_Q = re.compile(
    r"(?i)\b(?:key\s+|main\s+|principal\s+|primary\s+)?(?:agenda|purpose|subject|topic)\s+of\b|"
    r"\bwhat\s+(?:is|was)\s+(?:the\s+)?(?:[\w'’&.,-]+\s+){0,6}?(?:8-?k|current\s+report|filing)\b[^?]*\babout\b|"
    r"\bwhat\s+(?:did|does)\s+(?:[\w'’&.,-]+\s+){0,6}?(?:8-?k|current\s+report|filing)\b[^?]*\b(?:announce|report|disclose|"
    r"cover|concern)\w*\b|\bwhy\s+(?:was|did)\s+(?:[\w'’&.,-]+\s+){0,6}?(?:8-?k|current\s+report)\s+(?:filed|file)\b"
)
_NAMES_FILING = re.compile(r"(?i)\b8-?k\b|\bcurrent\s+report\b|\bfiling\b")


def asks_filing_subject(question: str) -> bool:
    """Does the question ask what a current report (8-K) is about ("key agenda", "purpose", "what did it
    announce")? It must name the filing ("8-K", "current report", "filing")."""
    return bool(_SUBJECT_Q.search(question) and _NAMES_FILING.search(question))


def is_current_report(meta: object) -> bool:
    doc_type = (getattr(meta, "doc_type", "") or "").upper().replace(" ", "")
    return doc_type in ("8-K", "8K")


_ITEM = re.compile(r"(?m)^[ \t]*Item[ \t]+(\d{1,2}\.\d{2})\.?[ \t]+([^\n]{3,200}?)\.?[ \t]*$")
_ABBREVIATION = re.compile(r"(?i)(?:\b(?:inc|co|corp|ltd|no|nos|llc|plc|jr|sr|mr|mrs|ms|dr|st|vs|v|etc|approx)|"
                           r"\b(?:[a-z]\.){1,3}[a-z]|(?<![\w.])[A-Z])\.$")
_END = re.compile(r"[.!?][”\"’)]*(?=\s+[A-Z“\"(]|\s*$)")


def item_openings(page: str) -> list[tuple[str, int, int]]:
    """Per item heading of a current report's page (but Item 9.01): its heading ("Item 8.01 Other Events") and
    the page offsets of the first full sentence of its body."""
    out: list[tuple[str, int, int]] = []
    for m in _ITEM.finditer(page):
        if m.group(1) == "9.01":
            continue
        start, title = m.end(), " ".join(m.group(2).split())
        wrapped = re.match(r"[ \t]*\n[ \t]*([^\n]{3,120}?)\.[ \t]*(?=\n)", page[start:])
        if not page[m.start() : m.end()].rstrip().endswith(".") and wrapped and len(wrapped.group(1).split()) <= 10:
            start, title = start + wrapped.end(), f"{title} {wrapped.group(1).strip()}"  # a title wrapped onto a second line
        while start < len(page) and page[start].isspace():
            start += 1
        if _ITEM.match(page, start) or start >= len(page):
            continue  # a heading with no body of its own
        end = None
        for e in _END.finditer(page, start):
            if _ABBREVIATION.search(page[max(start, e.start() - 8) : e.start() + 1]):
                continue
            end = e.end()
            break
        if end is None:
            continue
        end = min(end, start + MAX_CHARS)
        if len(re.findall(r"[A-Za-z]{2,}", page[start:end])) < 6:
            continue
        out.append((f"Item {m.group(1)} {title}", start, end))
    return out[:MAX_ITEMS]

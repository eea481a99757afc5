"""The context an answer is written from: hits -> numbered ``Source`` passages (neighbouring chunks merged,
report text neutralised so it cannot pose as instructions or markers), and the citation that quotes one."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..text.numbers import scale_markers
from ..text.planted import strip_planted
from ..text.sentences import sentence_spans
from ..types import Citation, Hit
from .quotes import best_spans, find_span, quotable

_MARKER_IN_SOURCE = re.compile(r"\[(\s*\d+(?:\s*[,;–-]\s*\d+)*\s*)\]")



_ROLE_LINE = re.compile(r"(?im)^(\s*)(question|answer|sources?|system|assistant|user|instructions?)\s*:")



_INSTRUCTION_LIKE = re.compile(
    r"(?i)\b(?:ignore|disregard|forget|override)\b[^.\n]{0,60}?\b(?:instructions?|prompts?|rules|directions|"
    r"everything|above|previous|prior)\b"
    r"|\byou\s+(?:are|must|should|will)\s+now\b|\bnew\s+instructions?\b|\bsystem\s+prompt\b"
    r"|\b(?:respond|reply|answer)\s+(?:only\s+)?with\b|\bsay\s+(?:that|only|exactly)\b|\bas\s+an\s+ai\b"
)



REMOVED = "(instruction-like text removed)"
PLANTED_REMOVED = "(text addressed to an AI assistant removed: untrusted)"



def neutralise(text: str) -> str:
    """Report text as inert data: no fake [n] markers, no prompt delimiters, no instruction-like sentences."""
    text = _MARKER_IN_SOURCE.sub(r"(\1)", text)
    text = text.replace('"""', '"')
    text = _ROLE_LINE.sub(r"\1\2 -", text)
    if not _INSTRUCTION_LIKE.search(text):
        return text
    out, pos = [], 0
    for a, b in sentence_spans(text):
        if _INSTRUCTION_LIKE.search(text[a:b]):
            out.append(text[pos:a])
            out.append(REMOVED)
            pos = b
    out.append(text[pos:])
    return "".join(out)



@dataclass
class Source:
    """One numbered passage placed in the prompt: one or more neighbouring chunks of one document."""

    n: int
    hits: list[Hit]
    raw: str  # the chunks' text, overlaps removed
    text: str = ""  # what the model sees (neutralised)
    scales: set[float] = field(default_factory=set)
    about: str = ""  # what the document is (name, company, title): where a passage's subject is often named
    planted: int = 0  # passages written for an AI (``text/planted.py``) cut out of ``raw``: untrusted

    @property
    def chunk(self):
        return self.hits[0].chunk

    @property
    def doc(self) -> str:
        return self.chunk.doc

    @property
    def page(self) -> int:
        return min(h.chunk.page for h in self.hits)

    @property
    def page_end(self) -> int:
        return max(h.chunk.page_end for h in self.hits)

    @property
    def score(self) -> float:
        return max(h.score for h in self.hits)

    def header(self) -> str:
        pages = f"page {self.page}" if self.page == self.page_end else f"pages {self.page}-{self.page_end}"
        return f"[{self.n}] {self.doc}, {pages}"



def _join_overlapping(a: str, b: str) -> str:
    """``a`` then ``b`` without the text they share (chunks overlap by a few dozen tokens)."""
    if b in a:
        return a
    for k in range(min(len(a), len(b), 2000), 0, -1):
        if a.endswith(b[:k]):
            return a + b[k:]
    return a.rstrip() + "\n" + b.lstrip()



def group_hits(hits: Sequence[Hit]) -> list[list[Hit]]:
    """Hits grouped into runs of neighbouring chunks of the same document, in order of their best hit."""
    groups: list[list[Hit]] = []
    for hit in hits:
        c = hit.chunk
        for g in groups:
            if g[0].chunk.doc_id == c.doc_id and any(abs(h.chunk.ordinal - c.ordinal) <= 1 for h in g):
                g.append(hit)
                break
        else:
            groups.append([hit])
    # a later hit can bridge two earlier groups (ordinals 3 and 5, then 4): merge until stable
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                gi, gj = groups[i], groups[j]
                if gi[0].chunk.doc_id == gj[0].chunk.doc_id and any(
                    abs(x.chunk.ordinal - y.chunk.ordinal) <= 1 for x in gi for y in gj
                ):
                    gi.extend(gj)
                    del groups[j]
                    merged = True
                    break
            if merged:
                break
    return groups



def assemble_sources(
    hits: Sequence[Hit],
    *,
    budget_tokens: int,
    count_tokens: Callable[[str], int],
    page_text: Callable[[str, int], str | None] | None = None,
) -> list[Source]:
    """Numbered sources [1..n] from the hits, within ``budget_tokens`` (header and fences included)."""
    sources: list[Source] = []
    used = 0
    for group in group_hits(hits):
        ordered = sorted({h.chunk.chunk_id: h for h in group}.values(), key=lambda h: h.chunk.ordinal)
        raw = ordered[0].chunk.text
        for h in ordered[1:]:
            raw = _join_overlapping(raw, h.chunk.text)
        clean, found = strip_planted(raw.strip(), PLANTED_REMOVED)  # never read, quoted or checked against
        src = Source(n=len(sources) + 1, hits=ordered, raw=clean, planted=len(found))
        src.text = neutralise(src.raw)
        cost = count_tokens(src.header() + "\n" + src.text) + 8
        if used + cost > budget_tokens:
            room = budget_tokens - used - count_tokens(src.header()) - 8
            if room < 48:
                break
            src.raw = _truncate(src.raw, room, count_tokens)
            src.text = neutralise(src.raw)
            cost = count_tokens(src.header() + "\n" + src.text) + 8
        src.scales = scale_markers(src.raw)
        if page_text is not None:
            for p in range(src.page, src.page_end + 1):
                src.scales |= scale_markers(page_text(src.chunk.doc_id, p) or "")
        sources.append(src)
        used += cost
        if used >= budget_tokens:
            break
    return sources



def _truncate(text: str, tokens: int, count_tokens: Callable[[str], int]) -> str:
    """The longest prefix of whole lines/sentences that fits in ``tokens``."""
    spans = sentence_spans(text)
    best = ""
    for _, b in spans:
        piece = text[:b]
        if count_tokens(piece) > tokens:
            break
        best = piece
    return best or text[: max(0, tokens * 3)]



def quote_for(sentence: str, src: Source, page_text: Callable[[str, int], str | None] | None) -> tuple[str, int]:
    """The exact sentence/row of the page that supports ``sentence``, and its page number."""
    span = find_span(sentence, src.raw, scales=src.scales) or (best_spans(sentence, src.raw, 1) or [None])[0]
    quote = src.raw[span[0] : span[1]] if span else first_line(src.raw)
    return quote, page_of(quote, src, page_text)



def page_of(quote: str, src: Source, page_text: Callable[[str, int], str | None] | None) -> int:
    """The page of ``src`` whose text holds ``quote`` (its first page when unknown)."""
    if page_text is not None:
        for p in range(src.page, src.page_end + 1):
            if quote in (page_text(src.chunk.doc_id, p) or ""):
                return p
    return src.page



def first_line(text: str) -> str:
    """The first quotable sentence/row of ``text`` (its first line when none is)."""
    spans = sentence_spans(text, split_lines=False)
    good = [sp for sp in spans if quotable(text[sp[0] : sp[1]])]
    a, b = (good or spans or [(0, min(len(text), 200))])[0]
    return text[a:b]



def citation_for(n: int, src: Source, quote: str, page: int) -> Citation:
    c = src.chunk
    return Citation(
        n=n, doc=c.doc, source=c.source, page=page, quote=quote, score=src.score,
        page_end=src.page_end if src.page_end != page else None, chunk_id=c.chunk_id,
    )  # fmt: skip



def about(doc: str, meta: Any = None, aliases: Sequence[str] = ()) -> str:
    """What a document is, for verification: "3M_2018_10K, 3M, 2018 Form 10-K" (name, company, title), plus
    the other names its company goes by in the index ("Adobe" for a filing whose cover says "Adobe Systems")."""
    extra = [str(x) for x in (getattr(meta, "company", None), getattr(meta, "title", None)) if x]
    extra += [a for a in aliases if a not in extra]
    return ", ".join([doc, *extra])



def source_about(src: Source, meta: Any = None, aliases: Sequence[str] = ()) -> str:
    return about(src.doc, meta or src.hits[0].meta, aliases)

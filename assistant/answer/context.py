"""The context an answer is written from: hits -> numbered ``Source`` passages (neighbouring chunks merged,
report text neutralised so it cannot pose as instructions or markers), and the citation that quotes one."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..text.numbers import scale_markers
from ..text.planted import strip_planted
from ..text.sentences import sentence_spans, trim_span
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
    focus: str | None = None,
) -> list[Source]:
    """Numbered sources [1..n] from the hits, within ``budget_tokens`` (header and fences included).
    ``focus`` (a question): the passages are cut down to their lines that best match it first (``focused``), so
    that the budget holds the relevant lines of more passages and the prompt stays short (issue 15: the model
    reads every prompt token before its first word)."""
    passages: list[tuple[list[Hit], str, int]] = []
    for group in group_hits(hits):
        ordered = sorted({h.chunk.chunk_id: h for h in group}.values(), key=lambda h: h.chunk.ordinal)
        raw = ordered[0].chunk.text
        for h in ordered[1:]:
            raw = _join_overlapping(raw, h.chunk.text)
        clean, found = strip_planted(raw.strip(), PLANTED_REMOVED)  # never read, quoted or checked against
        passages.append((ordered, clean, len(found)))
    if focus is not None:
        passages = _focus(passages, focus, budget_tokens, count_tokens)
    sources: list[Source] = []
    used = 0
    for ordered, clean, planted in passages:
        src = Source(n=len(sources) + 1, hits=ordered, raw=clean, planted=planted)
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



_COLUMN_HEADS = re.compile(r"(?i)\b(?:19|20)\d\d\b.*\b(?:19|20)\d\d\b|\bin (?:thousands|millions|billions)\b")
Span = tuple[int, int]


@dataclass
class _Plan:
    """What ``_focus`` keeps of one passage."""

    text: str
    header: int  # tokens its header and fences cost once anything of it is kept
    matching: list[list[Span]]  # its lines that match the question, best first (a row with its column heads)
    other: list[list[Span]]  # the rest of its sentences and rows, in its order
    picked: list[Span] = field(default_factory=list)
    cost: int = 0


def _focus(passages: list[tuple[list[Hit], str, int]], question: str, budget: int,
           count_tokens: Callable[[str], int]) -> list[tuple[list[Hit], str, int]]:
    """The passages cut down to their lines within ``budget`` tokens: first the lines of every passage that match
    the question (best first, passages in rank order), then, while tokens are left, their other lines in their
    order; one passage takes at most a third of the budget (at least 96 tokens), so that three or more are
    heard. A passage with nothing kept is left out. The lines come back in the passage's order, one a line,
    each the passage's own text (quotes and checks against it stay exact)."""
    share = max(96, budget // 3)
    plans = []
    for ordered, text, _ in passages:
        header = count_tokens(Source(n=len(plans) + 1, hits=ordered, raw="").header()) + 8 if ordered else 0
        matching = _matching_lines(text, question)
        taken = [sp for lines in matching for sp in lines]
        other = [_with_heads(text, sp) for sp in sentence_spans(text, split_lines=False)
                 if quotable(text[sp[0]:sp[1]]) and not any(_overlap(sp, t) for t in taken)]
        plans.append(_Plan(text, header, matching, other))
    used = 0
    for fill in (False, True):
        for plan in plans:
            for lines in (plan.other if fill else plan.matching):
                new = [sp for sp in lines if not any(_overlap(sp, q) for q in plan.picked)]
                if lines[-1] not in new:
                    continue  # said already (the line itself, not only its column heads)
                cost = sum(count_tokens(plan.text[a:b]) + 1 for a, b in new) + (0 if plan.picked else plan.header)
                if plan.cost + cost > share or used + cost > budget:
                    continue  # a shorter line further on may still fit
                plan.picked += new
                plan.cost += cost
                used += cost
    return [(ordered, "\n".join(plan.text[a:b] for a, b in sorted(plan.picked)), planted)
            for (ordered, _, planted), plan in zip(passages, plans) if plan.picked]


def focused(text: str, question: str, tokens: int, count_tokens: Callable[[str], int]) -> str:
    """One passage cut down as ``assemble_sources(focus=question)`` cuts it, within ``tokens`` (its header
    aside): the sentences and table rows that best match ``question`` (``quotes.best_spans``: its content words,
    its years, a figure when it asks for one), best first while they fit, then its other lines in its order; in
    the text's order, one a line. A table row brings the nearest line above it that heads its columns (two
    years, or "in millions"), without which its figures have no period or unit."""
    out = _focus([([], text, 0)], question, tokens, count_tokens)
    return out[0][1] if out else ""


def _matching_lines(text: str, question: str) -> list[list[Span]]:
    return [_with_heads(text, sp) for sp in best_spans(question, text, n=64)]


def _with_heads(text: str, span: Span) -> list[Span]:
    """``span``, after the line that heads its columns when it is a table row (no sentence end)."""
    a, b = span
    if "\n" not in text[a:b] and not re.search(r"[.!?][\"')]*$", text[a:b]):
        head = _column_heads(text, a)
        if head is not None and not _overlap(head, span):
            return [head, span]
    return [span]


def _overlap(x: Span, y: Span) -> bool:
    return x[0] < y[1] and y[0] < x[1]


def _column_heads(text: str, at: int) -> Span | None:
    """The nearest of the 12 lines before offset ``at`` that heads a table's columns (two years, or a unit)."""
    for m in reversed(list(re.finditer(r"[^\n]+", text[:at]))[-12:]):
        if _COLUMN_HEADS.search(m.group(0)):
            return trim_span(text, m.start(), m.end())
    return None


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
    the other names its company goes by in the index ("Fabrikam" for a filing whose cover says "Fabrikam Systems")."""
    extra = [str(x) for x in (getattr(meta, "company", None), getattr(meta, "title", None)) if x]
    extra += [a for a in aliases if a not in extra]
    return ", ".join([doc, *extra])



def source_about(src: Source, meta: Any = None, aliases: Sequence[str] = ()) -> str:
    return about(src.doc, meta or src.hits[0].meta, aliases)

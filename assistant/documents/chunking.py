"""Pages -> token-bounded chunks.

The text of each page is cut into *atoms*: sentence pieces of one line (and, for lines longer than a chunk,
words, and for words longer than a chunk, runs of characters). Atoms are counted with the embedder's
tokenizer in one batched call per level, and chunks are packed greedily from them. When a chunk is full it
ends at the strongest boundary in its second half (for a heading: its last three quarters): a heading, then a page break, a paragraph, a line, a
sentence, a word. Neighbouring chunks repeat up to ``overlap`` tokens of whole atoms, except after a heading;
a chunk's vector is made from the text it adds, without them (``embedding_texts``).

Word-piece tokenizers split on whitespace, so the count of atoms joined by whitespace is the sum of their
counts; pieces of one word glued together may differ by a token, which ``_GLUE_MARGIN`` pays for.

A chunk may run over a page break: its text is ``page_text(page)[start:]``, the full text of any page in
between, and ``page_text(page_end)[:end]``, joined with ``PAGE_SEPARATOR`` (see ``chunk_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..types import Chunk, DocMeta, Page

PAGE_SEPARATOR = "\n\n"
SAFETY_MARGIN = 2  # tokens kept free in every chunk for tokenizers that are not exactly additive
_GLUE_MARGIN = 1  # extra tokens allowed for each join inside a word
_BATCH = 4096  # strings per count_tokens call

# Boundary strength before an atom: what kind of break separates it from the atom before.
GLUED, WORD, SENTENCE, LINE, PARAGRAPH, PAGE, HEADING = range(7)

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'“‘(\[]?[A-Z0-9$])")
_WORD = re.compile(r"\S+")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs"}


def is_heading(line: str, next_line: str | None = None) -> bool:
    """Heading-like lines: Markdown '#', 'Item 7.' / 'Part II' / 'Note 3', short ALL-CAPS lines, and short
    Title Case lines without a final period. Title Case alone is weak evidence (table column headers look
    the same), so when ``next_line`` is given such a line counts only if prose follows it."""
    strength = heading_strength(line)
    if strength == 1 and next_line is not None:
        return _is_prose(next_line)
    return strength > 0


def heading_strength(line: str) -> int:
    """2: certainly a heading; 1: Title Case line that may be one; 0: not a heading."""
    line = line.strip()
    if not line or len(line) > 120:
        return 0
    if re.match(r"#{1,6}\s+\S", line):
        return 2
    if re.match(r"(?i:item|part|note)\s+(?:\d{1,2}[A-Za-z]?|[IVXivx]{1,5})(?:[.:—–-]|\s+[A-Z(]|$)", line):
        return 0 if re.search(r"\s\d{1,3}$", line) else 2  # "ITEM 1 Business 4" is a contents row
    letters = [c for c in line if c.isalpha()]
    digits = sum(c.isdigit() for c in line)
    if len(letters) < 3 or digits > 4 or line.rstrip("\"'”’)")[-1:] in (".", ",", ";", ""):
        return 0
    if line.startswith(("(", "$", "•", "-", "*")):
        return 0
    if len(line) <= 80 and all(c.isupper() for c in letters):
        return 2 if digits <= 0.2 * (len(letters) + digits) else 0
    words = line.split()
    if len(line) <= 60 and len(words) <= 8 and digits == 0:
        if all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha() for w in words):
            return 1
    return 0


def _is_prose(line: str) -> bool:
    words = line.split()
    digits = sum(c.isdigit() for c in line)
    return len(words) >= 6 and digits <= 0.1 * len(line) and heading_strength(line) == 0


def heading_text(line: str) -> str:
    return re.sub(r"^#{1,6}\s+", "", line.strip()).rstrip("# ").strip()


@dataclass
class _Atom:
    page_index: int  # index into the pages list
    start: int
    end: int
    boundary: int  # strength of the break before this atom
    tokens: int = 0
    heading: str | None = None  # set when the atom begins a heading line


def _line_atoms(pages: Sequence[Page]) -> list[_Atom]:
    """Sentence pieces of every non-blank line, with the boundary before each."""
    atoms: list[_Atom] = []
    for pi, page in enumerate(pages):
        text = page.text
        boundary = PAGE
        pos = 0
        lines = text.split("\n")
        for li, line in enumerate(lines):
            line_start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                boundary = max(boundary, PARAGRAPH)
                continue
            offset = line_start + (len(line) - len(line.lstrip()))
            following = next((ln for ln in lines[li + 1 : li + 3] if ln.strip()), "")
            heading = heading_text(stripped) if is_heading(stripped, following) else None
            if heading:
                boundary = HEADING
            piece_start = 0
            pieces = []
            for m in _SENTENCE_END.finditer(stripped):
                pieces.append((piece_start, m.start()))
                piece_start = m.end()
            pieces.append((piece_start, len(stripped)))
            for k, (a, b) in enumerate(pieces):
                atoms.append(
                    _Atom(pi, offset + a, offset + b, boundary if k == 0 else SENTENCE, heading=heading if k == 0 else None)
                )
            boundary = LINE
    return atoms


def _count(texts: list[str], count_tokens: Callable[[list[str]], list[int]]) -> list[int]:
    counts: list[int] = []
    for i in range(0, len(texts), _BATCH):
        batch = texts[i : i + _BATCH]
        got = list(count_tokens(batch))
        if len(got) != len(batch):
            raise ValueError(f"count_tokens returned {len(got)} counts for {len(batch)} texts")
        counts.extend(int(c) for c in got)
    return counts


def _split_atom(atom: _Atom, text: str, pattern: re.Pattern[str] | None, size: int) -> list[_Atom]:
    """Words of an atom (pattern) or fixed-size character runs of it (pattern None)."""
    piece = text[atom.start : atom.end]
    if pattern is not None:
        spans = [(m.start(), m.end()) for m in pattern.finditer(piece)]
        kind = WORD
    else:
        spans = [(i, min(i + size, len(piece))) for i in range(0, len(piece), size)]
        kind = GLUED
    out = []
    for k, (a, b) in enumerate(spans):
        out.append(
            _Atom(atom.page_index, atom.start + a, atom.start + b, atom.boundary if k == 0 else kind,
                  heading=atom.heading if k == 0 else None)
        )
    return out


def _atoms(pages: Sequence[Page], count_tokens: Callable[[list[str]], list[int]], budget: int) -> list[_Atom]:
    """Atoms of all pages, each with its token count and none over ``budget``."""
    atoms = _line_atoms(pages)
    texts = [p.text for p in pages]
    counts = _count([texts[a.page_index][a.start : a.end] for a in atoms], count_tokens)
    for a, c in zip(atoms, counts):
        a.tokens = c
    # Too long for one chunk: words, then runs of characters (shrinking until every run fits).
    for pattern, size in ((_WORD, 0), (None, 64), (None, 16), (None, 4), (None, 1)):
        if all(a.tokens <= budget for a in atoms):
            break
        refined: list[_Atom] = []
        new: list[_Atom] = []
        for a in atoms:
            if a.tokens <= budget:
                refined.append(a)
            else:
                parts = _split_atom(a, texts[a.page_index], pattern, size)
                refined.extend(parts)
                new.extend(parts)
        new_counts = _count([texts[a.page_index][a.start : a.end] for a in new], count_tokens)
        for a, c in zip(new, new_counts):
            a.tokens = c
        atoms = refined
    return atoms


def chunk_text(pages: Sequence[Page], page: int, start: int, page_end: int, end: int) -> str:
    """The text a chunk covers, rebuilt from its pages and offsets (page numbers as in ``Page.page``)."""
    by_number = {p.page: p.text for p in pages}
    if page == page_end:
        return by_number[page][start:end]
    parts = [by_number[page][start:]]
    parts += [by_number[n] for n in range(page + 1, page_end) if n in by_number]
    parts.append(by_number[page_end][:end])
    return PAGE_SEPARATOR.join(parts)


def embedding_texts(chunks: Sequence[Chunk], pages: Sequence[Page]) -> list[str]:
    """What the embedder reads of each of one document's ``chunks`` (in order, as ``chunk_pages`` made them):
    the chunk's text without the atoms it repeats from the chunk before (the overlap), else its whole text.

    Rule (issue 15): the overlap exists so that a passage near a break is whole in one chunk's TEXT (keyword
    search, quotes, answers read the chunk text, which keeps it). Its vector is another matter: the repeated atoms
    are the end of the chunk before and are embedded there already; embedding them again costs about 8% of an
    ingest's embedding work on filings (a token's cost is the same wherever it sits) and gives the chunk's vector
    its predecessor's last lines. So a chunk's vector is made from what the chunk adds. A chunk that begins at or
    after the end of the chunk before (after a heading, the first of a document) is embedded whole."""
    out: list[str] = []
    previous: Chunk | None = None
    for chunk in chunks:
        text = chunk.text
        if (previous is not None and previous.doc_id == chunk.doc_id
                and (chunk.page, chunk.start) < (previous.page_end, previous.end) < (chunk.page_end, chunk.end)):
            fresh = chunk_text(pages, previous.page_end, previous.end, chunk.page_end, chunk.end).lstrip()
            text = fresh or text
        out.append(text)
        previous = chunk
    return out


def chunk_pages(
    meta: DocMeta,
    pages: list[Page],
    count_tokens: Callable[[list[str]], list[int]],
    max_tokens: int = 240,
    overlap: int = 32,
) -> list[Chunk]:
    """Cut one document's pages into chunks of at most ``max_tokens`` tokens (by ``count_tokens``)."""
    if max_tokens < 8:
        raise ValueError(f"max_tokens must be at least 8, got {max_tokens}")
    strangers = {p.doc_id for p in pages} - {meta.doc_id}
    if strangers:
        raise ValueError(f"pages of other documents ({', '.join(sorted(strangers))}) given for {meta.doc}")
    pages = sorted(pages, key=lambda p: p.page)
    budget = max_tokens - SAFETY_MARGIN
    overlap = max(0, min(overlap, budget // 2))
    atoms = _atoms(pages, count_tokens, budget)
    if not atoms:
        return []

    spans = _pack(atoms, budget, overlap)

    chunks: list[Chunk] = []
    heading: str | None = None
    heading_at = -1  # index of the atom where the current heading was seen
    for ordinal, (first, last) in enumerate(spans):
        # Nearest heading at or before the chunk's first atom.
        for i in range(heading_at + 1, first + 1):
            if atoms[i].heading:
                heading = atoms[i].heading
        heading_at = max(heading_at, first)
        a, b = atoms[first], atoms[last]
        page, page_end = pages[a.page_index].page, pages[b.page_index].page
        chunks.append(
            Chunk(
                chunk_id=f"{meta.doc_id}:{ordinal}",
                doc_id=meta.doc_id,
                doc=meta.doc,
                source=meta.source,
                page=page,
                page_end=page_end,
                start=a.start,
                end=b.end,
                text=chunk_text(pages, page, a.start, page_end, b.end),
                heading=heading,
                ordinal=ordinal,
            )
        )
    return chunks


def _cost(atoms: list[_Atom], first: int, last: int) -> int:
    """Tokens of atoms first..last joined, with the margin for joins inside words."""
    return sum(a.tokens for a in atoms[first : last + 1]) + _GLUE_MARGIN * sum(
        1 for a in atoms[first + 1 : last + 1] if a.boundary == GLUED
    )


def _pack(atoms: list[_Atom], budget: int, overlap: int) -> list[tuple[int, int]]:
    """Greedy packing into (first, last) atom index spans, breaking at the strongest late boundary."""
    spans: list[tuple[int, int]] = []
    first = 0
    n = len(atoms)
    fresh = 0  # first atom not yet in any chunk: every chunk must take at least one
    while first < n:
        total = atoms[first].tokens
        last = first
        while last + 1 < n:
            nxt = atoms[last + 1]
            add = nxt.tokens + (_GLUE_MARGIN if nxt.boundary == GLUED else 0)
            if total + add > budget:
                break
            total += add
            last += 1
        if last + 1 < n:
            last = _best_break(atoms, first, last, total, min_last=fresh)
        spans.append((first, last))
        fresh = last + 1
        if last + 1 >= n:
            break
        first = _overlap_start(atoms, first, last, budget, overlap)
    return spans


def _best_break(atoms: list[_Atom], first: int, last: int, total: int, min_last: int) -> int:
    """Last atom of the chunk: the strongest boundary whose chunk is at least half full, latest on ties,
    and never before ``min_last`` (the chunk must add something new)."""
    best, best_strength = last, atoms[last + 1].boundary
    filled = total
    for i in range(last, max(first, min_last), -1):  # candidate: break before atom i
        filled -= atoms[i].tokens
        if filled < total / 4:
            break
        # A new section may end a chunk a quarter full; weaker boundaries need it half full.
        if atoms[i].boundary > best_strength and (filled >= total / 2 or atoms[i].boundary == HEADING):
            best, best_strength = i - 1, atoms[i].boundary
    return best


def _overlap_start(atoms: list[_Atom], first: int, last: int, budget: int, overlap: int) -> int:
    """First atom of the next chunk: repeat whole atoms worth up to ``overlap`` tokens from the end of this
    one, never across a heading, and always leaving room for at least one new atom."""
    nxt = last + 1
    if overlap <= 0 or atoms[nxt].boundary == HEADING:
        return nxt
    room = budget - atoms[nxt].tokens
    start, used = nxt, 0
    for i in range(last, first, -1):
        used += atoms[i].tokens + (_GLUE_MARGIN if atoms[i + 1].boundary == GLUED else 0)
        if used > overlap or used > room:
            break
        start = i
        if atoms[i].boundary == HEADING:
            break
    return start

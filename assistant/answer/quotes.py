"""Quotes: the sentence or table row of a source that supports a sentence (``find_span``) or best matches a
question (``best_spans``), and what is worth quoting at all (``quotable``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..query.intent import NUMERIC_QUESTION, PART_YEAR
from ..text.numbers import Num, claims, numbers_match, parse_numbers, scale_markers
from ..text.sentences import content_words, is_heading, sentence_spans, trim_span


def candidate_spans(page_text: str, max_chars: int = 600) -> list[tuple[int, int]]:
    """Places a quote can come from: every sentence of the prose and every line that is not a piece of a
    sentence wrapped across lines (table rows, headings, list items)."""
    prose = [(a, b) for a, b in sentence_spans(page_text, split_lines=False) if b - a <= max_chars]
    wrapped = [(a, b) for a, b in prose if "\n" in page_text[a:b]]
    spans = set(prose)
    pieces = set(sentence_spans(page_text, split_lines=True))
    pieces |= {trim_span(page_text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", page_text)}
    for a, b in pieces:
        if not any(pa <= a and b <= pb and (a, b) != (pa, pb) for pa, pb in wrapped):
            spans.add((a, b))
    return sorted(s for s in spans if s[1] > s[0])



def quotable(text: str) -> bool:
    """Is ``text`` worth quoting: a sentence (four words or more) or a data row (a label and a figure), and not
    a heading, a caption, a list number or a bare figure?"""
    text = " ".join(text.split())
    if not text or is_heading(text):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z&'-]*", text)
    if claims(text):
        return len(words) >= 1 and len(text) >= 8
    return len(words) >= 4 and (bool(re.search(r"[.!?][\"'”’)]*$", text)) or len(words) >= 8)



def _span_score(
    span_text: str, nums: Sequence[Num], words: set[str], scales: set[float]
) -> tuple[int, float, float]:
    found = parse_numbers(span_text)
    num_hits = sum(1 for c in nums if any(numbers_match(c, s, scales) for s in found))
    cw = content_words(span_text)
    overlap = len(words & cw) / len(words) if words else 0.0
    return num_hits, overlap, -len(span_text) / 10_000



def find_span(
    text_or_numbers: str | Sequence[Num], page_text: str, *, scales: Iterable[float] = ()
) -> tuple[int, int] | None:
    """Where ``page_text`` says what a sentence (or a list of numbers) says: one sentence or one line.

    Returns (start, end) character offsets, or None when no sentence/line holds any of the numbers (or, for a
    sentence without numbers, shares at least a fifth of its content words). Quotable spans (``quotable``) win
    over headings and fragments.
    """
    if isinstance(text_or_numbers, str):
        nums: Sequence[Num] = claims(text_or_numbers)
        words = content_words(text_or_numbers)
    else:
        nums, words = [n for n in text_or_numbers if n.is_claim], set()
    all_scales = {1.0, *scale_markers(page_text), *scales}
    best, best_key = None, None
    for a, b in candidate_spans(page_text):
        key = (quotable(page_text[a:b]), *_span_score(page_text[a:b], nums, words, all_scales))
        if nums and key[1] == 0:
            continue
        if not nums and key[2] < 0.2:
            continue
        if best_key is None or key > best_key:
            best, best_key = (a, b), key
    return best



def best_spans(question: str, text: str, n: int = 2) -> list[tuple[int, int]]:
    """The quotable sentences/rows of ``text`` that best match ``question``: content words, and numbers when it
    asks one."""
    words = content_words(question)
    years = {m for m in re.findall(r"\b(?:19|20)\d\d\b", question)}
    numeric = bool(NUMERIC_QUESTION.search(question))
    part_year, part_year_asked = True, bool(PART_YEAR.search(question))
    scored = []
    for a, b in candidate_spans(text, max_chars=400):
        span = text[a:b]
        if not quotable(span):
            continue  # headings, list numbers, captions and bare figures say nothing on their own
        overlap = len(words & content_words(span)) / len(words) if words else 0.0
        has_number = any(x.is_claim for x in parse_numbers(span))
        year_hit = sum(1 for y in years if y in span)
        score = overlap + 0.15 * year_hit + (0.3 if numeric and has_number else 0.0) - len(span) / 4000
        if part_year and not part_year_asked:
            score -= 0.2 if PART_YEAR.search(span) else 0.0  # a question about a year wants the annual figure
        if overlap > 0 or (numeric and has_number and year_hit):
            scored.append((score, (a, b)))
    scored.sort(key=lambda t: (-t[0], t[1]))
    picked: list[tuple[int, int]] = []
    for _, (a, b) in scored:
        if any(a < pb and pa < b for pa, pb in picked):
            continue  # overlapping spans say the same thing twice
        picked.append((a, b))
        if len(picked) == n:
            break
    return picked

"""Sentences and lines of report text and of answers: spans, ``[n]`` markers, content words, heading lines."""

from __future__ import annotations

import re

from .numbers import MARKER, claims

_ABBREVIATIONS = {
    "u.s", "u.k", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos", "vs", "e.g", "i.e", "approx",
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "fig", "est", "dept", "n.a", "a.m", "p.m", "cf", "al", "avg", "max", "min", "ref", "vol",
    "incl", "excl", "ex", "esp", "viz",  # "Asia-Pacific excl. China", "Medicare (incl. Medicare Advantage)"
}  # fmt: skip



# a footnote marker written after the full stop ("... the third rise in a row.² Exports of ...", "...
# quarter.† Prices ...") is the sentence's own: the sentence still ends there (session 27, #11)
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"
_BOUNDARY = re.compile(rf"[.!?]+[\"'”’)]*[{_FOOTNOTE_MARKS}]*(?=\s|\[\s*\d)")



_LEADING_MARKERS = re.compile(r"\s*(?:\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]\s*)+[.!?]?")



def sentence_spans(text: str, *, split_lines: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, whitespace trimmed.

    ``split_lines``: every line break ends a sentence (answers, lists, table rows). Otherwise a line break ends
    one only where the text does not read on (page text: prose wrapped across lines is joined, while headings
    and table rows stay apart).
    """
    spans: list[tuple[int, int]] = []
    for a, b in _blocks(text, split_lines):
        spans.extend(_split_block(text, a, b))
    return [(a, b) for a, b in spans if b > a]



def _blocks(text: str, split_lines: bool) -> list[tuple[int, int]]:
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if split_lines or not lines:
        return lines
    blocks = [list(lines[0])]
    for a, b in lines[1:]:
        prev = text[blocks[-1][0] : blocks[-1][1]].rstrip()
        nxt = text[a:b].lstrip()
        blank_between = text[blocks[-1][1] : a].count("\n") > 1
        reads_on = nxt[:1].islower() or (bool(re.search(r"[a-z,;:(-]$", prev)) and bool(re.match(r"[\"“‘]?[A-Za-z$\d]", nxt))) \
            or _wrapped_after_figure(prev, nxt) or _wrapped_before_aside(prev, nxt) or _wrapped_after_currency(prev, nxt) \
            or _wrapped_between_asides(prev, nxt)
        if reads_on and not blank_between and not is_heading(text[blocks[-1][0] : blocks[-1][1]]):
            blocks[-1][1] = b
        else:
            blocks.append([a, b])
    return [(a, b) for a, b in blocks]



def _wrapped_before_aside(prev: str, nxt: str) -> bool:
    """Does a line of prose wrap right before a parenthesis that goes on with it ("... 141 transfer stations, 52
    recycling" / "(material recovery) facilities and 88 active landfills, ...")? The line before reads as prose (six
    lower-case words or more, ending in a word, no sentence end) and the next opens with a parenthesis of lower-case
    words that the line goes on after; an item marker ("(a)", "(iv)") or a unit line ("(in millions)") alone is not."""
    return bool(re.search(r"[a-z]$", prev)) and len(re.findall(r"\b[a-z]{2,}\b", prev)) >= 6 \
        and bool(re.match(r"\((?![a-z]{1,4}\))[a-z][^()]{0,80}\)\s*[a-z]", nxt))


def _wrapped_between_asides(prev: str, nxt: str) -> bool:
    """Does a line of prose wrap between two parentheses naming one thing ("... a $61 million gain on the sale of Pellworth
    Mills Ltd. (“Pellworth”)" / "(the “Pellworth Sale”), a $38 million gain on ...")? The line before reads as prose
    (six lower-case words or more) and ends with a closing parenthesis, no sentence end inside it; the next opens with a
    parenthesis closed on that line and followed by a comma or a lower-case word. General rule (session 29, #11): a
    sentence listing several items goes on after a defined term's parentheses; cut there, its first item would be
    quoted as the whole list."""
    return prev.endswith(")") and not re.search(r"[.!?][\"'”’]*\)$", prev) \
        and len(re.findall(r"\b[a-z]{2,}\b", prev)) >= 6 and bool(re.match(r"\([^()]{1,80}\)\s*(?:,|[a-z])", nxt))


def _wrapped_after_currency(prev: str, nxt: str) -> bool:
    """Does a line of prose wrap between a currency and its amount ("... EUR 24,500 in Belgium and GBP" / "19,800 in
    the United Kingdom, ...")? The line before reads as prose (six lower-case words or more) and ends with a currency
    code or symbol, which never ends a sentence; the next opens with the amount."""
    return bool(re.search(r"(?:\b(?:EUR|USD|GBP|JPY|CHF|CNY|RMB|SEK|NOK|DKK|CAD|AUD|INR|KRW)|US\$|[$€£¥])$", prev)) \
        and len(re.findall(r"\b[a-z]{2,}\b", prev)) >= 6 and bool(re.match(r"\d", nxt))


def _wrapped_after_figure(prev: str, nxt: str) -> bool:
    """Does a line of prose wrap right after a figure, its unit opening the next line ("... worldwide reached 58.4" /
    "GW of IT load at the end of 2024, ...")? The line before reads as prose (six lower-case words or more, no
    sentence end) and the next opens with a unit (a short capitalised unit or %) followed by lower-case words; a
    table row ("Europe 8.7 9.6 10.9") is never such a line."""
    return bool(re.search(r"\d$", prev)) and len(re.findall(r"\b[a-z]{2,}\b", prev)) >= 6 \
        and bool(re.match(r"(?:%|[A-Za-z]{1,4}\b)\s*(?:of|per|in|at|a|an|the|from|to|and|,)?\s*[a-z]", nxt)) \
        and not re.match(r"[A-Z][a-z]+\s+\d", nxt)


def _split_block(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    start = a
    for m in _BOUNDARY.finditer(text, a, b):
        end = m.end()
        if not _is_sentence_end(text, m.start(), end, b):
            continue
        tail = _LEADING_MARKERS.match(text, end, b)  # "... billion. [1]" -> the marker belongs here
        if tail:
            end = tail.end()
        out.append(trim_span(text, start, end))
        start = end
    if text[start:b].strip():
        out.append(trim_span(text, start, b))
    return out



def _is_sentence_end(text: str, p: int, end: int, limit: int) -> bool:
    if text[p] == ".":
        word = re.search(r"[\w.&]+$", text[max(0, p - 12) : p])
        token = (word.group(0) if word else "").lower()
        if token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token):
            return False
    nxt = re.match(r"\s*(\S)", text[end:limit])
    if not nxt:
        return True
    return not nxt.group(1).islower()



def trim_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b



def split_sentences(text: str) -> list[str]:
    """The sentences of an answer (a line break also ends one); citation markers stay with their sentence."""
    return [text[a:b] for a, b in sentence_spans(text)]



def cited(sentence: str) -> tuple[int, ...]:
    """Source numbers cited by a sentence, in order, without repeats: "[1, 2] ... [2][3]" -> (1, 2, 3)."""
    seen: list[int] = []
    for m in MARKER.finditer(sentence):
        for n in re.findall(r"\d+", m.group(0)):
            if int(n) not in seen:
                seen.append(int(n))
    return tuple(seen)



STOPWORDS = set(
    """a an the and or but of in on at to for from by with as is was were are be been being it its this that these
    those what which who whom how much many did do does has have had their there than then so such not no yes
    about into over under per each during year years fiscal company report reported total million millions
    billion billions thousand thousands percent dollars usd amount approximately""".split()
)



def content_words(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z&'-]+", MARKER.sub(" ", text).lower())
    return {w.strip("'-").removesuffix("'s") for w in words if len(w) > 2 and w not in STOPWORDS}



_HEADING = re.compile(r"^\s*(?:#{1,6}\s|\d+(?:\.\d+)*\.?\s+\S|(?:table|figure|chart|exhibit)\s+\d+\b)", re.I)



# a footnote marker glued to a word's end or a closing parenthesis ("Organic/Core (non-GAAP)1 First-Quarter 2023 Results",
# "Highlights2"): it points at a note, it is no figure of the line
_GLUED_MARKER = re.compile(r"(?<=[a-z)])\d(?=\s|$)")


def is_heading(line: str) -> bool:
    """A title line: "## Prices", "3. Market share", "Table 2. SK hynix annual results", or a short line
    with no sentence end and no figures (a caption, a column header).

    Session 30 (#11, fbx reading): a footnote marker glued to a title's word or parenthesis ("Adjusted (non-GAAP)1
    Second-Quarter 2025 Results") is no figure. GENERAL RULE: a short line whose only figure is such a marker is still a
    title, so a page reader never runs it, and the column head and table row under it, into one sentence."""
    line = line.strip()
    if not line:
        return False
    if _HEADING.match(line) and len(line.split()) <= 12 and not re.search(r"[.!?]\s*$", line[3:]):
        return True
    words = line.split()
    return len(words) <= 8 and not re.search(r"[.!?:;,]\s*$", line) and not claims(_GLUED_MARKER.sub("", line))

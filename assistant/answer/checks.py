"""Checks that an answer says only what its cited sources say.

Rules, per sentence of the answer:
- it must cite at least one source that exists (``[1]``, ``[1, 2]``, ``[1][2]``);
- every number in it that is a claim must appear in one of the cited sources, after normalisation;
- it must share at least one content word with its cited sources (catches "Sure! [1]"-style filler);
- each number must be found in a context that names what the sentence names (see "Entities" below).

Entities: a number alone proves little ("$26.3 billion" is Amazon's figure, not Microsoft's). The proper nouns of
a sentence (company and product names: capitalised words that are not months, "Q4"/"FY"/"H1" tokens or a
sentence's first word when the sources also write that word in lower case) must each appear, case-insensitively,
in the context of a source sentence or table row that holds the number: that sentence/row itself, the sentence
before it in the same source, the heading lines just above it (a table's caption, a section title) or the
source's header (document name, company, title; passed in by the caller). So "3M's capital expenditure was
$1,577 million [1]" is supported by the row "Purchases of property, plant and equipment (1,577)" of a source whose
header says "3M_2018_10K, 3M", while "Microsoft spent $26.3 billion [1]" is not supported by "Amazon spent the
most: its cash capital expenditure was $26.3 billion".

Numbers are normalised to a float in base units: "$1.2 billion" = "1,200 million" = "$1,200M" = 1.2e9;
"12%" = "12 percent" = "12.0%". Support is **sign-insensitive**: filings print outflows as "(1,577)" while prose
says "used $1,577 million" or "decreased by 1,577", so "(1,577)" in a source supports 1,577 or -1,577 in the
answer. A number written with fewer significant digits (at least two) supports the rounded form: a source's
"1,577" million supports "$1.6 billion" and "$1.58 billion", but never "$2 billion". When a source has a scale
marker ("(in millions)", "in thousands") its plain numbers are also read at that scale, so "1,577" in a table
"(in millions)" supports "$1,577 million" and "$1.577 billion". Callers may also pass scale hints per source.

Not claims: years (1900-2100 with no currency, unit, comma or decimals), ``[n]`` markers, ordinal list numbers
("1." / "2)" at the start of a line, "1st"), numbers glued to letters ("Q3", "FY2018", "10-K", "3M"), and
reference numbers ("Item 7", "Note 12", "page 4").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..types import SentenceCheck, Verification

# ------------------------------------------------------------------------------------------------- numbers

_SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mm": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
}  # fmt: skip

_NUMBER = re.compile(
    r"""
    (?P<cur>(?:US|U\.S\.\s?)?\$|€|£|¥)?\s?
    (?P<minus>[-−–](?=\d))?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?:\s?(?P<unit>%|percent\b|per\s?cent\b|pct\b|basis\s+points?\b|bps\b
        |(?:thousand|million|billion|trillion)s?\b|mn\b|bn\b|tn\b|MM\b|[KkMmBb]\b))?
    """,
    re.X,
)
_MARKER = re.compile(r"\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]")
_REFERENCE_WORD = re.compile(
    r"(?i)\b(item|items|note|notes|part|page|pages|p\.|pp\.|section|exhibit|schedule|rule|article|chapter|no\."
    r"|table|figure|fig\.|chart)\s*$"
)
_SCALE_MARKER = re.compile(
    r"(?i)\bin\s+(thousands|millions|billions|trillions)\b"  # "(in millions)", "(Dollars in thousands)"
    r"|\(\s*(?:US\$|\$|€|£|¥|dollars|usd|eur|gbp|jpy|krw|won|yen|rmb|cny)?\s*(thousands|millions|billions|trillions)\b"
)  # "(Millions)", "($ millions)", "(KRW trillions)"


@dataclass(frozen=True)
class Num:
    """A number as written (``raw``) and its value in base units (``value``: dollars, percent points, units)."""

    raw: str
    value: float  # sign applied, scale word applied; percent stays in points (12% -> 12.0)
    printed: float  # the digits as printed, no sign, no scale word (1,577 -> 1577.0)
    scale: float = 1.0  # from a scale word or suffix ("million", "$1.2B")
    unit: str = ""  # "%", "$", "" (plain)
    decimals: int = 0
    start: int = 0
    end: int = 0
    negative: bool = False
    kind: str = "number"  # "number" (a claim), "year", "ordinal", "identifier", "reference"

    @property
    def is_claim(self) -> bool:
        return self.kind == "number"

    @property
    def significant(self) -> int:
        digits = re.sub(r"\D", "", self.raw_digits).lstrip("0")
        return len(digits)

    @property
    def raw_digits(self) -> str:
        m = re.search(r"\d[\d,]*(?:\.\d+)?", self.raw)
        return m.group(0) if m else ""


def parse_numbers(text: str) -> list[Num]:
    """Every number in ``text`` with its normalised value; ``kind`` tells claims from years, ordinals etc.

    ``[n]`` citation markers are not numbers and are not returned.
    """
    masked = _MARKER.sub(lambda m: " " * len(m.group(0)), text)
    out: list[Num] = []
    for m in _NUMBER.finditer(masked):
        digits = m.group("num")
        num_start, num_end = m.start("num"), m.end("num")
        cur = m.group("cur") or ""
        minus = bool(m.group("minus")) and not masked[max(0, m.start("minus") - 1) : m.start("minus")].isalnum()
        unit_word = (m.group("unit") or "").strip()
        unit_key = re.sub(r"\s+", " ", unit_word.lower())
        if len(unit_key) == 1 and unit_key.isalpha() and not cur:
            # a one-letter suffix is a scale only after a currency sign ("$3M"); "3M" alone is a name
            unit_word, unit_key = "", ""
        raw_start = m.start("cur") if cur else (m.start("minus") if minus else num_start)
        raw_end = m.end("unit") if unit_word else num_end

        scale, unit = 1.0, ("$" if cur else "")
        if unit_key == "%" or unit_key.startswith("per") or unit_key == "pct":
            unit = "%"
        elif unit_key.startswith("basis") or unit_key == "bps":
            unit = "bps"
        elif unit_key:
            scale = _SCALE_WORDS[unit_key]

        printed = float(digits.replace(",", ""))
        negative = minus or _parenthesised(masked, raw_start, raw_end)
        out.append(
            Num(
                raw=text[raw_start:raw_end],
                value=printed * scale * (-1.0 if negative else 1.0),
                printed=printed,
                scale=scale,
                unit=unit,
                decimals=len(digits.split(".")[1]) if "." in digits else 0,
                start=raw_start,
                end=raw_end,
                negative=negative,
                kind=_kind(masked, digits, raw_start, num_end, raw_end, bool(cur or unit_word)),
            )
        )
    return out


def _kind(text: str, digits: str, start: int, num_end: int, end: int, has_unit: bool) -> str:
    """Is this number a claim ("number") or a year, an ordinal, part of a name, a reference?"""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if before[-1:].isalpha() or re.fullmatch(r"[A-Za-z]-", before):
        return "identifier"  # Q3, FY2018, COVID-19
    if not has_unit and (after[:1].isalpha() or re.match(r"-[A-Za-z]", after)):
        return "ordinal" if re.match(r"(st|nd|rd|th)\b", text[num_end : num_end + 3]) else "identifier"  # 1st; 10-K
    line_start = text.rfind("\n", 0, start) + 1
    if not has_unit and len(digits) <= 2 and not text[line_start:start].strip() and re.match(r"[.)]\s", after + " "):
        return "ordinal"  # "1. " / "2) " at the start of a line
    if _REFERENCE_WORD.search(text[max(0, start - 12) : start]):
        return "reference"  # Item 7, Note 12, page 4
    if not has_unit and re.fullmatch(r"(?:19|20)\d\d|2100", digits):
        return "year"
    return "number"


def _parenthesised(text: str, start: int, end: int) -> bool:
    left = text[max(0, start - 3) : start].rstrip(" $")
    right = text[end : end + 3].lstrip(" ")
    return left.endswith("(") and right.startswith(")")


def claims(text: str) -> list[Num]:
    """The numbers in ``text`` that state something (no years, markers, ordinals, identifiers, references)."""
    return [n for n in parse_numbers(text) if n.is_claim]


def scale_markers(text: str) -> set[float]:
    """Scales announced by the text ("(in millions)" -> {1e6})."""
    return {_SCALE_WORDS[(m.group(1) or m.group(2)).lower()] for m in _SCALE_MARKER.finditer(text)}


def numbers_match(claim: Num, source: Num, scales: Iterable[float] = (1.0,)) -> bool:
    """Does ``source`` (a number in a report) support ``claim`` (a number in an answer)?

    Sign-insensitive; ``scales`` are the scales at which the source's plain numbers may be read.
    """
    if (claim.unit == "%") != (source.unit == "%") and "" not in (claim.unit, source.unit):
        return False  # "12%" vs "$12": different things; a plain "12" in a table may be either
    if claim.unit == "" and source.unit == "%":
        return False  # an answer that drops the "%" of its source ("revenue was 10") says something else
    if claim.unit == "bps" or source.unit == "bps":
        return claim.unit == source.unit and _close(claim, abs(source.printed), abs(claim.printed))
    c = abs(claim.value)
    # the digits as printed support the same digits ("1,577" in "$1,577 million" supports a bare "1,577")
    if claim.scale == 1.0 and _close(claim, abs(source.printed), abs(claim.printed)):
        return True
    candidates = {abs(source.value)}
    if source.scale == 1.0 and source.unit != "%":
        candidates |= {abs(source.printed) * s for s in scales}
    return any(_close(claim, s, c) for s in candidates)


def _close(claim: Num, source_value: float, claim_value: float) -> bool:
    """Equal, or ``claim_value`` is ``source_value`` rounded to the claim's precision (>= 2 significant digits)."""
    if math.isclose(source_value, claim_value, rel_tol=1e-9, abs_tol=1e-9):
        return True
    if claim.significant < 2:
        return False
    step = 10.0 ** (-claim.decimals) * (claim_value / abs(claim.printed) if claim.printed else 1.0)
    return abs(source_value - claim_value) <= step / 2 * (1 + 1e-9)  # 1.25 may round to 1.2 (half-even) or 1.3


def supported_by(claim: Num, source_text: str, extra_scales: Iterable[float] = ()) -> bool:
    scales = {1.0, *scale_markers(source_text), *extra_scales}
    return any(numbers_match(claim, s, scales) for s in parse_numbers(source_text))


# ----------------------------------------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "u.s", "u.k", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos", "vs", "e.g", "i.e", "approx",
    "mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "fig", "est", "dept", "n.a", "a.m", "p.m", "cf", "al", "avg", "max", "min", "ref", "vol",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*(?=\s|\[\s*\d)")
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
        reads_on = nxt[:1].islower() or (bool(re.search(r"[a-z,;:-]$", prev)) and bool(re.match(r"[A-Za-z$\d]", nxt)))
        if reads_on and not blank_between and not is_heading(text[blocks[-1][0] : blocks[-1][1]]):
            blocks[-1][1] = b
        else:
            blocks.append([a, b])
    return [(a, b) for a, b in blocks]


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
        out.append(_trim(text, start, end))
        start = end
    if text[start:b].strip():
        out.append(_trim(text, start, b))
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


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
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
    for m in _MARKER.finditer(sentence):
        for n in re.findall(r"\d+", m.group(0)):
            if int(n) not in seen:
                seen.append(int(n))
    return tuple(seen)


# --------------------------------------------------------------------------------------------- content words

_STOP = set(
    """a an the and or but of in on at to for from by with as is was were are be been being it its this that these
    those what which who whom how much many did do does has have had their there than then so such not no yes
    about into over under per each during year years fiscal company report reported total million millions
    billion billions thousand thousands percent dollars usd amount approximately""".split()
)


def content_words(text: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z&'-]+", _MARKER.sub(" ", text).lower())
    return {w.strip("'-").removesuffix("'s") for w in words if len(w) > 2 and w not in _STOP}


# ------------------------------------------------------------------------------------------------ entities

_NOT_ENTITY = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "q1", "q2", "q3", "q4", "h1", "h2", "fy", "ttm", "ltm", "yoy", "gaap", "non-gaap", "i", "a", "an", "the",
    "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "group", "holdings", "company",
    "kb", "mb", "gb", "tb", "pb", "gb/s", "tb/s", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "usd", "eur", "gbp",
    "jpy", "krw", "rmb", "cny", "us", "u.s", "uk", "eu", "ceo", "cfo", "note", "item", "table", "figure",
}  # fmt: skip
_CAP_WORD = re.compile(r"(?<![\w&'-])([A-Z0-9][\w&.-]*?[\w&])(?:'s|’s|'|’)?(?![\w&'-])")
_HEADING = re.compile(r"^\s*(?:#{1,6}\s|\d+(?:\.\d+)*\.?\s+\S|(?:table|figure|chart|exhibit)\s+\d+\b)", re.I)


def named_entities(
    sentence: str, lowercase_vocab: Iterable[str] = frozenset(), names: Iterable[str] = frozenset()
) -> set[str]:
    """The proper nouns of ``sentence``, lower-cased: capitalised words other than months, period tokens, units
    and pure numbers. A sentence's first word is capitalised anyway, so it counts only when it looks like a name
    (possessive, all capitals or digits, or one of ``names``: words the sources use as names) and neither a common
    word nor one that ``lowercase_vocab`` (the lower-case words of the sources) holds: "Revenue was ..." names
    nothing, "Amazon spent ..." names Amazon when the sources write "Amazon" as a name.
    """
    lowercase_vocab, names = set(lowercase_vocab), set(names)
    text = _MARKER.sub(" ", sentence)
    out: set[str] = set()
    for a, b in sentence_spans(text):
        for i, m in enumerate(_CAP_WORD.finditer(text, a, b)):
            word = m.group(1).rstrip(".")
            key = word.lower()
            if not word[:1].isupper() and not re.search(r"\d", word):
                continue
            if key in _NOT_ENTITY or re.fullmatch(r"[\d.,]+", word) or not re.search(r"[A-Za-z]", word):
                continue
            if re.fullmatch(r"(?:FY|CY)?'?\d{2,4}[A-Za-z]?|Q[1-4]|H[12]", word):
                continue  # FY2024, Q4, 2024E
            if re.fullmatch(r"[\d.,]+(?:x|bn|mn|m|k)|\d+-(?i:year|month|quarter|week|day)s?", word):
                continue  # 1.73x, 4.6bn, 3-year: figures and spans, not names
            first = text[a : m.start()].strip(" \"'“(‘-*#") == ""
            if first:
                if key in _STOP or key in _STARTERS or key in lowercase_vocab:
                    continue
                possessive = m.group(0) != m.group(1)
                if not (possessive or not word[1:].islower() or key in names):
                    continue
            out.add(key)
    return out


_STARTERS = set(
    """i we you he she they it its our their his her this that these those there here then thus also however
    while although though because since after before when where if as at by in on for from with without within
    between among over under during since until including according meanwhile overall together both either
    neither each every all some most many much more less few several other another such only just even still
    yet so but and or nor not no yes one two three four five first second third last next new total net""".split()
)


def name_words(*texts: str) -> set[str]:
    """Words that ``texts`` use as names: capitalised inside a sentence, or possessive ("Amazon's")."""
    out: set[str] = set()
    for text in texts:
        for m in re.finditer(r"(?<=[a-z,;:] )([A-Z][\w&.-]*[\w&])|([A-Z][\w&.-]*[\w&])(?:'s|’s)\b", text):
            out.add((m.group(1) or m.group(2)).lower())
    return out


def lowercase_words(text: str) -> set[str]:
    """The words that ``text`` writes in lower case (so a capitalised one elsewhere is a common word)."""
    return set(re.findall(r"(?<![\w&-])[a-z][a-z&-]*", text))


def is_heading(line: str) -> bool:
    """A title line: "## Prices", "3. Market share", "Table 2. SK hynix annual results", or a short line
    with no sentence end and no figures (a caption, a column header)."""
    line = line.strip()
    if not line:
        return False
    if _HEADING.match(line) and len(line.split()) <= 12 and not re.search(r"[.!?]\s*$", line[3:]):
        return True
    words = line.split()
    return len(words) <= 8 and not re.search(r"[.!?:;,]\s*$", line) and not claims(line)


def _contexts(source: str) -> list[tuple[int, int, str]]:
    """(start, end, context) for each sentence/row of ``source``: the sentence before it and the heading
    lines just above it, where the subject of a sentence or row is often named."""
    spans = candidate_spans(source)
    prose = sentence_spans(source, split_lines=False)
    out = []
    for a, b in spans:
        before = [source[pa:pb] for pa, pb in prose if pb <= a]
        prev = before[-1] if before else ""
        heads = []
        line_start = source.rfind("\n", 0, a)
        while line_start > 0:
            prev_start = source.rfind("\n", 0, line_start) + 1
            line = source[prev_start:line_start].strip()
            if line and is_heading(line):
                heads.append(line)
            elif line and not (claims(line) and len(line.split()) <= 16):
                break  # prose: the table or section began below it
            if len(heads) >= 3:
                break
            line_start = prev_start - 1
        out.append((a, b, " ".join([prev, *heads])))
    return out


# ------------------------------------------------------------------------------------------------- verify


def verify(
    answer_text: str,
    sources: Mapping[int, str],
    scales: Mapping[int, Iterable[float]] | None = None,
    headers: Mapping[int, str] | None = None,
) -> Verification:
    """Check each sentence of ``answer_text`` against the sources it cites (``sources``: n -> passage text;
    ``headers``: n -> what the source is, e.g. "3M_2018_10K, 3M, 2018 Form 10-K", where its subject is named)."""
    scales = scales or {}
    headers = headers or {}
    cache: dict[int, _Source] = {}
    checks: list[SentenceCheck] = []
    for sentence in split_sentences(answer_text):
        checks.append(_check(sentence, sources, scales, headers, cache))
    unsupported = tuple(n for c in checks for n in c.unsupported_numbers)
    dropped = tuple(c.text for c in checks if not c.supported)
    ok = bool(checks) and not dropped
    return Verification(supported=ok, sentences=tuple(checks), unsupported_numbers=unsupported, dropped=dropped)


@dataclass
class _Source:
    text: str
    header: str
    scales: set[float]
    vocab: set[str]
    names: set[str]
    contexts: list[tuple[int, int, str]]
    units: list[tuple[int, int]]  # its sentences and table rows: where figures are stated together


def _units(text: str) -> list[tuple[int, int]]:
    rows = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if not _SENTENCE_BREAK.search(m.group())]
    return [*sentence_spans(text, split_lines=False), *rows]


def _source(n: int, sources, scales, headers, cache) -> _Source:
    if n not in cache:
        text = sources[n]
        cache[n] = _Source(text, headers.get(n, ""), {1.0, *scale_markers(text), *scales.get(n, ())},
                           lowercase_words(text), name_words(text, headers.get(n, "").replace("_", " ")),
                           _contexts(text), _units(text))  # fmt: skip
    return cache[n]


def _mentions(context: str, entities: Iterable[str]) -> bool:
    low = context.lower().replace("_", " ")
    return all(re.search(rf"(?<![\w&]){re.escape(e.replace('_', ' '))}(?![\w&])", low) for e in entities)


def _supported_in_context(claim: Num, entities: set[str], src: _Source) -> bool:
    """Is ``claim`` in a sentence/row of ``src`` whose context names every one of ``entities``?"""
    for a, b, around in src.contexts:
        span = src.text[a:b]
        if not any(numbers_match(claim, x, src.scales) for x in parse_numbers(span)):
            continue
        missing = {e for e in entities if not _mentions(span, [e])}
        if not missing or _mentions(f"{around} {src.header}", missing):
            return True
    return False


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[A-Z]")  # a line holding two sentences is prose, not a row


_YEAR_TOKEN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _stated_together(cl: Sequence[Num], src: "_Source", sentence: str = "") -> bool:
    """Are the sentence's figures in one sentence or row of the source, and, where that span (with the sentence
    before it and the headings above it) names years, are the sentence's years among them?"""
    years = set(_YEAR_TOKEN.findall(sentence))
    if len(cl) < 2 and not (cl and years):
        return True
    text = src.text
    around = {(a, b): ctx for a, b, ctx in src.contexts}
    for a, b in src.units:
        found = parse_numbers(text[a:b])
        if not all(any(numbers_match(c, x, src.scales) for x in found) for c in cl):
            continue
        local = set(_YEAR_TOKEN.findall(f"{text[a:b]} {around.get((a, b), '')}"))
        if not local or years <= local:
            return True  # the span names the claim's years, or names no year at all (a row under its header)
    return False


def _check(
    sentence: str,
    sources: Mapping[int, str],
    scales: Mapping[int, Iterable[float]],
    headers: Mapping[int, str] | None = None,
    cache: dict[int, _Source] | None = None,
) -> SentenceCheck:
    headers = headers or {}
    cache = {} if cache is None else cache
    refs = cited(sentence)
    nums = tuple(n.raw for n in claims(sentence))
    if not refs:
        return SentenceCheck(sentence, (), False, nums, "no citation")
    known = [n for n in refs if n in sources]
    if len(known) < len(refs):
        missing = ", ".join(f"[{n}]" for n in refs if n not in sources)
        return SentenceCheck(sentence, refs, False, nums, f"cites a source that does not exist: {missing}")
    texts = [sources[n] for n in refs]
    missing_nums = tuple(
        c.raw
        for c in claims(sentence)
        if not any(supported_by(c, sources[n], scales.get(n, ())) for n in refs)
    )
    if missing_nums:
        return SentenceCheck(sentence, refs, False, missing_nums, "number not in cited source")
    srcs = [_source(n, sources, scales, headers, cache) for n in refs]
    if len(refs) == 1 and not _stated_together(claims(sentence), srcs[0], sentence):
        # a small model stitches figures from different sentences into one wrong claim ("$115.2 billion, up
        # 142% from $60.9 billion"): the figures of a sentence citing one source must appear in one of its
        # sentences or rows
        return SentenceCheck(sentence, refs, False, nums, "figures not stated together in the cited source")
    vocab = set().union(*(x.vocab for x in srcs))
    every = [_source(n, sources, scales, headers, cache) for n in sources]
    names = set().union(*(x.names for x in every)) if every else set()
    entities = named_entities(sentence, vocab, names)
    if entities:
        wrong = tuple(c.raw for c in claims(sentence) if not any(_supported_in_context(c, entities, x) for x in srcs))
        if wrong:
            names = ", ".join(sorted(entities))
            return SentenceCheck(sentence, refs, False, wrong, f"number not said of {names} in cited source")
    words = content_words(sentence)
    if not nums and words and not words & set().union(*(content_words(t) for t in texts)):
        return SentenceCheck(sentence, refs, False, (), "no words in common with cited source")
    if not nums and not words:
        return SentenceCheck(sentence, refs, False, (), "nothing to check")
    return SentenceCheck(sentence, refs, True, (), "")


def shown_text(v: Verification) -> str:
    """The answer as shown: the sentences that passed, one paragraph."""
    return " ".join(c.text for c in v.sentences if c.supported)


# ------------------------------------------------------------------------------------------------- spans


def candidate_spans(page_text: str, max_chars: int = 600) -> list[tuple[int, int]]:
    """Places a quote can come from: every sentence of the prose and every line that is not a piece of a
    sentence wrapped across lines (table rows, headings, list items)."""
    prose = [(a, b) for a, b in sentence_spans(page_text, split_lines=False) if b - a <= max_chars]
    wrapped = [(a, b) for a, b in prose if "\n" in page_text[a:b]]
    spans = set(prose)
    pieces = set(sentence_spans(page_text, split_lines=True))
    pieces |= {_trim(page_text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", page_text)}
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


_NUMERIC_QUESTION = re.compile(
    r"(?i)\b(how (much|many)|what (was|were|is|are) the (amount|value|total|number)|ratio|margin|percent|%|"
    r"revenue|sales|income|expense|expenditure|cash|debt|earnings|eps|growth|rate|cost|assets|liabilities|"
    r"dividend|capex|profit|loss|\$)"
)


_PART_YEAR = re.compile(r"(?i)\b(?:quarter|quarterly|Q[1-4]|half|H[12]|month|monthly|week)\b")


_YES_NO = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\b", re.I)


def is_yes_no(question: str) -> bool:
    """Does ``question`` open like a yes/no question ("Did ...", "Has ...", "Is ...")?"""
    return bool(_YES_NO.search(question))


def asks_for_number(question: str) -> bool:
    """Does ``question`` ask for a figure (an amount, a share, a rate, a count)?"""
    return bool(_NUMERIC_QUESTION.search(question))


def best_spans(question: str, text: str, n: int = 2) -> list[tuple[int, int]]:
    """The quotable sentences/rows of ``text`` that best match ``question``: content words, and numbers when it
    asks one."""
    words = content_words(question)
    years = {m for m in re.findall(r"\b(?:19|20)\d\d\b", question)}
    numeric = bool(_NUMERIC_QUESTION.search(question))
    part_year, part_year_asked = True, bool(_PART_YEAR.search(question))
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
            score -= 0.2 if _PART_YEAR.search(span) else 0.0  # a question about a year wants the annual figure
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

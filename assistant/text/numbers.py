"""Numbers as written in text -> ``Num`` (value in base units, scale, unit, kind), and whether two match.

Numbers are normalised to a float in base units: "$1.2 billion" = "1,200 million" = "$1,200M" = 1.2e9;
"12%" = "12 percent" = "12.0%". Not claims: years (1900-2100 with no currency, unit, comma or decimals), ``[n]``
markers, ordinal list numbers ("1." / "2)" at the start of a line, "1st"), numbers glued to letters ("Q3",
"FY2018", "10-K", "3M"), and reference numbers ("Item 7", "Note 12", "page 4"). Matching rules (sign-insensitive,
rounding, scale markers) are described in ``answer/checks.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

_SCALE_WORDS = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mm": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
}  # fmt: skip

# ISO codes of the currencies a report writes before an amount ("GBP 378 million", "CHF 25.86 billion", "EUR 3.45
# billion"). Upper case only ("cad" or "aud" in lower case are not codes). Used where a sentence's second figure is
# read past its currency ("EUR 1,840 in 2025, down from EUR 2,030": answer/prose_changes).
CURRENCY_CODES = r"(?-i:USD|EUR|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD|SEK|NOK|DKK|HKD|SGD|NZD|BRL|ZAR|MXN)"

# the names of currencies in words ("in euros", "Swiss francs")
CURRENCY_WORDS = r"(?:dollars?|euros?|yen|yuan|renminbi|francs?|rupees?|kronor|kroner|krona|sterling)"

# a currency named by its sign, code or name ("$", "US$", "CHF", "euros"): one alternation, for MONEY_NAMED below and
# the unit words of a report's tables (answer/prose_tables ``_MONEY``)
CURRENCY_NAMED = r"[$€£¥]|\bUS\$|\b" + CURRENCY_CODES + r"\b|\b" + CURRENCY_WORDS + r"\b"

# session 30: a question (or a table's unit line) that names money itself: a currency sign, code or name ("in CHF",
# "in euros", "in US dollars"), the value of something ("the value of the world X market", "sales by value", "valued
# at") or what it was worth. General rule: such a question asks an amount of money, which a count of goods ("14.2
# million scooters", a table in "thousand units") never answers, whatever else the question says (answer/question
# ``_unit``, answer/prose_tables ``table_picks``).
MONEY_NAMED = re.compile(r"(?i)" + CURRENCY_NAMED + r"|\bvalue\s+of\b|\b(?:in|by)\s+value\b|\bvalued\s+at\b|\bworth\b")


_NUMBER = re.compile(
    r"""
    (?P<cur>(?:(?<![A-Za-z])(?:US|U\.S\.\s?|A|AU|C|CA|NZ|HK|S|SG|NT|MX|R))?\$|€|£|¥)?\s?
    (?P<minus>[-−–](?=\d))?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?:\s?(?P<unit>%|percent\b|per\s?cent\b|pct\b|basis\s+points?\b|bps\b
        |(?:thousand|million|billion|trillion)s?\b|mn\b|bn\b|tn\b|MM\b|[KkMmBb]\b))?
    """,
    re.X,
)



MARKER = re.compile(r"\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]")



_REFERENCE_WORD = re.compile(
    r"(?i)\b(item|items|note|notes|part|page|pages|p\.|pp\.|section|exhibit|schedule|rule|article|chapter|no\."
    r"|table|figure|fig\.|chart)\s*$"
)



_SCALE_MARKER = re.compile(
    r"(?i)\bin\s+(thousands|millions|billions|trillions)\b"  # "(in millions)", "(Dollars in thousands)"
    r"|\(\s*(?:US\$|\$|€|£|¥|dollars|usd|eur|gbp|jpy|krw|won|yen|rmb|cny)?\s*(thousands?|millions?|billions?|trillions?)\)?"
    r"(?=[\s),]|$)"
)  # "(Millions)", "($ millions)", "($ million)", "(KRW trillions)"



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
    masked = MARKER.sub(lambda m: " " * len(m.group(0)), text)
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

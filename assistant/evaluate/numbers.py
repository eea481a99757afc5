"""Numbers as an analyst writes them, parsed independently of mia's own verifier.

The evaluator must not share code with the thing it grades, so this is a small, separate parser:
``"$1,577 million"``, ``"(1,577)"``, ``"-$1561M"``, ``"65.4%"``, ``"$1.577 billion"``, ``"0.01$"``.
Years (``2018``, ``FY2018``), quarter and form names (``Q2``, ``10-K``), citation markers (``[1]``) and
page or note references (``p. 60``, ``pages 12-13``, ``Note 7``) are not numbers here. A small count written
as a word is read when it is a multiple (``three times``, ``twice``, ``fourfold``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

SCALES = {
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mm": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12,
}

_CITATION = re.compile(r"\[\d+(?:\s*[,;]\s*\d+)*\]")
# "p. 60", "pp. 12-13", "page 7", "pages 7 and 8", "Note 12": where a figure is, not a figure
_REFERENCE = re.compile(
    r"\b(?:pp?\.|pages?|notes?)\s*\d+(?:\s*(?:[-\u2013,]|and|to)\s*\d+)*(?![\d.,]*\d)",
    re.IGNORECASE,
)
_COUNT_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# a multiple written in words: "three times", "about four-fold", "twice"
_WORD_MULTIPLE = re.compile(
    r"\b(?:(?P<word>" + "|".join(_COUNT_WORDS) + r")(?:\s+times\b|[\s-]?fold\b)|(?P<twice>twice)\b)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"""
    (?<![\w.])                                   # not glued to a word: FY2018, Q2, v1.2
    (?P<open>\()?
    (?P<sign>[-\u2212\u2013](?=\s?\$?\s?\d|\s?(?:US)?\$))?
    \s?(?P<cur>US\$|USD\s?|\$)?\s?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![.,]?\d)   # whole numbers only
    (?P<close>\))?
    (?P<after_cur>\s?\$)?
    (?:\s?(?P<scale>thousands?|millions?|billions?|trillions?|mn|mm|bn|tn|[kmb])(?![a-z]))?
    (?P<pct>\s?(?:%|percent\b|per\s?cent\b|pp\b|percentage\s+points?\b))?
    (?:x(?![a-z])|\s?times\b)?                    # a ratio: "6.25x", "1.3 times"
    (?![\w-]*[a-z])                              # not the start of 10-K, 5-year, 3M
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True)
class Num:
    """One number in a text. ``value`` is as printed with its sign; ``scale`` is 1 unless a word set it."""

    raw: str
    value: float
    decimals: int
    scale: float = 1.0
    explicit_scale: bool = False
    percent: bool = False
    currency: bool = False
    parenthesised: bool = False

    @property
    def negative(self) -> bool:
        return self.value < 0

    def absolute(self, default_scale: float = 1.0) -> float:
        """The amount in base units; an unscaled number takes ``default_scale`` (the question's unit)."""
        if self.percent:
            return self.value
        return self.value * (self.scale if self.explicit_scale else default_scale)


def strip_citations(text: str) -> str:
    return _CITATION.sub(" ", text)


_ENUMERATOR = re.compile(r"(?:^|(?<=[\s:;,]))\((\d{1,2})\)(?=\s+[A-Za-z])")


def strip_enumerators(text: str) -> str:
    """``text`` without the markers of a numbered list ("... two companies: (1) Northwind Ltd and (2) Contoso"):
    a run of parenthesised counters (1), (2), ... each followed by words. A lone "(2) million" or "(389)" stays a
    (negative) figure: only a run starting at (1) counts."""
    marks = list(_ENUMERATOR.finditer(text))
    values = [int(m.group(1)) for m in marks]
    if len(values) < 2 or values[:2] != [1, 2]:
        return text
    keep = []
    want = 1
    for m in marks:
        if int(m.group(1)) == want:
            keep.append(m)
            want += 1
    for m in reversed(keep):
        text = text[:m.start()] + " " + text[m.end():]
    return text


def strip_references(text: str) -> str:
    """``text`` without citation markers, page or note references and numbered-list markers."""
    return _REFERENCE.sub(" ", strip_enumerators(strip_citations(text)))


def parse_numbers(text: str, *, keep_years: bool = False) -> list[Num]:
    """Every number in ``text`` (citation markers and page references removed), with sign, scale, percent and
    currency, in order of appearance; multiples written in words ("three times") are read as ratios."""
    out: list[tuple[int, Num]] = []
    clean = strip_references(text)
    for m in _WORD_MULTIPLE.finditer(clean):
        value = 2.0 if m["twice"] else float(_COUNT_WORDS[m["word"].lower()])
        out.append((m.start(), Num(raw=m.group(0), value=value, decimals=0)))
    for m in _NUMBER.finditer(clean):
        digits = m["num"].replace(",", "")
        value = float(digits)
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        scale_word = (m["scale"] or "").lower()
        percent = bool(m["pct"])
        currency = bool(m["cur"] or m["after_cur"])
        parenthesised = bool(m["open"] and m["close"])
        if not keep_years and _looks_like_year(digits, scale_word, percent, currency, m["num"]):
            continue
        # a lone "m"/"b"/"k" is a scale only on a currency amount ("$5m"), not in "3M" or "3 m of pipe"
        if scale_word in ("m", "b", "k") and not currency:
            continue
        negative = bool(m["sign"]) or parenthesised
        num = Num(
            raw=m.group(0).strip(),
            value=-value if negative else value,
            decimals=decimals,
            scale=SCALES.get(scale_word, 1.0),
            explicit_scale=bool(scale_word),
            percent=percent,
            currency=currency,
            parenthesised=parenthesised,
        )
        out.append((m.start(), num))
    return [num for _, num in sorted(out, key=lambda pair: pair[0])]


def _looks_like_year(digits: str, scale: str, percent: bool, currency: bool, printed: str) -> bool:
    return (
        not scale and not percent and not currency and "," not in printed and "." not in digits
        and len(digits) == 4 and 1900 <= int(digits) <= 2100
    )


_UNIT_HINT = re.compile(
    r"\bin\s+(?:(?:usd|us\$|\$|dollars?|u\.s\.\s+dollars)\s+)?(thousands|millions|billions)\b"
    r"|\((?:in\s+)?(?:usd|\$)?\s*(thousands|millions|billions)\)",
    re.IGNORECASE,
)


def unit_hint(question: str) -> float:
    """The scale a question asks for ("in USD millions" -> 1e6); 1.0 when it names none."""
    m = _UNIT_HINT.search(question)
    if not m:
        return 1.0
    return SCALES[(m.group(1) or m.group(2)).lower()]


def tolerance(gold: Num, default_scale: float = 1.0) -> float:
    """0.5% of the gold amount or half a unit of its last printed digit, whichever is larger."""
    unit = 1.0 if gold.percent else (gold.scale if gold.explicit_scale else default_scale)
    return max(0.005 * abs(gold.absolute(default_scale)), 0.5 * 10 ** (-gold.decimals) * unit)


def _close(a: float, b: float, tol: float) -> bool:
    return abs(abs(a) - abs(b)) <= tol + 1e-12


def _candidate_amounts(gold: Num, cand: Num, default_scale: float) -> list[tuple[float, float]]:
    """(gold amount, candidate amount) pairs worth comparing, covering the unit conventions we accept.

    - percent vs percent; percent vs a bare number read as a percent ("65.4") or as a fraction (0.654);
    - a bare ratio vs a percent (gold 0.66, answer "66%");
    - amounts in base units, an unscaled number taking the question's unit; when the question names no
      unit, an unscaled number is unit-ambiguous and is also tried at thousands, millions and billions
      against a number whose scale is written out.
    """
    if gold.percent:
        if cand.percent:
            return [(gold.value, cand.value)]
        if cand.currency or cand.explicit_scale:
            return []
        return [(gold.value, cand.value), (gold.value / 100, cand.value)]
    if cand.percent:
        if gold.currency or gold.explicit_scale:
            return []
        return [(gold.value, cand.value / 100), (gold.value, cand.value)]
    g = gold.absolute(default_scale)
    c = cand.absolute(default_scale)
    pairs = [(g, c)]
    if default_scale == 1.0 and gold.explicit_scale != cand.explicit_scale:
        for s in (1e3, 1e6, 1e9):
            if cand.explicit_scale:
                pairs.append((gold.value * s, c))
            else:
                pairs.append((g, cand.value * s))
    return pairs


def compare(gold: Num, cand: Num, default_scale: float = 1.0) -> str | None:
    """How ``cand`` relates to ``gold`` in magnitude: "match", "x1000" or "x100" (unit slips), or None.

    Signs are not looked at here (see :func:`metrics.numeric_outcome`).
    """
    pairs = _candidate_amounts(gold, cand, default_scale)
    if not pairs:
        return None
    tol = tolerance(gold, default_scale)
    for g, c in pairs:
        scaled_tol = tol * (abs(g) / abs(gold.absolute(default_scale))) if gold.absolute(default_scale) else tol
        if _close(g, c, scaled_tol):
            return "match"
    g, c = pairs[0]
    if g == 0 or c == 0:
        return None
    ratio = abs(c) / abs(g)
    for factor, label in ((1000.0, "x1000"), (100.0, "x100")):
        for r in (factor, 1 / factor):
            if math.isclose(ratio, r, rel_tol=0.005 + tol / max(abs(g), 1e-12)):
                return label
    return None


def same_number(a: Num, b: Num) -> bool:
    """Loose identity for checking a quote: equal up to sign and up to a factor of 1000^k.

    A sentence may say "$1.6 billion" where its table quote prints "1,577" (in millions), so scale words
    are ignored; the two agree when they are within 0.5% or within half a unit of the last digit of the
    more coarsely printed one.
    """
    x, y = abs(a.value), abs(b.value)
    if x == 0 or y == 0:
        return x == y
    half_unit = 0.5 * 10 ** (-min(a.decimals, b.decimals))
    for k in range(-4, 5):
        yk = y * 10.0 ** (3 * k)
        if math.isclose(x, yk, rel_tol=0.005) or abs(x - yk) <= half_unit * (1 + 1e-9):
            if max(x, yk) >= 10 * half_unit or math.isclose(x, yk, rel_tol=0.005):
                return True
    return False

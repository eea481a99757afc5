"""Names: the one company-name normaliser (``squash``: lower-case letters and digits only; ``base_name``: without
"The" and "Inc."/"Corp." suffixes) and the proper nouns of a sentence (``named_entities``)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .numbers import MARKER
from .sentences import STOPWORDS, sentence_spans

_NOT_ENTITY = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "q1", "q2", "q3", "q4", "h1", "h2", "fy", "ttm", "ltm", "yoy", "gaap", "non-gaap", "i", "a", "an", "the",
    "inc", "corp", "corporation", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "group", "holdings", "company",
    "kb", "mb", "gb", "tb", "pb", "gb/s", "tb/s", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "usd", "eur", "gbp",
    "jpy", "krw", "rmb", "cny", "us", "u.s", "uk", "eu", "ceo", "cfo", "note", "item", "table", "figure",
}  # fmt: skip



_CAP_WORD = re.compile(r"(?<![\w&'-])([A-Z0-9][\w&.-]*?[\w&])(?:'s|’s|'|’)?(?![\w&'-])")



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
    text = MARKER.sub(" ", sentence)
    out: set[str] = set()
    for a, b in sentence_spans(text):
        for i, m in enumerate(_CAP_WORD.finditer(text, a, b)):
            word = m.group(1).rstrip(".")
            key = word.lower()
            if not word[:1].isupper() and not re.search(r"\d", word):
                continue
            if key in _NOT_ENTITY or re.fullmatch(r"[\d.,]+", word) or not re.search(r"[A-Za-z]", word):
                continue
            if re.fullmatch(r"(?:FY|CY)?'?\d{2,4}[A-Za-z]?|Q[1-4]|H[12]|[69]M", word):
                continue  # FY2024, Q4, 2024E, 6M / 9M (a quarterly report's year-to-date columns; never 3M, a name)
            if re.fullmatch(r"[\d.,]+(?:x|bn|mn|m|k)|\d+-(?i:year|month|quarter|week|day)s?", word):
                continue  # 1.73x, 4.6bn, 3-year: figures and spans, not names
            first = text[a : m.start()].strip(" \"'“(‘-*#") == ""
            if first:
                if key in STOPWORDS or key in _STARTERS or key in lowercase_vocab:
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


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())



# the legal and group words a company's name may end with ("Contoso Holdings Corporation"): one list, for the
# suffixes stripped from names and for telling a company's longer name from a product named after it
LEGAL_WORDS = ("inc", "incorporated", "corp", "corporation", "co", "company", "companies", "plc", "p.l.c", "ltd",
               "limited", "llc", "l.l.c", "lp", "l.p", "holding", "holdings", "group", "n.v", "nv", "s.a", "sa", "ag",
               "se", "s.p.a", "spa", "a/s", "asa", "oyj")
_SUFFIXES = re.compile(
    r"[\s,]+(?:" + "|".join(re.escape(w).replace(r"\.", r"\.?") for w in LEGAL_WORDS) + r")\.?$", re.IGNORECASE)


def base_name(name: str) -> str:
    """The name without legal suffixes and a leading "The": "The Fabrikam Company" -> "Fabrikam", "Tailspin, Inc."
    -> "Tailspin", "Woodgrove Bank & Co." -> "Woodgrove Bank", "Contoso Holdings Corporation" -> "Contoso"."""
    name = re.sub(r"\s+", " ", name).strip(" ,;:")
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    while (short := _SUFFIXES.sub("", name).strip(" ,&")) != name and short:
        name = short
    return name

"""The measure families and the words of a measure, read alike in a question and in a sentence (``prose_ties.py``
ties a figure by them): ``FAMILIES`` (measure nouns that name the same thing), the kinds of figure they are stated
in (``_MONEY_FAMILIES``, ``_PERCENT_FAMILIES``), the families that may answer each other (``_COMPATIBLE``),
``_families`` (the families a text names; a measure word modifying another noun names none), the contrasts a
question can set (``_ADJUSTED``, ``_levels``, ``_per``), a pace of a count (``PACE_RATE``), the head family of a
phrase (``_head``) and a ratio of two measures (``_ratio_of``); the stems words are compared by (``_stem``,
``_words``, ``_stems_of``). Pure text; the first of the ties' modules.
"""

from __future__ import annotations

import re

from ..text.stems import word_stem

__all__ = ["FAMILIES", "MEMBER_FAMILIES", "PACE_RATE"]


# one entry per measure: the words that name it (lower case, regex). Order matters where one phrase holds another's
# word ("unused capacity" is availability, not capacity; "letters of credit" is no credit line; "cash flow" no cash)
FAMILIES: dict[str, str] = {
    "availability": r"availability|unused\s+(?:capacity|commitments?|credit|borrowing\s+capacity)|undrawn(?:\s+\w+)?|"
                    r"headroom|unutili[sz]ed|remaining\s+(?:borrowing\s+)?capacity|available\s+(?:for\s+)?borrowings?|"
                    r"borrowing\s+capacity",
    "letters": r"letters?\s+of\s+credit",
    "return": r"returns?\s+on\s+(?:average\s+)?(?:total\s+)?(?:assets|equity|capital|invested\s+capital)|roa|roe|roic",
    "cash_flow": r"(?:free\s+)?cash\s+flows?|cash\s+(?:provided|generated|used)\s+by",
    "capex": r"capex|capital\s+expenditures?|capital\s+spending|capital\s+investments?",
    "revenue": r"revenues?|net\s+sales|sales|turnover|top[- ]line",
    "eps": r"eps|earnings\s+per\s+(?:diluted\s+|basic\s+)?share",
    "profit": r"(?:net\s+|operating\s+|pre-?tax\s+|gross\s+)?(?:profits?|income|earnings|loss(?:es)?)",
    "ebitda": r"ebitdare|ebitdar?|ebita|ebit",  # "Adjusted EBITDAre" (a REIT's EBITDA) is EBITDA
    "margin": r"margins?",
    "ratio": r"ratios?",
    "price": r"prices?|asps?|pricing",
    "bonus": r"bonus(?:es)?|incentive\s+pay",
    "pay": r"pay|paying|paid|wages?|salar(?:y|ies)|compensation",
    "rate": r"rates?",
    "cost": r"costs?|expenses?|expenditures?|spending|spend|outlays?",
    "debt": r"debt|borrowings?|notes\s+payable|term\s+loans?",
    "cash": r"cash(?:\s+and\s+(?:cash\s+)?equivalents)?",
    "capacity": r"capacity",
    "backlog": r"backlog|order\s+book|orders?|order\s+intake|bookings",
    "dividend": r"dividends?",
    "buyback": r"repurchases?|repurchased|buybacks?|bought\s+back",
    "headcount": r"headcount|employees|workforce|number\s+of\s+staff",
    "share": r"share|proportion|portion|fraction",
    "assets": r"assets",
    "liabilities": r"liabilities",
    "inventory": r"inventor(?:y|ies)",
    "receivables": r"receivables",
    "payables": r"payables",
    "deposits": r"deposits",
    "premiums": r"premiums",
    "depreciation": r"depreciation|amortization|amortisation",
    "volume": r"volumes?|shipments|deliveries|units\s+(?:sold|shipped)",
}
# measures that count members, people ("employees", "workforce"): a share of one may ask its members in a state
# ("what share of its employees are unionised"), where a share of a money measure asks a part of it
MEMBER_FAMILIES = frozenset({"headcount"})
# a rate of things per period ("monthly production rate", "build rate", "a delivery rate of 42 a month") is a pace of a
# count: no percentage and no rate of the "rate" family (an interest, tax or churn rate)
PACE_RATE = re.compile(r"(?i)\b(?:(?:monthly|weekly|daily|annual|production|build|delivery|output|run)[- ]rates?|"
                       r"rates?\s+of\s+(?:production|output|deliveries|builds?)|rates?\s+(?:per|a)\s+(?:month|week|day))\b")
_FAMILY_RX = re.compile("|".join(f"(?P<{k}>\\b(?:{v})\\b)" for k, v in FAMILIES.items()), re.I)
# the kind of figure a measure is stated in: a money measure's level is never a percentage, a margin never money
_MONEY_FAMILIES = frozenset({"availability", "letters", "cash_flow", "capex", "revenue", "profit", "ebitda", "cost", "debt",
                             "cash", "backlog", "dividend", "buyback", "assets", "liabilities", "inventory", "receivables",
                             "payables", "deposits", "premiums", "depreciation", "bonus"})
_PERCENT_FAMILIES = frozenset({"margin", "share", "return"})
# families that may answer each other: a cost asked may be a capital spending stated, an income a loss
_COMPATIBLE = {"capex": {"cost"}, "cost": {"capex", "price"}, "pay": {"rate"}, "rate": {"pay", "price"},
               "price": {"rate", "cost"}}
# a unit names its measure: a figure in MW or GW is a capacity
_DIMENSION_FAMILY = {"power": "capacity"}

# contrasts a question can set on its measure: the value a figure's words carry must be the asked one
_ADJUSTED = re.compile(r"(?i)\b(?:adjusted|adj\.|non-gaap|underlying|organic|core|pro\s+forma|normali[sz]ed|"
                       r"comparable|excluding)\b")
_LEVEL_RX = re.compile(r"(?i)\b(gross|operating|net|pre-?tax|ebitdar?|ebita|ebit|contribution)\b")
_PER = re.compile(r"(?i)\bper\s+((?:(?!(?:in|of|for|from|to|and|or|at|on|by|with|than|during|was|were|is|are|the|did|does|"
                  r"do|has|have|had|will|would|can|could|as|after|before|compared|versus|while)\b)"
                  r"[a-z][a-z-]*\s*){1,3})|\b(?:an|a)\s+(hour|day|week|month)\b")
_HOURLY = re.compile(r"(?i)\bhourly\b")
_WORD = re.compile(r"[a-z][a-z0-9&'’-]*")
_STOP = frozenset("""the a an its their our his her this that these those of in on at for from to by with and or
    what which how much many was were is are did does do has have had be been total overall company group
    segment segments brand brands division divisions business businesses unit units line lines channel channels
    category categories region regions portfolio own came come comes from derived generated accounted account
    represented represent make made up contributed contribute fiscal year years quarter""".split())


# nouns that make a measure word before them a modifier of another item: "cash additions to property", "revenue
# equipment", "debt maturities", "capacity utilization" name no cash, revenue, debt or capacity
_MODIFIED = re.compile(r"(?i)\s*(?:additions?|equipment|tax(?:es)?|pressures?|maturit(?:y|ies)|utili[sz]ation|mix|base|"
                       r"streams?|recognition|lines?|items?|statements?|accounts?|cycles?|synerg(?:y|ies)|savings|"
                       r"reductions?|inflation|headwinds?|tailwinds?|multiples?|models?|drivers?|sources?|teams?|"
                       r"officers?|polic(?:y|ies)|programs?|programmes?|plans?|management|facilit(?:y|ies)|covenants?|"
                       r"equivalents?|proceeds|deployment|cases?|proceedings?|filings?|hearings?|orders?)\b")


def _families(text: str) -> list[tuple[str, int, int]]:
    """The measure families a text names, with their spans, in order; a measure word that only modifies another
    noun ("cash additions", "revenue equipment") names none."""
    return [(m.lastgroup or "", m.start(), m.end()) for m in _FAMILY_RX.finditer(text)
            if not _MODIFIED.match(text[m.end() :]) and not _DEGREE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
            and not (m.group(0).lower() == "prices" and _BASIS_BEFORE.search(text[max(0, m.start() - 40) : m.start()]))]


# session 30: "USD 41.8 billion at manufacturers' prices", "at constant 2023 prices", "in current prices": the prices a
# value is counted at are its basis of valuation, never a price measure governing the figure
_BASIS_BEFORE = re.compile(r"(?i)\b(?:at|in)\s+(?:[\w'’-]+\s+){1,2}$")
# the whole phrase, for readers of measure words other than ``_families`` (``scoring.type_score``)
VALUATION_BASIS = re.compile(r"(?i)\b(?:at|in)\s+(?:[\w'’-]+\s+){1,2}prices\b")


# "low-cost carriers", "high-margin products", "low-price brands": a measure word in a degree compound is an adjective
# of the noun after it, no measure asked or stated
_DEGREE_BEFORE = re.compile(r"(?i)\b(?:low|lower|high|higher|zero|ultra|no)-$")


def _stem(word: str) -> str:
    """``text.stems.word_stem``'s first six letters ("operating" and "operations" meet)."""
    return word_stem(word)[:6]


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2}


def _stems_of(text: str) -> set[str]:
    """The stems of every word of a text (no word left out): where a qualifier of the measure is looked for; a
    compound is said hyphenated or not ("own-brand" and "own brands" both give "own-brand")."""
    words = _WORD.findall(text.lower())
    out = {_stem(w) for w in words}
    out |= {_compound(w) for w in words if "-" in w.strip("-")}
    out |= {f"{_stem(a)}-{_stem(b)}" for a, b in zip(words, words[1:])}
    return out


def _compound(word: str) -> str:
    """A hyphenated word's stem, part by part ("own-brand" -> "own-brand", "same-store" -> "same-store")."""
    return "-".join(_stem(p) for p in word.strip("-").split("-") if p)


def _per(text: str) -> str | None:
    """The unit after "per" in a text ("revenue per loaded mile" -> "loaded mile"; "hourly" -> "hour")."""
    m = _PER.search(text)
    if m is not None:
        return " ".join(_stem(w) for w in (m.group(1) or m.group(2)).split())
    return "hour" if _HOURLY.search(text) else None


def _levels(text: str) -> set[str]:
    return {m.group(1).lower().replace("-", "") for m in _LEVEL_RX.finditer(text)}


def _ratio_of(words: str) -> bool:
    """Do the governing words name a ratio of one measure to another ("net debt to adjusted EBITDAre",
    "debt-to-equity", "the ratio of debt to capital")?"""
    found = _families(words)
    return any(re.fullmatch(r"(?i)\s*-?to-?\s*(?:(?:adjusted|total|net|average|tangible|invested|gross|operating|annual|"
                            r"annualized|shareholders['’]?|stockholders['’]?)\s+){0,2}", words[a[2] : b[1]])
               for a, b in zip(found, found[1:]))


def _head(words: str) -> str | None:
    """The family of the head noun of a governing phrase: the last family named before a preposition ends it."""
    found = _families(words)
    if not found:
        return None
    end = re.search(r"(?i)\s(?:of|per|from|on|in|for|before|against|at|by|under)\s", words[found[0][2] :])
    stop = found[0][2] + end.start() if end else len(words)
    heads = [f for f in found if f[1] < stop] or found[:1]
    return heads[-1][0]

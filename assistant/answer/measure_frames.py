"""What a figure is stated for besides its measure, read alike in a question and in a sentence: the period's
length (``_length``, ``asked_length``, ``quarter_only``), a forward span (``spans_named``, ``other_span``), a year's
end and its fourth quarter's (``_same_point``, ``year_end_point``), a point in time against a period's flow
(``asks_point``, ``flow_for_point``), a scenario (``_case``), a unit's dimension
(``_dimension``) and the basis a share is counted by (``_basis``, ``other_basis``). Pure text.
"""

from __future__ import annotations

import re
from ..text.counts import counting, number_words
from ..text.months import MONTH_OR_ABBR
from .measure_families import _stem

__all__ = ["asked_length", "quarter_only"]


_QUARTER_SAID = re.compile(r"(?i)\b(?:q[1-4]|[1-4]q|(?:first|second|third|fourth|next|current|this|the)[- ]quarter|"
                           r"quarterly|three[- ]months?|13[- ]weeks?)\b")
_HALF_SAID = re.compile(r"(?i)\b(?:h[12]|[12]h|(?:first|second)[- ]half|half[- ]year|six[- ]months?|26[- ]weeks?)\b")
_YEAR_SAID = re.compile(r"(?i)\b(?:full[- ]year|fiscal[- ]year|annual|for\s+the\s+year|twelve[- ]months?|12[- ]months?|"
                        r"52[- ]weeks?|53[- ]weeks?|calendar\s+(?:year\s+)?(?:19|20)\d\d|(?:all\s+)?four\s+quarters)\b")


_BASIS_Q = re.compile(r"(?i)\b(?:counting|by|measured\s+(?:by|in)|in\s+terms\s+of|based\s+on)\s+(?:the\s+(?:number\s+of\s+)?)?"
                      r"([a-z][\w-]*)\s*,?\s+(?:rather\s+than|instead\s+of|not)\s+(?:by\s+)?([a-z][\w-]*)")
_RATHER = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|not)\s+(?:by\s+)?([a-z][\w-]*)")


def _basis(question: str) -> str | None:
    """What a question counts a figure by when it sets it against another basis ("Counting visits rather than
    dollars, what share ..." -> visit); None when it sets none."""
    m = _BASIS_Q.search(question)
    return _stem(m.group(1)) if m else None


def other_basis(basis: str, said: str) -> bool:
    """Does a figure's clause or sentence opening set the asked basis aside ("By spending rather than visits,
    Medicare's share was 29%")? Then its figure is counted on another basis."""
    return any(_stem(m.group(1)) == basis for m in _RATHER.finditer(said))


# "after the end of fiscal 2025", "following the close of its fiscal year", "subsequent to fiscal year-end",
# "since the end of fiscal 2024", "after fiscal 2025 ended": a period's close as the anchor of an event
_ANCHORED_END = re.compile(r"(?i)\b(?:after|following|subsequent\s+to|since)\s+(?:(?:the\s+)?(?:end|close)\s+of\s+"
                           r"(?:its\s+|the\s+)?(?:fiscal\s+(?:year\s+)?|fy\s?'?)?(?:(?:19|20)\d\d|year)?|"
                           r"(?:the\s+|its\s+)?(?:fiscal\s+)?year[- ]end|(?:fiscal\s+(?:year\s+)?|fy\s?'?)(?:19|20)?\d\d\s+"
                           r"(?:ended|closed))")


def _length(text: str, asked: bool = False) -> str | None:
    """The length of the period a text states for a figure: "quarter", "half" or "year" (a question naming a year
    and no quarter or half asks a year: "in fiscal 2026"); None when it states none."""
    if _QUARTER_SAID.search(text):
        return "quarter"
    if _HALF_SAID.search(text):
        return "half"
    if asked:
        # a year named only as the close after which something happened ("What dividend did it declare after the end of
        # fiscal 2025?") dates an event; it asks no year's figure (a quarterly dividend answers it). General rule
        # (session 32, #11): the end of a period as an anchor ("after / following / subsequent to the end of fiscal
        # 2025", "since the fiscal year end") is no period length asked
        text = _ANCHORED_END.sub(" ", text)
    if _YEAR_SAID.search(text) or (asked and re.search(r"(?i)\b(?:fiscal\s+(?:year\s+)?|fy\s?)(?:19|20)?\d\d\b", text)):
        return "year"
    return None


_QUARTER_PHRASE = re.compile(r"(?i)\b(?:(?:the\s+)?(?:first|second|third|fourth)[- ]quarter(?:\s+of)?(?:\s+fiscal)?(?:\s+(?:year\s+)?"
                             r"(?:19|20)\d\d)?|q[1-4]\s*(?:fy\s?)?(?:19|20)?\d\d|(?:three|3)[- ]months?\s+ended\s+[A-Z][a-z]+\s+\d{1,2},?"
                             r"\s+(?:19|20)\d\d)")


def asked_length(question: str) -> str | None:
    """The length of the period a question asks ("first half of fiscal 2026" -> half, "fiscal 2025" -> year)."""
    return _length(question, asked=True)


_SPAN_NUMBER = {**counting(1, 10), **number_words("twelve", "fifteen", "twenty", "thirty")}
# "over the next ten years", "in the coming five years", "the next decade", "a five-year plan", "its 10-year program"
_SPAN = re.compile(r"(?i)\b(?:(?:next|coming|following)\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"twelve|fifteen|twenty|thirty)[- ](?P<u>years?|months?|decades?)|(?:next|coming)\s+(?P<d>decade)|"
                   r"(?P<m>\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)-(?P<v>year|month)\s+"
                   r"(?:capital\s+)?(?:plan|programs?|programmes?|period|horizon|outlook|forecast|cycle))\b")


def spans_named(text: str) -> set[int]:
    """The forward spans a text names, in months ("over the next ten years" -> 120, "the next decade" -> 120, "its
    five-year plan" -> 60)."""
    out = set()
    for m in _SPAN.finditer(text):
        if m.group("d"):
            out.add(120)
            continue
        n, unit = (m.group("n"), m.group("u")) if m.group("n") else (m.group("m"), m.group("v"))
        k = int(n) if n.isdigit() else _SPAN_NUMBER[n.lower()]
        out.add(k * (120 if unit.lower().startswith("decade") else 12 if unit.lower().startswith("year") else 1))
    return out


def other_span(question: str, sentence: str) -> bool:
    """Does a sentence state its figure for another forward span than the question asks ("over the next ten years"
    asked: "expects to invest $12.5 billion over the next five years")? General rule (session 15, #11): a plan's
    figure is of its own horizon; one horizon's amount never answers another's."""
    asked = spans_named(question)
    said = spans_named(sentence)
    return bool(asked and said and not asked & said)


def quarter_only(sentence: str) -> bool:
    """Does a sentence state its figures for quarters only ("... in the second quarter of fiscal 2026 compared with
    the second quarter of fiscal 2025"): a quarter named, and no half, full year, nine months or other year besides
    the quarters' own? Such a sentence answers no half-year or full-year question."""
    if not _QUARTER_SAID.search(sentence) or _HALF_SAID.search(sentence) or _YEAR_SAID.search(sentence):
        return False
    rest = _QUARTER_PHRASE.sub(" ", sentence)
    return not re.search(r"(?<![\d$.,])(?:19|20)\d\d(?![\d%])|(?i:nine[- ]months?|year[- ]to[- ]date)", rest)


def year_end_point(question: str, sentence: str) -> bool:
    """Does the question ask a figure at a year's end ("how many branches did it run at the end of fiscal 2025") and
    the sentence state it at the end of that year's fourth quarter ("At the end of the fourth quarter of fiscal 2025,
    the Company ran 412 branches")? General rule: the end of a year's last quarter is the end of the year, so
    the sentence is no quarter-only figure for such a question (a flow over the quarter still is)."""
    return _same_point(question, sentence)


# a day a figure is dated by: "at December 31, 2025", "as of 29 July 2023", "on Sept. 30, 2026"
_DAY = rf"(?:at|as\s+(?:of|at)|on)\s+(?:{MONTH_OR_ABBR}\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{MONTH_OR_ABBR}\.?,?)\s+(?:19|20)\d\d\b"
# a question asking a figure at a point in time: a day, a period's end, a balance, what is outstanding
_POINT_Q = re.compile(rf"(?i)\b{_DAY}|\b(?:at|as\s+of)\s+(?:the\s+)?(?:end|close)\s+of\b|\b(?:year|quarter|period)[- ]end\b|"
                      r"\bbalances?\b(?!\s+sheets?\b)|\boutstanding\b")
# a sentence stating a figure at a point: a day, a period's end, a balance, a level reached, what is held or remains
_POINT_SAID = re.compile(rf"(?i)\b{_DAY}|\b(?:at|as\s+of|by)\s+(?:the\s+)?(?:end|close)\s+of\b|\b(?:year|quarter|period|"
                         r"month)[- ]?ends?\b|\bend(?:ed|ing)?\s+(?:the|its|our)\s+(?:fiscal\s+)?(?:year|quarter|period)\b|"
                         r"\bbalances?\b|\boutstanding\b|\bremain(?:ed|ing|s)?\b|\bcarr(?:ied|ying)\b|"
                         r"\bstood\s+at\b|\breached\b|\b(?:rose|increased|grew|climbed|fell|declined|decreased|dropped)\s+to\b|"
                         r"\b(?:had|has|have|held|holds?|employ(?:ed|s)?|operat(?:ed|es)|owe[ds]?)\b")
# a flow's words: what was paid, spent, charged or recorded
_FLOW_WORDS = re.compile(r"(?i)\b(?:paid|pays?|paying|payments?|prepaid|prepay(?:s|ments?)?|repaid|repay(?:s|ments?)?|"
                         r"repurchased|spent|spending|expenses?|expensed|incurred|recogni[sz]ed|recorded|charged|borrowed|"
                         r"issued|received|generated|earned|wrote\s+off|written\s+off|provisions?\s+for)\b")


def asks_point(question: str) -> bool:
    """Does a question ask a figure at a point in time: a balance, what is outstanding, a figure at a day or a period's
    end ("What was the balance of its accrued warranty at December 31, 2025?", "What debt did it have outstanding at
    September 30, 2026?")? The balance sheet named as a source is no balance asked, and a question naming a flow
    itself ("What had it paid as of June 30?") asks the flow."""
    return bool(_POINT_Q.search(question)) and not _FLOW_WORDS.search(question)


def flow_for_point(question: str, sentence: str) -> bool:
    """Does a question ask a point in time (``asks_point``) and the sentence state its figures only as a flow (a flow's
    word and no point: "Warranty expense was $24.6 million in 2025 and claims paid were $23.9 million", "In the second
    quarter we prepaid $105.0 million of the term loan from cash on hand")? General rule (issue 10, a measure mismatch): what was spent, paid or recorded
    over a period is not what stood at its end, so such a sentence is no answer to a balance; a sentence saying a
    point (a day, a period's end, a balance, what is outstanding, held or remains, a level reached) may be."""
    return asks_point(question) and not _POINT_SAID.search(sentence) and bool(_FLOW_WORDS.search(sentence))


_DIMENSIONS = {"power": r"[kMGT]W|(?:kilo|mega|giga|tera)watts?", "energy": r"[kMGT]Wh|(?:kilo|mega|giga|tera)watt[- ]hours?",
               "mass": r"tonnes?|tons|pounds|lbs|kilograms?|kg", "length": r"miles|kilomet(?:re|er)s?|km",
               "volume": r"barrels|bbl|gallons|lit(?:re|er)s|cubic\s+\w+|bcm|bcf"}  # fmt: skip
_DIMENSION_RX = {k: re.compile(rf"(?<![\w/])(?:{v})(?![\w/])") for k, v in _DIMENSIONS.items()}


def _dimension(text: str) -> str | None:
    """The one dimension of the units a text names (power for "GW", energy for "TWh"); None for none or several."""
    found = {k for k, rx in _DIMENSION_RX.items() if rx.search(text)}
    return next(iter(found)) if len(found) == 1 else None


_CASE = re.compile(r"(?i)\b(high|base|low|central|upside|downside|bull|bear|reference|optimistic|pessimistic)[- ]"
                   r"(?:case|scenario)s?\b")


def _case(text: str) -> str | None:
    """The one scenario a text names ("in the high case" -> high); None for none or several."""
    found = {m.group(1).lower() for m in _CASE.finditer(text)}
    return next(iter(found)) if len(found) == 1 else None


_YEAR_END_Q = re.compile(r"(?i)\b(?:at|by|as\s+of)\s+(?:the\s+)?end\s+of\s+(?:its\s+|the\s+)?(?:fiscal\s+|calendar\s+)?"
                         r"(?:year\s+)?(?:fy\s?)?(?:19|20)?\d\d\b|\byear[- ]end\b")
_FOURTH_QUARTER_END = re.compile(r"(?i)\bend\s+of\s+(?:the\s+|its\s+)?(?:fiscal\s+)?fourth\s+quarter\b|\bq4[- ]end\b")


def _same_point(question: str, said: str) -> bool:
    """Is a figure stated at the end of the fourth quarter asked at the end of the year ("How many branches did
    it run at the end of fiscal 2025?" / "At the end of the fourth quarter of fiscal 2025, the Company ran 412
    branches")? A count or balance at a point in time is the same at both: the year ends with its fourth quarter."""
    return bool(_YEAR_END_Q.search(question) and _FOURTH_QUARTER_END.search(said))

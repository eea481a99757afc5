"""What a question asks of a figure: its level, its change, its growth rate, a comparison, or its direction.

One grammar over the wording, independent of which metric is asked:

- level: "What was Acme's FY2022 revenue?"
- change (a difference, in percentage points for ratios): "How much has revenue changed between FY2021 and
  FY2022?", "By how much did SG&A increase in fiscal 2022?", "FY22 vs FY21 gross margin", "How does FY2022
  operating income compare with FY2021?"
- growth (a rate): "What was the revenue growth rate from FY2021 to FY2022?", "year-over-year % change",
  "By what percentage did net income grow?", "... (in percent)"
- cagr: "the FY2019-FY2022 revenue CAGR"
- direction: "Did Acme's gross margin improve in FY2022?", "Did inventory decrease between 2021 and 2022?"
  (+1 asks about a rise or an improvement, -1 about a fall, 0 about any change)
- compare: two companies named for one figure ("Which had the higher FY2022 operating margin, Acme or Zeta?")

``read_asked`` returns the kind and the flags; the periods come from the period grammar and the metric from the
metric registry, both read elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YES_NO = re.compile(r"^\s*(?:(?:so|and|also|then|now)[,\s]+)?(?:did|does|do|has|have|had|is|are|was|were|will|would|"
                     r"can|could|should)\b", re.I)
_CAGR = re.compile(r"\bcagr\b|\bcompound(?:ed)?\s+annual\s+growth", re.I)
_RATE = re.compile(r"\bgrowth\s+rate\b|\bhow\s+fast\b|%\s*change|\bpercent(?:age)?\s+(?:change|increase|decrease|growth|decline)\b|"
                   r"\b(?:by\s+)?what\s+(?:percent(?:age)?|%)\b|\bhow\s+many\s+percent|\bin\s+(?:units\s+of\s+)?"
                   r"(?:percents?|percentage|%)|\bas\s+a\s+(?:percent(?:age)?|%)|\brate\s+of\s+(?:growth|change|"
                   r"increase|decline)\b|\bgrowth\s+(?:in|of)\b|\b(?:revenue|sales|earnings|income|eps)\s+growth\b|"
                   r"\bgrow(?:th)?\s+(?:%|percent)", re.I)
_CHANGE = re.compile(r"\bchang(?:e|ed|es|ing)\b|\bdifferen(?:ce|t)\b|\bdiffer\b|\bcompar(?:e|ed|es|ison)\b|\bvs\.?\b|"
                     r"\bversus\b|\bincreas(?:e|ed|es)\b|\bdecreas(?:e|ed|es)\b|\bgr[eo]w(?:n|th|s)?\b|\brise\b|\brose\b|"
                     r"\brisen\b|\bfall(?:en)?\b|\bfell\b|\bdecline[sd]?\b|\bdrop(?:ped)?\b|\bmove[sd]?\b|\bshift(?:ed)?\b|"
                     r"\byoy\b|\by/y\b|\byear[- ](?:over|on)[- ]year\b|\bevolv(?:e|ed)\b|\bimprov(?:e|ed|ement)\b|"
                     r"\bdeteriorat(?:e|ed|ion)\b|\b(?:go|goes|gone|went)\s+(?:up|down)\b|\bexpand(?:ed)?\b|\bcontract(?:ed)?\b|\bwiden(?:ed)?\b|\bnarrow(?:ed)?\b",
                     re.I)
_UP = re.compile(r"\b(?:increas(?:e|ed)|gr[eo]w|grown|rise|rose|risen|(?:go|goes|gone|went)\s+up|improv(?:e|ed)|expand(?:ed)?|"
                 r"widen(?:ed)?|higher|strengthen(?:ed)?)\b", re.I)
_DOWN = re.compile(r"\b(?:decreas(?:e|ed)|shr[ai]nk|shrunk|fall|fell|fallen|drop(?:ped)?|(?:go|goes|gone|went)\s+down|"
                   r"declin(?:e|ed)|deteriorat(?:e|ed)|contract(?:ed)?|narrow(?:ed)?|lower|weaken(?:ed)?|reduc(?:e|ed))\b",
                   re.I)
_BETTER = re.compile(r"\bimprov\w*|\bstrengthen\w*|\bdeteriorat\w*|\bweaken\w*|\bworsen\w*", re.I)
_HOW_MUCH = re.compile(r"\bhow\s+much\b|\bby\s+how\s+much\b|\bwhat\s+(?:was|is)\s+the\s+(?:change|difference|increase|"
                       r"decrease)\b|\bamount\s+of\s+(?:the\s+)?(?:change|increase|decrease)\b|\bin\s+(?:usd|us\$|\$|dollars)"
                       r"|\bdollar\s+(?:change|increase|decrease)\b|\babsolute\s+(?:change|increase|decrease)\b", re.I)
_PAIR_OF_COMPANIES = re.compile(r"\bor\b|\bvs\.?\b|\bversus\b|\bcompared?\s+(?:to|with)\b|\bthan\b|\band\b", re.I)


@dataclass(frozen=True)
class Asked:
    kind: str  # "level", "change", "growth", "cagr", "direction"
    direction: int = 0  # for "direction": +1 asks about a rise (or an improvement), -1 about a fall, 0 about any change
    better: bool = False  # the direction is asked as "improve"/"deteriorate": judged by which way is better
    rate: bool = False  # the change is asked as a percentage


_CLAUSE_YES_NO = re.compile(r"(?:^|[,;:?.]\s*)(?:so\s+|then\s+)?(?:is|are|was|were|does|do|did|has|have|had|would|could|"
                            r"can|should|will)\s+\w", re.I)


def is_yes_no(question: str) -> bool:
    """Does the question open like a yes/no question ("Did ...", "Is ...")?"""
    return bool(_YES_NO.search(question))


def asks_yes_no(question: str) -> bool:
    """Does any clause of the question ask yes or no ("Based on FY2022 data, is it capital intensive?")?"""
    return bool(_CLAUSE_YES_NO.search(question))


def read_asked(question: str, n_periods: int) -> Asked:
    """What the question asks of its figure, given how many distinct periods it names (a change needs two, or
    one with "year-over-year" / a change word, meaning against the period before)."""
    q = question
    if _CAGR.search(q):
        return Asked("cagr", rate=True)
    change_words = bool(_CHANGE.search(q))
    if not change_words and n_periods < 2:
        return Asked("level")
    if is_yes_no(q) and change_words:
        up, down = bool(_UP.search(q)), bool(_DOWN.search(q))
        direction = 1 if up and not down else -1 if down and not up else 0
        return Asked("direction", direction=direction, better=bool(_BETTER.search(q)), rate=bool(_RATE.search(q)))
    if _RATE.search(q) and not _HOW_MUCH.search(q.replace("how much percent", "")):
        return Asked("growth", rate=True)
    if change_words or n_periods >= 2:
        return Asked("change", rate=bool(_RATE.search(q)))
    return Asked("level")

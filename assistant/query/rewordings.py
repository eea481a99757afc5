"""Other analysts' wordings of questions mia reads, restated in the form its readers take (pure text).

The same question comes in many wordings; mia's readers (``query.intent``, ``answer.intents``, ``text.periods``)
each take one grammar for a figure. ``canonical`` restates a few wordings whose meaning is fixed by their grammar
alone into that grammar, before anything else reads the question:

- a share asked from its base: "What share of Contoso's revenue went to marketing in 2025?", "What percentage of
  sales did Contoso spend on product design in fiscal 2025?" -> "What was Contoso's marketing as a share
  of revenue in 2025?" (the item named after the verb is the part, the revenue or sales named first its base);
- the year to date up to a quarter: "year-to-date ... through Q3 2027" -> "... the first nine months of 2027" (a
  quarterly report's own column: the first quarter, the first half, the first nine months);
- a ratio named by its two figures, hyphenated: "Contoso's opex-to-sales ratio" -> "Contoso's ratio of opex to sales"
  (only when both are statement metrics and the hyphenated name is no metric of its own).

A wording these rules do not restate is returned as it is; nothing here looks at any document (the registry and
``query.intent`` only say which names are metrics).
"""

from __future__ import annotations

import re

from ..finance.registry import metric_for_phrase
from . import intent

# the base of a share: the company's top line ("revenue", "its total net revenue", "net sales", "sales")
_BASE = r"(?:its\s+|their\s+|the\s+company['’]s\s+)?(?:(?:total|net|consolidated)\s+){0,2}(?:revenues?|sales)"
# a company before its base ("Contoso's revenue", "Fabrikam Foods' net sales")
_OWNER = r"(?P<owner>[A-Z0-9][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})(?:['’]s|['’])\s+"
# the verb that makes what follows the part spent out of the base: "did Contoso spend on", "went to", "was spent on"
_SPENT = (r"(?:did\s+(?P<spender>[A-Z0-9][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}|it|the\s+company)\s+(?:spend|use)\s+on|"
          r"(?:was|were)\s+(?:spent|used)\s+on|went\s+(?:to|towards?|into)|(?:was|were)\s+(?:devoted|allocated)\s+to)")
# the part ends where the period, a unit or a second clause begins
_PART_END = (r"(?=\s+(?:in|for|during|over|at)\s+(?:the\s+)?(?:FY|(?:19|20)\d\d|(?:fiscal|years?|quarters?|first|second|"
             r"third|fourth|three|six|nine|twelve|Q[1-4]|H[12]|each|both)\b)|\s*[;?(]|\s+and\s+(?:in\s+)?(?:fiscal|FY|"
             r"(?:19|20)\d\d)|\s*,\s*(?:in\s+(?:percent|percentage|USD|%)|rounded|round|to\s+(?:one|two|three|\d)|"
             r"expressed|answer|and\s+(?:how|what|by|did|why|which))\b|\s*$)")
_SHARE_FROM_BASE = re.compile(
    r"\b(?P<what>[Ww]hat)\s+(?P<kind>percentage|percent|share|proportion|portion|fraction)\s+of\s+(?:" + _OWNER + r")?"
    r"(?P<base>" + _BASE + r")\s+" + _SPENT + r"\s+(?P<part>[^?;]{3,120}?)" + _PART_END)


def _share_from_base(question: str) -> str:
    m = _SHARE_FROM_BASE.search(question)
    if not m:
        return question
    owner = m.group("owner") or ""
    spender = m.group("spender") or ""
    if spender and spender.lower() not in ("it", "the company"):
        if owner and owner != spender:
            return question  # "What share of Contoso's revenue did Fabrikam spend on ...": two companies, no one share
        owner = spender
    part = m.group("part").strip()
    if re.match(r"(?:its|their|the)\b", part, re.I) or not re.search(r"[A-Za-z]{2}", part):
        part = re.sub(r"^(?:its|their|the)\s+", "", part, flags=re.I)
    if not part:
        return question
    base = re.sub(r"^(?:its|their|the\s+company['’]s)\s+", "", m.group("base"), flags=re.I)
    kind = m.group("kind").lower()
    kind = "percentage" if kind == "percent" else kind
    who = f"{owner}'s " if owner and not owner.endswith("s") else f"{owner}' " if owner else ""
    said = f"{m.group('what')} was {who}{part} as a {kind} of {base}"
    return question[: m.start()] + said + question[m.end("part"):]


# "year-to-date ... through Q3 2027", "YTD through the third quarter of fiscal 2027": the report's cumulative column
_YTD = r"(?:year[- ]to[- ]date|YTD)"
_THROUGH_QUARTER = re.compile(
    r"\s*,?\s*\b(?:through|thru|to|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:"
    r"Q(?P<q1>[1-3])\s*(?:of\s+)?(?:FY\s*|fiscal\s+(?:year\s+)?)?(?P<y1>(?:19|20)\d\d)|"
    r"(?:the\s+)?(?P<q2>first|second|third|1st|2nd|3rd)[\s-]+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s*)?"
    r"(?P<y2>(?:19|20)\d\d))\b", re.I)
_SPAN_OF = {1: "the first quarter of", 2: "the first half of", 3: "the first nine months of"}
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}


def _ytd_through_quarter(question: str) -> str:
    ytd = re.search(_YTD, question, re.I)
    if not ytd:
        return question
    m = _THROUGH_QUARTER.search(question, ytd.end())
    if not m or m.start() - ytd.end() > 80:
        return question
    q = int(m.group("q1")) if m.group("q1") else _ORDINAL[m.group("q2").lower()]
    year = m.group("y1") or m.group("y2")
    rest = question[: m.start()] + question[m.end():]
    # "year-to-date" itself becomes the span: "Contoso's year-to-date operating margin" -> "Contoso's operating
    # margin for the first nine months of 2027"
    head, tail = rest[: ytd.start()], rest[ytd.end():]
    tail = re.sub(r"^\s+", " ", tail)
    span = f"{_SPAN_OF[q]} {year}"
    clause = re.search(r"[?,;]|\s+(?:versus|vs\.?|compared|against|and\s+(?:for|in|over)|in\s+percent|in\s+USD)\b",
                       tail)
    cut = clause.start() if clause else len(tail)
    return (head + tail[:cut]).rstrip() + f" for {span}" + tail[cut:]


# "What was Contoso's opex-to-sales ratio", "its capex-to-D&A ratio": a ratio named by its two figures, hyphenated
_HYPHEN_RATIO = re.compile(
    r"\b(?P<ask>(?:what|how\s+high|how\s+large)\s+(?:is|was|were)\s+)(?P<owner>(?:[A-Z0-9][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}"
    r"(?:['’]s|['’])|the|its|their)\s+)(?P<a>[A-Za-z&][\w&]*)-to-(?P<b>[A-Za-z&][\w&]*(?:-[A-Za-z&][\w&]*)?)\s+ratio\b",
    re.I)


def _hyphen_ratio(question: str) -> str:
    """"What was Contoso's opex-to-sales ratio in 2025?" -> "What was Contoso's ratio of opex to sales in 2025?": a ratio
    named only by its two figures is the first over the second, which the definitions reader computes from the two
    figures' own rows (``query.definitions``: "ratio of A to B"). A hyphenated name mia knows as a metric of its own
    ("debt-to-equity ratio", with its own inputs), or one of whose figures names no statement metric ("price-to-earnings"),
    is left as written."""
    m = _HYPHEN_RATIO.search(question)
    if not m:
        return question
    name = f"{m.group('a')}-to-{m.group('b')}"
    if metric_for_phrase(name) or metric_for_phrase(f"{name} ratio") or intent._find_phrases(f"{name} ratio",
                                                                                             intent._CALC_WORDS):
        return question
    if not (metric_for_phrase(m.group("a")) and metric_for_phrase(m.group("b"))):
        return question  # "price-to-earnings": a figure no statement row holds; the name stays as the analyst wrote it
    said = f"{m.group('ask')}{m.group('owner')}ratio of {m.group('a')} to {m.group('b')}"
    return question[: m.start()] + said + question[m.end():]


def canonical(question: str) -> str:
    """The question restated in the grammar mia's readers take (see the module's docstring); unchanged when no
    rule applies."""
    out = _share_from_base(question)
    out = _ytd_through_quarter(out)
    out = _hyphen_ratio(out)
    return out if out == question else re.sub(r" {2,}", " ", out)

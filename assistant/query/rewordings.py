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
  (only when both are statement metrics and the hyphenated name is no metric of its own);
- (``dependence_share``, asked only after the question as written was declined) a dependence asked of a part: "How
  dependent was Contoso on its Harbor segment in 2025?", "How reliant is Contoso on the Americas?" -> "What share of
  Contoso's total revenue came from its Harbor segment in 2025?" (the part's share of the total, which the share
  readers compute from the part's and the total's rows of one table; only when the question names no other measure,
  asks nothing else and the part is no input the company buys or borrows).

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


# "How many times did Contoso's income from operations cover its net interest expense in 2025?", "How many times over did
# its operating profit cover interest expense ...": a coverage asked as how often one figure covers another
_TIMES_COVERED = re.compile(
    r"\bhow\s+many\s+times\s+(?:over\s+)?did\s+(?P<owner>[A-Z0-9][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}(?:['’]s|['’])|its|their|"
    r"the\s+company['’]s)\s+(?P<a>[A-Za-z][\w&\- ]{1,50}?)\s+cover\s+(?:its\s+|their\s+|the\s+)?(?P<b>(?:net\s+|total\s+)?"
    r"interest\s+expense(?:,?\s+net)?)(?=\s+(?:in|for|during|over|at|through)\b|\s*[,?;]|\s*$)", re.I)


def _times_covered(question: str) -> str:
    """"How many times did Contoso's income from operations cover its net interest expense in 2025?" -> "What was
    Contoso's interest coverage in 2025?": how many times operating income covers interest expense is the interest
    coverage ratio (operating income over interest expense, ``formulas.interest_coverage``). General rule (session 30):
    a coverage asked in words is the ratio of the covering figure to the one covered, never the covering figure's
    level (which a lookup of "income from operations" alone would give). Only operating income (by any of its names)
    over interest expense is restated; another pair is left as written."""
    m = _TIMES_COVERED.search(question)
    if not m or metric_for_phrase(m.group("a")) != "operating_income":
        return question
    owner = m.group("owner")
    owner = "its" if owner.lower() in ("its", "the company's", "the company’s") else owner
    return question[: m.start()] + f"what was {owner} interest coverage" + question[m.end():] if m.start() else \
        f"What was {owner} interest coverage" + question[m.end():]


# "How dependent was Contoso on ...", "How reliant is Fabrikam Foods on ...", "How heavily does Contoso depend on ...":
# the company is the subject itself, never a possessive ("Contoso's Harbor segment"): its part is then a part of a part
_DEPENDENT = re.compile(
    r"\b[Hh]ow\s+(?:(?:dependent|reliant)\s+(?:is|was|are|were)\s+(?P<owner>[A-Z0-9][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})"
    r"|(?:heavily|much)\s+(?:does|did|do)\s+(?P<owner2>[A-Z0-9][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+(?:depend|rely))"
    r"(?!['’])\s+(?:up)?on\s+(?P<part>[^?;]{3,120}?)" + _PART_END)
# a measure other than the top line named anywhere in the question: the dependence is then of that measure, which
# this rewording does not say ("by revenue and by operating income", "How much does Contoso's profit depend on")
_OTHER_MEASURE = re.compile(r"(?i)\b(?:income|profits?|earnings|ebitda|margins?|assets?|cash\s+flows?|capital|"
                            r"expenditures?|capex|costs?|expenses?|spending|purchases?|customers?\s+counts?|employees?|"
                            r"headcount|volumes?|units?|cases?|production|output|supply|supplies)\b")
# a part the company buys, borrows or employs: its dependence is no share of revenue ("on a few suppliers", "on debt
# financing", "on key personnel", "on third-party manufacturers", "on China for components")
_INPUT_PART = re.compile(r"(?i)\b(?:suppl\w*|vendors?|manufactur\w*|foundr\w*|financ\w*|debt|borrow\w*|credit|loans?|"
                         r"capital|funding|personnel|employees?|management|executives?|staff|talent|licen[cs]\w*|"
                         r"patents?|technology|third[- ]part\w*|partners?|components?|materials?|commodit\w*|energy|"
                         r"fuel|oil|gas|water|power|government|subsid\w*|grants?|acquisitions?|contractors?|"
                         r"outsourc\w*|inputs?|for)\b")


# a second ask after the part ("..., and which of its regions grew fastest?", "and did ... grow as fast?", "Compare ..."):
# the part's share answers only the first, and half an answer is no answer
_SECOND_ASK = re.compile(r"(?i)\b(?:and|but|or|while)\s+(?:which|what|how|why|where|whether|did|does|do|is|are|was|were|"
                         r"has|have|had|can|could|will|would)\b|\bcompare\w*\b|\bhow\s+(?:did|does|has|much|many)\b")


def dependence_share(question: str) -> str:
    """"How dependent was Contoso on its Harbor segment in 2025?" -> "What share of Contoso's total revenue came from its
    Harbor segment in 2025?"; unchanged when the question asks no dependence this reads (see the patterns above). Not
    part of ``canonical``: the answerer asks it only when the question as written was declined (``Answerer.ask``), so a
    wording another reader already answers is never reread."""
    m = _DEPENDENT.search(question)
    if not m:
        return question
    part = m.group("part").strip()
    if _INPUT_PART.search(part) or _OTHER_MEASURE.search(question) or not re.search(r"[A-Za-z]{2}", part):
        return question
    tail = question[m.end("part"):]
    if _SECOND_ASK.search(tail) or "?" in tail.partition("?")[2]:
        return question  # a second ask beside the dependence: the share alone would answer half the question
    owner = (m.group("owner") or m.group("owner2")).strip()
    who = f"{owner}'s" if not owner.endswith("s") else f"{owner}'"
    said = f"What share of {who} total revenue came from {part}"
    return question[: m.start()] + said + question[m.end("part"):]


def canonical(question: str) -> str:
    """The question restated in the grammar mia's readers take (see the module's docstring); unchanged when no
    rule applies."""
    out = _share_from_base(question)
    out = _ytd_through_quarter(out)
    out = _hyphen_ratio(out)
    out = _times_covered(out)
    return out if out == question else re.sub(r" {2,}", " ", out)

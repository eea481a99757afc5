"""A forecast revised in one clause: the new figure, the one it replaces, and the change computed by code.

Rule: "How many points did Contoso add to its margin outlook for the year?" or "By how much did
Northwind lower its capital spending outlook?" is answered from ONE clause that states the new figure and the
previous one of the asked measure:

- "we now expect adjusted EPS to grow 7 percent (previously 5 percent)", "... 7% (prior: 5%)";
- "raised its full-year sales outlook to $5.2 billion from $5.0 billion", "cut its capex target from $900
  million to $750 million";
- "9%, up from our previous guidance of 8%", "$1.1 billion, compared with the prior forecast of $1.3 billion".

The change is computed and shown with both figures ("Up 1 percentage point: 7 percent against 5 percent
previously"). Nothing is computed when:

- the question asks no revision (a raise, cut or revision of guidance, an outlook, a forecast, a target);
- the two figures are not of one kind (a percentage and an amount);
- the clause's measure is not the asked one: the words from the clause's start to the new figure ("and core EPS
  to increase 9 percent") must name a measure word of the question, and more of them than any other pair's
  clause ("organic revenue to increase 8 percent" does not answer a question about core EPS); a question naming
  no measure is answered only when the sentence holds one revision;
- the figures moved the other way than the question says ("raise" asked, the figures fell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.months import MONTH
from ..text.numbers import Num, parse_numbers
from ..text.moves import UP_REVISION_VERBS as _UP_VERB, DOWN_REVISION_VERBS as _DOWN_VERB

__all__ = ["Revision", "asks_changed", "asks_earlier", "asks_revision", "changed_verdict", "asks_superseded", "revisions_in", "revision_for", "revision_text", "superseded"]

_FORECAST = r"(?:guidance|outlook|forecasts?|targets?|expectations?|projections?|estimates?|plans?)"
_REVISE = (r"(?:rais(?:e|es|ed|ing)|lift(?:s|ed)?|increas(?:e|es|ed)|boost(?:s|ed)?|lower(?:s|ed)?|cut(?:s)?|"
           r"reduc(?:e|es|ed)|trim(?:s|med)?|revis(?:e|es|ed)|updat(?:e|es|ed)|chang(?:e|es|ed)|narrow(?:s|ed)?)")
_HOW_MUCH = re.compile(r"(?i)\bby\s+how\s+(?:much|many)\b|\bhow\s+many\s+(?:percentage\s+|basis\s+)?points\b|"
                       r"\bby\s+what\s+(?:amount|margin)\b|\bwhat\s+(?:was|is)\s+the\s+(?:size\s+of\s+the\s+)?"
                       r"(?:change|increase|decrease|revision|cut|raise)\b")


def asks_revision(question: str) -> bool:
    """Does the question ask by how much a forecast was revised ("how many points did it add to its
    guidance", "by how much did it cut its capex outlook")?"""
    q = " ".join(question.split())
    return bool(_HOW_MUCH.search(q) and re.search(rf"(?i)\b{_REVISE}\b", q) and re.search(rf"(?i)\b{_FORECAST}\b", q))


@dataclass(frozen=True)
class Revision:
    new: Num  # the figure now stated
    old: Num  # the figure it replaces
    governor: str  # the clause's words before the new figure (what the figure is of)


# "NEW (previously OLD)", "NEW (prior: OLD)", "NEW, previously OLD", "NEW, up from our previous guidance of OLD",
# "NEW compared with the prior forecast of OLD"
_AFTER_NEW = re.compile(
    rf"(?i)^\s*(?:\(\s*|,\s*)?(?:(?:previously|formerly|prior|was|from)\s*:?\s*|(?:(?:up|down)\s+from|compared\s+(?:with|to)|"
    rf"versus|vs\.?|against|replacing|instead\s+of)\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+|an\s+)?(?:previous(?:ly)?|prior|"
    rf"earlier|original|initial|former)\s+(?:[\w-]+\s+){{0,3}}?{_FORECAST}\s+(?:of\s+|for\s+)?(?:(?:an?\s+)?"
    rf"(?:increase|decrease|growth|decline|rise)\s+of\s+)?)$"
)
# "raised its outlook to NEW from OLD", "cut its target from OLD to NEW"
_TO_FROM = re.compile(r"(?i)^\s*from\s+$")
_FROM_TO = re.compile(r"(?i)^\s*to\s+$")


def _clause_start(text: str, end: int, floor: int) -> int:
    """Where the clause holding position ``end`` begins: after the last sentence break, semicolon or (for a later
    figure in a sentence of several) the end of the pair before it."""
    head = text[floor:end]
    cut = max(head.rfind(";"), head.rfind(". "), head.rfind(":"))
    return floor + cut + 1 if cut >= 0 else floor


def revisions_in(text: str) -> list[Revision]:
    """Every (new, previous) figure pair of one kind that ``text`` states as a revision, in order."""
    nums = [n for n in parse_numbers(text) if n.is_claim]
    forecast_said = bool(re.search(rf"(?i)\b{_FORECAST}\b|\b(?:now\s+)?expects?\b|\bpreviously\b", text))
    out: list[Revision] = []
    floor = 0
    used: set[int] = set()
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if i in used or a.unit != b.unit or a.unit == "bps":
            continue
        between = text[a.end : b.start]
        # the figure's unit word ("9 percent") belongs to it: ``parse_numbers`` keeps it in ``raw``
        if _AFTER_NEW.match(between) and (")" in text[b.end : b.end + 3] or "(" not in between):
            new, old = a, b
        elif forecast_said and re.search(rf"(?i)\b{_REVISE}\b", text[floor : a.start]) and (
                _TO_FROM.match(between) or _FROM_TO.match(between)):  # fmt: skip
            if _TO_FROM.match(between) and re.search(r"(?i)\bto\s*$", text[max(floor, a.start - 6) : a.start]):
                new, old = a, b  # "raised ... to NEW from OLD"
            elif _FROM_TO.match(between) and re.search(r"(?i)\bfrom\s*$", text[max(floor, a.start - 8) : a.start]):
                new, old = b, a  # "cut ... from OLD to NEW"
            else:
                continue
        else:
            continue
        first = min(new.start, old.start)
        start = _clause_start(text, first, floor)
        out.append(Revision(new, old, text[start:first]))
        used |= {i, i + 1}
        floor = max(a.end, b.end)
    return out


_GENERIC = frozenset("""by how many much what was is the a an of in for to did does do has have had its their our
    raise raised raises lift lifted increase increased increases boost boosted lower lowered cut cuts reduce reduced
    trim trimmed revise revised update updated change changed narrow narrowed guidance outlook forecast forecasts
    target targets expectation expectations projection projections estimate estimates plan plans full year
    fiscal annual percentage percent points point basis respect regard terms with as at on growth grow rise
    expect expects now amount size""".split())


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") if len(w) > 3 else w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&-]*", text)}


def revision_for(question: str, text: str, names: set[str] = frozenset()) -> Revision | None:
    """The revision of ``text`` that answers ``question``: the one pair whose clause names the asked measure best
    (see the module's rules); None when none does, two tie, or the figures moved against the asked direction."""
    found = revisions_in(text)
    if not found:
        return None
    q = re.sub(r"(?i)\b(?:FY|Q[1-4]|H[12])\s?'?\d{2,4}\w*|\b(?:19|20)\d\d\b", " ", question)
    asked = {w for w in _words(q) if w not in _GENERIC and w not in names and len(w) > 1}
    asked -= {n.lower() for n in names}
    if asked:
        scored = sorted(((len(asked & _words(r.governor)), k) for k, r in enumerate(found)), reverse=True)
        if scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            return None
        pick = found[scored[0][1]]
    elif len(found) == 1:
        pick = found[0]
    else:
        return None
    up, down = bool(_UP_VERB.search(question)), bool(_DOWN_VERB.search(question))
    if pick.new.value == pick.old.value or (up and not down and pick.new.value < pick.old.value) or (
            down and not up and pick.new.value > pick.old.value):  # fmt: skip
        return None
    return pick


def _fmt(value: float, decimals: int) -> str:
    return f"{abs(value):,.{decimals}f}"


def revision_text(r: Revision) -> str:
    """"Up 1 percentage point: 9 percent against 8 percent previously", "Down $150 million: $750 million against
    $900 million previously"."""
    diff = r.new.value - r.old.value
    word = "Up" if diff > 0 else "Down"
    decimals = max(r.new.decimals, r.old.decimals)
    both = f"{r.new.raw} against {r.old.raw} previously"
    if r.new.unit == "%":
        amount = _fmt(diff, decimals)
        return f"{word} {amount} percentage point{'' if amount == '1' else 's'}: {both}"
    scale = next(((s, w) for s, w in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
                  if re.search(rf"(?i)\b{w}\b", r.new.raw)), (1.0, ""))  # fmt: skip
    cur = "$" if r.new.unit == "$" else ""
    shown = _fmt(diff / scale[0], decimals)
    return f"{word} {cur}{shown}{' ' + scale[1] if scale[1] else ''}: {both}"


# ------------------------------------------------------------------ superseded figures (session 15, #11)
# Rule: a figure a sentence states as the one a newer figure replaced is never the figure that answers what a
# forecast, estimate or count is: "We now expect EUR 48 per megawatt-hour, raised from EUR 44 in our spring outlook", "That
# is below the 3.1 million we projected in March", "the 2022 figure was revised up from 2.7 million units",
# "$9.1 billion (previously $8.8 billion)". Only a question asking the earlier figure itself ("what was its earlier
# range?", "what did it forecast before the revision?") is answered by it.

_FORECAST_SAID = re.compile(rf"(?i)\b{_FORECAST}\b|\b(?:forecast|expect|project|estimat|predict|guid|anticipat)\w*\b|"
                            r"\b(?:now\s+)?see[sn]?\b")
# the words right before an old figure: "raised from", "revised down from", "cut from" (a revision verb taking the
# figure straight after "from"; "revised", "corrected", "restated" say so alone, the others in a sentence that speaks of a forecast)
_REVISED_FROM = re.compile(r"(?i)\b(?:revis|correct|restat)(?:ed|es|ing|e|s)?\s+(?:(?:up|down|upwards?|downwards?|higher|lower)\s+)?from\s+"
                           r"(?:(?:about|around|some|roughly|approximately|an?\s+(?:earlier|initial)\s+)\s*)?$")
_CHANGED_FROM = re.compile(r"(?i)\b(?:rais|lift|lower|cut|reduc|trimm?|upgrad|downgrad|increas|decreas)(?:ed|es|e)?\s+"
                           r"(?:(?:up|down|upwards?|downwards?)\s+)?from\s+(?:(?:about|around|some|roughly|approximately)\s+)?$")
# a figure restated ("revised", "corrected", "restated") and a line the restatement moved with it: "which also raised
# total 2023 shipments from 312,900" - the figure after "from" is the one replaced, the verb's object between
_RESTATED_SAID = re.compile(r"(?i)\b(?:revis(?:ed|ion)|correct(?:ed|ion)|restat(?:ed|ement))\b")
_MOVED_WITH_FROM = re.compile(r"(?i)\b(?:rais|lift|lower|cut|reduc|increas|decreas)(?:ed|es|e)?\s+(?:[\w'’-]+\s+){1,5}?"
                              r"from\s+(?:(?:about|around|some|roughly|approximately)\s+)?$")
# "from X to Y": a move between two figures both stated, not a replaced one
_TO_AFTER = re.compile(r"(?i)\s*(?:[a-z]+\s+){0,3}?(?:in\s+(?:fiscal\s+)?(?:19|20)\d\d\s+)?to\s+[$€£]?\s?\d")
# "previously $8.8 billion", "first put at 17.4 million", "our earlier range of $650 million", "an initial estimate of"
_EARLIER_SAID = re.compile(
    rf"(?i)(?:\b(?:previously|formerly|originally|initially)(?:\s+(?:put|estimated|forecast|expected|guided|reported|"
    rf"given|set|seen))?(?:\s+(?:at|as))?|\bfirst\s+(?:put|estimated|reported|given|set)\s+(?:at|as)|"
    rf"\b(?:previous|prior|earlier|original|initial|former|old)\s+(?:[\w-]+\s+){{0,3}}?(?:{_FORECAST}|ranges?|views?|figures?)\s+"
    rf"(?:of|was|had\s+been|at|"
    rf"for\s+(?:[\w-]+\s+){{0,3}}?of))\s+(?:(?:about|around|some|roughly|approximately)\s+)?$"
)
# the old figure as the object of a forecast made before: "the 3.1 million for 2026 we projected in March", "the
# $2.1 billion the company had expected earlier"
_FORECAST_BEFORE = re.compile(
    r"(?i)^(?:\s*[\w.%$-]+){0,6}?\s+(?:that\s+|which\s+)?(?:we|it|they|the\s+(?:company|group|firm|note|report|bank|"
    r"agency|authors?)|analysts|management|[A-Z][\w&.-]+)\s+(?:had\s+)?(?P<adv>(?:previously|earlier|originally|initially|"
    r"first)\s+)?(?:forecast|forecasted|expected|projected|estimated|predicted|guided\s+to|pencilled\s+in|penciled\s+in|"
    r"put\s+forward)\b(?P<rest>[^;:.]*)"
)
_BEFORE_NOW = re.compile(r"(?i)\b(?:in|last|earlier\s+this|early\s+this)\s+(?:" + MONTH + r"|spring|summer|autumn|fall|winter|year|month|quarter)\b|"
                         r"\b(?:earlier|previously|originally|initially|before|ago)\b|\bin\s+(?:our|its|their|the)\s+"
                         r"(?:[\w-]+\s+){0,2}(?:note|report|outlook|update|review|forecast)\b")


def superseded(text: str) -> list[tuple[int, int]]:
    """The spans of the figures ``text`` states as replaced by a newer one (see the rule above), in order."""
    nums = [n for n in parse_numbers(text) if n.is_claim]
    spans = {(r.old.start, r.old.end) for r in revisions_in(text)}
    forecast = bool(_FORECAST_SAID.search(text))
    restated = bool(_RESTATED_SAID.search(text))
    for k, n in enumerate(nums):
        if k and (nums[k - 1].start, nums[k - 1].end) in spans and re.fullmatch(r"\s*(?:to|-|–)\s*",
                                                                                   text[nums[k - 1].end : n.start]):
            spans.add((n.start, n.end))  # the upper end of an old range ("$650 million to $700 million")
            continue
        head = text[max(0, n.start - 90) : n.start]
        head = re.sub(r"(?:US|A|C|HK|NZ|S)?[$€£¥]\s*$|\b(?:EUR|USD|GBP|JPY|CHF|CNY|RMB)\s*$", "", head)
        if _REVISED_FROM.search(head) or (forecast and _CHANGED_FROM.search(head)) or _EARLIER_SAID.search(head) \
                or (restated and _MOVED_WITH_FROM.search(head) and not _TO_AFTER.match(text[n.end : n.end + 40])):
            spans.add((n.start, n.end))
            continue
        after = _FORECAST_BEFORE.match(text[n.end : n.end + 160])
        if after and (after.group("adv") or _BEFORE_NOW.search(after.group("rest"))):
            spans.add((n.start, n.end))
    return sorted(spans)


_EARLIER_WORD = re.compile(r"(?i)\b(?:earlier|previous(?:ly)?|prior|original(?:ly)?|initial(?:ly)?|former(?:ly)?|"
                           r"first(?!\s+(?:quarter|half|nine|six|three|two|fiscal))|old|before)\b")
# "a year earlier", "the prior year", "before taxes": another period or a line item, no earlier figure of the same one
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:years?|quarters?|months?|weeks?|periods?)\s+(?:earlier|before)\b|\b(?:prior|previous|"
                            r"preceding|earlier)\s+(?:fiscal\s+)?(?:years?|quarters?|months?|periods?|seasons?)\b|"
                            r"\bbefore\s+(?:income\s+)?tax\w*|\bbefore\s+(?:interest|depreciation|the\s+pandemic)\b")
_REVISION_WORD = re.compile(r"(?i)\b(?:revis\w*|replac\w*|supersed\w*|rais\w*|lift\w*|cut|lower\w*|trimm?\w*|"
                            r"upgrad\w*|downgrad\w*|chang\w*)\b")


def asks_earlier(question: str) -> bool:
    """Does the question ask the figure a newer one replaced ("what was its earlier range?", "what had it forecast
    before?"; not "a year earlier", "the prior year", "before taxes")? Then a replaced figure answers it first."""
    return bool(_EARLIER_WORD.search(_PERIOD_BEFORE.sub(" ", question)))


def asks_superseded(question: str) -> bool:
    """Does the question ask the earlier figure or a revision itself ("what was its earlier range?", "how did it
    change its outlook?")? Then a replaced figure is not set aside."""
    return asks_earlier(question) or bool(_REVISION_WORD.search(question))


# A yes/no asking whether a forecast was changed, the forecast the subject of the verb ("has the estimate changed?",
# "was the outlook cut?", "has the estimate been revised down?") or its object ("did the note revise its outlook?", "did
# they lower their 2026 forecast?"). The verb says which way, if any: "changed", "revised", "updated" say none.
_CHANGE_VERB = (r"(?P<verb>chang(?:e|ed|es)|revis(?:e|ed|es)|updat(?:e|ed|es)|rais(?:e|ed|es)|lift(?:ed|s)?|"
                r"increas(?:e|ed|es)|boost(?:ed|s)?|lower(?:ed|s)?|cut(?:s)?|reduc(?:e|ed|es)|trim(?:med|s)?|downgrad(?:e|ed|es)|"
                r"upgrad(?:e|ed|es))")
# (a report's "view" of a figure is its forecast: "has that view changed?", "we keep our view of ...")
_FORECAST_NOUN = r"(?:guidance|outlook|forecasts?|targets?|expectations?|projections?|estimates?|views?)"
_CHANGED_Q = (
    re.compile(rf"(?i)^\s*(?:(?:and|but|so)\s+)?(?:has|have|had|was|were|is)\s+(?:the|its|their|our|this|that)\s+(?:[\w'-]+\s+){{0,4}}?"
               rf"{_FORECAST_NOUN}\s+(?:(?:for|of)\s+(?:[\w'-]+\s+){{1,3}}?)?(?:been\s+|being\s+)?{_CHANGE_VERB}\b"),
    re.compile(rf"(?i)^\s*(?:(?:and|but|so)\s+)?(?:has|have|had|did|do|does)\s+(?:[\w'-]+\s+){{1,4}}?{_CHANGE_VERB}\s+(?:its|their|the|our|his|her)"
               rf"\s+(?:[\w'-]+\s+){{0,4}}?{_FORECAST_NOUN}\b"),
)
# "..., and has it been revised?", "and was it cut?": a pronoun standing for the forecast the question's part before names
_CHANGED_PRONOUN_Q = re.compile(rf"(?i)^\s*(?:(?:and|but|so)\s+)?(?:has|have|had|was|were|is)\s+(?:it|they|this|that)\s+"
                                rf"(?:(?:since|now|recently|already)\s+)?(?:been\s+|being\s+)?{_CHANGE_VERB}\b")
_FORECAST_NAMED = re.compile(rf"(?i)\b(?:{_FORECAST_NOUN}|forecast(?:s|ed)?|expect(?:s|ed)?|project(?:s|ed)|predict(?:s|ed)?)\b")
# the forecast said to stand: "we keep our forecast of ...", "leaves its outlook unchanged", "reaffirmed its guidance"
_KEPT = re.compile(rf"(?i)\b(?:unchanged|maintain(?:s|ed)?|reaffirm(?:s|ed)?|reiterat(?:es|ed)|keep(?:s)?|kept|"
                   rf"stands?\s+by|stood\s+by)\b[^.;]{{0,60}}?\b{_FORECAST_NOUN}\b|\b{_FORECAST_NOUN}\b[^.;]{{0,60}}?\b"
                   rf"(?:unchanged|stands)\b")


def asks_changed(question: str, antecedent: str = "") -> str | None:
    """Does a yes/no question ask whether a forecast was changed (``_CHANGED_Q``)? "any" (changed, revised, updated),
    "up" (raised, lifted) or "down" (cut, lowered); None when it does not. A part whose subject is a pronoun ("..., and
    has it been revised?") asks it when ``antecedent`` (the words of the part it goes on from) names a forecast."""
    q = " ".join(question.split())
    m = next((m for rx in _CHANGED_Q if (m := rx.search(q))), None)
    if m is None and _FORECAST_NAMED.search(antecedent):
        m = _CHANGED_PRONOUN_Q.search(q)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if _offered_ways(q[m.start("verb") :]):
        return "either"  # "has it been raised or cut?": which of the two it was
    return "up" if re.match(r"rais|lift|increas|boost|upgrad", verb) else \
        "down" if re.match(r"lower|cut|reduc|trim|downgrad", verb) else "any"


_UP_WAY = re.compile(r"(?i)rais|lift|increas|boost|upgrad")
_DOWN_WAY = re.compile(r"(?i)lower|cut|reduc|trim|downgrad")
# "raised or cut", "raised or lowered", "cut or raised": a change verb of each way joined by "or" (the two answers offered)
_OFFERED = re.compile(rf"(?i)^{_CHANGE_VERB}\s+or\s+(?:been\s+)?(?P<other>{_CHANGE_VERB.replace('?P<verb>', '')})\b")


def _offered_ways(text: str) -> dict[str, str] | None:
    """The two ways a question offers after its change verb ("raised or cut" -> {"up": "raised", "down": "cut"}), or
    None when it does not offer one of each."""
    m = _OFFERED.match(text)
    if m is None:
        return None
    ways: dict[str, str] = {}
    for word in (m.group("verb"), m.group("other")):
        way = "up" if _UP_WAY.match(word) else "down" if _DOWN_WAY.match(word) else None
        if way is None or way in ways:
            return None
        ways[way] = word.lower()
    return ways


def changed_verdict(question: str, text: str, antecedent: str = "") -> str | None:
    """"Yes" when ``text`` states the forecast's figure against the earlier one it replaces (a revision pair,
    ``revisions_in``, or a replaced figure, ``superseded``: "812 million square metres in 2026, below the 830 million we
    projected in our spring update") and the two differ, the way the question says if it says one; "No" when it says the forecast
    stands ("we keep our forecast of ...") and states no replaced figure; None otherwise (nothing decided)."""
    way = asks_changed(question, antecedent)
    if way is None:
        return None
    pairs = [(r.new, r.old) for r in revisions_in(text)]
    if not pairs:
        nums = [n for n in parse_numbers(text) if n.is_claim]
        for a, b in superseded(text):
            old = next((n for n in nums if (n.start, n.end) == (a, b)), None)
            new = next((n for n in reversed(nums) if n.end <= a and n.unit == old.unit
                        and (n.start, n.end) not in set(superseded(text))), None) if old is not None else None  # fmt: skip
            if old is not None and new is not None:
                pairs.append((new, old))
    if not pairs:
        return "No" if _KEPT.search(text) else None
    new, old = pairs[0]
    if new.value == old.value:
        return None
    if way == "either":  # "raised or cut?": the way the figures moved, in the question's word ("Raised")
        q = " ".join(question.split())
        m = next((m for rx in (*_CHANGED_Q, _CHANGED_PRONOUN_Q) if (m := rx.search(q))), None)
        ways = _offered_ways(q[m.start("verb") :]) if m else None
        return ways["up" if new.value > old.value else "down"].capitalize() if ways else None
    if way == "any" or (way == "up") == (new.value > old.value):
        return "Yes"
    return None

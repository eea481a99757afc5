"""Which member of a filing's segment note or revenue table grew fastest, was weakest or ranks first, computed per
member from the table's two period columns (issue 10, calc2).

Rule: "Which of Contoso's three regional segments grew NOI fastest in 2025?", "Among Northwind's four geographic
segments, which grew revenues fastest in FY2024 and which had the weakest topline performance?", "Which revenue line
grew fastest in the first six months of 2025 compared with the first six months of 2024?" is answered from ONE block
of member rows of a table on the asked company's pages:

- the question names a kind of member ("segment", "region", "revenue line", "product", "division", ...), how it
  ranks ("fastest", "weakest", "worst topline", "highest", "lowest", ...) and a measure (revenue / sales / topline,
  NOI, operating income / EBIT, EBITDA, ...); a second part ("... and which was weakest?") takes the kind, measure,
  count and period of the question;
- the block says that measure and no other: the title line right above its rows ("REVENUES", "Revenues",
  "Net sales by segment:"), else the table's caption or heads; a row label "East - NOI" / "Segment: East" says it
  for its own member;
- members are the block's rows, without totals, subtotals and rows that are no members (corporate, other,
  eliminations, intersegment, reconciling items); a block below the table's first takes the first's column heads
  when it prints none and has as many figures per row;
- a count the question states ("four", "three") must be the members' count; when it asks geographic members
  ("geographic", "regional", "region") only rows naming a place or region are members, and without a stated count
  every member row must name one; otherwise no answer (a missing or extra member);
- the columns are the asked period's and the one a year before it, read from the heads (the asked group of
  three / six / nine / twelve months when the heads name groups); a change ranks by each member's growth between
  them, and every member's figures in both periods must be positive (no rate from or into a loss); a level ranks
  the asked period's figures; a tie, or two tables putting different members first, is no answer.

The answer names the member, and the ranking line gives every member's figures and growth, computed, citing the
rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import prose_pdf_tables as pdf_tables
from .prose_places import place_key

__all__ = ["asks_member_ranking", "MemberRanking", "rank_members", "table_query", "states_member_margin"]

_KIND = (r"segments?|regions?|geograph\w*|divisions?|business(?:es)?|units?|revenue\s+(?:lines?|streams?|sources?)|"
         r"lines?|products?|categor(?:y|ies)|brands?|channels?|markets?|propert(?:y|ies)|areas?|portfolios?|"
         r"reportable\s+segments?|operations?|tiers?")  # fmt: skip
# the pick: "which of its segments", "what region"; or the members named before it ("Among X's operating segments
# (excluding Corporate), which ...", "Ranking X's five business segments by margin, which ...", "Of its four
# divisions, which one ..."); a later part opening with "which"
_WHICH = re.compile(rf"(?i)\bwhich\s+(?:of\s+)?(?:[\w&'’.-]+\s+){{0,5}}?(?:{_KIND})\b|"
                    # "what region", "what business segment"; never "what share of the Western segment's revenue"
                    rf"\bwhat\s+(?!(?:share|portion|percentage|percent|proportion|part|fraction|amount|much|many)\b)"
                    rf"(?:(?!(?:of|the|its|their)\b)[\w&'’.-]+\s+){{0,3}}?(?:{_KIND})\b|"
                    rf"\b(?:among|across|of|ranking|rank|out\s+of)\s+(?:[\w&'’.-]+\s+){{0,6}}?(?:{_KIND})\b"
                    # the members listed in parentheses after the kind ("(East; Central; West)") are the question's
                    rf"(?:\s*\([^()]{{0,200}}\))?[^?.;]{{0,80}}?,\s*(?:which|what)\b|^\s*(?:and\s+)?which\b")
_LOW_CHANGE = re.compile(r"(?i)\bweake(?:st|r)\b|\bwors[te]\b|\bslowe(?:st|r)\b|\b(?:biggest|largest|sharpest|steepest|greatest|"
                         r"deepest)\s+(?:[\w-]+\s+){0,2}?(?:drop|declines?|decrease|fall)\b|"
                         r"\b(?:declined|fell|dropped|shrank)\s+(?:the\s+)?most\b|\bgrew\s+(?:the\s+)?(?:least|slowest)\b|"
                         # "which segment's rate fell more": of two, the larger decline
                         r"\b(?:declined|fell|dropped|decreased|shrank|slipped)\s+(?:by\s+)?more\b")
_HIGH_CHANGE = re.compile(r"(?i)\b(?:faste(?:st|r)|stronge(?:st|r)|(?!(?-i:Best\s+[A-Z]))best|better)\b|\b(?:biggest|largest|highest|greatest)\s+(?:[\w-]+\s+)"
                          r"{0,2}?(?:growth|increase|rise|gain|improvement)\b|\b(?:grew|improved|increased|rose|expanded|gained)\s+"
                          r"(?:[\w()/-]+\s+){0,12}?(?:the\s+)?most\b")
# a superlative, or the comparative that picks one of two ("which of its two segments had the higher margin"); "Best"
# opening a capitalized name ("Best Western") is a name, no ranking
_HIGH = re.compile(r"(?i)\b(?:highest|largest|biggest|greatest)\b|\b(?:had|has|have|with|reported|counted)\s+the\s+most\b|"
                   r"\bthe\s+(?:higher|larger|bigger|greater)\b")
_LOW = re.compile(r"(?i)\b(?:lowest|smallest)\b|\bthe\s+(?:lower|smaller)\b")

# the measures a ranking may be asked by, each with the words a block, caption or label says it in
_MEASURES = {
    "revenue": (r"revenues?|sales|top\s*-?\s*line|turnover", r"revenues?|sales"),
    "noi": (r"NOI|net\s+operating\s+income", r"NOI|net\s+operating\s+income"),
    "operating income": (r"operating\s+(?:income|profit)|EBIT|segment\s+(?:profit|income)|earnings\s+before\s+"
                         r"interest\s+and\s+taxes", r"operating\s+(?:income|profit)|EBIT|segment\s+(?:profit|income)|"
                         r"earnings\s+before\s+interest\s+and\s+taxes"),  # fmt: skip
    "ebitda": (r"(?:adjusted\s+)?(?:property\s+)?EBITDAR?", r"EBITDAR?"),
}
# words that make a block another measure than the one its measure word names ("Cost of revenues")
_OTHER = re.compile(r"(?i)\b(?:costs?|expenses?|deferred|unearned|returns?|allowances?|receivables?|assets?|"
                    r"depreciation|additions|capital)\b")
_NOT_MEMBER = re.compile(r"(?i)\b(?:total|totals|subtotal|combined|consolidated|unallocated|eliminations?|"
                         r"reconcil\w*|adjust\w*|intersegment|inter-segment|corporate|affiliates|non-?reportable|"
                         r"deferr\w*|net\s+effect)\b|"
                         r"^\s*(?:all\s+)?others?\b")  # "Other", "All other"; "Entertainment, retail and other" is one


def _not_member(label: str) -> bool:
    """Whether a row label is no member (``_NOT_MEMBER``); "Other <place>" ("Other International", "Other Asia") is a
    residual region reported as a member of its own, not the residual "Other" row."""
    m = _NOT_MEMBER.search(label)
    if m is None:
        return False
    rest = re.match(r"(?i)^\s*(?:all\s+)?other\s+(?P<rest>.+)$", label)
    if rest and m.start() == 0 and not _NOT_MEMBER.search(rest.group("rest")) and \
            (_REGION_NAMES.search(rest.group("rest")) or _GEO_WORDS.search(rest.group("rest"))):
        return False
    return True


_GEO_ASKED = re.compile(r"(?i)\bgeograph\w*|\bregions?\b|\bregional\b")
_GEO_WORDS = re.compile(r"(?i)\b(?:north|south|east|west|northeast|northwest|southeast|southwest|central|eastern|"
                        r"western|northern|southern|international|domestic|americas?|pacific|atlantic|world|"
                        r"emerging\s+markets?|developed\s+markets?|overseas|mainland|greater|rest\s+of)\b")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = re.compile(rf"(?i)\b({'|'.join(_COUNTS)}|[2-9])\s+(?:[\w&'’.-]+\s+){{0,4}}?(?:{_KIND})\b")
# the measure first, then its member, after a colon or a spaced dash: "Net sales: Marine", "Revenues - Marine"
_MEASURE_FIRST = re.compile(r"^\s*(?P<measure>[A-Za-z][\w ,&'’()-]{2,60}?)(?::|\s+[-–—])\s+(?P<member>[A-Z][\w&.'’ ,()-]*)$")
_LABEL_SPLIT = re.compile(r"^\s*(?:segment\s*:\s*)?(?P<member>[A-Z][\w&'’ ,.-]*?)\s+[-–—:]\s+(?P<measure>.+)$", re.I)


# a later part asking only the size of the pick's figure: "and by how many percentage points?", "at what rate?", "by
# how much?", "and what was it?"
_SIZE_OF_PICK = re.compile(r"(?i)^\s*(?:and\s+)?(?:by\s+how\s+(?:much|many\s+(?:percentage\s+points|points|basis\s+points|"
                           r"percent))|at\s+what\s+(?:rate|pace)|how\s+(?:much|large|big|fast)(?:\s+was\s+(?:it|that))?|"
                           r"what\s+was\s+(?:it|that|the\s+(?:change|decline|increase|growth|rate))|"
                           r"where\s+did\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:end\s+up|finish|land|settle|stand)|"
                           # "by how much did its operating profit change, in USD millions?": the pick's own move
                           r"by\s+how\s+much\s+did\s+(?:its|their|the|that)\s+(?:[\w/()-]+\s+){0,3}?(?:change|move|"
                           r"rise|fall|grow|increase|decline|improve)(?:,?\s+in\s+[\w$ ]{1,24})?)"
                           r"\s*\??\s*$")


# a later part asking the pick's own figure in the ranking: "and what was that margin?", "what was its share?", or its
# part of the members' total: "how many of the company's total average users did it account for?", "what share of the
# total did it represent?"
_PICK_FIGURE = re.compile(r"(?i)^\s*(?:and\s+)?what\s+(?:was|is)\s+(?:that|its|the|this)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:margin|rate|share|figure|level|amount|percentage|growth(?:\s+rate)?)\s*\??\s*$")
_SHARE_OF_PICK = re.compile(r"(?i)^\s*(?:and\s+)?(?:how\s+(?:much|many)|what\s+(?:share|percentage|portion|proportion|part))"
                            r"\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:did|does|do)\s+(?:it|they)\s+"
                            r"(?:account\s+for|represent|make\s+up|contribute)\s*\??\s*$")


def asks_pick_figure(part: str, lead: str) -> bool:
    """Whether a later part asks the figure the ranking before gave its pick (``_SIZE_OF_PICK``, ``_PICK_FIGURE``),
    or the pick's part of the members' total, which only a ranking ``lead`` stating that share answers. General
    rule: such a part is answered by the same ranked rows, never by a figure of another passage."""
    if _SIZE_OF_PICK.match(part) or _PICK_FIGURE.match(part):
        return True
    return bool(_SHARE_OF_PICK.match(part)) and bool(re.search(r"\d%\s+of\s+it\b", lead))


def asks_member_ranking(part: str, question: str = "") -> str | None:
    """How a "which member ..." question ranks: "high-change", "low-change", "high" or "low"; None when the part
    asks no ranking of members (the whole question must name a kind of member and the part, or the question, a
    way of ranking)."""
    whole = question or part
    if question and part != question and _SIZE_OF_PICK.match(part) and _WHICH.search(question):
        return asks_member_ranking(question)  # "..., and by how many percentage points?": the question's ranking
    if not _WHICH.search(part) or not re.search(rf"(?i)\b(?:{_KIND})\b", whole):
        return None
    for name, rx in (("low-change", _LOW_CHANGE), ("high-change", _HIGH_CHANGE), ("low", _LOW), ("high", _HIGH)):
        if rx.search(part):
            return name
    for name, rx in (("profit-change", _TO_PROFIT), ("loss-change", _TO_LOSS), ("fell-change", _ONE_FELL),
                     ("rose-change", _ONE_ROSE)):
        if rx.search(part):
            return name
    return None


# a later part asking whether the member the part before ranked first also ranks first on another measure or basis:
# "..., and was it also the segment whose subscription revenue grew fastest?", "Does the ranking hold once comparable
# sales exclude fuel?", "Is the order the same on an organic basis?", "and did the same region also lead on profit?"
_AGAIN = re.compile(r"(?i)^\s*(?:and\s+)?(?:(?:was|is|did|does|were)\s+(?:it|that|this|they|(?:the\s+same|that|this)\s+"
                    r"[\w-]+)\s+also\b|(?:does|did|would|do|will)\s+(?:the|this|that|its)\s+(?:ranking|order|lead|result)\s+"
                    r"(?:still\s+)?(?:hold|stand|stay|remain|change)\b|(?:is|was|would)\s+(?:the|this|that)\s+(?:ranking|order)\s+"
                    r"(?:be\s+)?the\s+same\b)")
# words of such a part that name no measure or basis: the asking, the ranking, the members' kind, joining words
_AGAIN_PLAIN = {"also", "same", "that", "this", "they", "ranking", "order", "lead", "leads", "result", "hold", "holds",
                "still", "stand", "stay", "remain", "change", "does", "would", "will", "whose", "which", "once",
                "when", "after", "under", "with", "from", "into", "than", "basis", "terms", "measured", "using",
                "grew", "grow", "growth", "grown", "fastest", "faster", "slowest", "slower", "highest", "lowest",
                "largest", "smallest", "biggest", "strongest", "weakest", "best", "worst", "most", "least", "rank",
                "ranked", "ranks", "first", "there", "their", "have", "been", "were", "what", "fiscal", "year",
                "years", "rate", "rates", "increase", "increased", "rose", "rising", "the", "its", "one"}


def asks_rank_again(part: str) -> bool:
    """Whether ``part`` asks if the member the part before ranked first ranks first again on another measure or
    basis (``_AGAIN``)."""
    return bool(_AGAIN.match(part))


def rank_again(part: str, before: MemberRanking, question: str, page: str, years: set[int], around: str = ""
               ) -> tuple[MemberRanking, str, str] | None:  # fmt: skip
    """For "..., and was it also the segment whose subscription revenue grew fastest?" / "Does the ranking hold once
    comparable sales exclude fuel?": the members ranked again, on ``page``, by the measure and basis the part names
    (every word of it said by the block's title, caption or heads), the way the part says or, when it says none, the
    way the part before ranked; with the verdict ("Yes" when the same member ranks first) and the line stating both
    picks. General rule: a second ranking is answered from its own block of the same members, never from the
    first's; members that differ between the two rankings, or no block saying the basis, give no verdict."""
    if not asks_rank_again(part):
        return None
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", _AGAIN.sub(" ", part))
             if w.lower() not in _AGAIN_PLAIN and not re.fullmatch(rf"(?i){_KIND}", w)]
    named = asked_measure(part)
    if named is not None and not named.endswith("margin") and named != before.measure:
        # "was it also the brand whose revenues grew fastest?": another measure of the registry, named alone, is read
        # from its own block like any ranking; only words beyond its name qualify the block
        words = [w for w in words if not re.fullmatch(rf"(?i)(?:{_MEASURES[named][0]})", w)]
    qualified = _qualifier_stems(" ".join(words))
    if not qualified and (named is None or named == before.measure or named.endswith("margin")):
        return None  # no measure or basis named: nothing to rank again by
    sense = asks_member_ranking(f"which {part}", question) or before.sense
    if sense.endswith("change") != before.sense.endswith("change") and not asks_member_ranking(f"which {part}", question):
        return None
    again = rank_members(part, question, page, years, around, qualified=qualified, sense=sense)
    if again is None or (before.year and again.year != before.year) or \
            sorted(_squash(m.label) for m in again.members) != sorted(_squash(m.label) for m in before.members):
        return None
    if again.top.old is not None and words and len(words) <= 4:
        # a ranking computed from the basis's own block names that basis ("by subscription revenue"), not the
        # measure it is a part of
        said = " ".join(w.lower() for w in words)
        again = replace(again, lead=again.lead.replace(f"by {again.measure},", f"by {said},"),
                        text=again.text.replace(f"by {again.measure},", f"by {said},"))
    same = _squash(again.top.label) == _squash(before.top.label)
    mine = next(m for m in again.members if _squash(m.label) == _squash(before.top.label))
    basis = " ".join(_AGAIN.sub(" ", part).split()).strip(" ?.")
    if same:
        line = f"Yes: asked again (\u201c{basis}\u201d), {before.top.label} ranks first too ({_shown(again, again.top)})"
    else:
        line = (f"No: asked again (\u201c{basis}\u201d), {again.top.label} ranks first ({_shown(again, again.top)}) and "
                f"{before.top.label} comes {_place(again, mine)} ({_shown(again, mine)})")
    return again, "Yes" if same else "No", line


def _squash(label: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", label.lower()))


def _shown(r: MemberRanking, m: Member) -> str:
    """A member's figure in a ranking: the stated cell, or its computed growth."""
    if r.sense.endswith("change") and m.old is not None:
        points = m.new_cell.endswith("%")
        return f"{m.value:+.1f}{' percentage points' if points else '%'}"
    return _fmt(m.new_cell)


def _place(r: MemberRanking, m: Member) -> str:
    order = sorted(r.members, key=lambda x: x.value if r.sense.startswith("low") else -x.value)
    k = order.index(m)
    return ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"][k] if k < 8 else f"#{k + 1}"


# the one member whose figure crossed zero or moved one way, asked without a superlative: "Which division swung from an
# operating loss in 2024 to an operating profit in 2025?", "Which of its three segments saw its operating income
# decline in 2025?": answered only when exactly one member did so (``_one_moved``)
_SWING = r"(?:swung|swing|swings|turned|moved|went|shifted|flipped|returned|recovered)"
_TO_PROFIT = re.compile(rf"(?i)\b{_SWING}\s+(?:[\w-]+\s+){{0,3}}?from\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?loss(?:es)?\b"
                        rf"[^?]{{0,80}}?\bto\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:profit|income|earnings)\b|"
                        rf"\b(?:swung|swing|turned|returned)\s+(?:to\s+)?(?:an?\s+)?(?:operating\s+)?profit(?:ability)?\b")
_TO_LOSS = re.compile(rf"(?i)\b{_SWING}\s+(?:[\w-]+\s+){{0,3}}?from\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:profit|income|earnings)\b[^?]{{0,80}}?\bto\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?loss\b")
def _which_moved(verbs: str, nouns: str) -> re.Pattern[str]:
    """"Which <members> <verb>" or "which <members> saw its <measure> <noun>": one member that moved one way."""
    return re.compile(rf"(?i)\bwhich\s+(?:[\w&'’.()/,-]+\s+){{0,14}}?(?:{verbs}|"
                      rf"(?:saw|had|posted|reported)\s+(?:its|their|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{nouns})s?)\b")


_ONE_FELL = _which_moved("declined|decreased|fell|dropped|shrank", "decline|decrease|fall|drop")
_ONE_ROSE = _which_moved("increased|rose|grew", "increase|rise|growth")
_ONE_MOVE = {"profit-change": "swung from a loss to a profit", "loss-change": "swung from a profit to a loss",
             "fell-change": "declined", "rose-change": "increased"}


# a margin asked of each member: its numerator's words before "margin" ("operating profit margin", "segment
# margin", "EBITDAR margin"), or "<numerator> as a percentage of <net sales>"; other margins (gross, net, pre-tax,
# contribution, a bare "profit margin") are no measure a segment table states both inputs of
_MARGIN = re.compile(r"(?i)\b(?P<num>(?:segment\s+)?operating(?:\s+(?:profit|income))?|segment(?:\s+(?:profit|income))?|EBIT|"
                     r"(?:adjusted\s+)?(?:property\s+)?EBITDAR?|(?P<other>gross|net|pre-?tax|contribution|profit|"
                     r"income))\s+(?:profit\s+)?margins?\b|\b(?P<num2>(?:segment\s+)?operating\s+(?:income|profit)|"
                     r"segment\s+(?:profit|income)|(?:adjusted\s+)?EBITDAR?)\s+as\s+an?\s+(?:percentage|percent|%|share)\s+"
                     r"of\s+(?:(?:total|net|segment)\s+)*(?:revenues?|sales)\b")
# a ratio the question defines ("(operating profit / net sales)", "operating profit divided by net sales")
_RATIO_STATED = re.compile(r"(?i)(?P<num>[\w'’ -]{3,60}?)\s*(?:/|÷|\bdivided\s+by\b)\s*(?P<den>[\w'’ -]{3,60})")


def asked_margin(text: str) -> str | None:
    """The measure whose margin on revenue a question asks of each member ("operating income" for "operating profit
    margin", "segment margin", "operating income as a percentage of net sales"; "ebitda" for "Adjusted EBITDAR
    margin"), "" when it asks a margin no segment table gives both inputs of (gross, net, pre-tax, a bare "profit
    margin") or defines one with another numerator or denominator, None when it asks no margin."""
    m = _MARGIN.search(text)
    if not m:
        return None
    if m.group("other"):
        return ""
    words = m.group("num") or m.group("num2")
    num = "ebitda" if re.search(r"(?i)EBITDA", words) else "operating income"
    stated = _RATIO_STATED.search(text)
    if stated and not (re.search(rf"(?i)\b(?:{_MEASURES[num][0]}|segment\s+(?:operating\s+)?profit)\b",
                                 stated.group("num"))
                       and re.search(rf"(?i)\b(?:{_MEASURES['revenue'][0]})\b", stated.group("den"))):
        return ""  # a ratio defined otherwise than the margin read here
    return num


_AS_SHARE_OF = re.compile(r"(?i)\bas\s+an?\s+(?:percentage|percent|%|share|proportion|ratio|portion|fraction)\s+"
                          r"of\s+(?:(?:total|net|segment|its|the)\s+)*(?:revenues?|sales)\b|"
                          r"\b(?:divided\s+by|over|relative\s+to|/)\s+(?:(?:total|net|segment|its|the)\s+)*(?:revenues?|sales)\b")


def asked_measure(part: str, question: str = "") -> str | None:
    """The measure a ranking asks ("revenue" for "topline", "grew revenues"), from the part, else the question;
    "<measure> margin" when a margin on revenue is asked (``asked_margin``); None when neither names one, or names
    two, or asks a margin not read here."""
    for text in (part, question):
        margin = asked_margin(text)
        if margin is not None:
            return f"{margin} margin" if margin else None
        # "gross profit as a percentage of revenue", "costs as a share of net sales": revenue is the base of the
        # figure asked, never the measure ranked
        text = _AS_SHARE_OF.sub(" ", text)
        found = {name for name, (q, _) in _MEASURES.items() if re.search(rf"(?i)\b(?:{q})\b", text)}
        if "operating income" in found and "noi" in found and re.search(r"(?i)net\s+operating\s+income", text):
            found.discard("operating income")
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def states_member_margin(question: str) -> bool:
    """Whether the formula a question states is the margin on revenue it asks of each member ("Which segment had the
    highest operating margin (operating profit divided by net sales)?"): the ranking computes exactly
    that from the members' rows, so the rows may answer it."""
    return bool(asks_member_ranking(question) and asked_margin(question))


_KIND_NOUN = re.compile(rf"(?i)\b(?:{_KIND})\b")
_SINGULAR = {"segments": "segment", "regions": "region", "divisions": "division", "businesses": "business",
             "units": "unit", "lines": "line", "products": "product", "categories": "category", "brands": "brand",
             "channels": "channel", "markets": "market", "properties": "property", "areas": "area",
             "portfolios": "portfolio", "operations": "operation", "streams": "stream", "sources": "source"}


def table_query(question: str) -> str | None:
    """For a ranking of members, a search text that finds the filer's table of the members' figures (a segment note,
    an MD&A table "Net revenue and operating profit of each division"), rather than pages sharing the question's
    other words: the measure as the question words it (both inputs of a margin) "by" the kind of member asked
    ("net revenue by division", "net sales and operating profit by segment"); None for other questions."""
    if asks_member_ranking(question) is None:
        return None
    kinds = [k.group(0).lower().split()[-1] for k in _KIND_NOUN.finditer(question)]
    kinds = [_SINGULAR.get(k, k) for k in kinds if not k.startswith("geograph")] or ["geographic area"]
    kinds.sort(key=lambda k: k not in ("segment", "division", "region"))  # "business segments": the segment
    if asked_measure(question) is None:
        if _NET_INCOME.search(question) and asked_margin(question) is None:
            return f"net income by {kinds[0]}, {kinds[0]} results"
        return None
    measure = asked_measure(question) or ""
    if measure.endswith(" margin"):
        num = "EBITDA" if measure.startswith("ebitda") else "operating profit"
        said = f"net sales and {num}"
        if _MOVE.search(question):  # a margin's move: the filer's table stating each member's margin too
            margin = "EBITDA margin" if measure.startswith("ebitda") else "operating margin"
            return f"{said} by {kinds[0]}, {margin} by {kinds[0]}"
    else:
        m = re.search(rf"(?i)\b(?:(?:net|total|segment)\s+)?(?:{_MEASURES[measure][0]})\b", question)
        said = m.group(0) if m else measure
        if re.search(r"(?i)top\s*-?\s*line|turnover", said):
            said = "net revenues"
    return f"{said} by {kinds[0]}"


def says_measure(text: str, measure: str) -> bool:
    """Whether a block title, caption or label says ``measure`` and is not another measure built on its word."""
    return bool(re.search(rf"(?i)\b(?:{_MEASURES[measure][1]})\b", text)) and not _OTHER.search(text)


# words before a measure's name that narrow nothing: the whole, its basis, the members' kind, articles
_PLAIN_BEFORE = {"total", "net", "segment", "segments", "reportable", "consolidated", "company", "group", "external",
                 "gross", "operating", "fiscal"}
# where the noun phrase of the measure begins (an article, a possessive, a preposition: "percentage of net sales"),
# or a caption sentence's verb before it ("The following table presents revenue by segment"): nothing narrows it
_CAPTION_WORDS = {"presents", "present", "presented", "shows", "show", "summarizes", "summarises", "summarize", "sets",
                  "forth", "provides", "includes", "lists", "reflects", "following", "below", "table", "tables",
                  "from", "to", "with", "on", "at", "is", "are", "was", "were", "as", "follows", "our", "the", "its",
                  "their", "a", "an", "of", "by", "in", "for", "and", "&",
                  # a heading's own nouns: "Business Segment Information Net Sales", "Selected Financial Data Revenue"
                  "information", "data", "results", "summary", "highlights", "details"}


# the last word of a measure's name: heads naming two measures side by side end one name with it
_MEASURE_ENDS = {"revenue", "revenues", "sales", "profit", "income", "noi", "ebit", "ebitda", "ebitdar"}


def narrowed(text: str, measure: str, question: str) -> bool:
    """Whether a block's title or caption names a part of the measure the question does not ask: a word right before
    the measure's name ("Subscription revenue by segment", "Product sales by region", "Services revenue") that is
    not a plain word of the whole (total, net, segment, consolidated, ...) and is not in the question. General
    rule: a ranking by a measure is read from the block of that measure, never from a block of one part of it (a
    segment note's subscription revenue is not its revenue)."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]*", question)}
    for m in re.finditer(rf"(?i)\b(?:{_MEASURES[measure][1]})\b", text):
        # the phrase begins after an opening parenthesis or a stop ("by region (passenger revenue in millions")
        for w in reversed(re.findall(r"[A-Za-z][A-Za-z-]*", re.split(r"\(|[;:.]\s", text[:m.start()])[-1])[-3:]):
            lw = w.lower()
            if lw in _CAPTION_WORDS or lw in _MEASURE_ENDS:
                break  # the phrase's start, or the end of another measure's name ("Net Revenue Operating Profit")
            if lw in _PLAIN_BEFORE or lw in asked:
                continue
            return True
    return False


def stated_count(question: str) -> int | None:
    m = _COUNT.search(question)
    if not m:
        return None
    word = m.group(1).lower()
    return _COUNTS.get(word) or int(word)


_REGION_NAMES = re.compile(r"\b(?:America|Europe|Asia|Africa|Middle\s+East|Latin|Oceania|EMEA|APAC|APLA|LATAM|"
                           r"U\.?S\.?A?|United\s+States|United\s+Kingdom|UK|Canada|Mexico|China|Japan|India|"
                           r"Australia|Brazil|Korea)\b")


def _geographic(label: str) -> bool:
    """Whether a row label names a place or a region ("Greater China", "Europe, Middle East & Africa", "East")."""
    return bool(_REGION_NAMES.search(label) or _GEO_WORDS.search(label)
                or any(place_key(w) for w in re.findall(r"[A-Z][a-z]+", label)))


@dataclass(frozen=True)
class Member:
    label: str
    old: float | None
    new: float
    old_cell: str
    new_cell: str
    value: float  # what ranks: the growth in percent, or the level
    row: pdf_tables.Row


@dataclass(frozen=True)
class MemberRanking:
    sense: str
    measure: str
    top: Member
    members: tuple[Member, ...]  # every member, in the table's order
    what: str  # "revenue, 2023 to 2024, six months"
    lead: str  # the member, its figure and what it is ranked by
    text: str  # the lead and every member's figures, computed
    rows: tuple[pdf_tables.Row, ...] = ()  # the rows cited
    year: int = 0  # the asked period's year


def _group_wanted(text: str) -> set[str] | None:
    q = text.lower()
    if re.search(r"\bh1\b|\bfirst\s+half\b|\bsix\s+months\b|\bhalf[- ]year\b|\b26\s+weeks\b", q):
        return {"6"}
    if re.search(r"\bnine\s+months\b|\bfirst\s+three\s+quarters\b|\b39\s+weeks\b", q):
        return {"9"}
    if re.search(r"\bquarter\b|\bq[1-4](?:[\s'’]?\d{2,4})?\b|\b[1-4]q\b|\bthree\s+months\b|\b13\s+weeks\b", q):
        return {"3", "quarter"}
    return {"12", "year", ""}


_HEAD_WORDS = re.compile(r"(?i)%|\bchange\b|\bended\b|\bmonths\b|\bweeks\b|\bfiscal\b|\byears?\b|"
                         r"\bquarters?\b|\bin\s+(?:millions|thousands|billions)\b|^\(.*\)$|\bunaudited\b")


def _title_above(page: str, row: pdf_tables.Row) -> str:
    """The title line right above a block's first row: a line with no figures ("REVENUES", "Revenues", "Net sales by
    segment:"), or ""."""
    before = page[: row.start].rstrip("\n").split("\n")
    for line in reversed(before[-2:]):
        text = line.strip()
        if not text:
            continue
        if re.search(r"\d", text) or len(text.split()) > 8 or _HEAD_WORDS.search(text):
            return ""  # a line of the column heads ("% Change", "(In millions)", "Year ended"), no title
        return text.rstrip(":")
    return ""


_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w,.]\d)")
_FIGURE = re.compile(r"(?<![\w.])\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?%?")


def _heads_of(page: str, table: pdf_tables.Table, before: str) -> tuple[str, str, str]:
    """A table's column heads (its own when they name years, else the lines above it; a block continuing the table
    above, naming no year, takes ``before``), and the heads and caption read above it."""
    own_heads, own_caption = _context_above(page, table.rows[0])
    heads = table.heads if _YEAR.search(table.heads) else own_heads
    if not _YEAR.search(heads) and before:
        heads = before
    return heads, own_heads, own_caption


def _context_above(page: str, row: pdf_tables.Row, most: int = 14) -> tuple[str, str]:
    """The column-head lines above a block's first row and the lead-in or caption line above them: heads are lines
    of years, dates and words ("Three Months Ended", "June 30,", "2025 2024 2025 2024"), read up to a line of
    amounts (the rows above) or a lead-in sentence ("The following table sets forth net sales by segment:"), which
    is the caption."""
    out: list[str] = []
    above = page[: row.start].rstrip("\n").split("\n")
    for i in range(len(above) - 1, max(-1, len(above) - 1 - most), -1):
        text = above[i].strip()
        amounts = [f for f in _FIGURE.findall(text)  # "for fiscal 2025, 2024 and 2023": years, no amounts
                   if not _YEAR.fullmatch(f.strip().rstrip(",")) and not re.fullmatch(r"\d{1,2},?", f.strip())]  # fmt: skip
        if amounts:
            break
        if (len(text.split()) >= 6 and re.search(r"[.:]$", text) or len(text.split()) > 14) \
                and not pdf_tables.period_heads(text):
            return " ".join(out), _sentence_start(above, i)
        out.insert(0, text)
    return " ".join(out), ""


def _sentence_start(lines: list[str], i: int) -> str:
    """The lead-in sentence ending on line ``i``, read back over the lines it wraps from ("... Subscription" /
    "revenue by segment for fiscal 2025 is as follows:"): from its capital after the last stop, at most three lines
    back."""
    text = lines[i].strip()
    for j in range(i - 1, max(-1, i - 4), -1):
        if re.match(r"[A-Z(“\"•·▪‣]", text):
            break  # a capital, or a bullet, opens it
        prev = lines[j].strip()
        stop = list(re.finditer(r"[.;:!?]\s+(?=[A-Z(“\"])", prev))
        if stop:
            return f"{prev[stop[-1].end():]} {text}"
        text = f"{prev} {text}"
    return text


def _value(cell: str) -> float | None:
    """A cell's figure with its sign: "$ (502)" is -502 (the dollar sign and spaces before the parenthesis set aside)."""
    return pdf_tables.cell_value(re.sub(r"^\$\s*", "", cell.strip()))


def _fmt(cell: str) -> str:
    return cell.replace("$", "").strip()


# words of a move: a ranking of how members' margins moved, not of their levels
_MOVE = re.compile(r"(?i)\b(?:fastest|slowest|grew|grow(?:th|n)?|increas\w*|rose|rise|expand\w*|expansion|improv\w*|"
                   r"declin\w*|contract\w*|fell|fall|drop\w*|widen\w*|narrow\w*|change[sd]?|compared)\b")


# "..., and did that share grow from the prior year?", "and was it higher than a year earlier?": a yes/no on the move of
# the figure the part before ranked first, naming nothing else
_MEMBER_MOVE = re.compile(r"(?i)^\s*(?:and\s+)?(?:did|has|have|had|was|were|is)\s+(?P<subject>(?:[\w'’-]+\s+){0,2}?)"
                          r"(?P<verb>gr[eo]w(?:n)?|r[io]sen?|increased?|climbed?|improved?|expanded?|fallen|fall|fell|"
                          r"declined?|dropped|drop|shr[iau]nk|decreased?|slipped|slip|higher|lower|larger|smaller|"
                          r"bigger)\b(?P<rest>[^?]*)\??\s*$")
_MOVE_SUBJECT = {"that", "this", "its", "their", "the", "it", "share", "figure", "percentage", "portion", "proportion",
                 "amount", "level", "number", "value"}
_MOVE_REST = {"from", "than", "the", "a", "prior", "previous", "preceding", "year", "years", "earlier", "before",
              "compared", "with", "to", "over", "in", "fiscal", "year-over-year", "it", "was", "did", "last"}
_UP_VERB = re.compile(r"(?i)^(?:gr|r[io]s|increas|climb|improv|expand|higher|larger|bigger)")


def fiscal_asked(question: str) -> bool:
    """Whether the question names a year as a fiscal year ("fiscal 2025", "FY2025", "FY25"): a column closing in
    January to March is then its only when the filing says how it names its years (``ends``)."""
    return bool(_FISCAL_ASKED.search(question))


def asks_member_move(part: str) -> str | None:
    """"up" / "down" when ``part`` is a yes/no on the move of the figure the part before ranked first ("..., and did
    that share grow from the prior year?", "and was it higher than a year earlier?"): its subject a pronoun or the
    figure's own word, the rest a comparison with the year before or nothing; None otherwise."""
    m = _MEMBER_MOVE.match(part)
    if not m:
        return None
    subject = {w.lower() for w in m.group("subject").split()}
    rest = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", m.group("rest"))}
    if not subject <= _MOVE_SUBJECT or not rest <= _MOVE_REST:
        return None
    return "up" if _UP_VERB.match(m.group("verb")) else "down"


def member_move(part: str, ranking: MemberRanking | None) -> tuple[str, str] | None:
    """("Yes" / "No", the line stating both figures) for a yes/no ``part`` on the move of the member a level ranking
    put first, from its own row's two cells (the asked period's and the year before's); None when the part asks no
    such move, the ranking is of changes, or the year before's cell is missing. General rule: "did that share grow?"
    after "which ... made up the largest share?" is decided by the winner's two figures in the rows that ranked it."""
    way = asks_member_move(part)
    if way is None or ranking is None or ranking.sense not in ("high", "low") or ranking.top.old is None:
        return None
    top = ranking.top
    diff = top.new - top.old
    verdict = "Yes" if (diff > 0 if way == "up" else diff < 0) else "No"
    moved = "Rising" if diff > 0 else "Falling" if diff < 0 else "Unchanged"
    return verdict, (f"{moved}: {top.label} {_fmt(top.new_cell)} ({ranking.year}) against {_fmt(top.old_cell)} "
                     f"({ranking.year - 1}), computed from its row")


def rank_members(part: str, question: str, page: str, years: set[int], around: str = "",
                 qualified: frozenset[str] = frozenset(), sense: str | None = None,
                 ends: bool = False) -> MemberRanking | None:  # fmt: skip
    """The member of one block of ``page``'s tables that the part's ranking puts first (see the module's rules);
    None when no block qualifies, or two blocks disagree. ``qualified``: word stems (``_qualifier_stems``) the
    block's title, caption or heads must all say (a ranking asked again on another basis, ``rank_again``).
    ``ends``: the filing says it names each fiscal year by the calendar year it closes in ("the fiscal year ended
    January 31, 2025 ("fiscal 2025")": ``finance.fiscal.names_by_closing_year``), so "fiscal 2025" asked is the
    column closing early in 2025; without it such a column is unsure for a fiscal year asked."""
    sense = sense or asks_member_ranking(part, question)
    measure = asked_measure(part, question)
    if sense is not None and measure is None and re.search(r"(?i)\bgross\s+(?:profit\s+)?(?:margin|as\s+an?\s+"
                                                           r"(?:percentage|percent|%))", f"{question} {part}"):
        # a gross margin asked of each member: the rate the filer states per member column, never computed here
        return _named_columns({"high-change": "high", "low-change": "low"}.get(sense, sense), "gross margin", page,
                              years, stated_count(f"{question} {part}"), bool(_GEO_ASKED.search(question)),
                              _group_wanted(f"{question} {part}"), f"{question} {part}", rate=_STATED_RATE["gross"]) \
            if not _MOVE.search(part) else None
    if sense is not None and measure is None and _NET_INCOME.search(f"{question} {part}") and \
            asked_margin(f"{question} {part}") is None:
        # net income ranks members only where the filer's table names them as column groups (a bank's segment
        # results): a statement's or a note's net income block lists no members
        return _grouped_columns(sense, "net income", page, years, stated_count(f"{question} {part}"),
                                _group_wanted(f"{question} {part}"), f"{question} {part}", around)
    if sense is not None and measure is None and asked_margin(f"{question} {part}") is None:
        # a measure the registry of rankings does not know ("occupancy", "RevPAR", "same-store sales"): the column
        # heads that name it beside each year
        found_by = [r for r in (_head_measure(sense, part, question, page, years),
                                _dated_columns(sense, part, question, page)) if r is not None]
        return found_by[0] if len({r.top.label for r in found_by}) == 1 else None
    if sense is None or measure is None:
        return None
    whole = f"{question} {part}"
    # a part naming its own measure ("..., grew net sales fastest, and ... on comparable sales?") is narrowed by its
    # own words only: another part's qualifier ("comparable") is no word of this part's measure
    narrow = part if part != question and asked_measure(part) is not None and not _SIZE_OF_PICK.match(part) else whole
    num = measure[: -len(" margin")] if measure.endswith(" margin") else None
    if num is not None:
        if sense in _ONE_MOVE:
            return None  # "which segment saw its margin decline": not read here
        if _MOVE.search(part) or part != question and _SIZE_OF_PICK.match(part) and _MOVE.search(question):
            if not sense.endswith("change"):
                return None  # a margin's move asked without a ranking of the move ("which widened most"): not read
            # "the largest decline in operating margin from 2024 to 2025": each member's margin in both years, ranked
            # by its move in percentage points
        else:
            sense = {"high-change": "high", "low-change": "low"}.get(sense, sense)  # "the weakest margin": a level
    count = stated_count(whole)
    geographic = bool(_GEO_ASKED.search(whole))
    wanted = _group_wanted(whole)
    found: list[MemberRanking] = []
    nums: list[_Block] = []
    dens: list[_Block] = []
    heads_before = caption_before = ""
    for table in pdf_tables.tables_in(page):
        if table.rows and len(table.rows) > 1 and _head_row(table.rows[0]):
            # a head line read as a row ("Segment 2025 2024 2023", "Year ended November 30 2025 2024 2023"): the years
            # are the table's column heads
            first = table.rows[0]
            table = replace(table, rows=table.rows[1:],
                            heads=f"{table.heads} {first.label} {' '.join(first.cells)}".strip())
        if not table.rows:
            continue
        heads, own_heads, own_caption = _heads_of(page, table, heads_before)
        heads_before = heads
        caption = table.caption or own_caption
        if not caption and caption_before and _YEAR.search(own_heads):
            caption = caption_before  # the second of the tables one lead-in sets forth, with heads of its own
        caption_before = caption or caption_before
        table = replace(table, caption=caption, heads=heads)
        if num is not None:
            for measured, blocks in ((num, nums), ("revenue", dens)):
                block = _block_cells(sense, measured, table, heads, page, years, wanted, count, geographic, whole,
                                     narrow, qualified, ends)
                if block is not None:
                    blocks.append(block)
            spanned = _spanned_blocks(sense, num, table, heads, years, count, geographic, whole) \
                if not qualified else None
            if spanned is not None:
                nums.append(spanned[0])
                dens.append(spanned[1])
            continue
        ranked = _rank_block(sense, measure, table, heads, page, years, wanted, count, geographic, whole, narrow,
                             qualified, ends)
        if ranked is not None:
            found.append(ranked)
    if num is not None:
        named = _named_margin_blocks(num, page, years, count, geographic, wanted, whole, ends)
        if named is not None:
            nums.append(named[0])
            dens.append(named[1])
        found += _margins(sense, num, nums, dens)
        stated = _stated_margins(sense, num, page, years, whole, count)
        if stated is not None:
            found.append(stated)
    else:
        column = _column_members(sense, measure, page, years, count, geographic, wanted)
        if column is not None:
            found.append(column)
        named = _named_columns(sense, measure, page, years, count, geographic, wanted, whole, ends=ends)
        if named is not None:
            found.append(named)
        grouped = _grouped_columns(sense, measure, page, years, count, wanted, whole, around)
        if grouped is not None:
            found.append(grouped)
    if not found or len({r.top.label for r in found}) != 1:
        return None
    return found[0]


_MONTH_END = re.compile(r"(?i)\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                        r"december)\s*$")


def _head_row(row: pdf_tables.Row) -> bool:
    """Whether a table's first row is its head line read as a row: every cell a year ("Segment 2025 2024 2023"), or a
    date's day then years after a label ending on its month ("Year ended November | 30 2025 2024 2023")."""
    cells = [c.strip() for c in row.cells]
    if cells and all(_YEAR.fullmatch(c) for c in cells):
        return True
    return len(cells) >= 3 and bool(_MONTH_END.search(row.label)) and bool(re.fullmatch(r"[1-9]|[12]\d|3[01]", cells[0])) \
        and all(_YEAR.fullmatch(c) for c in cells[1:])


# a header of member columns closing on a total: "East Central West Total", twice over for a change group beside
_MEMBER_HEAD = re.compile(r"^\s*((?:[A-Z][\w&.'’-]*\s+){2,}?)Total(?:\s+(?:[A-Z][\w&.'’-]*\s+){2,}?Total)?\s*$")


def _length_of(period: str) -> str | None:
    """The length a block's period line names: "3", "6", "9" (months, 13 / 26 / 39 weeks, a quarter) or "12" (a
    year, twelve months, 52 / 53 weeks); None when it names none."""
    p = _WEEKS.sub(_weeks_group, period).lower()
    if re.search(r"\bsix\s+months\b|\b26\s+weeks\b", p):
        return "6"
    if re.search(r"\bnine\s+months\b|\b39\s+weeks\b", p):
        return "9"
    if re.search(r"\bthree\s+months\b|\b13\s+weeks\b|\bquarters?\s+ended\b", p):
        return "3"
    if re.search(r"\byears?\b|\btwelve\s+months\b|\b5[23]\s+weeks\b|\bfiscal\b", p):
        return "12"
    return None


def _column_members(sense: str, measure: str, page: str, years: set[int], count: int | None, geographic: bool,
                    wanted: set[str] | None) -> MemberRanking | None:  # fmt: skip
    """A segment table whose members are its columns ("Northwind Fabrikam Contoso Total"), one block per year, each
    under its period line ("For the Year Ended December 31, 2025"): the row saying the measure in the asked year's
    block and in the year before's. Member names of one word each, as many as the row's figures before its total;
    anything else (a name of two words, two rows saying the measure) is no answer."""
    lines, pos = [], 0
    for line in page.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    blocks: dict[int, tuple[list[str], pdf_tables.Row]] = {}
    for i, (_, _, text) in enumerate(lines):
        m = _MEMBER_HEAD.match(text)
        if not m:
            continue
        names = m.group(1).split()
        period = " ".join(t for _, _, t in lines[max(0, i - 2) : i])
        ys = [int(y) for y in _YEAR.findall(period)]
        length = _length_of(period)
        if not ys or length is None or wanted is not None and length not in wanted:
            continue  # a block of another period length than the asked one (a year's for a quarter)
        rows = []
        for a, b, row_text in lines[i + 1 : i + 14]:
            if _MEMBER_HEAD.match(row_text):
                break
            label = re.split(r"\s[$(—–-]?\s?\d|\s\$|\s—", row_text, maxsplit=1)[0].strip()
            if says_measure(label, measure) and not re.search(r"(?i)intersegment|inter-segment|external", label):
                values = [" ".join(v.split()) for v in re.findall(r"\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?|—", row_text[len(label):])]
                if len(values) >= len(names) + 1:  # a figure per member and the total; a caption line has none
                    rows.append(pdf_tables.Row(label, tuple(values), a, b, ""))
        if len(rows) != 1 or ys[0] in blocks:
            continue
        blocks[ys[0]] = (names, rows[0])
    if len(blocks) < 1:
        return None
    new_year = max(years & set(blocks)) if years & set(blocks) else None
    if new_year is None:
        return None
    names, row = blocks[new_year]
    change = sense.endswith("change")
    old_names, old_row = blocks.get(new_year - 1, (None, None))
    if change and (old_row is None or old_names != names):
        return None
    members = list(range(len(names)))
    if geographic:
        members = [k for k in members if _geographic(names[k])]
        if count is None and len(members) != len(names):
            return None
    if count is not None and len(members) != count or len(members) < (2 if count else 3):
        return None
    cells = [(names[k], old_row.cells[k] if old_row is not None else "", row.cells[k], row) for k in members]
    cited = (row,) + ((old_row,) if old_row is not None else ())
    return _ranked(sense, measure, cells, new_year, "", cited)


# the filer's sentence naming its segments: "The Company's operations are conducted in three reportable segments:
# Contoso U.S., Contoso International and Fabrikam Club." (a period inside a name, "U.S.,", does not end it)
_SEGMENTS_NAMED = re.compile(r"(?i)\b(?:(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+)?(?:reportable|operating|"
                             r"business)\s+segments?\s*(?::|,|[–—]|\s-\s|\bare\b|\bwere\b|\bconsist(?:s|ing)?\s+of\b|"
                             r"\bcomprised?\s+of\b)\s*(?P<list>[A-Z].*?)(?=\.\s+[A-Z(]|\.\s*$|;|\n\s*\n)", re.S)


def segments_listed(page: str) -> bool:
    """Whether the page's own sentence or bulleted lead-in lists the filer's segments (``_segments_named``)."""
    return _segments_named(page) is not None


def _segments_named(page: str) -> list[str] | None:
    """The segment names the page's sentence lists, in its order; None when no sentence, two sentences naming other
    lists, or a count stated that is not the list's."""
    found = []
    for m in _SEGMENTS_NAMED.finditer(page):
        text = " ".join(m.group("list").split())
        # "A, B and C, as well as a Corporate/Other segment": the list ends before what it adds besides
        text = re.split(r",?\s+(?:as\s+well\s+as|in\s+addition\s+to|along\s+with|plus)\s", text)[0]
        names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if n.strip()]
        if len(names) < 2 or any(len(n.split()) > 5 or not n[:1].isupper() for n in names):
            continue
        if m.group("n") and (_COUNTS.get(m.group("n").lower()) or int(m.group("n"))) != len(names):
            continue
        found.append(names)
    for m in _SEGMENTS_LISTED.finditer(page):
        # "We have the following reportable segments:" then "• Digital Media—Our Digital Media segment provides ..."
        names = []
        for line in page[m.end():].split("\n")[1:12]:
            item = re.match(r"^\s*[•·▪‣\-–]\s*(?P<name>[A-Z][\w&'’.]*(?:\s+[\w&'’.]+){0,4}?)\s*(?:—|–|:|\s-\s)", line)
            if item:
                names.append(item.group("name").strip())
            elif re.match(r"^\s*[•·▪‣]", line) or not names and line.strip():
                break
        count = m.group("n") and (_COUNTS.get(m.group("n").lower()) or int(m.group("n")))
        if len(names) >= 2 and (not count or count == len(names)):
            found.append(names)
    if not found or any(f != found[0] for f in found):
        return None
    return found[0]


# a lead-in announcing the segments as a list of bullets: "We have the following reportable segments:"
_SEGMENTS_LISTED = re.compile(r"(?i)\b(?:the\s+following|these)\s+(?:(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+)?"
                              r"(?:reportable|operating|business)\s+segments?\s*:[^\n]*$", re.M)
# a rate the filer states per member that no pair of blocks gives here (gross margin): its row's label
_STATED_RATE = {"gross": re.compile(r"(?i)^gross\s+(?:profit\s+)?(?:margin(?:\s+percentage)?|as\s+an?\s+(?:percentage|percent|%)\s+"
                                    r"of\s+(?:net\s+|total\s+)?(?:revenues?|sales))\s*%?$")}


def _named_columns(sense: str, measure: str, page: str, years: set[int], count: int | None, geographic: bool,
                   wanted: set[str] | None, whole: str, rate: re.Pattern[str] | None = None,
                   ends: bool = False) -> MemberRanking | None:  # fmt: skip
    """A segment table whose members are its first columns, named with several words each and wrapped over the head
    lines ("Life Sciences" / "Tools" / "Clinical Diagnostics Industrial" / "Solutions" / "Corporate and" / "other
    Consolidated"), one
    block per year under its period line ("Fiscal Year Ended December 31, 2025"). General rule: the members' names are
    the ones the filer's own sentence on the page lists ("three reportable segments: A, B and C"); the head lines,
    joined, must open with them in that order (after a units line), and each block's row saying the measure must add
    up to its last figure (the total column: the columns are then where the heads put them); the members' figures are
    that row's first ones. Anything else (no such sentence, the heads in another order, a row that does not add up, a
    fiscal year named against a year closing in January to March): no answer."""
    names = _segments_named(page)
    if names is None or count is not None and len(names) != count:
        return None
    if geographic and not all(_geographic(n) for n in names):
        return None
    got = _named_blocks(measure, page, names, wanted, whole, rate, ends)
    if got is None:
        return None
    blocks, _ = got
    if not blocks:
        return None
    new_year = max(years & set(blocks)) if years & set(blocks) else None
    if new_year is None:
        return None
    row = blocks[new_year]
    old_row = blocks.get(new_year - 1)
    if sense.endswith("change") and old_row is None:
        return None
    cells = [(names[k], old_row.cells[k] if old_row is not None else "", row.cells[k], row) for k in range(len(names))]
    return _ranked(sense, measure, cells, new_year, "", (row,) + ((old_row,) if old_row is not None else ()))


def _named_margin_blocks(num: str, page: str, years: set[int], count: int | None, geographic: bool,
                         wanted: set[str] | None, whole: str, ends: bool = False) -> tuple[_Block, _Block] | None:  # fmt: skip
    """A margin's numerator block and revenue block of a segment table whose first columns are the members the
    filer's sentence lists (``_named_columns``): each year's row of the numerator and of revenue, both adding up to
    their last figure, read in the members' columns, for the asked year and the year before. General rule: the
    members' margins of such a table come from the two rows of the same year's block; a row missing or not adding
    up, a member count other than the stated one: None."""
    names = _segments_named(page)
    if names is None or count is not None and len(names) != count or geographic and not all(_geographic(n) for n in names):
        return None
    got_n = _named_blocks(num, page, names, wanted, whole, ends=ends)
    got_d = _named_blocks("revenue", page, names, wanted, whole, ends=ends)
    if got_n is None or got_d is None:
        return None
    both = years & set(got_n[0]) & set(got_d[0])
    if not both:
        return None
    year = max(both)

    def block(rows: dict[int, pdf_tables.Row]) -> _Block:
        old = rows.get(year - 1)
        return _Block(tuple((names[k], old.cells[k] if old is not None else "", rows[year].cells[k], rows[year])
                            for k in range(len(names))), year, "")
    return block(got_n[0]), block(got_d[0])


def _named_blocks(measure: str, page: str, names: list[str], wanted: set[str] | None, whole: str,
                  rate: re.Pattern[str] | None = None, ends: bool = False
                  ) -> tuple[dict[int, pdf_tables.Row], str] | None:  # fmt: skip
    """The measure's row of each year's block of a table whose first columns are the listed ``names``
    (``_named_columns``: a row adding up to its last figure, one per block), by year, and the joined head lines;
    None for a fiscal year asked against a January-to-March close the filing does not name (``ends``)."""
    lines = page.split("\n")
    # a name wrapped over two head lines after its slash ("Retail/" / "LTC") is still the name
    head_rx = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:In\s+(?:millions|thousands|billions)\s+)?" + r"\s+".join(
        re.escape(n).replace(r"\ ", r"\s+").replace("/", r"/\s*") for n in names) + r"\s+\S", re.I)
    # a block under a bare year line ("2025") is the year's when no column of the page is a quarter's or a half's
    bare_year = not re.search(r"(?i)\b(?:months|weeks|quarters?)\s+ended\b", page)
    blocks: dict[int, pdf_tables.Row] = {}
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    heads_at = None
    for i in range(len(lines)):
        if heads_at is None:
            joined = " ".join(t.strip() for t in lines[i : i + 8])
            if head_rx.match(joined):
                heads_at = i
            continue
        period = lines[i]
        ys = [int(y) for y in _YEAR.findall(period)]
        if bare_year and _YEAR.fullmatch(period.strip()):
            period = f"Year {period.strip()}"
        if len(ys) != 1 or _length_of(period) is None or _FIGURE.sub("", period).strip() == "" or \
                re.search(r"\$|\d,\d", period):
            continue
        if wanted is not None and _length_of(period) not in wanted:
            continue
        if not ends and _EARLY_CLOSE.search(period) and re.search(r"(?i)\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b", whole):
            return None  # "fiscal 2018" of a filer whose years close in January to March: which block is its, unsure
        rows = []
        added_up = False
        for j in range(i + 1, min(i + 14, len(lines))):
            text = lines[j]
            if len(_YEAR.findall(text)) == 1 and (_length_of(text) is not None or bare_year and _YEAR.fullmatch(
                    text.strip())) and not re.search(r"\$|\d,\d", text):
                break  # the next year's period line
            label = re.split(r"\s[$(—–-]?\s?\d|\s\$|\s—", text, maxsplit=1)[0].strip()
            if rate is not None:
                cells = [" ".join(v.split()) for v in re.findall(r"\(?\d[\d,]*(?:\.\d+)?\)?\s?%", text[len(label):])]
                if rate.match(label) and len(cells) == len(names) + 1:
                    rows.append(pdf_tables.Row(label, tuple(c.replace(" ", "") for c in cells), pos[j],
                                               pos[j] + len(text), ""))
                    continue
                measure_row = _REVENUE_ROW.match(label)  # the money row that shows where the columns are
            else:
                measure_row = says_measure(label, measure)
            if not measure_row or re.search(r"(?i)intersegment|inter-segment|external", label):
                continue
            cells = [" ".join(v.split()) for v in re.findall(r"\(?\$?\s?\d[\d,]*(?:\.\d+)?\)?|—", text[len(label):])]
            values = [_value(c) for c in cells]
            if len(cells) < len(names) + 1 or any(v is None for v in values):
                continue
            total = values[-1]
            if abs(sum(values[:-1]) - total) > max(1.0, abs(total) * 0.001):
                continue  # the row does not add up to its last figure: where the columns are, unsure
            if rate is not None:
                added_up = True
                continue
            rows.append(pdf_tables.Row(label, tuple(cells), pos[j], pos[j] + len(text), ""))
        if rate is not None and not added_up:
            rows = []  # a stated rate's columns are where a money row of its block adding up puts them
        if len(rows) == 1 and ys[0] not in blocks:
            blocks[ys[0]] = rows[0]
    return blocks, " ".join(t.strip() for t in lines[heads_at : heads_at + 8]) if heads_at is not None else ""


# a question ranking the filer's lines of revenue ("which revenue line", "which of its revenue streams", "which type
# of sales"), whose members a statement names by the measure ("Subscription revenue"), unlike segments or regions
_LINES_ASKED = re.compile(r"(?i)\b(?:revenue|sales)\s+(?:lines?|streams?|sources?|types?|categor(?:y|ies))\b|"
                          r"\b(?:lines?|streams?|sources?|types?|categor(?:y|ies))\s+of\s+(?:revenues?|sales)\b")


# a caption or column head saying its rows are the filer's members ("Segment revenue and adjusted EBITDA", "Segment")
_MEMBERS_TABLE = re.compile(r"(?i)\b(?:segments?|regions?|divisions?|geographic\w*|business\s+units?)\b")


# a row stating each cell as a ratio of another figure ("Percentage of total revenue 64% 61% 58%", "As a % of net
# sales"): the share of the row above it, no member of its own
_RATIO_ROW = re.compile(r"(?i)^\s*(?:percentage|percent|%|share|proportion)\s+of\b|\bas\s+an?\s+(?:percentage|percent|%)"
                        r"\s+of\b")


def _ratio_row(row: pdf_tables.Row) -> bool:
    """Whether a row is a ratio row under a member's row (``_RATIO_ROW``, every cell a percentage). General rule: a
    segment table printing each member's share of the total on the line under its amounts lists its members in the
    amount rows; the share lines are neither members nor rows left out."""
    return bool(_RATIO_ROW.search(row.label)) and all(c.endswith("%") for c in row.cells)


def _members_of(measure: str, table: pdf_tables.Table, page: str, whole: str = "", narrow: str = "",
                qualified: frozenset[str] = frozenset()) -> list[tuple[str, pdf_tables.Row]]:  # fmt: skip
    narrow = narrow or whole
    rows = [r for r in table.rows if not _ratio_row(r)]
    if not rows:
        return []
    split = [(m.group("member").strip(), r) for r in rows if (m := _LABEL_SPLIT.match(r.label))
             and says_measure(m.group("measure"), measure)]  # fmt: skip
    if len(split) >= 2 and not qualified:  # "East - NOI", "Central - NOI": each row says its own member and the measure
        return [(name, r) for name, r in split if not _not_member(name)]
    # the measure first, then its member: "Net sales: Marine Coatings", "Segment operating profit: Marine Coatings"
    # (a segment note flattened to one label per row); rows saying another measure so are no members of this one
    lead = [(m.group("member").strip(), m.group("measure"), r) for r in rows if (m := _MEASURE_FIRST.match(r.label))]
    split = [(name, r) for name, said, r in lead if says_measure(said, measure) and not narrowed(said, measure, narrow)]
    if len(split) >= 2 and not qualified:
        if len({name for name, _ in split}) != len(split):
            return []  # one member twice under the measure: which row is its figure cannot be told
        return [(name, r) for name, r in split if not _not_member(name)]
    if _MEMBERS_TABLE.search(f"{table.caption} {table.heads}") and not _LINES_ASKED.search(whole) and not qualified:
        # a table the filer says lists its members ("Segment revenue and adjusted EBITDA", a "Segment" column head)
        # whose rows say member and measure: "Eastern revenue", "Eastern adjusted EBITDA"
        tail = re.compile(rf"(?i)^(?P<member>[A-Z][\w&.'’ -]*?)\s+(?:(?:adjusted|segment|net|total|operating)\s+)*"
                          rf"(?:{_MEASURES[measure][1]})\s*$")
        named = [(m.group("member").strip(), r) for r in rows if (m := tail.match(r.label))
                 and not _GENERIC.fullmatch(m.group("member")) and not _not_member(m.group("member"))]
        if len(named) >= 2 and len({n for n, _ in named}) == len(named):
            return named
    blocks = list(dict.fromkeys(r.block for r in rows))
    lines = bool(_LINES_ASKED.search(whole))
    if len(blocks) > 1:
        titled = {b: b or _title_above(page, next(r for r in rows if r.block == b)) for b in blocks}
        said_by = [b for b in blocks if says_measure(titled[b], measure) and not narrowed(titled[b], measure, narrow)
                   and _says_all(titled[b], qualified)]
        stated = len(said_by) == 1 and bool(_CHANGE_TITLE.match(titled[said_by[0]])) and stated_count(whole) is not None
        if not lines and not _MEMBERS_TABLE.search(f"{table.caption} {table.heads}") and not stated:
            return []  # rows under several sub-headings: which block is the measure's cannot be told (a statement's
            # "Revenue:" block lists revenue types, not the segments or regions asked); but one block stating the
            # measure's change ("Increases in net sales:") over as many members as the question counts is theirs
        # lines of revenue asked, on a statement's rows under several headings ("Revenue:" then "Cost of revenue:"),
        # or a table the filer says lists its members ("Segment results were as follows:") under one sub-heading per
        # measure ("Net sales:", "Operating profit:"): the one block whose title says the measure and no other;
        # none or two: which block cannot be told
        if len(said_by) != 1:
            return []
        rows = [r for r in rows if r.block == said_by[0]]
    said_other = [r for r in rows for name, (_, words) in _MEASURES.items()
                  if name != measure and re.search(rf"(?i)\b(?:{words})\s*$", r.label)]
    if len(said_other) >= 2:
        return []  # rows saying another measure ("Coastal net sales" when EBITDA is asked): none is a member of it
    title = rows[0].block or _title_above(page, rows[0])
    # the title among the head lines ("Passenger revenue and capacity by region" over "Region Rev. 2025 ...") speaks
    # for the table before a caption line of the prose above (the end of a paragraph on expenses)
    said = title or (table.heads if says_measure(table.heads, measure) else f"{table.caption} {table.heads}")
    if title and not says_measure(title, measure) and len(blocks) == 1 and says_measure(table.heads, measure) \
            and _CHANGE_TITLE.match(table.heads):
        said = table.heads  # a change block's title read as its own table's heads ("Increases in net sales:")
    totals_said = [r.label for r in rows if _TOTAL_ROW.search(r.label) and says_measure(r.label, measure)]
    if not title and not says_measure(said, measure) and len(totals_said) == 1 and \
            _MEMBERS_TABLE.search(f"{table.caption} {table.heads}"):
        # "Segment Information (in millions)" over rows closing on "Total revenue": a table the filer says lists its
        # members, whose one total line names the measure its rows add up to
        said = totals_said[0]
    if not says_measure(said, measure) or narrowed(said, measure, narrow):
        return []
    if qualified and not _says_all(f"{said} {table.caption} {table.heads} {' '.join(totals_said)}", qualified):
        return []  # a ranking asked on another basis: the block must say every word of it
    out = []
    # rows below the block's last total line ("Total segment operating profit", then "Restructuring charges",
    # "Divestiture loss", "Operating profit") reconcile the members' total to the filer's figure: no members, and
    # marked as left out, so that only a stated count of members lets the ranking hold
    totals = [k for k, r in enumerate(rows) if _TOTAL_ROW.search(r.label)]
    below = set(range(totals[-1] + 1, len(rows))) if totals and not lines else set()
    for k, r in enumerate(rows):
        if k in below:
            if not (_NEVER_MEMBER.search(r.label) or _set_aside(r.label, whole)):
                out.append(("", r))
            continue
        named = re.match(rf"(?i)^(?P<line>.+?)\s+(?:{_MEASURES[measure][1]})\s*$", r.label)
        if lines and named and not _not_member(r.label) and not _GENERIC.fullmatch(named.group("line")):
            out.append((r.label, r))  # "Hardware revenue", "Subscription and support revenue": a revenue line
            continue
        if _not_member(r.label) or re.search(rf"(?i)\b(?:{_MEASURES[measure][1]})\b", r.label):
            # totals, corporate, eliminations, reconciling items; a row saying the measure is no member's
            # ("Revenues", "Revenues from non-reportable segments"): a member is named, its measure is the block's
            if not (_TOTAL_ROW.search(r.label) or _NEVER_MEMBER.search(r.label) or _set_aside(r.label, whole)
                    or says_measure(r.label, measure) and len(r.label.split()) <= 3):
                out.append(("", r))  # a row left out that is no total: marked, the ranking may be missing a member
            continue
        out.append((r.label, r))
    return out


# rows that are never one of the filer's members: eliminations, intersegment amounts, reconciling items, amounts
# not allocated to any ("Corporate and Unallocated", "Elimination of Dual Credit"); a bare "Corporate" or "Other" may
# be a reportable segment of its own (some filers report one), so it is not set aside unless the question does
_NEVER_MEMBER = re.compile(r"(?i)\b(?:eliminations?|intersegment|inter-segment|reconcil\w*|unallocated|"
                           r"non-?reportable)\b")


def _set_aside(label: str, whole: str) -> bool:
    """Whether the question sets the row aside itself: "(excluding Corporate)", "other than Corporate", "Corporate
    set aside", "leaving out Other"."""
    words = [w for w in re.findall(r"[A-Za-z][\w&'’-]*", label) if w.lower() not in ("and", "the", "of")]
    if not words:
        return False
    name = r"\s+(?:and\s+|&\s+)?".join(re.escape(w) for w in words)
    return bool(re.search(rf"(?i)\b(?:excluding|excludes?|except(?:\s+for)?|other\s+than|leaving\s+out|"
                          rf"not\s+counting|without)\s+(?:the\s+)?{name}\b|\b{name}\s+(?:set\s+aside|excluded)\b",
                          whole))


# words before a measure that name no member of it ("Net revenue", "Total net sales", "Gross revenues")
_GENERIC = re.compile(r"(?i)(?:\s*\b(?:total|net|gross|operating|segment|reportable|consolidated|our)\b)+")
_TOTAL_ROW = re.compile(r"(?i)^\s*(?:total|subtotal|consolidated)\b|\btotal\s*$")


_EARLY_CLOSE = re.compile(r"(?i)\b(?:january|february|march)\s+\d{1,2}\b")
# a period in weeks: 13 / 26 / 39 / 52-53, and the 12 / 24 / 36 / 16-week quarters of filers closing on a weekday
# ("12 Weeks Ended March 22, 2025"): the group of months it stands for
_WEEKS = re.compile(r"(?i)\b(1[2-7]|2[4-8]|3[6-9]|40|4[89]|5[0-3])\s+weeks\s+ended\b")


def _weeks_group(m: re.Match) -> str:
    n = int(m.group(1))
    return ("Three Months Ended" if n <= 17 else "Six Months Ended" if n <= 28 else "Nine Months Ended" if n <= 40
            else "Twelve Months Ended")


@dataclass(frozen=True)
class _Block:
    """One block's members and the asked period's (and the year before's) cells: (label, earlier cell, asked
    period's cell, row) each."""
    cells: tuple[tuple[str, str, str, pdf_tables.Row], ...]
    new_year: int
    gname: str
    stated: str = ""  # the block's title when its cells state each member's change ("Increases in net sales")


def _measure_runs(heads: str, n: int) -> list[str] | None:
    """The measure each of a block's ``n`` columns stands under when its heads name two measures or more over equal
    runs of the same year columns ("Net Revenue Operating Profit" over "2025 2024 2023 2025 2024 2023": the first
    three columns are revenue, the last three operating income); None when the heads name fewer than two measures
    before their years, or the measures do not split the columns into equal runs of the same years."""
    first = _YEAR.search(heads)
    before = heads[: first.start()] if first else heads
    spans = sorted(((m.start(), m.end(), name) for name, (_, said) in _MEASURES.items()
                    for m in re.finditer(rf"(?i)\b(?:{said})\b", before)), key=lambda s: (s[0], s[0] - s[1]))
    names: list[str] = []
    end = -1
    for a, b, name in spans:
        if a >= end:  # "net operating income" is NOI's, not operating income's too
            names.append(name)
            end = b
    years = [int(y) for y in _YEAR.findall(heads[first.start():])] if first else []
    if len(names) < 2 or len(years) != n or n % len(names):
        return None
    per = n // len(names)
    runs = [years[k * per : (k + 1) * per] for k in range(len(names))]
    if any(r != runs[0] for r in runs):
        return None
    return [names[k // per] for k in range(n)]


# a measure's name shortened in a column head ("Rev. 2025 Rev. 2024 ASMs 2025")
_HEAD_SHORT = {"revenue": re.compile(r"(?i)\brevs?\.(?!\w)")}


def _head_runs(heads: str, n: int, measure: str) -> list[str] | None:
    """The measure each of ``n`` columns stands under when the heads name a measure beside each year ("Region Rev. 2025
    Rev. 2024 ASMs 2025": revenue, revenue, another): ``measure`` for the columns whose words say it (or its usual
    short form), "" for the others; None when the heads do not name two measures or more beside the years. General
    rule: a table of several measures read by year is read in the asked measure's columns only."""
    cols = _head_columns(heads)
    if len(cols) != n or any(y is None for _, y in cols):
        return None
    names = {frozenset(m - _HEAD_PLAIN) for m, _ in cols}
    if len(names) < 2 or any(not m for m in names):
        return None
    out = []
    for words, _ in cols:
        said = " ".join(sorted(words - _HEAD_PLAIN))
        short = _HEAD_SHORT.get(measure)
        out.append(measure if says_measure(said, measure) or short is not None and short.search(said) else "")
    return out


def _block_cells(sense: str, measure: str, table: pdf_tables.Table, heads: str, page: str, years: set[int],
                 wanted: set[str] | None, count: int | None, geographic: bool, whole: str, narrow: str = "",
                 qualified: frozenset[str] = frozenset(), ends: bool = False) -> _Block | None:  # fmt: skip
    members = _members_of(measure, table, page, whole, narrow, qualified)
    left_out = [r for n, r in members if not n]
    members = [(n, r) for n, r in members if n]
    if left_out and count is None:
        return None  # a row left out ("Corporate", "Other") may be one of the filer's segments: only a stated count
        # of members tells that the ranking holds them all
    if not members or len({len(r.cells) for _, r in members}) != 1:
        return None
    named = _segments_named(page) if re.search(r"(?i)\bsegments?\b", whole) and not _LINES_ASKED.search(whole) \
        else None
    if named and not {_squash(n) for n in named} & {_squash(n) for n, _ in members}:
        return None  # segments asked, and the page names the filer's segments: rows naming none of them are other
        # members (revenue types, products), not the segments
    if geographic:
        places = [(n, r) for n, r in members if _geographic(n)]
        if count is None and len(places) != len(members):
            return None  # members that name no place, and no count to tell the asked ones: no answer
        members = places
    if count is not None and len(members) != count or len(members) < (2 if count else 3):
        return None  # a member missing, or one too many (and without a stated count, three members or more)
    if len(years) == 1 and not ends and _EARLY_CLOSE.search(heads) and re.search(r"(?i)\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b", whole):
        return None  # "fiscal 2022" of a filer whose years close in January to March: which column is its, unsure
    ncells = len(members[0][1].cells)
    cols = pdf_tables.columns(_WEEKS.sub(_weeks_group, heads), ncells)
    if cols is None:
        return None
    runs = _measure_runs(heads, ncells) or _head_runs(heads, ncells, measure)
    if runs is not None and measure not in runs:
        return None  # the heads name other measures' columns only
    groups = {c.group for c in cols}
    chosen = [g for g in groups if wanted is None or g in wanted]
    if len(chosen) != 1:
        return None
    group = chosen[0]
    idx = [k for k, c in enumerate(cols) if c.group == group and not c.change and c.year
           and (runs is None or runs[k] == measure)]  # fmt: skip
    by_year = {cols[k].year: k for k in idx}
    if len(by_year) != len(idx):
        return None  # one year twice in the group: which column is asked cannot be told
    new_year = max(years & set(by_year)) if years & set(by_year) else (None if years else max(by_year, default=None))
    if new_year is None:
        return None
    new = by_year[new_year]
    old = by_year.get(new_year - 1)
    first = members[0][1]
    title = first.block or _title_above(page, first)
    stated = title if _CHANGE_TITLE.match(title) and all(c.endswith("%") for _, r in members for c in r.cells) else ""
    if stated and not sense.endswith("change"):
        return None  # each member's change, no level of the measure
    if sense.endswith("change") and old is None and not stated:
        return None
    cells = tuple((name, r.cells[old] if old is not None else "", r.cells[new], r) for name, r in members)
    gname = {"3": "three months", "6": "six months", "9": "nine months", "12": "twelve months"}.get(group, "")
    return _Block(cells, new_year, gname, stated)


# a sub-heading over rows stating each member's change of the measure in percent, one column per year: "Increases in
# net sales:", "Percentage change in revenues:", "Growth in comparable sales:"
_CHANGE_TITLE = re.compile(r"(?i)^\s*(?:(?:percent(?:age)?|%)\s+)?(?:increases?|decreases?|(?:increases?|changes?)\s+"
                           r"\((?:decreases?)\)|changes?|growth)\s+in\b")


# the names of the columns under a spanning head ("2025 2024 % change" over "Net Sales % of Total Operating Income (Loss)
# Net Sales % of Total Operating Income (Loss) Net Sales Operating Income (Loss)"), each the kind of figure it holds
_SUB_COLUMN = re.compile(r"(?i)(?P<share>%\s+of\s+(?:total|net\s+sales|sales|revenues?))|"
                         r"(?P<oi>operating\s+(?:income|profit)(?:\s*\(loss\))?|segment\s+(?:profit|income)(?:\s*\(loss\))?)|"
                         r"(?P<ebitda>(?:adjusted\s+)?EBITDA)|(?P<revenue>(?:net\s+|total\s+)?(?:sales|revenues?))")
_SUB_KIND = {"oi": "operating income", "ebitda": "ebitda", "revenue": "revenue", "share": "share"}


def _spanned_columns(heads: str, n: int) -> list[tuple[str, str]] | None:
    """The (group, kind) of each of ``n`` columns under a spanning head: group labels first (years, "% change"), then
    the sub-column names, repeated per group ("Net Sales % of Total Operating Income (Loss)" under each year, "Net
    Sales Operating Income (Loss)" under the change): each group's run of names opens with the same name as the first.
    None when the names are not ``n``, or their runs are more than the group labels (the labels nearest above the
    names are the groups')."""
    subs = list(_SUB_COLUMN.finditer(heads))
    if len(subs) != n or not subs:
        return None
    groups = re.findall(r"(?i)%\s*change|(?<![\w.,])(?:19|20)\d\d(?![\w,.]\d)", heads[: subs[0].start()])
    kinds = [_SUB_KIND[m.lastgroup] for m in subs]
    runs: list[list[str]] = []
    for kind in kinds:
        if kind == kinds[0] or not runs:
            runs.append([])
        runs[-1].append(kind)
    groups = groups[-len(runs):]  # the group labels right above the names (a caption's years come before them)
    if len(groups) < 2 or len(runs) != len(groups):
        return None
    return [("change" if "change" in g.lower() else g, kind) for g, run in zip(groups, runs) for kind in run]


def _spanned_blocks(sense: str, num: str, table: pdf_tables.Table, heads: str, years: set[int], count: int | None,
                    geographic: bool, whole: str) -> tuple[_Block, _Block] | None:  # fmt: skip
    """For a margin asked of each member: the numerator's and revenue's cells of a table whose columns stand under a
    spanning head of years (``_spanned_columns``: "2025 2024 % change" over "Net Sales % of Total Operating Income"
    per year), as two blocks of the same members for ``_margins``. Members are the rows with a figure in every column
    (totals and rows that are never members left out; any other row makes only a stated count of members hold); a
    stated count must be theirs; without one, three members or more. General rule: the same cells a block per measure
    would give, read by the column's group and name instead of one measure per table."""
    rows = [r for r in table.rows if not _ratio_row(r)]
    if not rows:
        return None
    n = max(len(r.cells) for r in rows)
    cols = _spanned_columns(heads, n)
    if cols is None:
        return None
    members = [r for r in rows if len(r.cells) == n and not _not_member(r.label) and not _TOTAL_ROW.search(r.label)]
    others = [r for r in rows if r not in members and not _TOTAL_ROW.search(r.label)
              and not _NEVER_MEMBER.search(r.label) and not _set_aside(r.label, whole)]
    if others and count is None:
        return None
    if geographic:
        places = [r for r in members if _geographic(r.label)]
        if count is None and len(places) != len(members):
            return None
        members = places
    if count is not None and len(members) != count or len(members) < (2 if count else 3):
        return None
    asked = sorted(y for y in years if any(g == str(y) for g, _ in cols))
    if len(asked) > 1 or not asked and years:
        return None
    new_year = asked[0] if asked else max(int(g) for g, _ in cols if g != "change")
    where = {(g, k): i for i, (g, k) in enumerate(cols)}
    if len(where) != len(cols):
        return None  # one name twice under a year: which column is asked cannot be told
    blocks = []
    for kind in (num, "revenue"):
        new = where.get((str(new_year), kind))
        old = where.get((str(new_year - 1), kind))
        if new is None or sense.endswith("change") and old is None:
            return None
        cells = tuple((r.label, r.cells[old] if old is not None else "", r.cells[new], r) for r in members)
        blocks.append(_Block(cells, new_year, ""))
    return blocks[0], blocks[1]


def _stated_ranked(sense: str, measure: str, block: _Block) -> MemberRanking | None:
    """The ranking of members by the change of the measure each member's row states for the asked year (a block
    ``_CHANGE_TITLE`` names), read, not computed. General rule: a segment table printing each member's growth in
    percent under "Increases in <measure>" ranks by those cells of the asked year's column; a tie is no answer."""
    out: list[Member] = []
    for name, _, new_cell, r in block.cells:
        v = _value(new_cell)
        if v is None:
            return None
        out.append(Member(name, None, v, "", new_cell, v, r))
    if len(out) < 2:
        return None
    order = sorted(out, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, 1) == round(order[1].value, 1):
        return None
    top = order[0]
    word = "had the highest growth" if sense == "high-change" else (
        "had the largest decline" if top.value < 0 else "had the lowest growth")
    what = f"{measure}, {block.new_year}" + (f", {block.gname}" if block.gname else "")
    lead = (f"{top.label} {word} of the {len(out)} members by {what}: {_fmt(top.new_cell)} (the "
            f"\u201c{block.stated}\u201d row, as stated).")
    each = "; ".join(f"{m.label} {_fmt(m.new_cell)}" for m in out)
    return MemberRanking(sense, measure, top, tuple(out), what, lead,
                         f"{lead} Every member's {block.stated[:1].lower()}{block.stated[1:]}, {block.new_year}: {each}.",
                         tuple(r for *_, r in block.cells), block.new_year)


def _qualifier_stems(text: str) -> frozenset[str]:
    """The stems (first five letters) of a text's words of four letters or more."""
    return frozenset(w.lower()[:5] for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", text))


def _says_all(text: str, qualified: frozenset[str]) -> bool:
    return not qualified or qualified <= _qualifier_stems(text)


def _rank_block(sense: str, measure: str, table: pdf_tables.Table, heads: str, page: str, years: set[int],
                wanted: set[str] | None, count: int | None, geographic: bool, whole: str, narrow: str = "",
                qualified: frozenset[str] = frozenset(), ends: bool = False) -> MemberRanking | None:  # fmt: skip
    block = _block_cells(sense, measure, table, heads, page, years, wanted, count, geographic, whole, narrow, qualified,
                         ends)
    if block is None:
        return None
    if block.stated:
        return _stated_ranked(sense, measure, block) if sense in ("high-change", "low-change") else None
    return _ranked(sense, measure, list(block.cells), block.new_year, block.gname, tuple(r for *_, r in block.cells))


def _margins(sense: str, num: str, nums: list[_Block], dens: list[_Block]) -> list[MemberRanking]:
    """Every member's margin (its ``num`` measure over its revenue, in the asked period) from a block of the numerator
    and a block of revenue of the same page that list the same members in the same order and read the same period
    (a segment table's "Net sales" and "Operating profit" blocks, or its two runs of columns); one ranking per such
    pair. A member whose revenue is not positive, or whose cell is a percentage, gives no margin: no ranking."""
    out = []
    change = sense.endswith("change")
    for n in nums:
        for d in dens:
            if [c[0] for c in n.cells] != [c[0] for c in d.cells] or (n.new_year, n.gname) != (d.new_year, d.gname):
                continue
            name = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[num]
            rows = tuple(dict.fromkeys([*(c[3] for c in n.cells), *(c[3] for c in d.cells)]))
            if change:
                ranked = _margin_moves(sense, num, name, n, d, rows)
                if ranked is not None:
                    out.append(ranked)
                continue
            members: list[Member] = []
            for (label, _, ncell, nrow), (_, _, dcell, drow) in zip(n.cells, d.cells):
                nv, dv = _value(ncell), _value(dcell)
                if nv is None or dv is None or dv <= 0 or ncell.endswith("%") or dcell.endswith("%"):
                    members = []
                    break
                members.append(Member(label, dv, nv, dcell, ncell, nv / dv * 100, nrow))
            if len(members) < 2:
                continue
            order = sorted(members, key=lambda m: m.value if sense == "low" else -m.value)
            if round(order[0].value, 1) == round(order[1].value, 1):
                continue  # a tie is no answer
            top = order[0]
            what = f"{name} ({_NUM_WORDS[num]} / revenue), {n.new_year}" + (f", {n.gname}" if n.gname else "")
            word = "had the highest" if sense == "high" else "had the lowest"
            lead = (f"{top.label} {word} {name} of the {len(members)} members in {n.new_year}: {top.value:.1f}% "
                    f"({_NUM_WORDS[num]} {_fmt(top.new_cell)} / revenue {_fmt(top.old_cell)}, computed).")
            each = "; ".join(f"{m.label} {m.value:.1f}% ({_fmt(m.new_cell)} / {_fmt(m.old_cell)})" for m in members)
            out.append(MemberRanking(sense, f"{num} margin", top, tuple(members), what, lead,
                                     f"{lead} Every member's {name}, computed from the rows: {each}.", rows))
    return out


def _margin_moves(sense: str, num: str, name: str, n: _Block, d: _Block,
                  rows: tuple[pdf_tables.Row, ...]) -> MemberRanking | None:  # fmt: skip
    """Every member's margin in the asked year and the year before (its numerator's cell over its revenue cell, each
    year's), ranked by the move in percentage points ("the largest decline in operating margin": the most negative
    move first). General rule: a margin's move is computed for EVERY member from its own four cells; a member
    missing a cell, a revenue cell that is not positive, a percentage cell, or a tie: no answer."""
    members: list[Member] = []
    for (label, nold, nnew, nrow), (_, dold, dnew, _) in zip(n.cells, d.cells):
        cells = (nold, nnew, dold, dnew)
        vals = [_value(c) if c else None for c in cells]
        if any(v is None for v in vals) or any(c.endswith("%") for c in cells) or vals[2] <= 0 or vals[3] <= 0:
            return None
        old, new = vals[0] / vals[2] * 100, vals[1] / vals[3] * 100
        members.append(Member(label, old, new, f"{_fmt(nold)} / {_fmt(dold)}", f"{_fmt(nnew)} / {_fmt(dnew)}",
                              new - old, nrow))
    if len(members) < 2:
        return None
    order = sorted(members, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, 1) == round(order[1].value, 1):
        return None  # a tie is no answer
    top = order[0]
    year = n.new_year
    what = f"{name} ({_NUM_WORDS[num]} / revenue), {year - 1} to {year}" + (f", {n.gname}" if n.gname else "")
    word = "had the largest decline in" if sense.startswith("low") else "had the largest increase in"
    if sense.startswith("low") and top.value > 0 or not sense.startswith("low") and top.value < 0:
        word = "had the weakest move in" if sense.startswith("low") else "had the strongest move in"
    lead = (f"{top.label} {word} {name} of the {len(members)} members, {year - 1} to {year}: {top.value:+.1f} "
            f"percentage points ({top.old:.1f}% to {top.new:.1f}%, computed).")
    each = "; ".join(f"{m.label} {m.value:+.1f} percentage points ({m.old:.1f}% = {m.old_cell} to {m.new:.1f}% = "
                     f"{m.new_cell})" for m in members)
    return MemberRanking(sense, f"{num} margin", top, tuple(members), what, lead,
                         f"{lead} Every member's {name}, computed from the rows: {each}.", rows, year)


_NUM_WORDS = {"operating income": "operating income", "ebitda": "EBITDA"}


def _ranked(sense: str, measure: str, cells: list[tuple[str, str, str, pdf_tables.Row]], new_year: int, gname: str,
            rows: tuple[pdf_tables.Row, ...]) -> MemberRanking | None:  # fmt: skip
    """The ranking of members given each one's (label, earlier cell, asked period's cell, row)."""
    if sense in _ONE_MOVE:
        return _one_moved(sense, measure, cells, new_year, gname, rows)
    change = sense.endswith("change")
    # a table of percentages (shares of sales, margins) moves in percentage points, never a growth rate of a share
    points = all(c.endswith("%") for _, o, n, _ in cells for c in ([n, o] if change else [n]))
    out: list[Member] = []
    for name, old_cell, new_cell, r in cells:
        nv = _value(new_cell)
        ov = _value(old_cell) if old_cell else None
        if nv is None or (change and (ov is None or not points and (ov <= 0 or nv <= 0))):
            return None  # a change from or into a loss is no growth rate
        value = (nv - ov if points else (nv - ov) / ov * 100) if change else nv
        out.append(Member(name, ov, nv, old_cell, new_cell, value, r))
    order = sorted(out, key=lambda m: m.value if sense.startswith("low") else -m.value)
    if round(order[0].value, 1) == round(order[1].value, 1):
        return None  # a tie is no answer
    top = order[0]
    word = {"high-change": "had the highest growth", "low-change": "had the lowest growth",
            "high": "ranks highest", "low": "ranks lowest"}[sense]  # fmt: skip
    if change and sense == "low-change" and top.value < 0:
        word = "had the largest decline"
    elif change and sense == "high-change" and top.value > 0 and points:
        word = "had the largest increase"
    span = f"{new_year - 1} to {new_year}" if change else f"{new_year}"
    what = f"{measure}, {span}" + (f", {gname}" if gname else "")
    if change:
        unit = " percentage points" if points else "%"
        each = "; ".join(f"{m.label} {m.value:+.1f}{unit} ({_fmt(m.old_cell)} to {_fmt(m.new_cell)})" for m in out)
        lead = (f"{top.label} {word} of the {len(out)} members by {what}: {top.value:+.1f}{unit} "
                f"({_fmt(top.old_cell)} to {_fmt(top.new_cell)}, computed).")
        text = f"{lead} Every member's growth, computed from the rows: {each}."
    else:
        each = "; ".join(f"{m.label} {_fmt(m.new_cell)}" for m in out)
        lead = f"{top.label} {word} of the {len(out)} members by {what}: {_fmt(top.new_cell)}."
        text = f"{lead} Every member: {each}."
    return MemberRanking(sense, measure, top, tuple(out), what, lead, text, rows, new_year)


def _one_moved(sense: str, measure: str, cells: list[tuple[str, str, str, pdf_tables.Row]], new_year: int, gname: str,
               rows: tuple[pdf_tables.Row, ...]) -> MemberRanking | None:  # fmt: skip
    """The one member whose figure swung from a loss to a profit (or back), or moved the asked way, between the year
    before and the asked period, every member's two cells read. General rule: "which member swung to a profit /
    saw its income decline?" names a member only when exactly one did so; none or two: no answer. The change is in
    the measure's amount (a swing has no growth rate)."""
    out: list[Member] = []
    for name, old_cell, new_cell, r in cells:
        nv, ov = _value(new_cell), _value(old_cell) if old_cell else None
        if nv is None or ov is None or new_cell.endswith("%") or old_cell.endswith("%"):
            return None
        out.append(Member(name, ov, nv, old_cell, new_cell, nv - ov, r))
    test = {"profit-change": lambda m: m.old < 0 < m.new, "loss-change": lambda m: m.new < 0 < m.old,
            "fell-change": lambda m: m.new < m.old, "rose-change": lambda m: m.new > m.old}[sense]
    moved = [m for m in out if test(m)]
    if len(moved) != 1 or len(out) < 2:
        return None
    top = moved[0]
    span = f"{new_year - 1} to {new_year}" + (f", {gname}" if gname else "")
    what = f"{measure}, {span}"
    rate = f", {top.value / top.old * 100:+.1f}%" if top.old > 0 and top.new > 0 else ""
    def amount(v: float) -> str:
        return f"{v:+,.0f}" if float(v).is_integer() else f"{v:+,.1f}"

    lead = (f"{top.label} was the only one of the {len(out)} members whose {measure} {_ONE_MOVE[sense]}, {span}: "
            f"{_fmt(top.old_cell)} to {_fmt(top.new_cell)}, a change of {amount(top.value)}{rate} (computed).")
    each = "; ".join(f"{m.label} {_fmt(m.old_cell)} to {_fmt(m.new_cell)} ({amount(m.value)})" for m in out)
    return MemberRanking(sense, measure, top, tuple(out), what, lead,
                         f"{lead} Every member's {measure}, {new_year - 1} and {new_year}, from the rows: {each}.",
                         rows, new_year)


# ---------------------------------------------------------------------------------------------------------------
# a named member's margin (session 10, segments): "What was the operating margin of Contoso's Marine segment in
# 2025?", "How far did its International segment's operating margin move between 2024 and 2025, in points?"

# "<Name> segment" / "division" / "region" (the owner's possessive before the name is set aside)
_NAMED_MEMBER = re.compile(r"(?P<name>(?:[A-Z][\w&.'’-]*,?\s+(?:(?:of|and|&)\s+)?){1,5}?)(?:reportable\s+|operating\s+|"
                           r"business\s+)?(?:segment|division|region)\b(?!s)")


def named_member(question: str) -> str | None:
    """The one member a question names by its kind ("the International segment", "Kraft's Rest of World segment":
    "International", "Rest of World"); None for none or two."""
    names = []
    for m in _NAMED_MEMBER.finditer(question):
        name = re.split(r"['’]s?\s+", m.group("name").strip())[-1].strip()
        name = re.sub(r"^(?:The|Its|Their|Our)\s+", "", name)
        if name and name[0].isupper() and not re.fullmatch(r"(?i)(?:each|every|which|what|any|one|that|this)", name):
            names.append(name)
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else None


_FISCAL_ASKED = re.compile(r"(?i)\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\b|\bFY\s?'?\d{2,4}\b")


@dataclass(frozen=True)
class MemberMargin:
    member: str
    num: str  # "operating income" / "ebitda"
    years: tuple[int, ...]  # the years read, earliest first
    margins: tuple[float, ...]  # the margin of each year, percent
    cells: tuple[tuple[str, str], ...]  # (numerator cell, revenue cell) of each year
    rows: tuple[pdf_tables.Row, ...]  # the numerator's and revenue's rows
    span: str = ""  # the period's length when not a year ("six months"), as the question asks and the columns read


_REVENUE_ROW = re.compile(r"(?i)^(?:total\s+|net\s+|segment\s+)*(?:revenues?|(?:net\s+)?sales)(?:\s*\([^)]*\))?$")
_NUM_ROW = {"operating income": re.compile(r"(?i)^(?:segment\s+)?operating\s+(?:income|profit)(?:\s*\((?:loss)\))?"
                                           r"(?:\s*/\s*\(loss\))?$|^segment\s+(?:profit|income)(?:\s*\(loss\))?$"),
            "ebitda": re.compile(r"(?i)^(?:segment\s+)?(?:adjusted\s+)?EBITDA(?:\s*\([^)]*\))?$")}


def _same_name(label: str, name: str) -> bool:
    squash = lambda t: " ".join(re.findall(r"[a-z0-9]+", t.lower().replace("&", " and ")))  # noqa: E731
    return squash(label) == squash(name)


def _names_member(label: str, name: str) -> bool:
    """Whether a row label names the member beside its measure ("Net sales: Marine Coatings", "Marine Coatings -
    NOI"): such a row makes its table one of the members, never the member's own table."""
    m = _MEASURE_FIRST.match(label) or _LABEL_SPLIT.match(label)
    return bool(m and _same_name(m.group("member"), name))


def member_margin(question: str, page: str, years: set[int], ends: bool = False) -> MemberMargin | None:
    """The named member's margin on revenue (``asked_margin``: operating income or EBITDA over revenue) in each asked
    year, from one table of ``page``: a table of the members (the member's row in a block or run of the numerator
    and in one of revenue, read with the same columns), or the member's own table (a caption or head naming the
    member and its kind: "selected financial data for our International segment", rows "Revenue" and "Operating
    income (loss)"). General rule: a member's margin is computed only from that member's own two rows of one table,
    for every asked year (and the year before when one year is asked with a change); a year's cell missing, revenue
    not positive, a percentage cell, or two tables giving other margins: None."""
    num = asked_margin(question)
    name = named_member(question)
    if not num or name is None or not years:
        return None
    wanted = _group_wanted(question)
    change = bool(_MOVE.search(question)) or len(years) > 1
    asked = sorted(years)
    if change and len(asked) == 1:
        asked = [asked[0] - 1, asked[0]]
    found: list[MemberMargin] = []
    member_rows: list[tuple[str, pdf_tables.Row, str]] = []
    heads_before = ""
    for table in pdf_tables.tables_in(page):
        if not table.rows:
            continue
        heads, own_heads, own_caption = _heads_of(page, table, heads_before)
        heads_before = heads
        caption = table.caption or own_caption
        said = f"{caption} {heads}"
        if not ends and _EARLY_CLOSE.search(heads) and _FISCAL_ASKED.search(question):
            continue  # "fiscal 2024" against columns closing in January to March: which column is its, unsure
        own = (re.search(rf"(?i)\b{re.escape(name)}\b", said) and _MEMBERS_TABLE.search(said)
               and not any(_same_name(r.label, name) or _names_member(r.label, name) for r in table.rows))
        if own:  # the member's own table: rows named by the measure
            nrows = [r for r in table.rows if _NUM_ROW[num].match(r.label.strip())]
            drows = [r for r in table.rows if _REVENUE_ROW.match(r.label.strip())]
            if len(nrows) == 1 and len(drows) == 1:
                got = _margin_cells(num, (nrows[0], heads), (drows[0], heads), asked, wanted)
                if got is not None:
                    found.append(MemberMargin(name, num, tuple(asked), *got, (nrows[0], drows[0])))
            continue
        # a table of the members: the member's row under the numerator's and revenue's block or run
        for r in table.rows:
            lead = _MEASURE_FIRST.match(r.label)
            if lead and _same_name(lead.group("member"), name):
                # "Net sales: Marine Coatings", "Segment operating profit: Marine Coatings": the row says its measure
                for kind, measure in (("num", num), ("rev", "revenue")):
                    if says_measure(lead.group("measure"), measure) and \
                            not narrowed(lead.group("measure"), measure, question):
                        member_rows.append((kind, r, heads))
                continue
            if not _same_name(r.label, name):
                continue
            block = r.block or _title_above(page, table.rows[0])
            text = f"{block} {caption} {heads}"
            if _measure_runs(heads, len(r.cells)) is not None:
                member_rows.append(("both", r, heads))
            elif says_measure(block or text, num) and not narrowed(block or text, num, question):
                member_rows.append(("num", r, heads))
            elif says_measure(block or text, "revenue") and not narrowed(block or text, "revenue", question):
                member_rows.append(("rev", r, heads))
    # only rows giving an amount in each asked year's column count ("Electronic Materials 19% 2% 1% 22%" in a table of
    # the change's components is no second revenue row)
    member_rows = [(k, r, h) for k, r, h in member_rows
                   if (k == "both" or (cells := _year_cells(r, h, num if k == "num" else "revenue", asked, wanted))
                       and not any(c.endswith("%") for c in cells))]
    nums = [(r, h) for k, r, h in member_rows if k in ("num", "both")]
    revs = [(r, h) for k, r, h in member_rows if k in ("rev", "both")]
    if len(nums) == 1 and len(revs) == 1:
        got = _margin_cells(num, nums[0], revs[0], asked, wanted)
        if got is not None:
            found.append(MemberMargin(name, num, tuple(asked), *got, tuple(dict.fromkeys((nums[0][0], revs[0][0])))))
    own = _own_table(page, name, num, asked)
    if own is not None:
        found.append(own)
    if not found or len({f.margins for f in found}) != 1:
        return None
    # the period's length as the question asks it and the columns read it: "six months" is no year's margin
    span = {"3": "three months", "6": "six months", "9": "nine months"}.get(min(wanted or {""}), "")
    return replace(found[0], span=span)


_CELL_TOKEN = re.compile(r"\$?\s?\(?-?\d[\d,]*(?:\.\d+)?\s?\)?\s?%?|n/a|—|–")
_OWN_CAPTION = re.compile(r"(?i)\b(?:segment|division|region)\b")


def _own_table_rows(page: str, name: str, asked: list[int]) -> Iterator[tuple[list[int], list[pdf_tables.Row]]]:
    """Each summary table of the member on the page, read line by line: a caption or head line naming the member and
    its kind ("The following table presents selected financial data for our International segment ...",
    "International Segment Performance Summary 2017 2016 2015"), the first line after it naming years (the columns,
    one figure per year in each row; every asked year among them), then its rows ("Revenue $ 3,155 $ 3,163 $ 4,284",
    "Operating income (loss) $ 90 $ (210) $ 13"), up to a blank line or a sentence: (the years, the rows)."""
    lines = page.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if not (re.search(rf"(?i)\b{re.escape(name)}\b", line) and _OWN_CAPTION.search(line)):
            continue
        head = None
        for j in range(i, min(i + 3, len(lines))):
            ys = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])", lines[j])]
            if len(ys) >= 2 and not re.search(r"\$|\d,\d", lines[j]):
                head = (j, ys)
                break
        if head is None:
            continue
        j, ys = head
        if any(y not in ys for y in asked):
            continue
        rows = []
        for k in range(j + 1, min(j + 24, len(lines))):
            text = lines[k].strip()
            m = re.match(r"^(?P<label>[A-Za-z][A-Za-z&,'’ ()/.%-]*?)\s+(?P<cells>(?:\$|\(\s*\d|-\s*\d|\d|n/a|—).*)$",
                         text)
            if not m:
                if not text or len(text.split()) > 12:
                    break  # the table's end: a blank line or a sentence
                continue
            cells = [re.sub(r"[$\s]", "", c) for c in _CELL_TOKEN.findall(m.group("cells"))]  # "$ (210)": "(210)"
            if len(cells) == len(ys):
                rows.append(pdf_tables.Row(m.group("label").strip(), tuple(cells), pos[k], pos[k] + len(lines[k]), ""))
        yield ys, rows


def _own_table(page: str, name: str, num: str, asked: list[int]) -> MemberMargin | None:
    """The member's margin from its own summary table (``_own_table_rows``); None when any of it is missing or two
    rows say one measure."""
    for ys, rows in _own_table_rows(page, name, asked):
        nums = [r for r in rows if _NUM_ROW[num].match(r.label)]
        revs = [r for r in rows if not _NUM_ROW[num].match(r.label) and _REVENUE_ROW.match(r.label)]
        if len(nums) != 1 or len(revs) != 1:
            continue
        nrow, drow = nums[0], revs[0]
        margins, shown = [], []
        for y in asked:
            nc, dc = nrow.cells[ys.index(y)], drow.cells[ys.index(y)]
            nv, dv = _value(nc), _value(dc)
            if nv is None or dv is None or dv <= 0 or nc.endswith("%") or dc.endswith("%"):
                return None
            margins.append(nv / dv * 100)
            shown.append((_fmt(nc), _fmt(dc)))
        return MemberMargin(name, num, tuple(asked), tuple(margins), tuple(shown), (nrow, drow))
    return None


# the head of a member's own summary table: "International Segment Performance Summary 2025 2024 2023", "Marine Division
# Results"
_OWN_HEAD = re.compile(r"(?m)^\s*(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)\s+(?:Segment|Division)\s+"
                       r"(?:Performance\s+Summary|Results|Financial\s+Summary|Summary)\b")


@dataclass(frozen=True)
class OwnTablesRanking:
    """Members ranked by their margins, each read from its own summary table (``own_tables_rank``)."""
    top: str
    text: str  # the ranking line: the pick, its margin, every member's, computed
    each: tuple[tuple[str, str, MemberMargin], ...]  # (member, page key, its margin) in the order found


def own_tables_rank(part: str, question: str, pages: list[tuple[str, str]], years: set[int]
                    ) -> OwnTablesRanking | None:  # fmt: skip
    """For "Which of its two segments earned the higher operating income rate in 2025, and which segment's rate fell
    more from 2024?" where the filer gives each segment its own summary table ("Domestic Segment Performance Summary",
    "International Segment Performance Summary", on pages of their own): each member's margin (``asked_margin``)
    computed from its own table's rows (``_own_table``), ranked by its level in the asked year or by its move in
    percentage points from the year before. ``pages``: (key, text) of the filer's pages. General rule: members read
    one table each are all the members only when the question states their count and exactly that many tables are
    found; a member found twice with other figures, a missing cell, a tie: no answer."""
    sense = asks_member_ranking(part, question)
    num = asked_margin(f"{question} {part}") or ""
    count = stated_count(f"{question} {part}")
    if sense is None or sense in _ONE_MOVE or not num or count is None or not years:
        return None
    moves = bool(_MOVE.search(part) or part != question and _SIZE_OF_PICK.match(part) and _MOVE.search(question))
    if moves and not sense.endswith("change"):
        return None  # a margin's move asked without a ranking of the move: not read
    if not moves:
        sense = {"high-change": "high", "low-change": "low"}.get(sense, sense)  # "the higher rate": a level
    change = sense.endswith("change")
    new = max(years)
    asked = [new - 1, new] if change else [new]
    found: dict[str, tuple[str, MemberMargin]] = {}
    for key, page in pages:
        for m in _OWN_HEAD.finditer(page):
            name = m.group("name").strip()
            got = _own_table(page, name, num, asked)
            if got is None:
                continue
            if name in found and found[name][1].margins != got.margins:
                return None
            found.setdefault(name, (key, got))
    if len(found) != count or count < 2:
        return None
    values = {n: (g.margins[-1] - g.margins[0]) if change else g.margins[-1] for n, (_, g) in found.items()}
    order = sorted(values, key=lambda n: values[n] if sense.startswith("low") else -values[n])
    if round(values[order[0]], 1) == round(values[order[1]], 1):
        return None
    top = order[0]
    title = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[num]
    if change:
        word = "had the larger decline in" if sense.startswith("low") and count == 2 else \
            "had the largest decline in" if sense.startswith("low") else "had the largest increase in"
        lead = f"{top} {word} {title} of the {count} members, {new - 1} to {new}: {values[top]:+.1f} percentage points"
        each = "; ".join(f"{n} {g.margins[0]:.1f}% to {g.margins[1]:.1f}% ({values[n]:+.1f} points; "
                         f"{g.cells[0][0]} / {g.cells[0][1]} and {g.cells[1][0]} / {g.cells[1][1]})"
                         for n, (_, g) in found.items())
    else:
        word = ("had the higher" if count == 2 else "had the highest") if sense == "high" else \
            ("had the lower" if count == 2 else "had the lowest")
        lead = f"{top} {word} {title} of the {count} members in {new}: {values[top]:.1f}%"
        each = "; ".join(f"{n} {g.margins[-1]:.1f}% ({g.cells[-1][0]} / {g.cells[-1][1]})" for n, (_, g) in found.items())
    text = (f"{lead} (computed from each member's own table). Every member's {title} ({_NUM_WORDS[num]} / revenue), "
            f"computed: {each}.")
    return OwnTablesRanking(top, text, tuple((n, k, g) for n, (k, g) in found.items()))


def _margin_cells(num: str, nrow: tuple[pdf_tables.Row, str], drow: tuple[pdf_tables.Row, str], asked: list[int],
                  wanted: set[str] | None) -> tuple[tuple[float, ...], tuple[tuple[str, str], ...]] | None:  # fmt: skip
    """Each asked year's margin and its two cells, each row's columns read from its own heads (a run of the measure
    when the heads name two measures side by side)."""
    out_m, out_c = [], []
    for (row, heads), measure in ((nrow, num), (drow, "revenue")):
        cells = _year_cells(row, heads, measure, asked, wanted)
        if cells is None:
            return None
        out_c.append(cells)
    for ncell, dcell in zip(*out_c):
        nv, dv = _value(ncell), _value(dcell)
        if nv is None or dv is None or dv <= 0 or ncell.endswith("%") or dcell.endswith("%"):
            return None
        out_m.append(nv / dv * 100)
    return tuple(out_m), tuple((_fmt(n), _fmt(d)) for n, d in zip(*out_c))


# words of a column head that name no measure: the row-label head, a change column, articles
_HEAD_PLAIN = {"brand", "tier", "tiers", "segment", "segments", "region", "regions", "division", "divisions", "change",
               "the", "of", "and", "in", "for", "millions", "thousands", "total", "fiscal", "year", "years", "ended",
               "months", "three", "six", "nine", "twelve", "quarter", "category", "categories", "%", "percent"}


def _head_columns(heads: str) -> list[tuple[frozenset[str], int | None]]:
    """The columns a head line names as "<measure> <year>" pairs and "<measure> change" ("Brand tier ADR 2025 ADR 2024
    Occupancy 2025 Occupancy 2024 RevPAR 2025 RevPAR 2024 RevPAR change"): each column's measure words (the words
    since the column before) and its year (None for a change column)."""
    cols: list[tuple[frozenset[str], int | None]] = []
    words: list[str] = []
    first: list[str] = []  # the first column's words, in order
    last: frozenset[str] = frozenset()
    for tok in heads.split():
        if _YEAR.fullmatch(tok):
            if not cols:
                first = [w.lower() for w in words]
            said = frozenset(w.lower() for w in words) or last
            cols.append((said, int(tok)))
            last, words = said, []
        elif tok.lower() == "change" and (words or last):
            cols.append((frozenset(w.lower() for w in words) or last, None))
            words = []
        elif re.search(r"[A-Za-z]", tok):
            words.append(tok.strip("(),:"))
    # the first column's words carry the row-label head ("Region Load factor 2025"): the measure is the later
    # columns' name it holds ("Load factor"), the one its words end with when it holds two ("Region Rev. 2025" over
    # a caption naming ASMs too: "Rev.")
    sets = {m for m, _ in cols}

    def measure_of(m: frozenset[str], k: int) -> frozenset[str]:
        held = sorted((o for o in sets if o < m), key=lambda o: (-len(o), sorted(o)))
        if k == 0:
            ending = [o for o in held if frozenset(first[-len(o):]) == o]
            held = ending or held
        return held[0] if held else m
    return [(measure_of(m, k), y) for k, (m, y) in enumerate(cols)]


def _head_measure(sense: str, part: str, question: str, page: str, years: set[int]) -> MemberRanking | None:
    """A ranking by a measure the column heads name beside each year ("Occupancy 2025 Occupancy 2024"): the one head
    measure whose words the question says (the row-label head and change columns aside), its asked year's column and
    the year before's, one row per member (totals out; a stated count must hold; without one, every row but the
    totals must be a member). General rule: the measure ranked is the filer's own column, named by the question in
    the filer's word, read for EVERY member; a head measure the question does not name, two it names, a period
    length the table does not state as asked, or a member's cell missing: no answer."""
    whole = f"{question} {part}"
    asked_words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&-]*", whole)}
    wanted = _group_wanted(whole)
    count = stated_count(whole)
    found: list[MemberRanking] = []
    for table in pdf_tables.tables_in(page):
        if len(table.rows) < 2:
            continue
        own_heads, own_caption = _context_above(page, table.rows[0])
        heads = table.heads if _YEAR.search(table.heads) else own_heads
        caption = table.caption or own_caption
        if not _YEAR.search(heads) and _YEAR.search(caption):
            heads = caption  # the head line read as the caption ("Brand tier ADR 2025 ADR 2024 ...")
        above = [ln for ln in page[: table.rows[0].start].split("\n")[-8:] if ln.strip()][-3:]
        above = [ln for ln in above if len(ln.split()) <= 16]  # caption and head lines, not a paragraph
        length = _length_of(" ".join(above))
        heads = next((ln for ln in reversed(above) if len(_YEAR.findall(ln)) >= 2), heads)  # the head line itself
        if wanted is not None and (length or "") not in wanted and not (length == "12" and "year" in wanted):
            continue
        cols = _head_columns(heads)
        if len(cols) < 2 or not all(len(r.cells) == len(cols) for r in table.rows):
            continue
        measures = {m for m, y in cols if y is not None}
        if len(measures) < 2 or any(len(m - _HEAD_PLAIN) > 4 for m in measures):
            continue  # heads naming no measures beside the years (a statement's "Year Ended December 31, 2025 2024")
        named = [m for m in measures if (m - _HEAD_PLAIN) and (m - _HEAD_PLAIN) & asked_words
                 and not any(o < m and (o - _HEAD_PLAIN) & asked_words for o in measures)]
        if len(named) != 1:
            continue
        m = named[0]
        by_year = {y: k for k, (mm, y) in enumerate(cols) if mm == m and y is not None}
        new_year = max(years & set(by_year)) if years & set(by_year) else None
        if new_year is None:
            continue
        new, old = by_year[new_year], by_year.get(new_year - 1)
        if sense.endswith("change") and old is None:
            continue
        members = [r for r in table.rows if not _NOT_MEMBER.search(r.label)]
        left = [r for r in table.rows if r not in members and not _TOTAL_ROW.search(r.label)
                and not re.search(r"(?i)\btotal\b", r.label)]
        if left and count is None or count is not None and len(members) != count or len(members) < 2:
            continue
        cells = [(r.label, r.cells[old] if old is not None else "", r.cells[new], r) for r in members]
        name = " ".join(dict.fromkeys(w for w in re.findall(r"[A-Za-z][\w&-]*", heads) if w.lower() in m
                                      and w.lower() not in _HEAD_PLAIN)) or "the measure"
        ranked = _ranked(sense, name, cells, new_year, {"3": "three months", "6": "six months",
                                                        "9": "nine months"}.get(length or "", ""), tuple(members))
        if ranked is not None:
            found.append(ranked)
    if not found or len({r.top.label for r in found}) != 1:
        return None
    return found[0]


_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
                   r"\d{1,2},\s+(?:19|20)\d\d\b")
# words of a question that name no measure: the pick, the members' kind, the period, the company's whole
_PLAIN_ASKED = {"which", "what", "of", "the", "a", "an", "its", "their", "had", "has", "have", "most", "highest",
                "largest", "lowest", "fewest", "least", "for", "in", "and", "how", "many", "much", "did", "it", "was",
                "were", "months", "month", "three", "six", "nine", "twelve", "ended", "quarter", "year", "fiscal",
                "company", "company's", "total", "account", "accounted", "by", "on", "at", "to", "as", "our",
                "reportable", "operating", "segments", "segment", "regions", "region", "divisions", "division",
                "business", "businesses", "units", "each", "amounts", "millions", "thousands", "table", "following",
                "details", "sets", "forth", "presents", "shows", "basis", "number", "numbers", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _dated_columns(sense: str, part: str, question: str, page: str) -> MemberRanking | None:
    """A level ranking by a measure the registry does not know ("average monthly active users"), read from a table
    whose caption names that measure and the members' kind ("The following table details our average MAUs ... for
    each of our reportable segments") and whose columns are headed by period-end dates ("December 31, 2025 September
    30, 2025 ..."): the column of the one date the question names ("for the three months ended December 31, 2025").
    General rule: the measure is the caption's, named by a word of the question; the column is the asked date's
    (found once among the heads); every member row read (totals out; a stated count must hold; without one, every
    row but the totals must be a member); the total row's figure and the pick's share of it shown. A change asked,
    no date or two dates asked, a date found twice or not at all: no answer."""
    if sense not in ("high", "low"):
        return None
    whole = f"{question} {part}"
    dates = {" ".join(d.split()) for d in _DATE.findall(whole)}
    if len(dates) != 1:
        return None
    date = dates.pop()
    asked = {w.lower().strip("()") for w in re.findall(r"[A-Za-z][\w'’()-]*", whole)} - _PLAIN_ASKED
    count = stated_count(whole)
    found: list[MemberRanking] = []
    for table in pdf_tables.tables_in(page):
        if len(table.rows) < 2:
            continue
        own_heads, own_caption = _context_above(page, table.rows[0])
        said = f"{table.caption} {own_caption} {table.heads} {own_heads}"
        heads = table.heads if _DATE.search(table.heads) else own_heads
        cols = [" ".join(d.split()) for d in _DATE.findall(heads)]
        if len(cols) < 2 or cols.count(date) != 1 or not all(len(r.cells) == len(cols) for r in table.rows):
            continue
        caption_words = {w.lower().strip("()“”\"") for w in re.findall(r"[A-Za-z][\w'’()“”\"-]*", said)}
        if not _MEMBERS_TABLE.search(said) or not (asked & caption_words):
            continue  # the caption names no members, or no measure the question names
        k = cols.index(date)
        members = [r for r in table.rows if not _NOT_MEMBER.search(r.label)]
        totals = [r for r in table.rows if _TOTAL_ROW.search(r.label)]
        left = [r for r in table.rows if r not in members and r not in totals]
        if left and count is None or count is not None and len(members) != count or len(members) < 2:
            continue
        name = " ".join(w for w in re.findall(r"[A-Za-z][\w'’-]*", said) if w.lower() in asked) or "the measure"
        name = " ".join(dict.fromkeys(name.split()))
        ranked = _ranked(sense, name, [(r.label, "", r.cells[k], r) for r in members], int(date[-4:]),
                         f"period ended {date}", tuple(members) + tuple(totals[:1]))
        if ranked is None:
            continue
        if len(totals) == 1 and (tv := _value(totals[0].cells[k])) and tv > 0 and ranked.top.new >= 0:
            share = (f" The total is {_fmt(totals[0].cells[k])}; {ranked.top.label}'s "
                     f"{_fmt(ranked.top.new_cell)} is {ranked.top.new / tv * 100:.1f}% of it (computed).")
            ranked = replace(ranked, lead=ranked.lead + share, text=ranked.text + share)
        found.append(ranked)
    if not found or len({r.top.label for r in found}) != 1:
        return None
    return found[0]


# a caption stating the margin of each member: "Information about our operating margin on a consolidated basis and by
# operating segment is as follows:", "Segment operating margin", "EBITDA margin by segment"
_STATED_MARGIN = {"operating income": re.compile(r"(?i)\boperating\s+(?:profit\s+|income\s+)?margins?\b|\boperating\s+"
                                                 r"income\s+as\s+a\s+(?:percentage|percent|%)\s+of\b"),
                  "ebitda": re.compile(r"(?i)\bEBITDA\s+margins?\b")}


def _stated_margins(sense: str, num: str, page: str, years: set[int], whole: str,
                    count: int | None) -> MemberRanking | None:  # fmt: skip
    """A table of the margin the filer states for each member, read line by line: a caption naming the asked margin
    and the members' kind ("... our operating margin on a consolidated basis and by operating segment ..."), a line
    of years (the columns), then one row per member with a figure per year ("Latin America 56.0 52.1 54.3",
    "Bottling Investments (10.6 ) (0.7 ) 0.5"; a total or consolidated row is none). General rule: a margin the
    filer states per member ranks every member, by its level or by its move in percentage points; a member whose
    cell is not a figure ("Corporate * * *": not meaningful) is left out only when the question sets it aside or the
    stated count holds without it; otherwise no answer."""
    lines = page.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        if not (_STATED_MARGIN[num].search(line) and _MEMBERS_TABLE.search(line)) or len(line.split()) > 40:
            continue
        head = None
        for j in range(i + 1, min(i + 3, len(lines))):
            ys = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])", lines[j])]
            if len(ys) >= 2 and not re.search(r"\$|\d,\d|%", lines[j]):
                head = (j, ys)
                break
        if head is None:
            continue
        j, ys = head
        members: list[tuple[str, list[str], pdf_tables.Row]] = []
        unread: list[str] = []
        for k in range(j + 1, min(j + 20, len(lines))):
            text = lines[k].strip()
            m = re.match(r"^(?P<label>[A-Z][A-Za-z&,'’ .-]*?)\s+(?P<cells>(?:\(|-|\d|\*).*)$", text)
            if not m:
                break
            label = m.group("label").strip()
            cells = [re.sub(r"\s", "", c) for c in re.findall(r"\(?-?\d[\d,]*(?:\.\d+)?\s?\)?\s?%?|\*", m.group("cells"))]
            if len(cells) != len(ys):
                break
            if _TOTAL_ROW.search(label) or re.search(r"(?i)\b(?:total|consolidated)\b", label):
                continue
            if any(_value(c) is None for c in cells):
                unread.append(label)
                continue
            members.append((label, cells, pdf_tables.Row(label, tuple(cells), pos[k], pos[k] + len(lines[k]), "")))
        if any(not _set_aside(u, whole) for u in unread) and (count is None or len(members) != count):
            return None  # a member without a figure the question does not set aside
        if count is not None and len(members) != count or len(members) < 2:
            return None
        new_year = max(years & set(ys)) if years & set(ys) else None
        if new_year is None:
            return None
        old_year = new_year - 1 if new_year - 1 in ys else None
        if sense.endswith("change") and old_year is None:
            return None
        cells = [(label, f"{c[ys.index(old_year)]}%" if old_year else "", f"{c[ys.index(new_year)]}%", row)
                 for label, c, row in members]
        cells = [(a, o.replace("%%", "%"), n.replace("%%", "%"), r) for a, o, n, r in cells]
        name = {"operating income": "operating margin", "ebitda": "EBITDA margin"}[num]
        return _ranked(sense, f"{name} (stated)", cells, new_year, "", tuple(r for *_, r in cells))
    return None


@dataclass(frozen=True)
class MemberFigure:
    member: str
    measure: str  # "revenue", "operating income", "ebitda", "noi"
    years: tuple[int, ...]  # the years read, earliest first
    cells: tuple[str, ...]  # each year's cell as printed
    values: tuple[float, ...]
    row: pdf_tables.Row


_MEASURE_ROW = {"revenue": _REVENUE_ROW, "operating income": _NUM_ROW["operating income"], "ebitda": _NUM_ROW["ebitda"]}


def member_figure(question: str, page: str, years: set[int], ends: bool = False) -> MemberFigure | None:
    """The named member's own figure of a plain measure (revenue / net sales, operating income, EBITDA) in each asked
    year (and the year before for a change asked of one year), from the member's row of a table of the members (under
    a block or run saying the measure) or from the member's own summary table (a caption or head naming the member
    and its kind, the measure's row). General rule: a member's figure is its own row's, the same on every table of the
    page that gives it, never the company's; a year's cell missing, a percentage cell or two rows: None."""
    name = named_member(question)
    measure = asked_measure(question)
    if name is None or measure not in _MEASURE_ROW or not years or asked_margin(question) is not None:
        return None
    asked = sorted(years)
    if len(asked) == 1 and _MOVE.search(question):
        asked = [asked[0] - 1, asked[0]]
    wanted = _group_wanted(question)
    found: list[tuple[pdf_tables.Row, list[str]]] = []
    heads_before = ""
    for table in pdf_tables.tables_in(page):
        if not table.rows:
            continue
        own_heads, own_caption = _context_above(page, table.rows[0])
        heads = table.heads if _YEAR.search(table.heads) else own_heads
        if not _YEAR.search(heads) and heads_before:
            heads = heads_before
        else:
            heads_before = heads
        caption = table.caption or own_caption
        said = f"{caption} {heads}"
        if not ends and _EARLY_CLOSE.search(heads) and _FISCAL_ASKED.search(question):
            continue  # "fiscal 2024" against columns closing in January to March: which column is its, unsure
        if any(_same_name(r.label, name) for r in table.rows):
            rows = []
            for r in table.rows:
                if not _same_name(r.label, name):
                    continue
                block = r.block or _title_above(page, table.rows[0])
                runs = _measure_runs(heads, len(r.cells))
                text = block or f"{caption} {heads}"
                if runs is not None and measure in runs or runs is None and says_measure(text, measure) \
                        and not narrowed(text, measure, question):
                    rows.append(r)
        elif re.search(rf"(?i)\b{re.escape(name)}\b", said) and _MEMBERS_TABLE.search(said):
            rows = [r for r in table.rows if _MEASURE_ROW[measure].match(r.label.strip())]
        else:
            continue
        for r in rows:
            got = _year_cells(r, heads, measure, asked, wanted)
            if got is not None:
                found.append((r, got))
    own = _own_table_figure(page, name, measure, asked)
    if own is not None:
        found.append(own)
    values = {tuple(_value(c) for c in cells) for _, cells in found}
    if not found or len(values) != 1 or any(v is None for v in next(iter(values))):
        return None
    row, cells = found[0]
    if any(c.endswith("%") for c in cells):
        return None
    return MemberFigure(name, measure, tuple(asked), tuple(_fmt(c) for c in cells),
                        tuple(_value(c) for c in cells), row)  # type: ignore[arg-type]


def _year_cells(row: pdf_tables.Row, heads: str, measure: str, asked: list[int],
                wanted: set[str] | None) -> list[str] | None:  # fmt: skip
    """The row's cell of each asked year, read from the heads (a run of the measure when they name two)."""
    cols = pdf_tables.columns(_WEEKS.sub(_weeks_group, heads), len(row.cells))
    if cols is None:
        return None
    runs = _measure_runs(heads, len(row.cells))
    chosen = [g for g in {c.group for c in cols} if wanted is None or g in wanted]
    if len(chosen) != 1:
        return None
    by_year: dict[int, int] = {}
    for k, c in enumerate(cols):
        if c.group == chosen[0] and not c.change and c.year and (runs is None or runs[k] == measure):
            if c.year in by_year:
                return None
            by_year[c.year] = k
    if any(y not in by_year for y in asked):
        return None
    return [row.cells[by_year[y]] for y in asked]


def _own_table_figure(page: str, name: str, measure: str,
                      asked: list[int]) -> tuple[pdf_tables.Row, list[str]] | None:  # fmt: skip
    """The measure's row of the member's own summary table (``_own_table_rows``) and its asked years' cells."""
    for ys, rows in _own_table_rows(page, name, asked):
        found = [(r, [r.cells[ys.index(y)] for y in asked]) for r in rows if _MEASURE_ROW[measure].match(r.label)]
        if len(found) == 1:
            return found[0]
    return None


# "what share of X's consolidated operating income came from its Western segment", "what percentage of the company's
# total net sales did the Western segment account for": the member's part of the whole the question names as the
# company's (consolidated / total / overall), never a part of one member's own figure
_SHARE_OF_WHOLE = re.compile(r"(?i)\b(?:share|percentage|percent|portion|proportion|fraction|part)\s+of\s+"
                             r"(?:(?:the\s+)?(?:company|group|firm)['’]s\s+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}['’]s?\s+)?"
                             r"(?:(?:consolidated|total|overall|company-wide|combined)\s+)+(?P<measure>[a-z][\w\s()-]{2,40}?)\s+"
                             r"(?:came|come|comes|did|was|were|is|does|do|from|generated|earned|contributed)\b")


@dataclass(frozen=True)
class MemberShare:
    member: str
    measure: str  # "revenue", "operating income", "ebitda"
    years: tuple[int, ...]  # the years read, earliest first
    cells: tuple[tuple[str, str], ...]  # (the member's cell, the total's cell) of each year, as printed
    shares: tuple[float, ...]  # the member's share of the total in each year, percent
    rows: tuple[pdf_tables.Row, ...]  # each year's row of the measure


def asks_member_share(question: str) -> bool:
    """Whether the question asks one named member's share of the company's whole of a measure (``_SHARE_OF_WHOLE``,
    ``named_member``)."""
    m = _SHARE_OF_WHOLE.search(question)
    return bool(m) and named_member(question) is not None and asked_measure(m.group("measure")) in _MEASURE_ROW


def member_share(question: str, page: str, years: set[int], ends: bool = False) -> MemberShare | None:
    """The named member's share of the company's whole of the asked measure in each asked year (and the year before
    when one year's change is asked), from a segment table whose first columns are the members the filer's own
    sentence on the page lists (``_named_columns``), its last column the whole: each year's block row saying the
    measure adds up to that last figure. General rule: a member's share of the whole is its own cell over the total
    cell of one row that adds up, every asked year from the same table; a member not listed, a cell missing or not
    a figure, a total not positive or a fiscal year the filing does not name: None."""
    m = _SHARE_OF_WHOLE.search(question)
    name = named_member(question)
    if m is None or name is None or not years:
        return None
    measure = asked_measure(m.group("measure"))
    if measure not in _MEASURE_ROW:
        return None
    names = _segments_named(page)
    if names is None:
        return None
    k = [i for i, n in enumerate(names) if _same_name(n, name)]
    if len(k) != 1:
        return None
    asked = sorted(years)
    if len(asked) == 1 and _MOVE.search(question):
        asked = [asked[0] - 1, asked[0]]
    got = _named_blocks(measure, page, names, _group_wanted(question), question, ends=ends)
    if got is None or any(y not in got[0] for y in asked):
        return None
    blocks = got[0]
    cells, shares = [], []
    for y in asked:
        row = blocks[y]
        part, whole = _value(row.cells[k[0]]), _value(row.cells[-1])
        if part is None or whole is None or whole <= 0 or row.cells[k[0]].endswith("%"):
            return None
        cells.append((_fmt(row.cells[k[0]]), _fmt(row.cells[-1])))
        shares.append(part / whole * 100)
    return MemberShare(names[k[0]], measure, tuple(asked), tuple(cells), tuple(shares),
                       tuple(blocks[y] for y in asked))


_NET_INCOME = re.compile(r"(?i)\bnet\s+(?:income|earnings|profit)\b")
# a head line of member column groups: "Three months ended March 31, Consumer & Community Banking Corporate & Investment
# Bank Commercial Banking", then its years line "(in millions, except ratios) 2025 2024 Change 2025 2024 Change ..."
_GROUP_HEAD = re.compile(r"^\s*(?P<lead>(?:Three|Six|Nine|Twelve)\s+months\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?|"
                         r"(?:Fiscal\s+)?Years?\s+ended\s+[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?P<names>[A-Z].*)$")
_GROUP_CELL = re.compile(r"\(?-?\$?\s?\(?\d[\d,]*(?:\.\d+)?\s?\)?\s?%?|\bNM\b|\bn/?m\b|—|–")
_TOTAL_COLUMN = re.compile(r"^(?:Total|Firmwide|Consolidated)\b")


def _split_group_names(text: str, names: list[str], k: int) -> list[str] | None:
    """The ``k`` column-group names of a head, read with the filer's own list of its segments: each listed name where
    it stands, a run of other words between them one name of its own (an unlisted member: "Corporate"), "Total" the
    total; None when the head does not split into ``k`` names so."""
    norm = lambda t: " ".join(t.split()).lower()  # noqa: E731
    rest, out, loose = " ".join(text.split()), [], []
    while rest:
        hit = next((n for n in sorted(names, key=len, reverse=True) if norm(rest).startswith(norm(n))
                    and (len(rest) == len(" ".join(n.split())) or rest[len(" ".join(n.split()))] == " ")), None)
        if hit is not None:
            if loose:
                out.append(" ".join(loose))
                loose = []
            out.append(hit)
            rest = rest[len(" ".join(hit.split())):].strip()
            continue
        word, _, rest = rest.partition(" ")
        if _TOTAL_COLUMN.match(word):
            if loose:
                out.append(" ".join(loose))
                loose = []
            out.append("Total")
            continue
        loose.append(word)
    if loose:
        out.append(" ".join(loose))
    if len(out) != k or any(len(n.split()) > 3 and n not in names for n in out):
        return None
    return out


def _grouped_columns(sense: str, measure: str, page: str, years: set[int], count: int | None,
                     wanted: set[str] | None, whole: str, around: str) -> MemberRanking | None:  # fmt: skip
    """A table whose members are groups of columns, one head line naming the members after the period ("Three months
    ended March 31, A B C") and a years line repeating one run per member ("2025 2024 Change" each), continued in a
    second such table (the remaining members and "Total"). General rule: the members' names are split by the filer's own
    list of its segments (a sentence on the page or the pages around it: "There are four major reportable business
    segments – A, B, C and D"), a run of other words between them one more member ("Corporate"), "Total" the total;
    the row saying the measure in every table ("Total net revenue", "Net income/(loss)") gives each member its cell of
    the asked year; a member without the row, a head not splitting, or the asked year's column missing: no answer."""
    names = _segments_named(page) or (_segments_named(around) if around else None)
    if not names:
        return None
    lines = page.split("\n")
    pos = [0]
    for line in lines:
        pos.append(pos[-1] + len(line) + 1)
    members: list[tuple[str, str, str, pdf_tables.Row]] = []
    total_seen = False
    new_year = None
    for i, line in enumerate(lines[:-1]):
        m = _GROUP_HEAD.match(line)
        if not m:
            continue
        if wanted is not None and _length_of(m.group("lead")) not in wanted:
            continue
        runs = re.findall(r"((?:19|20)\d\d)\s+((?:19|20)\d\d)(?:\s+(?:Change|%\s*Change|% change))?", lines[i + 1])
        per = len(re.findall(r"(?:19|20)\d\d|Change", lines[i + 1]))
        if len(runs) < 1 or per % len(runs):
            continue
        k, per = len(runs), per // len(runs)
        heads = re.findall(r"(?:19|20)\d\d|Change", lines[i + 1])[:per]
        groups = _split_group_names(m.group("names"), names, k)
        if groups is None:
            return None
        year_at = {int(h): n for n, h in enumerate(heads) if h != "Change"}
        ny = max(years & set(year_at)) if years & set(year_at) else None
        if ny is None or new_year is not None and ny != new_year:
            return None
        new_year = ny
        old = year_at.get(ny - 1)
        row = None
        for j in range(i + 2, min(i + 16, len(lines))):
            text = lines[j].strip()
            if _GROUP_HEAD.match(text):
                break
            label = re.split(r"\s[$(—–-]?\s?\d|\s\$|\s—|\sNM\b", text, maxsplit=1)[0].strip()
            said = (re.fullmatch(r"(?i)net\s+(?:income|earnings)(?:\s*/?\s*\(loss\))?", label) if measure == "net income"
                    else says_measure(label, measure) and not narrowed(label, measure, whole))
            if said and not re.search(r"(?i)\b(?:after|before|attributable|per|pre-)\b", label):
                cells = [c.replace(" ", "") for c in _GROUP_CELL.findall(text[len(label):])]
                cells = [c for c in cells if c != "%"]
                if len(cells) == k * per and row is None:
                    row = (pdf_tables.Row(label, tuple(cells), pos[j], pos[j] + len(lines[j]), ""), cells)
                elif row is not None:
                    return None  # two rows saying the measure: which is asked, unsure
        if row is None:
            return None
        r, cells = row
        for g, name in enumerate(groups):
            if name == "Total":
                total_seen = True
                continue
            new_cell = cells[g * per + year_at[ny]].replace("%", "")
            old_cell = cells[g * per + old].replace("%", "") if old is not None else ""
            members.append((name, old_cell, new_cell, r))
    if not members or not total_seen:
        return None  # no total column: the members may go on in a table this page does not hold
    members = [mm for mm in members if not _set_aside(mm[0], whole)]
    if count is not None and len(members) != count or len(members) < 2:
        return None
    if any(_value(c) is None for _, _, c, _ in members):
        return None
    return _ranked(sense, measure, members, new_year, "", tuple(dict.fromkeys(r for *_, r in members)))

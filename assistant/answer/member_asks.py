"""What a question about a filer's members asks, from its wording alone (``table_rankings.py`` ranks by it):
a pick among members and how it ranks (``asks_member_ranking``: "which of its three segments grew fastest", "the
weakest topline", a swing to a profit), the measure (``asked_measure``, ``asked_margin``, ``states_member_margin``),
a count the question states (``stated_count``), the period group (``_group_wanted``), a later part asking the pick's
figure, its move or a ranking again (``asks_pick_figure``, ``asks_member_move``, ``asks_rank_again``), a named member
(``named_member``), a fiscal year (``fiscal_asked``) and the search for the members' table (``table_query``). Pure
text; the first of the member modules.
"""

from __future__ import annotations

import re
from ..text.counts import counting
from ..text.moves import (
    DOWN_NOUNS_MEMBER, DOWN_PAST_MEMBER, MOVE_ASKED_MEMBERS as _MOVE, UP_MEMBER_VERB as _UP_VERB, UP_NOUNS_MEMBER,
    UP_PAST_MEMBER,
)

__all__ = ["asks_member_ranking", "table_query", "states_member_margin"]


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


_GEO_ASKED = re.compile(r"(?i)\bgeograph\w*|\bregions?\b|\bregional\b")
_COUNTS = counting(2, 10)
_COUNT = re.compile(rf"(?i)\b({'|'.join(_COUNTS)}|[2-9])\s+(?:[\w&'’.-]+\s+){{0,4}}?(?:{_KIND})\b")


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


# a change ranked by its amount, not its rate: "the biggest drop in net sales in dollar terms", "in absolute
# terms", "the biggest dollar increase", "by amount"
_BY_AMOUNT = re.compile(r"(?i)\bin\s+(?:absolute\s+)?(?:dollars?|dollar\s+terms|absolute\s+terms|(?:absolute\s+)?amounts?)\b|"
                        r"\b(?:dollar|absolute)\s+(?:[\w-]+\s+){0,1}?(?:declines?|drops?|decreases?|falls?|increases?|"
                        r"growth|gains?|rises?|changes?)\b|\bby\s+(?:absolute\s+)?amount\b")


def asks_amount_change(text: str) -> bool:
    """Whether a ranking of members' changes is asked by the change's amount ("the largest decline in dollars", "the
    biggest dollar increase", "in absolute terms") rather than its growth rate."""
    return bool(_BY_AMOUNT.search(text))


def asks_pick_figure(part: str, lead: str) -> bool:
    """Whether a later part asks the figure the ranking before gave its pick (``_SIZE_OF_PICK``, ``_PICK_FIGURE``),
    or the pick's part of the members' total, which only a ranking ``lead`` stating that share answers. General
    rule: such a part is answered by the same ranked rows, never by a figure of another passage."""
    if _SIZE_OF_PICK.match(part) or _PICK_FIGURE.match(part):
        return True
    return bool(_SHARE_OF_PICK.match(part)) and bool(re.search(r"\d%\s+of\s+it\b", lead))


# "Sales rose everywhere, yet one of its divisions booked lower segment income. Which was it?": the part's pick is the one member the
# sentence before says moved; its clause gives the move and the measure
_ONE_OF = re.compile(rf"(?i)\b(?:only\s+)?one\s+of\s+(?:them|those|these|(?:its|their|the)\s+(?:[\w&'’.-]+\s+){{0,4}}?"
                     rf"(?:{_KIND}))\s+(?P<clause>[^.?;]{{3,160}})")
_WHICH_ONE = re.compile(r"(?i)(?:^|[.;?]\s+)(?:and\s+)?which\s+(?:one|was\s+it)\s*(?:[,?]|$)")
_LESS = re.compile(r"(?i)\b(?:earned|made|generated|posted|reported|had|booked|delivered)\s+(?:a\s+)?(?:less|lower|smaller)\b|"
                   r"\b(?:declined|decreased|fell|dropped|shrank)\b")
_MORE = re.compile(r"(?i)\b(?:earned|made|generated|posted|reported|had|booked|delivered)\s+(?:a\s+)?(?:more|higher|larger)\b|"
                   r"\b(?:increased|rose|grew)\b")


def one_of_clause(part: str) -> str | None:
    """The clause saying how the one member a later "Which one?" asks for moved ("booked lower segment
    income" of "Sales rose everywhere, yet one of its divisions booked lower segment income. Which was it"); None when the part asks no
    such pick. General rule: "which one" names the member the sentence before singles out, by its own clause."""
    if not _WHICH_ONE.search(part):
        return None
    found = [m.group("clause") for m in _ONE_OF.finditer(part)]
    return found[0] if len(found) == 1 else None


def asks_member_ranking(part: str, question: str = "") -> str | None:
    """How a "which member ..." question ranks: "high-change", "low-change", "high" or "low"; None when the part
    asks no ranking of members (the whole question must name a kind of member and the part, or the question, a
    way of ranking)."""
    whole = question or part
    if question and part != question and _SIZE_OF_PICK.match(part) and _WHICH.search(question):
        return asks_member_ranking(question)  # "..., and by how many percentage points?": the question's ranking
    clause = one_of_clause(part)
    if clause is not None and re.search(rf"(?i)\b(?:{_KIND})\b", whole):
        less, more = bool(_LESS.search(clause)), bool(_MORE.search(clause))
        return "fell-change" if less and not more else "rose-change" if more and not less else None
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
                "years", "rate", "rates", "increase", "increased", "rose", "rising", "the", "its", "one",
                # verbs of having a figure: "did the same one also earn / post / report the highest margin?"
                "earn", "earned", "post", "posted", "report", "reported", "record", "recorded", "deliver",
                "delivered", "achieve", "achieved", "show", "showed", "generate", "generated", "enjoy", "enjoyed",
                # session 33 (#10): the filer named as a whole ("the company's most profitable segment"), never a basis
                "company", "companies", "firm", "group"}
# session 33 (#10): words of such a part that say what its named margin measures ("the most profitable segment by
# operating margin", "the best profitability, measured by EBITDA margin"): no basis beside the margin
_AGAIN_MARGIN_PLAIN = {"profitable", "profitability", "profit-wise"}


def asks_rank_again(part: str) -> bool:
    """Whether ``part`` asks if the member the part before ranked first ranks first again on another measure or
    basis (``_AGAIN``)."""
    return bool(_AGAIN.match(part))


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


_ONE_FELL = _which_moved(DOWN_PAST_MEMBER, DOWN_NOUNS_MEMBER)
_ONE_ROSE = _which_moved(UP_PAST_MEMBER, UP_NOUNS_MEMBER)
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


# the words of a growth ranking that name no measure: the asking, the members' kind, the growth, the period
_UNNAMED_GROWTH_WORDS = frozenset("""which what of its their the a an and in during for over from to between since
    compared with year years fiscal quarter quarters first second third fourth half months three six nine twelve ended
    grew grow growth fastest faster most quickest strongest expanded increased rose its company company's group
    reportable operating business one""".split())


def asks_unnamed_growth(part: str, question: str = "") -> bool:
    """Does a ranking of members' growth name no measure ("Which of Contoso's segments grew fastest in 2025?")? Its
    words are the asking, the members' kind, the growth and the period only (names and years aside). General rule:
    a segment "grows" by its revenue (net sales), the line a segment note reports first; a ranking of growth naming
    no measure ranks that."""
    if asks_member_ranking(part, question) != "high-change":
        return False
    text = re.sub(r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*", " ", part[:1].lower() + part[1:])  # names
    words = re.findall(r"[a-z][a-z'’-]*", re.sub(rf"(?i)\b(?:{_KIND})\b|\b(?:19|20)\d\d\b", " ", text).lower())
    return bool(words) and all(w in _UNNAMED_GROWTH_WORDS for w in words)


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
        if text is not question and _OWN_QUANTITY.search(text):
            # General rule (#11, session 32): a part naming a quantity of its own ("..., and which had the steepest
            # organic volume decline?") is never ranked by the money measure another part names (revenue)
            return None
    return None


# quantities a ranking may be asked by that no money measure of ``_MEASURES`` is: volumes, counts, prices
_OWN_QUANTITY = re.compile(r"(?i)\b(?:volumes?|unit\s+(?:sales|volumes?)|shipments?|deliveries|customers?|subscribers?|members|"
                           r"memberships?|stores|employees|headcount|orders|bookings|backlog|prices?|pricing|users|visits|"
                           r"traffic|tonnes|tons|barrels|passengers|occupancy|same[- ]store|comparable|comps?)\b")


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


def stated_count(question: str) -> int | None:
    m = _COUNT.search(question)
    if not m:
        return None
    word = m.group(1).lower()
    return _COUNTS.get(word) or int(word)


def _group_wanted(text: str) -> set[str] | None:
    q = text.lower()
    if re.search(r"\bh1\b|\bfirst\s+half\b|\bsix\s+months\b|\bhalf[- ]year\b|\b26\s+weeks\b", q):
        return {"6"}
    if re.search(r"\bnine\s+months\b|\bfirst\s+three\s+quarters\b|\b39\s+weeks\b", q):
        return {"9"}
    if re.search(r"\bquarter\b|\bq[1-4](?:[\s'’]?\d{2,4})?\b|\b[1-4]q\b|\bthree\s+months\b|\b13\s+weeks\b", q):
        return {"3", "quarter"}
    return {"12", "year", ""}


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


# "..., and did any segment shrink?", "did any of them decline?", "were any divisions down?", "did any region grow?"
_ANY_MOVE = re.compile(r"(?i)^\s*(?:and\s+)?(?:did|has|have|had|was|were)\s+(?:any|none)\s+(?:of\s+(?:them|those|these|"
                       r"the\s+others)\s+|(?:other\s+)?(?:segments?|divisions?|regions?|members?|businesses|units?|"
                       r"markets?|geographies|geography|lines?|categories|category)\s+)?(?:see\s+(?:its|their|a)\s+"
                       r"(?:\w+\s+){0,2}?)?(?P<verb>gr[eo]w(?:n)?|r[io]sen?|increased?|climbed?|improved?|expanded?|"
                       r"fallen|fall|fell|declined?|decline|dropped|drop|shr[iau]nk|decreased?|slipped|slip|"
                       r"contracted?|(?:go|gone|went)\s+(?:down|backwards?)|down)\b[^?]*\??\s*$")


def asks_any_member_move(part: str) -> str | None:
    """"up" / "down" when ``part`` is a yes/no on whether any of the members the part before ranked moved that way
    ("..., and did any segment shrink?", "did any of them decline?"); None otherwise."""
    m = _ANY_MOVE.match(part)
    if not m:
        return None
    return "up" if _UP_VERB.match(m.group("verb")) else "down"


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


# "<Name> segment" / "division" / "region" (the owner's possessive before the name is set aside)
_NAMED_MEMBER = re.compile(r"(?P<name>(?:[A-Z][\w&.'’-]*,?\s+(?:(?:of|and|&)\s+)?){1,5}?)(?:reportable\s+|operating\s+|"
                           r"business\s+)?(?:segment|division|region)\b(?!s)")


def named_member(question: str) -> str | None:
    """The one member a question names by its kind ("the International segment", "Brightpeak's Rest of World segment":
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


_NET_INCOME = re.compile(r"(?i)\bnet\s+(?:income|earnings|profit)\b")

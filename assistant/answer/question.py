"""What a question asks, for the extractive answerer (``extract.py``): ``read_question`` -> ``Asked`` parts.

Each part: the answer type (amount, list, entity, reason, yes/no, describe, business), its content words, the
names a candidate must name, the periods, the unit, and the direction asked ("rise", "fall"). Pure text; the
first module of the extractive answerer's flow: question -> candidates -> scoring -> gates -> shown ->
extract (selection) -> render.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..query.entities import without_name_asides
from ..query.intent import is_yes_no
from ..text.names import named_entities
from ..text.numbers import parse_numbers
from ..text.places import is_place_name
from ..text.sentences import content_words
from . import prose_causes as causes
from . import prose_changes as changes
from . import prose_drivers as drivers
from . import prose_figures as figures
from . import prose_rankings as rankings
from . import prose_subjects
from . import asked_shares, measure_families, stated_figures
from . import prose_reasons as reasons
from ..text.moves import UP_STEMS as _UP, DOWN_STEMS as _DOWN


_REASON_Q = re.compile(
    r"(?i)\bwhy\b|\bwhat\s+(?:\w+\s+){0,2}(?:drove|drives|driven|caused|causes|explains?|explained|led\s+to|"
    r"lies\s+behind|was\s+behind|is\s+behind|limited|limits|held\s+back|holds\s+back|contributed|helped|helps|"
    r"(?:held|holds|kept|keeps|dragged|drags|pulled|pushed)\s+(?:it|them|this|that)\s+(?:back|down)|"
    r"hurt|hurts|weighed\s+on|pushed|boosted|supported)\b|"
    r"\b(?:what|which)\s+(?:\w+\s+){0,5}?blam(?:e|es|ed|ing)\b|"  # "What factors does the firm blame for closures?": the causes
    r"\breasons?\b|\bwhat\s+did\s+.+\battribute\b|\battributed?\b.*\bto\?|\bdue\s+to\s+what\b|\bdrivers?\b|"
    r"\bhow\s+(?:can|could|is\s+it\s+possible\s+(?:that|for))\b|"  # "how can occupancy exceed 100%": in what way, a reason
    # "What made the market grow faster in value than in volume?", "what makes dailies cost more": the cause of what
    # follows (never "what made up / makes up", the parts of a whole)
    r"^\s*what\s+(?:has\s+|have\s+)?(?:made|makes|make)\s+(?!up\b)(?:the|its|their|this|that|these|those|it|them|[A-Z])"
)
_NOT_VERB = r"(?!(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could)\b)"
_PREP = r"(?:(?:in|from|to|for|at|among|by|with|on|through|via|across)\s+)?"  # "In which countries ...?"
_LIST_Q = re.compile(
    rf"(?i)^\s*{_PREP}(?:which|what)\s+{_NOT_VERB}(?:[\w-]+\s+){{0,2}}(?:companies|firms|suppliers|vendors|customers|"
    r"buyers|segments|products|risks|factors|options|markets|regions|countries|kinds|types|categories|businesses|"
    r"brands|acquisitions|deals|competitors|members|sources|uses|assets|lines|[a-z]+ies|[a-z]{3,}[^s'’]s)\b|"
    r"^\s*(?:who|whom)\s+(?:are|were|buy|buys|make|makes|founded|supply|supplies|use|uses)\b|"
    r"^\s*(?:list|name)\b|^\s*what\s+(?:are|were)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[a-z]{3,}[^s'’]s\b(?!['’])"
)
_ENTITY_Q = re.compile(rf"(?i)^\s*{_PREP}(?:which|who|whom|what\s+(?:company|firm|segment|product|country|region))\b")
_METRIC = (r"revenues?|sales|capex|capital\s+expenditures?|spending|costs?|prices?|margins?|income|profits?|loss(?:es)?|"
           r"consumption|share|demand|capacity|output|growth|value|size|earnings|eps|expenses?|cash|debt|"
           r"assets|liabilities|dividends?|purchases|investments?|headcount|employees|volumes?|shipments|units|rate|"
           r"estimates?|forecasts?|projections?|guidance|targets?|outlook|budget|bandwidth|memory|power|electricity|"
           r"ebitda|ebitdar|ebitdare|ebit|ratios?|coverage|yield|turnover")
# "What consideration did it receive for the assets?", "what net proceeds ...": the price of a deal, an amount of
# money (session 26: a sentence naming the deal but stating no sum does not answer it)
_DEAL_PRICE_Q = r"\bwhat\s+(?:(?:total|cash|net|gross|aggregate)\s+)?(?:consideration|proceeds|purchase\s+price|sale\s+price)\b"
_AMOUNT_Q = re.compile(
    r"(?i)" + _DEAL_PRICE_Q + r"|"
    r"\bwhat\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:total\s+|combined\s+|aggregate\s+)?(?:amount|number|value|"
    r"sum|size|level)\b|"
    r"\bhow\s+(?:much|many|large|big|high|low|fast|long|wide|deep|steep)\b|\b(?:by\s+)?what\s+(?:share|percentage|percent|proportion|"
    r"portion|slice|fraction|price|rate|level|amount|value|capacity|number|factor|multiple|stake|"
    # "what stake will it retain", "what ownership interest will it hold": the part held, a percentage
    r"(?:ownership|equity)\s+(?:stake|interest|position))\b|\bat\s+what\s+(?:price|rate|cost)\b|"
    rf"\bwhat\s+(?:was|were|is|are|will\s+be)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){{0,5}}(?:{_METRIC}|percentages?)\b|"
    rf"^\s*what\s+(?:[\w'’.&-]+\s+){{0,3}}(?:{_METRIC})\b|"
    r"\b(?:what|how\s+much)\s+(?:is|was|are|were|will\s+be|would\s+be)\s+[^?]{0,80}?\bworth\b|"  # "what was X worth": money
    # "What did a buyer pay for one on average?", "What did premiums come to in 2024?": a verb whose object is the amount
    r"^\s*what\s+(?:did|does|do|will|would|could)\s+[^?]{1,80}?\b(?:pay|cost|come\s+to|amount\s+to|add\s+up\s+to|"
    r"sell\s+for|fetch|charge|earn|bring\s+in|total)(?=\s+(?:on\s+average|in|for|at|per|a|an|each|during|over|by|last|"
    r"this|to)\b|\s*[?,]|\s*$)"
)
_MONEY_Q = re.compile(
    r"(?i)" + _DEAL_PRICE_Q + r"|"
    r"\b(?:spend|spent|spending|cost|costs|price|priced|revenues?|sales|capex|capital\s+expenditures?|invest|"
    # "paid" before a plural noun is an attribute of what is counted ("paid deliveries", "paid subscribers"), no money
    r"investment|pay|paid(?!(?:\s+(?!(?:in|to|for|by|out|on|as|at|off|up|the|its|their|our|a|an|per|each|every)\b)[a-z-]+){1,3}s\b)|income|profit|earn|earnings|worth|budget|dollars?|usd|charge|fee|valuation|purchases|"
    # money borrowed or raised: "how much could it still borrow under its revolver?" asks dollars, not months ("draw"
    # alone is no money word: a rack draws power)
    r"borrow|borrowed|borrowing|borrowings|loans?|debt|proceeds|raise|raised|cash|revolver|"
    r"credit\s+(?:facility|line)|line\s+of\s+credit|"
    # session 33: "what did a litre sell for on average?", "what did the average home sell for?": a price
    r"(?:sell|sells|selling|sold)\s+for|fetch(?:es|ed)?|"
    # "how much did they sell in 2025 by value?", "in value terms": money, never the volume
    r"(?:by|in)\s+value)\b"
)
_PERCENT_Q = re.compile(r"(?i)\b(?:shares?|percent|percentages?|%|margins?|proportions?|portions?|fractions?|slices?|"
                        r"rates?)\b")  # "what portion of global spending does that amount to": a percentage
_COUNT_Q = re.compile(r"(?i)\bhow\s+many\b")
_FACTOR_Q = re.compile(r"(?i)\b(?:what|which)\s+(?:factor|multiple)\b|\bhow\s+many\s+times\b")
_CHANGE_Q = re.compile(
    r"(?i)\bby\s+how\s+much\b|\bhow\s+much\s+(?:higher|lower|more|less|bigger|smaller|larger)\b|"
    r"\bhow\s+(?:fast|quickly)\s+(?:did|has|have|does|do|is|are|was|were)\b|"
    r"\bhow\s+did\s+.+\bchange\b|\b(?:by\s+)?what\s+(?:percentage|percent|rate|factor)\b.*\b(?:grow|grew|rise|rose|"
    # session 32 (#11): a move said with a phrasal or another verb of movement ("by what percentage had the price gone
    # up", "... did volumes drop") is a change asked as a rate, as "rose" is (never a share of a whole)
    r"increase|decrease|fall|fell|decline|change|(?:go|goes|gone|went)\s+(?:up|down)\b|climb|jump|drop|slip|slid)|"
    r"\b(?:growth|change)\s+(?:in|of)\b.*\bfrom\b.*\bto\b|"
    r"\byear[- ]over[- ]year\b"
)
_PART_SPLIT = re.compile(
    r"(?i),?\s*\band\s+(?=(?:(?:roughly|approximately|about|around|exactly|also|then)\s+)?(?:how|what|which|who|why|"
    r"when|where|is|are|was|were|did|does|do|has|have|for|in|a\s+year|the\s+year|by\s+how)\b)|;\s+(?![^()]*\))|\?\s+(?=\S)"
)
# "how many members did it have (and how many a year earlier), what were ...": a part in parentheses is a part
_PART_IN_PARENS = re.compile(r"\s*\(\s*and\s+((?:how|what|which|who|a\s+year|the\s+year|in)\b[^()]*)\)\s*,?\s*")
_COMBINED = re.compile(r"(?i)\b(?:combined|together|total|sum|all|both|each\s+other|between|versus|vs\.?|compare[ds]?|"
                       r"compared|relative|than|with)\b")
_RELATIVE = [
    (re.compile(r"(?i)\b(?:a|one|the)\s+year\s+(?:earlier|before)|\bthe\s+(?:previous|prior|preceding)\s+year\b"), -1),
    (re.compile(r"(?i)\b(?:a|one)\s+year\s+later\b|\bthe\s+(?:next|following)\s+year\b"), 1),
]
_COMPARED_BASE = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|than)\s+$")
_BARE_WH = re.compile(r"(?i)(?:when|where|why|how|who|whom|what|which)\b\s*")
# "in what year", "when", and a date asked from a point of time: "by when", "from when", "since when", "until when"
_WHEN_ASKED = re.compile(r"(?i)\b(?:what|which)\s+year\b|^\s*(?:and\s+)?(?:(?:by|from|since|until|till)\s+)?when\b")
# a part asking a time: "when", "by when", "in what year", "by what date", "how soon", "on what timeline" (never "when"
# inside a clause, "what happens when ...": only a part opening with it, after an optional "and")
_TIME_ASKED = re.compile(r"(?i)^\s*(?:and\s+)?(?:(?:by|from|since|until|till)\s+)?when\b|\b(?:in|by|from|since|until)\s+"
                         r"(?:what|which)\s+(?:year|date|month|quarter)\b|\bwhat\s+(?:date|timeline|timeframe|time\s+frame|"
                         r"timing)\b|\bhow\s+soon\b")


def asks_time(text: str) -> bool:
    """Does a part ask when something happens or happened ("..., and by when is the sale due to close?", "in
    what year did it enter Brazil")? Such a part is answered only by a sentence stating a time
    (``text.periods.states_time``; ``gates.prescore``)."""
    return bool(_TIME_ASKED.search(text))


# "What did the store closures cost: the write-downs, the cash part, the lease exits and the yearly savings?": a
# question word's clause, a colon, then the things asked, listed (each a short noun phrase)
_LISTED_ASKED = re.compile(r"(?i)^(?P<lead>\s*(?:\S+\s+){0,6}?(?:what|which|how)\b[^:?]{8,}?):\s+(?P<items>[^:?;]+?)[\s.?]*$")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the|its|their|any|his|her|our)\b)|,?\s+and\s+(?=\S+$)")


def listed_items(text: str) -> tuple[str, list[str]]:
    """The lead and the things a part lists as asked after a colon ("What did the store closures cost: the write-downs,
    the cash part, the lease exits and the yearly savings?" -> ("What did the store closures cost", ["the write-downs",
    "the cash part", "the lease exits", "the yearly savings"])); ("", []) unless two or more items, each of
    one to six words and none holding a verb of a clause ("which we ..."). General rule (session 29, #11): each thing
    a question lists is asked, and an answer saying only some of them answers only part."""
    m = _LISTED_ASKED.match(text)
    if m is None:
        return "", []
    items = [i.strip() for i in _LIST_JOIN.split(m.group("items")) if i and i.strip()]
    if len(items) < 2 or any(not 1 <= len(i.split()) <= 6 or re.search(
            r"(?i)\b(?:which|that|who|was|were|is|are|did|does|do|had|has|have)\b", i) for i in items):
        return "", []
    return m.group("lead").strip(), items


_MOVE_ONLY = frozenset({"fast", "quickly", "much", "far", "change", "changed", "move", "moved", "grow", "growth"})
# a plural pronoun standing for what the part before asked ("..., and how much did they rise during the year?")
_BACK_PRONOUNS = frozenset({"they", "them", "these", "those"})
_POINTED_BACK = re.compile(r"(?i)\b(?:that|this|these|those)\s+(view|figure|number|estimate|forecast|projection|call|"
                           r"outlook|guidance)s?\b")
_OF_THEM = re.compile(r"(?i)\b(?:of|among)\s+(?:them|these|those)\b")
# a place a part narrows its figure to: its names only after "in" / "outside" / "within" ... ("how many of them were
# in Norway", "how many were outside the United States")
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|outside(?:\s+of)?|within|across|throughout|inside)\s+(?:the\s+)?$")
_PLACE_AFTER = re.compile(r"(?i)\s*(?:$|[,?.;:)]|(?:and|or|during|in|at|by|for|as|from|compared|versus|vs)\b)")


def _placed_only(part: "Asked") -> bool:
    """Whether every name a part is about is named after a preposition of place in it (``_PLACE_BEFORE``)."""
    low = part.text.lower().replace("’", "'")
    spots = [[(m.start(), m.end()) for m in re.finditer(rf"(?<![a-z0-9]){re.escape(e)}(?![a-z0-9])", low)]
             for e in part.entities]
    # the name closes the place phrase ("in Canada", "in Canada and Mexico"); "in Contoso's 8-K" names a report's owner
    return bool(part.entities) and all(s and all(_PLACE_BEFORE.search(low[:i]) and _PLACE_AFTER.match(low[j:])
                                                 for i, j in s) for s in spots)


_RELATIVE_WORDS = frozenset({"year", "earlier", "later", "previous", "prior", "preceding", "next", "before", "following"})
_YEAR_TOKEN = re.compile(r"(?<![\d$.,])(?:FY\s?'?|fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)(?![\d%])", re.I)
_FY2 = re.compile(r"(?i)\bFY\s?'?(\d\d)\b")
_QUARTER = re.compile(r"(?i)\b(?:Q([1-4])|([1-4])Q|(first|second|third|fourth)\s+(?:fiscal\s+)?quarter)\b")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_QUESTION_FRAME = set(
    """how what which who whom why when where does did do is are was were has have had will would can could
    should much many say said according report reports reported give gave state stated named name list
    mention mentions mentioned
    please tell also plan plans planned expect expects expected""".split()
)


@dataclass(frozen=True)
class Asked:
    """What one question (or one part of it) asks for."""

    text: str
    kind: str  # "amount", "list", "entity", "reason", "yesno", "describe", "business" (what the company does)
    words: frozenset[str]  # content words, question frame removed
    entities: frozenset[str]  # names the answer must be about (lower case)
    years: frozenset[int] = frozenset()
    quarters: frozenset[int] = frozenset()
    unit: str = ""  # for amounts: "money", "percent", "count" or "" (any figure with a unit)
    mentioned: frozenset[str] = frozenset()  # every name the question uses, conditions and parentheses included
    siblings: frozenset[str] = frozenset()  # "Alphabet and Meta" asked one each: the other part's name
    effect: str = ""  # a reason part naming its effect by a pronoun ("and why did it go up?"): the part before's, as a why-question
    since: int | None = None  # "gone up or down since 2024, and by how much?": the year both parts count from
    alone: bool = False  # a member asked on its own after its group ("..., and Contoso on its own?"): the question's
    # group words ("the four largest ... together") are the other part's, never this part's subject
    measure: str = ""  # a part naming no measure of its own ("..., and how many in the year before?"): the text of
    # the part whose measure it asks, for another period; its figure is bound to that measure (``answer_figure``)
    named_in: str = ""  # a part naming no one of its own ("..., and has that forecast been cut?"): the text of the part
    # whose names it takes (how they are written there: "Halden Ridge Partners")


_TITLE_YEAR = re.compile(r"\b[A-Z][A-Za-z&-]*\s+((?:19|20)\d\d)\s+(?=(?:report|survey|study|edition|outlook|review|"
                         r"index|update)\b)"
                         # the year of a filing the question cites as its source: "according to its FY2023 10-K",
                         # "in Contoso's fiscal 2025 annual report", "per the 2024 Form 10-K"
                         r"|(?i:(?:\bFY\s?'?|\bfiscal\s+(?:year\s+)?|\b)((?:19|20)\d\d)\s+(?=(?:form\s+)?(?:10-?K|10-?Q|"
                         r"20-?F|40-?F|annual\s+report|proxy\s+statement)\b))")  # fmt: skip


def _asked_years(text: str) -> set[int]:
    """The periods a question asks about: not the year in a title it cites ("the IEA's Electricity 2024
    report"), unless that is its only year."""
    years = _years(text)
    rest = _years(_TITLE_YEAR.sub(" ", text))  # the years named outside a cited title (one may be named in both)
    return rest if rest else years


# a year named as the close after which something happened: "after the end of fiscal 2025", "following the close of
# 2025", "subsequent to year-end 2025", "after fiscal 2025 ended"
_AFTER_PERIOD = re.compile(r"(?i)\b(?:after|following|subsequent\s+to)\s+(?:the\s+(?:end|close)\s+of\s+(?:its\s+)?|"
                           r"(?:year|fiscal\s+year)[- ]end\s+)?(?:fiscal\s+(?:year\s+)?|fy\s?'?)?((?:19|20)\d\d)"
                           r"(?:\s+(?:ended|closed))?\b(?![\d%])")
# "after the end of fiscal 2025" itself, not "after 2025" (a year after which a plan runs: a forward span)
_AFTER_CLOSE = re.compile(r"(?i)\b(?:end|close|year[- ]end)\s+(?:of\s+)?(?:its\s+)?(?:fiscal|fy|(?:19|20)\d\d)|"
                          r"(?:19|20)\d\d\s+(?:ended|closed)\b")


def after_period_years(text: str) -> set[int]:
    """The years after a period's close that a question asks about: "What dividend did it declare after the end of
    fiscal 2025?" asks of an event dated after that year closed, which for a calendar year is in 2026 (for a fiscal
    year closing in August, still in 2025). General rule (session 32, #11): a year named as the end after which an
    event is asked adds the year after it to the asked years (the named year stays: a fiscal year may close early)."""
    return {int(m.group(1)) + 1 for m in _AFTER_PERIOD.finditer(text) if _AFTER_CLOSE.search(m.group(0))}


def _years(text: str) -> set[int]:
    years = {int(m.group(1)) for m in _YEAR_TOKEN.finditer(text)}
    years |= {2000 + int(m.group(1)) for m in _FY2.finditer(text)}
    return years


# a part that names a span of its own, no quarter: "for the full year", "over the nine months", "year to date", "the half"
_OWN_SPAN = re.compile(r"(?i)\b(?:years?|annual(?:ly)?|months?|half|halves|ytd|year-to-date|full|fiscal|twelve|nine|six|"
                       r"quarters|weeks?|h[12]|fy\d*)\b")


def _quarters(text: str) -> set[int]:
    out = set()
    for m in _QUARTER.finditer(text):
        out.add(int(m.group(1) or m.group(2)) if (m.group(1) or m.group(2)) else _ORDINAL[m.group(3).lower()])
    return out


_YES_NO_AFTER_LEAD = re.compile(
    r"(?i)^[^,?]{0,80},\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\s"
)


_EITHER_OR = re.compile(r"(?i)\b([a-z]{3,}|up)\s+or\s+([a-z]{3,}|down)\b")


# opposite comparatives offered as the two answers ("grow faster or slower than", "a bigger or smaller share"): the
# answer is one of the two, never "Yes"/"No" ("more or less" is left out: it is also the idiom for "roughly")
_OPPOSITE_COMPARATIVES = (("faster", "slower"), ("quicker", "slower"), ("bigger", "smaller"), ("larger", "smaller"),
                          ("better", "worse"), ("wider", "narrower"), ("stronger", "weaker"), ("sooner", "later"))


def _either_or(question: str) -> bool:
    """"Did it increase or decrease?", "improve or decline", "grow faster or slower than X": the answer is one of
    the two, not yes or no. General rule (#10, session 27): two opposite comparatives joined by "or" are the two
    answers offered, like two opposite directions."""
    for m in re.finditer(r"(?i)\b([a-z]{4,})\s+or\s+([a-z]{4,})\b", question):
        pair = (m.group(1).lower(), m.group(2).lower())
        if pair in _OPPOSITE_COMPARATIVES or pair[::-1] in _OPPOSITE_COMPARATIVES:
            return True
    for m in _EITHER_OR.finditer(question):
        a, b = _direction(m.group(1).lower()), _direction(m.group(2).lower())
        if a in ("up", "down") and b in ("up", "down") and a != b:
            return True
    return False


# "did net income grow faster or slower than revenue": the pace of one measure's move against another's, the two
# answers offered
_PACE_AGAINST = re.compile(r"(?i)\b(?:faster|quicker|more\s+quickly)\s+or\s+(?:slower|more\s+slowly)\b|"
                           r"\b(?:slower|more\s+slowly)\s+or\s+(?:faster|quicker|more\s+quickly)\b")
_PERCENT_SAID = re.compile(r"\d(?:\.\d+)?\s?(?:%|percent\b)")


def asks_pace_against(text: str) -> bool:
    """"Did net income grow faster or slower than Adjusted EBITDA?": one measure's rate of change against another's,
    both paces offered as the answers."""
    m = _PACE_AGAINST.search(text)
    return bool(m) and re.search(r"(?i)\bthan\b", text[m.end():]) is not None


def states_both_paces(text: str) -> bool:
    """Whether ``text`` states two rates of change (two percentages), each side's pace. General rule (#10, session
    28): whether one measure grew faster or slower than another is answered by both growth rates; a sentence saying
    only which grew more ("net income grew less than Adjusted EBITDA") gives neither and answers no such part."""
    return len(_PERCENT_SAID.findall(text)) >= 2


# "what was its cost of sales as originally reported and as revised", "before and after the restatement": a figure
# asked twice, once as first published and once as corrected
_BOTH_VERSIONS = re.compile(
    r"(?i)\bas\s+(?:originally|previously|first|initially)\s+(?:reported|published|presented|stated)\s+and\s+"
    r"(?:as\s+)?(?:revised|restated|recast|corrected|adjusted)\b|"
    r"\bas\s+(?:revised|restated|recast|corrected)\s+and\s+(?:as\s+)?(?:originally|previously|first|initially)\s+"
    r"(?:reported|published|presented|stated)\b|"
    r"\bbefore\s+and\s+after\s+(?:the\s+|its\s+)?(?:revision|restatement|recast|correction)\b")


def asks_both_versions(text: str) -> bool:
    """"What was Q2 2025 cost of sales as originally reported and as revised?": the figure as first published and
    as corrected, two figures asked."""
    return bool(_BOTH_VERSIONS.search(text))


def states_two_amounts(text: str) -> bool:
    """Whether ``text`` states two figures that are not years. General rule (#10, session 28): a part asking a
    figure as originally reported and as revised is answered by both; a sentence stating one of them (the figure
    "as previously reported") answers no such part."""
    return sum(1 for n in parse_numbers(text) if n.kind != "year") >= 2


# "What industry does Contoso operate in?", "What does Northwind do?", "What is Tailspin's main business?"
_BUSINESS_Q = re.compile(
    r"(?i)^\s*(?:in\s+)?what\s+(?:industry|industries|sector|sectors|line\s+of\s+business|(?:kind|type|sort)\s+of\s+"
    r"(?:company|business|firm))\b|^\s*what\s+(?:does|do)\s+(?:[\w&.,'’-]+\s+){1,6}?do\s*\??\s*$|"
    r"^\s*what\s+(?:is|are)\s+(?:[\w&.,'’-]+\s+){1,6}?(?:main|primary|core|principal)?\s*business(?:es)?\s*\??\s*$|"
    # "Which industry is Contoso in?", "Which sector does Fabrikam operate in?": the industry the company is in (never
    # "which industry raised spending the most", a ranking of industries)
    r"^\s*which\s+(?:industry|sector|line\s+of\s+business)\s+(?:is|are|does|do)\s+(?!the\s+(?:\w+est|most|least|top|leading)\b)(?:[\w&.,'’-]+\s+){1,6}?in\s*\??\s*$|"
    r"^\s*(?:describe|summari[sz]e)\s+(?:[\w&.,'’-]+\s+){0,6}?business\b|^\s*what\s+business(?:es)?\s+(?:is|are|does|do)\b"
)
# a business description: "We are a leading global ... company", "Contoso is a diversified technology company",
# "The Company is engaged in ...", "We design, manufacture and sell ..."
_BUSINESS_STATED = re.compile(
    r"(?i)\b(?:is|are)\s+(?:a|an|one\s+of\s+the)\s+(?:[\w,&-]+\s+){0,8}?(?:company|companies|provider|manufacturer|"
    r"maker|producer|retailer|bank|firm|developer|supplier|operator|business|corporation|conglomerate|leader|"
    r"distributor|utility|designer|platform|insurer|brand|franchisor|owner|holding\s+company|enterprise)s?\b|"
    r"\b(?:is|are)\s+engaged\s+in\b|\b(?:operates?|compete)\s+(?:primarily\s+|mainly\s+)?in\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}(?:industry|industries|business|sector)\b"
)
_LEGAL_FORM = re.compile(r"(?i)\bincorporated\b|\borgani[sz]ed\s+under\b|\bunder\s+the\s+laws\s+of\b|\bdomiciled\b|"
                         r"\b(?:public|private)\s+limited\s+company\b|\blisted\s+on\b|\btrading\s+symbol\b")
# what it does, without saying what it is: "We design, manufacture and sell ..."
_BUSINESS_DONE = re.compile(r"(?i)^\s*(?:we|the\s+company)\s+(?:primarily\s+|principally\s+)?(?:design|develop|manufacture|"
                            r"make|sell|provide|offer|operate|own|market|distribute)\b")


_SHARE_Q = re.compile(r"(?i)^\s*(?:in\s+|by\s+)?what\s+(?:share|percentage|percent|proportion|portion|fraction)\s+of\b")


# a statement sentence opening a question (its premise) and the question sentence after it: "Tidewater was the
# fastest-growing unit last year. Did its margin widen?"
_PREMISE_THEN = re.compile(r"^(?P<premise>[^?]*?[A-Za-z0-9%)”’'][.!])\s+(?P<asked>[A-Z][^.!]*\??)$")


def question_kind(question: str) -> str:
    """The answer type ``question`` asks for (see ``Asked.kind``); an either/or question ("did it increase or
    decrease?") is a description of the move, never a yes/no one. General rule: a yes/no question sentence after a
    premise sentence ("Tidewater was the fastest-growing unit. Did its margin widen?") is a yes/no question; the
    premise states a fact, it asks nothing."""
    if (is_yes_no(question) or _YES_NO_AFTER_LEAD.search(question)) and not _either_or(question):
        return "yesno"
    then = _PREMISE_THEN.match(question.strip())
    if then and is_yes_no(then.group("asked")) and not _either_or(then.group("asked")):
        return "yesno"
    if rankings.after_names(question):  # "Which operators come after A and B in size?": the names ranked after them
        return "list"
    if _singular_which(question) or _ONE_DOER.match(question):  # "Which region leads in ...?": one region; "leads" its verb
        return "entity"
    if _BUSINESS_Q.search(question):
        return "business"
    if _REASON_Q.search(question) or causes.asks_reason(question):  # "What is pushing up ...", "what accounts for"
        return "reason"
    if reasons.asks_determinants(question):  # "What does demand for X depend on?": a list of what it depends on
        return "list"
    if _SHARE_Q.match(question):  # "What percentage of Glazeworks' sales ...": an amount, not a list of sales
        return "amount"
    if re.search(r"(?i)" + _DEAL_PRICE_Q, question):  # "what net proceeds did it receive": a sum, not a list
        return "amount"
    m = _LIST_Q.search(question)
    if m and not (re.search(rf"(?i)\b(?:{_METRIC})$", m.group(0)) and _AMOUNT_Q.search(question)):
        return "list"  # "what US sales does it expect": a measure, not a list of things
    if _AMOUNT_Q.search(question) or _CHANGE_Q.search(question) or changes.asks_change(question) \
            or causes.asks_distance(question):  # "How far have sales fallen from their peak?": a figure
        return "amount"
    if _ENTITY_Q.search(question):
        return "entity"
    return "describe"


# the ways one unit is written ("megawatts" / "MW")
_UNIT_FORMS = {"megawatts": "megawatts?|MW", "gigawatts": "gigawatts?|GW", "kilowatts": "kilowatts?|kW", "mw": "megawatts?|MW",
               "gw": "gigawatts?|GW", "kw": "kilowatts?|kW", "tonnes": "tonnes|tons|t", "tons": "tonnes|tons",
               "barrels": "barrels|bbls?|boe", "boe": "boe|barrels\\s+of\\s+oil\\s+equivalent", "kilometres": "kilomet(?:re|er)s|km",
               "kilometers": "kilomet(?:re|er)s|km", "litres": "lit(?:re|er)s|l", "liters": "lit(?:re|er)s|l"}
_UNIT_ASKED = re.compile(
    r"(?i)\bin\s+(?:usd|us\$|\$|dollars|eur|euros?)?\s*(?:thousands|millions|billions|mn|bn)\b|"
    r"\b(?:to|rounded\s+to)\s+(?:one|two|three|\d)\s+decimals?\b|\bdecimal\s+places?\b|\bin\s+percent(?:age)?\b|"
    r"\bas\s+a\s+percent(?:age)?\b|\bper\s+share\b|\bdollar\s+(?:amount|value|volume)\b|\bin\s+dollar\s+terms\b"
)
_WHAT_WAS = re.compile(r"(?i)^\s*(?:what|how\s+much)\s+(?:was|were|is|are|did|does)\b")
# statement measures the amount vocabulary (_METRIC) does not name; together they are what a figure question asks for
_STATEMENT_WORDS = (r"return\s+on|intensity|equity|repurchases|buybacks|payout|backlog|purchased\s+\w+|transportation|"
                    r"depreciation|amortization|inventor(?:y|ies)|receivables|payables|liquidity|salar(?:y|ies)|bonus(?:es)?|"
                    r"compensation")
_FIGURE_MEASURE = re.compile(rf"(?i)\b(?:{_METRIC}|{_STATEMENT_WORDS})\b")
# "What total liquidity did it have ...?", "What net revenue does it expect ...?": the measure right after "what"
_WHAT_MEASURE = re.compile(rf"(?i)^\s*what\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_METRIC}|{_STATEMENT_WORDS})"
                           r"\s+(?:did|does|do|was|were|is|are|has|have|had|will)\b")
_MEASURE_HEADED = re.compile(  # the measure heads the asked noun phrase: "X's net sales in fiscal 2021"
    rf"(?i)^\s*what\s+(?:was|were|is|are)\s+[^?]{{0,80}}?['’]s?\s+(?:[\w-]+\s+){{0,2}}(?:{_METRIC}|{_STATEMENT_WORDS})"
    r"\s*(?:in\b|for\b|at\b|during\b|as\s+of\b|,|\?|$)"
)
_FIGURE_IN_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")
# one subject's measures compared across periods: "how did X in 2024 compare with 2023", "how does X compare to a year ago"
_FIGURES_COMPARED = re.compile(r"(?i)\bhow\s+(?:did|does|do|has|have|had)\b[^?]*\bcompare[sd]?\b")
# operating indicators a filer's MD&A reports as figures (occupancy, load factor, fares, yields, same-store sales, churn)
_KPI_WORDS = re.compile(r"(?i)\b(?:occupancy|utili[sz]ation|load\s+factors?|fares?|yields?|revpar|adr|rasm|casm|"
                        r"traffic|same-store|comparable\s+sales|backlog|bookings|churn|arpu|subscribers|enrollments?)\b")
# the consideration a holder gets per share: "what did holders receive for each share", "paid for each of their shares"
_PER_SHARE_PAID = re.compile(r"(?i)\b(?:receive[sd]?|get|got|paid|pay|offered|entitled\s+to)\b[^?]{0,40}?\b(?:for|per)\s+"
                             r"(?:each|every|one)\s+(?:of\s+(?:their|its|his|her|the)\s+)?(?:[\w-]+\s+)?shares?\b")


def asks_figure(question: str) -> bool:
    """Does ``question`` ask for a figure? Rule: an amount question (``question_kind`` "amount"), or a question
    that names the unit or rounding it wants ("in USD millions", "to one decimal", "as a percentage"), or a
    "what was/were/did ... report for" question about a financial measure (a ratio, a return, a margin, a
    statement line) that is not a reason, list, yes/no, business or entity question."""
    kind = question_kind(question)
    if kind == "amount":
        return True
    if kind in ("describe", "list") and (_FIGURES_COMPARED.search(question) and len(_asked_years(question)) >= 2
                                         and (_FIGURE_MEASURE.search(question) or _KPI_WORDS.search(question))
                                         or _PER_SHARE_PAID.search(question)):
        # "How did its load factor and average fare in 2024 compare with 2023?": the two years' figures of the
        # measures; "What did holders receive for each of their shares?": the price paid a share
        return True
    if kind == "list":  # "What were X's net sales in fiscal 2021?": the measure heads the asked noun phrase
        return bool(_MEASURE_HEADED.search(question))
    if kind != "describe":
        return False
    # "According to its chart, what were hospitals paying per hour ...": the condition before the question proper is
    # left out; a rate per unit asked ("per hour", "per loaded mile") is a figure
    proper = _CONDITION.sub("", _SETTING.sub("", question))
    if _WHAT_MEASURE.search(proper):
        return True  # "What total liquidity did it have?": an amount of the measure named right after "what"
    return bool(_UNIT_ASKED.search(question) or (_WHAT_WAS.search(proper) and (
        _FIGURE_MEASURE.search(proper) or re.search(r"(?i)\bper\s+(?:hour|mile|unit|share|day|month|year)\b", proper))))


_PERCENT_ASKED = re.compile(
    r"(?i)\b(?:what|which)\s+(?:share|percentage|percent|proportion|fraction)\b|\bby\s+what\s+percent(?:age)?\b|"
    r"\bas\s+a\s+(?:share|percent(?:age)?)\s+of\b|\bmargins?\b"
)
_MONEY_LEAD = re.compile(r"(?i)(?:[$€£]\s?\d|\d\s*(?:billion|million|bn|mn)\b)")


def percent_without_percent(question: str, text: str) -> bool:
    """Rule: a question that asks for a share, a percentage or a margin is not answered by a reply whose lead
    (its first line, before the source) gives a money amount and no percentage: "$1.9 billion" is no share of a
    market and no margin. (Two amounts from which a share is computed come with a computed line that has "%".)"""
    if not _PERCENT_ASKED.search(question):
        return False
    lead = text.split("\n", 1)[0].split(", from ", 1)[0]
    first = _COMMA_PART.split(_PART_SPLIT.split(question, 1)[0], 1)[0]
    if not _PERCENT_ASKED.search(first):
        # Session 32 (#11): the percentage is a later part's ("What did a pint cost at the end of 2024, and by what
        # percentage had the price gone up?"): the lead is the first part's amount, and the rate is the later part's
        # line computed from that amount's own quote ("Up £0.24 (+5.1%) from a year earlier: ..., computed from the
        # quote"; ``prose_followups.move_line``). Only such a line answers beside the lead: a percentage quoted from
        # another sentence says nothing of the lead's amount, which is checked as before
        computed = any("%" in line and re.search(r"computed from the quote(?:\s*\[\d+\])*\s*$", line)
                       for line in text.split("\n")[1:])
        if computed:
            return False
    return bool(_MONEY_LEAD.search(lead)) and "%" not in lead and "percent" not in lead.lower()


# the noun phrase a "what" question asks the value of: "What were Contoso's net new orders in 2025?" (after the owner's
# "'s", up to a period or the end), "What gain did Contoso record on ...?" (between "what" and its auxiliary)
_OWNED_NP = re.compile(r"(?i)^\s*what\s+(?:was|were|is|are)\s+[^?,]{1,80}?['’]s?\s+(?P<np>(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)"
                       r"(?=\s+(?:in|for|at|during|as\s+of|on|over|through|from|between|since|by)\b|\s*[,?]|\s*$)")
_LEAD_NP = re.compile(r"(?i)^\s*what\s+(?P<np>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:did|does|do|has|have|had)\s+"
                      r"(?P<rest>\S.*)")
# "What was the <measure> ... in/at/across <owner>'s <place>": a measure named first after an article, the owner's phrase
# after a preposition (session 33, #10)
_SCOPED_NP = re.compile(r"(?i)^\s*what\s+(?:was|were|is|are)\s+(?:the|an?)\s+(?P<np>(?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*)"
                        r"(?=\s+(?:in|at|across|within|through|from|by)\s+[^?,]{0,60}?['’]s?\s)")
_DOER = frozenset("it its they their we our he she the company group firm business".split())
# words that name no measure of their own: the kind of answer ("what share", "what amount"), not what it is of
_NO_MEASURE = frozenset("""percentage percent share proportion fraction amount number figure level value total sum portion
    kind type sort impact effect role way part size extent degree change difference increase decrease
    happened happen company companies business businesses firm factors factor things thing""".split())


def asked_act(question: str) -> str:
    """The verb of a "What N did X do" question, lower case ("sell" of "What plant did Contoso Pharma sell in 2025?":
    the first word after the auxiliary that is neither a capitalised name nor a word for the doer); empty otherwise."""
    m = _LEAD_NP.match(question)
    if not m:
        return ""
    for w in re.findall(r"[\w'’-]+", m.group("rest")):
        if w[:1].isupper() or w.lower() in _DOER or w.lower().endswith(("'s", "’s")):
            continue
        return w.lower()
    return ""


def asked_head(question: str) -> str:
    """The head noun of the measure a "what" question asks the value of, lower case: "awards" of "What were Contoso's
    net new business awards in the fourth quarter?", "gain" of "What gain did it record on the sale?"; the noun before
    "per" or "of" ("dividend" of "dividend per share"). Empty when the question is not so framed or its noun names no
    measure of its own ("What share did it hold?")."""
    m = _OWNED_NP.match(question) or _LEAD_NP.match(question)
    if not m:
        return ""
    lead = _SCOPED_NP.match(question) if m.re is _OWNED_NP else None
    if lead is not None:
        # "What was the average net fee per return prepared in Halvorsen's franchise offices?": the owner's noun phrase
        # after a preposition is where the measure is taken, the measure is the phrase the question opens with (fee)
        m = lead
    words = re.split(r"\s+", m.group("np").lower())
    for cut in ("per", "of"):
        if cut in words[1:]:
            words = words[: words.index(cut)]
    head = words[-1] if words else ""
    return "" if head in _NO_MEASURE or head in _QUESTION_FRAME or len(head) < 3 else head


def _states_figure(text: str) -> bool:
    """Does ``text`` state a number other than a bare year (1900-2100), the day of a date ("September 30"), a
    reference ("Item 8", "Note 14") or a digit that is part of a name (``_in_name``: "CET1", "Form 10-K", "Tier 1")? A
    multiple or fraction in words ("three times", "twice", "two-thirds") is a figure too."""
    for m in _FIGURE_IN_TEXT.finditer(text):
        n = m.group(0).rstrip(",.")
        if re.fullmatch(r"(?:19|20)\d\d", n) or stated_figures.day_of_date(text, m.start(), m.start() + len(n)) or re.search(
                r"(?i)\b(?:item|items|note|notes|part|section|page|exhibit|table|figure)\s+$", text[max(0, m.start() - 12) : m.start()]) \
                or _in_name(text, m.start(), m.start() + len(n)):
            continue
        return True
    return bool(_SPELLED_FIGURE.search(text))


# a multiple or a fraction written in words states a figure as digits do ("about three times the wafer supply",
# "twice as many", "two-thirds of its sales")
_SPELLED_FIGURE = re.compile(r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|several)\s+times\b|\btwice\b|"
                             r"\b(?:doubled|tripled|quadrupled|halved)\b|\b(?:one|two)-thirds?\b|"
                             r"\b(?:one|three)-quarters?\b")


# a digit glued to a name's letters ("CET1", "Covid-19", "10-K", "3M"), or one digit numbering a capitalised class
# inside a sentence ("Tier 1 capital", "Level 3 inputs", "Stage 2 loans"); never one with a unit, scale or currency
_GLUED_BEFORE = re.compile(r"[A-Za-z]-?$")
_GLUED_AFTER = re.compile(r"-?[A-Z]|[A-Za-z](?<![xX])")
_CLASS_BEFORE = re.compile(r"(?<=[a-z,;(]\s)[A-Z][a-z]+\s$|(?<=[a-z,;(]\s)[A-Z][a-z]+\s+[A-Z][a-z]+\s$")
_UNIT_AFTER = re.compile(r"(?i)^\s*(?:%|percent|per\s*cent|x\b|times\b|(?:thousand|million|billion|trillion|bn|mn|m|k)\b)")


def _in_name(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` part of a name rather than a figure? Rule: digits joined to letters (before
    them, or after them directly or by a hyphen before a capital: "CET1", "Covid-19", "Form 10-K", "3M") name a thing,
    and so does one digit (1 to 9) right after a capitalised word inside a sentence ("Tier 1", "Level 3"); a number
    with a currency sign, a percent, a scale word or a decimal is always a figure."""
    n = text[start:end]
    if "." in n or re.search(r"[$€£¥]\s?$", text[max(0, start - 2) : start]) or _UNIT_AFTER.match(text[end : end + 12]):
        return False
    if _GLUED_BEFORE.search(text[max(0, start - 2) : start]) and (start < 2 or not text[start - 2 : start].endswith(" -")):
        return True
    if _GLUED_AFTER.match(text[end : end + 2]) and not re.match(r"[A-Za-z]{2}", text[end : end + 2]) or \
            re.match(r"-[A-Z]", text[end : end + 2]):
        return True
    return len(n) == 1 and n != "0" and bool(_CLASS_BEFORE.search(text[max(0, start - 40) : start]))


_DURATION_Q = re.compile(r"(?i)\bhow\s+long\b|\bhow\s+many\s+(?:months|years|weeks|days|hours|minutes)\b")
_DURATION = re.compile(r"(?i)^\s*(?:-\s*)?(?:months?|years?|weeks?|days?|hours?|minutes?|quarters?)\b")


# a rate of a move asked ("the growth rate", "its rate of increase") and the year a move is counted from ("from 2023")
_GROWTH_RATE = re.compile(r"(?i)\b(?:growth|change)\s+rate\b|\brate\s+of\s+(?:growth|change|increase|decrease|decline)\b")
_FROM_YEAR = re.compile(r"(?i)\bfrom\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b")
# a holding in a company ("a stake in", "its shareholding", "an ownership interest"): its size is the part held, a share
_STAKE = re.compile(r"(?i)\b(?:stakes?|shareholdings?|ownership\s+interests?|equity\s+interests?)\b")


def _unit(question: str) -> str:
    if _FACTOR_Q.search(question):
        return "factor"
    if _DURATION_Q.search(question) and not re.search(r"(?i)\bhow\s+long\s+(?:is|are|was|were)\s+(?:the|its|their)\s+"
                                                     r"(?:\w+\s+)?(?:line|road|track|pipeline|cable|runway)\b", question):
        return "duration"  # "How long does a project wait for its connection?": a time, in months or years
    if _CHANGE_Q.search(question) or changes.asks_change(question) or causes.asks_distance(question) \
            or causes.asks_move_amount(question):  # "How much are prices going up for 2025?": the move's size
        return "change"
    if _COUNT_Q.search(question):
        return "count"
    if asked_shares.asks_portion(question):  # "how much of its labour spending went on contract labour": a share
        return "percent"
    if _PERCENT_Q.search(measure_families.PACE_RATE.sub(" ", re.sub(r"(?i)\bper\s+(?:diluted\s+|basic\s+|common\s+)?shares?\b", " ",
                                               question))):  # fmt: skip
        return "percent"  # "dividend per share" is money a share, no share of a whole; a production rate no percentage
    if _UNITS_Q.search(question):
        return "count"  # "What unit sales does it project?": a number of units sold, not the money they brought in
    if _MONEY_Q.search(question) or _VALUE_Q.search(question):
        return "money"
    return ""


# a value asked ("export value", "by value", "the value of sales", "in value terms"): money, never a percentage or a
# volume of the same sentence ("... fall to EUR 35.4 billion, ... because the 10% tariff ..." answers with the EUR 35.4
# billion). General rule (session 33, #11); a value chain, a value-added tax or a value share is no such value
_VALUE_Q = re.compile(r"(?i)\bvalue\b(?![\s-]+(?:chain|added|share|proposition|stocks?|brands?|segment|tier|range|"
                      r"for\s+money)\b)")


# sales counted in units: "unit sales", "sales in units", "sales volumes": a count of things, never money
_UNITS_Q = re.compile(r"(?i)\bunit\s+(?:sales|shipments|deliveries|volumes?)\b|\b(?:sales|shipments|deliveries)\s+"
                      r"(?:in|by)\s+(?:units|volume)\b|\bsales\s+volumes?\b")


def _words(text: str) -> frozenset[str]:
    text = _LAST_PERIOD.sub(" ", _SELF_NAMED.sub(" ", text))
    return frozenset(w for w in content_words(text) if w not in _QUESTION_FRAME)


# "last year", "last quarter": a period named relative to the report, part of the question's frame as "in 2025" is,
# never a word its answer must say ("What held back DIY volumes last year?" is answered by "... in 2025"; session 33)
_LAST_PERIOD = re.compile(r"(?i)\blast\s+(?:fiscal\s+|calendar\s+)?(?:year|quarter|month|season|half)\b")


# the document named as the one asked ("What does the note project for 2025?", "What did the brief count?"): the
# report's name for itself, part of the question's frame, never a word its answer must say
_SELF_NAMED = re.compile(r"(?i)\b(?:does|did|do|will|would)\s+(?:the|this)\s+(?:note|brief|article|study|paper|"
                         r"analysis|survey|author|analysts?|(?:(?:research|data|consulting|advisory|analytics)\s+)?"
                         r"(?:firm|house|consultancy|consultants?|forecasters?|researchers?))\b")


_PERIOD_WORDS = frozenset("first second third fourth quarter quarters half year fiscal months weeks".split())
# a why-question whose object points back at the premise ("What explains that?", "Why is this?", "What held it back?"):
# the premise is what is asked to be explained, so it stays the part's words
# "What explains the gap?", "What accounts for the difference?": a gap between the premise's two moves
_GAP_ASKED = re.compile(r"(?i)^\s*(?:what|which\s+\w+)\s+(?:\w+\s+){0,2}?(?:explains?|explained|accounts?\s+for|"
                        r"accounted\s+for|drove|drives|caused|is\s+behind|was\s+behind)\s+(?:the|that|this)\s+"
                        r"(?:gap|difference|shortfall|discrepancy|divergence)\s*$")
# the premise's clause of the measure that lagged: "..., yet its net revenue rose only 6.4%", "..., but total revenue
# fell 2%"
_LAGGING = re.compile(r"(?i),?\s+(?:yet|but|while|whereas|although|though)\s+(?P<s>(?:[\w&'’.-]+\s+){1,8}?)"
                      r"(?P<v>rose|grew|increased|fell|declined|decreased|dropped|was\s+up|was\s+down)\b"
                      r"(?P<rest>(?:[^.;]|\.\d)*)")
# "What drove the decline?", "What caused that increase?": a change named back by its noun alone
_MOVE_NAMED = re.compile(r"(?i)^\s*(?:what|which\s+\w+)\s+(?:\w+\s+){0,2}?(?:explains?|explained|accounts?\s+for|"
                         r"accounted\s+for|drove|drives|caused|is\s+behind|was\s+behind|led\s+to)\s+(?:the|that|this)\s+"
                         r"(?P<n>decline|decrease|drop|fall|increase|rise|growth|gain|jump)\s*$")
_UP_MOVES = frozenset("increase rise growth gain jump grow".split())
_BASE_VERB = {"rose": "rise", "grew": "grow", "increased": "increase", "fell": "fall", "declined": "decline",
              "decreased": "decrease", "dropped": "drop", "up": "rise", "down": "fall"}
_BACK_TO_PREMISE = re.compile(r"(?i)\b(?:that|this|it)\s*\??\s*$|\b(?:it|that|this|them)\s+(?:back|down)\s*\??\s*$")


def read_question(question: str, vocab: set[str] = frozenset(), names: set[str] = frozenset(),
                  companies: set[str] = frozenset(), said: str = "") -> list[Asked]:  # fmt: skip
    """The parts of ``question``, each with its answer type, words, names and periods.

    ``vocab``/``names``: the lower-case and the name words of the text searched (``named_entities``), so
    that "Revenue" opening a question is not taken for a name; ``companies``: the words of the searched
    documents' company names (kept as names however the text writes them); ``said``: the text searched (names it joins
    into one scope, "England and Wales", are not taken apart). A part that leaves out the subject or the
    topic ("..., and how much a year earlier?") takes them from the part before it; "Alphabet and Meta"
    asking one thing of each are two parts, unless the question combines them ("combined", "between").
    """
    q = _asked_text(question)
    member = _MEMBER_TAIL.search(q)
    if member:  # "..., and YouTube on its own?": a part of its own, built after the group's part below
        q = q[: member.start()]
    pieces = [p.strip(" ,;?") for p in _PART_SPLIT.split(_PART_IN_PARENS.sub(r", and \1; ", q)) if p and p.strip(" ,;?")]
    pieces = [c for p in pieces for c in _comma_parts(p)]
    # "When and where will X open ...?", "Who and when ...": a bare question word coordinated with the next part's
    # asks its own thing of the same clause (each part answered or said not to be found, never "When?" alone)
    pieces = [f"{p} {_BARE_WH.sub('', pieces[i + 1], count=1)}" if _BARE_WH.fullmatch(p) and i + 1 < len(pieces)
              and _BARE_WH.match(pieces[i + 1]) else p for i, p in enumerate(pieces)]
    # "By how much did it grow, in USD millions and in percent?": the units the change is to be given in (both shown by
    # a computed change), not words of the measure asked
    joined: list[str] = []
    for p in pieces:  # "..., in USD millions and in percent?": the split-off "in percent" is the change's second unit
        if joined and _UNIT_ONLY.match(p) and _unit(joined[-1]) == "change":
            joined[-1] = f"{joined[-1]} and {p}"
        else:
            joined.append(p)
    pieces = [_CHANGE_UNITS.sub("", p) if _unit(p) == "change" and _CHANGE_UNITS.sub("", p).strip() else p for p in joined]
    parts: list[Asked] = []
    shared_tail = False
    for i, piece in enumerate(pieces):
        cont = re.match(r"(?i)(for|on|about|of)\s", piece) if i else None
        if cont and len(_words(_YEAR_TOKEN.sub(" ", piece)) - _RELATIVE_WORDS) >= 2:
            # "What does the note forecast for deliveries and for the price in 2025?": the second part is the first's
            # question about another thing; a year closing the question is both parts'
            at = pieces[i - 1].lower().rfind(f" {cont.group(1).lower()} ")
            if at > 0:
                piece = pieces[i - 1][: at + 1] + piece
                shared_tail = i == len(pieces) - 1
        ents = frozenset(_required_names(piece, vocab, names, companies))
        years, quarters = _asked_years(piece) | after_period_years(piece), _quarters(piece)
        year_from = None  # the part whose year this one takes (below)
        then = _PREMISE_THEN.match(piece)
        if then and question_kind(then.group("asked").rstrip("?") + "?") == "reason" \
                and not _BACK_TO_PREMISE.search(then.group("asked")):
            # "Larchwood performed fewer services in the quarter. Why did its revenue still grow?": the premise names
            # the subject and the period; what is asked, and so its words and the effect to explain, is the question
            # sentence's ("fewer services" is no move of the revenue asked about)
            piece = then.group("asked").rstrip("?")
            gap = _GAP_ASKED.match(piece) and _LAGGING.search(then.group("premise"))
            named = _MOVE_NAMED.match(piece) if not gap else None
            if named:
                # "Its revenues grew 6%, yet its net income fell 54%. What drove the decline?": the change named back is
                # the premise's contrasting clause that moved that way (the other clause moved the other way)
                lag = _LAGGING.search(then.group("premise"))
                way = lambda w: "up" if w in _UP_MOVES else "down"  # noqa: E731
                if lag and way(named.group("n").lower()) == way(_BASE_VERB.get(lag.group("v").split()[-1].lower(), "")):
                    gap = lag
            if gap:
                # "Its store sales grew 9%, yet its net revenue rose only 6%. What explains the gap?": the gap is the
                # lagging measure's shortfall, explained where the filer explains that measure's move
                verb = _BASE_VERB.get(gap.group("v").split()[-1].lower(), "change")
                piece = f"Why did {gap.group('s').strip()} {verb} {gap.group('rest').strip()}".strip()
        main = _CONDITION.sub("", _SETTING.sub("", piece))
        # the premise's names and period words stay words of the part ("Larchwood", "second quarter")
        kept = frozenset(w for w in _words(then.group("premise")) if w in {e.lower() for e in ents} or w in _PERIOD_WORDS) \
            if then and piece != pieces[i] else frozenset()  # "According to its CEO, why ...": whose view, no topic
        main = _LEAD_PHRASE.sub("", main)  # "Measured in percent, which ...": the basis, not the topic asked
        # "What did Larchmont Freight (formerly known as Pellew Haulage Inc.) report as revenue ...": an aside naming the
        # company again (a former name, a ticker) is none of the words a quote must say; the part's names are read as
        # before. GENERAL rule (session 32, #11): a name aside never dilutes any part's word overlap
        main = without_name_asides(main)
        # "At Contoso's AGM held on May 3, 2023, what was the outcome of the vote on ...?": a sentence restating
        # the setting ("Contoso held its AGM on May 3, 2023") is not the answer; the words asked are the main clause's
        words = (_words(main) if len(_words(main)) >= 2 else _words(piece)) | kept
        years |= figures.each_year_asked(piece)  # "each year from 2019 to 2022": every year of the range is asked
        kind = question_kind(piece + "?")
        if kind == "reason" and len(words - causes.FRAME_WORDS) >= 1:
            # "What is behind the fall in ...": "behind" asks why, it is no topic; but a frame word inside the asked
            # thing's own noun phrase names it ("What drove the increase in fuel surcharge revenue?": the line asked)
            topic = causes.asked_effect(piece + "?")[1]
            words = words - {w for w in causes.FRAME_WORDS if causes._stem(w) not in topic}
        if kind == "describe" and _SETTING.search(piece):  # "In 2022 Q2, which segment ...?": the question after it
            kind = question_kind(_SETTING.sub("", piece) + "?")
        elif kind == "describe" and _LEAD_PHRASE.search(piece) \
                and question_kind(_LEAD_PHRASE.sub("", piece) + "?") in ("entity", "amount"):
            # "Measured in percent, which country's output grew fastest?", "Counting visits, ...": a phrase setting
            # the basis before the question word; the kind is the question's after it (a name or an amount: a list or
            # a description is left as read, "According to the chart, what were hospitals paying ...?")
            kind = question_kind(_LEAD_PHRASE.sub("", piece) + "?")
        measure = named_in = ""
        pace, from_year = None, None
        if parts:
            prev = parts[-1]
            for rx, delta in _RELATIVE:
                rel = rx.search(piece)
                if rel and prev.years:
                    years |= {y + delta for y in prev.years}
                    if _COMPARED_BASE.search(piece[: rel.start()]):
                        # "how many did it service at mid-year compared with a year earlier?": the year before is the
                        # comparison's base; the part asks the part before's year too (session 24, #11)
                        years |= set(prev.years)
            inherited = not ents
            if not ents:
                ents = prev.entities
                named_in = prev.named_in or prev.text
            # ("they" after a part asking names, "which two carriers ..., and how much did they spend?", are those names)
            # "how many of them ...": a portion of what was asked before, a measure of its own, not that measure again
            back = prev.kind in ("amount", "describe") and not _OF_THEM.search(piece)
            own = words - _RELATIVE_WORDS - (_BACK_PRONOUNS if back else frozenset())
            # "..., and has that view changed?", "is this figure higher than ...": a demonstrative before a noun naming
            # no measure of its own (a view, figure, estimate) points back at the part before's, as a pronoun does
            own = own - {m.group(1).lower() for m in _POINTED_BACK.finditer(piece)}
            # "..., and what was the growth rate from 2023?": the rate of the move of the measure before
            pace = _GROWTH_RATE.search(piece)
            if pace:
                own = own - {"rate"}
            if len(own) < 2 or all(w in _MOVE_ONLY or _direction(w) for w in own):
                # "..., and how much the year before?": the measure of the part before, for another period; "..., and
                # how fast did it grow?": the move of the measure before
                words = (words - _RELATIVE_WORDS) | prev.words
                measure = prev.measure or prev.text
                base = _FROM_YEAR.search(piece) if pace else None
                if base and prev.years and years == {int(base.group(1))} and min(prev.years) > int(base.group(1)):
                    # "from 2023" after "... in 2024": the base of the move, the period still the part before's
                    years, from_year = set(prev.years), int(base.group(1))
            elif inherited and ents and _placed_only(prev) and _OF_THEM.search(prev.text):
                # "how many of them were in Norway, and what share of its German staff work part time?": a place
                # the part before narrowed its portion to ("of them") is no subject of a part with a measure of its
                # own; that part's subject is the one named before the place (a place scoping a whole asked, "the
                # biggest ferry operators in Asia, and how many vessels does the largest sail?", stays)
                ents = next((p.entities for p in reversed(parts[:-1]) if not _placed_only(p)), frozenset())
            if not years and not _RELATIVE[0][0].search(piece) and not _WHEN_ASKED.search(piece):
                # (a part asking "in what year ...?" / "when ...?" asks the year itself: the part before's is no bound);
                # after an aside for the year before ("... (and how many a year earlier), what were ...?") the year of
                # the part that aside went back from
                anchor = next((p for p in reversed(parts) if not any(rx.search(p.text) for rx, _ in _RELATIVE)), prev)
                years = set(anchor.years)
                year_from = anchor
            if kind == "describe" and prev.kind != "describe" and not _WHEN_ASKED.search(piece) \
                    and not _BARE_WHO.match(prev.text) and (len(piece.split()) <= 6
                                                                   or len(_words(piece) - _RELATIVE_WORDS) < 2):
                # "..., and what does the report expect for 2025?": no measure of its own, the one asked before ("...,
                # and when did that year end?" asks a date, never the amount asked before)
                kind = prev.kind
        unit = _unit(piece) if kind == "amount" else ""
        if kind == "amount" and pace and measure:
            unit = "change"  # the growth rate of the measure asked before: its move, computed from its two figures
        if kind == "amount" and unit == "" and _STAKE.search(f"{piece} {measure}"):
            unit = "percent"  # "..., and how large is it?" after "holds a stake in X": the part of X held, a percentage
        if parts and kind == "amount" and parts[-1].kind == "amount" and unit in ("", "count") and not _words(piece) - _RELATIVE_WORDS:
            unit = parts[-1].unit  # "how much the year before": the unit of the amount asked before
        # "..., and why did it go up?": the effect is the measure of the part before (prose_drivers)
        effect = drivers.effect_of_part(parts[-1].text, piece) if parts and kind == "reason" else ""
        if year_from is not None and unit == "change" and not quarters and not _OWN_SPAN.search(piece):
            # General rule (#11, session 32): a move asked of the part before ("Why did X fall in the third quarter of
            # 2026, and by how much in dollars?") takes that part's quarter with its year: the quarter's move, never
            # the year-to-date columns of the same row; a part naming a span of its own ("for the nine months", "the
            # full year") takes none
            quarters = set(year_from.quarters)
        since = changes.since_year(piece) or from_year or (parts[-1].since if parts and not _asked_years(piece) else None)
        # "... the five largest carriers fly in 2024, and what was Contoso Air's own share?": a member after its group
        alone = bool(parts and ents and not ents & parts[-1].entities and _asks_group(parts[-1].text))
        if alone:
            parts[-1] = replace(parts[-1], siblings=parts[-1].siblings | ents)
        parts.append(Asked(piece, kind, frozenset(words), ents, frozenset(years), frozenset(quarters), unit,
                           effect=effect, since=since, alone=alone, named_in=named_in,
                           measure=measure if unit != "change" else ""))  # a move asked is no level of the measure
    if not parts:
        return [Asked(q, question_kind(q), _words(q), frozenset(), frozenset(), frozenset())]
    if shared_tail and parts[-1].years:
        parts = [p if p.years else replace(p, years=parts[-1].years) for p in parts]
    if member and parts:
        alone = _member_part(parts[-1], member, vocab, names, companies)
        parts[-1] = replace(parts[-1], siblings=parts[-1].siblings | alone.entities)
        parts.append(alone)
        q = f"{q}{member.group(0)}"
    mentioned = frozenset(named_entities(q, vocab, names)) | frozenset(e for p in parts for e in p.entities)
    parts = [replace(p, mentioned=mentioned) for p in parts]
    if len(parts) >= 2:  # "..., how many Falcon and Kestrel trainers were in its backlog, ...": one part per name
        parts = [each for p in parts for each in _each_named(p, said)]
    # "What were Tailspin's revenue and order backlog in 2024?": two measures asked, one part each (each answered or
    # said not to be found, never the first shown as the whole answer)
    if len(parts) == 1 and parts[0].kind in ("amount", "describe") and not _COMBINED.search(q):
        # "Besides net sales and operating margin, what does the outlook give for ...?": the measures of a lead-in
        # setting some aside scope the question (what is asked is the rest); they are no parts of it
        scope = _SCOPE_LEAD.match(parts[0].text)
        m = _TWO_MEASURES.search(parts[0].text, scope.end() if scope else 0)
        # "... for diluted EPS, net new stores, share repurchases and effective tax rate": the close of a list of three
        # or more things asked is no pair of measures (split there, the rest of the list would go with the first)
        listed = bool(m) and parts[0].text[: m.start()].rstrip().endswith(",")
        if m and not listed and not _ONE_LINE_ITEM.search(m.group(0)):
            p = parts[0]
            a_words, b_words = _words(m.group("a")), _words(m.group("b"))
            return [replace(p, text=p.text[: m.start()] + m.group("a") + p.text[m.end() :], words=p.words - (b_words - a_words)),
                    replace(p, text=p.text[: m.start()] + m.group("b") + p.text[m.end() :], words=p.words - (a_words - b_words))]
    # "How much do Alphabet and Meta plan to spend?": one part per company named in a conjunction
    if len(parts) == 1 and parts[0].kind in ("amount", "reason", "describe", "yesno") and not _COMBINED.search(q):
        split = _conjoined_names(q, parts[0].entities, said)
        if split:
            p = parts[0]
            return [Asked(p.text, p.kind, p.words - {n}, (p.entities - set(split)) | {n}, p.years, p.quarters,
                          p.unit, p.mentioned, frozenset(split) - {n}) for n in split]  # fmt: skip
    return parts


_MONEY_UNITS = r"(?:(?:in\s+)?(?:USD|US\$|\$|dollars)(?:\s+(?:millions|billions|thousands))?|in\s+(?:millions|billions|thousands)" \
               r"(?:\s+of\s+(?:dollars|USD))?)"
_UNIT_ONLY = re.compile(rf"(?i)^\s*(?:in\s+(?:percent(?:age)?(?:\s+terms)?|per\s+cent|%)|{_MONEY_UNITS})\s*$")
_CHANGE_UNITS = re.compile(rf"(?i),?\s*{_MONEY_UNITS}\s+and\s+(?:in\s+)?(?:percent(?:age)?(?:\s+terms)?|per\s+cent|%)\s*$|"
                           rf",?\s*(?:in\s+)?(?:percent(?:age)?(?:\s+terms)?|per\s+cent)\s+and\s+{_MONEY_UNITS}\s*$")
# ", to whom", ", at what price", ", roughly how many ...": a question word after a comma opens another part
_COMMA_PART = re.compile(r",\s+(?=(?:(?:roughly|approximately|about|around|exactly|and\s+)\s*)?(?:(?:up\s+)?(?:to|from|by|for|"
                         r"with|at|in|on|of)\s+)?(?:whom|what|which|how|when|where|who|why)\b)")
_ASKS = re.compile(r"(?i)\b(?:whom|what|which|how|when|where|who|why)\b|^\s*(?:is|are|was|were|did|does|do|has|have|had|"
                   r"can|could|will|would)\b")


# "how did that compare with ...", "how has this changed since ...", "what was that in 2020": a question word, an
# auxiliary and a demonstrative pointing back at the figure just asked
_BACK_TO_FIGURE = re.compile(r"(?i)\s*(?:and\s+)?(?:how|what)\s+(?:did|does|do|has|have|had|was|were|is|are|would)\s+"
                             r"(?:that|this|those|these)\b")
_BARE_WHO = re.compile(r"(?i)^\s*(?:\w+\s+)?(?:whom|who)\s*$")  # ", to whom,": a name asked, no measure to pass on


def _comma_parts(piece: str) -> list[str]:
    """A question part split at each comma followed by a question word ("What line did it sell, to whom, ...", "How many
    shares did it buy back, at what average price"), where the text before the comma already asks something: each
    is a part of its own (answered or said not to be found). A setting before the question ("In 2024, what ...") is
    no part: nothing is asked before its comma."""
    out: list[str] = []
    start = 0
    for m in _COMMA_PART.finditer(piece):
        if _BACK_TO_FIGURE.match(piece[m.end() :]):
            continue  # "..., how did that compare with fiscal 2020": the figure just asked, again; the same part
        if _ASKS.search(piece[start : m.start()]):
            out.append(piece[start : m.start()].strip(" ,;?"))
            start = m.end()
    out.append(piece[start:].strip(" ,;?"))
    return [p for p in out if p]


# A2: "what did the four largest sellers hold together, and Contoso on its own?": the tail names one member and asks
# the group's measure of it alone
_MEMBER_TAIL = re.compile(
    r",?\s+and\s+(?:for\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*?)\s+(?:on\s+(?:its|their)\s+own|"
    r"alone|by\s+itself|by\s+themselves|individually|separately|itself)\s*[?.]?\s*$")
_GROUP_NP = re.compile(r"(?i)\b(?:the\s+|its\s+|their\s+)?(?:top[- ]\w+|(?:two|three|four|five|six|seven|eight|nine|ten|"
                       r"\d{1,2})\s+(?:largest|biggest|leading|top|major|main|highest))(?:\s+[\w-]+){0,2}?\s+[a-z][\w-]*s\b")
_TOGETHER = re.compile(r"(?i)\b(?:together|combined|collectively|jointly|between\s+them|in\s+total)\b")
_GROUP_WORDS = frozenset("together combined total all top largest biggest leading main major collectively jointly "
                         "aggregate two three four five six seven eight nine ten".split())


def _member_part(group: Asked, tail: re.Match[str], vocab: set[str], names: set[str],
                 companies: set[str]) -> Asked:  # fmt: skip
    """A2 rule: a two-part question whose second part is one member named on its own after its group ("What did the
    four largest sellers hold together in 2025, and Contoso on its own?") asks the group part's measure, kind, unit
    and period of that member alone: a part of its own (answered, or said not to be found), so that the member's
    sentence is never shown as the answer to the whole question, nor the group's figure as the member's."""
    name = tail.group("name")
    # the group part's question with the member in the group's place: "what did Contoso hold in 2025"
    piece, n = _GROUP_NP.subn(name, group.text, count=1)
    if not n:
        piece = f"{group.text} ({name} alone)"
    piece = re.sub(r"\s+", " ", _TOGETHER.sub("", piece)).strip()
    ents = frozenset(_required_names(f"and {tail.group('name')} alone", vocab, names, companies)) \
        or frozenset(w.lower() for w in re.findall(r"[A-Z][\w&.'’-]*", tail.group("name")))
    words = (group.words - _GROUP_WORDS - group.entities) | _words(tail.group("name")) | {"alone"}
    return Asked(piece, group.kind, frozenset(words), ents, group.years, group.quarters, group.unit, since=group.since,
                 alone=True)


def _names_group(asked: Asked, text: str) -> bool:
    """Does ``text`` name the group ``asked`` asks about: its count when the part counts it ("the four largest"), else
    a word gathering its members ("together", "combined", "in total")?"""
    n = prose_subjects.asked_group(asked.text)
    return prose_subjects.states_group(n, text) if n is not None else bool(_TOGETHER.search(text) or _TOTAL.search(text))


def _asks_group(text: str) -> bool:
    """Does a question part ask about a group as one subject ("the four largest sellers", "together", "combined")?"""
    return prose_subjects.asked_group(text) is not None or bool(re.search(r"(?i)\b(?:together|combined|collectively)\b", text))


_TWO_MEASURES = re.compile(
    rf"(?i)\b(?P<a>(?:[\w-]+\s+){{0,2}}?(?:{_METRIC}|{_STATEMENT_WORDS}))\s+and\s+(?:(?:its|their|the)\s+)?"
    rf"(?P<b>(?:[\w-]+\s+){{0,2}}?(?:{_METRIC}|{_STATEMENT_WORDS}))\b"
)
# a lead-in setting named things aside before the question proper ("Besides net sales and operating margin, what ...",
# "Apart from revenue, which ...", "Other than its dividend and buybacks, how ..."): what it names is not asked
_SCOPE_LEAD = re.compile(r"(?i)^\s*(?:besides|apart\s+from|aside\s+from|other\s+than|beyond|in\s+addition\s+to|"
                         r"except(?:\s+for)?|excluding|leaving\s+aside|setting\s+aside)\b[^,?]{1,120},\s*"
                         r"(?=(?:what|which|who|how|where|when|why|is|are|was|were|did|does|do|has|have)\b)")
# one line item whose name joins two words of the measure vocabulary
_ONE_LINE_ITEM = re.compile(r"(?i)\b(?:sales\s+and\s+marketing|research\s+and\s+development|general\s+and\s+administrative|"
                            r"depreciation\s+and\s+amortization|property\s+and\s+equipment|cash\s+and\s+cash|profit\s+and\s+"
                            r"loss|costs?\s+and\s+expenses|income\s+and\s+expenses?|revenues?\s+and\s+other\s+income)\b")
_SETTING = re.compile(
    r"(?i)^\s*(?:at|as\s+of|on|in|for|during|after|following|with)\b[^?]{0,120}?,\s*"
    r"(?=(?:what|which|who|whom|how|why|when|where|is|are|was|were|did|does|do|has|have)\b)"
)
_LEAD_PHRASE = re.compile(  # any short phrase before a comma and the question word ("Measured in percent, which ...")
    r"(?i)^\s*[^,?]{3,80},\s*(?=(?:what|which|who|whom|how|why|when|where|is|are|was|were|did|does|do|has|have)\b)")
_INSTRUCTION = re.compile(
    r"(?i)^(?:if\b.*\b(?:state|explain|say|note)\b|please\b|answer\b|give\b.*\b(?:answer|response)\b|round\b|use\b|"
    r"show\b|provide\b|calculate\b|respond\b)"
)
_CONDITION = re.compile(r"(?i)^\s*(?:if|excluding|including|looking\s+at|based\s+on|using|considering|given|"
                        r"according\s+to|in\s+terms\s+of)\b[^,]{0,80},\s*")  # fmt: skip


def part_texts(question: str) -> list[str]:
    """The question's parts as it words them (``_PART_SPLIT`` on the question proper, the split ``read_question``
    starts from): "Did X cover Y in 2025, and was the cushion thinner than in 2024?" -> the two clauses. The facts
    path's answer is checked against each (``measures_joined.parts_left``)."""
    return [p.strip(" ,;?") for p in _PART_SPLIT.split(_asked_text(question)) if p and p.strip(" ,;?")]


def _asked_text(question: str) -> str:
    """The question proper: an instruction sentence after it ("If X is not a useful metric, state that and
    explain why.", "Round to two decimals.") is not part of what is asked."""
    q = " ".join(question.split())
    sentences = re.split(r"(?<=[?.!])\s+(?=[A-Z])", q)
    kept = [s for k, s in enumerate(sentences) if k == 0 or not _INSTRUCTION.search(s)]
    return " ".join(kept)


_FINANCE_TERMS = frozenset(
    """ebitda ebitdar ebit eps gaap non-gaap sg&a r&d pp&e ppe ppne capex opex cogs fcf roa roe roic roi yoy ttm fx
    agm ceo cfo coo esg ipo m&a eu us usa u.s. usd""".split()
)
_PERIOD_NAME = re.compile(r"(?i)(?:fy|cy|q[1-4]|h[12]|[1-4]q)['’]?\d{0,4}(?:q[1-4])?|\d{1,2}(?:st|nd|rd|th)|\d{1,2}-?[kq]")


# words that leave a name out of what is said ("outside China", "excluding Japan"); a question also sets names aside
# with "rather than", "instead of", "beyond", "besides" and an opening "after"
_LEAVING_OUT = r"outside|excluding|except(?:\s+for)?|other\s+than|apart\s+from"
_A_NAME = r"(?:(?i:of|the)\s+)*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*"
_EXCLUDED = re.compile(rf"(?:\b(?i:{_LEAVING_OUT}|rather\s+than|instead\s+of|beyond|besides)|^\s*(?i:after))\s+{_A_NAME}")


def _required_names(piece: str, vocab: set[str], names: set[str], companies: set[str] = frozenset()) -> set[str]:
    """The names an answer must be about: not those only in a leading condition ("If we exclude the impact
    of M&A, ...", "Looking at VaR, ..."), only in a parenthesis ("(USA)"), or written in lower case in the
    text searched ("Market"; and "Adjusted" in a question written in title case, unless it is a word of a
    searched company's name); never a period or report token ("FY2023Q1", "Q2'2023", "1st", "this 10-K": the
    period and the report are chosen by ``asked_report_docs`` and ``period_score``) or a financial term
    written in capitals ("EBITDA", "EPS", "SG&A", "AGM"): those are what is asked about, not whom."""
    body = _CONDITION.sub("", piece)
    body = re.sub(r"\([^()]*\)", " ", body)
    body = _EXCLUDED.sub(" ", body)  # "outside the US": a place left out is not what the answer must be about
    ents = named_entities(body + "?", vocab, names)
    return {e for e in ents if not (e in vocab and (e not in names or e not in companies))
            and not _PERIOD_NAME.fullmatch(e) and e not in _FINANCE_TERMS
            and not (e not in companies and _qualifies_term(body, e))}  # fmt: skip


def _qualifies_term(body: str, key: str) -> bool:
    """Whether every time ``body`` writes the capitalised participle ``key`` it stands right before a financial term
    in capitals ("Adjusted EBITDA margin", "Diluted EPS"), not possessive: a qualifier of the measure asked, no name
    (a name before a term, "Contoso EBITDA", stays one)."""
    if not (key.endswith("ed") and len(key) >= 5):
        return False
    found = list(re.finditer(rf"(?i)(?<![\w&'’-]){re.escape(key)}(?![\w&'’-])(\s+[\w&./-]+)?", body))
    return bool(found) and all(m.group(1) is not None and m.group(1).strip().lower() in _FINANCE_TERMS
                               and m.group(1).strip().isupper() for m in found)


def _conjoined_names(question: str, entities: frozenset[str], said: str = "") -> list[str]:
    """The names joined by "and" in ``question`` ("Alphabet and Meta", "Arista, Broadcom and Cisco")."""
    found = _conjoined(question, entities, said)
    return [k for k, _ in found[1]] if found else []


def _conjoined(question: str, entities: frozenset[str], said: str = "") -> tuple[re.Match[str], list[tuple[str, str]]] | None:
    """The conjunction of names in ``question`` and each name (its key, as written). ``said``: the text searched; a
    conjunction it writes as one phrase is one scope, no names to take apart (``_one_scope``)."""
    m = re.search(r"\b([A-Z][\w&.-]*)((?:,\s+[A-Z][\w&.-]*)*),?\s+and\s+([A-Z][\w&.-]*)(?:['’]s)?\b", question)
    if not m or re.search(r"(?:['’]s|\bthe|\bof)\s*$", question[: m.start()]):
        return None  # "the IEA's Energy and AI report", "the Department of Energy and ...": one name
    if said and _one_scope(question, m, said):
        return None  # "pubs in England and Wales", "sales in North America and Europe": the reports' own one scope
    names = [m.group(1), *re.findall(r"[A-Z][\w&.-]*", m.group(2) or ""), m.group(3)]
    keys = [n.lower().removesuffix("'s") for n in names]
    if not (all(k in entities for k in keys) and len(set(keys)) >= 2):
        return None
    return m, list(zip(keys, names))


# the capitalised words right before a conjunction's first name ("North" of "North America and Europe")
_NAME_LEAD = re.compile(r"(?:\b[A-Z][\w&.-]*\s+)+$")


def _one_scope(question: str, m: re.Match[str], said: str) -> bool:
    """Is the conjunction of names ``m`` in ``question`` (with the capitalised words its first name begins with: "North
    America and Europe") written word for word in ``said``, the text of the reports searched? Session 32 (#11). GENERAL
    RULE: places the reports themselves join into one scope ("pubs trading in England and Wales", a report titled "...
    in North America and Europe") are asked as that scope, whose figures the reports state for the pair; split into one
    part per name, each part asks a figure the reports never give (and a name cut from its first word, "North Europe",
    names nothing)."""
    lead = _NAME_LEAD.search(question[: m.start()])
    names = [(lead.group(0) if lead else "") + m.group(1), *re.findall(r"[A-Z][\w&.-]*", m.group(2) or ""), m.group(3)]
    if not all(is_place_name(n) for n in names):
        return False  # "Alphabet and Meta" written together ("Alphabet and Meta lead ...") are still two companies asked
    phrase = (lead.group(0) if lead else "") + m.group(0)
    squash = lambda t: re.sub(r"[\s,]+", " ", re.sub(r"['’]s\b", "", t)).strip().lower()  # noqa: E731
    return squash(phrase) in squash(said)


def _each_named(part: Asked, said: str = "") -> list[Asked]:
    """A part of a question of several parts that asks one amount of two or more names joined by "and" ("..., how many
    Falcon and Kestrel trainers were in its backlog at year end, ...") asks it of each: one part per name, worded with
    that name alone (each answered, or said not to be found; never one name's figure shown for both). Not when the
    part combines them ("combined", "together", "between"), nor when the reports write the names together as one scope
    (``said``, ``_one_scope``)."""
    if part.kind != "amount" or part.alone or part.siblings or _COMBINED.search(part.text):
        return [part]
    found = _conjoined(part.text, part.entities, said)
    if found is None:
        return [part]
    m, names = found
    keys = {k for k, _ in names}
    return [replace(part, text=part.text[: m.start()] + name + part.text[m.end() :], words=part.words - (keys - {key}),
                    entities=(part.entities - keys) | {key}, siblings=frozenset(keys - {key}))
            for key, name in names]
_SUPERLATIVE = re.compile(
    r"(?i)\b(?:most|least|best|worst|highest|lowest|largest|smallest|biggest|fastest|slowest|strongest|weakest|"
    r"top|leading|leads?|led|main|principal|chief|dragged|drag|outperform\w*|underperform\w*|[a-z]{3,}est)\b"
)


_TOTAL = re.compile(r"(?i)\b(?:total|combined|together|in\s+all|altogether|aggregate|sum)\b")


# "Which region leads ...", "Which segment grows fastest": a singular kind and its verb (not a plural kind)
_ONE_KIND = (r"region|segment|country|market|company|firm|product|brand|business|division|unit|category|state|city|"
             r"player|vendor|supplier|chain|operator|channel|geography|area")
_SINGULAR_WHICH = re.compile(rf"(?i)^\s*{_PREP}which\s+(?P<kind>{_ONE_KIND})\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}s\b")
# "Which US company holds a stake in Fabrikam?", "Which Nordic operator runs the most depots?": a singular kind (after at
# most two words narrowing it), its verb in the singular and the verb's object: one name asked, never a list ("holds" is
# the verb, no plural noun)
_ONE_DOER = re.compile(rf"(?i)^\s*{_PREP}which\s+(?:[\w-]+\s+){{0,2}}?(?:{_ONE_KIND})\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}s\s+"
                       r"(?:a|an|the|its|their|his|her|some|any|more|most|\d)\b")


def _singular_which(question: str) -> re.Match[str] | None:
    """"Which region leads / grows fastest / accounts for most ...": a singular kind, its verb and a superlative;
    not an ordinal ("which country ranks second" needs the ranking itself)."""
    m = _SINGULAR_WHICH.match(question)
    if m is None or not _SUPERLATIVE.search(question[m.end() - 6 :]) or _RANK_ORDINAL.search(question):
        return None
    return m


_RANK_ORDINAL = re.compile(r"(?i)\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)\b")


_ANY_CHANGE = ("chang", "differ", "move", "shift")


def _direction(word: str) -> str | None:
    if word.startswith(_UP):
        return "up"
    if word.startswith(_DOWN):
        return "down"
    if word.startswith(_ANY_CHANGE):
        return "any"
    return None

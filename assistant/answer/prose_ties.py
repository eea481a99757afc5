"""Which measure a shown figure is tied to, and whether it is the asked one (issues 10 and 11).

General rule: a figure shown as the answer to an amount question must be bound to the asked measure by the words
that govern it. In a sentence those are the noun phrase the figure is attached to: "<measure> of/was/rose to $N",
"$N of <measure>", "N% of <base>" (a share), "<measure> rose N%" (a change), the noun a parenthesis qualifies
("sign-on bonuses (commonly $8,000 to $15,000)"); in a table row, its label and the table's caption and unit line.
The asked measure is read from the question the same way (its head noun and the qualifiers that narrow it).

- **Families** (``FAMILIES``): measure nouns that name the same thing ("revenue", "sales", "turnover") are one
  family; a figure whose governing words name another family (a bonus for an hourly pay, a margin for a bill
  rate, letters of credit for unused capacity, a revenue cell for net profit) does not answer.
- **Form**: a level, a share ("N% of X", "accounted for N%") and a change ("rose N%") are different answers: a
  margin or a rate asked is not answered by a share of a total, a share asked not by a level.
- **Qualifiers that contrast** (``_CONTRAST``): adjusted / non-GAAP vs reported; gross vs operating vs net (a
  margin, a profit); the unit after "per" ("per loaded mile" vs "per total mile", "per hour"). A figure whose
  governing words carry another value of a contrast the question sets is another measure's.
- **The part of a share** (``share_part``): "What share of revenue came from its Ridgeback brand?" is answered
  only by a share whose own subject names the part; a part named only inside an aside ("which includes travel
  nursing", "including ...") is not the subject (a segment's share is not one of its parts').
- **Kind**: a money unit asked ("in USD millions") is never answered by a percentage, a percentage never by money.

``figure_ties(question, text)`` gives each figure's verdict: ``TIED`` (its words name the asked measure),
``OTHER`` (they name another) or ``UNKNOWN`` (they name none); ``answers(...)`` decides for a candidate: a
figure tied, or an unknown one in a sentence (or table line) that, with the sentence before, its heading or title,
names the asked measure; never when every figure is another measure's. A question whose measure is not read (no
family named) is left to the other checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.numbers import claims

__all__ = ["FAMILIES", "OTHER", "TIED", "UNKNOWN", "AskedMeasure", "Figure", "answers", "asked_figures", "asked_measure",
           "asks_portion", "asks_share", "misses_share_part", "states_figure_of",
           "asks_member", "figure_forms", "says_group", "figure_ties", "governing", "predicate_disagrees", "share_state", "row_tie", "share_part", "tied_spans",
           "PACE_RATE", "asked_length", "quarter_only"]

TIED, OTHER, UNKNOWN = "tied", "other", "unknown"

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
_SHARE_BEFORE = re.compile(r"(?i)\b(?:accounted\s+for|account\s+for|accounts\s+for|represented|represents?|made\s+up|"
                           r"makes\s+up|comprised|contributed|or|share\s+of|portion\s+of|proportion\s+of)\s+"
                           r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|some\s+|almost\s+|over\s+)?$")
_CHANGE_BEFORE = re.compile(r"(?i)\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|grown|increased|"
                            r"increases?|decreased|decreases?|declined|declines?|dropped|drops?|climbed|jumped|slipped|"
                            r"gained|lost|up|down|growth\s+of|increase\s+of|decrease\s+of|decline\s+of|change\s+of|"
                            r"expanded|widened|narrowed|contracted|improved|deteriorated|"
                            r"by)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|some\s+|almost\s+|a\s+further\s+)?$")
_CHANGE_AFTER = re.compile(r"(?i)^\s*(?:(?:year[- ]on[- ]year|year[- ]over[- ]year|a\s+year\s+earlier)\s+)?"
                           r"(?:increase|decrease|rise|fall|drop|decline|growth|gain|jump|higher|lower|more|less|below|above|"
                           r"off|up|down)\b")
_BREAK = re.compile(r"[;:]|,\s|\s(?:and|but|while|whereas|leaving|bringing|taking|which)\s|\s[-–—]{1,2}\s|—")
_ASIDE = re.compile(r"(?i),?\s*\b(?:which|that)\s+(?:includes?|included|comprises?|covers?|contains?)\b[^,;.()]*,?|"
                    r"\(\s*(?:which\s+)?(?:includ\w+|such\s+as|e\.g\.)[^()]*\)|,?\s*\b(?:including|such\s+as)\b[^,;.()]*,?")
_MONEY = re.compile(r"(?:US\$|[$€£¥])\s?\d|\b\d[\d,.]*\s?(?:trillion|billion|million|thousand|bn|mn|m)?\s?"
                    r"(?:dollars|euros|yen|won)\b|\b(?:EUR|USD|GBP|JPY)\s?\d", re.I)
_ASKS_MONEY_UNIT = re.compile(r"(?i)\bdollar\s+(?:amount|value|volume)\b|\bin\s+dollar\s+terms\b|"
                              r"\bin\s+(?:usd|us\$|\$|dollars|eur|euros?)\s*(?:thousands|millions|billions|mn|bn)?\b|"
                              r"\bin\s+(?:thousands|millions|billions)\s+of\s+(?:dollars|euros)\b|\bhow\s+many\s+dollars\b|"
                              r"\bin\s+(?:usd\s+|us\$\s*|\$\s*)?(?:millions|billions)\b")
_ASKS_PERCENT_UNIT = re.compile(r"(?i)\bby\s+what\s+percent(?:age)?\b|\bin\s+percent(?:age)?\b|\bas\s+a\s+percent(?:age)?\b|"
                                r"\bwhat\s+(?:share|percentage|percent|proportion|fraction)\b|\bmargins?\b")
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
            if not _MODIFIED.match(text[m.end() :]) and not _DEGREE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])]


# "low-cost carriers", "high-margin products", "low-price brands": a measure word in a degree compound is an adjective
# of the noun after it, no measure asked or stated
_DEGREE_BEFORE = re.compile(r"(?i)\b(?:low|lower|high|higher|zero|ultra|no)-$")


def _stem(word: str) -> str:
    w = word.lower().strip("'’-").removesuffix("'s").removesuffix("’s")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:6]


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


@dataclass(frozen=True)
class AskedMeasure:
    """What measure an amount question asks for."""

    family: str  # the head family ("revenue", "margin", "availability", ...)
    form: str  # "level", "share" or "change"
    adjusted: bool  # an adjusted / non-GAAP figure asked
    levels: frozenset[str] = frozenset()  # gross / operating / net ... said of it
    per: str | None = None  # "loaded mile", "hour"
    part: frozenset[str] = frozenset()  # a share's part ("came from its Ridgeback brand" -> ridgeb)
    money: bool = False  # a money unit asked ("in USD millions")
    percent: bool = False  # a percentage asked
    portion: bool = False  # "how much of X went on Y": a share, or the part's amount
    verb: bool = False  # the measure is named by a verb only ("How much did it spend"): a sentence need not name it
    count: bool = False  # "how many": a count, never money or a percentage
    mods: frozenset[str] = frozenset()  # the words right before the head that narrow it ("same-store sales")
    length: str | None = None  # the period's length asked: "quarter", "half" or "year"
    dimension: str | None = None  # a unit's dimension the question names ("GW": power)
    predicate: frozenset[str] = frozenset()  # "how many of its outlets were company-run" -> company-run
    counted: str | None = None  # the noun a count asks for ("how many stores" -> store)
    spent: bool = False  # "spend on X": a sentence saying "invest" or "pay" for it need not name X
    case: str | None = None  # the scenario asked ("in the high case" -> high)
    question: str = ""  # the question itself (whose part of the company it asks: ``_other_scope``)
    basis: str | None = None  # what a share is counted by ("counting visits rather than dollars" -> visit)
    state: frozenset[str] = frozenset()  # a share's state asked ("what share of clinics are understaffed" -> underst)
    doing: tuple[str, ...] = ()  # what the counted things do or are ("how many adults were on X" -> were, on, x)
    group: str | None = None  # the word narrowing the asked group ("did liquid-cooled data centres achieve" -> liquid-cooled)
    target: frozenset[str] = frozenset()  # what was spent on, when no measure names it ("spend on its Phase 3 trial")


_PORTION_Q = re.compile(r"(?i)\bhow\s+much\s+of\s+(?:[\w'’.&-]+\s+){0,4}?(?:%s)\b" % "|".join(FAMILIES.values()))
_SHARE_Q = re.compile(r"(?i)(?<!\bby\s)\b(?:what|which)\s+(?:share|percentage|percent|proportion|portion|fraction)\b"
                      r"(?!\s+(?:change|increase|decrease|decline|growth|rise|fall|drop|points?|did|does|do|will|would|"
                      r"could|can|was|were|is|are)\b)|"
                      r"\bas\s+a\s+(?:share|percent(?:age)?)\s+of\b|['’]s?\s+share\s+of\b")
_CHANGE_Q = re.compile(r"(?i)\bby\s+how\s+much\b|\bhow\s+far\b|\b(?:below|above|off)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:peak|high|low)\b|\bby\s+what\s+(?:percent(?:age)?|amount)\b|\bhow\s+(?:fast|quickly)\b|"
                       r"\bhow\s+much\s+did\s+.+\b(?:grow|rise|fall|increase|decrease|decline|change)\b|"
                       r"\b(?:growth|change|increase|decrease|decline)\s+(?:rate\s+)?(?:in|of)\b|\bgrowth\s+rates?\b")
_PART_Q = re.compile(r"(?i)\b(?:(?:went|go|goes|gone)\s+(?:on|to|into)|(?:came|come|comes|was|were|is|are)\s+(?:from|generated\s+by|derived\s+from|"
                     r"accounted\s+for\s+by|contributed\s+by|attributable\s+to))\s+(.+?)(?=\s+(?:in|during|for|at|as\s+of)\s+"
                     r"(?:the\s+)?(?:fiscal\s+|calendar\s+|first|second|third|fourth|q[1-4]|fy|\d)|[?,]|$)|"
                     r"\bdid\s+(.+?)\s+(?:account\s+for|represent|make\s+up|contribute|generate|take)\b")
_MEASURE_PHRASE_END = re.compile(r"(?i)\s(?:in|for|during|at|as\s+of|of|did|does|was|were|is|are|on|under|came|"
                                 r"compared|between|from|to|and|by|report|reported|have|has|had)\s|[?,]")


# "how much of its store base is franchised": the share of a whole in a state
_PORTION_STATE = re.compile(r"(?i)\bhow\s+much\s+of\s+(?:its|the|their|[\w.&'’-]+['’]s?)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:is|are|was|were)\s+(?:now\s+)?([a-z][\w-]*)")


def asks_share(question: str) -> bool:
    """Does the question ask a share of a measure ("What share of revenue came from ...", "How much of its net sales
    came from Europe")? Its answer is never the measure's own level."""
    return bool(_SHARE_Q.search(question) or _PORTION_Q.search(question) or _PORTION_STATE.search(question))


# "Which product category made up the largest share ...", "Which revenue line grew fastest ...": which member of a
# kind, the kind followed by its verb ("Among operations, investing and financing, which brought in ..." names none)
_MEMBER_Q = re.compile(r"(?i)^\s*(?:(?:in|from|for|among|of)\s+)?which\s+(?:of\s+(?:the|its|their|these|those)\s+"
                       r"(?:[\w-]+\s+){0,2}?)?(?P<kind>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:had|has|have|grew|grow|"
                       r"grows|made|make|makes|was|were|is|are|did|does|contributed|accounted|saw|posted|generated|"
                       r"delivered|recorded|led|leads|drove|rose|fell|declined|increased|decreased|brought|received|"
                       r"earned|paid|spent|added|lost|gained)\b")
# kinds whose members a figure of the facts path may name: years and periods compared, companies compared
_NOT_MEMBERS = frozenset("year years quarter quarters period periods month months half company companies firm firms "
                         "one ones fiscal".split())


def asks_member(question: str) -> bool:
    """Does the question ask which member of a kind ("Which product category ...?", "Which of its segments grew
    fastest?")? Its answer names a member; a figure of the whole (a lookup, a change, a calculation of the total)
    never answers it. Not for years, periods or companies, nor a question naming its alternatives ("..., A or B?")."""
    m = _MEMBER_Q.search(question)
    if m is None or m.group("kind").split()[-1].lower() in _NOT_MEMBERS:
        return False
    return not re.search(r"(?i),\s*(?:[\w.&'’-]+\s+){1,4}or\s+[\w.&'’-]+", question)


# "X reports both system-wide sales and revenue. What were the two figures?": the measures named, each a figure asked
_FIGURES_ASKED = re.compile(r"(?i)\b(?:the|these|those|both)\s+(?:two|2|three|3)?\s*(?:figures|numbers|amounts|measures|values)\b|"
                            r"\bboth\s+(?:figures|numbers|amounts)\b")
_BOTH = re.compile(r"(?i)\bboth\s+(?P<a>[a-z][\w'’ -]{2,40}?)\s+and\s+(?P<b>[a-z][\w'’ -]{2,40}?)(?=\s*[.?,;]|\s+(?:in|for|at|during|"
                   r"as)\b)")


def asked_figures(question: str) -> tuple[str, ...]:
    """The measures a question asks one figure each of when it says so ("... reports both system-wide sales and
    revenue. What were the two figures for fiscal 2025?" -> system-wide sales, revenue); () otherwise."""
    if not _FIGURES_ASKED.search(question):
        return ()
    m = _BOTH.search(question)
    return (m.group("a"), m.group("b")) if m else ()


def states_figure_of(measure: str, text: str) -> bool:
    """Does a figure of ``text`` have ``measure``'s words (its stems, names and function words aside) in the words
    that govern it or its clause?"""
    want = {w for w in _words(measure) if not re.fullmatch(r"\d+", w)}
    return bool(want) and any(want <= _words(f"{f.words} {f.clause}") for f in _figures(text))


def asks_portion(question: str) -> bool:
    """Does the question ask how much of a measure went to a part ("How much of its labour spending went on contract
    labour?")? That is a share of the measure, which a percentage answers."""
    return bool(_PORTION_Q.search(question))


def share_part(question: str) -> frozenset[str]:
    """The stems of the part a share question asks about ("What share of revenue came from travel nursing in 2024?"
    -> {travel, nursin}); empty when it asks none."""
    state = _PORTION_STATE.search(question)
    if state is not None:  # "how much of its store base is franchised" -> franchised
        return frozenset(_words(state.group(1)))
    if not _SHARE_Q.search(question) and not _PORTION_Q.search(question):
        return frozenset()
    m = _PART_Q.search(question)
    if m is None:
        return frozenset()
    part = _SET_ASIDE.sub(" ", m.group(1) or m.group(2) or "")
    return frozenset(w for w in _words(part) if not re.fullmatch(r"\d+", w))


# "went to 5G rather than LTE": what the question sets aside is the part's contrast, not a word of the part
_SET_ASIDE = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+[^,;?]*")


# a pronoun names no part of its own: it stands for a figure or thing named before ("... what share did they
# represent?", "what share of box office did they take?": the part is the part before's subject, no word to say)
_PRONOUN_PART = frozenset({"they", "it", "these", "those", "this", "that", "them"})
# words of a share's part that name no particular part ("its three largest customers combined": the customers do)
_GENERIC_PART = frozenset(_stem(w) for w in """one two three four five six seven eight nine ten twenty top largest
    biggest greatest major leading main principal combined together aggregate all other single""".split()) | \
    _PRONOUN_PART


def misses_share_part(question: str, text: str) -> bool:
    """Does an answer (``text``) to a question asking the share of a whole that comes from a named part or group
    ("What share of Contoso's total revenues came from its three largest customers combined?", "What percentage
    of its net sales came from Fabrikam?") name none of the part's words? General rule: such a question is never
    answered with the whole's level or change (total revenue, its growth): an answer that does not name the part
    (customers, Fabrikam) is no answer to it. False when the question asks no share or names no particular part."""
    if not asks_share(question):
        return False
    part = share_part(question) - _GENERIC_PART
    return bool(part) and not (part & _words(text))


# "what share of clinics are understaffed", "what percentage of respondents plan to raise budgets": a share of the
# members of a whole in a state, the state being the predicate after the whole's noun phrase
_SHARE_STATE_Q = re.compile(r"(?i)\b(?:what|which)\s+(?:share|percentage|percent|proportion|fraction|portion)\s+of\s+"
                            r"(?P<rest>[^?;,]+)")
_STATE_VERB = re.compile(r"(?i)^(?:are|were|is|was|have|had|has|say|says|said|report|reports|reported|plan|plans|planned|"
                         r"expect|expects|expected|think|thinks|use|uses|used|intend|intends|want|wants|[a-z]{3,}ed|lost|lose|made|saw|got|"
                         r"took|gave|found|kept|left|paid|spent|sold|cut|grew|fell|rose|went|held|ran|built|bought)$")
_STATE_FRAME = frozenset("say says said report reports reported think thinks believe they it that them their".split())


def share_state(question: str) -> frozenset[str]:
    """The stems of the state a share question asks of a whole's members ("What share of clinics are understaffed?"
    -> {unders}; "What percentage of CISOs plan to cut tools?" -> {plan, cut, tool}); empty when it asks none (a
    share of a measure: "what share of revenue").The verb that opens the predicate is its first word after the
    whole's noun phrase; saying, reporting and "they" frame it and are no part of the state."""
    m = _SHARE_STATE_Q.search(question)
    if m is None:
        return frozenset()
    words = re.findall(r"[A-Za-z][A-Za-z0-9'’-]*", _PERIOD_PHRASE.sub("", m.group("rest")))
    at = next((i for i, w in enumerate(words) if i and _STATE_VERB.match(w)), None)
    if at is None or _families(" ".join(words[:at])) or any(w.lower() in _ASKING_AUX for w in words[:at]) \
            or any(w[:1].isupper() for w in words[1:at]):
        # no predicate; a share of a measure ("what share of revenue was recurring"); a verb of another subject ("did
        # US data centres use", "the homes Ridgecrest closed")
        return frozenset()
    return frozenset(w for w in _words(" ".join(x for x in words[at:] if x.lower() not in _STATE_FRAME))
                     if w not in ("are", "were", "was", "have", "had", "has"))


_COUNTED_Q = re.compile(r"(?i)\bhow\s+many\s+(?:(?:new|net|more|additional|total|of\s+(?:its|their|the))\s+)?"
                        r"(?:[a-z][a-z-]+\s+(?!(?:does|did|is|was|has|as|its|this|these|those|were|are)\b)){0,2}?"
                        r"([a-z][a-z-]+(?<!s)s)\b")  # "how many telehealth visits": a modifier before the noun counted;
# "driverless", "wireless" (-ss) are modifiers, no plural: "how many driverless tractors" counts tractors
# nouns that count the same things: a store count may be given in locations or outlets, staff in people
_SAME_COUNT = [{"store", "shop", "restaurant", "cafe", "location", "outlet", "unit", "branche", "branch", "site"},
               {"employee", "people", "person", "staff", "worker", "headcount"}]
_GENERIC_COUNT = {"unit", "item", "time", "case", "one", "other", "total", "more", "less", "year", "month", "week", "day",
                  "percent", "point", "basi"}


def _counted(question: str) -> str | None:
    m = _COUNTED_Q.search(question)
    noun = _noun(m.group(1)) if m else None
    return None if noun in _GENERIC_COUNT else noun  # "how many a year": no counted noun read


def counted_said(question: str, said: str) -> bool:
    """Does ``said`` (a table row's label, caption, unit line and note) say every word narrowing the things a "how
    many" question counts ("how many refurbished garden robots" -> refurbished, garden)? A row of a table of all
    robots counts another class than the refurbished ones. True when the question counts no narrowed noun."""
    m = _COUNTED_Q.search(question)
    if m is None:
        return True
    start = re.search(r"(?i)\bhow\s+many\b", question[: m.end()]).end()
    mods = [w for w in re.findall(r"[a-z][a-z-]+", question[start : m.start(1)].lower()) if w not in _NOT_MOD]
    stems = {w[:5] for w in re.findall(r"[a-z]+", said.lower())}
    return all(w[:5] in stems or all(p[:5] in stems for p in w.split("-") if len(p) > 3) for w in mods)


def _noun(word: str) -> str:
    w = word.lower()
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _counts_other(counted: str, after: str) -> bool:
    """Does the plural noun right after a figure ("240 vendors") count another thing than the asked one ("stores")?
    A name the report gives the counted things in a parenthesis right after them ("5.1 million electrically assisted
    scooters (e-scooters)") is their noun too: it defines what the figure counts."""
    toks = re.findall(r"[a-z][a-z-]*", after.lower())[:3]
    nouns = [_noun(t) for t in toks if t.endswith("s") and len(t) > 3]
    alias = re.match(r"\s*(?:[a-z-]+\s+){0,3}?[a-z-]+s\s*\(([a-z][a-z-]*s)\)", after.lower())
    if alias:
        nouns.append(_noun(alias.group(1)))
    if not nouns or any(n == counted or any({n, counted} <= g for g in _SAME_COUNT) or n in _GENERIC_COUNT
                        for n in nouns):
        return False
    return bool(re.match(r"\s*(?:[a-z-]+\s+)?[a-z-]+s\b", after.lower()))


# a plain number followed by a plural noun counts things ("6,912 loans", "1.2 million subscribers")
_COUNT_NOUN = re.compile(r"(?i)\s*(?:(?:thousand|million|billion)\s+)?(?:[a-z-]+\s+)?"
                         r"(?!(?:thousands|millions|billions|dollars|euros|points|percent)\b)[a-z-]{3,}s\b")
_COUNT_Q = re.compile(r"(?i)\bhow\s+many\b(?!\s+(?:dollars|euros|percentage|basis|points|times|cents))|\bnumber\s+of\b")
# words right before a measure that narrow nothing, or that other rules read (levels, adjusted)
_NOT_MOD = frozenset("""total net gross operating annual consolidated reported overall company group its their our the a
    an this that fiscal full year quarterly adjusted gaap non-gaap underlying organic core pre-tax pretax did does do was
    were is are has have had much many what which how by in of for on from to and or with whose average its combined
    aggregate cumulative typical median estimated expected projected planned forecast current latest recent new
    approximate approximately about roughly segment segments division divisions business businesses brand brands
    channel channels region regions unit units line lines""".split())


def _mods(question: str, at: int) -> frozenset[str]:
    """The stems of the lower-case words right before the head of the asked measure that narrow it ("same-store
    sales", "liquid-cooled capacity"); names, possessives and words that narrow nothing are not among them."""
    out = set()
    for w in reversed(re.findall(r"[\w'’-]+", question[:at])[-2:]):
        if not re.fullmatch(r"[a-z][a-z-]*", w) or w in _NOT_MOD or re.search(r"['’]", w):
            break
        out.add(_compound(w) if "-" in w.strip("-") else _stem(w))
    return frozenset(out)


_PREDICATE_Q = re.compile(r"(?i)\bhow\s+many\s+of\s+(?:its\s+|their\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
                          r"(?:were|are|was|is)\s+([a-z][\w-]*(?:\s+(?:and|or)\s+[a-z][\w-]*)?)")


def _predicate(question: str) -> frozenset[str]:
    """The state a count question asks of a part of a whole ("How many of its outlets were company-run?" ->
    company-run); a question that is not partitive ("How many kilns were sold?") asks none."""
    m = _PREDICATE_Q.search(question)
    if m is None:
        return frozenset()
    return frozenset(w for w in _words(m.group(1)) if w not in {"there", "open", "in", "at"})


# "how many US adults were on X", "how many patients used X": the counted noun is the subject of the predicate (not
# "how many stores did Contoso open", whose verb is the company's)
_COUNT_REST = re.compile(r"(?i)\bhow\s+many\s+(?P<rest>[^?;]+)")
_PERIOD_PHRASE = re.compile(r"(?i)\s*\b(?:at|in|during|for|by|as\s+of|over|through)\s+(?:the\s+)?(?:end\s+of\s+)?"
                            r"(?:(?:fiscal|calendar|its|their)\s+)?(?:year\s+|quarter\s+)?(?:FY\s?)?(?:19|20)\d\d\b.*$")
_ASKING_AUX = frozenset("did do does will would can could should".split())
_AUX_WORDS = frozenset("""were was are is be been being had has have having will would could can may might who that which
    there still currently now already also then the a an of for to with about roughly approximately nearly around some""".split())
# being on a treatment, a plan or a product is using, taking or receiving it
_USING = frozenset({"on", "use", "used", "uses", "using", "take", "takes", "taking", "took", "taken", "receive",
                    "receives", "receiving", "received"})
_VERB_START = re.compile(r"(?i)^(?:were|was|are|is|had|has|have|been|who|that|which|[a-z]+ed|[a-z]+ing)$")


def _doing(question: str) -> tuple[str, ...]:
    """The predicate of the counted noun of a count question, its words in order from its verb ("How many US adults
    were on oral appliance therapy at the end of 2025?" -> were, on, oral, appliance, therapy); () when the counted
    noun is not its subject ("How many stores did Contoso open?", "How many has Contoso opened?")."""
    m = _COUNT_REST.search(question)
    if m is None:
        return ()
    words = re.findall(r"[A-Za-z][A-Za-z0-9'’-]*", _PERIOD_PHRASE.sub("", m.group("rest")))
    at = next((i for i, w in enumerate(words) if i and (_VERB_START.match(w) and w.lower() not in ("who", "that", "which")
                                                        or w.lower() in _USING or w.lower() in _ASKING_AUX)), None)
    if at is None or any(w.lower() in _ASKING_AUX for w in words):
        return ()  # "how many active selling communities did Ridgecrest operate": the company's verb
    if words[at].lower() in ("has", "have", "had", "is", "are", "was", "were") and at + 1 < len(words) \
            and (words[at + 1][:1].isupper() or words[at + 1].lower() in ("it", "they", "we", "he", "she", "there")):
        return ()  # "how many stores has Contoso opened", "how many jobs has it cut", "how many were there"
    return tuple(w.lower() for w in words[at:])


def _action(words: list[str]) -> set[str]:
    """The content of a verb phrase: its words less auxiliaries and function words, being on / using / taking /
    receiving read as one ("use")."""
    return {"use" if w in _USING else _stem(w) for w in words if w not in _AUX_WORDS and w not in _STOP_PREP}


_STOP_PREP = frozenset("in at by from into onto under over with without within to of for as".split())


def predicate_disagrees(doing: tuple[str, ...], after: str) -> bool:
    """Does the predicate a sentence gives a counted figure ("9.4 million US adults had insurance coverage for oral
    appliance therapy") state another relation to the asked object than the question's ("were on oral appliance
    therapy")? The verb phrase is what comes between the counted noun and the first word of the object both share;
    it agrees when its content is the question's (being on ~ using ~ taking ~ receiving), or it has none. No verdict
    (False) when the sentence states no verb or names none of the question's object. The predicate is the figure's own
    clause's: it ends at the next comma, semicolon or figure ("2.4 million electric scooters in 2024, 6% fewer than the
    5.3 million sold in 2023": "sold" is the other figure's verb)."""
    if not doing:
        return False
    after = re.split(r"[,;:]|(?<![\w-])\d", after, maxsplit=1)[0]  # "GLP-1", "CGRP-2" are names, not figures
    toks = re.findall(r"[a-z][a-z0-9'’-]*", after.lower())[:14]
    mine = {_stem(w) for w in doing if w not in _AUX_WORDS and w not in _USING and w not in _STOP_PREP}
    j = next((i for i, w in enumerate(toks) if _stem(w) in mine), None)
    if j is None:
        return False
    start = next((i for i, w in enumerate(toks[:j]) if _VERB_START.match(w) or w in _USING), None)
    if start is None:
        return False  # "9.4 million adults with oral appliances": no verb of their own
    said = _action(toks[start:j])
    shared = set(toks[start:]) & set(doing)
    qj = next((i for i, w in enumerate(doing) if w in shared and _stem(w) in mine), len(doing))
    asked = _action(list(doing[:qj]))
    return bool(said) and not said <= asked


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


def _length(text: str, asked: bool = False) -> str | None:
    """The length of the period a text states for a figure: "quarter", "half" or "year" (a question naming a year
    and no quarter or half asks a year: "in fiscal 2026"); None when it states none."""
    if _QUARTER_SAID.search(text):
        return "quarter"
    if _HALF_SAID.search(text):
        return "half"
    if _YEAR_SAID.search(text) or (asked and re.search(r"(?i)\b(?:fiscal\s+(?:year\s+)?|fy\s?)(?:19|20)?\d\d\b", text)):
        return "year"
    return None


_QUARTER_PHRASE = re.compile(r"(?i)\b(?:(?:the\s+)?(?:first|second|third|fourth)[- ]quarter(?:\s+of)?(?:\s+fiscal)?(?:\s+(?:year\s+)?"
                             r"(?:19|20)\d\d)?|q[1-4]\s*(?:fy\s?)?(?:19|20)?\d\d|(?:three|3)[- ]months?\s+ended\s+[A-Z][a-z]+\s+\d{1,2},?"
                             r"\s+(?:19|20)\d\d)")


def asked_length(question: str) -> str | None:
    """The length of the period a question asks ("first half of fiscal 2026" -> half, "fiscal 2025" -> year)."""
    return _length(question, asked=True)


_SPAN_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
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


_VERB_HEAD = re.compile(r"(?i)(?:spend|spent|spending|pay|paid|paying|cost|costs)$")
_AUX = re.compile(r"(?i)\b(?:did|does|do|will|would|to|was|were|is|are|been)\s+(?:[\w'’.&-]+\s+){0,4}$")


# "What average PUE did liquid-cooled data centres achieve?": the group whose figure is asked, narrowed by the
# lower-case word before its noun (names and places are the other checks')
_GROUP_Q = re.compile(r"(?<!number )(?<!share )(?<!percentage )(?<!proportion )(?<!amount )(?<!fleet )\bof\s+(?P<mod2>[a-z][a-z-]*[a-z])\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s*(?=\b(?:in|during|at|for|as)\b|[?,]|$)|"
                      r"\b(?:did|do|does)\s+(?P<mod>[a-z][a-z-]*[a-z])\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+(?:achieve|have|had|report|"
                      r"record|post|see|saw|generate|earn|reach|deliver|average|pay|spend|charge|make|receive|get|use|need)\b")


def _group(question: str) -> str | None:
    m = _GROUP_Q.search(question)
    mod = m and (m.group("mod") or m.group("mod2"))
    if not mod or mod in _NOT_MOD or mod in ("all", "most", "some", "such", "other", "these", "those", "both", "each",
                                             "many", "few", "which", "what", "whose", "them", "they", "it", "us",
                                             "our", "their", "its", "whom") or _families(mod):
        return None  # "the statement of cash flows": a measure word narrows no group
    return _stem(mod)


_SPENT_ON = re.compile(r"(?i)\b(?:spend|spent|spending|invest|invested|pay|paid)\s+(?:on|in|for)\s+(?P<what>[^?,;]+)")
_CAUSE_SAID = re.compile(r"(?i)\b(?:due\s+to|driven\s+by|primarily\s+(?:from|by|for)|mainly\s+(?:from|by|for)|reflect(?:s|ed|ing)?|"
                         r"as\s+a\s+result\s+of|because\s+of|attributable\s+to|owing\s+to|resulting\s+from|led\s+by)\b")


def _target(question: str) -> frozenset[str]:
    """The stems of what a spending question asks about when no measure names it ("How much did Contoso spend on its
    Phase 3 trial of CT-201 in 2025?" -> phase, trial, ct-201)."""
    m = _SPENT_ON.search(_PERIOD_PHRASE.sub("", question))
    return frozenset(w for w in _words(m.group("what")) if not re.fullmatch(r"\d+", w) and w not in _PERIOD_STEMS) \
        if m else frozenset()


_PERIOD_STEMS = frozenset(_stem(w) for w in "first second third fourth quarter quarters half year years month months "
                          "fiscal calendar period".split())


_PERCENTAGE_HEAD = re.compile(r"(?i)\b([a-z][\w-]*)\s+percentages?\b")


def asked_measure(question: str) -> AskedMeasure | None:
    """The measure an amount question asks for: the family of the head noun of the noun phrase it asks about (the
    last family named before the phrase ends; "share" when the question asks what share/percentage of X); None
    when it names no family (its measure is left to the other checks)."""
    # "its occupancy percentage": a percentage headed by a noun that names no measure family is that noun's rate
    q = _PERCENTAGE_HEAD.sub(lambda m: m.group(0) if _FAMILY_RX.fullmatch(m.group(1)) or m.group(1).lower() in _STOP
                             else f"{m.group(1)} rate", question)
    basis = _BASIS_Q.search(q)
    if basis is not None:  # "Counting revenue rather than patients, ...": the basis names no asked measure
        q = q[: basis.start()] + " " + q[basis.end() :]
    verb = spent = False
    form = "share" if _SHARE_Q.search(q) or _PORTION_Q.search(q) or _PORTION_STATE.search(q) else "change" if _CHANGE_Q.search(q) else "level"
    cause = re.search(r"(?i)\b(?:because|due\s+to|as\s+a\s+result\s+of|driven\s+by|owing\s+to)\b", q)
    found = [f for f in _families(q) if cause is None or f[1] < cause.start()]  # "because of cost" names no measure
    count = bool(_COUNT_Q.search(q))
    length, dimension = _length(q, asked=True), _dimension(q)
    mods: frozenset[str] = frozenset()
    if form == "share":
        family = "share"
    else:
        found = [f for f in found if f[0] != "share" or re.search(r"(?i)\bmarket\s+share\b", q[max(0, f[1] - 8) : f[2]])]
        if not found:
            money = bool(_ASKS_MONEY_UNIT.search(q))
            if not (count or length or dimension or _case(q) or money or _group(q)):
                return None
            # "How many of its outlets were company-run?": no measure family, but a count, a period length or a
            # unit asked still binds the figure
            return AskedMeasure(family="", form=form, adjusted=False, count=count, length=length, dimension=dimension,
                                case=_case(q), money=money, question=q,
                                predicate=_predicate(q) if count else frozenset(), per=_per(q),
                                counted=_counted(q) if count else None, doing=_doing(q) if count else (),
                                group=_group(q))
        # the head of the asked noun phrase: the last family before the phrase ends ("EBITDA margin" -> margin,
        # "revenue per loaded mile" -> revenue, "cost of sales" -> cost)
        first = found[0]
        end = _MEASURE_PHRASE_END.search(q, first[2])
        stop = end.start() if end else len(q)
        heads = [f for f in found if f[1] < stop] or [first]
        if len(heads) > 1 and heads[-1][0] == "rate" and re.search(r"(?i)\bgrowth\s+$", q[: heads[-1][1]]):
            heads = heads[:-1]  # "same-store sales growth rates": the growth of sales, not a rate of its own
        family = heads[-1][0]
        head = heads[-1]
        pace = family == "rate" and bool(PACE_RATE.search(q))
        if pace:  # "the monthly 737 production rate": things made per period, a count's pace, no rate family (and
            family = ""  # "production" names the pace, no narrowing word: "737 output ... at 38 aircraft a month")
        if _ratio_of(q):
            family = "ratio"  # "net debt to adjusted EBITDA", "debt-to-equity": the ratio of two measures is asked
        verb = bool(_VERB_HEAD.match(q[head[1] : head[2]]) and _AUX.search(q[max(0, head[1] - 60) : head[1]]))
        on = next((f for f in found if f[1] > head[2] and re.fullmatch(r"(?i)\s+(?:on|for)\s+(?:[\w'’-]+\s+){0,3}",
                                                                        q[head[2] : f[1]])), None)
        spent = verb
        if verb and on is not None:  # "How much did it spend on share repurchases": the measure is what it spent on
            family, verb, head = on[0], False, on
        mods = _mods(q, head[1]) if not verb and not pace else frozenset()
    per = _per(q)
    return AskedMeasure(family=family, form=form, adjusted=bool(_ADJUSTED.search(q)), levels=frozenset(_levels(q)),
                        per=per, part=share_part(q) - _PRONOUN_PART, money=bool(_ASKS_MONEY_UNIT.search(q)),
                        state=share_state(q) if form == "share" and not share_part(q) else frozenset(),
                        basis=_basis(question),
                        target=_target(q) if spent and family in ("cost", "pay", "") else frozenset(), group=_group(q),
                        percent=bool(_ASKS_PERCENT_UNIT.search(q)), verb=form != "share" and verb,
                        portion=bool(_PORTION_Q.search(q)), count=count, mods=mods, length=length,
                        dimension=dimension, counted=_counted(q) if count else None, spent=form != "share" and spent,
                        doing=_doing(q) if count else (),
                        case=_case(q), question=q)


@dataclass(frozen=True)
class Figure:
    """One figure of a text and the words that govern it."""

    start: int
    end: int
    raw: str
    kind: str  # "money", "percent" or "number"
    form: str  # "level", "share" or "change"
    words: str  # the governing words ("" when none were read)
    per: str | None = None
    subject: str = ""  # the clause's opening words (a share's part)
    clause: str = ""  # the clause the figure sits in
    unit: str | None = None  # the dimension of the unit right after it ("TWh": energy)
    opening: str = ""  # the sentence's opening clause (its subject)
    after: str = ""  # the words right after it ("240 vendors"; a hundred characters: its predicate)
    head: str = ""  # the sentence's subject up to its first verb ("Its consumer segment, Contoso Care, had ...")


def _kind(raw: str, after: str) -> str:
    if re.match(r"(?i)\s*(?:basis\s+|percentage\s+)?(?:points?|bps|pp)\b", after) or re.search(r"(?i)points?$", raw):
        return "points"
    if "%" in raw or re.match(r"(?i)\s*(?:percent|per\s+cent)\b", after):
        return "percent"
    if _MONEY.search(raw) or re.match(r"(?i)\s*(?:trillion|billion|million|thousand|bn|mn)?\s*(?:dollars|euros|yen|won)\b",
                                      after):
        return "money"
    return "number"


_DATE_COMMA = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$")


def _breaks(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The clause breaks of ``text[lo:hi]``; the comma of a date ("December 31, 2024") is none."""
    return [m for m in _BREAK.finditer(text, lo, hi)
            if not (m.group(0).startswith(",") and _DATE_COMMA.search(text[max(0, m.start() - 16) : m.start()]))]


def _clause_start(text: str, at: int) -> int:
    found = _breaks(text, 0, at)
    return found[-1].end() if found else 0


def _clause_end(text: str, at: int) -> int:
    found = _breaks(text, at, len(text))
    return found[0].start() if found else len(text)


_VERB_LED = re.compile(r"(?i)^\s*(?:was|were|is|are|stood|came|totall?ed|amounted|reached|rose|fell|grew|increased|"
                       r"decreased|declined|climbed|dropped|improved|narrowed|widened|contributed|accounted|represented|"
                       r"of|at|to)\b")


def _opening(text: str) -> str:
    """The sentence's opening clause, asides left out ("The Clinical Services segment, which includes home
    infusion, contributed ..." -> "The Clinical Services segment contributed ...")."""
    free = _aside_free(text)
    m = _BREAK.search(free)
    return free[: m.start()] if m else free


def governing(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(words, form, subject) for the figure at ``text[start:end]``: the noun phrase that governs it and whether it
    is a level, a share or a change. A figure in a parenthesis is governed by the noun phrase the parenthesis follows
    ("sign-on bonuses (commonly $8,000 to $15,000)"); a clause with no measure of its own that a verb opens ("...,
    a non-GAAP measure, was 95.1%") or that continues the figure before ("... from $2.71 billion") takes the measure
    of the clause before it."""
    before, after = text[:start], text[end:]
    opened = before.rfind("(")
    if opened > before.rfind(")"):  # the parenthesis the figure sits in qualifies the words before it
        head_start = _clause_start(text, opened)
        return text[head_start:opened] + " " + text[opened + 1 : start], "level", text[head_start:opened]
    lo = _clause_start(text, start)
    hi = _clause_end(text, end)
    earlier = [n for n in _claims_in(text, lo, start)]
    seg_lo = earlier[-1][1] if earlier else lo  # the words since the figure before in its clause
    own = text[seg_lo:start]
    clause_after = text[end:hi]
    percent = _kind(text[start:end], after) == "percent"
    form = "level"
    if percent and (_SHARE_BEFORE.search(text[lo:start]) or re.match(r"(?i)\s*(?:percent\s+|per\s+cent\s+)?of\b", after)):
        form = "share"
    elif _CHANGE_BEFORE.search(text[lo:start]) or _CHANGE_AFTER.match(after) \
            or re.match(r"(?i)\s*(?:basis\s+|percentage\s+)?(?:points?|bps|pp)\b", after) or re.search(r"(?i)points?$", text[start:end]):
        form = "change"  # "expanded 40 basis points": a move
    words_after = ""
    of = re.match(r"(?i)\s*(?:trillion|billion|million|thousand|bn|mn|percent|per\s+cent)?\s*(?:of|in)\s+((?:[\w&'’-]+\s*){1,6})",
                  after)
    if of:
        words_after = " " + of.group(1) + " "
        stop = _MEASURE_PHRASE_END.search(words_after)
        words_after = words_after[: stop.start()] if stop else words_after
    if form == "share":  # "61% of the total": a share; its part is the clause's subject, or the sentence's
        # the clause from the comma before ("with halls designed for training and inference accounting for 41%"): an
        # "and" inside the part's name does not end it
        comma = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
        wide = text[comma:lo] if comma < lo else ""
        return words_after, form, wide + text[lo:start] + " " + _opening(text[:lo]) if lo else text[lo:start]
    prev = _claims_in(text, 0, start)
    if prev and _APPOSITE_MARGIN.fullmatch(text[prev[-1][1] : start]):
        # "underlying EBITDA to A$360 million, a margin of 32%": the margin is of the profit measure the figure before
        # it states (its qualifiers too: underlying, EBITDA, operating)
        words, _, subject = governing(text, *prev[-1])
        if {f for f, _, _ in _families(words)} & {"profit", "ebitda"}:
            return f"{words} margin", form, subject
    if words_after and _families(words_after):
        return words_after, form, own
    if _families(own):
        return own, form, own
    mine = _kind(text[start:end], after)
    if earlier and _families(text[lo:start]) and not _CONTINUES.fullmatch(_PERIOD_WORDS.sub(" ", own)) \
            and all(_kind(text[a:b], text[b:]) != mine for a, b in earlier):
        # "Fabrikam repurchased 1.2 million shares for $85 million": the clause's measure governs its one figure of
        # each kind (a money figure after another is that one's measure's: "a price of $2 per hour comes to $2.4m")
        return text[lo:start], form, text[lo:start]
    prev = _claims_in(text, 0, start)
    if prev and _CONTINUES.fullmatch(_PERIOD_WORDS.sub(" ", text[prev[-1][1] : start])):
        # "from $5.1 billion to $5.6 billion", "rose 12% to $3.4 billion", "was 95.1% and 92.6%", "9.8% in 2026,
        # compared with 5.1% in 2025": the measure of the figure before
        words, _, subject = governing(text, *prev[-1])
        return words, form, subject
    same = [p for p in prev if (_kind(text[p[0] : p[1]], text[p[1] :]) == "percent") == percent]
    if same and _CONTINUES.fullmatch(_PERIOD_WORDS.sub(" ", own)) and own.strip():
        # "Cost of sales was $2.1 billion, or 43.6% of net sales, compared with $1.9 billion, ...": the measure of
        # the figure of its kind before
        words, _, subject = governing(text, *same[-1])
        return words, form, subject
    if not earlier and lo and _VERB_LED.match(own):
        k, back = lo, 0  # "Operating margin, which we calculate as ..., was 9.8%": the clauses before, nearest first
        while k and back < 4 and not text[:k].rstrip().endswith(";"):
            prev_lo = _clause_start(text, max(0, k - 1))
            piece = text[prev_lo:k]
            k, back = prev_lo, back + 1
            if re.search(r"(?i)\b(?:which|who)\s*$", text[:prev_lo]) or re.match(r"(?i)\s*(?:which|who)\b", piece) \
                    or (re.match(r"(?i)\s*(?:an?|the)\s", piece) and prev_lo and text[:prev_lo].rstrip().endswith(",")
                        and piece.rstrip().endswith(",")):
                continue  # a relative clause or an appositive inside commas ("..., a non-GAAP measure, was") is an aside
            if _claims_in(text, prev_lo, prev_lo + len(piece)):
                break  # another figure's clause
            if _families(piece):
                return piece, form, piece
    if _families(clause_after):
        return clause_after, form, own
    return "", form, own


# a margin in apposition to the profit figure before it ("EBITDA of $360 million, a margin of 32%")
_APPOSITE_MARGIN = re.compile(r"(?i)\s*(?:(?:trillion|billion|million|thousand|bn|mn|m)\b)?,\s*(?:or\s+)?(?:an?|the)\s+margin\s+of\s+(?:about\s+|roughly\s+|"
                              r"approximately\s+|nearly\s+|some\s+|almost\s+)?")
_CONTINUES = re.compile(r"(?i)[\s,;]*(?:(?:and|or|to|from|against|versus|vs\.?|compared|with|after|up|down|rising|falling|"
                        r"about|approximately|roughly|nearly|some|respectively|a\s+year\s+(?:earlier|before|ago)|"
                        r"the\s+(?:prior|previous)\s+year)[\s,;]*)+")
_PERIOD_WORDS = re.compile(r"(?i)\b(?:(?:in|at|for|during|by|of|as\s+of)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:fiscal\s+|calendar\s+)?"
                           r"(?:year\s+)?(?:FY\s?|Q[1-4]\s+)?(?:19|20)\d\d\b")


def _claims_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the figures ``text[lo:hi]`` states (days of dates left out)."""
    piece = text[lo:hi]
    return [(lo + n.start, lo + n.end) for n in claims(piece) if not day_of_date(piece, n.start, n.end)]


_REFERENCE = re.compile(r"(?i)\b(?:item|items|note|notes|part|section|page|exhibit|table|figure|chart|schedule|method|tier|"
                        r"phase|stage|step|round|series|class)\s+$")
_MONTH = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$")
_MONTH_AFTER = re.compile(r"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|"
                          r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\b")


def names_number(text: str, start: int) -> bool:
    """Is the number starting at ``text[start]`` part of a name or a reference ("Tier 2 capital", "Phase 3", "Note
    14", "Method 2", "Series B")? Such a number names a thing; it is never a figure that answers."""
    return bool(_REFERENCE.search(text[max(0, start - 12) : start]))


# "in the 12 markets we track", "across 30 countries", "among the 20 largest cities": how many places or members the
# sentence's scope holds (session 15, #11)
_SCOPE_BEFORE = re.compile(r"(?i)\b(?:in|across|among|throughout|within|for|of)\s+(?:the\s+|its\s+|our\s+|their\s+|all\s+)?$")
_SCOPE_NOUN = re.compile(r"(?i)^\s+(?:(?:largest|biggest|main|major|leading|top|big|european|asian|african|american|"
                         r"emerging|developed|other)\s+)?(?P<noun>markets|countries|nations|economies|states|provinces|"
                         r"regions|territories|cities|member\s+states)\b")


def scope_count(text: str, start: int, end: int) -> str | None:
    """The noun whose members the number at ``text[start:end]`` counts as the sentence's scope ("in the 12 markets",
    "across 30 countries"), or None. Such a count says where, never the figure asked (unless that count is asked)."""
    after = _SCOPE_NOUN.match(text[end : end + 40])
    if after is None or not _SCOPE_BEFORE.search(text[max(0, start - 20) : start]):
        return None
    return after.group("noun").lower()


def day_of_date(text: str, start: int, end: int) -> bool:
    """Is the number at ``text[start:end]`` the day of a date ("September 30", "Sept. 30", "30 June 2025",
    "the 28th of February")? A day is never a figure that answers."""
    return bool(_MONTH.search(text[max(0, start - 12) : start]) or _MONTH_AFTER.match(text[end : end + 16]))


# a unit written short after a slash, as the question spells it ("/t" is per tonne)
_UNIT_WORDS = {"t": "tonne", "mt": "tonne", "kg": "kilogram", "lb": "pound", "lbs": "pound", "oz": "ounce",
               "bbl": "barrel", "gal": "gallon", "hr": "hour", "h": "hour", "yr": "year", "mo": "month", "sqft": "foot"}


def _figures(text: str) -> list[Figure]:
    """The figures a text states (``text.numbers.claims``: no years, ordinals, identifiers; no day of a date)."""
    out = []
    for n in claims(text):
        s, e = n.start, n.end
        if day_of_date(text, s, e) or names_number(text, s):
            continue  # "December 31, 2025", "Item 8", "Note 14": a date or a reference, no figure
        words, form, subject = governing(text, s, e)
        if form == "level" and _head(words) == "share" and "%" in n.raw + text[e : e + 9]:
            form = "share"  # "Contract labour's share of labour expense rose to 11.6%"
        after = text[e : e + 30]
        per = _per(text[e : e + 40]) if re.match(r"(?i)\s*(?:an?|per)\s", after) else None
        slash = re.match(r"(?i)\s*/\s*([a-z]+)\b", after)
        if per is None and slash:  # "US$2,300/t", "$48/MWh": the unit after the slash is the "per"
            per = _stem(_UNIT_WORDS.get(slash.group(1).lower(), slash.group(1)))
        code = re.search(r"\b(?:EUR|USD|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD)\s*$", text[max(0, s - 5) : s])
        kind = "money" if code else _kind(n.raw, text[e:])
        out.append(Figure(s, e, n.raw, kind, form, words, per, subject, text[_clause_start(text, s) : _clause_end(text, e)],
                          _dimension(text[e : e + 16]), _opening(text), text[e : e + 100], _subject_head(text)))
    return out


_FIRST_VERB = re.compile(r"(?i)\b(?:had|has|have|was|were|is|are|reported|posted|earned|generated|recorded|delivered|"
                         r"grew|rose|fell|increased|decreased|declined|contributed|accounted|made|saw|achieved)\b")


def _subject_head(text: str) -> str:
    """The sentence's words before its first verb (its subject with an appositive name), at most 120 characters."""
    m = _FIRST_VERB.search(text[:120])
    return text[: m.start()] if m else ""


def figure_forms(text: str) -> list[str]:
    """The form of each figure a text states ("level", "share" or "change"), as its governing words give it."""
    return [f.form for f in _figures(text)]


def _aside_free(text: str) -> str:
    return _ASIDE.sub(" ", text)


# a figure said of the whole company right after it ("against 9.8% for the company as a whole", "12% group-wide")
_WHOLE_AFTER = re.compile(r"(?i)^\s*,?\s*(?:(?:for|at|across|of)\s+(?:the\s+)?(?:company|group|firm|business|corporation|"
                          r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)\s+as\s+a\s+whole|(?:for|across)\s+the\s+(?:whole|entire)\s+"
                          r"(?:company|group|firm|business)|(?:company|group|firm)[- ]wide|overall|in\s+total|"
                          r"on\s+a\s+consolidated\s+basis|(?:for|of)\s+the\s+(?:group|company)\b(?!['’]s))")
# a sentence whose opening subject is one part of the company ("Its consumer health segment, Contoso Care, had ...")
_PART_SUBJECT = re.compile(r"(?i)\b(?:segments?|divisions?|business\s+units?|reporting\s+units?|operating\s+units?)\b")
_ASKS_WHOLE = re.compile(r"(?i)\bas\s+a\s+whole\b|\boverall\b|\b(?:company|group|firm)[- ]wide\b|\bconsolidated\b|"
                         r"\b(?:whole|entire|total)\s+(?:company|group|firm|business)\b|\bthe\s+group['’]s\b")
_PART_STOP = frozenset("its their our the a an of and segment segments division divisions business unit units reporting "
                       "operating which".split())


def _asks_part(question: str, part: str) -> bool:
    """Does the question ask the part of the company a sentence's opening names ("Its consumer mental health
    segment, Lumenia Mind")? Yes when it says "segment"/"division", one of the part's lower-case words ("mental
    health"), or the whole of one of its capitalised names ("Lumenia Mind", "Industrial"), and does not ask the
    whole ("as a whole", "overall", "consolidated")."""
    if _ASKS_WHOLE.search(question):
        return False
    if _PART_SUBJECT.search(question):
        return True
    q_lower = set(re.findall(r"\b[a-z][a-z-]+\b", question))
    if (set(re.findall(r"\b[a-z][a-z-]+\b", part)) - _PART_STOP) & q_lower:
        return True
    runs = [re.sub(r"^(?:The|Its|Our|Their)\s+", "", r) for r in re.findall(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*", part)]
    return any(re.search(rf"(?<![\w-]){re.escape(r)}(?![\w-])", question) for r in runs if r.lower() not in _PART_STOP)


_WHOLE_WORDS = re.compile(r"(?i)\b(?:group|consolidated|company[- ]wide|group[- ]wide|total\s+company|whole\s+company)\b")


def _other_scope(asked: AskedMeasure, opening: str, after: str, words: str = "") -> bool:
    """Is a figure of a sentence about a part of the company the asked one's by its subject? General rule: the
    subject governs the figure. A figure in a sentence whose opening subject is a segment or division is that
    part's, unless the words right after it give it to the whole ("against 9.8% for the company as a whole"); a
    question asking the company (or "as a whole") is not answered by the part's figure, and a question asking the
    part not by the whole's."""
    if not asked.question or not _PART_SUBJECT.search(opening):
        return False
    # the whole's by the words after it, or by its own governing words ("out of group revenue of US$4.48 billion")
    whole = bool(_WHOLE_AFTER.match(after)) or (bool(_WHOLE_WORDS.search(words)) and not _PART_SUBJECT.search(words))
    part_asked = _asks_part(asked.question, opening)
    return whole == part_asked


_YEAR_END_Q = re.compile(r"(?i)\b(?:at|by|as\s+of)\s+(?:the\s+)?end\s+of\s+(?:its\s+|the\s+)?(?:fiscal\s+|calendar\s+)?"
                         r"(?:year\s+)?(?:fy\s?)?(?:19|20)?\d\d\b|\byear[- ]end\b")
_FOURTH_QUARTER_END = re.compile(r"(?i)\bend\s+of\s+(?:the\s+|its\s+)?(?:fiscal\s+)?fourth\s+quarter\b|\bq4[- ]end\b")


def _same_point(question: str, said: str) -> bool:
    """Is a figure stated at the end of the fourth quarter asked at the end of the year ("How many branches did
    it run at the end of fiscal 2025?" / "At the end of the fourth quarter of fiscal 2025, the Company ran 412
    branches")? A count or balance at a point in time is the same at both: the year ends with its fourth quarter."""
    return bool(_YEAR_END_Q.search(question) and _FOURTH_QUARTER_END.search(said))


_GROWTH_RATE = re.compile(r"(?i)\bgrowth\s+rates?\b|\brates?\s+of\s+(?:growth|increase|expansion)\b")


def _tie(asked: AskedMeasure, words: str, form: str, kind: str, per: str | None, subject: str, context: str,
         clause: str = "", unit: str | None = None, opening: str = "", around: str = "", after: str = "",
         head: str = "") -> str:
    """The verdict for one figure: ``TIED``, ``OTHER`` or ``UNKNOWN`` (see the module's rules)."""
    if asked.money and kind in ("percent", "points") or asked.percent and kind == "money":
        return OTHER  # "in USD millions" is never a percentage; a share or margin never money
    if asked.money and kind == "number" and _COUNT_NOUN.match(after):
        return OTHER  # a dollar amount asked: "originated 6,912 loans" counts loans, it is no amount of money
    if asked.count and kind in ("money", "percent"):
        return OTHER  # "how many": a count, never an amount of money or a percentage
    if asked.counted and kind == "number" and _counts_other(asked.counted, after):
        return OTHER  # "how many stores": "about 240 vendors" counts another thing
    if asked.doing and kind == "number" and predicate_disagrees(asked.doing, after):
        return OTHER  # "how many adults were on the therapy": "9.4 million adults had insurance coverage for it"
    if asked.family in _PERCENT_FAMILIES and asked.form == "level" and kind == "number" and not context:
        return OTHER  # a margin or a share asked: a plain count ("opened 85 shops") is no percentage
    said = clause or words
    own = _length(said) or _length(opening)  # "For the third quarter, Contoso expects revenue of $X"
    if asked.length and own and own != asked.length and not _same_point(asked.question, f"{said} {opening}"):
        return OTHER  # the full year asked, a quarter's figure (or the reverse)
    if _other_scope(asked, head or opening, after, words):
        return OTHER  # the company asked, its segment's figure (the whole's is "for the company as a whole"), or back
    scenario = _case(said) or _case(opening)
    if asked.case and scenario and scenario != asked.case:
        return OTHER  # the high case asked, the base case's figure stated
    if asked.dimension and unit and unit != asked.dimension:
        return OTHER  # capacity in GW asked, electricity use in TWh stated
    if asked.basis and other_basis(asked.basis, f"{opening} {said}"):
        return OTHER  # "counting visits" asked: "By spending rather than visits, its share was 29%"
    if asked.predicate and not asked.predicate <= _words(said):
        return OTHER  # "how many were company-run": "Of the 1,800 outlets" is the whole, not the part asked
    if not asked.family:
        return UNKNOWN
    if asked.form == "level" and (asked.family in _MONEY_FAMILIES and kind == "percent"
                                  or asked.family in _PERCENT_FAMILIES and kind == "money"):
        return OTHER  # a revenue's level is an amount of money, a margin's a percentage
    if asked.per and kind != "percent":
        unit = per or _per(words) or _per(context)
        if unit is None or not set(asked.per.split()) <= set(unit.split()):
            return OTHER  # "per loaded mile" asked: a total, or per total mile, is another measure
    if asked.form == "share":
        if kind == "money" and asked.portion:
            # "how much of its labour spending went on contract labour": a share of a measure, not the part's amount
            return OTHER
        if kind != "percent":
            return UNKNOWN if kind == "number" else OTHER
        if form != "share":
            return OTHER if form == "change" else UNKNOWN
        if asked.part:
            said = _words(_aside_free(subject + " " + words))
            if re.search(r"(?i)\b(?:its|their)\s+(?:\w+\s+)?share\b", subject + " " + words):
                # "Australia remains the largest producer, but its share of mined supply fell to 35%": "its" is the
                # sentence's subject, whose share it is
                said |= _words(_aside_free(head or opening))
            return TIED if asked.part <= said else OTHER  # another part's share (or the whole's)
        if asked.state:
            # "what share of clinics are understaffed": "28% of clinics said they had lost a nurse" is the share of
            # another state; at least half the asked state's words must be said in the figure's own clause or by
            # the sentence's subject ("Collaborative robots (cobots) ... made up about 11% of installations")
            said = _words(f"{clause or words} {opening}")
            return TIED if 2 * len(asked.state & said) >= len(asked.state) else OTHER
        return TIED
    if asked.family == "eps" and per is not None:  # "$3.12 per diluted share" is earnings per share
        return TIED if "share" in per else OTHER
    paid_per = per or _per(words)
    if asked.family == "price" and asked.per and kind == "money" and paid_per is not None \
            and set(asked.per.split()) <= set(paid_per.split()) \
            and not {f for f, _, _ in _families(re.sub(r"(?i)\b(?:in\s+)?cash\b|\bper\s+\w+", " ", words))} - {"price"}:
        # "what price per share": "$118 in cash per share" is an amount paid for each share, its price ("in cash" says
        # how it is paid, no measure of its own)
        return TIED
    if _bound_to_other_noun(words):
        return OTHER  # "capital ratio requirements include ... a GSIB surcharge of 3.5%": the surcharge's figure
    fams = {f for f, _, _ in _families(words)}
    if asked.family not in ("ratio", "return", "margin", "rate") and (_ratio_of(words) or _MULTIPLE.match(after)):
        return OTHER  # "net debt to adjusted EBITDAre was 5.1x": a ratio of a measure to another is neither measure
    if asked.family in ("margin", "ratio", "rate") and form == "share" and kind == "percent":
        return OTHER  # "61% of the total" is a share, not a margin or a rate
    if asked.form == "level" and form == "change":
        return OTHER  # "revenue rose 12%", "margin expanded 40 basis points": a move is not the level asked
    if not fams and asked.family == "rate" and form == "change" and kind == "percent" \
            and _GROWTH_RATE.search(asked.question or ""):
        return TIED  # "what growth rate did that represent": "an increase of 9.6%" is a growth rate, whatever grew
    if not fams:
        return UNKNOWN
    ok = {asked.family, *_COMPATIBLE.get(asked.family, ())}
    if asked.family == "profit" and fams & {"margin"} and kind == "money":
        fams -= {"margin"}
    head = _head(words)
    if asked.family == "ratio" and _ratio_of(words):
        fams, head = fams | {"ratio"}, "ratio"  # "net debt to adjusted EBITDA was 5.1 times": the ratio asked
    if (head is not None and head not in ok and not (fams & ok and head in ("share", "cash"))) or not fams & ok:
        if asked.verb and fams & (_MONEY_FAMILIES | {"pay", "price", "rate"}):
            return UNKNOWN  # "How much did it spend": a money measure may be what it spent, none is preferred
        return OTHER
    if bool(_ADJUSTED.search(words)) != asked.adjusted:
        return OTHER  # adjusted vs reported
    levels = _levels(words)
    if asked.levels and levels and not asked.levels & levels:
        return OTHER  # gross margin asked, operating margin stated
    if asked.mods and not asked.mods <= _stems_of(f"{words} {clause} {opening if not fams else ''} {context} {around}"):
        return OTHER  # "same-store sales growth" asked: total revenue's growth is another measure
    if asked.per and kind == "percent":
        return OTHER
    return TIED


# nouns that, right before "of <figure>", leave the figure to the measure named before them ("a total of", "growth of",
# "a target of"): an amount, a move, an expectation of it
_GENERIC_OF = frozenset("""total totals level levels average averages sum amount amounts value values figure figures record
    high highs low lows peak estimate estimates increase increases rise rises gain gains growth decline declines drop drops
    fall falls reduction reductions change changes improvement expansion contraction jump jumps climb equivalent excess
    range target targets guidance outlook forecast forecasts expectation expectations goal goals projection projections
    tally count number run-rate one each all most majority half part portion basis result results percentage percent
    minimum maximum""".split())
_OF_FIGURE = re.compile(r"(?i)\b([a-z][a-z-]*)\s+of\s+(?:about|approximately|roughly|nearly|some|around|almost|over|"
                        r"under|(?:more|less)\s+than|up\s+to|an\s+estimated|a\s+record)?\s*$")


_ATTRIBUTIVE_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|our)\s+$")
_NOT_NOUN_AFTER = re.compile(r"(?i)^\s+(?:of|in|for|to|from|on|at|by|and|or|than|as|with|per|a|an|the|year|yoy|y/y|"
                             r"points?|compared|versus|vs\.?|against|over|under|higher|lower|more|less|increase|decrease|"
                             r"rise|fall|drop|gain|growth|decline|jump|[a-z]+ly|[a-z]+ed|was|were|is|are)\b")


def _attributive(before: str, after: str) -> bool:
    """Does a percentage stand before a noun that is not the asked measure, with a determiner before it ("plus a 3.2%
    SCB", "before the 30% federal tax credit", "a 5% stake")? Such a figure qualifies that noun; it is no level of a
    measure named elsewhere in the sentence. ``before``/``after``: the text before and after the figure."""
    if not _ATTRIBUTIVE_BEFORE.search(before):
        return False
    nxt = re.match(r"\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})", after)
    return bool(nxt) and not _NOT_NOUN_AFTER.match(after) and not _families(nxt.group(1))


_OF_THE = re.compile(r"(?i)(?:^|[.;]\s*|,\s*)of\s+(?:the|its|their|all|some)\s+(?:(?:roughly|about|some|nearly|approximately|"
                     r"around|almost|estimated)\s+)?$")
_STATE_STOP = frozenset("""were was are is be been being had has have having on in at for of to a an the or and by with
    from versus vs than before after year years end who that which as""".split())


def _whole_of_part(doing: tuple[str, ...], before: str, after: str) -> bool:
    """Is a count the whole that a sentence then takes a part of ("Of the roughly 160 million Americans with
    employer-sponsored insurance, we estimate that about 55 million had coverage ...") while the question asks the
    count of those in a state ("How many Americans were on a GLP-1?") its noun phrase does not say? Such a figure
    counts the whole, not the asked state: fewer than half the state's words (past its verbs and prepositions, periods
    left out) are said before the comma that closes the phrase."""
    if not _OF_THE.search(before):
        return False
    state = {w for w in doing if w not in _STATE_STOP and not re.search(r"\d{4}", w)}
    if not state:
        return False
    phrase = set(re.findall(r"[a-z0-9][a-z0-9-]*", after.split(",")[0].lower()))
    return 2 * len(state & phrase) < len(state)


def _bound_to_other_noun(words: str) -> bool:
    """Is a figure bound by "<noun> of" to a noun that names no measure, while a measure is named further back in its
    governing words ("The CET1, Tier 1 and Total capital ratio requirements each include a respective minimum plus a
    GSIB surcharge of 3.5%")? General rule: "<noun> of N" makes N the noun's figure; the measure named before it
    governs another figure or none. A generic noun of amount, move or expectation ("a total of", "growth of", "a
    target of") leaves the figure to that measure."""
    m = _OF_FIGURE.search(words)
    if m is None or m.group(1).lower() in _GENERIC_OF or _families(m.group(1)) or not _families(words[: m.start()]):
        return False
    # a family said right before the noun is the same phrase ("operating margin guidance of", "revenue run-rate of")
    if _families(" ".join(words[: m.start()].split()[-2:])):
        return False
    # "sales of floor robots of $2.4 billion", "net income attributable to Contoso of $121 million": the noun is the
    # object of the measure's own phrase
    last = _families(words[: m.start()])[-1]
    return not re.fullmatch(r"(?i)\s*(?:of|for|on|in|from|at|(?:attributable\s+)?to)\s+(?:[\w'’&-]+\s+){0,4}",
                            words[last[2] : m.start()])


_MULTIPLE = re.compile(r"(?i)(?:x|\s*times)\b(?!\s+(?:as|more|less|higher|lower|larger|smaller))")


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


# a figure compared with the one before it ("..., up from 7.1 million a year earlier"): the same measure, another period
_COMPARED_TO = re.compile(r"(?i)(?:\b(?:up|down|rising|falling|increased|decreased|grew|fell)\s+from|\bcompared\s+(?:with|to)|"
                          r"\bagainst|\bversus|\bvs\.?)\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+)?$")


def figure_ties(asked: AskedMeasure, text: str, around: str = "") -> list[tuple[Figure, str]]:
    """Each figure of a sentence with its verdict against the asked measure (``around``: the heading, the sentence
    before and the report's title, which may say a qualifier of the measure once for a paragraph)."""
    out: list[tuple[Figure, str]] = []
    for f in _figures(text):
        verdict = _tie(asked, f.words, f.form, f.kind, f.per, f.subject, "", f.clause, f.unit, f.opening, around,
                       f.after, f.head)
        if verdict != OTHER and asked.doing and f.kind == "number" and _whole_of_part(asked.doing, text[: f.start], f.after):
            verdict = OTHER  # "Of the roughly 160 million Americans with employer-sponsored insurance, ...": the whole
        if verdict != OTHER and asked.family and f.kind == "percent" and f.form == "level" \
                and _attributive(text[: f.start], text[f.end :].lstrip("%")):
            verdict = OTHER  # "plus a 3.2% SCB", "before the 30% federal tax credit": the figure qualifies another noun
        if verdict == UNKNOWN and asked.doing and out and out[-1][1] == OTHER and out[-1][0].kind == f.kind \
                and _COMPARED_TO.search(text[max(0, f.start - 30) : f.start]):
            verdict = OTHER  # "9.4 million adults had coverage ..., up from 7.1 million": the same count, a year before
        if verdict != OTHER and asked.counted and f.kind == "number" and _counts_other_subject(asked.counted, f):
            verdict = OTHER  # "while sales of kick scooters dropped to 3.9 million units": kick scooters counted
        if verdict != OTHER and f.kind in ("money", "number") and _average_for_total(asked.question, f):
            verdict = OTHER  # "premiums" asked: "the average annual premium per policy climbed to $1,770" is per policy
        if verdict != OTHER and f.kind in ("money", "number") and _for_another_kind(asked.question, text, f):
            verdict = OTHER  # "an e-scooter on average" asked: "EUR 14,200 for an off-road scooter" is one kind's price
        out.append((f, verdict))
    if asked.question and _AVERAGE_ASKED.search(asked.question) \
            and any(v != OTHER and _PER_UNIT_SAID.search(_own_words(f)) for f, v in out):
        # an average asked and the sentence states one: its totals are not the answer ("e-scooter sales were worth EUR
        # 14.9 billion ..., and discounting pulled the average selling price down to EUR 2,910")
        out = [(f, OTHER if f.kind in ("money", "number") and not _PER_UNIT_SAID.search(_own_words(f)) else v)
               for f, v in out]
    return out


_AVERAGE_ASKED = re.compile(r"(?i)\b(?:average|averaged|mean|median|typical|typically)\b")


_COUNT_SUBJECT = re.compile(r"(?i)\b(?:sales|shipments|deliveries|registrations|production|output|imports|exports)\s+of\s+"
                            r"(?:(?:new|used|all|the|their|its)\s+)?((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*s)\b")
_GENERIC_AFTER = re.compile(r"(?i)\s*(?:(?:thousand|million|billion)\s+)?(?:units?|pieces|items|vehicles\b(?=\s+sold))?\b")


def _counts_other_subject(counted: str, f: "Figure") -> bool:
    """Rule: a count written in generic units ("3.9 million units", or no noun at all) counts what its own clause
    says is sold, shipped or made ("while sales of kick scooters without a motor dropped 7% to 3.9 million
    units"): another thing than the asked one ("how many e-scooters") is another count."""
    toks = re.findall(r"[a-z][a-z-]*", f.after.lower())[:2]
    if toks and toks[0] not in ("units", "unit", "pieces", "items") and toks[0].endswith("s") and len(toks[0]) > 3:
        return False  # a noun of its own after the figure: ``_counts_other`` reads it
    m = None
    for m in _COUNT_SUBJECT.finditer(f.words or f.subject):
        pass
    if m is None:
        return False
    nouns = {_noun(w) for w in re.findall(r"[a-z][a-z-]*", m.group(1).lower()) if w.endswith("s") and len(w) > 3}
    return bool(nouns) and not any(n == counted or any({n, counted} <= g for g in _SAME_COUNT) or n in _GENERIC_COUNT
                                   for n in nouns)


# a figure stated per unit or as an average: "the average annual premium per policy", "median pay", "per household"
_PER_UNIT_SAID = re.compile(r"(?i)\b(?:average|mean|median|typical)\b|\bper\s+(?!cent\b)[a-z]")
# a question asking per unit or an average, or a measure that is one by nature (a price, a rate, a margin), or one
# thing's amount ("what did a rider pay for an e-scooter")
_PER_UNIT_ASKED = re.compile(r"(?i)\b(?:average|averaged|mean|median|typical|typically|per|each|every|apiece|a|an|one|"
                             r"prices?|priced|fares?|rents?|wages?|salar(?:y|ies)|rates?|yields?|margins?|ratios?|"
                             r"share|percent(?:age)?|proportion|multiple)\b")


def _own_words(f: "Figure") -> str:
    """The words governing a figure that are its own: after any other figure they hold, and that figure's unit ("at a
    rental price of $2 per GPU hour comes to": "comes to"; "per GPU hour" is the $2's)."""
    words = f.words or f.subject
    last = None
    for last in re.finditer(r"\d[\d.,]*", words):
        pass
    if last is not None:
        words = words[last.end() :]
    # a clause opening with "per <unit>" goes on from the figure before it: the unit is that figure's
    return re.sub(r"(?i)^\s*(?:(?:%|percent|[a-z]+)\s+)?per\s+[\w-]+(?:\s+[\w-]+)?", " ", words)


def _average_for_total(question: str, f: "Figure") -> bool:
    """Rule: a figure its own clause states per unit or as an average ("the average annual premium per policy climbed
    to $1,770") is not the total a question asks without an average, a per-unit word or a measure that is per unit by
    nature ("What did homeowners premiums come to in 2024?": the premiums written, a total)."""
    if not question or _PER_UNIT_ASKED.search(question):
        return False
    return bool(_PER_UNIT_SAID.search(_own_words(f)))


_FOR_ONE = re.compile(r"(?i)^\s*for\s+(?:a|an|each|one|every)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                      r"(?=\s*[,.;)]|\s+(?:and|while|but|whereas|against|in|on|at|from|to|with)\b|\s*$)")
_ONE_COSTS = re.compile(r"(?i)\b(?:a|an|each|one)\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)\s+(?:cost|costs|sold\s+for|sells\s+for|"
                        r"fetched|fetches|went\s+for)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
                        r"just\s+(?:over|under)\s+)?(?:[A-Z]{3}\s*|[$€£]\s?)?$")


def _kind_owner(text: str, f: "Figure") -> str | None:
    """The one thing a figure is the amount for, when the sentence says so right by it: "EUR 14,200 for an
    off-road scooter" -> "off-road scooter", "a folding e-scooter cost EUR 5,100" -> "folding e-scooter"; else
    None."""
    m = _FOR_ONE.match(text[f.end :])
    if m:
        return m.group(1)
    m = _ONE_COSTS.search(text[max(0, f.start - 80) : f.start])
    return m.group(1) if m else None


def _for_another_kind(question: str, text: str, f: "Figure") -> bool:
    """Rule: a figure the sentence gives for one kind of thing ("EUR 14,200 for an off-road scooter") answers a question
    about that kind only: when the kind narrows the asked thing by a word the question does not say ("an off-road
    scooter" for "an e-scooter"), or when the sentence gives such a figure for each of several kinds none of which the
    question names (a breakdown: "EUR 9,400 for a commuter e-scooter and EUR 2,300 for a child's e-scooter"), the
    figure is another thing's."""
    if not question:
        return False
    owner = _kind_owner(text, f)
    if owner is None:
        return False
    asked, own = _words(question), _words(owner)
    if not own or own <= asked:
        return False
    if own & asked:
        return True  # the asked thing with a word narrowing it to one kind
    owners = {o for g in _figures(text) if (o := _kind_owner(text, g)) is not None}
    return len(owners) >= 2 and not any(_words(o) <= asked for o in owners)


def tied_spans(question: str, text: str, around: str = "") -> list[tuple[int, int, str, str]] | None:
    """(start, end, verdict, governing words) of each figure of ``text``; None when the question's measure is not
    read."""
    asked = asked_measure(question)
    if asked is None:
        return None
    return [(f.start, f.end, v, f.words) for f, v in figure_ties(asked, text, around)]


def says_group(question: str, text: str) -> bool:
    """Does ``text`` (a quote with its context and title) say the word narrowing the group the question asks about
    ("did liquid-cooled data centres achieve": liquid)? True when the question narrows no group."""
    asked = asked_measure(question)
    return asked is None or not asked.group or asked.group in _stems_of(text)


# a period phrase closing the asked noun phrase ("in 2024", "for fiscal 2025", "during the first half of 2024")
_CLOSING_WORDS = (r"(?:(?i:the|its|their|fiscal|calendar|financial|full|whole|first|second|third|fourth|half|quarter|"
                 r"year|six|nine|twelve|months?|weeks?|ended|ending|end|of)|(?:January|February|March|April|May|June|July|"
                 r"August|September|October|November|December)|\d{1,2},?)")
_CLOSING_PERIOD = re.compile(rf"[\s,]+(?i:in|for|during|at|as\s+of|by|over|through|since|between)\s+(?:{_CLOSING_WORDS}\s+){{0,6}}"
                             r"(?:(?:19|20)\d\d(?:[-–/]\d\d)?|(?i:fy)\s?\d{2,4}|(?i:q)[1-4])\b.*$")
_COPULA_FRAME = re.compile(r"(?i)^(?:[^,]*,\s*)?(?:what|how\s+much|how\s+large|how\s+big)\s+(?:was|were|is|are|will\s+be|"
                           r"has\s+been|have\s+been)\s+(?P<np>.+)$")
_DO_FRAME = re.compile(r"(?i)^(?:[^,]*,\s*)?(?:how\s+much|what(?:\s+amount)?)\s+(?:did|do|does|will|would|can|could)\s+(?P<rest>.+)$")
# "What tolls did it collect": the noun asked before the do-frame ("how much power does it draw" names a substance
# whose amount its unit states, "120 kW": no noun to say)
_NOUN_FRAME = re.compile(r"(?i)^(?:[^,]*,\s*)?(?:what|which)\s+(?P<np>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:did|do|does|"
                         r"will|would|has|have|had)\b")
_NP_PREP = re.compile(r"(?i)^(?:of|in|on|for|per|from|at|to|by|with|under|over|into|across|among|through|during|as|"
                      r"than|and|or|that|which|who)$")
_NOT_HEAD = frozenset("""much many total amount amounts figure figures value values level levels number numbers sum
    worth it they them this that these those one ones all both each year years quarter quarters half month months
    period periods date time average""".split())


# nouns that ask what happened or how things stand, not how much: "what was the outcome of the rate case" is answered
# by a sentence telling it ("the commission approved a $42 million increase"), which need not say "outcome"
_DESCRIBED = frozenset("""outcome result status state effect impact reason cause nature purpose terms basis consequence
    response decision conclusion ruling verdict progress situation condition strategy plan approach rationale
    significance""".split())


# nouns of a statement about a measure, not the measure: "the forecast for installations" asks installations
_STATEMENT_NOUN = re.compile(r"(?i)^(?:forecasts?|estimates?|projections?|outlook|expectations?|predictions?|guidance|"
                             r"targets?|goals?|figures?|numbers?|levels?|values?|amounts?|totals?)$")


def _np_head(np: str) -> str | None:
    """The head of a noun phrase: the last word before its first preposition or relative word ("taxes on online
    betting" -> taxes; "online sports betting handle" -> handle), a participle after it skipped ("the amount
    wagered on ..." -> amount); a statement noun's measure is the phrase after its "for/of" ("the forecast for
    offshore installations" -> installations)."""
    words, rest = [], []
    split = np.split()
    for k, w in enumerate(split):
        if _NP_PREP.match(w.strip(",;:")):
            rest = split[k:]
            break
        words.append(w.strip(",;:'’\"()"))
    qualified = False
    while words and re.fullmatch(r"(?i)[a-z]+ed", words[-1]) and len(words) > 1:
        words.pop()  # "the total amount wagered": a participle qualifying the head
        qualified = True
    if words and not qualified and _STATEMENT_NOUN.match(words[-1]) and rest and rest[0].lower() in ("for", "of"):
        return _np_head(" ".join(rest[1:]))
    return words[-1] if words else None


def measure_head(question: str) -> str | None:
    """The head noun of the noun phrase an amount question asks about, read from its frame: "what was/were NP",
    "how much did S <verb> <prep> NP", "what NP did S <verb>" ("how much did states collect in online sports betting
    taxes in 2024" -> "taxes"; "what was Illinois's online sports betting handle in 2024" -> "handle"). None for a
    verb asked alone ("how much did the segment earn"), a name, a word that names no measure ("total", "amount"), a
    portion ("how much of X came from Y"), a share, count, length or change (their own checks read those), or any
    other frame."""
    q = question.strip().rstrip("?.! ")
    if re.search(r"(?i)\bhow\s+much\s+of\b|\bhow\s+many\b|\bhow\s+(?:long|far|fast|quickly)\b", q) \
            or _SHARE_Q.search(q) or _CHANGE_Q.search(q):
        return None
    q = _CLOSING_PERIOD.sub("", q).rstrip(" ,")
    head = None
    if (m := _COPULA_FRAME.match(q)) is not None:
        head = _np_head(m.group("np"))
    elif (m := _NOUN_FRAME.match(q)) is not None:
        head = _np_head(m.group("np"))
    elif (m := _DO_FRAME.match(q)) is not None:
        words = m.group("rest").split()
        at = next((k for k, w in enumerate(words) if _NP_PREP.match(w) and k > 0), None)
        if at is None or words[at].lower() not in ("in", "on", "as", "into", "from"):
            return None  # "How much did the unit earn": the verb is the measure, no noun to say
        head = _np_head(" ".join(words[at + 1 :]))
    if head is None or not re.fullmatch(r"[a-z][a-z-]{2,}", head) or head in _STOP or head in _NOT_HEAD \
            or _FAMILY_RX.fullmatch(head) or _DESCRIBED & {head, re.sub(r"s$", "", head)}:
        return None
    return head


_HOW_MUCH_OF = re.compile(r"(?i)\bhow\s+much\s+of\b")


def portion_part(question: str) -> frozenset[str]:
    """The stems of the part a "how much of <whole> came from <part>" question asks, whatever its whole ("How much of
    the 2024 growth in stakes came from newly licensed regions?" -> {newly, licens, region}); empty when it asks none
    (the whole a measure family names is read by ``share_part``)."""
    if not _HOW_MUCH_OF.search(question) or _PORTION_Q.search(question):
        return frozenset()
    after = question[_HOW_MUCH_OF.search(question).end() :]
    if re.match(r"(?i)\s*(?:it|them|that|this|these|those)\b", after):
        return frozenset()  # "how much of it came from ...": the whole is the figure before, read by ``share_part``
    m = _PART_Q.search(after)
    if m is None or not m.group(1):
        return frozenset()
    part = _SET_ASIDE.sub(" ", m.group(1))
    return frozenset(w for w in _words(part) if not re.fullmatch(r"\d+", w)) - _GENERIC_PART


def says_head(head: str, text: str) -> bool:
    """Does ``text`` say the head noun (any inflection, or a word built on it: "taxes" ~ "tax", "taxable")?"""
    base = head.lower()
    if base.endswith("ies") and len(base) > 4:
        base = base[:-3]
    elif re.search(r"(?:ss|x|ch|sh)es$", base):
        base = base[:-2]
    elif base.endswith("s") and not base.endswith("ss"):
        base = base[:-1]
    return bool(re.search(rf"(?i)\b{re.escape(base[:max(3, len(base) - 1)] if base.endswith('e') else base)}", text))


def answers(question: str, text: str, context: str = "", title: str = "") -> bool:
    """May a sentence answer the amount ``question`` by its figures? Yes when one figure is tied to the asked
    measure, or when one's words name no measure and the sentence or its ``context`` (the sentence before, the
    heading) names the asked one; no when every figure is another measure's (or none is named). True when the
    question's measure is not read or the sentence states no figure (other checks judge it)."""
    asked = asked_measure(question)
    head = measure_head(question) if asked is None or not asked.family and asked.form == "level" and not (
        asked.count or asked.length or asked.dimension) else None
    if head and not says_head(head, f"{text} {context} {title}"):
        # "How much did states collect in betting taxes?": a sentence that never says taxes ("Bettors wagered $146
        # billion") states another measure of the same topic, whatever figure it gives
        return False
    part = portion_part(question)
    if part and 2 * len(part & _words(_aside_free(text))) < len(part):
        # "How much of the increase in stakes came from new regions?": a sentence not saying the part ("Players
        # staked EUR 18.4 billion, 6% more") gives the whole's figure, not the part's
        return False
    if asked is None:
        return True
    ties = figure_ties(asked, text, f"{context} {title}")
    if not ties:
        # "Net debt to adjusted EBITDAre was 5.1x": a multiple is a ratio's figure, never another measure's level
        return not (asked.family and asked.family not in ("ratio", "return", "margin", "rate")
                    and re.search(r"(?i)\d(?:\.\d+)?x\b", text))
    if asked.group and asked.group not in _stems_of(f"{text} {context} {title}"):
        return False  # "liquid-cooled data centres" asked: "across the 1,150 facilities in our survey" is every site
    if asked.target:
        cause = _CAUSE_SAID.search(text)
        if cause and asked.target & _words(text[cause.end() :]) and not asked.target & _words(f"{text[: cause.start()]} {context}"):
            return False  # "R&D expense rose to $68.4 million, primarily due to the Phase 3 trial": the trial is a cause
    if any(v == TIED for _, v in ties):
        return True
    unknown = [f for f, v in ties if v == UNKNOWN]
    if not unknown:
        return False
    if asked.form == "share":
        if asked.state and not 2 * len(asked.state & _words(text)) >= len(asked.state):
            return False  # a share of members in a state the sentence never says
        return not asked.part or asked.part <= _words(_aside_free(text))
    if asked.mods and not asked.mods <= _stems_of(f"{text} {context} {title}"):
        return False  # "same-store sales" asked: a sentence that never says same-store states another measure
    if asked.verb or asked.spent or not asked.family:
        return True  # "How much did Lumen spend (on capex)": "Lumen will invest $9 billion" need not say it
    # a figure whose clause names no measure ("down from 29% a year earlier", "Sorvik originally reported $1.30
    # billion") is the asked measure's only where the sentence, the one before, its heading or the report's title
    # names that measure; a line of a table's cells ("| Wingtip | Dec 2024 | $1,310m | 9% |") without its head row
    # likewise (a cell is governed by its column head, which the line does not carry)
    ok = {asked.family, *_COMPATIBLE.get(asked.family, ())}
    if any(_DIMENSION_FAMILY.get(f.unit or "") in ok for f in unknown):
        return True  # "the 835 MW reactor": a capacity stated by its unit
    named = {f for f, _, _ in _families(f"{text} {context}")}
    return bool(named & ok)


def row_tie(question: str, label: str, context: str, cells: str = "") -> str:
    """The verdict for a table row: its label governs its figures, the caption/unit line (``context``) when the label
    names no measure. A row of another measure ("Gross margin (%)" for a bill rate), of another unit ("per total
    mile" for "per loaded mile") or adjusted for reported is ``OTHER``."""
    asked = asked_measure(question)
    if asked is None:
        return UNKNOWN
    kind = "percent" if re.search(r"\(%\)|%", label + " " + cells) else "money" if _MONEY.search(cells) else "number"
    words = label if _families(label) else f"{label} {context}"
    per = _per(label) or (_per(context) if not _families(label) else None)
    if asked.count and kind == "percent":
        return OTHER  # "how many visits": a row of shares ("Medicare: 21%, 24%") counts nothing
    if asked.count and (kind == "money" or {f for f, _, _ in _families(f"{label} {context}")} & _MONEY_FAMILIES
                        or re.search(r"(?i)\$|\bin\s+(?:thousands|millions|billions)\b", context)
                        and not re.search(r"(?i)\b(?:units?|number|count)\b", f"{label} {context}")):
        # "how many units": a money row ("Proceeds from refranchising"), or a row of a table of money ("Net sales:
        # Stores", "(In thousands)"), is no count
        return OTHER
    if asked.count and not counted_said(question, f"{label} {context}"):
        return OTHER  # "how many refurbished mowers": a row of all mowers ("Nordics: 133, 141") counts another class
    if asked.form == "share" or not asked.family:
        return UNKNOWN
    if asked.per and per is None and _families(label):
        return OTHER  # a row of a total asked per unit
    return _tie(asked, words, "level", kind, per, label, context)

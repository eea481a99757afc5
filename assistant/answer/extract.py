"""Extractive answers: the sentence, list or table row of the reports that answers a question, quoted.

No generation. From the pages of the top hits, ``candidates`` cuts every sentence, every list (a lead-in or
heading with its bullets) and every table row (read as "label: values" under its column heads); each keeps
the heading above it, the table's unit and column heads, and, when it opens with "it"/"the company", the
sentence before it, which is where its subject is named. ``read_question`` works out what the question asks:

- the **answer type**: an amount (a figure with a unit, for the asked period), a list or an entity ("which
  companies", "who"), a reason ("why", "what drove"), a yes/no statement, or a description;
- the **subject**: the names in the question (a company, a product, an agency), which the candidate itself
  (or its heading, its table, its document's company) must name: a sentence about another company that
  merely mentions the asked one is not about it;
- the **periods** (years, quarters) an amount must be stated for;
- the **parts**: "in 2024, and for 2025?", "Alphabet and Meta", each answered on its own.

``score`` ranks the candidates for each part by semantic similarity (the retriever's embedder, any
``Embedder``), overlap with the question's content words, the answer type, the subject and the retrieval
rank. ``extract`` keeps the best candidate per part when it passes ``THRESHOLD``; ``render`` writes the
answer: a one-line lead that says where it comes from ("From 3M's 2018 10-K, p. 60:"), the candidate quoted
verbatim with its [n], lists as lists, and a Yes/No only when the quoted sentence states it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from ..types import Answer, Citation, DocMeta, Hit, SentenceCheck, Verification
from ..query.intent import is_yes_no
from ..text.names import lowercase_words, name_words, named_entities
from ..text.bindings import bind_numbers
from ..text.numbers import claims, parse_numbers
from ..text.places import COUNTRIES
from ..text.periods import doc_quarter, doc_year, periods_named
from ..text.sentences import content_words, is_heading, sentence_spans
from . import prose_causes as causes
from . import prose_changes as changes
from . import prose_columns
from . import prose_compare
from . import prose_current as current
from . import prose_disclosure as disclosure
from . import prose_drivers as drivers
from . import prose_events as events
from . import prose_figures as figures
from . import prose_filings
from . import prose_items as items
from . import prose_followups as followups
from . import prose_lists
from . import prose_measures
from . import prose_members as members
from . import prose_places
from . import prose_rankings as rankings
from . import prose_respective, prose_subjects
from . import prose_tables as tables
from . import prose_ties as ties
from . import prose_reasons as reasons
from . import prose_revisions as revisions
from . import prose_pdf_tables as pdf_tables
from . import table_rankings, table_sums
from . import prose_topics
from . import prose_verdicts
from . import prose_versus
from . import prose_voice

NO_VERDICT_TEXT = "The reports do not say yes or no in so many words; the closest statement:"
PARTIAL_TEXT = "The indexed reports answer only part of this question; what they say is quoted below."
NOT_COMPARABLE_TEXT = "The report notes that these figures are not on the same basis, so no yes or no; the figures:"
ATTRIBUTED_TEXT = "The reports do not state this themselves; they attribute it to {speaker}:"
THRESHOLD = 0.56  # below this best score a part is not answered (and with no part answered, mia declines)
WEIGHTS = {"similarity": 0.4, "overlap": 0.3, "subject": 0.18, "rank": 0.12}
SOFT_COSINE = 0.65  # an amount candidate not saying the words narrowing the asked measure needs this cosine
PARAPHRASE_FLOOR, PARAPHRASE_MAX = 0.5, 0.5  # an amount candidate's cosine above the floor counts as overlap (x2)
SIM_FLOOR, SIM_SPAN = 0.3, 0.55  # cosine similarity mapped linearly from SIM_FLOOR..SIM_FLOOR+SIM_SPAN onto 0..1
MAX_CANDIDATES_EMBEDDED = 12  # candidates embedded per part, the best by every other measure first
EMBED_WORDS = 60  # words of a candidate that are embedded
MAX_PAGES = 6  # pages of the top hits that candidates come from
OTHERS_SPREAD = 0.08  # a group question also quotes other members' answers scoring this close to the best
MAX_PER_PART = 3
VERDICT_OVERLAP = 0.5  # share of a yes/no question's words a sentence must state for its polarity to be the answer

# ------------------------------------------------------------------------------------------------- the question

_REASON_Q = re.compile(
    r"(?i)\bwhy\b|\bwhat\s+(?:\w+\s+){0,2}(?:drove|drives|driven|caused|causes|explains?|explained|led\s+to|"
    r"lies\s+behind|was\s+behind|is\s+behind|limited|limits|held\s+back|holds\s+back|contributed|helped|helps|"
    r"(?:held|holds|kept|keeps|dragged|drags|pulled|pushed)\s+(?:it|them|this|that)\s+(?:back|down)|"
    r"hurt|hurts|weighed\s+on|pushed|boosted|supported)\b|"
    r"\breasons?\b|\bwhat\s+did\s+.+\battribute\b|\battributed?\b.*\bto\?|\bdue\s+to\s+what\b|\bdrivers?\b|"
    r"\bhow\s+(?:can|could|is\s+it\s+possible\s+(?:that|for))\b"  # "how can occupancy exceed 100%": in what way, a reason
)
_NOT_VERB = r"(?!(?:was|were|is|are|did|does|do|has|have|had|will|would|can|could)\b)"
_PREP = r"(?:(?:in|from|to|for|at|among|by|with|on)\s+)?"  # "In which countries ...?"
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
_AMOUNT_Q = re.compile(
    r"(?i)\bwhat\s+(?:is|was|are|were|will\s+be)\s+the\s+(?:total\s+|combined\s+|aggregate\s+)?(?:amount|number|value|"
    r"sum|size|level)\b|"
    r"\bhow\s+(?:much|many|large|big|high|low|fast|long|wide|deep|steep)\b|\b(?:by\s+)?what\s+(?:share|percentage|percent|proportion|"
    r"portion|slice|fraction|price|rate|level|amount|value|capacity|number|factor|multiple)\b|\bat\s+what\s+(?:price|rate|cost)\b|"
    rf"\bwhat\s+(?:was|were|is|are|will\s+be)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){{0,5}}(?:{_METRIC}|percentages?)\b|"
    rf"^\s*what\s+(?:[\w'’.&-]+\s+){{0,3}}(?:{_METRIC})\b|"
    r"\b(?:what|how\s+much)\s+(?:is|was|are|were|will\s+be|would\s+be)\s+[^?]{0,80}?\bworth\b|"  # "what was X worth": money
    # "What did a buyer pay for one on average?", "What did premiums come to in 2024?": a verb whose object is the amount
    r"^\s*what\s+(?:did|does|do|will|would|could)\s+[^?]{1,80}?\b(?:pay|cost|come\s+to|amount\s+to|add\s+up\s+to|"
    r"sell\s+for|fetch|charge|earn|bring\s+in|total)(?=\s+(?:on\s+average|in|for|at|per|a|an|each|during|over|by|last|"
    r"this|to)\b|\s*[?,]|\s*$)"
)
_MONEY_Q = re.compile(
    r"(?i)\b(?:spend|spent|spending|cost|costs|price|priced|revenues?|sales|capex|capital\s+expenditures?|invest|"
    r"investment|pay|paid|income|profit|earn|earnings|worth|budget|dollars?|usd|charge|fee|valuation|purchases|"
    # money borrowed or raised: "how much could it still borrow under its revolver?" asks dollars, not months ("draw"
    # alone is no money word: a rack draws power)
    r"borrow|borrowed|borrowing|borrowings|loans?|debt|proceeds|raise|raised|cash|revolver|"
    r"credit\s+(?:facility|line)|line\s+of\s+credit)\b"
)
_PERCENT_Q = re.compile(r"(?i)\b(?:shares?|percent|percentages?|%|margins?|proportions?|portions?|fractions?|slices?|"
                        r"rates?)\b")  # "what portion of global spending does that amount to": a percentage
_COUNT_Q = re.compile(r"(?i)\bhow\s+many\b")
_FACTOR_Q = re.compile(r"(?i)\b(?:what|which)\s+(?:factor|multiple)\b|\bhow\s+many\s+times\b")
_CHANGE_Q = re.compile(
    r"(?i)\bby\s+how\s+much\b|\bhow\s+much\s+(?:higher|lower|more|less|bigger|smaller|larger)\b|"
    r"\bhow\s+(?:fast|quickly)\s+(?:did|has|have|does|do|is|are|was|were)\b|"
    r"\bhow\s+did\s+.+\bchange\b|\b(?:by\s+)?what\s+(?:percentage|percent|rate|factor)\b.*\b(?:grow|grew|rise|rose|"
    r"increase|decrease|fall|fell|decline|change)|\b(?:growth|change)\s+(?:in|of)\b.*\bfrom\b.*\bto\b|"
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
_WHEN_ASKED = re.compile(r"(?i)\b(?:what|which)\s+year\b|^\s*(?:by\s+)?when\b")
_MOVE_ONLY = frozenset({"fast", "quickly", "much", "far", "change", "changed", "move", "moved", "grow", "growth"})
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


_TITLE_YEAR = re.compile(r"\b[A-Z][A-Za-z&-]*\s+((?:19|20)\d\d)\s+(?=(?:report|survey|study|edition|outlook|review|"
                         r"index|update)\b)")  # fmt: skip


def _asked_years(text: str) -> set[int]:
    """The periods a question asks about: not the year in a title it cites ("the IEA's Electricity 2024
    report"), unless that is its only year."""
    years = _years(text)
    titled = {int(m.group(1)) for m in _TITLE_YEAR.finditer(text)}
    return years - titled if years - titled else years


def _years(text: str) -> set[int]:
    years = {int(m.group(1)) for m in _YEAR_TOKEN.finditer(text)}
    years |= {2000 + int(m.group(1)) for m in _FY2.finditer(text)}
    return years


def _quarters(text: str) -> set[int]:
    out = set()
    for m in _QUARTER.finditer(text):
        out.add(int(m.group(1) or m.group(2)) if (m.group(1) or m.group(2)) else _ORDINAL[m.group(3).lower()])
    return out


_YES_NO_AFTER_LEAD = re.compile(
    r"(?i)^[^,?]{0,80},\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should)\s"
)


_EITHER_OR = re.compile(r"(?i)\b([a-z]{3,}|up)\s+or\s+([a-z]{3,}|down)\b")


def _either_or(question: str) -> bool:
    """"Did it increase or decrease?", "improve or decline": the answer is one of the two, not yes or no."""
    for m in _EITHER_OR.finditer(question):
        a, b = _direction(m.group(1).lower()), _direction(m.group(2).lower())
        if a in ("up", "down") and b in ("up", "down") and a != b:
            return True
    return False


# "What industry does Contoso operate in?", "What does Northwind do?", "What is Tailspin's main business?"
_BUSINESS_Q = re.compile(
    r"(?i)^\s*(?:in\s+)?what\s+(?:industry|industries|sector|sectors|line\s+of\s+business|(?:kind|type|sort)\s+of\s+"
    r"(?:company|business|firm))\b|^\s*what\s+(?:does|do)\s+(?:[\w&.,'’-]+\s+){1,6}?do\s*\??\s*$|"
    r"^\s*what\s+(?:is|are)\s+(?:[\w&.,'’-]+\s+){1,6}?(?:main|primary|core|principal)?\s*business(?:es)?\s*\??\s*$|"
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
    if _singular_which(question):  # "Which region leads in ...?": one region asked; "leads" is its verb
        return "entity"
    if _BUSINESS_Q.search(question):
        return "business"
    if _REASON_Q.search(question) or causes.asks_reason(question):  # "What is pushing up ...", "what accounts for"
        return "reason"
    if reasons.asks_determinants(question):  # "What does demand for X depend on?": a list of what it depends on
        return "list"
    if _SHARE_Q.match(question):  # "What percentage of Glazeworks' sales ...": an amount, not a list of sales
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
    return bool(_MONEY_LEAD.search(lead)) and "%" not in lead and "percent" not in lead.lower()


def _states_figure(text: str) -> bool:
    """Does ``text`` state a number other than a bare year (1900-2100), the day of a date ("September 30") or a
    reference ("Item 8", "Note 14")?"""
    for m in _FIGURE_IN_TEXT.finditer(text):
        n = m.group(0).rstrip(",.")
        if re.fullmatch(r"(?:19|20)\d\d", n) or ties.day_of_date(text, m.start(), m.start() + len(n)) or re.search(
                r"(?i)\b(?:item|items|note|notes|part|section|page|exhibit|table|figure)\s+$", text[max(0, m.start() - 12) : m.start()]):
            continue
        return True
    return False


_DURATION_Q = re.compile(r"(?i)\bhow\s+long\b|\bhow\s+many\s+(?:months|years|weeks|days|hours|minutes)\b")
_DURATION = re.compile(r"(?i)^\s*(?:-\s*)?(?:months?|years?|weeks?|days?|hours?|minutes?|quarters?)\b")


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
    if ties.asks_portion(question):  # "how much of its labour spending went on contract labour": a share
        return "percent"
    if _PERCENT_Q.search(ties.PACE_RATE.sub(" ", re.sub(r"(?i)\bper\s+(?:diluted\s+|basic\s+|common\s+)?shares?\b", " ",
                                               question))):  # fmt: skip
        return "percent"  # "dividend per share" is money a share, no share of a whole; a production rate no percentage
    if _UNITS_Q.search(question):
        return "count"  # "What unit sales does it project?": a number of units sold, not the money they brought in
    if _MONEY_Q.search(question):
        return "money"
    return ""


# sales counted in units: "unit sales", "sales in units", "sales volumes": a count of things, never money
_UNITS_Q = re.compile(r"(?i)\bunit\s+(?:sales|shipments|deliveries|volumes?)\b|\b(?:sales|shipments|deliveries)\s+"
                      r"(?:in|by)\s+(?:units|volume)\b|\bsales\s+volumes?\b")


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in content_words(_SELF_NAMED.sub(" ", text)) if w not in _QUESTION_FRAME)


# the document named as the one asked ("What does the note project for 2025?", "What did the brief count?"): the
# report's name for itself, part of the question's frame, never a word its answer must say
_SELF_NAMED = re.compile(r"(?i)\b(?:does|did|do|will|would)\s+(?:the|this)\s+(?:note|brief|article|study|paper|"
                         r"analysis|survey|author|analysts?)\b")


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
_BASE_VERB = {"rose": "rise", "grew": "grow", "increased": "increase", "fell": "fall", "declined": "decline",
              "decreased": "decrease", "dropped": "drop", "up": "rise", "down": "fall"}
_BACK_TO_PREMISE = re.compile(r"(?i)\b(?:that|this|it)\s*\??\s*$|\b(?:it|that|this|them)\s+(?:back|down)\s*\??\s*$")


def read_question(question: str, vocab: set[str] = frozenset(), names: set[str] = frozenset(),
                  companies: set[str] = frozenset()) -> list[Asked]:  # fmt: skip
    """The parts of ``question``, each with its answer type, words, names and periods.

    ``vocab``/``names``: the lower-case and the name words of the text searched (``named_entities``), so
    that "Revenue" opening a question is not taken for a name; ``companies``: the words of the searched
    documents' company names (kept as names however the text writes them). A part that leaves out the subject or the
    topic ("..., and how much a year earlier?") takes them from the part before it; "Alphabet and Meta"
    asking one thing of each are two parts, unless the question combines them ("combined", "between").
    """
    q = _asked_text(question)
    member = _MEMBER_TAIL.search(q)
    if member:  # "..., and YouTube on its own?": a part of its own, built after the group's part below
        q = q[: member.start()]
    pieces = [p.strip(" ,;?") for p in _PART_SPLIT.split(_PART_IN_PARENS.sub(r", and \1; ", q)) if p and p.strip(" ,;?")]
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
        years, quarters = _asked_years(piece), _quarters(piece)
        then = _PREMISE_THEN.match(piece)
        if then and question_kind(then.group("asked").rstrip("?") + "?") == "reason" \
                and not _BACK_TO_PREMISE.search(then.group("asked")):
            # "Larchwood performed fewer services in the quarter. Why did its revenue still grow?": the premise names
            # the subject and the period; what is asked, and so its words and the effect to explain, is the question
            # sentence's ("fewer services" is no move of the revenue asked about)
            piece = then.group("asked").rstrip("?")
            gap = _GAP_ASKED.match(piece) and _LAGGING.search(then.group("premise"))
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
        measure = ""
        if parts:
            prev = parts[-1]
            for rx, delta in _RELATIVE:
                if rx.search(piece) and prev.years:
                    years |= {y + delta for y in prev.years}
            if not ents:
                ents = prev.entities
            if len(words - _RELATIVE_WORDS) < 2 or all(w in _MOVE_ONLY or _direction(w) for w in words - _RELATIVE_WORDS):
                # "..., and how much the year before?": the measure of the part before, for another period; "..., and
                # how fast did it grow?": the move of the measure before
                words = (words - _RELATIVE_WORDS) | prev.words
                measure = prev.measure or prev.text
            if not years and not _RELATIVE[0][0].search(piece) and not _WHEN_ASKED.search(piece):
                # (a part asking "in what year ...?" / "when ...?" asks the year itself: the part before's is no bound);
                # after an aside for the year before ("... (and how many a year earlier), what were ...?") the year of
                # the part that aside went back from
                anchor = next((p for p in reversed(parts) if not any(rx.search(p.text) for rx, _ in _RELATIVE)), prev)
                years = set(anchor.years)
            if kind == "describe" and prev.kind != "describe" and not _WHEN_ASKED.search(piece) and (len(piece.split()) <= 6
                                                                   or len(_words(piece) - _RELATIVE_WORDS) < 2):
                # "..., and what does the report expect for 2025?": no measure of its own, the one asked before ("...,
                # and when did that year end?" asks a date, never the amount asked before)
                kind = prev.kind
        unit = _unit(piece) if kind == "amount" else ""
        if parts and kind == "amount" and parts[-1].kind == "amount" and unit in ("", "count") and not _words(piece) - _RELATIVE_WORDS:
            unit = parts[-1].unit  # "how much the year before": the unit of the amount asked before
        # "..., and why did it go up?": the effect is the measure of the part before (prose_drivers)
        effect = drivers.effect_of_part(parts[-1].text, piece) if parts and kind == "reason" else ""
        since = changes.since_year(piece) or (parts[-1].since if parts and not _asked_years(piece) else None)
        # "... the five largest carriers fly in 2024, and what was Contoso Air's own share?": a member after its group
        alone = bool(parts and ents and not ents & parts[-1].entities and _asks_group(parts[-1].text))
        if alone:
            parts[-1] = replace(parts[-1], siblings=parts[-1].siblings | ents)
        parts.append(Asked(piece, kind, frozenset(words), ents, frozenset(years), frozenset(quarters), unit,
                           effect=effect, since=since, alone=alone,
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
    # "What were Tailspin's revenue and order backlog in 2024?": two measures asked, one part each (each answered or
    # said not to be found, never the first shown as the whole answer)
    if len(parts) == 1 and parts[0].kind in ("amount", "describe") and not _COMBINED.search(q):
        m = _TWO_MEASURES.search(parts[0].text)
        if m and not _ONE_LINE_ITEM.search(m.group(0)):
            p = parts[0]
            a_words, b_words = _words(m.group("a")), _words(m.group("b"))
            return [replace(p, text=p.text[: m.start()] + m.group("a") + p.text[m.end() :], words=p.words - (b_words - a_words)),
                    replace(p, text=p.text[: m.start()] + m.group("b") + p.text[m.end() :], words=p.words - (a_words - b_words))]
    # "How much do Alphabet and Meta plan to spend?": one part per company named in a conjunction
    if len(parts) == 1 and parts[0].kind in ("amount", "reason", "describe", "yesno") and not _COMBINED.search(q):
        split = _conjoined_names(q, parts[0].entities)
        if split:
            p = parts[0]
            return [Asked(p.text, p.kind, p.words - {n}, (p.entities - set(split)) | {n}, p.years, p.quarters,
                          p.unit, p.mentioned, frozenset(split) - {n}) for n in split]  # fmt: skip
    return parts


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
            and not _PERIOD_NAME.fullmatch(e) and e not in _FINANCE_TERMS}  # fmt: skip


def _conjoined_names(question: str, entities: frozenset[str]) -> list[str]:
    """The names joined by "and" in ``question`` ("Alphabet and Meta", "Arista, Broadcom and Cisco")."""
    m = re.search(r"\b([A-Z][\w&.-]*)((?:,\s+[A-Z][\w&.-]*)*),?\s+and\s+([A-Z][\w&.-]*)(?:['’]s)?\b", question)
    if not m or re.search(r"(?:['’]s|\bthe|\bof)\s*$", question[: m.start()]):
        return []  # "the IEA's Energy and AI report", "the Department of Energy and ...": one name
    names = [m.group(1), *re.findall(r"[A-Z][\w&.-]*", m.group(2) or ""), m.group(3)]
    keys = [n.lower().removesuffix("'s") for n in names]
    return keys if all(k in entities for k in keys) and len(set(keys)) >= 2 else []


# ----------------------------------------------------------------------------------------------- candidates

_BULLET = re.compile(r"^\s*(?:[-•*▪●◦–]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+(?=\S)")
_UNIT_LINE = re.compile(
    r"(?i)^\s*\(?\s*(?:in\s+)?(?:US\$|\$|€|£|¥|KRW|RMB|USD|EUR|millions?|billions?|thousands?|trillions?|%|"
    r"TWh|GWh|MW|GW|GB|TB|units?|percent)(?![\w])[^()]{0,60}\)?\s*$"
)
_NUMBER_CELL = re.compile(r"\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}(?=\s|$)")
_PERIOD_HEAD = re.compile(r"(?i)(?:FY\s?|Q[1-4]\s+)?(?:19|20)\d\d(?:\s*Q[1-4])?|Q[1-4]\s+(?:19|20)\d\d")
_ANAPHOR = re.compile(r"(?i)^\s*(?:it|its|they|their|the\s+company|the\s+group|the\s+firm|this|these|that|"
                      r"the\s+same|he|she|we|our)\b")
# "The $104.2 million increase was primarily due to ...": the change the sentence before states
_CHANGE_ANAPHOR = re.compile(r"(?i)^\s*the\s+(?:[$€£]?\s?\d[\d.,]*\s*(?:million|billion|thousand)?\s+|\d[\d.,]*\s?%\s+)?"
                             r"(?:increase|decrease|decline|rise|growth|change|improvement|reduction|drop)s?\b")
_WE = re.compile(r"(?i)^\s*(?:we|our|us|the\s+company|the\s+group)\b")


@dataclass(frozen=True)
class Candidate:
    """One sentence, list or table row of a page that might answer the question."""

    doc_id: str
    doc: str
    source: str
    page: int  # 1-based
    start: int  # offsets into the page text: the quote is page_text[start:end]
    end: int
    text: str  # what is shown: the sentence (whitespace collapsed), "label: values", or the list's lead-in
    kind: str  # "sentence", "row" or "list"
    heading: str = ""  # the heading (and table caption/unit/column heads) above it
    before: str = ""  # the sentence before it, when it opens with a pronoun ("it", "the company")
    prev: str = ""  # the sentence before it in its section (where a paragraph states its period once)
    items: tuple[str, ...] = ()  # a list's items
    table: str = ""  # a row: the labels of its table's rows
    rank: int = 0  # the best rank of a hit whose chunk holds it
    meta: DocMeta | None = None
    years: frozenset[int] = frozenset()  # years it states (a row: its column heads)
    lead: str = ""  # the sentence (one of the two before it) whose opening names the subject it leaves unnamed
    form: str = ""  # "effect": a change with the sentences explaining it; "inline": a list within one sentence

    @property
    def body(self) -> str:
        return self.text + ("\n" + "\n".join(self.items) if self.items else "")


def _row_label_values(line: str) -> tuple[str, list[str]] | None:
    """A table row: its label and its cells ("Alphabet 32.3 52.5" -> ("Alphabet", ["32.3", "52.5"]))."""
    if "|" in line:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
            label, values = cells[0], cells[1:]
            # "| Company | 2023 | 2024 |", "| Operator | FY2024 revenue ($m) | FY2025 revenue ($m) |": column heads
            # "| Region | 2024 | 2025 | Change (%) |": period heads beside a head naming no period are heads too
            periods = [v for v in values if _PERIOD_HEAD.search(v) and not re.search(r"\d", _PERIOD_HEAD.sub("", v))]
            heads = (len(periods) >= 2 or len(periods) == len(values)) and all(
                v in periods or not re.search(r"\d", v) for v in values)
            if any(re.search(r"\d", v) for v in values) and not heads:
                return label, values
        return None
    m = re.match(r"^\s*(.*?[A-Za-z)][^\d$€£(]*?)\s+((?:\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2})"
                 r"(?:\s+(?:\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}))*)\s*$", line)
    if not m or not re.search(r"[A-Za-z]{2,}", m.group(1)):
        return None
    label = m.group(1).strip()
    values = [v.strip() for v in re.findall(r"\(?-?[$€£]?\s?\d[\d,]*(?:\.\d+)?\)?%?|[—–-]{1,2}", m.group(2))]
    while values and re.fullmatch(r"\((?:19|20)\d\d\)", values[0]):  # "NVIDIA H200 (2024) 141 4.8": the year is the label's
        label += " " + values.pop(0)
    if not values or all(re.fullmatch(r"(?:19|20)\d\d", v) for v in values):
        return None  # "Company 2023 2024", "Plans for 2025": column heads or a title, not figures
    return label, values


def _is_column_head(line: str) -> bool:
    """A line of column heads: periods, and at most one other word ("Company 2023 2024", "| Item | 2022 |")."""
    heads = _PERIOD_HEAD.findall(line)
    rest = re.findall(r"[A-Za-z]{3,}", _PERIOD_HEAD.sub(" ", line))
    rest = [w for w in rest if w.lower() not in {"fiscal", "year", "years", "ended", "ending", "months", "quarter"}]
    return bool(heads) and (len(heads) >= 2 or len(rest) <= 1)


def _column_heads(lines: Sequence[str]) -> list[str]:
    """The period heads of the nearest line of column heads above a row."""
    for line in reversed(lines[-12:]):
        if _is_column_head(line):
            return [" ".join(h.split()) for h in _PERIOD_HEAD.findall(line)]
    return []


def _trailing_heads(lines: Sequence[str], n: int) -> list[str]:
    """A4: the heads of a line of column heads whose period heads are followed by other heads ("Manufacturer (home
    country) 2024 2025 Share"): from its first period head on, one head per word (a parenthesis joins the word before
    it: "Change (%)"), when they are exactly ``n``, the row's value count; else []."""
    for line in reversed(lines[-12:]):
        if not _is_column_head(line):
            continue
        first = _PERIOD_HEAD.search(line)
        tail = line[first.start() :] if first else ""
        heads: list[str] = []
        for tok in re.findall(r"\([^()]*\)|[^\s()]+", tail):
            if tok.startswith("(") and heads:
                heads[-1] += " " + tok
            else:
                heads.append(tok)
        return heads if len(heads) == n and sum(bool(_PERIOD_HEAD.fullmatch(h)) for h in heads) >= 2 else []
    return []


def _caption_year(lines: Sequence[str]) -> set[int]:
    """The one year a table's caption states when its columns name no period ("Vendor shares of radio access
    revenue, 2024 (%)" over "Vendor Share"): every row's figure is of that year. Rule: the caption (a line of the
    table's head naming "Table N" or the first of its head lines) states exactly one year and no range; a caption
    stating several years ("2022-2024", "2023 and 2024") dates no row."""
    for line in lines[-4:]:
        if _is_column_head(line):
            return set()  # period heads name the columns: the caption's year is not every row's
    caption = next((x for x in lines if re.match(r"(?i)\s*(?:table|exhibit)\s+\d", x)), lines[0] if lines else "")
    found = _years(caption)
    if len(found) != 1 or re.search(r"(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)\b", caption):
        return set()
    return set(found)


def _unit_of(lines: Sequence[str]) -> str:
    for line in reversed(lines[-8:]):
        if _UNIT_LINE.match(line.strip().strip("_*")):
            return line.strip().strip("_*")
        # "(in millions)" anywhere; a caption closing on its unit ("Shares of unit sales, 2024 (% of units)")
        m = re.search(r"\((?:in\s+)?(?:millions|thousands|billions)[^)]*\)|\((?:%|percent)[^()]{0,40}\)\s*$", line, re.I)
        if m:
            return m.group(0)
    return ""


_VERBISH = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|should|must|"
    r"[a-z]{2,}(?:ed|es)|said|says|rose|fell|grew|spent|made|took|gave|held|paid|led|came|began|sold|bought|won|"
    r"expects?|plans?|makes?|takes?|holds?|leads?|remains?|stands?)\b"
)


_LEAD_IN = re.compile(r"(?i)\b(?:the\s+following|as\s+follows|set\s+out\s+below|shown\s+below|presented\s+below)\b[^.;]*:|"
                      # a cross-reference ("For more information on ..., see ...", "See Note 7") points elsewhere
                      r"^\s*(?:for\s+(?:more|further|additional)\s+(?:information|details|discussion)\b[^.]*\bsee\b|"
                      r"see\s+(?:note|item|part)\s)")


def _is_statement(text: str) -> bool:
    """A sentence worth quoting: four words or more, and a sentence end or a verb (not a caption or a label);
    not the lead-in of a table or list ("The following table presents ...:") nor a cross-reference ("For more
    information on the following proposals, see the proxy statement"), which say nothing themselves."""
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 4 or _LEAD_IN.search(text):
        return False
    return bool(re.search(r"[.!?;][\"'”’)]*$", text.strip())) or bool(_VERBISH.search(text))


_EARLIER = re.compile(r"(?i)\b(?:a|one)\s+year\s+(?:earlier|before|ago)|\bthe\s+(?:prior|previous|preceding)\s+year\b")


def _stated_years(text: str) -> frozenset[int]:
    """The years a sentence speaks of: those it names, and the year before when it says "a year earlier"."""
    years = _years(text)
    if _EARLIER.search(text):
        years |= {y - 1 for y in years}
    return frozenset(years)


def _is_prose(text: str) -> bool:
    return bool(re.search(r"[a-z]{2,}[^.!?]*[.!?][\"'”’)]*$", text.strip())) and len(text.split()) >= 5


def _merged_list(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A span holding a lead-in line that ends with ":" and two or more bullet or numbered lines after it ("We
    are organized into seven segments, as follows:\n1) ...;\n2) ...;"): the lead-in and the items (a wrapped
    item's next line joined to it); None otherwise."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:-1]):
        if line.rstrip().endswith(":") and _BULLET.match(lines[k + 1]):
            items: list[str] = []
            for rest in lines[k + 1 :]:
                if _BULLET.match(rest):
                    items.append(rest.strip())
                elif items and rest.strip():
                    items[-1] += " " + rest.strip()
            if len(items) >= 2:
                return " ".join(" ".join(lines[: k + 1]).split()), tuple(" ".join(it.split()) for it in items)
            return None
    return None


def _row_lines(page: str, a: int, b: int) -> list[tuple[int, int]]:
    """The lines of ``page[a:b]`` as spans when every one reads as a table row (a label and its cells, no prose):
    under a table's column heads, "United States 4,390 4,680" and "of which federal buyers 910 960" on the next line
    are two rows, although a line opening in lower case reads on to a sentence splitter. [] otherwise."""
    out = []
    at = a
    for line in page[a:b].split("\n"):
        x = at + len(line) - len(line.lstrip())
        y = at + len(line.rstrip())
        at += len(line) + 1
        if y <= x:
            continue
        flat = " ".join(page[x:y].split())
        if _is_prose(flat) or _row_label_values(flat) is None:
            return []
        out.append((x, y))
    return out if len(out) >= 2 else []


def page_candidates(page: str, *, doc_id: str = "", doc: str = "", source: str = "", page_no: int = 1,
                    meta: DocMeta | None = None, rank: int = 0) -> list[Candidate]:  # fmt: skip
    """Every sentence, list and table row of one page's text, with the headings above it. A row's context is
    its section heading, its table's caption, unit and column heads; the labels of the table's other rows
    are kept in ``table`` (a total row is about them)."""
    out: list[Candidate] = []
    spans = sentence_spans(page, split_lines=False)
    section = ""  # the last heading that is not part of a table
    table_lines: list[str] = []  # caption, unit line, column heads of the table being read
    table_rows: list[int] = []  # positions in ``out`` of the current table's rows
    prev_sentence = ""
    recent: list[str] = []  # the sentences of the section so far (a later one's subject may be named in one of them)
    lower_words = set(re.findall(r"\b[a-z][\w&.-]*", page))
    caption = False  # the line before was "Table 2."

    def close_table(note: str = "") -> None:
        labels = " ".join(out[k].text.split(":")[0] for k in table_rows)
        said = re.sub(r"(?i)^(?:notes?|sources?)\s*[:.]\s*", "", note)
        names = {w for k in table_rows for w in re.findall(r"[A-Z][\w&-]{2,}", out[k].text.split(":")[0])}
        if note and any(re.search(rf"\b{re.escape(w)}\b", said) for w in names):
            note = ""  # "Note: Microsoft: additions to property ...": a note on one row, not on what the cells are
        for k in table_rows:
            # a note right under the table ("*Share of telehealth visits, % of total.", "Note: ...") is its caption too
            out[k] = replace(out[k], table=labels, heading=f"{out[k].heading} {note}".strip() if note else out[k].heading)
        table_rows.clear()
        table_lines.clear()

    i = 0
    while i < len(spans):
        a, b = spans[i]
        text = page[a:b]
        flat = " ".join(text.split())
        line_like = "\n" not in text.strip()
        if not line_like and (table_rows or any(_is_column_head(x) for x in table_lines)):
            rows = _row_lines(page, a, b)
            if rows:  # the splitter read a row and a lower-case row under it ("of which ...") as one sentence
                spans[i : i + 1] = rows
                continue
        if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", flat):  # a section number split from its title
            i += 1
            continue
        if re.fullmatch(r"(?i)(?:table|figure|exhibit|chart)\s+\d+[.:]?", flat):  # "Table 2." split from its caption
            caption = True
            i += 1
            continue
        if line_like and flat.startswith("|") and flat.endswith("|") and not _row_label_values(flat):
            # a Markdown pipe table's head ("| Company | 2023 | 2024 |") or rule ("|---|---|"): its period heads
            # name the columns of the rows below, as a PDF table's head line does
            if _is_column_head(flat):  # a head naming no periods ("| Stage | Cost (US$ millions) |") is not kept
                table_lines.append(flat)
            prev_sentence = ""
            recent.clear()
            caption = False
            i += 1
            continue
        if line_like and table_lines and not table_rows and flat.startswith("(") and _UNIT_LINE.match(flat) \
                and not is_heading(flat) and not _row_label_values(flat):
            # A4: "(MW, calendar years; share of 2025 shipments in %)" under a table's caption: the table's unit line,
            # not a sentence ending the table's head (its caption stays the rows' context)
            table_lines.append(flat)
            i += 1
            continue
        if line_like and is_heading(flat) and not _row_label_values(flat):
            prev_sentence = ""
            recent.clear()
            tabular = bool(_UNIT_LINE.match(flat.strip("_*")) or _is_column_head(flat) or re.match(r"(?i)table\s+\d", flat)
                           or "|" in flat or caption)  # fmt: skip
            caption = False
            if not tabular and not table_rows:
                section = flat
            if table_rows and not tabular:
                close_table()
                section = flat
            table_lines.append(flat)
            bullets = _bullets_after(page, spans, i) if not tabular and not _BULLET.match(text) else []
            if len(bullets) >= 2:  # "Risks to the outlook" and the bullets under it: one list, the heading its lead-in
                shown_items = tuple(" ".join(page[x:y].split()) for x, y in bullets)
                out.append(Candidate(doc_id, doc, source, page_no, a, bullets[-1][1], flat, "list", heading=section,
                                     items=shown_items, rank=rank, meta=meta,
                                     years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
            i += 1
            continue
        row = _row_label_values(flat) if line_like and not _is_prose(flat) and not _LEAD_IN.search(flat) else None
        if row is not None:
            label, values = row
            heads = _column_heads(table_lines)
            if heads and len(heads) != len(values):
                heads = _trailing_heads(table_lines, len(values)) or heads
            unit = _unit_of(table_lines)
            if heads and len(heads) == len(values):
                shown = f"{label}: " + ", ".join(f"{h} {v}" for h, v in zip(heads, values))
            else:
                shown = f"{label}: " + ", ".join(values)
            if unit:
                shown += f" {unit if unit.startswith('(') else '(' + unit + ')'}"
            ctx = " ".join(dict.fromkeys(x for x in (section, *table_lines[-4:]) if x))
            table_rows.append(len(out))
            out.append(Candidate(doc_id, doc, source, page_no, a, b, shown, "row", heading=ctx, rank=rank, meta=meta,
                                 years=frozenset(_years(" ".join(heads)) or _years(flat) or _caption_year(table_lines))))  # fmt: skip
            i += 1
            continue
        if table_rows:
            close_table(flat.strip("*_ ") if _TABLE_NOTE.match(text) else "")
        table_lines.clear()
        if caption and line_like:
            # "Table 1." split from its caption by the sentence splitter: the caption ("Live deployments by region
            # (number of sites, end of year)") names what the rows below count, as a caption line of its own does
            table_lines.append(flat)
        merged = _merged_list(text)
        if merged is not None:  # the sentence splitter ran a lead-in and its numbered items into one span
            lead, shown_items = merged
            out.append(Candidate(doc_id, doc, source, page_no, a, b, lead, "list", heading=section, items=shown_items,
                                 rank=rank, meta=meta, years=frozenset(_years(lead + " " + " ".join(shown_items)))))  # fmt: skip
            prev_sentence = lead
            recent.append(lead)
            i += 1
            continue
        # a lead-in ending with ":" followed by bullets: one list
        items: list[tuple[int, int]] = []
        j = i + 1
        if flat.endswith(":"):
            while j < len(spans) and _BULLET.match(page[spans[j][0] : spans[j][1]]):
                x, y = spans[j]
                j += 1
                # "- Nurse supply. Enrolment fell in 2023 ...": the sentences after a bullet's first, on its lines
                # (no line break before them), are the same item
                while j < len(spans) and "\n" not in page[y : spans[j][0]] and not _BULLET.match(page[spans[j][0] : spans[j][1]]):
                    y = spans[j][1]
                    j += 1
                items.append((x, y))
            if not items:
                items = _unmarked_items(page, spans, j)
                j += len(items)
            if not items:
                items, j = _labelled_items(page, spans, j)
        if len(items) >= 2:
            shown_items = tuple(" ".join(page[x:y].split()) for x, y in items)
            out.append(Candidate(doc_id, doc, source, page_no, a, items[-1][1], flat, "list", heading=section,
                                 items=shown_items, rank=rank, meta=meta, prev=prev_sentence,
                                 years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
            i = j
            prev_sentence = flat
            recent.append(flat)
            continue
        body = _BULLET.sub("", flat) if _BULLET.match(text) else flat
        counted = False
        if (_COUNT_LEAD.search(body) or _COUNTED_CAUSE.search(body)) and _is_statement(body):
            # "Two things held back orders. First, ... Second, ...": the count and the sentences enumerating it are
            # one list (each sentence stays a candidate of its own too)
            k = i + 1
            while k < len(spans) and k - i <= 6 and _ENUM_ITEM.match(" ".join(page[spans[k][0] : spans[k][1]].split())):
                k += 1
            if k - i >= 3:
                shown_items = tuple(" ".join(page[x:y].split()) for x, y in spans[i + 1 : k])
                out.append(Candidate(doc_id, doc, source, page_no, a, spans[k - 1][1], flat, "list", heading=section,
                                     items=shown_items, rank=rank, meta=meta, prev=prev_sentence,
                                     years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
                counted = True
        announced = _announces(body) and not _BULLET.match(text) and not counted
        follow = _following(page, spans, i) if announced else []
        told = _ANNOUNCED_COUNT.search(body) if follow else None
        if told and len(follow) > _COUNT_WORD_VALUES[told.group(1).lower()]:
            # "Demand rose for three reasons." and five sentences before the next paragraph break (a PDF's text has no
            # blank lines between paragraphs): the three it counts are its items, the rest another paragraph's
            follow = follow[: _COUNT_WORD_VALUES[told.group(1).lower()]]
        if announced and len(follow) >= (1 if body.endswith(":") else 2):
            # "Makers have priced their biosimilars in one of two ways." / "The plan rests on three changes:" with no
            # bullets: the lead-in says nothing itself, the sentences after it (its paragraph) are what it announces
            shown_items = tuple(" ".join(page[x:y].split()) for x, y in follow)
            # "Its chief operating officer described the results:": the lead-in's "its" is the sentence before's subject
            before = prev_sentence if (_ANAPHOR.match(body) or _CHANGE_ANAPHOR.match(body)) else ""
            out.append(Candidate(doc_id, doc, source, page_no, a, follow[-1][1], flat, "list", heading=section,
                                 items=shown_items, rank=rank, meta=meta, prev=prev_sentence, before=before,
                                 years=frozenset(_years(flat + " " + " ".join(shown_items)))))  # fmt: skip
        elif _is_statement(body):
            before = prev_sentence if (_ANAPHOR.match(body) or _CHANGE_ANAPHOR.match(body)) else ""
            # "LEO revenue was EUR 163 million ..." two sentences after "Eutelsat, which ... operates ...": a sentence
            # goes on about the subject one of the two sentences before it opened with (``subject_score`` still
            # lowers one that opens with another name)
            lead = next((x for x in reversed(recent[-2:]) if _opens_with_name(x, lower_words)), "")
            out.append(Candidate(doc_id, doc, source, page_no, a, b, flat, "sentence", heading=section, before=before,
                                 prev=prev_sentence, rank=rank, meta=meta, years=_stated_years(flat), lead=lead))  # fmt: skip
            out.extend(_more_forms(page, spans, i, out[-1]))
            aside = _aside_items(flat)
            if aside:
                # "Cell makers - CATL, BYD, EVE Energy and REPT - produce ...": the names in the aside are a list
                out.append(Candidate(doc_id, doc, source, page_no, a, b, flat, "list", heading=section, items=aside,
                                     before=before, prev=prev_sentence, rank=rank, meta=meta,
                                     years=_stated_years(flat), lead=lead))  # fmt: skip
            ranking = _ranking_after(page, spans, i) if _RANK_HEAD.search(body) else []
            if ranking:
                # "China remained the largest market, with 280,000. Japan followed with 44,000, ahead of ...": a
                # ranking stated over two or more sentences is one candidate (each sentence stays one too)
                joined = " ".join([flat, *(" ".join(page[x:y].split()) for x, y in ranking)])
                out.append(Candidate(doc_id, doc, source, page_no, a, ranking[-1][1], joined, "sentence",
                                     heading=section, before=before, prev=prev_sentence, rank=rank, meta=meta,
                                     years=_stated_years(joined)))  # fmt: skip
        prev_sentence = flat
        recent.append(flat)
        i += 1
    if table_rows:
        close_table()
    return out


# the line right under a table that says what its cells are: an italic note or a "Note:"/"Source:" line
_TABLE_NOTE = re.compile(r"^\s*(?:[*_](?![*_])|(?i:notes?|source|sources)\s*[:.])")
# "... in one of two ways.", "The programme rests on three changes:", "Buyers fall into two camps.": a sentence that
# announces what the sentences after it say (a count of ways, kinds, things near its end, or a closing colon)
_ANNOUNCE = re.compile(
    r"(?i)\b(?:one\s+of\s+|either\s+of\s+)?(?:two|three|four|five|six|2|3|4|5|6)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:ways|models|approaches|forms|groups|types|kinds|categories|stages|steps|options|routes|strategies|camps|"
    r"things|factors|reasons|causes|drivers|methods|structures|channels|paths|phases|scenarios|tiers|buckets|changes|"
    r"lessons|forces|developments|questions|problems|issues|schemes|mechanisms|levers|parts|pillars|elements)"
    r"(?:\s+[a-z-]+){0,3}\s*[.:]$"
)


_ASIDE = re.compile(r"(?:\s[-–—]{1,2}\s|—|\()\s*([^()—–]{3,200}?)\s*(?:\s[-–—]{1,2}\s|—|\))")


def _aside_items(sentence: str) -> tuple[str, ...]:
    """The items of an enumeration inside a dashed aside or parentheses ("Cell makers - CATL, BYD, EVE Energy,
    Hithium and REPT - produce ...", "three customers (Contoso, Fabrikam and Tailspin)"): three or more short
    items that are not figures; () otherwise."""
    for m in _ASIDE.finditer(sentence):
        inner = m.group(1)
        if re.search(r"[\"“”]", inner):
            continue  # '("Contoso," the "Company," "we" or "us")': the short names a filer defines, not a list
        parts = [p.strip(" ,;.") for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", inner)]
        parts = [p for p in parts if p]
        if len(parts) >= 3 and all(len(p.split()) <= 5 and re.search(r"[A-Za-z]{2,}", p) for p in parts) \
                and not any(re.search(r"\d", p) for p in parts):
            return tuple(parts)
    return ()


_COUNT_WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# the count an announcing sentence closes on ("... for three reasons.", "... in one of two ways."): its items
_ANNOUNCED_COUNT = re.compile(r"(?i)\b(?<!of\s)(two|three|four|five|six|[2-6])\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s"
                              r"(?:\s+[a-z-]+){0,3}\s*[.:]$")


def _announces(text: str) -> bool:
    """Does a sentence announce what follows it: it ends with a colon, or closes on a count of ways, kinds or
    things ("... priced in one of two ways.")?"""
    return text.rstrip().endswith(":") or bool(_ANNOUNCE.search(text.strip()))


def _paragraph_break(page: str, a: int, b: int) -> bool:
    return page[a:b].count("\n") >= 2


def _following(page: str, spans: Sequence[tuple[int, int]], i: int, most: int = 5) -> list[tuple[int, int]]:
    """The sentences after span ``i`` in its paragraph (up to ``most``), stopping at a blank line, a heading, a
    bullet or a table row; a lead-in that ends its paragraph with a colon takes the next paragraph."""
    out: list[tuple[int, int]] = []
    k = i + 1
    if k < len(spans) and _paragraph_break(page, spans[i][1], spans[k][0]) and not page[spans[i][0] : spans[i][1]].rstrip().endswith(":"):
        return out
    while k < len(spans) and len(out) < most:
        x, y = spans[k]
        t = " ".join(page[x:y].split())
        if out and _paragraph_break(page, spans[k - 1][1], x):
            break
        prose = len(t.split()) >= 3 and bool(re.search(r"[a-z]{2,}[^.!?]*[.!?][\"'”’)]*$", t))
        if _BULLET.match(page[x:y]) or (is_heading(t) and "\n" not in page[x:y].strip()) or not prose:
            break
        out.append((x, y))
        k += 1
    return out


_RANK_HEAD = re.compile(r"(?i)\b(?:largest|biggest|most|top|led|leading|highest|fastest|first\s+place|number\s+one)\b")
_NAME_RUN = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&))*"
_RANK_NEXT = re.compile(
    rf"^\s*(?:(?:{_NAME_RUN})\s+(?:followed|came\s+(?:second|third|next)|was\s+(?:second|third|next)|"
    rf"ranked\s+(?:second|third|next)|trailed|(?:was|were|is|are)\s+(?:the\s+)?(?:second|third|next)\b)|"
    rf"Next\s+(?:came|was|were)\b|(?:Behind|After)\s+(?:it|them|{_NAME_RUN})\s*(?:,|came|were|was)|"
    rf"(?:Second|Third)\s+(?:place\s+)?(?:went|was|came)\b|Then\s+came\b)"
)


def _ranking_after(page: str, spans: Sequence[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The sentences right after span ``i`` that go on with its ranking ("Japan followed with ...", "Next came
    ...", "Behind it, ..."), in the same paragraph."""
    out: list[tuple[int, int]] = []
    k = i + 1
    while k < len(spans) and len(out) < 3:
        x, y = spans[k]
        if _paragraph_break(page, spans[k - 1][1], x) or not _RANK_NEXT.match(" ".join(page[x:y].split())):
            break
        out.append((x, y))
        k += 1
    return out


def _unmarked_items(page: str, spans: Sequence[tuple[int, int]], j: int, most: int = 12) -> list[tuple[int, int]]:
    """The items of a list whose markers the page lost (HTML list items read as lines or paragraphs): from span
    ``j`` on, consecutive spans that open in lower case, each on a line of its own, all but the last ending with
    ";" (or "; and"/"; or") and the last with ";" or "."; none when fewer than two such spans follow. An item ending
    with ";" may open with a name ("Norrmart Select passed EUR 1 billion of sales;"): the semicolons mark the list."""
    out: list[tuple[int, int]] = []
    for x, y in spans[j : j + most]:
        t = page[x:y].strip()
        opens = re.match(r"[a-z]", t) or re.search(r";(?:\s*(?:and|or))?$", t)
        if not opens or "\n" not in page[max(0, x - 2) : x] and x > 0:
            break
        out.append((x, y))
        if not re.search(r";(?:\s*(?:and|or))?$", t):
            if not t.endswith("."):
                out.pop()
            break
    return out if len(out) >= 2 and re.search(r";(?:\s*(?:and|or))?$", page[out[0][0] : out[0][1]].strip()) else []


_ITEM_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}:\s+\S")
# a label with its apposition before the colon ("Northwind Cinemas, owned by Contoso of the US: 1,480 screens")
_APPOSED_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4},(?:\s+[\w'’&.-]+){1,10}:\s+\S")


def _labelled_items(page: str, spans: Sequence[tuple[int, int]], j: int, most: int = 12
                    ) -> tuple[list[tuple[int, int]], int]:  # fmt: skip
    """The items of a list whose markers the page lost, written as paragraphs that each open with a short label and
    a colon ("Slow approvals: rate filings took more than a year ..."): from span ``j`` on, each paragraph that opens
    so is one item (its further sentences included); none when fewer than two such paragraphs follow. Returns the
    items and the index of the first span after them. Rule: a lead-in ending with a colon announces every such
    paragraph after it, not only the first."""
    out: list[tuple[int, int]] = []
    k = j
    while k < len(spans) and len(out) < most:
        x, y = spans[k]
        if not _paragraph_break(page, spans[k - 1][1], x) or not _ITEM_LABEL.match(page[x:y].strip()):
            break
        k += 1
        while k < len(spans) and not _paragraph_break(page, spans[k - 1][1], spans[k][0]):
            y = spans[k][1]  # the item's further sentences, in its paragraph
            k += 1
        out.append((x, y))
    return (out, k) if len(out) >= 2 else ([], j)


def _bullets_after(page: str, spans: Sequence[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    """The bullet lines right under the heading at span ``i`` (no other line between), up to the first line that
    is not a bullet."""
    out = []
    for x, y in spans[i + 1 :]:
        if not _BULLET.match(page[x:y]):
            break
        out.append((x, y))
    return out


def _more_forms(page: str, spans: Sequence[tuple[int, int]], i: int, c: Candidate) -> list[Candidate]:
    """The other readings of sentence ``c`` (``prose_reasons``): with the sentences after it that explain the
    change it states (an "effect"), or as the list it holds after a lead-in ("inline")."""
    out = []
    effect = reasons.explained_effect(c.text, reasons.paragraph_after(page, list(spans), i))
    if effect:
        end = spans[i + len(effect)][1]
        out.append(replace(c, end=end, kind="list", items=effect, form="effect",
                           years=frozenset(_years(c.text + " " + " ".join(effect)))))  # fmt: skip
    inline = reasons.inline_items(c.text)
    if inline and not claims(" ".join(inline[1])):
        out.append(replace(c, kind="list", items=inline[1], form="inline"))
    assumed = items.assumption_items(c.text) if not inline else None
    if assumed:  # "Our bear case assumes that A, that B and that C": what is assumed, one item per clause
        out.append(replace(c, kind="list", items=assumed[1], form="inline"))
    return out


def candidates(hits: Sequence[Hit], page_text: Callable[[str, int], str | None] | None = None,
               max_pages: int = MAX_PAGES) -> list[Candidate]:  # fmt: skip
    """The candidates of the pages the top hits come from (the chunk text itself when no page text is at
    hand), each page once, with the rank of its best hit."""
    seen: dict[tuple[str, int], int] = {}
    texts: dict[tuple[str, int], tuple[str, Hit]] = {}
    for rank, hit in enumerate(hits):
        c = hit.chunk
        for p in range(c.page, c.page_end + 1):
            key = (c.doc_id, p)
            if key in seen:
                continue
            if len(seen) >= max_pages:
                break
            text = page_text(c.doc_id, p) if page_text is not None else None
            if text is None:
                text = c.text if p == c.page else ""
            seen[key] = rank
            texts[key] = (text, hit)
    out: list[Candidate] = []
    for (doc_id, p), (text, hit) in texts.items():
        c = hit.chunk
        found = page_candidates(text, doc_id=doc_id, doc=c.doc, source=c.source, page_no=p, meta=hit.meta,
                                rank=seen[(doc_id, p)])  # fmt: skip
        if page_text is not None:
            found = [_continued_list(x, text, lambda: page_text(doc_id, p + 1)) for x in found]
        out.extend(found)
    return out


def _continued_list(c: Candidate, page: str, next_page: Callable[[], str | None]) -> Candidate:
    """A list of labelled paragraphs (``_labelled_items``) that runs to the end of its page, with the labelled
    paragraphs that open the next page: one list across the page break (a list cut at the break is shown as whole,
    "a list of two" for four reasons, otherwise)."""
    if c.kind != "list" or len(c.items) < 2 or page[c.end :].strip() \
            or not all(_ITEM_LABEL.match(it) or _APPOSED_LABEL.match(it) for it in c.items):
        return c
    after = next_page() or ""
    more = []
    for para in re.split(r"\n\s*\n", after.strip()):
        para = " ".join(para.split())
        if not _ITEM_LABEL.match(para) or _BULLET.match(para) or is_heading(para):
            break
        more.append(para)
    return replace(c, items=(*c.items, *more)) if more else c


# --------------------------------------------------------------------------------------------------- scoring

_CAUSAL = re.compile(
    r"(?i)\b(?:because|due\s+to|driven\s+by|drove|drives|owing\s+to|as\s+a\s+result|resulting\s+from|reflect(?:s|ed|ing)?|"
    + reasons.HOLDER + r"attribut(?:e|ed|able)|primarily|mainly|largely|led\s+by|caused|result(?:ed)?\s+(?:in|from)|so\s+that|"
    r"thanks\s+to|on\s+the\s+back\s+of|(?:helped|supported|boosted|hurt|held\s+back|weighed\s+down|lifted|aided)\s+by|fuel(?:l?ed)|reasons?|caus(?:e|es|ing)|exceeded|limited|constraints?|offset\s+by|"
    r"the\s+(?:binding|main|key)\s+(?:reasons?|drivers?|causes?|factors?|constraints?|contributors?|source|explanation|"
    r"bottleneck|problem|headwind|tailwind)|came\s+from|comes\s+from|stems?\s+from|given\s+(?:our|its|their|the)|"
    r"(?:which|that|this)\s+(?:is|was)\s+why|explains?\s+why)\b"
)
# "Two things held back orders.", "Three factors pushed prices down:": a count of causes whose items follow
_COUNT_LEAD = re.compile(r"(?i)\b(?:two|three|four|five|several|a\s+few)\s+(?:main\s+|key\s+|big\s+|major\s+|separate\s+)?"
                         r"(?:things|factors|reasons|causes|drivers|forces|developments|headwinds|tailwinds|problems|"
                         r"issues|effects|pressures|constraints|obstacles|barriers)\b")
# "Two shifts explain the reshuffle.": any counted plural said to cause the change it names after the verb
_COUNTED_CAUSE = re.compile(r"(?i)\b(?:two|three|four|five|several)\s+(?:[a-z-]+\s+)?[a-z]{3,}s\s+(?:explain|explained|"
                            r"drove|drive|lie\s+behind|lay\s+behind|are\s+behind|were\s+behind|account\s+for|"
                            r"accounted\s+for|caused|cause)\s+(?:the|this|that|these|its|their)\s+(?P<effect>[^.;:]{3,80})")
_ENUM_ITEM = re.compile(r"^\s*(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth|Fifth|Finally|Lastly|Another|"
                        r"The\s+(?:first|second|third|other|last))\b")
# "after" a figure is a comparison ("523,000 in 2024, after 541,000 in 2023"), not a cause
# "since" before a time ("since their 2022 peak", "since 2021", "since then") is when, not why
_WEAK_CAUSAL = re.compile(r"(?i)\b(?:while|since(?!\s+(?:(?:the|their|its|our|a|an|last|early|late|mid)\s+)?(?:[a-z]+\s+)?"
                          r"(?:(?:19|20)\d\d|peak|start|end|beginning|launch|then|last|january|february|march|april|may|"
                          r"june|july|august|september|october|november|december|q[1-4])\b)|as|so|after(?!\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?[$€£]?\d)|for\s+its|"
                          r"thus|therefore|hence)\b|:\s+\S")
_CHANGE_STATED = re.compile(
    r"(?i)\b(?:up|down|rose|fell|grew|gained|lost|declined?|increase[sd]?|decrease[sd]?|rising|falling|growth|higher|"
    r"lower|more|less|jump(?:ed)?|climb(?:ed)?|drop(?:ped)?|changes?|rises?|gains?|declines?)\s+(?:of\s+|by\s+)?(?:about\s+|roughly\s+|"
    r"some\s+|almost\s+|nearly\s+|around\s+)?(?:[$€£¥]\s?)?\d"
    # "17% more than a year earlier", "a 12% increase", "9% above 2023": the change word after the figure
    r"|\d[\d.,]*\s?(?:%|percent)\s+(?:more|less|higher|lower|above|below|up|down)\s+(?:than|from|on|over|in|compared)\b"
    r"|\d[\d.,]*\s?(?:%|percent)\s+(?:increase|decrease|rise|fall|drop|gain|growth|decline|jump)\b"
)
_FACTOR_STATED = re.compile(
    r"(?i)(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred))\s*(?:x|times|-fold|fold)\b|"
    r"\b(?:double[ds]?|tripled?|quadrupled?|halved?|twice|order\s+of\s+magnitude)\b"
)
# "38% said they planned to ...": a percentage followed by what a group says or does is that group's share
_SHARE_STATED = re.compile(r"(?i)%\s+of\b|\bpercent\s+of\b|\bshare\b|\baccount(?:s|ed)?\s+for\b|\bproportion\b|\bhalf\s+of\b|"
                           r"(?:%|\bpercent)\s+(?:(?:of\s+)?(?:them|respondents|those\s+\w+)\s+)?(?:said|say|says|had|have|has|"
                           r"plan(?:s|ned)?|expect(?:s|ed)?|reported|used|use|uses|own|owned|were|are|bought|buy|intend\w*)\b")
_MEASURE = (r"revenues?|sales|capex|capital\s+expenditures?|costs?|prices?|margins?|income|profits?|loss(?:es)?|"
            r"earnings|eps|expenses?|debt|assets|liabilities|dividends?|headcount|employees|shipments")
_METRIC_WORD = re.compile(rf"(?i)\b(?:{_MEASURE})\b")  # financial measures: one is not another's synonym
_NAMED_LIST = re.compile(r"(?i)\b(?:companies|firms|suppliers|vendors|makers|manufacturers|producers|customers|buyers|"
                         r"competitors|rivals|members|banks|countries|brands|partners|acquirers|providers|operators|"
                         r"carriers|lenders|insurers|distributors|retailers|developers|contractors|airlines|"
                         r"utilities|integrators|licensees|who|whom)\b")
# kinds whose members are names too when a "which" question asks for them ("which of the five chains ..."); not
# counted when the question only mentions them ("which products do the chains sell?")
_MEMBER_KINDS = re.compile(r"(?i)chains|groups|consolidators")
_SUPERLATIVE = re.compile(
    r"(?i)\b(?:most|least|best|worst|highest|lowest|largest|smallest|biggest|fastest|slowest|strongest|weakest|"
    r"top|leading|leads?|led|main|principal|chief|dragged|drag|outperform\w*|underperform\w*|[a-z]{3,}est)\b"
)
_RANK_SENSES = {  # what a superlative ranks by: a sentence ranking by another measure does not answer
    "size": r"largest|biggest|most|top|leading|leads?|led|main|principal|chief|highest|greatest|dominant",
    "speed": r"fastest|quickest|fastest-growing|swiftest",
    "low": r"lowest|smallest|least|weakest|worst|slowest|dragged|drag",
    "steep": r"steepest|sharpest|deepest",  # the size of a move: ranked only by members' moves side by side
}


def _rank_sense(text: str) -> set[str]:
    """The measures a text's superlatives rank by ("fastest" -> speed, "the largest" -> size)."""
    return {k for k, rx in _RANK_SENSES.items() if re.search(rf"(?i)\b(?:{rx})\b", text)}


_TOTAL = re.compile(r"(?i)\b(?:total|combined|together|in\s+all|altogether|aggregate|sum)\b")
_FUTURE_Q = re.compile(r"(?i)\b(?:expects?|expected|plans?|planned|intends?|will|in\s+the\s+future|going\s+forward)\b")


_TERM_DATE = re.compile(r"(?i)\b(?:due|matur\w*|expir\w*|until|through|ending)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\s+)?"
                        r"(?:\d{1,2},\s+)?(?:19|20)\d\d")


def _later_years(c: Candidate) -> bool:
    """Does the candidate speak of a year after its report's own (a plan, a forecast)? Not a term's date ("notes
    that were due in August 2023", "expiring in 2026")."""
    year = getattr(c.meta, "fiscal_year", None)
    return bool(year and any(y > year for y in _stated_years(_TERM_DATE.sub(" ", c.body))))


_POINTS_STATED = re.compile(r"(?i)\d\s*(?:percentage\s+|basis\s+)?points?\b|\d\s*(?:bps|pp|ppts?)\b")
_SUM_Q = re.compile(r"(?i)\btotal\s+(?:amount|number|value|sum|size|capacity|commitments?)\b"
                    # over several items: "under its revolving credit agreements" ("of inventories" is one line item)
                    r"(?=.*\b(?:under|across|from|of|for|in)\s+(?:its|their|the|all|both|these|those)\s+(?:[\w-]+\s+){0,4}"
                    r"[a-z]{3,}[^s\W]s\b)|"
                    r"\bcombined\b|\baltogether\b|\bin\s+(?:all|total)\b|\baggregate\b|\btogether\b")


def asks_sum(question: str) -> bool:
    """Does the question ask for a sum over items ("the total amount it may borrow under its agreements",
    "combined", "in all")? "Total revenue" names a line item and is not one."""
    return bool(_SUM_Q.search(question))


def states_total(text: str) -> bool:
    """Does a sentence state a total ("in total", "combined", "together", "aggregate", "total")?"""
    return bool(_TOTAL.search(text))


_NEGATION = re.compile(r"(?i)\b(?:not|no|never|neither|nor|none|without|cannot)\b|n['’]t\b")
_ANTONYMS = [
    ("include", "exclude"), ("increase", "decrease"), ("rise", "fall"), ("grow", "shrink"), ("gain", "loss"),
    ("improve", "deteriorate"), ("positive", "negative"), ("profit", "loss"), ("expand", "contract"),
    ("higher", "lower"), ("above", "below"), ("own", "lease"), ("buy", "sell"), ("win", "lose"),
    ("accelerate", "slow"), ("surplus", "deficit"), ("approve", "reject"), ("complete", "delay"),
]  # fmt: skip
_MONEY = re.compile(r"[$€£¥]|\b(?:US\$|USD|EUR|KRW|RMB|won|yen|euros?|dollars?)\b", re.I)
_UNITFUL = re.compile(
    r"(?i)(?:[$€£¥]\s?\d|\d\s?%|\d\s*(?:percent|TWh|GWh|MWh|kWh|MW|GW|kW|GB|TB|PB|TB/s|GB/s|x|times|units|"
    r"tokens|hours|people|employees|stores|million|billion|trillion|thousand|won|yen|parameters)\b)"
)
_CAPITALISED = re.compile(r"(?<![\w'’-])([A-Z][\w&.-]*[\w&]|[A-Z])(?:['’]s)?(?![\w&-])")


_SUFFIX = re.compile(r"(?:ings|ing|ers|er|es|ed|s)$")


_IRREGULAR = {"sold": "sales", "sell": "sales", "sells": "sales", "selling": "sales", "bought": "buy", "spent": "spend",
              "paid": "pay", "grew": "grow", "grown": "grow"}  # fmt: skip


_COST_VERB = re.compile(r"(?i)^\s*(?:before\s+[^,]+,\s*)?(?:what|how\s+much)\s+(?:did|does|do|will|would|could)\s+"
                        r"[^?]{1,80}?\bcost\b")
_SAME_MEASURE = {"sal": "reven", "sale": "reven", "turno": "reven"}  # sales and turnover are revenue (prose_ties' family)


def _same_measure(phrase: str) -> str:
    """The stem of a measure phrase's head, one for words of one measure ("sales", "revenue", "turnover")."""
    key = _stem(phrase.split()[-1].lower())
    return _SAME_MEASURE.get(key, key)


def _stem(word: str) -> str:
    """A light stem: an inflection or agent ending off ("buyers", "buys" -> "buy"), a final silent e off ("raise",
    "raised" -> "rais"), then the first five letters;
    "growth" is "grow"; an irregular verb stems as its noun or base ("sold" as "sales", "spent" as "spend")."""
    if word.startswith("growth"):
        return "grow"
    word = _IRREGULAR.get(word, word)
    base = _SUFFIX.sub("", word)
    base = base if len(base) >= 3 else word
    if len(base) > 3 and base.endswith("e"):
        base = base[:-1]  # the silent e of the base: "raise" as "raised" ("rais"), "price" as "prices" ("pric")
    return base[:5]


def _stems(words: set[str] | frozenset[str]) -> set[str]:
    """Light stems (``_stem``), a hyphenated word also by its parts ("high-scenario")."""
    out = set()
    for w in words:
        for part in {w, *w.split("-")} if "-" in w else (w,):
            if len(part) > 2:
                out.add(_stem(part))
    return out


def _cover(c: Candidate, aliases: Sequence[str] = ()) -> str:
    """The text that may name a candidate's subject: itself, its heading, the sentence it refers back to,
    its document's company and title."""
    meta = c.meta
    doc_names = [getattr(meta, "company", None) or "", getattr(meta, "title", None) or "", c.doc.replace("_", " ")]
    return " ".join([c.body, c.heading, c.before, c.lead, c.table, *doc_names, *aliases])


_CAP_RUN = re.compile(r"(?:[A-Z][a-z]+(?:\s+(?:of|for|and|&|on)\s+|\s+)){1,6}[A-Z][a-z]+")


def initialisms(text: str) -> set[str]:
    """The initialisms of the names ``text`` writes out in full, lower case ("the US Federal Aviation Administration"
    -> faa; "Bank for International Settlements" -> bis, bfis): the initials of each run of two or more capitalised
    words, and of each run's tail (a title word before the name: "US", "the")."""
    out: set[str] = set()
    for m in _CAP_RUN.finditer(text):
        words = re.findall(r"[A-Za-z&]+", m.group(0))
        caps = [w for w in words if w[0].isupper()]
        for k in range(len(caps) - 1):
            out.add("".join(w[0] for w in caps[k:]).lower())
        if len(words) != len(caps):
            out.add("".join(w[0] for w in words if w != "&").lower())
    return out


def _initialism_named(entity: str, question: str, text: str) -> bool:
    """Is an asked name that the question writes as an initialism ("FAA") said by ``text`` in full ("the Federal
    Aviation Administration")? A name of two to six letters only, as the question writes it in capitals."""
    return 2 <= len(entity) <= 6 and entity.isalpha() and bool(re.search(rf"\b{entity.upper()}\b", question)) \
        and entity in initialisms(text)


def _given_name(entity: str, question: str, text: str) -> bool:
    """Is ``entity`` the given name of a person the question names in full ("Dana Whitcombe") whom ``text`` calls by a
    title and the surname ("Ms. Whitcombe")? A filing names a person in full once, then by title and surname."""
    m = re.search(rf"\b{re.escape(entity)}\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", question, re.I)
    if m is None or not m.group(0)[0].isupper():
        return False
    return bool(re.search(rf"\b(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+{re.escape(m.group(1))}\b", text))


def _named(entity: str, text_lower: str, squashed: str) -> bool:
    if re.search(rf"(?<![\w-]){re.escape(entity)}(?![\w-])", text_lower):
        return True
    e = re.sub(r"[^a-z0-9]", "", entity)
    return len(e) >= 3 and e in squashed


def _opens_with_name(sentence: str, lower_words: set[str]) -> bool:
    """Does a sentence open with a name ("Amazon's Project Kuiper launched ...", "Eutelsat, which ...")? Its first
    word (after a time phrase) is capitalised and never written in lower case on the page (``lower_words``). Not
    "Its licence from the US ...": its first name comes later."""
    m = re.match(r"\s*(?:(?:In|On|By|During|At|Since|After)\s+[^,]{0,30},\s+)?([A-Z][\w&.-]*)", sentence)
    word = m.group(1).rstrip(".").lower() if m else ""
    return bool(word) and word not in _NOT_NAME and word not in lower_words


def first_name(text: str, names: set[str] = frozenset()) -> str | None:
    """The first name a sentence mentions, outside an opening time phrase ("In October 2024 Google ...") and
    outside a first word that is just capitalised ("The", "Each"): lower case, or None. None too when the
    sentence's subject is "we"/"our"/"the company" (a filer speaking of itself: "During 2021 we acquired
    Larkspur Bio" is about the filer, the names after it are what it did)."""
    t = re.sub(r"(?i)^\s*(?:(?:in|on|by|during|at|for|since|from|through|as\s+of)\s+(?:the\s+)?(?:(?:first|second|third|"
               r"fourth)\s+quarter\s+(?:of\s+)?)?(?:fiscal\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s*)", "", text)
    t = re.sub(r"^\W+", "", t)
    if _WE.match(t):
        return None
    for i, m in enumerate(_CAPITALISED.finditer(t)):
        word = m.group(1)
        key = word.lower()
        if re.fullmatch(r"(?:FY|CY|Q[1-4]|H[12])?'?\d*", word) or key in _NOT_NAME:
            continue
        if m.start() == 0 and not (m.group(0) != word or not word[1:].islower() or key in names):
            continue  # a sentence's first word is capitalised anyway
        return key
    return None


_REPORTING = {"say", "said", "according", "report", "reports", "state", "stated", "mention", "mentioned", "any"}
_NOT_NAME = set(
    """the a an in on at by for of to and or but this that these those it its we our they their each every all some
    i table note total fiscal year inc inc. corp corp. co co. ltd ltd. plc llc l.p. n.v. s.a. ag se company corporation registrant
    mr mrs ms miss dr
    january february march april may june july august september october november
    december""".split()
)


# the whole market asked as the subject ("did the industry add", "worldwide", "in total"), not a company's share of it
_WHOLE_MARKET_Q = re.compile(r"(?i)\b(?:the\s+(?:whole\s+|entire\s+)?(?:industry|market|sector)(?!\s+share)|industry-wide|market-wide|"
                             r"world(?:wide|['’]s)|globally|global|in\s+total|overall)\b")
_MARKET_Q = re.compile(r"(?i)\b(?:world\w*|global\w*|market|industry|industry-wide|sector|in\s+total|total|overall)\b")


def _opened_by_member(text: str, names: set[str], asked: Iterable[str] = ()) -> bool:
    """Does a sentence open with a name of the text's own (a company, not a place, a month or "The") that is none of
    the ``asked`` names: the subject of its figures is that member ("Meridian Foundry added 13,000 wafers ...")?"""
    head = re.match(r"\s*([A-Z][\w&.-]*)", text)
    opener = re.sub(r"['’]s$", "", head.group(1)).lower() if head else ""
    return bool(opener) and opener in names and opener not in _NOT_NAME and not places(head.group(1)) \
        and not any(opener in e or e in opener for e in asked)


def subject_score(asked: Asked, c: Candidate, aliases: Sequence[str] = (), names: set[str] = frozenset()
                  ) -> float | None:  # fmt: skip
    """How much the candidate is about the asked names: None when some name is nowhere in it or its
    context; 1.0 when it names them itself first (or refers back to them with "it"/"we", or its section or
    filing is theirs); less when another name opens it and the asked one is only mentioned."""
    if not asked.entities:
        if _MARKET_Q.search(asked.text) and not _MARKET_Q.search(c.body) and c.kind == "sentence":
            head = re.match(r"\s*([A-Z][\w&.-]*)", c.text)
            opener = re.sub(r"['’]s$", "", head.group(1)).lower() if head else ""
            if opener in names and opener not in _NOT_NAME and not places(head.group(1)):
                return 0.3  # "how much will be added globally": "Tesla expects its deployments to ..." is one company's
        return 0.6
    # "Total (excluding China)", "shares outside China": a place named only as left out is not what the figure is of
    raw_cover = _LEFT_OUT.sub(" ", _cover(c, aliases))
    cover = raw_cover.lower()
    squashed = re.sub(r"[^a-z0-9]", "", cover)
    # "Italy" is named by "Italian sales" too (``prose_places``); "FAA" by "the Federal Aviation Administration"
    if not all(any(_named(f, cover, squashed) for f in prose_places.place_forms(e))
               or _initialism_named(e, asked.text, raw_cover) or _given_name(e, asked.text, raw_cover)
               for e in asked.entities):
        return None
    own = _LEFT_OUT.sub(" ", c.body).lower()
    own_sq = re.sub(r"[^a-z0-9]", "", own)
    in_own = [e for e in asked.entities if any(_named(f, own, own_sq) for f in prose_places.place_forms(e))]
    if c.kind == "sentence" and prose_places.opens_with_other_place(c.text, asked.entities):
        # "Polish sales are now 58% below their peak" after a sentence on Italy: Poland's, not Italy's
        return 0.25 if in_own else None
    # a sentence's opening clause, up to a semicolon: "About 60% of store-brand goods are made by contract packers;
    # a few retailers, among them Norrmart, run their own plants" is not opened by the name in its second clause
    opening = c.text.split(":")[0] if c.kind == "row" else _BULLET.sub("", c.text).split(";")[0]
    first = None if (_ANAPHOR.match(opening) or _CHANGE_ANAPHOR.match(opening)) else first_name(opening, names)
    if c.kind == "row" and first is not None and is_filing(c.meta) and _LINE_LABEL.match(opening) \
            and first == opening.split()[0].lower():
        first = None  # "Occupancy percentage", "Passenger cruise days": a line label in sentence case names no one
    if c.kind == "sentence" and first is not None and is_filing(c.meta) and _filer_asked(asked, c) \
            and _named_after_verb(c.text, first):
        # "Cemetery sales rose 10.7%, led by property sales in our Texas cemeteries": in the asked filer's own filing, a
        # name said only after the sentence's verb is no subject of it (the filer's measure is)
        first = None
    own_names = {f for e in asked.entities | asked.mentioned for f in prose_places.place_forms(e)}
    if first is not None and not any(first in e or e in first for e in own_names):
        if is_filing(c.meta) and _OUR.search(c.text) and _filer_asked(asked, c) and _opening_names(c.text, first):
            # "During fiscal 2022, Walmart Inc. accounted for 20 percent of our consolidated net sales": in the asked
            # filer's own filing, a sentence about "our" sales is the filer's, whoever opens it
            return 0.85
        # another name opens the sentence: the asked one is at most mentioned in passing
        possessive = any(re.search(rf"\b{re.escape(e)}['’]s\b", own) for e in asked.entities)
        return 0.5 if possessive else 0.25
    if in_own:
        return 1.0
    head = re.match(r"\s*([A-Z][\w&.-]*)", opening)
    lead_name = first or (re.sub(r"['’]s$", "", head.group(1)).lower() if head else None)
    if lead_name is not None and any(lead_name in e or e in lead_name for e in asked.siblings):
        # the other name of "Alphabet and Meta" opens it ("Alphabet said ..." for the Meta part), and the asked one
        # is named only around it: it is about that other name
        return 0.25
    filer = bool(getattr(c.meta, "company", None))  # a filing's sentence naming no one else is about its filer
    return 0.85 if (c.before or _WE.match(c.text) or c.heading or c.kind == "row" or filer) else 0.7


_OUR = re.compile(r"(?i)\b(?:our|we|us)\b")
# a table row's label written in sentence case: a capital, then lower-case words ("Occupancy percentage", "Net yield
# per day"); a name is written in title case ("Harbor Lines International", "Contoso U.S.")
_LINE_LABEL = re.compile(r"\s*[A-Z][a-z]+\s+[a-z][a-z-]*\b")
# a name a text leaves out of its figure: "Total (excluding China)", "revenue outside China", "all regions except Japan"
_LEFT_OUT = re.compile(rf"\b(?i:{_LEAVING_OUT}|excludes)\s+{_A_NAME}")


_SUBJECT_END = re.compile(r"(?i)\b(?:accounted|represented|was|were|is|are|had|has|generated|contributed|made|bought|"
                          r"purchased|comprised|provided|totaled|totalled)\b")


_VERB = re.compile(r"(?i)\b(?:increased|decreased|rose|fell|grew|declined|improved|dropped|was|were|is|are|had|has|"
                   r"totaled|totalled|reached|generated|accounted|represented|amounted)\b")


def _named_after_verb(sentence: str, name: str) -> bool:
    """Is ``name`` (lower case) said only after the sentence's first verb, as a qualifier of the filer's own things
    ("... increased 10.7%, led by property sales in our Texas and California cemeteries"), not in its opening? A name
    after the verb standing on its own ("as we added executives in Europe") stays a name the sentence is about."""
    verb = _VERB.search(sentence)
    return bool(verb) and name not in sentence[: verb.start()].lower() and bool(re.search(
        rf"\b[Oo]ur\s+(?:[A-Z][\w.&-]*\s+(?:and\s+|,\s*)?){{0,4}}?(?i:{re.escape(name)})\b", sentence[verb.end() :]))


def _opening_names(sentence: str, name: str) -> bool:
    """Is ``name`` (lower case) the subject the sentence opens with: said before its first verb ("During fiscal
    2025, Contoso Stores Inc. ... accounted for ...")? A name said later ("... as we added executives in Europe")
    is not."""
    verb = _SUBJECT_END.search(sentence)
    head = sentence[: verb.start()] if verb else ""
    return bool(head) and name in head.lower()


def _filer_asked(asked: Asked, c: Candidate) -> bool:
    """Is every asked name the filer of the candidate's filing (its company, or an alias the cover gives)?"""
    company = (getattr(c.meta, "company", None) or "").lower()
    squashed = re.sub(r"[^a-z0-9]", "", company)
    return bool(company) and all(any(_named(f, company, squashed) for f in prose_places.place_forms(e))
                                 for e in asked.entities)


def period_score(asked: Asked, c: Candidate) -> float:
    """1.0 when the candidate states the asked year (or no year is asked); 0.0 when it states other years only;
    in between when it states none (a filing's own year, its heading)."""
    if not asked.years:
        return 1.0
    if c.years & asked.years:
        return 1.0
    ctx_years = _years(c.heading + " " + c.before + " " + c.prev)
    base = drivers.base_years(c.text) if c.kind == "sentence" else frozenset()
    own_filing = c.meta is not None and c.meta.company and c.meta.fiscal_year and not ctx_years \
        and c.meta.fiscal_year in asked.years  # fmt: skip
    if c.years and c.years <= base and (asked.years & ctx_years or own_filing) and min(asked.years) > max(base):
        # "... together accounted for 62.0%, up from 59% in 2024" after a sentence on 2025: its only year is the base
        # of the change, its own figure is of the year its paragraph is about (none said: its filing's own period,
        # "The renewal rate was 72.5%, compared with 70.9% in the second quarter of 2024" in a 2025 10-Q)
        return 0.8
    if c.meta is not None and c.meta.company and c.meta.fiscal_year and c.meta.fiscal_year not in asked.years \
            and not c.years and c.kind == "sentence" and figures.says_year_end(c.text):
        return 0.0  # "total investments were $11.5 billion at year end": the filing's own year-end, not the asked
    if ctx_years & asked.years and not c.years:
        return 0.8
    meta = c.meta
    filing = meta is not None and meta.company and meta.fiscal_year
    if filing and meta.fiscal_year in asked.years and not c.years:
        return 0.7
    if c.years or ctx_years:
        return 0.0
    own = doc_year(meta) if meta is not None else None
    if own and not asked.years & ({own} if filing else {own, own - 1}) \
            and not (_FORWARD.search(c.text) and min(asked.years) > own):  # a plan may leave its year to the heading
        # a sentence stating no year speaks of its report's own period: "3.0 billion cubic feet of capacity" in a
        # report of 2025 does not answer "at the end of 2021"
        return 0.0
    return 0.4


_UNIT_FAMILIES = [  # units of one dimension: a figure in one does not answer a question asking another (no conversion)
    {"m3": r"cubic\s+met(?:re|er)s?|m3|m³|bcm", "ft3": r"cubic\s+f(?:ee|oo)t|bcf|mcf|tcf", "bbl": r"barrels?|bbl|boe",
     "l": r"lit(?:re|er)s?", "gal": r"gallons?"},
    {"t": r"(?:metric\s+)?tonnes?", "ton": r"(?<!metric\s)(?:short\s+)?tons", "lb": r"pounds|lbs"},
    {"km": r"kilomet(?:re|er)s?|km", "mi": r"miles"},
    {"m2": r"square\s+met(?:re|er)s?|m2|m²|sqm", "ft2": r"square\s+f(?:ee|oo)t|sq\.?\s?ft", "acre": r"acres",
     "ha": r"hectares"},
    {"twh": r"TWh", "gwh": r"GWh", "mwh": r"MWh", "kwh": r"kWh"},
    {"gw": r"GW", "mw": r"MW", "kw": r"kW"},
]  # fmt: skip


_SUM_PHRASE = re.compile(
    r"(?i)\b(?:defined\s+as|which\s+(?:includes?|combines?|covers?)|including|comprising|made\s+up\s+of|consisting\s+of|"
    r"combining|together\s+with)\s+[^.;:,()]{0,100}|\b[\w-]+(?:\s+[\w-]+){0,3}\s+plus\s+[\w-]+(?:\s+[\w-]+){0,3}"
)


def _part_of_sum(asked: Asked, text: str) -> bool:
    """Does a sentence name what the question asks about only as one part of a sum ("defined as equipment plus
    airtime", "including services")? Its figure is then the sum's, not the asked part's."""
    spans = [m.span() for m in _SUM_PHRASE.finditer(text)]
    if not spans:
        return False
    measure = {_stem(m.group(0).split()[-1].lower()) for m in _METRIC_WORD.finditer(asked.text)}
    words = {w for w in asked.words | asked.entities if not re.fullmatch(r"\d+", w) and _stem(w) not in measure}
    inside, outside = set(), set()
    for w in words:
        for m in re.finditer(rf"(?i)\b{re.escape(w[:5])}", text):
            (inside if any(a <= m.start() < b for a, b in spans) else outside).add(w)
    # every asked word the sentence says, it says inside the sum ("government contracts, including the Starshield
    # work": "government" is said outside it, so the figure may be the asked one)
    return bool(inside) and not outside


# an enumeration set aside between dashes or in parentheses ("the market - guidance, VRA, farm-management software
# (FMS) and drones - reached $11.8 billion"): three items or more
_ENUM_ASIDE = re.compile(r"\s[-–—]{1,2}\s([^–—]{8,300}?)\s[-–—]{1,2}\s|\(([^()]{8,300})\)")


def _part_in_aside(asked: Asked, text: str) -> bool:
    """Does a sentence say an asked word only inside an enumeration set aside (between dashes or in parentheses,
    two commas or more) naming the parts of its subject ("the global market - guidance, VRA, farm-management software
    and drones - reached $11.8 billion" for the farm-management software market)? Its figure is the whole's."""
    spans = [m.span(1) if m.group(1) is not None else m.span(2) for m in _ENUM_ASIDE.finditer(text)]
    spans = [(a, b) for a, b in spans if text[a:b].count(",") >= 2]
    if not spans:
        return False
    measure = {_stem(m.group(0).split()[-1].lower()) for m in _METRIC_WORD.finditer(asked.text)}
    inside, outside = set(), set()
    for w in (w for w in asked.words | asked.entities if not re.fullmatch(r"\d+", w) and _stem(w) not in measure):
        for m in re.finditer(rf"(?i)(?<![\w-]){re.escape(w[:5])}", text):
            (inside if any(a <= m.start() < b for a, b in spans) else outside).add(w)
    return bool(inside - outside)


def units_named(text: str) -> list[set[str]]:
    """Per unit family, the units a text names ("million cubic metres" -> {"m3"})."""
    return [{k for k, rx in fam.items() if re.search(rf"(?<![\w/])(?:{rx})(?![\w/])", text)} for fam in _UNIT_FAMILIES]


def unit_conflict(question: str, text: str) -> bool:
    """Does ``text`` state a figure in another unit of the dimension the question asks in ("cubic feet" for "million
    cubic metres", "MWh" for "GWh")?"""
    return any(q and t and not q & t for q, t in zip(units_named(question), units_named(text)))


# a question asking where something went or what it was spent on, not how much: "what did its capex go to?"
_DESTINATION_Q = re.compile(r"(?i)^\s*(?:on\s+)?what\b[^?]*\b(?:went|go|goes|going|gone)\s+(?:to|towards|into)\b|"
                            r"^\s*(?:on\s+)?what\b[^?]*\b(?:spent|used|put|allocated|directed|devoted)\s*(?:on|for|to|into)?\s*\??$|"
                            r"^\s*where\s+(?:did|does|do|will|has|have)\b[^?]*\b(?:go|went)\b")
_DESTINATION_SAID = re.compile(r"(?i)\b(?:went|go|goes|going|gone|spent|spend|spending|used|use|put|allocated|directed|"
                               r"devoted|earmarked|channel(?:l)?ed|split|divided)\s+(?:[\w$€£.,%-]+\s+){0,4}?"
                               r"(?:to|towards|into|on|for|between|among)\b|\b(?:mainly|mostly|largely|primarily)\s+"
                               r"(?:on|for|to|into)\b|\b(?:split|breakdown)\b")


# "who buys / makes / supplies / uses X": the doers of that verb, named by the verb or its agent noun
_DOER_FORMS = {
    "buy": r"buy|buys|buying|bought|buyers?|purchas\w*|customers?|clients?",
    "make": r"make|makes|making|made|makers?|manufactur\w*|produc(?:e|es|ed|ing|ers?|tion)",  # not "product(s)"
    "supply": r"suppl(?:y|ies|ied|ying|iers?)|vendors?|provid\w*",
    "use": r"use|uses|using|used|users?",
}
_DOER_VERB = {"buys": "buy", "buy": "buy", "makes": "make", "make": "make", "supplies": "supply", "supply": "supply",
              "uses": "use", "use": "use"}
_WHO_DOES = re.compile(r"(?i)^\s*(?:who|whom)\s+(buys|buy|makes|make|supplies|supply|uses|use)\b")


def type_score(asked: Asked, c: Candidate, question: str = "", soft_narrowing: bool = False) -> float:
    """How well the candidate's form fits the answer type asked, 0..1 (0: it cannot be the answer).
    ``soft_narrowing``: the words narrowing an amount's measure ("money spent building data centres") need not be
    said word for word (``prescore`` marks such a candidate, which then needs ``SOFT_COSINE``)."""
    body = c.body
    if c.form == "effect" and asked.kind != "reason":
        return 0.0  # a change with the sentences explaining it answers why, nothing else
    if _hidden(asked, c):
        return 1.0  # "Northwind does not publish its unit sales": shown as a decline with its words (``render``)
    if asked.kind in ("describe", "list") and _DESTINATION_Q.search(asked.text) and c.kind in ("sentence", "list") \
            and not _DESTINATION_SAID.search(f"{body} {c.before}"):
        # "What did X say the bulk of its capital spending went to?": where the money went; a sentence giving how much
        # was spent, and not on what, is on the topic but no answer
        return 0.0
    doers = _WHO_DOES.match(asked.text)
    if doers and c.kind in ("sentence", "list") \
            and not re.search(rf"(?i)\b(?:{_DOER_FORMS[_DOER_VERB[doers.group(1).lower()]]})\b", f"{body} {c.heading}"):
        # "Who buys AI accelerators?": the buyers; a sentence on the accelerators' sales that names no one buying them
        # (no "buy", "bought", "buyers", "purchasers", "customers") is on the topic but names no answer
        return 0.0
    if asked.kind == "amount":
        if c.kind == "list" and (_COUNT_LEAD.search(c.text) or _COUNTED_CAUSE.search(c.text)):
            return 0.0  # "Demand rose for three reasons." and the reasons: why it moved, not by how much
        if not _tied(asked, c, question):
            return 0.0  # every figure is governed by another measure ("sign-on bonuses (commonly $8,000 to $15,000)"
            # for an hourly pay, "58% of the total" for a margin, a "Gross margin (%)" row for a bill rate)
        if asked.unit == "change" and _quoted_change(asked, c, question) is not None:
            return 1.0  # both periods' figures of the asked measure in one sentence or row: the change is computed
        if asked.unit == "change" and c.kind == "sentence" and revisions.asks_revision(question or asked.text) \
                and _revision(asked, c, question) is not None:
            return 1.0  # "by how many points did it raise its guidance": one clause's new and previous figure
        if re.search(r"(?i)\bhow\s+many\s+(?:percentage\s+|basis\s+)?points\b", question if question.lstrip().startswith(
                asked.text.strip()[:40]) and len(asked.text) >= len(question) - 2 else asked.text) \
                and not _POINTS_STATED.search(body):
            return 0.0  # "by how many percentage points was guidance raised": "9 percent (previously 8)" states levels
        if c.kind == "sentence" and ties.asked_length(asked.text) in ("half", "year") and ties.quarter_only(c.text):
            return 0.0  # "in the first half of fiscal 2026" asked: "... in the second quarter of fiscal 2026" is a quarter's
        if c.kind in ("sentence", "list") and ties.other_span(asked.text, body):
            return 0.0  # "over the next ten years" asked: "... $12.5 billion over the next five years" is another horizon's
        if asked.unit == "factor":
            return 1.0 if _FACTOR_STATED.search(body) else 0.0
        if asked.unit == "change" and c.kind == "sentence" and not causes.changes_asked(asked.text, c.text, c.before):
            return 0.0  # "by how much did the fleet grow": "The average price per delivery fell 15%" is the price's
        if asked.unit == "change" and causes.asks_distance(question or asked.text):
            # "how far below its peak": "58% below their 2022 peak", not "have fallen every year since their peak"
            return 1.0 if causes.states_distance(body, question or asked.text) else 0.0
        if asked.unit == "change":  # "by how much did it grow": the change itself must be stated, for both periods
            if re.search(r"(?i)\bpoints?\b", question) and _POINTS_STATED.search(body):
                return 1.0  # "raised its guidance by 2 percentage points": the change in the points asked
            if len(asked.years) >= 2 and not asked.years <= (c.years | _years(c.heading)):
                return 0.0
            if re.search(r"(?i)\bpercent(?:age)?\b|%", question):  # "by what percentage": a percentage change
                return 1.0 if _CHANGE_STATED.search(body) and re.search(r"\d\s?%|\bpercent\b", body) else 0.0
            return 1.0 if _CHANGE_STATED.search(body) else 0.7 if _FACTOR_STATED.search(body) else 0.0
        if not claims(body):
            return 0.0
        if c.kind == "list" and not any(claims(it) for it in c.items):
            return 0.0  # a list whose items state no figure (names, quoted terms) never answers "how much"
        if asked.unit in ("", "count", "money") and c.kind != "row" and not _PERCENT_Q.search(asked.text) \
                and not _PORTION_Q.search(asked.text) and not any(_direction(w) for w in content_words(asked.text)) \
                and all(_is_percent(n, body) for n in claims(body)):  # "what growth": a move, which a percentage is
            return 0.0  # "how much capacity was added": "27% of revenue" is a share, not the amount asked
        if c.kind != "row" and (_part_of_sum(asked, c.text) or _part_in_aside(asked, c.text)) \
                and not _SUM_PHRASE.search(question) and not _COMBINED.search(question):
            return 0.0  # "the market, defined as equipment plus airtime, was $9.1 billion": not the equipment figure
        if c.kind == "row" and _FUTURE_Q.search(asked.text) and not _later_years(c) \
                and not (asked.years and c.years & asked.years):
            return 0.0  # "what growth does the report expect": a table of past years states none
        if c.kind != "row" and _FUTURE_Q.search(asked.text) and not _FORWARD.search(body) and not _later_years(c):
            return 0.0  # "how much does it expect to pay in the future": what it paid ("we used $1.15 billion") is not
        metric = {_same_measure(m.group(0)) for m in _METRIC_WORD.finditer(question)}
        if _COST_VERB.search(question):
            # "What did a four-hour system cost per kWh?": what one thing costs its buyer is its price
            metric |= {_same_measure("price"), _same_measure("prices")}
        # a table row states its measure in the table's caption or heading ("Revenue by operator"), not in its cells
        said = body + (" " + c.heading if c.kind == "row" else "")
        stated = {_same_measure(m.group(0)) for m in _METRIC_WORD.finditer(said)}
        if metric and stated and not metric & (stated | _stems(content_words(body + " " + c.heading))):
            return 0.0  # "operating margin" asked, the sentence gives net sales (another measure, not a synonym)
        said = " ".join((body, c.heading, c.before, _title(c)))
        if not soft_narrowing and not prose_measures.says_narrowing(asked.text, said, c.text if c.kind != "row" else ""):
            return 0.0  # "spend on pet grooming": "Households spent $90 billion on their pets" is the total
        if c.kind in ("sentence", "list") and figures.names_statement(question or asked.text):
            return 0.0  # "per its balance sheet": the statement's figure is asked, a prose sentence is no answer
        if c.kind in ("sentence", "list") and not prose_measures.names_half(asked.text, f"{body} {c.heading} {c.before}"):
            return 0.0  # "in the first half of 2025": a full year's figure is another period's
        if c.kind == "sentence" and not _asked_period_named(asked, c):
            return 0.0  # "in its Commercial Lines segment", "in the fourth quarter": the sentence must name them
        if c.kind == "sentence" and asked.unit in ("money", "percent", "") \
                and figures.no_asked_figure(asked.text, c.text, asked.unit, set(asked.entities)):
            return 0.0  # only another measure's figure, a threshold or a limit: no amount of the asked measure
        if asked.unit == "money":
            ok = bool(_MONEY.search(body)) or (c.kind == "row" and bool(_MONEY.search(c.heading)))
            # "how much of the sector's revenue came from recycling": a portion, which a percentage answers
            ok = ok or bool(_PORTION_Q.search(asked.text) and re.search(r"\d\s?%|\bpercent\b", body))
            fit = 1.0 if ok else 0.0
        elif asked.unit == "percent":
            ok = "%" in body or "percent" in body.lower()
            # "what percentage of net sales did it spend on advertising" asks a share as "share" does; "net sales
            # growth of 4% to 5%" is a rate of change, not a share
            if ok and re.search(r"(?i)\b(?:share|proportion|portion|fraction)\b|\bpercent(?:age)?\s+of\b", question):
                # a table row's cells are shares when its caption or note says so ("Share of visits, % of total");
                # "identity and access management (18%)" in a list of shares is that item's share (prose_items)
                ok = bool(_SHARE_STATED.search(body + (" " + c.heading if c.kind == "row" else ""))) \
                    or items.item_share(asked.text, body) is not None
            if ok and c.kind == "sentence" and figures.share_of_other(asked.text, body):
                ok = False  # "what share of its capacity ...": "fuel was 23% of operating expenses" is another whole's
            fit = 1.0 if ok else 0.0
        elif asked.unit == "duration":  # "how long ...": a figure counting months, years, weeks or days
            fit = 1.0 if any(_DURATION.match(body[n.end :]) for n in claims(body)) else 0.0
        elif asked.unit == "count":  # "how many heat pumps": a money or percentage figure is no count
            counts = disclosure.count_figures(body, [(n.start, n.end, n.raw) for n in claims(body)])
            # "how many aircraft": "an average of 610 departures per day" counts another thing
            fit = 1.0 if c.kind == "row" or (counts and not figures.counts_other(asked.text, body, counts)) else 0.0
        else:  # "4,200 aircraft": a figure with the noun it counts after it has a unit
            fit = 1.0 if (_UNITFUL.search(body) or c.kind == "row"
                          or any(_unit_after(body[n.end :]) for n in claims(body))) else 0.5
        if fit and _SUM_Q.search(question):  # "the total amount it may borrow": a sum over items is asked
            fit = 1.0 if _TOTAL.search(body) else 0.0  # one item of it (one of two facilities) is not the answer
        elif fit and _TOTAL.search(question):  # "total revenue": a line item that may be written without "total"
            # "group revenue", "consolidated revenue" say the whole as "total" does
            fit = 1.0 if _TOTAL.search(body) or re.search(r"(?i)\btotall?(?:ing|ed)\b|\b(?:group|consolidated)\s+(?:\w+\s+)?(?:"
                                                          rf"{_METRIC})\b", body) else 0.3
        return fit
    after = rankings.after_names(question or asked.text) if asked.kind == "list" else []
    if after:  # "which come after A and B": a ranking naming them both and then others
        return 1.0 if rankings.names_after(c.body, after) else 0.0
    ranking = _unnamed(asked)  # "Best Harbor Outfitters" names a company and ranks nothing
    if asked.kind == "list" and reasons.asked_noun(asked.text):  # "What are the main risks ...": the risks it names
        ranking = reasons.without_generic(ranking)
    if asked.kind in ("list", "entity") and _SUPERLATIVE.search(ranking) and _asks_names(asked.text) \
            and not _names_other(asked, c):
        return 0.0  # "which countries grew fastest": a sentence on the topic naming no country (or only the asked ones)
    if asked.kind in ("list", "entity") and _rank_sense(ranking) and _rank_sense(c.body) \
            and not _rank_sense(ranking) & _rank_sense(c.body):
        return 0.3  # "which market grew fastest": "China remained the largest market" ranks by another measure
    # "The six largest groups run a quarter of all screens. Ranked by screens, they were:": a list lead-in pointing
    # back ("they", "these", "those") ranks what the sentence before names
    ranked_body = f"{c.prev} {c.body}" if c.kind == "list" and re.search(r"(?i)\b(?:they|these|those)\s+(?:were|are)\b",
                                                                          c.text) else c.body
    if asked.kind in ("list", "entity") and _SUPERLATIVE.search(ranking) and not _SUPERLATIVE.search(ranked_body):
        return 0.3  # "which segment grew fastest / dragged growth down": the answer must say which ranks so
    place = _ORDINAL_Q.search(ranking)
    if asked.kind in ("list", "entity") and place and c.kind in ("sentence", "list") \
            and not _states_place(c.body, _ORDINALS[place.group(1).lower()]):
        return 0.0  # "which maker was the third-largest": only a quote saying who is third, or ranking three in order
    if asked.kind == "list" and c.kind in ("list", "sentence") and not reasons.asks_determinants(asked.text) \
            and not _about_kind(asked.text, c):
        # "which customer industries ...": a list of countries on the same page, or a sentence about the largest
        # market, is about another kind of thing
        return 0.0
    if asked.kind == "list":
        if _NAMED_LIST.search(asked.text) and not re.search(r"(?i)^\s*who\b", asked.text):
            # "which companies ...", "what are three companies acquired ...": the answer names them; a candidate
            # naming fewer than two others (the asked company describing itself) cannot be that list
            own = asked.entities | asked.mentioned  # "Contoso Inc.", "Contoso Holdings": the asked company itself
            named = {n for n in named_entities(c.body) if not any(e in n for e in own)}
            if len(named) < 2:
                return 0.0
            # "companies acquired by Contoso": the relation asked (a participle of the question) must be stated
            relation = {w for w in asked.words - asked.entities if re.fullmatch(r"[a-z]{3,}ed", w) and _direction(w) is None}
            if relation and not _stems(relation) & _stems(content_words(c.body + " " + c.heading)):
                return 0.0
        if c.kind == "list":
            return 1.0
        enum = len(re.findall(r",\s*(?:and\s+)?[A-Za-z]", c.text)) + (1 if re.search(r"\band\b", c.text) else 0)
        if not enum and re.match(r"(?i)\s*which\b", asked.text) and not _names_other(asked, c):
            return 0.0  # "Which cooling methods ...?": a topic sentence naming no member and listing nothing
        if c.kind == "sentence" and re.match(rf"(?i)\s*{_PREP}which\b", asked.text) and _asks_names(asked.text) \
                and not _names_other(asked, replace(c, text=_without_contrast(c.text))):
            # "Which markets sold more?": a sentence naming no market, or "A handful of southern markets sold more,
            # while France and the UK continued to shrink", naming members only on the other side of a contrast: the
            # asked ones go unnamed
            return 0.0
        return 0.9 if enum >= 2 else 0.5 if enum else 0.3
    if asked.kind == "entity":
        # a name, or a place (a sentence may open with it: "India was the fastest-growing market")
        # a financial term in capitals ("EBITDA", "GAAP") names no member of any kind
        said = c.body if c.kind == "list" else c.text  # a list names its members in its items
        names = (named_entities(said) | places(said) | {first_name(said) or ""}) - set(asked.entities) - {""} \
            - _FINANCE_TERMS
        return 1.0 if names else 0.5
    if asked.kind == "reason":
        if c.kind == "row":
            return 0.0  # a table row ("EPS change: (54)%") states a figure, never why
        if c.kind == "list" and c.items and _aside_items(c.text) == c.items:
            return 0.0  # names in an aside of the sentence ("The four largest - A, B, C and D - raised ...") say who, not why
        qtext = asked.effect or asked.text  # "..., and why did it go up?": the part before's measure (prose_drivers)
        if c.form == "effect":  # the asked change restated, then the sentences explaining it
            if drivers.other_item(qtext, c.text, is_filing(c.meta)):
                return 0.0  # "why was collaboration revenue lower": "Rental revenue increased ..." is another item
            if reasons.restates(_stems(asked.words - asked.entities), _stems(content_words(c.text))):
                return 1.0
            # "What is pushing up installation costs?": "Installation costs have climbed for three years." says the
            # asked head, and the report's title and heading say the rest of the asked thing
            head, topic = causes.asked_effect(qtext)
            said = _stems(content_words(c.text + " " + c.heading + " " + _title(c)))
            return 1.0 if head is not None and causes.explains_asked(qtext, c.text, len(c.text)) \
                and len(topic - {s[:5] for s in said}) <= len(topic) // 2 else 0.0
        cause = _CAUSAL.search(c.text)
        said = reasons.explained_measure(c.text, cause.start() if cause else 0, c.before)
        if cause and causes.effect_after(c.text, cause.start()):  # "..., which is why utilisation stalled"
            said = reasons.explained_measure(causes.effect_clause(c.text, cause.start()), -1)
        if said and reasons.asked_measure(qtext) and not reasons.same_measure(reasons.asked_measure(qtext), said):
            return 0.0  # "why did segment sales fall": a sentence explaining the gross margin explains another measure
        weak = _WEAK_CAUSAL.search(c.text)
        as_at = causes.causal_as(c.text) if cause is None else -1  # "fell 15% as operators flew more routes"
        at = cause.start() if cause else as_at if as_at >= 0 else weak.start() if weak else -1
        if c.kind == "sentence" and at >= 0 and not causes.explains_asked(qtext, c.text, at, c.before or c.prev):
            return 0.0  # "why did the margin narrow": "The average price rose 6%, driven by ..." explains the price
        if c.kind == "sentence" and at >= 0 and drivers.other_item(qtext, causes.effect_clause(c.text, at, c.before or c.prev),
                                                                         is_filing(c.meta)):
            return 0.0  # "why was collaboration revenue lower": "Product revenue fell, due to ..." is another item's
        if c.kind == "sentence" and at >= 0 and asked.entities and not _names_in_effect(asked, c, at):
            return 0.0  # "why did sales in Germany fall": "Its revenue fell 12%, mainly because of weaker demand in
            # Germany" explains another company's revenue; Germany is named only in the cause
        if c.kind == "sentence" and at >= 0 and not asked.entities and _member_effect(qtext, causes.effect_clause(c.text, at)):
            return 0.0  # "why did US residential solar fall": "Texas and Florida, ..., fell less steeply" is two states'
        moved = causes.effect_clause(c.text, at) if causes.effect_after(c.text, at) else c.text
        if _opposite_direction(qtext, moved):
            return 0.3  # asked why it fell, the sentence explains a rise ("..., which is why X shrank": X's move)
        if (c.kind == "list" or ":" in c.text) and c.form != "effect" and items.other_kind(
                qtext, items.lead_of(c.text), _moves(qtext)):  # fmt: skip
            return 0.0  # "what reasons did respondents give": "Respondents named three constraints: ..." lists limits
        if c.kind == "list" and c.items and (counted_lead := _COUNT_LEAD.search(c.text)):
            # "Two things held back orders. First, ... Second, ...": the causes, counted and listed; the change they
            # cause must be the asked one: "Three things brought buyers back" does not say why prices fell (a change
            # named back, "Two factors explain the decline", is the one stated before)
            effect = re.split(r"[.;:]", c.text[counted_lead.end() :], maxsplit=1)[0]
            said = set(_words(effect)) - causes.FRAME_WORDS - _QUESTION_FRAME
            asked_stems = _stems(set(asked.words))
            if said and not _stems(said) & asked_stems and not drivers.cause_list_lead(c.text) \
                    and not drivers.opens_with_anaphor(effect):
                return 0.0
            return 1.0
        counted = _COUNTED_CAUSE.search(c.text) if c.kind == "list" and c.items else None
        if counted:
            # A3 rule: "Two shifts explain the reshuffle. First, ... Second, ...": the causes of the change it names,
            # the answer only when that change is the asked one (a word of the question: "reshuffling" ~ "reshuffle")
            return 1.0 if _stems(_words(counted.group("effect"))) & _stems(asked.words) else 0.0
        if c.kind == "list" and c.items and c.form == "" and drivers.why_list(qtext, c.text, c.heading):
            return 1.0  # "## Why budgets are going up" / "Asked why, they cited:" and its bullets: the reasons given
        if c.kind == "list" and len(c.items) >= 2 and c.form != "effect" and why_lead(asked, c.text):
            return 1.0  # "5. Why the sector is consolidating" and its bullets: each bullet is one reason
        kind_asked = prose_lists.asked_family(asked.text) if c.kind == "list" and c.items else None
        if kind_asked is not None and c.form != "effect" and prose_lists.lead_family(c.text) is not None:
            # "What limits growth ...?": "The report names four constraints:" lists limits; "Buyers cite three
            # benefits:" lists another kind of thing
            return 1.0 if prose_lists.lead_family(c.text) == kind_asked else 0.0
        # a reason needs a cause stated: a list of customer industries with their shares, or a sentence saying only
        # what happened, does not say why
        return 1.0 if _CAUSAL.search(c.text) or as_at >= 0 else 0.6 if _WEAK_CAUSAL.search(c.text) else 0.0
    if asked.kind == "yesno":
        return 1.0 if c.kind == "sentence" else 0.5
    if asked.kind == "business":
        # "what industry is it in / what does it do": the sentence describing the business, not one on its topic
        if c.kind != "sentence":
            return 0.0
        if _LEGAL_FORM.search(c.text):
            return 0.0  # "X plc is a public limited company incorporated under the laws of Jersey": its legal form
        return 1.0 if _BUSINESS_STATED.search(c.text) else 0.6 if _BUSINESS_DONE.search(c.text) else 0.0
    if asked.kind == "describe" and asks_figure(question or asked.text) and not _tied(asked, c, question):
        return 0.0  # "what were hospitals paying per hour ...": a figure question, its figures another measure's
    if asked.kind == "describe" and asked.quarters and c.kind == "sentence" and asks_figure(question or asked.text) \
            and not _asked_period_named(asked, c):
        return 0.0  # "in the fourth quarter of 2024": a sentence on the first quarter of 2025 is another period's
    return 1.0 if c.kind == "sentence" else 0.6


def _member_effect(question: str, effect: str) -> bool:
    """Is a reason sentence's effect clause about named members the question does not name ("Texas and Florida, where
    ..., fell less steeply" for "What reasons do installers give for the downturn in US residential solar?")? General
    rule: a question naming no member asks the whole's reason; a change of named parts (states, companies, regions)
    is theirs."""
    topic = {w for w in content_words(question) if _direction(w) is None} - causes.FRAME_WORDS \
        - {"downturn", "slowdown", "upturn", "change", "reasons", "reason", "drove", "drive", "drives", "driven", "give",
           "gave", "cited", "caused", "cause", "causes"}
    if not topic:
        return False  # "..., and what drove the increase?": the part before's subject, whoever it is
    opener = first_name(effect)
    if opener is None or opener in _FINANCE_TERMS or opener in _NOT_NAME:
        return False
    return opener not in {w.lower() for w in re.findall(r"[\w&'’-]+", question)}


_WHY_LEAD = re.compile(r"(?i)^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:why\b|(?:the\s+)?(?:main\s+|key\s+)?(?:reasons?|causes|drivers)\s+"
                       r"(?:for|of|why|behind)\b|what(?:['’]s|\s+is|\s+are)?\s+(?:driving|behind|causing)\b)")


def why_lead(asked: Asked, lead: str) -> bool:
    """Is a list's lead-in or heading a why-question or a reasons heading about what is asked ("Why the sector is
    consolidating", "Drivers of the price fall", "What is behind the shift to liquid cooling")? General rule: such a
    heading announces the causes, one per item, so its list answers "What is driving X?" / "Why X?" when at least half
    of the words of its effect are asked ones (compared by their first six letters: "consolidation" ~
    "consolidating"); "Why hospitals are buying robots" does not explain their outsourcing of laundry."""
    m = _WHY_LEAD.match(lead)
    if not m:
        return False
    said = {w[:6] for w in content_words(lead[m.end() :]) if len(w) >= 4}
    topic = {w[:6] for w in asked.words - asked.entities - causes.FRAME_WORDS if len(w) >= 4}
    return bool(said & topic) and 2 * len(said & topic) >= len(said)  # most of the heading's effect is the asked one


def _tied(asked: Asked, c: Candidate, question: str = "") -> bool:
    """May the candidate's figures answer the asked measure (``prose_ties``)? A sentence: one figure is governed by
    the asked measure's words, or one is governed by none and the sentence (or the one before, its heading) names
    the measure. A table row: its label (or, when the label names no measure, its caption and unit line) names the
    asked measure, in the asked unit ("per loaded mile"), adjusted or not as asked. Lists and computed candidates
    are left to the other checks."""
    q = question or asked.text
    if asked.unit == "duration" and ties.asked_measure(asked.text) is None:
        return True  # "how long did recruiting take": a time asked, no measure to tie (the unit check judges it)
    if asked.text and len(asked.text) < len(q) and (ties.asked_measure(asked.text) is not None
                                                     or q.lstrip().startswith(asked.text.strip())):
        # a part of the question names its own measure; the first part is never held to a later part's measure ("What
        # was the market worth in 2025, and what growth rate did that represent?": "worth" is no growth rate)
        q = asked.text
    if c.kind == "sentence":
        # the sentence before and the heading may name the measure; the report's title (only) a qualifier of it
        return ties.answers(q, c.text, f"{c.before} {c.heading}", _title(c))
    if c.kind == "row":
        label, _, cells = c.text.partition(": ")
        periods = _CELL.findall(c.text)
        if periods:  # the period columns' cells; a head after them ("Change (%) 4.0", "Share 19%") is another measure's
            cells = ", ".join(f"{h} {v}" for h, v in periods)
        return ties.row_tie(q, label, c.heading, cells) != ties.OTHER
    return True


def _names_in_effect(asked: Asked, c: Candidate, at: int) -> bool:
    """Is an asked name that a causal sentence says also said where it states what moved: its clause before the
    cause marker (at ``at``; the sentence before when that clause names nothing), its heading, the sentence it
    refers back to, its report's company and title? A name said only in the cause ("Its revenue fell 12%, mainly
    because of weaker demand in Germany") is not what moved; a name the sentence does not say is left to
    ``subject_score``."""
    text = c.text.lower()
    said = [e for e in asked.entities
            if any(_named(f, text, re.sub(r"[^a-z0-9]", "", text)) for f in prose_places.place_forms(e))]
    effect = causes.effect_clause(c.text, at, c.before or c.prev)
    meta = c.meta
    where = " ".join((effect, c.heading, c.before, c.lead, getattr(meta, "company", None) or "", _title(c))).lower()
    squashed = re.sub(r"[^a-z0-9]", "", where)
    return all(any(_named(f, where, squashed) for f in prose_places.place_forms(e)) for e in said)


def _title(c: Candidate) -> str:
    """The title of a candidate's report (its file name when it has none)."""
    return getattr(c.meta, "title", None) or c.doc.replace("_", " ")


# "how much of it was ...", "what part of": a portion, which a percentage answers
_PORTION_Q = re.compile(r"(?i)\bhow\s+much\s+of\b|\bwhat\s+(?:part|portion|proportion|fraction)\s+of\b|\bhow\s+fast\b|"
                        r"\bgrowth\s+rate\b|\bby\s+how\s+much\b")


def _is_percent(n: Any, text: str) -> bool:
    """Is a figure a percentage ("27%", "27 percent")?"""
    return "%" in n.raw or bool(re.match(r"(?i)\s*(?:percent|per\s+cent|percentage\s+points?)\b", text[n.end :]))


_HEADER_WORDS = frozenset(
    """unaudited audited in millions thousands billions except per share data amounts as of at and ended ending three
    six nine twelve months month year years quarter quarters fiscal restated note notes the dec jan feb mar apr jun jul
    aug sep sept oct nov january february march april may june july august september october november december usd
    dollars us u.s""".split()
)


def header_only(text: str) -> bool:
    """Is a candidate only dates, units and column-head words ("(Unaudited) June 30, 2026 Dec. 31, 2025 (In
    millions)")? Such a line states nothing and is never an answer."""
    words = re.findall(r"[A-Za-z][A-Za-z.]*", text)
    return bool(words) and all(w.lower().rstrip(".") in _HEADER_WORDS for w in words)


def _asked_period_named(asked: Asked, c: Candidate) -> bool:
    """Does a sentence name the segment the question asks about ("in its Commercial Lines segment") and its
    quarter ("fourth quarter", "Q4"; "the quarter" when the heading or the sentence before names the asked one)?"""
    if not figures.names_asked_segment(asked.text, c.text + " " + c.before):
        return False
    if asked.quarters:
        own = _quarters(re.sub(r"(?i)-(?=quarter)", " ", c.text + " " + c.before))  # "fourth-quarter revenue"
        pairs = _quarter_years(c.text)
        dq = doc_quarter(c.meta) if c.meta is not None else None  # a quarterly report's own quarter
        if pairs and asked.years and dq is not None and dq in {(q, y) for q in asked.quarters for y in asked.years} \
                and (cut := _COMPARED_WITH.search(c.text)) is not None and not _quarter_years(c.text[: cut.start()]) \
                and all((q, y + 1) == dq for q, y in pairs):
            # "The renewal rate was 72.5%, compared with 70.9% in the second quarter of 2024" in the 10-Q for the
            # second quarter of 2025: the quarter named is only the base of the comparison; the figure is the report's own
            return True
        if pairs and asked.years and not any((q, y) in pairs for q in asked.quarters for y in asked.years):
            # "the fourth quarter of 2024" asked: "the first quarter of 2025 ... the fourth quarter of 2022" names that
            # quarter of another year only
            return False
        if own:
            return bool(own & asked.quarters)
        if not re.search(r"(?i)\bquarter\b|\bthree\s+months\b", c.text):
            return False
        return bool(_quarters(c.heading + " " + c.prev) & asked.quarters) or bool(dq and dq[0] in asked.quarters)
    return True


# where a sentence turns to the figure it compares with ("..., compared with 60.4% in ...", "up from", "versus")
_COMPARED_WITH = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|(?:up|down)\s+from|versus|against)\b")
_QUARTER_YEAR = re.compile(r"(?i)\b(?:(first|second|third|fourth)[- ]quarter\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d)|"
                           r"q([1-4])\s*(?:fy\s?)?((?:19|20)?\d\d)|([1-4])q\s?((?:19|20)?\d\d))\b")


def _quarter_years(text: str) -> set[tuple[int, int]]:
    """The (quarter, year) pairs a text states ("the fourth quarter of 2024", "Q4 2024", "4Q24")."""
    out = set()
    for m in _QUARTER_YEAR.finditer(text):
        q = _ORDINAL[m.group(1).lower()] if m.group(1) else int(m.group(3) or m.group(5))
        y = m.group(2) or m.group(4) or m.group(6)
        out.add((q, int(y) + (2000 if len(y) == 2 else 0)))
    return out


def _quarter_row_missing(asked: Asked, c: Candidate) -> bool:
    """A quarter asked ("in Q4 2023") and a table row whose column heads name no quarter (years only): the row's
    figures are other periods' (a year's average is not its fourth quarter's)."""
    if not asked.quarters or c.kind != "row":
        return False
    heads = c.text.split(":", 1)[1] if ":" in c.text else c.text
    return not (_quarters(heads) or _quarters(c.heading) or re.search(r"(?i)\b[1-4]Q\d{2}\b|\bQ[1-4]\s?'?\d{2}\b", heads + " " + c.heading))


def _asks_names(question: str) -> bool:
    """Does a "which/who" question ask for names: companies, countries and other places, or "who"?"""
    kind = asked_kind(question)
    if kind is not None:
        return kind.startswith(_PLACE_KINDS)
    m = _KIND_Q.match(question)
    return bool(m and (_NAMED_LIST.fullmatch(m.group(1)) or _MEMBER_KINDS.fullmatch(m.group(1)))) or bool(
        re.match(rf"(?i)^\s*{_PREP}(?:who|whom|which\s+(?:company|firm|country|region|state|market|nation|bank|"
                 r"supplier|vendor|customer|competitor|brand|operator|maker|manufacturer))\b", question))


_CONTRAST_CLAUSE = re.compile(r"(?i)(?:,|;|\s-)\s*(?:while|whereas|but|although|though|unlike|except|yet)\b[^;]*")


def _without_contrast(text: str) -> str:
    """A sentence without its contrasting clauses ("..., while France and the UK continued to shrink"): what it says
    of its own subject. Rule: the members a which-question asks for are named on the asked side of a contrast."""
    return _CONTRAST_CLAUSE.sub(" ", text)


def _names_other(asked: Asked, c: Candidate) -> bool:
    """Does the candidate name something the question does not: a name (not one the question uses) or a place
    (a region the question does not scope to)?"""
    own = asked.entities | asked.mentioned
    body = _EXCLUDED.sub(" ", c.body)  # "Outside the US, ..." names no place it is about
    named = {n for n in named_entities(body) if not any(e == n or e in n or n in e for e in own)}
    kind = asked_kind(asked.text)
    if kind is not None and kind.startswith(_PLACE_KINDS):  # "which countries": a company named is no answer
        return bool(places(body) - places(_EXCLUDED.sub(" ", asked.text)))
    return bool(named) or bool(places(body) - places(_EXCLUDED.sub(" ", asked.text)))


# "which customer industries", "which of the five chains": the kind asked
_KIND_Q = re.compile(rf"(?i)^\s*{_PREP}(?:which|what)\s+(?:of\s+(?:the|its|their|these|those)\s+(?:[a-z0-9-]+\s+)?)?"
                     rf"(?:[a-z-]+\s+){{0,2}}?([a-z]{{3,}}(?:ies|[^s'’\s]s))\b")
_PLACE_KINDS = ("countr", "region", "market", "state", "nation", "geograph")


# "Which region leads ...", "Which segment grows fastest": a singular kind and its verb (not a plural kind)
_SINGULAR_WHICH = re.compile(rf"(?i)^\s*{_PREP}which\s+(?P<kind>region|segment|country|market|company|firm|product|"
                             r"brand|business|division|unit|category|state|city|player|vendor|supplier|chain|operator|"
                             r"channel|geography|area)\s+(?:[a-z]+ly\s+)?[a-z]{3,}s\b")


def _singular_which(question: str) -> re.Match[str] | None:
    """"Which region leads / grows fastest / accounts for most ...": a singular kind, its verb and a superlative;
    not an ordinal ("which country ranks second" needs the ranking itself)."""
    m = _SINGULAR_WHICH.match(question)
    if m is None or not _SUPERLATIVE.search(question[m.end() - 6 :]) or _RANK_ORDINAL.search(question):
        return None
    return m


_RANK_ORDINAL = re.compile(r"(?i)\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th)\b")


def asked_kind(question: str) -> str | None:
    """The kind of thing a "which <kind>" question lists, as a stem ("Which customer industries ...?" ->
    "industr", "Which countries ...?" -> "countr"); None for names (companies, suppliers: their members are
    names, checked by ``type_score``) or no such question."""
    single = _singular_which(question)
    if single:
        noun = single.group("kind").lower()
        return None if noun in ("company", "firm", "supplier", "vendor", "chain", "operator", "player", "brand") else \
            noun[:-1] if noun.endswith("y") else noun
    m = _KIND_Q.match(question)
    if not m or ((_NAMED_LIST.fullmatch(m.group(1)) or _MEMBER_KINDS.fullmatch(m.group(1))) and m.group(1).lower() != "countries") or m.group(1).lower() in ("was", "has", "does", "is", "makes", "uses", "sells"):
        return None
    noun = m.group(1).lower()
    return noun[:-3] if noun.endswith("ies") else noun[:-2] if noun.endswith(("ches", "shes", "xes", "sses")) else noun[:-1]


# "How did colocation facilities compare with hyperscale sites in 2024?", "Compare A's margin with B's": two sides
_COMPARE_SIDES = re.compile(
    r"(?i)\b(?:how\s+(?:did|does|do|has|have|will|would|is|are|was|were)\s+(?P<a>.+?)\s+compare|\bcompare\s+(?P<a2>.+?))"
    r"\s+(?:with|to|against|and|versus|vs\.?)\s+(?P<b>.+?)(?=\s+(?:in|during|for|at|as\s+of|over|by|on)\s+(?:the\s+)?"
    r"(?:fiscal\s+|calendar\s+)?(?:\d|q[1-4]\b|fy|first|second|third|fourth|year|quarter|end)|\s*[?,;.]|\s*$)")
_SIDE_STOP = frozenset("the a an its their our his her this that these those of in on at for to by with and or what "
                       "which how average typical".split())


def compared_sides(question: str) -> tuple[str, str] | None:
    """The first word of each side of a "how did A compare with B" question that the other side does not say (names
    first: "colocation" and "hyperscale" for "colocation facilities ... hyperscale sites"; "contoso" and "northwind"
    for "Contoso's gross margin ... Northwind's"); None for no such question, or a side naming nothing of its own."""
    m = _COMPARE_SIDES.search(question)
    if m is None:
        return None
    a, b = m.group("a") or m.group("a2") or "", m.group("b")
    if re.search(r"(?i)\b(?:year|quarter|month|period|prior|previous|last|earlier|ago|(?:19|20)\d\d)\b", b):
        return None  # "compare with the prior year": a move over time, not two sides

    def own(side: str, other: str) -> str | None:
        theirs = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", other)}
        for w in re.findall(r"[\w'’-]+", side):
            k = w.lower().removesuffix("'s").removesuffix("’s")
            if k not in theirs and k not in _SIDE_STOP and len(k) > 2 and not ties._families(k) \
                    and not re.fullmatch(r"\d+", k):
                return k
        return None

    first, second = own(a, b), own(b, a)
    return (first, second) if first and second else None


# "which region grew fastest", "who has the largest share": a ranking of members by a measure (not "main", "key",
# "principal", which say importance, not a rank by a measure)
# "steepest", "sharpest", "deepest": the size of a move ("the steepest fall in margin"), a ranking as much as "largest"
_RANKING_Q = re.compile(r"(?i)\b(?:most|least|best|worst|highest|lowest|largest|smallest|biggest|fastest|slowest|"
                        r"quickest|strongest|weakest|greatest|steepest|sharpest|deepest)\b")
_OUTRANKS = re.compile(r"(?i)\b(?:[a-z]{2,}er|more|less)\s+than\s+(?:(?:in|at|for|among|of|by)\s+)?(?:any|all|every)\s+"
                       r"other\b|\bran(?:k|ked|ks)\s+(?:first|top|last)\b|\bnumber\s+one\b|\bno\.\s?1\b|"
                       r"\boutpac\w+\s+(?:all|every|the\s+other|its\s+peers)\b")


def asks_ranking(asked: Asked) -> bool:
    """Does a part ask which member of a group ranks first by a measure ("Which region grew fastest?", "Which of its
    three segments had the highest margin?", "Who holds the largest share?")?"""
    return asked.kind in ("entity", "list") and bool(
        re.match(rf"(?i)^\s*{_PREP}(?:which|who|whose)\b", asked.text)) and bool(_RANKING_Q.search(_unnamed(asked)))


def ranks_members(asked: Asked, c: Candidate) -> bool:
    """May the candidate answer a ranking question (``asks_ranking``)? General rule: a which-most answer needs the
    asked measure for the member it names AND for the others: a ranking computed from a table's rows (kind
    "ranked"/"compared"), a sentence that ranks by the asked sense ("the fastest-growing region", "grew faster than
    any other", "ranked first"), or one that gives two or more members' figures side by side. A sentence about one
    member's level ("Europe's sales were $9.1 billion, 18% of the total"), or about none, states no rank."""
    if c.kind in ("ranked", "compared") or c.form == "versus":
        return True
    # a record over time ("the fastest growth in more than two decades", "the largest on record") ranks the
    # measure against its own past, never the members against each other
    body = _RECORD.sub(" ", c.body)
    sense = _rank_sense(_unnamed(asked))
    if (sense and sense & _rank_sense(body)) or _OUTRANKS.search(body):
        return True
    own = asked.entities | asked.mentioned
    members = {n for n in named_entities(body) if not any(e == n or e in n or n in e for e in own)}
    members |= places(body) - places(asked.text)
    if c.kind == "list":
        return sum(1 for it in c.items if claims(it)) >= 2
    # two members' figures side by side, of the form the rank asks (moves for "fastest", levels for "largest")
    forms = ties.figure_forms(body)
    wanted = [f for f in forms if (f == "change") == bool({"speed", "steep"} & sense)] if sense else forms
    return len(members) >= 2 and len(wanted) >= 2


_RECORD = re.compile(
    r"(?i)\b(?:most|least|best|worst|highest|lowest|largest|smallest|biggest|fastest|slowest|quickest|strongest|weakest|"
    r"greatest|sharpest|steepest)\s+(?:[a-z-]+\s+){0,3}?(?:(?:in|for|over|since)\s+(?:more\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|at\s+least\s+|the\s+(?:past|last)\s+)?(?:[a-z-]+\s+|\d+\s+)?(?:years?|decades?|generations?|centur(?:y|ies))\b|"
    r"on\s+record\b|since\s+(?:records\s+began|(?:19|20)\d\d)\b|ever\b)")


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
# a place in a ranking asked: "the third-largest", "the second biggest", "fourth-ranked"
_ORDINAL_Q = re.compile(r"(?i)\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[- ](?:largest|biggest|highest|most|"
                        r"ranked|leading|fastest|lowest|smallest)\b")
# a ranking in order: "led with 27%, followed by A with 22%, B with 19%", "ahead of", "then", "next came"
_IN_ORDER = re.compile(r"(?i)\b(?:followed\s+by|ahead\s+of|behind|then|next\s+(?:came|come|is|was))\b")
_RANKED_MEMBER = re.compile(r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+(?:with\s+)?(?:an?\s+)?(?:estimated\s+|about\s+|"
                            r"some\s+|roughly\s+|around\s+)?[$€£]?\d[\d,.]*\s?%?")


def _states_place(text: str, n: int) -> bool:
    """Does ``text`` say who holds place ``n`` of a ranking: the ordinal itself ("Halvik was third", "the third-largest
    maker"), or a ranking in order ("A led with 27%, followed by B with 22% and C with 19%") naming ``n`` members or
    more with their figures? A sentence giving shares of several channels without an order says no place."""
    words = [w for w, v in _ORDINALS.items() if v == n]
    if re.search(rf"(?i)\b(?:{'|'.join(words)})\b", text):
        return True
    return bool(_IN_ORDER.search(text)) and len(_RANKED_MEMBER.findall(text)) >= n


def _unnamed(asked: Asked) -> str:
    """The question's text without the names it uses ("Best Harbor Outfitters", "Top Meadow Foods"), for the words that rank."""
    text = asked.text
    for name in sorted(asked.entities | asked.mentioned, key=len, reverse=True):
        text = re.sub(rf"(?i)\b{re.escape(name)}\b", " ", text)
    return text


def _about_kind(question: str, c: Candidate) -> bool:
    """Is a list about the kind the question lists? Its lead-in, heading or items name the kind ("by customer
    industry:"), or, for places, two or more items are regions (``scopes``). True when no kind is asked."""
    kind = asked_kind(question)
    if kind is None:
        return True
    said = " ".join((c.text, c.heading, *c.items))
    if c.kind == "list" and re.match(r"(?i)\s*(?:those|these|they|the\s+ones)\b", c.text):
        said += " " + c.prev  # "Not every category shrank. Those that still grew were:": the sentence before names them
    if re.search(rf"(?i)\b{re.escape(kind)}", said):
        return True
    family = prose_lists.asked_family(question)
    if family is not None and prose_lists.lead_family(c.text) == family:
        return True  # "What are the barriers to ...?": "Operators name three obstacles:" lists them
    nominal = _NOMINAL.fullmatch(kind)  # "acquisitions" are what "we acquired" names
    if nominal and _stem(nominal.group(1)) in _stems(content_words(said)):
        return True
    if kind.startswith(_PLACE_KINDS):
        if c.items:
            return sum(bool(places(_BULLET.sub("", it))) for it in c.items) >= 2
        return bool(places(c.text) - places(question))  # "China remained the largest market ...": a place named
    return False


_COUNTRIES = COUNTRIES  # the countries a sentence may name (``text.places``)


@lru_cache(maxsize=4096)
def places(text: str) -> frozenset[str]:
    """The countries and regions a text names ("Brazil, Mexico and the Philippines", "in Europe", "the United
    States"), as lower-case keys; a country name inside a longer name is still a place."""
    found = {key for key, rx in _REGIONS.items() if re.search(rf"\b(?:{rx})\b", text)}
    found |= {w.lower() for w in re.findall(r"[A-Z][a-zü]+", text) if w.lower() in _COUNTRIES}
    for a, b in (("south africa", "africa"), ("saudi arabia", ""), ("united arab emirates", ""), ("new zealand", ""),
                 ("south korea", "korea"), ("sri lanka", ""), ("south-east asia", "asia"), ("southeast asia", "asia")):
        if a in text.lower():
            found.add(a)
    return frozenset(found)


_NOMINAL = re.compile(r"([a-z]{3,}?)(?:ition|ation|ment|ption)")  # "addition" -> "add", "installation", "deployment", "assumption"


def overlap_score(asked: Asked, c: Candidate) -> float:
    """The share of the question's content words (light stems) that the candidate says; words only in its
    heading or the sentence it refers back to count half. The asked names count as said: a candidate is scored
    only once ``subject_score`` found it is about them (a filer's "we acquired ..." need not repeat its name)."""
    if not asked.words:
        return 0.0
    q = _stems(asked.words)
    own = _stems(content_words(c.body)) | _stems({w for w in asked.words if w in asked.entities})
    # "additions" says "added", "installations" "installed"
    own |= {_stem(m.group(1)) for w in content_words(c.body) if (m := _NOMINAL.fullmatch(w.rstrip("s")))}
    if "world" in scopes(asked.text) and "world" in scopes(c.body):
        own |= _stems({w for w in asked.words if _WORLD.fullmatch(w)})  # "worldwide" asked, "Global additions" said
    if _FORWARD.search(c.body):  # "forecast", "expected" asked: a sentence that expects or plans says it
        own |= _stems({w for w in asked.words if _EXPECT_WORD.fullmatch(w)})
    if asked.kind == "reason":  # "why did it fall": "fell" says the move asked (a figure's "growth" is its measure)
        moves = {d for w in content_words(c.body) if (d := _direction(w)) in ("up", "down")}
        own |= {_stem(w) for w in asked.words if _direction(w) in moves}
    ctx = _stems(content_words(c.heading + " " + c.before))
    hit = len(q & own) + 0.5 * len((q - own) & ctx)
    return min(1.0, hit / len(q))


_EXPECT_WORD = re.compile(r"(?i)forecasts?|forecasted|expected|expects?|projects?|projected|projections?|outlook|predicted|"
                          r"anticipated|planned|plans?|guidance")


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    parts: dict[str, float] = field(default_factory=dict)


_REGIONS = {  # a place a figure or statement can be scoped to, canonical key -> how reports write it
    "us": r"(?:the\s+)?(?:United\s+States|U\.S\.(?:A\.)?|US|USA)",
    "north america": r"North\s+America",
    "latin america": r"Latin\s+America|South\s+America",
    "europe": r"(?:the\s+)?(?:European\s+Union|EU)|Europe",
    "uk": r"(?:the\s+)?(?:United\s+Kingdom|UK|U\.K\.)|Britain",
    "china": r"(?:mainland\s+)?China",
    "japan": r"Japan",
    "korea": r"(?:South\s+)?Korea",
    "india": r"India",
    "germany": r"Germany",
    "asia": r"Asia(?:[-\s]Pacific)?|APAC",
    "emea": r"EMEA",
    "middle east": r"(?:the\s+)?Middle\s+East",
    "africa": r"Africa",
    "canada": r"Canada",
    "australia": r"Australia",
}
# "World" opening a proper name ("the FIFA World Cup", "the World Bank", "World Health Organization") is no scope
_WORLD = re.compile(r"(?i)\b(?:worldwide|world-wide|globally|global|(?:the\s+)?world(?:['’]s)?(?!\s+(?-i:[A-Z]))|"
                    r"internationally)\b")
_SHARE_OF_WORLD = re.compile(r"(?i)\bof\s+(?:the\s+)?(?:world(?:['’]s)?|global)\s+(?:total|market|capacity|output|sales|"
                             r"supply|demand|installed\s+base|base|fleet|production)\b|%\s+of\s+(?:the\s+)?world\b")
_NOT_PLACE = r"(?!\s*(?:dollars?|\$|GAAP|generally|currency|treasur|federal|government|tax))"  # "in U.S. dollars"
_SCOPED = [(key, re.compile(rf"\b(?i:in|across|throughout|within)\s+(?:{rx})\b{_NOT_PLACE}|^\s*(?:{rx})\s*,"))
           for key, rx in _REGIONS.items()]  # fmt: skip


@lru_cache(maxsize=4096)
def scopes(text: str) -> frozenset[str]:
    """The geographic scopes a text states: "world" ("worldwide", "globally", "the world's") and the regions it
    scopes itself to ("In the United States, ...", "additions in Europe"); a company name that holds a place
    ("Northwind Water Works") is no scope."""
    # "62% of the world total", "a third of global capacity": the whole a share is of, not the sentence's scope
    found = {"world"} if _WORLD.search(_SHARE_OF_WORLD.sub(" ", text)) else set()
    m = _OPENING_REGION.match(text)
    if m:  # "European operators had about 200,000 ports", "US demand grew": the sentence's subject is regional
        found.add(_REGION_ADJ.get(m.group(1).lower(), "us"))
    return frozenset(found | {key for key, rx in _SCOPED if rx.search(text)})


_OPENING_REGION = re.compile(r"^\s*(?:the\s+)?(American|European|Chinese|Japanese|Korean|Indian|German|British|Canadian|"
                             r"Australian|African|Asian|US|U\.S\.)\s+(?=[a-z])")

def scope_conflict(question: str, c: Candidate) -> bool:
    """Does the candidate state another scope than the question asks ("In the United States, additions rose to 12
    GWh" for a worldwide question; a global figure for a question about Europe)? A candidate stating no scope,
    or the asked one among others, does not conflict."""
    asked = asked_scopes(question)
    if not asked:
        return False
    # the causes a reason list gives are its items; where each cause happened ("a consumer loan in Germany") is a
    # detail of that item, not the list's scope, which is its lead-in's ("Three pressures held the market back.")
    causes_listed = c.kind == "list" and question_kind(question) == "reason"
    # the place an item names in passing ("1,260 screens in eight countries, including Polar Kino in Norway") is a detail
    # of that member; only an item opening with a place ("In Germany, sales fell 3%") scopes the list
    stated = scopes(c.text if c.kind != "list" or causes_listed
                    else c.text + " " + " ".join(re.split(r"[,;:]", i, maxsplit=1)[0] for i in c.items))
    opener = re.match(r"\s*(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)", c.text) if c.kind == "sentence" else None
    if asked == {"world"} and not stated and opener and places(opener.group(1)):
        # the world asked (and no region of it): "China accounted for 1.84 GW, or 62% of the world total" is China's
        return True
    if not stated and asked & (places(c.text) | _nation_keys(c.text)):
        return False  # "Spanish kiln sales are now 44% below ..." under "Southern Europe": it names the asked place
    if any((m.group(1) or m.group(2))[:1].isupper() for a in asked for form in prose_places.place_forms(a)  # not "for us"
           for m in re.finditer(rf"\b(?i:in|across|throughout|within|for)\s+(?:the\s+)?((?i:{re.escape(form)}))\b|"
                                rf"\b((?i:{re.escape(form)}))['’]s\b", c.text)):
        # "EUR 31,000 in Austria, EUR 24,500 in Belgium and GBP 19,800 in the UK", "US sales rose 7%, while Canada's
        # grew 2%": the asked place is one among others, its own figure stated beside theirs
        return False
    if not stated:
        # "Ionity and Fastned followed": a sentence naming no region speaks of its section's ("Europe") or of the
        # region its paragraph opened with ("In Europe, ...")
        stated = (_region_keys(c.heading) - {"world"}) or scopes(c.before or c.prev)
    return bool(stated) and not asked & stated


@lru_cache(maxsize=4096)
def asked_scopes(question: str) -> frozenset[str]:
    """The scopes a question asks: ``scopes`` and the places it names as subjects or adjectives ("US networks",
    "European sales"), not one it leaves out ("outside the US", "after Contoso")."""
    return scopes(question) | _region_keys(_EXCLUDED.sub(" ", question)) | _nation_keys(_EXCLUDED.sub(" ", question))


def _nation_keys(text: str) -> frozenset[str]:
    """The countries a text names by their adjective ("Spanish kiln sales" -> {"spain"}; ``prose_places``), beyond
    the region adjectives ``_region_keys`` reads; not an adjective opening a name ("Polish Rail Holdings")."""
    return frozenset(k for m in re.finditer(r"\b([A-Z][a-z]+)\b(?!\s+[A-Z])", text)
                     if m.group(1).lower() not in _REGION_ADJ and (k := prose_places.place_key(m.group(1))))


def prescore(asked: Asked, c: Candidate, question: str = "", aliases: Sequence[str] = (),
             names: set[str] = frozenset()) -> dict[str, float] | None:  # fmt: skip
    """Every part of the score but similarity; None when the candidate cannot answer ``asked`` (a name it
    lacks, another period, a figure of the wrong kind)."""
    if asked.alone:  # a member asked on its own (``Asked.alone``): its part is the question, not the group's words
        question = asked.text
    if prose_filings.is_cover_text(c.body):
        return None  # a filing's cover page (registrant line, file number) says who files, never the answer
    if c.kind in ("sentence", "list", "row") and header_only(c.text):
        return None  # "(Unaudited) June 30, 2026 Dec. 31, 2025 (In millions)": column heads, not a statement
    subj = subject_score(asked, c, aliases, names)
    # a part stating no scope ("..., and the year before?") keeps the question's
    if subj is None or scope_conflict(asked.text if asked_scopes(asked.text) else (question or asked.text), c):
        return None
    period = period_score(asked, c)
    if period == 0.0 and (asked.kind == "amount" or asked.kind == "describe" and asks_figure(question or asked.text)):
        return None  # a figure for another period is not the answer; a statement may still be
    if c.kind == "sentence" and asked.years and asked.years & c.years and (
            asked.kind == "amount" or asked.kind == "describe" and asks_figure(question or asked.text)) \
            and asked.years <= drivers.figureless_base_years(c.text):
        return None  # "slipped to 4.2 million units from the peak reached in 2019": 2019 dates no figure
    if period == 0.0 and asked.kind == "describe" and not (_REASON_Q.search(asked.text) or causes.asks_reason(asked.text)):
        # A1/A3 rule: a question naming a year is answered by a sentence of that year. "What CPM was X getting in
        # 2023?" (a measure the amount vocabulary does not know, so read as "describe") is no answer in a sentence whose
        # figures it dates to other years only ("$60 at launch in November 2022, ... deals for 2025 at $29"), nor in
        # one about another year ("CPMs should stabilise in 2026"); "where is spend expected to land in 2026?" not in
        # a yearless sentence of a 2025 report ("CTV accounted for 31% of TV ad spend"). (A reason part read as a
        # description, to check what a cause list's sentence before is about, keeps its own year rules.)
        return None
    effect_years = _effect_years(c) if asked.kind == "reason" and asked.years else frozenset()
    if effect_years and not effect_years & asked.years and not (
            c.kind == "sentence" and effect_years <= drivers.base_years(c.text) and causes.states_move(c.text)
            and all(y - 1 in effect_years or y - 1 in asked.years for y in asked.years)):  # fmt: skip
        # "why did sales fall in 2024": a cause of 2023's fall explains another period's move; "... fell because fewer
        # projects were under way than in fiscal 2025" names 2025 only as the base of fiscal 2026's change
        return None
    if asked.kind == "amount" and unit_conflict(asked.text, c.body + (" " + c.heading if c.kind == "row" else "")):
        return None
    if asked.kind in ("amount", "describe") and _other_basis(question or asked.text, c.text):
        return None  # "share of visits" asked: "By spending rather than visits, its share was 29%" is by spending
    if asked.kind == "amount" and asked.years and c.kind == "row" and not c.years:
        return None  # a row whose columns name no period cannot tie its figure to the asked one
    if _quarter_row_missing(asked, c):
        return None  # "in Q4 2023": a row of annual columns (2019, 2022, 2023) is another period's
    if asked.kind == "amount" and c.kind == "row" and not _TOTAL.search(question or asked.text) and _names_another_row(asked, c):
        # "Data Center revenue" asked: the table's "Total revenue" row is another row's figure (a total or combined
        # figure of the rows named, "the combined capex of Contoso and Fabrikam", may be the total row)
        return None
    subject_q = question or asked.text
    if asked.siblings and _asks_group(asked.text) and c.kind in ("sentence", "list") and not _names_group(asked, c.text):
        # A2: the group part of "what did the five largest hold together, and Contoso on its own?" is answered by a
        # sentence naming the group (its count, "together", "combined"), never by the member's own sentence
        return None
    if prose_subjects.narrowed_elsewhere(
            subject_q, c.body, c.text.split(":")[0] if c.kind == "row" else "", f"{c.before} {_title(c)}",
            c.heading, figure=asked.kind in ("amount", "yesno") or asked.kind == "describe" and asks_figure(question)):
        # the question narrows its subject (a class bounded by a number, the whole, a group, one side of a contrast)
        # and the candidate is about another (``prose_subjects``)
        return None
    if (c.kind == "sentence" or asked.alone and c.kind == "list") and (asked.alone or asked.kind in ("amount", "yesno")
                                 or asked.kind == "describe" and asks_figure(question)) \
            and prose_subjects.only_in_group(subject_q, c.text, asked.entities):
        # one member asked: "A, B and C together own 3,950 aircraft" names it only as one of a group (``prose_subjects``)
        return None
    if c.kind == "sentence" and (asked.kind in ("amount", "yesno") or asked.kind == "describe" and asks_figure(question)) \
            and prose_respective.undecided(asked.text, c.text):
        # "for feed pushing the corresponding shares were 41% and 9%" asked with nothing telling which place: no figure
        # of the sentence is the asked one (``prose_respective``)
        return None
    if asked.kind == "amount" and c.kind == "sentence" and _WHOLE_MARKET_Q.search(asked.text) \
            and _opened_by_member(c.text, names, asked.entities | asked.mentioned) \
            and not attributed_to(c.text, is_filing(c.meta)):
        return None  # "How much capacity did the industry add?": "Meridian Foundry added 13,000 wafers ..." is one member's
    if asked.kind in ("list", "entity") and c.kind == "row" and _WHICH_MOVED.search(asked.text):
        # A4 gate: "Which makers shipped fewer units in 2025 than in 2024?", "Which regions' sales fell?", "Which took
        # a bigger share, A or B?" ask which rows moved or compare: one row read alone is no answer (computed from
        # every row by ``prose_tables``, or declined)
        return None
    if asked.kind in ("list", "entity") and c.kind in ("list", "sentence") and _WHICH_MOVED.search(asked.text) \
            and _MOVE_ASKED.search(asked.text) and not asks_ranking(asked) \
            and not any(_MOVE_SAID.search(t) for t in (c.text, *c.items)):
        # "Which of the table's markets bought more in 2024 than in 2023?": a list whose lead-in and items state no
        # move of anyone ("The Nordic countries - Sweden, Norway, Finland and Denmark - sold 488,000 units") names
        # members, not which of them moved
        return None
    if asked.kind == "amount" and c.kind == "sentence" and _other_stage(asked.text, c.text):
        return None  # "How much capacity was installed?": "Makers shipped 3.6 GW, more than were installed" is shipments
    if asked.kind in ("amount", "describe", "yesno") and _states_figure(c.body) \
            and not ties.says_group(question or asked.text, f"{c.body} {c.heading} {c.before} {_title(c)}"):
        return None  # "What PUE did liquid-cooled data centres achieve?": every site's average is another group's
    kind = type_score(asked, c, question or asked.text, soft_narrowing=asked.kind == "amount")
    if kind == 0.0:
        return None
    # the words narrowing the asked measure not said word for word: kept only if the candidate's meaning is close to
    # the question's (``extract``: ``SOFT_COSINE``), "construction spending on new data-centre space" for "the money
    # spent building data centres"
    soft = asked.kind == "amount" and type_score(asked, c, question or asked.text) == 0.0
    if soft and c.kind == "row":
        return None  # a row's label and caption say the measure as the table has it: no paraphrase to weigh
    if asked.kind == "list" and rankings.after_names(question or asked.text):
        subj = 1.0  # the names asked about open a ranking sentence whose answer is the names after them
    # a business description answers "what industry / what does it do" in words of its own ("specialty chemicals")
    overlap = kind if asked.kind == "business" else overlap_score(asked, c)
    out = {"overlap": overlap, "type": kind, "subject": subj, "rank": 1.0 / (1.0 + c.rank),
           "period": period, "amount": float(asked.kind == "amount")}  # fmt: skip
    if soft:
        out["soft"] = 1.0
    return out


# a move asked between periods: a verb of change, or a comparison with another period ("more in 2024 than in 2023");
# never a threshold ("10 percent or more of net sales")
_MOVE_ASKED = re.compile(r"(?i)\b(?:fell|rose|grew|declined|increased|decreased|dropped|shrank|gained|lost)\b|"
                         r"\bthan\s+(?:in\s+)?(?:(?:19|20)\d\d|a\s+year\s+(?:earlier|before)|the\s+(?:year|quarter)\s+before|"
                         r"last\s+year)")
# a move said of someone: a verb of change, or a comparison with another period ("more than in 2023", "up from")
_MOVE_SAID = re.compile(r"(?i)\b(?:rose|risen|fell|fallen|grew|grown|declined|increased|decreased|dropped|jumped|climbed|"
                        r"slipped|slid|gained|shrank|doubled|halved|up\s+from|down\s+from|growth|[a-z]+-growing|"
                        r"fastest|slowest)\b|\b(?:up|down)\s+(?:by\s+)?(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|"
                        r"around\s+|over\s+)?\d|\b(?:more|fewer|less|higher|"
                        r"lower)\b[^.;]{0,40}?\bthan\s+(?:in\s+)?(?:(?:19|20)\d\d|a\s+year\s+(?:earlier|before)|the\s+"
                        r"(?:year|quarter)\s+before|last\s+year)")
_WHICH_MOVED = re.compile(r"(?i)^\s*(?:\w+\s+){0,2}?(?:which|who)\b.*\b(?:fell|falls?|rose|rises?|grew|grows?|declined?|"
                          r"increased?|decreased?|dropped|drops?|shr[aiu]nk|shrinks?|gained?|lost|loses?|more|fewer|less|"
                          r"higher|lower|bigger|smaller|larger|greater)\b")
# the stages a quantity of goods goes through, each a measure of its own: made, ordered, shipped, installed, retired
_STAGES = {
    "made": r"produc(?:ed|es|e|ing|tion)|manufactur\w*|built|build(?:s|ing)?|output",
    "ordered": r"order(?:ed|s|ing)?|booked|bookings",
    "shipped": r"ship(?:ped|s|ping|ments?)|deliver(?:ed|s|ies|y|ing)",
    "installed": r"install(?:ed|s|ing|ations?)|commissioned|deployed|deployments?|put\s+into\s+(?:service|operation)",
    "retired": r"retired|decommissioned|scrapped|closed",
}
_STAGE_RX = {k: re.compile(rf"(?i)\b(?:{v})\b") for k, v in _STAGES.items()}
# a figure right after a stage's verb: "shipped 3.6 GW", "installed about 12,000 units", "deliveries of 410 aircraft"
_STAGE_FIGURE = {k: re.compile(rf"(?i)\b(?:{v})\s+(?:of\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|"
                               rf"around\s+|over\s+|more\s+than\s+|a\s+record\s+)?[$€£]?\d") for k, v in _STAGES.items()}


def _other_stage(question: str, text: str) -> bool:
    """A4 gate: does ``text`` give its figure to another stage of the goods than the one the question asks
    ("How much capacity was installed?": "Manufacturers shipped 3.6 GW in 2025, more than were installed" gives the
    figure to shipments, naming installations only as the comparison)? Rule: the question names one stage (made,
    ordered, shipped, installed, retired), the sentence puts a figure right after another stage's verb or noun and
    none after the asked one's."""
    asked = [k for k, rx in _STAGE_RX.items() if rx.search(question)]
    if len(asked) != 1:
        return False
    figured = {k for k, rx in _STAGE_FIGURE.items() if rx.search(text)}
    return bool(figured) and asked[0] not in figured


_RATHER = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to|not\s+by)\s+((?:[a-z][\w-]*\s*){1,3})")


def _other_basis(question: str, text: str) -> bool:
    """Does a sentence say its figures are on another basis than the one the question asks? General rule: what a
    sentence sets aside ("By spending rather than visits, Medicare's share was 29%") is not what its figures
    count, so a question asking it ("what share of telehealth visits") is not answered there. Words the question
    itself sets aside ("Counting visits rather than dollars") are not asked."""
    set_aside = {w for m in _RATHER.finditer(text) for w in content_words(m.group(1))}
    if not set_aside:
        return False
    excluded = {w for m in _RATHER.finditer(question) for w in content_words(m.group(1))}
    asked = content_words(_RATHER.sub(" ", question)) - excluded
    return bool(_stems(set_aside) & _stems(asked))


# words before a measure's name that narrow nothing: totals and bases, articles, and the question's own frame
_NOT_QUALIFIER = frozenset("""total net gross annual consolidated reported overall company group its their our the a an
    this that fiscal full year quarterly adjusted gaap did does do was were is are has have had much many what which
    how by in of for on from to and or with whose""".split())


def _effect_years(c: Candidate) -> frozenset[int]:
    """The years of the change a reason candidate explains (for the reason's year gate): a list's lead-in's ("The
    slowdown had two main causes." states none; its causes' own dates, "had automated heavily in 2021", are when
    the causes happened), a causal sentence's effect clause's ("Sales fell in 2025 because ..."), else its own."""
    if c.kind == "list" and c.items:
        return _stated_years(c.text) if c.form != "inline" else c.years
    m = _CAUSAL.search(c.text) if c.kind == "sentence" else None
    if m is None or m.start() == 0:
        return c.years
    return _stated_years(causes.effect_clause(c.text, m.start()))


def _qualifiers(question: str) -> set[str]:
    """The lower-case word written right before each measure the question names, when it narrows that measure
    ("subscription revenue" -> {subscription}, "current deferred revenue" -> {deferred}); words that narrow nothing
    ("total", "net", "annual"), capitalised names and possessives are not qualifiers. General rule: a measure's
    name inside a longer noun phrase is another item, so a quote must say the narrowing word too."""
    out: set[str] = set()
    for m in _METRIC_WORD.finditer(question):
        before = re.search(r"(?<![A-Za-z])([a-z][a-z\-]*)\s+$", question[: m.start()])
        if before and before.group(1) not in _NOT_QUALIFIER:
            out |= _stems({before.group(1)})
    return out


def _quoted_change(asked: Asked, c: Candidate, question: str = "") -> changes.Pair | None:
    """The asked and the compared period's figures that a candidate quotes for a change question
    (``prose_changes.pair_in``), when it says the measure the question names ("revenue": in its text or, for a
    row, its table's heading)."""
    metric = {_stem(m.group(0).split()[-1].lower()) for m in _METRIC_WORD.finditer(asked.text)}
    said = c.body + (" " + c.heading if c.kind == "row" else "")
    if metric and not metric & _stems(content_words(said)):
        return None
    if not _qualifiers(asked.text) <= _stems(content_words(said)):
        return None  # "subscription revenue" asked: a sentence on revenue or a margin of total revenue is another item
    text = asked.text
    if asked.since is not None and not changes.since_year(text):
        text = f"{text} since {asked.since}"  # "..., and by how much?": the start year the part before said
    pair = changes.pair_in(c.text, c.kind, c.heading, text, asked.years, asked.quarters)
    if pair is not None and c.kind != "row" and _governed_by_another(asked.text, c.text, pair):
        return None  # "Cash from operations rose to $424 million from $300 million, ... deferred revenue": not its pair
    return pair


def _revision(asked: Asked, c: Candidate, question: str = "") -> revisions.Revision | None:
    """The new and previous figure of the asked forecast that a sentence states (``prose_revisions``), the
    question's names (the company) not counted as measure words."""
    return revisions.revision_for(question or asked.text, c.text, {e.lower() for e in asked.entities | asked.mentioned})


def _governed_by_another(question: str, text: str, pair: changes.Pair) -> bool:
    """Is the first figure of a quoted pair governed by a measure the question does not name ("Cash provided by
    operating activities rose to $424 million ..." for a deferred-revenue question)? A figure no measure governs
    is left to the other checks."""
    spots = [i for i in (text.find(pair.new.raw), text.find(pair.old.raw)) if i >= 0]
    if not spots:
        return False
    clause = re.split(r"[;:]|\.\s", text[: min(spots)])[-1]
    verb = _PAIR_VERB.search(clause)
    if verb is None:
        return False
    head = clause[: verb.start()].split()
    # names out (a capitalised word past the first; the first word of a sentence is capitalised anyway)
    subject = " ".join(w for i, w in enumerate(head) if i == 0 or not w[:1].isupper() or w.isupper())
    if not figures._MEASURE_WORD.search(subject):
        return False  # no measure named before the verb: other checks judge the pair
    asked = figures._asked_measure(" ".join(w for w in question.split() if not w[:1].isupper()), set())
    return not (figures._stems(subject) & asked)


_PAIR_VERB = re.compile(r"(?i)\b(?:rose|fell|increased|decreased|grew|declined|climbed|dropped|jumped|slipped|"
                        r"was|were|totall?ed|reached|improved|narrowed|widened)\b")


def _names_another_row(asked: Asked, c: Candidate) -> bool:
    """Does the question name another row of the candidate row's table: a word of another row's label that
    neither this row's label nor the table's heading says ("Data Center" asked, the "Total revenue" row)?"""
    label = c.text.split(":")[0]
    others = _stems(content_words(c.table)) - _stems(content_words(label + " " + c.heading))
    return bool(others & _stems(set(asked.words) | set(asked.entities)))


def combine(parts: dict[str, float]) -> float:
    """similarity, overlap, subject and rank weighted; the answer type and the period scale the sum."""
    base = sum(WEIGHTS[k] * parts.get(k, 0.0) for k in WEIGHTS)
    period = 0.6 + 0.4 * parts["period"] if parts.get("amount", 1.0) else 0.8 + 0.2 * parts["period"]
    return round(base * (0.3 + 0.7 * parts["type"]) * period, 4)


_UP = ("increas", "rise", "rising", "rose", "risen", "grow", "grew", "growth", "gain", "higher", "expand", "improv", "up")
_DOWN = ("decreas", "declin", "drop", "fall", "fell", "fallen", "lower", "reduc", "shrink", "shrank", "cut", "cuts",
         "down", "deteriorat", "weaken")  # fmt: skip
_ANY_CHANGE = ("chang", "differ", "move", "shift")
_FORWARD = re.compile(r"(?i)\b(?:expects?|expected|anticipates?|plans?|planned|will|intends?|forecasts?|guidance|outlook|"
                      r"(?:our|the)\s+base\s+case|"  # an analyst's base case is its forecast
                      r"targets?|may(?!\s+\d)|might|could|would|should|aims?|projected|on\s+track\s+to|set\s+to)\b")  # "May 2024" is a month


_HEDGE = re.compile(r"(?i)\b(?:delay(?:s|ed)?|difficult(?:y|ies)|problems?|struggl\w*|uncertain\w*|pending|"
                    r"reportedly|rumou?r\w*)\b")


def _moves(text: str) -> set[str]:
    return {d for w in content_words(text) if (d := _direction(w)) in ("up", "down")}


def _explained_direction(question: str, text: str) -> set[str]:
    """The way the change a sentence explains moved. A sentence that states both directions ("SG&A rose 40 basis
    points, primarily due to higher wages, partially offset by lower bonuses") explains the move stated before
    its cause ("due to", "primarily", "driven by"); when that part still says both, the direction word whose
    words since the one before it name most of the question's topic decides ("Net sales rose 6% while SG&A as a
    share of net sales fell"); empty when it cannot be told."""
    said = _moves(text)
    if len(said) < 2:
        return said
    m = _CAUSAL.search(text)
    head = text[: m.start()] if m and m.start() > 0 else text
    moved = _moves(head)
    if len(moved) == 1:
        return moved
    topic = _stems({w for w in content_words(question) if _direction(w) is None})
    tokens = [t.lower() for t in re.findall(r"[A-Za-z][\w&'-]*", head)]
    scored, since = [], set()
    for t in tokens:
        d = _direction(t)
        if d in ("up", "down"):
            scored.append((len(since & topic), d))
            since = set()
        else:
            since.add(_stem(t))
    best = max((n for n, _ in scored), default=0)
    dirs = {d for n, d in scored if n == best}
    return dirs if best and len(dirs) == 1 else set()


def _opposite_direction(question: str, text: str) -> bool:
    """Does ``text`` explain a move the other way than ``question`` asks ("reduction" asked, "increase" said),
    read from the move the sentence explains when it states both directions (``_explained_direction``)?"""
    asked = _moves(question)
    said = _explained_direction(question, text)
    return len(asked) == 1 and bool(said) and not asked & said


def _direction(word: str) -> str | None:
    if word.startswith(_UP):
        return "up"
    if word.startswith(_DOWN):
        return "down"
    if word.startswith(_ANY_CHANGE):
        return "any"
    return None


_TIE_SKIP = frozenset("was were has have had also then further slightly sharply by to its their the".split())


def _measure_direction(words: set[str], text: str) -> str | None:
    """The direction the sentence gives the asked measure itself: a direction word ("declined", "rose") right after
    the question's measure words ("operating margin declined to 15.3%"), skipping auxiliaries ("has", "was"); None
    when the question asks no move of a measure, the sentence ties no direction to it, or ties both. General rule: a
    yes/no move ("Did its margin improve?") is decided by the move the sentence states of that measure, never by
    another figure's direction in the same sentence ("revenues grew", "higher depreciation")."""
    asked = {w for w in words if _direction(w) in ("up", "down")}
    measure = {_stem(w) for w in words if _direction(w) is None and len(w) > 2}
    if not asked or not measure:
        return None
    tokens = re.findall(r"[a-z][a-z'’-]*", text.lower())
    found: set[str] = set()
    for i, t in enumerate(tokens):
        if _stem(t) not in measure or (i + 1 < len(tokens) and _stem(tokens[i + 1]) in measure):
            continue  # the last word of the measure's name ("operating margin"), then its verb
        for u in tokens[i + 1 : i + 4]:
            if u in _TIE_SKIP:
                continue
            d = _direction(u)
            if d in ("up", "down"):
                found.add(d)
            break
    return found.pop() if len(found) == 1 else None


def _said(word: str, stems: set[str]) -> bool:
    """Does a sentence (its stems) say ``word``? A compound ("capital-intensive") needs every part."""
    parts = [p for p in word.split("-") if len(p) > 2] or [word]
    return all(_stem(p) in stems for p in parts)


_OWN_VOICE = re.compile(r"(?i)^(?:we|i|our\s+\w+|the\s+(?:report|review|survey|study|authors?|analysis)|this\s+(?:report|review|"
                        r"survey|study|analysis))$")
_FILER_VOICE = re.compile(r"(?i)^(?:management|the\s+(?:company|group|firm|corporation|board))$")  # a filing's own
_SPEAKER = (r"((?:[A-Z][\w&.'’-]*|[Tt]he\s+[a-z]+)(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and|&))*"
            r"(?:['’]s(?:\s+[a-z-]+){1,2})?)")  # "SpaceX", "Contoso's chief executive", "the regulator"
_SAY = (r"(?:says?|said|claims?|claimed|asserts?|asserted|maintains?|maintained|insists?|insisted|argues?|argued|"
        r"contends?|contended|believes?|believed|thinks?|(?:told|tells)\s+(?:\w+\s+){1,2}?)")
# verbs that take a figure as well as a claim ("estimates sales of $2 billion"): a claim only with "that" ("reported"
# and "announced" state what a company did, its results, and are no claim)
_SAY_THAT = (r"(?:(?:re)?iterated|stated|states|estimates?|estimated|expects?|"
             r"expected|predicts?|predicted|projects?|projected|forecasts?|suggests?|suggested|noted|notes)")
_ATTRIBUTED = [
    # "SpaceX has said that Starlink ...", "Contoso's chief executive claims the unit ...", "Tailspin reported that ..."
    re.compile(rf"^\s*(?:[^,]{{0,60}},\s*)?{_SPEAKER}(?:,\s+[^,]{{3,60}},)?\s+(?:(?:has|have|had)\s+(?:long\s+|repeatedly\s+|publicly\s+)?)?"
               rf"(?:also\s+)?(?:{_SAY}\s+(?:that\s+)?\w|{_SAY_THAT}\s+that\b)"),
    # "Contoso expects its margin to return above 12% by 2026", "Fabrikam aims to ...": a company's own expectation
    re.compile(rf"^\s*(?:[^,]{{0,60}},\s*)?{_SPEAKER}(?:,\s+[^,]{{3,60}},)?\s+(?:(?:has|have)\s+)?(?:also\s+)?"
               rf"(?:expects?|expected|aims?|targets?|targeted|hopes?|intends?|plans?|planned|forecasts?|projects?|"
               rf"predicts?|anticipates?|guides?|guided|promises?|promised|pledged?)\b"),
    # "According to Fabrikam, ...", "Per Contoso's own figures, ..."
    re.compile(rf"(?i)^\s*(?:according\s+to|per|in\s+the\s+(?:view|words)\s+of)\s+{_SPEAKER.replace('[A-Z]', '[A-Za-z]')}\s*,"),
    # "..., SpaceX said.", "..., according to SpaceX."
    re.compile(rf",\s*(?:{_SPEAKER}\s+(?:has\s+|have\s+)?(?:said|says|claims|claimed|argues|argued|reported|stated)|"
               rf"according\s+to\s+{_SPEAKER})\s*[.!]?[\"'”’)]*\s*$"),
]


def attributed_to(text: str, filing: bool = False) -> str | None:
    """Whom a sentence attributes what it states to, when that is not the report itself: "SpaceX has said that
    Starlink became cash-flow positive" -> "SpaceX", "According to Contoso, ..." -> "Contoso", "..., the
    regulator said." -> "the regulator". None when the report speaks for itself ("We estimate ...", "The report
    expects ...", a filer's "we believe") or the sentence states what someone did ("Fluence reported revenue of
    $2.7 billion": a figure, not a claim). A verdict needs the report's own statement."""
    for rx in _ATTRIBUTED:
        m = rx.search(text)
        if m:
            speaker = " ".join(next((g for g in m.groups() if g), "").split())
            if not speaker or _OWN_VOICE.match(speaker) or (filing and _FILER_VOICE.match(speaker)):
                continue
            return speaker
    return None


# A yes/no question's word and the words a report states it with, and those stating its opposite: (question word
# stems, the same said otherwise, the opposite). Polarity words only, so that evidence in other words can decide.
_SAID_OTHERWISE = [
    (("profi",), r"(?<!un)profitab\w*|positive\s+(?:net\s+income|(?:operating\s+)?earnings)|net\s+profit|in\s+the\s+black|"
                 r"(?:turned|made|earned)\s+a\s+(?:net\s+)?profit|made\s+money",
     r"unprofitab\w*|net\s+loss(?:es)?|negative\s+net\s+income|in\s+the\s+red|lost\s+money|loss-making"),
    (("repla", "subst"), r"substitut\w*|displac\w*|supplant\w*|replac\w*|take\s+the\s+place", r"complement\w*"),
    (("acqui", "buy", "bough", "purch"), r"acquir\w*|acquisition|purchas\w*|bought|buys?\b", r""),
    (("sell", "sold", "divest"), r"sold|sells?\b|divest\w*|dispos\w*", r""),
    (("compa",), r"comparab\w*|like[- ]for[- ]like|on\s+the\s+same\s+basis|directly\s+compar\w*",
     r"not\s+(?:directly\s+)?comparable|incomparab\w*"),
    (("appro", "clear", "autho"), r"approv\w*|cleared|authori[sz]ed|granted|signed\s+off",
     r"reject\w*|blocked|denied|refused|turned\s+down|vetoed"),
    (("delay", "postp", "lat"), r"delay\w*|postpon\w*|pushed\s+back|slipped|behind\s+schedule",
     r"on\s+(?:schedule|time|track)|ahead\s+of\s+schedule"),
    (("hir", "recru"), r"hir(?:ed|ing)|recruit\w*|added\s+(?:staff|employees|jobs)",
     r"lay-?offs?|laid\s+off|job\s+cuts|cut\s+(?:jobs|staff|its\s+workforce)|hiring\s+freeze"),
]
_MODALS = frozenset("could would should can may might will shall must".split())
_LIGHT_VERBS = frozenset("make makes made turn turned become became post posted record recorded achieve achieved "
                         "generate generated remain remained stay stayed".split())
_CONTRAST = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of|not\s+as|as\s+opposed\s+to)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$")


def _said_otherwise(word: str, text: str) -> int | None:
    """Does ``text`` (lower case) state a question's ``word`` in other words? 0: it states it ("positive net
    income" for "profit"), 1: it states its opposite ("net loss", or the word's synonym after "rather than":
    "a complement rather than a substitute" for "replace"); None: neither."""
    stem = _stem(word)
    for stems, same, opposite in _SAID_OTHERWISE:
        if not stem.startswith(stems):
            continue
        m = re.search(rf"\b(?:{same})", text)
        if m:
            return 1 if _CONTRAST.search(text[: m.start()]) else 0
        if opposite and re.search(rf"\b(?:{opposite})", text):
            return 1
    return None


def verdict(asked: Asked, c: Candidate) -> str | None:
    """"Yes"/"No" when the candidate states the asked proposition with a polarity (``_polarity``); None also when
    the sentence sets two clauses against each other ("Revenue rose 5%, but margins fell") and the clause that
    states the proposition as fully as the whole sentence says otherwise than the whole. When the whole sentence
    states none (a hedge or plan in one clause), its clauses (split at semicolons, and at colons going on in lower
    case) are read alone and the one verdict
    they give, if only one, is the answer. A comparison asked ("Did
    prices rise faster than inflation?") is decided only by its two figures, computed (``prose_compare``)."""
    if asked.kind == "yesno" and c.kind == "sentence" and prose_compare.comparison(asked.text) is not None:
        return prose_compare.compared_verdict(asked.text, c.text)
    if asked.kind == "yesno" and c.kind == "sentence" and prose_verdicts.asks_profit(asked.text):
        # "did it make an underwriting profit?": only a stated sign of a profit measure decides (prose_verdicts)
        return prose_verdicts.profit_verdict(asked.text, c.text)
    if asked.kind == "yesno" and _PROPORTION_Q.search(asked.text) and not _PROPORTION_SAID.search(c.text):
        # "Do most states require ...?": "24 states require ..." counts members without the whole, so it decides
        # nothing; only a sentence stating the proportion (most, a majority, half, a share, all, none) does
        return None
    said, hits = _polarity(asked, c)
    clauses = re.split(r";\s+|:\s+(?=[a-z])", c.text) if c.kind == "sentence" else []
    if said is None and len(clauses) > 1:
        # "Two states have debated caps on what agencies may charge; no state caps what they charge hospitals", "The
        # round attracted no bids: its price was below what any developer could accept": a clause of its own (after a
        # semicolon, or a colon going on in lower case) that states the proposition decides, when it is the only one
        # that does (the other clause's "may"/"could" is not the deciding clause's hedge)
        found = {v for part in clauses if (v := _polarity(asked, replace(c, text=part))[0]) is not None}
        return next(iter(found)) if len(found) == 1 else None
    m = _CONCESSIVE.search(c.text)
    if said is not None and m and m.start() > 0 and c.text[m.end() :].strip():
        for side in (c.text[: m.start()], c.text[m.end() :]):
            v, n = _polarity(asked, replace(c, text=side))
            if v is not None and v != said and n >= hits:
                return None
    return said


_PROPORTION_Q = re.compile(r"(?i)\b(?:most|(?:a|the)\s+majority|more\s+than\s+half|over\s+half|at\s+least\s+half)\b")
_PROPORTION_SAID = re.compile(r"(?i)\b(?:most|majority|minority|half|thirds?|quarters?|all|every|none|no\s+(?!longer\b)\w+)\b|"
                              r"\d\s?%|\bper\s?cent\b")


_ASKS_CLAIM = re.compile(r"(?i)\b(?:say|says|said|claim\w*|expect\w*|plan\w*|aim\w*|target\w*|intend\w*|guid\w*|"
                         r"forecast\w*|predict\w*|believe\w*|argue\w*|promis\w*|pledg\w*|hope\w*|anticipat\w*)\b")
_REPORT_VOICE_Q = re.compile(r"(?i)\b(?:the|this)\s+(?:report|review|survey|study|article|analysis|authors?|feature|note)\b")
_CONCESSIVE = re.compile(r"(?i)[,;]?\s*\b(?:nonetheless|nevertheless|however|but|yet|although|though|even\s+so|despite|"
                         r"whereas|while)\b")


_CONCESSION_Q = re.compile(r"(?i)\b(?:even\s+though|even\s+as|even\s+while|although|though|despite|in\s+spite\s+of|"
                           r"notwithstanding)\b")


def _without_concession(question: str) -> str:
    """A yes/no question without the clause it grants ("Did takings grow even though admissions fell?" -> "Did
    takings grow"; "Although admissions fell, did takings grow?" -> "did takings grow"): another measure's move
    there is the premise, never the proposition whose polarity the answer gives (session 15, #11)."""
    m = _CONCESSION_Q.search(question)
    if m is None:
        return question
    if m.start() < 3 or not question[: m.start()].strip(" ,"):  # the concession leads: up to its comma
        rest = question[m.end() :]
        comma = rest.find(",")
        return rest[comma + 1 :] if comma >= 0 and rest[comma + 1 :].strip(" ?") else question
    kept = question[: m.start()].rstrip(" ,")
    return kept if len(content_words(kept)) >= 2 else question


def _polarity(asked: Asked, c: Candidate) -> tuple[str | None, int]:
    """"Yes"/"No" when the candidate states the asked proposition with a polarity, and how many of the question's
    words it says: at least
    ``VERDICT_OVERLAP`` of the question's words (a direction word counts when the sentence moves the same way,
    "drop" ~ "decreased"; "change" ~ either way), the opposite direction or an antonym ("excludes" for
    "include") or a negation turning it round. None when it does not say it in so many words, or when the
    sentence only expects or plans what the question asks as a fact."""
    if asked.kind != "yesno" or c.kind == "row":
        return None, 0
    if attributed_to(c.text, is_filing(c.meta)) and (not _ASKS_CLAIM.search(asked.text) or _REPORT_VOICE_Q.search(asked.text)):
        # "Does the review expect ...?" asks the report's own view: a company's expectation it quotes is not it
        return None, 0  # unless the question asks what someone says or expects ("Does Contoso expect to ...?")  # "SpaceX has said that Starlink is cash-flow positive": SpaceX's claim, not the report's statement
    # "Did box office grow even though admissions fell?": the concession is granted, the main clause is asked
    words = content_words(_without_concession(asked.text)) - set(asked.entities) - _REPORTING  # the verb carries it
    words -= _LIGHT_VERBS if words - _LIGHT_VERBS else set()  # "make a profit": "profit" is what is asked
    words -= _MODALS  # "Could X replace Y?": the modal asks, the proposition is "X replace Y"
    text = c.text.lower()
    said = content_words(text)
    if _FORWARD.search(text) and not _FORWARD.search(asked.text):
        return None, 0
    if _HEDGE.search(text) and not _HEDGE.search(asked.text):
        return None, 0  # "delays in qualifying" neither passes nor fails the qualification
    said_dirs = {d for w in said if (d := _direction(w)) in ("up", "down")}
    tied = _measure_direction(words, text)
    if tied is not None:  # "its margin declined ..., its higher depreciation": the asked measure's own move decides
        said_dirs = {tied}
    own = _stems(said)
    hits, flips = 0, 0
    settled: set[str] = set()  # words whose polarity ``_said_otherwise`` decided (no antonym counted again)
    for w in words:
        d = _direction(w)
        if d in ("up", "down"):
            if d in said_dirs:
                hits += 1
            elif said_dirs:
                hits += 1
                flips += 1  # asked "decrease", the sentence says it rose
        elif d == "any":
            hits += bool(said_dirs) or _said(w, own)
        elif _said(w, own):
            hits += 1
        else:
            same = _said_otherwise(w, text)
            if same is not None:  # "positive net income" says "profit", "a substitute" says "replace"
                hits += 1
                flips += same
                settled.add(w)
    # one word is the whole proposition only of a question about a named subject ("Was Tailspin profitable?"), which
    # the candidate was scored to be about
    # "Did it get more customers?": the thing counted after the comparative must be said; "opened more stores" is
    # another measure
    compared = {m.group(1).lower() for m in re.finditer(r"(?i)\b(?:more|fewer|less|higher|lower|bigger|smaller)\s+"
                                                        r"([a-z]{4,})\b", asked.text) if m.group(1).lower() != "than"}
    if any(not _said(w, own) and _said_otherwise(w, text) is None for w in compared):
        return None, 0
    least = 1 if len(words) == 1 and asked.entities else 2
    if not words or hits < least or hits / len(words) < VERDICT_OVERLAP:
        return None, 0  # one shared word does not state the proposition
    if asked.years and c.years and not c.years & asked.years:
        return None, 0  # evidence about another year says nothing of the asked one
    asked_text = " ".join(words - settled)
    for a, b in _ANTONYMS:
        if _direction(a) and _direction(b):
            continue  # directions are counted above
        for x, y in ((a, b), (b, a)):
            if re.search(rf"\b{x[:5]}", asked_text) and re.search(rf"\b{y[:5]}", text) and not re.search(rf"\b{x[:5]}", text):
                flips += 1
    negated = bool(_NEGATION.search(text))
    return ("No" if negated != bool(flips % 2) else "Yes"), hits


# ------------------------------------------------------------------------------------------------- selection


@dataclass
class Extraction:
    question: str
    parts: list[Asked]
    picks: list[Scored | None]  # the best candidate per part (None: no candidate passed)
    verdicts: list[str | None]
    ranked: list[list[Scored]]
    others: list[list[Scored]] = field(default_factory=list)  # per part: more subjects' answers ("the largest ...")
    notes: dict[int, str] = field(default_factory=dict)  # per part: a computed line ("Rising: 18% (2024), up from ...")

    @property
    def answered(self) -> bool:
        return any(p is not None for p in self.picks)

    @property
    def without_verdict(self) -> bool:
        """A yes/no question whose selected evidence does not state the answer in so many words."""
        return any(p.kind == "yesno" for p in self.parts) and self.answered and not any(self.verdicts)

    @property
    def partial(self) -> bool:
        """Some part answered, another not: the reply quotes what was found and says what was not, without
        presenting it as the answer (mode "fallback")."""
        if self.answered and any(p is None for p in self.picks):
            return True
        # "in each year from 2021 to 2024": a quote stating some of the years answers only part (prose_figures)
        return any(p is not None and (every := figures.each_year_asked(a.text)) and p.candidate.kind != "ranked"
                   and not every <= (p.candidate.years | _years(p.candidate.body))
                   for a, p in zip(self.parts, self.picks))  # fmt: skip

    @property
    def figureless(self) -> bool:
        """The question asks for a figure (``asks_figure``) and nothing selected states one: no pick holds a number
        other than a year and no computed line was made. Such an extraction is no answer (the answerer declines):
        a company-description sentence is never the reply to "what was its return on assets"."""
        if not self.answered or self.notes or not asks_figure(self.question):
            return False
        return not any(p is not None and _states_figure(p.candidate.text) for p in self.picks)

    @property
    def row_of_another_year(self) -> bool:
        """A table row picked for a question that asks about years none of the row's columns is headed by
        ("net sales in fiscal 2021" and a row with columns 2024, 2023, 2022). Rule: a row answers only for a
        year it has a column for; such an extraction is no answer (the answerer declines)."""
        asked = _asked_years(self.question)
        return bool(asked) and any(p is not None and p.candidate.kind == "row" and p.candidate.years
                                   and not (asked & set(p.candidate.years)) for p in self.picks)

    @property
    def untied(self) -> bool:
        """An amount part answered by a sentence or row whose figures are all another measure's (``_tied``, rule in
        ``prose_ties``): such an extraction is no answer (the answerer declines rather than show a figure that is
        not the asked measure's)."""
        figure = asks_figure(self.question)
        # a pick kept for its meaning (``SOFT_COSINE``: its measure said in other words) is not untied
        return any(p is not None and (a.kind == "amount" or a.kind == "describe" and figure) and not p.parts.get("soft")
                   and not _tied(a, p.candidate, self.question) for a, p in zip(self.parts, self.picks))

    @property
    def figure_missing(self) -> bool:
        """A question asking one figure of each of the measures it names ("... reports both system-wide sales and
        revenue. What were the two figures?", ``prose_ties.asked_figures``) answered by picks stating a figure of only
        some of them: no answer (the answerer declines rather than show one figure for two)."""
        measures = ties.asked_figures(self.question)
        if not measures or not self.answered:
            return False
        texts = [p.candidate.body for p in self.picks if p is not None]
        return not all(any(ties.states_figure_of(m, t) for t in texts) for m in measures)

    @property
    def side_missing(self) -> bool:
        """A "how did A compare with B" question answered by picks that do not name both sides (``compared_sides``):
        the all-sites average is no comparison of colocation with hyperscale sites. Rule: a comparison of two named
        sides is answered only with a figure for each side; otherwise the answerer declines."""
        sides = compared_sides(self.question)
        if sides is None or not self.answered:
            return False
        said = " ".join(p.candidate.body.lower() for p in self.picks if p is not None)
        said += " " + " ".join(o.candidate.body.lower() for part in self.others for o in part)
        return not all(re.search(rf"\b{re.escape(k)}", said) for k in sides)

    @property
    def unranked(self) -> bool:
        """A which-most part ("Which region grew fastest?") answered by a pick that ranks nothing (``ranks_members``):
        such an extraction is no answer (the answerer declines rather than name one member on its level alone)."""
        return any(p is not None and asks_ranking(a) and not ranks_members(a, p.candidate)
                   for a, p in zip(self.parts, self.picks))

    @property
    def undisclosed(self) -> bool:
        """A part answered by a sentence saying its figure is not disclosed (``prose_disclosure``): a decline that
        quotes the report's words, no figure and no verdict (mode "fallback")."""
        return any(p is not None and _hidden(a, p.candidate) for a, p in zip(self.parts, self.picks))

    @property
    def confidence(self) -> float:
        scores = [p.score for p in self.picks if p is not None]
        return min(scores) if scores else 0.0


def extract(
    question: str,
    hits: Sequence[Hit],
    embedder: Any,
    *,
    page_text: Callable[[str, int], str | None] | None = None,
    aliases: Callable[[Candidate], Sequence[str]] = lambda c: (),
    allowed_docs: set[str] | None = None,
    threshold: float = THRESHOLD,
    max_embedded: int = MAX_CANDIDATES_EMBEDDED,
) -> Extraction:
    """The best candidate for each part of ``question`` among the pages of ``hits``.

    ``embedder``: any ``Embedder`` (the retriever's); ``allowed_docs``: when the question is about one company,
    the doc_ids of its documents (candidates elsewhere are dropped); ``aliases(candidate)``: other names of its
    document's company. Candidates that cannot answer (``prescore``) are dropped before anything is embedded,
    and only the ``max_embedded`` best of the rest are embedded.
    """
    # the pages of allowed documents only: another report's pages do not take the places of the asked one's
    hits = [h for h in hits if allowed_docs is None or h.chunk.doc_id in allowed_docs]
    cands = candidates(hits, page_text)
    authors = _authors(cands, page_text)
    if authors:  # "What does Harrow & Vane expect?": the report's own sentences are its author's (prose_voice)
        doc_aliases = aliases
        aliases = lambda c: (*doc_aliases(c), *authors.get(c.doc_id, ()))  # noqa: E731
    text = " ".join(c.body for c in cands)
    vocab = lowercase_words(text)
    names = name_words(text, *(getattr(c.meta, "company", None) or "" for c in cands))
    companies = {w for c in cands for w in re.findall(r"[a-z0-9&]+", (getattr(c.meta, "company", None) or "").lower())}
    parts = read_question(question, vocab, names, companies)
    titles = list(dict.fromkeys(_title(c) for c in cands))  # the reports the candidates come from
    pre: list[list[tuple[int, dict[str, float]]]] = []
    for asked in parts:
        row = []
        for i, c in enumerate(cands):
            if not asked.entities and len(titles) >= 2 and prose_topics.off_topic(
                    asked.words, _title(c), f"{c.body} {c.heading}", titles):  # fmt: skip
                continue  # "the heat pump market" asked: the cargo-drone report's list is about another subject
            p = prescore(asked, c, question, aliases(c), names)
            if p is not None:
                row.append((i, p))
        row.sort(key=lambda t: -combine({**t[1], "similarity": 0.0}))
        pre.append(row[:max_embedded])
    chosen = sorted({i for row in pre for i, _ in row})
    sims: dict[tuple[int, int], float] = {}
    if chosen:
        vecs = embedder.embed([_part_text(parts, k) for k in range(len(parts))] + [_embed_text(cands[i]) for i in chosen])
        qv, cv = vecs[: len(parts)], vecs[len(parts) :]
        m = qv @ cv.T
        for k in range(len(parts)):
            for j, i in enumerate(chosen):
                sims[(k, i)] = float(m[k, j])
    picks: list[Scored | None] = []
    verdicts: list[str | None] = []
    ranked: list[list[Scored]] = []
    others: list[list[Scored]] = []
    notes: dict[int, str] = {}
    mores: dict[int, list[Scored]] = {}  # per part: the further quotes a computed answer shows
    uncovered: set[int] = set()  # parts another part's quote must not answer
    forced: dict[int, str] = {}  # parts whose yes/no the quote's figures decide
    # "How did A's capacity compare with B's?", "Which region lost the most share between 2024 and 2027?": computed
    # from a report table's rows (prose_tables), ahead of any sentence
    tabled = tables.table_picks(question, parts, cands, page_text)
    for k, asked in enumerate(parts):
        r = []
        for i, p in pre[k]:
            cos = sims[(k, i)]
            if p.get("soft") and cos < SOFT_COSINE:
                continue  # the narrowing words unsaid, and the meaning not close enough to stand for them
            p = {**p, "similarity": float(np.clip((cos - SIM_FLOOR) / SIM_SPAN, 0.0, 1.0)), "cosine": cos}
            if asked.kind == "amount" and p["type"] >= 1.0:
                # the question's words said in other words ("how long ... wait" / "the median time from request to
                # energisation"): a close meaning counts as overlap, up to PARAPHRASE_MAX
                p["overlap"] = max(p["overlap"], float(np.clip((cos - PARAPHRASE_FLOOR) * 2, 0.0, PARAPHRASE_MAX)))
            r.append(Scored(cands[i], combine(p), p))
        r.sort(key=lambda s: (-s.score, s.candidate.rank, s.candidate.page, s.candidate.start))
        r = _firm_first(r, threshold)
        ranked.append(r)
        best = r[0] if r and r[0].score >= threshold else _sure_shape(asked, r, threshold)
        if page_text is not None and asked.kind != "yesno" and prose_filings.asks_registered(asked.text):
            # "Which debt securities does it have registered under Section 12(b)?": the cover's table, nothing else
            best = _registered(asked, question, cands, page_text, aliases, names)
        if best is None or best.candidate.kind == "row":
            # "Which operator had the highest revenue in 2024?": no sentence says so; a table's rows may show it
            best = rank_rows(asked, cands, question) or best
        if best is None and pdf_tables.asks_top_row(asked.text):
            # "Which division saw the steepest fall in second-quarter sales?": a PDF table whose heads are split over lines
            best = _top_row(asked, cands, page_text)
        if best is None and page_text is not None and asked.kind in ("amount", "entity", "list", "describe"):
            # "What share did the top eight carriers hold?", "Which installer had the highest gross margin?": a report
            # table whose columns are measures, read by the asked column (prose_columns)
            best = _column_pick(asked, question if len(parts) == 1 else asked.text, cands, page_text)
        if best is None and asked.kind == "list":
            # "What acquisitions did Contoso make?": no one sentence names them all; one sentence per completed deal
            deals = _stated_deals(asked, cands, question, aliases, names)
            if deals:
                best, mores[k] = deals[0], deals[1:]
                notes[k] = f"The {events.asked_event(asked.text)}s the filing states, one sentence each"
        if asked.kind in ("describe", "reason") and current.asks_filing_subject(asked.text):
            # "What is Contoso's current report of May 2 about?": the opening sentence of each item the current report states
            opened = _item_openings(asked, cands, page_text, aliases, names)
            if opened:
                best, mores[k] = opened[0], opened[1:]
                notes[k] = f"What the current report states under {opened[0].candidate.heading}"
        after = rankings.after_names(question) if asked.kind == "list" and best is not None else []
        if after:
            notes[k] = rankings.after_line(after, rankings.names_after(best.candidate.body, after))
        if best is not None and best.candidate.kind == "sentence" and changes.asks_direction(asked.text) \
                and {w for w in _words(asked.text) if _direction(w) is None} - _RELATIVE_WORDS:
            # "Has the number of tools gone up or down since 2024?": the way its own quote's two figures moved
            pair = _quoted_change(replace(asked, unit="change"), best.candidate, question)
            if pair is not None:
                notes[k] = changes.direction_text(pair)
        one_way = changes.asks_one_way(asked.text) if k and asked.kind == "yesno" else None
        if k and (one_way or changes.asks_direction(asked.text)) and not {w for w in _words(asked.text) if _direction(w) is None}:
            # "..., and was it rising or falling?" / "and is it growing?": the two figures of the part before's quote
            best, note = _direction_from(parts[k - 1], picks[k - 1])
            if note:
                notes[k] = note
                if one_way:  # a yes/no: yes when the figures moved the asked way
                    forced[k] = "Yes" if note.startswith("Rising" if one_way == "up" else "Falling") else "No"
            else:
                uncovered.add(k)  # the figure's quote does not say which way: not answered by it either
        moving = members.asks_moving_members(asked.text) if asked.kind == "list" else None
        if k and moving is None and asked.kind in ("list", "entity") and parts[k - 1].kind == "list":
            # "Which segments does it have, and which grew?": the second part asks it of the first part's kind
            moving = members.asks_moving_members(f"{parts[k - 1].text} {asked.text}")
        found = _moving_members(asked, moving, cands, threshold) if moving else None
        if found is not None:  # "which of its segments grew": every member's move read, those that moved so named
            best, mores[k], notes[k] = found
        if k in tabled and (best is None or not tabled[k][3] or (best.candidate.kind == "row" and tabled[k][0].kind != "row")):
            # one row's own change only where no sentence answers, its cell only where nothing does; comparisons and
            # rankings always
            cand, said, line, _ = tabled[k]
            best, mores[k] = Scored(cand, max(threshold, best.score if best else 0.0), {"table": 1.0}), []
            notes.pop(k, None)
            if any(p is not None and (p.candidate.doc_id, p.candidate.page, p.candidate.start)
                   == (cand.doc_id, cand.page, cand.start) for p in picks):  # fmt: skip
                notes[k] = line  # the same rows cited above: this part's computed line under the same [n]
            if said:
                forced[k] = said
        if k and best is None and picks[k - 1] is not None and picks[k - 1].candidate.kind == "sentence":
            # "..., and what was it five years earlier?" / "and how much bigger was it than in 2022?": the first part's
            # quote gives that year's figure (prose_followups)
            line = followups.followup_line(asked.text, parts[k - 1].years, picks[k - 1].candidate.text)
            if line is not None:
                best, notes[k] = picks[k - 1], line
        if k and asked.unit == "change" and k not in notes and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "sentence" and (best is None or best.candidate is picks[k - 1].candidate):
            # "..., and by how much did it grow from a year earlier?": the move from the figure the part before's quote
            # compares its answer with (prose_followups.move_line)
            shown = answer_figure(parts[k - 1], picks[k - 1].candidate)
            line = followups.move_line(asked.text, max(parts[k - 1].years, default=None), picks[k - 1].candidate.text,
                                       shown) if shown else None
            if line is not None:
                best, notes[k] = picks[k - 1], line
        who = rankings.asks_position(asked.text)
        if who is not None:
            # "..., and where did Siemens Gamesa rank?": its place in a ranking sentence listing names in order (the
            # part before's quote first, then this part's candidates), computed; nothing else answers
            pool = ([picks[k - 1]] if k and picks[k - 1] is not None else []) + ranked[k]
            best = None
            for sc in pool:
                place = rankings.position_in(sc.candidate.text, who) if sc.candidate.kind == "sentence" else None
                if place is not None:
                    best, notes[k] = sc, rankings.position_line(who, *place)
                    break
            if best is None:
                uncovered.add(k)
        member = (_member_rank(asked, question, cands, page_text)
                  if best is None or best.candidate.kind not in ("ranked", "compared") else None)  # fmt: skip
        if member is not None:
            # "Which of its three segments grew NOI fastest?": every member's growth computed from one block of a
            # segment note's or revenue table's rows (table_rankings), ahead of a sentence naming no member's figure
            best, mores[k] = member, []
            notes.pop(k, None)
            if any(p is not None and (p.candidate.doc_id, p.candidate.page, p.candidate.start)
                   == (member.candidate.doc_id, member.candidate.page, member.candidate.start) for p in picks):  # fmt: skip
                notes[k] = member.candidate.heading  # "... and which was weakest?": the same rows cited above
        owned = (_own_tables_rank(asked, question, cands, page_text)
                 if member is None and (best is None or best.candidate.kind not in ("ranked", "compared")) else None)
        if owned is not None:
            # "Which of its two segments had the higher operating income rate?" where each segment has its own summary
            # table (table_rankings.own_tables_rank): the ranking, citing the pick's rows, then each other member's
            best, mores[k] = owned
            notes.pop(k, None)
            used = {(q.candidate.doc_id, q.candidate.page, q.candidate.start)
                    for j in range(k) for q in [picks[j], *mores.get(j, [])] if q is not None}
            if (best.candidate.doc_id, best.candidate.page, best.candidate.start) in used:
                notes[k] = best.candidate.text  # the same rows cited above: this part's ranking under them
        if member is None and k and picks[k - 1] is not None and picks[k - 1].candidate.kind == "ranked" \
                and table_rankings.asks_pick_figure(asked.text, picks[k - 1].candidate.heading):
            # "..., and what was that margin?", "how many of the total did it account for?": the pick's own figure in
            # the ranking above (its lead), under the same rows
            best, mores[k] = picks[k - 1], []
            notes[k] = picks[k - 1].candidate.heading
        if k and asked.kind == "yesno" and page_text is not None and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "ranked" and table_rankings.asks_member_move(asked.text):
            # "..., and did that share grow from the prior year?": the ranked member's own two cells decide
            prev = picks[k - 1].candidate
            ranking = table_rankings.rank_members(parts[k - 1].text, question, page_text(prev.doc_id, prev.page) or "",
                                                  set(parts[k - 1].years))  # fmt: skip
            moved = table_rankings.member_move(asked.text, ranking)
            if moved is not None:
                best, mores[k] = picks[k - 1], []
                forced[k], notes[k] = moved
        if k and page_text is not None and picks[k - 1] is not None and picks[k - 1].candidate.kind == "ranked" \
                and table_rankings.asks_rank_again(asked.text):
            # "..., and was it also the segment whose subscription revenue grew fastest?", "Does the ranking hold on
            # comparable sales?": the members ranked again by the basis this part names, from their own block; the
            # verdict compares the two picks (table_rankings.rank_again); none found: this part is not answered
            again = _member_rank_again(asked, parts[k - 1], picks[k - 1].candidate, question, cands, page_text)
            if again is None:
                best = None
                uncovered.add(k)
            else:
                best, mores[k] = again[0], []
                forced[k], notes[k] = again[1], again[2]
        summed = (_year_sum(asked, question, cands, page_text)
                  if best is None or not states_total(best.candidate.text) else None)  # fmt: skip
        if summed is not None:
            # "How much of its debt matures in 2027 and 2028 combined?": the year rows of a maturity table added up
            # (table_sums), where no sentence states the total
            best, mores[k] = summed, []
            notes.pop(k, None)
        vs = prose_versus.versus(question if len(parts) == 1 else asked.text)
        if vs is not None and not (best is not None and best.candidate.kind in ("ranked", "compared")):
            # "Which grew revenue faster, Contoso or Fabrikam?": both sides' figures and a computed verdict, or nothing
            # (a comparison computed from a table's rows, above, stands)
            sides = _versus(vs, question if len(parts) == 1 else asked.text, cands, page_text)
            best = None
            notes.pop(k, None)
            if sides is None:
                uncovered.add(k)
            else:
                best, mores[k], forced[k] = sides
        if asked.kind == "reason" and k and page_text is not None and picks[k - 1] is not None \
                and picks[k - 1].candidate.kind == "ranked" and _ANAPHOR_REASON.search(asked.text):
            # "..., and what drove its decline?" after "which segment had the weaker topline?": the filer's sentence
            # explaining the ranked member's own move; none: this part is not answered
            best = _ranked_explained(parts[k - 1], picks[k - 1].candidate, question, cands, page_text, threshold)
            mores[k] = []
            notes.pop(k, None)
            if best is None:
                uncovered.add(k)
        elif asked.kind == "reason" and k and picks[k - 1] is not None and parts[k - 1].kind == "reason" \
                and drivers.asks_against(asked.text):
            # "What drove the increase, and what held it back?": the offsets the first part's explanation states, from
            # its quote (prose_drivers.against_line); none stated: this part is not answered, by no other passage
            held = drivers.against_line(picks[k - 1].candidate.text)
            best, mores[k] = (picks[k - 1] if held else None), []
            notes.pop(k, None)
            if held:
                notes[k] = f"What held it back, from the same passage: \u201c{held}\u201d"
            else:
                uncovered.add(k)
        elif asked.kind == "reason" and page_text is not None:
            best = _explained_pick(asked, k, picks, best, cands, page_text, threshold,
                                   lambda c, a=asked: prescore(replace(a, kind="describe"), c, question, aliases(c), names))
            effect = _stated_effect(asked, best, cands, page_text) if best is not None and not k and k not in mores else None
            if effect is not None:  # the change explained, with its figures, shown before its explanation
                best, mores[k] = effect, [best]
        if best is not None and k not in mores and asks_ranking(asked) and best.candidate.kind == "sentence" \
                and not _states_figure(best.candidate.text):
            # "Which region's port volumes rose fastest?": "South Asia grew fastest, helped by ..." names the member but
            # no figure; its row in the report's table on the measure gives it
            row = _winner_row(asked, best.candidate, cands)
            if row is not None:
                mores[k] = [Scored(row, best.score, {"table": 1.0})]
        if asked.kind == "list" and best is not None and k not in notes:
            # "What were the three largest categories?": the N items of a share list with the highest shares
            top = items.top_line(question if len(parts) == 1 else asked.text, best.candidate.text)
            if top is not None:
                notes[k] = top
        picks.append(best)
    for k, asked in enumerate(parts):
        if asked.kind == "amount" and picks[k] is not None and k not in notes and k not in forced and any(
                j != k and picks[j] is not None and picks[j].candidate is picks[k].candidate for j in range(len(parts))):
            # "What were its revenue and order backlog?": a quote another part took answers this one only if it says
            # this part's own measure (the words no other part asks); else the part is not found, and said so
            own = asked.words - {w for j, p in enumerate(parts) if j != k for w in p.words}
            c = picks[k].candidate
            if own and _FIGURE_MEASURE.search(" ".join(own)) and not _stems(own) & _stems(content_words(f"{c.body} {c.heading}")):
                picks[k] = None
                uncovered.add(k)
        if picks[k] is None and k not in uncovered:  # "Why do California and Texas ...": another part's quote may answer
            taken = {(f or "").split(" (")[0] for j, p in enumerate(picks) if j != k and p is not None
                     for f in [answer_figure(parts[j], p.candidate)] if f}  # the figures other parts show
            picks[k] = _covering(asked, [p for p in picks if p is not None], question, aliases, names, taken)
        best = picks[k]
        said = forced.get(k) or (verdict(asked, best.candidate) if best is not None else None)
        if said is None and asked.kind == "yesno" and prose_verdicts.asks_profit_move(asked.text):
            # "Did its Marina segment become more profitable?": the sentence stating how the asked one's profit
            # measures moved decides, wherever it ranks (``_profit_move_pick``)
            moved = _profit_move_pick(asked, ranked[k])
            if moved is not None:
                best, said = moved
        if said is None and best is not None and asked.kind == "yesno" and prose_verdicts.asks_profit(asked.text):
            # "Is Frostway profitable?": the sentence of the pick's paragraph stating the sign of a profit measure
            best, said = _deciding_sentence(asked, best, cands, page_text,
                                            lambda c: prescore(asked, c, question, aliases(c), names), names)  # fmt: skip
        elif said is None and best is not None and asked.kind == "yesno" and prose_verdicts.asks_concentration(asked.text):
            best, said = _concentration_statement(asked, best, ranked[k])
        if prose_verdicts.asked_holders(asked.text) is not None and not (said and asked.kind == "yesno") and (
                best is None or not prose_verdicts.states_concentration(asked.text, best.candidate.text)) and not (
                asked.kind == "yesno" and best is not None
                and prose_verdicts.speaks_of_dependence(asked.text, best.candidate.text)):  # fmt: skip
            # "How concentrated is Contoso's customer base?": only a sentence stating the deciding share answers
            best = _concentration_figure(asked, ranked[k], cands, page_text, names)
            said = prose_verdicts.concentration_verdict(asked.text, best.candidate.text) \
                if best is not None and asked.kind == "yesno" else None
        if best is not None and asked.kind == "amount" and not _names_instrument(
                asked.text, best.candidate.text, answer_figure(asked, best.candidate)):
            best = None  # "how much could it draw on its revolver?": a buyback's dollars are not the facility's
        if best is not None and best.candidate.kind == "sentence" and (
                asked.kind == "amount" or asked.kind == "describe" and (asks_figure(asked.text) or re.match(
                    r"(?i)\s*what\s+(?:was|were|is|are)\b", asked.text))) and (
                _share_for_another(asked, best.candidate.text) or not _says_unit_asked(asked.text, best.candidate.text)):
            best = None  # "Oil made up 53% of our production" for the volume produced; 326 sites for cubic yards
        if best is not None and k not in notes and k not in forced and k not in mores and len(parts) > 1 \
                and best.candidate.kind in ("sentence", "list") and asks_figure(asked.text) \
                and not _states_figure(best.candidate.body):
            # a part asking a figure ("what did holders receive for each share", "what was its occupancy percentage")
            # is not answered by a sentence stating none (the deal's announcement, the measure's definition): it is
            # said not to be found, as a whole question with no figure is declined (``figureless``)
            best = None
            uncovered.add(k)
        if best is not None and page_text is not None and prose_verdicts.asked_holders(asked.text) is not None:
            best = _concentration_neighbours(asked, best, page_text)
            if said is None and asked.kind == "yesno":  # the verdict of a share the neighbours brought in
                said = prose_verdicts.concentration_verdict(asked.text, best.candidate.text)
        picks[k] = best
        if said is None and asked.kind == "yesno":
            # "Did Contoso ship more than Fabrikam in 2024?": no sentence says so; two rows of a table may
            compared = compare_rows(asked, cands)
            if compared is not None:
                picks[k], said = compared
        if said is None and asked.kind == "yesno":
            # "Did CNH increase its precision revenue in 2025?": no sentence says so; its row of the table may
            moved = move_row(asked, cands)
            if moved is not None:
                picks[k], said = moved
        if said is None and asked.kind == "yesno" and prose_compare.comparison(asked.text) is not None:
            # "Did headcount grow as fast as budgets in 2026?": one sentence per side, each with its figure
            across = _compared_across(asked, cands)
            if across is not None:
                picks[k], mores[k], said = across
        if k > 0 and picks[k - 1] is None and picks[k] is not None and parts[k - 1].kind in ("entity", "list") \
                and _BACK_TO_ASKED.search(asked.text):
            # "Which vendor was second, and what share did it have?": "it" is the member the unanswered part asks for;
            # any share found ("Others: 30%") is another member's
            picks[k], said, best = None, None, None
        verdicts.append(said)
        others.append(mores[k] if k in mores else
                      _other_subjects(asked, ranked[k], best, threshold, names) if best is not None else [])  # fmt: skip
    for k, asked in enumerate(parts):
        prev = picks[k - 1] if k else None
        if k and asked.kind == "reason" and _BARE_WHY.match(asked.text) and parts[k - 1].kind == "yesno" \
                and prev is not None and prev.candidate.kind == "sentence" and drivers.states_cause(prev.candidate.text):
            # "Did the segment become more profitable, and why?": "why" asks the reason of what the part before's quote
            # decides; that quote, stating its cause, answers it (never another sentence near it)
            picks[k], others[k] = prev, []
    return Extraction(question, parts, picks, verdicts, ranked, others, notes)


def _profit_move_pick(asked: Asked, ranked: Sequence[Scored]) -> tuple[Scored, str] | None:
    """For "Did X('s segment) become more profitable?": the best-ranked sentence (of the asked company, ``prescore``
    passed) stating its profit measures' move (``prose_verdicts.profit_move_verdict``) with its verdict. The member
    asked (a capitalised word of the question besides the company's name: "Marina") must be named before the measure;
    asked of the company, a measure named after a member ("Marina EBITDA increased") is that member's, no answer."""
    asked_names = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][a-z][\w&-]*", asked.text)}
    members = {w for w in asked_names if not any(w in e or e in w for e in asked.entities)}
    for sc in ranked:
        c = sc.candidate
        # a sentence of a filing stating no year is about the filing's own fiscal year
        fiscal = getattr(c.meta, "fiscal_year", None) if is_filing(c.meta) else None
        years = c.years or (frozenset({fiscal}) if fiscal else frozenset())
        if c.kind != "sentence" or asked.years and years and not years & asked.years:
            continue  # a sentence about another year says nothing of the asked one
        said = prose_verdicts.profit_move_verdict(asked.text, c.text)
        at = prose_verdicts.profit_move_at(c.text)
        if said is None or at < 0:
            continue
        before = re.findall(r"[A-Za-z][\w&-]*", c.text[:at])[-3:]
        named = {w.lower() for w in before if w[:1].isupper()} - {w.lower() for w in re.findall(
            r"[A-Za-z]+", getattr(c.meta, "company", None) or "")} - {"our", "the", "its", "total", "consolidated"}
        if members and not members <= {w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", c.text[:at])}:
            continue
        if not members and named:
            continue
        return Scored(c, sc.score, {**sc.parts, "deciding": 1.0}), said
    return None


# a reason part that names nothing: "..., and why?", "why or why not?"
_BARE_WHY = re.compile(r"(?i)^\s*(?:and\s+)?(?:why(?:\s+(?:or\s+why\s+not|not|so))?|how\s+come|for\s+what\s+reasons?)\s*\??\s*$")


# a part whose subject is a pronoun: the one the part before it asks for ("..., and what share did it have?")
_BACK_TO_ASKED = re.compile(r"(?i)\b(?:it|its|they|their|them|that\s+(?:one|company|vendor|market|country|region|"
                            r"segment|state|sector))\b")


def _firm_first(ranked: list[Scored], threshold: float) -> list[Scored]:
    """``ranked`` with the best candidate that says the asked measure's narrowing words and passes ``threshold`` moved
    ahead of a better-scored one kept only for its meaning (``SOFT_COSINE``, parts "soft"). General rule: a
    paraphrase admitted by similarity is second to word-for-word evidence ("19% of firms ... did so" is no answer to a
    share of patients when "32% of obesity patients who started treatment ... were still taking the drug" is there)."""
    firm = next((s for s in ranked if not s.parts.get("soft") and s.score >= threshold), None)
    if not ranked or not ranked[0].parts.get("soft") or firm is None:
        return ranked
    return [firm, *(s for s in ranked if s is not firm)]


def _winner_row(asked: Asked, c: Candidate, cands: Sequence[Candidate]) -> Candidate | None:
    """The table row of the member a which-most sentence names ("South Asia grew fastest, ..." -> "South Asia: 34, 37,
    8.8 (million TEU)"): a row of the same report, on its page or the next, whose label is the name the sentence opens
    with and whose table (caption, heads, unit) says a word of the question besides the member's; exactly one such
    row, else None. General rule: a which-most answer shows the winner's figure beside the sentence naming it."""
    opening = re.match(r"\s*((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|and|of|&))*)", c.text)
    if opening is None:
        return None
    name = re.sub(r"\s+(?:and|of|&)$", "", opening.group(1))
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    wanted = _stems(asked.words - asked.entities) - _stems(content_words(name))
    rows = [r for r in cands if r.kind == "row" and r.doc_id == c.doc_id and r.page in (c.page, c.page + 1)
            and re.sub(r"[^a-z0-9]", "", r.text.split(":")[0].lower()) == key
            and _stems(content_words(r.heading)) & wanted]  # fmt: skip
    found = list({(r.page, r.start): r for r in rows}.values())
    return found[0] if len(found) == 1 else None


def _explained_pick(asked: Asked, k: int, picks: Sequence[Scored | None], best: Scored | None,
                    cands: Sequence[Candidate], page_text: Callable[[str, int], str | None], threshold: float,
                    about: Callable[[Candidate], dict[str, float] | None] = lambda c: {}) -> Scored | None:  # fmt: skip
    """A reason part's pick, quoted whole (``prose_drivers``): when the part before is answered by a figure's
    sentence and the sentence right after it explains that change ("The rate for 2022 was lower ... primarily due
    to ..."), that sentence answers "..., and what drove the change?"; with no pick, a sentence stating the asked
    measure's change (of the asked subject and period: ``about``) followed by its explanation ("Acquisitions
    contributed $74.2 million, developments $40.9 million ...") is the pick, both quoted; a sentence pick takes the
    sentences that go on with its explanation in its paragraph (offsets, additions, further causes)."""
    qtext = asked.effect or asked.text
    if best is None and not k:
        for c in cands:
            if c.kind == "list" and c.items and c.prev and drivers.cause_list_lead(c.text) \
                    and causes.states_move(c.prev) and drivers.says_head(qtext, c.prev) \
                    and not drivers.other_item(qtext, c.prev, is_filing(c.meta)) and not _opposite_direction(qtext, c.prev) \
                    and about(replace(c, kind="sentence", text=c.prev, items=())) is not None \
                    and not (asked.years and _stated_years(c.prev) and not _stated_years(c.prev) & asked.years):  # fmt: skip
                # "... installations fell. The slowdown had two main causes. Carmakers ... And ...": the causes of the
                # change stated before the count
                return Scored(c, threshold, {"explained": 1.0})
            if c.kind != "sentence" or not causes.states_move(c.text) or drivers.other_item(qtext, c.text, is_filing(c.meta)) \
                    or not causes.explains_asked(qtext, c.text, len(c.text)) or _opposite_direction(qtext, c.text) \
                    or not causes.topic_said(qtext, f"{c.text} {c.heading}"):  # fmt: skip
                continue
            if asked.years and c.years and not c.years & asked.years and not c.years <= drivers.base_years(c.text):
                continue  # another year's change (the year gate of a reason, ``prescore``)
            page = page_text(c.doc_id, c.page) or ""
            spans = sentence_spans(page, split_lines=False) if page else []
            span = drivers.explanation_after(page, spans, c.end) if page and page[c.start : c.end].strip() else None
            if span is None or about(c) is None:
                continue
            end = drivers.continuation(page, spans, span[1], True)
            joined = replace(c, end=end, text=" ".join(page[c.start : end].split()), form="explained")
            return Scored(joined, threshold, {"explained": 1.0})
    prev = picks[k - 1] if k else None
    if prev is not None and prev.candidate.kind == "sentence":
        p = prev.candidate
        page = page_text(p.doc_id, p.page) or ""
        span = drivers.explanation_after(page, sentence_spans(page, split_lines=False), p.end) if page else None
        nxt = next((c for c in cands if span and c.kind == "sentence" and c.doc_id == p.doc_id and c.page == p.page
                    and c.start == span[0]), None)  # fmt: skip
        if nxt is not None:
            cause = drivers._CAUSE.search(nxt.text)
            # "..., and why did that share go up?": the anaphor binds to the part before's sentence; a part naming
            # its own effect ("..., and why did its margin fall?") must be the one explained
            if asked.effect or causes.explains_asked(qtext, nxt.text, cause.start() if cause else 0, p.text):
                best = Scored(nxt, max(threshold, best.score if best is not None else 0.0), {"after": 1.0})
    if best is None or best.candidate.kind != "sentence":
        return best
    c = best.candidate
    page = page_text(c.doc_id, c.page) or ""
    if not page or page[c.start : c.end].strip() == "":
        return best
    m = _CAUSAL.search(c.text)
    cause = "" if m is None else c.text[: m.start()] if causes.effect_after(c.text, m.start()) else c.text[m.end() :]
    end = drivers.continuation(page, sentence_spans(page, split_lines=False), c.end,
                               bool(c.before) or drivers.opens_with_anaphor(c.text), cause=cause)  # fmt: skip
    if end <= c.end:
        return best
    return replace(best, candidate=replace(c, end=end, text=" ".join(page[c.start : end].split())))


def _stated_effect(asked: Asked, best: Scored, cands: Sequence[Candidate],
                   page_text: Callable[[str, int], str | None]) -> Scored | None:  # fmt: skip
    """The sentence stating the change a reason pick explains, with its figures, when the pick states none and does
    not follow it ("Our operating ratio was 96.6% in 2025, compared with 93.1% in 2024. [a sentence on the adjusted
    ratio] The deterioration of the operating ratio came mainly from ..."): the nearest sentence before the pick in
    its section (at most four back, no heading between) that says the asked thing with figures for two periods or a
    move, of no unasked adjusted basis and no other item (``prose_drivers.stated_effect``); None otherwise."""
    c = best.candidate
    if c.kind != "sentence" or claims(c.text):
        return None
    page = page_text(c.doc_id, c.page) or ""
    if not page or page[c.start : c.end].strip() == "" or _antecedent(c, page) is not None:
        return None
    span = drivers.stated_effect(asked.effect or asked.text, page, sentence_spans(page, split_lines=False), c.start)
    found = next((x for x in cands if span and x.kind == "sentence" and x.doc_id == c.doc_id and x.page == c.page
                  and x.start == span[0]), None)  # fmt: skip
    return Scored(found, best.score, {"effect": 1.0}) if found is not None else None


def _authors(cands: Sequence[Candidate], page_text: Callable[[str, int], str | None] | None) -> dict[str, list[str]]:
    """doc_id -> the names of the report's author (``prose_voice.author_names``: its first page's masthead, byline
    and opening estimator, and the reader's publisher), for the reports that are not filings."""
    out: dict[str, list[str]] = {}
    for c in cands:
        if c.doc_id in out or is_filing(c.meta):
            continue
        extra = getattr(c.meta, "extra", None) or {}
        first = page_text(c.doc_id, 1) if page_text is not None else None
        out[c.doc_id] = prose_voice.author_names(first or "", extra.get("publisher") if isinstance(extra, dict) else None)
    return {d: names for d, names in out.items() if names}


def _compared_across(asked: Asked, cands: Sequence[Candidate]) -> tuple[Scored, list[Scored], str] | None:
    """A yes/no comparison ("Did security headcount grow as fast as budgets in 2026?") that no one sentence decides:
    the one sentence about each side that states one percentage for it (``prose_compare.side_figure``: its own
    words, not the other side's, the asked year), and the verdict computed from the two; None when a side has no
    such sentence, or two that disagree, or the verdict is a tie of "faster than"."""
    heads = prose_compare.side_heads(asked.text)
    if heads is None:
        return None
    ha, hb = heads
    years = set(re.findall(r"\b(?:19|20)\d\d\b", asked.text))
    found: list[tuple[Candidate, tuple[float, str]] | None] = []
    for mine, theirs in (({ha}, {hb}), ({hb}, {ha})):  # each side's head word, not the other's
        figs = [(c, f) for c in cands if c.kind == "sentence"
                and (f := prose_compare.side_figure(mine, theirs, c.text, years, prose_compare.asks_move(asked.text)))
                is not None]
        if not figs or len({f[0] for _, f in figs}) != 1:
            return None
        found.append(min(figs, key=lambda t: (t[0].rank, t[0].page, t[0].start)))
    (ca, fa), (cb, fb) = found  # type: ignore[misc]
    if ca is cb:
        return None
    ya, yb = _years(ca.text), _years(cb.text)
    if not years and ya and yb and not ya & yb:
        return None  # no year asked: the two sentences must speak of one year ("grew 3% in 2026" / "rose 8% in 2025")
    said = prose_compare.decide(asked.text, fa[0], fb[0])
    if said is None:
        return None
    mark = {"compared": 1.0}
    return Scored(replace(ca, form="versus"), 1.0, mark), [Scored(replace(cb, form="versus"), 1.0, mark)], said


def _preceding(c: Candidate, page: str, most: int = 2) -> list[str]:
    """The sentences before candidate ``c`` in its paragraph on ``page`` (up to ``most``), nearest first."""
    spans = sentence_spans(page, split_lines=False)
    i = next((j for j, (a, b) in enumerate(spans) if a <= c.start < b), None)
    out: list[str] = []
    while i is not None and i > 0 and len(out) < most and not _paragraph_break(page, spans[i - 1][1], spans[i][0]):
        i -= 1
        out.append(" ".join(page[spans[i][0] : spans[i][1]].split()))
    return out


def _versus(vs: prose_versus.Versus, question: str, cands: Sequence[Candidate],
            page_text: Callable[[str, int], str | None] | None) -> tuple[Scored, list[Scored], str] | None:
    """For "which ..., A or B?" (``prose_versus``): per side the sentence about it that states the asked measure's
    figure (for the asked year, else its latest), and the verdict computed from the two; None when a side has no
    such sentence or the figures do not decide it. The two sentences are marked (form "versus") so that no other
    figure of theirs is shown as the answer."""
    asked_years = _asked_years(question)
    if len(asked_years) > 1:
        return None
    year = next(iter(asked_years), None)
    found: dict[str, tuple[Candidate, tuple[float, str, str], int | None]] = {}
    for side in (vs.a, vs.b):
        for c in sorted(cands, key=lambda c: (c.rank, c.page, c.start)):
            if c.kind != "sentence":
                continue
            page = (page_text(c.doc_id, c.page) or "") if page_text is not None else ""
            preceding = _preceding(c, page, most=5) if page else [c.lead or c.before]
            sv = prose_versus.for_side(vs, side)  # a side that is its own measure reads its own figures
            texts = prose_versus.side_texts(sv, side, c.text, preceding)
            figs = [(f, t) for t in texts if (f := prose_versus.side_figure(sv, t)) is not None
                    and prose_versus.side_governs(side, t, f[2])]
            if len(figs) != 1:
                continue
            fig, said = figs[0]
            # the year the sentence states, else the one its paragraph last stated ("It ended 2024 with ... Monthly
            # churn was 4.2% in the fourth quarter")
            ys = prose_versus.years_of(said) or prose_versus.years_of(c.text) or next(
                (found_years for t in preceding if (found_years := prose_versus.years_of(t))), set())
            if year is not None and year not in ys:
                continue
            y = year if year is not None else (max(ys) if ys else None)
            if side not in found or (y or 0) > (found[side][2] or 0):
                found[side] = (c, fig, y)
    if len(found) < 2:
        return None
    (ca, fa, ya), (cb, fb, yb) = found[vs.a], found[vs.b]
    line = prose_versus.verdict_line(vs, fa, ya, fb, yb, year)
    if line is None:
        return None
    a_first = line.startswith(vs.a)
    win, lose = (ca, cb) if a_first else (cb, ca)
    mark = {"versus": 1.0}
    shown = [Scored(replace(lose, form="versus"), 1.0, mark)] if lose is not win else []
    return Scored(replace(win, form="versus"), 1.0, mark), shown, line


def _filer_pages(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None],
                 around: Sequence[int] = (0,)) -> Iterator[tuple[Candidate, str]]:  # fmt: skip
    """The pages of the candidates of a filer the question names (and the pages ``around`` each, by offset),
    best-ranked candidate first, each page once: (the candidate moved to that page, the page's text)."""
    seen: set[tuple[str, int]] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        company = (getattr(c.meta, "company", None) or "").lower()
        if not company or not any(e in company or _named(e, company, re.sub(r"[^a-z0-9]", "", company))
                                  for e in asked.entities):
            continue  # "Fabri-Kam" asked, "FABRIKAM" the filer: the same name without its punctuation (``_named``)
        for page_no in (c.page + d for d in around):
            if page_no < 1 or (c.doc_id, page_no) in seen:
                continue
            seen.add((c.doc_id, page_no))
            page = page_text(c.doc_id, page_no) or ""
            if page:
                yield (c if page_no == c.page else replace(c, page=page_no)), page


def _table_answer(asked: Asked, c: Candidate, page: str, rows: Sequence, text: str, heading: str) -> Scored:
    """A candidate of kind "ranked" computed from a table's ``rows`` (each with ``start``/``end`` on ``page``): the
    computed ``text``, citing every row used."""
    quoted = [" ".join(page[r.start : r.end].split()) for r in rows]
    start, end = min(r.start for r in rows), max(r.end for r in rows)
    cand = Candidate(c.doc_id, c.doc, c.source, c.page, start, end, text, "ranked", heading=heading,
                     items=tuple(quoted), rank=c.rank, meta=c.meta, years=frozenset(asked.years))  # fmt: skip
    return Scored(cand, THRESHOLD, {"ranked": 1.0})


def _top_row(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None] | None
             ) -> Scored | None:  # fmt: skip
    """For "which <kind> had the highest / the biggest drop ...": the first table, on the candidates' pages of a
    filer the question names (best-ranked page first), whose rows the question's ranking orders
    (``prose_pdf_tables.rank_table``): a candidate of kind "ranked" naming the row, its figure and column, citing
    every row ranked."""
    if page_text is None or not asked.entities:
        return None
    for c, page in _filer_pages(asked, cands, page_text):
        for table in pdf_tables.tables_in(page):
            found = pdf_tables.rank_table(asked.text, table, set(asked.years), set(asked.quarters), set(asked.entities))
            if found is not None:
                text = (f"{found.label} ranks first of the table's {len(found.rows)} rows"
                        f" ({found.column}): {found.shown}.")  # fmt: skip
                return _table_answer(asked, c, page, found.rows, text, table.caption)
    return None


def _column_pick(asked: Asked, question: str, cands: Sequence[Candidate],
                 page_text: Callable[[str, int], str | None]) -> Scored | None:  # fmt: skip
    """The cell or ranking a question asks of a report table whose columns are measures (``prose_columns``), on the
    candidates' pages of reports (not filings: their statements are the facts path's), best-ranked page first; the
    first page whose tables answer gives a candidate of kind "ranked" citing the rows used."""
    seen: set[tuple[str, int]] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        if (c.doc_id, c.page) in seen or is_filing(c.meta):
            continue
        seen.add((c.doc_id, c.page))
        page = page_text(c.doc_id, c.page) or ""
        found = prose_columns.column_answer(question, page)
        if found is not None:
            return _table_answer(asked, c, page, found.rows, found.text, found.caption)
    return None


def _member_rank(asked: Asked, question: str, cands: Sequence[Candidate],
                 page_text: Callable[[str, int], str | None] | None) -> Scored | None:  # fmt: skip
    """For "which of its segments grew fastest / was weakest / which revenue line grew fastest": the ranking of one
    block of member rows (``table_rankings.rank_members``) on the pages of the candidates of a filer the question
    names and the two pages either side of each (a segment note's table follows its text), best-ranked page first;
    two pages putting different members first: no answer. A candidate of kind "ranked" naming the member with
    every member's figures, citing the rows."""
    if page_text is None or not asked.entities or table_rankings.asks_member_ranking(asked.text, question) is None:
        return None
    def around(c: Candidate) -> str:  # the pages either side: where a filer lists its segments above their table
        return "\n\n".join(page_text(c.doc_id, c.page + d) or "" for d in (-1, 1))

    found = [(c, ranked, page) for c, page in _filer_pages(asked, cands, page_text, (0, 1, -1, 2, -2))
             if (ranked := table_rankings.rank_members(asked.text, question, page, set(asked.years), around(c)))
             is not None]
    if not found or len({r.top.label for _, r, _ in found}) != 1:
        return None
    c, ranked, page = found[0]
    return _table_answer(asked, c, page, ranked.rows, ranked.text, ranked.lead)


# a reason part whose subject is the member the part before picked: "what drove its decline?", "why did it grow?",
# "what drove that growth?", "what explains the gap?"
_ANAPHOR_REASON = re.compile(r"(?i)\b(?:its|it|that|this|the\s+(?:segment|region|division|member)['’]s)\b")


def _ranked_explained(before: Asked, prev: Candidate, question: str, cands: Sequence[Candidate],
                      page_text: Callable[[str, int], str | None], threshold: float) -> Scored | None:  # fmt: skip
    """For "..., and what drove its decline?" after a ranking of members: the filer's sentence that names the ranked
    member, says the ranked measure, states its move and a cause ("Computing net revenue of $1.8 billion in 2025
    decreased by 42% compared to $3.1 billion in 2024 as a result of lower unit shipments"), of the ranked year (its
    latest year the ranking's), on the ranked page or the two pages after it or the one before, nearest first, then on
    the pages of the same filing's candidates.
    General rule: the cause of a member's move is the sentence about that member and that move; a sentence about
    another member, another measure or another year never explains it. None when no sentence qualifies."""
    page = page_text(prev.doc_id, prev.page) or ""
    around = "\n\n".join(page_text(prev.doc_id, prev.page + d) or "" for d in (-1, 1))
    ranking = table_rankings.rank_members(before.text, question, page, set(before.years), around)
    if ranking is None or ranking.measure.endswith("margin"):
        return None
    name = " ".join(re.findall(r"[a-z0-9]+", ranking.top.label.lower()))
    pages = [prev.page + d for d in (0, 1, 2, -1)]
    pages += [c.page for c in sorted(cands, key=lambda c: c.rank) if c.doc_id == prev.doc_id and c.page not in pages]
    for n in list(dict.fromkeys(pages))[:12]:
        text = page_text(prev.doc_id, n) or ""
        for c in page_candidates(text, doc_id=prev.doc_id, doc=prev.doc, source=prev.source, page_no=n,
                                 meta=prev.meta, rank=prev.rank):
            if c.kind != "sentence" or name not in " ".join(re.findall(r"[a-z0-9]+", c.text.lower())):
                continue
            ys = _stated_years(c.text)
            if not ys or max(ys) != ranking.year or not table_rankings.says_measure(c.text, ranking.measure):
                continue
            if causes.states_move(c.text) and drivers._CAUSE.search(c.text):
                return Scored(c, threshold, {"explained": 1.0})
    return None


def pick_reason_query(ex: "Extraction") -> str | None:
    """For an answer whose ranked part is followed by a reason part left unanswered ("..., and what drove its
    decline?"): a search text for the filer's sentence explaining the pick's move ("Computing and Graphics net revenue
    decreased"), the ranked member and the measure; None otherwise."""
    for k in range(1, len(ex.parts)):
        prev = ex.picks[k - 1]
        if ex.parts[k].kind != "reason" or ex.picks[k] is not None or prev is None or prev.candidate.kind != "ranked" \
                or not _ANAPHOR_REASON.search(ex.parts[k].text):
            continue
        m = re.match(r"^(?P<name>.+?)\s+(?:had|ranks|was)\s+the\s+", prev.candidate.text)
        measure = table_rankings.asked_measure(ex.parts[k - 1].text, ex.question)
        if m and measure and not measure.endswith("margin"):
            return f"{m.group('name')} {measure} {ex.parts[k].text}"
    return None


def _own_tables_rank(asked: Asked, question: str, cands: Sequence[Candidate],
                     page_text: Callable[[str, int], str | None] | None) -> tuple[Scored, list[Scored]] | None:  # fmt: skip
    """A ranking of members' margins read from each member's own summary table (``table_rankings.own_tables_rank``)
    on the pages of the named filer's candidates and two either side: the pick's candidate (the ranking, citing its
    rows) and one per other member (citing its rows). The asked year is the latest of the part's and the question's
    years (a part asking the move "from FY2024" ends in the question's year)."""
    if page_text is None or not asked.entities or table_rankings.asks_member_ranking(asked.text, question) is None:
        return None
    seen = {f"{c.doc_id}:{c.page}": (c, page) for c, page in _filer_pages(asked, cands, page_text, (0, 1, -1, 2, -2))}
    years = set(asked.years) | _years(question)
    got = table_rankings.own_tables_rank(asked.text, question, [(k, p) for k, (_, p) in seen.items()], years)
    if got is None:
        return None
    out = []
    for name, key, margin in sorted(got.each, key=lambda e: e[0] != got.top):
        c, page = seen[key]
        text = got.text if name == got.top else (
            f"{name}: its own table's {' and '.join(r.label for r in margin.rows)} rows, as used above.")
        out.append(_table_answer(asked, c, page, margin.rows, text, got.text))
    return out[0], out[1:]


def _member_rank_again(asked: Asked, before: Asked, prev: Candidate, question: str, cands: Sequence[Candidate],
                       page_text: Callable[[str, int], str | None]) -> tuple[Scored, str, str] | None:  # fmt: skip
    """For a part asking whether the member ranked first by the part before also ranks first on another basis
    (``table_rankings.rank_again``): that ranking, re-read from the page that ranked it, and the members ranked again
    on the pages of the filer's candidates (and two either side), best-ranked page first; two pages giving other
    verdicts: no answer. (the candidate citing the rows ranked again, "Yes" / "No", the line stating both picks)"""
    first = table_rankings.rank_members(before.text, question, page_text(prev.doc_id, prev.page) or "",
                                        set(before.years),
                                        "\n\n".join(page_text(prev.doc_id, prev.page + d) or "" for d in (-1, 1)))
    if first is None:
        return None
    years = set(before.years) | set(asked.years)
    found = []
    for c, page in _filer_pages(asked, cands, page_text, (0, 1, -1, 2, -2)):
        around = "\n\n".join(page_text(c.doc_id, c.page + d) or "" for d in (-1, 1))
        got = table_rankings.rank_again(asked.text, first, question, page, years, around)
        if got is not None:
            found.append((c, page, got))
    if not found or len({(g[0].top.label, g[1]) for *_, g in found}) != 1:
        return None
    c, page, (ranked, verdict, line) = found[0]
    return _table_answer(asked, c, page, ranked.rows, ranked.text, ranked.lead), verdict, line


def _year_sum(asked: Asked, question: str, cands: Sequence[Candidate],
              page_text: Callable[[str, int], str | None] | None) -> Scored | None:  # fmt: skip
    """For "how much of its debt matures in 2027 and 2028 combined?": the sum of a year-row table's asked rows
    (``table_sums.sum_years``) on the pages of the candidates of a filer the question names, best-ranked page first;
    two pages giving other sums: no answer. A candidate of kind "ranked" giving the sum and citing the rows added."""
    if page_text is None or not asked.entities or table_sums.asks_year_sum(asked.text) is None:
        return None
    found = [(c, summed, page) for c, page in _filer_pages(asked, cands, page_text)
             if (summed := table_sums.sum_years(asked.text, page)) is not None]
    if not found or len({round(s.total, 6) for _, s, _ in found}) != 1:
        return None
    c, summed, page = found[0]
    return _table_answer(asked, c, page, summed.rows, summed.text, summed.caption)


def _item_openings(asked: Asked, cands: Sequence[Candidate], page_text: Callable[[str, int], str | None] | None,
                   aliases: Callable[[Candidate], Sequence[str]], names: set[str]) -> list[Scored]:  # fmt: skip
    """For "what is this 8-K about?": the opening sentence of each item (but 9.01) on the pages of the asked company's
    current reports among the candidates' pages, best-ranked page first (``prose_current``)."""
    if page_text is None:
        return []
    out: list[Scored] = []
    seen: set[tuple[str, int]] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        if (c.doc_id, c.page) in seen or not current.is_current_report(c.meta):
            continue
        seen.add((c.doc_id, c.page))
        if subject_score(asked, c, aliases(c), names) is None:
            continue
        page = page_text(c.doc_id, c.page) or ""
        for title, start, end in current.item_openings(page):
            text = " ".join(page[start:end].split())
            opening = Candidate(c.doc_id, c.doc, c.source, c.page, start, end, text, "sentence", heading=title,
                                rank=c.rank, meta=c.meta, years=_stated_years(text))  # fmt: skip
            out.append(Scored(opening, THRESHOLD, {"item": 1.0}))
    return out[: current.MAX_ITEMS]


def _registered(asked: Asked, question: str, cands: Sequence[Candidate],
                page_text: Callable[[str, int], str | None], aliases: Callable[[Candidate], Sequence[str]],
                names: set[str]) -> Scored | None:  # fmt: skip
    """For "Which debt securities does Contoso have registered under Section 12(b)?": the cover's table of registered
    securities (``prose_filings.registered_securities``) of the best-ranked filing of the asked company among the
    candidates' documents, its lines of the asked kind as a list (the cover's first two pages are read)."""
    seen: set[str] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.page)):
        if c.doc_id in seen or not is_filing(c.meta) or subject_score(asked, c, aliases(c), names) is None:
            continue
        seen.add(c.doc_id)
        for page_no in (1, 2):
            page = page_text(c.doc_id, page_no) or ""
            found = prose_filings.registered_securities(page, question)
            if found is None:
                continue
            a, b, lines = found
            listed = Candidate(c.doc_id, c.doc, c.source, page_no, a, lines[-1][1], " ".join(page[a:b].split()), "list",
                               items=tuple(" ".join(page[x:y].split()) for x, y in lines), rank=c.rank, meta=c.meta)
            return Scored(listed, THRESHOLD, {"cover": 1.0})
    return None


def _stated_deals(asked: Asked, cands: Sequence[Candidate], question: str,
                  aliases: Callable[[Candidate], Sequence[str]], names: set[str]) -> list[Scored]:  # fmt: skip
    """For "what acquisitions did Contoso make (in <years>)?": the sentences of the asked company's filings, one per
    deal, that state a deal of the asked kind it completed (``prose_events``), best-ranked page first and in page
    order, another year's left out, a deal told twice (same name or same date) once; two or more, else none. The
    question must name the company."""
    event = events.asked_event(asked.text)
    if event is None or not asked.entities:
        return []
    out: list[Scored] = []
    seen: set[str] = set()
    for c in sorted(cands, key=lambda c: (c.rank, c.doc_id, c.page, c.start)):
        if c.kind != "sentence" or not is_filing(c.meta) or prose_filings.is_cover_text(c.body):
            continue
        if subject_score(asked, c, aliases(c), names) is None or scope_conflict(question or asked.text, c):
            continue
        if asked.years and c.years and not c.years & asked.years:
            continue
        own = {e.lower() for e in asked.entities} | {a.lower() for a in aliases(c)}
        own |= {(getattr(c.meta, "company", "") or "").lower()}
        deal = events.stated_deal(c.text, event, {n for n in own if n})
        date = events.deal_date(c.text)
        if deal is None or deal in seen or date in seen:
            continue  # one deal told twice (a 10-Q and the 10-K, named once and described once) is shown once
        seen |= {deal, date} - {None}
        out.append(Scored(c, THRESHOLD, {"deal": 1.0}))
    return out[: events.MAX_DEALS] if len(out) >= 2 else []


def _deciding_sentence(asked: Asked, best: Scored, cands: Sequence[Candidate],
                       page_text: Callable[[str, int], str | None] | None,
                       score: Callable[[Candidate], dict[str, float] | None], names: set[str] = frozenset()
                       ) -> tuple[Scored, str | None]:  # fmt: skip
    """For a profitability question whose pick states no verdict: the pick itself or a sentence of its paragraph
    (same page, no blank line between) about the same subject (``prescore`` passes, subject >= 0.85) that states
    the sign of a profit measure (``prose_verdicts``); the pick and no verdict when none does, or when two
    sentences of the paragraph disagree."""
    pick = best.candidate
    page = page_text(pick.doc_id, pick.page) if page_text is not None else None
    found: list[tuple[Scored, str]] = []
    for c in [pick, *(c for c in cands if c.kind == "sentence" and c is not pick and c.doc_id == pick.doc_id
                      and c.page == pick.page)]:  # fmt: skip
        if c is not pick:
            lo, hi = (pick, c) if pick.start < c.start else (c, pick)
            if page is None or "\n\n" in page[lo.end : hi.start] or hi.start - lo.end > 600:
                continue
            parts = score(c)
            # about the same subject: so scored, or the nearest sentence before it that opens with a name names it
            if (parts is None or parts.get("subject", 0) < 0.85) and not _about_asked(asked, c, page, names):
                continue
        if asked.years and c.years and not c.years & asked.years:
            continue  # a sentence about another year says nothing of the asked one
        said = prose_verdicts.profit_verdict(asked.text, c.text)
        if said is not None:
            found.append((best if c is pick else Scored(c, best.score, {**best.parts, "deciding": 1.0}), said))
    if not found or len({v for _, v in found}) > 1:
        return best, None
    return found[0]


def _concentration_statement(asked: Asked, best: Scored, ranked: list[Scored]) -> tuple[Scored, str | None]:
    """For "does it rely on a small number of customers?" whose pick states no verdict: the best-ranked sentence
    of a filing of the pick's company, in the filer's own voice ("our ten largest customers represented 46% of
    net sales") or about the asked subject, that states the largest customers' share of sales
    (``prose_verdicts.concentration_verdict``); the pick and no verdict when none does."""
    company = getattr(best.candidate.meta, "company", None)
    for sc in [best, *ranked]:
        c = sc.candidate
        if c.kind != "sentence" or not is_filing(c.meta) or getattr(c.meta, "company", None) != company:
            continue
        if sc.parts.get("subject", 0) < 0.85 and not _FIRST_PERSON.search(c.text):
            continue
        if asked.years and c.years and not c.years & asked.years:
            continue
        said = prose_verdicts.concentration_verdict(asked.text, c.text)
        if said is not None:
            return sc, said
    return best, None


def _concentration_figure(asked: Asked, ranked: list[Scored], cands: Sequence[Candidate],
                          page_text: Callable[[str, int], str | None] | None, names: set[str]) -> Scored | None:
    """For a concentration question (``prose_verdicts.asked_holders``): the best-ranked sentence or list item
    about the asked subject that states the deciding share (``prose_verdicts.states_concentration``); None when
    none does (the question is then declined, never answered by a sentence describing the company). About the
    subject: it names the asked company (and no other name opens it), or it names no one and the nearest sentence
    before it in its paragraph that opens with a name opens with the asked one, or it is in the asked filer's
    own filing in the filer's voice; a question naming no company takes any."""
    seen: set[tuple[str, int, int]] = set()
    order = [s.candidate for s in ranked] + sorted(cands, key=lambda c: (c.rank, c.page, c.start))
    for c in order:
        key = (c.doc_id, c.page, c.start)
        if key in seen or c.kind not in ("sentence", "list"):
            continue
        seen.add(key)
        page = (page_text(c.doc_id, c.page) or "") if page_text is not None else ""
        pieces = [c] if c.kind == "sentence" else []
        for item in (c.items if c.kind == "list" else ()):
            at = page.find(item, c.start)
            if at >= 0:
                text = " ".join(_strip_bullet(item).split())
                pieces.append(replace(c, kind="sentence", text=text, items=(), start=at, end=at + len(item), form=""))
        for p in pieces:
            if not prose_verdicts.states_concentration(asked.text, p.text) or not _about_asked(asked, p, page, names):
                continue
            return Scored(p, THRESHOLD, {"concentration": 1.0})
    return None


# a financing instrument an amount is asked of, and the words a sentence names such an instrument by
_INSTRUMENT_Q = re.compile(r"(?i)\b(?:revolv\w*|credit\s+(?:facilit\w+|line|agreement)|line\s+of\s+credit|term\s+loans?|"
                           r"loans?|notes|bonds?|debentures|commercial\s+paper|borrow\w*|(?:credit|loan|revolving)\s+facilit(?:y|ies))\b")
_INSTRUMENT_SAID = re.compile(r"(?i)\b(?:revolv\w*|credit|loans?|notes|bonds?|debentures|commercial\s+paper|borrow\w*|"
                              r"facilit(?:y|ies)|debt|indebtedness|availab\w*|drawn|undrawn|capacity|financing)\b")


# a share of a whole as a filer writes it: "made up 53% of", "accounted for 14% of", "31% of our sales"
_SHARE_FIGURE = re.compile(r"(?i)\b\d{1,3}(?:\.\d+)?\s?(?:%|percent)\s+of\b")


def _share_for_another(asked: Asked, sentence: str) -> bool:
    """A sentence whose only figures are shares of a whole ("Oil made up 53% of our production") answers no amount
    asked in other terms: not a volume, count or sum ("what was its average daily production?"), and not a growth
    rate ("what was the percentage growth?") unless it also states a change. A share asked ("what share ...",
    "what percentage of ...") is answered by it."""
    moved = asked.unit == "change" or bool(_CHANGE_Q.search(asked.text) or changes.asks_change(asked.text))
    if asked.unit == "percent" and not moved or ties.asks_portion(asked.text) or prose_verdicts.asked_holders(asked.text) or re.search(r"(?i)\b(?:shares?|portion|proportion|"
                                                                           r"percentage\s+of|percent\s+of|mix)\b", asked.text):
        return False
    figures = [n for n in parse_numbers(sentence) if n.is_claim]
    shares = _SHARE_FIGURE.findall(sentence)
    if not figures or len(shares) < len(figures):
        return False
    return not moved or not _CHANGE_STATED.search(re.sub(r"(?i)\b(?:made|make|makes|making)\s+up\b", "formed", sentence))


# a unit of measure an amount is asked in: "in cubic yards", "in barrels of oil equivalent per day", "in megawatts"
_MEASURE_UNIT_ASKED = re.compile(r"(?i)\b(?:in|as)\s+(?:millions?\s+of\s+|thousands?\s+of\s+|billions?\s+of\s+)?(?P<u>cubic\s+"
                         r"(?:yards|metres|meters|feet)|square\s+(?:feet|metres|meters)|tonnes|tons|barrels|boe|gallons|"
                         r"litres|liters|megawatts|gigawatts|kilowatts|MW|GW|kW|MWh|GWh|TWh|kilometres|kilometers|miles|"
                         r"acres|hectares|ounces|pounds|kilograms)\b")


def _says_unit_asked(question: str, sentence: str) -> bool:
    """An amount asked in a unit of measure ("how much airspace, in cubic yards", "in megawatts") is answered only by
    a sentence stating a figure in that unit (its first word: "cubic", "tonnes", "MW"); a count of sites or a
    dollar sum of the same page answers another question. True when no unit of measure is asked."""
    m = _MEASURE_UNIT_ASKED.search(question)
    if m is None:
        return True
    first = m.group("u").split()[0]
    forms = _UNIT_FORMS.get(first.lower(), re.escape(first))
    return bool(re.search(rf"(?i)\d[\d,.]*\s*(?:million\s+|billion\s+|thousand\s+)?(?:{forms})\b", sentence))


def _names_instrument(question: str, sentence: str, figure: str | None = None) -> bool:
    """An amount asked of a financing instrument ("how much could it still draw on its revolving credit facility?",
    "what is outstanding under its term loan?") is answered only by a sentence that names such an instrument or its
    availability, and, when the figure shown is known, within the 80 characters before it or the 30 after ("we
    repurchased shares for $226.4 million, funded by borrowings under our revolver": the figure is the buyback's); a
    buyback's or a capex figure of the same page answers another question. True for questions that ask of no
    instrument."""
    if not _INSTRUMENT_Q.search(question):
        return True
    if figure:
        raw = re.split(r"\s+\(", figure)[0].strip()
        at = sentence.find(raw)
        if at >= 0:
            return bool(_INSTRUMENT_SAID.search(sentence[max(0, at - 80) : at + len(raw) + 30]))
    return bool(_INSTRUMENT_SAID.search(sentence))


def _concentration_neighbours(asked: Asked, best: Scored, page_text: Callable[[str, int], str | None]) -> Scored:
    """A concentration answer (``prose_verdicts.asked_holders``) quoted with the sentences next to it in its
    paragraph that state the holders' shares too (``prose_verdicts.states_concentration``): the largest customer's
    share and the top ten's are often two sentences ("Our largest customer accounted for 14% of net sales. Our ten
    largest customers accounted for 52%."), and a dependence said in words is followed by the figure that decides it
    ("We depend on a few large retailers. The largest accounted for 18% of net sales."). General rule: every share
    the filer states within two sentences of the pick in its paragraph is shown, with the sentences between, never
    across a blank line or a heading."""
    c = best.candidate
    if c.kind != "sentence":
        return best
    page = page_text(c.doc_id, c.page) or ""
    if not page or page[c.start : c.end].strip() == "":
        return best
    spans = sentence_spans(page, split_lines=False)
    at = next((i for i, (a, b) in enumerate(spans) if a <= c.start < b), None)
    if at is None:
        return best

    def joins(a: int, b: int) -> bool:  # the same paragraph: no blank line or heading between
        gap = page[a:b]
        return "\n\n" not in gap and not any(is_heading(line) for line in gap.splitlines()[1:] if line.strip())

    def says(i: int) -> bool:
        text = " ".join(page[spans[i][0] : spans[i][1]].split())
        return prose_verdicts.states_concentration(asked.text, text)

    start, end = c.start, c.end
    for i in range(at - 1, max(at - 3, -1), -1):  # two sentences back at most, the paragraph's own
        if not joins(spans[i][1], spans[i + 1][0]):
            break
        if says(i):
            start = spans[i][0]
    for i in range(at + 1, min(at + 3, len(spans))):  # two sentences on at most
        if not joins(spans[i - 1][1], spans[i][0]):
            break
        if says(i):
            end = spans[i][1]
    if (start, end) == (c.start, c.end):
        return best
    return replace(best, candidate=replace(c, start=start, end=end, text=" ".join(page[start:end].split())))


def _about_asked(asked: Asked, c: Candidate, page: str, names: set[str]) -> bool:
    """Is sentence ``c`` about the question's company (see ``_concentration_figure``)?"""
    if not asked.entities:
        return True

    def own(text: str) -> bool | None:  # True: about the asked one; False: opens with another name; None: no name
        low = text.lower()
        sq = re.sub(r"[^a-z0-9]", "", low)
        m = re.match(r"\W*([A-Z][\w&.'’-]*)", _BULLET.sub("", text).replace("*", ""))
        first = re.sub(r"['’]s$", "", m.group(1)).lower() if m else None  # the name the sentence opens with, if any
        if first in names and first not in _NOT_NAME and \
                not any(first in e or e in first for e in asked.entities | asked.mentioned):
            return False
        if any(_named(e, low, sq) for e in asked.entities):
            return True
        return None

    said = own(c.text)
    if said is not None:
        return said
    if page:
        for t in _preceding(c, page, most=3):
            said = own(t)
            if said is not None:
                return said
    company = (getattr(c.meta, "company", None) or "").lower()
    return bool(company) and is_filing(c.meta) and any(e in company for e in asked.entities) \
        and bool(_FIRST_PERSON.search(c.text) or re.match(r"(?i)\s*(?:the\s+company|its)\b", c.text))


def _moving_members(asked: Asked, moving: tuple[str, str], cands: Sequence[Candidate], threshold: float
                    ) -> tuple[Scored, list[Scored], str] | None:  # fmt: skip
    """"Which of its reportable segments grew?" (``prose_members``): the members a list of the kind names, each
    member's move from the sentence opening with it, for the asked period; the list as the pick, the members'
    sentences as the others, and the line naming those that moved the asked way. None unless every member's
    move is stated, one way only."""
    kind, direction = moving
    lists = [c for c in cands if c.kind == "list" and c.items and members.kind_named(kind, c.text)]
    if not lists:
        return None
    names = [_strip_bullet(it).strip(" .;,") for it in lists[0].items]
    if len(names) < 2 or any(len(n.split()) > 5 or not n[:1].isupper() for n in names):
        return None
    year = getattr(lists[0].meta, "fiscal_year", None)
    moves: list[tuple[str, str, str, Candidate]] = []
    for name in names:
        said = {}
        for c in cands:
            if c.kind != "sentence" or c.doc_id != lists[0].doc_id:
                continue
            if asked.years and not (c.years & asked.years or (not c.years and year in asked.years)):
                continue
            mv = members.member_move(name, c.text)
            if mv is not None:
                said.setdefault(mv[0], (mv[1], c))
        if len(said) != 1:
            return None  # a member's move not stated, or stated both ways
        way, (fig, c) = next(iter(said.items()))
        moves.append((name, way, fig, c))
    moved = [(n, f) for n, w, f, _ in moves if w == direction]
    rest = [(n, f) for n, w, f, _ in moves if w != direction]
    line = members.members_line(direction, moved, rest, ", ".join(str(y) for y in sorted(asked.years)))
    seen, more = set(), []
    for _, _, _, c in moves:
        if (c.page, c.start) not in seen:
            seen.add((c.page, c.start))
            more.append(Scored(c, threshold, {"member": 1.0}))
    return Scored(lists[0], threshold, {"members": 1.0}), more, line


def _direction_from(prev: Asked, pick: Scored | None) -> tuple[Scored | None, str]:
    """A direction part ("and was it rising or falling?") answered by the part before's pick, when that quote
    gives the figure for the asked period and the year before (``prose_changes.pair_in``); (None, "") otherwise:
    a direction is never taken from another sentence than the figure's."""
    if pick is None:
        return None, ""
    c = pick.candidate
    pair = changes.pair_in(c.text, c.kind, c.heading, prev.text, prev.years, prev.quarters)
    if pair is not None:
        return pick, changes.direction_text(pair)
    said = changes.stated_direction(c.text) if c.kind == "sentence" else None  # "up three points from a year earlier"
    return (pick, f"{said}, as the quote says") if said else (None, "")


SHAPE_MARGIN = 0.12  # a candidate whose very shape answers (``_sure_shape``) may score this much under the threshold
KIND_MARGIN = 0.35  # a list whose lead-in names the asked kind by meaning (``prose_lists``), its topic all around it


def _sure_shape(asked: Asked, ranked: list[Scored], threshold: float) -> Scored | None:
    """The best candidate whose shape alone answers the part, when no candidate passed ``threshold`` and it
    scores within ``SHAPE_MARGIN`` of it: for a change question, a sentence or table row quoting the asked
    measure for both periods (``_quoted_change``) of the asked subject named in it (a row's label, the sentence
    itself) and saying at least half of the question's words. Table rows embed poorly, and their figures
    leave no doubt about what they are. For a list or reason question, a list (bullets, an inline list, an
    effect with the sentences explaining it) whose lead-in restates most of the question (``_lead_restates``)."""
    for sc in ranked:
        if sc.score < threshold - SHAPE_MARGIN:
            break
        p = sc.parts
        if asked.unit == "change" and asked.kind == "amount" and p.get("subject", 0) >= 0.85 \
                and p.get("overlap", 0) >= 0.35 and _quoted_change(asked, sc.candidate) is not None:
            return sc
        if asked.kind == "amount" and p.get("type", 0) >= 1.0 and _amount_shape(asked, sc.candidate):
            return sc  # the asked measure's figure for the asked year, every word of the question said around it
        if asked.kind == "reason" and p.get("type", 0) >= 1.0 and _explains_shape(asked, sc.candidate):
            return sc  # a causal sentence on the asked thing's move, every word of that thing said around it
        every = figures.each_year_asked(asked.text) if asked.kind == "amount" else frozenset()
        if every and sc.candidate.kind == "sentence" and p.get("type", 0) >= 1.0 \
                and every <= {y for y in _years(sc.candidate.text) if _figure_for_year(sc.candidate.text, y)}:
            return sc  # "each year from 2019 to 2022": a sentence giving a figure for every one of those years
        if asked.kind in ("list", "reason") and sc.candidate.kind == "list" and p.get("type", 0) >= 1.0 \
                and _lead_restates(asked, sc.candidate):
            return sc
    for sc in ranked:
        if sc.score < threshold - KIND_MARGIN:
            break
        c = sc.candidate
        if asked.kind in ("list", "reason") and c.kind == "list" and c.form != "effect" and sc.parts.get("type", 0) >= 1.0 \
                and prose_lists.asked_family(asked.text) and _lead_restates(asked, c) \
                and not _stems(prose_lists.family_words(c.text)) & _stems(asked.words):  # fmt: skip
            # "What limits growth in the heat pump market?": "The report names four constraints:" in a report on heat
            # pumps; its items do not repeat the question, so it embeds far from it
            return sc
        if asked.kind == "reason" and c.kind == "list" and c.form != "effect" and len(c.items) >= 2 \
                and sc.parts.get("type", 0) >= 1.0 and why_lead(asked, c.text):
            # "What is driving the consolidation of the platforms?": "Why the sector is consolidating" over four
            # bullets; most of the asked words said by it, its bullets or the report's title
            topic = {w[:6] for w in asked.words - asked.entities - causes.FRAME_WORDS if len(w) >= 3}
            said = {w[:6] for w in content_words(" ".join((c.body, c.heading, _title(c))))}
            if 2 * len(topic & said) >= len(topic):
                return sc
    return None


def _amount_shape(asked: Asked, c: Candidate) -> bool:
    """Does an amount candidate's shape answer: a sentence whose headline figure (``answer_figure``) is dated to the
    asked year, saying every word of the question (asked names aside) itself, in its heading, the sentence before
    or its report's title ("How much was the heat pump market worth in 2024?": "The market was worth EUR 19.4
    billion in 2024" in a report titled "Residential Heat Pumps ...")?"""
    if c.kind != "sentence" or len(asked.years) != 1:
        return False
    figure = answer_figure(asked, c)
    if figure is None or not re.search(rf"\({next(iter(asked.years))}\)$", figure):
        return False
    said = _stems(content_words(" ".join((c.text, c.heading, c.before, _title(c)))))
    moves = {w for w in asked.words if _direction(w) or w in ("going", "go", "goes", "went", "gone")}  # "going up"
    wanted = _stems(asked.words - asked.entities - moves)
    if _FORWARD.search(c.body):  # "forecast" asked: "We expect deliveries of ..." says it (as ``overlap_score`` reads)
        said |= _stems({w for w in asked.words if _EXPECT_WORD.fullmatch(w)})
    if wanted - said:
        return False
    # the figure's own clause names the asked measure ("The market was worth EUR 19.4 billion"), not another one's
    # ("revenue was $120 million, and it spent heavily on marketing")
    raw = figure.rsplit(" (", 1)[0].split(" to ")[0].removeprefix("EUR ").removeprefix("USD ")
    at = c.text.find(raw)
    if at < 0:
        return False
    bounds = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(c.text)), len(c.text)]
    lo = max(x for x in bounds if x <= at)
    hi = min((x for x in bounds if x > at + len(raw)), default=len(c.text))
    return bool(_stems(content_words(c.text[lo:hi])) & wanted)


def _explains_shape(asked: Asked, c: Candidate) -> bool:
    """Does a reason candidate's shape answer: a sentence with a cause marker (or "as" opening a cause) whose clause
    before it states a move of the asked thing (``prose_causes.explains_asked``) the way the question asks, or a
    change with the sentences explaining it that states the asked thing's move; every word of the asked thing said
    in it, its heading, the sentence before or the report's title (``prose_causes.topic_said``)?"""
    around = " ".join((c.body, c.heading, c.before, c.prev if c.kind == "sentence" else "", _title(c)))
    if not causes.topic_said(asked.text, around) or _opposite_direction(asked.text, c.text):
        return False
    if c.kind == "list" and c.form == "effect":
        return causes.explains_asked(asked.text, c.text, len(c.text)) and causes.states_move(c.text)
    if c.kind != "sentence":
        return False
    cause = _CAUSAL.search(c.text)
    at = cause.start() if cause else causes.causal_as(c.text)
    if at < 0:
        return False
    effect = causes.effect_clause(c.text, at, c.before or c.prev)
    if not asked.entities and not asked_scopes(asked.text) and (places(effect) or _nation_keys(effect)):
        return False  # the market's move asked: "India was the fastest-growing market, helped by ..." is India's
    return causes.explains_asked(asked.text, c.text, at, c.before or c.prev) and causes.states_move(effect)


def _lead_restates(asked: Asked, c: Candidate) -> bool:
    """Does a list's lead-in restate the question: at least 60% of its words (asked names aside) in the lead-in
    itself, and every other word in the list's heading or its document's title ("the main risks to the outlook
    for cold storage": "The main risks to the outlook are ..." in a report titled "Cold Storage ...")?"""
    words = _stems(asked.words - asked.entities)
    lead = _stems(content_words(c.text))
    title = f"{getattr(c.meta, 'title', '') or ''} {getattr(c.meta, 'company', '') or ''} {c.doc.replace('_', ' ')}"
    around = _stems(content_words(c.heading + " " + title))
    family = prose_lists.asked_family(asked.text)
    if family is not None and c.items and prose_lists.lead_family(c.text) == family:
        # "What holds back the adoption of cargo drones?": "Operators name three obstacles:" in a report on cargo drones
        rest = words - _stems(prose_lists.family_words(asked.text)) - _stems(reasons.GENERIC_WORDS) \
            - _stems({"back", "what"}) - _stems(prose_lists.PROCESS_WORDS) - {"out", "up"}
        rest = {w for w in rest if not w.endswith("-")}  # "fast-charging" is said when "fast" and "charging" are
        return prose_lists.answers_by_kind(asked.text, c.text, rest - lead - around - _stems(content_words(c.prev)))
    noun = reasons.asked_noun(asked.text)
    if noun and _stem(noun) in lead and c.items:
        # "What are the main risks to the outlook for cold storage?": "Three risks stand out:" under "Outlook" in a
        # report on cold storage: the kind asked opens the list, every other word is said around it
        # what happens to the topic ("the build-out of", "the rollout of") is no topic word; a hyphenated word counts
        # as said when its parts are ("fast-charging": fast, charging)
        rest = words - {_stem(noun)} - _stems(reasons.GENERIC_WORDS) - _stems(prose_lists.PROCESS_WORDS) - {"out", "up"}
        rest = {w for w in rest if not w.endswith("-")}
        return not rest - lead - around - _stems(content_words(c.prev))
    if not reasons.restates(words, lead):
        return False
    return not words - lead - around


def _figure_for_year(text: str, year: int) -> bool:
    """Does a sentence tie a figure to ``year`` ("1.9 million in 2020", "2020: 1.9 million")?"""
    return bool(re.search(rf"\d[\d,.]*%?\s*(?:[a-z]+\s+){{0,3}}?(?:in|for|during|by)\s+(?:fiscal\s+)?{year}\b|"
                          rf"\b{year}\s*[:(]?\s*[$€£]?\d", text))


_TOTAL_ROW = re.compile(r"(?i)\b(?:total|totals|combined|consolidated|eliminations?|reconcil\w*|all\s+other|others?|"
                        r"subtotal|sum|average|median|market|industry|world|global)\b")
_CELL = re.compile(r"(?:^|[,:]\s)((?:FY\s?|Q[1-4]\s+)?(?:19|20)\d\d(?:\s*Q[1-4])?)\s+"
                   r"(\(?-?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?)(?=,\s|\s*\(|\s*$)")


_PRINTED = r"\(?-?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?"  # a cell as printed: "1,870" is one figure


def _cell_value(raw: str) -> float | None:
    neg = raw.startswith("(") and raw.endswith(")") or raw.startswith("-")
    digits = re.sub(r"[^\d.]", "", raw)
    try:
        value = float(digits)
    except ValueError:
        return None
    return -value if neg else value


_GROWTH_WORD = re.compile(r"(?i)\b(?:grew|grow|grows|growing|growth|increased?|rose|rise|expanded)\b")


def rank_rows(asked: Asked, cands: Sequence[Candidate], question: str = "") -> Scored | None:
    """A "which ... the highest / the most / the lowest <measure> in <year>" question answered from one table's rows:
    the rows of a table whose caption or heading names the asked measure (the question's measure words), each
    with a value in the asked year's column (the latest column the rows share when no year is asked), totals and
    market rows left out; three rows or more. "Which ... grew fastest in <year>": the change from the year
    before's column, every row's base positive (a change from a loss is no growth rate). The answer is computed
    (the top row and its value or growth) and cites the rows, each shown. None when no such table is at hand."""
    sense = _rank_sense(_unnamed(asked))
    growth = sense == {"speed"} and bool(_GROWTH_WORD.search(asked.text))  # "grew fastest": the change to the year before
    if asked.kind not in ("list", "entity") or not sense or ("speed" in sense and not growth) or sense == {"size", "low"} \
            or "steep" in sense:  # "the steepest fall": a move's size, never a level ranked here
        return None
    if asked.quarters:
        return None  # a quarter's column is not told apart from its year's here
    low = sense == {"low"}
    measure = {_stem(w) for w in asked.words if not _SUPERLATIVE.fullmatch(w) and not re.fullmatch(r"\d+", w)
               and w not in asked.entities and not (growth and _GROWTH_WORD.fullmatch(w))
               } - _stems({asked_kind(asked.text) or ""}) - {"which", "what"}  # fmt: skip
    kind = asked_kind(asked.text)
    if kind:
        measure = {m for m in measure if not m.startswith(kind[:5])}
    if not measure:
        return None
    metric = {_stem(m.group(0).split()[-1].lower()) for m in _METRIC_WORD.finditer(asked.text)}
    tables: dict[tuple[str, int, str], list[Candidate]] = {}
    for c in cands:
        if c.kind == "row" and c.table:
            tables.setdefault((c.doc_id, c.page, c.table), []).append(c)
    best: tuple[float, Scored] | None = None
    for rows in tables.values():
        heading = rows[0].heading
        said = _stems(content_words(heading))
        if not measure <= said and not (measure & said and len(measure - said) <= 1 and len(measure) >= 3):
            continue  # the table's caption must name what is ranked ("Revenue by operator, US$ billions")
        if any(metric & _stems(content_words(r.text.split(":")[0])) for r in rows):
            continue  # rows named by the measure ("Revenue", "Cost of revenue") are line items, not things ranked
        cells = []
        for r in rows:
            label = r.text.split(":")[0].strip()
            if _TOTAL_ROW.search(label):
                continue
            heads = {h: v for h, v in _CELL.findall(r.text)}
            cells.append((label, heads, r))
        if len(cells) < 3:
            continue
        shared = set.intersection(*(set(h) for _, h, _ in cells))
        years = [h for h in shared if _years(h) & asked.years] if asked.years else sorted(shared, key=lambda h: max(_years(h)))[-1:]
        if len(years) != 1:
            continue
        col = years[0]
        values = [(_cell_value(h[col]), label, r) for label, h, r in cells]
        if any(v is None for v, _, _ in values):
            continue
        before = [h for h in shared if _years(h) == {y - 1 for y in _years(col)}] if growth else []
        if growth:
            if len(before) != 1:
                continue
            bases = [_cell_value(h[before[0]]) for _, h, _ in cells]
            if any(b is None or b <= 0 for b in bases):
                continue  # a change from nothing or from a loss is no growth rate
            values = [((v - b) / b, label, r) for (v, label, r), b in zip(values, bases)]
        values.sort(key=lambda t: (t[0] if low else -t[0]))
        if values[0][0] == values[1][0]:
            continue  # a tie is no answer
        top_value, top_label, top_row = values[0]
        unit = re.search(r"\(([^()]*)\)\s*$", top_row.text)
        raw = top_row.text.split(":", 1)[1]
        shown_value = re.search(rf"(?:^|,\s){re.escape(col)}\s+({_PRINTED})", raw.strip())
        word = "lowest" if low else "highest"
        text = (f"{top_label} has the {word} {col} figure of the table's {len(values)} rows: "
                f"{shown_value.group(1) if shown_value else top_value}{', ' + unit.group(1) if unit else ''}.")
        if growth:
            was = re.search(rf"(?:^|,\s){re.escape(before[0])}\s+({_PRINTED})", raw.strip())
            text = (f"{top_label} grew fastest of the table's {len(values)} rows from {before[0]} to {col}: "
                    f"{was.group(1) if was else ''} to {shown_value.group(1) if shown_value else ''}"
                    f"{' ' + unit.group(1) if unit else ''}, {100 * top_value:+.1f}% (computed).")  # fmt: skip
        ordered = sorted(rows, key=lambda r: r.start)
        cand = Candidate(top_row.doc_id, top_row.doc, top_row.source, top_row.page, ordered[0].start, ordered[-1].end,
                         text, "ranked", heading=heading, items=tuple(r.text for r in ordered), rank=min(r.rank for r in rows),
                         meta=top_row.meta, years=frozenset(_years(col)))  # fmt: skip
        score = 1.0 / (1.0 + cand.rank)
        if best is None or score > best[0]:
            best = (score, Scored(cand, THRESHOLD, {"ranked": 1.0}))
    return best[1] if best else None


_MORE = re.compile(r"(?i)\b(?:more|bigger|larger|higher|greater|exceed(?:ed|s)?|overt(?:ake|ook|aken)|outs(?:old|ell|hipped)|"
                   r"ahead\s+of|surpass(?:ed|es)?|above|beat)\b")
_LESS = re.compile(r"(?i)\b(?:less|smaller|lower|fewer|behind|below|trail(?:ed|s)?)\b")
_NOT_COMPARABLE = re.compile(r"(?i)\b(?:not\s+(?:directly\s+)?comparable|comparab\w*|includ(?:es|ing|ed)|group\s+revenue|"
                             r"restated|different\s+(?:basis|definition|fiscal)|fiscal\s+years?\s+(?:ends?|ending|to)|"
                             r"year\s+(?:ends?|ending|to)\s+(?:in\s+)?[A-Z][a-z]+)\b")


def compare_rows(asked: Asked, cands: Sequence[Candidate]) -> tuple[Scored, str | None] | None:
    """A yes/no comparison of two named rows of one table ("Did Contoso ship more than Fabrikam in 2024?", "Was
    Contoso bigger than Fabrikam by revenue in 2023?"): the two rows, from a table whose caption names the asked
    measure (when the question names one), in the asked year's column (the latest they share when none is asked).
    The verdict is computed (None on a tie, or when a note on the page says a row is not comparable: another
    basis, fiscal year or scope, which is then shown with the rows). None when no such pair of rows is at hand."""
    if asked.kind != "yesno" or asked.quarters or len(asked.entities) < 2:
        return None
    more, less = bool(_MORE.search(asked.text)), bool(_LESS.search(asked.text))
    if more == less:
        return None
    m = re.search(r"(?i)\b(?:than|over|ahead\s+of|behind|overt(?:ake|ook|aken)|surpass(?:ed)?|exceed(?:ed)?|beat)\s+(.+)$",
                  asked.text)  # fmt: skip
    if not m:
        return None
    first_text, second_text = asked.text[: m.start()], m.group(1)
    firsts = {e for e in asked.entities if re.search(rf"(?i)\b{re.escape(e)}", first_text)}
    seconds = {e for e in asked.entities if re.search(rf"(?i)\b{re.escape(e)}", second_text)} - firsts
    if not firsts or not seconds:
        return None
    metric = {_stem(x.group(0).split()[-1].lower()) for x in _METRIC_WORD.finditer(asked.text)}
    tables: dict[tuple[str, int, str], list[Candidate]] = {}
    for c in cands:
        if c.kind == "row" and c.table:
            tables.setdefault((c.doc_id, c.page, c.table), []).append(c)
    topic = _stems({w for w in asked.words - asked.entities if not _MORE.fullmatch(w) and not _LESS.fullmatch(w)
                    and not re.fullmatch(r"\d+", w) and not _METRIC_WORD.fullmatch(w) and w not in _RELATIVE_WORDS})  # fmt: skip
    for (doc_id, page, _), rows in tables.items():
        if metric and not metric <= _stems(content_words(rows[0].heading)):
            continue
        if topic and not topic & _stems(content_words(rows[0].heading + " " + rows[0].text.rsplit("(", 1)[-1])):
            continue  # "ship more storage": the table's caption or unit must say what is compared
        def row_of(names: set[str]) -> Candidate | None:
            found = [r for r in rows if all(re.search(rf"(?i)\b{re.escape(n)}\b", r.text.split(":")[0]) for n in names)]
            return found[0] if len(found) == 1 else None
        a, b = row_of(firsts), row_of(seconds)
        if a is None or b is None or a is b:
            continue
        ca, cb = dict(_CELL.findall(a.text)), dict(_CELL.findall(b.text))
        shared = set(ca) & set(cb)
        cols = [h for h in shared if _years(h) & asked.years] if asked.years else sorted(shared, key=lambda h: max(_years(h)))[-1:]
        if len(cols) != 1:
            continue
        col = cols[0]
        va, vb = _cell_value(ca[col]), _cell_value(cb[col])
        if va is None or vb is None:
            continue
        la, lb = a.text.split(":")[0].strip(), b.text.split(":")[0].strip()
        # a note about other years only ("the 2023 figures were restated") says nothing about the compared column
        notes = [c for c in cands if c.doc_id == doc_id and c.page == page and c.kind == "sentence"
                 and _NOT_COMPARABLE.search(c.text) and re.search(rf"(?i)\b(?:{re.escape(la)}|{re.escape(lb)})", c.text)
                 and not (_years(c.text) and not _years(c.text) & _years(col))]  # fmt: skip
        unit = re.search(r"\(([^()]*)\)\s*$", a.text)
        text = (f"{la} {ca[col]} against {lb} {cb[col]} in {col}{', ' + unit.group(1) if unit else ''}, "
                f"from the table's rows.")  # fmt: skip
        verdict_ = None if va == vb or notes else ("Yes" if (va > vb) == more else "No")
        items = tuple([a.text, b.text] + [f"Note: {n.text}" for n in notes[:2]])
        ordered = sorted(rows, key=lambda r: r.start)
        cand = Candidate(doc_id, a.doc, a.source, page, ordered[0].start, ordered[-1].end, text, "compared",
                         heading=a.heading, items=items, rank=min(a.rank, b.rank), meta=a.meta,
                         years=frozenset(_years(col)))  # fmt: skip
        return Scored(cand, THRESHOLD, {"compared": 1.0}), verdict_
    return None


_UNLIKE_YEARS = re.compile(r"(?i)\bnot\s+(?:directly\s+)?comparable\b|\bdifferent\s+(?:basis|definition|fiscal)\b|"
                           r"\bchanged\s+(?:its\s+)?(?:definition|basis|fiscal\s+year)\b")


def move_row(asked: Asked, cands: Sequence[Candidate]) -> tuple[Scored, str | None] | None:
    """A yes/no on one subject's move in a year ("Did CNH increase its precision revenue in 2025?", "Did Contoso's kiln
    sales fall in 2025?") that no sentence decides, computed from the subject's one row of a table whose caption names
    the asked measure: the asked year's cell against the year before's, "Yes"/"No" as the move goes (None on a tie or
    when a note on the page says the row is not comparable). None when no such row is at hand (no year asked, a
    quarter asked, no direction, two subjects compared: ``compare_rows``)."""
    if asked.kind != "yesno" or asked.quarters or len(asked.years) != 1 or not asked.entities:
        return None
    if re.search(r"(?i)\b(?:than|versus|vs\.?|compared\s+with)\b", asked.text):
        return None
    moves = {_direction(w) for w in content_words(asked.text.lower())} - {None}
    if len(moves) != 1:
        return None
    up = moves == {"up"}
    year = next(iter(asked.years))
    metric = {_same_measure(x.group(0)) for x in _METRIC_WORD.finditer(asked.text)}
    if not metric:
        return None
    tables: dict[tuple[str, int, str], list[Candidate]] = {}
    for c in cands:
        if c.kind == "row" and c.table:
            tables.setdefault((c.doc_id, c.page, c.table), []).append(c)
    found = []
    for (doc_id, page, _), rows in tables.items():
        heading = rows[0].heading + " " + rows[0].text.rsplit("(", 1)[-1]
        if not metric <= {_same_measure(w) for w in content_words(heading)} | _stems(content_words(heading)):
            continue  # the table's caption (or unit line) must name the asked measure
        named = [r for r in rows if all(re.search(rf"(?i)(?<![\w-]){re.escape(e)}(?![\w-])", r.text.split(":")[0])
                                        for e in asked.entities)]
        if len(named) != 1:
            continue
        row = named[0]
        cells = {max(_years(h)): v for h, v in _CELL.findall(row.text) if not re.search(r"Q[1-4]", h)}
        if year not in cells or year - 1 not in cells:
            continue
        now, before = _cell_value(cells[year]), _cell_value(cells[year - 1])
        if now is None or before is None:
            continue
        found.append((doc_id, page, rows, row, now, before, cells))
    if len(found) != 1:
        return None  # none, or two tables that may disagree
    doc_id, page, rows, row, now, before, cells = found[0]
    label = row.text.split(":")[0].strip()
    # a note on the row: shown; one saying its years are not comparable withholds the verdict (a restatement is the
    # table making them comparable: "2024 restated from $1,245 million after ... moved ... out of the segment")
    notes = [c for c in cands if c.doc_id == doc_id and c.page == page and c.kind == "sentence"
             and _NOT_COMPARABLE.search(c.text) and re.search(rf"(?i)\b{re.escape(label.split()[0])}", c.text)]
    unlike = [n for n in notes if _UNLIKE_YEARS.search(n.text)]
    unit = re.search(r"\(([^()]*)\)\s*$", row.text)
    text = (f"{label}: {cells[year]} in {year} against {cells[year - 1]} in {year - 1}"
            f"{', ' + unit.group(1) if unit else ''}, from the table's row.")  # fmt: skip
    verdict_ = None if now == before or unlike else ("Yes" if (now > before) == up else "No")
    items = tuple([row.text] + [f"Note: {n.text}" for n in notes[:2]])
    cand = Candidate(doc_id, row.doc, row.source, page, row.start, row.end, text, "compared", heading=row.heading,
                     items=items, rank=row.rank, meta=row.meta, years=frozenset({year - 1, year}))  # fmt: skip
    return Scored(cand, THRESHOLD, {"compared": 1.0}), verdict_


def _covering(asked: Asked, shown: list[Scored], question: str, aliases: Callable[[Candidate], Sequence[str]],
              names: set[str], taken: set[str] = frozenset()) -> Scored | None:  # fmt: skip
    """The quote picked for another part that answers ``asked`` as well: one it could answer (``prescore``) that
    is about its subject itself (not merely mentioning it) and says a quarter of its words or more ("Why do
    California and Texas ...": one sentence explaining both); else None."""
    for sc in shown:
        p = prescore(asked, sc.candidate, question, aliases(sc.candidate), names)
        if p is not None and p.get("soft"):
            continue  # its measure said in other words: only a close meaning (``SOFT_COSINE``) lets it answer
        if p is not None and p["subject"] >= 0.85 and p["overlap"] >= 0.25:
            return sc
        if p is not None and not asked.entities and p["type"] >= 1.0 and p["overlap"] >= 0.5:
            return sc  # a part naming no one: the quote says half of its words and is of the kind it asks
        if p is not None and asked.kind == "amount" and asked.unit in ("percent", "duration", "count", "money") \
                and p["type"] >= 1.0 and p["subject"] >= 0.6 and _own_figure(asked, sc.candidate, taken):
            # "What share of care homes were short of staff, and how long did filling a post take?": the one
            # sentence answering the first part also holds the second's figure, of its own kind and measure
            return sc
    return None


def _own_figure(asked: Asked, c: Candidate, taken: set[str]) -> bool:
    """Does a quote picked for another part hold a figure for ``asked`` that is none of the figures shown for the
    other parts (``taken``): of the asked kind (``answer_figure``), and tied to the asked measure when one is read
    (``prose_ties``: a figure governed by the asked measure's words)?"""
    fig = answer_figure(asked, c)
    if fig is None:
        return False
    raw = fig.split(" (")[0]
    if raw in taken:
        return False  # "41%" shown for the share is not also the answer to the second part
    spans = ties.tied_spans(asked.text, c.text) if c.kind == "sentence" else None
    return spans is None or any(v == ties.TIED and raw.startswith(c.text[a:b]) for a, b, v, _ in spans)


def _part_text(parts: list[Asked], k: int) -> str:
    """The text embedded for part ``k``: a part that names no measure of its own ("and how much the year
    before?") is embedded with the part it continues, whose measure it asks for."""
    own = " ".join(parts[k].text.split())
    if parts[k].kind == "reason":  # "What is pushing up X?" embeds closer to a report's sentence as "Why did X rise?"
        own = causes.as_why(own) or own
    if k > 0 and len(_words(parts[k].text) - _RELATIVE_WORDS) < 2:
        return " ".join(parts[k - 1].text.split()) + ", " + own
    return own


_PLURAL_SUBJECT = re.compile(
    r"(?i)\b(?:companies|providers|hyperscalers|vendors|suppliers|firms|players|operators|makers|manufacturers|"
    r"buyers|customers|banks|carriers|developers|labs)\b"
)


def _other_subjects(asked: Asked, ranked: list[Scored], best: Scored, threshold: float,
                    names: set[str]) -> list[Scored]:  # fmt: skip
    """When the question asks about a group ("How much do the largest cloud providers plan to spend?"), the
    answers of other members: candidates within ``OTHERS_SPREAD`` of the best whose sentence opens with
    another name, up to ``MAX_PER_PART`` in all."""
    if asked.entities or asked.kind not in ("amount", "describe", "reason") or not _PLURAL_SUBJECT.search(asked.text):
        return []
    first = first_name(best.candidate.text, names)
    if first is None:
        return []
    seen, out = {first}, []
    for sc in ranked[1:]:
        if sc.score < max(threshold, best.score - OTHERS_SPREAD) or len(out) >= MAX_PER_PART - 1:
            break
        name = first_name(sc.candidate.text, names)
        if name is None or name in seen or sc.candidate.kind != "sentence":
            continue
        seen.add(name)
        out.append(sc)
    return out


_FIRST_PERSON = re.compile(r"(?i)\b(?:we|our|us)\b")


def _embed_text(c: Candidate) -> str:
    """What a candidate is embedded as: a row with its table's heading, a sentence that refers back ("Its
    report states ...") or sits under a short heading with the name it refers to; at most ``EMBED_WORDS``
    words (one long passage would pad the whole batch)."""
    if c.kind == "row":
        text = f"{c.heading} {c.text}".strip()
    else:
        head = c.heading if len(c.heading.split()) <= 8 else ""
        if _CHANGE_ANAPHOR.match(c.text) and c.before:  # "The $104.2 million increase was due to": of what, before
            return " ".join(f"{c.before} {c.body}".split()[:EMBED_WORDS])
        if _ANAPHOR.match(c.text) and c.before:
            head = first_name(c.before) or head
        if is_filing(c.meta) and _FIRST_PERSON.search(" ".join(c.text.split()[:8])):
            head = c.meta.company  # "Today, we are a global leader in ...": the filer speaks; the model cannot know who
        # an aside's items once; an inline list is its sentence, embedded as one
        body = c.text if c.form == "inline" or (c.items and all(it in c.text for it in c.items)) else c.body
        text = f"{head}: {body}" if head else body
    return " ".join(text.split()[:EMBED_WORDS])


# --------------------------------------------------------------------------------------------------- rendering

_FILING_TYPES = re.compile(r"(?i)^(?:10-?K|10-?Q|8-?K|20-?F|annual report|earnings|S-1|proxy)")


def is_filing(meta: Any) -> bool:
    """A company's own filing (10-K, 10-Q, 8-K, earnings release...): everything in it is about its filer."""
    return bool(meta is not None and getattr(meta, "company", None) and getattr(meta, "doc_type", None)
                and _FILING_TYPES.match(meta.doc_type or ""))  # fmt: skip


def unnamed_filer_docs(question_names_company: bool, docs: Sequence[Any]) -> set[str] | None:
    """The documents a quoted answer may come from when the question names no company: when the index holds
    the filings of two or more companies, a sentence of one filer's filing cannot be tied to a question that
    does not say which company it is about, so only the documents that are not filings remain (industry
    reports); None (no restriction) when the question names a company or the index holds one filer only."""
    if question_names_company:
        return None
    filers = {d.company for d in docs if is_filing(d)}
    if len(filers) < 2:
        return None
    return {d.doc_id for d in docs if not is_filing(d)}


_ASKED_TYPES = [
    (re.compile(r"(?i)\b10-?K\b|\bannual\s+report\b"), "10-K"),
    (re.compile(r"(?i)\b10-?Q\b|\bquarterly\s+report\b"), "10-Q"),
    (re.compile(r"(?i)\b8-?K\b"), "8-K"),
    (re.compile(r"(?i)\bearnings\s+(?:release|report|press\s+release)\b|\bpress\s+release\b"), "earnings"),
]  # fmt: skip


def report_type(doc_type: str | None) -> str | None:
    """The kind of filing a document type names ("10-K", "10-Q", "8-K", "earnings"), or None."""
    for rx, kind in _ASKED_TYPES:
        if rx.search(doc_type or ""):
            return kind
    return "earnings" if re.match(r"(?i)earnings", doc_type or "") else None


_REPORT_WORDS = re.compile(
    r"(?i),?\s*\b(?:(?:as\s+)?(?:mentioned|stated|reported|disclosed|described|named|listed)\s+)?(?:in|per|from)\s+"
    r"(?:this|the|its|their|that)\s+(?:10-?K|10-?Q|8-?K|annual|quarterly)(?:\s+(?:report|filing))?\b"
)


def without_report_words(question: str) -> str:
    """The question without the words naming the report ("mentioned in this 10-K report"): they say where to
    look, not what the answer says, so a search within the asked report leaves them out."""
    return re.sub(r"\s+([?.!,])", r"\1", " ".join(_REPORT_WORDS.sub(" ", question).split()))


def asked_report_types(question: str) -> set[str]:
    """The report types a question names ("in this 10-K", "the 10-Q", "its annual report", "the 8-K")."""
    return {kind for rx, kind in _ASKED_TYPES if rx.search(question)}


def _of_period(meta: Any, period: str) -> bool:
    """Is ``meta`` a report of ``period`` ("FY2019": its fiscal year; "Q2 2023": that quarter's report)?"""
    m = re.fullmatch(r"Q([1-4]) (\d{4})", period)
    if m:
        return doc_quarter(meta) == (int(m.group(1)), int(m.group(2)))
    return doc_year(meta) == int(period[2:])


def asked_report_docs(question: str, docs: Sequence[Any]) -> set[str] | None:
    """The documents of ``docs`` a quoted answer may come from when the question states the report type or the
    fiscal period it is about: a filing (``is_filing``) of another type ("this 10-K" asked, a 10-Q paragraph) or
    of another period ("FY2019" asked, the FY2022 10-K) does not answer for it, however close its wording; reports
    that are not filings are kept (their period is the scoring's business). The period restricts only when some
    filing of ``docs`` is of a period the question names (``text.periods.periods_named``): a question about a
    year no report of the index is for may still be answered from a later report that states it, by type.
    None when the question states neither (no restriction)."""
    types = asked_report_types(question)
    periods = periods_named(question)
    filings = [d for d in docs if is_filing(d)]
    if types:
        filings = [d for d in filings if report_type(d.doc_type) in types]
    by_period = [d for d in filings if any(_of_period(d, p) for p in periods)]
    if not types and not by_period:
        return None
    keep = by_period or filings
    return {d.doc_id for d in docs if not is_filing(d)} | {d.doc_id for d in keep}


def describe_source(c: Candidate) -> str:
    """"3M's 2018 10-K" for a filing, "the report “Title” (stem)" for anything else."""
    meta = c.meta
    if is_filing(meta):
        period = meta.period if meta.period and re.match(r"Q[1-4]", meta.period) else ""
        year = f"{meta.fiscal_year}" if meta.fiscal_year and str(meta.fiscal_year) not in period else ""
        return " ".join(x for x in (f"{meta.company}'s", year, period, meta.doc_type) if x)
    title = " ".join((getattr(meta, "title", "") or "").split())
    if title and len(title) <= 90:
        return f"“{title}” ({c.doc})"
    return c.doc


def _count_word(n: int) -> str:
    words = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return words[n] if n < len(words) else str(n)


def render(ex: Extraction, page_text: Callable[[str, int], str | None] | None = None
           ) -> tuple[str, list[Citation], Verification]:  # fmt: skip
    """The answer text, its citations and its checks: per part a lead saying where the quote comes from, then
    the quote (a list's items one a line) with its [n]; a part no candidate answered says so."""
    lines: list[str] = []
    checks: list[SentenceCheck] = []
    citations: list[Citation] = []
    numbers: dict[tuple[str, int, int], int] = {}
    figures: set[str] = set()
    last_where = None
    yes_no = next((v for v in ex.verdicts if v), None) if not ex.undisclosed else None
    first = next((k for k, v in enumerate(ex.verdicts) if v), None)
    if yes_no and first and (ex.notes.get(first) or "").startswith(f"{yes_no}:"):
        # a later part's verdict that its own line states first ("..., and was it also the fastest on
        # subscription revenue?" -> "No: ..."): shown there, not as the lead of an answer whose first part asks none
        yes_no = None
    if yes_no:
        lines.append(f"{yes_no}.")
        checks.append(SentenceCheck(lines[-1], (), True, (), "verdict stated by the quoted sentence"))
    elif ex.partial:
        lines.append(PARTIAL_TEXT)
        checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
    if not yes_no and ex.without_verdict:
        speaker = next((who for asked, pick in zip(ex.parts, ex.picks) if asked.kind == "yesno" and pick is not None
                        and not _ASKS_CLAIM.search(asked.text)
                        and (who := attributed_to(pick.candidate.text, is_filing(pick.candidate.meta)))),
                       None)  # fmt: skip
        noted = any(p is not None and p.candidate.kind == "compared" for p in ex.picks)
        lines.append(ATTRIBUTED_TEXT.format(speaker=speaker) if speaker else NOT_COMPARABLE_TEXT if noted
                     else NO_VERDICT_TEXT)  # fmt: skip
        checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
    others = ex.others or [[] for _ in ex.parts]
    shown = [(k, asked, pick) for k, (asked, pick, more) in enumerate(zip(ex.parts, ex.picks, others))
             for pick in [pick, *more]]  # fmt: skip
    for k, asked, pick in shown:
        if pick is None:
            line = f"Not in the indexed reports: {asked.text.rstrip('?')}?"
            lines.append(line)
            checks.append(SentenceCheck(line, (), True, (), "no claims"))
            continue
        c = pick.candidate
        key = (c.doc_id, c.page, c.start)
        if key in numbers:  # one sentence answers two parts: the second part's figure, when it has its own
            if ex.notes.get(k) and pick is ex.picks[k]:  # "and was it rising?": computed from the quote's figures
                lines.append(f"{ex.notes[k]} [{numbers[key]}]")
                checks.append(SentenceCheck(lines[-1], (numbers[key],), True, (), "computed from the quoted figures"))
                continue
            figure = answer_figure(asked, c)
            # only a figure tied to the part's own period ("and in 2023?"): the quote above holds the rest
            dated = figure is not None and (any(re.search(rf"\b{y}\b", figure) for y in asked.years)
                                            or (not _years(asked.text) and asked.unit == "percent"))
            # "..., and what share had already bought one?": a share of its own in the same sentence
            if dated and figure not in figures:
                figures.add(figure)
                lines.append(f"{figure}, from the same passage [{numbers[key]}].")
                checks.append(SentenceCheck(lines[-1], (numbers[key],), True, (), "figure of the quote above"))
            continue
        n = numbers[key] = len(citations) + 1
        quote = c.body
        page = (page_text(c.doc_id, c.page) or "") if page_text is not None else ""
        if page:
            quote = page[c.start : c.end] or c.body
        antecedent = _antecedent(c, page)
        if antecedent is not None and (c.doc_id, c.page, antecedent) in numbers:
            antecedent = None  # "..., and why did it go up?": the sentence saying what increased is quoted above
        if antecedent is not None:  # "The increase reflected ...": shown with the sentence saying what increased
            quote = page[antecedent : c.end]
        citations.append(Citation(n=n, doc=c.doc, source=c.source, page=c.page, quote=quote, score=pick.score))
        where = (c.doc_id, c.page)
        hidden = _hidden(asked, c)
        figure = (answer_figure(asked, c) if c.kind not in ("ranked", "compared") and c.form != "versus" else None) or (
            ex.notes.get(k) if pick is ex.picks[k] else None) or (scaled_row(asked, c) if asked.kind == "amount" else None)
        if hidden:  # "Northwind does not publish its unit sales": the report's words, no figure
            figure, last_where = None, None
            lines.append(disclosure.UNDISCLOSED_TEXT)
            checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
        if figure is not None:  # the asked figure first, as the quote states it, then where it comes from
            figures.add(figure)
            lines.append(f"{figure}, from {describe_source(c)}, p. {c.page}:")
            checks.append(SentenceCheck(lines[-1], (n,), True, (), "figure of the quote below"))
            last_where = where
        elif where != last_where:
            lead = f"From {describe_source(c)}, p. {c.page}"
            if c.kind == "list" and c.form != "effect":  # a change and the sentences explaining it: no count
                lead += f", a list of {_count_word(len(c.items))}"
            elif c.kind in ("ranked", "compared"):
                lead += ", computed from the table's rows"
            lines.append(lead + ":")
            checks.append(SentenceCheck(lines[-1], (), True, (), "no claims"))
            last_where = where
        if c.kind in ("ranked", "compared"):  # computed from the rows it cites, each shown
            lines.append(f"{c.text} [{n}]")
            checks.append(SentenceCheck(lines[-1], (n,), True, (), "ranking computed from the cited rows"))
            for it in c.items:
                lines.append(f"- {it}")
                checks.append(SentenceCheck(lines[-1], (n,), True, (), "verbatim row"))
            continue
        if c.kind == "list":
            body = [f"{c.text} [{n}]", *(f"- {_strip_bullet(it)}" for it in c.items)]
        elif c.kind == "row":
            body = [f"{c.text} [{n}]"]
        else:
            body = [f"“{c.before} {c.text}” [{n}]" if antecedent is not None else f"“{c.text}” [{n}]"]
        for b in body:
            lines.append(b)
            checks.append(SentenceCheck(b, (n,), True, (), "verbatim quote"))
    v = Verification(supported=True, sentences=tuple(checks))
    return "\n".join(lines), citations, v


_QUARTER_SAID = re.compile(r"(?i)\bquarterly\b|\b(?:per|a|each|every)\s+quarter\b")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:compared\s+with|against|versus|up\s+from|down\s+from|after|and|while|but)\b", re.I)


def answer_figure(asked: Asked, c: Candidate) -> str | None:
    """For an amount question, the figure of the quote that answers it, as written ("$28.10 billion (2023)"):
    among the figures of the right kind (money, percent, a change for "by how much"), the one whose clause
    (the words from the last break before it to the next one after it) names what the question names and the
    others' clauses do not, then the asked period; a rate ("$2 per hour") only when a rate is asked. None for
    other questions."""
    if asked.kind != "amount" or figures.each_year_asked(asked.text):
        return None  # "each year from 2019 to 2022": the quote gives every year's figure, no one figure leads
    if len(asked.years) >= 2 and asked.unit != "change" and c.kind == "sentence" \
            and re.search(r"(?i)\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.?\s|\bagainst\b|\brelative\s+to\b", asked.text):
        return None  # "in 2024 compared with 2023": one figure per year asked; the quote states both, none leads
    if asked.unit == "change":
        pair = _quoted_change(asked, c)
        if pair is not None:  # computed from the two figures the quote gives, both shown
            return changes.change_text(pair, asked.text)
        revised = _revision(asked, c) if c.kind == "sentence" and revisions.asks_revision(asked.text) else None
        if revised is not None:  # a forecast's new and previous figure: the revision computed, both shown
            return revisions.revision_text(revised)
    if c.kind == "row":
        label, _, rest = c.text.partition(": ")
        unit = re.search(r"\(([^()]*)\)\s*$", rest)
        for y in sorted(asked.years, reverse=True):
            # a cell as printed ("741,573", "(18,442)"), not cut at its thousands separator; else any token
            m = re.search(rf"(?:^|,\s)(?:FY\s?)?{y}\s+({_PRINTED}(?=,\s|\s*\(|\s*$)|[^,\s]+)", rest)
            if m:
                scaled = _at_scale(m.group(1), unit.group(1)) if unit else None
                return f"{label}, {y}: " + (scaled or m.group(1) + (f" {unit.group(0)}" if unit else ""))
        return None
    text = c.text
    named = items.item_share(asked.text, text) if c.kind == "sentence" and asked.unit == "percent" else None
    if named is not None:  # "what share went to X": X's percentage in a list of shares (prose_items)
        return named.raw
    if len(asked.years) == 1 and c.kind == "sentence" and asked.unit != "change":
        # "18% at the end of 2024, up from 15% a year earlier" asked for 2023: the earlier figure of the pair
        year = next(iter(asked.years))
        pair = changes.pair_in(text, "sentence", "", asked.text, {year + 1}, asked.quarters)
        if pair is not None and pair.old.period is not None and pair.old.period.year == year:
            return f"{pair.old.raw} ({year})"
    bounds = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    found, pos = [], 0
    for n in (n for n in parse_numbers(text) if n.is_claim):
        hit = re.compile(rf"(?<![\w.]){re.escape(n.raw)}").search(text, pos)  # not the "72" of "NVL72"
        if hit is None:
            continue
        at = hit.start()
        pos = at + len(n.raw)
        if ties.day_of_date(text, at, pos) or ties.names_number(text, at):
            continue  # "ends on September 30", "Tier 2 capital": a day of a date or a number in a name is no figure
        if (noun := ties.scope_count(text, at, pos)) and not re.search(
                rf"(?i)\b{re.sub(r'(?:ies|s)$', '', noun.split()[-1])}", asked.text):
            continue  # "admissions in the 12 markets rose to ...": how many places the scope holds, not the figure
        lo = max(x for x in bounds if x <= at)
        hi = min((x for x in bounds if x >= pos), default=len(text))
        after = text[pos : pos + 14].lower()
        code = re.search(r"\b(?:EUR|USD|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD|SEK|NOK|DKK)\s*$", text[max(0, at - 5) : at])
        if asked.unit == "money" and not (_MONEY.search(n.raw) or code or re.match(
                r"\s*(?:trillion|billion|million)?\s*(?:won|yen|euros?|dollars?)\b", after)):  # fmt: skip
            continue
        if asked.unit in ("", "count", "money") and ("%" in n.raw or after.lstrip().startswith("percent")) \
                and (_CHANGE_STATED.match(text[at : pos + 30]) or _CHANGE_STATED.search(text[max(0, at - 40) : pos])):
            continue  # "how much was shipped": "4.1% more than the 132.2 million tonnes shipped in 2024", "fell 3%" move
        if asked.unit == "duration" and not _DURATION.match(text[pos:]):
            continue  # "how long": "sites of 50 MW" is no time; "43 months" is
        if asked.unit == "percent" or asked.unit == "change" and re.search(r"(?i)percent|%", asked.text):
            # a share, margin or rate asked is a percentage: "sized at 210 MW" is no share
            if "%" not in n.raw and not after.lstrip().startswith("percent"):
                continue
        if asked.unit == "change" and not _CHANGE_STATED.search(text[max(0, at - 40) : pos]) \
                and not _CHANGE_STATED.match(text[at : pos + 30]) \
                and not (causes.asks_distance(asked.text) and causes.states_distance(text[max(0, at - 40) : pos + 30])):
            continue  # "58% below their 2022 peak" states how far
        rate = after.lstrip().startswith("per ") and not re.search(r"(?i)\bper\b|\bprice|\brate\b", asked.text)
        found.append((n, at, text[lo:at] if lo > 0 else "", text[pos:hi], rate))  # the opening subject is everyone's
    given = {n.raw_digits for n in parse_numbers(f"{asked.text} {asked.measure}") if n.is_claim}
    if given:
        # a number the question itself writes ("the monthly 737 production rate", "of its 3,950 aircraft") is what
        # it names or knows, never the figure it asks for
        found = [f for f in found if f[0].raw_digits not in given]
    # "about 11% of its group capex of $31.5 billion went to packaging": the money after "N% of <whole> of" is the
    # whole's, no answer for the part asked (unless the question asks that whole: "its group capex")
    asked_words = _stems(content_words(asked.text))
    found = [f for f in found if not ((whole := _SHARE_BASE.search(text[max(0, f[1] - 80) : f[1]]))
                                      and not _stems(content_words(whole.group(1))) <= asked_words)]
    # "the six largest groups operate about a quarter of Europe's 37,400 screens": the figure after a fraction's "of"
    # is the whole the fraction is of, never the subject's own amount (unless the question asks that whole)
    found = [f for f in found if not ((whole := _FRACTION_OF.search(text[max(0, f[1] - 60) : f[1]]))
                                      and not _stems(content_words(whole.group(1))) <= asked_words)]
    since = re.search(r"(?i)\bsince\s+((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b", asked.text)
    if since:
        # "the rate allowed since October 2025": "capped at 38 a month until October 2025" is the state before it
        found = [f for f in found if not re.search(rf"(?i)\b(?:until|till|through|before|prior\s+to)\s+"
                                                   rf"{re.escape(since.group(1))}\b", f[3])]
    if asked.years:
        # "about 60,000 at the end of 2025 and 110,000 by 2030": a figure dated to another year right after it is
        # not the asked one (one undated may be); none left is no headline
        found = [f for f in found if not ((own := _year_attached(text, f[1] + len(f[0].raw))) and not own & asked.years)]
    asked_places = _region_keys(_EXCLUDED.sub(" ", asked.text))
    if asked_places:
        # "US ... 110,000 by 2030, and European ... 450,000 in 2030": a figure under another place is not the asked one
        found = [f for f in found if (near := _place_after(text, f[1] + len(f[0].raw)) or _place_before(text, f[1])) is None
                 or near in asked_places]
    if not figures.asks_limit(asked.text):
        # "customers that each contributed more than $100,000 of ...": a threshold, limit or coverage is no amount
        found = [f for f in found if not figures.is_threshold(text, f[1], f[1] + len(f[0].raw))]
    if c.kind == "sentence" and asked.entities:
        # one member asked: a figure whose subject is a group merely listing it ("A, B and C together own 3,950
        # aircraft") is the group's, not the member's ("A alone accounts for about 1,720": ``prose_subjects``)
        found = [f for f in found if not prose_subjects.group_owned(asked.text, text, f[1], asked.entities)]
    if c.kind == "sentence" and prose_subjects.asks_one_ranked(asked.text):
        # "its largest channel partner" asked: "our ten largest channel partners together accounted for 44%" is a
        # group's figure (``prose_subjects``)
        found = [f for f in found if prose_subjects.names_group(f[2]) is None]
    if c.kind == "sentence":
        # "respectively" lists and "corresponding" clauses: only the figure in the asked one's place (``prose_respective``)
        owners = prose_respective.figure_owners(asked.text, text)
        found = [f for f in found if all(o.allowed or not o.start <= f[1] < o.end for o in owners)]
    # a part asking the measure of the part before for another period is bound to that measure
    spans = ties.tied_spans(asked.measure or asked.text, text, f"{c.before} {c.heading} {_title(c)}") \
        if c.kind == "sentence" else None
    verdict = {a: v for a, _, v, _ in spans} if spans is not None else {}
    governed = {a: w for a, _, _, w in spans} if spans is not None else {}
    # never a figure governed by another measure ("$14.5 million of letters of credit" for unused capacity)
    found = [f for f in found if verdict.get(f[1]) != ties.OTHER]
    if c.kind == "sentence":
        # "EUR 48 per megawatt-hour, raised from EUR 44 in our spring outlook": the figure replaced is never the answer; a
        # question asking the earlier figure itself is answered by it first (``prose_revisions.superseded``)
        old = revisions.superseded(text)
        replaced = [f for f in found if any(a <= f[1] < b for a, b in old)]
        if revisions.asks_earlier(asked.text):
            found = replaced or found
        elif not revisions.asks_superseded(asked.text):
            found = [f for f in found if f not in replaced]
    if not found:
        return None
    want = _stems(asked.words)
    # the period each figure is stated for ("15% a year earlier": the year before the sentence's)
    bound = {b.num.start: b.period.year for b in bind_numbers(text) if b.period is not None}
    near = [_stems(content_words(head)) | _stems(content_words(tail)) for _, _, head, tail, _ in found]
    common = set.intersection(*near) if len(near) > 1 else set()
    setting = _dated_setting(text)
    # "how much will it invest over the next five years": a figure its clause dates to a year is what was done then
    span_asked = bool(ties.spans_named(asked.text)) and not asked.years
    best, best_key = None, None
    any_tied = any(verdict.get(f[1]) == ties.TIED for f in found)
    for order, (n, at, head, tail, rate) in enumerate(found):
        topic = 2 * len(want & (_stems(content_words(tail)) - common)) + len(want & (_stems(content_words(head)) - common))
        years = _years(head + " " + tail)
        if not years and setting is not None and at < setting[1]:
            years = {setting[0]}  # "At June 30, 2025, our backlog was $4.1 billion compared with ...": that year-end's
        dated = bool((years | ({bound[at]} if at in bound else set())) & asked.years)
        # a figure tied to the asked measure (``prose_ties``) before one whose clause only shares words with the
        # question; a figure continuing another ("compared with $1.9 billion") shares its measure's words
        own_topic = topic  # the asked words its own clause says (not those it shares with the figure it continues)
        topic = max(topic, len(want & (_stems(content_words(governed.get(at, ""))) - common)))
        # two figures of one measure ("grew 5.8% in 2024, and 4.1% at its company-operated shops"): the one whose own
        # clause says more of the question's words first; a figure whose own clause dates it to another year than the
        # asked one comes after the others ("14.2 million ... in 2025, up from 13.1 million a year earlier" asked for
        # 2024: 13.1 million)
        elsewhen = bool(asked.years and years and not years & asked.years)
        # a year asked: a quarter's amount ("quarterly dividends of $0.49 ... in each quarter") after the year's
        other_length = bool(asked.years) and not asked.quarters and not re.search(r"(?i)quarter", asked.text) \
            and bool(_QUARTER_SAID.search(f"{head} {tail}"))
        undated = not (span_asked and years)
        key = (not rate, not other_length, undated, verdict.get(at) == ties.TIED, not elsewhen, topic, own_topic, dated,
               -order) if any_tied else (not rate, not other_length, undated, not elsewhen, topic, own_topic, dated, -order)
        if best_key is None or key > best_key:
            best, best_key = (n, years & asked.years, at + len(n.raw)), key
    n, years, end = best
    # "$15 billion to $17 billion": a range is the figure, both ends
    start = end - len(n.raw)
    # "between $7.5 billion and $8.0 billion" is a range too
    between = r"|and" if re.search(r"(?i)\bbetween\s+$", text[max(0, start - 10) : start]) else ""
    upto = re.match(rf"\s*(?:to|-|–{between})\s*([$€£]?\s?\d[\d.,]*\s*(?:trillion|billion|million|thousand|%|percent)?)",
                    text[end:])
    ranged = upto and not re.search(r"(?i)\bfrom\s*$", text[max(0, start - 12) : start])  # "from $5 to $7" is a move
    # a range's two ends are of one kind: "expanded 40 basis points to 14.1%", "rose 9% to $8.4 billion" are a move
    # and a level
    ranged = ranged and _one_kind(n.raw + text[end : end + 16], upto.group(1) + text[end + upto.end() : end + upto.end() + 16])
    raw = f"{n.raw} to {upto.group(1).strip()}" if ranged else n.raw
    # "deliveries of 40,000 to 44,000 folding e-scooters": the upper end picked, the range is still the figure
    lower = re.search(r"(?<![\d,.])([$€£]?\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:trillion|billion|million|thousand|%|percent))?)\s*(?:to|–)\s*$",
                      text[:start])  # fmt: skip
    if lower is None:  # "between $7.5 billion and $8.0 billion": the lower end after "between"
        lower = re.search(r"(?i)\bbetween\s+([$€£]?\s?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s*(?:trillion|billion|million|thousand|%|"
                          r"percent))?)\s*and\s*$", text[:start])  # fmt: skip
    if not ranged and lower and not re.fullmatch(r"(?:19|20)\d\d", lower.group(1).strip()) \
            and not re.search(r"(?i)\bfrom\s*$", text[: lower.start()]) \
            and _one_kind(lower.group(1) + text[lower.end(1) : lower.end(1) + 16], n.raw + text[end : end + 16]):
        start = lower.start()
        raw = f"{lower.group(1).strip()} to {n.raw}"
    code = re.search(r"\b(EUR|USD|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD|SEK|NOK|DKK)\s*$", text[max(0, start - 5) : start])
    raw = f"{code.group(1)} {raw}" if code else raw  # "EUR 163 million": the currency written before the figure
    if not (_MONEY.search(raw) or code or "%" in raw):  # "3.0 billion cubic feet", "170 GWh": the figure with its unit
        tail = text[start + len(raw) :] if raw in text[start:] else text[end:]
        unit = _unit_after(tail)
        raw += f" {unit}" if unit else ""
    return raw + (f" ({', '.join(str(y) for y in sorted(years))})" if years else "")


_FRACTION_OF = re.compile(r"(?i)\b(?:a\s+|one[- ])?(?:half|third|quarter|fifth|tenth)\s+of\s+((?:the\s+|its\s+|their\s+|"
                          r"all\s+|[A-Z][\w.-]*['’]s\s+)?(?:[\w'’-]+\s+){0,2}?)$")
_SHARE_BASE = re.compile(r"(?i)\d(?:\.\d+)?\s?(?:%|percent)\s+of\s+((?:its|the|their|our|his|her)?\s*(?:[\w'’-]+\s+){0,4}?)"
                         r"(?:of|at|worth|totall?ing)\s+(?:about\s+|some\s+|around\s+|roughly\s+)?$")


_SCALE_WORD = re.compile(r"(?i)\b(thousands?|millions?|billions?|trillions?|mn|bn)\b")
_CURRENCY_WORD = re.compile(r"(?i)^(?:[$€£¥]|US\$|EUR|USD|GBP|JPY|CHF|CNY|SEK|NOK|DKK|CAD|AUD|INR|KRW)$")


def _at_scale(cell: str, unit: str) -> str | None:
    """A table cell written with the scale its table states once ("738" under "(thousand units)" -> "738 thousand
    units", "412" under "(EUR million)" -> "EUR 412 million"); None when the unit states no scale. Rule: a cell of a
    table in thousands or millions is never shown as a bare number, which reads as units."""
    scale = _SCALE_WORD.search(unit)
    if scale is None or not re.fullmatch(r"\(?-?[\d.,]+\)?", cell.strip()):
        return None
    word = {"mn": "million", "bn": "billion"}.get(scale.group(1).lower(), scale.group(1).lower().rstrip("s"))
    rest = [w for w in re.findall(r"[^\s,;]+", unit[: scale.start()] + " " + unit[scale.end() :])
            if w.lower() not in ("in", "of", "the")]
    money = [w for w in rest if _CURRENCY_WORD.match(w)]
    after = [w for w in rest if w not in money]
    return " ".join([*money, cell.strip(), word, *after])


def scaled_row(asked: Asked, c: Candidate) -> str | None:
    """A table row's cells for the asked years (all of them when none is asked) at the scale its table states
    ("France: 738 thousand units (2022), 700 thousand units (2023)"); None when the row's unit states no scale or no
    asked year has a cell."""
    if c.kind != "row":
        return None
    label, _, rest = c.text.partition(": ")
    unit = re.search(r"\(([^()]*)\)\s*$", rest)
    if unit is None or _SCALE_WORD.search(unit.group(1)) is None:
        return None
    cells = re.findall(rf"(?:^|,\s)(?:FY\s?)?((?:19|20)\d\d)\s+({_PRINTED}(?=,\s|\s*\(|\s*$))", rest[: unit.start()])
    shown = [(int(y), v) for y, v in cells if not asked.years or int(y) in asked.years]
    scaled = [(y, _at_scale(v, unit.group(1))) for y, v in shown]
    if not scaled or any(v is None for _, v in scaled):
        return None
    return f"{label}: " + ", ".join(f"{v} ({y})" for y, v in scaled)


def _one_kind(a: str, b: str) -> bool:
    """Are two figures (each with the words right after it) of one kind: both percentages, both money, both points
    or both plain? Only such two are a range ("$15 billion to $17 billion", "8% to 10%")."""
    def kind(x: str) -> str:
        if re.match(r"(?i)[^a-z]*\d[\d.,]*\s*(?:basis\s+|percentage\s+)?(?:points?|bps|pp)\b", x):
            return "points"
        return "percent" if re.match(r"[^a-z]*\d[\d.,]*\s*(?:%|percent)", x, re.I) else "money" if _MONEY.search(x[:6]) else "plain"
    return kind(a) == kind(b)


def _year_attached(text: str, end: int) -> set[int]:
    """The year a figure is dated to right after it ("110,000 by 2030", "$7.9 billion in 2023", "80 GWh at the end
    of 2025", "2.4 million e-scooters (electric) in 2024": a parenthesis naming the thing counted goes between),
    or an empty set. A full date counts as its year: "compared with 23 ships at November 30, 2024", "$135.4 billion at
    December 31, 2021" are that year-end's figures."""
    m = re.match(r"\s*(?:(?:[A-Za-z/-]+|\([^()]{1,40}\))\s+){0,6}?(?:(?:in|by|for|at\s+the\s+end\s+of|as\s+of|during|of)\s+"
                 rf"(?:fiscal\s+|FY\s?)?|(?:at|on|as\s+(?:of|at)|ended|ending)\s+{_MONTH_DAY})((?:19|20)\d\d)\b",
                 text[end : end + 70])
    return {int(m.group(1))} if m else set()


def _dated_setting(text: str) -> tuple[int, int] | None:
    """The year of a full date opening a sentence as its setting ("At June 30, 2025, ...", "As of March 31, 2024 we
    ...") and where the setting stops dating its figures: at the first figure compared with ("compared with", "versus",
    "up from", "from"), which is another period's. None when the sentence opens otherwise."""
    m = re.match(rf"\s*(?:at|as\s+(?:of|at)|on)\s+{_MONTH_DAY}((?:19|20)\d\d)\b", text, re.I)
    if m is None:
        return None
    other = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|against|up\s+from|down\s+from|from|than)\b").search(text, m.end())
    return int(m.group(1)), other.start() if other else len(text)


# the month and day of a full date, before its year ("November 30, ", "31 December ")
_MONTH_DAY = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+|"
              r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+)")


_UNIT_STOP = frozenset(
    """in of to from and or the a an for by at on with up down after compared against than per as while but over
    during since year years a that which this these those its their his her was were is are be been will would
    could may might has have had more less about around nearly almost roughly some each""".split()
)


def _unit_after(text: str) -> str:
    """The unit words right after a figure ("billion cubic feet of capacity" -> "cubic feet", "GWh in 2024" ->
    "GWh", "new industrial robots" -> "new industrial robots"): up to three words, to the first small word
    or punctuation."""
    words = []
    for m in re.finditer(r"\S+", text[:60]):
        w = m.group(0)
        bare = w.rstrip(",.;:)")
        if not re.fullmatch(r"[A-Za-z][A-Za-z/-]*", bare) or bare.lower() in _UNIT_STOP or len(words) >= 3:
            break
        if bare[:1].isupper() and not re.fullmatch(r"[kMGTP]?(?:Wh|W|B|Hz|t)|[A-Z]{2,5}|[A-Z]{1,3}[a-z]?/[a-z]+", bare):
            break  # "835 MW Three Mile Island": a name after the unit is not part of it
        words.append(bare)
        if bare != w:
            break
    return " ".join(words)


_REGION_ADJ = {"american": "us", "european": "europe", "chinese": "china", "japanese": "japan", "korean": "korea",
               "indian": "india", "german": "germany", "british": "uk", "canadian": "canada", "australian": "australia",
               "african": "africa", "asian": "asia"}  # fmt: skip


@lru_cache(maxsize=4096)
def _region_keys(text: str) -> frozenset[str]:
    """The places a text names, as names ("the United States", "Europe") or adjectives ("European networks",
    "US ports"): ``places`` and the adjectives of ``_REGION_ADJ`` ("North American" is North America)."""
    found = set(places(text))
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", text):
        key = _REGION_ADJ.get(m.group(1).lower())
        if key and not (key == "us" and re.search(r"(?:North|South|Latin)\s+$", text[: m.start()])) \
                and not re.match(r"\s+[A-Z]", text[m.end() :]):  # "American Harbor Utilities" is a name
            found.add(key)
    return frozenset(found)


def _place_after(text: str, end: int) -> str | None:
    """The place a figure is given for right after it ("EUR 24,500 in Belgium", "GBP 19,800 in the United Kingdom"),
    or None. Rule: in a sentence giving one figure per place, a figure's place is the one its own "in <place>" names,
    not the one named before it (the previous figure's)."""
    m = re.match(r"\s*(?:[a-z]+\s+){0,2}?(?:in|for|across)\s+(?:the\s+)?", text[end : end + 40])
    if m is None:
        return None
    at = end + m.end()
    for key, rx in _REGIONS.items():
        if re.match(rf"(?:{rx})\b", text[at:]):
            return key
    w = re.match(r"([A-Z][a-z]+)\b", text[at:])
    return w.group(1).lower() if w and w.group(1).lower() in _COUNTRIES else None


def _place_before(text: str, at: int) -> str | None:
    """The last place named before position ``at`` of a sentence (its figures' subject), or None."""
    best, where = None, -1
    for key, rx in _REGIONS.items():
        for m in re.finditer(rf"\b(?:{rx})\b", text[:at]):
            if m.start() > where:
                best, where = key, m.start()
    for m in re.finditer(r"\b([A-Z][a-z]+)\b", text[:at]):
        key = _REGION_ADJ.get(m.group(1).lower()) or (m.group(1).lower() if m.group(1).lower() in _COUNTRIES else None)
        if key and m.start() > where:
            best, where = key, m.start()
    return best


_POINTS_BACK = re.compile(r"(?i)^\s*(?:this|these|that|those|such)\b")


def _antecedent(c: Candidate, page: str) -> int | None:
    """Where the sentence a quoted sentence refers back to starts on its page: a sentence opening with "The
    increase/decrease/decline ..." or "This/These ..." is shown with the sentence before it, which says what changed
    and by how much ("Gross margin rose to 41.2% from 40.1%. The increase reflected lower markdowns"); None when it
    does not refer back or the sentence before is not found just before it."""
    if c.kind != "sentence" or not c.before or not page or not (_CHANGE_ANAPHOR.match(c.text) or _POINTS_BACK.match(c.text)):
        return None
    words = c.before.split()
    rx = re.compile(r"\s+".join(re.escape(w) for w in words))
    found = [m for m in rx.finditer(page, max(0, c.start - len(c.before) - 200), c.start)]
    if not found or page[found[-1].end() : c.start].strip():
        return None
    return found[-1].start()


def _strip_bullet(item: str) -> str:
    return _BULLET.sub("", item).strip()


def to_answer(ex: Extraction, base: Answer, page_text: Callable[[str, int], str | None] | None = None) -> Answer:
    """``base`` filled with the extractive answer: mode "extract", or "fallback" (quoted evidence that asserts no
    answer) for a yes/no question whose evidence states no verdict or for a question answered only in part."""
    text, citations, v = render(ex, page_text)
    return replace(base, text=text, citations=citations, verification=v, refused=False,
                   mode="fallback" if ex.without_verdict or ex.partial or ex.undisclosed else "extract")


def _hidden(asked: Asked, c: Candidate) -> bool:
    """Is the candidate a sentence saying that what ``asked`` asks for is not disclosed?"""
    if c.kind != "sentence" or asked.kind in ("reason", "yesno") or not disclosure.says_undisclosed(asked.text, c.text):
        return False
    # "Northwind Climate does not publish its unit sales" says nothing of the market's unit sales
    return bool(asked.entities) or first_name(c.text) is None

"""The extractive answerer's scores of one candidate for one asked part.

``subject_score`` (the asked names, the filer), ``period_score`` (the asked periods), ``type_score`` (the
answer type: an amount of the asked kind, a list, a reason ...), ``overlap_score`` (the question's content
words) and ``Scored``. Reads ``question.py`` and ``candidates.py``; ``gates.py`` combines these scores.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..text.moves import FORWARD as _FORWARD
from ..text.moves import DOWN_LEAD_ASKED as _DOWN_LEAD_ASKED, UP_LEAD_ASKED as _UP_LEAD_ASKED
from ..text.counts import counting
from ..text.months import MONTH, MONTH_OR_ABBR_TITLE, MONTH_TITLE
from ..text.names import named_entities
from ..text.numbers import CURRENCY_CODES, CURRENCY_WORDS, claims
from ..text.places import COUNTRIES
from ..text.periods import doc_quarter, doc_year
from ..text.sentences import content_words
from . import prose_causes as causes
from . import prose_changes as changes
from . import prose_disclosure as disclosure
from . import prose_drivers as drivers
from . import prose_figures as figures
from . import prose_items as items
from . import prose_lists
from . import prose_scope
from . import prose_measures
from . import prose_members as members
from . import prose_places
from . import prose_rankings as rankings
from . import asked_counts, asked_dates, asked_measures, measure_families, measure_frames, prose_ties as ties, stated_figures
from . import prose_reasons as reasons
from . import prose_revisions as revisions
from .question import (
    Asked, _A_NAME, _BARE_WHO, _BUSINESS_DONE, _BUSINESS_STATED, _COMBINED, _DURATION, _EXCLUDED, _FINANCE_TERMS, _GROWTH_RATE,
    _LEAVING_OUT, _LEGAL_FORM, _METRIC, _ORDINAL, _PERCENT_Q, _PREP, _QUESTION_FRAME, _SUPERLATIVE, _TOTAL, _direction,
    _quarters, _singular_which, _words, _years, asks_figure,
)
from .candidates import (
    Candidate, _ANAPHOR, _BULLET, _CHANGE_ANAPHOR, _COUNTED_CAUSE, _COUNT_LEAD, _NOT_NAME, _WE, _aside_items,
    _stated_years, is_filing,
)
from ..text.moves import REMAINDER_LABEL as _REMAINDER, ASKS_REMAINDER as _ASKS_REMAINDER


_CAUSAL = re.compile(
    r"(?i)\b(?:because|due\s+to|driven\s+by|drove|drives|owing\s+to|as\s+a\s+result|resulting\s+from|reflect(?:s|ed|ing)?|"
    + reasons.HOLDER + r"attribut(?:e|ed|able)|primarily|mainly|largely|led\s+by|caused|result(?:ed)?\s+(?:in|from)|so\s+that|"
    r"thanks\s+to|on\s+the\s+back\s+of|(?:helped|supported|boosted|hurt|held\s+back|weighed\s+down|lifted|aided)\s+by|fuel(?:l?ed)|reasons?|caus(?:e|es|ing)|exceeded|limited|constraints?|offset\s+by|"
    r"the\s+(?:binding|main|key)\s+(?:reasons?|drivers?|causes?|factors?|constraints?|contributors?|source|explanation|"
    r"bottleneck|problem|headwind|tailwind)|came\s+from|comes\s+from|stems?\s+from|given\s+(?:our|its|their|the)|"
    r"(?:which|that|this)\s+(?:is|was)\s+why|explains?\s+why)\b"
)
_FOR_COUNT = re.compile(r"(?i)\b(?:for|because\s+of|owing\s+to|due\s+to|on)\s+(?:the\s+)?$")


# the head noun of a counterparty described rather than named ("to a residential developer", "to an unaffiliated third
# party", "to a private equity firm")
_PARTY_NOUN = (r"(?:developer|buyer|purchaser|investor|operator|company|firm|group|fund|partnership|consortium|"
               r"affiliate|subsidiary|trust|bank|lender|distributor|manufacturer|competitor|party|owner|landlord|"
               r"retailer|insurer|acquirer|strategic\s+buyer)")

# a period as a sentence's subject, judged: "The quarter proved rough for installers", "Last season was a lean one"
_PERIOD_JUDGED = re.compile(r"(?i)^\s*(?:the|this|last)\s+(?:(?:first|second|third|fourth|past|whole|full)\s+)?"
                            r"(?:year|quarter|half|season|period|decade)\s+(?:was|were|has\s+been|had\s+been|proved|turned\s+out)\b")


# the report's forecast, by any of its names
_FORECAST_FAMILY = re.compile(r"(?i)\b(?:forecasts?|outlooks?|projections?|estimates?|guidance|expectations?|predictions?)\b")


def _forecast_both(effect: str, asked_words: Iterable[str]) -> bool:
    """Do a counted lead-in's effect and the question both name the report's forecast, in any of its names ("They cut
    their forecast for three reasons:" for "why was the outlook lowered?")? A forecast is one thing under its names."""
    return bool(_FORECAST_FAMILY.search(effect) and _FORECAST_FAMILY.search(" ".join(asked_words)))


def _period_explained(effect: str, prev: str, asked_words: Iterable[str]) -> bool:
    """Does a counted lead-in explain the moves of the period the text before it reports ("The quarter proved rough for the
    industry for several reasons:" after "..., exports fell 13.4% in units.")? Rule: a lead-in whose subject is the
    period itself, judged, names no measure of its own; what it explains is the period's move that the sentence
    before it states, here a move of the asked thing (a word of the question and a verb of change)."""
    words = set(asked_words)
    if _FORECAST_FAMILY.search(" ".join(words)):
        return False  # a forecast's change asked: the period's own past moves do not explain it
    return bool(_PERIOD_JUDGED.match(effect.strip()) and causes.states_move(prev)
                and _stems(set(_words(prev))) & _stems(words))


def _effect_before_count(before: str) -> str:
    """The change a count of causes explains when it is said before the count ("Service revenue grew for four reasons",
    "Sales fell because of three things"): that clause; "" when the text before the count is no such clause."""
    m = _FOR_COUNT.search(before)
    return re.split(r"[.;:!?]\s", before[: m.start()])[-1].strip() if m else ""
# "after" a figure is a comparison ("523,000 in 2024, after 541,000 in 2023"), not a cause
# "since" before a time ("since their 2022 peak", "since 2021", "since then") is when, not why
_WEAK_CAUSAL = re.compile(r"(?i)\b(?:while|since(?!\s+(?:(?:the|their|its|our|a|an|last|early|late|mid)\s+)?(?:[a-z]+\s+)?"
                          r"(?:(?:19|20)\d\d|peak|start|end|beginning|launch|then|last|" + MONTH + r"|q[1-4])\b)|as|so|after(?!\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?[$€£]?\d)|for\s+its|"
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
# ("contain at least 40% recycled metal": a share of what a thing is made of)
# ("$14.7 billion, or 42 percent, of our total revenues": the aside's commas keep the share of its whole)
_SHARE_STATED = re.compile(r"(?i)\bcontain(?:s|ed|ing)?\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|no\s+less\s+than\s+|up\s+to\s+)?"
                           r"\d[\d.]*\s?%|%,?\s+of\b|\bpercent,?\s+of\b|\bshare\b|\baccount(?:s|ed)?\s+for\b|\bproportion\b|\bhalf\s+of\b|"
                           r"(?:%|\bpercent)\s+(?:(?:of\s+)?(?:them|respondents|those\s+\w+)\s+)?(?:said|say|says|had|have|has|"
                           r"plan(?:s|ned)?|expect(?:s|ed)?|reported|used|use|uses|own|owned|were|are|bought|buy|intend\w*)\b")
_MEASURE = (r"revenues?|sales|capex|capital\s+expenditures?|costs?|prices?|margins?|income|profits?|loss(?:es)?|"
            r"earnings|eps|expenses?|debt|assets|liabilities|dividends?|headcount|employees|shipments")
_METRIC_WORD = re.compile(rf"(?i)\b(?:{_MEASURE})\b")  # financial measures: one is not another's synonym
# a part asking how many of a thing it names: "How many people did ...", "Approximately how many stores did ..."
_COUNT_NAMED = re.compile(r"(?i)^\s*(?:\w+,?\s+){0,8}?(?:approximately\s+|roughly\s+|about\s+)?how\s+many\s+(?!percentage\b|"
                          r"basis\b|points\b|times\b|more\b|fewer\b|less\b|of\b)[a-z-]+")
_NAMED_LIST = re.compile(r"(?i)\b(?:companies|firms|suppliers|vendors|makers|manufacturers|producers|customers|buyers|"
                         r"competitors|rivals|members|banks|countries|brands|partners|acquirers|providers|operators|"
                         r"carriers|lenders|insurers|distributors|retailers|developers|contractors|airlines|"
                         r"utilities|integrators|licensees|who|whom)\b")
# kinds whose members are names too when a "which" question asks for them ("which of the five chains ..."); not
# counted when the question only mentions them ("which products do the chains sell?")
_MEMBER_KINDS = re.compile(r"(?i)chains|groups|consolidators")
_RANK_SENSES = {  # what a superlative ranks by: a sentence ranking by another measure does not answer
    "size": r"largest|biggest|most|top|leading|leads?|led|main|principal|chief|highest|greatest|dominant",
    "speed": r"fastest|quickest|fastest-growing|swiftest",
    "low": r"lowest|smallest|least|weakest|worst|slowest|dragged|drag",
    "steep": r"steepest|sharpest|deepest",  # the size of a move: ranked only by members' moves side by side
}


# a superlative of size before a move noun ranks the move's size, as "steepest" does: "the largest revenue decline",
# "the biggest drop in sales", "the greatest increase" (never a level: "the largest maker by revenue")
_MOVE_SUPERLATIVE = re.compile(r"(?i)\b(?:largest|biggest|greatest|sharpest|deepest|heaviest)\s+(?:[a-z-]+\s+){0,2}?"
                               r"(?:declines?|drops?|falls?|decreases?|contractions?|slumps?|increases?|rises?|gains?|"
                               r"jumps?|losses?\s+of\s+(?:share|volume))\b")


# "most"/"least" right after a move's verb ranks the move's size, as "the largest decline" does: "declined the most",
# "grew the most", "rose the least", "fell most" (General rule, #11 session 32: never the level of the year asked; a
# table's largest row did not "decline the most")
# ("added the most", "lost the most" are left out: a table of additions or losses ranks its level)
_MOVE_VERB_SUPERLATIVE = re.compile(r"(?i)\b(?:gr[eo]w|grown|ris(?:e|en)|rose|increased?|climbed|declined?|fell|fallen|fall|"
                                    r"dropped|drop|decreased?|shr[aiu]nk|shrink|contracted|expanded)\s+(?:the\s+)?"
                                    r"(?:most|least)\b")


def _rank_sense(text: str) -> set[str]:
    """The measures a text's superlatives rank by ("fastest" -> speed, "the largest" -> size, "the largest
    decline" and "declined the most" -> steep: the size of a move)."""
    moves = list(_MOVE_SUPERLATIVE.finditer(text)) + list(_MOVE_VERB_SUPERLATIVE.finditer(text))
    moves.sort(key=lambda m: m.start())
    for m in reversed(moves):
        text = f"{text[: m.start()]} {text[m.end() :]}"
    return {k for k, rx in _RANK_SENSES.items() if re.search(rf"(?i)\b(?:{rx})\b", text)} | ({"steep"} if moves else set())
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
# money words that make a candidate sentence money-bearing for scoring. Every ISO code ("GBP", "NOK") was tried here
# in session 24 and taken out again, as in session 23: a sentence naming a grant in GBP beside a count of units was then
# picked for "how large is the grant?" and led by the count (a confident wrong answer on a check set). The figure
# readers (``stated_figures``) do read every ISO code; only this scoring list stays short until the headline picker
# refuses a count for a money question.
# Session 32 (#11): an amount of money is named by a currency's sign, ISO code or name, whichever currency the report
# counts in. GENERAL RULE: "NOK 94.60 a kilogram", "CHF 141 million", "GBP 226.6 million", "DKK 8.03 billion" state
# money as "$" and "EUR" do, so a money question is answered by them (``text.numbers.CURRENCY_CODES``, upper case only,
# and ``CURRENCY_WORDS``: "kroner", "Swiss francs"); before, only a few codes counted and every other currency's
# sentence was no amount (``type_score``)
_MONEY = re.compile(r"[$€£¥]|\b(?:US\$|USD|EUR|KRW|RMB|won|yen|euros?|dollars?)\b|\b" + CURRENCY_CODES + r"\b|\b"
                    + CURRENCY_WORDS + r"\b", re.I)
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


def _short_form(entity: str, question: str, text: str) -> bool:
    """Is ``entity`` the last word of a name of three or more words the question writes out ("Halden Ridge Partners")
    that ``text`` calls by its leading words alone ("Halden Ridge expects ...")? An article names an organisation in
    full once, then without its last word; a leading part followed by another capitalised word ("Halden Ridge Capital")
    is another name."""
    for m in re.finditer(r"\b((?:[A-Z][\w&'’-]*\s+){2,5})([A-Z][\w&-]*)(?:['’]s?)?(?![\w&-])", question):
        if m.group(2).lower() != entity:
            continue
        head = r"\s+".join(re.escape(w) for w in m.group(1).split())
        if re.search(rf"(?<![\w&-]){head}(?!\s+[A-Z])(?![\w&-])", text):
            return True
    return False


def _named(entity: str, text_lower: str, squashed: str) -> bool:
    if re.search(rf"(?<![\w-]){re.escape(entity)}(?![\w-])", text_lower):
        return True
    e = re.sub(r"[^a-z0-9]", "", entity)
    return len(e) >= 3 and e in squashed


# an opening time phrase: "In 2025", "During the third quarter of fiscal 2025", "At September 30, 2025", "On Jan. 27,
# 2026,": the phrase may be a day, which ``first_name``'s reading of an opening year leaves in place
_OPENING_TIME = re.compile(r"(?i)^\s*(?:(?:in|on|by|during|at|for|since|from|through|as\s+of)\s+(?:the\s+)?(?:(?:first|"
                           r"second|third|fourth)\s+quarter\s+(?:of\s+)?)?(?:fiscal\s+)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?"
                           r"(?:19|20)\d\d,?\s*)")


def _opening_time_free(text: str) -> str:
    """``text`` without its opening time phrase (``_OPENING_TIME``)."""
    return re.sub(r"^\W+", "", _OPENING_TIME.sub("", text))


def speaks_as_filer(text: str) -> bool:
    """Does a sentence, past its opening time phrase, open with "we"/"our"/"the company" (a filer speaking of
    itself: "At June 30, 2026 we had approximately 2,915 full-time employees")?"""
    return bool(_WE.match(_opening_time_free(text)))


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
        if _CURRENCY_CODE.fullmatch(word) and re.match(r"\s?[\d.]|\$\s?\d", t[m.end():]):
            continue  # "took EUR 3.1 billion", "CHF 980 million": a currency code before its amount names no one
        if m.start() == 0 and not (m.group(0) != word or not word[1:].islower() or key in names):
            continue  # a sentence's first word is capitalised anyway
        return key
    return None


_CURRENCY_CODE = re.compile(r"[A-Z]{1,3}")  # ISO 4217 form ("EUR", "JPY"), or "US" of "US$ 3 billion"


_REPORTING = {"say", "said", "according", "report", "reports", "state", "stated", "mention", "mentioned", "any"}


# the whole market asked as the subject ("did the industry add", "worldwide", "in total"), not a company's share of it
_WHOLE_MARKET_Q = re.compile(r"(?i)\b(?:the\s+(?:whole\s+|entire\s+)?(?:industry|market|sector)(?!\s+share)|industry-wide|market-wide|"
                             r"world(?:wide|['’]s)|globally|global|in\s+total|overall)\b")
_MARKET_Q = re.compile(r"(?i)\b(?:world\w*|global\w*|market|industry|industry-wide|sector|in\s+total|total|overall)\b")


def _opened_by_member(text: str, names: set[str], asked: Iterable[str] = (), common: Iterable[str] = ()) -> bool:
    """Does a sentence open with a name of the text's own (a company, not a place, a month or "The") that is none of
    the ``asked`` names: the subject of its figures is that member ("Meridian Foundry added 13,000 wafers ...")?
    ``common``: the words the question writes in lower case; an opener among them is the asked subject's own common
    word capitalised by the sentence ("Harbour ferries carried ..." for "how many passengers did harbour ferries
    carry worldwide"), never another member's name."""
    head = re.match(r"\s*([A-Z][\w&.-]*)", text)
    opener = re.sub(r"['’]s$", "", head.group(1)).lower() if head else ""
    # the asked common word in its singular, capitalised as a noun before a noun ("Can makers around the world shipped
    # ..." for "how many beverage cans were shipped worldwide"), is no member either (session 32, #11)
    said = set(common)
    return bool(opener) and opener in names and opener not in _NOT_NAME and not places(head.group(1)) \
        and not any(opener in e or e in opener for e in asked) and opener not in said \
        and not {opener + "s", opener + "es"} & said


def subject_score(asked: Asked, c: Candidate, aliases: Sequence[str] = (), names: set[str] = frozenset()
                  ) -> float | None:  # fmt: skip
    """How much the candidate is about the asked names: None when some name is nowhere in it or its
    context; 1.0 when it names them itself first (or refers back to them with "it"/"we", or its section or
    filing is theirs); less when another name opens it and the asked one is only mentioned."""
    if c.kind == "row" and _remainder_of_asked(asked, c.text.split(":")[0]):
        return None  # "Rest of Europe" is what is left of Europe after its named countries, never Europe's figure
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
               or _short_form(e, asked.named_in or asked.text, raw_cover)
               for e in asked.entities):
        return None
    own = _LEFT_OUT.sub(" ", c.body).lower()
    own_sq = re.sub(r"[^a-z0-9]", "", own)
    in_own = [e for e in asked.entities if any(_named(f, own, own_sq) for f in prose_places.place_forms(e))]
    if c.kind == "sentence" and prose_places.opens_with_other_place(c.text, asked.entities) or c.kind == "row" \
            and asked.kind == "amount" and prose_places.labels_other_place(c.text.split(":")[0], asked.entities):
        # "Polish sales are now 58% below their peak" after a sentence on Italy: Poland's, not Italy's. A table row
        # labelled with another place ("Germany: 2023 1,010, ..., 2028 975" for Europe's 2028 volume) holds that
        # place's figures, a member's of the asked whole at most (session 33, #11; an amount asked: the rows of a
        # "which market ..." question are its members)
        return 0.25 if in_own else None
    # a sentence's opening clause, up to a semicolon: "About 60% of store-brand goods are made by contract packers;
    # a few retailers, among them Norrmart, run their own plants" is not opened by the name in its second clause
    opening = c.text.split(":")[0] if c.kind == "row" else _BULLET.sub("", c.text).split(";")[0]
    first = None if (_ANAPHOR.match(opening) or _CHANGE_ANAPHOR.match(opening)) else first_name(opening, names)
    if first is not None and c.kind == "sentence" and is_filing(c.meta) and speaks_as_filer(opening):
        # General rule (session 32, #11): a filing's sentence opening with a dated day and then "we"/"our" ("At September
        # 30, 2025 we operated 412 branches in 38 states and four Canadian provinces") speaks of its filer, as one
        # opening with a year does ("In 2025 we ..."): the names after it are what the filer did, not its subject
        first = None
    if c.kind == "row" and first is not None and is_filing(c.meta) and _LINE_LABEL.match(opening) \
            and first == opening.split()[0].lower():
        first = None  # "Occupancy percentage", "Passenger cruise days": a line label in sentence case names no one
    if c.kind == "sentence" and first is not None and is_filing(c.meta) and _filer_asked(asked, c) \
            and _named_after_verb(c.text, first):
        # "Cemetery sales rose 10.7%, led by property sales in our Texas cemeteries": in the asked filer's own filing, a
        # name said only after the sentence's verb is no subject of it (the filer's measure is)
        first = None
    if first is not None and c.kind == "sentence" and prose_scope.asks_left_out(asked.text) \
            and any(first in t.lower() for t in prose_scope.excluded_things(c.text)):
        # session 33 (#11): "E-cards, video and other digital greetings are not counted": what a scope note leaves out
        # opens it as the thing left out, never as the subject whose figures or words it gives
        first = None
    own_names = {f for e in asked.entities | asked.mentioned for f in prose_places.place_forms(e)}
    if first is not None and c.kind == "sentence" and not in_own and opening[:1].isupper() \
            and opening.split()[0].lower() == first and first in asked.words and first not in asked.entities:
        # "Clubs took EUR 3.1 billion" asked of "the region's health clubs", the region named only around it: the
        # asked noun opens it (a sentence naming the asked place itself keeps the reading of its opening name)
        first = None
    if first is not None and not any(first in e or e in first for e in own_names):
        if is_filing(c.meta) and _OUR.search(c.text) and _filer_asked(asked, c) and _opening_names(c.text, first):
            # "During fiscal 2025, Contoso Stores Inc. accounted for 18 percent of our consolidated net sales": in the asked
            # filer's own filing, a sentence about "our" sales is the filer's, whoever opens it
            return 0.85
        # another name opens the sentence: the asked one is at most mentioned in passing
        if asked.kind == "amount" and c.kind == "sentence" and _figure_beside_asked(asked, c.body) is False:
            # "Holtvang's board arm had revenue of EUR 1.9 billion; Brenmark does not break out its division's sales":
            # the figures are the opening name's, the asked one is named only in a clause stating none of its own
            return None
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


def _remainder_of_asked(asked: Asked, label: str) -> bool:
    """Is a table row's label the remainder of a place or group the question asks ("Rest of Europe", "Other Europe"
    for "sales in North America and Europe")? Such a row holds what is left of it after the rows named above it, so
    its figure is never the asked whole's; a question asking the remainder itself ("the rest of Europe", "other
    markets") keeps it. GENERAL rule: a remainder label never stands for the name it qualifies."""
    m = _REMAINDER.match(label)
    if m is None or _ASKS_REMAINDER.search(asked.text):
        return False
    rest = m.group(1).lower()
    rest_sq = re.sub(r"[^a-z0-9]", "", rest)
    if any(_named(f, rest, rest_sq) for e in asked.entities for f in prose_places.place_forms(e)):
        return True
    # "Rest of world" for "the world market", "Other lenses" for "lens sales": the asked noun itself qualified
    return bool(_stems(set(re.findall(r"[a-z][\w-]+", rest))) & _stems(set(asked.words)))


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


_MONTHS = MONTH_TITLE
_SOURCE_WORD = r"(?:report|note|forecast|estimate|outlook|survey|update|edition|study|review|release|bulletin)s?"
# a source's publication date: "our note of March 2025", "the report published in May 2024", "our June 2025 outlook"
_PUBLISHED = re.compile(
    rf"(?i)\b{_SOURCE_WORD}\s+(?:of|dated|published\s+in|issued\s+in|released\s+in)\s+(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b|"
    rf"\b(?:our|the|its|their|a)\s+{_MONTHS}\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+)?{_SOURCE_WORD}\b")

# General rule (session 31, #11): a year in the date a thing named in passing was approved, authorised, announced,
# adopted, entered into, issued or signed ("the $200.0 million share repurchase program approved in October 2024", "under
# the credit agreement entered into in March 2023") dates that event, not the sentence's figures ("During fiscal 2026 we
# repurchased 0.4 million shares"): a reduced relative clause after a noun (no "was" before the participle: "the program
# was approved in October 2024" states the event itself). A question saying such an event itself ("the dividend
# declared in December 2022", "the notes issued in 2020") asks of the thing that event dates: its year is the asked one
_EVENT_VERB = (r"(?:approv(?:e|ed|es|ing|al)|authori[sz](?:e|ed|es|ing|ation)|announc(?:e|ed|es|ing|ement)|adopt(?:s|ed|ing|ion)?|"
               r"enter(?:s|ed|ing)?\s+into|issu(?:e|ed|es|ing|ance)|sign(?:s|ed|ing)?|execut(?:e|ed|es|ing)|"
               r"amend(?:s|ed|ing|ment)?|establish(?:es|ed|ing)?|enact(?:s|ed|ing)?|declar(?:e|ed|es|ing))")
_EVENT_DATED = re.compile(
    rf"(?i)\b(?!(?:was|were|is|are|be|been|being|has|have|had|it|we|they|which|that)\b)[a-z][a-z-]+\s+"
    rf"(?:approved|authori[sz]ed|announced|adopted|entered\s+into|issued|signed|executed|amended|established|enacted|"
    rf"declared)\s+(?:by\s+(?:the\s+|our\s+|its\s+)?[a-z][a-z' ]{{0,30}}?\s+)?(?:in|on|during)\s+"
    rf"(?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?((?:19|20)\d\d)\b")
_ASKS_EVENT = re.compile(rf"(?i)\b{_EVENT_VERB}\b")


@lru_cache(maxsize=4096)
def published_years(text: str, events: bool = True) -> frozenset[int]:
    """The years a sentence names only as a source's publication date ("Our note of March 2025 gave 2024 revenue of
    $12.1 billion" -> {2025}) or, with ``events``, as the date of a thing named in passing (``_EVENT_DATED``: "the
    program approved in October 2024"); a year also named elsewhere in the sentence ("2025 sales") is not among them."""
    spans = [(m.start(), m.end(), int(m.group(1) or m.group(2))) for m in _PUBLISHED.finditer(text)]
    if events:
        spans += [(m.start(1), m.end(1), int(m.group(1))) for m in _EVENT_DATED.finditer(text)]
    out = set()
    for _, _, y in spans:
        elsewhere = [m for m in re.finditer(rf"(?<!\d){y}(?!\d)", text)
                     if not any(a <= m.start() < b for a, b, _ in spans)]
        if not elsewhere:
            out.add(y)
    return frozenset(out)


# a span of time shorter than a year, or a point in it: a quarter, a half, so many months or weeks, a month's name
_SUB_YEAR = re.compile(r"(?i:\b(?:quarters?|Q[1-4]|[1-4]Q|halves|half|months?|weeks?|quarter-end|year-to-date)\b)|"
                       r"\b" + MONTH_OR_ABBR_TITLE + r"\b")


_QUARTER_SAID = re.compile(r"(?i)\b(?:quarters?|Q[1-4]|[1-4]Q|(?:three|six|nine|3|6|9)\s+months)\b")


def whole_year_only(asked: Asked, c: Candidate) -> bool:
    """A quarter asked ("in the fourth quarter of 2025") and a sentence or list of an annual filing (a 10-K: no quarter
    in its period) that names no span or point shorter than a year, nor does its heading or the sentence before it
    ("Net new orders rose 9% to $2.1 billion in 2025"): its figures are the whole year's, another period than the asked
    quarter's. Rule: an annual report's sentence answers for a quarter only when it names one (or a month, a date)."""
    if not asked.quarters or c.kind not in ("sentence", "list") or c.meta is None:
        return False
    meta = c.meta
    annual = (meta.doc_type or "").upper() in ("10-K", "20-F", "40-F") or (meta.period or "").upper().startswith("FY")
    if not annual or doc_quarter(meta) is not None:
        return False
    if _SUB_YEAR.search(" ".join((c.text, *c.items, c.heading))):
        return False
    # the sentence before may give a paragraph's period once ("In the fourth quarter, ... . Orders were ..."); a date it
    # names in passing ("At December 31 we had 900 employees") dates its own figure only
    return not _QUARTER_SAID.search(f"{c.before} {c.prev}")


def other_quarter(asked: Asked, c: Candidate) -> bool:
    """A quarter asked and a sentence or list naming quarters, none of them the asked one ("In the third quarter we
    closed two offices" for the fourth quarter): another period's. (A sentence naming the asked quarter beside others,
    "up from the third quarter", is not.)"""
    if not asked.quarters or c.kind not in ("sentence", "list"):
        return False
    # a quarter named as the base of a change ("up from 29.0% in the second quarter") dates no figure of the sentence's own
    said = _quarters(_QUARTER_BASE.sub(" ", c.body))
    return bool(said) and not said & asked.quarters


_QUARTER_BASE = re.compile(r"(?i)\b(?:from|compared\s+(?:with|to)|than|versus|vs\.?|over|relative\s+to|against|since)\s+"
                           r"(?:\S+\s+){0,4}?(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter|Q[1-4])\b")


def forecast_against(asked_years: frozenset[int] | set[int], lead: str) -> bool:
    """Does a forecast's sentence (or a list's lead-in) name the asked years only as the base its later year's figure
    is measured from ("We now expect 1,610 kt in 2026, 13.4% more than in 2025")? Its own years, all later, are
    what it states figures and reasons of."""
    if not _FORWARD.search(lead):
        return False
    said = _years(lead)
    own = said - drivers.base_years(lead)
    return bool(asked_years & said) and not asked_years & own and bool(own) and min(own) > max(asked_years)


# a year that dates when a contract, a note, a lease or a right ends ("expires on July 8, 2027", "notes due 2033",
# "maturing in March 2029", "terminates in 2030"); never "through" or "ending" (a forecast's horizon, a fiscal year's end)
_ENDS_ON = re.compile(r"(?i)\b(?:due|matur(?:es?|ed|ing|ity)|expir(?:es?|ed|ing|ation)|terminat(?:es?|ed|ing|ion))\s+"
                      r"(?:(?:in|on|at)\s+)?(?:" + MONTH_TITLE + r"\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b")
# a part asking about the term itself ("what falls due in 2027", "when does the agreement expire")
_ASKS_TERM = re.compile(r"(?i)\b(?:due|matur\w*|expir\w*|terminat\w*|repa(?:y|id|yable|yment)s?|renew\w*|falls?)\b")


def term_only_years(text: str) -> frozenset[int]:
    """The years a sentence names only as the date something ends (``_ENDS_ON``): "under a master agreement that
    expires on March 31, 2028" -> {2028}; a year also named elsewhere in the sentence is not among them.
    GENERAL rule (session 32, #11): such a year dates no figure of the sentence (``period_score`` reads the sentence as
    one naming no year), unless the part asks about the term itself (``_ASKS_TERM``)."""
    spans = [(m.start(1), m.end(1), int(m.group(1))) for m in _ENDS_ON.finditer(text)]
    out = set()
    for _, _, y in spans:
        if not any(not any(a <= m.start() < b for a, b, _ in spans) for m in re.finditer(rf"(?<!\d){y}(?!\d)", text)):
            out.add(y)
    return frozenset(out)


def period_score(asked: Asked, c: Candidate) -> float:
    """1.0 when the candidate states the asked year (or no year is asked); 0.0 when it states other years only;
    in between when it states none (a filing's own year, its heading)."""
    if not asked.years:
        return 1.0
    if whole_year_only(asked, c) or other_quarter(asked, c):
        return 0.0
    if asked.kind == "reason" and c.kind == "list" and c.items and c.form != "effect" and not c.years & asked.years:
        # the causes a reason list gives date themselves ("rates kept house sales below their 2021 level"): the change
        # they explain is dated by the lead-in and its context, so the items' years make it no other period's
        c = replace(c, years=_stated_years(c.text))
    if c.kind in ("sentence", "list") and c.years and not c.years & asked.years and not _ASKS_TERM.search(asked.text):
        # "... represented by the union under an agreement that expires on July 8, 2027": the year only dates when the
        # agreement ends, none of the sentence's figures; the sentence is read as one naming no year
        termed = term_only_years(c.text)
        if termed and c.years <= termed:
            c = replace(c, years=frozenset())
    dated_only = published_years(c.text, events=not _ASKS_EVENT.search(asked.text))
    if c.years & asked.years and not (c.years - dated_only) & asked.years and c.years - dated_only:
        # "Our note of March 2025 gave 2024 revenue of $12.1 billion": the asked 2025 dates the note, the figure is of
        # 2024; a sentence whose only asked year is its source's publication date states figures of other years
        return 0.0
    if c.years & asked.years:
        return 1.0
    ctx_years = _years(c.heading + " " + c.before + " " + c.prev)
    base = drivers.base_years(c.text) if c.kind == "sentence" else frozenset()
    # only a company's own filing (``is_filing``: a filing's type) speaks of its fiscal year; a report whose metadata
    # names a company (guessed from its cover, the one company its title names) speaks of its own period as any report
    filed = is_filing(c.meta) and bool(c.meta.fiscal_year)
    own_filing = filed and not ctx_years and c.meta.fiscal_year in asked.years
    if c.years and c.years <= base and (asked.years & ctx_years or own_filing) and min(asked.years) > max(base):
        # "... together accounted for 62.0%, up from 59% in 2024" after a sentence on 2025: its only year is the base
        # of the change, its own figure is of the year its paragraph is about (none said: its filing's own period,
        # "The renewal rate was 72.5%, compared with 70.9% in the second quarter of 2024" in a 2025 10-Q)
        return 0.8
    if filed and c.meta.fiscal_year not in asked.years \
            and not c.years and c.kind == "sentence" and figures.says_year_end(c.text):
        return 0.0  # "total investments were $11.5 billion at year end": the filing's own year-end, not the asked
    if ctx_years & asked.years and not c.years:
        return 0.8
    if asked.kind == "reason" and c.kind == "list" and ctx_years and not c.years and not _years(c.heading):
        # a reasons lead-in after a sentence whose years are only the bases of its change ("fell to 98 litres from 104
        # litres in 2023, the first fall since 2012"): the change explained is of the year after them
        side = c.before + " " + c.prev
        bases = drivers.base_years(side) | drivers.figureless_base_years(side)
        if ctx_years <= bases and min(asked.years) > max(bases):
            return 0.8
    meta = c.meta
    filing = filed
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
# the currencies an amount is written in (a sign sits right before its digits, so these are matched on their own):
# "in EUR millions" asked is not answered by "GBP 378 million" (mia converts no currency either)
_CURRENCIES = {"usd": r"US\$|\bUSD\b|(?<![A-Za-z])\$|\bdollars?\b", "eur": r"\bEUR\b|€|\beuros?\b",
               "gbp": r"\bGBP\b|£|\bpounds\s+sterling\b|\bsterling\b", "chf": r"\bCHF\b|\bSwiss\s+francs?\b",
               "jpy": r"\bJPY\b|¥|\byen\b", "cny": r"\bCNY\b|\bRMB\b|\byuan\b|\brenminbi\b"}  # fmt: skip


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


def currencies_named(text: str) -> set[str]:
    """The currencies a text writes an amount in ("GBP 378 million" -> {"gbp"})."""
    return {k for k, rx in _CURRENCIES.items() if re.search(rx, text)}


def currencies_asked(question: str) -> set[str]:
    """The currencies a question asks its amount in ("in EUR millions", "in US dollars", "in millions of euros"); a
    currency only named ("its euro notes", "the yen's fall") asks no amount in it."""
    out = set()
    for k, rx in _CURRENCIES.items():
        cur = rf"(?:(?:US|U\.S\.)\s+)?(?:{rx})"
        if re.search(rf"(?i)\bin\s+(?:{cur}|(?:millions?|billions?|thousands?)\s+of\s+{cur})", question):
            out.add(k)
    return out


def unit_conflict(question: str, text: str) -> bool:
    """Does ``text`` state a figure in another unit of the dimension the question asks in ("cubic feet" for "million
    cubic metres", "MWh" for "GWh", a US dollar amount for one asked "in EUR millions")?"""
    asked = [*units_named(question), currencies_asked(question)]
    said = [*units_named(text), currencies_named(text)]
    return any(q and t and not q & t for q, t in zip(asked, said))


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


_SALES_OF = re.compile(r"(?i)\b([a-z][\w-]*)\s+sales\b")
_MONEY_WORD = re.compile(r"(?i)\b(?:revenues?|spend\w*|spent|costs?|prices?|paid|pay|earn\w*|income|profit|worth|value|"
                         r"dollars?|usd|how\s+much\s+money|turnover)\b")


def _sales_counted(question: str, body: str) -> bool:
    """Are the "<goods> sales" a question asks counted in goods by the sentence (no money said)? "sales" is money or a
    number of things sold; a sentence saying the question's "helmet sales" with a figure and no currency anywhere ("We
    see bicycle helmet sales reaching 48.3 million units next year") counts them. The question's money guess rests on
    "sales" alone: any other money word ("revenue", "value", "spent") keeps it money."""
    if _MONEY_WORD.search(question) or _MONEY.search(body) or all(_is_percent(n, body) for n in claims(body)):
        return False  # money asked in other words, said, or no level stated at all ("Product sales rose 5%")
    asked = {m.group(1).lower() for m in _SALES_OF.finditer(question)} - {"net", "total", "gross", "the", "its", "their"}
    said = {m.group(1).lower() for m in _SALES_OF.finditer(body)}
    return bool(asked & said)


# "how much <thing> did <subject> produce / generate / consume": the question's grammar asks a physical quantity of the
# thing (its object), never money, whatever unit the thing is measured in
_PRODUCED_Q = re.compile(r"(?i)\bhow\s+much\s+(?:[a-z][\w-]*\s+){1,3}(?:did|do|does|will|would|could|can|has|have|had)\s+"
                         r"[^?]{1,80}?\b(?:produc(?:e|ed|ing)|generat(?:e|ed|ing)|consum(?:e|ed|ing)|min(?:e|ed|ing)|"
                         r"extract(?:ed|ing)?|refin(?:e|ed|ing)|pump(?:ed|ing)?|emit(?:ted|ting)?|burn(?:ed|t|ing)?|"
                         r"harvest(?:ed|ing)?|catch|caught|grow|grew|grown|process(?:ed|ing)?|output)\b")
_MONEY_NEAR = re.compile(r"(?:[$€£¥]|\b(?:US\$|USD|EUR|GBP|JPY|CHF|CNY|RMB|KRW|INR|CAD|AUD)\s?)$")


def _money_only(body: str) -> bool:
    """Is every figure of ``body`` (years aside) an amount of money (a currency before it)?"""
    nums = [n for n in claims(body) if not re.fullmatch(r"(?:19|20)\d\d", n.raw)]
    return bool(nums) and all(n.unit == "$" or _MONEY_NEAR.search(body[max(0, n.start - 5) : n.start]) for n in nums)


# a growth named as a noun ("organic revenue growth", "sales growth") and the words naming whose growth before it, after
# its owner ("Kestrel's", "the company's", "its") and the question's frame
_GROWTH_WORD = re.compile(r"(?i)\bgrowth\b")
_GROWTH_NAMED = re.compile(r"(?i)((?:[a-z][\w-]*\s+){1,3})growth\b")
_OWNER_CUT = re.compile(r"(?i)^.*(?:['’]s?\s|\b(?:its|their|our|the|what|was|were|is)\s)")


def _same_growth(question: str, label: str) -> bool:
    """Does a row's label name the growth the question asks: both say "growth", the words naming the measure before it in
    the question ("organic revenue" in "What was Kestrel's organic revenue growth?") are all the label's, and the label
    says no word the question does not ("Adjusted sales growth" for "sales growth")?"""
    m = _GROWTH_NAMED.search(question)
    if m is None or not _GROWTH_WORD.search(label):
        return False
    named = content_words(_OWNER_CUT.sub("", m.group(1) + " "))
    own = content_words(label) - {"growth"}
    return bool(named) and _stems(named) <= _stems(own) and _stems(own) <= _stems(content_words(question))

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
        if asked.unit == "" and c.kind != "row" and _PRODUCED_Q.search(asked.text) and _money_only(body):
            return 0.0  # "how much lithium did the mines produce": a price per tonne is no quantity produced
        if _one_figure_for_members(asked, c):
            return 0.0  # "in its Consumer and Commercial divisions": one figure "across" both is their total
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
        if c.kind == "sentence" and measure_frames.asked_length(asked.text) in ("half", "year") and measure_frames.quarter_only(c.text) \
                and not measure_frames.year_end_point(asked.text, c.text):
            return 0.0  # "in the first half of fiscal 2026" asked: "... in the second quarter of fiscal 2026" is a quarter's
        if c.kind in ("sentence", "list") and measure_frames.other_span(asked.text, body):
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
            # a year the sentence leaves to the one before ("The market shrank in 2024. Sales came to USD 9.1 billion,
            # 2% less than the USD 9.3 billion of 2023") is its figure's year when it states the other, the base, itself
            ctx = _years(f"{c.before} {c.prev}") if c.kind == "sentence" and c.years & asked.years else frozenset()
            if len(asked.years) >= 2 and not asked.years <= (c.years | _years(c.heading) | ctx):
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
        # General rule (#10, session 33): a part counting a thing it names ("How many people did it employ at the end
        # of 2025, and what was its revenue?") has its measure in its own words; another part's measure ("revenue")
        # is not its, so only its own words name the measure it is checked against
        own = asked.text if _COUNT_NAMED.match(asked.text) and asked.text in question else question
        metric = {_same_measure(m.group(0)) for m in _METRIC_WORD.finditer(own)}
        if _COST_VERB.search(question):
            # "What did a four-hour system cost per kWh?": what one thing costs its buyer is its price
            metric |= {_same_measure("price"), _same_measure("prices")}
        # a table row states its measure in the table's caption or heading ("Revenue by operator"), not in its cells
        said = body + (" " + c.heading if c.kind == "row" else "")
        # "at manufacturers' prices" is the basis a value is counted at, no price measure stated (session 30)
        stated = {_same_measure(m.group(0)) for m in _METRIC_WORD.finditer(measure_families.VALUATION_BASIS.sub(" ", said))}
        if metric and stated and not metric & (stated | _stems(content_words(body + " " + c.heading))):
            return 0.0  # "operating margin" asked, the sentence gives net sales (another measure, not a synonym)
        said = " ".join((body, c.heading, c.before, _title(c)))
        if not soft_narrowing and not prose_measures.says_narrowing(asked.text, said, c.text if c.kind != "row" else ""):
            return 0.0  # "spend on pet grooming": "Households spent $90 billion on their pets" is the total
        if prose_measures.names_other_thing(asked.text, c.text.split(":")[0] if c.kind == "row" else body,
                                            " ".join((body, c.heading, c.before))):
            return 0.0  # "the market for forklift service": "orders for 2,016 thousand forklift trucks" is another
            # thing's figure, said in other words or not (no soft reading)
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
            # "helmet sales" asked, "Helmet sales should climb to 48.3 million next year": sales counted in goods
            ok = ok or (c.kind == "sentence" and _sales_counted(asked.text, body))
            # "how much of the sector's revenue came from recycling": a portion, which a percentage answers
            ok = ok or bool(_PORTION_Q.search(asked.text) and re.search(r"\d\s?%|\bpercent\b", body))
            # Session 30 (#11): "What was its organic revenue growth in the first quarter?" and the row "Organic revenue
            # growth: 14.3%". GENERAL RULE: a table row whose label names the very growth the question asks (the same
            # words before "growth", no qualifier the question does not say: "Adjusted sales growth" is no answer to
            # "organic sales growth" nor to "sales growth") states that growth as a rate; its percentage answers as an
            # amount would
            ok = ok or bool(c.kind == "row" and "%" in c.text.split(":", 1)[-1]
                            and _same_growth(asked.text, c.text.split(":")[0]))
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
        elif fit and _TOTAL.search(question) and c.kind == "sentence" and prose_measures.states_part(body) \
                and not prose_measures.states_part(question) and not prose_measures.narrowing(question):
            fit = 0.0  # "total revenues" asked: "Revenues related to these manufacturing activities totaled $320
            # million" is one activity's part of them (prose_measures.states_part), whatever "totaled" says
        elif fit and _TOTAL.search(_GENERIC_TOTAL.sub(" ", question) if not is_filing(c.meta) else question):
            # "total revenue": a line item that may be written without "total"; in a report's prose "the total amount
            # wagered", "the total number of visitors" ask the whole of what follows, no total line
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
    if asked.kind in ("list", "entity") and c.kind == "sentence" and _one_of_several(asked, c.body):
        return 0.0  # "In which markets did admissions rise?": "France was one of only two markets where they rose" names one
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
        if _BARE_WHO.match(asked.text):
            # ", to whom,": a party named after the fragment's preposition ("sold ... to Ridgeway Partners"), not a
            # title-cased heading of the asked thing ("Sale of Rail Line") nor an officer's title
            prep = asked.text.split()[0].lower() if len(asked.text.split()) == 2 else ""
            named = [m.group(1) for m in re.finditer(rf"(?i:\b{prep})\s+(?:the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*)",
                                                     said)] if prep else list(names)  # fmt: skip
            names = {n for n in named if not set(re.findall(r"[a-z0-9]+", n.lower())) <= asked.words | _NOT_NAME}
            if not names and prep:
                # a party described, not named: "sold ... to a regional logistics developer", "to an unaffiliated
                # third party" (a counterparty's head noun after the preposition and an article)
                names = {m.group(0) for m in re.finditer(rf"(?i:\b{prep})\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
                                                         rf"{_PARTY_NOUN}\b", said)}
            return 1.0 if names else 0.0  # a quote naming no party cannot say who
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
            if _opposite_direction(qtext, c.text):
                return 0.0  # "why did sales in Europe fall": "Sales worldwide rose 3.9%, ..." and what follows it
                # explain a rise, whatever the sentences after it name
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
        if c.kind == "sentence" and at >= 0 and all(_scope_name(e) for e in asked.entities) \
                and _member_effect(qtext, causes.effect_clause(c.text, at)):
            # "why did US residential solar fall": "Texas and Florida, ..., fell less steeply" is two states'; a question
            # naming only its scope ("What drove European gym membership?") asks the whole as well: "France grew
            # fastest, as chains opened clubs" is one member's growth (session 24, #10)
            return 0.0
        if c.kind == "sentence" and at > 0 and not causes.effect_after(c.text, at) \
                and reasons.PACE_GAP.search(causes.effect_clause(c.text, at)) and not reasons.PACE_GAP.search(qtext):
            # "Unit shipments of kettles dropped far more steeply, ..., because the losses were mostly in entry-level
            # lines": the cause of one move outpacing another, not of the move asked (the pace said in the effect
            # clause; "A grew faster than B, which is why C shrank" states the gap as the cause)
            return 0.0
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
            # "Service revenue grew for four reasons:": the change the counted causes explain is said before the count
            effect = f"{_effect_before_count(c.text[: counted_lead.start()])} {effect}"
            said = set(_words(effect)) - causes.FRAME_WORDS - _QUESTION_FRAME
            asked_stems = _stems(set(asked.words))
            if said and not _stems(said) & asked_stems and not drivers.cause_list_lead(c.text) \
                    and not drivers.opens_with_anaphor(effect) and not _forecast_both(effect, asked.words) \
                    and not _period_explained(effect, c.prev, asked.words):
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
    if asked.kind == "describe" and asks_figure(question or asked.text) and not asked_dates.dates_asked(asked.text) \
            and not _tied(asked, c, question):
        # "what were hospitals paying per hour ...": a figure question, its figures another measure's. A part asking the
        # dates of named events ("..., and what are the payment and record dates?") asks no figure of a "payment"
        # measure, whatever the rest of the question asks (session 31)
        return 0.0
    if asked.kind == "describe" and asked.quarters and c.kind == "sentence" and asks_figure(question or asked.text) \
            and not _asked_period_named(asked, c):
        return 0.0  # "in the fourth quarter of 2024": a sentence on the first quarter of 2025 is another period's
    return 1.0 if c.kind == "sentence" else 0.6


def _scope_name(name: str) -> bool:
    """Is a question's name a place scoping it ("European", "US", "Germany") rather than a company?"""
    return name.lower() in _REGION_ADJ or bool(places(name)) or bool(places(name.title()))


def _member_effect(question: str, effect: str) -> bool:
    """Is a reason sentence's effect clause about named members the question does not name ("Texas and Florida, where
    ..., fell less steeply" for "What reasons do installers give for the downturn in US residential solar?")? General
    rule: a question naming no member asks the whole's reason; a change of named parts (states, companies, regions)
    is theirs."""
    topic = {w for w in content_words(question) if _direction(w) is None} - causes.FRAME_WORDS \
        - {"downturn", "slowdown", "upturn", "change", "reasons", "reason", "drove", "drive", "drives", "driven", "give",
           "gave", "cited", "caused", "cause", "causes", "why"}
    if not topic:
        return False  # "..., and what drove the increase?", "..., and why?": the part before's subject, whoever it is
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


def _own_words(asked: Asked, question: str) -> int:
    """How many content words a part of a question says itself, names of companies left out ("how large a reverse
    termination fee would Contoso owe": reverse, termination, fee, owe, ...; "in what form": one)."""
    return len(content_words(asked.text) - set(asked.entities) - set(asked.mentioned))


# A figure asked of each of two named members (session 27, #10): "How many branches did it run in its Consumer and
# Commercial divisions?" asks each segment's count, unless it asks their total ("combined", "in total"). General
# rule: such a part is not answered by a sentence stating one figure of the asked kind for both ("We ran 640 branches
# ... across our Consumer and Commercial divisions" is the total), nor by one table row (one member's line, or
# the total's); a sentence giving two or more figures does.
_EACH_OF_TWO = re.compile(r"\b(?:in|for|across|by)\s+(?:its|their|the|our|each\s+of\s+its)\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
                          r"\s+and\s+(?:its\s+|the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+(?:segments|divisions|regions|"
                          r"businesses|units|operations)\b")
_TOTAL_ASKED = re.compile(r"(?i)\b(?:total|combined|together|altogether|in\s+all|overall|aggregate|sum)\b")


def _one_figure_for_members(asked: Asked, c: Candidate) -> bool:
    """Does a part asking a figure of each of two named members get a candidate that does not give both: a row, a
    sentence not naming each member, or one stating one figure only?"""
    m = _EACH_OF_TWO.search(asked.text)
    if c.kind not in ("sentence", "row") or m is None or _TOTAL_ASKED.search(asked.text):
        return False
    if c.kind == "row":
        return True  # one row is one member's line (or their total's): the other member's figure is not in it
    if not all(re.search(rf"(?i)\b{re.escape(name)}\b", c.text) for name in m.groups()):
        return True  # "Total Commercial division branches 212 ... 205": the other member is not in it
    spans = ties.tied_spans(asked.text, c.text) or []
    return sum(v != ties.OTHER for _, _, v, _ in spans) < 2


def _tied(asked: Asked, c: Candidate, question: str = "") -> bool:
    """May the candidate's figures answer the asked measure (``prose_ties``)? A sentence: one figure is governed by
    the asked measure's words, or one is governed by none and the sentence (or the one before, its heading) names
    the measure. A table row: its label (or, when the label names no measure, its caption and unit line) names the
    asked measure, in the asked unit ("per loaded mile"), adjusted or not as asked. Lists and computed candidates
    are left to the other checks."""
    q = question or asked.text
    if asked.unit == "duration" and asked_measures.asked_measure(asked.text) is None:
        return True  # "how long did recruiting take": a time asked, no measure to tie (the unit check judges it)
    pace = asked.unit == "change" and _GROWTH_RATE.search(asked.text) and asked.words - content_words(asked.text)
    back = asked_counts.counted_back(asked.text, q) if asked.text and len(asked.text) < len(q) else None
    if back is not None:
        q = back  # "..., how many of them worked in Canada": the employees counted before (``counted_back``)
    elif pace and asked.named_in:
        q = asked.named_in  # the growth rate of the measure the part before asked: figures tied to that measure
    elif asked.text and len(asked.text) < len(q) and (asked_measures.asked_measure(asked.text) is not None
                                                       or q.lstrip().startswith(asked.text.strip())
                                                       or _own_words(asked, q) >= 3):
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
    # Session 30 (#11): a head or caption hyphenating its quarter ("First-Quarter", "Fourth-Quarter 2025 Results") names
    # that quarter as the spaced form does. GENERAL RULE: "<ordinal>-quarter" is read as "<ordinal> quarter"
    heads, heading = (re.sub(r"(?i)-(?=quarter)", " ", x) for x in (heads, c.heading))
    return not (_quarters(heads) or _quarters(heading) or re.search(r"(?i)\b[1-4]Q\d{2}\b|\bQ[1-4]\s?'?\d{2}\b", heads + " " + heading))


def _asks_names(question: str) -> bool:
    """Does a "which/who" question ask for names: companies, countries and other places, or "who"?"""
    kind = asked_kind(question)
    if kind is not None:
        return kind.startswith(_PLACE_KINDS)
    m = _KIND_Q.match(question)
    return bool(m and (_NAMED_LIST.fullmatch(m.group(1)) or _MEMBER_KINDS.fullmatch(m.group(1)))) or bool(
        re.match(rf"(?i)^\s*{_PREP}(?:who|whom|which\s+(?:company|firm|country|region|state|market|nation|bank|"
                 r"supplier|vendor|customer|competitor|brand|operator|maker|manufacturer))\b", question))


# a sentence's clauses: a semicolon, or a comma or dash before a contrasting or adding conjunction, ends one
_CLAUSE_BREAK = re.compile(r"(?i);|(?:,|\s[-–—])\s*(?=(?:while|whereas|but|although|though|and|yet)\s)")


def _figure_beside_asked(asked: Asked, body: str) -> bool | None:
    """Does a clause of the sentence that names an asked name state a figure of its own (an amount, a count, a share;
    not a year)? None when no clause names one (the sentence's context may, which ``subject_score`` judges). Rule
    (#11, session 27): in a sentence another name opens, an asked name said only in a clause without figures ("...;
    Brenmark does not break out its tissue division's sales") owns none of the sentence's figures."""
    named = False
    for clause in _CLAUSE_BREAK.split(body):
        low = clause.lower()
        sq = re.sub(r"[^a-z0-9]", "", low)
        if any(_named(f, low, sq) for e in asked.entities for f in prose_places.place_forms(e)):
            named = True
            if claims(clause):
                return True
    return False if named else None


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
# the sides lie within one question sentence: "How does the share compare for finance leases? Round to two decimal
# places." compares nothing with "two decimal places" (session 26)
_COMPARE_SIDES = re.compile(
    r"(?i)\b(?:how\s+(?:did|does|do|has|have|will|would|is|are|was|were)\s+(?P<a>[^?]+?)\s+compare|\bcompare\s+(?P<a2>[^?]+?)|"
    # "how much of the budget goes to stores rather than online?": the part going to each side, both asked
    # (session 29, #11)
    r"\bhow\s+much\s+of\s+(?:it|them|this|that|these|those|the\s+[\w-]+)\s+(?:is|was|are|were|will\s+be|would\s+be|goes\s+to|"
    r"went\s+to|is\s+for|was\s+for)\s+(?P<a3>[^?]+?)(?=\s+(?:as\s+opposed\s+to|rather\s+than|versus|vs\.?)\s))"
    r"\s+(?:with|to|against|and|versus|vs\.?|as\s+opposed\s+to|rather\s+than)\s+(?P<b>[^?]+?)(?=\s+(?:in|during|for|at|as\s+of|over|by|on)\s+(?:the\s+)?"
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
    a, b = m.group("a") or m.group("a2") or m.group("a3") or "", m.group("b")
    if re.search(r"(?i)\b(?:year|quarter|month|period|prior|previous|last|earlier|ago|(?:19|20)\d\d)\b", b):
        return None  # "compare with the prior year": a move over time, not two sides

    def own(side: str, other: str) -> str | None:
        theirs = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’-]+", other)}
        for w in re.findall(r"[\w'’-]+", side):
            k = w.lower().removesuffix("'s").removesuffix("’s")
            if k not in theirs and k not in _SIDE_STOP and len(k) > 2 and not measure_families._families(k) \
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
_COMPARATIVE_Q = re.compile(r"(?i)\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater)\b")
_OUTRANKS = re.compile(r"(?i)\b(?:[a-z]{2,}er|more|less)\s+than\s+(?:(?:in|at|for|among|of|by)\s+)?(?:any|all|every)\s+"
                       r"other\b|\bran(?:k|ked|ks)\s+(?:first|top|last)\b|\bnumber\s+one\b|\bno\.\s?1\b|"
                       r"\boutpac\w+\s+(?:all|every|the\s+other|its\s+peers)\b")


# "the total amount wagered", "the total number of screens": "total" before a word of quantity asks the whole amount of
# what follows, which a report's sentence states without "total"
_GENERIC_TOTAL = re.compile(r"(?i)\btotal\s+(?=(?:amount|number|value|volume|quantity|sum)\b)")
_COUNT_WORDS = counting(2, 10)
# "was one of only two large markets where attendance rose": one member of a counted group of the asked kind
_ONE_OF_N = re.compile(r"(?i)\bone\s+of\s+(?:only\s+|just\s+|the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|"
                       r"\d{1,2})\s+(?:[a-z][\w-]*\s+){0,2}?(?P<kind>[a-z][\w-]*s)\b")
# the sentence names the rest of the group itself: "..., the other being Poland", "along with Spain"
_OTHERS_NAMED = re.compile(r"(?i)\bthe\s+others?\s+(?:being|was|were|is|are)\b|\balong\s+with\s+[A-Z]|"
                           r"\btogether\s+with\s+[A-Z]|\b(?:as|like)\s+did\s+[A-Z]")


def _one_of_several(asked: Asked, body: str) -> bool:
    """Does a sentence name its subject only as one of a counted group of the kind a which-question asks ("France ...
    was one of only two large markets where attendance rose" for "In which markets did admissions rise?")? It then
    names one member of several, and the others go unnamed: no answer to the which-question (unless it names them:
    "the other being Poland")."""
    m = _ONE_OF_N.search(body)
    if m is None or _OTHERS_NAMED.search(body[m.end() :]):
        return False
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
    return n >= 2 and _stem(m.group("kind").lower()) in _stems(set(asked.words))


def asks_ranking(asked: Asked) -> bool:
    """Does a part ask which member of a group ranks first by a measure ("Which region grew fastest?", "Which of its
    three segments had the highest margin?", "Who holds the largest share?")?"""
    unnamed = _unnamed(asked)
    # a comparative of a measure the question names ("Which of its segments contributed more Adjusted EBITDA?") ranks
    # the members by it as a superlative does: one member's figure alone is no answer (session 30)
    return asked.kind in ("entity", "list") and bool(
        re.match(rf"(?i)^\s*{_PREP}(?:which|who|whose)\b", asked.text)) and bool(
        _RANKING_Q.search(unnamed) or _COMPARATIVE_Q.search(unnamed) and asked_measures.ranked_by(asked.text))


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
    ratio = _RATIO_RANKED.search(_unnamed(asked))
    if ratio and not re.search(rf"(?i)\b{ratio.group(1)}", _MARGIN_IDIOM.sub(" ", body)):
        # "which had the highest net margin?": a sentence naming the largest by size ("the largest retailer by a wide
        # margin") ranks by another measure; a ratio's rank is said with the ratio or by members' figures side by side
        # (a table's rows: kind "ranked" above). General rule (session 27): a ranking by a ratio is never answered by a
        # sentence that does not name that ratio ("by a wide margin" is no margin)
        return False
    if (sense and sense & _rank_sense(body)) or _OUTRANKS.search(body):
        return True
    own = asked.entities | asked.mentioned
    members = {n for n in named_entities(body) if not any(e == n or e in n or n in e for e in own)}
    members |= places(body) - places(asked.text)
    if c.kind == "list":
        return sum(1 for it in c.items if claims(it)) >= 2
    # two members' figures side by side, of the form the rank asks (moves for "fastest", levels for "largest")
    forms = stated_figures.figure_forms(body)
    wanted = [f for f in forms if (f == "change") == bool({"speed", "steep"} & sense)] if sense else forms
    return len(members) >= 2 and len(wanted) >= 2


# a superlative ranking by a ratio ("the highest net margin", "the best return on equity", "the lowest cost-to-income
# ratio"): the ratio's head word must be said by a sentence that ranks by it
_RATIO_RANKED = re.compile(r"(?i)\b(?:highest|lowest|best|worst|largest|smallest|biggest|widest|thinnest|fattest|"
                           r"strongest|weakest)\s+(?:[a-z-]+\s+){0,3}?(margin|return|ratio|yield)s?\b")
# "by a wide margin", "by a margin of ten points": how far one leads, never a profit margin
_MARGIN_IDIOM = re.compile(r"(?i)\bby\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?margin\b")


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
    if prose_scope.asks_left_out(question) and prose_scope.excluded_things(c.body):
        # session 33 (#11): "Which products does Linfield leave out of its figures?": the scope note naming what is not
        # counted lists the things asked, whatever kind the question calls them (``prose_scope.asks_left_out``)
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


def verbs_said(words: Iterable[str], text: str) -> set[str]:
    """The stems of the asked nouns whose verb the text says: "shipments" asked, "Makers shipped 12.4 million units"
    said; "deployments", "deployed" (the verb's final consonant doubled or not). Rule (session 27, #11): a noun of an
    action and its verb name one measure, as "additions" and "added" do the other way round in ``overlap_score``."""
    roots = {r for w in content_words(text) for b in [_SUFFIX.sub("", w)] for r in (b, re.sub(r"([^aeiou])\1$", r"\1", b))}
    return {_stem(w) for w in words if (m := _NOMINAL.fullmatch(w.rstrip("s"))) and m.group(1) in roots}


def _compound_initials(word: str) -> str:
    """The initials of a compound of three or more parts ("do-it-yourself" -> "diy", "direct-to-consumer" -> "dtc",
    "point-of-sale" -> "pos"); "" for any other word."""
    parts = word.lower().split("-")
    return "".join(p[0] for p in parts) if len(parts) >= 3 and all(p.isalpha() for p in parts) else ""


def compounds_said(words: set[str] | frozenset[str], text: str) -> set[str]:
    """The asked words a text says in the other written form of a compound: "do-it-yourself" by its initials in
    capitals ("DIY stores"), "DIY" by the compound written out ("the do-it-yourself shelves"). General rule (session
    33, #11): a report and an analyst write such a compound either way; both are the same word."""
    caps = {w.lower() for w in re.findall(r"\b[A-Z]{3,5}s?\b", text)} | {w.lower().rstrip("s") for w in
                                                                        re.findall(r"\b[A-Z]{3,5}s\b", text)}
    written = {i for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+){2,}", text) if (i := _compound_initials(w))}
    return {w for w in words if (i := _compound_initials(w)) and i in caps or w.lower() in written}


def overlap_score(asked: Asked, c: Candidate) -> float:
    """The share of the question's content words (light stems) that the candidate says; words only in its
    heading or the sentence it refers back to count half. The asked names count as said: a candidate is scored
    only once ``subject_score`` found it is about them (a filer's "we acquired ..." need not repeat its name)."""
    if not asked.words:
        return 0.0
    q = _stems(asked.words)
    if asked.kind == "reason" and not asked.effect:
        # session 33 (#11): "Why did sales grow in value while fewer litres were sold?": the contrast or concession is a
        # premise, the move asked is the main clause's; a reason need not restate the premise's words (the clause
        # words are ``_CONCEDED``'s, the ones ``_opposite_direction`` reads the asked move without)
        main = _stems(asked.words & set(_words(_CONCEDED.sub("", asked.text))))
        if len(main) >= 2:
            q = main
    own = _stems(content_words(c.body)) | _stems({w for w in asked.words if w in asked.entities})
    # "additions" says "added", "installations" "installed"
    own |= {_stem(m.group(1)) for w in content_words(c.body) if (m := _NOMINAL.fullmatch(w.rstrip("s")))}
    own |= verbs_said(asked.words, c.body)
    own |= _stems(compounds_said(asked.words, c.body))
    if "world" in scopes(asked.text) and "world" in scopes(c.body):
        own |= _stems({w for w in asked.words if _WORLD.fullmatch(w)})  # "worldwide" asked, "Global additions" said
    if _FORWARD.search(c.body):  # "forecast", "expected" asked: a sentence that expects or plans says it
        own |= _stems({w for w in asked.words if _EXPECT_WORD.fullmatch(w)})
    if any(_HOLDING_WORD.fullmatch(w) for w in content_words(c.body)):
        # "holds a stake in Fabrikam" asked, "Contoso owns about 20% of Fabrikam" said: one holding in other words
        own |= _stems({w for w in asked.words if _HOLDING_WORD.fullmatch(w)})
    if prose_scope.asks_left_out(asked.text) and prose_scope.excluded_things(c.body):
        # "Which products does it leave out of its figures?": a scope note says the leaving out in words of its own
        # ("are not counted", "are excluded"), as ``prose_scope.asks_left_out`` reads the question's
        own |= _stems({w for w in asked.words if _LEAVE_WORD.fullmatch(w)})
    if asked.kind == "reason":  # "why did it fall": "fell" says the move asked (a figure's "growth" is its measure)
        moves = {d for w in content_words(c.body) if (d := _direction(w)) in ("up", "down")}
        own |= {_stem(w) for w in asked.words if _direction(w) in moves}
    ctx = _stems(content_words(c.heading + " " + c.before))
    hit = len(q & own) + 0.5 * len((q - own) & ctx)
    return min(1.0, hit / len(q))


# the words of leaving things out of a count: "leave out", "excluded", "not included / counted / covered"
_LEAVE_WORD = re.compile(r"(?i)leaves?|left|out|exclude[sd]?|included?|counted|count|covered|cover")
# the words of holding part of a company: a stake, a shareholding, owning or holding it
_HOLDING_WORD = re.compile(r"(?i)holds?|holding|held|owns?|owned|owning|stakes?|shareholdings?")
_EXPECT_WORD = re.compile(r"(?i)forecasts?|forecasted|expected|expects?|projects?|projected|projections?|outlook|predicted|"
                          r"anticipated|planned|plans?|guidance")


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


# words before a measure's name that narrow nothing: totals and bases, articles, and the question's own frame
_NOT_QUALIFIER = frozenset("""total net gross annual consolidated reported overall company group its their our the a an
    this that fiscal full year quarterly adjusted gaap did does do was were is are has have had much many what which
    how by in of for on from to and or with whose""".split())


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


# a part asking one segment's measure by reference ("the segment's operating income", "that division's sales")
_UNIT_REF = re.compile(r"(?i)\b(?:the|that|this|each|its)\s+(?:segment|division|business\s+unit|unit|reporting\s+segment)(?:'s|’s|s')")
_WHOLE_WORDS = frozenset({"total", "totals", "segment", "segments", "consolidated", "company", "reportable"})


def _whole_row_for_unit(question: str, row: str) -> bool:
    """Is ``row`` the whole company's line ("Operating income", "Total segment operating income") for a part asking
    one segment's measure by reference ("how much did the segment's operating income decline?")? General rule (#10,
    session 27): a row whose label says only the measure (and total/segment/consolidated) names no segment, so it is
    the company's figure, never the referred segment's."""
    if not _UNIT_REF.search(question):
        return False
    label = row.partition(": ")[0]
    words = _stems(content_words(label)) - _stems(_WHOLE_WORDS)
    return not (words - _stems(content_words(question)))


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
    # a part asking the move of what the part before asked ("..., and how much did they rise?") names its measure by
    # the words it took from that part
    inherited = " ".join(sorted(asked.words - content_words(asked.text) - asked.entities))
    if pair is not None and c.kind != "row" and _governed_by_another(f"{asked.text} {inherited}".strip(), c.text, pair):
        return None  # "Cash from operations rose to $424 million from $300 million, ... deferred revenue": not its pair
    if pair is not None and c.kind == "row" and _whole_row_for_unit(asked.text, c.text):
        return None
    if pair is not None and pair.new.value > 0 and pair.old.value > 0 \
            and (way := changes.asks_move_way(asked.text)) is not None and (pair.new.value > pair.old.value) != (way == "up") \
            and pair.new.value != pair.old.value:
        # General rule (#10, session 27): "how much did its operating income decline?" quoted by a pair that rose
        # (two positive figures) is another line's move (the total for the segment asked), never the answer
        return None
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


def _asked_moves(question: str) -> set[str]:
    """The way a why-question asks its measure moved: its direction words, else a restraint or a lift it names ("What
    held back DIY volumes?", "What weighed on margins?", "What dragged down orders?" ask the causes of a fall;
    "What boosted bookings?" of a rise; ``text.moves.DOWN_LEAD_ASKED`` / ``UP_LEAD_ASKED``), one way only. General
    rule (session 33, #11): a restraint asked is a fall asked, so a quote explaining a gain ("The rest of the gain came
    from mix") explains the opposite move."""
    asked = _moves(question)
    if asked:
        return asked
    ways = {w for w, rx in (("up", _UP_LEAD_ASKED), ("down", _DOWN_LEAD_ASKED)) if rx.search(question)}
    return ways if len(ways) == 1 else set()


def _opposite_direction(question: str, text: str) -> bool:
    """Does ``text`` explain a move the other way than ``question`` asks ("reduction" asked, "increase" said),
    read from the move the sentence explains when it states both directions (``_explained_direction``)?"""
    asked = _asked_moves(_CONCEDED.sub("", question))
    said = _explained_direction(question, text)
    return len(asked) == 1 and bool(said) and not asked & said


# a question's concessive clause states a premise, not the move asked about: "Why did margins shrink in 2023 even though
# orders rose?" asks about the shrinking
# session 33: "Why did card spending go up while the number of cards sold went down?" asks about the spending: a contrast
# ("while", "whereas") is a premise as a concession is (the same clause words as ``reason_leads._CONCEDED``)
_CONCEDED = re.compile(r"(?i)[,;]?\s+\b(?:even\s+though|even\s+as|even\s+if|although|though|despite|in\s+spite\s+of|"
                       r"(?<!\ba\s)while|whereas)\b.*$")


_CELL = re.compile(r"(?:^|[,:]\s)((?:FY\s?|Q[1-4]\s+)?(?:19|20)\d\d(?:\s*Q[1-4])?)\s+"
                   r"(\(?-?[$€£]?\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?%?)(?=,\s|\s*\(|\s*$)")


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


def _hidden(asked: Asked, c: Candidate) -> bool:
    """Is the candidate a sentence saying that what ``asked`` asks for is not disclosed?"""
    if c.kind != "sentence" or asked.kind in ("reason", "yesno") or not disclosure.says_undisclosed(asked.text, c.text):
        return False
    # "Northwind Climate does not publish its unit sales" says nothing of the market's unit sales
    return bool(asked.entities) or first_name(c.text) is None

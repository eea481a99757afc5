"""Rules that give a figure to another measure or subject than its governing words alone would: the part of the
company its sentence is about (``_other_scope``, ``_asks_part``), a figure qualifying another noun
(``_attributive``, ``_bound_to_other_noun``), a whole a sentence takes a part of (``_whole_of_part``), a count of
another thing sold (``_counts_other_subject``), an average or per-unit figure for a total asked
(``_average_for_total``, ``_own_words``) and one kind's amount (``_for_another_kind``). Reads the modules before it.
"""

from __future__ import annotations

import re
from .measure_families import _families, _words
from .stated_figures import Figure, _figures
from .asked_counts import _GENERIC_COUNT, _SAME_COUNT, _noun
from .asked_measures import AskedMeasure


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


def _average_for_total(question: str, f: "Figure", text: str = "", counted: str | None = None) -> bool:
    """Rule: a figure its own clause states per unit or as an average ("the average annual premium per policy climbed
    to $1,770") is not the total a question asks without an average, a per-unit word or a measure that is per unit by
    nature ("What did homeowners premiums come to in 2024?": the premiums written, a total). An average that sizes a
    group of the counted things ("an average fleet of about 2,150 tractors, of which roughly 640 ...") is no per-unit
    figure (``_averaged_group``)."""
    if not question or _PER_UNIT_ASKED.search(question):
        return False
    own = _own_words(f)
    group = _averaged_group(counted, text) if text and (counted or _COUNTED_BACK.search(question)) else None
    if group is not None:
        own = re.sub(rf"(?i)\b(?:average|mean)\s+{re.escape(group)}\b", " ", own)
    return bool(_PER_UNIT_SAID.search(own))


# "an average flock of approximately 13.4 million hens", "an average fleet of about 2,150 tractors": "average" sizes a
# group (one noun between it and "of") by the count of the things named right after the figure
_AVERAGE_GROUP = re.compile(r"(?i)\b(?:average|mean)\s+([a-z]+)\s+of\s+(?:(?:about|approximately|roughly|nearly|some|around|"
                            r"almost|over|more\s+than)\s+)?\d[\d.,]*(?:\s+(?:thousand|million|billion))?\s+"
                            r"((?:[a-z-]+\s+){0,2}[a-z-]+s)\b(?!\s+(?:per|each|every|a\s+(?:day|week|month|year)|daily|"
                            r"weekly|monthly|annually|yearly)\b)")


# "how many of them", "how many of those": a count of the things counted before, no noun of its own
_COUNTED_BACK = re.compile(r"(?i)\bhow\s+many\s+of\s+(?:them|those|these)\b")


def _averaged_group(counted: str | None, text: str) -> str | None:
    """The group noun ("flock", "fleet") of an average sizing a group of the counted things, or None. GENERAL rule
    (session 31, #11): "we had an average fleet of about 2,150 tractors, of which roughly 640 ran on natural gas"
    counts tractors (the fleet's size over the period) and its parts; it is no per-unit average of another measure. Not
    an average with a rate after the things ("an average herd of 900 cows per farm", "... barrels a day"), nor one of
    other things than those counted, nor one counting years, months or other generic units (a length of time). ``counted`` None: the part counts "them", the things counted before."""
    for m in _AVERAGE_GROUP.finditer(text):
        noun = _noun(m.group(2).split()[-1])
        if noun in _GENERIC_COUNT or len(noun) < 3:
            continue  # "a weighted average period of 2.5 years": a length of time, no group of things
        if counted is None or noun == counted or any({noun, counted} <= g for g in _SAME_COUNT):
            return m.group(1)
    return None


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

"""Whose figure a quote gives: the subject a question narrows to must be the quote's subject (issue 11, session 8).

A quoted sentence or table row may state the asked measure and still be about another subject: the whole fleet
when one size class is asked, one region's row when the world's total is asked, the largest carrier when the top
eight together are asked, the residential price when the commercial one is asked. General rules, each with a test
on hand-written report sentences in ``tests/test_prose_subjects.py``:

- **A class bounded by a number is part of the subject** (``bound_class``, ``carries_bound``): "for ships of 17,000
  TEU and above", "firms with more than 250 employees", "contracts over $5 million" narrow the subject to a class
  whose bound is a figure; only a quote that states that bound (its text, a row's label) is about that class. "equal
  to 30% of the fleet in service" is the whole fleet's ratio.
- **The whole asked, a member's row is no answer** (``asks_whole``, ``member_row``): a question asking the world's,
  global, overall or total figure and naming no member is answered by a table's total row ("Total", "World", "All
  regions") or a row its own words name, never by a member's row ("Africa: 28, 29, 3.6").
- **A group asked is not one member** (``asked_group``, ``states_group``): "the eight biggest carriers", "the top three
  lessors", "the five largest banks combined" ask a group's figure; only a quote naming the group by its count ("Top
  eight", "the eight largest carriers") states it, never one member's sentence ("MSC ... ended the year with 21.3%").
- **The other party of a settlement asked must be the quote's** (``settled_party``, ``names_party``): "How much did it
  agree to pay public water systems to settle their claims?", "What did it pay under its settlement with the state
  attorneys general?" ask one deal, known by who is paid; a quote of a settlement with another party ("settled a
  lawsuit brought by the Ashgrove Water Authority for $35 million") is another deal's figure, so the quote (with its
  heading and the sentence before) must say every word naming the asked party (place names aside).
- **A contrasting qualifier must match** (``contrasted``): members of one contrast (residential / commercial /
  industrial / utility-scale, onshore / offshore, domestic / international, spot / contract, retail / wholesale,
  passenger / cargo, ...) are different subjects; a question naming one is not answered by a quote (with its heading,
  the sentence before and its report's title) that names another of the same contrast and not the asked one.
"""

from __future__ import annotations

import re

from ..text.counts import alternation, counting, number_words
from ..text.numbers import parse_numbers
from .measure_families import _stem

__all__ = ["asked_group", "asks_one_ranked", "asks_whole", "bound_class", "carries_bound", "company_worded_part",
           "contrasted", "group_owned", "member_row", "names_group", "names_party", "narrowed_elsewhere", "only_in_group", "another_owner",
           "rank_held_by_another", "says_part", "settled_party", "states_group"]

# ---- a class bounded by a number ------------------------------------------------------------------------------------
_NUM = r"(?:[$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_UNIT = r"(?:\s*(?:%|percent|trillion|billion|million|thousand|bn|mn|m|k)\b)?(?:\s+[A-Za-z][\w-]*){0,2}?"
_ABOVE = r"(?:above|over|more|larger|bigger|higher|greater|below|under|less|fewer|smaller|lower|up|beyond)"
# "17,000 TEU and above", "12,000 TEU or more", "250 employees or fewer"
_AND_ABOVE = re.compile(rf"(?i)(?<![\w.,]){_NUM}{_UNIT}\s+(?:and|or)\s+{_ABOVE}\b")
# "ships over 10,000 TEU", "firms with more than 250 employees", "of at least 5 MW", "between 3,000 and 7,999 TEU"
_BOUND_BEFORE = re.compile(rf"(?i)\b(?:over|above|under|below|exceeding|beyond|(?:more|larger|bigger|greater|less|fewer|"
                           rf"smaller)\s+than|at\s+least|at\s+most|up\s+to|between)\s+{_NUM}(?=\s*(?:[A-Za-z$€£]|-))")
_RANGE = re.compile(rf"(?i)(?<![\w.,]){_NUM}\s*[-–]\s*{_NUM}\s+[A-Za-z]")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")
# a bound that is a threshold of the asked change or share ("did sales grow more than 10%"), not a class
_AFTER_MEASURE = re.compile(r"(?i)\b(?:grow|grew|rise|rose|fall|fell|increase[sd]?|decrease[sd]?|decline[sd]?|by|"
                            r"exceed(?:ed|s)?|than|reach(?:ed)?|hit|top(?:ped)?)\s*$")


def _digits(raw: str) -> str:
    return raw.replace(",", "").rstrip("0").rstrip(".") if "." in raw else raw.replace(",", "")


def bound_class(question: str) -> tuple[str, ...]:
    """The numbers that bound a class the question narrows its subject to, as digits ("For the largest vessels,
    17,000 TEU and above, ..." -> ("17000",)); years and percentages (a threshold of a change or share asked: "did
    it grow by more than 10%") are no class bounds. Empty when the question sets none."""
    out: list[str] = []
    for rx in (_AND_ABOVE, _BOUND_BEFORE, _RANGE):
        for m in rx.finditer(question):
            raw = m.group(1)
            tail = question[m.end(1) : m.end(1) + 12]
            if _YEARISH.match(raw) or re.match(r"\s*(?:%|percent|per\s*cent|percentage|basis|points?|times|x\b)", tail, re.I):
                continue
            if rx is _BOUND_BEFORE and _AFTER_MEASURE.search(question[: m.start()][-25:]):
                continue  # "did revenue grow by more than 5 million": a threshold of the asked change
            out.append(_digits(raw))
    return tuple(dict.fromkeys(out))


def carries_bound(bounds: tuple[str, ...], text: str) -> bool:
    """Does ``text`` state every bound (``bound_class``) as a figure ("17,000 TEU and over" carries "17000")?"""
    said = {_digits(m.group(1)) for m in re.finditer(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)", text)}
    return all(b in said for b in bounds)


# ---- the whole asked ------------------------------------------------------------------------------------------------
_WHOLE_Q = re.compile(r"(?i)\b(?:world(?:['’]s)?|worldwide|world-wide|global(?:ly)?|overall|in\s+total|total|altogether|"
                      r"whole|entire|industry-wide|market-wide|all\s+(?:regions|countries|markets|states|segments|ports|"
                      r"operators|carriers|companies|producers|lanes))\b")
_TOTAL_LABEL = re.compile(r"(?i)\b(?:total|totals|world|worldwide|global|all|overall|sum|grand|aggregate|combined|"
                          r"industry|market|consolidated|top\s+\w+|\w+\s+largest)\b")
_STOP = frozenset("""the a an and or of in on at for to by from with as its their our his her this that these those
    what which who how much many was were is are did do does has have had be been will would total overall world
    world's global worldwide whole entire all""".split())


def asks_whole(question: str) -> bool:
    """Does the question ask the whole's figure: the world's, a global, overall or total one ("How many TEU passed
    through the world's container ports in 2025?")?"""
    return bool(_WHOLE_Q.search(question))


def _content(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z][a-z0-9&'’-]+", text.lower()) if w not in _STOP and len(w) > 2}


def member_row(question: str, label: str) -> bool:
    """Is a table row's ``label`` one member of the whole a question asks (``asks_whole``)? Yes when it is no total
    row ("Total", "World", "All regions", "Top eight") and none of its words is the question's ("Africa" for the
    world's port throughput); a row the question names ("Total revenue", "Port throughput") is not a member."""
    if not asks_whole(question) or _TOTAL_LABEL.search(label):
        return False
    return not _content(label) & _content(question)


# ---- a group asked --------------------------------------------------------------------------------------------------
_COUNT_WORDS = {**counting(2, 12), **number_words("fifteen", "twenty", "fifty", "hundred")}
_COUNT = r"(" + alternation(_COUNT_WORDS) + r"|\d{1,3})"
_RANKED = r"(?:largest|biggest|leading|top|major|main|highest|largest-\w+|biggest-\w+)"
_GROUP_Q = re.compile(rf"(?i)\b(?:the\s+|its\s+|their\s+)?(?:top[- ]{_COUNT}|{_COUNT}\s+{_RANKED})\b")
_MEMBER_OF = re.compile(r"(?i)\b(?:which|who|what|one|each|any|none)\s+(?:one\s+)?(?:of|among)\s+(?:the\s+|its\s+|their\s+)?$|"
                        r"\bamong\s+(?:the\s+|its\s+|their\s+)?$")


def asked_group(question: str) -> int | None:
    """The count of a group the question asks about as one subject ("the eight biggest carriers", "the top three
    lessors", "the top-10 banks" -> 8, 3, 10), or None."""
    m = _GROUP_Q.search(question)
    if m is None or _MEMBER_OF.search(question[: m.start()]) or re.search(r"(?i)^\s*(?:which|who)\b", question):
        return None  # "Which of the top three lessors grew fastest?", "Among the five largest banks, which ...": a member
    raw = (m.group(1) or m.group(2)).lower()
    n = _COUNT_WORDS.get(raw) or (int(raw) if raw.isdigit() else None)
    return n if n and n >= 2 else None


_ONE_RANKED = re.compile(r"(?i)\b(?:the|its|their|our|his|her|[\w&.-]+['’]s)\s+(?:single\s+)?"
                         r"(?:largest|biggest|leading|top|main)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")


def asks_one_ranked(question: str) -> bool:
    """Does the question ask about one holder ranked first ("its largest channel partner", "the biggest lessor"), not
    a group ("its ten largest customers", "its largest customers")?"""
    if asked_group(question) is not None:
        return False
    m = _ONE_RANKED.search(question)
    return m is not None and not re.search(r"(?:[^su]s|ies)$", m.group(1).lower())


def names_group(text: str) -> int | None:
    """The count of a ranked group ``text`` names ("our ten largest channel partners", "the top five"), or None."""
    m = _GROUP_Q.search(text)
    if m is None:
        return None
    raw = (m.group(1) or m.group(2)).lower()
    n = _COUNT_WORDS.get(raw) or (int(raw) if raw.isdigit() else None)
    return n if n and n >= 2 else None


def states_group(n: int, text: str) -> bool:
    """Does ``text`` name a group of ``n`` by its count beside a word that ranks or gathers ("Top eight", "the eight
    largest carriers", "the top 8", "8 biggest lines")?"""
    forms = [str(n)] + [w for w, v in _COUNT_WORDS.items() if v == n]
    count = "(?:" + "|".join(forms) + ")"
    near = r"(?:largest|biggest|leading|top|major|main|highest|first|combined|together|collectively)"
    return bool(re.search(rf"(?i)\b{near}[- ](?:\w+\s+)?{count}\b|\b{count}[- ](?:\w+\s+)?{near}\b", text))


# ---- contrasting qualifiers -----------------------------------------------------------------------------------------
# members of one contrast: a subject is one of them, and a quote naming another (not the asked one) is another's
_CONTRASTS: tuple[frozenset[str], ...] = tuple(frozenset(s.split()) for s in (
    "residential commercial industrial utility-scale",
    "commercial military defense defence",
    "onshore offshore",
    "domestic international overseas",
    "import imports export exports",
    "public private",
    "retail wholesale",
    "urban rural",
    "passenger cargo freight",
    "inbound outbound",
    "prepaid postpaid",
    "online in-store offline",
    "short-haul long-haul",
    "generic branded",
    "upstream downstream",
    "spot contract",
))
_TOKEN = re.compile(r"[a-z][a-z-]*[a-z]")


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower().replace("’", "'")))


def _without_names(said: str, names: "tuple[str, ...] | list[str]") -> str:
    """``said`` less the filer's own names ("Fabrikam Resorts International", "Contoso Commercial Inc."): a word of a
    company's name is no qualifier of what a quote is about. General rule (session 28): "international" in the
    registrant's name, its report's title, is no contrast with the "domestic" employees a question asks."""
    for name in sorted({n.strip() for n in names if n and len(n.strip()) > 2}, key=len, reverse=True):
        said = re.sub(rf"(?i)(?<![\w]){re.escape(name)}(?![\w])", " ", said)
    return said


def contrasted(question: str, said: str) -> bool:
    """Does ``said`` (a quote with its heading, the sentence before and its report's title) name another member of a
    contrast the question names one of, and not the asked one ("commercial rooftop solar" asked: "The median price
    of a residential system was $3.42 per watt")? A quote naming both, or neither, is not contrasted."""
    asked, there = _tokens(question), _tokens(said)
    for group in _CONTRASTS:
        mine = asked & group
        if not mine or len(mine) > 1:
            continue  # none asked, or the question names two members ("residential and commercial")
        if not mine & there and (group - mine) & there:
            return True
    return False


# ---- the other party of a settlement ------------------------------------------------------------------------------
_SETTLEMENT_Q = re.compile(r"(?i)\b(?:settle[sd]?|settling|settlements?|lawsuits?|litigation|suits?)\b")
_PARTY_END = r"(?=\s+(?:to|for|in|under|over|as|of|regarding|concerning|about|on|that|who|which)\b|\s*[,?;:]|\s*$)"
# "pay U.S. public water systems to settle", "paid to the plaintiffs", "its settlement with the state attorneys general"
_PARTY_Q = (
    re.compile(r"(?i)\bpa(?:y|ys|id|ying)\s+(?!(?:a|an|in|for|to|of|about|approximately|roughly|around|nearly|up|out|off|"
               r"back|down|over|under|the\s+total|total|its|their|dividends?|interest|cash|taxes?|fines?|damages|"
               r"penalt\w+|more|less|much|what|how)\b)(?P<p>(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,4}?)" + _PARTY_END),
    re.compile(r"(?i)\b(?:paid|payments?|pay|paying)\s+to\s+(?!(?:settle|resolve|end|cover|fund|close)\b)(?P<p>(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,4}?)" + _PARTY_END),
    re.compile(r"(?i)\bsettle(?:d|s|ment|ments)?\s+with\s+(?P<p>(?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,4}?)" + _PARTY_END),
)
# words that name no party: articles, possessives, a country's or nation's name written as an adjective
_NOT_PARTY = frozenset("the its their his her our certain various some all any u.s. us usa united states american "
                       "national nationwide".split())


def settled_party(question: str) -> frozenset[str]:
    """The words naming the other party of a settlement (settle, a lawsuit, litigation) a question asks about (stemmed: "How much did it agree to pay
    U.S. public water systems to settle their claims?" -> {public, water, system}); empty when the question asks no
    settlement or names no party."""
    if not _SETTLEMENT_Q.search(question):
        return frozenset()
    for rx in _PARTY_Q:
        m = rx.search(question)
        if m:
            words = [w for w in re.findall(r"[A-Za-z][\w.&'’-]*", m.group("p")) if w.lower() not in _NOT_PARTY]
            return frozenset(_stem(w) for w in words if len(w) > 2)
    return frozenset()


def names_party(party: frozenset[str], said: str) -> bool:
    """Does ``said`` (a quote with its heading and the sentence before) say every word naming the asked party?"""
    there = {_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", said)}
    return party <= there


# ---- a member asked, a group's figure -------------------------------------------------------------------------------
_NAME = r"[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*)*"
# "A, B and C", "A and B", "A, B, C": names enumerated as one subject (two joined by "and", or three and more by commas)
_ENUMERATION = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}|{_NAME}(?:\s*,\s*{_NAME}){{2,}}")
# a member named as one of a group: "the top three, including X", "led by X", "among them X", "such as X"
_MEMBER_OF_GROUP = re.compile(r"(?i)\b(?:including|incl\.|such\s+as|led\s+by|among\s+them|among\s+which|of\s+which)\s*$")
# words after a name that make its clause a group's: "X and its two nearest rivals together", "the top three hold"
_GATHERED = re.compile(r"(?i)\b(?:together|combined|collectively|jointly|between\s+them|as\s+a\s+group|altogether|"
                       rf"in\s+aggregate)\b|\b(?:the|its|their)\s+(?:top[- ]{_COUNT}|{_COUNT}\s+{_RANKED})\b")
_EACH = re.compile(r"(?i)\beach\b")
_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
_ASKS_TOGETHER = re.compile(r"(?i)\b(?:together|combined|collectively|jointly|between\s+them|in\s+total|altogether|"
                            r"in\s+aggregate)\b")


_CURRENCY_CODE = re.compile(r"EUR|USD|GBP|JPY|CHF|CNY|RMB|SEK|NOK|DKK|CAD|AUD|INR|KRW")


def _mentions(text: str, entities: frozenset[str] | set[str], question: str = "") -> list[tuple[int, int, bool]]:
    """Where ``text`` names an asked member (a capitalised word of ``entities``, lower case), each with whether that
    mention is one of a group's: inside an enumeration of names of which the question names only this one, or right
    after "including", "led by", "such as" ..."""
    if not entities:
        return []
    groups: list[tuple[int, int]] = []
    asked_groups: list[tuple[int, int]] = []  # enumerations naming two or more asked members: the asked subject
    for m in _ENUMERATION.finditer(text):
        if question and m.group(0).lower() in question.lower():
            # "do Lineage and Americold control", "the Energy and AI report": the question names these together (the
            # asked subject, or a title), no group that merely lists the asked member
            asked_groups.append((m.start(), m.end()))
            continue
        names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group(0))]
        # "EUR 24,500 in Belgium and GBP 19,800 in the UK": a currency code before an amount names no member
        names = [n for n in names if not _CURRENCY_CODE.fullmatch(n)]
        words = [[re.sub(r"['’]s$", "", w.lower()).strip(".,") for w in n.split()] for n in names]
        asked = [w for w in words if w and (w[0] in entities or all(x in entities for x in w))]
        if len(names) >= 2 and len(asked) == 1:
            groups.append((m.start(), m.end()))
        elif len(asked) >= 2:
            asked_groups.append((m.start(), m.end()))
    out = []
    for m in re.finditer(r"[A-Z][\w&.'’-]*", text):
        word = m.group(0).lower()
        if word.rstrip(".") not in entities and word.removesuffix("’s").removesuffix("'s") not in entities:
            continue
        if any(a <= m.start() < b for a, b in asked_groups):
            continue  # "How much do Lineage and Americold control?": "Lineage and Americold together control 40%"
        grouped = any(a <= m.start() < b for a, b in groups) \
            or bool(_MEMBER_OF_GROUP.search(text[max(0, m.start() - 30) : m.start()]))
        out.append((m.start(), m.end(), grouped))
    return out


def group_owned(question: str, text: str, at: int, entities: frozenset[str] | set[str]) -> bool:
    """Is the figure at ``at`` of ``text`` a group's that merely lists the asked member (``entities``: the question's
    names, lower case), not the member's own? Its subject is the nearest mention of the member before it (the first
    after it when none comes before: "38% of berths are operated by ... Harborline, Keelson and Quaymark"): a group's
    when that mention is one of a group, or when the words from it to the figure gather it into one ("together",
    "combined", "the top three"); "each" gives every member the figure, "respectively" one each in order (read by
    ``prose_respective``). False when the question asks
    the members together or names two of the group (``_mentions``)."""
    if _ASKS_TOGETHER.search(question):
        return False
    semi = text.find(";", at)
    if _RESPECTIVELY.search(text[at : semi if semi >= 0 else len(text)]):
        return False  # "14% and 6% ..., respectively": one each, in order (``prose_respective`` reads it)
    mentions = _mentions(text, entities, question)
    before = [m for m in mentions if m[1] <= at]
    if before:
        start, end, grouped = before[-1]
        between = text[end:at]
        if _EACH.search(between):
            return False  # "A and B each hold 20%": every member's figure
        return grouped or bool(_GATHERED.search(between))
    after = [m for m in mentions if m[0] >= at]
    return bool(after) and after[0][2]


def only_in_group(question: str, text: str, entities: frozenset[str] | set[str]) -> bool:
    """Does ``text`` name the asked member only as one of a group (``group_owned``'s groups) and give every figure it
    states to a group, none to the member ("A and B each hold 20%" gives A 20%)? Such a quote states no figure of the
    member."""
    if _ASKS_TOGETHER.search(question):
        return False
    mentions = _mentions(text, entities, question)
    if not mentions or not all(g for _, _, g in mentions):
        return False
    return all(group_owned(question, text, n.start, entities) for n in parse_numbers(text) if n.is_claim)


def narrowed_elsewhere(question: str, text: str, label: str = "", around: str = "", heading: str = "",
                       figure: bool = True, own_names: "tuple[str, ...] | list[str]" = ()) -> str:
    """Why a candidate is about another subject than the one the question narrows to ("" when it is not): ``text``
    the candidate's own words (a row: "label: values"), ``label`` a row's label, ``heading`` its heading or table
    caption, ``around`` the sentence before and its report's title; ``figure``: the part asks a figure (a group's
    count is read only then: "the two main reasons" is no group subject)."""
    bounds = bound_class(question)
    if bounds and not carries_bound(bounds, f"{text} {heading}"):
        return "a class bounded by a number asked, the quote does not state that bound"
    if label and member_row(question, label):
        return "the whole asked, a member's row"
    n = asked_group(question) if figure else None
    if n is not None and not states_group(n, text):
        return "a group asked, the quote does not name it"
    if contrasted(question, _without_names(f"{text} {heading} {around}", own_names)):
        return "another member of a contrast the question names"
    party = settled_party(question) if figure else frozenset()
    if party and not names_party(party, f"{text} {heading} {around}"):
        return "a settlement with another party than the one asked"
    # any named part when a figure is asked of a row (``label``: a statement or table line, whose label, caption and
    # heading say whose figure it is, so the company's "Total assets" is never a segment's); a sentence of the part's own
    # section need not repeat its name (subject and overlap scores weigh it), so there only session 30's reading holds
    part = named_part(question) if figure and label else company_worded_part(question, own_names)
    if part and not says_part(part, _without_names(f"{text} {label} {heading} {around}", own_names)):
        return "a named segment, division or business unit asked, the quote does not name it"
    # a sentence going on from the one before ("The decrease was primarily attributable to ...") is about that one's
    # owner: ``around`` opens with the sentence before
    owner_said = around if _GOES_ON.match(text) else text
    if not label and another_owner(named_part(question), owner_said, own_names, question):
        return "a named segment, division or business unit asked, the quote is another's by its possessive"
    return ""


# ---- a part named with a word of its company's name -----------------------------------------------------------------
# a segment, division or business unit named by its capitalised name before its kind ("HGLO's Propane segment", "the
# Marine Services division"); the name is the run of capitalised words right before the kind
_PART_NAME = re.compile(r"(?<![\w'’.&-])((?:[A-Z][\w&-]*\s+){1,4})(?=(?:reportable\s+|operating\s+)?"
                        r"(?i:segments?|divisions?|business\s+units?)\b)")
# capitalised words of a run that are no part of a part's name (a question's opening word, an article)
_NOT_PART_NAME = frozenset("the its their our his her this that these those each every both all any which what how why "
                           "when where who did does do was were is are has have had in for at of on by from to and or "
                           "total reportable operating define compute calculate name list give use using based "
                           "considering assume describe explain compare identify state".split())  # an imperative opening
# the question ("Define segment gross margin as ...") is no name


def named_part(question: str) -> tuple[str, ...]:
    """The words of the first part the question names (a segment, division or business unit, by its capitalised name
    before its kind: "Vegetable Seed" of "What were the total assets of PSGX's Vegetable Seed segment?"); () when it
    names none.

    General rule (session 31, #11, widening session 30's): a quote answers a question about a named segment, division
    or business unit only where it (its text, label, heading, the sentence before, its report's title; the company's
    own names taken out) says every word of the part's name. Session 30 held only names made of the company's words
    ("Propane" of "Hearthglow Propane") to this and left names with a word of their own to the overlap score, but a
    statement row ("Total assets: ...") shares the measure's words and the company's, and so outscored: the company's
    total, or another segment's figure, is never the named segment's."""
    for m in _PART_NAME.finditer(question.replace("’", "'")):
        words = tuple(w for w in re.findall(r"[a-z][a-z&-]*[a-z]", m.group(1).lower()) if w not in _NOT_PART_NAME)
        if words:
            return words
    return ()


def company_worded_part(question: str, own_names: "tuple[str, ...] | list[str]") -> tuple[str, ...]:
    """``named_part`` when every word of the part's name is a word of the company's own names ("Propane" of
    "Hearthglow Propane" in "What were the total assets of HGLO's Propane segment?"); () otherwise (session 30)."""
    own = _tokens(" ".join(n for n in own_names if n))
    words = named_part(question)
    return words if words and set(words) <= own else ()


def says_part(part: tuple[str, ...], said: str) -> bool:
    """Does ``said`` (a quote, its label, heading, the sentence before and its report's title, the company's own names
    taken out) say every word of the part's name (by stem)? General rule (session 30, #11): a part named with a word of
    its company's name ("Hearthglow Propane"'s "Propane segment") is the quote's subject only where the quote names the
    part itself; the company's name saying the word is no mention of the part, so the company's "Total assets" row or
    another segment's sentence is never the part's figure."""
    there = {_stem(w) for w in _tokens(said)}
    return all(_stem(w) in there for w in part)


# a sentence whose subject is a name's possessive ("RMS' net sales in 2025 decreased ...", "Aeronautics’ operating
# profit ...", "In 2025, Harbor Freight's revenue ..."): the owner of what it states
_OWNER_OPENING = re.compile(r"^\s*(?:(?:In|During|For)\s+[^,]{2,40},\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                            r"(?:['’]s\b|(?<=[sS])['’])\s+[a-z]")
# a sentence whose subject is the move the sentence before states ("The decrease was primarily attributable to ...",
# "This increase reflects ...")
_GOES_ON = re.compile(r"(?i)^\s*(?:the|this|these|such)\s+(?:[\w$%.,-]+\s+){0,2}?(?:increases?|decreases?|declines?|rises?|"
                      r"growth|changes?|improvements?|reductions?|drops?)\b")
_NOT_OWNER = _NOT_PART_NAME | frozenset("company corporation management group board firm segment segments division "
                                        "january february march april may june july august september october november "
                                        "december fiscal year quarter".split())


def another_owner(part: tuple[str, ...], text: str, own_names: "tuple[str, ...] | list[str]" = (),
                  question: str = "") -> bool:
    """Is a sentence about another owner than the named segment, division or business unit ``part`` (``named_part``)
    by the possessive opening it ("RMS' net sales in 2025 decreased $641 million ..." when the Space segment is
    asked)? Not when the owner is the part, the company (its own names, or a name the ``question`` says: "CarGurus's
    revenue includes ..." for "CarGurus's Marketplace segment" in a report on many companies) or a word naming no owner
    (a period, "The Company's"). General rule (session 32, #11): the possessive subject of a segment discussion's sentence says whose
    results it explains; a neighbouring segment's paragraph on the same page, worded like the asked one's, is never
    the asked segment's answer."""
    if not part:
        return False
    m = _OWNER_OPENING.match(text.replace("\u2019", "'"))
    if m is None:
        return False
    name = m.group("name")
    words = [w for w in re.findall(r"[a-z][a-z&-]*", name.lower())]
    if not words or re.search(r"\d", name) or any(w in _NOT_OWNER for w in words):
        return False
    own = _tokens(" ".join(n for n in own_names if n))
    if set(words) <= own | _tokens(question):
        return False  # the company's own name ("Contoso's net sales"), or the owner the question names
    return not {_stem(w) for w in words} & {_stem(w) for w in part}


# ---- a rank asked of one subject, held by another ------------------------------------------------------------------
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th)"
_RANK_WORD = r"(?:largest|biggest|leading|smallest|highest|lowest|fastest[- ]growing|most\s+\w+)"
_RANK = rf"(?:{_ORDINAL}[- ]|single\s+)?{_RANK_WORD}"
# "Was Greece the third-largest olive oil exporter ...?", "Is Contoso still the largest maker ...?"
_RANK_Q = re.compile(rf"^\s*(?:Was|Is|Were|Are|Did|Does|Has|Had)\s+(?P<subj>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,3}})"
                     rf"\s+(?:(?:still|again|now|also|really)\s+)?(?:the|its|their|[A-Z][\w.&-]*['’]s)\s+(?P<rank>{_RANK})\b")
_CLAUSE_CUT = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|yet)\b|,(?=\s)|\b(?:while|whereas|but)\b")
_CAPITAL_NAME = re.compile(r"(?<![\w'’])[A-Z][\w'’.&-]*")


def rank_held_by_another(question: str, text: str) -> bool:
    """Does a sentence give the rank a yes/no question asks of its subject to another subject and not to it ("Was
    Greece the third-largest exporter by value?": "..., and Tunisia stayed the third-largest exporter by value")? The
    clause stating the rank names someone else and never the asked subject. General rule (session 30, #11): a rank is
    held by one subject; a sentence saying another holds it never says yes of the asked one (its words all said, the
    subject aside), so it decides nothing."""
    m = _RANK_Q.search(question)
    if m is None:
        return False
    subj = {w.lower().rstrip("'’s") for w in m.group("subj").split()}
    rank = re.sub(r"[- \s]+", r"[- ]+", re.escape(m.group("rank").lower()).replace("\\ ", " ").replace("\\-", "-"))
    for r in re.finditer(rf"(?i)\b{rank}\b", text):
        cuts = [c.end() for c in _CLAUSE_CUT.finditer(text[: r.start()])]
        clause = text[(cuts[-1] if cuts else 0): r.start()]
        names = {w.lower().rstrip("'’s").rstrip(".") for w in _CAPITAL_NAME.findall(clause)} - {"the", "its", "their"}
        if names & subj:
            return False  # the asked subject holds it (or shares the clause)
        if names:
            return True
    return False

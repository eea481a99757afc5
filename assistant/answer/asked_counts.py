"""What a "how many" question counts: the counted noun (``_counted``, ``counted_said``, ``_counts_other``), the
state asked of a part of a whole (``_predicate``), the predicate of the counted noun (``_doing``,
``predicate_disagrees``), the words narrowing the asked measure's head (``_mods``, ``_NOT_MOD``) and the question's
period phrase (``_PERIOD_PHRASE``). Reads ``measure_families.py``.
"""

from __future__ import annotations

import re
from .measure_families import _compound, _stem, _words

__all__ = ["predicate_disagrees"]


# session 33 (#10): the whole's owner named before it ("how many of Fenwick Grocers' store associates", "how many of the
# company's vessels"): the owner's name is no word of the counted noun phrase
_OWNER = r"(?:the\s+)?(?:(?-i:(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)|company|firm|group)(?:['’]s|['’])"
_COUNTED_Q = re.compile(r"(?i)\bhow\s+many\s+(?:(?:new|net|more|additional|total|of\s+(?:its|their|the|" + _OWNER + r"))\s+)?"
                        r"(?:[a-z][a-z-]+\s+(?!(?:does|did|is|was|has|as|its|this|these|those|were|are)\b)){0,2}?"
                        r"(?!(?:was|is|has|does|its|this|his|as|us|thus|plus|less)\b)([a-z][a-z-]+(?<!s)s)\b")  # "how many telehealth visits": a modifier before the noun counted;
# "driverless", "wireless" (-ss) are modifiers, no plural: "how many driverless tractors" counts tractors; a word of
# grammar ending in s ("how many was it running", "how many has it closed") is no counted noun
# nouns that count the same things: a store count may be given in locations or outlets, staff in people
_SAME_COUNT = [{"store", "shop", "restaurant", "cafe", "location", "outlet", "unit", "branche", "branch", "site"},
               {"employee", "people", "person", "staff", "worker", "headcount"}]
_GENERIC_COUNT = {"unit", "item", "time", "case", "one", "other", "total", "more", "less", "year", "month", "week", "day",
                  "percent", "point", "basi"}


# a plural noun right after the one read ("gas stations", "news sites"): the first was a modifier ending in s, the
# noun phrase's head is the second
_HEAD_AFTER = re.compile(r"\s+(?!(?:was|is|has|does|its|this|his|as|us|thus|plus|less)\b)([a-z][a-z-]+(?<!s)s)\b"
                         r"(?=\s+(?:did|does|do|had|has|have|were|are|was|is|will|would|could|can|in|at|on|of|across|for|"
                         r"by|that|which|[a-z]+ed)\b|\s*[,?.;:]|\s*$)")


def _counted_at(question: str) -> tuple[int, str] | None:
    """Where the noun a "how many" question counts starts, and the noun: the head of the counted noun phrase ("how
    many gas stations did it run" counts stations; "gas" is its modifier)."""
    m = _COUNTED_Q.search(question)
    if m is None:
        return None
    head = _HEAD_AFTER.match(question, m.end(1))
    return (head.start(1), head.group(1)) if head else (m.start(1), m.group(1))


# "how many units of corn seed", "how many units of tractors": units of a named thing (session 31, #11)
_UNITS_OF = re.compile(r"(?i)\bhow\s+many\s+units\s+of\s+((?:[a-z][a-z-]*\s+){0,4}?[a-z][a-z-]*)"
                       r"(?=\s+(?:did|does|do|were|was|are|is|has|have|had|will|would|in|at|for|during|by|sold|shipped)\b|"
                       r"\s*[,?.;]|\s*$)")


def _counted(question: str) -> str | None:
    at = _counted_at(question)
    noun = _noun(at[1]) if at else None
    if noun == "unit" and (of := _UNITS_OF.search(question)):
        # General rule (session 31, #11): "how many units of <thing>" counts units of that thing: a figure counting
        # another plural ("0.4 million shares", "140,000 seeds" in a bag's definition) is no answer. The thing's head
        # when it is a plural ("units of tractors": tractors, which the units are), else the units themselves
        head = of.group(1).split()[-1].lower()
        return _noun(head) if head.endswith("s") and not head.endswith("ss") else "unit"
    return None if noun in _GENERIC_COUNT else noun  # "how many a year": no counted noun read


def counted_said(question: str, said: str) -> bool:
    """Does ``said`` (a table row's label, caption, unit line and note) say every word narrowing the things a "how
    many" question counts ("how many refurbished garden robots" -> refurbished, garden)? A row of a table of all
    robots counts another class than the refurbished ones. True when the question counts no narrowed noun."""
    at = _counted_at(question)
    if at is None:
        return True
    start = re.search(r"(?i)\bhow\s+many\b", question[: at[0]]).end()
    mods = [w for w in re.findall(r"[a-z][a-z-]+", question[start : at[0]].lower()) if w not in _NOT_MOD]
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
    # (up to two words before the noun: "11 collective bargaining agreements" counts agreements)
    return bool(re.match(r"\s*(?:[a-z-]+\s+){0,2}[a-z-]+s\b", after.lower()))


# the object of "employ" is staff, whatever the filer calls them ("we employed approximately 15,900 associates",
# "employs about 2,300 team members"): a count of employees asked is tied to it
# the hedges a filer puts before a count ("approximately 9,800", "a total of 412"), read by every count pattern here
_HEDGE = r"(?:(?:a\s+total\s+of|approximately|about|roughly|some|over|more\s+than|nearly|around|almost)\s+)?"
_EMPLOYED = re.compile(rf"(?i)\bemploy(?:ed|s|ing)?\s+{_HEDGE}$")


def employed_count(counted: str, before: str) -> bool:
    """Does the figure after ``before`` count staff as the object of "employ", with staff asked (``_SAME_COUNT``)?"""
    return counted in _SAME_COUNT[1] and bool(_EMPLOYED.search(before))


def employs_staff(before: str, after: str) -> bool:
    """Is a figure the object of "employ" counting staff ("we employed over 48,000 colleagues", "employs about 1,200
    people")? A workforce's size asked in other words ("How large was its workforce?") is that figure (session 28)."""
    return bool(_EMPLOYED.search(before)) and staff_counted(before, after)


# a count of staff asked, whatever the plural ("how many people / employees / staff did it employ", "its headcount")
_STAFF_ASKED = re.compile(r"(?i)\bhow\s+many\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|employees|staff|workers|personnel|"
                          r"associates|team\s+members|colleagues)\b|\bhow\s+many\b[^?]*\bemploy(?:s|ed)?\b|\bheadcount\b|"
                          r"\bnumber\s+of\s+(?:full-time\s+)?(?:employees|staff|workers|people)\b")
# what a count of staff is written in: the staff nouns of ``_SAME_COUNT`` and other names filers give their people
_STAFF_NOUNS = _SAME_COUNT[1] | {"personnel", "associate", "member", "colleague", "team", "fte", "crew"}
_STAFF_BEFORE = re.compile(r"(?i)\b(?:employ(?:s|ed|ing)?|headcount|workforce|staff|employees|people|personnel|hired|"
                           r"associates|team\s+members)\b[^.;]{0,60}$")


def staff_asked(question: str) -> bool:
    """Does the question ask how many people a company employs ("how many people did it employ", "headcount")?"""
    return bool(_STAFF_ASKED.search(question))


# the words a filer states its headcount in ("As of December 31, 2025, we had approximately 9,400 full-time employees";
# "At year-end the Company employed 41,200 people"), searched for when the pages first found state none
STAFF_QUERY = "employees we employed approximately people full-time employees as of human capital workforce"


def staff_query(question: str) -> str | None:
    """The search text for the sentence stating a filer's headcount, when the question asks one; else None."""
    return STAFF_QUERY if staff_asked(question) else None


_COUNT = re.compile(r"(?<![\d,.$])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)|(?<![\d,.$])\d{2,6}(?![\d,%]|\.\d)")


def states_headcount(text: str) -> bool:
    """Does ``text`` state a count of the company's people (``headcount_figure``: "we employed approximately 9,800
    people", "2,400 full-time employees")?"""
    return any(headcount_figure(text[max(0, m.start() - 80):m.start()], text[m.end():m.end() + 60])
               for m in _COUNT.finditer(text))


# A count asked with a verb that says WHICH of the things are counted (session 27, #10): held as owned, leased or
# rented, or moved in the period as opened, closed, acquired or built ("and how many of those plants does it own
# outright?", "how many outlets did it shut down or close in 2025?"). General rule: such a count is answered only by a figure whose own clause
# carries that verb (the stretch before it back to the clause's start or the figure before it: "We own 36 and lease
# five of these plants"; or a participle right after it: "36 owned", "five plants are leased"). A figure whose clause
# says another verb ("the company ran 41 manufacturing plants", "we ended the year with 1,200 stores") counts all of them.
_TENURE = {"own": r"own(?:s|ed|ing)?", "lease": r"leas(?:e|es|ed|ing)", "rent": r"rent(?:s|ed|ing)?",
           "open": r"open(?:s|ed|ing|ings)", "close": r"clos(?:e|es|ed|ings?|ures?)",
           "acquire": r"acqui(?:re|res|red|ring|sitions?)", "build": r"buil(?:d|ds|t|ding)"}
_TENURE_ASKED = re.compile(r"(?i)\bhow\s+many\b[^?;]*?\b(?:did|does|do|will|would|has|have|had|to)\s+(?:[\w&'’.-]+\s+){0,4}?"
                           r"(own|lease|rent|open|close|acquire|build)\b|\bhow\s+many\b[^?;]*?\b(?:are|were|is|was)\s+"
                           r"(?:[a-z]+\s+)?(owned|leased|rented|opened|closed|acquired|built)\b")
_BASE = {"owned": "own", "leased": "lease", "rented": "rent", "opened": "open", "closed": "close", "acquired": "acquire",
         "built": "build"}


def asked_tenure(question: str) -> frozenset[str]:
    """The verbs saying which of the counted things a "how many" question asks ("how many of those plants does it own
    outright?" -> {own}; "how many does it own or lease?" -> {own, lease}; "how many were leased?" -> {lease}); empty when none."""
    m = _TENURE_ASKED.search(question)
    if m is None:
        return frozenset()
    if m.group(1) and re.search(r"(?i)\b(?:have|has|had|keep|keeps|kept|still)\s+$", question[: m.start(1)]):
        return frozenset()  # "how many shops did it still have open": a state (open, not closed), no verb selecting them
    first = m.group(1).lower() if m.group(1) else _BASE[m.group(2).lower()]
    # "own or lease": each side of the contrast is asked
    more = re.findall(r"(?i)\b(?:versus|vs\.?|or|and)\s+(own|lease|rent|open|close|acquire|build|owned|leased|rented|"
                      r"opened|closed|acquired|built)\b", question[m.end():])
    return frozenset({first, *(_BASE.get(v.lower(), v.lower()) for v in more)})


def other_tenure(question: str, before: str, after: str) -> bool:
    """Does the figure between ``before`` and ``after`` count other things than the ones the question's verb selects
    (``asked_tenure``): its own clause carries no form of that verb (of any, for a contrast asked)? False when the
    question asks no such verb."""
    verbs = asked_tenure(question)
    if not verbs:
        return False
    rx = "|".join(_TENURE[v] for v in sorted(verbs))
    own_stretch = re.split(r"[;:.]|,\s|\d", before)[-1]
    if re.search(rf"(?i)\b(?:{rx})\b", own_stretch):
        return False
    return not re.match(rf"(?i)\s*(?:[a-z-]+\s+){{0,3}}?(?:(?:are|were|is|was|being)\s+)?(?:{rx})\b", after)


# A count part referring back to a headcount (session 27, #10): "How many employees did it report; how many of them
# worked in Canada; and about how many are union members?" The later parts count no noun of their own; they count the
# people the part before counts. General rule: such a part is read with that noun put in ("how many of the employees
# worked in Canada"), so that a figure counting things ("ran 120 stores in all: 25 in Canada") does not answer it.
_BACK_COUNT = re.compile(r"(?i)\bhow\s+many\s+(?:of\s+(?:them|those|these)\b|(?=(?:were|are|was|is|had|have|has)\b))")


def counted_back(part: str, question: str) -> str | None:
    """``part`` with the noun counted before it in ``question`` in place of its back reference ("how many of them worked
    in Canada" -> "how many of the employees worked in Canada"); None when the part counts a noun
    of its own, refers to nothing counted before it, or ``question`` does not hold it."""
    m = _BACK_COUNT.search(part)
    at = question.find(part)
    if m is None or at <= 0:
        return None
    earlier = question[:at]
    last = None
    for q in _COUNTED_Q.finditer(earlier):
        head = _HEAD_AFTER.match(earlier, q.end(1))
        last = head.group(1) if head else q.group(1)
    if last is None or _noun(last) not in _STAFF_NOUNS:
        # only a headcount before: "how many of them" after a count of things may count a class of them another way
        # ("how many of them are leased" after depots: the leases), read as before
        return None
    return f"{part[: m.start()]}how many of the {last} {part[m.end():].lstrip()}"


def staff_counted(before: str, after: str) -> bool:
    """Is a figure a count of staff: a staff noun among the four words after it ("12,400 full-time employees"), or a
    word of employment shortly before it in its clause ("our workforce numbered about 5,200")? General rule: a number
    that counts no staff (the weeks of a "52- or 53-week year", a footnote's "(1)") answers no headcount."""
    words = re.findall(r"[a-z][a-z-]*", after.lower())[:4]
    return any(_noun(w) in _STAFF_NOUNS or w.startswith("employ") for w in words) or bool(_STAFF_BEFORE.search(before))


# a headcount: the object of "employ", a count of a clause's staff ("of whom 6,100 were engineers" counts people), or a
# number right before a staff noun ("12,400 full-time employees"); "people" alone may count customers or passengers
_HEADCOUNT_AFTER = re.compile(r"(?i)\s*(?:(?:full|part)-time\s+|permanent\s+|salaried\s+|hourly\s+)?(?:employees|"
                              r"staff|workers|personnel|associates|team\s+members|colleagues|ftes?|full-time\s+equivalents)\b")
_OF_WHOM = re.compile(rf"(?i)\bof\s+whom\s+{_HEDGE}$")
# each later item of the list an "of whom" clause opens counts the same people ("of whom approximately 7,900 worked in
# company-operated restaurants and approximately 500 in our support center": 500 people, never 500 restaurants)
_OF_WHOM_ITEM = re.compile(rf"(?i)\bof\s+whom\b[^.;:()]*(?:,|\band)\s+{_HEDGE}$")


def headcount_figure(before: str, after: str) -> bool:
    """Is the number between ``before`` and ``after`` a count of the company's people: the object of "employ" ("we
    employed approximately 9,800 people"), the part of its staff after "of whom" and each later item of that clause's
    list, or a number right before a staff noun ("2,400 full-time employees")?"""
    return bool(_EMPLOYED.search(before) or _OF_WHOM.search(before) or _OF_WHOM_ITEM.search(before)
                or _HEADCOUNT_AFTER.match(after))


_NOT_THINGS = frozenset("time year month week day percent point basi one other more less total".split())
_PEOPLE_Q = re.compile(r"(?i)\b(?:engineers?|mechanics?|technicians?|nurses?|doctors?|drivers?|pilots?|teachers?|agents?|"
                       r"advis[eo]rs?|consultants?|scientists?|researchers?|people|persons?|members?|union)\b")


_COUNTED_BEFORE_VERB = re.compile(r"(?i)\bhow\s+many\s+(?:[\w-]+\s+){0,5}?([a-z][a-z-]+(?<!s)s)\s+(?:did|does|do|were|was|are|"
                                  r"is|has|have|had|will|would)\b")


def counts_things(question: str) -> bool:
    """Does a "how many" question count things that are not people on a payroll ("how many new elevator units did
    it install", "how many stores did it open")? Not a question asking staff (``staff_asked``) or naming people of a
    trade ("how many engineers", "how many union members": counted among the staff), nor a count of times or
    periods."""
    at = _counted_at(question)
    if at is None:  # "how many new lift and escalator units did it install": the plural before the verb
        m = _COUNTED_BEFORE_VERB.search(question)
        at = (m.start(1), m.group(1)) if m else None
    if at is None or staff_asked(question) or _PEOPLE_Q.search(question):
        return False
    noun = _noun(at[1])
    return noun not in _NOT_THINGS and noun not in _STAFF_NOUNS


# "... negotiating five new agreements, which would cover approximately 400 employees", "two plants, covering about 900
# workers": a count inside a clause that says which of the things another noun covers, applies to or affects
_COVERED_BY = re.compile(r"(?i)\b([a-z][a-z-]+s),?\s+(?:(?:which|that)\s+(?:(?:would|will|could|may|might|are\s+expected\s+to|"
                         r"is\s+expected\s+to)\s+)?(?:cover|covers|covered|represent|represents|include|includes|affect|"
                         r"affects|apply\s+to|applies\s+to)|covering|representing|affecting)\s+(?:(?:a\s+total\s+of|"
                         r"approximately|about|roughly|some|around|nearly|almost|up\s+to|over|more\s+than)\s+)?$")


def covered_count(counted: str, before: str) -> bool:
    """Does the figure after ``before`` count the part of the asked things that another plural noun covers ("five
    agreements, which would cover approximately 400 employees": the employees those agreements cover, not the
    company's)? General rule: a count that is the object of a clause describing another noun's reach is that noun's
    scope, a subset, never the whole asked."""
    m = _COVERED_BY.search(before)
    if m is None:
        return False
    noun = _noun(m.group(1))
    return noun != counted and not any({noun, counted} <= g for g in _SAME_COUNT)


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


# session 33 (#10): the whole may be named with its owner's name before it ("how many of Calder Thermal Products'
# employees were represented by unions", "how many of Contoso's stores are franchised"): the name's words are no words
# of the counted noun phrase, so a long name no longer hides the state asked
_PREDICATE_Q = re.compile(r"\b(?i:how\s+many\s+of)\s+(?i:its\s+|their\s+|the\s+)?"
                          r"(?:(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*(?:['’]s|['’])\s+)?(?i:[\w'’-]+\s+){0,3}?"
                          r"(?i:were|are|was|is)\s+((?i:[a-z][\w-]*(?:\s+(?:and|or)\s+[a-z][\w-]*)?))"
                          # session 33 (#10): a passive's agent names the state too ("were represented by labor unions",
                          # "are operated by franchisees"): its words are asked as well (the participle alone may be
                          # a word of no content, "represented")
                          r"(?:\s+(?i:by)\s+((?i:(?:the\s+|a\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})))?")


def _predicate(question: str) -> frozenset[str]:
    """The state a count question asks of a part of a whole ("How many of its outlets were company-run?" ->
    company-run); a question that is not partitive ("How many kilns were sold?") asks none."""
    m = _PREDICATE_Q.search(question)
    if m is None:
        return frozenset()
    agent = _PERIOD_PHRASE.sub("", m.group(2) or "")
    agent = re.split(r"(?i)\s+(?:at|in|on|as|during|for|by|since|through)\b", agent)[0]
    return frozenset(w for w in _words(f"{m.group(1)} {agent}") if w not in {"there", "open", "in", "at"})


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


def predicate_disagrees(doing: tuple[str, ...], after: str, counted: str | None = None) -> bool:
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
    # the verb starts after the counted noun ("2.45 million used vehicles that were bought online": "used" is the
    # noun's own word, no verb). GENERAL rule (session 28, #11): a modifier of the counted noun is never its predicate
    noun = next((i for i, w in enumerate(toks[:j]) if counted and _stem(w) == _stem(counted)), -1)
    start = next((i for i, w in enumerate(toks[:j]) if i > noun and (_VERB_START.match(w) or w in _USING)), None)
    if start is None:
        return False  # "9.4 million adults with oral appliances": no verb of their own
    said = _action(toks[start:j])
    shared = set(toks[start:]) & set(doing)
    qj = next((i for i, w in enumerate(doing) if w in shared and _stem(w) in mine), len(doing))
    asked = _action(list(doing[:qj]))
    return bool(said) and not said <= asked

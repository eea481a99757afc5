"""What a share question asks: a share of a measure (``asks_share``, ``asks_portion``), its part (``share_part``,
``misses_share_part``), the state asked of a whole's members (``share_state``), and the part a "how much of <whole>
came from <part>" question asks (``portion_part``). Reads the modules before it.
"""

from __future__ import annotations

import re
from .measure_families import FAMILIES, MEMBER_FAMILIES, _families, _stem, _words
from .asked_counts import _ASKING_AUX, _PERIOD_PHRASE

__all__ = ["asks_portion", "asks_share", "misses_share_part", "share_state", "share_part", "state_words"]


_PORTION_Q = re.compile(r"(?i)\bhow\s+much\s+of\s+(?:[\w'’.&-]+\s+){0,4}?(?:%s)\b" % "|".join(FAMILIES.values()))
_SHARE_Q = re.compile(r"(?i)(?<!\bby\s)\b(?:what|which)\s+(?:share|percentage|percent|proportion|portion|fraction)\b"
                      r"(?!\s+(?:change|increase|decrease|decline|growth|rise|fall|drop|points?|did|does|do|will|would|"
                      r"could|can|was|were|is|are)\b)|"
                      r"\bas\s+a\s+(?:share|percent(?:age)?)\s+of\b|['’]s?\s+share\s+of\b|"
                      # "How large was its loan-loss provision relative to contract sales?": one figure over another,
                      # never either figure's level (a period after "relative to" is a comparison of periods)
                      r"\b(?:relative|in\s+relation|in\s+proportion)\s+to\s+(?!(?:the\s+|a\s+|its\s+)?(?:prior|previous|"
                      r"last|same|year|quarter|period|fiscal|first|second|third|fourth|Q[1-4]|FY|H[12]|\d{4})\b)")
_PART_Q = re.compile(r"(?i)\b(?:(?:went|go|goes|gone)\s+(?:on|to|into)|(?:came|come|comes|was|were|is|are)\s+(?:from|generated\s+by|derived\s+from|"
                     r"accounted\s+for\s+by|contributed\s+by|attributable\s+to))\s+(.+?)(?=\s+(?:in|during|for|at|as\s+of)\s+"
                     r"(?:the\s+)?(?:fiscal\s+|calendar\s+|first|second|third|fourth|q[1-4]|fy|\d)|[?,]|$)|"
                     r"\bdid\s+(.+?)\s+(?:account\s+for|represent|make\s+up|contribute|generate|take)\b")


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"


# "Of Harbor's total inventories at year-end, how much was paid for by vendors?", "Of its debt, what part was owed to
# related parties?": the whole said first in an "of" phrase, then "how much" / "what part" of it. General rule: a share
# of that whole, never the whole's level (its part is the predicate after the asking words, ``_OF_LEAD_PART``)
_OF_LEAD = re.compile(r"(?i)(?:^|[.;:?!]\s+)of\s+(?:the\s+|its\s+|their\s+|(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s?\s+)"
                      r"(?:[\w-]+\s+){0,5}?(?:%s)\b[^?;]{0,80}?,\s*(?:how\s+much|what\s+(?:part|amount|sum|share|"
                      r"portion|proportion|fraction|percentage|percent))\b" % "|".join(FAMILIES.values()))
_OF_LEAD_PART = re.compile(r"(?i),\s*(?:how\s+much|what\s+[a-z]+)\s+(?:of\s+(?:it|that|this|them)\s+)?(?:was|were|is|are|"
                           r"had\s+been|has\s+been|have\s+been)\s+(.+?)(?=\s+(?:in|during|for|at|as\s+of)\s+(?:the\s+)?"
                           r"(?:fiscal\s+|calendar\s+|first|second|third|fourth|q[1-4]|fy|end|year|\d|%s)|[?,;]|$)" % _MONTHS)
# a passive predicate says the part by its agent: "was financed by its suppliers", "were funded through trade payables",
# "was paid for by vendors", "was owed to related parties", "was held on consignment" (the verb alone says no part);
# only a verb of money moving or held (a share of people "covered by" or "represented by" unions keeps its state words)
_PASSIVE_PART = re.compile(r"(?i)\b(?:was|were|is|are|been)\s+(?:financed|refinanced|funded|paid|paid\s+for|owed|borrowed|"
                           r"lent|spent|earned|generated|provided|supplied|held|sold|bought|purchased|incurred|borne|"
                           r"backed|secured|guaranteed|invested|raised|issued)\s+(?:for\s+)?(?:by|through|via|with|to|"
                           r"on|under|from|in|at)\s+(.+?)(?=\s+(?:in|during|for|at|as\s+of)\s+(?:the\s+)?(?:fiscal\s+|"
                           r"calendar\s+|first|second|third|fourth|q[1-4]|fy|end|year|\d|%s)|[?,;]|$)" % _MONTHS)


# "how much of its store base is franchised": the share of a whole in a state
_PORTION_STATE = re.compile(r"(?i)\bhow\s+much\s+of\s+(?:its|the|their|[\w.&'’-]+['’]s?)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:is|are|was|were)\s+(?:now\s+)?([a-z][\w-]*)")


def asks_share(question: str) -> bool:
    """Does the question ask a share of a measure ("What share of revenue came from ...", "How much of its net sales
    came from Europe")? Its answer is never the measure's own level."""
    return bool(_SHARE_Q.search(question) or _PORTION_Q.search(question) or _PORTION_STATE.search(question)
                or _OF_LEAD.search(question))


def asks_portion(question: str) -> bool:
    """Does the question ask how much of a measure went to a part ("How much of its labour spending went on contract
    labour?")? That is a share of the measure, which a percentage answers."""
    return bool(_PORTION_Q.search(question))


def share_part(question: str) -> frozenset[str]:
    """The stems of the part a share question asks about ("What share of revenue came from travel nursing in 2024?"
    -> {travel, nursin}); empty when it asks none."""
    state = _PORTION_STATE.search(question)
    lead = _OF_LEAD.search(question)
    if state is not None or lead is not None:
        # "how much of its store base is franchised" -> franchised; "how much of its inventory was financed by its
        # suppliers" -> suppliers; "Of its inventories, how much was paid for by vendors?" -> vendors: the agent a
        # passive verb names, else the state (the verb "paid" alone is said of many figures, the agent names the part)
        # (a share of people in a state, "represented by labor unions", keeps its state words: ``share_state``)
        agent = None if share_state(question) else _PASSIVE_PART.search(question, lead.start() if lead is not None
                                                                         else state.start())
        said = (_OF_LEAD_PART.search(question, lead.start()) if lead is not None else None)
        came = _PART_Q.search(question, lead.start()) if lead is not None else None
        if agent is not None:
            words = set(_words(_SET_ASIDE.sub(" ", agent.group(1))))
        elif came is not None:  # "Of its 2024 revenue, what share came from Canada?" -> canada
            words = set(_words(_SET_ASIDE.sub(" ", came.group(1) or came.group(2) or "")))
        elif said is not None:
            words = set(_words(said.group(1)))
        else:
            words = set(_words(state.group(1))) if state is not None else set()
        return frozenset(w for w in words if not re.fullmatch(r"\d+", w))
    if not _SHARE_Q.search(question) and not _PORTION_Q.search(question):
        return frozenset()
    m = _PART_Q.search(question) or (None if share_state(question) else _PASSIVE_PART.search(question))
    if m is None:
        return frozenset()
    part = _SET_ASIDE.sub(" ", m.group(1) or (m.group(2) if m.re is _PART_Q else "") or "")
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


# one state of a company's people said in its several filers' phrasings: "unionized", "represented by (labor) unions",
# "members of a union", "belong to a trade union", "covered by collective bargaining agreements" all say the staff
# counted are under union representation (never "non-union", its opposite, nor a name: "the European Union", "Union
# Pacific", a singular capitalised "Union", is no union of staff). Each is read as the one word
# "unionized", in the question's state and in the sentence's words alike (``state_words``).
_UNION_STATE = re.compile(
    r"(?i)(?:\b(?:represented|covered|organi[sz]ed)\s+by\s+|\bmembers?\s+of\s+|\bbelong(?:s|ed|ing)?\s+to\s+|"
    r"\b(?:subject|party|parties)\s+to\s+|\bin\s+|\bunder\s+)?(?:an?\s+|the\s+|one\s+or\s+more\s+)?"
    r"(?:(?<![\w-])(?:(?:labou?r|trade)\s+)?(?-i:unions?|Unions)(?:\s+members?(?:hip)?)?|(?<![\w-])unioni[sz]ed|"
    r"\bcollective(?:ly)?\s+(?:bargain(?:ing|ed)\s+|labou?r\s+)?(?:agreements?|contracts?|units?|bargaining))\b")


# the staff's sex said as an adjective or a noun: "is female" and "women made up 27%" say one state
_WOMEN = re.compile(r"(?i)\b(?:female|women|woman)\b")
_MEN = re.compile(r"(?i)\b(?:male|men|man)\b")


def state_words(text: str) -> set[str]:
    """The stems of a text's words with a state of a company's people said in one word whatever its phrasing
    ("45% of our workforce was represented by unions" -> {..., unioni}): where a share's state (``share_state``) is
    looked for. General rule: a state said in another filer's words is the same state."""
    return _words(_MEN.sub(" men ", _WOMEN.sub(" women ", _UNION_STATE.sub(" unionized ", text))))


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
    if at is None or {f for f, _, _ in _families(" ".join(words[:at]))} - MEMBER_FAMILIES \
            or any(w.lower() in _ASKING_AUX for w in words[:at]) or any(w[:1].isupper() for w in words[1:at]):
        # no predicate; a share of a measure ("what share of revenue was recurring"); a verb of another subject ("did
        # US data centres use", "the homes Ridgecrest closed"). A measure counting people is a whole of members in a
        # state like any other ("what share of its employees are unionised": not any percentage of the headcount;
        # session 29)
        return frozenset()
    return frozenset(w for w in state_words(" ".join(x for x in words[at:] if x.lower() not in _STATE_FRAME))
                     if w not in ("are", "were", "was", "have", "had", "has"))


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

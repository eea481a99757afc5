"""A narrower measure is not answered by the broader total (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_measures.py``):

- **The words that narrow an asked measure** (``narrowing``): the words after it that say which part ("spend on
  pet grooming" -> pet, grooming; "operating income of its online channel" -> online, channel; "revenue from
  subscriptions" -> subscriptions; "sales in its Outdoor segment" -> outdoor), up to the next preposition, a year or
  the end; determiners, possessives and the question's frame are not part of it.
- **A half-year asked is named** (``asked_half``, ``names_half``): "in the first half of 2025", "in H1 2025", "for the
  six months to June" is answered only by a sentence naming that half (a full year's figure is another period's).
- **Every narrowing word is said where the figure is** (``says_narrowing``): "Households spent $90 billion on
  their pets in 2024" does not answer "How much did households spend on pet grooming?": grooming is not said. The
  candidate's heading, table caption and report title may say them (a table "Grooming spend by channel").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.months import MONTH_OR_ABBR
from ..text.stems import word_folded

__all__ = ["asked_half", "names_half", "names_other_thing", "narrowing", "says_narrowing", "states_part"]

_MEASURE = (r"spend|spent|spending|expenditures?|revenues?|sales|income|profits?|earnings|margins?|capacity|demand|"
            r"output|production|shipments|volumes?|prices?|costs?|investments?|capex|purchases|orders|bookings|"
            r"premiums|deposits|loans|employees|headcount|share|market|payments|fees")
_AFTER = re.compile(rf"(?i)(?=\b(?:{_MEASURE})\s+(?:on|of|from|for|in|at|through|via)\s+((?:[\w&'’-]+\s*){{1,5}}))")
# in a report's sentence a figure may stand between: "spent $90 billion on their pets"
_AFTER_FIGURE = re.compile(rf"(?i)(?=\b(?:{_MEASURE})\s+(?:(?:about|some|nearly|almost|around)\s+)?[$€£]?\d[\d.,]*\s*"
                           r"(?:trillion|billion|million|thousand|bn|m)?\s+(?:on|of|from|for|through|via)\s+((?:[\w&'’-]+\s*){1,5}))")
_STOP = frozenset("""the a an its their our his her this that these those all total overall each every other any
    world world's global worldwide whole entire
    company company's group firm business year fiscal quarter first second third fourth half segment segments channel
    channels brand brands division divisions unit units line lines category categories region regions market markets
    operations""".split())
_END = re.compile(r"(?i)^(?:in|of|for|on|at|by|from|to|during|since|over|and|or|than|as|with|was|were|is|are|did|does|"
                  r"do|has|have|had|will|would|compared|versus|vs|per|between|(?:19|20)\d\d|q[1-4]|fy\d*|came|come|comes|"
                  r"went|rose|fell|grew|made|make|makes|earned|generated|totall?ed|reached|next|last|previous|prior|"
                  r"coming|this|expected|planned|forecast|according|said|say|says|end|year-end|"
                  # examples of the thing follow ("power tool accessories such as drill bits"): the thing's name ends
                  # before them (session 30)
                  r"such|like|including|e\.g|excluding|" + MONTH_OR_ABBR + r")$")
# "Revenues related to these manufacturing activities totaled $320 million", "sales attributable to the acquired
# brands were ...": the measure of one activity, source or kind of work, a part of the measure and never its total
_PART_OF_OWN = re.compile(rf"(?i)\b(?:{_MEASURE})\s+(?:(?:that\s+(?:is|are|was|were)\s+)?(?:related|relating|"
                          r"attributable|associated|linked)\s+(?:to|with)|derived\s+from|generated\s+(?:by|from))\s+\S")
_KIND = re.compile(r"(?i)^(?:segment|channel|brand|division|unit|line|business|subsidiary|label|store|stores)s?$")
_MEASURE_WORD = re.compile(rf"(?i)^(?:{_MEASURE}|capital|expenditures?|investment|assets)$")


_HALF = re.compile(r"(?i)\b(?:(first|second)\s+half|h([12])|(?:the\s+)?six\s+months|half[- ]year|1h|2h|interim)\b")


def asked_half(question: str) -> str | None:
    """The half-year a question asks about ("first half", "H1", "six months") as "1" or "2" ("" when it does not
    say which), or None when it asks none."""
    m = _HALF.search(question)
    if m is None:
        return None
    which = (m.group(1) or "").lower()
    return "1" if which == "first" or m.group(2) == "1" else "2" if which == "second" or m.group(2) == "2" else ""


def names_half(question: str, text: str) -> bool:
    """Does ``text`` name the half-year the question asks (the same one when the question says which)? True when
    the question asks none."""
    want = asked_half(question)
    if want is None:
        return True
    said = asked_half(text)
    return said is not None and (not want or not said or said == want)


def _stem(word: str) -> str:
    return word_folded(word)[:4]


def narrowing(question: str, rx: re.Pattern[str] = _AFTER) -> set[str]:
    """The stems (first four letters) of the words that narrow the asked measure, after it ("spend on pet grooming"
    -> {"pet", "groo"}); names (capitalised words) count too ("its Outdoor segment" -> {"outd"}); the kind words
    "segment", "channel", "brand", "region" do not (a report names the segment without saying "segment")."""
    out: set[str] = set()
    for m in rx.finditer(question):
        words = [w.strip(",.?;:'’") for w in m.group(1).split()]
        if words and _MEASURE_WORD.match(words[0]):
            continue  # "spend on capital expenditure": the measure said again, nothing narrowed
        for k, bare in enumerate(words):
            if _END.match(bare) or re.fullmatch(r"\d[\d,.]*", bare):
                break
            if bare.lower() in _STOP or len(bare) < 3:
                continue
            if bare[:1].isupper() and not (k + 1 < len(words) and _KIND.match(words[k + 1])):
                continue  # a name is whom the question is about (the subject checks); "its Outdoor brand" narrows
            out.add(_stem(bare))
    return out


def says_narrowing(question: str, text: str, own: str = "") -> bool:
    """May ``text`` (the candidate with its heading, caption and report title) answer for the narrowed measure? It
    says every word narrowing it; or it says some of them and states no part of its own (``own``, the candidate's
    sentence: "spent $90 billion on their pets" states pets, not pet grooming). True when the question narrows
    nothing."""
    want = narrowing(question)
    if not want:
        return True
    said = {_stem(w) for w in re.findall(r"[A-Za-z][\w&'’-]*", text)}
    if want <= said:
        return True
    stated = narrowing(own, _AFTER_FIGURE) | narrowing(own)
    return bool(want & said) and not stated


# a market named by the thing it trades, written before it: "the forklift service market", "the global tower crane
# rental market" (the words before: lower case, two or three, after an article, a possessive or "world")
_BEFORE_MARKET = re.compile(r"(?i:\b(?:the|its|their|a|an|world|global|worldwide|'s|’s))\s+((?:[a-z][\w-]*\s+){2,3})"
                            r"(?=markets?\b)")
# where a figure is to be read ("from the cash flow statement", "in its 10-Q"): no thing the measure is narrowed to
_SOURCE = re.compile(r"(?i)^(?:statements?|sheets?|reports?|filings?|10-?[kq]|tables?|notes?|sections?|pages?|"
                     r"documents?|disclosures?|footnotes?|schedules?|exhibits?|release|presentation|transcript)$")
# the question's own verbs and clause words after its noun phrase: no word of the thing ("how did world sales of new
# forklift trucks change", "what share of X did Y hold", "the two largest producers hold together")
_VERB_END = re.compile(r"(?i)^(?:change[sd]?|grow|grown|growth|fall|falls|fallen|rise|rises|risen|decline[sd]?|"
                       r"increase[sd]?|decrease[sd]?|expand(?:ed)?|shr[iau]nk|hold|holds|held|take|takes|took|account(?:ed)?|"
                       r"represent(?:ed)?|reach|total|amount|compare|divided|combined|plus|minus|less|whose|which|that|who|"
                       r"due|shipped|sold|months|weeks|expect|expects|further|before|after|excluding|including|"
                       r"stand|stood|look|looked|be|been|being|now|today)$")


@lru_cache(maxsize=256)
def _phrases(question: str) -> tuple[tuple[str, ...], ...]:
    """The narrowing phrases of a question as words in order, names and stop words left out ("the world market for
    forklift service and spare parts" -> [forklift, service]; "the forklift service market" -> the same). A share's
    whole ("what share of world wine exports") is no narrowing phrase; a phrase ends at a preposition, a year, the
    question's own verb or a possessive."""
    out = []
    for m in _AFTER.finditer(question):
        if re.match(r"(?i)share\b", question[m.start():]):
            continue  # "share of X": the whole a share is taken of
        words: list[str] = []
        for k, bare in enumerate(w.strip(",.?;:") for w in m.group(1).split()):
            if k == 0 and _MEASURE_WORD.match(bare.strip("'’")):
                break  # "spend on capital expenditure": the measure said again
            if _END.match(bare) or _VERB_END.match(bare) or re.search(r"\d", bare):
                break
            if bare.lower().strip("'’") in _STOP or len(bare) < 3 or bare[:1].isupper():
                continue
            if re.search(r"['’]s?$", bare):
                break  # "the tyre industry's revenue": the possessor, not the thing
            words.append(bare.lower())
        if not any(_SOURCE.match(w) for w in words):
            out.append(words)
    for m in _BEFORE_MARKET.finditer(question):
        words = [w for w in m.group(1).split() if w.lower() not in _STOP]
        if any(_END.match(w) or _VERB_END.match(w) or w[:1].isupper() for w in words):
            continue
        out.append([w.lower() for w in words])
    return tuple(tuple(words) for words in out)


def names_other_thing(question: str, own: str, said: str) -> bool:
    """Is a candidate about the broader or the neighbouring thing of the one the question narrows its measure to? The
    question narrows to a thing by two words or more, its head last ("the market for forklift service" -> forklift,
    service; "the tower crane rental market" -> tower, crane, rental); the candidate (``said``: its text, heading and
    the sentence before) never says the head, and its own text (``own``: a sentence, a row's label) says the word
    right before the head ("orders for 2,016 thousand forklift trucks", "14,300 tower cranes", "pet spending"): its
    figure is the trucks', the cranes', all pets'. General rule (session 29): a figure of a sub-market, product or
    service line asked is never the figure of the thing its name is built on, nor of a neighbour; said in other
    words or not, such a quote is no answer (no soft reading by meaning)."""
    phrases = [words for words in _phrases(question) if words]  # read once per question (cached)
    narrowed = [words for words in phrases if len(words) >= 2]
    examples = examples_named(question) if phrases else ()
    if not narrowed and not examples:
        return False
    said_stems = {_stem(w) for w in re.findall(r"[A-Za-z][\w'’]*", said)}
    own_stems = {_stem(w) for w in re.findall(r"[A-Za-z][\w'’]*", own)}
    if any(_stem(words[-1]) not in said_stems and _stem(words[-2]) in own_stems for words in narrowed):
        return True
    # General rule (session 30, #11): a thing asked with examples of it ("power tool accessories such as drill bits and
    # saw blades") is answered by a quote saying the thing (its head, "accessories") or one example whole ("drill
    # bits"); a quote sharing one word with an example ("Cordless drills and drivers") is about another thing
    return bool(examples) and not any(_stem(words[-1]) in said_stems for words in phrases) \
        and not any(all(_stem(w) in said_stems for w in ex) for ex in examples)


# examples a question gives of the thing it asks: "such as drill bits and saw blades", "like X or Y", "including X"
_EXAMPLES = re.compile(r"(?i)\b(?:such\s+as|(?<!look\s)(?<!looks\s)(?<!looked\s)like|including|e\.g\.,?)\s+([^?;:.()]+?)(?=\s+(?:in|for|during|at|by|over|"
                       r"from|since|between|through|compared|versus|vs\.?)\b|\s*[?;:.()]|\s*$)")


@lru_cache(maxsize=256)
def examples_named(question: str) -> tuple[tuple[str, ...], ...]:
    """The examples a question gives of the thing it asks, each as its words (lower case, stop words out): "power tool
    accessories such as drill bits and saw blades in 2024" -> ((drill, bits), (saw, blades))."""
    out = []
    for m in _EXAMPLES.finditer(question):
        for ex in re.split(r"(?i)\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(1)):
            words = tuple(w.lower() for w in re.findall(r"[A-Za-z][\w-]*", ex) if w.lower() not in _STOP and len(w) > 2)
            if words:
                out.append(words)
    return tuple(out)


def states_part(text: str) -> bool:
    """Does ``text`` give its measure as the part related to, attributable to, associated with or derived from
    something ("Revenues related to these manufacturing activities totaled $320 million")? General rule (session 26):
    such a sentence states a part of the measure, so it never answers the measure's total ("What were X's total
    revenues?"), however its figure is worded ("totaled")."""
    return bool(_PART_OF_OWN.search(text))

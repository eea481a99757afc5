"""A yes/no question comparing two things gets its verdict from their figures, computed, or none (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_compare.py``):

- **A comparison asked** (``comparison``): "Did widget prices rise faster than inflation in 2024?", "Was Contoso's
  margin higher than Fabrikam's?", "Did exports exceed imports?", "Did A outpace B?": the two sides (the words
  before the comparative and after "than"/the verb) and the direction asked (more or less).
- **The verdict follows from the figures** (``compared_verdict``): the sentence must give one figure for each side,
  of one kind (two percentages, two amounts), each told apart by the side's words around it ("Widget prices rose
  1.8% in 2024 against overall inflation of 2.9%": 1.8 for prices, 2.9 for inflation, so "faster" is No). When the
  two figures cannot both be found and told apart, there is no verdict (the quote is shown without one), whatever
  words of comparison the sentence uses. A figure dated to a year the question does not ask ("after 14.9% in
  2022") is no side's; "in general", "overall" and "headline" name the same side (the whole).
"""

from __future__ import annotations

import re
from ..text.counts import alternation, counting
from ..text.moves import FORWARD, MOVE_ASKED_COMPARE as _MOVE_Q

__all__ = ["asks_at_least", "asks_move", "asks_threshold", "comparison", "compared_verdict", "decide", "side_figure",
           "side_heads", "spoken", "threshold_verdict"]

_MORE = r"faster|more|higher|larger|bigger|greater|quicker|stronger|better|steeper|wider|longer|heavier|richer|costlier"
_LESS = r"slower|less|lower|smaller|fewer|weaker|worse|narrower|shorter|cheaper|lighter"
# the thing counted may sit between the comparative and "than" in up to four words ("Did the region collect more
# recycled glass cullet than it melted?"): the question still compares two quantities (collected against melted), and a
# sentence stating only one of them ("melted 2.64 million tonnes, 4.1% more than in 2023") decides nothing of it
# (session 25, #11; with two words at most such a question fell through to the words' polarity and got the other
# comparison's "Yes")
# (three or four words only as a bare noun phrase: "more revenue from services than from products" holds a side, not
# the thing counted, in its prepositional phrase, and stays no comparison of this kind)
_BETWEEN = r"(?:(?!(?:from|in|on|at|for|of|by|to|with|through|during|per|via|the|its|their|a|an)\b)[\w-]+\s+)"
_COMPARATIVE = re.compile(rf"(?i)\b(?:(?P<more>{_MORE})|(?P<less>{_LESS}))\s+(?:(?:\w+\s+){{0,2}}?|{_BETWEEN}{{3,4}}?)"
                          rf"than\s+(?P<b>[^?,;]+)")
_VERB = re.compile(r"(?i)\b(?:(?P<more>exceed(?:ed|s)?|outpac(?:e|ed|es)|outgr(?:ew|ow|own|ows)|outstrip(?:ped|s)?|"
                   r"outperform(?:ed|s)?|overt(?:ake|ook|aken)|surpass(?:ed|es)?|beat)|(?P<less>trail(?:ed|s)?|lag(?:ged|s)?"
                   r"(?:\s+behind)?|underperform(?:ed|s)?))\s+(?P<b>[^?,;]+)")
# "Did headcount grow as fast as budgets?": as much as the other side, or more
_AS_AS = re.compile(r"(?i)\bas\s+(?:fast|quickly|much|high|large|big|strongly|steeply)\s+as\s+(?P<b>[^?,;]+)")
_YES_NO = re.compile(r"(?i)^\s*(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\s+")
_STOP = frozenset("""the a an its their our of in for on at by to from and or with than as that this these those did does
    do is are was were has have had will would rise rose risen grow grew grown increase increased fall fell drop
    dropped decline declined year years quarter quarters half first second third fourth month months over during
    same period whole end""".split())
_FIG = re.compile(r"(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|percentage\s+points?\b|(?:trillion|billion|million|"
                  r"thousand|bn|m)\b)?")


# "prices in general", "overall inflation", "headline inflation": the whole, however a writer says it
_WHOLE = {"general": "overa", "overall": "overa", "headline": "overa", "economy-wide": "overa"}


def _stems(text: str) -> set[str]:
    return {_WHOLE.get(w.lower(), w.lower()[:5]) for w in re.findall(r"[A-Za-z][\w&'’-]*", text)
            if w.lower() not in _STOP and len(w) > 2 and not re.fullmatch(r"(?:19|20)\d\d", w)}


def comparison(question: str) -> tuple[set[str], set[str], bool] | None:
    """The two sides a yes/no question compares (the stems of each side's words) and whether it asks if the first
    is more (True) or less (False); None when it asks no comparison of two things."""
    if not _YES_NO.match(question):
        return None
    m = _COMPARATIVE.search(question) or _VERB.search(question) or _AS_AS.search(question)
    if m is None:
        return None
    a = _stems(_YES_NO.sub("", question[: m.start()]))
    # the period asked is no side: "... than Contoso's in the first half of 2025"
    b = _stems(re.sub(r"(?i)\b(?:in|during|for|over|at)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)\s+"
                      r"(?:of\s+)?|end\s+of\s+|fiscal\s+)?(?:19|20)\d\d\b.*$", "", m.group("b")))
    a -= {"faste", "slowe", "highe", "lower", "more", "less"}
    if not a or not b or a == b:
        return None
    more = "more" not in m.groupdict() or m.group("more") is not None  # "as fast as": at least as much
    if re.match(r"(?i)(?:more|less)\s+(?:slow|weak|poor|low)\w*", m.group(0)):
        more = not more  # "rise more slowly than": less
    return a, b, more


def _figures(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _FIG.finditer(text):
        raw = m.group(0).strip().rstrip(",.")  # "in 2024," is a year, not a figure
        if re.fullmatch(r"(?:19|20)\d\d", raw) or not re.search(r"\d", raw):
            continue
        kind = "%" if re.search(r"%|percent", raw) else "$" if re.match(r"[$€£]", raw) else "n"
        out.append((m.start(), m.end(), kind))
    return out


def _value(raw: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", raw)
    if not m:
        return None
    v = float(m.group(0).replace(",", ""))
    scale = re.search(r"(?i)trillion|billion|million|thousand|bn\b|m\b", raw)
    if scale:
        v *= {"t": 1e12, "b": 1e9, "m": 1e6}.get(scale.group(0)[0].lower(), 1e3)
    return v


def compared_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" computed from the two sides' figures in ``sentence``, or None when the question asks no comparison,
    or the sentence does not give one figure of one kind for each side that its words tell apart."""
    asked = comparison(question)
    if asked is None:
        return None
    a, b, more = asked
    figs = _figures(sentence)
    # a figure dated to another year than the one asked ("after increases of 14.9% in 2022") is no side's figure
    years = set(re.findall(r"\b(?:19|20)\d\d\b", question))
    figs = [f for f in figs if not ((y := re.match(r"\s*(?:in|for|during)\s+((?:19|20)\d\d)\b", sentence[f[1]:]))
                                    and years and y.group(1) not in years)]
    found: dict[str, list[float]] = {"a": [], "b": []}
    kinds: dict[str, set[str]] = {"a": set(), "b": set()}
    prev = 0
    for start, end, kind in figs:
        window = sentence[prev:start] + " " + sentence[end : end + 25]
        said = _stems(window)
        prev = end
        sa, sb = len(a & said), len(b & said)
        if sa == sb:
            continue
        side = "a" if sa > sb else "b"
        value = _value(sentence[start:end])
        if value is not None:
            found[side].append(value)
            kinds[side].add(kind)
    if len(found["a"]) != 1 or len(found["b"]) != 1 or kinds["a"] != kinds["b"]:
        return None
    return decide(question, found["a"][0], found["b"][0])


def asks_at_least(question: str) -> bool:
    """Does the comparison ask "as fast as" (equal counts as yes) rather than "faster than"?"""
    return comparison(question) is not None and not (_COMPARATIVE.search(question) or _VERB.search(question)) \
        and bool(_AS_AS.search(question))


def decide(question: str, va: float, vb: float) -> str | None:
    """"Yes"/"No" for the comparison ``question`` asks, the first side's figure ``va`` against the second's ``vb``;
    None for a tie of "faster than"."""
    asked = comparison(question)
    if asked is None:
        return None
    if asks_at_least(question):
        return "Yes" if va >= vb else "No"
    if va == vb:
        return None
    return "Yes" if (va > vb) == asked[2] else "No"


def asks_move(question: str) -> bool:
    """Does the comparison ask how fast each side moved ("grow as fast as", "rise faster than")?"""
    return bool(_MOVE_Q.search(question))


def side_heads(question: str) -> tuple[str, str] | None:
    """The head word (stem) of each side: the last of its words in the question ("security headcount" -> headc,
    "budgets" -> budge)."""
    asked = comparison(question)
    if asked is None:
        return None
    a, b, _ = asked
    order = [_WHOLE.get(w.lower(), w.lower()[:5]) for w in re.findall(r"[A-Za-z][\w&'’-]*", question)]
    ha = next((w for w in reversed(order) if w in a and w not in b), None)
    hb = next((w for w in reversed(order) if w in b and w not in a), None)
    return (ha, hb) if ha and hb else None


_SIDE_FIG = re.compile(r"(?i)(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b)")


_MOVE_BEFORE = re.compile(r"(?i)\b(?:gr[eo]w\w*|ris(?:e|en|es|ing)|rose|increas\w*|fell|fall\w*|declin\w*|drop\w*|up|down|"
                          r"shr[iau]nk\w*|expand\w*|contract\w*|jump\w*|climb\w*|slipp?\w*)\s+(?:by\s+)?(?:about\s+|some\s+|"
                          r"nearly\s+|almost\s+|roughly\s+)?$")
_MOVE_AFTER = re.compile(r"(?i)^\s*(?:increase|rise|growth|gain|decline|fall|drop|decrease|jump|higher|lower|more|less)\b")


def side_figure(side: set[str], other: set[str], sentence: str, years: set[str],
                move: bool = False) -> tuple[float, str] | None:  # fmt: skip
    """The one percentage a sentence about one side states ("Security headcount grew 3% in 2026"): the sentence
    says the side's words and none of the other side's, holds exactly one percentage, and names the asked year when
    one is asked; None otherwise. Two such sentences, one per side, decide a comparison no one sentence states."""
    said = _stems(sentence)
    if not side & said or other & said:
        return None
    if years and not years & set(re.findall(r"\b(?:19|20)\d\d\b", sentence)):
        return None
    found = [m for m in _SIDE_FIG.finditer(sentence)]
    if len(found) != 1:
        return None
    at, end = found[0].start(), found[0].end()
    moved = bool(_MOVE_BEFORE.search(sentence[max(0, at - 30) : at]) or _MOVE_AFTER.match(sentence[end : end + 20]))
    if moved != move:
        return None  # "grow as fast as": a move for each side ("rose 8.2%"), never a level ("12% of spending")
    value = _value(found[0].group(0))
    return (value, found[0].group(0)) if value is not None else None


# --- a proportion asked against a threshold (session 32, #11) ---------------------------------------------------------
# GENERAL RULE: "Are more than one in ten American dogs insured?", "Do over 20% of households own a heat pump?", "Is
# less than a third of the fleet electric?" ask whether a proportion passes a threshold the question states. Only a
# proportion the sentence states for the asked things decides ("one American dog in fifteen is insured", "6.6% of the
# country's dogs", "about a quarter of households"), computed against the threshold; a sentence stating none (or only
# proportions of other things, or ones on both sides of the threshold, or one too close to it to call) gives no verdict,
# whatever its words' polarity ("Only one dog in fifteen is insured" says "is insured", which is no "Yes").
_DENOMINATORS = counting(2, 100)
_DEN = rf"(?:\d{{1,3}}|{alternation(tuple(_DENOMINATORS))})"
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
              "tenth": 10, "tenths": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_FRACTION = rf"(?:(?P<fnum>a|an|one|two|three|four|nine)[\s-]+)?(?P<frac>{'|'.join(_FRACTIONS)})"
_ONE_IN = rf"(?:one|1)\s+(?P<between>(?:[A-Za-z][\w'’-]*\s+){{0,3}}?)(?:in|out\s+of)\s+(?:every\s+)?(?P<den>{_DEN})\b"
_PERCENT_OF = r"(?P<pct>\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)(?=\s+of\b)"
_THRESHOLD_Q = re.compile(
    rf"(?i)\b(?P<dir>(?:no\s+)?more\s+than|over|above|at\s+least|(?:no\s+)?(?:fewer|less)\s+than|under|below|at\s+most)\s+"
    rf"(?:(?:about|around|roughly|some)\s+)?(?:{_ONE_IN}|{_PERCENT_OF}|{_FRACTION}(?=\s+of\b))")
_STATED = re.compile(rf"(?i)\b(?:{_ONE_IN}|{_PERCENT_OF}|{_FRACTION}\s+of\b)")
# "the first half of 2024", "the third quarter of the year": a period, no proportion
_PERIOD_PART = re.compile(r"(?i)(?:first|second|third|fourth|final|last|latest|fiscal|calendar)[\s-]+$")
_PERIOD_AFTER = re.compile(r"(?i)^\s*of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?:19|20)\d\d|year|fiscal|quarter|decade)\b")
_MAJORITY = re.compile(r"(?i)\b(?P<more>(?:a|the)\s+majority|most)\s+of\b|\b(?P<less>a\s+minority)\s+of\b")
_Q_STOP = frozenset("""the a an its their our of in for on at by to from and or with than as that this these those did does do
    is are was were has have had will would more less fewer over above under below least most about around roughly some
    one two three four five six seven eight nine ten every out percent per cent half third quarter fifth tenth""".split())


def _stem(word: str) -> str:
    w = re.sub(r"['’]s$", "", word.lower())
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:5]


def _subject_stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _Q_STOP and len(w) > 2}


def _proportion(m: re.Match) -> float | None:
    """The proportion a ``_ONE_IN`` / ``_PERCENT_OF`` / ``_FRACTION`` match states, as a share of one."""
    if m.group("den"):
        den = m.group("den").lower()
        n = _DENOMINATORS.get(den) or (int(den) if den.isdigit() else 0)
        return 1 / n if n >= 2 else None
    if m.group("pct"):
        return float(m.group("pct")) / 100
    if m.group("frac"):
        return _NUMERATORS.get((m.group("fnum") or "a").lower(), 1) / _FRACTIONS[m.group("frac").lower()]
    return None


_DETERMINERS = frozenset("the a an its their our all of his her this that these those every each".split())
_NP_STOP = frozenset("""and or but in on at for from to with by as than is are was were be been being has have had do does did
    who which that whose where when while said say says own owns owned use uses used buy buys bought plan plans expect
    expects far about""".split())


def _counted(between: str, after: str) -> str | None:
    """The stem of the noun a proportion counts: the last of the words inside it ("one American dog in fifteen" ->
    dog), else the last of the (at most two) words after it, past determiners and possessives and up to a function
    word or a verb ("of the country's dogs and ..." -> dog, "in five adults own ..." -> adult)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", between)
    if not words:
        words = []
        for w in re.findall(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]", re.sub(r"^\s*of\b", "", after))[:6]:
            lw = w.lower()
            if not words and (lw in _DETERMINERS or re.search(r"['’]s$", lw)):
                continue
            if lw in _NP_STOP or not w[:1].isalpha() or len(words) == 2:
                break
            words.append(w)
    return _stem(words[-1]) if words else None


def asks_threshold(question: str) -> tuple[str, float, str] | None:
    """A yes/no question asking whether a proportion passes a threshold it states: (direction: ">", ">=", "<" or
    "<=", the threshold as a share of one, the question's words of what is counted); None otherwise."""
    if not _YES_NO.match(question):
        return None
    m = _THRESHOLD_Q.search(question)
    if m is None or (value := _proportion(m)) is None:
        return None
    d = re.sub(r"\s+", " ", m.group("dir").lower())
    op = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "no fewer than": ">=", "no less than": ">=",
          "fewer than": "<", "less than": "<", "under": "<", "below": "<", "at most": "<=", "no more than": "<="}[d]
    rest = _YES_NO.sub("", question[: m.start()]) + " " + (m.group("between") or "") + " " + question[m.end():]
    return op, value, rest


def threshold_verdict(question: str, sentence: str) -> str | None:
    """"Yes"/"No" computed from the proportion ``sentence`` states for what ``question`` counts against the threshold
    it asks (``asks_threshold``); None when the sentence states no such proportion, or its proportions of the asked
    things fall on both sides of the threshold or within a fiftieth of it (the rule above)."""
    asked = asks_threshold(question)
    if asked is None:
        return None
    op, limit, rest = asked
    if FORWARD.search(sentence) and not FORWARD.search(question):
        # "We continue to expect that China will represent around 30% of revenue in the second half": a proportion
        # expected, forecast or planned states what may be, never what was; a question asking what is or was gets no
        # verdict from it (one asking what is expected may)
        return None
    subject = _subject_stems(re.sub(r"(?i)\b(?:in|during|for)\s+(?:fiscal\s+)?(?:19|20)\d\d\b", " ", rest))
    values: list[float] = []
    for m in _STATED.finditer(sentence):
        if m.group("frac") and (_PERIOD_PART.search(sentence[max(0, m.start() - 12) : m.start()])
                                or _PERIOD_AFTER.match(sentence[m.end("frac") :])):
            continue
        if _MOVE_BEFORE.search(sentence[max(0, m.start() - 30) : m.start()]):
            continue  # "rose 12% of ..." is no share held
        value = _proportion(m)
        # what the proportion counts (its noun: "one American dog in fifteen", "6.6% of the country's dogs", "one in
        # five adults") must be what the question counts: "2.0% of its cats" is no proportion of dogs
        counted = _counted(m.group("between") or "", sentence[m.end() :])
        if value is None or counted is None or counted not in subject:
            continue
        values.append(value)
    if not values and limit == 0.5:
        # "Do more than half of ... ?": "a majority of" / "most of" states more than half, "a minority of" less
        for m in _MAJORITY.finditer(sentence):
            if subject & _subject_stems(sentence[m.end() : m.end() + 40]):
                values.append(0.75 if m.group("more") else 0.25)
    if not values or any(abs(v - limit) <= limit / 50 for v in values):
        return None
    passed = {(v > limit if op == ">" else v >= limit if op == ">=" else v < limit if op == "<" else v <= limit)
              for v in values}
    return None if len(passed) != 1 else ("Yes" if passed.pop() else "No")


# '"Only one dog in fifteen is insured," said Leah Marsh, a partner at Carrow.': someone's words the report quotes
_SPOKEN = re.compile(r"(?i)^\s*[\"“].+[,.!?]\s*[\"”]\s*(?:(?:said|says|added|adds|noted|notes|warned|warns)\s+[A-Z]|"
                     r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:said|says|added|adds|noted|notes|warned|warns)\b)")


def spoken(sentence: str) -> bool:
    """Is ``sentence`` someone's words in quotation marks, with who said them after ('"...," said Leah Marsh')?"""
    return bool(_SPOKEN.search(sentence))

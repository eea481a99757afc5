"""Reasons and lists that a report states over several sentences, or inline after a lead-in.

Rules (each with a test on hand-written sentences in ``tests/test_prose_reasons.py``):

- **An effect, then its causes** (``explained_effect``): "Warehouses were emptier at the end of 2024 than a year
  before. Food makers drew down the safety stocks they had built. Retailers also shortened their order cycles.
  Finally, ..." A sentence that states a change or a comparison and gives no cause of its own, followed in
  its paragraph by two to four sentences of which at least one adds ("also", "Finally", "In addition", "At the
  same time", "Another") or states a cause, is one candidate: the effect with the sentences explaining it.
  It answers a reason question only when it restates most of the question's words (``restates``).
- **An inline list after a lead-in** (``inline_items``): "The main risks to the outlook are a further
  destocking by food makers, higher electricity prices and a wave of new capacity." / "Demand depends on
  freight rates, import volumes and the share of online grocery." The items are the comma/"and" members
  after the lead-in verb ("are", "include", "depends on", "is driven by", ":").
- **What a thing depends on** (``asks_determinants``): "What does demand for X depend on?", "What determines
  demand for X?", "What drives X?" ask for a list of determinants, not an amount.
- **"attributable to" after an owner measure is no cause** (``HOLDER``): "Net income attributable to Contoso was
  $234.8 million" says whose income it is; a change followed by it is not explained by it.
- **A measure explained is the measure asked** (``explained_measure``): "reflecting lower absorption" in a
  sentence about gross margin does not say why segment sales fell.
"""

from __future__ import annotations

import re

from ..text.counts import CAUSE_NOUNS, REASON_NOUNS, alternation, counting

__all__ = ["GENERIC_WORDS", "HOLDER", "asked_noun", "without_generic", "asks_determinants", "asked_measure", "counted_causes", "explained_effect", "explained_measure", "inline_items",
           "spelled_out_cause",
           "paragraph_after", "restates", "same_measure", "apposed_members", "PACE_GAP"]

# "Net income attributable to Contoso", "loss attributable to noncontrolling interests": whose share of a measure, no
# cause (a lookbehind each, for the owner measures a filer divides this way)
HOLDER = (r"(?<!income\s)(?<!loss\s)(?<!losses\s)(?<!earnings\s)(?<!profit\s)(?<!equity\s)(?<!interest\s)"
          r"(?<!interests\s)(?<!shares\s)(?<!share\s)(?<!amounts\s)")
_CAUSE = re.compile(
    r"(?i)\b(?:because|due\s+to|driven\s+by|owing\s+to|as\s+a\s+result|result(?:ed|ing)?\s+(?:in|from)|reflect\w*|"
    + HOLDER + r"attribut\w*|caused|thanks\s+to|led\s+to|so\s+that|which\s+(?:meant|left|cut|reduced|raised|pushed)|"
    r"(?:the|a|one)\s+(?:main|key|chief|biggest|primary|principal|major)\s+(?:reason|cause|driver|explanation))\b"
)
_ADDS = re.compile(
    r"(?i)^\s*(?:finally|lastly|also|in\s+addition|additionally|moreover|furthermore|at\s+the\s+same\s+time|meanwhile|"
    r"another|first(?:ly)?|second(?:ly)?|third(?:ly)?|on\s+top\s+of\s+that|besides)\b|\b(?:also|as\s+well|too)\b"
)
# a sentence stating a change or comparison: the effect a reason question asks about
_EFFECT = re.compile(
    r"(?i)\b(?:[a-z]{3,}(?:er|ier))\b[^.;]{0,40}\bthan\b|\b(?:more|less|fewer)\b[^.;]{0,40}\bthan\b|\b(?:rose|fell|grew|shrank|declined|"
    r"dropped|slowed|stalled|stopped|weakened|strengthened|improved|deteriorated|narrowed|widened|increased|decreased|"
    r"jumped|slumped|plunged|soared|eased|recovered|climbed|surged|doubled|halved|shrunk|contracted|expanded)\b"
)


_ANNOUNCED = re.compile(r"(?i)\b(?:" + alternation(counting(2, 5)) + r"|several|a\s+few)\s+(?:[a-z-]+\s+)?(?:"
                        + alternation((*CAUSE_NOUNS, "changes")) + r")\b|:\s*$")


# an effect counting its own causes: "fell for three reasons", "rose on two factors", "slowed for 2 reasons"
_COUNT_VALUES = counting(2, 6, digits=True)
_COUNTED = re.compile(r"(?i)\b(" + alternation(counting(2, 6)) + r"|[2-6])\s+(?:main\s+|key\s+|big\s+|major\s+|separate\s+|"
                      r"distinct\s+)?(?:" + alternation((*REASON_NOUNS, "drivers", "forces", "things", "developments",
                                                          "headwinds", "tailwinds", "pressures")) + r")\b")


def counted_causes(sentence: str) -> int | None:
    """The number of causes a sentence stating a change says it has ("Fares rose for three reasons." -> 3), or None."""
    told = _COUNTED.search(sentence)
    return _COUNT_VALUES[told.group(1).lower()] if told and _EFFECT.search(sentence) else None


def _prose(text: str) -> bool:
    return len(text.split()) >= 4 and bool(re.search(r"[a-z]{2,}[^.!?]*[.!?][\"'”’)]*$", text.strip()))


def explained_effect(sentence: str, following: list[str]) -> tuple[str, ...]:
    """The sentences after ``sentence`` (its paragraph's, in order) that explain the effect it states: two to
    four prose sentences, at least one of which adds to the others or states a cause; () when ``sentence``
    states no change or comparison, gives its own cause, or the sentences after it do not read as causes."""
    if not _EFFECT.search(sentence) or _CAUSE.search(sentence) or sentence.rstrip().endswith(":"):
        return ()
    if following and _ANNOUNCED.search(following[0]):
        return ()  # "Two things held back orders. First, ...": the counted list after it is the answer
    # a sentence announcing a counted list further on ("Three pressures held the market back.") opens an answer of its
    # own: the sentences explaining this one end before it (a PDF may run both paragraphs together)
    cut = next((k for k, s in enumerate(following) if _ANNOUNCED.search(s)), len(following))
    following = following[:cut]
    n = counted_causes(sentence)
    if n:
        # "Prices fell for three reasons, the institute says." GENERAL rule (session 28, #11): an effect that counts its
        # own causes is explained by exactly that many sentences after it, however each opens ("And rental companies
        # ..."); when its paragraph holds fewer, no list is made (a list short of the count it announces is no answer)
        items = [s for s in following[:n] if _prose(s) and not re.search(r"\?\s*$", s)]
        return tuple(items) if len(items) == n else ()
    items: list[str] = []
    for s in following[:4]:
        if not _prose(s) or re.search(r"\?\s*$", s):
            break
        items.append(s)
    marked = [k for k, s in enumerate(items) if _ADDS.search(s) or (_CAUSE.search(s) and not _own_finding(s))]
    items = items[: marked[-1] + 1] if marked else []  # what follows the last cause or addition is not one
    if len(items) >= 2:
        return tuple(items)
    if items and _CAUSE.search(items[0]):  # "Utilisation stopped improving. This was because ...": one cause
        return (items[0],)
    return ()


_FIGURE = re.compile(r"\d")


# a word that names something particular: a capitalised word after a sentence's first word ("exporters in Korea",
# "Russian and Belarusian exporters" past the opening), or a figure
_PARTICULAR = re.compile(r"(?<=\s)[A-Z][a-z]+|\d")
# a marker whose clause is the cause of the change before it (not what the change led to: "so that", "led to")
_GIVES_CAUSE = re.compile(r"(?i)\b(?:because(?!\s+of\b)|due\s+to|driven\s+by|owing\s+to|thanks\s+to|caused\s+by)\b")
_LIGHT = frozenset("the a an its their our this that these those of in for on at by to from and or as for with than "
                   "for second third first year years".split())


def _subject_stems(sentence: str) -> set[str]:
    """The stems of the words before a sentence's first move ("Charter rates fell ..." -> {"chart", "rates"})."""
    m = _EFFECT.search(sentence)
    if m is None:
        return set()
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'’-]*", sentence[: m.start()]) if w.lower() not in _LIGHT
            and len(w) > 2}


def spelled_out_cause(sentence: str, following: list[str]) -> tuple[str, ...]:
    """The sentences after ``sentence`` that spell out the cause it gives only in general words: "Rates fell for a
    second year because capacity grew faster than cargo. Yards in Korea and China delivered a record number of ...
    and owners kept older ships sailing." Rule (session 25, #11): a sentence stating a change whose own cause clause
    names nothing particular (no name, no figure, eight words at most) announces the reason; the sentences right after
    it in its paragraph that name something particular and do not speak of the changed thing again are the reason
    given (up to two); the first sentence speaking of the changed thing again ("Rates bottomed in the third quarter")
    is a new finding and ends them. Only a clause of cause counts ("because", "due to", "driven by"), never one of
    consequence ("so that", "which led to"). () when the cause clause names something particular, or no such sentence
    follows."""
    m = _GIVES_CAUSE.search(sentence)
    if m is None or not _EFFECT.search(sentence[: m.start()]):
        return ()
    clause = sentence[m.end() :].strip(" .;")
    if not clause or _PARTICULAR.search(" " + clause) or len(clause.split()) > 8:
        return ()
    subject = _subject_stems(sentence)
    if not subject:
        return ()
    items: list[str] = []
    for s in following[:2]:
        if not _prose(s) or re.search(r"\?\s*$", s) or _ANNOUNCED.search(s):
            break
        said = {w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'’-]*", s)}
        if said & subject or not _PARTICULAR.search(s[1:]):
            break
        items.append(s)
    return tuple(items)


# a change said to outpace or trail another ("fell much faster", "grew more slowly than"): the pace of one move
# against another, which a cause given for it explains, not the move itself
PACE_GAP = re.compile(r"(?i)\b(?:faster|slower|more\s+(?:slowly|quickly|steeply|sharply|rapidly)|less\s+(?:steeply|sharply|"
                      r"quickly|rapidly)|outpac\w*|lagg\w*\s+behind)\b")
# a marker whose clause is what the words before it led to, not what caused them
_CONSEQUENCE = re.compile(r"(?i)(?:so\s+that|which\s+(?:meant|left|cut|reduced|raised|pushed)|as\s+a\s+result|"
                          r"result(?:ed|ing)?\s+in|led\s+to)\b")


def _own_finding(sentence: str) -> bool:
    """Does a sentence after an effect state a measured change of its own and then what that change led to ("Lessors
    collected about EUR 412 million, 31.5% more than the EUR 313 million of 2022, so that each bike earned ...")?
    Rule: such a sentence is a new finding with its own consequence, not the explanation of the change before it.
    So is a measured change outpacing or trailing another, with the cause of the gap ("Makers fell much faster, by
    22%, because ..."). A measured change followed by its cause ("Volume rose 2.5%, driven by new club-store
    listings") is a part of the change before it, with the part's reason: it explains that change, as MD&A paragraphs
    do line by line."""
    m = _CAUSE.search(sentence)
    if m is None:
        return False
    head = sentence[: m.start()]
    if not (_EFFECT.search(head) and _FIGURE.search(head)):
        return False
    return bool(_CONSEQUENCE.match(sentence, m.start()) or PACE_GAP.search(head))


def paragraph_after(page: str, spans: list[tuple[int, int]], i: int, most: int = 4) -> list[str]:
    """The sentences after span ``i`` in its paragraph (no blank line between), at most ``most``, whitespace
    collapsed; a line that is a bullet or a table row ends it."""
    out: list[str] = []
    for k in range(i + 1, min(len(spans), i + 1 + most)):
        if page[spans[k - 1][1] : spans[k][0]].count("\n") >= 2:
            break
        text = page[spans[k][0] : spans[k][1]]
        if re.match(r"^\s*(?:[-•*|#]|\d+[.)]\s)", text):
            break
        out.append(" ".join(text.split()))
    return out


def restates(question_words: set[str] | frozenset[str], sentence_words: set[str], share: float = 0.6) -> bool:
    """Does a sentence (its light stems) restate at least ``share`` of a question's words (light stems)?"""
    return bool(question_words) and len(question_words & sentence_words) / len(question_words) >= share


# "The main risks to the outlook are a, b and c.", "Demand depends on a, b and c.", "Risks include a, b and c."
_LEAD_VERB = re.compile(
    r"(?i)\b(?:are|were|include[sd]?|including|depends?\s+on|depended\s+on|(?:is|are|was|were)\s+(?:driven|determined|"
    r"shaped|governed)\s+by|comes?\s+from|came\s+from|rests?\s+on|hinges?\s+on)\s+|:\s+"
)


_FINITE_OPENING = re.compile(r"(?i)^(?:had|has|have|was|were|is|are|did|does|will|would|could|can|may|might|said|says|"
                             r"fell|rose|grew|remained|became|posted|reported|recorded|saw|made|took|kept|lost|won)\b")
_KIND_SUBJECT = re.compile(r"(?i)^\s*(?:the|our|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}s\b")


def inline_items(sentence: str) -> tuple[str, tuple[str, ...]] | None:
    """A sentence that lists after a lead-in: (the lead-in, its items), the items being the three or more
    members of a comma/"and"/"or" enumeration after the lead-in verb (two when joined by "and" with no
    comma: "are higher power prices and tighter lending"); None otherwise."""
    m = _LEAD_VERB.search(sentence)
    if m is None or not sentence[: m.start()].split():
        return None
    if re.fullmatch(r"(?i)(?:are|were)\s+", m.group(0)):
        # "The main risks to the outlook are ...": a copula lists only after a plural subject with its determiner,
        # and not before a participle ("Services are used mainly by ...")
        if not _KIND_SUBJECT.match(sentence[: m.start()]) or re.match(r"(?i)\w+(?:ed|en|ing)\b|(?:not|also|now|still|"
                                                                       r"expected|likely|mainly|largely)\b", sentence[m.end() :]):
            return None
    lead, rest = sentence[: m.end()].strip(), sentence[m.end() :].strip().rstrip(".;!")
    if ";" in rest:  # "are capacity, since ...; orbital debris and ...; and concentration, because ...": one a clause
        parts = [re.sub(r"(?i)^(?:and|or)\s+", "", p.strip(" ,")) for p in rest.split(";")]
        parts = [p for p in parts if p]
        return (lead, tuple(parts)) if len(parts) >= 2 and all(len(p.split()) <= 40 for p in parts) else None
    rest = re.split(r"(?i)\s+(?:but|while|whereas|although|which)\s+", rest)[0]
    parts = [p.strip(" ,") for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=\S)", rest)]
    parts = [p for p in parts if p]
    # "Contoso, whose brands include A, B and C, had its worst year": a part opening with a finite verb is the main
    # clause going on after the enumeration (inside a relative clause), no member
    cut = next((k for k, p in enumerate(parts) if _FINITE_OPENING.match(p)), len(parts))
    parts = parts[:cut]
    if len(parts) < 2 or any(len(p.split()) > 12 for p in parts):
        return None
    if len(parts) == 2 and "," in rest:
        return None
    return lead, tuple(parts)


# the kind a lead-in's enumeration names: "whose brands include", "Its main customers are"
_LEAD_KIND = re.compile(r"(?i)\b(?:whose|its|their)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,}s)\s+(?:include[sd]?|are|were)\s*$")
_NAME = r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*"


def apposed_members(lead: str, following: list[str]) -> list[str]:
    """Further members of the kind a lead-in enumerates ("Contoso, whose brands include A, B and C, ..."), named in the
    sentences after it in its paragraph in apposition to the same kind owned by a pronoun ("its two dearest brands, D
    and E, ..."). Rule: a paragraph naming more members of one owner's kind names them all; a list of that kind is
    every member it names, not only the first sentence's."""
    m = _LEAD_KIND.search(lead)
    if m is None:
        return []
    noun = re.escape(m.group(1))
    out: list[str] = []
    for s in following:
        for a in re.finditer(rf"(?i:\b(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?{noun}),\s+({_NAME}(?:,\s+{_NAME})*\s+and\s+{_NAME})", s):
            out += [x.strip() for x in re.split(r",\s+|\s+and\s+", a.group(1)) if x.strip()]
    return out


_DETERMINANTS_Q = re.compile(
    r"(?i)^\s*what\s+(?:does|do|did)\s+.+\b(?:depend|hinge|rest|rely)\s+on\b|"
    r"^\s*what\s+(?:determines|determined|shapes|governs|drives|driv(?:es|ing)|influences|affects)\b|"
    r"^\s*(?:which|what)\s+(?:factors|things|variables|drivers)\s+(?:determine|drive|shape|affect|influence)\b|"
    r"^\s*on\s+what\s+(?:does|do)\b.+\bdepend\b"
)


def asks_determinants(question: str) -> bool:
    """Does the question ask what something depends on ("What does demand for cold storage depend on?",
    "What determines demand for ...?", "Which factors drive ...?")? Its answer is a list, not an amount."""
    return bool(_DETERMINANTS_Q.search(question))


_MEASURES = [  # canonical key, how reports write it
    ("net interest margin", r"net\s+interest\s+margins?"), ("gross margin", r"gross\s+margins?"),
    ("operating margin", r"operating\s+margins?"), ("margin", r"margins?"),
    ("operating income", r"operating\s+(?:income|earnings|profit)"), ("net income", r"net\s+(?:income|earnings)"),
    ("net interest income", r"net\s+interest\s+income"), ("sales", r"net\s+sales|sales|revenues?"),
    ("expenses", r"expenses?|costs?"), ("volume", r"volumes?"), ("price", r"prices?|pricing"),
    ("orders", r"orders|bookings|backlog"), ("cash flow", r"cash\s+flows?"), ("deposits", r"deposits"),
    ("loans", r"loans"), ("occupancy", r"occupancy|utili[sz]ation|vacancy"),
]
_MEASURE_RX = re.compile(r"(?i)\b(?:" + "|".join(f"(?P<m{i}>{rx})" for i, (_, rx) in enumerate(_MEASURES)) + r")\b")


def _measure_keys(text: str) -> set[str]:
    """The measures a text names, as canonical keys (the longest reading: "net interest margin", not "margin")."""
    return {_MEASURES[int(m.lastgroup[1:])][0] for m in _MEASURE_RX.finditer(text)}


def same_measure(asked: set[str], said: set[str]) -> bool:
    """Is a measure said the one asked? "margin" is any margin; "net interest income" is not "net income"."""
    for a in asked:
        for b in said:
            if a == b or (a == "margin" and b.endswith("margin")) or (b == "margin" and a.endswith("margin")):
                return True
    return False


def explained_measure(sentence: str, cause_at: int, before: str = "") -> set[str]:
    """The measures whose move a sentence explains: those named before its cause (``cause_at``: where "due to",
    "reflecting" ... starts), or, for "The decrease was due to ...", in the sentence before it."""
    head = sentence[:cause_at] if cause_at > 0 else sentence
    keys = _measure_keys(head)
    return keys or _measure_keys(before)


def asked_measure(question: str) -> set[str]:
    """The measures a reason question asks about ("why did segment sales fall" -> {"sales"})."""
    return _measure_keys(question)


GENERIC_WORDS = frozenset("main key major principal chief important".split())
_ASKED_NOUN = re.compile(r"(?i)^\s*(?:what\s+(?:are|were)\s+(?:the\s+)?|which\s+)(?:(?:main|key|major|principal|chief|"
                         r"most\s+important)\s+)?([a-z]{3,}s)\b")


def asked_noun(question: str) -> str | None:
    """The kind of thing a list question asks for ("What are the main risks to ...?" -> "risks")."""
    m = _ASKED_NOUN.search(question)
    return m.group(1).lower() if m and m.group(1).lower() not in ("was", "does", "has", "is") else None


_GENERIC_BEFORE_NOUN = re.compile(r"(?i)\b(?:main|key|major|principal|chief|most\s+important)\s+(?=[a-z]{3,}s\b)")


def without_generic(question: str) -> str:
    """A list question without its "main"/"key"/"principal" before the kind asked ("What are the main risks" ->
    "What are the risks"): the report's list of risks answers it, whether or not it calls them main."""
    return _GENERIC_BEFORE_NOUN.sub("", question)

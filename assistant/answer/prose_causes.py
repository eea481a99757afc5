"""Which change a causal sentence explains, and whether it is the change a reason question asks about (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_causes.py``):

- **A why-question may be worded with any verb of cause** (``asks_reason``): "What is pushing up installation
  costs?", "What accounts for the drop in ...?", "What is holding back ...?", "What is weighing on ...?", "How
  come ...?", "What is the reason for ...?" ask for a reason, not an amount or a list of things.
- **The asked effect is a noun phrase with a head** (``asked_effect``): "Why did heat pump sales in Germany fall?"
  asks about *sales*; "What is behind the fall in flight hours per drone?" about *hours*; "What is pushing up
  installation costs?" about *costs*. The change words around it ("the fall in", "pushing up") are the move, not
  the thing that moved.
- **A reason answers only for the thing it explains** (``explains_asked``): a causal sentence explains the change
  stated before its cause marker ("The average price rose 6%, driven by copper costs" explains the *price*); when
  that clause states no change and no measure ("A shortage of installers is the main reason", "This was because
  ..."), it explains the sentence before it. The asked head (or a word used for it: sales/revenue, price/pricing)
  must be said in that clause, so that a reason for another measure, another company's figure or another period's
  move is never quoted as the answer.
- **Such a question is embedded as a why-question** (``as_why``): "What is pushing up installation costs?" is
  compared with the report's sentences as "Why did installation costs rise?", which is how they explain it.
- **"How far has X fallen from its peak?" asks for a figure** (``asks_distance``): a sentence saying that X fell
  from a peak without the distance is no answer; "58% below their 2022 peak" is (``states_distance``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from ..text.moves import UP_PUSH_VERBS as _UP_VERB, DOWN_PUSH_VERBS as _DOWN_VERB
from ..text.stems import word_folded

__all__ = ["FRAME_WORDS", "as_why", "asked_effect", "effect_phrase", "asks_distance", "asks_move_amount", "states_move", "topic_said", "asks_reason", "causal_as", "changes_asked", "effect_after", "effect_clause",
           "explains_asked", "lead_effect_text", "states_distance"]

# the words that ask why, not what moved: left out of a reason question's words for overlap
FRAME_WORDS = frozenset("""behind push pushes pushed pushing account accounts accounted explain explains explained
    explaining drove drive drives driving driven cause causes caused causing led lead leads leading lie lies lay reason
    reasons come hold holds holding held back weigh weighs weighed weighing fuel fuels fuelled fueled fuelling fueling
    lift lifts lifted lifting hurt hurts hurting boost boosts boosted boosting drag drags dragged dragging underlying
    main chief key biggest factor factors blame blames blamed blaming""".split())

# "What is pushing up ...", "What accounts for ...", "What is holding back ...", "How come ...", "What is the reason for"
_REASON_SYNONYM = re.compile(
    r"(?i)^\s*(?:what|which\s+(?:factors?|things?|forces?|developments?))\s+(?:(?:is|are|was|were|has\s+been|have\s+been|"
    r"has|have|had)\s+)?(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?"
    r"(?:pushing|pushed|pushes|push|driving|driven|accounts?\s+for|accounted\s+for|explains?|explained|explaining|"
    r"lies\s+behind|lay\s+behind|behind|holding\s+back|holds?\s+back|held\s+back|weighing\s+on|weighs?\s+on|weighed\s+on|"
    r"pull(?:ing|ed|s)?(?=\s+(?:down|up|back)\b|\s+(?:the|its|their|this|that|these|it|them)\b)|"
    r"dragging|dragged|drags|lifting|lifted|lifts|fuell?ing|fuell?ed|fuels|hurting|hurt|hurts|causing|caused|causes|"
    r"led\s+to|leads?\s+to|leading\s+to|boosting|boosted|boosts|dampen(?:ing|ed|s)?|depress(?:ing|ed|es)|"
    r"sending|sent|keeping|kept|propping\s+up|propped\s+up|underpinn?(?:ing|ed)|underpins|slowing|slowed|slows|"
    r"squeezing|squeezed|squeezes|eroding|eroded|erodes|"
    # verbs of upheaval: "What has been reshuffling the ranking of sellers?" asks what caused the reshuffle (A3)
    r"reshuffl(?:ing|ed|es)|reshap(?:ing|ed|es)|transform(?:ing|ed|s)|disrupt(?:ing|ed|s)|upend(?:ing|ed|s)|"
    r"reorder(?:ing|ed|s)|redraw(?:ing|n|s)|redrew|shak(?:ing|en|es)\s+up|shook\s+up)\b|"
    r"^\s*how\s+come\b|"
    r"\bwhat\s+(?:is|are|was|were)\s+(?:the\s+)?(?:main\s+|chief\s+|key\s+|biggest\s+|underlying\s+)?"
    r"(?:reasons?|causes?|explanations?)\s+(?:for|of|behind)\b"
)
# a change noun or verb phrase before the asked thing: "the fall in", "the rise of", "pushing up"
_CHANGE_NOUN = re.compile(
    r"(?i)^(?:the\s+|this\s+|that\s+|its\s+|their\s+)?(?:recent\s+|sharp\s+|steep\s+|continued\s+|slower\s+|faster\s+|"
    r"expected\s+|forecast\s+|projected\s+|planned\s+|likely\s+)?"
    r"(?:fall|falls|drop|drops|decline|declines|rise|rises|increase|increases|decrease|decreases|growth|slowdown|"
    r"jump|surge|slump|change|changes|gap|weakness|strength|shift|recovery|rebound|squeeze|pressure|improvement|"
    r"deterioration|narrowing|widening|collapse|plunge|climb|swing|lag|stall|contraction|expansion|reduction|"
    r"cut|cuts|increase|gain|gains|loss|losses|improvement|erosion|compression)\s+(?:in|of|on)\s+"
)
_PREP = re.compile(r"(?i)\b(?:in|of|per|for|at|as|among|across|from|on|over|to|between|within|by|during|since|"
                   r"compared|relative|versus|vs|than|after|before|this|last|so|up|down)\b")
_AUX = r"(?:did|does|do|has|have|had|is|are|was|were|will|would|could|should|might|may|can)"
# verbs and change words that end the subject of "Why did X fall?"
_VERBISH = re.compile(
    r"(?i)^(?:fall|fell|fallen|falling|rise|rose|risen|rising|grow|grew|grown|growing|drop|dropped|dropping|decline|declined|"
    r"declining|increase|increased|increasing|decrease|decreased|decreasing|narrow|narrowed|narrowing|widen|widened|"
    r"widening|improve|improved|improving|weaken|weakened|weakening|strengthen|strengthened|slow|slowed|slowing|"
    r"deteriorate|deteriorated|deteriorating|worsen|worsened|worsening|"
    r"accelerate|accelerated|climb|climbed|climbing|jump|jumped|surge|surged|slump|slumped|shrink|shrank|shrunk|"
    r"expand|expanded|contract|contracted|change|changed|stall|stalled|stay|stayed|remain|remained|lag|lagged|"
    r"lagging|beat|miss|missed|outpace|outpaced|underperform|underperformed|outperform|outperformed|recover|recovered|"
    r"rebound|rebounded|soften|softened|ease|eased|tighten|tightened|lose|lost|gain|gained|become|became|turn|turned|"
    r"go|went|gone|come|came|hold|held|stop|stopped|sell|sold|ship|shipped|collapse|collapsed|plunge|plunged|"
    r"soar|soared|spike|spiked|double|doubled|halve|halved|reverse|reversed|struggle|struggled|fail|failed|need|"
    r"want|choose|chose|decide|decided|cut|raise|raised|lower|lowered|exceed|exceeded|trail|trailed|move|moved|"
    r"shift|shifted|vary|varied|differ|differed|get|got|make|made|take|took|pay|paid|spend|spent|buy|bought|"
    r"end|ended|start|started|keep|kept|leave|left|report|reported|post|posted|record|recorded|see|saw|seen|"
    r"account|accounts|accounted|represent|represents|represented|dominate|dominates|dominated|lead|leads|led|"
    r"higher|lower|up|down|so|such|more|less|fewer|better|worse|faster|slower|than|not|n't|never|going|coming|"
    r"expected|likely|set|projected|forecast|due)$"
)
_STOP = frozenset("""the a an its their our his her this that these those it they them he she we us of in for on at by to
    from and or with per
    what which who why how is are was were did does do has have had will would can could should may might be been
    being much many so such very more most less least some any all each every other another own same year years
    quarter quarters month months fiscal""".split())
# words used for one another when a report explains a move
_SAME_WORDS = [
    "sales revenue revenues turnover",
    "price prices pricing tariffs",
    "cost costs expense expenses spending bill bills",
    "margin margins profitability",
    "volume volumes units shipments deliveries shipped",  # "Makers shipped 12.4 million units": the shipments' verb
    "production output",  # "how much did output grow": "Production rose by 3.3%" (session 27)
    "demand orders bookings uptake adoption",
    "hours utilisation utilization",
    "installations deployments additions",
    "fleet aircraft vessels vehicles",
    "guidance outlook forecast expect expects expected target targets projection",
]


def _stem(word: str) -> str:
    """A light stem: lower case, no possessive, no plural "s", the first five letters ("sales" -> "sale",
    "installation"/"installed" -> "insta")."""
    return word_folded(word)[:5]


_SAME = [frozenset(_stem(w) for w in group.split()) for group in _SAME_WORDS]


def _same(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in _SAME)


def asks_reason(question: str) -> bool:
    """Does the question ask for a reason in words other than "why"/"what drove" ("What is pushing up ...", "What
    accounts for ...", "How come ...", "What is the reason for ...")?"""
    return bool(_REASON_SYNONYM.search(question))


_CHANGE_VERB = {"fall": "fall", "falls": "fall", "drop": "drop", "drops": "drop", "decline": "decline",
                "declines": "decline", "rise": "rise", "rises": "rise", "increase": "increase", "increases": "increase",
                "decrease": "decrease", "decreases": "decrease", "growth": "grow", "slowdown": "slow", "jump": "jump",
                "surge": "surge", "slump": "slump", "recovery": "recover", "rebound": "rebound", "reduction": "fall",
                "gain": "rise", "gains": "rise", "loss": "fall", "losses": "fall", "improvement": "improve",
                "narrowing": "narrow", "widening": "widen", "collapse": "collapse", "climb": "climb"}


def as_why(question: str) -> str | None:
    """A why-question worded with another verb of cause, said with "why" (what a report's explaining sentence is
    close to): "What is pushing up installation costs?" -> "Why did installation costs rise?", "What accounts for the
    drop in the price per delivery?" -> "Why did the price per delivery drop?"; None for any other question."""
    if not asks_reason(question):
        return None
    q = " ".join(question.strip().rstrip("?").split())
    if re.match(r"(?i)^\s*how\s+come\b", q):
        return re.sub(r"(?i)^\s*how\s+come\b", "Why", q) + "?"
    subject = _subject_of(q)
    if not subject:
        return None
    m = _CHANGE_NOUN.match(subject)
    if m:
        noun = re.search(r"(?i)(\w+)\s+(?:in|of|on)\s+$", m.group(0)).group(1).lower()
        return f"Why did {subject[m.end():]} {_CHANGE_VERB.get(noun, 'change')}?"
    verb = "rise" if _UP_VERB.search(q) else "fall" if _DOWN_VERB.search(q) else "change"
    return f"Why did {subject} {verb}?"


def _subject_of(question: str) -> str:
    """The words naming what moved: "Why did <X> fall?" -> X; "What is pushing up <X>?" -> X; "" when not found."""
    q = " ".join(question.strip().rstrip("?").split())
    # "According to the report, why did ...", "why did ..., according to its CEO": whose view, not what moved
    q = re.sub(r"(?i)^\s*(?:according\s+to|in\s+the\s+(?:view|words)\s+of|per)\s+[^,]{1,80},\s*", "", q)
    q = re.sub(r"(?i),?\s*according\s+to\s+[^,]{1,80}$", "", q)
    m = re.match(rf"(?i)^\s*(?:why|how\s+come|(?:by\s+)?how\s+(?:much|far|many\s+(?:percentage\s+|basis\s+)?points))\s+"
                 rf"(?:{_AUX}\s+)?(.*)$", q)  # "Why did X fall?", "By how much did X grow?"
    if m:
        words = m.group(1).split()
        out = []
        for w in words:
            if _VERBISH.match(w.strip(",.'’")) and out:
                break
            out.append(w)
        return " ".join(out)
    m = re.match(r"(?i)^\s*what\s+(?:is|was|were|are)\s+the\s+(?:percentage\s+|annual\s+)?(?:change|increase|decrease|"
                 r"growth|rise|fall|drop|decline|gain|loss)\s+(?:in|of)\s+(.*)$", q)
    if m:  # "What was the increase in X?"
        return m.group(1)
    m = _REASON_SYNONYM.search(q)
    if m:
        rest = q[m.end() :]
        rest = re.sub(r"(?i)^\s*(?:up|down|back|on|higher|lower)\b", "", rest)
        return rest.strip(" ,")
    m = re.search(rf"(?i)\bwhat\s+(?:\w+\s+){{0,2}}?(?:drove|drives|driven|caused|causes|explains?|explained|led\s+to|"
                  r"lies\s+behind|was\s+behind|is\s+behind|limited|limits|held\s+back|holds\s+back|contributed\s+to|"
                  r"helped|helps|hurt|hurts|weighed\s+on|pushed|boosted|supported)\s+(.*)$", q)
    if m:
        rest = re.sub(r"(?i)^\s*(?:up|down|back|on|higher|lower)\b", "", m.group(1))
        return rest.strip(" ,")
    return ""


# adverbs that stand between the asked thing and its verb ("its revenue still grew", "sales nevertheless fell")
_BEFORE_VERB = frozenset("still nevertheless nonetheless actually even anyway also again".split())


def asked_effect(question: str) -> tuple[str | None, frozenset[str]]:
    """The head of the thing a reason question asks about and the stems of its words: "Why did heat pump sales in
    Germany fall in 2024?" -> ("sales", {heat, pump, sales}); (None, {}) when it cannot be read. Names (capitalised
    words, possessives), years and change words ("the fall in", "pushing up") are not part of it."""
    keep = _effect_words(question)
    if not keep:
        return None, frozenset()
    if _closing_move(keep):
        keep = keep[:-1]  # "net sales growth": the thing that moved is net sales (its move is read elsewhere)
    return _stem(keep[-1]), frozenset(_stem(w) for w in keep)


# a change noun closing the asked phrase after the measure's own words ("net sales growth", "gross margin expansion",
# "operating income decline"): the move asked about, not the measure that moved
_CLOSING_MOVE = frozenset("""growth decline declines increase increases decrease decreases improvement improvements
    deterioration expansion contraction compression erosion drop drops rise fall slowdown rebound recovery change
    changes swing""".split())


def _closing_move(words: Sequence[str]) -> bool:
    """Does the asked phrase end with a change noun after at least one word of the measure ("net sales growth")?
    General rule: in English noun compounds the head is last, so "revenue growth" is a growth, of revenue; the filer
    states it with the measure as subject and a verb ("Revenue increased 8%, primarily due to ..."), so the measure,
    not the change noun, is what its effect clause must say."""
    return len(words) >= 2 and words[-1].lower() in _CLOSING_MOVE


def effect_phrase(question: str) -> str:
    """The asked thing of a reason question in its own words, names and change words left out ("What drove the
    increase in Contoso's fuel surcharge revenue in fiscal 2025?" -> "fuel surcharge revenue"); "" when it cannot be read."""
    return " ".join(_effect_words(question))


# a bracketed aside glossing the words before it: a former or other name ("(formerly known as Square)", "(now Contoso
# Group)") or an abbreviation ("(ARR)", "(SG&A)"); never a qualifier of the measure ("(excluding fuel)")
_ASIDE = re.compile(r"\s*\((?:(?:formerly|previously|now|also|hereafter|hereinafter)\b[^()]{0,60}|[A-Z][A-Z&.\-]{1,9}s?)\)")


def _effect_words(question: str) -> list[str]:
    """The common nouns of the asked thing's phrase (see ``asked_effect``)."""
    subject = _subject_of(question)
    # GENERAL RULE (session 31, #11): an aside in brackets glosses the words before it ("Block's (formerly known as
    # Square) subscription revenue", "annualized recurring revenue (ARR)"): a former name or an abbreviation, never the
    # thing that moved; the asked phrase is read without it
    subject = _ASIDE.sub(" ", subject)
    subject = re.sub(r"\b(?:19|20)\d\d\b", " ", subject)
    subject = _CHANGE_NOUN.sub("", subject.strip())
    subject = _CHANGE_NOUN.sub("", subject.strip())  # "the recent fall in the rise of" is rare; twice is enough
    words = re.findall(r"[A-Za-z][\w'’&-]*", subject)
    phrase: list[str] = []
    for w in words:
        if _PREP.fullmatch(w) and phrase:
            break
        if (_VERBISH.match(w) or w.lower() in _BEFORE_VERB) and phrase:
            break  # "why did its revenue still grow": an adverb before the verb ends the asked thing too
        phrase.append(w)
    # names (capitalised words, possessives) say whose; the asked thing is the common nouns of the phrase
    return [w for w in phrase if w.lower() not in _STOP and not w[:1].isupper() and not re.search(r"['’]s$", w)
            and not _VERBISH.match(w)]


def _acronyms(question: str) -> set[str]:
    """Acronyms in the asked phrase ("SG&A expense"): a report may explain the move naming only them ("SG&A fell")."""
    return {_stem(w) for w in re.findall(r"\b[A-Z][A-Z&]{1,6}\b", _subject_of(question)) if not re.fullmatch(r"[A-Z]", w)}


# a clause that says what moved: a change verb or a comparison
_MOVE = re.compile(
    r"(?i)\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|grew|grow(?:s|n|ing)?|growth|declin\w*|drop\w*|increas\w*|"
    r"decreas\w*|climb\w*|jump\w*|surg\w*|slump\w*|shr[iau]nk\w*|expand\w*|contract\w*|narrow\w*|widen\w*|"
    r"improv\w*|weaken\w*|strengthen\w*|slow\w*|accelerat\w*|soften\w*|eas(?:ed|ing)|tighten\w*|recover\w*|"
    r"rebound\w*|plung\w*|soar\w*|doubl\w*|halv\w*|stall\w*|deteriorat\w*|worsen\w*|held\s+steady|flat|higher|lower|up|"
    r"down|more|less|fewer)\b"
)
# a clause that names no effect but the cause: "This was because ...", "A shortage of installers is the main reason"
_CAUSE_SUBJECT = re.compile(
    r"(?i)\b(?:is|was|are|were|remains?|remained)\s+(?:the|a|one)\s+(?:\w+\s+){0,2}?(?:reasons?|causes?|drivers?|"
    r"explanations?|culprits?|factors?|contributors?)\b|^\s*(?:this|that|these|it)\s+(?:was|is|were|are)\b|"
    r"^\s*(?:the|this|that)\s+(?:\w+\s+){0,2}?(?:increase|decrease|decline|rise|fall|drop|change|growth|gain|loss|"
    r"improvement|deterioration)s?\s+(?:was|is|were|reflects?|reflected|came|comes|stemm?ed|stems)\b"
)


_MEASURED_CHANGE = re.compile(r"(?i)\b(growth|expansion|recovery|adoption|uptake|demand)\s+(?:in|of|for)\b")


def _measured_change(question: str) -> set[str]:
    """A change noun that is itself a measure ("What limits growth in the heat pump market?": *growth* is limited),
    as a light stem; a report may explain it without naming the market again ("Growth is held back by ...")."""
    return {_stem(m.group(1)) for m in _MEASURED_CHANGE.finditer(_subject_of(question))}


# "The increase was driven by ...", "The $74 million increase reflected ...", "This improvement came from ...",
# "These declines were partly offset by ...": a change named by a determiner and a change noun alone (no "in X" /
# "of X" after it) is the change the sentence before states
_CHANGE_ANAPHOR = re.compile(
    r"(?i)^\s*(?:the|this|that|these|those|such)\s+(?:(?:[$€£]\s?)?\d[\d.,]*\s*(?:%|percent|million|billion|thousand|"
    r"basis[-\s]points?|percentage[-\s]points?|points?)?\s+|(?:year-over-year|year-on-year|overall|net|sharp|slight|"
    r"significant|modest)\s+)*(?:increases?|decreases?|declines?|rises?|falls?|drops?|changes?|growth|gains?|losses?|"
    r"improvements?|deterioration|reductions?|benefits?|headwinds?|tailwinds?|factors?|items?|effects?|impacts?|swings?|"
    r"shifts?|slowdown|downturn|slump|rebound|recovery|jump|surge)\b"
    r"(?!\s+(?:in|of|on|at)\s)"
)


# "..., which is why average utilisation stalled", "That is why margins fell", "... explains why ...": the cause comes
# first, the effect after the marker
_EFFECT_AFTER = re.compile(r"(?i)(?:(?:which|that|this)\s+(?:is|was)\s+why|explains?\s+why)\s+")


def effect_after(sentence: str, cause_at: int) -> bool:
    """Does the cause marker at ``cause_at`` put the effect after it ("..., which is why utilisation stalled")?"""
    return cause_at >= 0 and bool(_EFFECT_AFTER.match(sentence, cause_at))


def effect_clause(sentence: str, cause_at: int, before: str = "") -> str:
    """The words stating the change a causal sentence explains: the clause before its cause marker (at
    ``cause_at``), or the sentence before it when that clause names no change ("A shortage of installers is the
    main reason", "This was because ..."). A clause naming its change by an anaphor ("The increase was driven by
    ...", "This improvement came from ...": a determiner and a change noun with no "in X"/"of X") explains the
    change the sentence before states: that sentence is the effect (with the anaphor's own words)."""
    head = sentence[:cause_at] if cause_at > 0 else ""
    after = _EFFECT_AFTER.match(sentence, cause_at) if cause_at >= 0 else None
    if after:  # "Ports grew faster than BEV sales, which is why utilisation stalled": the effect follows the marker
        return sentence[after.end() :]
    if head and before and _CHANGE_ANAPHOR.match(head):
        return f"{before} {head}"
    if not _stems(head) and cause_at >= 0:
        # "Given our strong start, we now expect ...", "Because of X, sales fell": the cause opens the sentence, the
        # change is stated in the main clause after it
        comma = sentence.find(",", cause_at)
        return sentence[comma + 1 :] if comma > 0 else before
    if head.strip() and _CAUSE_SUBJECT.search(sentence[: max(cause_at, 0) + 40]) and not _MOVE.search(
            re.split(r"(?i)\b(?:is|was|are|were)\s+(?:the|a|one)\b", head)[0]):  # fmt: skip
        return before
    if _CAUSE_SUBJECT.match(sentence) and not _MOVE.search(head):
        return before
    if not head.strip() or not (_MOVE.search(head) or _stems(head)):
        return before
    return head


# a clause of a list's lead-in that looks ahead: a modal or a verb of expectation ("and we expect the first two to
# matter most in 2025", "which should persist into 2026")
_LOOKS_AHEAD = re.compile(r"(?i)\b(?:will|would|shall|should|may|might|expects?|expected|expecting|forecasts?|"
                          r"projects?|projected|likely|going\s+to)\b")
_CLAUSE_BREAK = re.compile(r"(?i),\s+(?=(?:and|but|while|which|of\s+which|though|although|with)\b)|;\s+|\s+-\s+|\s+\u2014\s*")


def lead_effect_text(lead: str) -> str:
    """The words of a list's lead-in that state the change its items explain: the lead-in less its clauses that look
    ahead ("Orders rose on three counts, and the last two should weigh on 2026 as well:" -> "Orders rose on
    three counts"). Rule: a year in a clause saying what will happen dates that expectation, not the change the list
    explains; the lead-in's first clause (the one stating the change) is always kept."""
    clauses = _CLAUSE_BREAK.split(lead)
    if len(clauses) < 2:
        return lead
    kept = [clauses[0]] + [c for c in clauses[1:] if not _LOOKS_AHEAD.search(c)]
    return " ".join(kept)


def states_move(text: str) -> bool:
    """Does a clause state a move ("rose", "have climbed", "fell 9%", "higher")?"""
    return bool(_MOVE.search(text))


def topic_said(question: str, text: str) -> bool:
    """Does ``text`` (a candidate with its heading, the sentence before and its report's title) say every word of
    the thing a reason question asks about ("heat pump installation costs": heat, pump, installation, costs)?"""
    head, words = asked_effect(question)
    if head is None:
        return False
    said = _stems(text)
    return all(any(_same(w, s) for s in said) for w in words)


def changes_asked(question: str, sentence: str, before: str = "") -> bool:
    """Does the change a sentence states belong to the measure a "by how much" question asks about ("By how much
    did the fleet grow?": "The average price per delivery fell 15%" states the price's change)? The words before
    its first move word must say the asked head (or a word used for it); a sentence opening with "It"/"This" takes
    the sentence before. True when the question's measure cannot be read."""
    head, _ = asked_effect(question)
    if head is None:
        return True
    m = _MOVE.search(sentence)
    if m is None:
        return True  # no move word: the other checks judge it
    clause = sentence[: m.start()]
    if re.match(r"(?i)^\s*(?:it|its|they|their|this|these|that)\b", clause) and before:
        clause = before + " " + clause
    elif not _stems(clause):  # "Growth in revenue was 8%": the measure comes after the move word
        clause = re.split(r"\d", sentence[m.start() :], maxsplit=1)[0]
    said = _stems(clause)
    return any(_same(h, s) for h in {head} | _acronyms(question) for s in said)


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z][\w'’&-]*", text) if w.lower() not in _STOP and len(w) > 2}


def explains_asked(question: str, sentence: str, cause_at: int, before: str = "") -> bool:
    """Does a causal sentence explain the change the question asks about? The clause stating the explained change
    (``effect_clause``) must say the asked head (or a word used for it: "Turnover fell" explains revenue). True when
    the question's effect cannot be read (the other checks judge the sentence). Which market or company it is about
    is left to the subject and scope checks."""
    head, words = asked_effect(question)
    if head is None:
        return True
    effect = effect_clause(sentence, cause_at, before)
    said = _stems(effect)
    if head in _REVISION_HEADS and _FORECAST_REVISED.search(effect):
        # "..., and why was it revised?": the forecast the part before asks is revised in the clause before the cause
        # ("We now expect ..., cut from USD 94.8 billion in our January note, because ..."). GENERAL RULE (session 31):
        # a revision asked by its bare verb is stated by any verb revising a forecast from its earlier figure
        return True
    if head == "flow" and {"cash", "activ"} <= said:
        return True  # "operating cash flow" explained as the filer's "net cash provided by operating activities"
    moves = {_stem(keep[-1]) for keep in [_effect_words(question)] if _closing_move(keep)}  # "Growth was driven by ..."
    # "What drove the growth of its ATM Services segment?": a part of the company asked grows by its revenues, which
    # is the move the filer's segment discussion states ("Second quarter revenues increased 13.0%")
    unit = {_stem("revenues"), _stem("sales")} if head in _UNIT_HEADS else set()
    return any(_same(h, s) for h in {head} | moves | _measured_change(question) | _acronyms(question)
               | conjoined_heads(question) | unit for s in said)


# a revision asked by its bare verb ("why was it revised?", "why has it changed?"), and a clause revising a forecast
# from its earlier figure ("cut from USD 94.8 billion", "raised from 2,020 thousand", "revised down from") in a sentence
# that names the forecast ("we now expect", "our January outlook")
_REVISION_HEADS = frozenset({"revis", "chang", "updat"})
_FORECAST_REVISED = re.compile(
    r"(?i)^(?=.*\b(?:forecasts?|expects?|expected|outlook|estimates?|projections?|guidance)\b).*\b(?:cut|lowered|raised|"
    r"lifted|trimmed|reduced|revised(?:\s+(?:up|down)(?:wards?)?)?)\s+(?:it\s+|them\s+)?from\b", re.S)


_UNIT_HEADS = frozenset(_stem(w) for w in "segment division business unit brand operations".split())


def conjoined_heads(question: str) -> set[str]:
    """The other head of an asked thing that joins two measures ("Why did its revenues and profit fall?" -> {reven}):
    each is a move the question asks about, and the filer explains each in a sentence of its own (session 24, #11)."""
    words = _effect_words(question)
    if len(words) < 2 or _closing_move(words):
        return set()
    joined = re.search(rf"(?i)\b{re.escape(words[-2])}\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){{0,2}}?{re.escape(words[-1])}\b",
                       _subject_of(question))
    return {_stem(words[-2])} if joined else set()


# "How far have Italian sales fallen from their peak?", "How far below its peak is ...?", "How far is X off its high?"
_DISTANCE_Q = re.compile(
    r"(?i)\bhow\s+far\s+(?:below|above|off|from|short\s+of|behind|ahead\s+of|under|beneath)\b|"
    r"\bhow\s+far\s+(?:has|have|had|is|are|was|were|did|does|do)\b.*\b(?:fallen|fell|fall|dropped|drop|declined|decline|"
    r"slipped|slid|slumped|risen|rose|rise|climbed|recovered|rebounded|come|moved|below|above|off|short\s+of|behind|"
    r"ahead\s+of|under|beneath|from\s+(?:its|their|the)\s+(?:peak|high|low|record|level|target))\b"
)
_DISTANCE = re.compile(
    r"(?i)(?:\d[\d,.]*\s*(?:%|percent|per\s+cent|percentage\s+points?|points?)|[$€£]\s?\d[\d,.]*(?:\s?(?:billion|million|"
    r"thousand|bn|m))?|\b\d[\d,.]*\s*(?:million|billion|thousand)?\s*[a-z]*)\s+(?:below|above|under|off|short\s+of|"
    r"beneath|from|down\s+from|up\s+from|lower\s+than|higher\s+than|less\s+than|more\s+than)\b|"
    r"\b(?:fallen|fell|dropped|declined|slid|slumped|down|up|risen|rose|climbed)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|"
    r"almost\s+|roughly\s+|around\s+)?(?:[$€£]\s?)?\d[\d,.]*\s*(?:%|percent|per\s+cent|percentage\s+points?|points?|"
    r"million|billion|thousand)?|\b(?:half|a\s+third|a\s+quarter|two-thirds|three-quarters)\s+(?:below|under|off|of)\b"
)


_REFERENCE = re.compile(r"(?i)\b(peak|high|highs|record|low|lows|target|pre-pandemic|trough|top|maximum|minimum)\b")


def distance_reference(question: str) -> set[str]:
    """The level a "how far" question measures from ("from their peak" -> {"peak"}); empty when it names none."""
    return {m.group(1).lower().rstrip("s") for m in _REFERENCE.finditer(question)} if asks_distance(question) else set()


# "fell 15% in 2024 as operators flew more routes": "as" opening a clause after a move is its cause; "as a share of",
# "as expected", "as well", "as of" are not
_AS = re.compile(r"(?i)\bas\s+(?!(?:a|an|the)\s+(?:share|percentage|proportion|result|whole|percent|portion|group|"
                 r"rule|consequence)\b|(?:well|of|expected|much|many|long|far|part|such|per|if|though|for|to|in|at|on|"
                 r"soon|usual|planned|previously|before|opposed|against|compared|follows|shown|noted|reported|described|"
                 r"measured|defined|forecast|anticipated|estimated|announced|a\s+whole|such|with|percentage|share)\b)"
                 r"(?:[\w'’&,-]+\s+){2,}")


_AS_AFTER = re.compile(  # a figure, a period, a comma or a move right before a clause-opening "as"
    r"(?i)(?:,|\d%?|\b(?:percent|points|year|years|quarter|month|months|period|(?:19|20)\d\d|rose|fell|grew|dropped|"
    r"declined|increased|decreased|climbed|slipped|slowed|eased|jumped|surged|improved|weakened|narrowed|widened|"
    r"sharply|steadily|further|again|too))\s*$")
_FINITE = re.compile(  # the clause after it has a finite verb within a few words ("as operators flew more routes")
    r"(?i)^as\s+(?:[\w'’&-]+\s+){1,5}?(?:[a-z]{3,}ed|was|were|is|are|has|have|had|did|rose|fell|grew|flew|began|came|"
    r"took|made|kept|met|ran|won|lost|paid|sold|bought|saw|left|held|became|went|drew|gave|cut|shut|spent|built)\b")


def causal_as(sentence: str) -> int:
    """Where a causal "as" opens its clause ("The price per delivery fell 15% in 2024 as operators flew more
    routes"), or -1: right after a figure, a period, a comma or a move verb, opening a clause with a finite verb, in
    a sentence stating a move before it; never "sold as parts of", "as a share of", "as expected"."""
    for m in _AS.finditer(sentence):
        before = sentence[: m.start()]
        if m.start() > 0 and _MOVE.search(before) and _AS_AFTER.search(before) and _FINITE.match(sentence[m.start() :]):
            return m.start()
    return -1


_MOVE_AMOUNT = re.compile(
    r"(?i)\bhow\s+much\s+(?:is|are|was|were|will|would|did|do|does|has|have|had)\b(?:\s+[\w'’&-]+){1,8}?\s+"
    r"(?:go(?:ing)?\s+up|go(?:ing)?\s+down|gone\s+(?:up|down)|went\s+(?:up|down)|ris(?:e|ing|en)|rose|increas\w*|"
    r"grow(?:ing|n)?|grew|fall(?:ing|en)?|fell|drop(?:ping|ped)?|climb\w*|declin\w*|decreas\w*|jump\w*|"
    r"expected\s+to\s+(?:rise|grow|increase|fall|drop|decline))\b"
)


def asks_move_amount(question: str) -> bool:
    """Does a "how much" question ask the size of a move ("How much are prices going up for 2025?", "How much will
    demand grow in 2026?")? Its answer is a change ("by 10% to 15%"), not a level."""
    return bool(_MOVE_AMOUNT.search(question))


def asks_distance(question: str) -> bool:
    """Does the question ask how far something is from a level ("How far have sales fallen from their peak?")? It
    asks for a figure, like "by how much"."""
    return bool(_DISTANCE_Q.search(question))


def states_distance(sentence: str, question: str = "") -> bool:
    """Does a sentence state a distance as a figure ("58% below their 2022 peak", "have fallen 40% from the peak",
    "down 1.2 million units from")? "have fallen every year since their 2022 peak" does not. When the question
    names the level it measures from ("from their peak"), the sentence must name it too: a fall in one year ("fell
    31% in 2024") is not the distance from a peak."""
    if not _DISTANCE.search(sentence):
        return False
    ref = distance_reference(question)
    said = {m.group(1).lower().rstrip("s") for m in _REFERENCE.finditer(sentence)}
    return not ref or bool(ref & said)

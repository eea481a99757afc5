"""What drove a stated change: the explanation a filer or analyst writes after a figure, quoted whole (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_drivers.py``):

- **A reason part asked of the part before takes its measure** (``effect_of_part``): "What was Contoso's
  same-store occupancy at year end, and why did it go up?", "How much did the tax rate change, and what drove the
  change?": "it" / "the change" is the measure the part before asks about; the reason part is read as "Why did
  <that measure> change?", so that a sentence explaining another measure on the page ("The increase in rental
  revenue was driven by ...") is never its answer.
- **The sentence after the figure** (``explanation_after``): a filer states a change, then explains it in the
  next sentence of the paragraph, naming the change by an anaphor or restating it: "Our effective tax rate was
  14.2% for 2022 and 16.4% for 2021. The rate for 2022 was lower ... primarily due to ...", "... The increase
  reflects A, B and C." When the part before is answered by the figure's sentence, the sentence right after it
  answers the reason part if it states a cause (a cause marker: "due to", "because", "reflects", "driven by",
  "came from", "primarily", "as a result of", "attributable to", or contributions "$N from X") and opens with an
  anaphor of the change ("The increase", "This", "The rate for 2025 was lower") or restates the measure.
- **What held it back is the explanation's offsets** (``asks_against`` / ``against_line``): "What drove the increase,
  and what held it back?" asks, in its second part, what worked against the change the first part asks about. A
  filer states it in the same explanation: "..., partially offset by fewer transient visits", "These increases were
  offset by a $40 million decrease from ...". The second part is answered from the first part's quote, the offsets
  quoted verbatim under the same citation; a quote stating no offset leaves it unanswered (said so), and no other
  passage is taken for it.
- **A reason is quoted whole** (``continuation``): the sentences that go on with an explanation in its paragraph
  are part of it: an offset ("These benefits were partly offset by ...", "..., partially offset by ..."), an
  addition ("In addition, ...", "Also, ...", "Finally, ..."), contributions ("New base rates added $31 million;
  weather added $27 million"), and, after an explanation naming the change by an anaphor, a sentence giving more
  causes without figures of its own ("Lower contract rates ... reduced revenue; insurance and claims expense
  rose sharply"). The quote stops at a heading, a bullet or table row, a paragraph break, a sentence stating
  another item's figure, or after three sentences. A reasons question answered with its first reason only is
  incomplete.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from ..text.bindings import bind_numbers
from ..text.months import MONTH_ABBR
from ..text.numbers import claims, parse_numbers
from ..text.sentences import is_heading
from . import prose_causes as causes
from . import prose_lists
from . import prose_reasons as reasons
from . import measure_frames
from ..text.moves import UP_DRIVER_WORDS as _UP_WORDS, DOWN_DRIVER_WORDS as _DOWN_WORDS

__all__ = ["annual_move", "factors_above", "members_after", "states_change", "points_back", "section_segment", "asks_against", "against_line", "reason_query", "base_years", "figureless_base_years", "cause_list_lead",
           "continuation", "contributions", "effect_of_part", "elaborates",
           "explanation_after", "opens_with_anaphor", "other_item", "says_head", "stated_effect", "states_cause", "why_list"]

# a reason part that names its effect by a pronoun or an anaphor only: "why did it go up", "what drove the change",
# "why did that happen", "what explains the increase"
_ANAPHORIC_PART = re.compile(
    r"(?i)\b(?:it|they|this|that|these|those|the\s+(?:change|changes|increase|decrease|decline|rise|fall|drop|"
    r"improvement|deterioration|growth|move|movement|swing|shift|difference|gap))\b"
)
_WHAT_WAS = re.compile(
    r"(?i)^\s*(?:what|how\s+much|how\s+many|how\s+large|how\s+big|how\s+high)\s+(?:(?:was|were|is|are|did|does|do|has|"
    r"have|had)\s+)?(?:the\s+)?(?P<subject>.+?)(?:\s+(?:at|as\s+of|in|for|during|between|from|over|on|change|changed|"
    r"rise|rose|fall|fell|grow|grew|increase|increased|decrease|decreased|decline|declined|improve|improved|move|"
    r"moved|compared?|versus|vs\.?|and)\b.*)?$"
)


def effect_of_part(prev_text: str, text: str) -> str:
    """The why-question a reason part asks when it names its effect only by a pronoun or an anaphor ("why did it go
    up?", "what drove the change?"): "Why did <the part before's measure> change?"; "" when the part names its own
    effect (``prose_causes.asked_effect`` reads a head) or the part before names none."""
    head, _ = causes.asked_effect(text)
    if head is not None and not re.search(r"(?i)\b(?:that|this|the\s+same|its|their)\s+\w+\s+(?:go|went|rise|rose|fall|"
                                          r"fell|grow|grew|change|changed|increase|decrease|improve)", text):
        return ""
    if not _ANAPHORIC_PART.search(text):
        return ""
    subject = ""
    if causes.asked_effect(prev_text)[0] is not None:
        subject = causes._subject_of(prev_text)
    if not subject:
        m = _WHAT_WAS.match(prev_text.strip(" ?"))
        subject = m.group("subject") if m else ""
    subject = subject.strip(" ,")
    if not subject or causes.asked_effect(f"Why did {subject} change?")[0] is None:
        return ""
    return f"Why did {subject} change?"


# a cause stated: the markers filers and analysts write before a reason, and contributions "$71.8 million from X"
_CAUSE = re.compile(
    r"(?i)\b(?:because|due\s+(?:primarily\s+|mainly\s+|largely\s+|principally\s+)?to|driven\s+(?:primarily\s+|mainly\s+|"
    r"largely\s+)?by|reflect(?:s|ed|ing)?|came\s+from|comes\s+from|stemm?(?:ed|s)?\s+from|" + reasons.HOLDER + r"attributable\s+to|"
    r"attributed\s+to|as\s+a\s+result\s+of|resulted\s+from|resulting\s+from|caused\s+by|owing\s+to|led\s+by|"
    r"(?:primarily|mainly|largely|principally)\s+(?:from|on|as|by|due|because|reflecting)|consisted\s+of|"
    r"(?:helped|supported|boosted|hurt|offset|lifted|aided)\s+by|thanks\s+to)\b"
    r"|(?:[$€£]\s?\d[\d.,]*\s*(?:million|billion|thousand)?|\d[\d.,]*\s*(?:%|percent))\s+(?:was\s+|is\s+)?"
    r"(?:from|of\s+which|related\s+to|attributable\s+to|due\s+to)\b"
)
# the change named by an anaphor, or the measure restated with its move: "The increase ...", "This ...", "The rate for
# 2022 was lower than ...", "These benefits ...", "Higher X ..." is not one
_ANAPHOR_OPENING = re.compile(
    r"(?i)^\s*(?:this|these|that|those|it|such)\b|^\s*the\s+(?:(?:[$€£]\s?)?\d[\d.,]*\s*(?:%|percent|million|billion|"
    r"thousand|basis\s+points?|percentage\s+points?)?\s+)?(?:[\w-]+\s+){0,2}?(?:increases?|decreases?|declines?|"
    r"rises?|falls?|drops?|changes?|growth|gains?|losses?|improvements?|deterioration|reductions?|swing|shift|"
    r"difference|benefits?|slowdown|downturn|slump|weakness|shortfall|recovery|rebound|jump|surge|squeeze|"
    r"cut|revisions?|downgrades?|upgrades?)\b|^\s*the\s+(?:[\w-]+\s+){0,3}?(?:for|in)\s+(?:fiscal\s+)?(?:19|20)\d\d\s+(?:was|were)\s+"
    r"(?:higher|lower|better|worse|up|down)\b"
)
_ADDITION = re.compile(r"(?i)^\s*(?:in\s+addition|additionally|also|further(?:more)?|moreover|finally|lastly|other\s+"
                       r"(?:factors|drivers|items)|another\s+(?:factor|driver)|at\s+the\s+same\s+time)\b")
_OFFSET = re.compile(r"(?i)\b(?:partly|partially|more\s+than|largely|in\s+part)?\s*offset\b")
# "weather added $27 million", "acquisitions contributed $61.0 million": a part of the change with its amount (never
# "Franchise fees increased $17.5 million": that is another item's own change)
_CONTRIBUTION = re.compile(r"(?i)\b(?:added|contributed|subtracted)\s+(?:\w+\s+){0,3}?(?:approximately\s+|about\s+)?"
                           r"[$€£]?\s?\d")
_FIGURE = re.compile(r"[$€£]\s?\d|\d[\d.,]*\s*(?:%|percent|million|billion|thousand|basis\s+points)|\b\d{1,3}(?:,\d{3})+\b")
_ROW_OR_BULLET = re.compile(r"^\s*(?:[-•*|#]|\d+[.)]\s|\(?[a-z]\)\s)")


def states_cause(sentence: str) -> bool:
    """Does a sentence state a cause (a cause marker or a contribution "$71.8 million from acquisitions")?"""
    return bool(_CAUSE.search(sentence))


def opens_with_anaphor(sentence: str) -> bool:
    """Does a sentence name the change it explains by an anaphor ("The increase ...", "This ...", "The rate for 2022
    was lower than ...")?"""
    return bool(_ANAPHOR_OPENING.match(sentence))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _breaks(page: str, a: int, b: int) -> bool:
    """A paragraph break, heading, bullet or table row between two sentences (page offsets ``a`` .. ``b``)."""
    gap = page[a:b]
    return gap.count("\n") >= 2


def _usable(page: str, span: tuple[int, int]) -> str | None:
    text = page[span[0] : span[1]]
    flat = _flat(text)
    if not flat or _ROW_OR_BULLET.match(text) or is_heading(flat) or not re.search(r"[a-z]{2,}(?:[^.!?]|\.(?=\d))*[.!?][\"'”’)]*$", flat):
        return None
    return flat


def _spans_after(page: str, spans: Sequence[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    return [s for s in spans if s[0] >= end]


# "Properties acquired in 2025 contributed $74.2 million", "$38.6 million from developments", "an increase of $9.1
# million from new leases", "new base rates added $31 million": one part of a change, with its amount
_PART_OF_CHANGE = re.compile(
    r"(?i)\b(?:contributed|added|subtracted|accounted\s+for)\s+(?:approximately\s+|about\s+|an?\s+(?:additional\s+)?)?"
    r"[$€£]\s?\d|[$€£]\s?\d[\d.,]*\s*(?:million|billion|thousand)?\s+(?:was\s+)?(?:from|of\s+which|related\s+to|"
    r"attributable\s+to|due\s+to)\b|\b(?:increase|decrease|reduction|benefit|decline)\s+of\s+[$€£]\s?\d[\d.,]*\s*"
    r"(?:million|billion|thousand)?\s+(?:from|in|related\s+to|due\s+to|attributable\s+to)\b"
)


def contributions(sentence: str) -> int:
    """How many parts of a change a sentence gives with their amounts ("Acquisitions contributed $74.2 million,
    developments contributed $40.9 million ..., partially offset by a decrease of $6.4 million from ...")."""
    return len(_PART_OF_CHANGE.findall(sentence))


def explanation_after(page: str, spans: Sequence[tuple[int, int]], end: int) -> tuple[int, int] | None:
    """The span of the sentence right after offset ``end`` (a figure's sentence) when it explains that sentence's
    change: same paragraph, and either it opens with an anaphor of the change and states a cause, or it gives two
    or more parts of the change with their amounts (``contributions``); None otherwise."""
    after = _spans_after(page, spans, end)
    if not after or _breaks(page, end, after[0][0]):
        return None
    text = _usable(page, after[0])
    if text is None:
        lead = _flat(page[after[0][0] : after[0][1]])
        text = lead if lead.endswith(":") and cause_list_lead(lead) else None  # a list's lead-in ends in a colon
    if text is None:
        return None
    if not ((states_cause(text) or cause_list_lead(text)) and opens_with_anaphor(text)) and contributions(text) < 2:
        return None  # "The downgrade has three causes:" leads the list of the causes: it explains the change too
    return after[0]


_SUBJECT_END = re.compile(r"(?i)\b(?:was|were|is|are|has|have|had|rose|fell|grew|declined|increased|decreased|dropped|"
                          r"climbed|jumped|slipped|slowed|stalled|remained|stayed|reached|added|cut|raised)\b")


def _subject_head(sentence: str) -> str | None:
    """The last word of a sentence's opening noun phrase ("US BEV sales rose about 7%" -> "sales"), or None."""
    m = _SUBJECT_END.search(sentence)
    if m is None or m.start() == 0:
        return None
    words = re.findall(r"[A-Za-z][\w'’&-]*", sentence[: m.start()])
    return words[-1] if words and len(words) <= 6 else None


def elaborates(sentence: str, cause: str) -> bool:
    """Does a sentence go on about the cause just given ("Ports outran sales of BEVs, which is why utilisation
    stalled." then "US BEV sales rose only about 7% ..."): its opening noun phrase's head is said in the cause?"""
    head = _subject_head(sentence)
    if head is None or head.lower() in causes._STOP:
        return False
    return any(causes._same(causes._stem(head), causes._stem(w)) for w in re.findall(r"[A-Za-z][\w'’&-]*", cause))


def continuation(page: str, spans: Sequence[tuple[int, int]], end: int, anaphoric: bool, most: int = 3,
                 cause: str = "", question: str = "") -> int:  # fmt: skip
    """The end offset of an explanation that ends at ``end`` with the sentences going on with it in its paragraph
    (offsets, additions, contributions; after an explanation naming its change by an anaphor, ``anaphoric``, also
    a sentence of further causes stating no figure; a sentence going on about the ``cause`` just given, its subject
    said in it; with the ``question`` whose line the explanation is about, a sentence stating that line's move for its
    members, ``members_move``): ``end`` itself when none goes on."""
    out = end
    for k, span in enumerate(_spans_after(page, spans, end)[:most]):
        if _breaks(page, out, span[0]):
            break
        text = _usable(page, span)
        if text is None:
            break
        goes_on = bool(_ADDITION.match(text) or (_OFFSET.search(text) and (opens_with_anaphor(text) or not _FIGURE.search(
            text))) or _CONTRIBUTION.search(text) and not re.match(r"(?i)^\s*(?:our|the|its)\s+[\w\s,-]{0,40}?(?:was|were|"
                                                                   r"increased|decreased|rose|fell)\s", text))
        if not goes_on and anaphoric and not _FIGURE.search(text) and (causes.states_move(text) or states_cause(text)):
            goes_on = True  # "... came mainly from the Truckload segment. Lower contract rates ... reduced revenue"
        if not goes_on and cause and elaborates(text, cause):
            goes_on = True  # "..., which is why utilisation stalled. US BEV sales rose only about 7% ..."
        if not goes_on and question and members_move(question, text):
            goes_on = True  # "Net sales rose 9%, mainly on ... . Northern net sales rose 12% and Coastal net sales 4%, on ..."
        if not goes_on:
            break
        out = span[1]
    return out


# words that may stand before a measure's head without making it another item ("total revenue", "net sales")
_NEUTRAL_BEFORE = frozenset("""the a an its our their his her this that these those total net overall consolidated
    reported gaap annual quarterly full-year fiscal organic comparable same underlying group company's company
    higher lower increased decreased reduced improved strong weak weaker stronger record fewer more less new many
    most some additional average""".split())
# words of the basis a line's figure is stated on, not of which line it is: "Residential segment net sales" is the
# Residential segment's sales (``_qualified``); "total", "consolidated" name the whole and are not among them
_BASIS = frozenset("net reported gaap annual quarterly full-year fiscal".split())
_VERB_FORM = re.compile(r"(?i)ed$")  # "installed robots": a verb form, not a kind of item


# a part asking what worked against the change the part before asks about: "what held it back?", "and what offset
# it?", "what weighed on it?", "which factors partly offset the increase?"
_AGAINST_PART = re.compile(
    r"(?i)^\s*(?:and\s+)?(?:what|which\s+(?:factors?|items?|things?))\s+(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
    r"(?:partly\s+|partially\s+)?(?:held|holds?|holding|kept|keeps?|weighed|weighs?|weighing|offset|offsets|offsetting|"
    r"limited|limits?|dragged|drags?|dampened|tempered|restrained|cushioned|softened|counteracted|worked\s+against|"
    r"works?\s+against)\b"
)
# where an explanation turns to what worked against the change: "partially offset by", "These increases were offset
# by", "more than offset by"
_AGAINST_AT = re.compile(r"(?i)\b(?:partly|partially|more\s+than|largely|in\s+part)?\s*offset\s+(?:in\s+part\s+)?by\b|"
                         r"\b(?:were|was)\s+(?:partly\s+|partially\s+)?offset\b")


# a measure that is a ratio of two lines, not a line: its move is explained per segment or with the figures of both
# lines, so a search for "<measure> increased decreased primarily due to" finds segment sentences, never the line's
_RATIO_HEAD = re.compile(r"(?i)\b(?:margins?|rates?|ratios?|shares?|percentages?|yields?|multiples?|returns?)\b")


def reason_query(question: str) -> str | None:
    """A search text for the filer's sentence explaining the asked line's move ("What drove the increase in Contoso's
    fuel surcharge revenue in fiscal 2025?" -> "fuel surcharge revenue increased decreased primarily due to"), searched within the asked
    company's filings when the first search's pages explain nothing: a question naming the company is steered to its
    statements, where no line is explained. Only for a line named by two words or more (a bare "revenue" is every
    line's), never for a ratio ("operating margin", "effective tax rate": its explanations are segments' or need both
    lines' figures); None otherwise."""
    phrase = causes.effect_phrase(question)
    if len(phrase.split()) < 2 or _RATIO_HEAD.search(phrase):
        return None
    return f"{phrase} increased decreased primarily due to"


def asks_against(text: str) -> bool:
    """Does a reason part ask what worked against the change asked before it ("what held it back?", "and what offset
    it?"), naming that change by an anaphor or not at all?"""
    if not _AGAINST_PART.match(text):
        return False
    return bool(_ANAPHORIC_PART.search(text)) or len(re.findall(r"[A-Za-z]+", text)) <= 4


def against_line(quote: str) -> str | None:
    """The offsets an explanation states, verbatim ("partially offset by fewer transient boat visits in the spring.",
    "These increases were offset by ... Additionally, there was ..."), as the line answering "what held it back?":
    from the offset marker (or the sentence opening with an anaphor of the change it offsets) to the end of the
    explanation; None when the quote states no offset."""
    flat = _flat(quote)
    m = _AGAINST_AT.search(flat)
    if m is None:
        return None
    start = max(flat.rfind(". ", 0, m.start()), flat.rfind("; ", 0, m.start()))
    sentence_start = start + 2 if start >= 0 else 0
    opening = flat[sentence_start : m.start()]
    if re.match(r"(?i)^\s*(?:these|this|those|that|the|such)\b", opening) and len(opening.split()) <= 6:
        held = flat[sentence_start:]  # "These increases were offset by ...": the whole sentence and what goes on
    else:
        held = flat[m.start() :].strip()  # "..., partially offset by ...": the clause
    return held if len(held.split()) >= 4 else None


def other_item(question: str, effect: str, filing: bool = False) -> bool:
    """Does the clause a reason explains name the asked head as another item ("Rental revenue increased ..." for
    "Why was collaboration revenue lower?")? The word right before the head in the clause is a qualifier the asked
    thing does not have, while the asked thing has a qualifier of its own that the clause does not say. A clause
    naming the head bare ("Revenue fell ...", "Total revenue ...") or with the asked qualifier is the asked item.
    In a filing (``filing``) a line is one of several the MD&A explains one by one: a clause naming the head with any
    qualifier but the asked one ("Total net revenue increased ...", "Marina net revenue increased ...", "Net sales
    increased ..." for slip rental revenue or same-store sales) is the whole or another line, never the asked line; only the
    bare head ("Revenues increased ...") may still be it."""
    head, topic = causes.asked_effect(question)
    if head is None or len(topic) < 2:
        return False
    # the asked qualifier: the common noun right before the head in the question ("collaboration revenue"); none
    # when another kind of word stands there ("manufacturers buying robots": the buyers, not a kind of robot)
    asked_words = re.findall(r"[A-Za-z][\w'’&-]*", causes._subject_of(question))
    asked_stems = [causes._stem(w) for w in asked_words]
    at = next((i for i, st in enumerate(asked_stems) if st == head), -1)
    if at <= 0 or asked_stems[at - 1] not in topic or asked_stems[at - 1] == head or _VERB_FORM.search(asked_words[at - 1]):
        return False
    if asked_words[at - 1].lower().endswith("ing") and at >= 2 and asked_stems[at - 2] in topic:
        return False  # "manufacturers buying robots": a verb after its subject, not "parking revenue"
    own = {asked_stems[at - 1]}
    words = re.findall(r"[A-Za-z][\w'’&-]*", effect)
    stems = [causes._stem(w) for w in words]
    if filing:  # the words qualifying the clause's head decide: another line's, a segment's or the whole's
        whole = asked_words[at - 1].lower() in _NEUTRAL_BEFORE  # "net revenue", "total sales": the whole is asked
        at_head = next((i for i, st in enumerate(stems) if causes._same(st, head)), -1)
        basis = _own_basis(asked_words[:at])
        if basis and at_head >= 0 and not basis & _own_basis(words[:at_head]):
            return True  # "comparable sales" asked: "Net sales increased 18.2%, primarily due to ..." is the reported line
        if at_head > 0:
            return _qualified(words[:at_head], question, whole)
    if own & set(stems):
        return False  # the asked qualifier is said
    for i, st in enumerate(stems):
        if causes._same(st, head) and i > 0:
            before = words[i - 1].lower()
            # "Europe's sales fell ..." for "Why did gas sales in Europe fall?": a possessive naming the question's own
            # place or subject is the asked item's scope, not another item's qualifier. GENERAL RULE (session 31, read in
            # reports; a filing's lines keep the rule above): a word the question itself says never makes the clause's
            # head another item
            if not filing and causes._stem(re.sub(r"['’]s$", "", before)) in asked_stems:
                return False
            if before not in _NEUTRAL_BEFORE and before not in causes._STOP and not re.fullmatch(r"\d[\d.,]*", before) \
                    and not _VERB_FORM.search(before):
                return True
            return False
    return False


# a basis that makes a measure of its own, stated beside the reported line: comparable / same-store / organic /
# underlying / adjusted / core sales, constant-currency growth (the words right before the head, up to a stop word)
_OWN_BASIS = {"comparable": "comp", "comp": "comp", "same-store": "comp", "same": "comp", "like-for-like": "comp",
              "organic": "organic", "underlying": "organic", "adjusted": "adjusted", "core": "adjusted",
              "non-gaap": "adjusted", "constant-currency": "currency", "currency-neutral": "currency"}


def _own_basis(before: Sequence[str]) -> set[str]:
    """The basis a run of words before a measure's head names ("comparable store" -> {"comp"}, "organic net" ->
    {"organic"}), read back from the head to the first stop word, possessive or figure."""
    out = set()
    for w in reversed(list(before)[-4:]):
        lw = w.lower()
        if lw in causes._STOP or re.search(r"['’]s?$", w) or re.fullmatch(r"\d[\d.,]*", w):
            break
        if lw in _OWN_BASIS:
            out.add(_OWN_BASIS[lw])
    return out


def _qualified(before: Sequence[str], question: str, whole: bool = False) -> bool:
    """Do the words right before a measure's head in a filing's clause qualify it as another item (``other_item``):
    "total net", "Marina net", "Net" for a line asked by its own name (a word the question says does not count:
    "Comparable sales" for comparable store sales; a possessive, a stop word or a figure ends the run)? When the whole
    is asked (``whole``: "net revenue"), words naming the whole ("Consolidated", "Total") do not count either, but a
    segment's name does ("Marina net revenue" is not the company's)."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", question)}
    run = []
    for w in reversed(before):
        lw = w.lower()
        if lw == "other" and not run:
            # "Other income", "Membership and other income": a filer's residual line, never the line asked by its
            # own name (unless the question says "other"); "Professional services and other revenue" says the
            # asked qualifier and is the asked line with the rest folded in
            own = any(b.lower() in asked and b.lower() not in causes._STOP and b.lower() not in _NEUTRAL_BEFORE
                      for b in before)
            return lw not in asked and not own
        if lw in causes._STOP or re.search(r"['’]s?$", w) or re.fullmatch(r"\d[\d.,]*", w) or _VERB_FORM.search(w):
            break
        run.append(lw)
    # the clause says the asked line's own qualifier ("Residential segment net sales" for "Residential segment
    # sales"): a word of the basis the figure is stated on ("net", "reported") does not make it another line
    says_own = any(lw in asked and lw not in _NEUTRAL_BEFORE for lw in run)
    return any(lw not in asked and not (whole and lw in _NEUTRAL_BEFORE) and not (says_own and lw in _BASIS)
               for lw in run)


# "than in fiscal 2025", "compared with 2024", "from $816.6 million in 2024", "versus the second quarter of 2025":
# a year named as the base a change is measured from
_BASE_YEAR = re.compile(
    r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|from|over|relative\s+to)\s+(?:[^;]{0,40}?\s)?"
    r"(?:(?:in|for|during|of)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:quarter|half)\s+(?:of\s+)?)?"
    r"(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b"
)


# the run of earlier figures going on from a base ("against EUR 4.09 in 2024 and EUR 3.89 in 2023", "compared with 2.3
# million in 2024, 2.4 million in 2023 and 2.6 million in 2022"): each further figure "in <year>" after ", " or "and"
_BASE_RUN = re.compile(r"(?i)^(?:,\s*|\s+and\s+|,\s+and\s+)(?:about\s+|some\s+|around\s+)?(?:[$€£]|[A-Z]{3}\s?)?\d[\d,.]*"
                       r"(?:\s*%|\s+(?:million|billion|thousand|bn|m|percent|points?))?(?:\s+[a-z]+){0,2}?\s+in\s+"
                       r"((?:19|20)\d\d)\b")


def base_years(sentence: str) -> frozenset[int]:
    """The years a sentence names only as the base of a change ("fewer large projects were under way than in fiscal
    2025", "up from $816.6 million in 2024"): a reason stated this way explains the later year's change, so a year
    gate must not read the sentence as being about the base year. GENERAL rule (session 33, #11): a base goes on over
    a run of earlier figures ("against EUR 4.09 in 2024 and EUR 3.89 in 2023"): each further year of the run, earlier
    than the one before it, is a base too."""
    out: set[int] = set()
    for m in _BASE_YEAR.finditer(sentence):
        year, end = int(m.group(1)), m.end()
        out.add(year)
        while (more := _BASE_RUN.match(sentence[end:])) and int(more.group(1)) < year:
            year, end = int(more.group(1)), end + more.end()
            out.add(year)
    return frozenset(out)


# a year naming a level or turning point to measure against ("back above its 2019 level", "still below their 2021
# peak"): a reference, no figure of that year
_LEVEL_YEAR = re.compile(r"(?i)\b(?:its|their|the|our|this|that|a)\s+(?:pre-pandemic\s+)?((?:19|20)\d\d)\s+"
                         r"(?:levels?|peaks?|highs?|lows?|troughs?|records?|baselines?|benchmarks?)\b")


def figureless_base_years(sentence: str) -> frozenset[int]:
    """The years a sentence names only as the base of a move, with no figure of their own ("deliveries fell to 65.0
    million tonnes from the then record set in 2021", "the lowest level since 2019", "back above its 2019 level"): the move's figure is the
    sentence's own period's, and nothing in the sentence states the base year's amount (session 15, #11)."""
    out, other = set(), set()
    spans = []
    for m in list(_BASE_YEAR.finditer(sentence)) + list(_SINCE_YEAR.finditer(sentence)) + list(_LEVEL_YEAR.finditer(sentence)):
        if m.re is _LEVEL_YEAR and re.match(r"\s+(?:of|at|was|were)\s+(?:about\s+|some\s+|around\s+)?[$€£]?\d|\s*\(", sentence[m.end():]):
            continue  # "its 2019 level of 64.0 million", "the 2021 peak (1.2 million)": the year's own figure
        head = sentence[m.start() : m.start(1)]
        if any(n.is_claim for n in parse_numbers(head)) or re.search(r"[,;()]", head):
            continue  # "up from $816.6 million in 2024": the base's own figure; "from a year earlier, in 2026" ends
        if _MONTH_BEFORE.search(head):
            continue  # "$1.10 per million tokens from February 2025": a date, when it started
        if re.match(r"(?i)from\b", head) and not _MOVED_BEFORE.search(sentence[max(0, m.start() - 80) : m.start()]):
            continue  # "from" a year is a move's base only after a move ("slipped to 4.2 million units from ...")
        out.add(int(m.group(1)))
        spans.append((m.start(1), m.end(1)))
    for m in re.finditer(r"(?<!\d)((?:19|20)\d\d)(?!\d)", sentence):
        if (m.start(1), m.end(1)) not in spans:
            other.add(int(m.group(1)))  # the year named elsewhere too: it may date a figure there
    bound = {b.period.year for b in bind_numbers(sentence) if b.period is not None}
    return frozenset(out - other - bound)


_MONTH_BEFORE = re.compile(r"(?i)\b" + MONTH_ABBR + r"[a-z]*\.?\s+(?:\d{1,2},?\s+)?$")
_MOVED_BEFORE = re.compile(r"(?i)\b(?:fell|fallen|falls?|rose|risen|rises?|declin\w*|increas\w*|decreas\w*|grew|grown|"
                           r"dropped|drops?|slid|slipped|climbed|jumped|recovered|rebounded|up|down|"
                           # "a compound annual growth rate of 5.2% from 2024": a rate of growth from its base year,
                           # whose figure is the later year's (GENERAL rule: a growth rate's "from <year>" is its base)
                           r"growth\s+rate|cagr)\b")
_SINCE_YEAR = re.compile(r"(?i)\b(?:since|(?:highest|lowest|best|worst|strongest|weakest)\s+(?:level\s+)?(?:since|in))\s+"
                         r"(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b")


_CAUSE_COUNT = re.compile(r"(?i)\b(?:two|three|four|five|several|a\s+few|a\s+number\s+of)\s+(?:\w+\s+){0,2}?(?:causes|reasons|"
                          r"factors|drivers|things|explanations|forces)\b")


def cause_list_lead(lead: str) -> bool:
    """Is a list's lead-in a count of causes of a change it names by an anaphor ("The slowdown had two main causes.",
    "This decline has three explanations:", "Three things are behind the increase.")? Its items explain the change
    stated before it."""
    return bool(_CAUSE_COUNT.search(lead) and (opens_with_anaphor(lead) or _NAMES_CHANGE_BACK.search(lead)))


# "Three things are behind the increase.", "Two factors explain this decline:": the change named back by an anaphor
_NAMES_CHANGE_BACK = re.compile(
    r"(?i)\b(?:behind|explain|explains|explained|drove|drive|drives|caused|cause|account\s+for|accounted\s+for)\s+"
    r"(?:the|this|that|these)\s+(?:[\w-]+\s+)?(?:increases?|decreases?|declines?|rises?|falls?|drops?|changes?|growth|"
    r"gains?|losses?|improvements?|deterioration|slowdown|downturn|slump|recovery|rebound|jump|surge|shift|swing|cut|"
    r"revisions?|downgrades?|upgrades?)\b"
)


# A margin is a ratio (a profit as a share of revenue), so its move is stated only by a percent or by points ("Gross
# margin fell to 18.0% from 24.5%", "Gross profit was $52.3 million, or 21.4% of net sales, compared with $61.0 million,
# or 24.9%", "down 310 basis points"). General rule (issue 11): for a reason question about a margin, a sentence stating
# only the profit's amounts ("Gross profit decreased to $52.3 million from $61.0 million") does not state the margin's
# move (the stems of "profitability" and "profit" meet, so such a sentence said the margin's head); the sentence of the
# filing stating the margin's percents leads the answer instead, its way read from the percents alone. Session 26 (#11):
# nor does a profit's growth rate ("Gross profit increased 5.5% to $846.3 million"): a percent is the ratio's only in a
# sentence that says the margin itself, or when it is a share of sales ("21.4% of net sales", "as a percentage of
# revenues, ..."); points are always the ratio's.
RATIO_HEADS = frozenset({"margi"})
_POINTS_AFTER = re.compile(r"(?i)^\s*(?:percentage\s+points?|basis\s+points?|points?|pts?\b|ppts?\b)")
_MARGIN_SAID = re.compile(r"(?i)\bmargins?\b")
_OF_SALES = re.compile(r"(?i)^\s*(?:of\s+(?:(?:net|total|our|its|their|the)\s+)*(?:sales|revenues?|turnover)\b)")
_AS_SHARE_OF = re.compile(r"(?i)\bas\s+an?\s+(?:percent(?:age)?|share|proportion)\s+of\b")


def asks_ratio(question: str) -> bool:
    """Does a reason question ask about a margin (a ratio), whose move only percents or points state?"""
    return causes.asked_effect(question)[0] in RATIO_HEADS


def ratio_claims(text: str) -> list:
    """The figures of a sentence that can be a margin's: basis points and "N percentage points" always; percents only
    in a sentence saying the margin itself or as a share of sales ("21.4% of net sales", "As a percentage of revenues,
    ..."), never an amount's growth rate ("Gross profit increased 5.5% to $846.3 million")."""
    share = bool(_MARGIN_SAID.search(text) or _AS_SHARE_OF.search(text))
    out = []
    for n in claims(text):
        if n.unit == "bps" or _POINTS_AFTER.match(text[n.end :]):
            out.append(n)
        elif n.unit == "%" and (share or _OF_SALES.match(text[n.end :])):
            out.append(n)
    return out


def says_head(question: str, text: str) -> bool:
    """Does ``text`` say the head of the thing a reason question asks about (or a word used for it)?"""
    head, _ = causes.asked_effect(question)
    stems = causes._stems(text)
    if head == "flow" and {"cash", "activ"} <= stems:
        return True  # "operating cash flow": the filer's "net cash provided by operating activities"
    return head is not None and any(causes._same(head, st) for st in stems)


def _ways(text: str) -> set[str]:
    return ({"up"} if _UP_WORDS.search(text) else set()) | ({"down"} if _DOWN_WORDS.search(text) else set())


_WHY_LEAD = re.compile(r"(?i)\bwhy\b|\breasons?\b|\bexplanations?\b")


def why_list(question: str, lead: str, heading: str) -> bool:
    """Is a bulleted list the reasons for the asked thing: its lead-in or heading says why ("## Why budgets are going
    up", "Asked why, they cited:", "The reasons given:") and, with its heading, the asked thing's head?"""
    around = f"{lead} {heading}"
    if not _WHY_LEAD.search(around) or prose_lists.asked_family(question) not in (None, "reasons", "drivers"):
        return False  # "What holds back budgets?" asks limits, not the reasons budgets went up
    asked_way, said_way = _ways(question), _ways(around)
    if len(asked_way) == 1 and len(said_way) == 1 and asked_way != said_way:
        return False  # "Why are budgets falling?": "## Why budgets are going up"
    if causes.asked_effect(question)[0] is not None:
        return says_head(question, around)
    # "What reasons did respondents give for raising their budgets?": no head read; a word of the question's own
    # topic (not its frame) must be said
    topic = causes._stems(question) - causes._stems("what which reasons reason respondents give gave cited cite why")
    return bool(topic & causes._stems(around))


_ADJUSTED = re.compile(r"(?i)\b(?:adjusted|non-gaap|underlying|organic|core|pro\s+forma|normali[sz]ed|excluding)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_COMPARED = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|prior[- ]year|a\s+year\s+(?:earlier|ago)|previous\s+year)\b")


def stated_effect(question: str, page: str, spans: Sequence[tuple[int, int]], start: int, most: int = 4,
                  lead_in: bool = False, other_way: Callable[[str], bool] | None = None) -> tuple[int, int] | None:  # fmt: skip
    """The span of the nearest sentence before offset ``start`` (an explanation that states no figure) in its section
    that states the change explained: it says the asked thing's head, states figures for two periods or a move, is of
    no adjusted / non-GAAP basis the question does not ask, and names no other item (``other_item``); at most
    ``most`` sentences back, never past a heading or a paragraph break. ``lead_in``: ``start`` opens a list's lead-in
    ("The survey gives three reasons why usage fell:"), a paragraph of its own, so the paragraph before it is read;
    ``other_way``: a sentence it holds true of moves the other way than the question asks, and is passed over."""
    before = [sp for sp in spans if sp[1] <= start][-most:]
    nxt = start
    for sp in reversed(before):
        if _breaks(page, sp[1], nxt) and not (lead_in and nxt == start):
            return None
        text = _flat(page[sp[0] : sp[1]])
        if is_heading(text):
            return None
        nxt = sp[0]
        if not says_head(question, text) or not _FIGURE.search(text):
            continue
        if asks_ratio(question) and not ratio_claims(text):
            continue  # a margin's move is stated by percents or points (``ratio_claims``), never by the profit's amounts
        if _ADJUSTED.search(text) and not _ADJUSTED.search(question):
            continue
        if other_item(question, text) or other_way is not None and other_way(text):
            continue
        if len(set(_YEAR.findall(text))) >= 2 or causes.states_move(text) or _COMPARED.search(text):
            return sp
    return None


# the other ways a sentence turns from its move to its cause: "The increase came mainly from commercial payors: rates
# renewed in the first half took effect", "reflected higher volumes", "resulted from", "was attributable to", "was led by"
# (session 30: the span after them dates the cause, "renewed in the first half", not the move's own period)
_CAUSE_LEAD = re.compile(r"(?i)\b(?:(?:came|resulted|stemmed|arose)\s+(?:(?:mainly|mostly|largely|primarily|chiefly|"
                         r"principally|entirely|partly)\s+)?from|reflect(?:s|ed|ing)?|attributable\s+to|(?:was|were)\s+"
                         r"(?:(?:mainly|mostly|largely|primarily)\s+)?(?:led|helped|supported|offset)\s+by)\b")


def annual_move(question: str, sentence: str, heading: str = "", filing: bool = False) -> bool:
    """Is a reason sentence about a longer period than the quarter a question asks ("What drove comparable sales in the
    fourth quarter of fiscal 2025?")? A release and a 10-Q explain the quarter and the year (or six / nine months) one
    after the other in the same words; the sentence naming no quarter is the longer period's when its own words or its
    section heading state a year's or a half's length ("For the Full Year of Fiscal 2025", "Twelve months", "six
    months ended"). A sentence naming no period at all under a heading naming none is left to the other period rules."""
    if measure_frames.asked_length(question) != "quarter":
        return False
    # General rule (session 29): the length a reason sentence states for its figure is said before its cause; a span
    # in the cause dates the cause ("grew only 0.9% because we converted 41 locations during the last twelve months")
    # a filer's own sentence also turns to its cause at "came from", "reflected" ... (``_CAUSE_LEAD``, session 30; read
    # in filings, where the quarter's and the year's sections stand side by side)
    cause = reasons._GIVES_CAUSE.search(sentence) or (_CAUSE_LEAD.search(sentence) if filing else None)
    own = measure_frames._length(sentence[:cause.start()] if cause else sentence)
    if own == "quarter":
        return False
    return own in ("half", "year") or measure_frames._length(heading) in ("half", "year")


# a sentence stating a line's move as the sum of what the paragraphs above it say: "As a result of the factors discussed
# above, segment operating income decreased $1.5 billion", "As a result of the foregoing, ...", "Due to the items
# described above, ..."
_POINTS_BACK = re.compile(
    r"(?i)^\s*(?:as\s+a\s+(?:result|consequence)\s+of|due\s+to|because\s+of|reflecting|given)\s+(?:(?:all\s+(?:of\s+)?)?"
    r"(?:the|these|those)\s+)?(?:(?:factors|items|changes|matters|developments|drivers|trends)\s+(?:discussed|described|"
    r"noted|mentioned|outlined|explained|set\s+forth)\s+(?:above|earlier|previously|in\s+the\s+preceding\s+paragraphs?)|"
    r"foregoing(?:\s+(?:factors|items|changes))?|(?:above|aforementioned)\s+(?:factors|items|changes))\s*,"
)


def points_back(sentence: str) -> str:
    """The clause after the lead of a sentence stating its move as the result of the paragraphs above it ("As a result
    of the factors discussed above, segment operating income decreased $1.5 billion ..." -> "segment operating income
    decreased ..."); "" when the sentence does not point back."""
    m = _POINTS_BACK.match(sentence)
    return sentence[m.end() :].strip() if m else ""


def factors_above(page: str, spans: Sequence[tuple[int, int]], start: int, most: int = 16) -> int | None:
    """The offset where the factors a pointing-back sentence (``points_back``) sums up begin: the first prose sentence
    of its section, read back from offset ``start`` over prose sentences (paragraph breaks included) to the section's
    heading or the table above it. None when the walk reaches the top of the page or goes past ``most`` sentences
    without finding where the section starts (the factors may begin on the page before: not quoted in part), or
    finds no sentence at all."""
    before = [sp for sp in spans if sp[1] <= start]
    first = None
    for k, sp in enumerate(reversed(before)):
        if k >= most:
            return None
        if _usable(page, sp) is None:
            return first
        first = sp[0]
    return None  # the top of the page: the section began on the page before


_SEGMENT_HEADING = re.compile(r"(?i)^\s*(?P<name>.+?)\s+(?:reportable\s+|operating\s+|business\s+)?segments?\s*$")


def section_segment(asked_words: set[str] | frozenset[str], heading: str) -> bool:
    """Is a filing's section the asked segment's ("Tailspin Marine Segment" for a question naming Tailspin
    Marine)? Its heading is a name followed by "segment", every word of the name asked. In such a section the
    filer's bare "segment operating income" is that segment's line."""
    m = _SEGMENT_HEADING.match(" ".join(heading.split()))
    if m is None:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w&'’-]*", m.group("name"))} - causes._STOP
    return bool(words) and words <= {w.lower() for w in asked_words}


_TWO_PERIODS = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from|up\s+from|down\s+from)\b")


def states_change(sentence: str) -> bool:
    """Does a sentence state a change: a move ("rose", "declined") or one measure's figures for two years compared
    ("Gross margin was 30.3% in fiscal 2025, compared with 29.8% in fiscal 2024")?"""
    return causes.states_move(sentence) or (len(set(_YEAR.findall(sentence))) >= 2 and bool(_TWO_PERIODS.search(sentence))
                                            and len(_FIGURE.findall(sentence)) >= 2)


def members_move(question: str, text: str) -> bool:
    """Does a sentence state the asked line's move for members of it (the head, qualified as another item than the
    whole: "Northern Region net sales increased 12% and Coastal net sales increased 4%, on ...")? General rule: after
    the filer's sentence explaining a whole line's change, the sentence giving its members' moves of that same line
    is the change's breakdown, part of the explanation; another line's sentence ("Cost of sales was 81% of net
    sales") is not."""
    if not (says_head(question, text) and causes.states_move(text) and _FIGURE.search(text)):
        return False
    head, topic = causes.asked_effect(question)
    move = causes._MOVE.search(text)
    words = re.findall(r"[A-Za-z][\w'’&-]*", text[: move.start()] if move else text)
    at = next((i for i, w in enumerate(words) if causes._same(causes._stem(w), head)), -1) if head else -1
    if at <= 0:
        return False  # the head bare ("Revenues increased ..."): the whole, or no line at all
    # the words before the head: a member's name (capitalised: "Northern Region", "Bakery") with the asked line's own
    # qualifiers ("net"); a phrase with a lower-case word of its own ("Cost of sales", "total revenues") is another line
    # or the whole
    qualifier = words[:at]
    # the asked line's own qualifiers ("ticket" of "ticket revenue") must be said: "Freight revenue increased ..." is
    # another line, not a member of ticket revenue
    asked_own = set(topic) - {head} - {causes._stem(w) for w in _NEUTRAL_BEFORE}
    said = {causes._stem(w) for w in qualifier}
    own = {causes._stem(w) for w in qualifier if w.lower() in _NEUTRAL_BEFORE}
    named = [w for w in qualifier if w.lower() not in _NEUTRAL_BEFORE and causes._stem(w) not in asked_own]
    return bool(named) and all(w[:1].isupper() for w in named) and own <= set(topic) and asked_own <= said


def members_after(question: str, page: str, spans: Sequence[tuple[int, int]], end: int, most: int = 4) -> int | None:
    """The end offset of the sentences right after a whole line's change (its sentence ends at ``end``) that explain it
    member by member: in the same paragraph, each says the asked measure of a member (the head, qualified as another
    item than the whole: ``other_item`` in a filing, "Exteriors gross margin") with its move, at least one with a cause
    ("..., because lower inbound freight costs ..."); two such sentences or more. None otherwise."""
    out, n, caused = end, 0, False
    for span in _spans_after(page, spans, end)[:most]:
        if _breaks(page, out, span[0]):
            break
        text = _usable(page, span)
        if text is None or not says_head(question, text) or not causes.states_move(text) \
                or not other_item(question, text, True):  # fmt: skip
            break
        n, caused, out = n + 1, caused or states_cause(text), span[1]
    return out if n >= 2 and caused else None

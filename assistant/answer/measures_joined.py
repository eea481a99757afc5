"""Answers to several measures asked at once (``query.several.measures_asked``), joined into one.

Each sub-question is answered as any question is, with its own figures, inputs and citations; the joined answer
shows them in the order asked (two answered from the very same rows are no answer: one measure was read as
another), each answer's citation markers renumbered after the ones before it, and its
sentences' checks kept. When any measure is not answered, nothing is joined: the caller answers the question as
asked (a part missing is never left out silently).

Parts of a question the answer as asked leaves out (session 25, #10/#11): ``parts_left`` reads the question's parts
as worded (``question.part_texts``) and names each the answer does not address: a year or a year-to-date span a
later part asks that the answer never states ("..., and was the cushion thinner than in 2024?", "..., and how do the
quarter and the nine months compare?"), or a measure a part names that the answer neither computes nor names ("What
were its diluted EPS in 2026 and 2025, and what share of net income was paid out?" answered with the payout only).
``parts_answered`` asks each such part on its own (the first part again for the other period, or the part as the
question it is) and joins the answers; what is still left is shown as a partial answer by the caller
(``answerer._parts_left``), never as the whole answer.

Imports: ``types``, ``query.intent`` (the metrics a text names), ``finance.registry``, ``text.periods`` (spans),
``text.months``, ``answer.question`` (the parts as worded).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..finance.registry import metric_for_phrase
from ..query.intent import _ADJUSTED, _CAVEAT, is_yes_no, metrics_in
from ..text.months import MONTH_ABBR, MONTH_TITLE
from ..text.periods import (PERIOD_PART, PERIOD_PART_SPLIT, PERIOD_PART_TOKEN, PERIOD_PART_WORDS, periods_named,
                             spans_named)
from ..types import Answer, Verification
from .question import _asked_years, _years, part_texts


def _shifted(text: str, by: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + by}]", text)


def joined(question: str, answers: Sequence[Answer], same_rows: bool = False) -> Answer | None:
    """One answer holding every answer of ``answers`` in order, or None unless each is a figure answered.
    ``same_rows``: the answers are one measure for different periods, which a statement prints in one row's columns
    (the same quoted row is then expected, not a sign of one measure read as another)."""
    if len(answers) < 2 or any(a is None or a.refused or not a.citations for a in answers):
        return None
    read = [frozenset((c.doc, c.page, c.quote) for c in a.citations) for a in answers]
    if not same_rows and len(set(read)) < len(read):
        return None  # two measures answered from the same rows: one of them was not the measure its clause asks
    texts, cites, checks, inputs, dropped, unsupported = [], [], [], [], [], []
    by = 0
    for a in answers:
        texts.append(_shifted(a.text, by))
        cites += [replace(c, n=c.n + by) for c in a.citations]
        v = a.verification
        checks += [replace(s, text=_shifted(s.text, by), citations=tuple(n + by for n in s.citations))
                   for s in v.sentences]
        dropped += list(v.dropped)
        unsupported += list(v.unsupported_numbers)
        inputs += list(a.inputs)
        by += max(c.n for c in a.citations)
    first = answers[0]
    verification = Verification(supported=all(a.verification.supported for a in answers), sentences=tuple(checks),
                                unsupported_numbers=tuple(unsupported), dropped=tuple(dropped))
    mode = "calc" if any(a.mode == "calc" for a in answers) else first.mode
    # the sources are checked against every measure answered (``checks.check_facts_answer`` reads the subject)
    subject = ", ".join(dict.fromkeys(a.subject for a in answers if a.subject)) or None
    return replace(first, question=question, text=" ".join(texts), citations=cites, verification=verification,
                   mode=mode, inputs=tuple(inputs), subject=subject)


# a year inside a full date ("the six months ended July 30, 2022"): a period's end, which a fiscal label may number
# otherwise ("6M FY2023"), so never a year the answer must state
_DATE_YEAR = re.compile(rf"\b{MONTH_ABBR}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d\b", re.I)
# a part leaning on the figure answered before it ("did it cover ...", "what drove that"): about that figure
_BACK = re.compile(r"\b(?:it|its|they|them|their|that|this|these|those)\b", re.I)
# a quarter a part names, which the first part is asked again for a year-to-date span in place of
_QUARTER_NAMED = re.compile(r"\b(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?"
                            r"|Q[1-4]\s+(?:of\s+)?)(?=(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\b)", re.I)
_SPAN_WORDS = {6: "the first six months of ", 9: "the first nine months of "}


# a year named as a period: after a preposition that places a figure in time ("than in 2024", "for fiscal 2023",
# "from FY2022"); never a year naming an event, a law or a plan ("the Act of 2017", "its 2021 notes")
_PERIOD_YEAR = re.compile(r"\b(?:in|for|than|from|to|versus|vs\.?|with|since|during|over|and)\s+(?:the\s+)?"
                          r"(?:(?:fiscal|calendar)\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d)\b", re.I)


def _years_asked(text: str) -> set[int]:
    """The years a part asks about as periods (``_PERIOD_YEAR``): not a full date's (a period's end, ``_DATE_YEAR``),
    nor a cited title's or filing's ("according to its FY2025 10-K": ``question._asked_years``)."""
    text = _DATE_YEAR.sub(" ", text)
    return _asked_years(text) & {int(m.group(1)) for m in _PERIOD_YEAR.finditer(text)}


def _measures_of(ans: Answer) -> set[str]:
    """The metrics an answer computes or names: its inputs' rows, its subject and its words."""
    found = set(metrics_in(ans.text)) | set(metrics_in(ans.subject or ""))
    return found | {m for m in (metric_for_phrase(i.label) for i in ans.inputs) if m}


def _left(parts: list[str], ans: Answer) -> list[tuple[int, str]]:
    """(index, why) for each part ``ans`` does not address: "year" (a later part's year the answer never states while
    it states the first part's; never the first part's own years, which a fiscal label may number otherwise), "span" (a later part's six or nine months never stated) or "measure" (in a question of two parts or more, a
    measure a part names that the answer neither computes nor names)."""
    said_years, said_spans, measures = _years(ans.text), spans_named(ans.text), _measures_of(ans)
    first_years = _years_asked(parts[0])
    out = []
    for i, part in enumerate(parts):
        years = _years_asked(part)
        if i and first_years and first_years <= said_years and years - said_years:
            out.append((i, "year"))  # the answer states the first part's years (its labels are the question's) but
            # not this part's
        elif i and spans_named(part) - spans_named(parts[0]) - said_spans:
            out.append((i, "span"))
        elif len(parts) > 1 and (named := set(metrics_in(part))) and not named & measures \
                and not (i and _BACK.search(part)):
            out.append((i, "measure"))
    return out


def parts_left(question: str, ans: Answer | None, kinds: frozenset[str] = frozenset({"year", "span", "measure"})
               ) -> list[str]:
    """The parts of ``question`` (as worded: ``question.part_texts``) that ``ans``, a figure answered by the facts
    path, does not address, by the ``kinds`` of ``_left`` asked for. General rule: a question asking two things (two
    periods, a quarter and the nine months, two measures) is answered whole only when the answer states each; a
    part left out is named, never dropped."""
    if ans is None or ans.refused:
        return []
    parts = part_texts(question)
    return [parts[i] for i, why in _left(parts, ans) if why in kinds] if parts else []


def _asked_again(parts: list[str], i: int, why: str) -> str | None:
    """Part ``i`` as a question of its own: the first part asked for the part's year or span when the part names no
    measure the first does not (the quarter's question for "the nine months", 2024's for "than in 2024"), the part
    itself when it is the one naming a measure the answer left out; None when it cannot be worded so."""
    first, part = parts[0], parts[i]
    if why == "measure":
        # a question of its own, opened by its asking word or by a preposition before it ("By what percentage did its
        # diluted EPS grow?", "In which year ..."; session 30)
        return part if re.match(r"(?i)(?:(?:by|in|to|at|for|from|of)\s+(?=what\b|how\b|which\b))?"
                                r"(?:what|how|which|did|does|was|were|is|are)\b", part) else None
    if set(metrics_in(part)) - set(metrics_in(first)):
        return None  # a measure of its own, asked for its own period: not the first part's question
    if is_yes_no(first) and not is_yes_no(part):
        # General rule (session 29): the period a yes/no part asks decides its verdict; "Was it profitable in the
        # third quarter, and how do the quarter and the nine months compare?" asks no verdict of the nine months, so
        # the first part asked again for them would answer a yes or no nobody asked (and may contradict the first)
        return None
    if why == "year":
        old, new = sorted(_years_asked(first)), sorted(_years_asked(part) - _years_asked(first))
        if len(old) != 1 or len(new) != 1:
            return None
        return re.sub(rf"\b{old[0]}\b", str(new[0]), first)
    spans = sorted(spans_named(part) - spans_named(first))
    if len(spans) != 1 or not _QUARTER_NAMED.search(first):
        return None
    return _QUARTER_NAMED.sub(_SPAN_WORDS[spans[0]], first, count=1)


def parts_answered(question: str, ans: Answer | None, ask: Callable[[str], Answer | None]) -> Answer | None:
    """``ans`` joined with an answer to each part of ``question`` it leaves out (``parts_left``), each asked on its own
    (``_asked_again``) with ``ask`` (the facts path), in the order asked; ``ans`` as it is when any such part cannot
    be asked or answered (the caller then shows it as a partial answer) or when none is left out."""
    if ans is None or ans.refused:
        return ans
    parts = part_texts(question)
    left = _left(parts, ans) if parts else []
    if not left:
        return ans
    tail = question[question.rfind("?") + 1:].strip() if "?" in question else ""
    subs: list[tuple[int, Answer]] = []
    for i, why in left:
        asked = _asked_again(parts, i, why)
        if asked is None:
            return ans
        asked = f"{asked[0].upper()}{asked[1:]}?" + (f" {tail}" if tail else "")
        sub = ask(asked)
        if sub is None or sub.refused or sub.mode not in ("calc", "facts") or parts_left(asked, sub):
            return ans
        subs.append((i, sub))
    before = [s for i, s in subs if i == 0]
    after = [s for i, s in subs if i > 0]
    both = joined(question, [*before, ans, *after], same_rows=not before)
    return both if both is not None and not parts_left(question, both) else ans


# a part that names only periods, opened by a preposition: its patterns are period resolution's
# (``text.periods``: PERIOD_PART_SPLIT, PERIOD_PART, PERIOD_PART_WORDS, PERIOD_PART_TOKEN)


def _names_periods_only(part: str) -> bool:
    """Whether a part names periods and nothing else (``PERIOD_PART_WORDS``, years, quarters, spans, dates) and at least
    one period: the part asks the part before's measure again for those periods."""
    words = [w.strip(".,;:()'’") for w in part.split()]
    words = [w for w in words if w]
    if not any(PERIOD_PART_TOKEN.match(w) for w in words) or metrics_in(part):
        return False
    return all(w.lower() in PERIOD_PART_WORDS or PERIOD_PART_TOKEN.match(w) for w in words)


def _period_parts(question: str) -> list[str]:
    """The parts of the question proper (up to its "?": an instruction after it is no part) as worded, each also split
    at ", and over the nine months ..." (a comma, then a preposition of time)."""
    asked = question[:question.rfind("?") + 1] if "?" in question else question
    return [q.strip() for p in part_texts(asked) for q in PERIOD_PART_SPLIT.split(p) if q.strip()]


def periods_left(question: str, ans: Answer | None) -> bool:
    """Whether a figure answer to one measure asked over several sets of periods (every part after the first naming
    periods only: ``_names_periods_only``) leaves one set out: a quarter or a six- or nine-month span a part names
    ("Q3 2026", "9M 2026", as ``text.periods.periods_named`` labels them) that the answer never states ("grew in 3Q26
    versus 3Q25, and over the nine months ...?" answered for the nine months alone)."""
    if ans is None or ans.refused:
        return False
    parts = _period_parts(question)
    if len(parts) < 2 or not all(PERIOD_PART.match(p) and _names_periods_only(p) for p in parts[1:]):
        return False
    return any(re.match(r"(?:Q[1-4]|[69]M) ", label) and label not in ans.text
               for p in parts for label in periods_named(p))


def periods_apart(question: str, ask: Callable[[str], Answer | None]) -> Answer | None:
    """One measure asked over two or more sets of periods ("By what percentage did Acme's diluted EPS grow in 2Q26
    versus 2Q25, and in the first six months of 2026 versus the first six months of 2025?"), which the facts path
    does not answer whole: each set asked on its own with ``ask`` (the first part as worded; each later part, naming
    periods only and opened by a preposition, in place of the first part's own period clause: its words from the
    first preposition after which it names periods only) and the answers joined in the order asked. None unless every part is answered with a figure
    (``calc`` or ``facts``) and the join leaves no part out. General rule: a question asking one measure for several
    periods is the same question asked for each; a part left unanswered is never dropped (the caller then answers
    as asked)."""
    parts = _period_parts(question)
    if len(parts) < 2:
        return None
    first = parts[0]
    tail = question[question.rfind("?") + 1:].strip() if "?" in question else ""
    subs = [first]
    for part in parts[1:]:
        m = PERIOD_PART.match(part)
        if m is None or not _names_periods_only(part):
            return None
        at = [p.start() for p in re.finditer(r"(?i)\b(?:in|for|over|during|from|between|at|as\s+of)\b", first)
              if _names_periods_only(first[p.start():])]
        if not at:
            return None
        subs.append(first[:at[0]].rstrip() + " " + part[m.start(1):])
    if len(set(subs)) < len(subs):
        return None
    answers = []
    for sub in subs:
        asked = f"{sub[0].upper()}{sub[1:]}?" + (f" {tail}" if tail else "")
        a = ask(asked)
        if a is None or a.refused or a.mode not in ("calc", "facts") or parts_left(asked, a):
            return None
        answers.append(a)
    both = joined(question, answers, same_rows=True)
    return both if both is not None and not parts_left(question, both) else None


# an instruction after the question asking for an explanation ("Round to one decimal place and explain the gap
# between them.", "Explain the difference.", "... and explain what moved it."): a reason asked, a part of its own
# (a conditional caveat, "If X is not meaningful, say so and explain why", is no such part: ``query.intent._CAVEAT``)
_EXPLAIN_ASKED = re.compile(r"(?i)(?:^|\band\s+|[,;]\s*)(?P<ask>explain\b[^.?!]*)")
# the filer's own measure a part names beside the reported one ("its adjusted EPS", "adjusted operating margin")
_ADJUSTED_NAMED = re.compile(r"(?i)\b(?:its\s+|the\s+|their\s+)?(?:non[- ]?gaap|adjusted)\s+(?:[\w-]+\s+){0,6}?[\w-]+"
                             r"(?=\s+(?:grow|grew|rise|rose|fall|fell|change|increase|decrease|decline|in|for|at|over|and|"
                             r"was|were|is|are)\b|\s*[,;?]|\s*$)")


def explanation_left(question: str, ans: Answer | None) -> str | None:
    """The explanation an instruction after the question asks for ("... grow in fiscal 2025? Round to one decimal
    place and explain the gap between them.") when the figure answer gives no reason (its text quotes none:
    ``change_reasons.REASON_LEAD``'s "gives the reason"); None otherwise. General rule (session 29, #11): a reason asked
    in an instruction is a part asked; a figure answered without it is a partial answer."""
    if ans is None or ans.refused or "?" not in question:
        return None
    after = _CAVEAT.sub(" ", question[question.find("?") + 1:])
    m = _EXPLAIN_ASKED.search(after)
    if m is None or re.search(r"(?i)\bgives\s+the\s+reason\b|\bbecause\b|\bdriven\s+by\b", ans.text):
        return None
    return m.group("ask").strip()


def adjusted_left(question: str, ans: Answer | None) -> str | None:
    """The filer's own (adjusted, non-GAAP) measure a question names that a figure answer computed from statement rows
    never states ("By what percentage did its GAAP net income per share and its adjusted EPS grow?" answered with the
    GAAP growth alone): the measure as the question names it, else None. General rule (session 29, #11): the facts path
    never computes a filer's own measure, so an answer saying none leaves that part out; it is named, never dropped."""
    if ans is None or ans.refused:
        return None
    asked = " ".join(part_texts(question))
    m = _ADJUSTED_NAMED.search(asked)
    if m is None or _ADJUSTED.search(ans.text) or not re.search(r"(?i)\b(?:GAAP|reported)\b", asked[: m.start()]):
        return None  # (asked beside the reported measure only: a question naming the adjusted one alone is not read
        # as the reported one by the facts path, ``query.intent.read_question``)
    return m.group(0).strip()


# a part asking a multiple ("what multiple of its EBITDA", "net debt as a multiple of EBITDA")
# ("how many times" is left out: it also counts events, "how many times did the board meet")
_MULTIPLE_ASKED = re.compile(r"(?i)\b(?:what|which)\s+multiple\s+of\b|\bas\s+a\s+multiple\s+of\b|"
                             # "how many times fiscal 2026 EBITDA was it": a figure named between "how many times" and
                             # "was it" is the base of a multiple (an event counted is asked "how many times did ...";
                             # session 30)
                             r"\bhow\s+many\s+times\s+(?!(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could)\b)"
                             r"[^?;]*?\b(?:was|is|were|are)\s+(?:it|that|this|they|those)\b")
# multiple stated ("3.1x", "3.05 times"), or computed as one ("a ratio of ...", "turnover", a formula dividing one figure
# by another: "12,410 / 1,530")
_MULTIPLE_SAID = re.compile(r"(?i)\d(?:\.\d+)?\s*(?:x|times)\b|\b(?:ratio|turnover|coverage|multiple)\b|"
                            r"\d\s*(?:million|billion|thousand)?\s*/\s*[-\d(]")


def multiple_left(question: str, ans: Answer | None) -> str | None:
    """The part asking a multiple ("..., and what multiple of its trailing EBITDA is that?") that a figure answer states none for
    (no "3.1x", "3.05 times", no ratio computed: the answer computed an input, EBITDA, not the ratio); None otherwise. General rule
    (session 29, #11): a ratio asked is answered by the ratio; its denominator alone answers another part."""
    if ans is None or ans.refused or _MULTIPLE_SAID.search(ans.text):
        return None
    return next((p for p in part_texts(question) if _MULTIPLE_ASKED.search(p)), None)


# a later part asking an amount by a noun of its own ("..., and how much revolver capacity was left?")
# Session 32 (#10): a part asking how fast a thing of its own grew ("..., and how fast did its franchise fees grow in
# fiscal 2025?", "by what percentage did ...") asks its own figure too
_PACE_PART = re.compile(r"(?i)^(?:and\s+)?(?:how\s+(?:fast|quickly)|by\s+(?:how\s+much|what\s+(?:percent(?:age)?|rate|amount)))\b")
_AMOUNT_PART = re.compile(r"(?i)^(?:and\s+)?(?:how\s+(?:much|many|fast|quickly)|what\s+(?:was|were|is|are|amount|level|value|"
                          r"figure)|by\s+(?:how\s+much|what\s+(?:percent(?:age)?|rate|amount)))\b")
# (a part asking a reason, "what drove the change", "what caused it", is no amount: ``explanation_left``'s and the
# reason paths' business)
# the words of such a part that name no thing: the asking frame, a figure's form, its unit, periods
_FRAME_WORDS = frozenset("""how much many what which was were is are did does do has have had been being be the its their
    a an of in on at for to by from with as than into per left remain remained remaining remains available still over
    under there then also now total amount figure number level value sum change changed changes percentage percent
    growth grow grew increase increased decrease decreased decline declined difference gap rise rose fall fell ratio
    multiple times share proportion portion round rounded decimal places place million millions billion billions fast
    quickly rate
    thousand thousands usd dollars year years fiscal quarter quarters month months end ended ending versus compared
    earlier prior previous before after same""".split())


def unnamed_left(question: str, ans: Answer | None) -> str | None:
    """A later part asking an amount of a thing the metric registry does not know ("..., and how much revolver capacity
    was left?") whose words a figure answer never says: the part as worded, else None. General rule (session 30, #11):
    every part of a multi-part question is answered or named as not found; a figure computed for the parts before
    is never the whole answer to a part asking something else (a part leaning on the figure before, "how much did it
    change", is about that figure: never such a part)."""
    if ans is None or ans.refused:
        return None
    parts = part_texts(question)
    if len(parts) < 2:
        return None
    said = " ".join((ans.text, ans.subject or "", *(i.label for i in ans.inputs))).lower()
    said_stems = {w[:5] for w in re.findall(r"[a-z][a-z-]+", said)}
    for k, part in enumerate(parts[1:], start=1):
        if not _AMOUNT_PART.match(part) or metrics_in(part) or _BACK.search(part):
            continue
        words = _thing_words(part)
        # GENERAL RULE (session 32, #10): the thing whose pace a part asks ("..., and how fast did operating overhead
        # expense grow?" after "total selling and administrative expense") is named by the words the parts before do
        # not say (operating, overhead); when the answer says none of them, the part is left, though it says a word
        # the parts share ("expense"). (A part asking an amount keeps the reading of session 30: any of its words.)
        before = {w[:5] for p in parts[:k] for w in _thing_words(p)}
        own = [w for w in words if w[:5] not in before] or words if _PACE_PART.match(part) else words
        if words and not any(w[:5] in said_stems for w in own):
            return part
    return None


def _thing_words(part: str) -> list[str]:
    """A part's words that name a thing: not the asking frame, a figure's form, its unit or a period word."""
    return [w.lower() for w in re.findall(r"(?<![\w'’])[a-z][a-z-]+", part) if len(w) > 2 and w.lower() not in _FRAME_WORDS]


# an instruction after the question listing what to give ("Give the backlog at year end against a year earlier, its
# growth, how much of it ... and any adjustment that reduced it."): its items are the commas' (a date's comma aside)
_GIVE_LIST = re.compile(r"(?i)(?:^|[.?!]\s+)(?:please\s+)?(?:give|state|provide|include|report)\s+(?P<items>[^.?!]+)")
# an item worded as a question of its own ("how much of it ...", "what share ..."): a figure or fact of its own asked
_ITEM_ASKS = re.compile(r"(?i)^(?:and\s+)?(?:how|what|which|who|when|where|whether)\b")
_ITEM_SPLIT = re.compile(r",\s*(?!\d)(?:and\s+)?")
_LIST_WORDS = _FRAME_WORDS | frozenset("any against company company's give state provide include report both each its it "
                                       "that which".split())


def listed_left(question: str, ans: Answer | None) -> list[str]:
    """The items of a list of three or more that an instruction after the question asks for ("? Give the backlog at
    December 31, 2025 against a year earlier, its growth, how much of it is expected to turn into revenue within 12
    months, and any adjustment that reduced it.") that are worded as questions of their own ("how much of it ...")
    and of which a figure answer says none of the words: the items as worded, in order. General rule (session 32,
    #10): an item a question lists as a question of its own asks its own figure; a figure answering the first items
    (the backlog and its growth) never stands as the whole answer to it. A list of two ("Give both in percent,
    rounded to one decimal place") or one item is a form asked, and a noun item may be a form or said in other
    words: both left to the other rules."""
    if ans is None or ans.refused or "?" not in question:
        return []
    m = _GIVE_LIST.search(question[question.find("?") + 1 :].strip())
    if m is None:
        return []
    items = [i.strip() for i in _ITEM_SPLIT.split(re.sub(r"\([^()]*\)", " ", m.group("items"))) if i.strip()]
    if len(items) < 3:
        return []
    said = " ".join((ans.text, ans.subject or "", *(i.label for i in ans.inputs))).lower()
    said_stems = {w[:5] for w in re.findall(r"[a-z][a-z-]+", said)}
    out = []
    for item in items:
        if not _ITEM_ASKS.match(item):
            continue  # a noun item ("its growth", "the dates") may be a form asked or said in other words
        words = [w.lower() for w in re.findall(r"(?<![\w'’])[A-Za-z][a-z-]+", item)
                 if len(w) > 2 and w.lower() not in _LIST_WORDS and not re.fullmatch(MONTH_TITLE, w)]
        if words and not any(w[:5] in said_stems for w in words):
            out.append(re.sub(r"(?i)^and\s+", "", item))
    return out

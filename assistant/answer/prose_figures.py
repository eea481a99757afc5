"""Whose figure a sentence's amount is: the asked measure's, another measure's, or a threshold's (issue 11).

Rules (each with a test on hand-written sentences in ``tests/test_prose_figures.py``):

- **A figure belongs to the measure whose words govern it** (``governor``): "<measure> of $N", "<measure>
  was/were/rose to/totaled $N", "$N of <measure>". A sentence that names the asked measure but whose figures
  are all governed by other measures ("expects to be profitable on an adjusted EBITDA basis in 2025, but made a
  net loss of $202.0 million in 2024") gives no amount for it (``no_asked_figure``).
- **A threshold, limit or coverage figure is no amount of a measure** (``is_threshold``): a figure after "more
  than/over/at least/in excess of/up to" in a clause qualifying a noun ("customers that each contributed more
  than $100,000 of subscription revenue", "contracts worth more than $5 million"), and a figure that a cover,
  limit or retention governs ("covered $900 million of losses in excess of a $125 million retention").
- **An asked quarter or segment is named by the sentence** (``names_asked_segment``): "in its Commercial Lines
  segment" is answered only by a sentence naming Commercial Lines.
- **"At year end" in a filing is the filing's own fiscal year-end** (``says_year_end``): it does not answer
  another year.
- **Each year of a range asked is shown** (``each_year_asked``): "in each year from 2021 to 2024" answered by a
  quote stating 2021 only is answered in part (the extractive answer's partial framing, no verdict).
- **Each year placed on its own is shown** (``years_each_placed``, session 27): "realize in 2015 and expect in
  2016" answered by a quote stating 2015 only is answered in part.
- **A question naming a statement asks for the statement's figure** (``names_statement``): "per its balance
  sheet", "based on the cash flow statement": a prose sentence is no answer to it.
- **A count is of the thing asked** (``counts_other``): "how many aircraft did it operate?" is not answered by a
  sentence that never names aircraft (or a word used for them) and whose every count counts something named after
  it ("an average of 610 departures per day", "served 74 airports").
- **A figure asked in a stated scale is shown at that scale where the filing states it so** (``finer_restatement``,
  session 30): "how large was the gain in USD thousands?" answered by "a gain of $12.6 million" when another of the
  part's candidates states "a gain of $12,640 thousand", the same figure (it rounds to the shown one) at the asked
  scale: that sentence answers the part. A figure at another scale that does not round to the shown one is another
  figure, and never replaces it.
- **A share is of the whole asked** (``share_of_other``): "what share of its capacity was flown on domestic
  routes?" is not answered by "fuel was 23.0% of total operating expenses", a share of another whole, when the
  sentence names none of the asked whole's words (or words used for them: revenue ~ sales).
"""

from __future__ import annotations

import re

from ..text.numbers import parse_numbers

__all__ = ["asked_scale", "finer_restatement", "asks_limit", "counts_other", "each_year_asked", "years_each_placed", "share_of_other", "governor", "is_threshold", "money_figures", "names_asked_segment", "names_statement", "no_asked_figure",
           "says_year_end"]

_SCALE = r"(?:\s?(?:trillion|billion|million|thousand|bn|mn|m|k)\b)?"
_MONEY_FIG = re.compile(rf"(?:US\$|[$€£¥])\s?\d[\d,]*(?:\.\d+)?{_SCALE}|\b\d[\d,]*(?:\.\d+)?\s?(?:trillion|billion|million)?\s?"
                        r"(?:dollars|euros)\b", re.I)
_PERCENT_FIG = re.compile(r"\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b)", re.I)
_WORD = r"[A-Za-z][\w&'’-]*"
_VERB = (r"(?:of|was|were|is|are|totall?ed|totall?ing|amounted\s+to|came\s+(?:in\s+)?(?:at|to)|stood\s+at|reached|"
         r"(?:rose|grew|increased|climbed|fell|declined|decreased|dropped)(?:\s+[^\s,;]+)?\s+to)")
_APPROX = r"(?:(?:about|approximately|roughly|nearly|around|some|almost|just\s+(?:over|under)|an?)\s+)?"
_BEFORE = re.compile(rf"((?:{_WORD}\s+){{0,3}}{_WORD})\s+{_VERB}\s+{_APPROX}$", re.I)
_SMALL = r"(?:in|of|for|over|during|at|on|to|from|and|or|the|a|an|by|with|as|than|since|compared)\b"
_AFTER = re.compile(rf"^\s*(?:of|in)\s+((?:(?!{_SMALL}){_WORD}\s*){{1,3}})", re.I)
# words that name a financial measure (a governor without one is no measure: "in 2024", "of the year")
_MEASURE_WORD = re.compile(
    r"(?i)\b(?:revenues?|sales|income|loss(?:es)?|profits?|earnings|ebitda|ebit|eps|margins?|expenses?|costs?|"
    r"spending|capex|expenditures?|cash|debt|borrowings|assets|liabilities|equity|investments?|dividends?|"
    r"buybacks?|repurchases?|bookings|backlog|deposits|loans|reserves?|premiums?|claims|goodwill|inventor(?:y|ies)|"
    r"receivables|payables|flows?)\b"
)
_FRAME = frozenset(
    """how what which who whom why when where does did do is are was were has have had will would can could much
    many amount amounts total value figure company company's its their the a an of in for at on by per to from and
    fiscal year years quarter quarters month months ended ending end as based according using report reported
    balance sheet sheets statement statements consolidated say said hold held record recorded generate generated
    january february march april may june july august september october november december first second third fourth
    q1 q2 q3 q4 fy""".split()
)
_SUFFIX = re.compile(r"(?:ings|ing|ers|er|es|ed|s)$")


def _stems(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[a-z][a-z0-9&-]*", text.lower()):
        if w in _FRAME or len(w) < 3:
            continue
        s = _SUFFIX.sub("", w) if len(w) > 4 else w
        out.add(s[:6])
    return out


def money_figures(text: str, unit: str) -> list[tuple[int, int]]:
    """The spans of the sentence's figures of the asked kind: money (``unit`` "money", or "" when no kind is
    asked: "what was its adjusted EBITDA") or percentages."""
    rx = _MONEY_FIG if unit in ("money", "") else _PERCENT_FIG if unit == "percent" else None
    return [m.span() for m in rx.finditer(text)] if rx is not None else []


def governor(text: str, start: int, end: int) -> str | None:
    """The words of the measure that govern the figure at ``text[start:end]``: the noun phrase before "of/was/
    rose to" ("a net loss of $202.0 million" -> "made a net loss"), else the one after "of/in" ("$4 million of
    subscription revenue"); None when neither names a measure."""
    clause = re.split(r"[;:()]|,\s|\b(?:and|but|while|whereas)\s", text[:start])[-1]
    m = _BEFORE.search(clause)
    if m and _MEASURE_WORD.search(m.group(1)):
        return m.group(1)
    a = _AFTER.match(text[end:])
    if a and _MEASURE_WORD.search(a.group(1)):
        return a.group(1).strip()
    return None


_COMPARATOR = re.compile(r"(?i)\b(?:(?:more|greater|less|fewer)\s+than|over|above|below|under|at\s+least|at\s+most|"
                         r"in\s+excess\s+of|up\s+to|exceeding|minimum\s+of|maximum\s+of)\s+(?:an?\s+)?$")
# a threshold qualifies a noun per item ("customers that each contributed", "contracts worth", "orders with values
# of"); "which accounted for more than 40%" is the measure's own (rounded) figure
_QUALIFIER = re.compile(r"(?i)\b(?:each|individually|worth|valued\s+at|with|having|whose)\b")
_LIMIT = r"(?:retentions?|deductibles?|limits?|caps?|thresholds?|ceilings?|attachment\s+points?)"
_COVERED = re.compile(rf"(?i)\b(?:cover(?:s|ed|ing)?|coverage\s+of|{_LIMIT}\s+of)\s+(?:an?\s+|the\s+|up\s+to\s+)?$")
_LIMIT_AFTER = re.compile(rf"(?i)^\s*(?:{_WORD}\s+)?{_LIMIT}\b")


def is_threshold(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` a threshold qualifying a noun ("customers that each contributed more
    than $100,000"), a limit ("a $125 million retention") or what a cover covers ("covered $900 million of
    losses"), rather than an amount of a measure?"""
    before = text[max(0, start - 80) : start]
    if _COVERED.search(before) or _LIMIT_AFTER.match(text[end : end + 40]):
        return True
    comp = _COMPARATOR.search(before)
    if comp is None:
        return False
    lead = re.split(r"[;:()]|,\s", before[: comp.start()])[-1]
    return bool(_QUALIFIER.search(" ".join(lead.split()[-5:])))


def _asked_measure(question: str, names: set[str]) -> set[str]:
    """The stems of the question's own words (question frame, names, years and statement words removed)."""
    return {s for s in _stems(re.sub(r"\b(?:19|20)\d\d\b", " ", question)) if s not in names}


_ASKS_LIMIT = re.compile(r"(?i)\b(?:cover\w*|limits?|retentions?|deductibles?|thresholds?|ceilings?|caps?|"
                         r"attachment|more\s+than|at\s+least|in\s+excess|exceed\w*)\b")


def asks_limit(question: str) -> bool:
    """Does the question ask about a cover, limit or threshold itself ("what retention applies", "customers with
    more than ...")?"""
    return bool(_ASKS_LIMIT.search(question))


def no_asked_figure(question: str, text: str, unit: str, names: set[str] = frozenset()) -> bool:
    """True when none of the sentence's figures of the asked kind can be the asked measure's amount: each is a
    threshold, limit or coverage (``is_threshold``), or (the sentence naming the asked measure) each is governed by
    another measure (``governor``). False when a figure may answer, or the sentence has none of the kind."""
    spans = money_figures(text, unit)
    if not spans:
        return False
    if asks_limit(question):
        return False  # a limit or a cover asked for: the threshold is the answer
    asked = _asked_measure(question, {s for n in names for s in _stems(n)})
    free = [(a, b) for a, b in spans if not is_threshold(text, a, b)]
    if not free:
        return True
    if not asked or not asked & _stems(text):
        return False  # the sentence does not name the asked measure: other checks judge it
    for a, b in free:
        gov = governor(text, a, b)
        if gov is None or _stems(gov) & asked:
            return False  # governed by the asked measure, or by nothing read: it may answer
    return True


_SEGMENT_Q = re.compile(r"\b(?:its|the|their)\s+((?:[A-Z][\w&'’-]*\s+){1,4})(?i:segment|division|business\s+unit)\b|"
                        r"\b(?i:segment|division)\s+((?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,3})")


def names_asked_segment(question: str, text: str) -> bool:
    """False when the question asks about a named segment ("in its Commercial Lines segment") and ``text`` does
    not name it; True otherwise."""
    m = _SEGMENT_Q.search(question)
    if m is None:
        return True
    name = (m.group(1) or m.group(2) or "").strip()
    words = [w[:5] for w in re.findall(r"[a-z0-9&]+", name.lower()) if len(w) > 1]  # "Pharmaceuticals" names it
    said = {w[:5] for w in re.findall(r"[a-z0-9&]+", text.lower())}
    return not words or all(w in said for w in words)


_YEAR_END = re.compile(r"(?i)\b(?:at|as\s+of|by)\s+(?:the\s+)?(?:fiscal\s+)?year[\s-]?end\b|"
                       r"\b(?:at|as\s+of|by)\s+the\s+end\s+of\s+the\s+(?:fiscal\s+)?year\b")


def says_year_end(text: str) -> bool:
    """Does the sentence date its figure to "year end" / "the end of the year" without naming a year?"""
    return bool(_YEAR_END.search(text))


_STATEMENT_Q = re.compile(
    r"(?i)\b(?:per|according\s+to|based\s+on|from|using|in|on|by)\s+(?:its|the|their|[\w.&'’]+['’]s?)?\s*"
    r"(?:consolidated\s+)?(?:balance\s+sheets?|(?:statements?\s+of\s+)?cash\s+flows?(?:\s+statements?)?|"
    r"statements?\s+of\s+(?:financial\s+position|operations|income|earnings)|income\s+statements?|P&L)\b"
)


def names_statement(question: str) -> bool:
    """Does the question ask for a financial statement's figure ("per its balance sheet", "based on the cash flow
    statement")?"""
    return bool(_STATEMENT_Q.search(question))


_EACH_RANGE = re.compile(
    r"(?i)\b(?:each|every)\s+(?:of\s+the\s+)?(?:fiscal\s+)?years?\s*(?:,\s*)?(?:from|between|of)?\s*(?:fiscal\s+|FY\s?)?"
    r"((?:19|20)\d\d)\s*(?:to|through|and|-|–)\s*(?:fiscal\s+|FY\s?)?((?:19|20)\d\d)\b"
)


# a year placed in time by its own preposition, after "and" and at most three words (a verb of its own): "realized in
# 2015 and expects in 2016", "spent in 2024 and plans to spend in 2025", "in 2023 and in 2024"
_PLACED_YEAR = re.compile(r"(?i)\b(?:in|for|during)\s+(?:fiscal\s+|FY\s?)?((?:19|20)\d\d)\b")
_AND_BETWEEN = re.compile(r"(?i)^\s*,?\s*and\s+(?:[a-z]+\s+){0,3}$")


def years_each_placed(question: str) -> frozenset[int]:
    """The years an amount question asks each of, each placed by its own preposition and joined by "and" ("what
    savings did it realize in 2015 and expect in 2016" -> {2015, 2016}); empty when it names fewer than two such
    years. General rule: an amount asked for two years, each with its own verb or preposition, is answered whole
    only by quotes stating each year; one year's quote answers part of it."""
    found = list(_PLACED_YEAR.finditer(question))
    years: set[int] = set()
    for a, b in zip(found, found[1:]):
        if a.group(1) != b.group(1) and _AND_BETWEEN.match(question[a.end():b.start()]):
            years |= {int(a.group(1)), int(b.group(1))}
    return frozenset(years) if len(years) >= 2 else frozenset()


def each_year_asked(question: str) -> frozenset[int]:
    """The years of a range the question asks each of ("in each year from 2021 to 2024", "for each of the fiscal
    years 2022 through 2024"); empty when it asks no such range."""
    m = _EACH_RANGE.search(question)
    if m is None:
        return frozenset()
    a, b = int(m.group(1)), int(m.group(2))
    return frozenset(range(a, b + 1)) if 0 < b - a <= 10 else frozenset()


# words used for one another when counting or taking a share (stems as ``_stems`` cuts them: four letters and
# shorter keep a plural s)
_KIN = [
    {"employ", "people", "staff", "worker", "associ", "headco", "person", "team"},
    {"store", "locati", "outlet", "shop", "restau", "site", "door", "branch", "clinic", "unit", "facili"},
    {"custom", "client", "accoun", "user", "subscr", "member", "patien", "househ"},
    {"aircra", "plane", "airpla", "jet", "jets", "fleet"},
    {"vessel", "ship", "fleet"},
    {"vehicl", "truck", "tracto", "traile", "car", "cars", "fleet"},
    {"sal", "revenu", "turnov"},
    {"capaci", "availa", "seat"},
]
# a count said of no particular thing: "12,000 people", "2.3 million units", "in 14 countries" counts what the
# sentence is about, so it is not read as counting something else
_GENERIC_COUNTED = frozenset({"unit", "people", "person", "individ", "time", "year", "month", "week", "day",
                              "countri", "state", "market", "million", "billion", "thousan"})
_HOW_MANY = re.compile(r"(?i)\bhow\s+many\s+(?:of\s+(?:its|their|the|our)\s+)?((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                       r"\s+(?:did|do|does|were|are|was|is|has|have|had|will|would|can|could|remain\w*)\b")
_COUNTED_AFTER = re.compile(r"^\s*(?:(?:million|billion|thousand)\s+)?(?:(?:new|more|active|total|additional|daily|"
                            r"net)\s+)?([a-z][a-z-]{2,})\b")


def _kin(stems: set[str]) -> set[str]:
    return stems | {k for s in stems for g in _KIN if s in g for k in g}


def counts_other(question: str, text: str, spans: list[tuple[int, int, str]]) -> bool:
    """True when the question asks how many of a thing ("how many aircraft did it operate?"), the sentence names
    neither it nor a word used for it, and each count figure of ``spans`` (start, end, raw: ``prose_disclosure.
    count_figures``) is followed by a noun it
    counts that is some other thing ("610 departures", "74 airports"). False when a figure counts nothing named or
    something generic ("12,000 people"), or the sentence names the asked thing."""
    m = _HOW_MANY.search(question)
    if m is None or not spans:
        return False
    asked = _kin(_stems(m.group(1)))
    if not asked or asked & _stems(text):
        return False
    for _a, b, _raw in spans:
        after = _COUNTED_AFTER.match(text[b:])
        if after is None:
            return False
        counted = _stems(after.group(1))
        if not counted or counted & (_GENERIC_COUNTED | asked):
            return False
    return True


_SHARE_ASKED = re.compile(r"(?i)\b(?:share|percent(?:age)?|proportion|portion|fraction)\s+of\s+(?P<base>[^?;]+?)"
                          r"(?=\s+(?:was|were|is|are|did|does|do|came|went|comes|goes|in\s+(?:19|20)\d\d|for|during|"
                          r"from|by|compared)\b|[?;]|$)")
_SHARE_SAID = re.compile(r"(?i)(?:%|\bpercent|\bper\s+cent)\s+of\s+((?:[\w&'’-]+\s+){0,4}[\w&'’-]+)")
# a whole that any share of a market is (a vendor's share of "the market" may be said of shipments or revenue)
_ANY_WHOLE = frozenset({"market", "total", "whole", "industr", "global", "sector", "overal", "world"})


def share_of_other(question: str, text: str) -> bool:
    """True when the question asks for a share of a whole ("what share of its 2025 capacity, measured in available
    seat miles, ...") and the sentence states its percentage of another whole ("23.0% of total operating
    expenses"), naming none of the asked whole's words or words used for them. Names (capitalised words) and years
    are not the whole; a whole said generically, asked or stated ("the market", "41% of the total"), is never judged."""
    m = _SHARE_ASKED.search(question)
    said = _SHARE_SAID.search(text)
    if m is None or said is None:
        return False
    whole = re.split(rf"(?i)\s+{_SMALL}|[,.;]", said.group(1))[0]
    if _stems(whole) <= _ANY_WHOLE:
        return False  # "41% of the total": the sentence's own measure's whole, whatever words it was named in
    base = re.sub(r"\b[A-Z][\w&.'’-]*|\b(?:19|20)\d\d\b", " ", m.group("base"))
    asked = _stems(base) - {"measur", "term", "basi"}
    if not asked or asked <= _ANY_WHOLE:
        return False
    return not _kin(asked) & _kin(_stems(text))


# the scale a question asks its amount in: "in USD thousands", "in $ millions", "in thousands of dollars"
_ASKED_SCALE = re.compile(r"(?i)\bin\s+(?:(?:usd|us\$|\$|u\.s\.\s+dollars|dollars)\s*)?(thousands|millions|billions)\b")
_SCALES = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}


def asked_scale(question: str) -> float | None:
    """The scale a question asks its amount in (1e3 for "in USD thousands", "in thousands of dollars"), else None."""
    m = _ASKED_SCALE.search(question)
    return _SCALES[m.group(1).lower()] if m else None


def finer_restatement(question: str, shown: str, text: str) -> bool:
    """Does ``text`` state, at the scale ``question`` asks its amount in, the figure ``shown`` gives rounded at a
    larger scale ("$12,640 thousand" for "$12.6 million", asked "in USD thousands")? The figure of ``text`` must round
    to the shown one at the shown figure's own precision, in the same unit, and differ from it (a restatement, not a
    repeat). General rule (session 30): a figure asked in a stated scale is shown as the filing states it at that
    scale, never only rounded at a larger one."""
    scale = asked_scale(question)
    nums = [n for n in parse_numbers(shown) if n.is_claim]
    if scale is None or len(nums) != 1 or nums[0].scale <= scale:
        return False
    was = nums[0]
    tol = 0.5 * 10 ** -was.decimals * was.scale  # half the last printed digit of the rounded figure
    return any(n.is_claim and n.scale == scale and n.unit == was.unit and n.value != was.value
               and abs(n.value - was.value) <= tol + 1e-9 * abs(was.value) for n in parse_numbers(text))

"""What a facts-path question's wording asks besides its figure (``intents.py`` reads them): a reason
(``without_why``, ``asks_reason``, ``drove_as_change``, ``REASON_ASKED``'s words), a threshold it states
(``stated_threshold``), a share of a metric (``share_of_metric``), a scale (``_asked_scale``), a period restated in
parentheses (``once_restated``), every year / quarter of a span (``_EVERY_YEAR``, ``_EVERY_QUARTER``) and a pick
among a filer's members (``asks_which_member``). Pure text; the first module of the facts path's questions.
"""

from __future__ import annotations

import re

from ..finance.registry import metric_for_phrase
from ..query import intent


# "..., and what drove the change?", "and why?": a second part asking the reason for the change the first part asks
_WHY_PART = re.compile(r"[,;]?\s*\band\s+(?:what\s+(?:drove|caused|explains|explained|was\s+behind|"
                       r"were\s+the\s+(?:main\s+|primary\s+)?(?:drivers|reasons|causes))\b[^?]*|why\b[^?]*)\?\s*$",
                       re.I)


def without_why(question: str) -> str | None:
    """The question without its closing "..., and what drove the change?" part (a caveat after it set aside: "If
    gross margin is not a meaningful measure here, then say so and give the reason."), or None when it asks no reason."""
    text = intent._CAVEAT.sub(" ", question).strip()
    m = _WHY_PART.search(text)
    return text[:m.start()] + "?" if m else None


# a threshold a yes/no question states for a figure: "a current ratio above 1.0", "gross margin of at least 40%"
_THRESHOLD = re.compile(r"\b(above|over|greater\s+than|more\s+than|higher\s+than|exceed(?:s|ed|ing)?|at\s+least|"
                        r"no\s+less\s+than|below|under|less\s+than|lower\s+than|at\s+most|no\s+more\s+than)\s+"
                        r"(?:a\s+|an\s+|the\s+)?(?:level\s+of\s+|threshold\s+of\s+)?(\d+(?:\.\d+)?)\s*"
                        r"(%|percent\b|x\b|times\b)?", re.I)
_ABOVE = ("above", "over", "greater", "more", "higher", "exceed")


def stated_threshold(question: str) -> tuple[str, float, str] | None:
    """(">" / ">=" / "<" / "<=", the number, its unit "%" / "x" / "") a yes/no question compares its figure with;
    None when it states none (or a year)."""
    m = _THRESHOLD.search(question)
    if m is None or (len(m.group(2)) == 4 and not m.group(3)):
        return None
    word = m.group(1).lower()
    unit = {"%": "%", "percent": "%", "x": "x", "times": "x"}.get((m.group(3) or "").lower(), "")
    if word.startswith(("at least", "no less")):
        op = ">="
    elif word.startswith(("at most", "no more")):
        op = "<="
    else:
        op = ">" if word.startswith(_ABOVE) else "<"
    return op, float(m.group(2)), unit


_SHARE_OF = re.compile(r"(?i)\b(?:share|percent(?:age)?|proportion|portion|fraction|part)\s+of\s+(.+?)"
                       r"(?=\s+(?:in|for|during|than|at|as\s+of|did|was|were|is|from|between|compared|change[ds]?|"
                       r"mov(?:e|ed|es)|gr[eo]w|grown|r[io]se|risen|f[ae]ll|fallen|increase[ds]?|decrease[ds]?|"
                       r"decline[ds]?|came|comes?|coming|went|goes|go|flowed|derived|generated|arose|stemmed|consist(?:s|ed)?|"
                       r"comprised|made\s+up|represent(?:s|ed)?|account(?:s|ed)?)\b|"
                       r"[?,;:]|$)")
_PHRASE_LEAD = re.compile(r"(?i)^(?:the|its|their|our|total|consolidated|(?:fy|fiscal)\s?\d{4}|\d{4})\s+")


def share_of_metric(text: str, metric: str) -> bool:
    """Does ``text`` ask for something as a share of ``metric`` ("a larger share of net sales", "what percentage
    of its revenue", "a bigger part of Contoso's sales")? General rule: the base of a share is not what is asked,
    so its own level or change never answers (and a verdict from it would be a confident wrong one)."""
    for m in _SHARE_OF.finditer(text):
        phrase = re.split(r"['’]s?\s+", m.group(1).strip())[-1]  # "Contoso's net sales" -> "net sales"
        forms = [phrase]
        while _PHRASE_LEAD.match(phrase):
            phrase = _PHRASE_LEAD.sub("", phrase, count=1)
            forms.append(phrase)
        # "total assets" names its metric with its "total" ("assets" alone names none)
        if any(f and metric_for_phrase(f) == metric for f in forms):
            return True
    return False


def _asked_scale(question: str) -> float | None:
    for rx, scale, _ in intent._UNIT_ASK:
        if rx.search(question):
            return scale
    return None


_MOVES = r"(?:change|changes|increase|decrease|decline|improvement|deterioration|expansion|contraction|drop|rise)"
# "what drove / caused / was behind / led to / accounted for ...", "what were the main reasons for ..." (the verbs of
# ``query.intent.REASON_ASKED``)
_DROVE = re.compile(rf"^\s*what\s+(?:(?:drove|caused|explains|explained|(?:was|is)\s+behind|led\s+to|accounted\s+for|"
                    rf"accounts\s+for|contributed\s+to)|(?:were|are)\s+the\s+(?:main\s+|primary\s+|key\s+|major\s+)?"
                    rf"(?:reasons?|drivers?|causes?)\s+(?:for|of|behind))\s+(?:the\s+)?(?:{_MOVES}\s+in\s+(?:the\s+)?"
                    rf"(?P<what2>[\w\s&'’-]{{3,60}}?)(?=\s+(?:as\s+of|in|for|during|between|from|at|of)\b)|"
                    rf"(?P<what>[\w\s&'’-]{{3,60}}?)\s+{_MOVES}\b)(?P<rest>[^?]*)\?", re.I)


def asks_reason(question: str) -> bool:
    """Does the question (its "if the measure is not meaningful, say so" rider set aside) open by asking a reason, in
    any of the words of ``query.intent.REASON_ASKED`` ("What was behind ...?", "What accounted for ...?", "Why did
    ...?") or as "What were the main reasons for ...?" (``_DROVE``)? General rule: a reason asked is answered by the
    filer's reason (``REASON_LEAD``) or by the passages, never by a figure alone. A judgement closing on "Why?" asks
    its verdict first: its figures answer it."""
    text = intent._CAVEAT.sub(" ", question)
    return bool(re.match(rf"\s*(?:{intent.REASON_ASKED})", text, re.I) or _DROVE.match(text))


def drove_as_change(question: str) -> str | None:
    """"What explains the operating margin decline in fiscal 2024 at Contoso?" asked as the change it names with its
    reason: "How much did the operating margin change in fiscal 2024 at Contoso, and what drove the change?" (the rest of the
    question, a caveat, kept); None for any other question."""
    m = _DROVE.match(question)
    if not m:
        return None
    what = (m.group("what") or m.group("what2")).strip()
    return f"How much did the {what} change{m.group('rest')}, and what drove the change?{question[m.end():]}"


# a claim about every year of a span: "risen every year from FY2015 through FY2019", "in each of the last three
# years", "in each year", "consecutive", "three straight years", "year after year", "steadily"
_EVERY_YEAR = re.compile(r"\b(?:every|each)\s+(?:single\s+)?(?:fiscal\s+|calendar\s+)?year\b|"
                         r"\beach\s+of\s+(?:the\s+|its\s+)?(?:last|past|prior|previous|preceding|following|next|"
                         r"(?:fiscal\s+)?years)\b|\b(?:consecutive|successive)\b|\bstraight\s+(?:fiscal\s+)?years\b|"
                         r"\byears?\s+in\s+a\s+row\b|\byear\s+after\s+year\b|\b(?:steadily|continuously|consistently)\b|"
                         r"\bwithout\s+(?:a\s+|any\s+)?(?:break|interruption|decline|drop|dip)\b", re.I)


_EVERY_QUARTER = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:fiscal\s+)?quarter\b|\beach\s+of\s+(?:the\s+|its\s+)?(?:(?:last|past|prior|"
    r"previous|preceding|following|next|first)\s+)?(?:(?:two|three|four|five|six|seven|eight|\d{1,2})\s+)?(?:fiscal\s+)?"
    r"quarters\b|\b(?:consecutive|successive|straight)\s+(?:fiscal\s+)?quarters\b|\bquarters?\s+in\s+a\s+row\b|"
    r"\bquarter\s+after\s+quarter\b|\bsequentially\b|\bquarter[- ]over[- ]quarter\b", re.I)


# a period restated in parentheses right after it: "fiscal 2022 (the 52 weeks ended January 28, 2023)", "the six
# months ended December 31, 2022 (the first half of FY2023)", "FY2023 (fiscal 2022)"
_PERIOD_WORDS = (r"(?:fiscal|fy|year|years|quarter|half|months|weeks|ended|ending|first|second|third|fourth|"
                 r"the|of|i\.e\.|that\s+is|calendar|[0-9]{1,2}|52|53|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|"
                 r"aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|q[1-4]|h[12]|fy\s?'?\d{2,4}|(?:19|20)\d{2})")
_RESTATED = re.compile(rf"\s*\(\s*(?:{_PERIOD_WORDS}[\s,.]*)+\)", re.I)


def once_restated(question: str) -> str:
    """The question with a period's restatement in parentheses left out, when the text before it names a period
    itself: "for fiscal 2022 (the 52 weeks ended January 28, 2023)" asks ONE period, not a change from fiscal 2022
    to fiscal 2023 (the two years are one year's two names: the filer's and its closing date's). The period said
    first is read (the filer's naming, ``fact_lookup.filer_year_shift``, and a span's end date, ``intent.span_ended``,
    name it as mia's columns do)."""
    out, last, shifts = [], 0, set()
    for m in _RESTATED.finditer(question):
        inside = m.group(0)
        before = question[last:m.start()]
        if not re.search(r"\d", inside) or not re.search(r"(?:19|20)\d{2}\b|\bFY\s?'?\d{2}\b", before[-60:], re.I):
            out.append(before + inside)
        else:
            named = _YEAR_NAME_BEFORE.search(before)
            dated = _DATED.search(inside)
            quarter = _QUARTER_NAME_BEFORE.search(before)
            closing = _QUARTER_DATED.search(inside)
            if quarter and closing and closing.group("mon")[:3].lower() in ("jan", "feb", "mar") and \
                    int(closing.group("year")) - _name_year(quarter.group("name")) == 1:
                # "Contoso's Q4 sales, fourth quarter of fiscal 2030 (the 13 weeks ended February 1, 2031)": a quarter closing early
                # in the year after its fiscal name belongs to a year named by the year it began: the quarter is read
                # as that of the year closing then (mia's name, "the fourth quarter of FY2023"), and the question's
                # other fiscal names alike (below)
                shifts.add(1)
            elif named and dated and not _DATED.search(before[-80:]):
                # "fiscal 2022 (the 52 weeks ended January 28, 2023)": a year's name is the filer's, its closing date is
                # not ambiguous: the year is read by the date
                before = before[:named.start()] + " " + dated.group(0).strip()
                shifts.add(int(dated.group(0)[-4:]) - _name_year(re.search(r"\d+$", named.group(0).strip()).group()))
            out.append(before)
        last = m.end()
    out.append(question[last:])
    text = "".join(out)
    if shifts == {1}:
        # "fiscal 2022 (the 52 weeks ended January 28, 2023) versus fiscal 2021": the question names its years the
        # filer's way, by the year they began; its other fiscal years so named ("fiscal 2021") are read alike, as
        # the year that closed a year after the name (mia names a year by its closing year: FY2022)
        text = _FISCAL_NAME.sub(lambda y: f"FY{_name_year(y.group(1)) + 1}", text)
    return text


def _name_year(digits: str) -> int:
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


_FISCAL_NAME = re.compile(r"\b(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?'?)(\d{4}|\d{2})\b", re.I)


_QUARTER_NAME_BEFORE = re.compile(r"\s*\b(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?"
                                  r"quarter\s+of\s+(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?'?)(?P<name>\d{4}|\d{2})\s*$",
                                  re.I)
_QUARTER_DATED = re.compile(r"\b(?:the\s+)?(?:(?:1[2-7]|twelve|thirteen|fourteen|sixteen|seventeen)\s+weeks|"
                            r"(?:three|3)\s+months|(?:fiscal\s+)?quarter)\s+(?:ended|ending)\s+(?P<mon>[A-Z][a-z]+)\.?\s+"
                            r"\d{1,2},\s+(?P<year>(?:19|20)\d{2})", re.I)
_YEAR_NAME_BEFORE = re.compile(r"\s*\b(?:(?:the\s+)?fiscal\s+(?:year\s+)?|FY\s?'?)(?:\d{4}|\d{2})\s*$", re.I)
_DATED = re.compile(r"\b(?:the\s+)?(?:(?:fiscal\s+)?year|(?:52|53|fifty-two|fifty-three)\s+weeks|twelve\s+months|12\s+months)\s+"
                    r"(?:ended|ending)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+(?:19|20)\d{2}", re.I)


# the kinds of member a filer reports its figures by (segments, regions, divisions, tiers, brands, product lines ...)
_MEMBER_KIND = (r"segments?|lines?|categor(?:y|ies)|products?|regions?|divisions?|brands?|businesses|business\s+units?|"
                r"units?|channels?|geograph\w*|markets?|customers?|countries|country|franchises?|portfolios?|"
                r"subsidiar\w+|areas?|tiers?|banners?|chains?|propert(?:y|ies)")
_MEMBER_KINDS = (r"segments|lines|categories|products|regions|divisions|brands|businesses|business\s+units|units|"
                 r"channels|geograph\w*|markets|countries|franchises|portfolios|subsidiaries|areas|tiers|banners|"
                 r"chains|properties")
# a question that picks among members: "which of its segments", "which product category", "which revenue line", "which
# of Contoso's three geographic areas", "Among Northwind's operating segments (excluding Corporate), which ...", "Of its
# four divisions, which one ...", "what business segment ...", "Name the region whose ...", "It reports three tiers.
# Which one ...?"
_WORD = r"[\w&.'’-]+\s+"
# "gain or loss on sale of businesses", "acquisitions of businesses": a transaction's object names a line item, never
# a choice among the filer's members
_NOT_AN_ITEM = "".join(rf"(?<!\b{w} )" for w in ("sale", "sales", "disposal", "disposals", "acquisition", "acquisitions",
                                                   "divestiture", "divestitures", "purchase", "purchases", "exit"))
# "cost of products sold", "units shipped": goods named by what was done with them are a line item or a count, never
# the members a filer reports by
_GOODS = r"(?!\s+(?:sold|purchased|shipped|delivered|manufactured|produced|returned)\b)"
_WHICH_MEMBER = re.compile(
    rf"\bwhich\s+(?:of\s+(?:its|the|their)\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_MEMBER_KIND})\b|"
    rf"\bwhich\s+of\s+(?:{_WORD}){{0,6}}?(?:{_MEMBER_KINDS})\b{_GOODS}|"
    rf"\b(?:among|across|{_NOT_AN_ITEM}of|between|out\s+of)\s+(?:{_WORD}){{0,6}}?(?:{_MEMBER_KINDS})\b{_GOODS}[^?.;]{{0,60}}?\b(?:which|what)\b|"
    rf"\bwhat\s+(?:(?:reportable|operating|reporting|business|geographic(?:al)?|product|revenue|sales|brand|hotel|"
    rf"store|customer)\s+)?(?:{_MEMBER_KIND})\b(?!\s*['’])|"
    rf"\b(?:name|identify)\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEMBER_KIND})\b|"
    rf"\b(?:{_MEMBER_KINDS})\b[^?]{{0,120}}?\bwhich\s+(?:one|ones|of\s+(?:them|these|those))\b", re.I)


def asks_which_member(question: str) -> bool:
    """Whether a question picks among the members of a kind a filer reports by (segments, regions, divisions, tiers,
    brands, product lines, ...): "which segment ...", "which of Contoso's three geographic areas ...", "Among
    Northwind's operating segments (excluding Corporate), which ...", "Of its four divisions, which one ...", "what
    business segment ...", "Name the region whose ...". General rule: such a question is about the members' own
    figures; the company's figure, level or change, never answers it (no facts-path lookup or calculation): it is
    answered from the members' rows (``table_rankings``, ``pickers.rank_rows``) or declined."""
    return bool(_WHICH_MEMBER.search(question))

"""Definitions stated in a question, parsed into inputs and arithmetic and computed exactly as stated.

Analysts often say how a figure is to be computed: "DPO is defined as 365 * (average accounts payable) /
(COGS + change in inventory)", "Define the liquidity ratio as cash plus receivables divided by current
liabilities", "using the formula: gross profit / revenue", "where ROA = FY2017 net income / (average total assets
between FY2016 and FY2017)". ``find_definitions`` finds such clauses and parses each body into an expression:

- operators: ``+ - * / x × ÷`` and the words plus, minus, less, times, multiplied by, divided by, over;
  parentheses; "the sum of A and B", "the difference between A and B", "the ratio of A to B", "the average of
  A and B", "A as a percentage of B";
- operands: a number (365, 100, 2) or an input named in words and mapped to a metric by ``lookup`` (the metric
  registry's question words), with period modifiers: "FY2017 net income" (that year), "prior-year X" /
  "beginning X" (the year before), "average X" / "average X between FY2016 and FY2017" (the mean of two
  period-ends), "change in X" / "increase in X" (this period-end minus the one before).

A definition whose body cannot be parsed, or one of whose inputs maps to no metric, is returned as
``Unparsed`` with the reason: the caller then declines the calculation instead of using a formula of its own.
``evaluate`` computes a parsed definition from facts fetched through a callback, and writes the definition used
and the expression with every input's figure put in; it raises ``MissingInput`` when an input is not found.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from ..finance.formulas import CalcResult, MissingInput, amount, fmt
from ..finance.registry import BY_NAME
from ..text.months import MONTH_OR_ABBR_TITLE, month_number
from ..types import Fact

Lookup = Callable[[str], "str | None"]  # an input's words -> metric name, None when it names no metric


# ----------------------------------------------------------------------------------------------------------------
# the expression tree


@dataclass(frozen=True)
class Num:
    value: float
    raw: str


@dataclass(frozen=True)
class Input:
    """One input of a definition: ``metric`` at a period relative to the asked one.

    ``how``: "at" (one period-end or period), "average" (mean of two period-ends), "change" (later minus
    earlier). ``years``: explicit fiscal years when the definition names them ("FY2017 net income", "average total
    assets between FY2016 and FY2017"); else ``offset`` years before the asked period (0 or 1)."""

    metric: str
    words: str  # the input as the question writes it
    how: str = "at"
    years: tuple[int, ...] = ()
    offset: int = 0
    part: str = ""  # the words that narrow ``metric`` to a part ("subscription" of "subscription revenue"): ``part_of``
    # an item excluded from (or added back to) a profit figure, read as what it did to that figure: a charge printed
    # among the costs and expenses took its amount away, a credit printed there in parentheses or a gain added it
    # (``evaluate``: ``get.effect``), so "excluding" it takes that effect out whichever way the filer printed it
    effect: bool = False
    # "all restructuring charges": every line of the statement so named (a restructuring line under cost of sales
    # and one among the operating expenses), summed; expanded into those lines' own inputs before it is computed
    # (``exclusions._every_line``), never read as one row
    every: bool = False
    # "SG&A excluding impairment losses": the row labelled with the input's words first; where no row is so labelled,
    # this arithmetic on the figure and the item's own rows ("SG&A - impairment losses"), else the input is declined
    # (``evaluate``; ``_qualified_operand``)
    alt: "Node | None" = None


@dataclass(frozen=True)
class Op:
    op: str  # "+", "-", "*", "/"
    left: "Node"
    right: "Node"


Node = Num | Input | Op


@dataclass(frozen=True)
class Definition:
    """A definition stated in the question: ``name`` (as written, may be empty) = ``expr``."""

    name: str
    text: str  # the body as written
    expr: Node

    def inputs(self) -> list[Input]:
        out: list[Input] = []

        def walk(n: Node) -> None:
            if isinstance(n, Input):
                if n not in out:
                    out.append(n)
            elif isinstance(n, Op):
                walk(n.left)
                walk(n.right)

        walk(self.expr)
        return out

    def words(self) -> str:
        """The definition as mia read it, inputs in the question's words: "365 x average accounts payable / ..."."""
        return render(self.expr, lambda i: _input_words(i))


@dataclass(frozen=True)
class Unparsed:
    """A definition was stated but could not be read; ``reason`` says what failed."""

    name: str
    text: str
    reason: str


# ----------------------------------------------------------------------------------------------------------------
# finding definitions in a question

_NAME = r"(?P<name>[A-Za-z&%'’()/\- ]{1,80}?)"
_VERB = r"(?:is|are|was|be|should\s+be|will\s+be|being)\s+(?:defined|calculated|computed|measured|derived|determined)"
# the clause that opens a definition; the body runs to the end of its sentence
_OPENERS = [
    re.compile(rf"(?:^|(?<=[.?!:;,]\s)|(?<=\s)){_NAME}\s+{_VERB}\s+(?:as|by)\b\s*:?\s*", re.I),
    re.compile(rf"\bdefin(?:e|ing)\s+{_NAME}\s+as\b\s*:?\s*", re.I),
    # "as of June 30" and "as a percentage of revenue" after the name are its date and its ask, never a body's start
    _CALC_OPENER := re.compile(r"\b(?:calculat(?:e|ing)|comput(?:e|ing)|measur(?:e|ing)|work(?:ing)?\s+out)\s+(?P<name>[A-Za-z0-9&%'’/\- ]{1,80}?)"
                               r"\s+as\b(?!\s+(?:of|at)\b|\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction|multiple)\b)\s*:?\s*", re.I),
    re.compile(rf"\b(?:using|use|with|by|via|apply(?:ing)?)\s+(?:the\s+)?(?:following\s+)?(?:formula|definition|calculation|equation)"
               rf"(?:\s+(?:of|for)\s+{_NAME})?\s*:?\s*", re.I),
    re.compile(rf"\b(?:calculated|computed|measured|defined)\s+as\b\s*:?\s*", re.I),
    re.compile(rf"\bwhere\s+{_NAME}\s+(?:is|are|equals?|means|=)\s*:?\s*", re.I),
    re.compile(rf"(?:^|(?<=[.?!:;,]\s)|(?<=\s)){_NAME}\s*=\s*", re.I),
    # "what was its FY2020 gross margin, i.e. (A minus B) divided by (C minus D)?": the figure named before, stated
    # again as arithmetic (read only when the words after it state arithmetic: "the latest year, i.e. FY2023" is none)
    _THAT_IS := re.compile(r",\s*(?:i\.\s?e\.|ie\.|that\s+is|namely|as(?=\s*\())\s*,?\s*", re.I),
    # "Express A's revenue increase as a percentage of the increase in total revenue": the asked figure stated as
    # arithmetic after "express" (read only when the words after it state arithmetic: "express your answer in
    # millions" is none)
    _EXPRESS := re.compile(r"(?:^|(?<=[.?!:;]\s))express\s+(?!(?:your|the|this|that|it|them|each|all|both)\b(?!\s+"
                           r"(?:increase|decrease|change)\s+in\b))", re.I),
    # "Cash margin is operating cash flow over net sales. What was ...?": a statement opening the
    # question that says what a figure is, as arithmetic (read only when its words state arithmetic and it ends with
    # a full stop before the question: "Contoso is a retailer." defines nothing)
    # (also after a semicolon that ends a definition before it: "X is defined as ...; Y is 365 divided by X.")
    _IS_ARITHMETIC := re.compile(r"(?:^|(?<=[.!;]\s))(?P<name>[A-Z][A-Za-z&%'’()/\- ]{1,80}?)\s+(?:is|are|equals?|means)\s+"
                                 r"(?!(?:defined|calculated|computed|measured|derived|determined|taken)\b)", re.I),
]
# ", for the second quarter of 2025 and the first six months": the periods the defined figure is asked for, after a
# comma, end its body (they are the question's periods, never one operand's)
_PERIODS_ASKED = (r",\s+(?:for|in|during|over|as\s+of|at|between|from)\s+(?:both\s+|each\s+of\s+)?(?:the\s+)?(?:(?:first|second|third|"
                  r"fourth|1st|2nd|3rd|4th|latest|most\s+recent|current|prior|last)\s+(?:fiscal\s+)?(?:quarter|half|"
                  r"three|six|nine|twelve|year|fiscal|\d)|(?:three|six|nine|twelve)\s+(?:and\s+(?:three|six|nine|twelve)\s+)?"
                  r"months|(?:13|26|39|52|53)\s+weeks|q[1-4]\b|[1-4]q\b|h[12]\b|fy\s*'?\d|fiscal\s+(?:year\s+)?'?\d|"
                  r"(?:19|20)\d\d\b|years?\s+(?:ended|ending)|quarters?\s+(?:ended|ending)|periods?\s+(?:ended|ending))")
_SENTENCE_END = re.compile(r"\.(?!\d)|\?|!|;|\n|" + _PERIODS_ASKED + r"|,\s+and\s+(?:the\s+|its\s+)?(?:change|difference|increase|decrease|growth)\b|,\s+to\s+(?:the\s+)?(?:one|two|three|four|\d+|nearest)\s+"
                           r"(?:decimals?|decimal\s+places?|places?|tenths?|hundredths?|percent|million|billion|whole)\b|,\s+where\s+[A-Za-z][A-Za-z&'\- ]{0,60}?\s+(?:is|are|equals?|means)\s|,\s+(?:in|as)\s+(?:an?\s+)?(?:percent(?:age)?s?|%|days|times|multiples?|"
                           r"(?:us\s*)?(?:usd|dollars|\$)|millions|billions|thousands)\b|[,:]\s+(?:and\s+)?(?:then\s+)?(?:round|answer|express|give|please|report"
                           r"|show|state|use|using|based|what|how|which|who|is|are|was|were|did|does|do|can)\b|\s+(?:round(?:ed)?|answer|expressed|express|give|please|report|"
                           # "... times 365 and rounded to one decimal": the instruction joined by "and" ends the body too
                           r"reply)\b|\s+and\s+(?:then\s+)?(?:round(?:ed)?|expressed)\b"
                           # "capital expenditures as a share of revenues and compared with depreciation": a second
                           # measure the question sets beside the defined one, never an operand of its arithmetic
                           r"|,?\s+and\s+(?:(?:as\s+)?compared\s+(?:with|to)|relative\s+to|set\s+against|against|versus|vs\.?)\s", re.I)
_QUESTION_WORDS = re.compile(r"^(?:what|how|which|is|are|was|were|did|does|do|can|could|please|compute|calculate|"
                             r"give|find|tell|using|use|based|and|also|then|here|the)\b", re.I)


# a balance date closing a definition body that names no other period ("short-term borrowings plus long-term debt at May
# 31, 2026"): the date of the figure defined, which the question asks it at, never an operand's own
_CLOSING_DATE = re.compile(rf"\s+(?:at|as\s+of|on)\s+(?:{MONTH_OR_ABBR_TITLE})\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}\s*$")
_ANY_PERIOD = re.compile(rf"(?:{MONTH_OR_ABBR_TITLE})\.?\s+\d{{1,2}}\b|\b(?:19|20)\d{{2}}\b|\bFY\s*'?\d{{2}}\b|"
                         r"\b(?:prior|previous|preceding|beginning|current)\b", re.I)


def _body_end(text: str, start: int) -> int:
    """Where a definition body that starts at ``start`` ends: the end of its sentence or before an instruction; a
    balance date closing a body that names no other period is left out of it (``_CLOSING_DATE``: the question's
    date for the figure defined)."""
    end = _sentence_end(text, start)
    m = _CLOSING_DATE.search(text[start:end])
    if m and len(_ANY_PERIOD.findall(text[start:start + m.start()])) == 0:
        return start + m.start()
    return end


def _sentence_end(text: str, start: int) -> int:
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            if depth == 0:
                return i  # the definition sat inside a parenthesis of the question
            depth -= 1
        elif depth == 0:
            m = _SENTENCE_END.match(text, i)
            if m and (m.group(0) != "." or not re.match(r"\s*[a-z]", text[i + 1:])):
                return i
        i += 1
    return len(text)


def _clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", (name or "")).strip(" :,-")
    # "Contoso's operating margin for fiscal 2025 and fiscal 2024" -> "Contoso's operating margin": the periods said
    # after the name first, so that a second year is never read as the start of the name
    name = re.sub(r"\s+(?:for|in|of|during|at|as\s+of|over|between)\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:years?\s+)?)?"
                  r"(?:FY\s?'?\d{2,4}|(?:19|20)\d{2})\b.*$", "", name, flags=re.I)
    # "the gross margin of Contoso Foods" -> "the gross margin": the company named after the figure
    name = re.sub(r"(?<=[a-z])\s+of\s+(?:[A-Z][\w&.'’\-]*\s*)+$", "", name)
    # "Contoso's FY2023 ROE" -> "ROE": the figure, without its company and year
    name = re.split(r"(?:'s|s')\s+|\bFY\s?'?\d{2,4}\s+|\b(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}\s+", name)[-1]
    name = re.sub(r"\s+(?:for|in|of|during|at)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?\d{2,4}|(?:19|20)\d{2})\b.*$",
                  "", name, flags=re.I)
    name = re.sub(r"^(?:the|a|an|and|where|here|note\s+that|assume\s+that)\s+", "", name, flags=re.I)
    # "What is Contoso's FY2021 cash ratio? Cash ratio is defined as" -> the last clause
    name = re.split(r"[?.!]\s*", name)[-1]
    # "Compare total debt (A plus B) at ...": an instruction's verb opens the clause, it is no word of the name
    name = re.sub(r"^(?:compare|contrast|show|give|report|state|compute|calculate|find|determine|list|provide)\s+"
                  r"(?:the\s+|its\s+)?", "", name.strip(), flags=re.I)
    # "if you define it simply as ...": a pronoun names the figure asked, not a figure of its own (unnamed)
    if re.fullmatch(r"(?:it|this|that|them|these|those|this\s+figure|that\s+figure|the\s+figure)(?:\s+(?:simply|"
                    r"here|instead|only|just|strictly|narrowly|broadly))?", name.strip(), re.I):
        return ""
    return name.strip()


# "treating cash and receivables as the quick assets", "taking purchases of PP&E as capital expenditure": the
# body comes first, the name it defines after "as"; the name may be followed by a parenthesis that names a source
# ("... as the quick assets (balance sheet figures)"), which must not hide the definition
_AS_NAME = re.compile(
    r"\b(?:treat(?:ing|s|ed)?|tak(?:e|es|ing)|count(?:ing|s)?|regard(?:ing|s)?|consider(?:ing|s)?)\s+(?:only\s+)?"
    r"(?P<body>[^.?!;()]{3,160}?)\s+as\s+(?:being\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:only\s+)?"
    r"(?P<name>[a-z][a-z&'\- ]{1,40}?)(?=\s*(?:[.?!;,:()]|$)|\s+(?:and|when|for|in|to|of|then|please|round|"
    r"instead|rather|at|on|from)\b)", re.I)
# "taking the payout ratio as dividends per share divided by diluted EPS", "with the payout ratio taken as ...",
# "let the payout ratio be ...": the name comes first and the body after "as" (or "to be"/"be"). Read this way only
# when the words after "as" state arithmetic and the words before do not ("taking cash plus receivables as the
# quick assets" is the form above, body first).
_NAME_AS = re.compile(
    r"\b(?:(?:treat(?:ing|s|ed)?|tak(?:e|es|ing)|count(?:ing|s)?|regard(?:ing|s)?|consider(?:ing|s)?|"
    # "Contoso reports free cash flow as A less B", "it measures X as ...": the filer's (or the question's) own
    # arithmetic for a name, read only when the words after "as" state arithmetic (``_name_first``)
    r"reports|reported|defines|measures|calculates|computes|"
    r"assum(?:e|es|ing)|understand(?:ing)?)\s+(?P<name>[A-Za-z][A-Za-z&'/\- ]{1,60}?)\s+(?:as|to\s+be|to\s+mean)|"
    r"with\s+(?P<name2>[A-Za-z][A-Za-z&'/\- ]{1,60}?)\s+(?:taken|treated|understood|measured|defined|calculated|"
    r"computed|read)\s+as|"
    r"let\s+(?P<name3>[A-Za-z][A-Za-z&'/\- ]{1,60}?)\s+(?:be|equal|mean))\s+(?:being\s+)?:?\s*", re.I)
# "capex intensity (capital expenditures as a % of net sales)": a parenthesis after a name that states arithmetic
# (a period may stand between the name and its parenthesis: "... did membership fees represent in FY2021 (membership
# fees divided by operating income)")
# the figure's name, the period or periods it is asked for ("in FY2024", "in fiscal 2025 and 2024", "for 2025 and for
# 2024"), then the parenthesis that defines it
_PAREN_PERIOD = r"(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?\d{2,4}"
_PAREN_DEF = re.compile(r"(?P<name>[A-Za-z][A-Za-z&'\- ]{1,60}?)(?:\s+(?:in|for|during)\s+" + _PAREN_PERIOD +
                        r"(?:(?:\s*,\s*|\s+and\s+|\s+versus\s+|\s+vs\.?\s+)(?:(?:in|for|during)\s+)?" + _PAREN_PERIOD +
                        r")?)?\s*\((?P<body>[^()]*(?:\([^()]*\)[^()]*)*)\)")
# arithmetic words; "less"/"over" may follow a closing parenthesis or a comma ("total debt (its parts) less cash",
# "total debt, including finance leases, less cash"): a statement "X is A (...) less B." is then a definition, read
# or declined, never left for a stated figure of one of its inputs to answer
_ARITHMETIC = re.compile(r"\bas\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+of\b|\bdivided\s+by\b|"
                         r"\bmultiplied\s+by\b|\s/\s|\s[-+*]\s|\bminus\b|\bplus\b|[\w)\]],?\s+less\s+(?!than\b)\w|"
                         r"[\w)\]]\s+over\s+(?!(?:the\s+)?(?:last|past|next|prior|previous|period|years?|fy|19\d\d|20\d\d)\b)\w|"
                         r"\b(?:sum|ratio|average)\s+of\b|\bdifference\s+between\b", re.I)


# the figure named right before ", defined as": after a possessive, a year or "the"
_NAME_BEFORE = re.compile(r"(?:'s|s'|\bFY\s?'?\d{2,4}|\b(?:19|20)\d{2}|\bthe|\bits)\s+([A-Za-z][A-Za-z&/\- ]{1,40}?)\s*,?\s*$")
# a period written after the figure's name, before ", defined as": "at the end of FY2019", "for fiscal 2025", "at
# December 31, 2025", "in the three months ended March 31, 2026"
_PERIOD_AFTER_NAME = re.compile(r"\s+(?:at|as\s+of|for|in|during|on|over)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the\s+)?)?"
                                r"(?:(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)\d{2}|FY\s?'?\d{2}\b|[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d{2}|"
                                r"(?:three|six|nine|twelve)\s+months\s+ended\s+[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d{2})"
                                # "in FY2025 and FY2024", "as of June 30, 2025 and June 30, 2024": two periods asked
                                r"(?:\s*(?:,|and|,\s*and|versus|vs\.?)\s+(?:(?:at|as\s+of|for|in|the\s+end\s+of)\s+)?"
                                r"(?:(?:fiscal\s+(?:year\s+)?)?(?:FY\s?'?)?(?:19|20)\d{2}|FY\s?'?\d{2}\b|[A-Z][a-z]+\s+\d{1,2},\s+(?:19|20)\d{2}))?"
                                r"\s*,?\s*$")
# the unit a figure is asked in, written after its name and period(s): "... free cash flow in FY2025 and FY2024 in
# millions of dollars, defined as ..."
_UNIT_AFTER_NAME = re.compile(r"\s*,?\s+in\s+(?:(?:us\s*)?(?:usd|dollars?|\$)\s+)?(?:millions?|billions?|thousands?|"
                              r"percent(?:age)?s?|%)(?:\s+of\s+(?:us\s+)?(?:dollars|usd))?\s*,?\s*$", re.I)
_NOT_A_NAME = re.compile(r"(?:a|an|the|given|such|follows?|well|is|reported|stated|shown|presented|disclosed|of\s.*|"
                         r"(?:an?\s+)?(?:%|percent\w*|share|proportion|fraction|ratio|multiple|whole|result|reference|"
                         r"proxy|guide|basis|starting\s+point|benchmark)\b.*)", re.I)
_NOT_A_BODY = re.compile(r"\b(?:what|how|which|who|when|whether)\b|^(?:into\s+account|note|care|place|a\s+look)\b",
                         re.I)


_OPERATOR_SPLIT = re.compile(r"\s+(?:minus|less|plus|divided\s+by|multiplied\s+by|times|over)\s+|\s[-+*/]\s", re.I)


def _mentions_figure(body: str, lookup: Lookup) -> bool:
    """Does the text name a figure mia can look up (a whole phrase of one to five words)?"""
    exact = getattr(lookup, "exact", None) or lookup
    words = re.findall(r"[A-Za-z&'%\-]+", _strip_source_hints(body))
    if any(exact(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, min(i + 6, len(words) + 1))):
        return True
    # "net cash provided by operating activities minus ...": an operand between the operators that is a statement
    # label of a figure mia knows, written out at any length
    return any(lookup(t.strip(" ,")) for t in _OPERATOR_SPLIT.split(_strip_source_hints(body)) if t.strip(" ,"))


def _name_first(text: str) -> list[tuple[int, int, int, str, int]]:
    """The definition clauses stated name first (``_NAME_AS``), as ``_spans`` gives them."""
    spans: list[tuple[int, int, int, str, int]] = []
    for m in _NAME_AS.finditer(text):
        name = _clean_name(m.group("name") or m.group("name2") or m.group("name3") or "")
        end = _body_end(text, m.end())
        # "taking total debt as A plus B, and debt-to-equity as total debt divided by total equity": two definitions
        # chained in one clause, the second after ", and <name> as"
        pieces = [(m.start(), m.end(), name)]
        for c in _CHAINED.finditer(text, m.end(), end):
            pieces.append((c.start(), c.end(), _clean_name(c.group("name"))))
        for i, (start, body_start, nm) in enumerate(pieces):
            stop = pieces[i + 1][0] if i + 1 < len(pieces) else end
            body = text[body_start:stop]
            if (nm and not _NOT_A_NAME.fullmatch(nm) and not _QUESTION_WORDS.match(nm)
                    and not _ARITHMETIC.search(nm) and (_ARITHMETIC.search(body) or _COMBINED.search(body))
                    and not _NOT_A_BODY.search(body)
                    and not re.match(r"(?:defined|calculated|computed|measured|derived|determined)\b", body, re.I)
                    and not any(s <= start < e for s, _, _, _, e in spans)):
                spans.append((start, body_start, stop, nm, stop))
    return spans


# "taking ship costs as wages, fuel and port fees combined": a list of figures said to be added up (the items listed,
# then a word that says they are taken together); the body is the list (``list_sum``)
_COMBINED = re.compile(r"^(?P<items>.*(?:,|\band\b).*?)\s+(?:combined|together|added\s+together|taken\s+together|"
                       r"in\s+total|summed)\s*,?\s*$", re.I)


_JUDGED_BY = re.compile(r"\b(?:judg(?:ing|ed)|measur(?:ing|ed)|gaug(?:ing|ed)|assess(?:ing|ed)|going)\s+(?:it\s+|this\s+)?"
                        r"by\s+(?:the\s+)?(?:ratio\s+of\s+)?", re.I)
_CHAINED = re.compile(r",\s*and\s+(?:the\s+)?(?P<name>[A-Za-z][A-Za-z&'/\- ]{1,60}?)\s+as\s+", re.I)


def _chained_name(name: str) -> bool:
    """Whether the words before a chained ", and ... as" name a figure ("interest coverage"), not an instruction
    ("express it", "treat the result") or arithmetic."""
    return bool(name) and not (_NOT_A_NAME.fullmatch(name) or _QUESTION_WORDS.match(name) or _ARITHMETIC.search(name)
                               or re.match(r"(?:express|treat|show|report|give|round|state|present|write)\b|"
                                           r"(?:it|them|this|that|each|both|the\s+result)$", name, re.I))


def _spans(text: str, lookup: Lookup | None = None) -> list[tuple[int, int, int, str, int]]:
    """(clause start, body start, body end, name, clause end) of each definition clause of a normalised
    question (the clause ends after its body, or after the name a "treating ... as NAME" clause ends with).
    The forms that could be something else ("taking ... as NAME", a parenthesis after a name) count only when
    their body names a figure ``lookup`` knows (none without a lookup)."""
    spans = _name_first(text)
    for m in _AS_NAME.finditer(text) if lookup is not None else ():
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, _, _, _, e in spans):
            continue  # the name-first form above read this clause
        name = _clean_name(m.group("name"))
        body = m.group("body")
        if (name and not _NOT_A_NAME.fullmatch(name) and not _NOT_A_BODY.search(body)
                and _mentions_figure(body, lookup)):
            spans.append((m.start(), m.start("body"), m.end("body"), name, m.end()))
    for rx in _OPENERS:
        for m in rx.finditer(text):
            start = m.end()
            if any(s <= m.start() < e or s <= start < e or b <= m.start() <= e for s, b, _, _, e in spans):
                continue
            name = _clean_name(m.groupdict().get("name") or "")
            if not name and "name" not in rx.groupindex:  # "FY2023 efficiency ratio, defined as ...": the name before
                # "X's net debt at the end of FY2019, defined as ...": the figure named before its period
                before = _NAME_BEFORE.search(_PERIOD_AFTER_NAME.sub("", _UNIT_AFTER_NAME.sub("", text[: m.start()])))
                name = _clean_name(before.group(1)) if before else ""
            if name and _QUESTION_WORDS.match(name):
                continue  # "what is X defined as?" asks for a definition, it does not state one
            end = _body_end(text, start)
            if end - start < 3 or (rx is _THAT_IS and not (_ARITHMETIC.search(text[start:end]) and name)):
                continue
            if rx is _EXPRESS and not _ARITHMETIC.search(text[start:end]):
                continue
            if rx is _IS_ARITHMETIC and not (_ARITHMETIC.search(text[start:end]) and text[end:end + 1] == "."
                                             and "?" in text[end:]):
                continue
            # "Define EBITDA as A plus B plus C, and leverage as D divided by EBITDA": two definitions chained in
            # one clause, the second after ", and <name> as" (as for the name-first form, ``_name_first``)
            chained = [c for c in _CHAINED.finditer(text, start, end) if name and _chained_name(
                _clean_name(c.group("name"))) and (_ARITHMETIC.search(text[c.end():end]) or _COMBINED.search(
                text[c.end():end]))][:1]
            stop = chained[0].start() if chained else end
            # "Calculate Contoso's FY2023 ROE as ...": the company and year in the name stay in the question
            spans.append((m.end("name") if rx is _CALC_OPENER else m.start(), start, stop, name, stop))
            for c in chained:
                spans.append((c.start(), c.end(), end, _clean_name(c.group("name")), end))
    for m in _JUDGED_BY.finditer(text):
        # "..., judging by dividends declared per share divided by diluted EPS": the measure the question is decided
        # by, stated as arithmetic (a clause with no arithmetic, "judging by its revenue", defines nothing)
        start = m.end()
        end = _body_end(text, start)
        if (any(s <= m.start() < e or s <= start < e for s, _, _, _, e in spans) or end - start < 3
                or not _ARITHMETIC.search(text[start:end]) or _NOT_A_BODY.search(text[start:end])):
            continue
        spans.append((m.start(), start, end, "", end))  # unnamed: the asked figure's name, else its arithmetic
    for m in _PAREN_DEF.finditer(text) if lookup is not None else ():
        body = m.group("body")
        if (_ARITHMETIC.search(body) and _mentions_figure(body, lookup) and not _NOT_A_BODY.search(body) and not _HINT_ONLY.fullmatch(body.strip()) and "=" not in body
                and not any(rx.search(body) for rx in _OPENERS[:6])  # a clause of its own is read as such
                and not _margin_base(m.group("name"), body, lookup)):
            name = _clean_name(re.split(r"\b(?:what|how|is|was|were|are|did|does|the|its|of|for|in)\s+",
                                        m.group("name"), flags=re.I)[-1])
            # "did <filer> spend on capital expenditures (...)": after an auxiliary, a subject that is a proper name
            # (no possessive) or a pronoun, then a lower-case verb: a clause, never a figure's name ("did Contoso's
            # gross margin (...) change" names the margin; a name ending in a measure's head noun stays one)
            after = re.split(r"\b(?:did|does|do)\s+", m.group("name"))
            after = after[-1].strip() if len(after) > 1 else ""
            clause = bool(after) and not re.search(r"['’]s?\s|\b(?:margin|ratio|rate|yield|return|turnover|coverage|"
                                                   r"multiple|intensity|share|percentage|growth)s?$", after, re.I) and (
                bool(re.match(r"(?:[A-Z][\w&.\-]*\s+)+[a-z]", after))
                or bool(re.match(r"(?:it|they|we|the\s+(?:company|firm|group|business))\s+[a-z]", after, re.I)))
            # "... at FY2025 year-end (A divided by B)": a period's words before the parenthesis are no figure's name
            clause = clause or re.fullmatch(r"(?:(?:the|fiscal|financial|calendar)\s+)*(?:year|quarter|period|month|"
                                            r"half)[- ]?ends?|(?:the\s+)?(?:end|close)", name.strip(), re.I)
            if clause or re.search(r"\b(?:represent(?:s|ed)?|account(?:s|ed)?\s+for|ma(?:k|d)e\s+up|comprise[sd]?|amount(?:s|ed)?\s+to)$",
                         name, re.I):
                # "what share of X did A represent (A divided by X)", "how many times its D&A did Contoso spend on
                # capital expenditures (A divided by B)": a clause (a verb after "did"), no figure's name; the
                # arithmetic is the asked figure itself (unnamed)
                spans.append((m.start("body") - 1, m.start("body"), m.end("body"), "", m.end()))
                continue
            if re.search(r"\b(?:divided\s+by|multiplied\s+by|times|plus|minus|less|over|to|and|of)$", name, re.I):
                continue  # "(A minus B) divided by (C minus D)": the parenthesis is an operand, no definition of its own
            if name and not any(s <= m.end() and m.start() <= e for s, _, _, _, e in spans):
                # the name stays in the question (it is what is asked); the parenthesis is the definition
                spans.append((m.start("body") - 1, m.start("body"), m.end("body"), name, m.end()))
    for m in _RATIO_OF.finditer(text) if lookup is not None and not spans else ():
        # "compute Contoso's ratio of total noninterest expense to total net revenue": the ratio of two figures the
        # question names is the asked figure's arithmetic (unnamed: its title is "ratio of A to B")
        end = _body_end(text, m.start("body"))
        # "... ratio of A to B in FY2025 and in FY2024": the periods after the ratio are the question's, never part of
        # its second figure (as for a quotient asked, below)
        cut = _PERIOD_TAIL.search(text, m.start("body"), end)
        end = cut.start() if cut else end
        body = text[m.start("body"):end]
        if any(s <= m.start() < e or m.start() <= s < end for s, _, _, _, e in spans) or _NOT_A_BODY.search(body):
            continue
        try:
            with _whole_names_only():
                node = operand(_strip_source_hints(body).strip(" ,:"), lookup, {})
        except _ParseError:
            continue
        if isinstance(node, Op) and all(isinstance(x, Input) for x in (node.left, node.right)):
            spans.append((m.start("body"), m.start("body"), end, "", end))
    for m in _DIVIDED_ASKED.finditer(text) if lookup is not None and not spans else ():
        # "what was Contoso's capital expenditures divided by depreciation and amortization in 2025", "Contoso research
        # and development divided by revenue, FY2025 and FY2024": the quotient of two figures the question names is
        # the asked figure's arithmetic (unnamed), up to the period or the instruction after it
        # the capitalised words before the first figure are the company's, unless the figure starts the question
        # ("Membership fees divided by operating income for Contoso ...")
        found = None
        for start in dict.fromkeys((m.start("body"), m.start("name") if m.group("name") else m.start("body"))):
            end = _body_end(text, start)
            cut = _PERIOD_TAIL.search(text, start, end)
            end = cut.start() if cut else end
            body = text[start:end]
            if _NOT_A_BODY.search(body):
                continue
            try:
                with _whole_names_only():
                    node = parse(_strip_source_hints(body).strip(" ,:"), lookup, {})
            except _ParseError:
                continue
            if isinstance(node, Op) and node.op == "/" and all(isinstance(x, Input) for x in (node.left, node.right)):
                found = (start, start, end, "", end)
                break
        if found:
            spans.append(found)
            break
    for start, _, _, base, end in added_back(text, lookup) if lookup is not None else ():
        if not any(s <= start < e or start <= s < end for s, _, _, _, e in spans):
            spans.append((start, start, end, base, end))
    return sorted(spans)


# a quotient asked as the figure itself: after the asking verb (or at the question's start), the company's name and a
# year, the first figure's words, "divided by", the second's
_DIVIDED_ASKED = re.compile(r"(?:^(?!(?i:what|how|which|compute|calculate|find|give|tell)\b)|\b(?i:compute|calculate|what\s+"
                            r"(?:is|was|were)|find|give|tell\s+me)\s+)(?P<name>[A-Z][\w&.\-]*"
                            r"(?:\s+[A-Z][\w&.\-]*)*(?:['’]s?)?\s+(?=[a-z(]|FY|(?:19|20)\d\d)|(?:the|its|their)\s+)?"
                            r"(?:(?:fiscal\s+)?(?:FY\s?)?\d{4}\s+)?(?P<body>[A-Za-z][^.?;:]*?\bdivided\s+by\b)")
# the period (or the company) named after a quotient's second figure: "... divided by revenue in fiscal 2025", "... for
# Contoso in 2025"
_PERIOD_TAIL = re.compile(r",\s*(?:FY\s?'?\d|fiscal\b|(?:19|20)\d\d\b|Q[1-4]\b)|\s+(?:in|for|during|over|at|as\s+of|between|from)\s+(?:the\s+)?(?:[A-Z]|fiscal\b|calendar\b|"
                          r"fy\s?'?\d|q[1-4]\b|\d|first\b|second\b|third\b|fourth\b|three\b|six\b|nine\b|twelve\b|"
                          r"years?\b|quarters?\b|latest\b|most\b|each\b|both\b)", re.I)
_RATIO_OF = re.compile(r"\b(?:compute|calculate|what\s+(?:is|was|were)|find|give)\s+(?:[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)*['’]s?\s+|"
                       r"(?:the|its|their)\s+)(?:(?:FY\s?)?\d{4}\s+)?(?P<body>ratio\s+of\s+)", re.I)
_AS_SHARE_OF = re.compile(r"^\s*(?:expressed\s+)?as\s+an?\s+(?:%|percent(?:age)?|share|proportion|fraction)\s+of\s+"
                          r"(?P<base>.+?)\s*$", re.I)


def _margin_base(name: str, body: str, lookup: Lookup) -> bool:
    """"operating margin before impairments (as a percentage of net sales)": a parenthesis that only says a margin is
    taken over revenue restates what a margin is; it defines nothing (the margin's own formula answers). General
    rule: only the base revenue restates a margin; any other base stays a definition (read, or declined)."""
    m = _AS_SHARE_OF.match(body)
    return bool(m and re.search(r"\bmargins?\b", name, re.I) and (lookup(m.group("base").strip()) == "revenue"
                                                                  or lookup(re.sub(r"^(?:the|its)\s+", "", m.group("base").strip(), flags=re.I)) == "revenue"))


# "Adding back goodwill impairment losses and intangible asset impairment losses to operating income, ...": the items
# added back, then the figure they are added to
_ADDING_BACK = re.compile(r"\b(?:adding|add)\s+back\s+(?P<items>[^.;?()]{3,200}?)\s+to\s+(?:the\s+|its\s+)?"
                          r"(?P<base>(?:(?:19|20)\d{2}\s+|FY\s?\d{2,4}\s+)?[a-z][a-z'\- ]{2,60}?)(?=\s*[,.;?]|\s*$)", re.I)


def added_back(text: str, lookup: Lookup) -> list[tuple[int, int, int, str, int]]:
    """The "adding back A and B to M" clauses of a normalised question, as ``_spans`` gives them (the clause's start,
    its items' start and end, the figure ``M`` as the definition's name, the clause's end), for those whose
    items and figure all read as inputs. General rule: items added back to a figure define that figure for the
    question (M + A + B): it is computed so, or, where a formula of mia's uses M (an operating margin), put in
    M's place (``answer.quantities.composed``); items not read leave the clause unread."""
    out = []
    for m in _ADDING_BACK.finditer(text):
        try:
            operand(m.group("base"), lookup, {})
            list_sum(m.group("items"), lookup, {})
        except _ParseError:
            continue
        out.append((m.start(), m.start("items"), m.end("items"), m.group("base").strip(), m.end()))
    return out


# "using cost of sales and the average of the inventory balances at the 2022 and 2023 year-ends": the inputs named,
# not the arithmetic (``stated_inputs``); a clause naming no figure ("using the cash flow statement") is no such list
_USING = re.compile(r"\b(?:using|use)\s+(?:only\s+)?", re.I)


def _using_spans(text: str, lookup: Lookup) -> list[tuple[int, int, int, list[Input]]]:
    out = []
    for m in _USING.finditer(text):
        end = _body_end(text, m.end())
        body = _strip_source_hints(text[m.end():end]).strip(" ,:")
        if not body or not _LISTED.search(body):
            continue
        try:
            node = list_sum(body, lookup)
        except _ParseError:
            continue
        items: list[Input] = []

        def flat(n: Node) -> None:
            if isinstance(n, Op) and n.op == "+":
                flat(n.left)
                flat(n.right)
            elif isinstance(n, Input):
                items.append(n)
            else:
                raise _ParseError("not a list of inputs")

        try:
            flat(node)
        except _ParseError:
            continue
        if len(items) >= 2 and not any(is_row_input(i.metric) for i in items):  # "using the cash flow statement"
            out.append((m.start(), m.end(), end, items))
    return out


def stated_inputs(question: str, lookup: Lookup) -> list[Input]:
    """The inputs a question says to use ("using A and B"), each with its period as stated; [] when none."""
    text = _normalise(question)
    return [i for _, _, _, items in _using_spans(text, lookup) for i in items]


def without_definitions(question: str, lookup: Lookup | None = None) -> str:
    """The question with its definition clauses (and, given ``lookup``, its lists of inputs to use) taken out:
    what is asked, not how it is computed (the years a definition names are its inputs' years, not the period
    asked)."""
    text = _normalise(question)
    out, last = [], 0
    spans = [(s, e) for s, _, _, _, e in _spans(text, lookup)]
    if lookup is not None:
        spans += [(s, e) for s, _, e, _ in _using_spans(text, lookup)]
    for s, e in sorted(spans):
        if s >= last:
            out.append(text[last:s])
            last = e
    out.append(text[last:])
    return " ".join(out)


# words that say the question states how its figure is computed
_DEFINING = re.compile(r"\bdefin(?:e|es|ed|ing|ition)\b|\b(?:taking|treating|taken|treated|regarding|considering|"
                       r"counting|take|treat|measuring|calculating|computing)\b|"
                       r"\b(?:calculated|computed|measured|derived|determined)\s+(?:as|by)\b|"
                       r"\bformula\b|\bequation\b|\blet\s+\w|=", re.I)


# an instruction naming the items to add up (session 33, #10): "Add the option grants and the restricted stock units
# from the note", "Summing its domestic and foreign pension contributions, ...", "combining the current and non-current
# portions": the asked figure is that sum (never "add back", read by ``added_back``, nor "did it add 12 stores")
_ADD_ITEMS = re.compile(r"(?:^|[.;?!]\s+|,\s*)(?:add|adding|sum|summing|combine|combining)\s+"
                        r"(?:up\s+|together\s+)?(?:the\s+|its\s+|their\s+)?(?!back\b)[a-z](?:(?!\bback\b)[^.;?!]){1,120}?\s+"
                        r"(?:and|with|plus)\s+(?:the\s+|its\s+|their\s+)?[a-z](?:(?!\bback\b)[^.;?!])*(?:[.;?!]|$)", re.I)


def states_unread_definition(text: str) -> bool:
    """Does the text (a question with the definitions mia read taken out) still state arithmetic with words that
    define a figure ("Taking X as A divided by B", in a form mia does not read), or name a part of a figure after a
    body mia could not read ("treating cash and sundry claims as the quick assets")? Then no formula of mia's own may
    answer it: the caller declines. A clause that only says where a figure is read ("taking capital spending from the
    cash flow statement") states no definition."""
    text = _CALCULATED_FROM.sub(" ", _SOURCE_CLAUSE.sub(" ", text))
    if _DEFINING.search(text) and _ARITHMETIC.search(text):
        return True
    if _ADD_ITEMS.search(text):
        # "Add the option grants and the restricted stock units from the note": the items to sum are stated; a row of
        # mia's own choosing ("Stock-based compensation" of the cash-flow statement) is not that sum
        return True
    # "treating cash and sundry claims as the quick assets": a part of the asked figure named after a body mia could
    # not read (no figure it knows) is still a definition the question states
    for m in _AS_NAME.finditer(text):
        name = _clean_name(m.group("name"))
        if name and not _NOT_A_NAME.fullmatch(name) and not _NOT_A_BODY.search(m.group("body")):
            return True
    return False


def states_definition(question: str) -> bool:
    """For callers without a lookup (the facts path's own recipes): does the question state a definition named
    first ("Taking the payout ratio as A divided by B") or one in words not read (``states_unread_definition`` of
    what the openers leave)? Such a question is never answered with a formula of the caller's own. (The openers'
    forms, "X is defined as ...", are computed as stated by ``answer.intents`` before the facts path is asked.)"""
    text = _normalise(question)
    return bool(_name_first(text)) or states_unread_definition(without_definitions(text))


def find_definitions(question: str, lookup: Lookup) -> list[Definition | Unparsed]:
    """Every definition the question states, in order; each parsed or ``Unparsed`` with the reason."""
    text = _normalise(question)
    spans = _spans(text, lookup)
    # an "adding back" clause: its body is the figure and the items, added (``added_back``)
    added = {(s, e): (b, ie) for s, b, ie, _, e in added_back(text, lookup)}
    bodies = [(name, f"{name} plus {_strip_source_hints(text[added[(cs, ce)][0]:added[(cs, ce)][1]]).strip(' ,:')}"
               if (cs, ce) in added else _strip_source_hints(text[s:e]).strip().strip(" ,:"))
              for cs, s, e, name, ce in spans]
    # "wages, fuel and port fees combined": the items listed, added up (``list_sum``)
    bodies = [(name, _COMBINED.match(body).group("items") if _COMBINED.match(body) else body) for name, body in bodies]
    bodies = [(name, _qualified_referents(body, text[: spans[0][1]] if spans else "", lookup)) for name, body in bodies]
    sums = {i: (name, text[added[(cs, ce)][0]:added[(cs, ce)][1]]) for i, (cs, _, _, name, ce) in enumerate(spans)
            if (cs, ce) in added}
    results: dict[int, Definition | Unparsed] = {}
    known: dict[str, Node] = antecedents(text[: spans[0][1]] if spans else "", lookup)
    # a definition may use a name the question defines later ("CCC = DIO + DSO - DPO. DIO is defined as ..."):
    # parse again while a pass reads one more, each name standing for its own definition's arithmetic
    progress = True
    while progress:
        progress = False
        for i, (name, body) in enumerate(bodies):
            if isinstance(results.get(i), Definition):
                continue
            try:
                if i in sums:  # "adding back A and B to M": M + A + B
                    expr = Op("+", operand(sums[i][0], lookup, {}), list_sum(sums[i][1], lookup, known))
                else:
                    expr = parse(body, lookup, known)
            except _ParseError as err:
                # General rule (session 30): a body stating arithmetic ("A plus B, divided by C") that did not parse
                # is no list of figures; read as one, its first figure stood for the whole (a return's numerator for
                # the return itself)
                try:  # "cash and cash equivalents and accounts receivable": the figures listed, added up
                    expr = (list_sum(body, lookup, known) if _LISTED.search(body) and not _OPERATOR_SPLIT.search(body)
                            else None)
                except _ParseError:
                    expr = None
                if expr is None:
                    results[i] = Unparsed(name, body, str(err))
                    continue
            if not _has_input(expr):
                results[i] = Unparsed(name, body, "the definition names no input to look up")
                continue
            results[i] = Definition(name, body, expr)
            if name and _key(name) not in known:
                known[_key(name)] = expr
                progress = True
                for k, node in _pointers(bodies, results).items():
                    known.setdefault(k, node)
    # a name the question defines stands for its definition wherever its other definitions use it, also when it is
    # defined after them ("... / average inventories, where inventories are A plus B") and mia knows a figure by
    # that name: each definition using another's name is read again with every name known
    named = {_key(name): i for i, (name, _) in enumerate(bodies) if name and isinstance(results.get(i), Definition)}
    for i, (name, body) in enumerate(bodies):
        if not isinstance(results.get(i), Definition) or i in sums:
            continue
        others = {k: results[j].expr for k, j in named.items() if j != i and k != _key(name)  # type: ignore[union-attr]
                  and re.search(rf"\b{re.escape(k)}\b", _key(body))}
        if not others:
            continue
        try:
            results[i] = Definition(name, body, parse(body, lookup, {**known, **others}))
        except _ParseError:
            pass
    return [_named_by_start(results[i], bodies[i][1]) for i in range(len(bodies))]


def _map_inputs(n: Node, f: Callable[[Input], Input]) -> Node:
    if isinstance(n, Input):
        return f(n)
    if isinstance(n, Op):
        return Op(n.op, _map_inputs(n.left, f), _map_inputs(n.right, f))
    return n


def named_years_shifted(d: "Definition", by: int) -> "Definition":
    """``d`` with every fiscal year its inputs name moved ``by`` years ("FY2022 cost of sales" -> 2023).
    General rule (session 29, #10): the fiscal years a definition names are the filer's, as the question's period is:
    for a filer naming its years by the year they began (``answer.fact_lookup.filer_year_shift``), "FY2022 cost of
    sales divided by the average of inventories at the FY2021 and FY2022 year-ends" reads the columns that closed in
    2023 and 2022, never the years before them (which would be the prior year's ratio).
    General rule (session 30, #10): a definition that dates its balances by their closing dates ("the average of
    inventories at January 28, 2023 and January 29, 2022") names its years as mia names its columns, by those dates,
    and its flow of "fiscal 2022" is already read as the year that closed on the later date (``_named_by_start``): the
    filer's naming is never applied to it a second time (it read the flow two years late, and declined)."""
    if not by or _dates_balances(d.text):
        return d
    return replace(d, expr=_map_inputs(d.expr, lambda i: replace(i, years=tuple(y + by for y in i.years))
                                       if i.years else i))


def _dates_balances(body: str) -> bool:
    """Whether ``body`` gives two balance dates a year apart ("at January 28, 2023 and January 29, 2022"), read as
    the years they close in (``_balance_years``)."""
    return any(_balance_years(m) != m.group(0) for m in _DATE_PAIR.finditer(body))


# General rule (session 28, #10): a definition that pairs a flow of "fiscal N" with balances averaged over two year-ends a
# year apart, the later one in January to March of N + 1 ("fiscal 2024 cost of sales divided by the average of
# inventories at February 1, 2025 and February 3, 2024"), says the filer names its fiscal year by the year it began: the
# flow is the year that closed on the later date, named by mia (as its columns are) by that date's calendar year, N + 1
def _named_by_start(d: "Definition | Unparsed", body: str) -> "Definition | Unparsed":
    if not isinstance(d, Definition):
        return d
    closes = set()
    for m in _DATE_PAIR.finditer(body):
        if _balance_years(m) == m.group(0):
            continue  # not two year-ends a year apart
        late = max((int(m.group(f"y{k}")), month_number(m.group(f"m{k}"))) for k in (1, 2))
        if late[1] <= 3:
            closes.add(late[0])
    if len(closes) != 1:
        return d
    close = closes.pop()
    averaged = [i for i in d.inputs() if i.how == "average" and i.years and max(i.years) == close]
    if not averaged:
        return d

    def shift(i: Input) -> Input:
        named = re.search(rf"\b(?:fiscal(?:\s+year)?|FY)\s*'?{close - 1}\b", i.words, re.I)
        if i.how == "at" and i.years == (close - 1,) and not i.offset and named:
            return replace(i, years=(close,))
        return i

    return replace(d, expr=_map_inputs(d.expr, shift))


_LISTED = re.compile(r"\s+and\s+|,", re.I)


def _pointers(bodies: list[tuple[str, str]], results: dict[int, "Definition | Unparsed"]) -> dict[str, Node]:
    """"that turnover", "this ratio": a definite reference to a figure the question has defined, by the last word of
    its name ("inventory turnover is ...; DIO is 365 divided by that turnover"), keyed as ``known`` is. General rule:
    "that/this/the said <head noun>" stands for the one defined figure whose name ends in that noun; a noun two
    defined names end in points at neither (the definition using it is then not read)."""
    heads: dict[str, list[Node]] = {}
    for i, (name, _) in enumerate(bodies):
        d = results.get(i)
        words = re.findall(r"[a-z][a-z\-]*", re.sub(r"\([^)]*\)", " ", name.lower()))
        if isinstance(d, Definition) and words:
            heads.setdefault(words[-1], []).append(d.expr)
    return {_key(f"{lead} {head}"): nodes[0] for head, nodes in heads.items() if len(nodes) == 1
            for lead in ("that", "this", "the said", "the same")}

# "includes a gain on business divestitures": an item the question introduces with "a"/"an" (its head noun, then
# "on"/"of"/"from" and what it is of), up to a clause's end
_STOP = (r"(?:in|during|for|that|which|and|but|when|while|as|to|by|with|at|was|were|is|are|has|had|have|did|does|"
         r"it|its|this|these|those|what|how|excluding|including|before|after|than)")
_INTRODUCED = re.compile(rf"\b(?:a|an)\s+((?:(?!{_STOP}\b)[a-z][a-z\-]*\s+){{0,3}}?(?!{_STOP}\b)[a-z][a-z\-]*)"
                         rf"((?:\s+(?:on|of|from)(?:\s+(?!{_STOP}\b)[a-z][a-z\-]*){{1,4}}))?(?=\s*[.,;:?]|\s+{_STOP}\b)")


_EXCLUDING = re.compile(r"\b(?:excluding|excludes?|ex-|leaving\s+out|setting\s+aside|before|adding\s+back)\s+"
                        r"(?P<words>[^,.;?()]{2,80}?)(?=\s*[,.;?()]|$)", re.I)


def without_own_exclusions(question: str, lookup: Lookup, defs: Sequence["Definition | Unparsed"]) -> str:
    """The question less its "excluding <item>" clauses whose item is an input of a definition it states and mia
    reads ("Excluding that gain, what was its operating margin (operating income minus the gain, divided by net
    sales)?"): that clause says what the definition computes, and asks no breakdown of its own. General rule: an
    exclusion the stated arithmetic carries out is part of the definition; any other exclusion stays in the
    question (an adjusted figure mia's formula would not give)."""
    text = _normalise(question)
    inputs = [(i.metric, i.part) for d in defs if isinstance(d, Definition) for i in d.inputs()]
    if not inputs:
        return question
    known = antecedents(text, lookup)
    out, last = [], 0
    parts = {p for _, p in inputs if p}

    def taken_out(node: Node) -> bool:
        """An item the arithmetic takes out: an input of it, or a row of a part it takes out ("bitcoin costs" where
        the definition subtracts the bitcoin part's cost of revenue)."""
        if isinstance(node, Op) and node.op == "+":
            return taken_out(node.left) and taken_out(node.right)
        if not isinstance(node, Input):
            return False
        if (node.metric, node.part) in inputs:
            return True
        return is_row_input(node.metric) and any(_norm_words(node.words).startswith(p.lower() + " ") for p in parts)

    for m in _EXCLUDING.finditer(text):
        words = m.group("words")
        pieces = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", words) if p.strip()]
        try:
            nodes = [operand(p, lookup, known) for p in pieces]
        except _ParseError:
            nodes = []
        if not (nodes and all(taken_out(n) for n in nodes)):
            try:
                nodes = [operand(words, lookup, known)]
            except _ParseError:
                continue
        if all(taken_out(n) for n in nodes):
            out.append(text[last:m.start()])
            last = m.end()
    out.append(text[last:])
    return " ".join(out)


# a figure named with the qualifier that says whose or which part of it ("net income attributable to Contoso Inc. common
# shareholders", "net income from continuing operations")
_QUALIFIED_TAIL = (r"\s+(?:attributable\s+to\s+(?:[A-Za-z][\w.&'-]*\s+){0,6}?(?:(?:common\s+)?(?:share|stock)holders|"
                   r"shareowners|owners|(?:the\s+)?parent(?:\s+company)?|noncontrolling\s+interests?)|"
                   r"from\s+continuing\s+operations)\b")


def _qualified_referents(body: str, before: str, lookup: Lookup) -> str:
    """A definition body with "that / this <figure>" written as the figure as the question named it before, with its
    qualifier ("... its net income attributable to Contoso Inc. common shareholders ...; net margin (that net income
    divided by revenues)" -> "net income attributable to Contoso Inc. common shareholders divided by revenues").
    General rule (session 28, #10): a demonstrative before a figure mia knows points back to that figure as the
    question named it, qualifier and all; with no such earlier naming, or two different ones, it stays as written."""
    def swap(m: re.Match) -> str:
        words = m.group(2)
        if lookup(words) is None:
            return m.group(0)
        named = {" ".join(x.group(0).split()) for x in
                 re.finditer(rf"\b{re.escape(words)}{_QUALIFIED_TAIL}", before, re.I)}
        return named.pop() if len(named) == 1 else m.group(0)

    return re.sub(r"\b(that|this)\s+((?:[a-z][a-z&'-]*\s+){0,3}[a-z][a-z&'-]*?)(?=\s+(?:divided|over|/|as|to|minus|"
                  r"less|plus|times|multiplied|and|,|\)))", swap, body, flags=re.I)


def antecedents(text: str, lookup: Lookup) -> dict[str, Node]:
    """What "the gain" / "that gain" in a definition stands for: the item the question introduced before it with
    "a"/"an" ("3M's operating income includes a gain on business divestitures. ... operating income minus the gain"
    -> the row "gain on business divestitures"), keyed by the end of its head noun phrase ("gain", "the gain", "that
    gain"). General rule: a definite reference to an item named earlier is that item, read as any input is (a metric,
    else the filer's row of that name, found or declined); a word no metric names and introduced twice, or not at
    all, is left unread (the definition is then declined)."""
    found: dict[str, list[Node]] = {}
    for m in _INTRODUCED.finditer(text):
        head, tail = m.group(1).split(), (m.group(2) or "")
        phrase = " ".join(head) + tail
        try:
            node = operand(phrase, lookup, {})
        except _ParseError:
            continue
        for k in range(len(head)):
            words = " ".join(head[k:])
            if lookup(words) is not None:
                continue  # a figure mia knows by that name keeps its own meaning
            found.setdefault(words, []).append(node)
    out: dict[str, Node] = {}
    for words, nodes in found.items():
        if len(nodes) == 1:
            for lead in ("", "that ", "this "):
                out[_key(lead + words)] = nodes[0]
    return out


# arithmetic said in words, two operands each: (opener, the word between the operands, operator, what it is called)
_WORDED = (
    (r"^(?:the\s+)?sum\s+of\s+(.+)$", r"and", "+", "the sum"),
    (r"^(?:the\s+)?difference\s+between\s+(.+)$", r"and", "-", "the difference"),
    (r"^(?:the\s+)?ratio\s+of\s+(.+)$", r"to", "/", "the ratio"),
    (r"^(?:by\s+)?dividing\s+(.+)$", r"by", "/", "the division"),
    (r"^(?:by\s+)?multiplying\s+(.+)$", r"by", "*", "the product"),
    (r"^(?:by\s+)?adding\s+(.+)$", r"(?:and|to)", "+", "the sum"),
)


def _strip_source_hints(body: str) -> str:
    """"unadjusted operating income + D&A [from cash flow statement]": where a figure is read is not arithmetic; nor
    is a parenthesised hint of the unit, statement or reported basis ("(USD millions)", "(income statement)":
    ``_PAREN_HINT``)."""
    body = _PAREN_HINT.sub(" ", _BRACKET_HINT.sub(" ", body))
    body = _HINT_ITEM.sub("", body)  # "(operating income, income statement)": the hint item of a group
    body = _COMMA_HINT.sub(" ", body)  # "..., balance sheet figures at year-end 2024": where, not what
    return _BOTH.sub("", _SOURCE_HINT.sub(" ", body)).strip()


def phrase_lookup(table: dict[str, Sequence[str]]) -> Lookup:
    """A ``Lookup`` over {metric: [phrases]}: the whole input must be one of a metric's phrases (after
    lower-casing, "&"/"and" and punctuation evened out, a plural "s" dropped), never a part of one."""
    index: dict[str, str] = {}
    for metric, phrases in table.items():
        for p in phrases:
            index.setdefault(_phrase_key(p), metric)

    def lookup(words: str) -> str | None:
        k = _phrase_key(words)
        return index.get(k) or (index.get(k[:-1]) if k.endswith("s") else None)

    return lookup


def _phrase_key(text: str) -> str:
    t = text.lower().replace("’", "'").replace(" & ", " and ")
    t = re.sub(r"[^a-z0-9&%]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _has_input(n: Node) -> bool:
    return isinstance(n, Input) or (isinstance(n, Op) and (_has_input(n.left) or _has_input(n.right)))


# ----------------------------------------------------------------------------------------------------------------
# tokens and parsing


class _ParseError(ValueError):
    pass


# a label's ", net" as filers write it ("Product revenue, net", "Accounts receivable, net") before an operator or the
# clause's end: part of the operand's name, not a list's comma
_COMMA_NET = re.compile(r",\s+(net)\b(?=\s*(?:minus|less|plus|divided|times|multiplied|over|and\b|[-+*/(),.;?]|$))", re.I)


# a qualifier in parentheses right after an input names the row ("long-term debt (less current portion)", filers'
# "Long-term debt, less current portion"): part of the operand, "less" there is no subtraction
_QUALIFIER_PAREN = re.compile(r"\s*\(\s*(less|excluding|excl\.?|net\s+of|including|incl\.?)\s+([a-z][a-z\s'-]{1,40}?)\s*\)",
                              re.I)
_QUALIFIER_WORD = {"less": "excluding", "excl": "excluding", "excl.": "excluding", "incl": "including",
                   "incl.": "including"}
# an aside that only says where every input is read: "(both from the statement of cash flows)" once the source is
# taken out, "(both)", ", both"
_BOTH = re.compile(r"\s*\(\s*(?:both|each|all)\s*\)|,?\s+\b(?:both|each)\s*(?=[,.;?)]|$)|,\s+all\s*(?=[,.;?)]|$)", re.I)


# a filer's sign alternative in parentheses inside a row's name: "cash provided by (used in) operating activities",
# "net income (loss)", "gain or (loss) on sale", "increase (decrease) in": words of the label, never a group of
# arithmetic (``_normalise`` keeps the words and drops the parentheses)
_SIGN_ALTERNATIVE = re.compile(r"(?<=[A-Za-z])\s*\(\s*((?:used\s+(?:in|for|by)|provided\s+by|losse?s?|gains?|income|"
                               r"earnings|deficit|decrease|increase|benefit|expense|charge|credit)(?:,\s*net)?)\s*\)"
                               r"(?=\s+[A-Za-z]|\s*[,.;?]|\s*$)", re.I)


# the same alternative joined to its word by a slash, as filers print it: "provision/(benefit) for income taxes",
# "net income/(loss)", "(income)/expense": one label, never a division; read as the word outside the parenthesis
_SLASH_ALTERNATIVE = re.compile(
    r"(?<=[A-Za-z])/\(\s*(?:losse?s?|gains?|income|earnings|deficit|decrease|increase|benefit|expense|charge|credit|"
    r"provision)\s*\)(?=\s+[A-Za-z]|\s*[,.;?]|\s*$)|"
    r"(?<![A-Za-z0-9)])\(\s*(?:losse?s?|gains?|income|earnings|deficit|decrease|increase|benefit|expense|charge|"
    r"credit|provision)\s*\)/(?=[A-Za-z])", re.I)


def _sign_alternative(m: re.Match) -> str:
    before = m.string[: m.start()]
    # "gain or (loss)": the alternative is a word of the label; "provided by (used in)": the first reading stands
    return f" {m.group(1)}" if re.search(r"\b(?:or|and|/)$", before.rstrip(), re.I) else ""


def sign_read(label: str) -> str:
    """A row's label read as an operand's words are (``_normalise``): its sign alternative in parentheses dropped or
    kept as a word ("Interest expense (income), net" -> "Interest expense, net"; "Gain or (loss)" keeps "loss")."""
    return _SIGN_ALTERNATIVE.sub(_sign_alternative, _SLASH_ALTERNATIVE.sub("", label))


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("×", " * ").replace("÷", " / ").replace("−", " - ")
    text = _SIGN_ALTERNATIVE.sub(_sign_alternative, _SLASH_ALTERNATIVE.sub("", text))
    text = re.sub(r"\s+[–—]\s+", " - ", text)
    text = _COMMA_NET.sub(r" \1", text)
    text = _QUALIFIER_PAREN.sub(lambda m: f" {_QUALIFIER_WORD.get(m.group(1).lower(), m.group(1))} {m.group(2)}", text)
    return re.sub(r"[ \t]+", " ", text)


_WORD_OPS = [
    (re.compile(r"divided\s+by\b", re.I), "/"),
    (re.compile(r"multiplied\s+by\b", re.I), "*"),
    (re.compile(r"(?:plus|added\s+to)\b", re.I), "+"),
    (re.compile(r"(?:minus|less)\b(?!\s+than)", re.I), "-"),
    (re.compile(r"times\b", re.I), "*"),
    (re.compile(r"over\b(?!\s+(?:the|a|its)\s+(?:year|period|quarter))", re.I), "/"),
    (re.compile(r"[xX](?=\s|\()", re.I), "*"),
]
_NUMBER = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(%)?")
_YEARLIKE = re.compile(r"(?:FY\s*'?)?(?:19|20)\d{2}\b|FY\s*'?\d{2}\b", re.I)
_WORD = re.compile(r"[A-Za-z0-9&'%][A-Za-z0-9&'%.\-]*|,")


# "at May 31, 2022 and May 31, 2023", "between January 29, 2023 and February 3, 2024": two balance dates a year apart
_DATE = rf"(?P<m{{k}}>{MONTH_OR_ABBR_TITLE})\.?\s+(?P<d{{k}}>\d{{{{1,2}}}}),?\s+(?P<y{{k}}>(?:19|20)\d{{{{2}}}})\b"
_DATE_PAIR = re.compile(_DATE.format(k=1) + r"\s*,?\s+(?P<join>and|to|through|-)\s+(?:(?:at|on|as\s+of)\s+)?(?:the\s+)?"
                        + _DATE.format(k=2))


def _balance_years(m: re.Match) -> str:
    """Two balance dates a year apart, the same day of the year give or take a week (a 52/53-week year ends on a
    weekday), written as their years ("2022 and 2023"); any other pair of dates stays as written (and unread)."""
    try:
        a, b = (_dt.date(int(m.group(f"y{k}")), month_number(m.group(f"m{k}")), int(m.group(f"d{k}"))) for k in (1, 2))
    except ValueError:
        return m.group(0)
    early, late = sorted((a, b))
    if late.year - early.year != 1 or not 358 <= (late - early).days <= 372:
        return m.group(0)
    return f"{a.year} {m.group('join')} {b.year}"


def balance_dates(body: str) -> str:
    """A definition body with each pair of balance dates a year apart written as their years: "the average of
    inventories at May 31, 2022 and May 31, 2023" -> "... at 2022 and 2023". General rule: in a definition, two
    period-end dates one year apart name two consecutive fiscal year-ends, each by the year it falls in, as the
    question's own dates name its period (``text.periods.resolve_period``); a lone date, or two that are not a year
    apart (a quarter-end against a year-end), stay as written, and an input so dated is not read."""
    return _DATE_PAIR.sub(_balance_years, body)


def tokenize(body: str) -> list[tuple[str, str]]:
    """(kind, text) tokens: "num", "op", "(", ")", "word"."""
    body = balance_dates(body)
    out: list[tuple[str, str]] = []
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c.isspace():
            i += 1
            continue
        if c in "([":
            out.append(("(", "("))
            i += 1
            continue
        if c in ")]":
            out.append((")", ")"))
            i += 1
            continue
        if c in "+*/":
            out.append(("op", c))
            i += 1
            continue
        if c == "-":
            # a minus between operands; a hyphen inside a word ("long-term", "year-end") is part of the word
            prev_space = i == 0 or body[i - 1].isspace() or body[i - 1] in ")]"
            next_space = i + 1 >= n or body[i + 1].isspace() or body[i + 1] in "(["
            if prev_space or next_space:
                out.append(("op", "-"))
                i += 1
                continue
        if c == "=":
            raise _ParseError("a second '=' in the definition")
        at_word_start = i == 0 or not body[i - 1].isalnum()
        if at_word_start and (not out or out[-1][0] in ("num", "word", ")")):
            matched = False
            for rx, op in _WORD_OPS:
                m = rx.match(body, i)
                if m and op == "/" and m.group(0).lower().startswith("over") and out and re.fullmatch(
                        r"averaged|measured|taken|computed", out[-1][1], re.I):
                    continue  # "total assets averaged over the FY2024 and FY2025 year-ends": a span, no division
                if m and op == "/" and m.group(0).lower().startswith("over") and _SAME_SPAN.match(body, m.end()):
                    continue  # "the increase in revenue over the same period": the span of the figure before
                if m and (op != "*" or m.group(0).lower() != "x" or (out and out[-1][0] in ("num", ")", "word"))):
                    out.append(("op", op))
                    i = m.end()
                    matched = True
                    break
            if matched:
                continue
        y = _YEARLIKE.match(body, i) if at_word_start else None
        if y:
            out.append(("word", y.group(0)))
            i = y.end()
            continue
        m = _NUMBER.match(body, i)
        # a number ends at its digits (or its "%"): "365 times ..." is a number and an operator, "10-K" no number
        m_end = m.end() if m and m.group(2) else (m.end(1) if m else i)
        if m and at_word_start and not re.match(r"[A-Za-z]", body[m_end:m_end + 1] or " "):
            out.append(("num", body[i:m_end].strip()))
            i = m_end
            continue
        m = _WORD.match(body, i)
        if m:
            word = m.group(0).rstrip(".")
            out.append(("word", word or m.group(0)))
            i = m.end()
            continue
        i += 1  # any other character (quotes, colons) separates words
    return out


def comma_groups(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A comma before "divided by" / "times" closes what is written before it into one operand: "subscription
    revenue minus subscription cost of revenue, divided by subscription revenue" is (A - B) / A, as an analyst
    means it, never A - B / A. General rule: in a definition said in words, a comma right before a multiplying or
    dividing operator groups everything since the start of its level (the body or the open parenthesis) into one
    parenthesised operand; the comma is then no part of any input's words."""
    out: list[tuple[str, str]] = []
    opens: list[int] = [0]  # where the current level starts in ``out``
    for k, t in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t == ("word", ",") and nxt is not None and nxt[0] == "op" and nxt[1] in "*/":
            start = opens[-1]
            if any(kind == "op" and op in "+-" for kind, op in _level(out[start:])):
                out.insert(start, ("(", "("))
                out.append((")", ")"))
            continue
        out.append(t)
        if t[0] == "(":
            opens.append(len(out))
        elif t[0] == ")" and len(opens) > 1:
            opens.pop()
    return out


def _level(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tokens at the outermost level of ``toks`` (inside no parenthesis)."""
    depth, out = 0, []
    for t in toks:
        if t[0] == "(":
            depth += 1
        elif t[0] == ")":
            depth -= 1
        elif depth == 0:
            out.append(t)
    return out


def division_groups(toks: list[tuple[str, str]], body: str) -> list[tuple[str, str]]:
    """"revenue minus cost of sales divided by revenue", "cash plus receivables divided by current liabilities": said in
    words, one "divided by" between sums splits the whole definition into numerator and denominator, as an analyst
    means it ((A - B) / A, (A + B) / C), never A - B / A, which adds an amount to a ratio. General rule: when the body
    writes its division in words ("divided by"), with no symbol, no product and no parenthesis of its own, and its one
    division stands between sums or differences, each side of that division is one operand."""
    if "/" in body or "(" in body or not re.search(r"\bdivided\s+by\b", body, re.I):
        return toks
    ops = [(k, t) for k, (kind, t) in enumerate(toks) if kind == "op"]
    if [t for _, t in ops].count("/") != 1 or any(t == "*" for _, t in ops) or any(kind in "()" for kind, _ in toks):
        return toks
    if not any(t in "+-" for _, t in ops):
        return toks
    k = next(k for k, t in ops if t == "/")
    return [("(", "("), *toks[:k], (")", ")"), toks[k], ("(", "("), *toks[k + 1:], (")", ")")]


def parse(body: str, lookup: Lookup, known: dict[str, Node] | None = None) -> Node:
    """The expression a definition body states; raises ``_ParseError`` naming what could not be read."""
    toks = division_groups(comma_groups(tokenize(body)), body)
    if not toks:
        raise _ParseError("the definition is empty")
    try:
        return _parse_toks(toks, lookup, known)
    except _ParseError:
        if _AND_LABELS.get() or not any(k == "op" and t in "+-" for k, t in toks):
            raise
    # "raw materials and supplies plus work in process and finished goods", unread as it stands: the writer itemised
    # the terms with operators, so an "and" inside a term that joins no two figures mia knows is part of one row's
    # label (``_one_label``: found only where printed with exactly those words, else declined)
    with and_labels(terms=True):
        return _parse_toks(toks, lookup, known)


def sum_named(words: str, lookup: Lookup) -> Node | None:
    """The figures a phrase adds up or subtracts ("goodwill plus intangible assets, net", "short-term debt + long-term
    debt"), each an input as a definition's body reads it; None when the phrase states no such arithmetic or does not
    parse."""
    text = _normalise(words)
    if not re.search(r"\bplus\b|\bminus\b|\s[-+]\s", text, re.I):
        return None
    try:
        node = parse(text.strip(" ,"), lookup, {})
    except _ParseError:
        return None
    return node if isinstance(node, Op) and node.op in "+-" else None


def _parse_toks(toks: list[tuple[str, str]], lookup: Lookup, known: dict[str, Node] | None) -> Node:
    p = _Parser(toks, lookup, known or {})
    node = p.expr()
    if p.i != len(toks):
        raise _ParseError(f"could not read the definition from {' '.join(t for _, t in toks[p.i:])!r}")
    return node


class _Parser:
    def __init__(self, toks: list[tuple[str, str]], lookup: Lookup, known: dict[str, Node]):
        self.toks, self.i, self.lookup, self.known = toks, 0, lookup, known
        self.changes: list[Input] = []  # the changes read so far ("over the same period" points back to the last)

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def expr(self) -> Node:
        node = self.term()
        while (t := self.peek()) and t[0] == "op" and t[1] in "+-":
            self.i += 1
            node = Op(t[1], node, self.term())
        return node

    def term(self) -> Node:
        node = self.factor()
        while (t := self.peek()) and t[0] == "op" and t[1] in "*/":
            self.i += 1
            node = Op(t[1], node, self.factor())
        return node

    def factor(self) -> Node:
        t = self.peek()
        if t is None:
            raise _ParseError("the definition ends where an input was expected")
        if t[0] == "(":
            # "(FY2019 COGS)" or "(average inventory between FY2018 and FY2019)": a group
            return self._group()
        if t[0] == "num":
            self.i += 1
            raw = t[1]
            value = float(raw.rstrip("%").replace(",", ""))
            if raw.endswith("%") and value != 100.0:  # "x 100%" means "as a percentage"; "21%" is 0.21
                value /= 100.0
            return Num(value, raw.rstrip("%") if value == 100.0 else raw)
        if t[0] == "word":
            words = []
            while (t := self.peek()) and t[0] == "word":
                words.append(t[1])
                self.i += 1
            same = _SAME_TAIL.search(" ".join(words))
            if same is not None:
                # "the increase in total revenue over the same period": a change over the span of the change named
                # before it ("the increase in operating income from fiscal 2024"), never a span of its own
                node = operand(" ".join(words)[: same.start()].replace(" ,", ","), self.lookup, self.known)
                before = self.changes[-1] if self.changes else None
                if isinstance(node, Input) and node.how == "change" and before is not None and not node.years:
                    node = replace(node, years=before.years)
                if isinstance(node, Input) and node.how == "change":
                    self.changes.append(node)
                return self._postfix(node)
            if self._arithmetic_group():
                # "total debt (notes payable + current portion of long-term debt + long-term debt)": the parenthesis
                # states how the named figure is made up, and that arithmetic is the input, never a row of the name
                start = self.i
                try:
                    # inside the parenthesis an "and" joins as it always did: a guessed label there would hide the
                    # row the name before it is (``_described_row``)
                    with _no_terms():
                        return self._group()
                except _ParseError:
                    self.i = start
                    row = self._described_row(" ".join(words).replace(" ,", ","))
                    if row is None:
                        raise
                    return row
            alias = self._alias_group(" ".join(words).replace(" ,", ","))
            if alias is not None:
                return alias
            parts = self._listed_parts(" ".join(words).replace(" ,", ","))
            if parts is not None:
                return parts
            glossed = self._glossed_row(" ".join(words).replace(" ,", ","))
            if glossed is not None:
                return glossed
            try:
                node = operand(" ".join(words).replace(" ,", ","), self.lookup, self.known)
            except _ParseError:
                node = self._current_part(words) or self._one_word_row(words)
                if node is None:
                    raise
            if isinstance(node, Input) and node.how == "change":
                self.changes.append(node)
            spanned = self._span_group(node) or self._period_group(node)
            if spanned is not None:
                return spanned
            # a trailing group that belongs to the words: "average total assets (FY2016 and FY2017)"
            return self._postfix(node)
        raise _ParseError(f"an operator {t[1]!r} where an input was expected")

    def _current_part(self, words: list[str]) -> Node | None:
        """"total debt (current maturities plus long-term debt)": a bare "current maturities / current portion /
        current installments" is the part due within a year of the long-term (noncurrent) figure the same body
        names ("current portion of long-term debt"), read as that metric, at the words' own period. General rule: the
        current part named alone belongs to the one long-term figure beside it; with none, or two, or no metric for
        its current part, the words stay unread (declined naming them)."""
        m = _BARE_CURRENT.fullmatch(" ".join(words))
        if not m:
            return None
        heads: set[str] = set()
        run: list[str] = []
        for kind, text in [*self.toks, ("op", "")]:
            if kind == "word":
                run.append(text)
                continue
            phrase = _FILLER.sub("", " ".join(run).replace(" ,", ",")).strip(" ,")
            run = []
            if _LONG_TERM.match(phrase):
                heads.add(_LONG_TERM.sub("long-term ", phrase).lower())
        if len(heads) != 1:
            return None
        head = heads.pop()
        current = self.lookup(f"current portion of {head}")
        if current is None or current == self.lookup(head):
            return None
        try:
            dated = operand(f"current portion of {head}{m.group('tail') or ''}", self.lookup, self.known)
        except _ParseError:
            return None
        return replace(dated, words=" ".join(words)) if isinstance(dated, Input) and dated.metric == current else None

    def _one_word_row(self, words: list[str]) -> Input | None:
        """"goodwill plus intangible assets, net": a term of one word that no metric names, where the body joins
        terms with an operator, is a row printed with that one word (``ROW``: found only where labelled exactly so,
        else declined naming it), as an item of one word in a serial list is (``_serial_list``); a body of one word
        alone, or a word of periods, arithmetic or questions, stays unread."""
        w = _FILLER.sub("", " ".join(words)).strip()
        if not _ONE_WORD_ROWS.get() or not any(k == "op" and t in "+-*/" for k, t in self.toks) or not _ONE_WORD_ROW.fullmatch(w):
            return None
        if _ROW_NOT.search(w) or _NOT_PART_WORDS.match(w) or _QUESTION_WORDS.match(w) or _YEARLIKE.match(w):
            return None
        return Input(ROW + w.lower(), " ".join(words))

    def _arithmetic_group(self) -> bool:
        """Is the next token a parenthesis whose own level holds an operator and an input ("(A + B + C)")?"""
        if not (self.peek() or ("",))[0] == "(":
            return False
        depth, ops, words = 0, 0, 0
        for kind, _ in self.toks[self.i:]:
            if kind == "(":
                depth += 1
            elif kind == ")":
                depth -= 1
                if depth == 0:
                    break
            elif depth == 1 and kind == "op":
                ops += 1
            elif kind == "word":
                words += 1
        return depth == 0 and ops > 0 and words > 0

    def _plain_group(self) -> tuple[str, int] | None:
        """The words of a parenthesis opening at the current token that holds words only (no operator, no nested
        parenthesis), and the index after it; None otherwise."""
        if not (self.peek() or ("",))[0] == "(":
            return None
        texts, j = [], self.i + 1
        while j < len(self.toks) and self.toks[j][0] == "word":
            texts.append(self.toks[j][1])
            j += 1
        if j >= len(self.toks) or self.toks[j][0] != ")" or not texts:
            return None
        return " ".join(texts).replace(" ,", ","), j + 1

    def _listed_parts(self, words: str) -> Node | None:
        """"total debt (short-term borrowings and long-term debt)": a figure mia knows followed by a parenthesis that
        lists, in words and without an operator, the figures it is made of. General rule: the parenthesis states how
        the named figure is made up, so the listed figures added up are the input (as for "(A + B)",
        ``_arithmetic_group``), each read as a figure mia knows at the name's own period; a list any of whose items is
        no such figure (a row's words, a period, a qualifier) is not read here, and the name is never taken in
        place of its stated parts."""
        group = self._plain_group()
        if group is None or not _LISTED.search(group[0]):
            return None
        text, after = group
        if span_years(text) is not None or _PERIOD_GROUP.fullmatch(text) or _QUALIFIER_PAREN.match(f"({text})"):
            return None
        try:
            outer = operand(words, self.lookup, self.known)
            with _whole_names_only():
                node = list_sum(text, self.lookup, self.known, serial=False)
        except _ParseError:
            return None
        items, stack = [], [node]
        while stack:
            n = stack.pop()
            if isinstance(n, Op) and n.op == "+":
                stack += [n.left, n.right]
            else:
                items.append(n)
        if not (isinstance(outer, Input) and outer.how == "at" and not outer.years and not outer.offset and len(items) > 1
                and all(isinstance(x, Input) and not is_row_input(x.metric) and x.how == "at" and not x.years
                        and not x.offset and x.metric != outer.metric for x in items)):
            return None
        self.i = after
        return node

    def _alias_group(self, words: str) -> Node | None:
        """"EBIT (operating income)": a parenthesis after a name that names one figure mia knows, and nothing else,
        says what the name stands for: that figure, at the name's own period ("FY2024 EBIT (operating income)").
        None when the next token opens no such parenthesis (a period, a span or a row's own words are read
        elsewhere)."""
        group = self._plain_group()
        if group is None:
            return None
        text, after = group
        if span_years(text) is not None or _PERIOD_GROUP.fullmatch(text):
            return None
        try:
            inner = operand(text, self.lookup, self.known)
        except _ParseError:
            return None
        if not (isinstance(inner, Input) and not is_row_input(inner.metric) and inner.how == "at" and not inner.years
                and not inner.offset):
            return None
        try:
            outer = operand(words, self.lookup, self.known)
        except _ParseError:
            outer = None
        if outer is not None and not isinstance(outer, Input):
            return None
        if input_qualifier(inner.words) and not (outer is not None and outer.metric == inner.metric):
            # a qualified figure ("net income attributable to Contoso") is an alias only of that same figure named
            # before it ("diluted EPS (net income attributable to common shareholders per diluted share)")
            return None
        self.i = after
        if outer is None:
            return replace(inner, words=f"{words} ({inner.words})")
        if outer.metric == inner.metric:
            return outer
        return replace(inner, words=f"{outer.words} ({inner.words})", how=outer.how, years=outer.years,
                       offset=outer.offset)

    def _glossed_row(self, words: str) -> Node | None:
        """"Debt (corporate debt)", "Other (mainly royalties)": a row's label as the filer prints it (capitalised, so
        written as a label), followed by a parenthesis of plain words that only says what the row is: the row
        labelled by the words before the parenthesis (``ROW``; one word allowed, since the gloss says which line is
        meant), the gloss kept in the input's words. None when the words name a figure mia knows or no such
        parenthesis follows (an alias, a period, a span or a qualifier are read elsewhere)."""
        group = self._plain_group()
        if group is None or not re.fullmatch(r"[A-Z][a-z'’\-]*(?:\s+[A-Za-z][A-Za-z'’\-]*){0,7}", words):
            return None
        gloss, after = group
        if (span_years(gloss) is not None or _PERIOD_GROUP.fullmatch(gloss) or _QUALIFIER_PAREN.match(f"({gloss})")
                or _ROW_NOT.search(f"{words} {gloss}") or not re.fullmatch(r"[A-Za-z][A-Za-z'’\- ]{1,60}", gloss)):
            return None
        try:
            operand(words, self.lookup, self.known)
            return None  # a figure mia knows: the parenthesis is read as it always was
        except _ParseError:
            pass
        self.i = after
        return Input(ROW + " ".join(re.findall(r"[a-z0-9]+", words.lower())), f"{words} ({gloss})")

    def _described_row(self, words: str) -> Node | None:
        """"interest, net (interest on debt and on finance leases, less interest income)": a row's label followed by
        a parenthesis that describes how the filer makes the line up, in words mia cannot compute: the row labelled by
        the words before the parenthesis (``ROW``, found only where printed with those words, else declined), the
        description kept in the input's words. None when the words name a figure mia knows (its arithmetic must
        then be read) or read as no row's label."""
        try:
            node = operand(words, self.lookup, self.known)
        except _ParseError:
            return None
        if not (isinstance(node, Input) and is_row_input(node.metric) and node.how == "at"):
            return None
        depth, j, said = 0, self.i, []
        while j < len(self.toks):
            kind, text = self.toks[j]
            depth += (kind == "(") - (kind == ")")
            j += 1
            if depth == 0:
                break
            said.append(text if kind != "op" else {"+": "plus", "-": "less", "*": "times", "/": "over"}[text])
        if depth != 0:
            return None
        self.i = j
        gloss = " ".join(said[1:]).replace(" ,", ",").strip(" ,")
        return replace(node, words=f"{node.words} ({gloss})")

    def _period_group(self, node: Node) -> Node | None:
        """"accounts receivable, net (end of FY2024)", "(FY2024)", "(at fiscal year-end 2024)": a parenthesis after
        an input that names only its period gives the input that year; one contradicting the input's own year is
        refused."""
        group = self._plain_group() if isinstance(node, Input) and node.how == "at" else None
        if group is None:
            return None
        m = _PERIOD_GROUP.fullmatch(group[0])
        if not m:
            return None
        year = _year(m.group(1))
        if (node.years and node.years != (year,)) or node.offset:
            raise _ParseError(f"{node.words!r} and the period in the parenthesis after it disagree")
        self.i = group[1]
        return replace(node, years=(year,))

    def _span_group(self, node: Node) -> Node | None:
        """An averaged input followed by a parenthesis that says only over which period-ends it is averaged
        ("average total assets (the average of beginning and ending total assets)", "total assets (average of the
        FY2024 and FY2025 year-end balances)", "average inventory (two year-ends)"): the input averaged over that span,
        the parenthesis consumed. None when the next token opens no such parenthesis. A span that contradicts years
        the input already names is refused."""
        if not (isinstance(node, Input) and (self.peek() or ("",))[0] == "("):
            return None
        texts, depth, j = [], 0, self.i
        for kind, text in self.toks[self.i:]:
            j += 1
            if kind == "(":
                depth += 1
                if depth > 1:
                    return None
                continue
            if kind == ")":
                break
            if kind != "word":
                return None
            texts.append(text)
        own = {t.lower() for t in node.words.split()} - _SPAN_WORDS
        years = span_years(" ".join(texts))
        if years is None:
            years = span_years(" ".join(t for t in texts if t.lower() not in own))
        averaged = node.how == "average" or any(re.fullmatch(r"average[ds]?|mean", t, re.I) for t in texts)
        if years is None or not averaged or node.how == "change":
            return None
        if node.years and years and node.years != years or (node.how == "at" and (node.years or node.offset)):
            raise _ParseError(f"{node.words!r} and the period-ends in the parenthesis after it disagree")
        self.i = j
        return replace(node, how="average", years=years or node.years, offset=0)

    def _group(self) -> Node:
        """The parenthesised expression that opens at the current token, up to its closing parenthesis."""
        self.i += 1
        node = self.expr()
        if not (self.peek() or ("",))[0] == ")":
            raise _ParseError("unbalanced parentheses")
        self.i += 1
        return self._postfix(node)

    def _postfix(self, node: Node) -> Node:
        """Words right after a group: "(A + B) as a percentage of revenue" is handled inside ``operand``;
        here only a bare trailing year list is refused."""
        t = self.peek()
        if t and t[0] == "word":
            words = []
            j = self.i
            while j < len(self.toks) and self.toks[j][0] == "word":
                words.append(self.toks[j][1])
                j += 1
            tail = " ".join(words).lower()
            if re.fullmatch(r"(?:x|times)\s+100|multiplied by 100", tail):
                self.i = j
                return Op("*", node, Num(100.0, "100"))
            raise _ParseError(f"could not read {' '.join(words)!r} after a parenthesis")
        return node


# ----------------------------------------------------------------------------------------------------------------
# operands in words

_FILLER = re.compile(
    r"^(?:the|a|an|its|their|company'?s|total\s+amount\s+of|amount\s+of|value\s+of|reported|unadjusted|gaap)\s+", re.I)
_HINT_CORE = (
    r"(?:as\s+)?(?:(?:reported|shown|found|presented|taken|stated|listed)\s+)?(?:from|on|in|per|according\s+to)\s+"
    # the statement named with its filer's possessive ("from WMT's consolidated statements of income", "in Contoso
    # Ltd.'s balance sheet", "from its cash flow statement"): where the figure is read, as with "the" (session 28, #10)
    r"(?:the\s+|its\s+|their\s+|(?:[a-z][\w&.\-]*\s+){0,2}[a-z][\w&.\-]*'s?\s+)?"
    # the filing's year between ("as reported in Contoso's FY2025 10-K", "in its fiscal 2025 10-K"; session 30)
    r"(?:(?:FY\s?'?|fiscal\s+(?:year\s+)?)?(?:19|20)\d{2}\s+(?=(?:form\s+)?10-?K\b))?(?:form\s+(?=10-?K\b))?"
    r"(?:condensed\s+)?(?:consolidated\s+)?(?:condensed\s+)?(?:statements?\s+of\s+(?:cash\s+flows?|income|operations|earnings|financial\s+"
    r"position)|cash\s+flows?\s+statements?|income\s+statements?|balance\s+sheets?|p&l|10-?k|"
    # the five-year table a 10-K prints under "Selected Financial Data": where the figures are read, not what
    r"selected\s+(?:consolidated\s+)?financial\s+data)")
_SOURCE_HINT = re.compile(r"\s*(?:,\s*)?\b" + _HINT_CORE + r"\b", re.I)
_HINT_ONLY = re.compile(r"(?:in\s+)?(?:usd|us\$|\$)?\s*(?:millions?|billions?|thousands?)|" + _HINT_CORE, re.I)
_BRACKET_HINT = re.compile(r"[(\[]\s*" + _HINT_CORE + r"\s*[)\]]", re.I)
# A parenthesised group that holds no operand and no arithmetic, only where the inputs are read or in what unit the
# answer is wanted, is a hint, never an operand: a unit ("(in USD millions)", "($ millions)", "(US$ in billions)"),
# a statement named without a preposition ("(cash flow statement)", "(income statement)", "(balance sheet)",
# "(statement of operations)"), the reported basis ("(reported basis)", "(as reported)", "(GAAP)"), or several of
# these joined ("(USD millions, cash flow statement)"). A basis that changes the figure ("(managed basis)",
# "(non-GAAP)", "(adjusted)") or a qualifier ("(excluding ...)") is no hint: it stays and is read (or declined).
# The unit itself reaches the answer from the question's own words (``query.intent._UNIT_ASK``).
_UNIT_HINT = (r"(?:(?:in|expressed\s+in|stated\s+in|amounts?\s+in)\s+)?(?:(?:usd|us\$|us\s+dollars|u\.s\.\s+dollars|"
              r"dollars|\$)\s*(?:in\s+)?(?:millions?|billions?|thousands?|mm|mn|bn)?|(?:millions?|billions?|thousands?)"
              r"(?:\s+of\s+(?:us\s+|u\.s\.\s+)?dollars|\s+(?:usd|us\$|\$))?)")
_STATEMENT_HINT = (r"(?:(?:both|each|all)\s+)?(?:(?:from|on|in|per|according\s+to|as\s+(?:reported|shown|presented)\s+"
                   r"(?:in|on))\s+)?(?:the\s+)?(?:condensed\s+)?(?:consolidated\s+)?(?:condensed\s+)?(?:statements?\s+of\s+(?:consolidated\s+)?(?:cash\s+flows?|income|operations|"
                   r"earnings|comprehensive\s+income|financial\s+(?:position|condition))|cash[- ]flows?\s+statements?|"
                   r"income\s+statements?|balance\s+sheets?|p&l)(?:\s+(?:figures?|amounts?|items?|line|lines|data|"
                   r"values?))?")
_BASIS_HINT = (r"(?:(?:on\s+)?(?:an?\s+|the\s+)?(?:reported|u\.?s\.?\s+gaap|gaap|as[- ]reported)\s+basis|as\s+reported|"
               r"(?:u\.?s\.?\s+)?gaap|reported)")
_ONE_HINT = rf"(?:{_UNIT_HINT}|{_STATEMENT_HINT}|{_BASIS_HINT})"
_COMMA_HINT = re.compile(rf",\s*(?:all\s+|both\s+)?(?:(?:consolidated\s+)?(?:balance\s+sheets?|income\s+statements?|"
                         rf"cash[- ]flows?\s+statements?|statements?\s+of\s+(?:cash\s+flows?|income|operations|earnings|"
                         rf"financial\s+position))\s+(?:figures?|amounts?|items?|data|values?|balances?))(?=\s|[,.;?)]|$)",
                         re.I)
_HINT_ITEM = re.compile(rf"\s*[,;]\s*{_ONE_HINT}(?=\s*[)\]])", re.I)
_PAREN_HINT = re.compile(rf"\s*[(\[]\s*{_ONE_HINT}(?:\s*(?:,|;|/|\band\b)\s*{_ONE_HINT})*\s*[)\]]", re.I)
# "taking capital spending from the cash flow statement", "using revenue as reported in the income statement": where a
# figure is read, which defines nothing (the figure named is one mia knows, the rest is a statement)
_STATEMENT_NAMED = (r"(?:the\s+)?(?:condensed\s+)?(?:consolidated\s+)?(?:condensed\s+)?(?:statements?\s+of\s+(?:cash\s+"
                    r"flows?|income|operations|earnings|financial\s+position)|cash\s+flows?\s+statements?|income\s+"
                    r"statements?|balance\s+sheets?|p&l|10-?k)")
# "Working it out from the P&L and the balance sheets, what is ...": a clause that only names the
# statements every figure is read from (one or several), no figure and no arithmetic: it defines nothing
# ("Calculating from the line items shown in the cash flow statement and the income statement, ...": the rows of the
# statements named, which is still only where the figures are read)
_CALCULATED_FROM = re.compile(r"\b(?:calculat(?:e|ing)|comput(?:e|ing)|deriv(?:e|ing)|work(?:ing)?\s+(?:it\s+)?out)\s+"
                              r"(?:it\s+|this\s+|them\s+)?(?:only\s+|solely\s+)?(?:from|on|using|with)\s+"
                              r"(?:(?:the\s+)?(?:line\s+items?|rows?|figures?|amounts?|numbers?)\s+(?:(?:plainly\s+|as\s+)?"
                              r"(?:shown|stated|reported|presented|printed|given|listed)\s+)?(?:in|on|within)\s+)?"
                              + _STATEMENT_NAMED + r"(?:\s*(?:,\s*(?:and\s+)?|and\s+)" + _STATEMENT_NAMED + r")*\s*,?",
                              re.I)
_SOURCE_CLAUSE = re.compile(r"\b(?:taking|take|using|use|reading|read|drawing|draw|pulling|pull)\s+(?:the\s+)?"
                            r"[a-z&'\- ]{2,60}?\s*,?\s*" + _HINT_CORE + r"\b\s*,?", re.I)
_YEAR_WORD = r"(?:FY\s*'?(?:\d{4}|\d{2})|(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d{2})"
_BETWEEN = re.compile(rf"\s+(?:between|for|of|over|in|from|across|at|as\s+of)\s+(?:the\s+)?(?:(?:fiscal\s+)?years?\s+)?"
                      rf"(?:(?:year[- ])?ends?\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:years?\s+)?)?"
                      rf"({_YEAR_WORD})\s+(?:and|to|-|through)\s+(?:the\s+)?(?:end\s+of\s+)?({_YEAR_WORD})\s*$", re.I)
_AVERAGE = re.compile(r"^(?:average|avg\.?|mean)\s+(?:of\s+(?:the\s+)?)?", re.I)
# "at the FY2022 and FY2023 year-ends", "at year-end 2022 and 2023": the two period-ends named
_YEAR_ENDS = re.compile(rf"\s+(?:at|as\s+of|for|of|on)\s+(?:the\s+)?(?:(?:fiscal\s+)?year[- ]ends?\s+(?:of\s+)?)?"
                        rf"({_YEAR_WORD})\s+(?:and|to|-)\s+({_YEAR_WORD})(?:\s+(?:fiscal\s+)?(?:year[- ]ends?|"
                        rf"balance\s+sheet\s+dates?|period[- ]ends?))?\s*$", re.I)
# "at the beginning and end of the year", "beginning and ending", "opening and closing": this period-end and the one
# before
_BEGIN_END = re.compile(r"\s+(?:at|as\s+of|for)\s+(?:the\s+)?(?:beginning|start|opening)\s+and\s+(?:the\s+)?"
                        r"(?:end|close|closing)\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:year|period)\s*$", re.I)
_BEGIN_END_HEAD = re.compile(r"^(?:the\s+)?(?:beginning|opening|start(?:ing)?)(?:[- ]of[- ](?:the[- ])?(?:year|period))?"
                             r"\s+and\s+(?:ending|closing|end[- ]of[- ](?:the[- ])?(?:year|period))\s+", re.I)
# The two period-ends an average is taken over, said on their own (in a parenthesis or a clause after the figure, or
# after "averaged over"): "the two year-end balances", "beginning and ending balances", "opening and closing",
# "beginning and end of the year" (the asked period's end and the one before: no years), "the FY2024 and FY2025
# year-ends", "at the end of FY2024 and at the end of FY2025", "fiscal year-ends 2024 and 2025" (those years).
# the noun an average's span ends with, naming the figure only as what the balance sheet prints: "balances", "amounts",
# "balance sheet amounts / figures / values", "reported carrying amounts"
_ENDS_NOUN = (r"(?:(?:(?:balance[- ]sheet|reported|carrying|year[- ]end|period[- ]end)\s+){0,2}"
              r"(?:balances?|amounts?|figures?|values?))")
_ENDS_WORD = r"(?:(?:fiscal\s+)?(?:year|period)[- ]ends?(?:\s+" + _ENDS_NOUN + r")?|balance\s+sheet\s+dates?|" + _ENDS_NOUN + r")"
_SPAN_LEAD = (r"^[\s,]*(?:(?:taking|using|based\s+on|i\.?e\.?|that\s+is|computed\s+(?:as|over)|averaged\s+"
              r"(?:over|across|between|for|of)|average[d]?\s+(?:over|across|between))\s*,?\s+)?(?:the\s+)?"
              r"(?:(?:simple\s+)?(?:average|mean)\s+(?:of\s+)?(?:the\s+)?)?")
_SPAN_NO_YEARS = re.compile(
    _SPAN_LEAD + r"(?:(?:at|as\s+of|for|over|across|between|of|on)\s+(?:the\s+)?)?(?:(?:two|both)\s+(?:fiscal\s+)?(?:year|period)[- ]ends?(?:\s+" + _ENDS_NOUN + r")?|(?:two|both)\s+" + _ENDS_NOUN + r"|"
    r"(?:two\s+|both\s+)?(?:(?:the\s+)?(?:beginning|opening|start(?:ing)?)(?:[- ]of[- ](?:the[- ])?(?:fiscal[- ])?"
    r"(?:year|period))?\s+and\s+(?:the\s+)?(?:ending|closing|end)(?:[- ]of[- ](?:the[- ])?(?:fiscal[- ])?"
    r"(?:year|period))?(?:\s+(?:fiscal\s+)?(?:year|period)[- ]?ends?)?(?:\s+" + _ENDS_NOUN + r")?))\s*$", re.I)
_SPAN_YEARS = re.compile(
    _SPAN_LEAD + rf"(?:(?:at|between|as\s+of|for|of|on|across|over)\s+)?(?:the\s+)?(?:(?:fiscal\s+)?(?:year|period)"
    rf"[- ]ends?\s+(?:of\s+)?)?(?:(?:the\s+)?ends?\s+of\s+(?:the\s+)?)?(?:fiscal\s+(?:years?\s+)?)?({_YEAR_WORD})"
    rf"\s+(?:and|to|-|through)\s+(?:(?:at\s+)?(?:the\s+)?ends?\s+of\s+)?(?:fiscal\s+(?:years?\s+)?)?"
    rf"({_YEAR_WORD})(?:\s+{_ENDS_WORD})?\s*$", re.I)


def span_years(text: str) -> tuple[int, ...] | None:
    """The period-ends an average is taken over when ``text`` says only that (``_SPAN_NO_YEARS``: () for the asked
    period's end and the one before; ``_SPAN_YEARS``: the two years named), else None. General rule: an average
    is of two period-ends, however the question words them; anything else is not read as an average's span."""
    t = re.sub(r"\s+", " ", text.replace("’", "'")).strip(" ,")
    if _SPAN_NO_YEARS.match(t):
        return ()
    m = _SPAN_YEARS.match(t)
    if m:
        years = tuple(sorted({_year(m.group(1)), _year(m.group(2))}))
        return years if len(years) == 2 and years[1] - years[0] == 1 else None
    return None


def _averaged(w: str) -> tuple[str, tuple[int, ...]] | None:
    """An averaged figure written with its span after it, "<figure>, taking the average of the two year-end
    balances", "<figure> averaged over the FY2024 and FY2025 year-ends", "<figure> between the FY2024 and FY2025
    year-ends": (the figure's words, the years) or None."""
    for m in re.finditer(r"\s*,\s*|\s+(?=(?:averaged|average[d]?\s+(?:over|across|between)|between|at|as\s+of|"
                         r"across|over|for|of|on|taking|using|based|i\.e\.?|the\s+(?:average|mean|two|beginning|"
                         r"opening))\b)", w, re.I):
        head, tail = w[: m.start()].strip(" ,"), w[m.end():]
        if not head or re.search(r"\b(?:at|as\s+of|of|for|on|over|across|between|the|and)$", head, re.I):
            continue
        years = span_years(tail)
        if years is not None:
            return head, years
    return None


# a parenthesis naming one period-end or period only: "(end of FY2024)", "(FY2024)", "(at fiscal year-end 2024)"
_PERIOD_GROUP = re.compile(rf"(?:(?:at|as\s+of|for|in|on|during)\s+)?(?:the\s+)?(?:(?:fiscal\s+)?year[- ]end\s+(?:of\s+)?|"
                           rf"(?:the\s+)?end\s+of\s+(?:the\s+)?)?(?:fiscal\s+(?:year\s+)?)?({_YEAR_WORD})"
                           rf"(?:\s+(?:fiscal\s+)?(?:year[- ]end|balance|figure|amount|value))?", re.I)
_SPAN_WORDS = {"the", "average", "averaged", "mean", "of", "and", "two", "both", "beginning", "ending", "opening",
               "closing", "end", "ends", "year", "year-end", "year-ends", "balance", "balances", "at", "between", "fiscal"}
_TWO_ENDS_HEAD = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?:fiscal\s+)?(?:year|period)[- ]end\s+(?=\S+.*\bbalances?$)",
                            re.I)
# "over the same period", "in that period", "for the same years": the span a figure named before is taken over
_SAME_SPAN = re.compile(r"\s*(?:the\s+same|that|this|those|these)\s+(?:(?:fiscal\s+)?(?:period|periods|span|time|interval|"
                        r"years?|quarters?|months|stretch))\b", re.I)
_SAME_TAIL = re.compile(r"\s+(?:over|during|in|for|across|within)" + _SAME_SPAN.pattern + r"\s*$", re.I)
# "the increase in operating income from fiscal 2024", "the change in revenue since 2023": a change from that year to
# the asked period
_FROM_YEAR = re.compile(r"\s+(?:from|since|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?:(?:fiscal\s+)?"
                        r"(?:year|period)\s+)?(?:(?:fiscal\s+)?year[- ]end\s+)?(?:FY\s*'?(?:\d{4}|\d{2})|(?:fiscal\s+"
                        r"(?:year\s+)?)?(?:19|20)\d{2})\s*$", re.I)
_CHANGE_AFTER = re.compile(r"^(?:the\s+)?(.+?)\s+(?:increase|decrease|change|rise|decline|drop)$", re.I)
_CHANGE = re.compile(r"^(?:\(?increase\)?\s*/?\s*\(?decrease\)?|net\s+change|change|increase|decrease|"
                     r"year[- ]over[- ]year\s+change)\s+in\s+", re.I)
_PREV = re.compile(r"^(?:prior[- ]year|previous[- ]year|last[- ]year|beginning(?:[- ]of[- ](?:the[- ])?(?:year|period))?|"
                   r"opening|start(?:ing)?[- ]of[- ](?:the[- ])?(?:year|period))(?:'s)?\s+", re.I)
_CUR = re.compile(r"^(?:current[- ]year|this[- ]year|ending|end[- ]of[- ](?:the[- ])?(?:year|period)|year[- ]end|"
                  r"closing|period[- ]end)(?:'s)?\s+", re.I)
_PREV_TAIL = re.compile(r"\s+(?:of|for|in|at)\s+(?:the\s+)?(?:prior|previous|preceding)\s+(?:fiscal\s+)?(?:year|period)"
                        r"|\s+at\s+(?:the\s+)?beginning\s+of\s+(?:the\s+)?(?:year|period)$", re.I)
_CUR_TAIL = re.compile(r"\s+(?:of|for|in|at)\s+(?:the\s+)?(?:current|this)\s+(?:fiscal\s+)?(?:year|period)"
                       r"|\s+at\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:year|period)$", re.I)
_YEAR_HEAD = re.compile(rf"^({_YEAR_WORD})(?:'s)?\s+", re.I)
_YEAR_TAIL = re.compile(rf"\s+(?:for|in|of|at|during)\s+(?:the\s+)?(?:end\s+of\s+|(?:fiscal\s+)?year[- ]end\s+)?({_YEAR_WORD})$|\s+\(?({_YEAR_WORD})\)?$",
                        re.I)


def _year(text: str) -> int:
    digits = re.findall(r"\d+", text)[-1]
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9%&]+", " ", name.lower()).strip()


def operand(words: str, lookup: Lookup, known: dict[str, Node]) -> Node:
    """One operand written in words: an input (with its period) or a combination named in words."""
    w = _SOURCE_HINT.sub("", words).strip(" ,")
    for _ in range(3):
        w = _FILLER.sub("", w).strip()
    low = w.lower()
    if not w:
        raise _ParseError("an empty input")
    # combinations written in words: "the sum of A and B", "dividing A by B", ... (``_WORDED``)
    for opener, joiner, op, what in _WORDED:
        m = re.match(opener, w, re.I)
        if m:
            return _split_two(m.group(1), joiner, lookup, known, op, what)
    m = re.match(r"^(?:by\s+)?(?:subtracting|deducting)\s+(.+)$", w, re.I)
    if m:
        swapped = _split_two(m.group(1), r"from", lookup, known, "-", "the difference")
        assert isinstance(swapped, Op)
        return Op("-", swapped.right, swapped.left)
    m = re.match(r"^(.+?)\s+as\s+an?\s+(?:%|percent(?:age)?|share|proportion)\s+of\s+(.+)$", w, re.I)
    if m:
        return Op("*", Op("/", operand(m.group(1), lookup, known), operand(m.group(2), lookup, known)),
                  Num(100.0, "100"))
    m = re.match(r"^(?:the\s+)?(?:average|mean)\s+of\s+(.+)$", w, re.I)
    if m and re.search(r"\band\b", m.group(1)):
        try:
            pair = _split_two(m.group(1), r"and", lookup, known, "+", "the average")
            return Op("/", pair, Num(2.0, "2"))
        except _ParseError:
            pass  # "average of total assets between FY2016 and FY2017": an averaged input
    if _key(w) in known:
        return known[_key(w)]
    # one input, with its period
    how, years, offset = "at", (), 0
    spanned = _averaged(_AVERAGE.sub("", w)) if re.search(r"\b(?:average[d]?|mean)\b", w, re.I) else None
    if spanned is not None:
        # "average accounts payable between the FY2024 and FY2025 year-ends", "inventory, taking the average of the
        # two year-end balances", "total assets averaged over the FY2024 and FY2025 year-ends"
        how, (w, years) = "average", spanned
        w = re.sub(r"\s+(?:balance|balances)$", "", re.sub(r"^(?:the\s+)", "", w, flags=re.I), flags=re.I)
    elif _AVERAGE.match(w) and _TWO_ENDS_HEAD.match(_AVERAGE.sub("", w)):
        # "the average of the two year-end inventory balances": the figure between the span's words
        how = "average"
        w = re.sub(r"\s+(?:balance|balances)$", "", _TWO_ENDS_HEAD.sub("", _AVERAGE.sub("", w)), flags=re.I)
    elif _AVERAGE.match(w):
        how = "average"
        w = _AVERAGE.sub("", w)
        w = _BEGIN_END_HEAD.sub("", w)
        b = _BETWEEN.search(w)
        e = None if b else (_YEAR_ENDS.search(w) or _BEGIN_END.search(w))
        if e is not None and e.re is _BEGIN_END:
            w = w[: e.start()]
        elif e is not None:
            years = tuple(sorted({_year(e.group(1)), _year(e.group(2))}))
            w = w[: e.start()]
            if len(years) != 2 or years[1] - years[0] != 1:
                raise _ParseError(f"an average over {e.group(0).strip()!r} is not two consecutive period-ends")
        elif b:
            years = tuple(sorted({_year(b.group(1)), _year(b.group(2))}))
            w = w[: b.start()]
            if len(years) != 2 or years[1] - years[0] != 1:
                raise _ParseError(f"an average over {b.group(0).strip()!r} is not two consecutive period-ends")
        w = re.sub(r"\s+(?:balance|balances)$", "", re.sub(r"^(?:the\s+)", "", w, flags=re.I), flags=re.I)
    elif _CHANGE_AFTER.match(w) and not _CHANGE.match(w):
        # "Digital Services' revenue increase", "the segment's operating income change": the change in that figure
        # (a possessive before a part's name makes the part: "Digital Services revenue")
        m = _CHANGE_AFTER.match(w)
        how, w = "change", re.sub(r"['’]s?\s+", " ", m.group(1)).strip()
    elif _CHANGE.match(w):
        how = "change"
        w = _CHANGE.sub("", w)
        w = _SAME_TAIL.sub("", w)  # the span of the figure before: ``_Parser.factor`` gives it that figure's years
        b = _BETWEEN.search(w)
        f = None if b else _FROM_YEAR.search(w)
        if b:
            years = tuple(sorted({_year(b.group(1)), _year(b.group(2))}))
            w = w[: b.start()]
        elif f:
            years = (_year(f.group(0)),)  # the change from that year to the asked period (``periods_of``)
            w = w[: f.start()]
    w = _FILLER.sub("", w).strip()
    if how == "at":
        if _PREV.match(w):
            w, offset = _PREV.sub("", w), 1
        elif _CUR.match(w):
            w = _CUR.sub("", w)
        elif _YEAR_HEAD.match(w):
            y = _YEAR_HEAD.match(w)
            years, w = (_year(y.group(1)),), w[y.end():]
        t = _PREV_TAIL.search(w)
        if t:
            w, offset = w[: t.start()], 1
        t = _CUR_TAIL.search(w)
        if t:
            w = w[: t.start()]
        t = _YEAR_TAIL.search(w)
        if t and not years:
            years, w = (_year(t.group(1) or t.group(2)),), w[: t.start()]
    w = _FILLER.sub("", w).strip(" ,")
    # General rule (session 32, #10): "total debt, current and long-term", "total debt (short-term and long-term)",
    # "total lease liabilities, current and noncurrent": a total glossed with its parts by maturity is that total (the
    # gloss says what it includes), never a list of figures without their arithmetic
    w = _MATURITY_GLOSS.sub("", w).strip(" ,") if re.match(r"(?i)total\s", w) else w
    if _key(w) in known and how == "at" and not years and not offset:
        return known[_key(w)]
    if _key(w) in known and _linear(known[_key(w)]):
        # "average inventories between FY2024 and FY2025, where inventories are A plus B": a name the question
        # defines as a sum of figures, taken at a period or averaged, is each figure taken so (an average of a sum is
        # the sum of the averages)
        return _at_time(known[_key(w)], how, years, offset)
    narrowed = part_of(w, lookup)
    if narrowed is not None and narrowed[0] == "gross_profit" and lookup("revenue") and lookup("cost of revenue"):
        # "bitcoin gross profit": a part's gross profit is the part's revenue less the part's cost of revenue (a
        # filer seldom prints it as a line; where it does, it is that difference): each part's own row, or declined
        part = narrowed[1]
        return Op("-", Input(lookup("revenue"), f"{part} revenue", how, years, offset, part=part),
                  Input(lookup("cost of revenue"), f"{part} cost of revenue", how, years, offset, part=part))
    if narrowed is not None:
        return Input(narrowed[0], words.strip(), how, years, offset, part=narrowed[1])
    exact = getattr(lookup, "exact", None)
    if not (exact and exact(w)) and lookup(w) is None:
        # "purchases of property, plant, and equipment, and other intangible assets": one line of the filer's ("A and
        # other B"), never two figures without their arithmetic
        line = _one_line_parts(w, ROW + " ".join(re.findall(r"[a-z0-9]+", w.lower())), lookup, how, years, offset)
        if line is not None and isinstance(line.left, Input) and not is_row_input(line.left.metric):
            return Input(ROW + " ".join(re.findall(r"[a-z0-9]+", w.lower())), words.strip(), how, years, offset,
                         alt=line)
    if not (exact and exact(w)) and _names_two(w, lookup, known):
        # "cash and cash equivalents and accounts receivable": two figures; a looser lookup would take one
        raise _ParseError(f"{words.strip()!r} names more than one figure without saying how they combine")
    metric = lookup(w) or lookup(re.sub(r"^total\s+", "", w, flags=re.I))
    if metric is not None and not (exact and exact(w)) and _lists_others(w, metric, lookup):
        # "cash, receivables and inventory": a list of figures, never the one figure a loose match of its last words
        # names (before: read as inventory alone)
        raise _ParseError(f"{words.strip()!r} lists figures other than {metric.replace('_', ' ')} without saying how "
                          f"they combine")
    if metric is None and input_qualifier(w) == "owners":
        # "total stockholders' equity excluding noncontrolling interests", "net earnings attributable to Contoso":
        # the metric's figure for the company's own shareholders; the words keep the qualifier, and the row that
        # carries it answers (``get.qualified``)
        core = _without_owners(w)
        metric = (lookup(core) or lookup(re.sub(r"^total\s+", "", core, flags=re.I))) if core else None
        if metric is None and re.fullmatch(r"(?i)(?:total\s+)?equity", core or ""):
            # "equity attributable to shareowners of Contoso Inc.": equity is named by its owners alone, the
            # company's own shareholders' total equity (its row carries the qualifier: ``get.qualified``)
            metric = lookup("total equity")
    if metric is None:
        # "debt, including current portion", "SG&A excluding impairment losses": read by its structure
        qualified = _qualified_operand(w, lookup, how, years, offset)
        if qualified is not None:
            return qualified
    if (metric is None and _ROW_NAME.fullmatch(w) and not _ACRONYM.search(w)
            and (not _ROW_NOT.search(_SIGN_PAIR.sub(" ", _ONE_LINE_AND.sub(" ", w)))
                 or (_AND_LABELS.get() and _one_label(w, lookup, known)))):
        # "revenue before fuel surcharge", "impairment of store assets": no metric of mia's, but perhaps a row of
        # the filer's own statements by that name (``ROW``: looked up by its label when computed, else declined)
        metric = ROW + " ".join(re.findall(r"[a-z0-9]+", w.lower()))
    if metric is not None and not (exact and exact(w)) and not input_qualifier(w):
        # "operating income excluding plant closure costs" that a loose lookup maps to operating income: the row
        # that says the item (``evaluate``: ``_unshown_item``), else the figure less the item's own row
        qualified = _qualified_operand(w, lookup, how, years, offset)
        if isinstance(qualified, Input) and qualified.alt is not None and isinstance(qualified.alt, Op) and \
                isinstance(qualified.alt.left, Input):
            if qualified.alt.left.metric == metric:
                return Input(metric, words.strip(), how, years, offset, alt=qualified.alt)
            # "total revenues excluding cost reimbursements" that a loose lookup reads as cost of revenue across the
            # qualifier: the head's figure less the item (General rule: the words of an excluded or included item are
            # never read as the figure itself)
            return qualified
    if metric is not None and not (exact and exact(w)) and _QUALIFIED_OPERAND.match(w) and not input_qualifier(w):
        head = _QUALIFIED_OPERAND.match(w).group("head").strip(" ,")
        head_metric = lookup(head) or lookup(re.sub(r"^total\s+", "", head, flags=re.I))
        if head_metric is not None and head_metric != metric:
            raise _ParseError(f"{words.strip()!r} reads as {metric.replace('_', ' ')} only across its qualifier")
    if metric is None:
        raise _ParseError(f"{words.strip()!r} names no figure mia can look up")
    return Input(metric, words.strip(), how, years, offset)


def _one_line_parts(w: str, metric: str, lookup: Lookup, how: str, years: tuple[int, ...], offset: int) -> Op | None:
    """"inventories and other current assets", "purchases of property, plant, and equipment, and other intangible
    assets" read as a row (``_ONE_LINE_AND``): where no row is printed with those words, A's figure plus the row printed
    "Other <B>" (``Input.alt``), which together are what the one line would show. General rule: "A and other B", A a
    figure mia knows (a metric), is found as one row so labelled, else as A's metric plus the row printed "Other B",
    else declined naming it; an A no metric names ("goodwill and other intangible assets") is only the one row so
    labelled (two rows found by their labels alone are not summed: the question may mean another grouping)."""
    if not is_row_input(metric):
        return None
    pieces = _ONE_LINE_AND.split(w)
    if len(pieces) != 2 or not all(pieces):
        return None
    head, other = pieces[0].strip(" ,"), pieces[1].strip(" ,")
    head_metric = lookup(head)
    if (not re.fullmatch(r"other\s+[a-z][a-z'’\- ]*", other, re.I) or _ROW_NOT.search(other)
            or (head_metric is None and _ROW_NOT.search(head))):
        return None
    first = Input(head_metric or ROW + " ".join(re.findall(r"[a-z0-9]+", head.lower())), head, how, years, offset)
    rest = Input(ROW + " ".join(re.findall(r"[a-z0-9]+", other.lower())), other, how, years, offset)
    return Op("+", first, rest)


# "debt, including current portion", "long-term debt including current maturities", "lease liabilities, including the
# current portion": a figure named with the part of it due within a year that it takes in
_WITH_CURRENT = re.compile(r"^(?P<head>.+?)\s*,?\s+(?:including|incl\.?|plus)\s+(?:the\s+|its\s+)?(?P<part>current\s+"
                           r"(?:portions?|maturities|installments)|amounts?\s+due\s+within\s+one\s+year)"
                           r"(?:\s+(?:thereof|of\s+(?:it|the\s+same)))?$", re.I)
_LONG_TERM = re.compile(r"^(?:total\s+)?(?:long[- ]term|non-?current)\s+", re.I)
# "current maturities", "the current portion at FY2025": the part due within a year, named without its figure
_BARE_CURRENT = re.compile(r"(?:the\s+|its\s+)?current\s+(?:portions?|maturities|installments)(?P<tail>\s+(?:at|for|in|as\s+of)\s+.+)?",
                           re.I)
# "selling, general and administrative expenses, excluding impairment losses": a figure named with the item it leaves
# out or takes in, as filers label such a row
_QUALIFIED_OPERAND = re.compile(r"^(?P<head>.+?)\s*,?\s+(?:excluding|excl\.?|including|incl\.?)\s+(?P<item>[a-z][a-z'’\- ]+)$",
                                re.I)


def _qualified_operand(w: str, lookup: Lookup, how: str, years: tuple[int, ...], offset: int) -> Node | None:
    """An operand that names a figure together with a part it takes in or leaves out, when the words as a whole
    name no figure mia knows. General rule (a qualified operand is read by its structure, never looked up as its
    head alone):
    - "<A>, including (the) current portion / current maturities": the long-term (noncurrent) figure of A plus the
      current portion of it, each a metric's row ("debt, including current portion" = long-term debt + current
      portion of long-term debt); None unless both are metrics mia knows and differ.
    - "<A>, excluding / including <item>" otherwise: the filer's row labelled with exactly those words (a ``ROW``
      input, found by ``get.by_label``; none printed: the calculation is declined naming it), when A names a figure
      mia knows and the item is a few plain words (no figure's arithmetic, period or pronoun).
    None: the operand is not read so (declined by the caller naming the words)."""
    m = _WITH_CURRENT.match(w)
    if m:
        head = re.sub(r"^(?:the|its)\s+", "", m.group("head").strip(" ,"), flags=re.I)
        bare = re.sub(r"^total\s+", "", head, flags=re.I)
        long_words = head if _LONG_TERM.match(head) else "long-term " + bare
        current_words = "current portion of " + _LONG_TERM.sub("long-term ", long_words)
        noncurrent, current = lookup(long_words), lookup(current_words)
        if noncurrent and current and noncurrent != current and lookup(head) in (None, noncurrent):
            return Op("+", Input(noncurrent, long_words, how, years, offset),
                      Input(current, current_words, how, years, offset))
        return None
    m = _QUALIFIED_OPERAND.match(w)
    if not m:
        return None
    head, item = m.group("head").strip(" ,"), m.group("item").strip()
    if not (1 <= len(item.split()) <= 6) or _ROW_NOT.search(_SIGN_PAIR.sub(" ", _ONE_LINE_AND.sub(" ", item))):
        return None
    metric = lookup(head) or lookup(re.sub(r"^total\s+", "", head, flags=re.I))
    if metric is None:
        return None
    excluding = bool(re.search(r"\bexcl", w[len(m.group("head")):], re.I))
    alt = None
    try:
        part = operand(item, lookup, {})
    except _ParseError:
        part = None
    if isinstance(part, Input) and part.metric != metric and not part.part and not (
            metric in _PROFIT_METRICS and not excluding):
        # the figure's own row and the item's: a profit figure less what the item did to it (``Input.effect``), any
        # other figure less (or plus) the item's amount
        part = replace(part, how=how, years=years, offset=offset, effect=metric in _PROFIT_METRICS)
        alt = Op("-" if excluding else "+", Input(metric, head, how, years, offset), part)
    return Input(ROW + " ".join(re.findall(r"[a-z0-9]+", w.lower())), w, how, years, offset, alt=alt)


# profit figures: arrived at by charges and credits, so an item excluded from one is taken out by its effect
_PROFIT_METRICS = {"gross_profit", "operating_income", "income_before_tax", "net_income"}


def _linear(n: Node) -> bool:
    """Is the node a sum or difference of figures each taken at the asked period (no period of their own)?"""
    if isinstance(n, Input):
        return n.how == "at" and not n.years and not n.offset
    return isinstance(n, Op) and n.op in "+-" and _linear(n.left) and _linear(n.right)


def _at_time(n: Node, how: str, years: tuple[int, ...], offset: int) -> Node:
    if isinstance(n, Input):
        return replace(n, how=how, years=years, offset=offset)
    assert isinstance(n, Op)
    return Op(n.op, _at_time(n.left, how, years, offset), _at_time(n.right, how, years, offset))


# words before a metric's name that say the extent of the whole, never a part of it ("total net revenue")
_WHOLE_WORDS = {"total", "net", "consolidated", "reported", "gaap", "overall", "aggregate", "combined", "annual",
                "company", "companywide", "group", "full", "entire", "whole", "gross"}
_PART_WORD = re.compile(r"[a-z][a-z\-]*", re.I)
_NOT_PART_WORDS = re.compile(r"^(?:of|to|by|from|in|on|for|and|or|the|a|an|with|at|as|per|less|minus|plus|before|"
                             r"after|excluding|including|average|change|prior|previous|current|beginning|ending|"
                             r"opening|closing|"
                             # the kind of a part, not the part ("segment operating income": which segment is
                             # named elsewhere, if at all)
                             r"segments?|divisions?|units?|channels?|regions?|brands?|businesses|business|lines?)$",
                             re.I)


def part_of(words: str, lookup: Lookup) -> tuple[str, str] | None:
    """(metric, part words) when the words name a part of a metric: one to three words written before the whole
    name of a metric ("subscription revenue", "subscription cost of revenue", "product net sales"), none of them a
    word of extent ("total", "net"), of a period, of arithmetic or a preposition, and the words as a whole no name
    of a metric of their own (nor of another metric, nor a statement label of the metric's own: "cash dividends
    paid", "merchandise inventories": ``lookup.label``). General rule: a part of a metric is the part's own row (the
    "Subscription" line under the "Revenue:" heading, or a "Subscription revenue" row), never the metric's total;
    the caller finds that row or declines (``evaluate``: ``get.part``)."""
    exact = getattr(lookup, "exact", None)
    if exact is None or exact(words):
        return None
    label = getattr(lookup, "label", None)  # a statement label of the metric as a whole ("cash dividends paid")
    if label is not None and label(words) is not None:
        return None
    toks = words.split()
    for k in range(1, min(3, len(toks) - 1) + 1):
        head, tail = toks[:k], " ".join(toks[k:])
        metric = exact(tail)
        if metric is None:
            continue
        whole = lookup(words)
        if whole is not None and whole != metric:
            return None  # the words name another metric as a whole ("deferred revenue")
        part = [t for t in head if t.lower() not in _WHOLE_WORDS]
        if not part or not all(_PART_WORD.fullmatch(t) and not _NOT_PART_WORDS.match(t) for t in part):
            return None
        other = getattr(lookup, "other_words", None)  # "deferred revenue": another item (a liability), no part
        if other is not None and any(t.lower().rstrip("s") in other(metric) or t.lower() in other(metric)
                                     for t in part):
            return None
        if any(t.lower() not in _WHOLE_WORDS for t in head[head.index(part[-1]) + 1:]):
            return None
        return metric, " ".join(part)
    return None


# an input no metric of mia's names is looked up as a row of the filer's own statements labelled with its words:
# ``Input.metric`` is ROW + the words (lower case); the caller's ``get`` finds the row or nothing
ROW = "row:"
_ROW_NAME = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:\s+[A-Za-z'’\-]+){1,7}")  # two words to eight
# words that make a phrase no row's name: arithmetic, periods, pronouns and instructions
# (nor "and": "cash and receivables" is more often two figures than one row)
_ROW_NOT = re.compile(r"\b(?:and|or|divided|multiplied|times|plus|minus|sum|ratio|average|percent|percentage|half|twice|"
                      r"year|years|quarter|period|fiscal|it|its|their|this|that|which|what|how|rounded?|answer|"
                      r"company|companies|figure|number|amount|value|"
                      # nor a derived measure, which is computed, not printed as a row ("total debt / EBITDA")
                      r"margin|ratio|turnover|coverage|leverage|return|yield|growth|cagr|ebitda|ebit|intensity|"
                      r"days|rate|"
                      # nor a point in time ("the average of beginning and ending total assets")
                      r"beginning|ending|opening|closing|prior|previous|current|start|end)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # "EBITDA", "FCF": a measure's short name, not a row's label


# "commercial paper and other short-term debt", "accrued expenses and other current liabilities": a filer's label of
# one line ("A and other B": the B's other than A, shown with it), never a sum of A and the metric B. Such an "and"
# does not stop an input from being read as a row's label (``_ROW_NOT``); the row must then be printed with exactly
# those words (``get.by_label``), else the input is declined.
_ONE_LINE_AND = re.compile(r",?\s+and\s+(?=other\s+[a-z])", re.I)
# "gain or loss on sale of businesses", "income or loss from equity investees": a filer's label naming both signs of one
# line ("Gain or (loss) on ..."), never two figures; such an "or" does not stop the words from naming a row
_SIGN_PAIR = re.compile(r"\b(?:gains?|income|profits?|earnings)\s+or\s+loss(?:es)?\b|\b(?:increases?\s+or\s+decreases?|"
                        r"decreases?\s+or\s+increases?)\b", re.I)


_QUALIFIED_LABEL = re.compile(r"\b(?:excluding|including|net\s+of|before|after|less|other\s+than)\b", re.I)


# a total's parts by maturity glossed after it: ", current and long-term", " (both current and noncurrent portions)",
# ", including the current portion"
_SHORT = r"(?:the\s+)?(?:current|short[- ]term)(?:\s+portions?)?"
_LONG = r"(?:the\s+)?(?:long[- ]term|non-?current)(?:\s+portions?)?"
_MATURITY_GLOSS = re.compile(
    rf"(?i)\s*(?:,|\(|[-\u2013\u2014])\s*(?:(?:including|incl\.)\s+{_SHORT}|(?:both\s+)?(?:{_SHORT}\s+(?:and|plus)\s+{_LONG}|"
    rf"{_LONG}\s+(?:and|plus)\s+{_SHORT}))\s*\)?$")


def _lists_others(w: str, metric: str, lookup: Lookup) -> bool:
    """Do words that a loose lookup maps to ``metric`` list, between their commas and "and"s, a figure of another
    metric that is no part of ``metric`` ("cash, receivables and inventory": receivables)? A label that names parts
    of its metric ("depreciation, depletion and amortization") or qualifies it ("cost of sales, excluding
    depreciation") lists nothing. General rule: a list of figures is read as their sum (``list_sum``) or declined,
    never as the one metric its last words name."""
    if _QUALIFIED_LABEL.search(w):
        return False
    pieces = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", w) if p.strip()]
    if len(pieces) < 2:
        return False
    for p in pieces:
        m = lookup(p)
        if m is not None and m != metric and getattr(BY_NAME.get(m), "part_of", "") != metric:
            return True
    return False


# whether a label holding "and" may be read (``_one_label``): only where the words are known to name items one by
# one (an excluded item, an item of a serial list read item by item), never while other readings are still tried
# ("payments for property, plant and equipment" is one figure, not capital expenditure and "plant and equipment")
_AND_LABELS: ContextVar[bool | str] = ContextVar("and_labels", default=False)


@contextmanager
def _reading(flag: ContextVar, value: object):
    """``flag`` set to ``value`` within it, for this thread or task only (a question read elsewhere is not touched)."""
    token = flag.set(value)
    try:
        yield
    finally:
        flag.reset(token)


def and_labels(terms: bool = False):
    """Within it, words joined by an "and" that joins no two figures may name one row (``_one_label``). ``terms``:
    the words are one term of arithmetic the question itemised with operators ("A and B plus C and D"), so only two
    figures mia knows by name (never two guessed row labels) make their "and" a join."""
    return _reading(_AND_LABELS, "terms" if terms else True)


# a term of one word may be a row's label only in a body whose extent the clause fixes; where the body's start is
# guessed (a quotient asked without a defining word: "Membership fees divided by operating income for ..."), a word
# read alone would cut the figure's name short
_ONE_WORD_ROWS: ContextVar[bool] = ContextVar("one_word_rows", default=True)


def _whole_names_only():
    return _reading(_ONE_WORD_ROWS, False)


def _no_terms():
    """Within it, the itemised-terms reading of ``and_labels(terms=True)`` is off (an "and" joins as before)."""
    return _reading(_AND_LABELS, False if _AND_LABELS.get() == "terms" else _AND_LABELS.get())


def _one_label(w: str, lookup: Lookup, known: dict[str, Node]) -> bool:
    """"impairment and loss on vessel sale", "salaries and related": words joined by "and" that are one line of the
    filer's statements, not two figures: no cut at an "and" reads both sides as inputs (one side is a word no row is
    named by alone), and nothing but the "and" keeps the words from naming a row. General rule: where the words
    name one item (``and_labels``), an "and" that joins no two figures is part of a label; the row must then be
    printed with exactly those words (``get.by_label``), else the input is declined."""
    if not re.search(r"\s+and\s+", w) or _ROW_NOT.search(re.sub(r"\band\b", " ", _SIGN_PAIR.sub(" ", w))):
        return False
    for m in re.finditer(r"\s+and\s+", w):
        try:
            sides = [operand(w[: m.start()], lookup, known), operand(w[m.end():], lookup, known)]
        except _ParseError:
            continue
        if _AND_LABELS.get() == "terms" and any(isinstance(x, Input) and is_row_input(x.metric) for x in sides):
            continue  # "work in process and finished goods" in an itemised sum: two guessed labels join nothing
        return False
    return True


def is_row_input(metric: str) -> bool:
    """Is the input a row of the filer's own statements named by the question's words (``ROW``)?"""
    return metric.startswith(ROW)


def _names_two(w: str, lookup: Lookup, known: dict[str, Node]) -> bool:
    """Do the words list two figures of different metrics ("A and B", "A, B")?"""
    for m in re.finditer(r"\s+and\s+|,\s*", w):
        a, b = w[: m.start()].strip(), w[m.end():].strip()
        ma = lookup(a) if a else None
        mb = lookup(b) if b else None
        if ma and (mb or re.search(r"\s+and\s+|,", b)) and ma != mb:
            try:
                rest = list_sum(b, lookup, known)
            except _ParseError:
                continue
            if not (isinstance(rest, Input) and rest.metric == ma):
                return True
    return False


def list_sum(text: str, lookup: Lookup, known: dict[str, Node] | None = None, serial: bool = True) -> Node:
    """"A, B and C" / "A and B" as A + B + C: each item one input (an item may itself hold "and": "cash and cash
    equivalents and accounts receivable" reads as two items when only that cut gives two figures)."""
    known = known or {}
    text = text.strip().strip(",")
    exact = getattr(lookup, "exact", None)
    if exact and exact(text):
        return operand(text, lookup, known)
    cuts = [m for m in re.finditer(r"\s*,\s*(?:and\s+)?|\s+and\s+", text)]
    readings = []
    if cuts:
        try:  # "the average of inventory at the 2022 and 2023 year-ends": one figure, its "and" inside
            readings.append(operand(text, lookup, known))
        except _ParseError:
            pass
    for m in cuts:
        try:
            left = operand(text[: m.start()], lookup, known)
        except _ParseError:
            continue
        try:
            right = list_sum(text[m.end():], lookup, known, serial=False)  # the rest of a list is no list of its own
        except _ParseError:
            continue
        readings.append(Op("+", left, right))
    if not cuts:
        return operand(text, lookup, known)
    if not readings and serial:
        items = _serial_list(text, lookup, known)
        if items is not None:
            return items
    if len(readings) != 1:
        raise _ParseError(f"{text!r}: {'no' if not readings else 'more than one'} way to read the figures it lists")
    return readings[0]


_ONE_WORD_ROW = re.compile(r"[A-Za-z][a-z\-]{2,}")


def _serial_list(text: str, lookup: Lookup, known: dict[str, Node]) -> Node | None:
    """"salaries and related, fuel, and other vessel operating expenses": a list written with commas, read as
    its writer lists it when no other reading holds: the items are what the commas (and a last ", and") separate,
    an "and" without a comma stays inside its item ("salaries and related"), and an item of one word ("fuel") is a
    row printed with that one word. General rule: a serial comma list is read item by item, each item an input
    read as any input is, else one row's label found only where printed with exactly those words (``get.by_label``);
    any item read neither way leaves the list unread (None)."""
    if "," not in text:
        return None
    items = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?", text.strip().strip(","))]
    if len(items) < 2 or any(not p for p in items):
        return None
    nodes: list[Node] = []
    for p in items:
        w = _FILLER.sub("", p).strip()
        try:
            with and_labels():
                nodes.append(operand(p, lookup, known))
            continue
        except _ParseError:
            pass
        if (_ONE_WORD_ROW.fullmatch(w) and not _ROW_NOT.search(w) and not _NOT_PART_WORDS.match(w)
                and not _QUESTION_WORDS.match(w)):
            nodes.append(Input(ROW + w.lower(), p))
            continue
        return None
    out = nodes[0]
    for n in nodes[1:]:
        out = Op("+", out, n)
    return out


def _split_two(text: str, sep: str, lookup: Lookup, known: dict[str, Node], op: str, what: str) -> Node:
    """"A and B" split at the one ``sep`` where both sides read as operands ("depreciation and amortization and
    operating income" splits once)."""
    parts = [m for m in re.finditer(rf"\s+{sep}\s+", text, re.I)]
    good = []
    for m in parts:
        try:
            good.append((operand(text[: m.start()], lookup, known), operand(text[m.end():], lookup, known)))
        except _ParseError:
            continue
    if len(good) != 1:
        why = "no" if not good else "more than one"
        raise _ParseError(f"{what} of {text!r}: {why} way to read two inputs")
    return Op(op, *good[0])


# ----------------------------------------------------------------------------------------------------------------
# evaluating

Get = Callable[[str, str], "Fact | None"]  # (metric, period) -> the fact


def _period(base: str, year: int | None = None, back: int = 0) -> str:
    m = re.match(r"(FY|Q[1-4] |\dM )(\d{4})$", base)
    if not m:
        raise MissingInput("definition", [f"a period like FY2021 (got {base!r})"])
    return f"{m.group(1)}{year if year is not None else int(m.group(2)) - back}"


def periods_of(inp: Input, period: str) -> list[str]:
    """The periods an input needs, latest first. A change from one year named ("the increase in X from fiscal
    2024") runs from that year to the asked period."""
    if inp.how == "change" and len(inp.years) == 1:
        return [_period(period), _period(period, inp.years[0])]
    if inp.how in ("average", "change"):
        if inp.years:
            return [_period(period, y) for y in sorted(inp.years, reverse=True)]
        return [_period(period), _period(period, back=1)]
    if inp.years:
        return [_period(period, inp.years[0])]
    return [_period(period, back=inp.offset)]


def _input_words(i: Input, periods: Sequence[str] = ()) -> str:
    core = i.words
    # a parenthesis left over from the body's own grouping ("(A" / "B)"); a whole parenthesis the words carry ("Debt
    # (corporate debt)") stays
    if core.startswith("(") and core.count("(") > core.count(")"):
        core = core[1:]
    if core.endswith(")") and core.count(")") > core.count("("):
        core = core[:-1]
    # an excluded charge or credit is taken out by what it did to the figure (a charge's effect is negative)
    return "the effect of " + re.sub(r"^(?:the|its)\s+", "", core, flags=re.I) if i.effect else core


@dataclass(frozen=True)
class _Val:
    value: float
    text: str  # the expression with figures put in


def render(n: Node, name: Callable[[Input], str]) -> str:
    def go(x: Node, parent: str = "") -> str:
        if isinstance(x, Num):
            return x.raw
        if isinstance(x, Input):
            return name(x)
        s = f"{go(x.left, x.op)} {'x' if x.op == '*' else x.op} {go(x.right, x.op + 'r')}"
        tight = {"+": 1, "-": 1, "*": 2, "/": 2}
        p = parent.rstrip("r")
        if p and (tight[x.op] < tight[p] or (parent.endswith("r") and tight[x.op] == tight[p])):
            return f"({s})"
        return s

    return go(n)


# an input the question narrows to the company's own shareholders' share ("net income attributable to Contoso",
# "... to common shareholders", "excluding noncontrolling interests") or to continuing operations
_OWNERS_WORDS = re.compile(r"\b(?:attributable|available|applicable)\s+to\s+(?!(?:the\s+)?(?:non-?controlling|minority))"
                           r"|\b(?:excluding|excl\.?|less|net\s+of|after|before)\s+(?:the\s+)?(?:non-?controlling|"
                           r"minority)\s+interests?\b", re.I)
_CONTINUING_WORDS = re.compile(r"\bfrom\s+continuing\s+operations\b|\bcontinuing\s+operations['’]?\b", re.I)


def _without_owners(words: str) -> str:
    """The words less their owners' qualifier: "total equity excluding noncontrolling interests" -> "total equity",
    "net income attributable to Contoso Ltd." -> "net income"."""
    w = re.sub(r"\s*,?\s*\b(?:excluding|excl\.?|less|net\s+of|after|before)\s+(?:the\s+)?(?:non-?controlling|minority)\s+"
               r"interests?\b", " ", words, flags=re.I)
    w = re.sub(r"\s+(?:attributable|available|applicable)\s+to\s+.*$", "", w, flags=re.I)
    return re.sub(r"\s+", " ", w).strip(" ,")


def input_qualifier(words: str) -> str:
    """What an input's words narrow its metric to beyond the metric's own name: "owners" (the amount attributable to
    the company / its common shareholders, noncontrolling interests excluded), "continuing" (continuing operations
    only), or "" (nothing). General rule: a figure the question qualifies so must come from the row that carries
    the qualifier (``evaluate`` asks ``get.qualified``), never from the unqualified consolidated row when the
    statement shows the part that the qualifier leaves out."""
    if _OWNERS_WORDS.search(words):
        return "owners"
    if _CONTINUING_WORDS.search(words):
        return "continuing"
    return ""


def _norm_words(words: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", re.sub(r"^(?:the|a|an|its)\s+", "", words.lower())))


_GAIN_OR_LOSS = re.compile(r"\bgains?\b|\bloss(?:es)?\b", re.I)
# a result line of the income statement labelled as a loss: "Net loss", "Operating loss", "Loss from operations", "Loss
# before income taxes", "Net loss attributable to ..." (never a per-share row, nor a line naming a gain, income or a
# particular item: "Loss on sale of assets", "Net loss (income) from ...")
_RESULT_LOSS = re.compile(r"^\s*(?:consolidated\s+)?(?:net\s+loss(?:es)?|operating\s+loss(?:es)?|loss\s+from\s+"
                          r"(?:continuing\s+)?operations|loss\s+before\s+(?:(?:provision\s+for|benefit\s+from)\s+)?"
                          r"(?:income\s+)?tax(?:es)?)\b(?![^(]*\bper\b)(?!.*\b(?:gains?|income|earnings|profits?)\b)", re.I)


def evaluate(defn: Definition, period: str, get: Get, unit_hint: str = "") -> CalcResult:
    """``defn`` computed for ``period`` from facts ``get(metric, period)`` returns; every input must be found.

    ``unit_hint`` ("%", "days", "x", "USD", or "") is what the question asks the result in; without it the unit
    follows from the arithmetic (amount / amount is a ratio, amount - amount an amount)."""
    facts: list[Fact] = []
    used: dict[tuple[str, str, str], Fact] = {}
    # inputs that name different things but map to one metric ("short-term borrowings" and "the current portion of
    # long-term debt" are both current debt): each must be its own row, found by its words (``get.by_words``);
    # never one row counted twice
    named: dict[tuple, set[str]] = {}

    def slot(x: Input) -> tuple:  # one metric at one place in time: inputs here must be one row or rows of their own
        return (x.metric, x.offset, x.years, x.how, x.part)

    def collect(x: Node) -> None:
        if isinstance(x, Input):
            named.setdefault(slot(x), set()).add(_norm_words(x.words))
        elif isinstance(x, Op):
            collect(x.left)
            collect(x.right)

    collect(defn.expr)
    by_words = getattr(get, "by_words", None)

    def fact(metric: str, p: str, words: str, x: Input | None = None) -> Fact:
        several = x is not None and len(named.get(slot(x), ())) > 1
        key = (metric, p, _norm_words(words) if several or (x is not None and x.part) else "")
        if key not in used and x is not None and x.part:
            # a part of a metric: the part's own row, never the metric's total (``part_of``)
            part = getattr(get, "part", None)
            f = part(metric, p, x.part) if part is not None else None
            if f is None:
                raise MissingInput(defn.name or "definition", [f"{words} ({p}): a row of that part, not the total"])
            used[key] = f
            facts.append(f)
        if key not in used:
            if several and by_words is None:
                raise MissingInput(defn.name or "definition", [f"{words} ({p}) as a row of its own"])
            by_label = getattr(get, "by_label", None)
            # the row the words name exactly; a row named by the filer's words is read first from the pages of the
            # definition's other inputs (the gain's row on the income statement beside pre-tax income, not its
            # reversal on the cash flow statement)
            near = tuple(dict.fromkeys((g.doc_id, g.page) for g in facts))
            f = by_label(metric, p, words, near) if by_label is not None else None
            if f is None and (by_label is None or not is_row_input(metric)):
                f = by_words(metric, p, words) if several else get(metric, p)
                if f is not None and input_qualifier(words):
                    # a row found by its metric, not by the input's words: it must carry the input's qualifier
                    # ("attributable to the company"), or be the only figure there is (no part left out on its page)
                    qualified = getattr(get, "qualified", None)
                    f = qualified(metric, p, words, f) if qualified is not None else f
                    if f is None:
                        raise MissingInput(defn.name or "definition",
                                           [f"{words} ({p}): the statement's row for that part, not the "
                                            f"consolidated row"])
            if f is None:
                raise MissingInput(defn.name or "definition", [f"{words} ({p})"])
            left_out = _unshown_item(words, f.label) if x is not None and not x.part else None
            if left_out:
                # "cost of sales excluding freight costs" read as the "Cost of sales" row: the qualifier would be
                # dropped without a word; the row must say the item it takes in or leaves out
                raise MissingInput(defn.name or "definition",
                                   [f"{words} ({p}): no row says it {left_out}; \"{f.label}\" does not"])
            if several and any(g is f or (g.doc_id, g.page, g.quote) == (f.doc_id, f.page, f.quote)
                               for k, g in used.items() if k[0] == metric and k[1] == p):
                raise MissingInput(defn.name or "definition", [f"{words} ({p}) as a row of its own"])
            used[key] = f
            facts.append(f)
        return used[key]

    reading = getattr(get, "reading", None)
    one_way = getattr(get, "one_way", None)

    def plain(f: Fact) -> float:
        """The row's amount; a cash-flow row naming one direction of cash (``get.one_way``: "... expenditures",
        "Proceeds from ...") by its magnitude, its parentheses being presentation (``registry.cash_direction``)."""
        v = amount(f)
        return abs(v) if one_way is not None and one_way(f) else v

    def value_of(f: Fact, words: str) -> float:
        """The row's amount as the input means it: a row of a gain or a loss is read by the filer's sign
        convention (``get.reading``: "Gain or (loss)", a gain credited among the expenses) so that "minus the gain"
        takes the gain away; a sign not said declines the input."""
        if _RESULT_LOSS.search(f.label) and not re.search(r"\bgains?\b", words, re.I):
            # "net loss divided by net revenue": a result line the filer labels a loss is the profit figure it stands
            # for, negative by its label whether printed in parentheses or not; never the size of a loss shown as
            # a positive profit (a net margin of a loss-making year is negative)
            return -abs(plain(f))
        if reading is None or not _GAIN_OR_LOSS.search(words):
            return plain(f)
        v = reading(f, words)
        if v is None:
            raise MissingInput(defn.name or "definition",
                               [f"{words} ({f.period}): the statement does not say whether \"{f.label}\" is a gain "
                                f"or a loss"])
        return v

    effect = getattr(get, "effect", None)

    def effect_of(f: Fact, words: str) -> float:
        """What an excluded item did to the profit figure it is taken out of (``Input.effect``): negative for a
        charge, positive for a credit or a gain, as the statement prints it (``get.effect``); an item whose page
        does not say which it is declines the input."""
        v = effect(f, words) if effect is not None else None
        if v is None:
            raise MissingInput(defn.name or "definition",
                               [f"{words} ({f.period}): the statement does not show whether \"{f.label}\" is a "
                                f"charge or a credit"])
        return v

    def shown(f: Fact, v: float | None = None) -> str:
        return fmt((plain(f) if v is None else v) / (f.scale or 1.0))

    def go(x: Node) -> tuple[_Val, bool]:  # (value, is an amount)
        if isinstance(x, Num):
            return _Val(x.value, x.raw), False
        if isinstance(x, Input) and x.alt is not None:
            # the row labelled with the input's words, else the arithmetic its words state on the rows it names
            try:
                return go(replace(x, alt=None))
            except MissingInput:
                try:
                    v, money = go(x.alt)
                except MissingInput as e:
                    raise MissingInput(defn.name or "definition",
                                       [f"{x.words} (no row so labelled; nor {', '.join(e.missing)})"]) from e
                return _Val(v.value, f"({v.text})"), money
        if isinstance(x, Input) and x.how == "at":
            f = fact(x.metric, periods_of(x, period)[0], x.words, x)
            v = effect_of(f, x.words) if x.effect else value_of(f, x.words)
            return _Val(v, shown(f, v)), f.unit not in ("%", "x", "")
        if isinstance(x, Input):
            ps = periods_of(x, period)
            fs = [fact(x.metric, p, x.words, x) for p in ps]
            money = fs[0].unit not in ("%", "x", "")
            if x.how == "average":
                return _Val(sum(plain(f) for f in fs) / len(fs),
                            f"({' + '.join(shown(f) for f in fs)}) / {len(fs)}"), money
            if x.how == "change":
                return _Val(plain(fs[0]) - plain(fs[1]), f"({shown(fs[0])} - {shown(fs[1])})"), money
            return _Val(plain(fs[0]), shown(fs[0])), money
        a, am = go(x.left)
        b, bm = go(x.right)
        if x.op == "+":
            return _Val(a.value + b.value, f"{a.text} + {b.text}"), am or bm
        if x.op == "-":
            if isinstance(x.right, Input) and x.right.effect and b.value < 0:
                # a charge taken out of the profit it reduced: added back ("703.4 + 86.4")
                return _Val(a.value - b.value, f"{a.text} + {b.text.lstrip('-')}"), am or bm
            rt = f"({b.text})" if isinstance(x.right, Op) and x.right.op in "+-" else b.text
            return _Val(a.value - b.value, f"{a.text} - {rt}"), am or bm
        lt = f"({a.text})" if isinstance(x.left, Op) and x.left.op in "+-" else a.text
        # an average divided by or multiplied into is one operand: "801.6 / ((176 + 164) / 2)", never "801.6 / (176 +
        # 164) / 2", which reads as another number
        rt = f"({b.text})" if isinstance(x.right, Op) or (isinstance(x.right, Input) and x.right.how == "average") \
            else b.text
        if x.op == "*":
            return _Val(a.value * b.value, f"{lt} x {rt}"), am != bm
        if b.value == 0:
            raise MissingInput(defn.name or "definition", ["a non-zero divisor"])
        return _Val(a.value / b.value, f"{lt} / {rt}"), am and not bm

    for x in defn.inputs():  # the metrics' own rows first: the pages a filer's row is then read from (``near``)
        if not is_row_input(x.metric) and not x.part and x.how == "at":
            try:
                fact(x.metric, periods_of(x, period)[0], x.words, x)
            except MissingInput:
                pass  # read again below, beside the rows found by then (``get.by_label``'s ``near``)
    val, money = go(defn.expr)
    scaled = {f.scale for f in facts if f.unit not in ("%", "x", "")}
    value, unit = val.value, _unit(defn, money, unit_hint)
    if unit == "USD":
        scale = min(scaled) if scaled else 1.0
        result_text = fmt(value / scale)
    else:
        if unit == "%" and not _has_hundred(defn.expr):
            value *= 100.0
        result_text = fmt(value, unit)
    hundred = ' x 100' if unit == '%' and not _has_hundred(defn.expr) else ''
    expression = f"{val.text}{_reduced(defn.expr, go, min(scaled) if scaled else 1.0)}{hundred} = {result_text}"
    formula = f"{defn.name + ' = ' if defn.name else ''}{defn.words()}"
    return CalcResult("definition", value, unit, formula, expression, tuple(facts),
                      definition=f"the definition stated in the question ({defn.text})")


# "excluding freight costs", "including restricted cash", "exclusive of depreciation": the item an operand's words say
# its figure leaves out or takes in
_ITEM_QUALIFIER = re.compile(r"\b(excluding|excl\.?|exclusive\s+of|including|incl\.?|inclusive\s+of)\s+(?:the\s+|its\s+)?"
                             r"([a-z][a-z'’\- ,]*)", re.I)
_ITEM_STOP = {"the", "and", "or", "of", "its", "their", "any", "all", "other", "related", "shown", "separately",
              "below", "above", "net", "total", "for", "from", "on", "in", "to", "a", "an"}


def _unshown_item(words: str, label: str) -> str:
    """"excluding freight costs" when an operand's words qualify its figure by an item ("cost of sales excluding
    freight costs") and the row found for it (by its metric) names no word of the item ("Cost of sales"); "" when the
    words say no item, the row names it ("Cost of sales (exclusive of depreciation and amortization)"), or the item is
    a figure's current portion or its owners' share (a long-term or owners' row leaves those out by its metric).
    General rule: an operand's qualifier is part of what is asked; a row that does not carry it is no substitute."""
    m = _ITEM_QUALIFIER.search(words)
    if m is None or input_qualifier(words):
        return ""
    item = [t for t in re.findall(r"[a-z]+", m.group(2).lower()) if t not in _ITEM_STOP]
    if not item or re.match(r"current\s+(?:portions?|maturities|installments)", " ".join(item)):
        return ""
    have = re.findall(r"[a-z]+", label.lower())
    if all(any(h[:5] == t[:5] for h in have) for t in item):
        return ""
    return f"{m.group(1).lower()} {m.group(2).strip(' ,')}"


def _reduced(e: Node, go: Callable[[Node], tuple[_Val, bool]], scale: float) -> str:
    """" = 2,636,400 / 4,926,035": a ratio or product whose operands are sums or differences, shown again with each
    operand's result (in the statements' scale), so the adjusted numerator and denominator are read, not only the
    rows; "" for any other expression. (Each operand is computed from the rows already read.)"""
    if not (isinstance(e, Op) and e.op in "*/" and any(isinstance(x, Op) and x.op in "+-" for x in (e.left, e.right))):
        return ""
    parts = []
    for x in (e.left, e.right):
        v, money = go(x)
        parts.append(v.text if isinstance(x, Num) else fmt(v.value / scale if money else v.value))
    return f" = {parts[0]} {'x' if e.op == '*' else '/'} {parts[1]}"


def _has_hundred(n: Node) -> bool:
    if isinstance(n, Op):
        if n.op == "*" and any(isinstance(s, Num) and s.value == 100.0 for s in (n.left, n.right)):
            return True
        return _has_hundred(n.left) or _has_hundred(n.right)
    return False


def _has_days(n: Node) -> bool:
    if isinstance(n, Num):
        return n.value in (360.0, 365.0, 366.0, 91.0, 90.0)
    return isinstance(n, Op) and (_has_days(n.left) or _has_days(n.right))


def _summands(n: Node) -> list[Node]:
    return [*_summands(n.left), *_summands(n.right)] if isinstance(n, Op) and n.op == "+" else [n]


def _part_of_whole(n: Node) -> bool:
    """A part over a whole that contains it: "notes payable divided by the sum of notes payable and total equity"
    (debt to capital), every term of the numerator one of the denominator's summands. Such a share is stated in
    percent."""
    if not (isinstance(n, Op) and n.op == "/"):
        return False
    def key(x: Node) -> object:
        return (x.metric, x.how, x.years, x.offset) if isinstance(x, Input) else x

    whole = [key(w) for w in _summands(n.right)]
    return len(whole) >= 2 and all(key(p) in whole for p in _summands(n.left))


# the unit a question asks its ratio in, outside its definition: "in percent", "as a percentage", "expressed in %",
# "(%)", "in days", "as a multiple"; never "as a percentage of X" (a share, stated in the definition) nor "in
# percentage points" (a change)
_PERCENT_ASKED = re.compile(r"(?:\b(?:in|as|expressed\s+(?:as|in))\s+(?:an?\s+)?(?:percentages?|percent|%)(?![a-z])|\(\s*%\s*\))"
                            r"(?!\s*(?:of\b|points?\b))", re.I)
# "by how many percentage points did it change": a change in points is a change of a percentage, so the ratio is one
_POINTS_ASKED = re.compile(r"\b(?:percentage|basis)\s+points?\b|\bpp\b|\bbps\b", re.I)
_DAYS_ASKED = re.compile(r"\b(?:in|as\s+a\s+number\s+of)\s+days\b", re.I)
_TIMES_ASKED = re.compile(r"\b(?:as\s+a\s+multiple|in\s+times)\b(?!\s+of\b)", re.I)


def unit_asked(text: str) -> str:
    """The unit the question asks a defined ratio in ("%", "days", "x") from words outside the definition, or "".
    General rule: a ratio the question asks "in percent" is given in percent (x 100 when the definition does not
    multiply by 100 itself), whatever its name; an amount stays an amount (``evaluate`` gives money first)."""
    if _PERCENT_ASKED.search(text) or _POINTS_ASKED.search(text):
        return "%"
    if _DAYS_ASKED.search(text):
        return "days"
    if _TIMES_ASKED.search(text):
        return "x"
    return ""


# the head noun of a filer's income-statement line named by a question ("total operating expenses", "fuel and
# purchased transportation costs", "segment operating income")
_INCOME_LINE = re.compile(r"\b(?:expenses?|costs?|income|profit|loss(?:es)?|earnings|charges?)\b", re.I)


def _share_of_revenue(n: Node) -> bool:
    """An amount over a period divided by the same period's revenue: an expense or cost ratio ("operating ratio",
    "cost of sales divided by revenues"), a profit over revenue, a spending intensity. Analysts and filers state such a
    share of the top line in percent, whatever its name; a balance over revenue (receivables, debt) is no share and
    keeps its multiple."""
    if not (isinstance(n, Op) and n.op == "/" and isinstance(n.right, Input) and n.right.metric == "revenue"
            and n.right.how == "at" and not n.right.part):
        return False
    for x in _summands(n.left) if isinstance(n.left, Op) and n.left.op in "+-" else [n.left]:
        if isinstance(x, Op) and x.op == "-":
            return _share_of_revenue(Op("/", x.left, n.right)) and _share_of_revenue(Op("/", x.right, n.right))
        if not isinstance(x, Input) or x.how != "at" or x.years != n.right.years or x.offset != n.right.offset:
            return False
        if is_row_input(x.metric):
            if not _INCOME_LINE.search(x.words):
                return False
            continue
        m = BY_NAME.get(x.metric)
        if m is None or m.kind != "flow" or x.metric == "revenue" and not x.part:
            return False
    return True


def _unit(defn: Definition, money: bool, hint: str) -> str:
    if money:
        return "USD"
    if hint in ("%", "days", "x"):
        return hint
    name = defn.name.lower()
    if _has_days(defn.expr) or re.search(r"\bdays?\b|\b(?:dpo|dso|dio|dsi|ccc)\b", name):
        return "days"
    # ratios that analysts and filers state in percent: a bank's efficiency ratio, an insurer's loss, expense and
    # combined ratios, payout and tax ratios
    # as are intensities and shares of a total ("capital intensity", "R&D intensity", "share of sales")
    # and a part over a whole that holds it ("A divided by the sum of A and B": debt to capital)
    if _has_hundred(defn.expr) or _part_of_whole(defn.expr) or _share_of_revenue(defn.expr) or re.search(
            r"\bmargins?\b|\brates?\b|\breturns?\b|\bro[aeic]{1,2}s?\b|\byields?\b|%|\bintensit(?:y|ies)\b|\bshares?\b|"
            r"\bproportions?\b|\b(?:efficiency|payout|expense|loss|combined|tax)\s+ratios?\b", name):  # plural names too
        return "%"
    return "x"

"""What a question asks: a metric lookup, a calculation, a growth rate, a trend or a yes/no judgement.

``read_question`` turns a question into a ``Request`` (company, period, metric or calculation, scale, direction)
or None when any part is unclear; metric words come from ``finance.registry``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..finance import formulas as calc
from ..finance.registry import CONCEPT_WORDS, METRIC_WORDS, PER_SHARE_METRICS
from ..text.counts import counting
from ..text.months import MONTH, MONTH_ABBR, month_number
from ..text.periods import (date_period, date_unplaced, dated_reports, period_at_date, resolve_period, span_months,
                            unnamed_span, year_to_date)
from ..types import DocMeta
from .entities import resolve_company
from ..text.moves import (
    UP_ASKED_YES_NO as _UP,
    DOWN_ASKED_YES_NO as _DOWN,
    RISE_ASKED as _RISE,
    FALL_ASKED as _FALL,
    FALL_COMPARED as _FALL_WORD,
    UP_COMPARATIVES as _UP_WORDS,
)

NUMERIC_QUESTION = re.compile(
    r"(?i)\b(how (much|many)|what (was|were|is|are) the (amount|value|total|number)|ratio|margin|percent|%|"
    r"revenue|sales|income|expense|expenditure|cash|debt|earnings|eps|growth|rate|cost|assets|liabilities|"
    r"dividend|capex|profit|loss|\$)"
)



PART_YEAR = re.compile(r"(?i)\b(?:quarter|quarterly|Q[1-4]|half|H[12]|month|monthly|week)\b")



# "Tell me whether ...", "Say if ...", "Determine whether ...": a yes/no question asked as an instruction
_WHETHER_ASKED = r"(?:please\s+)?(?:tell\s+me|tell\s+us|say|state|indicate|determine|assess|check|confirm|establish|find\s+out)\s+(?:whether|if)\b"
_YES_NO = re.compile(r"^\s*(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|" + _WHETHER_ASKED + r")\b", re.I)



def is_yes_no(question: str) -> bool:
    """Does ``question`` open like a yes/no question ("Did ...", "Has ...", "Is ...")?"""
    return bool(_YES_NO.search(question))



def asks_for_number(question: str) -> bool:
    """Does ``question`` ask for a figure (an amount, a share, a rate, a count)?"""
    return bool(NUMERIC_QUESTION.search(question))


_CALC_WORDS: dict[str, list[str]] = {
    "gross_margin": ["gross margin", "gross profit margin", "gross profit rate", "gross margin rate", "gross profit percentage",
                     "gross margin percentage"],
    "operating_margin": ["operating margin", "operating profit margin", "operating income margin", "ebit margin"],
    "net_margin": ["net margin", "net profit margin", "net income margin"],
    "current_ratio": ["current ratio", "working capital ratio"],
    "net_working_capital": ["net working capital", "working capital"],
    "operating_cash_flow_ratio": ["operating cash flow ratio", "cash flow from operations ratio"],
    "ebitda": ["ebitda", "unadjusted ebitda"],
    "ebitda_margin": [f"{u}ebitda{m}" for u in ("", "unadjusted ")
                      for m in (" margin", " % margin", " %", " percent margin", " margin %")],
    "ebitda_less_capex": [f"{u}ebitda {w} {c}" for u in ("", "unadjusted ") for w in ("less", "minus")
                          for c in ("capex", "capital expenditure", "capital expenditures")],
    "retention_ratio": ["retention ratio", "earnings retention ratio", "plowback ratio"],
    "cash_conversion_cycle": ["cash conversion cycle", "ccc"],
    "quick_ratio": ["quick ratio", "acid-test ratio", "acid test ratio"],
    "debt_to_equity": ["debt-to-equity", "debt to equity", "d/e ratio"],
    "inventory_turnover": ["inventory turnover"],
    "asset_turnover": ["asset turnover", "total asset turnover"],
    "fixed_asset_turnover": ["fixed asset turnover", "fixed-asset turnover", "ppe turnover", "pp&e turnover"],
    "roa": ["return on assets", "roa", "return on average assets", "return on average total assets",
            "return on total assets"],
    "operating_ratio": ["operating ratio"],
    "interest_coverage": ["interest coverage", "interest coverage ratio", "times interest earned",
                          "times-interest-earned"],
    "dpo": ["days payable outstanding", "dpo"],
    "dso": ["days sales outstanding", "dso"],
    "dio": ["days inventory outstanding", "dio", "days of inventory"],
    "effective_tax_rate": ["effective tax rate", "effective income tax rate"],
    "payout_ratio": ["payout ratio", "dividend payout"],
    "fixed_asset_ratio": ["fixed asset ratio", "fixed-asset ratio"],
    "free_cash_flow": ["free cash flow", "fcf"],
    "fcf_conversion": ["free cash flow conversion", "free cashflow conversion", "fcf conversion",
                       "cash conversion ratio"],
}



# "as a share of revenue", "... of total net revenue" (a bank's and a broker's top line), "... of consolidated net sales";
# never a revenue the words after it qualify ("as a percentage of revenue from services", "... of sales of its parts
# business", "... of revenues generated abroad"): that names one revenue line, not the company's total revenue ("as a %
# of revenue from FY2021 to FY2023", "... of sales generated in fiscal 2025" name periods, no line)
_SHARE_OF_REVENUE = re.compile(r"(?:as|a)\s+(?:a\s+)?(?:%|percent(?:age)?|share|proportion|ratio|fraction)\s+of\s+"
                               r"(?:(?:total|net|consolidated)\s+){0,2}(?:revenues?|sales)\b"
                               r"(?!\s+(?:from|of|generated|earned|derived|attributable|by|through)\b"
                               r"(?!\s+(?:(?:in|during|for|over|between|the)\s+)*(?:FY|(?:19|20)\d\d|'\d\d|(?:fiscal|years?|"
                               r"quarters?|first|second|third|fourth|last|prior|previous|same|Q[1-4]|H[12])\b)))", re.I)



_GROWTH = re.compile(r"\b(?:yoy|y/y|year[- ]over[- ]year|growth|grow|grew|change|increase|decrease|decline)\b", re.I)



_CAGR = re.compile(r"\bcagr\b|compound(?:ed)? annual growth", re.I)



_UNIT_ASK = [
    (re.compile(r"\b(?:usd|us\$|\$)\s*(?:in\s+)?billions?\b|\bin billions\b|\bbillions of (?:us )?dollars\b", re.I), 1e9,
     "billion"),
    (re.compile(r"\b(?:usd|us\$|\$)\s*(?:in\s+)?millions?\b|\bin millions\b|\bmillions of (?:us )?dollars\b", re.I), 1e6,
     "million"),
    (re.compile(r"\b(?:usd|us\$|\$)\s*(?:in\s+)?thousands?\b|\bin thousands\b", re.I), 1e3, "thousand"),
]



@dataclass(frozen=True)
class Request:
    """What a question asks, once read."""

    company: str
    doc_ids: tuple[str, ...]  # documents of that company (filters applied)
    years: tuple[int, ...]  # fiscal years named, in order of mention
    period: str  # the period asked about: "FY2018", "Q2 2023"
    metric: str | None = None
    calculation: str | None = None  # a calc.RECIPES name, "yoy_growth", "cagr", "debt_to_equity"
    scale: float | None = None  # the scale the question asks for (1e6 for "in USD millions")
    scale_word: str = ""
    direction: int = 0  # a yes/no question about a change: +1 "did it grow?", -1 "did it fall?"
    paid: bool = False  # "Has X paid dividends in FY2022?": yes when the statements show a payment
    trend: str = ""  # "improving": compare the calculation with the year before ("improving margin profile?")
    average_years: tuple[int, ...] = ()  # fiscal years to average the calculation over ("3 year average")
    asked: str = ""  # the question's own words: a row they name by its label is picked (``select.pick_fact``)



def _find_phrases(question: str, table: dict[str, list[str]]) -> list[str]:
    q = " " + re.sub(r"\s+", " ", question.lower().replace("’", "'")) + " "
    found: list[tuple[int, int, str]] = []
    for name, phrases in table.items():
        for p in phrases:
            plural = "s?" if p[-1:].isalpha() and not p.endswith("s") else ""  # "operating margins", "current ratios"
            for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}{plural}(?![a-z0-9])", q):
                found.append((m.start(), m.end(), name))
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken: list[tuple[int, int]] = []
    names: list[str] = []
    for s, e, name in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if name not in names:
            names.append(name)
    return names



# Questions that want an explanation, a comparison or a judgement rather than one figure: the facts path would
# answer them with a single number, which is not an answer, so they go to the passages.
_NOT_A_LOOKUP = re.compile(
    r"\b(?:why|what\s+(?:drove|drives|caused|causes|lifted|lifts|pushed|pushes|boosted|helped|hurt|weighed\s+on|"
    r"held\s+back|contributed\s+to|led\s+to)|drivers?|explain\w*|which|improv\w*|declin\w*|trend\w*|exclud\w*|events?|"
    r"compar\w*|profile|useful|intensive|bankrupt\w*|healthy|sustainabl\w*|outlook|guidance|segments?|"
    r"geograph\w*|regions?)\b",
    re.I,
)



# "3 year average", and the years listed after "averaged over" ("averaged over fiscal 2022, 2023 and 2024", "the
# average across FY2022, FY2023 and FY2024"): three years or more, each named
_LISTED_YEAR = r"(?:fiscal\s+(?:years?\s+)?|FY\s?)?(?:19|20)\d{2}"
# a character of a clause naming no move ("how much did the average price rise from 2023 to 2024" asks a change of an
# average, over no range)
_NO_MOVE = (r"(?:(?!\b(?:chang|ris|rose|grow|grew|fall|fell|increas|decreas|declin|drop|mov|climb|jump|gain|los|swing|"
            r"swung|shift|improv|widen|narrow)\w*\b)[^?.;])")
# a year of a range: "FY2016", "FY16", "fiscal 2016", "2016"
_RANGE_YEAR = r"(?:fiscal\s+(?:years?\s+)?)?(?:FY\s?'?(?:(?:19|20)\d{2}|\d{2})|(?:19|20)\d{2})"
# "a 3 year average", "averaged over fiscal 2017, 2018 and 2019", and a range of years after the average ("average
# COGS as a % of revenue for FY16-FY18", "Averaged over FY2018 to FY2020, what was ..."): never "between A and B",
# the two ends of an average balance inside a definition
_MULTI_YEAR_AVERAGE = re.compile(r"\b(\d+|two|three|four|five)[\s-]*years?\s+average\b|"
                                 rf"\b(?:averaged?|mean)\s+(?:over|across|for)\s+(?:the\s+)?(?P<listed>{_LISTED_YEAR}"
                                 rf"(?:\s*,\s*{_LISTED_YEAR})+\s*,?\s+and\s+{_LISTED_YEAR})\b|"
                                 rf"\b(?:averaged?|mean)\b{_NO_MOVE}{{0,80}}?\b(?:over|across|for|from|during)\s+(?:the\s+)?"
                                 rf"(?P<range>{_RANGE_YEAR}\s*(?:-|–|to|through)\s*{_RANGE_YEAR})\b", re.I)



_NUMBER_WORDS = counting(2, 5)



_PCT_MARGIN = re.compile(r"%\s*margin\b|\bpercent(?:age)?\s+margin\b", re.I)



# a plain lookup cannot answer a question that asks for a ratio, a margin or a share it did not compute
_DERIVED = re.compile(r"\bratio\b|\bmargin\b|%\s*of\b|\bpercent(?:age)?\s+of\b|\baverage\b|\bper\s+share\b", re.I)



# a calculation whose phrase sits inside another's definition ("define unadjusted EBITDA as ...")
_PART_OF = {"ebitda": {"ebitda_margin", "ebitda_less_capex"},
            "dio": {"cash_conversion_cycle"}, "dso": {"cash_conversion_cycle"}, "dpo": {"cash_conversion_cycle"}}



_PAYMENTS = {"dividends_paid", "share_repurchases"}  # "has it paid ...?" is answered by a payment on record



def _direction(question: str) -> int:
    """+1 / -1 for a yes/no question about a rise / a fall ("Did Contoso grow its inventories?"), else 0."""
    if not is_yes_no(question):
        return 0
    up, down = bool(_UP.search(question)), bool(_DOWN.search(question))
    return 1 if up and not down else -1 if down and not up else 0



def _average_years(question: str, years: tuple[int, ...]) -> tuple[int, ...] | None:
    """The fiscal years a "3 year average" spans: the range the question names, or that many years to the
    latest one it names; None when the count and the range disagree."""
    m = _MULTI_YEAR_AVERAGE.search(question)
    if not m or not years:
        return None
    if m.group("listed"):  # the years listed: each one, consecutive
        listed = sorted({int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group("listed"))})
        return tuple(listed) if listed == list(range(listed[0], listed[-1] + 1)) else None
    if m.group("range"):  # the range's two ends and every year between them
        ends = [int(y) if len(y) == 4 else 2000 + int(y)
                for y in re.findall(r"(?<!\d)(\d{4}|\d{2})(?!\d)", m.group("range"))]
        return tuple(range(ends[0], ends[1] + 1)) if len(ends) == 2 and ends[1] > ends[0] else None
    raw = m.group(1).lower()
    n = _NUMBER_WORDS.get(raw) or int(raw)
    lo, hi = (min(years), max(years)) if len(years) >= 2 else (max(years) - n + 1, max(years))
    span = tuple(range(lo, hi + 1))
    return span if len(span) == n else None



# "Is Contoso's operating margin improving?", "Did the current ratio improve or decline?", "Is Northwind's
# working capital positive?": a ratio compared with the year before, or its sign
_TREND = re.compile(r"\bimprov\w*|\bdeclin\w*|\bdeteriorat\w*|\bpositive\b|\bnegative\b", re.I)



# the words that ask a reason, one vocabulary for every reader of "what drove ...?" (``answer.wording._DROVE`` too):
# "what drove / caused / explains / was behind / led to / accounted for / contributed to", "the reasons for", "drivers"
REASON_ASKED = (r"\bwhy\b|\bwhat\s+(?:(?:has|had|have)\s+)?(?:drove|driven|drives|caused|causes|explains?|explained|"
                r"(?:was|is|were|are)\s+behind|led\s+to|leads\s+to|accounted\s+for|accounts\s+for|contributed\s+to|"
                r"resulted\s+in)\b|\bdrivers?\b|\breasons?\s+(?:for|behind|of)\b|\bcauses?\s+of\b|\bexplain\w*")
_EXPLAIN = re.compile(rf"{REASON_ASKED}|\bconsistent\b|\bhistorically\b", re.I)



# a conditional rider such as "if the ratio is not meaningful for a lender, then say so": a caveat, not a separate question
# (the metric is computed and shown; whether it suits the company is left to the reader)
# "If the quick ratio is not a meaningful measure for a lender, then say so and give the reason.", also asked as an
# aside: "(and if gross margin is not meaningful for a bank like this one, why not)": any "if ... is not ..." rider
# "If the ratio is not meaningful for a lender, then say so." (a rider on the question; also without "then": "If the
# ratio is not meaningful for a lender, say so and give the reason.", "..., state that", "..., explain why")
_CAVEAT = re.compile(r"\bif\b[^.?;]*\b(?:is|are)\s+not\b[^.?;]*(?:\bthen\b|,\s*(?:please\s+)?(?:say|state|explain|"
                     r"note|indicate|mention)\b)[^.?;]*[.?;]|"
                     r"\(\s*(?:and\s+|or\s+)?if\b[^.?()]*\b(?:is|are)\s+not\b[^.?()]*\bwhy(?:\s+not)?\s*\)", re.I)



_HIGHER_IS_BETTER = {"gross_margin", "operating_margin", "net_margin", "ebitda_margin", "current_ratio",
                     "quick_ratio", "roa", "asset_turnover", "fixed_asset_turnover", "inventory_turnover",
                     "operating_cash_flow_ratio", "fcf_conversion", "interest_coverage"}



# "Among operations, investing, and financing activities, which brought in the most cash flow?"
_CF_SECTIONS = re.compile(r"\boperat\w*\b.*\binvest\w*\b.*\bfinanc\w*\b", re.I | re.S)



_MOST = re.compile(r"\b(?:which|most|least|largest|highest|biggest)\b", re.I)



# (a span "to" or "through" its end date is the span ended then: "the nine months to September 30, 2026", as analysts
# write it; read otherwise, its two dates were taken for balance dates and answered with the quarters' columns)
_SPAN_ENDED = re.compile(r"\b(?:(three|six|nine|3|6|9)[- ]months?|(quarter)|(1[2-7]|2[4-8]|3[6-9]|40|twelve|thirteen|sixteen|"
                         r"seventeen|twenty[- ](?:four|six|eight)|thirty[- ](?:six|nine)|forty)[- ]weeks?)\s+(?:period\s+)?"
                         r"(?:ended|ending|to|through|thru)\s+(?:on\s+)?(" + MONTH_ABBR + r")[a-z]*\.?\s+"
                         r"(\d{1,2}),?\s+((?:19|20)\d{2})\b", re.I)
# a 10-Q's two columns of one end date named together: "the three and six months ended June 30, 2026", "the three
# months and nine months ended ...", "the quarter and six months ended ...", "the three- and six-month periods ended"
_SPAN_PAIR = re.compile(r"\b(?P<a>three|six|3|6|quarter)(?:[- ]months?|-)?\s+and\s+(?:for\s+)?(?:the\s+)?(?P<b>six|nine|6|9)[- ]months?"
                        r"(?:\s+periods?)?\s+(?:ended|ending|to|through|thru)\s+(?:on\s+)?(?P<mon>" + MONTH_ABBR + r")[a-z]*\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d{2})\b", re.I)


def span_ended(question: str, docs: Sequence[DocMeta]) -> str | None:
    """The column a question names by its length and end date ("the six months ended September 30, 2025", "the
    quarter ended ..."), as the company's own quarterly report ending then names it (``finance.extract``: in its own
    fiscal quarters): its own quarter for three months, "6M 2026" / "9M 2026" of its fiscal year for a year to date.
    The calendar year of the date is not the column's name for a filer whose fiscal year runs ahead (the six months
    ended September 30, 2025 of a March filer are 6M 2026); None when no quarterly report of the company ends within
    a week of the date, or the question names two such spans."""
    found = _spans(question)
    if found is None or len(found) != 1:
        return None
    return _report_column(*found[0], docs) or _year_before_column(*found[0], docs)


# "the three months ended June 30, 2026 and 2025": the same span of another year, said by its year alone
_SPAN_OTHER_YEAR = re.compile(r"\s*(?:,|and|vs\.?|versus|compared\s+(?:to|with))\s+(?:the\s+same\s+period\s+(?:of|in)\s+)?"
                              r"((?:19|20)\d{2})\b(?!\s*(?:[-–]|to)\s*\d)", re.I)
# "the three months ended March 31, 2026 and March 31, 2025": the same span ending on another closing date, said by
# that date alone (a list of closing dates after one span's length: each is a span of that length)
_SPAN_OTHER_DATE = re.compile(r"\s*(?:,?\s*(?:and|vs\.?|versus|compared\s+(?:to|with))|,)\s+(?:(?:the\s+same\s+period\s+)?"
                              r"(?:ended|ending)\s+)?(" + MONTH_ABBR + r")[a-z]*\.?\s+"
                              r"(\d{1,2}),?\s+((?:19|20)\d{2})\b", re.I)


def _spans(question: str) -> list[tuple[int, Any]] | None:
    """(months, end date) of every span a question names by its length and end date, in the question's order;
    None for a date that is no date."""
    out = []
    for m in _SPAN_PAIR.finditer(question):
        # "the three and six months ended June 30, 2026": two spans of one end date, the shorter first
        month, day = month_number(m.group("mon")), int(m.group("day"))
        try:
            end = _dt.date(int(m.group("year")), month, day)
        except ValueError:
            return None
        for w in ("a", "b"):
            out.append((3 if m.group(w).lower() == "quarter" else span_months(m.group(w)), end))
    if out:
        return None if _SPAN_ENDED.search(_SPAN_PAIR.sub(" ", question)) else out
    for m in _SPAN_ENDED.finditer(question):
        months = 3 if m.group(2) else span_months(m.group(1) or m.group(3))
        month, day = month_number(m.group(4)), int(m.group(5))
        try:
            out.append((months, _dt.date(int(m.group(6)), month, day)))
            other = _SPAN_OTHER_YEAR.match(question, m.end())
            if other:
                out.append((months, _dt.date(int(other.group(1)), month, day)))
            dated = None if other else _SPAN_OTHER_DATE.match(question, m.end())
            if dated:
                out.append((months, _dt.date(int(dated.group(3)), month_number(dated.group(1)),
                                             int(dated.group(2)))))
        except ValueError:
            return None
    return out


def _quarter_reports(docs: Sequence[DocMeta]) -> list[tuple[str, Any]]:
    """``dated_reports``, and a fourth-quarter report that states no closing date of its own (an earnings release
    named "Q4 2026") dated by the annual report of the same fiscal year: the fourth quarter closes with its fiscal
    year. General rule: a quarter's end is read from the company's own reports, never from the calendar."""
    out = dated_reports(docs)
    dated = {p for p, _ in out}
    for doc in docs:
        period = getattr(doc, "period", None) or ""
        q4 = re.fullmatch(r"Q4 ((?:19|20)\d{2})", period)
        if not q4 or period in dated:
            continue
        ends = {close for p, close in out if p.upper() == f"FY{q4.group(1)}"}
        if len(ends) == 1:
            out.append((period, ends.pop()))
            dated.add(period)
    return out


def _columns(months: int, asked: Any, docs: Sequence[DocMeta], back: int) -> str | None:
    """The column of ``months`` ending on ``asked`` as a quarterly report ending ``back`` years (52/53 weeks each,
    within a week) after it prints it: its own column for 0 ("Q2 2026", "6M 2026"), the same column of the year before
    beside its own for 1 ("Q2 2025"). None when no such report, or two naming it differently."""
    out = set()
    for period, close in _quarter_reports(docs):
        own = re.fullmatch(r"Q[1-4] ((?:19|20)\d{2})", period)
        if own and abs((close - asked).days - 364 * back) <= 7:
            head, year = (period if months == 3 else f"{months}M {own.group(1)}").rsplit(" ", 1)
            out.add(f"{head} {int(year) - back}")
    return out.pop() if len(out) == 1 else None


def _report_column(months: int, asked: Any, docs: Sequence[DocMeta]) -> str | None:
    return _columns(months, asked, docs, 0)  # the report ending then


def _year_before_column(months: int, asked: Any, docs: Sequence[DocMeta]) -> str | None:
    return _columns(months, asked, docs, 1)  # the report ending a year later, its prior-year column


def spans_ended(question: str, docs: Sequence[DocMeta]) -> list[str] | None:
    """The columns of the spans a question names by length and end date, earliest first: one ("the three months
    ended June 30, 2026": ``span_ended``) or two of the same length ("the three months ended June 30, 2026 compared
    with the three months ended June 30, 2025", "the six months ended March 31, 2026 and 2025"). A span ending when
    one of the company's quarterly reports ends is that report's column; the other, ending a year (52 or 53 weeks)
    before it, is the same column of the year before, which the report prints beside its own ("Q2 2026" and
    "Q2 2025", "6M 2026" and "6M 2025"). None when there is no span, three or more, two of different lengths or
    not a year apart, or the later one is not a column of the company's reports."""
    found = _spans(question)
    if not found or len(found) > 2:
        return None
    if len(found) == 1:
        one = _report_column(*found[0], docs) or _year_before_column(*found[0], docs)
        return [one] if one else None
    (m0, d0), (m1, d1) = sorted(found, key=lambda x: (x[1], x[0]))
    if m0 != m1:
        if d0 != d1:
            return None
        # a quarter and its year to date, both ending then: the report's two columns, the shorter first
        cols = [_report_column(m0, d0, docs) or _year_before_column(m0, d0, docs),
                _report_column(m1, d1, docs) or _year_before_column(m1, d1, docs)]
        return cols if all(cols) and cols[0] != cols[1] else None
    later = _report_column(m1, d1, docs)
    if later is None:
        return None
    earlier = _report_column(m0, d0, docs)
    if earlier is None and 357 <= (d1 - d0).days <= 371:
        head, year = later.rsplit(" ", 1)
        earlier = f"{head} {int(year) - 1}"
    return [earlier, later] if earlier and earlier != later else None


def span_unplaced(question: str, docs: Sequence[DocMeta]) -> bool:
    """True when a question names a span by its length and end date ("the three months ended March 31, 2026") that
    no quarterly report of the company prints: neither a report ending then (``_report_column``) nor one ending a year
    (52 or 53 weeks) later, which prints the same span of the year before beside its own (``_year_before_column``).
    The calendar or fiscal year of the date is then no column to answer from: a June filer's third quarter is not in
    its second-quarter report, nor in its annual one. False when no span is named, or a date is no date."""
    found = _spans(question)
    return bool(found) and any(not (_report_column(m, d, docs) or _year_before_column(m, d, docs)) for m, d in found)


_DATE = re.compile(r"\b(" + MONTH_ABBR + r")[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b", re.I)


def dates_compared(question: str, docs: Sequence[DocMeta]) -> list[str] | None:
    """The periods of two balance dates a question compares ("between December 31, 2025 and June 30, 2026", "from
    January 28, 2023 to July 29, 2023"), earliest first, each as the company's reports name it (``_date_period``: a
    10-Q's quarter, a fiscal year's end). None unless the question names exactly two dates outside spans ("the
    three months ended ...": ``spans_ended``) and both are placed, as two periods."""
    spans = [(m.start(), (_SPAN_OTHER_DATE.match(question, m.end()) or m).end())
             for m in _SPAN_ENDED.finditer(question)]
    dates = []
    for m in _DATE.finditer(question):
        if any(a <= m.start() < b for a, b in spans):
            continue
        try:
            dates.append(_dt.date(int(m.group(3)), month_number(m.group(1)), int(m.group(2))))
        except ValueError:
            return None
    if len(set(dates)) != 2:
        return None
    periods = [date_period(d, docs, year_ago=True) for d in sorted(set(dates))]
    if None in periods or periods[0] == periods[1]:
        return None
    return periods  # type: ignore[return-value]




def _subject(question: str, docs: Sequence[DocMeta], filters: Any) -> dict[str, Any] | None:
    """The company, its documents and the period the question names, as Request fields; None if any is unclear.
    A span named by its length and end date is the column of the company's quarterly report ending then
    (``span_ended``)."""
    company = resolve_company(question, docs, filters)
    period, years = resolve_period(question)
    spanned = span_ended(question, company[1]) if company is not None else None
    if spanned is not None:
        period, years = spanned, tuple(int(y) for y in re.findall(r"\d{4}", spanned))
    if company is None or period is None:
        return None
    name, cdocs = company
    return dict(company=name, doc_ids=tuple(d.doc_id for d in cdocs), years=years, period=period)



def _calcs_in(question: str) -> list[str]:
    """Calculations the question names, without one that only appears inside another's definition."""
    calcs = _find_phrases(question, _CALC_WORDS)
    return [c for c in calcs if not _PART_OF.get(c, set()) & set(calcs)]



def calculation_words(calculation: str) -> list[str]:
    """How questions name a calculation ("gross margin", "gross profit margin"), as the registry's words name a
    metric: for reading the words that narrow it ("subscription gross margin")."""
    return list(_CALC_WORDS.get(calculation, ()))


def named_calculations(question: str) -> list[str]:
    """The calculations (``formulas.RECIPES`` names) a question names."""
    return _calcs_in(question)


def named_metrics(question: str) -> list[str]:
    """The statement metrics a question names (``registry.METRIC_WORDS``)."""
    return metrics_in(question)


# "How much dividend did Contoso pay per share?", "dividends of how much per common share": the per-share
# dividend asked with its words apart (no "and"/"or" between them: "dividends and earnings per share" asks two)
_DIVIDEND_PER_SHARE = re.compile(r"\bdividends?\b(?:(?!\b(?:and|or|eps|earnings|income)\b)[^?.;]){0,40}?"
                                 r"\b(?:per|a|each)\s+(?:common\s+|ordinary\s+)?share\b", re.I)
# A yes/no that compares a payment with another figure ("more ... than it earned", "exceed its net income"): only
# both figures can decide it, so a payment row alone must never give its "Yes".
_COMPARED = re.compile(r"\b(?:more|less|fewer|greater|higher|lower|larger|smaller)\b[^?]{0,80}?\bthan\b"
                       r"|\b(?:exceed|surpass|outstrip|outpace)\w*|\bas (?:much|many|high|large) as\b", re.I)
_NOT_PAID = re.compile(r"\bdividends?\s+(?:income|received|receivable|payable|yield|declared)\b|\bdeclared?\b", re.I)
# metrics whose own name says "per share": the words do not make the question a derived figure (``_DERIVED``)
_PER_SHARE_WORDS = re.compile(r"\bper[- ](?:common\s+)?share\b", re.I)


# a revenue word heading an expense line's name: "sales and marketing expenses", "sales expense", "revenue costs"
_EXPENSE_AFTER = re.compile(r"\s+(?:and\s+[a-z-]+\s+)?(?:expenses?|costs?)\b")


def _revenue_only_in_expense_names(question: str) -> bool:
    """Does every revenue word of the question head an expense line's name ("sales and marketing expenses")? Such a
    question asks that expense line, never revenue: a filer's "Sales and marketing" row, or nothing."""
    q = " " + re.sub(r"\s+", " ", question.lower().replace("’", "'")) + " "
    hits = [m for p in METRIC_WORDS.get("revenue", []) for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", q)]
    return bool(hits) and all(_EXPENSE_AFTER.match(q, m.end()) for m in hits)


# General rule (session 28, #10): a revenue word that modifies another noun naming no amount of revenue ("revenue
# visibility", "revenue recognition", "revenue synergies") or that is what something else turns into ("expected to turn
# into revenue", "recognized as revenue") names that other thing (a backlog, a policy), never revenue as the asked figure
_NOT_REVENUE_AFTER = re.compile(r"\s+(?:visibility|recognition|pipeline|synerg(?:y|ies)|backlog|polic(?:y|ies)|"
                                r"streams?|concentration|diversification)\b")
_TURNED_INTO = re.compile(r"\b(?:turn|convert|recogni[sz]|translat|book|realiz|realis)\w*\s+(?:[a-z-]+\s+){0,3}?"
                          r"(?:into|to|as)\s+(?:net\s+)?$")


def _revenue_only_named_for_another(question: str) -> bool:
    """Does every revenue word of the question modify another noun that is no amount of revenue ("revenue
    visibility") or name what another item turns into ("turn into revenue")? Such a question asks that other item."""
    q = " " + re.sub(r"\s+", " ", question.lower().replace("’", "'")) + " "
    hits = [m for p in METRIC_WORDS.get("revenue", []) for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", q)]
    return bool(hits) and all(_NOT_REVENUE_AFTER.match(q, m.end()) or _TURNED_INTO.search(q[:m.start()])
                              for m in hits)


def metrics_in(question: str) -> list[str]:
    """The statement metrics a question names (``registry.METRIC_WORDS``, the longest phrase winning), with a
    dividend asked "per share" in words set apart read as the per-share dividend, not the total paid."""
    found = [m for m in _find_phrases(question, METRIC_WORDS) if m]
    if "revenue" in found and _revenue_only_in_expense_names(question):
        found.remove("revenue")  # "sales and marketing expenses", "sales expenses": an expense line, not revenue
    if "revenue" in found and _revenue_only_named_for_another(question):
        found.remove("revenue")  # "revenue visibility", "turn into revenue": another item (``_NOT_REVENUE_AFTER``)
    if "dividends_paid" in found and _NOT_PAID.search(question):
        found.remove("dividends_paid")  # dividends declared, received or receivable are not the amount paid
    if _DIVIDEND_PER_SHARE.search(question) and "dividends_per_share" not in found:
        found = ["dividends_per_share" if m == "dividends_paid" else m for m in found]
        if "dividends_per_share" not in found:
            found.append("dividends_per_share")
    return list(dict.fromkeys(found))


# "How much did X spend on capital expenditures and acquisitions?": a figure asked together with something the
# registry does not know; one of the two is not the answer
_AND_OTHER = re.compile(r"\s*(?:,\s*)?(?:and|plus|as\s+well\s+as|&|together\s+with|combined\s+with)\s+(?!(?:the\s+|its\s+|their\s+)?"
                        r"(?:FY|fiscal|years?|19\d\d|20\d\d|Q[1-4]|quarters?|what|how|which|why|is|was|were|did|does|"
                        r"do|has|have|round|answer|give|please|then|also|in|for|at|as|of|by|on|to|compare|explain|state|"
                        r"provide|show|calculate|compute|use|using|based|express|if|whether|its|their|it|they)\b)"
                        r"[A-Za-z]", re.I)


def asks_with_another(question: str, metric: str) -> bool:
    """Is the metric asked together with another item ("capex and acquisitions") that is not itself a metric the
    question names? Then its figure alone is not the answer."""
    q = " " + re.sub(r"\s+", " ", question.lower().replace("’", "'")) + " "
    for p in METRIC_WORDS.get(metric, []):
        for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}s?(?![a-z0-9])", q):
            if _AND_OTHER.match(q, m.end()):
                return True
            before = _OTHER_AND.search(q[: m.start()])
            if before and before.group(1) not in _NOT_AN_ITEM:  # "accrued liabilities and accounts payable"
                return True
    return False


_OTHER_AND = re.compile(r"([a-z]+)\s+(?:and|plus|&|as\s+well\s+as)\s+$")
_NOT_AN_ITEM = frozenset("""what was were is are the its their both between and or of in for at to from by on
    with how much many did does do has have company companies s fy year years fiscal quarter total""".split())


def derived(question: str, metrics: Sequence[str]) -> bool:
    """Does the question ask a figure derived from its metric (a ratio, a margin, an average, a share, "per
    share" of a metric that is not itself per share)?"""
    if metrics and all(m in PER_SHARE_METRICS for m in metrics):
        question = _PER_SHARE_WORDS.sub(" ", question)
    return bool(_DERIVED.search(question))


def _read_sections(question: str, docs: Sequence[DocMeta], filters: Any) -> Request | None:
    base = _subject(question, docs, filters)
    if base is None or len(base["years"]) > 1:
        return None
    return Request(**base, calculation="cash_flow_sections")



def _read_trend(question: str, docs: Sequence[DocMeta], filters: Any) -> Request | None:
    subject = _subject(question, docs, filters)
    calcs = [c for c in _calcs_in(question) if c in calc.RECIPES]
    if subject is None or not subject["period"].startswith("FY") or len(calcs) != 1:
        return None
    base = dict(subject, calculation=calcs[0])
    years = subject["years"]
    sign = re.search(r"\b(positive|negative)\b", question, re.I)
    if sign:
        return Request(**base, direction=1 if sign.group(1).lower() == "positive" else -1)
    if calcs[0] not in _HIGHER_IS_BETTER or len(years) > 2:
        return None
    return Request(**base, trend="improving")



# the filer's own measures, never computed from statement rows: adjusted / non-GAAP / pro forma / organic figures,
# and comparable (same-store, same-restaurant, like-for-like) sales, which count only units open in both periods
_ADJUSTED = re.compile(r"\badjusted\b|\bnon[- ]?gaap\b|\bpro[- ]forma\b|\borganic\b|"
                       r"\bsame[- ](?:store|restaurant|unit|location|shop|center|centre|branch|hotel|property)\b|"
                       r"\bcomparable[- ](?:store|restaurant|unit|location|sales|property)|\bcomp(?:arable)?[- ]sales\b|"
                       r"\blike[- ]for[- ]like\b", re.I)



# a figure as the filer published it before a restatement, revision or recast ("the revenues it originally reported",
# "as previously reported", "before the restatement"): the statements' columns are the revised figures
_EARLIER_VERSION = re.compile(r"\b(?:originally|previously|initially)\s+(?:reported|published|presented|stated|"
                              r"disclosed|announced)\b|\bas\s+first\s+(?:reported|published)\b|"
                              r"\b(?:before|prior\s+to)\s+(?:the\s+|its\s+|any\s+)?(?:restatement|recast|revision)s?\b|"
                              r"\bpre-?restatement\b|\bunrestated\b", re.I)


def asks_earlier_version(question: str) -> bool:
    """Whether a question asks for a figure as first published, before a restatement or recast. General rule
    (session 29): a filing that restates prints the revised figures in its statement columns, so such a figure (or
    a growth or ratio measured against it) is the filer's own sentence's, never computed from statement rows."""
    return bool(_EARLIER_VERSION.search(question))


def read_question(question: str, docs: Sequence[DocMeta], filters: Any = None) -> Request | None:
    """The company, period and metric or calculation a question asks about; None when any is unclear.
    Adjusted (non-GAAP) figures are the company's own definitions, not statement rows: left to the passages."""
    if _ADJUSTED.search(question) or asks_earlier_version(question):
        return None
    if _CF_SECTIONS.search(question) and _MOST.search(question):
        return _read_sections(question, docs, filters)
    if _TREND.search(question) and not _EXPLAIN.search(_CAVEAT.sub(" ", question)):
        return _read_trend(_CAVEAT.sub(" ", question), docs, filters)
    if _NOT_A_LOOKUP.search(question):
        return None
    company = resolve_company(question, docs, filters)
    if company is None:
        return None
    name, cdocs = company
    if date_unplaced(question, cdocs) or span_unplaced(question, cdocs):
        return None  # a balance at a date, or a span, none of the company's reports prints: no column answers it
    period, years = resolve_period(question)
    dated = period_at_date(question, cdocs)  # "at June 30, 2026": the period of the report ending then
    if dated is not None and period is not None and period.startswith("FY"):
        period, years = dated, tuple(int(y) for y in re.findall(r"\d{4}", dated))
    spanned = span_ended(question, cdocs) or year_to_date(question, cdocs)  # "the six months ended March 31,
    # 2027", "year-to-date": the report's own column
    if spanned is not None:
        period, years = spanned, tuple(int(y) for y in re.findall(r"\d{4}", spanned))
    if period is None and unnamed_span(question):
        return None  # a quarter by its end date, or the year to date, that no report of the company names
    if period is None:
        fys = {d.fiscal_year for d in cdocs if d.fiscal_year}
        if len(cdocs) == 1 and len(fys) == 1:
            period = cdocs[0].period or f"FY{fys.pop()}"
            years = tuple(int(y) for y in re.findall(r"\d{4}", period))
        else:
            return None
    scale, word = None, ""
    for rx, sc, w in _UNIT_ASK:
        if rx.search(question):
            scale, word = sc, w
            break
    calcs = _calcs_in(question)
    metrics = metrics_in(question)
    base = dict(company=name, doc_ids=tuple(d.doc_id for d in cdocs), years=years, period=period, scale=scale,
                scale_word=word, asked=question)
    averaged: tuple[int, ...] = ()
    if _MULTI_YEAR_AVERAGE.search(question):
        span = _average_years(question, years)
        if span is None or not period.startswith("FY"):
            return None
        averaged = span
        base.update(period=f"FY{span[-1]}", average_years=span)
    items = [m for m in metrics if m != "revenue"]
    if _SHARE_OF_REVENUE.search(question) and not items:
        return None  # "freight cost as a share of revenue": the share of an item mia has no row for
    if (_SHARE_OF_REVENUE.search(question) or (_PCT_MARGIN.search(question) and not calcs)) and len(items) == 1:
        if items[0] == "capital_expenditure":
            return Request(**base, calculation="capex_to_revenue")
        return Request(**base, metric=items[0], calculation="share_of_revenue")
    if len(calcs) == 1:
        return Request(**base, calculation=calcs[0])
    if calcs or averaged:
        return None
    if len(metrics) != 1:
        return None
    if _CAGR.search(question) and len(years) >= 2:
        return Request(**base, metric=metrics[0], calculation="cagr")
    if _GROWTH.search(question):
        return Request(**base, metric=metrics[0], calculation="yoy_growth", direction=_direction(question))
    if len(years) > 1 or derived(question, metrics) or asks_with_another(question, metrics[0]):
        return None
    paid = is_yes_no(question) and metrics[0] in _PAYMENTS
    if paid and _COMPARED.search(question):
        return None  # "did it pay out more in dividends than it earned?": the payment alone decides nothing
    return Request(**base, metric=metrics[0], paid=paid)



def question_metrics(question: str) -> list[str]:
    """Every metric a question needs: those it names, the inputs of a calculation it names, and the rows
    behind statement words ("balance sheet", "working capital")."""
    found = metrics_in(question)
    for name in _find_phrases(question, _CALC_WORDS):
        recipe = calc.RECIPES.get(name)
        found += [m for m, _, _ in recipe.inputs] if recipe else CONCEPT_WORDS.get(name, [])
    for words in _find_phrases(question, {k: [k] for k in CONCEPT_WORDS}):
        found += CONCEPT_WORDS[words]
    return list(dict.fromkeys(found))


# ----------------------------------------------------------------------------------------------------------------
# what a question asks of its figure: one grammar for every metric, calculation or stated definition
#
# - level: "What was Acme's FY2022 revenue?"
# - change (a difference, in percentage points for ratios): "How much has revenue changed between FY2021 and
#   FY2022?", "By how much did SG&A increase in fiscal 2022?", "FY22 vs FY21 gross margin"
# - growth (a rate): "What was the revenue growth rate from FY2021 to FY2022?", "year-over-year % change",
#   "By what percentage did net income grow?", "... (in percent)"
# - cagr: "the FY2019-FY2022 revenue CAGR"
# - direction: "Did Acme's gross margin improve in FY2022?" (+1 asks about a rise or an improvement, -1 about a
#   fall, 0 about any change)
# The periods come from ``text.periods``, the figure from ``finance.registry`` or a definition
# (``query.definitions``); a comparison of two companies is read from the companies named (``query.entities``).

_RATE = re.compile(r"\bgrowth\s+rate\b|\bhow\s+fast\b|%\s*change|\bpercent(?:age)?\s+(?:change|increase|decrease|growth|decline)\b|"
                   r"\b(?:by\s+)?what\s+(?:percent(?:age)?|%)\b|\bhow\s+many\s+percent|\bin\s+(?:units\s+of\s+)?"
                   r"(?:percents?|percentage|%)|\bas\s+a\s+(?:percent(?:age)?|%)|\brate\s+of\s+(?:growth|change|"
                   r"increase|decline)\b|\bgrowth\s+(?:in|of)\b|\b(?:revenue|sales|earnings|income|eps)\s+growth\b|"
                   r"\bgrow(?:th)?\s+(?:%|percent)", re.I)
_CHANGE_WORDS = re.compile(r"\bchang(?:e|ed|es|ing)\b|\bdifferen(?:ce|t)\b|\bdiffer\b|\bcompar(?:e|ed|es|ison)\b|\bvs\.?\b|"
                     r"\bversus\b|\bincreas(?:e|ed|es)\b|\bdecreas(?:e|ed|es)\b|\bgr[eo]w(?:n|th|s)?\b|\brise\b|\brose\b|"
                     r"\brisen\b|\bfall(?:en)?\b|\bfell\b|\bdecline[sd]?\b|\bdrop(?:ped)?\b|\bmove[sd]?\b|\bshift(?:ed)?\b|"
                     r"\byoy\b|\by/y\b|\byear[- ](?:over|on)[- ]year\b|\bevolv(?:e|ed)\b|\bimprov(?:e|ed|ement)\b|"
                     r"\bdeteriorat(?:e|ed|ion)\b|\b(?:go|goes|gone|went)\s+(?:up|down)\b|"
                     r"\b(?:cut|trim(?:med)?|slash(?:ed)?)\s+(?:back\s+(?:on\s+)?)?(?:its|their|the|our)\b|\bexpand(?:ed)?\b|\bcontract(?:ed)?\b|\bwiden(?:ed)?\b|\bnarrow(?:ed)?\b",
                     re.I)
_BETTER = re.compile(r"\bimprov\w*|\bstrengthen\w*|\bdeteriorat\w*|\bweaken\w*|\bworsen\w*", re.I)
_HOW_MUCH = re.compile(r"\bhow\s+much\b|\bby\s+how\s+much\b|\bwhat\s+(?:was|is)\s+the\s+(?:change|difference|increase|"
                       r"decrease)\b|\bamount\s+of\s+(?:the\s+)?(?:change|increase|decrease)\b|\bin\s+(?:usd|us\$|\$|dollars)"
                       r"|\bdollar\s+(?:change|increase|decrease)\b|\babsolute\s+(?:change|increase|decrease)\b", re.I)


@dataclass(frozen=True)
class Asked:
    kind: str  # "level", "change", "growth", "cagr", "direction", "changes" (two periods' changes compared:
    # ``direction`` +1 asks whether the later one is the larger, ``rate`` compares growth rates, ``better`` falls)
    direction: int = 0  # for "direction": +1 asks about a rise (or an improvement), -1 about a fall, 0 about any change
    better: bool = False  # the direction is asked as "improve"/"deteriorate": judged by which way is better
    rate: bool = False  # the change is asked as a percentage


_CLAUSE_YES_NO = re.compile(r"(?:^|[,;:?.]\s*)(?:so\s+|then\s+)?(?:is|are|was|were|does|do|did|has|have|had|would|could|"
                            r"can|should|will|" + _WHETHER_ASKED + r")\s+\w", re.I)


def asks_yes_no(question: str) -> bool:
    """Does any clause of the question ask yes or no ("Based on FY2022 data, is it capital intensive?")?"""
    return bool(_CLAUSE_YES_NO.search(question))


# "Was X higher in FY2025 than in FY2023?", "Did it spend more on R&D in 2025 than a year earlier?", "Did FY2025
# revenue exceed FY2023's?": one measure compared across two periods by a comparative word
_PERIOD_WORD = (r"(?:FY\s*'?\d{2}(?:\d{2})?\b|(?:19|20)\d{2}\b|Q[1-4]\b|(?:first|second|third|fourth)\s+quarter\b|"
                r"(?:the\s+)?(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?(?:year|quarter|period)\b|"
                r"(?:a|the)\s+year\s+(?:earlier|before|ago)\b)")
_COMPARATIVE = re.compile(
    r"\b(?P<word>higher|lower|greater|larger|bigger|smaller|more|less|fewer|better|worse|stronger|weaker|above|below)"
    r"\b(?P<mid>[^?.;]{0,80}?)\bthan\s+(?:(?:it|they)\s+(?:was|were|did|had)\s+)?(?:(?:in|at|for|during|over|the|its|"
    r"their|fiscal|year|of)\s+)*(?=" + _PERIOD_WORD + ")"
    r"|\b(?P<ex>exceed(?:ed|s)?|surpass(?:ed|es)?|top(?:ped|s)?|outstrip(?:ped|s)?)\b", re.I)
_BETTER_WORDS = {"better", "worse", "stronger", "weaker"}
_YEARISH = re.compile(r"\bFY\s*'?(\d{2}(?:\d{2})?)\b|\b((?:19|20)\d{2})\b", re.I)
_BEFORE_WORDS = re.compile(r"\b(?:prior|previous|preceding|last)\s+(?:fiscal\s+)?(?:year|quarter|period)\b|"
                           r"\byear\s+(?:earlier|before|ago)\b", re.I)


_THRESHOLD_STATED = re.compile(r"\d\s*(?:%|percent|per\s+cent|basis\s+points?|bps|(?:percentage\s+)?points?|x\b|times\b)|"
                               r"\$\s*\d|\bby\s+(?:more|less|at\s+least|over|under)\b", re.I)


def _years_of(text: str) -> list[int]:
    out = []
    for m in _YEARISH.finditer(text):
        y = m.group(1) or m.group(2)
        out.append(int(y) if len(y) == 4 else 2000 + int(y))
    return out


def compared_periods(question: str) -> tuple[int, bool] | None:
    """A yes/no question comparing ONE measure across two periods by a comparative word ("Was its operating margin
    higher in FY2025 than in FY2023?", "Did Contoso spend less on marketing in 2025 than a year earlier?", "Did
    FY2025 revenue exceed FY2023 revenue?"): (+1 when it asks whether the later period's figure is above the
    earlier one's, -1 below; whether it is asked as better/worse). None when there is no such comparison or the
    two sides' periods cannot be told apart (the side before "than" / the verb and the side after must each name
    a period, or the side after be "the prior year"). General rule: the verdict of a comparison of two periods is
    the sign of the later figure less the earlier one, in the sense the comparative asks."""
    m = _COMPARATIVE.search(question)
    if m is None or _THRESHOLD_STATED.search(question):
        return None  # "higher ... by more than 2 points": a threshold, not the sign of the change
    word = (m.group("word") or m.group("ex")).lower()
    before, after = question[:m.start()], question[m.end():]
    if m.group("word"):
        before = before + " " + (m.group("mid") or "")
    after = re.split(r"[?;]", after)[0]
    if _CHANGE_WORDS.search(before) or re.search(r"\b(?:faster|slower|quicker)\b", before, re.I):
        # "Did revenue increase more in FY2025 than in FY2024?", "Was revenue growth higher ...?": two changes (or
        # rates) compared, not two levels of the measure (``compared_changes``)
        return None
    subject, other = _years_of(before), _years_of(after)
    if _BEFORE_WORDS.match(after.strip()) or re.match(r"(?:the\s+)?(?:prior|previous|preceding|last)\b|(?:a|the)\s+"
                                                     r"year\s+(?:earlier|before|ago)", after.strip(), re.I):
        later_first = True  # "than the prior year": the period asked is compared with the one before it
    elif len(set(subject)) == 1 and other and subject[0] != other[0]:
        later_first = subject[0] > other[0]
    else:
        return None
    up = 1 if word in _UP_WORDS or m.group("ex") else -1
    return (up if later_first else -up), word in _BETTER_WORDS


_CHANGE_THRESHOLD = re.compile(
    r"\b(?P<cmp>(?:by\s+)?(?:more\s+than|over|above|at\s+least|in\s+excess\s+of|upwards\s+of)|exceed(?:ed|s)?|"
    r"(?:by\s+)?(?:less\s+than|under|below|at\s+most|no\s+more\s+than|fewer\s+than))\s+"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|percent(?:age\s+points?)?|per\s*cent|points?|pp\b|pts?\b|"
    r"basis\s+points?|bps\b|\$|x\b|times\b|million|billion)?", re.I)


def change_threshold(question: str) -> tuple[str, float, str] | None:
    """The threshold a yes/no question states for a change ("Did revenue grow more than 10%?", "fall by more than 5
    percentage points", "at least 200 basis points"): (">" or "<", the number, "percent" | "points" | "other").
    None when it states none. General rule: a direction asked with a threshold is decided against the threshold
    (the growth rate for a percent of an amount, the change in points for a ratio), never by the change's sign."""
    m = next((m for m in _CHANGE_THRESHOLD.finditer(question)
              if m.group("unit") or not re.fullmatch(r"(?:19|20)\d{2}", m.group("num"))), None)  # "over 2024": a year
    if m is None:
        return None
    cmp = "<" if re.match(r"(?:by\s+)?(?:less|under|below|at\s+most|no\s+more|fewer)", m.group("cmp"), re.I) else ">"
    unit = (m.group("unit") or "").lower()
    value = float(m.group("num"))
    if unit == "%" or unit.startswith("per"):
        kind = "points" if "point" in unit else "percent"
    elif unit.startswith(("point", "pp", "pt")):
        kind = "points"
    elif unit.startswith(("basis", "bps")):
        kind, value = "points", value / 100.0
    else:
        kind = "other"
    return cmp, value, kind


_CHANGES_COMPARED = re.compile(
    r"\b(?P<word>higher|lower|greater|larger|bigger|smaller|more|less|faster|slower|quicker|stronger|weaker)\b"
    r"(?P<mid>[^?.;]{0,80}?)\bthan\s+(?:(?:it|they)\s+(?:was|were|did|had)\s+)?(?:(?:in|at|for|during|over|the|its|"
    r"their|fiscal|year|of)\s+)*(?=" + _PERIOD_WORD + ")", re.I)


def compared_changes(question: str) -> tuple[int, bool, bool] | None:
    """A yes/no comparing the CHANGE of one measure in two periods ("Was its revenue growth higher in FY2025 than in
    FY2024?", "Did net sales grow faster in 2025 than in 2024?", "Did operating income decline more in FY2025 than
    in FY2024?"): (+1 when it asks whether the later period's change is the larger, -1 the smaller; whether the
    changes are rates; whether they are falls, compared by their size). None when the question compares no changes
    or the two sides' periods cannot be told apart. General rule: a comparison of two periods' changes is decided by
    both changes, each from its period and the one before, never by the change between the two periods."""
    m = _CHANGES_COMPARED.search(question)
    if m is None or _THRESHOLD_STATED.search(question):
        return None
    before = question[:m.start()] + " " + (m.group("mid") or "")
    if not (_CHANGE_WORDS.search(before) or re.search(r"\b(?:faster|slower|quicker)\b", m.group("word"), re.I)):
        return None
    subject, other = _years_of(before), _years_of(re.split(r"[?;]", question[m.end():])[0])
    if len(set(subject)) != 1 or not other or subject[0] == other[0] or len(set(other)) != 1:
        return None
    up = 1 if m.group("word").lower() in {"higher", "greater", "larger", "bigger", "more", "faster", "quicker",
                                          "stronger"} else -1
    rate = bool(_RATE.search(question) or re.search(r"\bgr[eo]w\w*|\bfaster|\bslower|\bquicker|\brate\b", question,
                                                     re.I))
    fall = bool(_FALL_WORD.search(before))
    return (up if subject[0] > other[0] else -up), rate, fall


# the change asked in percent outright ("in percentage terms", "in percent", "as a percentage"), whatever else it says
_IN_PERCENT = re.compile(r"\bin\s+(?:percent(?:age)?\s+terms|percent(?:age)?s?\b|%)|\bas\s+a\s+percent(?:age)?\b", re.I)


_SPAN_NOUN = (r"(?:quarter|period|(?:first\s+)?half|(?:three|six|nine|3|6|9)[- ]months?(?:\s+period)?|"
              r"(?:13|26|39|thirteen|twenty-six|thirty-nine)[- ]weeks?(?:\s+period)?|year[- ]to[- ]date(?:\s+period)?)")
_LIKE = r"(?:same|corresponding|comparable|equivalent)\s+(?:fiscal\s+)?"
# the same span a year before the one named, listed as a second period asked: "... for the six months ended December
# 31, 2025 and for the same six months a year earlier", "versus the prior-year quarter", "and the corresponding period
# of the previous year"
_YEAR_EARLIER_SPAN = re.compile(
    rf"\b(?:and|versus|vs\.?|against|with|to)\s+(?:(?:for|in|during|over|of)\s+)?(?:the\s+|its\s+)?(?:"
    rf"{_LIKE}{_SPAN_NOUN}\s+(?:a|one)\s+year\s+(?:earlier|before|ago)|"
    rf"{_LIKE}{_SPAN_NOUN}\s+(?:of|in)\s+the\s+(?:prior|previous|preceding)\s+(?:fiscal\s+)?year|"
    rf"{_LIKE}{_SPAN_NOUN}\s+(?:of\s+)?last\s+year|"
    rf"(?:prior|previous)[- ]year(?:'s)?\s+{_SPAN_NOUN}|year[- ]ago\s+{_SPAN_NOUN})\b", re.I)


def year_earlier_span(question: str) -> bool:
    """Does the question list, beside the span it names, the same span a year earlier as a second period asked ("what
    was its operating margin for the six months ended December 31, 2025 and for the same six months a year
    earlier?")? General rule: such a question asks both spans' figures, each from its own column, so it is answered
    as the change from the year-earlier span to the one named (both figures cited), never with the named span's
    figure alone."""
    return bool(_YEAR_EARLIER_SPAN.search(question))


_TRENDS_ASKED = re.compile(r"\btrend\w*|\bhow\s+(?:did|has|have|does|do)\b|\bwhat\s+happened\b|\bdirection\b", re.I)


# a comparative asked of an amount ("how much less ... than", "how many more", "was lower by") asks the difference
_COMPARATIVE_ASKED = re.compile(r"\bhow\s+(?:much|many)\s+(?:more|less|fewer|higher|lower|greater|smaller|bigger|larger)\b"
                                r"|\b(?:more|less|fewer|higher|lower|greater|smaller|bigger|larger)\s+than\b"
                                r"|\b(?:higher|lower|greater|smaller|bigger|larger|more|less)\s+by\b", re.I)


def levels_asked(question: str) -> bool:
    """Does a question naming two periods ask each period's level and no change ("What was its quick ratio at June
    30, 2026 and at June 30, 2025?", "What were its operating margins for fiscal years 2026 and 2025?"): no change
    word, no comparative, no rate, no trend, no yes/no? Its answer leads with the levels asked; the change between
    them follows. "How much less did it spend in 2025 than in 2024?" asks the difference, never the levels."""
    return not (_CHANGE_WORDS.search(question) or _COMPARATIVE_ASKED.search(question) or _RATE.search(question)
                or _CAGR.search(question) or _TRENDS_ASKED.search(question) or asks_yes_no(question))


def read_asked(question: str, n_periods: int) -> Asked:
    """What the question asks of its figure, given how many distinct periods it names (a change needs two, or
    one with "year-over-year" / a change word, meaning against the period before). A yes/no comparison of one
    measure across two periods by a comparative word ("higher in FY2025 than in FY2023") is a direction
    (``compared_periods``): the verdict from both figures."""
    q = question
    if _CAGR.search(q):
        return Asked("cagr", rate=True)
    changes = compared_changes(q) if asks_yes_no(q) else None
    if changes is not None:
        return Asked("changes", direction=changes[0], rate=changes[1], better=changes[2])
    compared = compared_periods(q) if asks_yes_no(q) else None
    if compared is not None:
        return Asked("direction", direction=compared[0], better=compared[1], rate=bool(_RATE.search(q)))
    change_words = bool(_CHANGE_WORDS.search(q))
    if not change_words and n_periods < 2:
        return Asked("level")
    if is_yes_no(q) and change_words:
        up, down = bool(_RISE.search(q)), bool(_FALL.search(q))
        direction = 1 if up and not down else -1 if down and not up else 0
        return Asked("direction", direction=direction, better=bool(_BETTER.search(q)), rate=bool(_RATE.search(q)))
    if _RATE.search(q) and (not _HOW_MUCH.search(q.replace("how much percent", "")) or _IN_PERCENT.search(q)):
        return Asked("growth", rate=True)  # "How much did it grow, in percentage terms?": the rate is the answer
    if change_words or n_periods >= 2:
        return Asked("change", rate=bool(_RATE.search(q)))
    return Asked("level")


# ---------------------------------------------------------------------------------------- figures computed over several
# A question may ask a figure computed over several stated figures: the average of several periods ("averaging the four
# quarters of 2024", "the average quarterly price in 2024", "the average of A and B") or the gap between two series
# ("the premium of contract over spot prices", "the spread between A and B", "how much more did A cost than B"). One
# stated figure answers it only when its own words state that computation (an average over the asked span, a premium or
# difference): otherwise a quoted figure is one of the inputs, not the answer, and the answer is a computation from
# cited inputs or a decline.
_PERIODS = r"(?:quarters|years|months|halves|periods|seasons|fiscal\s+years|calendar\s+years)"
_COUNT = (r"(?:(?:(?:last|past|previous|prior|preceding)\s+)?(?:two|three|four|five|six|eight|ten|twelve|\d{1,2})|last|past|"
          r"previous|prior|preceding|all(?:\s+the)?)")
_AVERAGE_Q = re.compile(
    rf"\b(?:averag(?:e|es|ed|ing)|mean)\b[^?.;]{{0,60}}?\b(?:the\s+)?{_COUNT}\s+(?:(?:fiscal|calendar|financial)\s+)?"
    rf"{_PERIODS}\b|"
    rf"\b(?:across|over|for)\s+(?:all\s+)?(?:the\s+)?{_COUNT}\s+{_PERIODS}\b[^?.;]{{0,60}}?\b(?:averag\w*|on\s+average|mean)\b|"
    # "average monthly active users", "average monthly subscribers": a count the filer reports by that name, no average
    # to compute
    r"\baverage\s+(?:quarterly|monthly|annual|yearly)\b(?![^?.;]{0,30}\b(?:growth|rate)\b)(?!\s+(?:active\s+|paying\s+|"
    r"unique\s+)?(?:users?|subscribers?|customers?|members?|visitors?|accounts?|players?|uniques)\b)|"
    r"\b(?:the\s+)?(?:average|mean)\s+of\s+(?:the\s+)?[^?.;,]{1,60}?\s+and\s+", re.I)
_GAP_Q = re.compile(
    r"\b(?:premium|spread|gap|differen(?:ce|tial)|discount)\s+(?:of|between|in)\b(?!\s+(?:the\s+)?(?:fiscal\s+|calendar\s+)?"
    r"(?:years?\s+)?(?:FY\s*'?\d+|(?:19|20)\d\d|Q[1-4]|[1-4]Q|first|second|third|fourth|prior|previous)\b)|"
    r"\bhow\s+(?:much|far|many\s+\w+)\s+(?:more|less|higher|lower|cheaper|dearer|above|below|wider|narrower|bigger|"
    r"larger|smaller)\b[^?]{0,120}?\bthan\b(?!\s+(?:in\s+|at\s+|for\s+|during\s+)?(?:the\s+|a\s+)?(?:FY\s*'?\d+|(?:19|20)\d\d|"
    r"Q[1-4]|[1-4]Q|(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half|(?:first\s+)?(?:three|six|nine|3|6|9)"
    r"[- ]months|(?:13|26|39)[- ]weeks|H[12]\b|prior|previous|preceding|last|year\s+(?:before|earlier)|"
    r"(?:a\s+)?year\s+(?:ago|earlier)|same\s+(?:quarter|period)|fiscal|it\s+(?:was|did)|they\s+(?:were|did)|before)\b)",
    re.I)


# "Which Q4 sales figure does the yearly guidance leave once the first three quarters are counted, as implied?": the
# rest of a period a full-year figure and the results so far leave (the outlook less the year to date), computed
_REMAINDER_Q = re.compile(r"\b(?:fourth[- ]quarter|Q4|4Q|second[- ]half|H2|remaining|rest\s+of\s+the\s+year)\b[^?]*"
                          r"\bimpl(?:y|ies|ied)\b|\bimpl(?:y|ies|ied)\b[^?]*\b(?:fourth[- ]quarter|Q4|4Q|second[- ]half|H2|"
                          r"remaining|rest\s+of\s+the\s+year)\b|\bimplied\s+(?:fourth[- ]quarter|Q4|4Q|second[- ]half|H2)\b",
                          re.I)


def asks_computed(question: str) -> str | None:
    """"average" or "gap" when the question asks a figure computed over several stated figures (see above), "remainder"
    when it asks the rest of a period implied by a full-year figure and the results so far (``_REMAINDER_Q``, session 29:
    the nine months' figure quoted is an input, never the implied fourth quarter), else None.
    A change of one measure between two periods ("the difference between 2023 and 2024", "how much higher than a year
    earlier") is not one: it is read as a change."""
    if _AVERAGE_Q.search(question) or _MULTI_YEAR_AVERAGE.search(question):
        return "average"
    if _GAP_Q.search(question):
        return "gap"
    if _REMAINDER_Q.search(question) and re.search(r"\b(?:full[- ]year|annual|yearly|for\s+the\s+(?:full\s+)?year)\b",
                                                    question, re.I):
        return "remainder"  # (implied by a full-year figure: a quarter's own guidance states its figure outright)
    return None


_STATES_AVERAGE = re.compile(r"\b(?:averag\w*|mean)\b", re.I)
_ONE_QUARTER = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\bQ[1-4]\b|\b[1-4]Q\s?'?\d{2}\b|"
                          r"\b" + MONTH + r"\b",
                          re.I)
_STATES_GAP = re.compile(r"\b(?:premium|spread|gap|differen(?:ce|tial)|discount)\b|"
                         r"\b(?:more|less|higher|lower|cheaper|dearer|wider|narrower)\s+than\b|"
                         r"\b(?:times|twice|double|triple|half)\b|\d\s?x\b", re.I)


def states_computed(kind: str, text: str) -> bool:
    """Does a quoted text state the asked computation itself: an average not tied to one quarter or month, or a
    premium / spread / difference / multiple ("about three times the wafer supply of")?"""
    if kind == "average":
        return bool(_STATES_AVERAGE.search(text)) and not _ONE_QUARTER.search(text)
    if kind == "gap":
        return bool(_STATES_GAP.search(text))
    if kind == "remainder":  # a quote stating the implied figure says so ("implying fourth-quarter revenue of ...")
        return bool(re.search(r"\bimpl(?:y|ies|ied|ying)\b", text, re.I))
    return True

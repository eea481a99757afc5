"""Answer metric and calculation questions from the facts table, with the numbers taken from reports by code.

``answer_from_facts`` reads the question for a company, a period and either a metric ("capital expenditure in
FY2018") or a calculation ("gross margin", "YoY change in revenue", "current ratio"), looks the inputs up in the
index's facts, and writes a templated answer whose every number is cited to the exact row it came from. It
returns None whenever it is not sure (no company, no period, an ambiguous metric, a missing input), so the RAG
path can take over.

``facts_table`` gives cross-report rows (one per company and period) for ``mia facts`` and ``Assistant.facts``.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..finance import formulas as calc
from ..finance.formulas import CalcResult, MissingInput, amount, fmt
from ..types import Answer, Citation, DocMeta, Fact, SentenceCheck, Verification
from .checks import is_yes_no


class FactIndex(Protocol):
    def documents(self) -> list[DocMeta]: ...

    def facts(self, metric: str | None = None, company: str | None = None, period: str | None = None,
              fiscal_year: int | None = None, doc_ids: Iterable[str] | None = None,
              label: str | None = None) -> list[Fact]: ...


# question words -> metric (longest phrase wins)
_METRIC_WORDS: dict[str, list[str]] = {
    "revenue": ["total revenues", "total revenue", "net revenues", "net revenue", "revenues", "revenue",
                "net sales", "total net sales", "top line", "sales"],
    "cost_of_revenue": ["cost of goods sold", "cost of sales", "cost of revenue", "cost of revenues", "cogs"],
    "gross_profit": ["gross profit"],
    "operating_income": ["operating income", "operating profit", "income from operations", "ebit"],
    "net_income": ["net income", "net earnings", "net profit", "profit attributable"],
    "income_before_tax": ["income before taxes", "income before income taxes", "pre-tax income", "pretax income"],
    "income_tax_expense": ["income tax expense", "provision for income taxes", "income taxes", "tax expense"],
    "eps_basic": ["basic eps", "basic earnings per share"],
    "eps_diluted": ["diluted eps", "diluted earnings per share", "eps", "earnings per share"],
    "total_assets": ["total assets"],
    "total_current_assets": ["total current assets", "current assets"],
    "total_current_liabilities": ["total current liabilities", "current liabilities"],
    "inventory": ["inventory", "inventories"],
    "accounts_receivable": ["accounts receivable", "receivables"],
    "accounts_payable": ["accounts payable", "payables"],
    "cash_from_operations": ["cash from operations", "cash flow from operations", "operating cash flow",
                             "cash from operating activities", "net cash provided by operating activities",
                             "cash flows from operating activities", "cash flow from operating activities",
                             "cash generated from operating activities", "cash from operating activities"],
    "capital_expenditure": ["capital expenditure", "capital expenditures", "capex", "capital spending",
                            "purchases of property, plant and equipment", "purchases of pp&e", "additions to pp&e"],
    "depreciation_amortization": ["depreciation and amortization", "d&a", "depreciation & amortization"],
    "dividends_paid": ["dividends paid", "cash dividends", "dividend payments", "paid dividends", "pay dividends",
                       "paid a dividend", "pay a dividend"],
    "long_term_debt": ["long-term debt", "long term debt"],
    "total_debt": ["total debt"],
    "shares_outstanding": ["shares outstanding"],
    "interest_expense": ["interest expense"],
    "restructuring_costs": ["restructuring costs", "restructuring charges", "restructuring expenses",
                            "restructuring and impairment charges"],
    "total_equity": ["total equity", "shareholders' equity", "stockholders' equity", "shareholders equity",
                     "stockholders equity"],
    "cash_and_equivalents": ["cash and cash equivalents", "cash & equivalents"],
    "net_ppe": ["net pp&e", "net property, plant and equipment", "property, plant and equipment, net",
                "net property and equipment", "net ppne", "ppne", "net ppe", "pp&e"],
    "research_and_development": ["research and development", "r&d"],
    "sga": ["selling, general and administrative", "sg&a"],
}

_CALC_WORDS: dict[str, list[str]] = {
    "gross_margin": ["gross margin", "gross profit margin"],
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
    "roa": ["return on assets", "roa"],
    "dpo": ["days payable outstanding", "dpo"],
    "dso": ["days sales outstanding", "dso"],
    "dio": ["days inventory outstanding", "dio", "days of inventory"],
    "effective_tax_rate": ["effective tax rate"],
    "payout_ratio": ["payout ratio", "dividend payout"],
    "fixed_asset_ratio": ["fixed asset ratio", "fixed-asset ratio"],
    "free_cash_flow": ["free cash flow", "fcf"],
    "fcf_conversion": ["free cash flow conversion", "free cashflow conversion", "fcf conversion",
                       "cash conversion ratio"],
}
_SHARE_OF_REVENUE = re.compile(r"(?:as|a)\s+(?:a\s+)?(?:%|percent(?:age)?|share|proportion|ratio|fraction)\s+of\s+"
                               r"(?:total\s+|net\s+)?(?:revenues?|sales)", re.I)
_GROWTH = re.compile(r"\b(?:yoy|y/y|year[- ]over[- ]year|growth|grow|grew|change|increase|decrease|decline)\b", re.I)
_CAGR = re.compile(r"\bcagr\b|compound(?:ed)? annual growth", re.I)

_TITLES = {
    "revenue": "revenue", "cost_of_revenue": "cost of revenue", "gross_profit": "gross profit",
    "operating_income": "operating income", "net_income": "net income", "income_before_tax": "income before tax",
    "income_tax_expense": "income tax expense", "eps_basic": "basic EPS", "eps_diluted": "diluted EPS",
    "total_assets": "total assets", "total_current_assets": "total current assets",
    "total_current_liabilities": "total current liabilities", "inventory": "inventory",
    "accounts_receivable": "accounts receivable", "accounts_payable": "accounts payable",
    "cash_from_operations": "cash from operations", "capital_expenditure": "capital expenditure",
    "depreciation_amortization": "depreciation and amortisation", "dividends_paid": "dividends paid",
    "long_term_debt": "long-term debt", "total_debt": "total debt", "shares_outstanding": "shares outstanding",
    "interest_expense": "interest expense", "total_equity": "total equity",
    "restructuring_costs": "restructuring costs",
    "cash_and_equivalents": "cash and cash equivalents", "net_ppe": "net PP&E",
    "research_and_development": "R&D expense", "sga": "SG&A expense", "current_debt": "current debt",
}

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


# ----------------------------------------------------------------------------------------------------------------
# reading the question


def _alnum(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def resolve_company(question: str, docs: Sequence[DocMeta], filters: Any = None) -> tuple[str, list[DocMeta]] | None:
    """The one company the question (or the filters) names, and its documents. Documents that share a name are
    one company (``retrieve.company_groups``), whatever their covers call it."""
    from ..retrieve.retriever import company_groups, company_matches, companies_in

    wanted = list(getattr(filters, "companies", None) or [])
    stems = [d.lower() for d in (getattr(filters, "docs", None) or [])]
    if stems:
        docs = [d for d in docs if d.doc.lower() in stems]
    if wanted:
        groups = [g for g in company_groups(docs).values() if any(company_matches(d, w) for d in g for w in wanted)]
    else:
        groups = list(companies_in(question, docs).values())
    if len(groups) != 1 and stems:
        groups = list(company_groups(docs).values())
    if len(groups) != 1:
        return None
    return _display_name(groups[0]), groups[0]


def _display_name(docs: Sequence[DocMeta]) -> str:
    """The name the newest document uses (a company's current name), else the company part of a file name."""
    names = [d.company for d in sorted(docs, key=lambda d: -(d.fiscal_year or 0)) if d.company]
    from ..retrieve.retriever import stem_company_part

    return names[0] if names else stem_company_part(docs[0].doc) or docs[0].doc


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def resolve_period(question: str) -> tuple[str | None, tuple[int, ...]]:
    """("FY2018" | "Q2 2023" | None, years mentioned in order)."""
    q = question
    m = (re.search(r"\bQ([1-4])\s*(?:of\s+)?(?:FY|fiscal(?:\s+year)?)?\s*'?(20\d{2}|\d{2})\b", q, re.I)
         or re.search(r"\b([1-4])Q\s*'?(20\d{2}|\d{2})\b", q, re.I))
    if m:
        y = int(m.group(2)) if len(m.group(2)) == 4 else 2000 + int(m.group(2))
        return f"Q{m.group(1)} {y}", (y,)
    m = re.search(r"\b(20\d{2})\s*Q([1-4])\b", q, re.I)
    if m:
        return f"Q{m.group(2)} {m.group(1)}", (int(m.group(1)),)
    m = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarter\s+(?:of\s+)?(?:fiscal\s+)?"
                  r"(?:year\s+)?(20\d{2})\b", q, re.I)
    if m:
        return f"Q{_QUARTER_WORDS[m.group(1).lower()]} {m.group(2)}", (int(m.group(2)),)
    years: list[int] = []
    for ym in re.finditer(r"\bFY\s*'?(\d{4}|\d{2})\b|\b((?:19|20)\d{2})\b", q, re.I):
        raw = ym.group(1) or ym.group(2)
        y = int(raw) if len(raw) == 4 else 2000 + int(raw)
        if y not in years:
            years.append(y)
    if not years:
        return None, ()
    return f"FY{max(years)}", tuple(years)


def _find_phrases(question: str, table: dict[str, list[str]]) -> list[str]:
    q = " " + re.sub(r"\s+", " ", question.lower().replace("’", "'")) + " "
    found: list[tuple[int, int, str]] = []
    for name, phrases in table.items():
        for p in phrases:
            for m in re.finditer(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", q):
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
    r"\b(?:why|what\s+drove|drivers?|explain\w*|which|improv\w*|declin\w*|trend\w*|exclud\w*|events?|"
    r"compar\w*|profile|useful|intensive|bankrupt\w*|healthy|sustainabl\w*|outlook|guidance|segments?|"
    r"geograph\w*|regions?)\b",
    re.I,
)
_MULTI_YEAR_AVERAGE = re.compile(r"\b(\d+|two|three|four|five)[\s-]*years?\s+average\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
_PCT_MARGIN = re.compile(r"%\s*margin\b|\bpercent(?:age)?\s+margin\b", re.I)
# a plain lookup cannot answer a question that asks for a ratio, a margin or a share it did not compute
_DERIVED = re.compile(r"\bratio\b|\bmargin\b|%\s*of\b|\bpercent(?:age)?\s+of\b|\baverage\b|\bper\s+share\b", re.I)
# a calculation whose phrase sits inside another's definition ("define unadjusted EBITDA as ...")
_PART_OF = {"ebitda": {"ebitda_margin", "ebitda_less_capex"},
            "dio": {"cash_conversion_cycle"}, "dso": {"cash_conversion_cycle"}, "dpo": {"cash_conversion_cycle"}}


_UP = re.compile(r"\b(?:grow|grew|increase[sd]?|rise|rose|go up|went up|improve[sd]?)\b", re.I)
_DOWN = re.compile(r"\b(?:shrink|shrank|decrease[sd]?|drop(?:ped)?|fall|fell|go down|went down|reduce[sd]?)\b", re.I)


_PAYMENTS = {"dividends_paid", "share_repurchases"}  # "has it paid ...?" is answered by a payment on record


def _direction(question: str) -> int:
    """+1 / -1 for a yes/no question about a rise / a fall ("Did Pfizer grow its PP&E?"), else 0."""
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
    raw = m.group(1).lower()
    n = _NUMBER_WORDS.get(raw) or int(raw)
    lo, hi = (min(years), max(years)) if len(years) >= 2 else (max(years) - n + 1, max(years))
    span = tuple(range(lo, hi + 1))
    return span if len(span) == n else None


# "Does Adobe have an improving operating margin profile?", "Has the quick ratio improved or declined?", "Does
# American Water Works have positive working capital?": a ratio compared with the year before, or its sign
_TREND = re.compile(r"\bimprov\w*|\bdeclin\w*|\bdeteriorat\w*|\bpositive\b|\bnegative\b", re.I)
_EXPLAIN = re.compile(r"\bwhy\b|\bwhat\s+drove\b|\bdrivers?\b|\bexplain\w*|\bconsistent\b|\bhistorically\b", re.I)
# the benchmark's rider "If X is not a useful metric for a company like this, then state that and explain why."
# (the metric is computed and shown; whether it suits the company is left to the reader)
_CAVEAT = re.compile(r"\bif\b[^.?]*\b(?:is|are)\s+not\b[^.?]*\bthen\b[^.?]*[.?]", re.I)
_HIGHER_IS_BETTER = {"gross_margin", "operating_margin", "net_margin", "ebitda_margin", "current_ratio",
                     "quick_ratio", "roa", "asset_turnover", "fixed_asset_turnover", "inventory_turnover",
                     "operating_cash_flow_ratio", "fcf_conversion"}


# "Among operations, investing, and financing activities, which brought in the most cash flow?"
_CF_SECTIONS = re.compile(r"\boperat\w*\b.*\binvest\w*\b.*\bfinanc\w*\b", re.I | re.S)
_MOST = re.compile(r"\b(?:which|most|least|largest|highest|biggest)\b", re.I)
_SECTIONS = (("operating", "cash_from_operations"), ("investing", "cash_from_investing"),
             ("financing", "cash_from_financing"))


def _subject(question: str, docs: Sequence[DocMeta], filters: Any) -> dict[str, Any] | None:
    """The company, its documents and the period the question names, as Request fields; None if any is unclear."""
    company = resolve_company(question, docs, filters)
    period, years = resolve_period(question)
    if company is None or period is None:
        return None
    name, cdocs = company
    return dict(company=name, doc_ids=tuple(d.doc_id for d in cdocs), years=years, period=period)


def _calcs_in(question: str) -> list[str]:
    """Calculations the question names, without one that only appears inside another's definition."""
    calcs = _find_phrases(question, _CALC_WORDS)
    return [c for c in calcs if not _PART_OF.get(c, set()) & set(calcs)]


def _read_sections(question: str, docs: Sequence[DocMeta], filters: Any) -> Request | None:
    base = _subject(question, docs, filters)
    if base is None or len(base["years"]) > 1:
        return None
    return Request(**base, calculation="cash_flow_sections")


def _sections_answer(question: str, index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> Answer | None:
    """The three cash-flow totals of the period, largest first: which section brought in the most."""
    picks = [(word, pick_fact(index, metric, req.company, req.period, req.doc_ids, docs)) for word, metric in _SECTIONS]
    if any(p is None for _, p in picks):
        return None
    ranked = sorted(((w, p) for w, p in picks if p is not None), key=lambda wp: -wp[1].fact.absolute)
    facts = [p.fact for _, p in ranked]
    word, top = ranked[0][0], facts[0]
    verb = "brought in the most cash" if top.absolute > 0 else "lost the least cash"
    sentences = [(f"{word.capitalize()} activities {verb} for {req.company} in {req.period}: "
                  f"{_value_text(top, req.scale, req.scale_word, magnitude=False)} [1].", (1,))]
    for i, ((w, _), f) in enumerate(zip(ranked[1:], facts[1:]), 2):
        sentences.append((f"{w.capitalize()} activities: {_value_text(f, req.scale, req.scale_word, magnitude=False)} "
                          f"[{i}].", (i,)))
    notes, others = _conflict_notes([p for _, p in ranked], len(facts) + 1)
    return _answer(question, sentences + notes, [*facts, *others], "facts", "cash flow")


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


_ADJUSTED = re.compile(r"\badjusted\b|\bnon[- ]?gaap\b|\bpro[- ]forma\b|\borganic\b", re.I)


def read_question(question: str, docs: Sequence[DocMeta], filters: Any = None) -> Request | None:
    """The company, period and metric or calculation a question asks about; None when any is unclear.
    Adjusted (non-GAAP) figures are the company's own definitions, not statement rows: left to the passages."""
    if _ADJUSTED.search(question):
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
    period, years = resolve_period(question)
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
    metrics = [m for m in _find_phrases(question, _METRIC_WORDS) if m]
    base = dict(company=name, doc_ids=tuple(d.doc_id for d in cdocs), years=years, period=period, scale=scale,
                scale_word=word)
    averaged: tuple[int, ...] = ()
    if _MULTI_YEAR_AVERAGE.search(question):
        span = _average_years(question, years)
        if span is None or not period.startswith("FY"):
            return None
        averaged = span
        base.update(period=f"FY{span[-1]}", average_years=span)
    items = [m for m in metrics if m != "revenue"]
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
    if len(years) > 1 or _DERIVED.search(question):
        return None
    paid = is_yes_no(question) and metrics[0] in _PAYMENTS
    return Request(**base, metric=metrics[0], paid=paid)


# ----------------------------------------------------------------------------------------------------------------
# looking facts up


@dataclass(frozen=True)
class Pick:
    fact: Fact
    note: str = ""  # said in the answer when sources disagree
    conflict: bool = False
    others: tuple[Fact, ...] = ()  # the disagreeing facts, cited beside the chosen one


def _doc_order(docs: dict[str, DocMeta], doc_id: str) -> tuple:
    d = docs.get(doc_id)
    if d is None:
        return (0, "", "")
    return (d.fiscal_year or 0, d.date or "", d.period or "")


_STATEMENT = re.compile(  # a statement's title line: "Consolidated Statement of Cash Flows", "CONSOLIDATED BALANCE SHEETS"
    r"^\s*(?:condensed\s+)?consolidated\s+(?:statements?\s+of\b|balance\s+sheets?\b)(?![^\n]*\b(?:data|highlights)\b)",
    re.I | re.M,
)  # "Consolidated Statements of Operations Data" heads a discussion table (with percentage columns), not a statement


_statement_pages: "weakref.WeakKeyDictionary[Any, dict[tuple[str, int], bool]]" = weakref.WeakKeyDictionary()


def is_statement_page(index: Any, doc_id: str, page: int) -> bool:
    """Is this page a primary financial statement (what an analyst would cite)? Decided once per page of an
    index (an index generation never changes), since fact picking and retrieval hints ask about the same pages
    for every question."""
    try:
        known = _statement_pages.setdefault(index, {})
    except TypeError:  # an index that cannot be weakly referenced: no memo
        known = {}
    key = (doc_id, int(page))
    if key not in known:
        page_text = getattr(index, "page_text", None)
        text = page_text(doc_id, page) if page_text else None
        known[key] = bool(text and _STATEMENT.search(text[:400]))
    return known[key]


def _on_statement_page(index: Any, f: Fact) -> bool:
    return is_statement_page(index, f.doc_id, f.page)


def _majority(facts: Sequence[Fact], index: Any = None) -> Fact:
    """The row a document's primary statements give (a segment's or a note's figure may repeat more often in
    the discussion); without one, the value the document states most often (totals repeat across sections),
    ties to the larger amount. Of the rows stating it, a table row wins, then the earliest."""
    on_statement = [f for f in facts if f.kind == "table" and _on_statement_page(index, f)]
    facts = on_statement or list(facts)
    groups: dict[float, list[Fact]] = defaultdict(list)
    for f in facts:
        groups[round(f.absolute, 6)].append(f)
    best = max(groups.values(), key=lambda g: (len(g), abs(g[0].absolute), -g[0].page))
    return min(best, key=lambda f: (f.kind != "table", not _on_statement_page(index, f), f.page))


def pick_fact(index: FactIndex, metric: str, company: str, period: str, doc_ids: Sequence[str],
              docs: dict[str, DocMeta]) -> Pick | None:
    # the company's documents were chosen already; their facts may carry differently written names
    facts = [f for f in index.facts(metric=metric, period=period, doc_ids=list(doc_ids)) if f.period == period]
    if not facts:
        return None
    by_doc: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        by_doc[f.doc_id].append(f)
    per_doc = {d: _majority(fs, index) for d, fs in by_doc.items()}
    values = {round(f.absolute, 6) for f in per_doc.values()}
    year = int(re.findall(r"\d{4}", period)[0])

    def authority(doc_id: str) -> tuple:
        """The period's own report first (the FY2022 10-K for FY2022), then annual reports for annual
        figures (an earnings release's columns are easily misread), then the newest filing."""
        d = docs.get(doc_id)
        own = d is not None and d.fiscal_year == year and (
            period.startswith("FY") or (d.period or "").upper().startswith(period.split()[0]))
        annual = d is not None and period.startswith("FY") and _alnum(d.doc_type or "") == "10k"
        return (own, annual, _doc_order(docs, doc_id))

    best = max(per_doc, key=authority)
    chosen = per_doc[best]
    if len(values) == 1:
        return Pick(chosen)
    others = [f for d, f in per_doc.items() if d != best and round(f.absolute, 6) != round(chosen.absolute, 6)]
    note = "; ".join(f"{o.doc} reports {fmt(o.value)} on page {o.page}" for o in others)
    why = "the report for that period" if authority(best)[0] else "the newest filing"
    return Pick(chosen, note=f"Sources disagree ({note}); this uses {why}, {chosen.doc}.",
                conflict=True, others=tuple(others))


def _prev_period(period: str, years_back: int = 1) -> str:
    m = re.match(r"(FY|Q[1-4] |\dM )(\d{4})$", period)
    if not m:
        raise ValueError(period)
    return f"{m.group(1)}{int(m.group(2)) - years_back}"


# ----------------------------------------------------------------------------------------------------------------
# writing the answer


def _value_text(f: Fact, scale: float | None, word: str, magnitude: bool = True) -> str:
    v = amount(f) if magnitude else f.absolute
    if f.unit == "%":
        return f"{f.value:,.1f}%"
    if f.unit.endswith("/share"):
        return f"${v:,.2f} per share"
    if f.unit == "shares":
        s, w = (scale, word) if scale else (f.scale or 1.0, calc.SCALE_WORDS.get(f.scale, ""))
        return f"{v / s:,.1f} {w} shares".replace("  ", " ")
    s = scale or f.scale or 1.0
    w = word if scale else calc.SCALE_WORDS.get(s, "")
    num = v / s
    text = f"{num:,.0f}" if float(num).is_integer() else f"{num:,.2f}" if abs(num) < 100 else f"{num:,.1f}"
    sym = "$" if (f.currency or f.unit) == "USD" else ""
    neg = text.startswith("-")
    return f"{'-' if neg else ''}{sym}{text.lstrip('-')}{(' ' + w) if w else ''}"


def _citation(n: int, f: Fact) -> Citation:
    return Citation(n=n, doc=f.doc, source=f.source, page=f.page, quote=f.quote, score=1.0)


def _possessive(company: str) -> str:
    return f"{company}'" if company.endswith("s") else f"{company}'s"


def _answer(question: str, sentences: list[tuple[str, tuple[int, ...]]], facts: list[Fact], mode: str,
            subject: str) -> Answer:
    text = " ".join(s for s, _ in sentences)
    checks = tuple(SentenceCheck(text=s, citations=c, supported=True) for s, c in sentences)
    return Answer(question=question, text=text, citations=[_citation(i + 1, f) for i, f in enumerate(facts)],
                  verification=Verification(supported=True, sentences=checks), mode=mode, subject=subject)


def _conflict_notes(picks: Sequence[Pick | None], first_n: int) -> tuple[list[tuple[str, tuple[int, ...]]], list[Fact]]:
    """Sentences saying which sources disagree, each disagreeing figure cited so its number can be checked."""
    sentences: list[tuple[str, tuple[int, ...]]] = []
    facts: list[Fact] = []
    for p in picks:
        if p is None or not p.others:
            continue
        for o in p.others:
            facts.append(o)
            n = first_n + len(facts) - 1
            sentences.append((f"Sources disagree: {o.doc} reports \"{o.label}\" as {fmt(o.value)} [{n}], "
                              "which this answer does not use.", (n,)))
    return sentences, facts


def _metric_answer(question: str, req: Request, pick: Pick) -> Answer | None:
    f = pick.fact
    title = _TITLES.get(f.metric or "", (f.metric or f.label).replace("_", " "))
    value = _value_text(f, req.scale, req.scale_word)
    sent = f"{_possessive(req.company)} {title} for {req.period} was {value} [1]."
    if req.paid:
        if f.value == 0:
            return None  # a zero row may be a column of dashes; "no" is not claimed from it
        sent = f"Yes: {sent}"
    sentences = [(sent, (1,))]
    detail = f"Reported as \"{f.label}\""  # the citation carries the document and page
    if f.metric in calc.MAGNITUDE_METRICS and f.value < 0:
        detail += f" (printed as {fmt(abs(f.value))} in parentheses: an outflow or cost)"
    sentences.append((detail + " [1].", (1,)))
    notes, others = _conflict_notes([pick], 2)
    return _answer(question, sentences + notes, [f, *others], "facts", title)


def _input_sentences(inputs: Sequence[Fact]) -> list[tuple[str, tuple[int, ...]]]:
    """One sentence per input, in the row's own words, so each figure is checked against its own row."""
    return [(f"Input: \"{f.label}\", {f.period}: {_value_text(f, None, '')} [{i + 1}].", (i + 1,))
            for i, f in enumerate(inputs)]


def _calc_answer(question: str, req: Request, title: str, r: CalcResult, picks: Sequence[Pick | None] = ()) -> Answer:
    markers = "".join(f"[{i + 1}]" for i in range(len(r.inputs)))
    if r.unit == "USD":
        scale = req.scale or r.inputs[0].scale or 1.0
        word = req.scale_word or calc.SCALE_WORDS.get(scale, "")
        sign = "-" if r.value < 0 else ""
        shown = f"{sign}${abs(r.value) / scale:,.1f}{(' ' + word) if word else ''}"
    else:
        shown = fmt(r.value, r.unit)
    when = "" if "(" in title else f" for {req.period}"
    head = f"{_possessive(req.company)} {title}{when} was {shown} {markers}."
    if req.direction and r.value != 0:
        head = f"{'Yes' if (r.value > 0) == (req.direction > 0) else 'No'}: {head}"
    name = re.sub(r"\s*\([^)]*\)$", "", title)  # "revenue CAGR (FY2020 to FY2022)" -> "revenue CAGR"
    how = f"Formula: {name} = {r.formula}; {r.expression} {markers}."
    if r.definition:
        how += f" Uses {r.definition}."
    all_n = tuple(range(1, len(r.inputs) + 1))
    sentences = [(head, all_n), (how, all_n)]
    sentences += _input_sentences(r.inputs)
    notes, others = _conflict_notes(picks, len(r.inputs) + 1)
    return _answer(question, sentences + notes, [*r.inputs, *others], "calc", title)


def _run_calc(index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> tuple[str, CalcResult, list[str]] | None:
    def get(metric: str, period: str) -> Pick | None:
        return pick_fact(index, metric, req.company, period, req.doc_ids, docs)

    def fact(p: Pick | None) -> Fact | None:
        return p.fact if p else None

    notes: list[Pick] = []
    try:
        if req.calculation in ("yoy_growth", "cagr"):
            assert req.metric is not None
            if req.calculation == "cagr":
                start_p = f"FY{min(req.years)}" if req.period.startswith("FY") else _prev_period(req.period)
                start, end = get(req.metric, start_p), get(req.metric, req.period)
                result = calc.cagr(fact(start), fact(end))
                title = f"{_TITLES.get(req.metric, req.metric)} CAGR ({start_p} to {req.period})"
            else:
                prev_p = (f"FY{min(req.years)}" if len(req.years) == 2 and req.period.startswith("FY")
                          else _prev_period(req.period))
                start, end = get(req.metric, prev_p), get(req.metric, req.period)
                result = calc.yoy_growth(fact(end), fact(start))
                title = f"change in {_TITLES.get(req.metric, req.metric)} ({prev_p} to {req.period})"
            notes = [p for p in (start, end) if p and p.others]
            return title, result, notes
        if req.calculation == "debt_to_equity":
            total = get("total_debt", req.period)
            parts = [total] if total else [get("long_term_debt", req.period), get("current_debt", req.period)]
            debt = [p.fact for p in parts if p]
            eq = get("total_equity", req.period)
            result = calc.debt_to_equity(debt, fact(eq))
            if not total:
                result = CalcResult(result.name, result.value, result.unit, "(long-term debt + current debt) / total "
                                    "equity", result.expression, result.inputs, definition="debt = the debt lines found")
            return "debt-to-equity ratio", result, notes
        recipe = calc.RECIPES.get(req.calculation or "")
        if req.calculation == "share_of_revenue" and req.metric:
            title = f"{_TITLES.get(req.metric, req.metric.replace('_', ' '))} as a share of revenue"
            recipe = calc.Recipe("share_of_revenue", title, ((req.metric, "cur", False), ("revenue", "cur", False)),
                                 calc.share_of_revenue, "%")
        if recipe is None:
            return None

        def once(period: str) -> tuple[CalcResult, list[Pick]]:
            picks = [get(metric, period if when == "cur" else _prev_period(period))
                     for metric, when, _ in recipe.inputs]
            for (metric, when, optional), p in zip(recipe.inputs, picks):
                if p is None and not optional and recipe.name != "gross_margin":
                    raise MissingInput(recipe.title, [f"{_TITLES.get(metric, metric)} ({when})"])
            return recipe.run(*[fact(p) for p in picks]), [p for p in picks if p and p.others]

        if req.average_years:
            periods = [f"FY{y}" for y in req.average_years]
            runs = [once(p) for p in periods]
            result = calc.mean_of([r for r, _ in runs], periods)
            title = f"{len(periods)}-year average {recipe.title} ({periods[0]} to {periods[-1]})"
            return title, result, [p for _, ps in runs for p in ps]
        result, notes = once(req.period)
        return recipe.title, result, notes
    except MissingInput:
        return None


def _trend_answer(question: str, index: FactIndex, req: Request, docs: dict[str, DocMeta]) -> Answer | None:
    """The calculation for the period and the one before (or the two years named), and which way it moved."""
    from dataclasses import replace

    cur = req.period
    prev = f"FY{min(req.years)}" if len(req.years) == 2 else _prev_period(cur)
    now, before = _run_calc(index, req, docs), _run_calc(index, replace(req, period=prev), docs)
    if now is None or before is None:
        return None
    title, r_now, notes = now
    _, r_before, notes_before = before
    if r_now.value == r_before.value:
        return None
    up = r_now.value > r_before.value
    inputs = list(dict.fromkeys([*r_now.inputs, *r_before.inputs]))
    markers = "".join(f"[{i + 1}]" for i in range(len(inputs)))
    verb = "improved" if up else "declined"
    head = (f"{_possessive(req.company)} {title} {verb} from {fmt(r_before.value, r_before.unit)} in {prev} "
            f"to {fmt(r_now.value, r_now.unit)} in {cur} {markers}.")
    if is_yes_no(question) and not re.search(r"\bor\b", question, re.I):
        head = f"{'Yes' if up else 'No'}: {head}"
    how = (f"Formula: {title} = {r_now.formula}; {cur}: {r_now.expression}; {prev}: {r_before.expression} "
           f"{markers}.")
    all_n = tuple(range(1, len(inputs) + 1))
    sentences = [(head, all_n), (how, all_n)]
    sentences += _input_sentences(inputs)
    extra, others = _conflict_notes([*notes, *notes_before], len(inputs) + 1)
    return _answer(question, sentences + extra, [*inputs, *others], "calc", title)


def answer_from_facts(question: str, index: FactIndex, filters: Any = None) -> Answer | None:
    """A cited answer computed from extracted facts, or None to let the RAG path answer."""
    docs = index.documents()
    req = read_question(question, docs, filters)
    if req is None:
        return None
    by_id = {d.doc_id: d for d in docs}
    if req.trend:
        return _trend_answer(question, index, req, by_id)
    if req.calculation == "cash_flow_sections":
        return _sections_answer(question, index, req, by_id)
    if req.calculation:
        out = _run_calc(index, req, by_id)
        if out is None:
            return None
        title, result, notes = out
        return _calc_answer(question, req, title, result, notes)
    assert req.metric is not None
    pick = pick_fact(index, req.metric, req.company, req.period, req.doc_ids, by_id)
    if pick is None:
        return None
    return _metric_answer(question, req, pick)


# ----------------------------------------------------------------------------------------------------------------
# cross-report table


def facts_table(index: FactIndex, metric: str, companies: Sequence[str] | None = None,
                periods: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One row per company and period for ``metric`` (a metric name, or a label as written when unmapped)."""
    from ..finance.extract import normalise_metric

    docs = {d.doc_id: d for d in index.documents()}
    name = metric if metric in _TITLES or metric in {n for n, _ in _iter_metric_names()} else normalise_metric(metric)
    facts = index.facts(metric=name) if name else index.facts(label=metric)
    want_c = {c.lower() for c in companies} if companies else None
    want_p = {p.upper() for p in periods} if periods else None
    groups: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if want_c is not None and (f.company or "").lower() not in want_c:
            continue
        if want_p is not None and (f.period or "").upper() not in want_p:
            continue
        groups[(f.company or "", f.period or "")].append(f)
    rows: list[dict[str, Any]] = []
    for (company, period), fs in sorted(groups.items()):
        if name:
            pick = pick_fact(_ListIndex(fs, list(docs.values()), index), name, company, period,
                             sorted({f.doc_id for f in fs}), docs)
            if pick is None:
                continue
            f, conflict = pick.fact, pick.conflict
        else:
            f, conflict = _majority(fs), len({round(x.absolute, 6) for x in fs}) > 1
        rows.append({"company": company, "period": period, "value": f.value, "scale": f.scale, "unit": f.unit,
                     "amount": f.absolute, "label": f.label, "metric": f.metric, "doc": f.doc, "page": f.page,
                     "quote": f.quote, "conflict": conflict})
    return rows


def _iter_metric_names() -> list[tuple[str, None]]:
    from ..finance.extract import _METRICS

    return [(n, None) for n, _ in _METRICS]


class _ListIndex:
    """The FactIndex view of a list of facts (used to reuse ``pick_fact`` on rows already fetched)."""

    def __init__(self, facts: list[Fact], docs: list[DocMeta], source: Any = None):
        self._facts, self._docs, self._source = facts, docs, source

    def documents(self) -> list[DocMeta]:
        return self._docs

    def page_text(self, doc_id: str, page: int) -> str | None:
        """Page text from the real index, so statement pages are preferred here as in answers."""
        page_text = getattr(self._source, "page_text", None)
        return page_text(doc_id, page) if page_text else None

    def facts(self, metric=None, company=None, period=None, fiscal_year=None, doc_ids=None, label=None):
        ids = set(doc_ids) if doc_ids is not None else None
        return [f for f in self._facts if (metric is None or f.metric == metric)
                and (company is None or f.company == company) and (period is None or f.period == period)
                and (ids is None or f.doc_id in ids)]


# ----------------------------------------------------------------------------------------------------------------
# statement pages a question points at (a retrieval hint)

# Words that name a whole statement, or a concept read from one, -> the metrics whose rows it holds.
_CONCEPT_WORDS: dict[str, list[str]] = {
    "balance sheet": ["total_assets", "total_current_assets", "total_current_liabilities"],
    "statement of financial position": ["total_assets", "total_current_assets", "total_current_liabilities"],
    "income statement": ["revenue", "operating_income", "net_income"],
    "statement of operations": ["revenue", "operating_income", "net_income"],
    "statement of income": ["revenue", "operating_income", "net_income"],
    "p&l": ["revenue", "operating_income", "net_income"],
    "cash flow statement": ["cash_from_operations", "capital_expenditure"],
    "statement of cash flows": ["cash_from_operations", "capital_expenditure"],
    "operating activities": ["cash_from_operations"],
    "investing activities": ["capital_expenditure"],
    "financing activities": ["dividends_paid"],
    "working capital": ["total_current_assets", "total_current_liabilities"],
    "capital-intensive": ["net_ppe", "total_assets"],
    "capital intensive": ["net_ppe", "total_assets"],
    "liquidity": ["total_current_assets", "total_current_liabilities", "cash_and_equivalents"],
    "ppne": ["net_ppe"],
    "pp&e": ["net_ppe"],
    "debt_to_equity": ["total_debt", "total_equity"],
}
MAX_HINT_PAGES = 4


def question_metrics(question: str) -> list[str]:
    """Every metric a question needs: those it names, the inputs of a calculation it names, and the rows
    behind statement words ("balance sheet", "working capital")."""
    found = [m for m in _find_phrases(question, _METRIC_WORDS) if m]
    for name in _find_phrases(question, _CALC_WORDS):
        recipe = calc.RECIPES.get(name)
        found += [m for m, _, _ in recipe.inputs] if recipe else _CONCEPT_WORDS.get(name, [])
    for words in _find_phrases(question, {k: [k] for k in _CONCEPT_WORDS}):
        found += _CONCEPT_WORDS[words]
    return list(dict.fromkeys(found))


def metric_pages(question: str, index: Any, doc_ids: Sequence[str],
                 preferred: Iterable[str] = ()) -> dict[tuple[str, int], float]:
    """Pages of ``doc_ids`` whose table rows hold the metrics the question needs, weighted 0..1: the share of
    those metrics a page holds, halved off a primary statement page and off the preferred (period) documents.
    The best ``MAX_HINT_PAGES``; empty when the question names no metric."""
    metrics = question_metrics(question)
    if not metrics or not doc_ids:
        return {}
    on_page: dict[tuple[str, int], set[str]] = defaultdict(set)
    for metric in metrics:
        for f in index.facts(metric=metric, doc_ids=list(doc_ids)):
            if f.kind == "table":
                on_page[(f.doc_id, f.page)].add(metric)
    preferred = set(preferred)
    weights: dict[tuple[str, int], float] = {}
    for (doc_id, page), held in on_page.items():
        w = len(held) / len(metrics)
        w *= 1.0 if is_statement_page(index, doc_id, page) else 0.5
        w *= 1.0 if (not preferred or doc_id in preferred) else 0.5
        weights[(doc_id, page)] = w
    best = sorted(weights, key=lambda k: (-weights[k], k))[:MAX_HINT_PAGES]
    return {k: weights[k] for k in best}

"""Metrics that do not apply to a company, read from how its own statements are built.

A bank's income statement has net interest income and a provision for credit losses, no cost of sales and no
operating income; its balance sheet has deposits and is not split into current and non-current items. An
insurer's revenue is premiums earned, its costs are losses and loss adjustment expenses. For such a company a
gross margin, an operating margin or a current or quick ratio is not a useful metric: ``not_useful`` says why, and
which statement rows show it, instead of a number computed from rows that mean something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..types import Fact
from .statements import is_statement

# the rows that show each business model (registry metric names)
_BANK = ("net_interest_income", "provision_for_credit_losses", "deposits")
# what a bank's income statement shows instead of a cost of sales or an operating income line: the rows cited,
# with their amounts, beside the reason (net interest income, the provision, fee income and expenses)
_BANK_EARNINGS = ("net_interest_income", "provision_for_credit_losses", "noninterest_income", "noninterest_expense",
                  "income_before_tax")
_INSURER = ("premiums_earned", "insurance_losses")

# calculations (formulas recipes and metrics) that need a classified balance sheet / a cost of goods / an
# operating income line
_NEEDS_CURRENT = {"current_ratio", "quick_ratio", "net_working_capital", "operating_cash_flow_ratio",
                  "total_current_assets", "total_current_liabilities", "cash_conversion_cycle"}
_NEEDS_COGS = {"gross_margin", "gross_profit", "cost_of_revenue", "inventory_turnover", "dio", "dpo"}
_NEEDS_OPERATING = {"operating_margin", "operating_income", "ebitda", "ebitda_margin", "ebitda_less_capex"}

# every calculation or metric ``not_useful`` may judge
JUDGED = frozenset(_NEEDS_CURRENT | _NEEDS_COGS | _NEEDS_OPERATING)

_TITLES = {"current_ratio": "current ratio", "quick_ratio": "quick ratio", "net_working_capital": "working capital",
           "operating_cash_flow_ratio": "operating cash flow ratio", "cash_conversion_cycle": "cash conversion cycle",
           "total_current_assets": "current assets", "total_current_liabilities": "current liabilities",
           "gross_margin": "gross margin", "gross_profit": "gross profit", "cost_of_revenue": "cost of revenue",
           "inventory_turnover": "inventory turnover", "dio": "days inventory outstanding",
           "dpo": "days payable outstanding", "operating_margin": "operating margin",
           "operating_income": "operating income", "ebitda": "EBITDA", "ebitda_margin": "EBITDA margin",
           "ebitda_less_capex": "EBITDA less capex"}


@dataclass(frozen=True)
class NotUseful:
    what: str  # "operating margin"
    reason: str  # the "because ..." clause
    evidence: tuple[Fact, ...]  # statement rows that show it, to cite


def _on_statements(facts: Sequence[Fact], page_text: Callable[[str, int], str | None]) -> list[Fact]:
    seen: dict[tuple[str, int], bool] = {}
    out = []
    for f in facts:
        if f.kind != "table":
            continue
        key = (f.doc_id, f.page)
        if key not in seen:
            seen[key] = is_statement(page_text(f.doc_id, f.page))
        if seen[key]:
            out.append(f)
    return out


def _first(facts: Sequence[Fact], metric: str, period: str | None) -> Fact | None:
    rows = [f for f in facts if f.metric == metric]
    same = [f for f in rows if f.period == period]
    return (same or rows or [None])[0]


def not_useful(calculation: str, facts: Sequence[Fact], page_text: Callable[[str, int], str | None],
               period: str | None = None) -> NotUseful | None:
    """Why ``calculation`` (a formulas recipe or a metric name) does not suit the company whose statement rows
    are ``facts``; None when it may apply or the statements do not show otherwise."""
    wants = [s for s in (_NEEDS_CURRENT, _NEEDS_COGS, _NEEDS_OPERATING) if calculation in s]
    if not wants:
        return None
    rows = _on_statements(facts, page_text)
    have = {f.metric for f in rows if f.metric}
    bank = [m for m in _BANK if m in have]
    insurer = [m for m in _INSURER if m in have]
    # the business model shows in more than one row: net interest income beside a credit-loss provision or
    # deposits for a bank (a retailer may list "Deposits" it paid), premiums earned for an insurer
    if "net_interest_income" not in bank or len(bank) < 2:
        bank = []
    if "premiums_earned" not in insurer:
        insurer = []
    if not bank and not insurer:
        return _by_nature(calculation, rows, have, period)
    what = _TITLES.get(calculation, calculation.replace("_", " "))
    kind = "bank" if len(bank) >= len(insurer) else "insurer"
    cite = [_first(rows, m, period) for m in (bank if kind == "bank" else insurer)]
    if calculation in _NEEDS_CURRENT:
        if have & {"total_current_assets", "total_current_liabilities"}:
            return None
        total = _first(rows, "total_assets", period)
        main = "deposits" if kind == "bank" else "reserves for losses and policy liabilities"
        reason = (f"its balance sheet is not split into current and non-current items: assets and liabilities are "
                  f"listed by liquidity, with {main} as the main liabilities, so there are no total current assets "
                  f"or current liabilities to compare")
        cite = [total, *[f for f in cite if f is not None and f.metric == "deposits"]]
    elif calculation in _NEEDS_COGS:
        if have & {"cost_of_revenue", "gross_profit"}:
            return None
        if kind == "bank":
            reason = ("its income statement has no cost of sales or gross profit line: a bank earns net interest "
                      "income (interest income less interest expense) and fees, and sets a provision for credit "
                      "losses, so there is no cost of goods to subtract from revenue")
        else:
            reason = ("its income statement has no cost of sales or gross profit line: an insurer's revenue is "
                      "premiums earned and investment income, and its main cost is losses and loss adjustment "
                      "expenses (claims), not a cost of goods sold")
    else:
        if "operating_income" in have:
            return None
        if kind == "bank":
            reason = ("a bank reports no operating income line: its earnings come from net interest income and "
                      "noninterest income less noninterest expense and the provision for credit losses, and its "
                      "profitability is judged by net interest margin, the efficiency ratio and return on equity")
        else:
            reason = ("an insurer reports no operating income line: its results are premiums earned and investment "
                      "income less losses, loss adjustment expenses and acquisition costs, judged by the combined "
                      "ratio and return on equity")
    if kind == "bank" and calculation not in _NEEDS_CURRENT:
        earnings = [_first(rows, m, period) for m in _BANK_EARNINGS if m in have]
        if calculation in _NEEDS_COGS:
            earnings = [f for f in earnings if f is not None and f.metric != "income_before_tax"]
        cite = [f for f in earnings if f is not None] or cite
    evidence = tuple(dict.fromkeys(f for f in cite if f is not None))
    return NotUseful(what=what, reason=reason, evidence=evidence)


# statement rows that show a business whose income statement lists its costs by their nature and has no cost of
# sales: a utility (fuel and purchased power, operation and maintenance, utility plant) or a REIT (rental revenue,
# property operating expenses, real estate taxes, real estate investments); each needs two different markers
_UTILITY = (r"\bpurchased\s+(?:power|water|gas)\b|\bfuel\b", r"\boperations?\s+and\s+maintenance\b",
            r"\butility\s+plant\b", r"\bregulatory\s+(?:assets|liabilities)\b",
            r"\b(?:electric|gas|water)\s+(?:utility\s+)?(?:operating\s+)?revenues?\b",
            r"\btaxes\s+other\s+than\s+income\s+taxes\b")
_REIT = (r"\brental\s+(?:revenues?|income)\b", r"\breal\s+estate\s+taxes\b",
         r"\bproperty\s+(?:operating|operations)\s+(?:expenses?|costs?)\b", r"\btenant\s+(?:reimbursements?|recoveries)\b",
         r"\b(?:investments?\s+in\s+)?real\s+estate(?:\s+investments?)?,?\s+(?:net|at\s+cost)\b",
         r"\bbuildings\s+and\s+improvements\b")


def _markers(rows: Sequence[Fact], patterns: tuple[str, ...], period: str | None) -> list[Fact]:
    """One statement row for each marker pattern its labels show (the period's row first)."""
    out = []
    for rx in patterns:
        hits = [f for f in rows if re.search(rx, f.label, re.I)]
        if hits:
            same = [f for f in hits if f.period == period]
            out.append((same or hits)[0])
    return out


def _by_nature(calculation: str, rows: Sequence[Fact], have: set[str | None], period: str | None) -> NotUseful | None:
    """A utility's or a REIT's statements: a gross margin (or inventory turnover, DIO, DPO) has no cost of sales to
    use, and a current ratio of a REIT has no current items. General rule: a metric is "not useful" only when the
    company's own statements show the structure that rules it out (two different rows that mark the business,
    and no row the metric needs)."""
    utility = _markers(rows, _UTILITY, period)
    reit = _markers(rows, _REIT, period)
    kind = "utility" if len(utility) >= 2 and len(utility) >= len(reit) else "REIT" if len(reit) >= 2 else None
    if kind is None:
        return None
    cite = utility if kind == "utility" else reit
    what = _TITLES.get(calculation, calculation.replace("_", " "))
    if calculation in _NEEDS_COGS:
        if have & {"cost_of_revenue", "gross_profit"}:
            return None
        if kind == "utility":
            reason = ("its income statement presents operating expenses by their nature (fuel and purchased power, "
                      "operation and maintenance, depreciation, taxes other than income taxes) with no cost of sales "
                      "or gross profit line, so there is no cost of goods to subtract from revenue")
        else:
            reason = ("a REIT's income statement shows rental revenue less property operating expenses, real estate "
                      "taxes and depreciation, with no cost of sales or gross profit line; it is judged by net "
                      "operating income and funds from operations instead")
    elif calculation in _NEEDS_CURRENT and kind == "REIT":
        if have & {"total_current_assets", "total_current_liabilities"}:
            return None
        reason = ("its balance sheet is not split into current and non-current items: real estate investments are "
                  "its main assets and debt its main liabilities, so there are no total current assets or current "
                  "liabilities to compare")
    else:
        return None
    evidence = tuple(dict.fromkeys(f for f in cite if f is not None))
    return NotUseful(what=what, reason=reason, evidence=evidence)

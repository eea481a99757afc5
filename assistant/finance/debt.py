"""Total debt and net debt from one balance sheet's own rows, when the filer prints no total-debt row.

General rule: total debt is the sum of the balance sheet's debt rows of one period (short-term borrowings,
commercial paper, notes payable, the current portion of long-term debt, long-term debt; finance lease liabilities
only when the question asks for them), each row shown as an input; never a row that is not debt (operating lease
liabilities, accrued interest, deferred revenue, pension obligations). A balance sheet whose debt rows cannot be
added up safely (a row printed as a deduction, a total of long-term debt beside its own parts, no long-term debt
row at all) gives no figure: the reason is returned instead. Net debt is total debt less cash and cash equivalents
(and short-term investments only when the question says so).

Imports: ``types``, ``registry``, ``formulas`` of this package only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..types import Fact
from .formulas import CalcResult, in_scale_of

# unmapped rows a balance sheet prints for borrowings (the registry maps "Short-term borrowings", "Current portion
# of long-term debt", "Long-term debt" itself)
_DEBT_LABEL = re.compile(r"\b(?:commercial\s+paper|notes?\s+payable|loans?\s+payable|borrowings?|term\s+loans?|"
                         r"credit\s+facilit(?:y|ies)|revolving|senior\s+(?:secured\s+|unsecured\s+)?notes|"
                         r"debentures|bonds?\s+payable|debt)\b", re.I)
_NOT_DEBT = re.compile(r"\b(?:interest|receivable|accrued|deferred|issuance|investments?|securities|derivatives?|"
                       r"fair\s+value|guarantee\w*|availab\w*|operating|pension|retirement|benefits?|"
                       r"extinguishment|proceeds|repayments?|payments?|change|unamortized|discount|premium)\b", re.I)
_FINANCE_LEASE = re.compile(r"\b(?:finance|capital)\s+lease\s+(?:liabilit\w*|obligations?)\b", re.I)
_TOTAL = re.compile(r"^\s*total\b", re.I)
DEBT_METRICS = ("current_debt", "long_term_debt")


@dataclass(frozen=True)
class DebtRows:
    rows: tuple[Fact, ...]  # the rows added up, in page order
    left_out: tuple[Fact, ...] = ()  # finance lease rows not asked for


def leases_asked(question: str) -> bool:
    """Does the question ask for finance (capital) lease liabilities to be counted as debt?"""
    if re.search(r"\bexclud\w*\s+(?:\w+\s+){0,2}leases?\b|\bwithout\s+(?:\w+\s+){0,2}leases?\b", question, re.I):
        return False
    return bool(re.search(r"\b(?:finance|capital)\s+leases?\b|\blease\s+(?:liabilit\w*|obligations?)\b|"
                          r"\bincluding\s+leases\b", question, re.I))


def is_debt_row(f: Fact) -> bool:
    """A balance-sheet row that is borrowing: mapped to a debt metric, or labelled as borrowing and as nothing
    else (never operating leases, accrued interest, issuance costs, pension obligations)."""
    if f.metric in DEBT_METRICS:
        return True
    if f.metric is not None or _FINANCE_LEASE.search(f.label) or re.search(r"\blease\b", f.label, re.I):
        return False
    return bool(_DEBT_LABEL.search(f.label)) and not _NOT_DEBT.search(f.label)


def debt_rows(rows: Sequence[Fact], leases: bool) -> DebtRows | str:
    """The debt rows of one balance sheet's column (``rows``: every table row of that page for one period) to add
    up, or why they cannot be: a row printed as a deduction ("Less current portion"), a "Total ..." row beside other
    rows of its kind, no long-term debt row (an unknown label may hold it)."""
    debt: list[Fact] = []
    seen: set[tuple[str, float]] = set()
    left: list[Fact] = []
    for f in rows:
        if f.kind != "table" or (f.unit or "USD") not in ("USD", "EUR", "GBP", ""):
            continue
        lease = bool(_FINANCE_LEASE.search(f.label)) and not re.search(r"\boperating\b|\bright[- ]of[- ]use\b",
                                                                        f.label, re.I)
        if not (is_debt_row(f) or lease):
            continue
        key = (f.label.lower(), round(f.absolute, 6))
        if key in seen:
            continue  # the same row read twice
        seen.add(key)
        if lease and not leases:
            left.append(f)
            continue
        debt.append(f)
    if not debt:
        return "no debt rows were found on the balance sheet"
    if any(re.match(r"\s*less\b", f.label, re.I) and re.search(r"\b(?:current|debt|maturit\w*|portion)\b", f.label,
                                                               re.I) for f in rows) or (
            len(debt) > 1 and any(re.search(r"\bincluding\s+(?:the\s+)?current\b", f.label, re.I) for f in debt)):
        return "the balance sheet deducts a current portion from a debt row, so the rows do not simply add up"
    if any(f.value < 0 for f in debt) or any(re.match(r"\s*less\b", f.label, re.I) for f in debt):
        return "a debt row is printed as a deduction, so the rows do not simply add up"
    if any(_TOTAL.match(f.label) for f in debt) and len(debt) > 1:
        return "a total of debt is printed beside other debt rows, so they may count the same borrowing twice"
    if not any(f.metric == "long_term_debt" for f in debt):
        return "no long-term debt row was found, so the total may miss borrowings under another label"
    if leases and not any(_FINANCE_LEASE.search(f.label) for f in debt):
        return "the question counts finance leases, but no finance lease liability row was found"
    return DebtRows(tuple(debt), tuple(left))


def total_debt(found: DebtRows, like: Fact) -> CalcResult:
    """Total debt = the sum of the rows, with each row's amount in the expression."""
    value = sum(f.absolute for f in found.rows)
    names = " + ".join(f.label for f in found.rows)
    expr = " + ".join(in_scale_of(f.absolute, f) for f in found.rows) + f" = {in_scale_of(value, like)}"
    return CalcResult("total_debt", value, "USD", f"sum of the debt rows ({names})", expr, found.rows,
                      definition="total debt = the balance sheet's debt rows added up (no total-debt row is printed)")


def net_debt(debt: CalcResult, cash: Sequence[Fact]) -> CalcResult:
    """Net debt = total debt - cash (the cash rows given: cash and cash equivalents, short-term investments when
    asked)."""
    like = debt.inputs[0]
    value = debt.value - sum(f.absolute for f in cash)
    cash_words = " - ".join(f.label.lower() for f in cash)
    expr = (f"{in_scale_of(debt.value, like)} - " + " - ".join(in_scale_of(f.absolute, f) for f in cash)
            + f" = {in_scale_of(value, like)}")
    return CalcResult("net_debt", value, "USD", f"total debt - {cash_words}", expr, (*debt.inputs, *cash),
                      definition="net debt = total debt less cash" + (" and the other liquid assets named"
                                                                      if len(cash) > 1 else ""))

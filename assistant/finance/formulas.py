"""Calculations over cited facts: growth, CAGR, margins and the usual analyst ratios.

Every result carries its value and unit, the formula in words and in symbols (with the numbers put in), and the
input facts so that each number can be traced to a document, page and quoted row. Nothing is guessed: a missing
input raises ``MissingInput`` naming what is missing.

Values are taken as absolute amounts (``Fact.absolute``). Items that statements print as outflows or costs in
parentheses (capital expenditure, dividends paid, cost of sales in some layouts, ...) enter formulas by magnitude.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..text.counts import counting
from ..types import Fact
from .registry import BENEFIT_METRICS, MAGNITUDE_METRICS


class Withdrawn(Exception):
    """A calculation taken back: one of its inputs cannot be relied on. ``facts`` are the rows to cite (the
    chosen one and those that disagree with it), ``reason`` says why in one sentence."""

    def __init__(self, calculation: str, reason: str, facts: Sequence[Fact] = ()):
        self.calculation = calculation
        self.reason = reason
        self.facts = tuple(facts)
        super().__init__(f"{calculation}: {reason}")


class MissingInput(LookupError):
    """An input a calculation needs is not among the facts."""

    def __init__(self, calculation: str, missing: Sequence[str]):
        self.calculation = calculation
        self.missing = list(missing)
        super().__init__(f"{calculation}: missing {', '.join(self.missing)}")


@dataclass(frozen=True)
class CalcResult:
    name: str  # "gross_margin"
    value: float
    unit: str  # "%", "x", "days", "USD", ...
    formula: str  # in words: "gross profit / revenue x 100"
    expression: str  # in symbols with the numbers: "22,292 / 51,217 x 100 = 43.5%"
    inputs: tuple[Fact, ...]
    definition: str = ""  # which definition was used, when there is a choice
    notes: tuple[str, ...] = field(default_factory=tuple)


# rates a filer states on a row of its own ("Effective tax rate 26.1% 15.6%"): the recipe's name -> the row's metric
STATED_RATES = {"effective_tax_rate": "effective_tax_rate"}


def _half_unit(value: float) -> float:
    """Half a unit of the last digit a figure is printed to (whole numbers, or tenths / hundredths)."""
    for d in (0, 1, 2):
        if abs(value * 10 ** d - round(value * 10 ** d)) < 1e-6:
            return 0.5 * 10 ** -d
    return 0.005


def stated_rate_agrees(stated: float, computed: CalcResult) -> bool:
    """Whether a rate the filer states (printed to tenths) is the one its two rows give, once each row is allowed
    the rounding it is printed with: income tax expense 96 and pretax income 369 (millions) give 25.85% to 26.19%,
    so a stated 26.1% is that rate, printed from the unrounded amounts; a stated 21.0% is another measure."""
    if len(computed.inputs) != 2 or computed.unit != "%":
        return False
    num, den = (abs(f.value) for f in computed.inputs)
    dn, dd = _half_unit(num), _half_unit(den)
    if den - dd <= 0:
        return False
    low, high = (num - dn) / (den + dd) * 100, (num + dn) / (den - dd) * 100
    half = _half_unit(stated)
    return low - half <= stated <= high + half


# a cell of a table row: "(4,156)", "-4,156", "8,285", "$ 1,940"; percentages and years are no cells of the amount
_CELL = re.compile(r"(?<![\w.%])(\(\s*\$?\s*\d[\d,]*(?:\.\d+)?\s*\)|[-–−]\s?\$?\s*\d[\d,]*(?:\.\d+)?|\$?\s*\d[\d,]*(?:\.\d+)?)"
                   r"(?![\d%]|\s*%|\.\d)")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")


def signed(fact: Fact) -> bool:
    """Whether a cost's printed sign is its meaning: a metric that may turn into a benefit (``registry.BENEFIT_METRICS``:
    a provision for credit losses released, an income tax benefit) read from a table row that prints cells of both
    signs ("Provision for credit losses (4,156) 8,285": a benefit in one period, an expense in the other). General
    rule: parentheses on every cell of a cost's row are presentation; parentheses on some of them only mark the
    periods in which the cost was a benefit, and that sign is kept in levels and changes. A label opening with the
    benefit ("Benefit from income taxes") prints the benefit as the positive figure: no sign is read from it."""
    if fact.metric not in BENEFIT_METRICS or fact.kind != "table" or not fact.quote:
        return False
    if re.match(r"\W*benefit", fact.label.strip(), re.I):
        return False
    rest = fact.quote[len(fact.label):] if fact.quote.startswith(fact.label) else fact.quote
    signs = set()
    for m in _CELL.finditer(rest):
        cell = m.group(1).strip()
        digits = re.sub(r"[^\d.]", "", cell)
        if not digits or _YEAR_CELL.match(cell) or float(digits) == 0:
            continue  # a year head ("2026"), a dash or zero: no sign
        signs.add(cell.startswith(("(", "-", "–", "−")))
    return signs == {True, False}


def amount(fact: Fact) -> float:
    """The fact's amount in base units, by magnitude for items printed as outflows or costs (unless the sign is the
    cost's meaning: ``signed``, a benefit in one period)."""
    v = fact.absolute
    return abs(v) if fact.metric in MAGNITUDE_METRICS and not signed(fact) else v


# the decimal places the question asks its ratios in ("rounded to two decimal places", "to the nearest percent"):
# set for one question by ``rounded_as`` (``intents.answer_question``), read by ``fmt``, ``points`` and ``rate``
_DECIMALS: ContextVar[int | None] = ContextVar("mia_decimals_asked", default=None)

_NUMBER_WORDS = {**counting(0, 4), "no": 0, "a single": 1}  # "no decimal places", "a single decimal place"
_PLACES = re.compile(r"\b(zero|no|one|a\s+single|two|three|four|[0-4])\s+decimals?(?:\s+places?|\s+points?)?\b"
                     r"|\bdecimal\s+places?\s*:\s*([0-4])\b", re.I)
_ONE_DECIMAL = re.compile(r"\b(?:to|at)\s+(?:a|one)\s+decimal\b", re.I)
_NEAREST = re.compile(r"\bnearest\s+(?:(tenth)|(hundredth)|(?:whole\s+)?(?:percent(?:age)?|%|whole\s+"
                      r"number|integer|whole\s+percent))", re.I)


def decimals_asked(text: str) -> int | None:
    """The decimal places a question asks its percentages and ratios in: "rounded to two decimal places" (2), "to one
    decimal place" / "to one decimal" (1), "no decimal places" (0), "to the nearest tenth (of a percent)" (1), "to the
    nearest hundredth" (2), "to the nearest percent / whole percent / whole number" (0). None when it asks none, or
    asks different ones (two figures each rounded its own way)."""
    found: set[int] = set()
    for m in _PLACES.finditer(text):
        word = (m.group(1) or m.group(2) or "").lower()
        found.add(int(word) if word.isdigit() else _NUMBER_WORDS[re.sub(r"\s+", " ", word)])
    if not found and _ONE_DECIMAL.search(text):
        found.add(1)
    for m in _NEAREST.finditer(text):
        found.add(1 if m.group(1) else 2 if m.group(2) else 0)
    return found.pop() if len(found) == 1 else None


@contextmanager
def rounded_as(decimals: int | None) -> Iterator[None]:
    """Within the block, percentages, multiples and days are written with ``decimals`` places (the question's own
    rounding); None leaves the rounding in force (an enclosing question's, else the analyst's default)."""
    if decimals is None:
        yield
        return
    token = _DECIMALS.set(decimals)
    try:
        yield
    finally:
        _DECIMALS.reset(token)


def points(diff: float) -> str:
    """A change between two percentages in percentage points, at the question's rounding (default one decimal)."""
    d = _DECIMALS.get()
    return f"{diff:+,.{1 if d is None else d}f} percentage points"


def rate(x: float) -> str:
    """A growth rate in percent, signed ("+12.4%"), at the question's rounding (default one decimal)."""
    d = _DECIMALS.get()
    return f"{x:+,.{1 if d is None else d}f}%"


def pct(x: float) -> str:
    """A share or a margin in percent ("12.4%"), at the question's rounding (default one decimal)."""
    d = _DECIMALS.get()
    return f"{x:,.{1 if d is None else d}f}%"


def fmt(x: float, unit: str = "") -> str:
    """A number as an analyst writes it: 1,577 / 43.5% / 1.29% / 1.52x / 45.2 days.

    A percentage under 10 keeps a second decimal when it has one (1.2902 -> "1.29%", 3.501 -> "3.5%"): one
    decimal would drop a tenth of its value's precision (a return on assets of 1.29% is not "1.3%"). A question
    asking its own rounding (``rounded_as``) gets percentages, multiples and days in exactly that many places."""
    asked = _DECIMALS.get()
    if asked is not None and unit in ("%", "x", "days"):
        shown = f"{x:,.{asked}f}"
        if re.fullmatch(r"-0(?:\.0*)?", shown):
            shown = shown[1:]
        return f"{shown} days" if unit == "days" else f"{shown}{unit}"
    if unit == "%":
        if abs(x) < 10:
            two = f"{x:,.2f}"
            return (two[:-1] if two.endswith("0") else two) + "%"
        return f"{x:,.1f}%"
    if unit == "x":
        return f"{x:,.2f}x"
    if unit == "days":
        return f"{x:,.1f} days"
    if abs(x) >= 100 or float(x).is_integer():
        return f"{x:,.0f}" if float(x).is_integer() or abs(x) >= 1000 else f"{x:,.1f}"
    return f"{x:,.2f}"


def _scaled(f: Fact) -> str:
    """The input as printed, e.g. "1,577 million"."""
    return in_scale_of(amount(f), f)


SCALE_WORDS = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def in_scale_of(value: float, like: Fact) -> str:
    """An amount in base units written in the scale of ``like``, e.g. "2,077 million"."""
    word = f" {SCALE_WORDS[like.scale]}" if like.scale in SCALE_WORDS else ""
    return f"{fmt(value / (like.scale or 1.0))}{word}"


def _need(name: str, **inputs: Fact | None) -> None:
    missing = [role.replace("_", " ") for role, f in inputs.items() if f is None]
    if missing:
        raise MissingInput(name, missing)


def _ratio(name: str, num: Fact | None, den: Fact | None, words: str, *, percent: bool, num_role: str,
           den_role: str, key: str | None = None) -> CalcResult:
    """``num`` / ``den`` (x 100 for a percentage); ``name`` is said in errors, ``key`` names the result."""
    _need(name, **{num_role: num, den_role: den})
    assert num is not None and den is not None
    d = amount(den)
    if d == 0:
        raise MissingInput(name, [f"a non-zero {den_role.replace('_', ' ')}"])
    value = amount(num) / d * (100.0 if percent else 1.0)
    unit = "%" if percent else "x"
    expr = f"{_scaled(num)} / {_scaled(den)}{' x 100' if percent else ''} = {fmt(value, unit)}"
    return CalcResult(key or name, value, unit, words, expr, (num, den))


# ---------------------------------------------------------------------------------------------------------------
# growth and aggregates


def yoy_growth(current: Fact | None, previous: Fact | None) -> CalcResult:
    _need("year-over-year change", current=current, previous=previous)
    assert current is not None and previous is not None
    p = amount(previous)
    if p == 0:
        raise MissingInput("year-over-year change", ["a non-zero previous value"])
    value = (amount(current) - p) / abs(p) * 100.0
    expr = f"({_scaled(current)} - {_scaled(previous)}) / {_scaled(previous)} x 100 = {fmt(value, '%')}"
    return CalcResult("yoy_growth", value, "%", "(current - previous) / previous x 100", expr, (current, previous))


def cagr(start: Fact | None, end: Fact | None, years: float | None = None) -> CalcResult:
    _need("CAGR", start_value=start, end_value=end)
    assert start is not None and end is not None
    if years is None:
        if start.fiscal_year is None or end.fiscal_year is None:
            raise MissingInput("CAGR", ["the number of years"])
        years = end.fiscal_year - start.fiscal_year
    s, e = amount(start), amount(end)
    if years <= 0 or s <= 0 or e <= 0:
        raise MissingInput("CAGR", ["positive start and end values over a positive number of years"])
    value = ((e / s) ** (1.0 / years) - 1.0) * 100.0
    expr = f"({_scaled(end)} / {_scaled(start)})^(1/{years:g}) - 1 = {fmt(value, '%')}"
    return CalcResult("cagr", value, "%", "(end / start)^(1 / years) - 1", expr, (start, end))


def average(facts: Sequence[Fact]) -> CalcResult:
    if not facts:
        raise MissingInput("average", ["values to average"])
    value = sum(amount(f) for f in facts) / len(facts)
    scale = facts[0].scale or 1.0
    expr = f"({' + '.join(_scaled(f) for f in facts)}) / {len(facts)} = {fmt(value / scale)}"
    return CalcResult("average", value, facts[0].unit, "sum of values / count", expr, tuple(facts))


def difference(a: Fact | None, b: Fact | None) -> CalcResult:
    _need("difference", first=a, second=b)
    assert a is not None and b is not None
    value = amount(a) - amount(b)
    expr = f"{_scaled(a)} - {_scaled(b)} = {in_scale_of(value, a)}"
    return CalcResult("difference", value, a.unit, "first - second", expr, (a, b))


def _average_balance(name: str, role: str, end: Fact | None, begin: Fact | None) -> tuple[float, list[Fact], str]:
    """Average of the two year-ends. General rule: a formula that averages a balance needs both year-ends; when
    the prior one is not found the calculation is declined (``MissingInput`` naming it), never computed from the
    closing balance alone."""
    if end is None:
        raise MissingInput(name, [role])
    if begin is None:
        raise MissingInput(name, [f"{role} at the prior year-end (needed for the average; the closing balance "
                                  f"alone is not used)"])
    return (amount(end) + amount(begin)) / 2.0, [end, begin], f"average {role} (mean of the two year-ends)"


# ---------------------------------------------------------------------------------------------------------------
# margins and ratios


def gross_margin(gross_profit: Fact | None, revenue: Fact | None, cost_of_revenue: Fact | None = None
                 ) -> CalcResult:
    if gross_profit is None and revenue is not None and cost_of_revenue is not None:
        value = (amount(revenue) - amount(cost_of_revenue)) / amount(revenue) * 100.0
        expr = f"({_scaled(revenue)} - {_scaled(cost_of_revenue)}) / {_scaled(revenue)} x 100 = {fmt(value, '%')}"
        return CalcResult("gross_margin", value, "%", "(revenue - cost of revenue) / revenue x 100", expr,
                          (revenue, cost_of_revenue))
    return _ratio("gross margin", gross_profit, revenue, "gross profit / revenue x 100", percent=True,
                  num_role="gross_profit", den_role="revenue", key="gross_margin")


def operating_margin(operating_income: Fact | None, revenue: Fact | None) -> CalcResult:
    return _ratio("operating margin", operating_income, revenue, "operating income / revenue x 100", percent=True,
               num_role="operating_income", den_role="revenue", key="operating_margin")


def operating_ratio(operating_income: Fact | None, revenue: Fact | None) -> CalcResult:
    """Operating expenses as a percentage of revenue, the measure carriers and railroads report (lower is better).
    General rule: the expenses are what the income statement takes from revenue to reach operating income
    (revenue - operating income), so a filer whose "total operating expenses" row leaves out its cost of sales is
    not misread."""
    _need("operating ratio", operating_income=operating_income, revenue=revenue)
    assert operating_income is not None and revenue is not None
    r = amount(revenue)
    if r == 0:
        raise MissingInput("operating ratio", ["a non-zero revenue"])
    value = (r - amount(operating_income)) / r * 100.0
    expr = (f"({_scaled(revenue)} - {_scaled(operating_income)}) / {_scaled(revenue)} x 100 = {fmt(value, '%')}")
    return CalcResult("operating_ratio", value, "%", "(revenue - operating income) / revenue x 100, the operating "
                      "expenses as a share of revenue", expr, (operating_income, revenue))


def interest_coverage(operating_income: Fact | None, interest_expense: Fact | None) -> CalcResult:
    """Times interest earned: operating income (EBIT as the income statement states it) / interest expense."""
    return _ratio("interest coverage", operating_income, interest_expense, "operating income / interest expense",
                  percent=False, num_role="operating_income", den_role="interest_expense", key="interest_coverage")


def net_margin(net_income: Fact | None, revenue: Fact | None) -> CalcResult:
    return _ratio("net margin", net_income, revenue, "net income / revenue x 100", percent=True,
               num_role="net_income", den_role="revenue", key="net_margin")


def current_ratio(current_assets: Fact | None, current_liabilities: Fact | None) -> CalcResult:
    return _ratio("current ratio", current_assets, current_liabilities,
               "total current assets / total current liabilities", percent=False,
               num_role="total_current_assets", den_role="total_current_liabilities", key="current_ratio")


def quick_ratio(current_assets: Fact | None, inventory: Fact | None, current_liabilities: Fact | None
                ) -> CalcResult:
    name = "quick ratio"
    _need(name, total_current_assets=current_assets, inventory=inventory,
          total_current_liabilities=current_liabilities)
    assert current_assets and inventory and current_liabilities
    value = (amount(current_assets) - amount(inventory)) / amount(current_liabilities)
    expr = (f"({_scaled(current_assets)} - {_scaled(inventory)}) / {_scaled(current_liabilities)} = "
            f"{fmt(value, 'x')}")
    return CalcResult("quick_ratio", value, "x", "(total current assets - inventory) / total current liabilities",
                      expr, (current_assets, inventory, current_liabilities))


def debt_to_equity(debt: Sequence[Fact], equity: Fact | None) -> CalcResult:
    name = "debt-to-equity"
    if not debt:
        raise MissingInput(name, ["total debt"])
    _need(name, total_equity=equity)
    assert equity is not None
    total = sum(amount(f) for f in debt)
    value = total / amount(equity)
    expr = f"({' + '.join(_scaled(f) for f in debt)}) / {_scaled(equity)} = {fmt(value, 'x')}"
    return CalcResult("debt_to_equity", value, "x", "total debt / total equity", expr, (*debt, equity))


def capex_to_revenue(capex: Fact | None, revenue: Fact | None) -> CalcResult:
    return _ratio("capex as % of revenue", capex, revenue, "capital expenditure / revenue x 100", percent=True,
               num_role="capital_expenditure", den_role="revenue", key="capex_to_revenue")


def effective_tax_rate(tax: Fact | None, pretax_income: Fact | None) -> CalcResult:
    return _ratio("effective tax rate", tax, pretax_income, "income tax expense / income before tax x 100",
               percent=True, num_role="income_tax_expense", den_role="income_before_tax", key="effective_tax_rate")


def payout_ratio(dividends: Fact | None, net_income: Fact | None) -> CalcResult:
    return _ratio("dividend payout ratio", dividends, net_income, "dividends paid / net income x 100", percent=True,
               num_role="dividends_paid", den_role="net_income", key="payout_ratio")


def fixed_asset_ratio(net_ppe: Fact | None, total_assets: Fact | None, rental: Fact | None = None) -> CalcResult:
    """Net PP&E as a share of total assets; with the rental or lease fleet a renter carries apart from PP&E
    (``registry``: rental_assets) added to it. General rule: the assets a business rents out to earn its revenue
    (rental merchandise, equipment held for rent, revenue-earning vehicles) are capital assets as PP&E is, wherever
    the balance sheet puts them."""
    if rental is None:
        return _ratio("fixed-asset ratio", net_ppe, total_assets, "net PP&E / total assets x 100", percent=True,
                      num_role="net_ppe", den_role="total_assets", key="fixed_asset_ratio")
    _need("fixed-asset ratio", net_ppe=net_ppe, total_assets=total_assets)
    assert net_ppe is not None and total_assets is not None
    if amount(total_assets) == 0:
        raise MissingInput("fixed-asset ratio", ["a non-zero total assets"])
    value = (amount(net_ppe) + amount(rental)) / amount(total_assets) * 100.0
    expr = f"({_scaled(net_ppe)} + {_scaled(rental)}) / {_scaled(total_assets)} x 100 = {fmt(value, '%')}"
    return CalcResult("fixed_asset_ratio", value, "%",
                      "(net PP&E + rental and lease fleet assets) / total assets x 100", expr,
                      (net_ppe, rental, total_assets))


def _turnover(name: str, words: str, flow: Fact | None, flow_role: str, end: Fact | None, begin: Fact | None,
              balance_role: str) -> CalcResult:
    _need(name, **{flow_role: flow})
    assert flow is not None
    avg, used, definition = _average_balance(name, balance_role.replace("_", " "), end, begin)
    if avg == 0:
        raise MissingInput(name, [f"a non-zero {balance_role.replace('_', ' ')}"])
    value = amount(flow) / avg
    bal = " + ".join(_scaled(f) for f in used)
    bal = f"({bal}) / 2" if len(used) == 2 else bal
    expr = f"{_scaled(flow)} / {bal} = {fmt(value, 'x')}"
    return CalcResult(name.replace(" ", "_").replace("-", "_"), value, "x", words, expr, (flow, *used),
                      definition=definition)


def inventory_turnover(cost_of_revenue: Fact | None, inventory_end: Fact | None,
                       inventory_begin: Fact | None = None) -> CalcResult:
    return _turnover("inventory turnover", "cost of revenue / average inventory", cost_of_revenue,
                     "cost_of_revenue", inventory_end, inventory_begin, "inventory")


def asset_turnover(revenue: Fact | None, assets_end: Fact | None, assets_begin: Fact | None = None) -> CalcResult:
    return _turnover("asset turnover", "revenue / average total assets", revenue, "revenue", assets_end,
                     assets_begin, "total_assets")


def fixed_asset_turnover(revenue: Fact | None, ppe_end: Fact | None, ppe_begin: Fact | None = None) -> CalcResult:
    return _turnover("fixed asset turnover", "revenue / average net PP&E", revenue, "revenue", ppe_end,
                     ppe_begin, "net PP&E")


def return_on_assets(net_income: Fact | None, assets_end: Fact | None, assets_begin: Fact | None = None
                     ) -> CalcResult:
    r = _turnover("return on assets", "net income / average total assets x 100", net_income, "net_income",
                  assets_end, assets_begin, "total_assets")
    value = r.value * 100.0
    expr = r.expression.rsplit("=", 1)[0] + f"x 100 = {fmt(value, '%')}"
    return CalcResult("roa", value, "%", r.formula, expr, r.inputs, definition=r.definition)


def _days(name: str, words: str, balance_end: Fact | None, balance_begin: Fact | None, balance_role: str,
          flow: Fact | None, flow_role: str, days: int = 365) -> CalcResult:
    _need(name, **{flow_role: flow})
    assert flow is not None
    avg, used, definition = _average_balance(name, balance_role.replace("_", " "), balance_end, balance_begin)
    f = amount(flow)
    if f == 0:
        raise MissingInput(name, [f"a non-zero {flow_role.replace('_', ' ')}"])
    value = avg / f * days
    bal = " + ".join(_scaled(x) for x in used)
    bal = f"({bal}) / 2" if len(used) == 2 else bal
    expr = f"{bal} / {_scaled(flow)} x {days} = {fmt(value, 'days')}"
    return CalcResult(name.split()[0].lower(), value, "days", words, expr, (*used, flow), definition=definition)


def dpo(payables_end: Fact | None, cost_of_revenue: Fact | None, payables_begin: Fact | None = None) -> CalcResult:
    return _days("DPO (days payable outstanding)", "average accounts payable / cost of revenue x 365",
                 payables_end, payables_begin, "accounts_payable", cost_of_revenue, "cost_of_revenue")


def dso(receivables_end: Fact | None, revenue: Fact | None, receivables_begin: Fact | None = None) -> CalcResult:
    return _days("DSO (days sales outstanding)", "average accounts receivable / revenue x 365",
                 receivables_end, receivables_begin, "accounts_receivable", revenue, "revenue")


def dio(inventory_end: Fact | None, cost_of_revenue: Fact | None, inventory_begin: Fact | None = None) -> CalcResult:
    return _days("DIO (days inventory outstanding)", "average inventory / cost of revenue x 365",
                 inventory_end, inventory_begin, "inventory", cost_of_revenue, "cost_of_revenue")


def free_cash_flow(cfo: Fact | None, capex: Fact | None) -> CalcResult:
    _need("free cash flow", cash_from_operations=cfo, capital_expenditure=capex)
    assert cfo is not None and capex is not None
    value = amount(cfo) - amount(capex)
    expr = f"{_scaled(cfo)} - {_scaled(capex)} = {in_scale_of(value, cfo)}"
    return CalcResult("free_cash_flow", value, cfo.unit or "USD",
                      "cash from operations - capital expenditure", expr, (cfo, capex))


def share_of_revenue(item: Fact | None, revenue: Fact | None) -> CalcResult:
    """Any line item as a percentage of revenue ("D&A % margin", "COGS as a % of revenue")."""
    role = item.metric if item is not None and item.metric else "item"
    words = f"{role.replace('_', ' ')} / revenue x 100"
    return _ratio(f"{role.replace('_', ' ')} as % of revenue", item, revenue, words, percent=True,
                  num_role=role, den_role="revenue", key="share_of_revenue")


def operating_cash_flow_ratio(cfo: Fact | None, current_liabilities: Fact | None) -> CalcResult:
    return _ratio("operating cash flow ratio", cfo, current_liabilities,
                  "cash from operations / total current liabilities", percent=False,
                  num_role="cash_from_operations", den_role="total_current_liabilities",
                  key="operating_cash_flow_ratio")


def net_working_capital(current_assets: Fact | None, current_liabilities: Fact | None) -> CalcResult:
    _need("net working capital", total_current_assets=current_assets, total_current_liabilities=current_liabilities)
    assert current_assets is not None and current_liabilities is not None
    value = amount(current_assets) - amount(current_liabilities)
    expr = f"{_scaled(current_assets)} - {_scaled(current_liabilities)} = {in_scale_of(value, current_assets)}"
    return CalcResult("net_working_capital", value, "USD", "total current assets - total current liabilities", expr,
                      (current_assets, current_liabilities))


def _ebitda_parts(name: str, operating_income: Fact | None, da: Fact | None) -> tuple[float, str]:
    _need(name, operating_income=operating_income, depreciation_and_amortization=da)
    assert operating_income is not None and da is not None
    return amount(operating_income) + amount(da), f"{_scaled(operating_income)} + {_scaled(da)}"


_EBITDA_DEF = "unadjusted EBITDA = operating income + depreciation and amortisation"


def ebitda(operating_income: Fact | None, da: Fact | None) -> CalcResult:
    value, expr = _ebitda_parts("EBITDA", operating_income, da)
    assert operating_income is not None and da is not None
    return CalcResult("ebitda", value, "USD", "operating income + depreciation and amortisation",
                      f"{expr} = {in_scale_of(value, operating_income)}", (operating_income, da),
                      definition=_EBITDA_DEF)


def ebitda_margin(operating_income: Fact | None, da: Fact | None, revenue: Fact | None) -> CalcResult:
    value, expr = _ebitda_parts("EBITDA margin", operating_income, da)
    _need("EBITDA margin", revenue=revenue)
    assert operating_income is not None and da is not None and revenue is not None
    if amount(revenue) == 0:
        raise MissingInput("EBITDA margin", ["a non-zero revenue"])
    pct = value / amount(revenue) * 100.0
    return CalcResult("ebitda_margin", pct, "%", "(operating income + depreciation and amortisation) / revenue x 100",
                      f"({expr}) / {_scaled(revenue)} x 100 = {fmt(pct, '%')}", (operating_income, da, revenue),
                      definition=_EBITDA_DEF)


def ebitda_less_capex(operating_income: Fact | None, da: Fact | None, capex: Fact | None) -> CalcResult:
    value, expr = _ebitda_parts("EBITDA less capex", operating_income, da)
    _need("EBITDA less capex", capital_expenditure=capex)
    assert operating_income is not None and da is not None and capex is not None
    value -= amount(capex)
    return CalcResult("ebitda_less_capex", value, "USD",
                      "operating income + depreciation and amortisation - capital expenditure",
                      f"{expr} - {_scaled(capex)} = {in_scale_of(value, operating_income)}",
                      (operating_income, da, capex), definition=_EBITDA_DEF)


def retention_ratio(dividends: Fact | None, net_income: Fact | None) -> CalcResult:
    r = _ratio("retention ratio", dividends, net_income, "1 - dividends paid / net income", percent=False,
               num_role="dividends_paid", den_role="net_income")
    value = 1.0 - r.value
    expr = f"1 - {r.expression.rsplit('=', 1)[0].strip()} = {fmt(value)}"
    return CalcResult("retention_ratio", value, "", r.formula, expr, r.inputs)


def cash_conversion_cycle(inventory_end: Fact | None, inventory_begin: Fact | None, receivables_end: Fact | None,
                          receivables_begin: Fact | None, payables_end: Fact | None, payables_begin: Fact | None,
                          cost_of_revenue: Fact | None, revenue: Fact | None) -> CalcResult:
    parts = (dio(inventory_end, cost_of_revenue, inventory_begin), dso(receivables_end, revenue, receivables_begin),
             dpo(payables_end, cost_of_revenue, payables_begin))
    value = parts[0].value + parts[1].value - parts[2].value
    expr = f"{fmt(parts[0].value, 'days')} + {fmt(parts[1].value, 'days')} - {fmt(parts[2].value, 'days')} = " \
           f"{fmt(value, 'days')}"
    inputs = tuple(dict.fromkeys(f for r in parts for f in r.inputs))
    definitions = "; ".join(dict.fromkeys(r.definition for r in parts if r.definition))
    return CalcResult("cash_conversion_cycle", value, "days", "DIO + DSO - DPO", expr, inputs, definition=definitions)


def fcf_conversion(cfo: Fact | None, capex: Fact | None, net_income: Fact | None) -> CalcResult:
    """Free cash flow as a share of net income: how much of the profit turns into cash."""
    fcf = free_cash_flow(cfo, capex)
    _need("FCF conversion", net_income=net_income)
    assert cfo is not None and capex is not None and net_income is not None
    if amount(net_income) == 0:
        raise MissingInput("FCF conversion", ["a non-zero net income"])
    value = fcf.value / amount(net_income) * 100.0
    expr = f"({_scaled(cfo)} - {_scaled(capex)}) / {_scaled(net_income)} x 100 = {fmt(value, '%')}"
    return CalcResult("fcf_conversion", value, "%", "(cash from operations - capital expenditure) / net income x 100",
                      expr, (cfo, capex, net_income), definition="free cash flow over net income")


def mean_of(results: Sequence[CalcResult], periods: Sequence[str]) -> CalcResult:
    """The average of one calculation over several periods, with every period's inputs kept."""
    if not results:
        raise MissingInput("average", ["values to average"])
    unit = results[0].unit
    value = sum(r.value for r in results) / len(results)
    each = ", ".join(f"{p}: {fmt(r.value, unit)}" for p, r in zip(periods, results))
    expr = f"mean of ({each}) = {fmt(value, unit)}"
    inputs = tuple(dict.fromkeys(f for r in results for f in r.inputs))
    return CalcResult(f"average_{results[0].name}", value, unit, f"mean over the years of {results[0].formula}",
                      expr, inputs, definition=results[0].definition)


# ---------------------------------------------------------------------------------------------------------------
# a registry the question side uses: which metrics each calculation needs, in which period

@dataclass(frozen=True)
class Recipe:
    """What a calculation needs. ``inputs`` are (metric, "cur" | "prev", optional) in call order."""

    name: str
    title: str  # "gross margin"
    inputs: tuple[tuple[str, str, bool], ...]
    run: Callable[..., CalcResult]
    unit: str


RECIPES: dict[str, Recipe] = {r.name: r for r in [
    Recipe("gross_margin", "gross margin", (("gross_profit", "cur", True), ("revenue", "cur", False),
                                            ("cost_of_revenue", "cur", True)), gross_margin, "%"),
    Recipe("operating_margin", "operating margin", (("operating_income", "cur", False), ("revenue", "cur", False)),
           operating_margin, "%"),
    Recipe("operating_ratio", "operating ratio", (("operating_income", "cur", False), ("revenue", "cur", False)),
           operating_ratio, "%"),
    Recipe("interest_coverage", "interest coverage ratio", (("operating_income", "cur", False),
                                                            ("interest_expense", "cur", False)), interest_coverage, "x"),
    Recipe("net_margin", "net profit margin", (("net_income", "cur", False), ("revenue", "cur", False)),
           net_margin, "%"),
    Recipe("current_ratio", "current ratio", (("total_current_assets", "cur", False),
                                              ("total_current_liabilities", "cur", False)), current_ratio, "x"),
    Recipe("quick_ratio", "quick ratio", (("total_current_assets", "cur", False), ("inventory", "cur", False),
                                          ("total_current_liabilities", "cur", False)), quick_ratio, "x"),
    Recipe("capex_to_revenue", "capital expenditure as a share of revenue",
           (("capital_expenditure", "cur", False), ("revenue", "cur", False)), capex_to_revenue, "%"),
    Recipe("effective_tax_rate", "effective tax rate", (("income_tax_expense", "cur", False),
                                                        ("income_before_tax", "cur", False)), effective_tax_rate, "%"),
    Recipe("payout_ratio", "dividend payout ratio", (("dividends_paid", "cur", False), ("net_income", "cur", False)),
           payout_ratio, "%"),
    Recipe("fixed_asset_ratio", "fixed-asset ratio", (("net_ppe", "cur", False), ("total_assets", "cur", False),
                                                      ("rental_assets", "cur", True)),
           fixed_asset_ratio, "%"),
    Recipe("inventory_turnover", "inventory turnover", (("cost_of_revenue", "cur", False), ("inventory", "cur", False),
                                                        ("inventory", "prev", True)), inventory_turnover, "x"),
    Recipe("fixed_asset_turnover", "fixed asset turnover", (("revenue", "cur", False), ("net_ppe", "cur", False),
                                                            ("net_ppe", "prev", True)), fixed_asset_turnover, "x"),
    Recipe("asset_turnover", "asset turnover", (("revenue", "cur", False), ("total_assets", "cur", False),
                                                ("total_assets", "prev", True)), asset_turnover, "x"),
    Recipe("roa", "return on assets", (("net_income", "cur", False), ("total_assets", "cur", False),
                                       ("total_assets", "prev", True)), return_on_assets, "%"),
    Recipe("dpo", "days payable outstanding", (("accounts_payable", "cur", False), ("cost_of_revenue", "cur", False),
                                               ("accounts_payable", "prev", True)), dpo, "days"),
    Recipe("dso", "days sales outstanding", (("accounts_receivable", "cur", False), ("revenue", "cur", False),
                                             ("accounts_receivable", "prev", True)), dso, "days"),
    Recipe("dio", "days inventory outstanding", (("inventory", "cur", False), ("cost_of_revenue", "cur", False),
                                                 ("inventory", "prev", True)), dio, "days"),
    Recipe("free_cash_flow", "free cash flow", (("cash_from_operations", "cur", False),
                                                ("capital_expenditure", "cur", False)), free_cash_flow, "USD"),
    Recipe("fcf_conversion", "free cash flow conversion", (("cash_from_operations", "cur", False),
                                                           ("capital_expenditure", "cur", False),
                                                           ("net_income", "cur", False)), fcf_conversion, "%"),
    Recipe("operating_cash_flow_ratio", "operating cash flow ratio", (("cash_from_operations", "cur", False),
                                                                      ("total_current_liabilities", "cur", False)),
           operating_cash_flow_ratio, "x"),
    Recipe("net_working_capital", "net working capital", (("total_current_assets", "cur", False),
                                                          ("total_current_liabilities", "cur", False)),
           net_working_capital, "USD"),
    Recipe("ebitda", "unadjusted EBITDA", (("operating_income", "cur", False),
                                           ("depreciation_amortization", "cur", False)), ebitda, "USD"),
    Recipe("ebitda_margin", "unadjusted EBITDA margin", (("operating_income", "cur", False),
                                                         ("depreciation_amortization", "cur", False),
                                                         ("revenue", "cur", False)), ebitda_margin, "%"),
    Recipe("ebitda_less_capex", "unadjusted EBITDA less capital expenditure",
           (("operating_income", "cur", False), ("depreciation_amortization", "cur", False),
            ("capital_expenditure", "cur", False)), ebitda_less_capex, "USD"),
    Recipe("retention_ratio", "retention ratio", (("dividends_paid", "cur", False), ("net_income", "cur", False)),
           retention_ratio, ""),
    Recipe("cash_conversion_cycle", "cash conversion cycle",
           (("inventory", "cur", False), ("inventory", "prev", True), ("accounts_receivable", "cur", False),
            ("accounts_receivable", "prev", True), ("accounts_payable", "cur", False),
            ("accounts_payable", "prev", True), ("cost_of_revenue", "cur", False), ("revenue", "cur", False)),
           cash_conversion_cycle, "days"),
]}

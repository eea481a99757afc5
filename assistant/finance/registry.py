"""The metric registry: every financial metric mia reads, defined once.

One ``Metric`` says everything the pipeline needs about a metric:
- ``labels``: how a statement row names it (regexes, full match on the cleaned lower-case label; the first
  metric whose pattern matches wins, so order matters: ``normalise_metric``);
- ``words``: how a question names it (lower case; in a question the longest phrase wins: ``query.intent``);
- ``title``: how an answer names it ("" : callers use the name);
- ``statement``: the primary statement that holds it ("income", "balance", "cash_flow"; "" for figures of the
  discussion such as EBITDA or free cash flow);
- ``kind``: "flow" (an amount over a period), "balance" (an amount at a date) or "rate" (a percentage or a
  per-share figure);
- ``magnitude``: printed as an outflow or a cost in parentheses, so its sign is presentation only (formulas
  use the magnitude: ``finance.formulas.amount``);
- ``change_in_cash_flow``: a balance that a cash-flow statement shows only as a change, so a row of that name
  inside a cash-flow statement is not the balance (``finance.extract`` leaves it unmapped).

Adding a metric is one ``Metric(...)`` here (and a formula in ``finance/formulas.py`` when it is computed).
Statement words that point at several metrics ("balance sheet", "working capital") are ``CONCEPT_WORDS``.

Imports: nothing from the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Metric:
    name: str
    labels: tuple[str, ...]
    words: tuple[str, ...] = ()
    title: str = ""
    statement: str = ""
    kind: str = "flow"
    magnitude: bool = False
    change_in_cash_flow: bool = False


def _section_patterns(word: str) -> list[str]:
    """A cash-flow section's total however it is worded: "Cash provided (used) by investing activities",
    "Total cash provided by operating activities", or the bare "Financing activities" of a summary table."""
    nouns = "(operating activities|operations)" if word == "operating" else f"{word} activities"
    return [rf"(?!.*discontinued)(total |net )?cash( flows?)?[a-z()/, ]*?\b{nouns}( from continuing operations)?",
            rf"{word} activities"]


METRICS: tuple[Metric, ...] = (
    Metric(
        "revenue",
        labels=(
            r"(total )?(net )?(operating )?revenues?( net)?",
            r"(total )?net sales( and revenues?)?",
            r"(total )?sales",
            r"(total )?net (operating )?revenues?",
            r"revenues?,? net",
            r"(total )?revenues? and other income",
            r"net sales and revenues?",
        ),
        words=(
            "total revenues", "total revenue", "net revenues", "net revenue", "revenues", "revenue", "net sales",
            "total net sales", "top line", "sales",
        ),
        title="revenue",
        statement="income",
    ),
    Metric(
        "cost_of_revenue",
        labels=(
            r"(total )?costs? of (goods )?(sales|revenues?|products sold|goods sold)( and occupancy)?"
            r"( excluding .*| exclusive of .*| \(exclusive of .*\))?",
            r"cost of (sales|goods sold),? (excluding|exclusive of) .*",
            r"costs? of merchandise sold",
            r"cost of products sold",
        ),
        words=("cost of goods sold", "cost of sales", "cost of revenue", "cost of revenues", "cogs"),
        title="cost of revenue",
        statement="income",
        magnitude=True,
    ),
    Metric(
        "gross_profit",
        labels=(r"gross (profit|margin)( on sales)?",),
        words=("gross profit",),
        title="gross profit",
        statement="income",
    ),
    Metric(
        "gross_margin_pct",
        labels=(r"gross (profit )?margin( percentage| rate)?( %)?( percent)?",),
        statement="income",
        kind="rate",
    ),
    Metric(
        "operating_income",
        labels=(
            r"(total )?operating (income|profit)( \(loss\))?",
            r"(income|earnings|profit) from operations( \(loss\))?",
            r"operating (income|profit) \(loss\)",
            r"(loss|income) from operations",
            r"operating earnings",
        ),
        words=("operating income", "operating profit", "income from operations", "ebit"),
        title="operating income",
        statement="income",
    ),
    Metric(
        "operating_margin_pct",
        labels=(r"operating (income )?margin( %)?( percent)?",),
        statement="income",
        kind="rate",
    ),
    Metric(
        "income_before_tax",
        labels=(
            r"(income|earnings) (from continuing operations )?before (provision for )?income tax(es)?( expense)?"
            r"( and equity .*)?",
            r"(income|earnings) before taxes( on income)?",
            r"pre-?tax (income|earnings)",
        ),
        words=("income before taxes", "income before income taxes", "pre-tax income", "pretax income"),
        title="income before tax",
        statement="income",
    ),
    Metric(
        "income_tax_expense",
        labels=(
            r"(provision for|benefit from|\(benefit\)|provision \(benefit\) for|provision/\(benefit\) for) "
            r"(income )?taxes( on income)?",
            r"income tax(es)? (expense|provision)( \(benefit\))?",
            r"income tax(es)?",
            r"provision for income taxes",
            r"income tax expense \(benefit\)",
        ),
        words=("income tax expense", "provision for income taxes", "income taxes", "tax expense"),
        title="income tax expense",
        statement="income",
        magnitude=True,
    ),
    Metric(
        "effective_tax_rate",
        labels=(r"effective (income )?tax rate( %)?",),
        statement="income",
        kind="rate",
    ),
    Metric(
        "net_income",
        labels=(
            r"net (income|earnings)( \(loss\))?",
            r"net (income|earnings) attributable to (?!non-?controlling)(?!minority).*",
            r"net (income|earnings) (\(loss\) )?attributable to (?!non-?controlling)(?!minority).*",
            r"net (loss|income) \(loss\)",
            r"net income applicable to common (stock|shareholders|stockholders)",
        ),
        words=("net income", "net earnings", "net profit", "profit attributable"),
        title="net income",
        statement="income",
    ),
    Metric(
        "eps_basic",
        labels=(
            r"(basic|basic earnings per (common )?share|earnings per (common )?share[ -—–:]*basic|basic net (income|earnings) "
            r"per (common )?share|net (income|earnings) per (common )?share[ -—–:]*basic)( attributable to .*)?",
        ),
        words=("basic eps", "basic earnings per share"),
        title="basic EPS",
        statement="income",
        kind="rate",
    ),
    Metric(
        "eps_diluted",
        labels=(
            r"(diluted|diluted earnings per (common )?share|earnings per (common )?share[ -—–:]*diluted|diluted net "
            r"(income|earnings) per (common )?share|net (income|earnings) per (common )?share[ -—–:]*diluted)"
            r"( attributable to .*)?",
        ),
        words=("diluted eps", "diluted earnings per share", "eps", "earnings per share"),
        title="diluted EPS",
        statement="income",
        kind="rate",
    ),
    Metric(
        "dividends_per_share",
        labels=(r"(cash )?dividends (declared |paid )?per (common )?share",),
        statement="income",
        kind="rate",
    ),
    Metric(
        "research_and_development",
        labels=(r"research(,)? (and|&) development( expenses?| costs?)?",),
        words=("research and development", "r&d"),
        title="R&D expense",
        statement="income",
        magnitude=True,
    ),
    Metric(
        "sga",
        labels=(
            r"selling,? general,? (and|&) administrative( expenses?)?",
            r"selling and administrative expenses?",
            r"total selling and administrative expense",
            r"selling, informational and administrative expenses",
            r"sg&a( expenses?)?",
        ),
        words=("selling, general and administrative", "sg&a"),
        title="SG&A expense",
        statement="income",
        magnitude=True,
    ),
    Metric(
        "depreciation_amortization",
        labels=(
            r"depreciation(,)? (and|&) amortization( expense)?",
            r"depreciation, depletion and amortization",
            r"depreciation and amortization of property.*",
        ),
        words=("depreciation and amortization", "d&a", "depreciation & amortization"),
        title="depreciation and amortisation",
        statement="cash_flow",
        magnitude=True,
    ),
    Metric(
        "interest_expense",
        labels=(r"interest expense(, net| \(income\), net)?", r"interest expense, net of .*"),
        words=("interest expense",),
        title="interest expense",
        statement="income",
        magnitude=True,
    ),
    Metric(
        "total_assets",
        labels=(r"total assets",),
        words=("total assets",),
        title="total assets",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "total_current_assets",
        labels=(r"total current assets",),
        words=("total current assets", "current assets"),
        title="total current assets",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "total_current_liabilities",
        labels=(r"total current liabilities",),
        words=("total current liabilities", "current liabilities"),
        title="total current liabilities",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "total_liabilities",
        labels=(r"total liabilities",),
        statement="balance",
        kind="balance",
    ),
    Metric(
        "cash_and_equivalents",
        labels=(
            r"cash and (cash )?equivalents( at end of (the )?(year|period))?",
            r"cash and cash equivalents,? end of (the )?(year|period)",
        ),
        words=("cash and cash equivalents", "cash & equivalents"),
        title="cash and cash equivalents",
        statement="balance",
        kind="balance",
    ),
    Metric(
        "short_term_investments",
        labels=(r"(short-term|marketable) (investments|securities)",),
        statement="balance",
        kind="balance",
    ),
    Metric(
        "accounts_receivable",
        labels=(
            r"(trade )?(accounts )?receivables?,? (net|less allowances?.*)",
            r"accounts receivable(,)?( net)?( of .*)?",
            r"(trade )?receivables?,? net( of .*)?",
            r"accounts and notes receivable.*",
        ),
        words=("accounts receivable", "receivables"),
        title="accounts receivable",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "inventory",
        labels=(r"(merchandise )?inventor(y|ies)(,)?( net)?", r"total inventor(y|ies)"),
        words=("inventory", "inventories"),
        title="inventory",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "accounts_payable",
        labels=(r"(trade )?accounts payable( and accrued .*)?", r"trade payables"),
        words=("accounts payable", "payables"),
        title="accounts payable",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "net_ppe",
        labels=(
            r"(net )?property,? plant,? and equipment(,)?( net| - net| — net|–net)?( of accumulated depreciation.*)?",
            r"property and equipment,? net( of accumulated depreciation.*)?",
            r"net property and equipment",
            r"property, plant and equipment — net",
            r"(net )?property, plant and equipment, net",
        ),
        words=(
            "net pp&e", "net property, plant and equipment", "property, plant and equipment, net",
            "net property and equipment", "net ppne", "ppne", "net ppe", "pp&e",
        ),
        title="net PP&E",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "long_term_debt",
        labels=(
            r"long-term debt(,)?( net| less current portion| excluding current portion| net of current portion)?"
            r"( of current portion)?( \(.*\))?",
            r"long-term borrowings",
        ),
        words=("long-term debt", "long term debt"),
        title="long-term debt",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "current_debt",
        labels=(
            r"(current portion of long-term debt|short-term (borrowings|debt)|current maturities of long-term debt)"
            r"( and .*)?",
        ),
        title="current debt",
        statement="balance",
        kind="balance",
    ),
    Metric(
        "total_debt",
        labels=(r"total (debt|borrowings)",),
        words=("total debt",),
        title="total debt",
        statement="balance",
        kind="balance",
    ),
    Metric(
        "total_equity",
        labels=(
            r"total (shareholders|stockholders|share owners|shareowners)['’]? equity( \(deficit\))?( attributable to .*)?",
            r"total equity( \(deficit\))?",
            r"total [a-z0-9&.,' ]+ (shareholders|stockholders)['’]? equity",
        ),
        words=(
            "total equity", "shareholders' equity", "stockholders' equity", "shareholders equity",
            "stockholders equity",
        ),
        title="total equity",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
    ),
    Metric(
        "cash_from_operations",
        labels=(
            r"net cash (provided by|from|provided by \(used (in|for)\)|provided by/\(used in\)|\(used in\) provided by)"
            r" operating activities( from continuing operations)?",
            r"cash (provided by|generated from|flows? from) operati(ons|ng activities)",
            *_section_patterns("operating"),
        ),
        words=(
            "cash from operations", "cash flow from operations", "operating cash flow",
            "cash from operating activities", "net cash provided by operating activities",
            "cash flows from operating activities", "cash flow from operating activities",
            "cash generated from operating activities", "cash from operating activities",
        ),
        title="cash from operations",
        statement="cash_flow",
    ),
    Metric(
        "cash_from_investing",
        labels=(
            r"net cash (used in|provided by|\(used in\) provided by|provided by \(used in\)|used for|provided by/\(used in\))"
            r" investing activities",
            *_section_patterns("investing"),
        ),
        statement="cash_flow",
    ),
    Metric(
        "cash_from_financing",
        labels=(
            r"net cash (used in|provided by|\(used in\) provided by|provided by \(used in\)|used for|provided by/\(used in\))"
            r" financing activities",
            *_section_patterns("financing"),
        ),
        statement="cash_flow",
    ),
    Metric(
        "capital_expenditure",
        labels=(
            r"(purchases|acquisitions?|additions) (of|to) property,? (plant )?(and|&) equipment( \(pp&e\))?",
            r"capital expenditures?(,? net of construction payables?)?",
            r"payments for (acquisition of )?property,? (plant )?and equipment",
            r"purchases of property and equipment",
            r"capital spending",
            r"expenditures for property.*",
        ),
        words=(
            "capital expenditure", "capital expenditures", "capex", "capital spending",
            "purchases of property, plant and equipment", "purchases of pp&e", "additions to pp&e",
        ),
        title="capital expenditure",
        statement="cash_flow",
        magnitude=True,
    ),
    Metric(
        "dividends_paid",
        labels=(
            r"(cash )?dividends paid( to (common |ordinary )?(share|stock)holders)?( on common stock)?",
            r"dividends paid to shareholders",
            r"payments? of (cash )?dividends( to .*)?",
            r"dividends",
        ),
        words=(
            "dividends paid", "cash dividends", "dividend payments", "paid dividends", "pay dividends",
            "paid a dividend", "pay a dividend",
        ),
        title="dividends paid",
        statement="cash_flow",
        magnitude=True,
    ),
    Metric(
        "share_repurchases",
        labels=(r"(purchases|repurchases?) of (common|treasury|company) stock( .*)?",),
        statement="cash_flow",
        magnitude=True,
    ),
    Metric(
        "restructuring_costs",
        labels=(
            r"(total )?restructuring( and impairment| and other| and related| and integration)?"
            r" (charges|costs|expenses?)(,? net)?",
        ),
        words=(
            "restructuring costs", "restructuring charges", "restructuring expenses",
            "restructuring and impairment charges",
        ),
        title="restructuring costs",
        statement="income",
    ),
    Metric(
        "free_cash_flow",
        labels=(r"free cash flow",),
    ),
    Metric(
        "shares_outstanding",
        labels=(r"(common )?shares outstanding( at end of (the )?(year|period))?",),
        words=("shares outstanding",),
        title="shares outstanding",
        statement="balance",
        kind="balance",
    ),
    Metric(
        "weighted_shares_basic",
        labels=(r"weighted[- ]average (number of )?(common )?shares( outstanding)?[ -—–:]*basic",),
        statement="income",
    ),
    Metric(
        "weighted_shares_diluted",
        labels=(r"weighted[- ]average (number of )?(common )?shares( outstanding)?[ -—–:]*diluted",),
        statement="income",
    ),
    Metric(
        "ebitda",
        labels=(r"(adjusted )?ebitda",),
    ),
)

BY_NAME: dict[str, Metric] = {m.name: m for m in METRICS}
METRIC_WORDS: dict[str, list[str]] = {m.name: list(m.words) for m in METRICS if m.words}
TITLES: dict[str, str] = {m.name: m.title for m in METRICS if m.title}
MAGNITUDE_METRICS = frozenset(m.name for m in METRICS if m.magnitude)
CHANGE_IN_CASH_FLOW = frozenset(m.name for m in METRICS if m.change_in_cash_flow)

# Words that name a whole statement, or a concept read from one, -> the metrics whose rows it holds.
CONCEPT_WORDS: dict[str, list[str]] = {
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

# ---------------------------------------------------------------------------------------------- row labels

_COMPILED = [(m.name, re.compile("|".join(f"(?:{p})" for p in m.labels))) for m in METRICS]

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"


def clean_label(label: str) -> str:
    """The label without footnote marks, dollar signs and stray punctuation (case kept)."""
    s = label.translate({ord(c): None for c in SUPERSCRIPTS})
    s = re.sub(r"\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)", " ", s)  # (a) (1) (iv)
    s = s.replace("$", " ")
    s = re.sub(r"\s+", " ", s).strip(" :;,.-—–")
    return s


def _key(label: str) -> str:
    s = clean_label(label).lower().replace("’", "'").replace("––", "—")
    s = re.sub(r"\s+", " ", s)
    return s


def normalise_metric(label: str) -> str | None:
    """The standard metric a label names (e.g. "Net sales" -> "revenue"), or None when unmapped."""
    key = _key(label)
    if not key or len(key) > 160:
        return None
    for name, rx in _COMPILED:
        if rx.fullmatch(key):
            return name
    return None

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
- ``benefit``: an expense that a filer may print as a benefit in some period (a provision for credit losses released,
  an income tax benefit): a table row of it that prints cells of both signs keeps each cell's sign, which is then
  no presentation (``finance.formulas.signed``);
- ``change_in_cash_flow``: a balance that a cash-flow statement shows only as a change, so a row of that name
  inside a cash-flow statement is not the balance (``finance.extract`` leaves it unmapped);
- ``also``: other statements its row may stand on (net income heads the cash-flow statement too);
- ``tokens``: token rules, so that a label worded as no filing seen so far words it still maps. In
  ``"purchase|addition|payment + property|plant|equipment - sale|proceed ~3"`` every ``+`` slot needs one of its
  alternatives (a word or a run of words; each slot its own words of the label), no word or run after ``-``
  may appear, and at most ``~N`` words of the label (default 3) may be left over beyond the slots and joining
  words ("of", "net", "total", "cash used in"...). Words are lower-cased, "&" is "and", "PP&E" is "ppe", British
  "-isation" is "-ization", plurals are folded ("activities" -> "activity"). Patterns are tried first;
  token rules only for rows read on a primary statement of the metric's kind (``normalise_metric``);
- ``part_of``: one of the rows that a filer may print instead of one line (depreciation, then amortisation of
  intangibles): ``PARTS`` lists them, ``finance.combined`` adds them up.
- ``components``: the labels of rows a filer prints under the metric's heading instead of one line
  (inventories: raw materials, work in process, finished goods): ``COMPONENTS``; ``finance.combined`` adds the
  rows of one balance sheet up when no row of the metric stands on it.

Adding a metric is one ``Metric(...)`` here (and a formula in ``finance/formulas.py`` when it is computed).
Statement words that point at several metrics ("balance sheet", "working capital") are ``CONCEPT_WORDS``.

Imports: nothing from the package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Metric:
    name: str
    labels: tuple[str, ...]
    words: tuple[str, ...] = ()
    title: str = ""
    statement: str = ""
    kind: str = "flow"
    magnitude: bool = False
    benefit: bool = False  # may print as a benefit (negative) beside expense periods: ``finance.formulas.signed``
    change_in_cash_flow: bool = False
    also: tuple[str, ...] = ()  # other statements its row may stand on ("net_income": the cash-flow statement)
    tokens: tuple[str, ...] = ()  # token rules for labels the patterns do not know (see ``normalise_metric``)
    part_of: str = ""  # a row that, added to the metric's other parts, makes ``part_of`` (``PARTS``)
    # rows a filer may print under the metric's heading instead of one line (inventories as raw materials, work in
    # process, finished goods): a regular expression over the row's label (``COMPONENTS``, ``finance.combined``)
    components: str = ""
    # a figure per share (earnings, dividends, book value per share): its rows are stored in USD/share and a
    # question's "per share" is its own name, never a figure derived from another metric (``PER_SHARE_METRICS``)
    per_share: bool = False


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
            tokens=(
            'revenue|sale + customer|contract - cost|expense|deferred|unearned|tax|proceed|per|share|percent|percentage|adjusted|growth|gain|loss|receivable|change|intersegment|intercompany|elimination|margin|ratio|allowance|return|asset|exchange|forward|commodity|hedge|derivative|other ~2',
        ),
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
            tokens=(
            'cost + sale|revenue|sold|good|merchandise - gross|deferred|tax|percent|percentage|margin|ratio|inventory|change|capitalized|capitalised|contract|acquisition|restructuring|classified|recorded|included|implementation|project|other|per ~3',
        ),
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
            tokens=(
            'operating|operation + income|profit|earning|loss - before|after|other|non|nonoperating|expense|per|margin|discontinued|continuing|tax|interest|lease|cash|activity|equity|affiliate|segment|net|percent|percentage|ratio|comprehensive|investment|change|adjusted|nongaap|carryforward|deferred|state|foreign|credit|revenue|sale|gross|impact|roi ~2',
        ),
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
        # the filer's own line names ("income before provision for income taxes"): longer than the provision's
        # name inside them, so a question naming the pre-tax line is never read as asking the provision (session 29)
        words=("income before taxes", "income before income taxes", "pre-tax income", "pretax income",
               "income before provision for income taxes", "earnings before income taxes",
               "earnings before provision for income taxes"),
        title="income before tax",
        statement="income",
            tokens=(
            'income|earning|profit|loss + before + tax - per|margin|rate|percent|percentage|discontinued|interest|depreciation|amortization|ebitda|adjusted|nongaap|comprehensive|fixed|charge ~4',
        ),
),
    Metric(
        "income_tax_expense",
        labels=(
            r"(provision for|benefit from|\(benefit\)|provision \(benefit\) for|provision/\(benefit\) for|"
            r"provision for \(benefit from\)) "
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
        benefit=True,
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
            also=('cash_flow',),
),
    Metric(
        "eps_basic",
        labels=(
            r"(basic|basic earnings per (common )?share|earnings per (common )?share[ -—–:]*basic|basic net (income|earnings) "
            r"per (common )?share|net (income|earnings) per (common )?share[ -—–:]*basic)( attributable to .*)?",
        ),
        # General rule (session 30): the statement's "per common share" rows are asked back in their own words
        # ("basic earnings per common share"), as the labels read them
        words=("basic eps", "basic earnings per share", "basic net income per share", "basic net earnings per share",
               "net income per basic share", "earnings per basic share", "basic income per share",
               "basic earnings per common share", "basic net income per common share",
               "basic net earnings per common share", "earnings per common share - basic"),
        title="basic EPS",
        statement="income",
        kind="rate",
        per_share=True,
    ),
    Metric(
        "eps_diluted",
        labels=(
            r"(diluted|diluted earnings per (common )?share|earnings per (common )?share[ -—–:]*diluted|diluted net "
            r"(income|earnings) per (common )?share|net (income|earnings) per (common )?share[ -—–:]*diluted)"
            r"( attributable to .*)?",
        ),
        # the statement's own wording asked back ("diluted net income per share", "net income per diluted share")
        words=("diluted eps", "diluted earnings per share", "eps", "earnings per share", "diluted net income per share",
               "diluted net earnings per share", "net income per diluted share", "earnings per diluted share",
               "net earnings per diluted share", "diluted income per share", "diluted earnings per common share",
               "diluted net income per common share", "diluted net earnings per common share",
               "earnings per common share - diluted", "net income per diluted common share"),
        title="diluted EPS",
        statement="income",
        kind="rate",
        per_share=True,
    ),
    Metric(
        "dividends_per_share",
        labels=(r"(cash )?dividends? (declared |paid )?per (common )?share",),
        # a question may also split the words ("How much dividend did Contoso pay per share?"):
        # ``query.intent.metrics_in``
        words=tuple(f"{c}{d} {v}per {k}share" for c in ("", "cash ") for d in ("dividend", "dividends")
                    for v in ("", "declared ", "paid ") for k in ("", "common ")) + (
            "per-share dividend", "per share dividend", "per-share dividends", "per share dividends", "dps"),
        title="dividend per share",
        statement="income",
        kind="rate",
        per_share=True,
    ),
    # General rule: a bank's or insurer's book value and tangible book value per share are rows of its selected
    # financial data ("Book value per share", "Tangible book value per share ("TBVPS")", "Book value per common
    # share"), figures at a date; a question asks them by those words or their initials. Tangible first: the longer
    # phrase wins in a question and the tangible row must never map as book value.
    Metric(
        "tangible_book_value_per_share",
        labels=(r"tangible book value per (common )?share( \(?[\"“]?tbvps[\"”]?\)?)?",),
        words=("tangible book value per share", "tangible book value per common share", "tbvps"),
        title="tangible book value per share",
        kind="rate",
        per_share=True,
    ),
    Metric(
        "book_value_per_share",
        labels=(r"book value per (common )?share( \(?[\"“]?bvps[\"”]?\)?)?",),
        words=("book value per share", "book value per common share", "bvps"),
        title="book value per share",
        kind="rate",
        per_share=True,
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
        # "Engineering, selling, general and administrative expenses", "Marketing, general and administrative"
        tokens=('selling|marketing + administrative - research|development|percent|percentage|ratio|change|stock|'
                'share|compensation|amortization|depreciation|other|segment|increase|decrease|restructuring|'
                'impairment ~3',),
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
            tokens=(
            'depreciation + amortization - accumulated|cost|exclusive|excluding|exclude|gain|sale|revenue|income|less|deferred|tax|before|ebitda|percent|percentage|margin|debt|discount|lease|segment|reportable|interest ~3',
        ),
        also=('income',),
),
    # General rule: stock-based (share-based, equity-based) compensation is the non-cash add-back of the cash-flow
    # statement's operating section ("Stock-based compensation", "Share-based compensation expense"); a note's total
    # row ("Total share-based compensation") names it too. A row that says it is net of tax, an award count or a
    # dilution is another figure (the pattern matches the whole label only).
    Metric(
        "stock_based_compensation",
        labels=(r"(total )?(stock|share|equity)[- ]based compensation( expenses?| costs?)?",),
        words=("stock-based compensation", "share-based compensation", "stock based compensation",
               "share based compensation", "equity-based compensation"),
        title="stock-based compensation",
        statement="cash_flow",
    ),
    Metric(
        "interest_expense",
        labels=(r"interest expense(, net| \(income\), net)?", r"interest expense, net of .*",
                r"total interest expense",),  # a bank's: interest on deposits and borrowings
        words=("interest expense", "total interest expense"),
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
        words=("cash and cash equivalents", "cash & equivalents", "cash balance", "cash position", "cash on hand",
               "cash holdings"),
        title="cash and cash equivalents",
        statement="balance",
        kind="balance",
            also=('cash_flow',),
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
            r"receivables",  # the bare line of a balance sheet ("Receivables 1,679.7 1,684.2")
        ),
        words=("accounts receivable", "receivables"),
        title="accounts receivable",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
            tokens=(
            'receivable + account|trade|customer|note - change|increase|decrease|other|tax|income|related|lease|financing|long|noncurrent|reinsurance|premium|interest|day|turnover|sale|sold|securitized|provision|reserve|loss|percentage|average|segment|proceed|repayment|principal|allowance for doubtful ~4',
        ),
),
    Metric(
        "inventory",
        labels=(r"(merchandise )?inventor(y|ies)(,)?( net)?", r"total inventor(y|ies)"),
        words=("inventory", "inventories"),
        title="inventory",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
        components=r"\b(?:raw\s+materials?|work[- ]in[- ]process|work[- ]in[- ]progress|finished\s+(?:goods|products)|"
                   r"(?:materials\s+and\s+)?supplies|spare\s+parts)\b",
            tokens=(
            'inventory - change|increase|decrease|reserve|write|writedown|turnover|turn|day|excess|obsolete|provision|step|cost|sold|sale|purchase|consigned|noncurrent|long|other|payable|financing|revaluation|mark|market|valuation|paid|raw|material|finished|work|process|packaging|supply|supplies|totaled|quarter|average|segment ~2',
        ),
),
    Metric(
        "accounts_payable",
        labels=(r"(trade )?accounts payable( and accrued .*)?", r"trade payables"),
        words=("accounts payable", "payables"),
        title="accounts payable",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
            tokens=(
            'payable + account|trade - change|increase|decrease|income|tax|interest|dividend|related|other|construction|day|turnover|noncurrent|long|average|purchase|property|segment ~3',
        ),
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
            tokens=(
            'property|premise + equipment|plant + net|less - purchase|addition|payment|sale|proceed|acquisition|expenditure|gain|loss|impairment|lease|leased|change|capital|held|gross|disposal|write|increase|decrease|turnover|depreciation expense|investment|accrued|payable|transaction|removal|retirement|issuance|share|remaining|segment|reportable ~6',
        ),
),
    # the fleet a rental or leasing business earns its revenue with, carried apart from PP&E (a rent-to-own chain's
    # "Rental merchandise, net" among its current assets, an equipment renter's "Rental equipment, net", a car
    # renter's "Revenue earning vehicles, net"): capital assets as much as PP&E (``formulas.fixed_asset_ratio``)
    Metric(
        "rental_assets",
        labels=(
            r"(?:total )?(?:rental|lease|leased) (?:merchandise|equipment|fleet|property|products)"
            r"(?:,? (?:net|in service|on rent|held for (?:rent|rental|lease)))*(?:,? (?:net )?of accumulated "
            r"depreciation.*)?",
            r"(?:total )?(?:equipment|merchandise|property) (?:held )?(?:for|on) (?:rent|rental|lease|operating leases?)"
            r"(?:,? net)?(?:,? (?:net )?of accumulated depreciation.*)?",
            r"(?:total )?revenue[- ]earning (?:vehicles|equipment|fleet)(?:,? net)?(?:,? (?:net )?of accumulated "
            r"depreciation.*)?",
        ),
        words=("rental assets", "rental fleet", "rental equipment", "rental merchandise", "lease fleet"),
        title="rental and lease fleet assets",
        statement="balance",
        kind="balance",
        change_in_cash_flow=True,
),
    Metric(
        "long_term_debt",
        labels=(
            r"long-term debt(,)?( net| less current portion| excluding current portion| net of current portion)?"
            r"( of current portion)?( \(.*\))?",
            r"long-term debt,? (less|excluding|net of) current (portion|maturities|installments).*",
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
            tokens=(
            'debt|borrowing + current|short|within - change|increase|decrease|proceed|repayment|payment|issuance|interest|fair|lease|less|excluding|noncurrent|retirement|extinguishment|cost|including|average|principal|security|investment ~3',
        ),
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
            r"total (?!.*\bliabilities\b)[a-z0-9&.,' ]+ (shareholders|stockholders)['’]? equity",
        ),
        words=(
            "total equity", "shareholders' equity", "stockholders' equity", "shareholders equity",
            "stockholders equity", "stockholders' deficit", "shareholders' deficit",
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
            tokens=(
            'operating + activity + total|net - adjustment|reconcile|discontinued|other|change|noncash|non|supplemental|effect|before|beginning|end|included|capital|expenditure|purchase|proceed|payment|conversion|rate|percentage|income|earning|dividend|debt|stock ~1',
            'operating + activity + cash - adjustment|reconcile|discontinued|other|change|noncash|non|supplemental|effect|before|beginning|end|included|capital|expenditure|purchase|proceed|payment|conversion|rate|percentage|income|earning|dividend|debt|stock ~2',
        ),
),
    Metric(
        "cash_from_investing",
        labels=(
            r"net cash (used in|provided by|\(used in\) provided by|provided by \(used in\)|used for|provided by/\(used in\))"
            r" investing activities",
            *_section_patterns("investing"),
        ),
        statement="cash_flow",
            tokens=(
            'investing + activity + total|net - adjustment|reconcile|discontinued|other|change|noncash|non|supplemental|effect|before|beginning|end|included|capital|expenditure|purchase|proceed|payment|conversion|rate|percentage|income|earning|dividend|debt|stock ~1',
            'investing + activity + cash - adjustment|reconcile|discontinued|other|change|noncash|non|supplemental|effect|before|beginning|end|included|capital|expenditure|purchase|proceed|payment|conversion|rate|percentage|income|earning|dividend|debt|stock ~2',
        ),
),
    Metric(
        "cash_from_financing",
        labels=(
            r"net cash (used in|provided by|\(used in\) provided by|provided by \(used in\)|used for|provided by/\(used in\))"
            r" financing activities",
            *_section_patterns("financing"),
        ),
        statement="cash_flow",
            tokens=(
            'financing + activity + total|net - adjustment|reconcile|discontinued|other|change|noncash|non|supplemental|effect|before|beginning|end|included|capital|expenditure|purchase|proceed|payment|conversion|rate|percentage|income|earning|dividend|debt|stock ~1',
            'financing + activity + cash - adjustment|reconcile|discontinued|other|change|noncash|non|supplemental|effect|before|beginning|end|included|capital|expenditure|purchase|proceed|payment|conversion|rate|percentage|income|earning|dividend|debt|stock ~2',
        ),
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
            tokens=(
            'purchase|addition|payment|expenditure|investment|spending + property and equipment|property plant and equipment|property|plant|equipment|ppe|capital|fixed asset|land|building|store|remodel|technology|construction - sale|proceed|disposal|depreciation|accumulated|lease|business|security|gain|loss|accrued|payable|unpaid|noncash|change|held|net of cash|subsidiary|affiliate|intangible|stock|share|financed|grant|reimbursement|insurance|receive|swap|hedge|income|segment|reportable|included|company|venture|partnership|fund|marketable|note|loan|interest|debt|deposit|acquisition|acquired ~3',
        ),
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
            # the amount paid asked in other words: "How much did X pay in common stock dividends?", "... spend on
            # dividends?", "dividends to shareholders" (a declared total, dividend income or a per-share amount
            # are other figures: ``query.intent.metrics_in``)
            "common stock dividends", "common dividends", "dividends on common stock", "dividends paid on common stock",
            "cash dividends paid on common stock", "common dividends paid", "dividends to shareholders",
            "dividends to stockholders", "dividends to common shareholders", "dividends to common stockholders",
            "in dividends", "on dividends", "through dividends", "as dividends",
        ),
        title="dividends paid",
        statement="cash_flow",
        magnitude=True,
            tokens=(
            'dividend + paid|payment|cash|shareholder|stockholder|shareowner|holder|common|owner|distribution - received|receivable|payable|declared|per|subsidiary|noncontrolling|minority|equity|affiliate|investee|income|reinvest|reinvestment|preferred ~3',
        ),
),
    Metric(
        "share_repurchases",
        labels=(r"(purchases|repurchases?) of (common|treasury|company|ordinary) (stock|shares)(,? (?!.*\b(?:withh\w*|"
                r"employees?|awards?|vest\w*|options?|for\s+tax(?:es)?)\b).*)?",),
        words=("share repurchases", "stock repurchases", "share buybacks", "stock buybacks", "buybacks",
               "repurchases of common stock", "repurchase of common stock", "repurchased shares",
               "repurchases of its common stock", "treasury stock purchases", "purchases of treasury stock"),
        title="share repurchases",
        statement="cash_flow",
        magnitude=True,
            tokens=(
            'repurchase|repurchased|purchase|purchased|buyback + stock|share|treasury - proceed|issuance|issued|sale|employee|plan|option|exercise|withheld|withholding|tax|subsidiary|noncontrolling|per|award|replacement|anti ~3',
        ),
),
    Metric(
        "acquisitions_paid",
        labels=(r"(cash paid for |payments? for |purchases? of )?(business(es)? )?acquisitions?(,? net of cash acquired)?"
                r"(,? net)?",
                r"acquisitions? of business(es)?(,? net of cash acquired)?",),
        words=("cash paid for acquisitions", "acquisitions, net of cash acquired"),
        title="cash paid for acquisitions",
        statement="cash_flow",
        magnitude=True,
        tokens=('acquisition + cash|net|business|businesses|payment|paid|purchase - proceed|sale|divestiture|'
                'related|cost|costs|intangible|property|equipment|software|ppe|investment|investments|tax|'
                'goodwill|in-process|process|research ~3',),
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
            also=('cash_flow',),
),
    Metric(
        "free_cash_flow",
        labels=(r"free cash flow",),
    ),
    # the filer's name for a fiscal year, paired with its closing date in a sentence ("fiscal 2024, the 52 weeks
    # ended February 1, 2025"): value the name, period mia's name by the closing date (``finance.fiscal``)
    Metric("fiscal_year_name", labels=(), kind="rate"),
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
        words=("basic weighted average share count", "basic weighted average shares",
               "basic weighted average shares outstanding", "basic weighted average common shares",
               "weighted average basic shares", "weighted average basic shares outstanding",
               "basic weighted-average share count", "basic weighted-average shares", "basic share count"),
        title="basic weighted average shares",
        statement="income",
    ),
    Metric(
        "weighted_shares_diluted",
        labels=(r"weighted[- ]average (number of )?(common )?shares( outstanding)?[ -—–:]*diluted",),
        # how an analyst names the diluted share base of EPS
        words=("diluted weighted average share count", "diluted weighted average shares",
               "diluted weighted average shares outstanding", "diluted weighted average common shares",
               "weighted average diluted shares", "weighted average diluted shares outstanding",
               "diluted weighted-average share count", "diluted weighted-average shares", "diluted share count"),
        title="diluted weighted average shares",
        statement="income",
    ),
    Metric(
        "ebitda",
        labels=(r"(adjusted )?ebitda",),
    ),
    # parts of one item that a filer may print on two rows (``PARTS``)
    Metric(
        "depreciation",
        labels=(),
        title="depreciation",
        statement="cash_flow",
        also=("income",),
        magnitude=True,
        part_of="depreciation_amortization",
        tokens=('depreciation - amortization|accumulated|cost|exclusive|excluding|exclude|gain|sale|less|before|after|tax|deferred|accelerated|bonus|revenue|income|percent|rate|life|method|additional|restructuring|segment ~2',),
    ),
    Metric(
        "amortization",
        labels=(),
        title="amortisation of intangibles",
        statement="cash_flow",
        also=("income",),
        magnitude=True,
        part_of="depreciation_amortization",
        # ("use": right-of-use assets; reacquired franchise rights are intangibles and their amortisation counts)
        tokens=('amortization - depreciation|accumulated|debt|discount|premium|issuance|financing|lease|use|deferred|cost|less|exclusive|excluding|exclude|gain|sale|before|tax|loan|commission|contract|capitalized|capitalised|software|bond|note|film|content|program|actuarial|prior|service|transition|pension|settlement|projected|expected|future|year|estimated|recognition|benefit|loss|credit|segment|subject|market ~3',),
    ),
    # banks and insurers: rows that show how the statements are built (``finance.applicability``)
    Metric(
        "net_interest_income",
        labels=(r"net interest (and dividend )?income( \(.*\))?", r"net interest revenue"),
        words=("net interest income",),
        title="net interest income",
        statement="income",
        tokens=('net interest income|net interest revenue - after|provision|noninterest|margin|yield|expense|percent|percentage|change|rate|spread|excluding|market ~2',),
    ),
    Metric(
        "provision_for_credit_losses",
        labels=(),
        words=("provision for credit losses", "provision for loan losses"),
        title="provision for credit losses",
        statement="income",
        also=("cash_flow",),
        magnitude=True,
        benefit=True,
        tokens=('provision + credit loss|loan loss|loan and lease loss - after|interest|reserve|ratio|percent|percentage|unfunded|commitment ~2',),
    ),
    # a bank's income statement: interest income less interest expense is net interest income; then the
    # provision, noninterest (fee) income and noninterest expense (interest expense: ``interest_expense`` above)
    Metric(
        "interest_income",
        labels=(r"(total )?interest (and dividend |and fee )?income( \(fte\)| \(tax-equivalent\))?",),
        words=("interest income", "total interest income", "interest and dividend income",
               "total interest and dividend income"),
        title="interest income",
        statement="income",  # patterns only: "Interest income on loans" is one of its parts, not the total
    ),
    Metric(
        "noninterest_income",
        labels=(r"(total )?non-?interest (income|revenues?)",),
        words=("noninterest income", "non-interest income", "total noninterest income",
               "total non-interest income", "noninterest revenue", "non-interest revenue"),
        title="noninterest income",
        statement="income",
        tokens=('noninterest + income|revenue - other|after|before|percent|percentage|ratio|change|expense ~1',),
    ),
    Metric(
        "noninterest_expense",
        labels=(r"(total )?non-?interest expenses?",),
        words=("noninterest expense", "non-interest expense", "noninterest expenses", "non-interest expenses",
               "total noninterest expense", "total non-interest expense"),
        title="noninterest expense",
        statement="income",
        magnitude=True,
        tokens=('noninterest + expense - other|after|before|percent|percentage|ratio|change|income|revenue ~1',),
    ),
    Metric(
        "deposits",
        labels=(r"(total )?deposits",),
        words=("total deposits",),
        title="total deposits",
        statement="balance",
        kind="balance",
    ),
    Metric(
        "premiums_earned",
        labels=(),
        words=("premiums earned", "net premiums earned"),
        title="premiums earned",
        statement="income",
        tokens=('premium + earned|revenue - unearned|receivable|written|ceded|assumed|ratio|percent|percentage|change|deferred|reserve ~2',),
    ),
    Metric(
        "insurance_losses",
        labels=(),
        words=("losses and loss adjustment expenses", "policyholder benefits"),
        title="losses and loss adjustment expenses",
        statement="income",
        magnitude=True,
        tokens=('loss adjustment expense|policyholder benefit|benefits and claim|claim incurred|claims and claim adjustment - reserve|liability|unpaid|reinsurance|recoverable|ratio|percent|percentage|payable|paid|change|deferred ~3',),
    ),
)

BY_NAME: dict[str, Metric] = {m.name: m for m in METRICS}
METRIC_WORDS: dict[str, list[str]] = {m.name: list(m.words) for m in METRICS if m.words}
TITLES: dict[str, str] = {m.name: m.title for m in METRICS if m.title}
MAGNITUDE_METRICS = frozenset(m.name for m in METRICS if m.magnitude)
PER_SHARE_METRICS = frozenset(m.name for m in METRICS if m.per_share)
BALANCE_METRICS = frozenset(m.name for m in METRICS if m.kind == "balance")
BENEFIT_METRICS = frozenset(m.name for m in METRICS if m.benefit)
CHANGE_IN_CASH_FLOW = frozenset(m.name for m in METRICS if m.change_in_cash_flow)
# the statements a metric's row may stand on (its own and ``also``); empty for figures of the discussion
STATEMENT_OF: dict[str, tuple[str, ...]] = {m.name: ((m.statement, *m.also) if m.statement else ())
                                            for m in METRICS}
# A cash-flow row whose label names one direction of cash: money paid out ("Purchases of ...", "... expenditures",
# "Payments for ...", "Repurchases of ...", "Dividends paid") or taken in ("Proceeds from ...", "Receipts from ...").
# Its parentheses only repeat what the label says, so its sign is presentation like a ``magnitude`` metric's: a row
# whose label names both directions ("Proceeds from (repayments of) borrowings, net") or neither ("Net cash used in
# investing activities", "Changes in operating assets") keeps its printed sign (``cash_direction``).
_CASH_OUT = re.compile(r"\b(?:purchases?|purchased|payments?|paid|expenditures?|additions?|acquisitions?|repurchases?|"
                       r"repayments?|retirements?|buybacks?|contributions?\s+to|distributions?\s+to|investments?\s+in|"
                       r"capital\s+spending|outflows?|spent|dividends?(?!\s+(?:from|received|receivable|income)\b))\b", re.I)
_CASH_IN = re.compile(r"\b(?:proceeds|receipts?|received|collections?|inflows?)\b", re.I)


def cash_direction(label: str) -> str | None:
    """"out" for a cash-flow row's label naming money paid out, "in" for money taken in, None for a label naming both
    directions or neither. General rule: such a row enters arithmetic by its magnitude (the words of a definition,
    "less", "plus", say how the amounts combine), whatever sign the filer prints it with."""
    out, taken = _CASH_OUT.search(label), _CASH_IN.search(label)
    if bool(out) == bool(taken):
        return None
    return "out" if out else "in"


# metrics a filer may print as several rows: metric -> its parts, in the order they are added
PARTS: dict[str, tuple[str, ...]] = {}
for _m in METRICS:
    if _m.part_of:
        PARTS[_m.part_of] = (*PARTS.get(_m.part_of, ()), _m.name)

# metrics a filer may print as component rows under a heading: metric -> the components' label pattern
COMPONENTS: dict[str, re.Pattern[str]] = {m.name: re.compile(m.components, re.I) for m in METRICS if m.components}

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
    "capital-intensive": ["net_ppe", "rental_assets", "total_assets"],
    "capital intensive": ["net_ppe", "rental_assets", "total_assets"],
    "liquidity": ["total_current_assets", "total_current_liabilities", "cash_and_equivalents"],
    "ppne": ["net_ppe"],
    "pp&e": ["net_ppe"],
    "debt_to_equity": ["total_debt", "total_equity"],
}

# ---------------------------------------------------------------------------------------------- row labels


SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰*†‡"


def clean_label(label: str) -> str:
    """The label without footnote marks, dollar signs and stray punctuation (case kept)."""
    s = label.translate({ord(c): None for c in SUPERSCRIPTS})
    s = re.sub(r"\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)", " ", s)  # (a) (1) (iv)
    s = s.replace("$", " ")
    s = re.sub(r"\s+", " ", s).strip(" :;,.-—–")
    return s


def _key(label: str) -> str:
    """The label as patterns read it: lower case, one space; a slash before a parenthesised alternative is a space
    ("Net income/(loss)", "Net income / (loss)" read as "net income (loss)", as other filers print it)."""
    s = clean_label(label).lower().replace("’", "'").replace("––", "—")
    s = re.sub(r"\s*/\s*\(", " (", s)
    s = re.sub(r"\s+", " ", s)
    return s


_STEMS = {"sales": "sale", "proceeds": "proceed", "earnings": "earning", "expenses": "expense"}


def _stem(w: str) -> str:
    if w in _STEMS:
        return _STEMS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def label_tokens(label: str) -> tuple[str, ...]:
    """Normalised words of a label: lower case, "&" as "and", "PP&E" as "ppe", "amortisation" as
    "amortization", plurals folded."""
    s = _key(label).replace("pp&e", "ppe").replace("&", " and ").replace("isation", "ization")
    s = s.replace("non-", "non").replace("pre-", "pre")
    return tuple(_stem(w) for w in re.findall(r"[a-z0-9]+", s))


# words that join a label's terms and say nothing of their own ("Net cash used in", "Total ... of the")
_FILLER = frozenset("""of and the for to from in by on at with net total less including excluding a an or its our
    cash used provided generated flow flows""".split())


@dataclass(frozen=True)
class _Rule:
    slots: tuple[tuple[tuple[str, ...], ...], ...]  # each slot: alternatives, each a word or a run of words
    never: frozenset[str]
    never_phrases: tuple[tuple[str, ...], ...]
    extra: int  # most words the label may have beyond the slots and the filler

    def matches(self, words: tuple[str, ...]) -> bool:
        if set(words) & self.never:
            return False
        for phrase in self.never_phrases:
            n = len(phrase)
            if any(words[i:i + n] == phrase for i in range(len(words) - n + 1)):
                return False
        if sum(w.isdigit() for w in words) > 2:  # figures run into the label: two rows glued together
            return False
        used = _assign(self.slots, words, frozenset())
        if used is None:
            return False
        rest = [w for i, w in enumerate(words) if i not in used and w not in _FILLER and not w.isdigit()]
        return len(rest) <= self.extra


def _assign(slots, words: tuple[str, ...], taken: frozenset[int]) -> frozenset[int] | None:
    """Positions of the label's words that the slots take, each slot its own words; None when a slot finds none."""
    if not slots:
        return taken
    for alt in slots[0]:
        n = len(alt)
        for i in range(len(words) - n + 1):
            span = frozenset(range(i, i + n))
            if words[i:i + n] == alt and not (taken & span):
                got = _assign(slots[1:], words, taken | span)
                if got is not None:
                    return got
    return None


def _rule(text: str) -> _Rule:
    text, _, extra = text.partition(" ~")
    want, _, never = text.partition(" - ")
    slots = tuple(tuple(tuple(_stem(w) for w in alt.split()) for alt in part.split("|") if alt.strip())
                  for part in want.split(" + "))
    single, phrases = set(), []
    for w in (x.strip() for x in never.split("|") if x.strip()):
        if " " in w:
            phrases.append(tuple(_stem(p) for p in w.split()))
        else:
            single.add(_stem(w))
    return _Rule(slots, frozenset(single), tuple(phrases), int(extra) if extra else 3)


_COMPILED = [(m.name, re.compile("|".join(f"(?:{p})" for p in m.labels))) for m in METRICS if m.labels]
_RULES = [(m.name, STATEMENT_OF[m.name], tuple(_rule(t) for t in m.tokens)) for m in METRICS if m.tokens]


# a trailing clause stating the amounts a row is net of, one per column ("..., net of $35, $46 and $32, respectively, of
# non-cash capital expenditures", "..., net of $12 and $9 of accrued purchases"): amounts after "net of", never a
# named item alone ("net of tax", "net of cash acquired" change what the row is and stay part of its label)
_NETTED = re.compile(r",?\s+net\s+of\s+\$?\s?\(?[\d,.]+\)?(?:(?:,|,?\s+and)\s+\$?\s?\(?[\d,.]+\)?)*,?"
                     r"(?:\s+in\s+(?:19|20)\d{2}(?:(?:,|,?\s+and)\s+(?:19|20)\d{2})*,?)?(?:\s+respectively,?)?"
                     r"\s+(?:of|for)\s+[a-z][a-z\s\-]*$")


@lru_cache(maxsize=65536)
def normalise_metric(label: str, statement: str | None = "") -> str | None:
    """The standard metric a label names (e.g. "Net sales" -> "revenue"), or None when unmapped.

    The label's whole text is tried against each metric's patterns first, then its words against the token
    rules. ``statement`` says where the row was read: "income" / "balance" / "cash_flow" (a primary statement:
    token rules of that statement's metrics apply), None (a discussion or note table: patterns only, since a
    looser match there meets segment and footnote rows), "" (a label on its own: every rule)."""
    key = _key(label)
    if not key or len(key) > 160:
        return None
    head = _NETTED.sub("", key)
    if head != key and head:
        # "Additions to property and equipment, net of $35, $46 and $32, respectively, of non-cash capital
        # expenditures": the amounts netted are a disclosure about the row's figures; the row is what its head names
        return normalise_metric(head, statement)
    for name, rx in _COMPILED:
        if rx.fullmatch(key):
            return name
    if statement is None:
        return None
    words = label_tokens(label)
    if not words:
        return None
    for name, statements, rules in _RULES:
        if statement and statement not in statements:
            continue
        if any(r.matches(words) for r in rules):
            return name
    return None


# a trailing clause saying what else the row's amount holds (", including capitalized software and platform
# development", "(including capitalized software)", " - including leasehold improvements"): the row is what its head
# names, the clause a disclosure about its contents
_INCLUDING = re.compile(r"\s*(?:,|\(|[-\u2013\u2014]\s)\s*(?:including|includes|inclusive\s+of)\s+[^()]+\)?\s*$", re.I)


def included_head(label: str) -> str | None:
    """The head of a row label that ends in a clause of what the row includes ("Capital expenditures, including
    internal-use software" -> "Capital expenditures"); None when the label has no such clause."""
    head = _INCLUDING.sub("", label).strip(" ,")
    return head if head and head != label.strip() else None


# the same for a clause of what the row leaves out (", excluding depreciation and amortization", "(exclusive of
# depreciation shown separately below)"): how the filer measures the line, not another line
_EXCLUDING = re.compile(r"\s*(?:,|\(|[-\u2013\u2014]\s)\s*(?:excluding|excludes|exclusive\s+of)\s+[^()]+\)?\s*$", re.I)


def measured_head(label: str) -> str | None:
    """The head of a row label that ends in a clause of what the row includes or leaves out ("Direct service costs,
    excluding depreciation and amortization" -> "Direct service costs"); None without such a clause."""
    head = _EXCLUDING.sub("", _INCLUDING.sub("", label)).strip(" ,")
    return head if head and head != label.strip() else None


def other_item_words(metric: str) -> frozenset[str]:
    """The label words (``label_tokens`` form) that make a row another item than ``metric`` or a part of it ("cost",
    "deferred", "tax" for revenue): the words its token rules never allow. Empty for a metric with no rules."""
    return frozenset(w for name, _, rules in _RULES if name == metric for r in rules for w in r.never)


def metric_nouns(metric: str) -> frozenset[str]:
    """The one-word names of a metric in questions, in ``label_tokens`` form ("revenue", "sale" for revenue): a
    label holding one names the metric's kind of item ("Subscription revenue", "Product sales")."""
    return frozenset(t for w in METRIC_WORDS.get(metric, ()) if len(label_tokens(w)) == 1 for t in label_tokens(w))


_PHRASES = {re.sub(r"\s+", " ", w.lower()): m.name for m in METRICS for w in m.words}


def asked_rows(text: str, metric: str) -> frozenset[tuple[str, ...]]:
    """The rows a question names ``metric`` by, as a statement would label them: each of the metric's question words
    said in ``text`` (whole words; a phrase inside a longer question word of any metric, such as "net sales" inside
    "cost of net sales", is that longer one's), in ``label_tokens`` form without "total", when two words or more
    remain ("net sales", "operating income"; a bare "revenue" or "sales" names the metric, no row of it). The facts
    path prefers a statement row so labelled to a total of the metric printed beside it (``select.pick_fact``)."""
    if not text or metric not in METRIC_WORDS:
        return frozenset()
    low = " " + re.sub(r"\s+", " ", text.lower().replace("’", "'")) + " "
    found: list[tuple[int, int, str]] = []
    for phrase, name in _PHRASES.items():
        plural = "s?" if phrase[-1:].isalpha() and not phrase.endswith("s") else ""
        found += [(m.start(), m.end(), name) for m in re.finditer(rf"(?<![a-z0-9]){re.escape(phrase)}{plural}(?![a-z0-9])",
                                                                   low)]
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken: list[tuple[int, int]] = []
    rows: set[tuple[str, ...]] = set()
    for start, end, name in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        words = tuple(t for t in label_tokens(low[start:end]) if t != "total")
        if name == metric and len(words) >= 2:
            rows.add(words)
    return frozenset(rows)


def metric_for_phrase(phrase: str) -> str | None:
    """The metric a whole phrase names: one of the metrics' question words ("COGS", "capex"), else a statement
    label ("Payments for property, plant and equipment"). Never a match inside a longer phrase."""
    key = re.sub(r"\s+", " ", phrase.lower().replace("’", "'")).strip(" ?.,:;")
    per = re.fullmatch(r"(.+?)\s+per\s+(diluted|basic)\s+(?:common\s+)?shares?", key)
    if per and metric_for_phrase(per.group(1)) == "net_income":
        # "net income attributable to common shareholders per diluted common share": earnings per share, however its
        # earnings are qualified (a per-share figure is never the net income it divides)
        return f"eps_{per.group(2)}"
    return _PHRASES.get(key) or normalise_metric(phrase)

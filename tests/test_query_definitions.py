"""Definitions stated in questions: parsed into inputs and arithmetic, computed exactly as stated.

The wordings are written for these tests in the ways analysts state a formula; the figures are hand-computed.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP as QUANTITY_LOOKUP
from assistant.finance.formulas import MissingInput
from assistant.query.definitions import (Definition, Input, Unparsed, evaluate, find_definitions, named_years_shifted,
                                         parse, phrase_lookup)
from assistant.types import Fact
from finance_filings import memory_index, meta
from test_finance_fiscal import NAMINGS, STATEMENT, TAMSIN as D, TAMSIN_CO as C

WORDS = {
    "revenue": ["revenue", "revenues", "net sales", "total net revenue", "sales"],
    "cost_of_revenue": ["cost of goods sold", "cogs", "cost of sales", "cost of revenue"],
    "gross_profit": ["gross profit"],
    "operating_income": ["operating income", "operating profit", "income from operations"],
    "net_income": ["net income", "net earnings"],
    "total_assets": ["total assets"],
    "total_current_assets": ["total current assets", "current assets"],
    "total_current_liabilities": ["total current liabilities", "current liabilities"],
    "inventory": ["inventory", "inventories", "merchandise inventories"],
    "accounts_receivable": ["accounts receivable", "receivables"],
    "accounts_payable": ["accounts payable", "trade payables"],
    "cash_from_operations": ["cash from operations", "operating cash flow", "cash flow from operations"],
    "capital_expenditure": ["capital expenditures", "capital expenditure", "capex"],
    "depreciation_amortization": ["depreciation and amortization", "d&a"],
    "cash_and_equivalents": ["cash and cash equivalents", "cash"],
    "net_ppe": ["pp&e", "net pp&e", "property, plant and equipment, net"],
    "total_debt": ["total debt"],
    "total_equity": ["total equity", "shareholders' equity"],
}
LOOKUP = phrase_lookup(WORDS)


def one(question: str) -> Definition:
    found = find_definitions(question, LOOKUP)
    assert len(found) == 1, found
    assert isinstance(found[0], Definition), found[0]
    return found[0]


def fact(metric: str, period: str, value: float, label: str = "", unit: str = "USD", scale: float = 1e6) -> Fact:
    return Fact(doc_id="d1", doc="NORTHWIND_2022_10K", source="x.pdf", page=41, label=label or metric, value=value,
                scale=scale, unit=unit, metric=metric, period=period, fiscal_year=int(period[-4:]))


# a retailer's statements (in millions), fiscal years 2020-2022
BOOK = {(f.metric, f.period): f for f in [
    fact("accounts_payable", "FY2022", 2450), fact("accounts_payable", "FY2021", 2150),
    fact("cost_of_revenue", "FY2022", -18200, "Cost of merchandise sold"),  # a cost printed in parentheses
    fact("inventory", "FY2022", 3100), fact("inventory", "FY2021", 2800), fact("inventory", "FY2020", 2600),
    fact("net_income", "FY2022", 1210), fact("net_income", "FY2021", 1105),
    fact("total_assets", "FY2022", 15400), fact("total_assets", "FY2021", 14200), fact("total_assets", "FY2020", 13100),
    fact("total_current_assets", "FY2022", 7900), fact("total_current_liabilities", "FY2022", 6320),
    fact("revenue", "FY2022", 26500), fact("revenue", "FY2021", 24100),
    fact("operating_income", "FY2022", 1750), fact("depreciation_amortization", "FY2022", 610),
    fact("cash_from_operations", "FY2022", 2240), fact("capital_expenditure", "FY2022", -980),
    fact("cash_and_equivalents", "FY2022", 1330), fact("accounts_receivable", "FY2022", 910),
]}


def get(metric: str, period: str) -> Fact | None:
    return BOOK.get((metric, period))


def test_dpo_with_average_payables_and_change_in_inventory():
    d = one("What is Northwind's FY2022 days payable outstanding? DPO is defined as 365 * (average accounts payable) "
            "/ (COGS + change in inventory). Round to one decimal place.")
    assert d.name == "DPO"
    ins = d.inputs()
    assert Input("accounts_payable", "average accounts payable", "average") in ins
    assert any(i.metric == "inventory" and i.how == "change" for i in ins)
    r = evaluate(d, "FY2022", get)
    # 365 x (2,450 + 2,150) / 2 / (18,200 + (3,100 - 2,800)) = 365 x 2,300 / 18,500
    assert r.value == pytest.approx(365 * 2300 / 18500)
    assert r.unit == "days" and "45.4 days" in r.expression
    assert "2,450" in r.expression and "2,150" in r.expression and "18,200" in r.expression
    assert len(r.inputs) == 5  # both payables, COGS, both inventories: each one cited
    assert "DPO = 365 x" in r.formula


@pytest.mark.parametrize("question", [
    "Define working capital ratio as total current assets divided by total current liabilities. What is Northwind's "
    "FY2022 working capital ratio?",
    "What is Northwind's working capital ratio for fiscal 2022? Working capital ratio is calculated as current assets "
    "/ current liabilities.",
    "Using the formula current assets over current liabilities, what was Northwind's liquidity ratio in FY22?",
    "What was the FY2022 working capital ratio (where working capital ratio = total current assets / total current "
    "liabilities) for Northwind?",
    "Northwind's FY2022 current ratio, computed as: total current assets divided by total current liabilities?",
])
def test_one_ratio_in_many_phrasings(question):
    d = one(question)
    r = evaluate(d, "FY2022", get)
    assert r.value == pytest.approx(7900 / 6320)
    assert r.unit == "x"


def test_roa_with_named_years_and_percent():
    d = one("What is Northwind's FY2022 return on assets? ROA is defined as: FY2022 net income / (average total "
            "assets between FY2021 and FY2022). Answer in percent.")
    r = evaluate(d, "FY2022", get)
    assert r.unit == "%"
    assert r.value == pytest.approx(1210 / ((15400 + 14200) / 2) * 100)
    assert "8.18%" in r.expression


def test_explicit_years_are_used_as_stated_not_relative_to_the_asked_period():
    d = one("Inventory turnover is defined as (FY2021 COGS) / (average inventory between FY2020 and FY2021).")
    with pytest.raises(MissingInput):  # FY2021 COGS is not in the book: no fallback to another year
        evaluate(d, "FY2022", get)
    book = dict(BOOK)
    book[("cost_of_revenue", "FY2021")] = fact("cost_of_revenue", "FY2021", -16900)
    r = evaluate(d, "FY2021", lambda m, p: book.get((m, p)))
    assert r.value == pytest.approx(16900 / ((2800 + 2600) / 2))


def test_ebitda_definition_with_a_source_note_and_words_for_operators():
    d = one("Define unadjusted EBITDA as unadjusted operating income plus depreciation and amortization [from the "
            "cash flow statement]. What was Northwind's FY2022 unadjusted EBITDA in USD millions?")
    r = evaluate(d, "FY2022", get)
    assert r.value == pytest.approx((1750 + 610) * 1e6) and r.unit == "USD"
    assert "1,750 + 610 = 2,360" in r.expression


def test_percentage_of_and_sum_of_and_difference_between():
    r = evaluate(one("What was Northwind's FY2022 capex intensity, calculated as capital expenditures as a percentage "
                     "of revenue?"), "FY2022", get)
    assert r.value == pytest.approx(980 / 26500 * 100) and r.unit == "%"  # capex printed (980): by magnitude
    r = evaluate(one("Northwind's FY2022 cash ratio, defined as the sum of cash and cash equivalents and accounts "
                     "receivable divided by total current liabilities?"), "FY2022", get)
    assert r.value == pytest.approx((1330 + 910) / 6320)
    r = evaluate(one("Let free cash flow be defined as the difference between cash from operations and capital "
                     "expenditures. What was it for Northwind in FY2022?"), "FY2022", get)
    assert r.value == pytest.approx((2240 - 980) * 1e6)


def test_prior_year_and_beginning_of_year_inputs():
    d = one("Revenue growth is calculated as (revenue - prior year revenue) / prior year revenue x 100.")
    r = evaluate(d, "FY2022", get)
    assert r.value == pytest.approx((26500 - 24100) / 24100 * 100) and r.unit == "%"
    d = one("Asset turnover is defined as revenue / ((beginning total assets + ending total assets) / 2).")
    r = evaluate(d, "FY2022", get)
    assert r.value == pytest.approx(26500 / ((14200 + 15400) / 2))


def test_a_definition_that_uses_another_definition():
    found = find_definitions("Define EBITDA as operating income + D&A. Leverage is defined as total debt / EBITDA.",
                             LOOKUP)
    assert [type(d) for d in found] == [Definition, Definition]
    book = dict(BOOK)
    book[("total_debt", "FY2022")] = fact("total_debt", "FY2022", 4720)
    r = evaluate(found[1], "FY2022", lambda m, p: book.get((m, p)))
    assert r.value == pytest.approx(4720 / (1750 + 610))


@pytest.mark.parametrize("question, reason", [
    ("Leverage is defined as total debt / EBITDA.", "EBITDA"),  # a derived figure the question does not define
    ("DPO is defined as 365 * (average accounts payable / (COGS.", "parenthes"),
    ("Coverage is defined as operating income / / interest.", "operator"),
])
def test_a_definition_that_cannot_be_read_is_declined_with_the_reason(question, reason):
    found = find_definitions(question, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Unparsed)
    assert reason.lower() in found[0].reason.lower()


def test_an_input_no_metric_names_is_the_filers_own_row_or_nothing():
    # "widgets shipped" is no metric of mia's: it is looked up as a row of that label, and without one the
    # calculation is declined naming it (never replaced by another figure)
    d = one("Widget yield is defined as widgets shipped / net sales.")
    assert d.expr.left.metric == "row:widgets shipped"
    with pytest.raises(MissingInput) as e:
        evaluate(d, "FY2022", get)
    assert "widgets shipped" in str(e.value)
    book = dict(BOOK)
    book[("row:widgets shipped", "FY2022")] = fact("row:widgets shipped", "FY2022", 530)
    r = evaluate(d, "FY2022", lambda m, p: book.get((m, p)))
    assert r.value == pytest.approx(530 / 26500 * 100) and r.unit == "%"  # a yield is a percentage
    # a phrase with "and", arithmetic or period words is never taken for a row's name
    assert isinstance(find_definitions("Widget yield is defined as widgets and gadgets shipped / net sales.",
                                       LOOKUP)[0], Unparsed)


def test_no_definition_in_a_plain_question():
    assert find_definitions("What was Northwind's FY2022 current ratio?", LOOKUP) == []
    assert find_definitions("How is free cash flow defined by Northwind?", LOOKUP) == []
    assert find_definitions("What is DPO defined as?", LOOKUP) == []


def test_missing_input_names_the_input_and_period():
    d = one("Quick ratio is defined as (current assets - inventory) / current liabilities.")
    with pytest.raises(MissingInput) as e:
        evaluate(d, "FY2021", get)
    assert "FY2021" in str(e.value)


def test_hyphenated_words_are_not_minus_signs():
    d = parse("long-term debt - current assets", phrase_lookup({"long_term_debt": ["long-term debt"],
                                                               "total_current_assets": ["current assets"]}))
    assert d.op == "-" and d.left.metric == "long_term_debt"


def test_times_100_percent_is_a_percentage_and_a_rate_is_a_fraction():
    r = evaluate(one("Net margin is defined as (net income / revenue) x 100%."), "FY2022", get)
    assert r.value == pytest.approx(1210 / 26500 * 100) and r.unit == "%"
    r = evaluate(one("After-tax operating income is defined as operating income x (1 - 21%)."), "FY2022", get)
    assert r.value == pytest.approx(1750e6 * 0.79)


# ---- "fiscal N" in a definition for a filer naming its years by their start (session 28) -----------------------------
# Session 28 (#10): a definition that pairs "fiscal N" cost of sales with inventories averaged over two year-ends
# whose later one falls in January to March of N + 1 reads the flow as the year that closed on that later date (the
# filer names its years by the year they began). Wordings and the retailer are fictional (Marlow & Finch), written for
# these tests.

def _inputs(question: str) -> list[Input]:
    found = find_definitions(question, QUANTITY_LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    return found[0].inputs()


def test_fiscal_n_flow_with_year_ends_early_in_n_plus_1_is_the_year_closing_then():
    ins = _inputs("Inventory turnover is defined as fiscal 2024 cost of sales / the average of merchandise "
                  "inventories at February 1, 2025 and February 3, 2024. What was Marlow & Finch's inventory turnover?")
    flow = [i for i in ins if i.how == "at"][0]
    avg = [i for i in ins if i.how == "average"][0]
    assert flow.metric == "cost_of_revenue" and flow.years == (2025,)
    assert sorted(avg.years) == [2024, 2025]


def test_a_filer_naming_years_by_their_close_keeps_its_year():
    ins = _inputs("Inventory turnover is defined as fiscal 2025 cost of sales / the average of merchandise "
                  "inventories at February 1, 2025 and February 3, 2024. What was Marlow & Finch's inventory turnover?")
    assert [i for i in ins if i.how == "at"][0].years == (2025,)


def test_year_ends_in_december_shift_nothing():
    ins = _inputs("Inventory turnover is defined as fiscal 2024 cost of sales / the average of inventories "
                  "at December 31, 2024 and December 31, 2023. What was Marlow & Finch's inventory turnover?")
    assert [i for i in ins if i.how == "at"][0].years == (2024,)


MARLOW = meta("MARLOW_2025_10K", "Marlow & Finch, Inc.", 2025)
MARLOW_INCOME = """MARLOW & FINCH, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
Fiscal year ended February 1, 2025 February 3, 2024 January 28, 2023
Net sales 4,812,300 4,455,900 4,102,700
Cost of sales 3,031,700 2,851,800 2,666,800
Gross profit 1,780,600 1,604,100 1,435,900
Selling, general and administrative expenses 1,201,500 1,118,300 1,040,200
Operating income 579,100 485,800 395,700
Net income 438,200 366,900 298,400
"""
MARLOW_BALANCE = """MARLOW & FINCH, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
February 1, 2025 February 3, 2024
Assets
Current assets:
Cash and cash equivalents 412,600 388,100
Merchandise inventories 905,400 842,600
Total current assets 1,498,200 1,391,500
Property and equipment, net 1,102,300 1,054,700
Total assets 2,600,500 2,446,200
Total liabilities 1,310,400 1,266,900
Total stockholders' equity 1,290,100 1,179,300
Total liabilities and stockholders' equity 2,600,500 2,446,200
"""


def test_the_turnover_uses_the_cost_of_the_year_closing_on_the_later_date():
    q = ("Inventory turnover is defined as fiscal 2024 cost of sales / the average of merchandise inventories "
         "at February 1, 2025 and February 3, 2024. What was Marlow & Finch's inventory turnover for fiscal 2024? "
         "Round to two decimal places.")
    a = answer_question(q, memory_index([(MARLOW, {41: MARLOW_INCOME, 40: MARLOW_BALANCE})]))
    assert a is not None and not a.refused, a and a.text
    # 3,031,700 / ((905,400 + 842,600) / 2) = 3.47 (never 2,851,800 / 874,000 = 3.26)
    assert "3.47" in a.text and "3.26" not in a.text, a.text


# ---- a source hint naming the filer's statement is no operand (session 28) -------------------------------------------
# Session 28 (#10): a definition's source hint that names the statement with its filer's possessive ("from KDR's
# consolidated statements of income", "from its balance sheet") is where the figure is read, not part of the operand;
# and "effective income tax rate" (the name many filers print) is the effective tax rate. The filer (Kendrow Retail),
# its rows and the wordings are fictional, written for these tests.

KDR = meta("KENDROW_2025_10K", "Kendrow Retail Corp.", 2025)
KDR_INCOME = """KENDROW RETAIL CORP.
CONSOLIDATED STATEMENTS OF INCOME
(Amounts in millions)
Fiscal Years Ended January 31, 2025 2024 2023
Net sales $ 48,210 $ 46,035 $ 44,870
Cost of sales 36,402 34,910 34,118
Operating income 3,911 3,604 3,377
Interest, net 412 398 405
Income before income taxes 3,499 3,206 2,972
Provision for income taxes 812 791 702
Consolidated net income 2,687 2,415 2,270
"""


@pytest.mark.parametrize("hint", ["from KDR's consolidated statements of income",
                                  "from Kendrow Retail's income statement", "from its consolidated statements of income"])
def test_a_source_hint_with_the_filer_s_possessive_is_no_operand(hint):
    q = (f"Taking the effective tax rate to be the provision for income taxes over income before income taxes {hint}, "
         f"what was Kendrow's effective tax rate in fiscal 2025?")
    found = find_definitions(q, QUANTITY_LOOKUP)
    assert found and isinstance(found[0], Definition), found
    assert sorted(i.metric for i in found[0].inputs()) == ["income_before_tax", "income_tax_expense"]


def test_the_rate_defined_by_the_filer_s_name_is_computed_for_both_years():
    q = ("Taking the effective income tax rate to be the provision for income taxes over income before income taxes "
         "from KDR's consolidated statements of income, what was Kendrow's effective tax rate in fiscal 2025 and "
         "fiscal 2024, and by how many points did it change (two decimals)?")
    a = answer_question(q, memory_index([(KDR, {52: KDR_INCOME})]))
    assert a is not None and not a.refused, a and a.text
    # 812 / 3,499 = 23.21%; 791 / 3,206 = 24.67%; -1.46 points
    assert "23.21%" in a.text and "24.67%" in a.text, a.text


# ---- "that <figure>" points back to the figure named before (session 28) ---------------------------------------------
# Session 28 (#10): "that <figure>" in a definition points back to the figure as the question named it before, with
# its qualifier ("net income attributable to Talmont Inc. common shareholders"). Fictional filer (Talmont Biologics),
# rows and wordings written for these tests.

def _one(q: str) -> Definition:
    found = find_definitions(q, QUANTITY_LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    return found[0]


def test_that_net_income_is_the_owners_net_income_named_before():
    d = _one("How did Talmont's top line and net income attributable to Talmont Inc. common shareholders move "
             "in 2025, and what net margin (that net income over revenues) did it earn each year?")
    left = d.expr.left
    assert left.metric == "net_income" and not left.part and "attributable" in left.words, left


def test_that_figure_with_no_qualified_naming_before_stays_as_written():
    d = _one("What net margin (that net income over revenues) did Talmont earn in 2025?")
    assert d.expr.left.words == "that net income"


TALMONT = meta("TALMONT_2025_10K", "Talmont Biologics Inc.", 2025)
TALMONT_INCOME = """TALMONT BIOLOGICS INC.
CONSOLIDATED STATEMENTS OF INCOME
(millions of dollars)
Year Ended December 31, 2025 2024
Revenues $ 18,420 $ 16,950
Cost of sales 6,210 5,880
Operating income 4,380 3,910
Income before provision for taxes on income 4,010 3,560
Provision for taxes on income 802 748
Consolidated net income 3,208 2,812
Less: Noncontrolling interests' share of net income 410 96
Net income attributable to Talmont Inc. common shareholders $ 2,798 $ 2,716
"""


def test_the_margin_uses_the_owners_row_named_before():
    q = ("What was Talmont's net income attributable to Talmont Inc. common shareholders in 2025, and what was its net "
         "margin (that net income over revenues) for 2025? Round to one decimal place.")
    a = answer_question(q, memory_index([(TALMONT, {61: TALMONT_INCOME})]))
    assert a is not None and not a.refused, a and a.text
    assert "15.2%" in a.text and "17.4%" not in a.text, a.text  # 2,798 / 18,420 (never 3,208 / 18,420)


# ---- the fiscal years a definition names are the filer's (session 29) ------------------------------------------------
# Session 29 (#10): the fiscal years a question's definition names ("Define gross margin as FY2022 gross profit
# divided by FY2022 net sales") are the filer's own names, as the period it asks is: for a filer naming its years by
# the year they began ("Fiscal 2022 ... ended January 28, 2023"), they are the columns that closed a year later. Read
# as closing years they would give the prior year's figures under the asked year's name. Filing written for these
# tests (a fictional footwear and apparel retailer, Tamsin Ridge Outfitters).

TAMSIN_BALANCE = """TAMSIN RIDGE OUTFITTERS, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
January 28, 2023 January 29, 2022 January 30, 2021
Merchandise inventories $ 801,223 $ 702,540 $ 655,018
Total current assets 1,512,904 1,398,211 1,270,660
Total assets $ 3,104,556 $ 2,889,100 $ 2,702,315
Total current liabilities 902,118 850,330 799,412
Total stockholders' equity 1,402,900 1,301,455 1,188,730
"""


def _index():
    return memory_index([(D, {30: f"Item 7. Management's Discussion and Analysis\n{NAMINGS['names then dates']}\n",
                              52: STATEMENT, 53: TAMSIN_BALANCE})])


def test_years_named_only_in_the_definition_are_the_filers():
    a = answer_question(f"Define gross margin as FY2022 gross profit divided by FY2022 net sales. What was {C}' "
                        "gross margin?", _index())
    # 1,485,275 / 3,918,406 (the year ended January 28, 2023), never 1,388,109 / 3,602,115 (38.5%)
    assert a is not None and "37.9%" in a.text and "38.5%" not in a.text, a and a.text


def test_an_average_of_named_year_ends_moves_with_the_asked_year():
    a = answer_question(f"What was {C}' fiscal 2022 return on equity, defined as fiscal 2022 net income divided by the "
                        "average of total stockholders' equity at the end of fiscal 2021 and fiscal 2022?", _index())
    # 351,090 / ((1,402,900 + 1,301,455) / 2) = 26.0%, never 322,641 over the year-ends before (25.9%) or a decline
    assert a is not None and "26.0%" in a.text and "1,188,730" not in a.text, a and a.text
    a = answer_question(f"What was {C}' inventory turnover, computed as FY2022 cost of sales over average merchandise "
                        f"inventories (FY2021 and FY2022 year-end balances)?", _index())
    # 2,433,131 / ((801,223 + 702,540) / 2) = 3.24x
    assert a is not None and "3.24x" in a.text and "655,018" not in a.text, a and a.text


def test_inputs_the_question_says_to_use_in_the_filers_named_years_are_never_the_years_before():
    # the "using" list names the filer's years; read as mia's column names they would be the year before's
    for q in (f"Using FY2022 cost of sales and mean merchandise inventories over the FY2021 and FY2022 balance sheet "
              f"dates, what was {C}' inventory turnover?",
              f"What was {C}' fiscal 2022 inventory turnover? Use FY2022 cost of sales and merchandise inventories "
              f"averaged over FY2021 and FY2022 year-end balances."):
        a = answer_question(q, _index())
        # 2,214,006 / ((702,540 + 655,018) / 2) = 3.26x is the year before's
        assert a is not None and a.refused and "by the year it began" in a.text, a and a.text
        assert "3.26x" not in a.text and "2,214,006" not in a.text


# ---- a definition dating its balances is never shifted again (session 30) --------------------------------------------
# Session 30 (#10): a definition that dates its balances ("at February 1, 2025 and February 3, 2024") already reads its
# fiscal year by those dates and is never shifted a second time (``definitions.named_years_shifted``). Wordings
# written for these tests.

def test_a_definition_dating_its_balances_is_not_shifted_again():
    d = find_definitions("Inventory turnover is defined as fiscal 2024 cost of sales divided by the average of "
                         "merchandise inventories, net at February 1, 2025 and February 3, 2024. What was it?",
                         QUANTITY_LOOKUP)[0]
    assert isinstance(d, Definition)
    # the flow is already the year that closed on the later date; the balances are the dates' years
    assert sorted(y for i in named_years_shifted(d, 1).inputs() for y in i.years) == [2024, 2025, 2025]
    undated = find_definitions("Inventory turnover is defined as fiscal 2024 cost of sales divided by the average "
                               "of merchandise inventories at the end of fiscal 2024 and fiscal 2023. What was it?",
                               QUANTITY_LOOKUP)[0]
    assert sorted(y for i in named_years_shifted(undated, 1).inputs() for y in i.years) == [2024, 2025, 2025]


@pytest.mark.parametrize("question", [
    "Net cash is defined as cash and cash equivalents minus total debt, current and long-term.",
    "Define net cash as cash and cash equivalents less total debt, both short-term and long-term.",
    "Net cash is defined as cash and cash equivalents minus total debt, including the current portion.",
])
def test_a_total_glossed_with_its_parts_by_maturity_is_that_total(question):
    # session 32 (#10): "total debt, current and long-term" says what the total includes; it lists no other figures
    d = one(question)
    book = dict(BOOK)
    book[("total_debt", "FY2022")] = fact("total_debt", "FY2022", 4720)
    r = evaluate(d, "FY2022", lambda m, p: book.get((m, p)))
    assert r.value == pytest.approx((1330 - 4720) * 1e6)


def test_a_lone_maturity_after_a_total_is_no_gloss_of_it():
    # "total debt, current" names the current part only: never read as the total
    found = find_definitions("Net cash is defined as cash and cash equivalents minus total debt, current.", LOOKUP)
    assert isinstance(found[0], Unparsed), found

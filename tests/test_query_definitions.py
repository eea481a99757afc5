"""Definitions stated in questions: parsed into inputs and arithmetic, computed exactly as stated.

The wordings are written for these tests in the ways analysts state a formula; the figures are hand-computed.
"""

from __future__ import annotations

import pytest

from assistant.finance.formulas import MissingInput
from assistant.query.definitions import (Definition, Input, Unparsed, evaluate, find_definitions, parse,
                                         phrase_lookup)
from assistant.types import Fact

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

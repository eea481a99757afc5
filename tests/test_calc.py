from __future__ import annotations

import math

import pytest

from assistant import calc
from assistant.calc import MissingInput
from assistant.types import Fact


def fact(metric: str, value: float, period: str = "FY2023", scale: float = 1e6, page: int = 1) -> Fact:
    year = int(period[-4:])
    return Fact(doc_id="d1", doc="ACME_2023_10K", source="ACME_2023_10K.pdf", page=page, label=metric.title(),
                value=value, scale=scale, unit="USD", currency="USD", metric=metric, period=period,
                fiscal_year=year, company="Acme", quote=f"{metric} {value}")


def test_yoy_growth_uses_previous_as_base():
    r = calc.yoy_growth(fact("revenue", 110), fact("revenue", 100, "FY2022"))
    assert r.value == pytest.approx(10.0)
    assert r.unit == "%"
    assert "110 million" in r.expression and "100 million" in r.expression
    assert len(r.inputs) == 2


def test_cagr_counts_years_from_the_facts():
    r = calc.cagr(fact("revenue", 100, "FY2020"), fact("revenue", 121, "FY2022"))
    assert r.value == pytest.approx(10.0)
    assert "1/2" in r.expression


def test_margins_and_magnitudes_of_costs_printed_negative():
    rev, gp = fact("revenue", 3909), fact("gross_profit", 794)
    assert calc.gross_margin(gp, rev).value == pytest.approx(794 / 3909 * 100)
    # cost of sales printed "(3,115)": enters by magnitude
    assert calc.gross_margin(None, rev, fact("cost_of_revenue", -3115)).value == pytest.approx(794 / 3909 * 100)
    assert calc.capex_to_revenue(fact("capital_expenditure", -1577), fact("revenue", 32765)).value == \
        pytest.approx(1577 / 32765 * 100)
    assert calc.operating_margin(fact("operating_income", 10), rev).name == "operating_margin"
    assert calc.net_margin(fact("net_income", 39.09), rev).value == pytest.approx(1.0)


def test_balance_sheet_ratios():
    ca, cl, inv = fact("total_current_assets", 8802), fact("total_current_liabilities", 8979), fact("inventory", 5140)
    assert calc.current_ratio(ca, cl).value == pytest.approx(8802 / 8979)
    assert calc.quick_ratio(ca, inv, cl).value == pytest.approx((8802 - 5140) / 8979)
    de = calc.debt_to_equity([fact("long_term_debt", 1160), fact("current_debt", 16)], fact("total_equity", 2795))
    assert de.value == pytest.approx(1176 / 2795)
    assert calc.fixed_asset_ratio(fact("net_ppe", 50), fact("total_assets", 200)).value == pytest.approx(25.0)


def test_turnover_uses_average_of_two_year_ends_and_says_so():
    cogs = fact("cost_of_revenue", 1000)
    r = calc.inventory_turnover(cogs, fact("inventory", 300), fact("inventory", 200, "FY2022"))
    assert r.value == pytest.approx(4.0)
    assert "two year-ends" in r.definition and len(r.inputs) == 3
    r1 = calc.inventory_turnover(cogs, fact("inventory", 250))
    assert r1.value == pytest.approx(4.0) and "year-end" in r1.definition and "not found" in r1.definition


def test_days_ratios_and_returns():
    assert calc.dpo(fact("accounts_payable", 100), fact("cost_of_revenue", 365)).value == pytest.approx(100)
    assert calc.dso(fact("accounts_receivable", 50), fact("revenue", 730)).value == pytest.approx(25)
    assert calc.dio(fact("inventory", 10), fact("cost_of_revenue", 365), fact("inventory", 30, "FY2022")).value == \
        pytest.approx(20)
    assert calc.asset_turnover(fact("revenue", 500), fact("total_assets", 1000)).value == pytest.approx(0.5)
    roa = calc.return_on_assets(fact("net_income", 50), fact("total_assets", 1100), fact("total_assets", 900, "FY2022"))
    assert roa.value == pytest.approx(5.0) and roa.unit == "%"
    assert calc.effective_tax_rate(fact("income_tax_expense", 21), fact("income_before_tax", 100)).value == \
        pytest.approx(21)
    assert calc.payout_ratio(fact("dividends_paid", -3193), fact("net_income", 5349)).value == \
        pytest.approx(3193 / 5349 * 100)
    assert calc.free_cash_flow(fact("cash_from_operations", 6439), fact("capital_expenditure", -1577)).value == \
        pytest.approx(4862e6)


def test_missing_inputs_are_named_never_guessed():
    with pytest.raises(MissingInput) as e:
        calc.current_ratio(fact("total_current_assets", 1), None)
    assert e.value.missing == ["total current liabilities"]
    with pytest.raises(MissingInput, match="revenue"):
        calc.gross_margin(fact("gross_profit", 1), None)
    with pytest.raises(MissingInput, match="previous"):
        calc.yoy_growth(fact("revenue", 1), None)
    with pytest.raises(MissingInput):
        calc.current_ratio(fact("total_current_assets", 1), fact("total_current_liabilities", 0))


def test_average_and_difference():
    a, b = fact("revenue", 10), fact("revenue", 20, "FY2022")
    assert calc.average([a, b]).value == pytest.approx(15e6)
    assert calc.difference(b, a).value == pytest.approx(10e6)
    assert not math.isnan(calc.average([a]).value)


def test_every_recipe_runs_on_its_declared_inputs():
    for recipe in calc.RECIPES.values():
        args = [fact(m, 100.0 + i, "FY2023" if when == "cur" else "FY2022") for i, (m, when, _) in
                enumerate(recipe.inputs)]
        r = recipe.run(*args)
        assert r.unit == recipe.unit, recipe.name
        assert r.inputs and r.formula and "=" in r.expression


def test_every_ratio_result_is_named_by_its_key():
    from assistant.calc import gross_margin, net_margin, payout_ratio
    from assistant.types import Fact

    def f(metric, value):
        return Fact(doc_id="d", doc="D", source="D.pdf", page=1, label=metric, value=value, scale=1e6,
                    unit="USD", metric=metric, period="FY2023")

    assert gross_margin(f("gross_profit", 40), f("revenue", 100)).name == "gross_margin"
    assert net_margin(f("net_income", 10), f("revenue", 100)).name == "net_margin"
    assert payout_ratio(f("dividends_paid", 5), f("net_income", 10)).name == "payout_ratio"

from __future__ import annotations

import math

import pytest

from assistant.finance import formulas as calc
from assistant.finance.formulas import MissingInput
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
    # an average needs both year-ends: the closing balance alone is never used in its place (declined, and why)
    with pytest.raises(MissingInput, match="prior year-end"):
        calc.inventory_turnover(cogs, fact("inventory", 250))


def test_days_ratios_and_returns():
    assert calc.dpo(fact("accounts_payable", 100), fact("cost_of_revenue", 365),
                    fact("accounts_payable", 100, "FY2022")).value == pytest.approx(100)
    assert calc.dso(fact("accounts_receivable", 50), fact("revenue", 730),
                    fact("accounts_receivable", 50, "FY2022")).value == pytest.approx(25)
    with pytest.raises(MissingInput, match="prior year-end"):
        calc.dpo(fact("accounts_payable", 100), fact("cost_of_revenue", 365))
    assert calc.dio(fact("inventory", 10), fact("cost_of_revenue", 365), fact("inventory", 30, "FY2022")).value == \
        pytest.approx(20)
    assert calc.asset_turnover(fact("revenue", 500), fact("total_assets", 1000),
                               fact("total_assets", 1000, "FY2022")).value == pytest.approx(0.5)
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
    from assistant.finance.formulas import gross_margin, net_margin, payout_ratio
    from assistant.types import Fact

    def f(metric, value):
        return Fact(doc_id="d", doc="D", source="D.pdf", page=1, label=metric, value=value, scale=1e6,
                    unit="USD", metric=metric, period="FY2023")

    assert gross_margin(f("gross_profit", 40), f("revenue", 100)).name == "gross_margin"
    assert net_margin(f("net_income", 10), f("revenue", 100)).name == "net_margin"
    assert payout_ratio(f("dividends_paid", 5), f("net_income", 10)).name == "payout_ratio"


def test_cash_conversion_cycle_adds_dio_and_dso_and_subtracts_dpo():
    inv, inv0 = fact("inventory", 1559.3, "FY2019"), fact("inventory", 1642.2, "FY2018")
    ar, ar0 = fact("accounts_receivable", 1679.7, "FY2019"), fact("accounts_receivable", 1684.2, "FY2018")
    ap, ap0 = fact("accounts_payable", 2854.1, "FY2019"), fact("accounts_payable", 2746.2, "FY2018")
    cogs, rev = fact("cost_of_revenue", 11108.4, "FY2019"), fact("revenue", 16865.2, "FY2019")
    r = calc.cash_conversion_cycle(inv, inv0, ar, ar0, ap, ap0, cogs, rev)
    dio = (1559.3 + 1642.2) / 2 / 11108.4 * 365
    dso = (1679.7 + 1684.2) / 2 / 16865.2 * 365
    dpo = (2854.1 + 2746.2) / 2 / 11108.4 * 365
    assert r.value == pytest.approx(dio + dso - dpo) and r.unit == "days" and len(r.inputs) == 8
    with pytest.raises(calc.MissingInput):
        calc.cash_conversion_cycle(inv, inv0, None, None, ap, ap0, cogs, rev)


def test_mean_of_keeps_every_years_inputs():
    years = [("FY2017", 155, 7017), ("FY2018", 131, 7500), ("FY2019", 116, 6489)]
    runs = [calc.capex_to_revenue(fact("capital_expenditure", -c, y), fact("revenue", r, y)) for y, c, r in years]
    avg = calc.mean_of(runs, [y for y, _, _ in years])
    assert avg.value == pytest.approx(sum(r.value for r in runs) / 3) and avg.unit == "%"
    assert len(avg.inputs) == 6 and "FY2018: 1.75%" in avg.expression and avg.expression.endswith("= 1.91%")


def test_ebitda_and_net_working_capital_are_written_in_the_inputs_scale():
    oi, da = fact("operating_income", 1508, "FY2023"), fact("depreciation_amortization", 569, "FY2023")
    r = calc.ebitda(oi, da)
    assert r.value == pytest.approx(2077e6) and r.expression.endswith("= 2,077 million")
    nwc = calc.net_working_capital(fact("total_current_assets", 21539, "FY2022"),
                                   fact("total_current_liabilities", 26785, "FY2022"))
    assert nwc.value == pytest.approx(-5246e6) and nwc.expression.endswith("= -5,246 million")


def test_fcf_conversion_is_free_cash_flow_over_net_income():
    r = calc.fcf_conversion(fact("cash_from_operations", 7838), fact("capital_expenditure", -442),
                            fact("net_income", 4756))
    assert r.value == pytest.approx((7838 - 442) / 4756 * 100) and r.unit == "%" and len(r.inputs) == 3
    assert r.expression.endswith("= 155.5%")


def test_small_percentages_keep_their_second_decimal():
    # a return of 1.2902% is "1.29%", not "1.3%"; a trailing zero is dropped; 10% and over keep one decimal
    assert calc.fmt(1.2902, "%") == "1.29%"
    assert calc.fmt(3.5001, "%") == "3.5%"
    assert calc.fmt(-0.456, "%") == "-0.46%"
    assert calc.fmt(43.46, "%") == "43.5%"

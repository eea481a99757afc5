"""What a question asks of a figure, read from analyst wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.query.intent import read_asked
from assistant.query.judgements import decide, judgement_in


@pytest.mark.parametrize("question, periods, kind", [
    ("What was Northwind's net sales in fiscal 2022?", 1, "level"),
    ("NWT FY22 operating income?", 1, "level"),
    ("How much has Northwind's SG&A changed between FY2021 and FY2022?", 2, "change"),
    ("By how much did Contoso's inventories increase in fiscal 2022 compared with fiscal 2021?", 2, "change"),
    ("Northwind gross margin FY22 vs FY21", 2, "change"),
    ("How does Contoso's FY2022 operating income compare with FY2021?", 2, "change"),
    ("What is the difference between Northwind's FY2021 and FY2022 capital expenditures?", 2, "change"),
    ("What was Northwind's revenue in FY2021 and FY2022?", 2, "change"),
    ("What was the year-over-year change in Contoso's revenue in FY2022?", 1, "change"),
    ("What was Northwind's revenue growth rate from FY2021 to FY2022?", 2, "growth"),
    ("By what percentage did Contoso's net income grow between fiscal 2021 and 2022?", 2, "growth"),
    ("What is the FY2021-FY2022 percentage change in NWT's total assets?", 2, "growth"),
    ("What is Northwind's year-over-year change in unadjusted operating income from FY2021 to FY2022 (in units of "
     "percents)?", 2, "growth"),
    ("Compute the FY2019-FY2022 revenue CAGR for Contoso.", 2, "cagr"),
    ("Did Northwind's gross margin improve in FY2022?", 1, "direction"),
    ("Did Contoso's inventory decrease between FY2021 and FY2022?", 2, "direction"),
    ("Has NWT's long-term debt gone up since FY2021?", 1, "direction"),
    ("Was there any change in Contoso's cash and cash equivalents between FY2021 and FY2022?", 2, "direction"),
])
def test_kind(question, periods, kind):
    assert read_asked(question, periods).kind == kind


def test_direction_and_better():
    a = read_asked("Did Northwind's gross margin improve in FY2022?", 1)
    assert a.direction == 1 and a.better
    a = read_asked("Did Contoso's inventory decrease between FY2021 and FY2022?", 2)
    assert a.direction == -1 and not a.better
    assert read_asked("Did Contoso's cash change between FY2021 and FY2022?", 2).direction == 0


@pytest.mark.parametrize("question, key", [
    ("Is Northwind a capital-intensive business based on FY2022 data?", "capital_intensity"),
    ("Based on its FY2022 statements, would you call Contoso capital intensive?", "capital_intensity"),
    ("Does NWT have a healthy quick ratio as of FY2022?", "quick_ratio_health"),
    ("Does Contoso have a reasonably healthy liquidity position based on its quick ratio for Q2 of FY2023?",
     "quick_ratio_health"),
    ("Is Contoso's current ratio healthy in FY2022?", "current_ratio_health"),
    ("Does Northwind have a strong liquidity position at the end of FY2022?", "liquidity"),
    ("Is Northwind a high-growth company based on FY2021 to FY2022 revenue?", "high_growth"),
    ("Is Contoso's dividend sustainable given its FY2022 cash flows?", "dividend_sustainable"),
    ("Is Northwind highly leveraged at the end of FY2022?", "high_leverage"),
    ("Was Contoso profitable in FY2022?", "profitable"),
])
def test_judgements(question, key):
    c = judgement_in(question)
    assert c is not None and c.key == key


def test_no_judgement_when_a_reason_is_asked_or_none_is_named():
    assert judgement_in("Why is Northwind so capital intensive?") is None
    assert judgement_in("What was Northwind's FY2022 quick ratio?") is None


def test_decide_uses_the_threshold_in_the_convention():
    c = judgement_in("Is Northwind capital intensive?")
    assert c is not None and not decide(c, 5.1) and decide(c, 12.0)
    assert "10%" in c.convention


def test_a_figure_asked_together_with_an_item_mia_does_not_know_is_not_answered_alone():
    from assistant.query.intent import asks_with_another, metrics_in

    q = "How much did Contoso spend on capital expenditures and acquisitions in FY2023?"
    assert metrics_in(q) == ["capital_expenditure"] and asks_with_another(q, "capital_expenditure")
    # a second metric the registry knows makes two metrics (no single figure either); periods, instructions and
    # a second question are not another item
    assert sorted(metrics_in("How much did Contoso spend on dividends and share repurchases in FY2023?")) == [
        "dividends_paid", "share_repurchases"]
    # an item before the figure: "accrued liabilities and accounts payable"; "sales and marketing expenses" is
    # not net sales
    assert asks_with_another("What were Contoso's accrued liabilities and accounts payable in FY2023?",
                             "accounts_payable")
    assert asks_with_another("How much were Contoso's sales and marketing expenses in FY2023?", "revenue")
    for ok in ("What were Contoso's capital expenditures in FY2023 and FY2022?",
               "What was the difference between Contoso's FY2022 and FY2023 capital expenditures?",
               "What were Contoso's capital expenditures and how did they compare with FY2022?",
               "What was Contoso's FY2023 capital expenditure and round to the nearest million?"):
        assert not asks_with_another(ok, "capital_expenditure"), ok


def test_a_revenue_word_heading_an_expense_lines_name_is_not_revenue():
    from assistant.query.intent import metrics_in
    # "sales and marketing expenses", "sales expense": an expense line, never the company's revenue
    assert "revenue" not in metrics_in("By what percentage did Tailspin Software's sales and marketing expenses grow "
                                       "from FY2024 to FY2025?")
    assert "revenue" not in metrics_in("What were Northwind's sales expenses in fiscal 2025?")
    # revenue still asked when a revenue word also stands on its own
    assert "revenue" in metrics_in("By how much did Tailspin Software's net sales grow in FY2025, and did its sales and "
                                   "marketing expenses keep pace?")
    assert "revenue" in metrics_in("What were Northwind's selling expenses as a share of net sales in fiscal 2025?")
    assert "revenue" in metrics_in("What were Northwind's net sales in fiscal 2025?")

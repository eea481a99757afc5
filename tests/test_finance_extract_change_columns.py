"""Session 32 (f-fbidx): a change or comparison column is never a period's value. A header whose change columns stand
among its period columns in any order ("Fiscal 2026 Fiscal 2025 % Change Fiscal 2024 % Change") maps each value to the
period at its place, and a comparison head written with the filer's year names ("Fiscal 2026 vs. Fiscal 2025") is one
change column, not two periods. The filers (Harrowgate Outdoor Co., Bramblewood Foods, Inc.) and their rows were
written for these tests."""

from __future__ import annotations

from assistant.finance.extract import extract_facts
from finance_filings import meta, pages_of

HARROW = meta("HARROWGATE_2026_10K", "Harrowgate Outdoor Co.", 2026)

RESULTS = """HARROWGATE OUTDOOR CO.
Results of Operations
(Dollars in millions, except per share data) Fiscal 2026 Fiscal 2025 % Change Fiscal 2024 % Change
Revenues $ 8,412 $ 7,960 6 % $ 7,301 9 %
Gross margin 41.2% 40.5% 70 bps 39.8% 70 bps
Interest expense (income), net 38 41 — 27 —
Other (income) expense, net (12) 9 — (6) —
Effective tax rate 18.4% 21.0% (260) bps 19.7% 130 bps
Diluted earnings per common share $ 2.41 $ 2.18 11 % $ 1.96 11 %
"""


def _by(facts, metric=None, label=None):
    return {f.period: (f.value, f.unit) for f in facts
            if (metric is None or f.metric == metric) and (label is None or f.label == label)}


def test_each_value_read_at_its_periods_place_among_change_columns():
    facts = extract_facts(HARROW, pages_of(HARROW, {31: RESULTS}))
    assert _by(facts, "revenue") == {"FY2026": (8412.0, "USD"), "FY2025": (7960.0, "USD"),
                                     "FY2024": (7301.0, "USD")}
    # a change printed in basis points or as a dash is never the earliest year's figure
    assert _by(facts, "gross_margin_pct")["FY2024"] == (39.8, "%")
    assert _by(facts, "interest_expense")["FY2024"] == (27.0, "USD")
    assert _by(facts, label="Other (income) expense, net")["FY2024"] == (-6.0, "USD")
    assert _by(facts, "effective_tax_rate") == {"FY2026": (18.4, "%"), "FY2025": (21.0, "%"), "FY2024": (19.7, "%")}
    assert _by(facts, "eps_diluted")["FY2024"] == (1.96, "USD/share")


BRAMBLE = meta("BRAMBLEWOOD_2026_10K", "Bramblewood Foods, Inc.", 2026)

SUMMARY = """A summary of our consolidated financial results for fiscal 2026 follows:
Fiscal 2026
In millions, except
per share
Fiscal 2026 vs.
Fiscal 2025
Percent of Net
Sales
Net sales $ 9,412.6 4 %
Operating profit 1,530.2 8 % 16.3 %
Net earnings attributable to Bramblewood Foods 1,011.4 (6) %
Diluted EPS $ 3.12 (5) %
Consolidated net sales were as follows:
Fiscal 2026
Fiscal 2026 vs.
Fiscal 2025 Fiscal 2025
Net sales (in millions) $ 9,412.6 4 % $ 9,050.1
"""


def test_a_comparison_head_in_year_names_is_no_period():
    facts = extract_facts(BRAMBLE, pages_of(BRAMBLE, {22: SUMMARY}))
    # "Fiscal 2026 vs. Fiscal 2025" heads the growth column: no fiscal 2025 figure is its percentage
    for metric in ("revenue", "net_income", "eps_diluted", "operating_income"):
        assert "FY2025" not in _by(facts, metric), (metric, _by(facts, metric))
    assert _by(facts, "operating_income") == {"FY2026": (1530.2, "USD")}
    assert _by(facts, "eps_diluted") == {"FY2026": (3.12, "USD/share")}
    # the comparison printed between the two years' columns
    assert _by(facts, label="Net sales (in millions)") == {"FY2026": (9412.6, "USD"), "FY2025": (9050.1, "USD")}


SEGMENTS = """RESULTS OF SEGMENT OPERATIONS
The following table provides the dollar amount and percentage of net sales from each segment for fiscal 2026 and 2025:
Fiscal Year
2026 2025
In Millions Dollars Percent of Total Dollars
Percent of
Total
Net Sales
North America Grocery $ 5,318.4 57% $ 5,102.7 56%
International 1,902.1 20 1,955.3 22
Foodservice 1,296.8 14 1,204.6 13
Pet Nutrition 895.3 9 787.5 9
Total $ 9,412.6 100% $ 9,050.1 100%
"""


def test_a_percent_column_marked_on_the_first_row_only_is_never_an_amount():
    facts = extract_facts(BRAMBLE, pages_of(BRAMBLE, {24: SEGMENTS}))
    assert _by(facts, label="International") == {"FY2026": (1902.1, "USD"), "FY2025": (1955.3, "USD")}
    assert _by(facts, label="Pet Nutrition") == {"FY2026": (895.3, "USD"), "FY2025": (787.5, "USD")}

"""Session 27 (#10): the fleet a rental business earns its revenue with is a capital asset as PP&E is, wherever its
balance sheet carries it (a rent-to-own chain's "Rental merchandise, net" among its current assets, an equipment
renter's "Equipment held for rent, net"): the fixed-asset indicator of the capital-intensity judgement adds it to net
PP&E (``registry``: rental_assets; ``formulas.fixed_asset_ratio``). Without it such a filer reads as asset light by
every convention, a confident wrong "No". The filer, its rows and the wordings are written for this test."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance import formulas as calc
from assistant.finance.registry import normalise_metric
from finance_filings import memory_index, meta

KILN = meta("KILNWAY_RENTS_2025_10K", "Kilnway Rent-to-Own, Inc.", 2025)

# revenue 2,060.0; capex 61.8 (3.0% of revenue); net PP&E 212.4 + rental merchandise 1,118.6 = 1,331.0 of total
# assets 1,804.2 (73.8%; PP&E alone 11.8%); net earnings 97.3 on average assets (1,804.2 + 1,758.6) / 2 (5.46%)
KILN_IS = """KILNWAY RENT-TO-OWN, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(In millions)
Year Ended December 31, 2025 2024 2023
Revenues:
Rentals and fees $ 1,842.7 $ 1,790.2 $ 1,731.5
Merchandise sales 217.3 205.9 199.0
Total revenues 2,060.0 1,996.1 1,930.5
Cost of rentals and fees 640.9 618.4 597.3
Cost of merchandise sold 158.1 150.6 146.2
Operating expenses 1,096.2 1,071.3 1,044.8
Operating profit 164.8 155.8 142.2
Interest expense (34.6) (36.1) (37.0)
Earnings before income taxes 130.2 119.7 105.2
Income tax expense 32.9 30.4 26.6
Net earnings $ 97.3 $ 89.3 $ 78.6
"""

KILN_BS = """KILNWAY RENT-TO-OWN, INC.
CONSOLIDATED BALANCE SHEETS
(In millions)
December 31, 2025 2024
Cash and cash equivalents $ 44.7 $ 39.0
Receivables, net 61.5 58.2
Prepaid expenses and other assets 52.3 49.8
Rental merchandise, net 1,118.6 1,083.4
Property and equipment, net 212.4 218.9
Goodwill 314.7 309.3
Total assets $ 1,804.2 $ 1,758.6
Accounts payable and accrued liabilities $ 301.5 $ 288.0
Long-term debt 640.0 655.0
Total liabilities 1,036.2 1,027.4
Total stockholders' equity 768.0 731.2
Total liabilities and stockholders' equity $ 1,804.2 $ 1,758.6
"""

KILN_CF = """KILNWAY RENT-TO-OWN, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Year Ended December 31, 2025 2024 2023
Net earnings $ 97.3 $ 89.3 $ 78.6
Depreciation of rental merchandise 598.4 580.2 562.9
Purchases of rental merchandise (633.6) (611.0) (590.4)
Net cash provided by operating activities 188.9 176.5 160.2
Purchases of property and equipment (61.8) (58.7) (55.0)
Net cash used in investing activities (61.8) (58.7) (55.0)
Repayments of long-term debt (15.0) (15.0) (15.0)
Dividends paid (50.0) (48.0) (46.0)
Net cash used in financing activities (65.0) (63.0) (61.0)
"""


def test_rental_fleet_rows_map_to_rental_assets_on_the_balance_sheet():
    for label in ("Rental merchandise, net", "Rental merchandise in service, net", "Equipment held for rent, net",
                  "Revenue earning vehicles, net", "Lease merchandise, net of accumulated depreciation"):
        assert normalise_metric(label, "balance") == "rental_assets", label
    for label in ("Rental revenue", "Rentals and fees", "Property and equipment, net"):
        assert normalise_metric(label, "balance") != "rental_assets", label


def test_fixed_asset_ratio_counts_the_rental_fleet():
    index = memory_index([(KILN, {40: KILN_IS, 41: KILN_BS, 42: KILN_CF})])
    facts = {f.metric: f for f in index.facts(metric="rental_assets") if f.period == "FY2025"}
    assert facts["rental_assets"].value == 1118.6
    r = calc.fixed_asset_ratio(*(next(f for f in index.facts(metric=m) if f.period == "FY2025")
                                 for m in ("net_ppe", "total_assets", "rental_assets")))
    assert round(r.value, 1) == 73.8 and "rental" in r.formula


def test_a_renter_is_never_called_asset_light_from_its_pp_and_e_alone():
    index = memory_index([(KILN, {40: KILN_IS, 41: KILN_BS, 42: KILN_CF})])
    a = answer_question("Is Kilnway Rent-to-Own a capital-intensive business based on its FY2025 figures?", index)
    assert a is not None, "no answer"
    # capex is 3.0% of revenue (not intensive), the fixed assets with the rental fleet 73.8% of total assets
    # (intensive): the figures do not agree, so no bare "No"
    assert a.text.startswith("No verdict"), a.text
    assert "73.8%" in a.text and "Rental merchandise, net" in a.text, a.text

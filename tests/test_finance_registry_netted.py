"""A row label that ends by stating the amounts its figures are net of, one per column ("..., net of $14, $11 and $9,
respectively, of accrued capital expenditures"), names the item its head names: the netted amounts are a disclosure
about the figures, not another item. A label whose "net of" names an item ("net of cash acquired", "net of tax")
keeps its meaning. Labels written for these tests in the way filers print them."""

from __future__ import annotations

import pytest

from assistant.finance.registry import normalise_metric


@pytest.mark.parametrize("label", [
    "Purchases of property and equipment, net of $14, $11 and $9, respectively, of accrued capital expenditures",
    "Additions to property and equipment, net of $6 and $4 of unpaid purchases",
    "Capital expenditures, net of $21, $18 and $12 in 2025, 2024 and 2023, respectively, for amounts in accounts payable",
])
def test_a_netted_amounts_clause_leaves_the_row_its_head(label):
    assert normalise_metric(label, "cash_flow") == "capital_expenditure"


@pytest.mark.parametrize("label, not_metric", [
    ("Acquisitions of businesses, net of cash acquired", "capital_expenditure"),
    ("Proceeds from sale of property and equipment, net of $3 of selling costs", "capital_expenditure"),
])
def test_a_netted_item_is_not_dropped(label, not_metric):
    assert normalise_metric(label, "cash_flow") != not_metric

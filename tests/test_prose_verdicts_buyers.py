"""Customer concentration stated of the buyers a filer names its customers by (dealer groups, distributors, clients,
retailers): the same shares decide as for "customers" (one at 10% or more, ten or fewer at a quarter or more: "Yes";
none reaching 10%: "No"); a supplier's share decides nothing. Every sentence below is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer import prose_verdicts as V

Q = "Is Tarrant Watercraft reliant on a few customers?"


@pytest.mark.parametrize("sentence", [
    "Our largest dealer group, Brindle Harbor Holdings, a regional dealer consolidator, accounted for 12.7% of our net "
    "sales in fiscal 2026, up from 11.9% in fiscal 2025.",
    "In fiscal 2026 our six largest distributors accounted for 44% of net sales.",
    "Our largest client represented approximately 18% of total revenues in 2025.",
    "Our top three retail customers together accounted for 29.5% of consolidated net sales.",
    "Our eight largest dealer groups together accounted for 33.0% of net sales in fiscal 2026.",
])
def test_a_buyers_share_decides_yes(sentence):
    assert V.concentration_verdict(Q, sentence) == "Yes"


@pytest.mark.parametrize("sentence", [
    "In fiscal 2026 no single dealer accounted for more than 10% of Tarrant's net sales.",
    "No single distributor represented 10% or more of net sales during fiscal 2024, 2025 or 2026.",
    "No one dealer group accounted for more than 4% of net sales in fiscal 2026.",
])
def test_no_buyer_reaching_ten_percent_decides_no(sentence):
    assert V.concentration_verdict(Q, sentence) == "No"


@pytest.mark.parametrize("sentence", [
    "Our largest supplier of hulls accounted for 22% of our purchases in fiscal 2026.",
    "Our largest dealer accounted for 6% of net sales in fiscal 2026.",  # one buyer under 10%: not enough to say
    "Our fifteen largest distributors accounted for 35% of net sales.",  # more than ten holders
])
def test_other_shares_decide_nothing(sentence):
    assert V.concentration_verdict(Q, sentence) is None
    # the same buyer at 10% or more decides
    assert V.concentration_verdict(Q, "Our largest dealer accounted for 16% of net sales in fiscal 2026.") == "Yes"


def test_a_class_of_customers_is_not_one_buyer():
    # "customer group" names a kind of customer (an industry), not one buyer
    s = "Our largest customer group, regional hospital systems, accounted for 36% of net sales in fiscal 2026."
    assert V.concentration_verdict(Q, s) is None
    assert V.concentration_verdict(Q, s.replace("customer group", "dealer group")) == "Yes"

"""A profit measure stated at a positive amount of money is a profit ("net income dropped to US$21.7 million": still
profitable); a negative amount, a change "by" an amount, a loss said in the same clause or a forecast is no sign.
Every sentence below is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer import prose_verdicts as V

Q = "Did Lindqvist Campers stay profitable in fiscal 2025?"


@pytest.mark.parametrize("sentence", [
    "Lindqvist's revenue fell 12.4% to US$1.81 billion in the fiscal year ended 30 June 2025, and its net income "
    "dropped to US$21.7 million from US$140.2 million.",
    "Operating profit was EUR 212 million in 2025, down from EUR 260 million.",
    "The group's net income came to about $48.5 million for fiscal 2025.",
])
def test_a_positive_amount_of_a_profit_measure_is_a_profit(sentence):
    assert V.profit_sign(sentence) == "profit"
    assert V.profit_verdict(Q, sentence) == "Yes"
    assert V.profit_verdict("Was Lindqvist Campers loss-making in fiscal 2025?", sentence) == "No"


@pytest.mark.parametrize("sentence", [
    "Net income fell $20 million to a loss of $5 million in fiscal 2025.",
    "Its net income of -$3.1 million compared with a profit a year earlier.",
    "Net income declined by $13 million in fiscal 2025.",
    "The company expects net income of $40 million in fiscal 2026.",
])
def test_no_sign_from_a_loss_a_change_or_a_forecast(sentence):
    assert V.profit_verdict(Q, sentence) != "Yes"
    # a level stated at a positive amount does decide
    assert V.profit_verdict(Q, "Net income was $31.6 million in fiscal 2025.") == "Yes"

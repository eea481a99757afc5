"""A question may ask earnings per share in the income statement's own words ("diluted net income per share", "net
income per diluted share"): that is diluted (or basic) EPS, never net income. Wordings written for this test."""

from __future__ import annotations

import pytest

from assistant.query.intent import metrics_in


@pytest.mark.parametrize("question,metric", [
    ("By how much did Quillon's diluted net income per share rise in fiscal 2026?", "eps_diluted"),
    ("What was net income per diluted share for Quillon in 2025?", "eps_diluted"),
    ("How did Quillon's earnings per diluted share change from 2024 to 2025?", "eps_diluted"),
    ("What was Quillon's basic net income per share in 2025?", "eps_basic"),
])
def test_statement_wordings_of_eps_ask_eps(question, metric):
    assert metrics_in(question) == [metric]

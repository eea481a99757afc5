"""Session 28 (#10): a quarter after a document word names the report to read, not the period asked; a revenue word
that modifies another noun, or names what another item turns into, asks no revenue figure. Wordings written for
these tests (fictional filers)."""

from __future__ import annotations

import pytest

from assistant.query.intent import metrics_in
from assistant.text.periods import periods_named, resolve_period


@pytest.mark.parametrize("question, period", [
    ("What consolidated net revenues did Harlow Gaming report for the full year 2025, in USD thousands? Read it off "
     "the 10-Q for the 2nd quarter of 2025.", "FY2025"),
    ("What capital spending for fiscal 2027 did Ostrava Rail guide to in its earnings release for Q3 fiscal 2026?",
     "FY2027"),
    ("Using the quarterly report for the first quarter of 2024, what was Brightwell's total debt at year-end 2023?",
     "FY2023"),
    # the source's quarter is the only period said: it stays the period asked
    ("What were Harlow Gaming's revenues in its 10-Q for the 2nd quarter of 2025?", "Q2 2025"),
])
def test_a_quarter_after_the_document_word_is_the_source_not_the_period(question, period):
    assert resolve_period(question)[0] == period


def test_the_source_quarter_after_the_document_word_is_no_period_named():
    q = ("What operating cash flow did Harlow Gaming report for fiscal 2025? Take it from the 10-Q for the "
         "third quarter of fiscal 2026.")
    assert periods_named(q) == ["FY2025"]


@pytest.mark.parametrize("question", [
    "How much revenue visibility did Corvane Systems' order book give it at the end of 2025? Give the backlog at "
    "June 30, 2025 against a year earlier, its growth, and how much of it the company expects to convert into revenue "
    "within 12 months.",
    "What revenue recognition policy does Pellmar Labs apply to its multi-year service contracts in 2024?",
    "How much of Corvane's 2025 backlog does it expect to be recognized as revenue in the next year?",
])
def test_a_revenue_word_naming_another_item_asks_no_revenue(question):
    assert "revenue" not in metrics_in(question)


@pytest.mark.parametrize("question", [
    "How much revenue did Corvane Systems recognize in 2025?",
    "What was Corvane's revenue growth from 2024 to 2025?",
    "How much of the backlog will be recognized as revenue, and what was revenue in 2025?",
    "What were Pellmar Labs' net sales in fiscal 2024?",
])
def test_revenue_asked_as_a_figure_is_still_revenue(question):
    assert "revenue" in metrics_in(question)

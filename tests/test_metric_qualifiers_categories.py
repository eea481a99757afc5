"""A product or merchandise category and a department are parts of a company like a segment or a channel: a figure
asked of one ("the bakery category's gross profit") is answered only from a row naming it, never with the company's
total; and a retailer's "gross profit rate" / "gross margin percentage" is the gross margin calculation, not the
gross profit amount. Fictional filers; wordings written for these tests."""

from __future__ import annotations

from assistant.answer import metric_qualifiers, quantities


def test_a_category_named_after_the_company_is_a_part():
    assert metric_qualifiers.part_words(
        "What was the gross profit of Tallow Foods' bakery category in fiscal 2025?") == {"bakery"}
    assert metric_qualifiers.part_words(
        "For fiscal 2024, what were net sales in Brinmoor Markets' fresh produce product category?") >= {"fresh",
                                                                                                           "produce"}


def test_a_department_is_a_part():
    assert metric_qualifiers.part_words("What were net sales of its frozen foods department in 2024?") == {"frozen",
                                                                                                         "food"}


def test_a_question_naming_no_category_names_no_part():
    assert metric_qualifiers.part_words("What was Tallow Foods' gross margin in fiscal 2025?") == set()
    assert metric_qualifiers.part_words("Which product category had the highest sales growth in 2025?") == set()


def test_a_gross_profit_rate_is_the_gross_margin():
    for q in ("What was Tallow Foods' gross profit rate in fiscal 2025?",
              "What gross margin percentage did Brinmoor Markets report for 2024?"):
        assert quantities.quantity_in(q, []).recipe == "gross_margin", q
    assert quantities.quantity_in("What was Tallow Foods' gross profit in fiscal 2025?", []).metric == "gross_profit"

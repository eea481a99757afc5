"""The part of a company a question qualifies a metric with (``assistant/answer/metric_qualifiers.py``). Every
question below is fictional and written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.metric_qualifiers import part_words, qualifier


# ---- a segment whose name is a word of the company's name (session 29) -----------------------------------------------
# Session 29 (#11): a segment whose name is a word of the company's own name is a qualifier of the facts path.

@pytest.mark.parametrize("question", [
    "What was the revenue of Tolland's Aggregates segment in 2025?",
    "What were Tolland's Aggregates segment revenues in 2024?",
    "How much revenue did the Aggregates segment of Tolland Aggregates bring in during 2025?",
])
def test_a_segment_named_like_the_company_narrows_the_metric(question):
    # the facts path's qualifier: only a row naming the Aggregates segment answers, never the consolidated total
    assert part_words(question) == {"aggregate"}
    assert "aggregate" in qualifier(question, "revenue")


def test_aggregate_in_lower_case_still_names_the_whole():
    assert part_words("What was the aggregate revenue of its segments in 2025?") == set()

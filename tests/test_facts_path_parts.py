"""A figure narrowed to a part of the company ("its online channel", "the Gas segment's", "from its Acme brand") is
answered only from a row that names that part (a segment note's "Online" row under "Operating income:"), never
with the consolidated total; a ratio of a part is not computed from consolidated rows. Statements written for these
tests (a fictional home-goods retailer with two channels)."""

from __future__ import annotations

import pytest

from assistant.answer.metric_qualifiers import part_words
from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

D = meta("ASHGROVE_2025_10K", "Ashgrove Living, Inc.", 2025)
IS = """ASHGROVE LIVING, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Fiscal Year Ended December 31, 2025 2024
Net sales $ 3,870.4 $ 3,655.1
Cost of sales 2,361.0 2,250.6
Gross profit 1,509.4 1,404.5
Selling, general and administrative expenses 1,121.9 1,060.3
Operating income 387.5 344.2
Interest expense 21.4 24.9
Income before income taxes 366.1 319.3
Income tax expense 84.2 73.4
Net income $ 281.9 $ 245.9
"""
SEGMENTS = """Note 14. Segment Information
The Company has two reportable segments: Stores and Online.
(In millions)
Year Ended December 31, 2025 2024
Net sales:
Stores $ 2,905.2 $ 2,811.0
Online 965.2 844.1
Total net sales 3,870.4 3,655.1
Operating income:
Stores 301.6 279.8
Online 85.9 64.4
Total operating income 387.5 344.2
"""
IS_ONLY = {40: IS}
WITH_NOTE = {40: IS, 77: SEGMENTS}
A = "Ashgrove Living"


@pytest.mark.parametrize("question, words", [
    ("How much operating income did Contoso's online channel generate in fiscal 2025?", {"online"}),
    ("What was the Gas segment's revenue in 2024?", {"ga"}),
    ("What revenue came from its Acme brand in 2024?", {"acme"}),
    ("What was total revenue for its reportable segments in 2024?", set()),
    ("What was Contoso's operating income in 2024?", set()),
])
def test_parts_named_with_their_kind(question, words):
    assert part_words(question) == words


@pytest.mark.parametrize("question", [
    f"How much operating income did {A}'s online channel generate in fiscal 2025?",
    f"What were net sales of {A}'s Online segment in 2025?",
])
def test_a_part_is_never_answered_with_the_total(question):
    idx = memory_index([(D, IS_ONLY)])
    for a in (answer_question(question, idx), answer_from_facts(question, idx)):
        assert a is None or a.refused, a.text
        assert a is None or ("387.5" not in a.text and "3,870.4" not in a.text), a.text


def test_a_part_is_answered_from_the_row_that_names_it():
    idx = memory_index([(D, WITH_NOTE)])
    a = answer_question(f"How much operating income did {A}'s online channel generate in fiscal 2025?", idx)
    assert a is not None and "$85.90 million" in a.text and "387.5" not in a.text, a and a.text
    a = answer_question(f"What were net sales of {A}'s online channel in 2024?", idx)
    assert a is not None and "$844.1 million" in a.text, a and a.text


def test_a_ratio_of_a_part_is_not_computed_from_consolidated_rows():
    idx = memory_index([(D, WITH_NOTE)])
    a = answer_question(f"What was the operating margin of {A}'s online channel in 2025?", idx)
    assert a is None or a.refused or "10.0%" not in a.text, a.text  # 387.5 / 3,870.4 consolidated

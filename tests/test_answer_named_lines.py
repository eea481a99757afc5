"""A line item no metric names, asked by its label as a change ("how much did its royalty fees grow, in dollars and in
percent?") or as a share of a total ("royalties as a proportion of total revenues", "what share of depreciation and
amortization was ..."): computed from the one row whose label the question's words name (all the question's words in
the label, all the label's but a generic head such as "fees" in the question, in any order), each row cited. A phrase
that names no row, or two rows (a line's revenues and its expenses), is never answered with another figure. Fictional
filer (test_answer_attribution's Quillon Hotels, with a note's table added) and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.named_lines import named_line, share_parts
from finance_filings import memory_index
from test_answer_attribution import INCOME, QH

NOTE = """QUILLON HOTELS CORPORATION
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Note 6. Property and Equipment
The components of depreciation and amortization were as follows (in millions):
Year Ended December 31 2025 2024
Franchise system depreciation 19.6 17.9
Amortization of franchise agreement intangibles 9.3 8.5
Depreciation and amortization 28.9 26.4
"""

IX = memory_index([(QH, {48: INCOME, 63: NOTE})])


@pytest.mark.parametrize("question", [
    "How much did Quillon's royalty fees grow in 2025, in dollars and in percent?",
    "By how much did Quillon Hotels' royalties increase from 2024 to 2025?",
])
def test_the_change_of_a_named_line(question):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert "23.6" in a.text and "+6.1%" in a.text, a.text  # 412.6 - 389.0; / 389.0
    assert all(c.page == 48 for c in a.citations)


@pytest.mark.parametrize("question", [
    "What percentage of Quillon's total revenues came from royalty fees in 2025?",
    "Royalties as a proportion of total revenues: what was that for Quillon in 2025?",
])
def test_a_named_line_as_a_share_of_a_total(question):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert "49.2%" in a.text, a.text  # 412.6 / 839.0


def test_a_label_named_in_another_word_order_as_a_share_of_a_metric():
    a = answer_question("What share of Quillon's 2025 depreciation and amortization was franchise agreement "
                        "intangibles amortization?", IX)
    assert a is not None and not a.refused, a and a.text
    assert "32.2%" in a.text, a.text  # 9.3 / 28.9


@pytest.mark.parametrize("question", [
    "How much did Quillon's marketing and reservation system grow in 2025?",   # revenues or expenses?
    "How much did Quillon's marketing expenses grow in 2025?",                 # not the marketing and reservation row
    "What share of Quillon's total revenues came from management fees in 2025?",  # no such row
])
def test_no_row_or_two_rows_is_no_answer(question):
    a = answer_question(question, IX)
    assert a is None or a.refused, a.text
    for wrong in ("305.1", "298.7", "839", "+6.0%", "+5.0%"):
        assert a is None or wrong not in a.text, a.text


def test_named_line_and_share_parts():
    assert named_line("depreciation of the franchise system", IX, [QH.doc_id], "FY2025").label == (
        "Franchise system depreciation")
    assert named_line("royalty", IX, [QH.doc_id], "FY2025").label == "Royalty fees"
    assert named_line("franchise", IX, [QH.doc_id], "FY2025") is None
    assert share_parts("Royalties as a proportion of total revenues: what was it?") == ("Royalties", "total revenues")
    assert share_parts("What percentage of its total revenues came from royalty fees in 2025?") == (
        "royalty fees", "total revenues")


def test_a_line_off_the_statements_and_notes_is_left_to_the_passages():
    # a discussion's summary table row ("Total backlog"): no calculation may use it, and no withdrawn answer takes
    # the question from the passages that may state the change in words
    mdna = ("Results of Operations\nThe following table summarizes key figures (in millions):\n"
            "Year Ended December 31 2025 2024\nTotal backlog 1,240.0 1,180.5\n")
    ix = memory_index([(QH, {22: mdna, 48: INCOME})])
    a = answer_question("Did Quillon's backlog increase in 2025 compared with 2024?", ix)
    assert a is None, a and a.text


@pytest.mark.parametrize("text, parts", [
    ("Were its operating costs a larger share of net sales in 2024 than in 2025?", ("operating costs", "net sales")),
    ("Was cost of goods sold a bigger share of net sales in FY2024?", ("cost of goods sold", "net sales")),
    ("What share of its 2025 total revenues was royalty fees?", ("royalty fees", "total revenues")),
])
def test_the_part_is_the_line_not_the_question_around_it(text, parts):
    assert share_parts(text) == parts


@pytest.mark.parametrize("question", [
    "By how many percentage points did Quillon's owned hotel occupancy change in 2025?",
    "How much did Quillon's owned hotel revenue per room change in 2025?",
])
def test_a_measure_of_a_line_names_no_line(question):
    # "owned hotel occupancy" is a rate of the owned hotels, not the "Owned hotel revenues" row; "revenue per room" a
    # ratio over it: neither is answered from that row's change
    assert named_line(question, IX, [QH.doc_id], "FY2025", ["Quillon"]) is None


def test_a_rate_of_a_line_is_not_answered_by_the_line():
    a = answer_question("By how many percentage points did Quillon's owned hotel occupancy change in 2025?", IX)
    assert a is None or "96.5" not in a.text, a.text

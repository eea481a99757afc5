"""A metric narrowed to a part ("subscription revenue", "professional services revenue", "interest expense on
deposits") is answered from the row whose label says the part, with that row's own figures, periods and citation:
a row naming the metric's kind of item, or one printed under the metric's heading ("Revenue:" above
"Subscription"; never the same words under "Cost of revenue:"). No such row, or two that disagree: declined, and
never the total. Filings are the fictional ones of ``finance_filings_more`` / ``finance_filings``; every wording
was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.metric_qualifiers import qualifier
from assistant.answer.statement_rows import qualified_row, row_title
from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta, page_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question, figure, label", [
    (f"What was {L}'s subscription revenue in fiscal 2025?", "$2,840.5 million", "Subscription"),
    (f"What were {L}'s professional services revenues in FY2024?", "$176.4 million", "Professional services"),
    (f"What was {L}'s maintenance and support revenue in FY2025?", "$412.3 million", "Maintenance and support"),
    (f"What were subscription revenues for {L} in 2023?", "$1,962.7 million", "Subscription"),
])
def test_a_part_is_answered_from_its_own_row(index, question, figure, label):
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        assert a is not None and not a.refused, a and a.text
        assert figure in a.text and f'"{label}"' in a.text, a.text
        assert "3,441.4" not in a.text and "2,999.4" not in a.text, a.text  # never the total
        assert a.citations[0].page == 60 and a.inputs[0].label == label


def test_the_same_words_under_cost_of_revenue_are_not_revenue(index):
    # "Professional services" is printed under "Revenue:" (176.4) and under "Cost of revenue:" (152.9)
    a = answer_question(f"What were {L}'s professional services revenues in FY2024?", index)
    assert "152.9" not in a.text, a.text
    assert qualified_row(f"What was {L}'s professional services revenue in FY2024?", index, "revenue",
                         [LARKSPUR.doc_id], "FY2024").value == 176.4


def test_growth_and_change_of_a_part(index):
    a = answer_question(f"What was {L}'s subscription revenue growth in FY2025?", index)
    assert a is not None and "+18.8%" in a.text and "subscription revenue" in a.text, a and a.text  # 2,840.5/2,391.2
    a = answer_question(f"How much did {L}'s professional services revenue change from FY2024 to FY2025?", index)
    assert a is not None and "+$12.20 million" in a.text and "+6.9%" in a.text, a and a.text  # 188.6 - 176.4


@pytest.mark.parametrize("question", [
    f"What was {L}'s license revenue in FY2025?",
    f"What was {L}'s product revenue growth in FY2025?",
    f"What was {L}'s hardware sales in fiscal 2025?",
])
def test_no_row_for_the_part_declines_and_never_gives_the_total(index, question):
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        assert a is None or a.refused, a.text
        assert a is None or ("3,441.4" not in a.text and "14.7%" not in a.text), a.text


def test_two_rows_carrying_the_words_with_different_amounts_decline():
    d = meta("QUILLON_2024_10K", "Quillon Devices, Inc.", 2024)
    page = """QUILLON DEVICES, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31, 2024 2023
Net revenues:
Hardware products $ 410,220 $ 388,104
Software products 162,875 140,310
Services 98,430 91,776
Total net revenues 671,525 620,190
Cost of net revenues 402,118 377,905
Gross profit 269,407 242,285
"""
    idx = memory_index([(d, {44: page})])
    q = "What was Quillon's product revenue in 2024?"
    assert qualifier(q, "revenue") == {"product"}
    assert qualified_row(q, idx, "revenue", [d.doc_id], "FY2024") is None
    a = answer_question(q, idx)
    assert a is None or a.refused, a.text
    a = answer_question("What were Quillon's services revenues in 2024?", idx)
    assert a is not None and "$98,430 thousand" in a.text, a and a.text


def test_a_bank_part_under_its_heading():
    idx = page_index(["meridian"])
    a = answer_question("What was First Meridian Bancorp's interest expense on deposits in 2023?", idx)
    assert a is not None and "$1,788 million" in a.text and "2,555" not in a.text, a and a.text


@pytest.mark.parametrize("question, words", [
    ("What was Contoso's maintenance and support revenue in 2025?", {"maintenance", "support"}),
    ("What were product revenues for Contoso in 2024?", {"product"}),
    ("What subscription revenue did Contoso report in 2024?", {"subscription"}),
])
def test_qualifiers_joined_by_and_or_after_a_copula_are_read(question, words):
    # before: "maintenance and support revenue" and "were product revenues" read no qualifier (the total answered)
    assert qualifier(question, "revenue") == words


def test_row_titles():
    assert row_title("Subscription", "revenue") == "subscription revenue"
    assert row_title("Subscription revenue", "revenue") == "subscription revenue"
    assert row_title("Loans, including fees", "interest_income").endswith('("Loans, including fees")')


@pytest.mark.parametrize("question, figure, rows", [
    # (2,840.5 - 568.1) / 2,840.5 = 80.0%; the consolidated gross margin is 77.0%
    (f"What was {L}'s subscription gross margin in FY2025?", "80.0%", "Subscription"),
    (f"What was the gross margin on {L}'s professional services in FY2025?", "15.0%", "Professional services"),
    (f"What was {L}'s services gross margin in fiscal 2025?", "15.0%", "Professional services"),  # (188.6 - 160.3)
])
def test_a_ratio_narrowed_to_a_part_is_computed_from_its_rows(index, question, figure, rows):
    a = answer_question(question, index)
    assert a is not None and figure in a.text and "77.0%" not in a.text, a and a.text
    assert [i.label for i in a.inputs] == [rows, rows], a.inputs


@pytest.mark.parametrize("question", [
    f"What was {L}'s license gross margin in FY2025?",
    f"What was {L}'s subscription operating margin in FY2025?",
    f"What was {L}'s product net margin in FY2025?",
])
def test_a_ratio_of_a_part_without_its_rows_is_never_the_consolidated_ratio(index, question):
    a = answer_question(question, index)
    assert a is None or a.refused, a.text
    for consolidated in ("77.0%", "15.8%", "12.1%"):
        assert a is None or consolidated not in a.text, a.text


def test_words_that_describe_a_ratio_do_not_narrow_it(index):
    a = answer_question(f"What was {L}'s dividend payout ratio in FY2025?", index)
    assert a is not None and "49.3%" in a.text, a and a.text  # 205.3 / 416.4


@pytest.mark.parametrize("question", [
    f"How much revenue did the 14 offices {L} acquired from resellers contribute in fiscal 2025?",
    f"How much revenue did the data centers {L} opened in 2024 generate in FY2025?",
    f"What revenue did {L}'s 9 new regional branches bring in during fiscal 2025?",
    f"How much revenue did its acquired clinics add for {L} in fiscal 2025?",
])
def test_things_of_the_company_earning_a_figure_are_a_part_never_the_total(index, question):
    """Session 33 (#10): the subject of a verb of earning that is a plural of the company's things ("the 14 offices it
    acquired", "its new branches") is a part of the company; its figure is never the total revenue row."""
    assert qualifier(question, "revenue"), question
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        assert a is None or a.refused, a.text
        assert a is None or "3,441.4" not in a.text, a.text
    assert not qualifier(f"How much revenue did the company generate in fiscal 2025?", "revenue")
    assert not qualifier(f"How much operating cash flow did its operations generate in fiscal 2025?", "revenue")

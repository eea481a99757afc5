"""A figure computed over several (an average of several quarters, the gap between two figures) is never answered by
the facts path's lookup of one reported figure; computed answers over several periods still stand. The filer is the
fictional Harbor Home Products of ``finance_filings``; the wordings were written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import page_index

H = "Harbor Home Products"


@pytest.fixture(scope="module")
def index():
    return page_index(["harbor", "corvane"])


@pytest.mark.parametrize("question", [
    f"Averaging the four quarters of fiscal 2023, what were {H}' net sales?",
    f"What were {H}' average quarterly net sales in fiscal 2023?",
    f"What was the gap between {H}' net sales and its cost of products sold in fiscal 2023?",
    f"How much higher were {H}' net sales than its cost of products sold in fiscal 2023?",
])
def test_one_reported_figure_never_answers_a_figure_over_several(index, question):
    a = answer_question(question, index)
    assert a is None or (a.refused and "18,420" not in a.text), a.text


def test_the_level_and_an_average_over_years_are_still_answered(index):
    a = answer_question(f"What were {H}' net sales in fiscal 2023?", index)
    assert a is not None and not a.refused and "$18,420 million" in a.text
    a = answer_question(f"What is {H}' three year average gross margin from FY2021 to FY2023?", index)
    assert a is not None and not a.refused and a.mode == "calc" and "43.9%" in a.text, a and a.text


HOLLIS = """Item 8. Financial Statements
HOLLIS KITCHEN CONCEPTS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(in thousands)
Fiscal year 2025 2024
Company restaurant sales 512,204 538,119
Franchise royalties and fees 161,730 149,882
Total revenues 673,934 688,001
Food and paper costs 148,539 158,745
Labor and related expenses 164,943 175,426
General and administrative expenses 71,388 69,112
Depreciation and amortization 21,664 22,907
Amortization of reacquired franchise rights 3,118 2,876
Total costs and expenses 409,652 429,066
Operating income 264,282 258,935
"""


def test_a_total_including_a_named_part_is_not_answered_by_a_row_without_it():
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="dhol", doc="HOLLIS_2025_10K", source="HOLLIS_2025_10K.pdf", company="Hollis Kitchen "
                   "Concepts", doc_type="10-K", fiscal_year=2025, period="FY2025")
    from finance_filings import memory_index

    idx = memory_index([(meta, {44: HOLLIS})])
    a = answer_question("What was Hollis Kitchen Concepts' total depreciation and amortization expense for fiscal "
                        "2025, amortization of reacquired franchise rights included?", idx)
    assert a is None or (a.refused and "21,664" not in a.text), a.text
    a = answer_question("What was Hollis Kitchen Concepts' depreciation and amortization expense for fiscal 2025?", idx)
    assert a is not None and "$21,664 thousand" in a.text, a and a.text
    # comparable (same-restaurant) sales growth is the filer's own measure: never the change of company sales
    a = answer_question("What same-restaurant sales growth did Hollis Kitchen Concepts report for fiscal 2025?", idx)
    assert a is None or a.refused, a.text


@pytest.mark.parametrize("question", [
    f"Which of {H}' product categories grew fastest in fiscal 2023, and did net sales grow overall?",
    f"Which revenue line grew fastest for {H} from fiscal 2022 to fiscal 2023?",
    f"Which segment made up the largest share of {H}' net sales in fiscal 2023, and did that share grow?",
    # the members named before the pick ("among / across / of its segments, which ...") or by the owner's name
    f"Across {H}' reportable segments (Corporate set aside), which saw its operating margin shrink the most between "
    f"fiscal 2022 and fiscal 2023, and by how many points?",
    f"Of {H}' three business segments, which one improved its operating margin the most in fiscal 2023?",
    f"Which of {H}' three geographic areas had the steepest fall in gross margin from fiscal 2022 to fiscal 2023?",
    f"What business segment of {H} had the highest operating margin in fiscal 2023?",
    f"Name the division of {H} whose operating margin rose the most in fiscal 2023.",
    f"{H} reports three segments. Which one had the biggest drop in operating margin in fiscal 2023?",
])
def test_a_which_member_question_is_never_answered_with_the_whole(index, question):
    """A member of a kind asked ("which segment", "which revenue line") is named from the members' own rows; the
    company's total change is no answer to it."""
    assert answer_question(question, index) is None


@pytest.mark.parametrize("question", [
    f"How much of its net sales did {H} ship into Canada in fiscal 2023, and by what percentage did that rise?",
    f"What were {H}' net sales in the United Kingdom in fiscal 2023?",
])
def test_a_figure_narrowed_to_a_place_is_never_the_total(index, question):
    a = answer_question(question, index)
    assert a is None or (a.refused and "18,420" not in a.text), a.text


@pytest.mark.parametrize("question, asks", [
    ("Among Quillon Foods' operating segments (excluding Corporate), which posted the steepest margin decline?", True),
    ("Of Quillon Foods' four regions, which one grew the least in 2025?", True),
    ("Which of Quillon Foods' three geographic areas had the weakest sales?", True),
    ("What reportable segment of Quillon Foods earned the most operating income in 2025?", True),
    ("Identify the brand tier whose occupancy rose the most in 2025.", True),
    ("Quillon Foods reports three divisions. Which one saw its margin narrow the most in 2025?", True),
    ("What was Quillon Foods' cash from operations in 2025?", False),
    ("What was Quillon Foods' operating margin in 2025, and how did it change from 2024?", False),
    ("Which was higher for Quillon Foods in 2025, its gross margin or its operating margin?", False),
    ("What were Quillon Foods' total current assets at the end of 2025?", False),
])
def test_which_member_questions_are_told_from_company_level_ones(question, asks):
    """A pick among members (named before the pick, by the owner's name, or "what <kind>") is told from a question
    about the company's own figure, which the facts path still answers."""
    from assistant.answer.wording import asks_which_member

    assert asks_which_member(question) is asks

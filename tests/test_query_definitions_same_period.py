"""A defined ratio of two changes: "the increase in A from fiscal 2024 divided by the increase in B over the same
period" reads "over the same period" as the span of the change named before it, never as a division by a figure
called "the same period"; "from fiscal 2024" is the change from that year to the asked one. The software filer and
its statements are fictional (Corvane Software), written for these tests."""

from __future__ import annotations

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Input, Op, find_definitions
from finance_filings import memory_index, meta


def _one(question: str) -> Definition:
    found = find_definitions(question, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    return found[0]


def test_the_same_period_points_back_to_the_change_before():
    d = _one("What was its incremental gross margin, i.e. the change in gross profit between FY2023 and FY2025 "
             "divided by the change in revenue over the same period?")
    assert isinstance(d.expr, Op) and d.expr.op == "/"
    left, right = d.expr.left, d.expr.right
    assert isinstance(left, Input) and isinstance(right, Input)
    assert (left.metric, left.how, left.years) == ("gross_profit", "change", (2023, 2025))
    assert (right.metric, right.how, right.years) == ("revenue", "change", (2023, 2025))


def test_a_change_from_one_year_runs_to_the_asked_period():
    d = _one("Define revenue drop-through as the increase in operating income since fiscal 2022 divided by the "
             "increase in revenue during that period.")
    left, right = d.expr.left, d.expr.right
    assert (left.how, left.years) == ("change", (2022,)) and (right.how, right.years) == ("change", (2022,))


CORVANE = meta("CORVANE_2025_10K", "Corvane Software, Inc.", 2025)
INCOME = """CORVANE SOFTWARE, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Years ended December 31, 2025 2024 2023
Revenue:
Subscription 612,400 508,100 431,900
Professional services 88,600 91,400 86,200
Total revenue 701,000 599,500 518,100
Cost of revenue 201,300 180,700 162,800
Gross profit 499,700 418,800 355,300
Operating expenses:
Research and development 141,200 128,900 117,400
Sales and marketing 190,500 176,300 160,100
General and administrative 62,000 58,600 54,300
Total operating expenses 393,700 363,800 331,800
Operating income 106,000 55,000 23,500
Net income 81,400 40,300 15,900
"""


def test_an_incremental_margin_is_computed_from_both_changes():
    q = ("What was Corvane's incremental operating margin in fiscal 2025, i.e. the increase in operating income from "
         "fiscal 2024 divided by the increase in total revenue over the same period? Answer in percent.")
    a = answer_question(q, memory_index([(CORVANE, {48: INCOME})]))
    assert a is not None and not a.refused, a and a.text
    assert "50.2%" in a.text, a.text  # (106,000 - 55,000) / (701,000 - 599,500) = 51,000 / 101,500


SEGMENTS = """CORVANE SOFTWARE, INC.
NOTES TO CONSOLIDATED FINANCIAL STATEMENTS
Note 14. Segment Information
Revenue by reportable segment was as follows (in thousands):
Years ended December 31, 2025 2024 2023
Revenue:
Cloud Platform 412,000 350,000 296,500
Enterprise Services 289,000 249,500 221,600
Total revenue 701,000 599,500 518,100
"""


def test_a_part_s_increase_as_a_percentage_of_the_total_increase():
    q = ("How much of Corvane's fiscal 2025 revenue growth came from its Cloud Platform segment? Express Cloud "
         "Platform's revenue increase as a percentage of the increase in total revenue, rounded to one decimal place.")
    a = answer_question(q, memory_index([(CORVANE, {48: INCOME, 77: SEGMENTS})]))
    assert a is not None and not a.refused, a and a.text
    assert "61.1%" in a.text and "changed by" not in a.text, a.text  # (412,000 - 350,000) / (701,000 - 599,500)


def test_express_your_answer_defines_nothing():
    assert not find_definitions("What was its FY2025 operating margin? Express your answer in percent.", LOOKUP)
    assert not find_definitions("What was its FY2025 revenue? Express the answer in millions.", LOOKUP)

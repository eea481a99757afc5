"""Two spans of one length named by their closing dates after one length ("the three months ended June 30, 2026 and
June 30, 2025", "the six months ended ..., compared with ...") are two periods, each the report's own column: a
defined ratio is computed for each (before: the second date was dropped and one period answered as if it were the
question's). Fictional filers and wordings written for these tests (rows from test_intents_analyst_forms)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.intent import dates_compared, spans_ended
from test_intents_analyst_forms import ASHBY, BRAMLEY, quarterly  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, cols", [
    ("for the three months ended June 30, 2026 and June 30, 2025", ["Q2 2025", "Q2 2026"]),
    ("in the six months ended June 30, 2026, compared with June 30, 2025", ["6M 2025", "6M 2026"]),
    ("the three months ended June 30, 2026 versus the same period ended June 30, 2025", ["Q2 2025", "Q2 2026"]),
])
def test_a_second_closing_date_after_a_span_is_the_same_span(text, cols):
    assert spans_ended(text, [ASHBY]) == cols
    assert dates_compared(text, [ASHBY]) is None  # the closing dates are the spans', not two balance dates


def test_closing_dates_of_a_march_filer_are_its_fiscal_quarters():
    assert spans_ended("the quarter ended September 25, 2026 and September 26, 2025", [BRAMLEY]) == [
        "Q2 2026", "Q2 2027"]


def test_closing_dates_not_a_year_apart_name_no_two_columns():
    assert spans_ended("the three months ended June 30, 2026 and March 31, 2026", [ASHBY]) is None


@pytest.mark.parametrize("question, shown", [
    # 78,905 / 115,302 = 68.43%; 75,612 / 113,101 = 66.85%
    ("What was Ashby Harbor Bancorp's cost ratio (total noninterest expense divided by net interest income) for the "
     "three months ended June 30, 2026 and June 30, 2025? Answer in percent, rounded to two decimal places.", ("68.43%", "66.85%")),
    # a March filer's quarter by its closing dates: 511.3 / 842.6 = 60.68%; 486.8 / 790.1 = 61.61%
    ("Define the cost rate as cost of sales divided by net sales. What was Bramley Tools' cost rate for the three "
     "months ended September 25, 2026 and September 26, 2025, in percent rounded to two decimal places?",
     ("60.68%", "61.61%")),
])
def test_a_defined_ratio_is_computed_for_each_closing_date(quarterly, question, shown):  # noqa: F811
    a = answer_question(question, quarterly)
    assert a is not None and not a.refused, a and a.text
    assert all(s in a.text for s in shown), a.text

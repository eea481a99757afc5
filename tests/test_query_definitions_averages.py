"""An average in a stated definition is of two period-ends however the question words it: "between the FY2024 and
FY2025 year-ends", "at the end of FY2024 and at the end of FY2025", "averaged over / across the two year-ends",
"taking the average of the two year-end balances", "the average of the two year-end <figure> balances", or a
parenthesis after the figure that says only its span ("(the average of beginning and ending total assets)",
"(average of the FY2024 and FY2025 year-end balances)"). Two years that are not consecutive year-ends, or a span that
contradicts the figure's own years, are refused. Also "365 times ..." (a number then an operator word). Fictional
filer (test_query_definitions_hints' Ashgrove Freight) and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, Unparsed, find_definitions, span_years
from test_query_definitions_hints import IX

ROA = "What was Ashgrove Freight's FY2025 return on assets, in percent? Define ROA as net income divided by {}."
# 517.9 / ((7,884.1 + 7,402.3) / 2) = 517.9 / 7,643.2 = 6.776%
AVERAGED = [
    "average total assets between the FY2024 and FY2025 year-ends",
    "the average of total assets at the end of FY2024 and at the end of FY2025",
    "total assets averaged over the FY2024 and FY2025 year-ends",
    "total assets averaged across fiscal year-ends 2024 and 2025",
    "average total assets, taking the average of the two year-end balances",
    "the average of the two year-end total assets balances",
    "average total assets (the average of beginning and ending total assets)",
    "average total assets (average of the FY2024 and FY2025 year-end balances)",
    "total assets (the mean of the opening and closing balances)",
]


@pytest.mark.parametrize("body", AVERAGED)
def test_an_average_of_two_year_ends_worded_any_way(body):
    q = ROA.format(body)
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    avg = [i for i in defs[0].inputs() if i.metric == "total_assets"]
    assert len(avg) == 1 and avg[0].how == "average" and avg[0].years in ((), (2024, 2025)), avg
    a = answer_question(q, IX)
    assert a is not None and not a.refused, a and a.text
    assert "6.78%" in a.text, a.text


@pytest.mark.parametrize("body", [
    "total assets (average of the FY2023 and FY2025 year-ends)",   # not two consecutive year-ends
    "FY2025 total assets (the average of the two year-end balances)",  # a year-end named, then an average
    "average total assets between FY2021 and FY2025",
])
def test_a_span_that_is_not_two_consecutive_year_ends_is_refused(body):
    q = ROA.format(body)
    defs = find_definitions(q, LOOKUP)
    a = answer_question(q, IX)
    assert any(isinstance(d, Unparsed) for d in defs) or not any(
        i.how == "average" for d in defs for i in d.inputs()), defs
    assert a is None or a.refused or "6.78%" not in a.text, a.text


def test_a_days_figure_with_a_number_then_an_operator_word():
    q = ("Define days payable as 365 times average accounts payable (average of the FY2024 and FY2025 year-end "
         "balances) divided by operating revenues. What was Ashgrove Freight's FY2025 figure?")
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    a = answer_question(q, IX)
    assert a is not None and not a.refused, a and a.text
    assert "21.9" in a.text, a.text  # 365 x (388.2 + 361.0) / 2 / 6,240.5 = 21.91


@pytest.mark.parametrize("text, years", [
    ("the two year-end balances", ()), ("beginning and ending balances", ()), ("opening and closing", ()),
    ("the FY2024 and FY2025 year-ends", (2024, 2025)), ("at the end of FY2024 and at the end of FY2025", (2024, 2025)),
    ("the FY2022 and FY2025 year-ends", None), ("total assets", None), ("the two segments", None),
])
def test_span_years(text, years):
    assert span_years(text) == years

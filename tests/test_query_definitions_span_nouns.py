"""An average's span said with a noun for the figure's printed amounts ("(the average of the opening and closing
balance sheet amounts)", "(mean of the two year-end balance sheet values)", "(average of the beginning and ending
reported figures)") is the average of the two period-ends, like "balances" (before: the parenthesis was not read
and the definition was declined). Fictional filer (test_query_definitions_hints' Ashgrove Freight), wordings
written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, find_definitions, span_years
from test_query_definitions_averages import ROA
from test_query_definitions_hints import IX


@pytest.mark.parametrize("body", [
    "average total assets (the average of the opening and closing balance sheet amounts)",
    "total assets (mean of the two year-end balance sheet values)",
    "average total assets (average of the beginning and ending reported figures)",
    "average total assets (the average of the FY2024 and FY2025 year-end amounts)",
])
def test_an_average_whose_span_names_the_printed_amounts(body):
    q = ROA.format(body)
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    avg = [i for i in defs[0].inputs() if i.metric == "total_assets"]
    assert len(avg) == 1 and avg[0].how == "average", avg
    a = answer_question(q, IX)
    assert a is not None and not a.refused, a and a.text
    assert "6.78%" in a.text, a.text


@pytest.mark.parametrize("text, years", [
    ("the opening and closing balance sheet amounts", ()), ("both year-end figures", ()),
    ("the FY2024 and FY2025 balance sheet amounts", (2024, 2025)),
    ("the two reporting segments", None), ("the opening and closing stores", None),
])
def test_span_nouns(text, years):
    assert span_years(text) == years

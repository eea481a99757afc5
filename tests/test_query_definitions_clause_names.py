"""A parenthesis stating arithmetic after a clause ("how many times its cost of sales did <filer> carry in
inventories (A divided by B)") or after a period's words ("at FY2025 year-end (A divided by B)") names nothing: the
definition is unnamed and the answer is titled by its arithmetic ("ratio of A to B"), never by the clause's words
(before: "<filer>'s <filer> carry in merchandise inventories", "year-end"). Fictional filer, wordings written for
these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, find_definitions
from finance_filings import memory_index
from test_query_definitions_qualified import QW, QW_BS, QW_IS


@pytest.fixture(scope="module")
def ix():
    return memory_index([(QW, {40: QW_BS, 41: QW_IS})])


@pytest.mark.parametrize("question, title, value", [
    ("How many times its cost of sales did Quillworth Outfitters carry in merchandise inventories in fiscal 2025 "
     "(merchandise inventories divided by cost of sales)? Round to two decimal places.",
     "ratio of merchandise inventories to cost of sales", "0.28x"),
    ("How many times its net earnings does Quillworth earn as operating income for FY2025 (operating income divided "
     "by net earnings)?", "ratio of operating income to net earnings", "1.34x"),
    ("What was Quillworth Outfitters' gearing at FY2025 year-end (long-term debt divided by total equity)? Round to "
     "two decimal places.", "ratio of long-term debt to total equity", "0.57x"),
])
def test_a_clause_or_a_period_before_the_parenthesis_names_nothing(ix, question, title, value):
    defs = [d for d in find_definitions(question, LOOKUP) if isinstance(d, Definition)]
    assert len(defs) == 1 and defs[0].name == "", defs
    a = answer_question(question, ix)
    assert a is not None and not a.refused, a and a.text
    assert title in a.text and value in a.text, a.text
    assert "Quillworth Outfitters, Inc.'s Quillworth" not in a.text and "year-end for" not in a.text, a.text


def test_a_figure_named_before_its_parenthesis_keeps_its_name():
    q = ("What was Quillworth Outfitters' inventory cover in FY2025 (merchandise inventories divided by cost of "
         "sales)?")
    defs = [d for d in find_definitions(q, LOOKUP) if isinstance(d, Definition)]
    assert len(defs) == 1 and defs[0].name == "inventory cover", defs

"""Session 28 (#10): "that <figure>" in a definition points back to the figure as the question named it before, with
its qualifier ("net income attributable to Talmont Inc. common shareholders"). Fictional filer (Talmont Biologics),
rows and wordings written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, find_definitions
from finance_filings import memory_index, meta


def _one(q: str) -> Definition:
    found = find_definitions(q, LOOKUP)
    assert len(found) == 1 and isinstance(found[0], Definition), found
    return found[0]


def test_that_net_income_is_the_owners_net_income_named_before():
    d = _one("How did Talmont's top line and net income attributable to Talmont Inc. common shareholders move "
             "in 2025, and what net margin (that net income over revenues) did it earn each year?")
    left = d.expr.left
    assert left.metric == "net_income" and not left.part and "attributable" in left.words, left


def test_that_figure_with_no_qualified_naming_before_stays_as_written():
    d = _one("What net margin (that net income over revenues) did Talmont earn in 2025?")
    assert d.expr.left.words == "that net income"


TALMONT = meta("TALMONT_2025_10K", "Talmont Biologics Inc.", 2025)
INCOME = """TALMONT BIOLOGICS INC.
CONSOLIDATED STATEMENTS OF INCOME
(millions of dollars)
Year Ended December 31, 2025 2024
Revenues $ 18,420 $ 16,950
Cost of sales 6,210 5,880
Operating income 4,380 3,910
Income before provision for taxes on income 4,010 3,560
Provision for taxes on income 802 748
Consolidated net income 3,208 2,812
Less: Noncontrolling interests' share of net income 410 96
Net income attributable to Talmont Inc. common shareholders $ 2,798 $ 2,716
"""


def test_the_margin_uses_the_owners_row_named_before():
    q = ("What was Talmont's net income attributable to Talmont Inc. common shareholders in 2025, and what was its net "
         "margin (that net income over revenues) for 2025? Round to one decimal place.")
    a = answer_question(q, memory_index([(TALMONT, {61: INCOME})]))
    assert a is not None and not a.refused, a and a.text
    assert "15.2%" in a.text and "17.4%" not in a.text, a.text  # 2,798 / 18,420 (never 3,208 / 18,420)

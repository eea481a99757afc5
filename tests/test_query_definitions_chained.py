"""Definitions: a clause that only says where a figure is read ("taking capital spending from the cash flow
statement") defines nothing and leaves mia's formula in place; two definitions chained in one clause ("taking total
debt as A plus B plus C, and debt-to-equity as total debt divided by total equity") are both read, the second using
the first; two inputs that map to one metric ("short-term borrowings", "the current portion of long-term debt") are
each their own row, never one row counted twice; a phrase holding arithmetic ("purchases of property and equipment
divided by two") is no figure's name; "capex as a percentage of revenue" with capex defined is the defined figure
over revenue. Filings are the fictional ones of ``finance_filings_more``; wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, find_definitions, states_unread_definition
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


def test_a_source_clause_is_no_definition(index):
    assert not states_unread_definition("Taking capital expenditures from the cash flow statement, what was "
                                        "Contoso's capex as a percentage of revenue in FY2025?")
    assert states_unread_definition("Taking payout as each share's declared dividend divided by the diluted figure, "
                                    "what was the payout ratio?")
    a = answer_question(f"Taking capital spending from the cash flow statement, what was {L}'s capex as a "
                        f"percentage of revenue in FY2025?", index)
    assert a is not None and not a.refused and "2.46%" in a.text, a and a.text  # 84.6 / 3,441.4


def test_chained_definitions_and_inputs_of_one_metric(index):
    q = (f"Taking total debt as short-term borrowings plus the current portion of long-term debt plus long-term debt, "
         f"and debt-to-equity as total debt divided by total equity, what was {L}'s debt-to-equity ratio at the end "
         f"of FY2025?")
    defs = find_definitions(q, LOOKUP)
    assert [d.name for d in defs if isinstance(d, Definition)] == ["total debt", "debt-to-equity"]
    a = answer_question(q, index)
    # (50.0 + 100.0 + 896.3) / 1,550.8 = 0.67x; one current-debt row counted twice would give (100 + 100 + 896.3)
    assert a is not None and "0.67x" in a.text and "(50 + 100 + 896.3)" in a.text, a and a.text
    assert "Short-term borrowings" in a.text and "Current portion of long-term debt" in a.text


def test_arithmetic_in_a_phrase_is_no_figure_name(index):
    assert LOOKUP("purchases of property and equipment divided by two") is None
    assert LOOKUP("purchases of property and equipment") == "capital_expenditure"
    a = answer_question(f"Taking capex as purchases of property and equipment divided by two, what was {L}'s capex "
                        f"as a percentage of revenue in FY2025?", index)
    assert a is None or a.refused or "84.6" not in a.text, a.text


def test_a_defined_figure_as_a_share_of_revenue(index):
    a = answer_question(f"Taking capex as purchases of property and equipment divided by 2, what was {L}'s capex as "
                        f"a percentage of revenue in FY2025?", index)
    assert a is not None and "1.23%" in a.text, a and a.text  # 84.6 / 2 / 3,441.4

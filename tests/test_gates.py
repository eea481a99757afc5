"""The extractive answerer's gates and verdicts (answer/gates.py): prescore, combine, verdict.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import gates as G

from extract_pages import META_FILING, find


def test_an_amount_for_another_year_is_excluded():
    asked = Q.read_question("What was Northwind's capital expenditure in 2021?")[0]
    assert G.prescore(asked, find("Northwind Cloud raised its capital expenditure")) is None
    asked = Q.read_question("What was Northwind's capital expenditure in 2023?")[0]
    assert G.prescore(asked, find("Northwind Cloud raised its capital expenditure")) is not None


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        ("Did Lumen give a capital expenditure figure for 2026?", "Lumen did not give a figure for 2026.", "No"),
        ("Does the estimate include cryptocurrency mining?", "This estimate excludes cryptocurrency mining.", "No"),
        ("Does Acme depend on a limited number of suppliers?",
         "We depend on a limited number of suppliers for our key components.", "Yes"),
        ("Was the memory sold out for 2025?", "In June the company said its memory was sold out for 2025.", "Yes"),
        ("Is Acme a capital-intensive business?", "Acme opened 14 stores in fiscal 2023.", None),
        ("Was there any drop in cash and cash equivalents in the quarter?",
         "The decrease in cash and cash equivalents was primarily due to inventory purchases.", "Yes"),
        ("Did the bank's trading risk decrease compared with the prior year?",
         "Average total VaR rose by $9 million compared with the prior year, driven by higher trading risk.", "No"),
        ("Was there any change in the number of stores?", "We expect to close 20 to 30 stores next year.", None),
        ("Looking at VaR, did the risk decrease compared with the prior year?",
         "Average total VaR decreased by $7 million compared with the prior year.", "Yes"),
        ("Did the new memory pass qualification in 2025?",
         "Press reports through 2024 described delays in qualifying the new memory.", None),
        ("Did the chip pass qualification?", "Reports described delays in qualifying the chip.", None),
    ],
)  # fmt: skip
def test_verdict_only_when_the_sentence_states_it(question, sentence, expected):
    asked = Q.read_question(question)[0]
    assert G.verdict(asked, C.page_candidates(sentence)[0]) == expected


def test_another_period_only_softens_a_statement_but_excludes_a_figure():
    c = C.page_candidates("Unlike the 2022 figure, this estimate excludes cryptocurrency mining.")[0]
    yes_no = Q.read_question("Does the 2024 estimate include cryptocurrency mining?")[0]
    amount = Q.read_question("How much electricity did cryptocurrency mining use in 2024?")[0]
    assert G.prescore(yes_no, c) is not None and G.prescore(amount, c) is None


def test_a_row_without_period_heads_does_not_answer_an_amount_for_a_period():
    q = "What was Acme's adjusted EBITDA for FY2023?"
    asked = Q.read_question(q)[0]
    assert asked.kind == "amount"
    bare = C.page_candidates("Adjusted EBITDA 609 540", meta=META_FILING)[0]
    dated = C.page_candidates("Fiscal year 2023 2022\nAdjusted EBITDA 2,018 2,026", meta=META_FILING)[-1]
    assert bare.kind == "row" and G.prescore(asked, bare, q) is None
    assert dated.kind == "row" and G.prescore(asked, dated, q) is not None

"""A question that states how its figure is computed is answered by that computation (the facts path) or declined:
never by a quoted table row of one of its inputs, nor by the filer's sentence that only restates the definition.
Every text below is written for this test."""

from __future__ import annotations

from assistant.answer.quantities import states_formula
from assistant.types import DocMeta
from one_page import pages_answerer

# a filing whose file name and cover give no company the facts path can pin: only the quoted path reads it
FENWICK = DocMeta(doc_id="dfen", doc="fenwick_builders_10k_2025", source="/r/fenwick_builders_10k_2025.pdf",
                  title="Fenwick Builders, Inc. - Annual Report on Form 10-K", company=None, doc_type="10-K",
                  fiscal_year=2025)  # fmt: skip
BALANCE = """Item 8. Consolidated Balance Sheets
Fenwick Builders, Inc. Consolidated Balance Sheets (in thousands)
(at June 30)
2025 2024
Cash and cash equivalents 402,118 377,905
Inventories 3,905,114 3,517,220
Other assets 96,410 88,120
Total assets 4,403,642 3,983,245
Accounts payable 188,014 176,552
Senior notes payable 1,184,250 1,092,400
Total liabilities 1,372,264 1,268,952
Total shareholders' equity 3,031,378 2,714,293
Total liabilities and shareholders' equity 4,403,642 3,983,245
Our net leverage, senior notes payable less cash divided by total capital, is a measure management uses to
monitor the balance sheet.
"""


def test_questions_that_state_their_formula_are_recognised():
    assert states_formula("Taking leverage as senior notes payable divided by total shareholders' equity, what was "
                          "Fenwick's leverage at June 30, 2025?")
    assert states_formula("Fenwick's cash ratio is defined as cash and cash equivalents / total current liabilities. "
                          "What was it in fiscal 2025?")
    assert states_formula("Defining net leverage as senior notes payable less cash, divided by total shareholders' "
                          "equity, what was Fenwick's net leverage at June 30, 2025?")
    assert not states_formula("What was Fenwick's total shareholders' equity at June 30, 2025?")
    assert not states_formula("How did Fenwick define net leverage in its 2025 annual report?")


def test_the_plain_question_about_one_input_is_still_quoted():
    ans = pages_answerer(FENWICK, {7: BALANCE}).ask("How much total shareholders' equity did Fenwick have at June 30, "
                                                    "2025?")
    assert ans.mode == "extract" and "3,031,378" in ans.text


def test_a_defined_ratio_is_never_answered_by_a_quote():
    """The facts path cannot pin this filer, so only the quoted path could answer: it must not, neither with the
    equity row (one input) nor with the filer's sentence that restates a definition without a figure."""
    for question in (
        "Taking leverage as senior notes payable divided by the sum of senior notes payable and total shareholders' "
        "equity, what was Fenwick's leverage at June 30, 2025?",
        "Defining net leverage as senior notes payable less cash, divided by total shareholders' equity, what was "
        "Fenwick's net leverage at June 30, 2025?",
    ):
        ans = pages_answerer(FENWICK, {7: BALANCE}).ask(question)
        assert ans.refused, (question, ans.mode, ans.text)
        assert "3,031,378" not in ans.text and "monitor the balance sheet" not in ans.text

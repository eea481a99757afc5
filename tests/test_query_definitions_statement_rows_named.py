"""A clause that says the figures are worked out from the rows of named statements ("Calculating with the line items
printed on the cash flow statements and the p&l, ...") only says where every figure is read, like
"Calculating from the cash flow statement, ...": it defines nothing, so the question's own measure is computed from
those statements' rows. A clause that goes on to state arithmetic is still a definition mia must read or decline.
The wordings below are written for this test; the filer is the fictional Harbor Home Products of finance_filings."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.definitions import states_unread_definition
from finance_filings import page_index


@pytest.mark.parametrize("lead", [
    "Calculating with the line items printed on the cash flow statements and the p&l",
    "Computing it from the rows reported in the consolidated statements of cash flows, the balance sheets",
    "Working it out from the figures presented on the consolidated cash flow statement",
    "Deriving from the amounts stated within the income statements and the cash flow statements",
])
def test_rows_of_named_statements_define_nothing(lead):
    assert not states_unread_definition(f"{lead}, what was the two-year average of capital spending as a percent of "
                                        "net sales for Tindall Brushworks?")


def test_arithmetic_after_the_rows_named_is_still_a_definition():
    assert states_unread_definition("Calculating with the line items printed on the cash flow statements, taking "
                                    "capital intensity as purchases of equipment less sale proceeds divided by net "
                                    "sales, what was Tindall Brushworks' capital intensity?")


def test_the_multi_year_average_is_computed_from_the_statements_named():
    idx = page_index(["harbor"])
    a = answer_question("Calculating with the line items printed on the income statements and the cash flow "
                        "statements, what was the 3-year average of Harbor Home Products' capex as "
                        "a % of revenue for FY2021 - FY2023, to two decimal places?", idx)
    assert a is not None and not a.refused, a and a.text
    # 901 / 16,902 = 5.33%, 968 / 17,615 = 5.50%, 1,022 / 18,420 = 5.55%: mean 5.46%
    assert "5.46%" in a.text, a.text

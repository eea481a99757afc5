"""Session 29 (#10): the fiscal years a question's definition names ("Define gross margin as FY2022 gross profit
divided by FY2022 net sales") are the filer's own names, as the period it asks is: for a filer naming its years by
the year they began ("Fiscal 2022 ... ended January 28, 2023"), they are the columns that closed a year later. Read
as closing years they would give the prior year's figures under the asked year's name. Filing written for these
tests (a fictional footwear and apparel retailer, Tamsin Ridge Outfitters)."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from finance_filings import memory_index
from test_s29_fiscal_names_listed import C, D, NAMINGS, STATEMENT

BALANCE = """TAMSIN RIDGE OUTFITTERS, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
January 28, 2023 January 29, 2022 January 30, 2021
Merchandise inventories $ 801,223 $ 702,540 $ 655,018
Total current assets 1,512,904 1,398,211 1,270,660
Total assets $ 3,104,556 $ 2,889,100 $ 2,702,315
Total current liabilities 902,118 850,330 799,412
Total stockholders' equity 1,402,900 1,301,455 1,188,730
"""


def _index():
    return memory_index([(D, {30: f"Item 7. Management's Discussion and Analysis\n{NAMINGS['names then dates']}\n",
                              52: STATEMENT, 53: BALANCE})])


def test_years_named_only_in_the_definition_are_the_filers():
    a = answer_question(f"Define gross margin as FY2022 gross profit divided by FY2022 net sales. What was {C}' "
                        "gross margin?", _index())
    # 1,485,275 / 3,918,406 (the year ended January 28, 2023), never 1,388,109 / 3,602,115 (38.5%)
    assert a is not None and "37.9%" in a.text and "38.5%" not in a.text, a and a.text


def test_an_average_of_named_year_ends_moves_with_the_asked_year():
    a = answer_question(f"What was {C}' fiscal 2022 return on equity, defined as fiscal 2022 net income divided by the "
                        "average of total stockholders' equity at the end of fiscal 2021 and fiscal 2022?", _index())
    # 351,090 / ((1,402,900 + 1,301,455) / 2) = 26.0%, never 322,641 over the year-ends before (25.9%) or a decline
    assert a is not None and "26.0%" in a.text and "1,188,730" not in a.text, a and a.text
    a = answer_question(f"What was {C}' inventory turnover, computed as FY2022 cost of sales over average merchandise "
                        f"inventories (FY2021 and FY2022 year-end balances)?", _index())
    # 2,433,131 / ((801,223 + 702,540) / 2) = 3.24x
    assert a is not None and "3.24x" in a.text and "655,018" not in a.text, a and a.text


def test_inputs_the_question_says_to_use_in_the_filers_named_years_are_never_the_years_before():
    # the "using" list names the filer's years; read as mia's column names they would be the year before's
    for q in (f"Using FY2022 cost of sales and mean merchandise inventories over the FY2021 and FY2022 balance sheet "
              f"dates, what was {C}' inventory turnover?",
              f"What was {C}' fiscal 2022 inventory turnover? Use FY2022 cost of sales and merchandise inventories "
              f"averaged over FY2021 and FY2022 year-end balances."):
        a = answer_question(q, _index())
        # 2,214,006 / ((702,540 + 655,018) / 2) = 3.26x is the year before's
        assert a is not None and a.refused and "by the year it began" in a.text, a and a.text
        assert "3.26x" not in a.text and "2,214,006" not in a.text

"""A stated definition's input that the question qualifies ("net income attributable to Contoso", "... to common
shareholders") comes from the row carrying that qualifier, never from the consolidated "Net income" row beside it:
the statement's row when its label words differ from the question's ("... to Contoso Beverages"), the statement's
row when a summary table prints the same label at another rounding, and a declined input when the statement shows
a noncontrolling-interest line but no row for the company's share. A filer with no noncontrolling interests prints
one net income row: that row is the company's. Fictional filer and rows written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.query.definitions import input_qualifier
from finance_filings import memory_index, meta

CB = meta("CONTOSO_BEVERAGES_2025_10K", "Contoso Beverages, Inc.", 2025)

HIGHLIGHTS = """Item 7. Management's Discussion and Analysis
Financial highlights
(in billions, except per share amounts)
2025 2024
Net revenue $ 48.2 $ 46.9
Net income attributable to Contoso Beverages 3.4 3.1
Cash dividends paid 2.6 2.4
"""

INCOME = """CONTOSO BEVERAGES, INC.
CONSOLIDATED STATEMENT OF INCOME
(in millions except per share amounts)
Fiscal Years Ended 2025 2024
Net Revenue $ 48,214 $ 46,905
Cost of sales 22,630 21,980
Gross profit 25,584 24,925
Selling, general and administrative expenses 20,366 19,840
Operating profit 5,218 5,085
Net interest expense and other 802 790
Income before income taxes 4,416 4,295
Provision for income taxes 944 1,117
Net income 3,472 3,178
Less: Net income attributable to noncontrolling interests 60 52
Net Income Attributable to Contoso Beverages $ 3,412 $ 3,126
Net Income Attributable to Contoso Beverages per Common Share
Basic $ 2.47 $ 2.25
Diluted $ 2.45 $ 2.23
"""

CASH = """CONTOSO BEVERAGES, INC.
CONSOLIDATED STATEMENT OF CASH FLOWS
(in millions)
Fiscal Years Ended 2025 2024
Operating Activities
Net income $ 3,472 $ 3,178
Depreciation and amortization 1,310 1,255
Net Cash Provided by Operating Activities 5,604 5,320
Investing Activities
Capital spending (2,210) (2,105)
Net Cash Used for Investing Activities (2,480) (2,330)
Financing Activities
Cash dividends paid (2,601) (2,418)
Share repurchases - common (500) (300)
Net Cash Used for Financing Activities (2,950) (2,602)
"""


def index(income: str = INCOME, extra: dict[int, str] | None = None):
    return memory_index([(CB, {41: HIGHLIGHTS, 58: income, 60: CASH, **(extra or {})})])


PAYOUT = ("Define the dividend payout ratio as cash dividends paid divided by net income attributable to Contoso "
          "Beverages. What was Contoso Beverages' FY2025 dividend payout ratio, in percent?")
PAYOUT_SHORT = ("Contoso Beverages' FY2025 payout ratio, defined as cash dividends paid divided by net income "
                "attributable to Contoso: what was it?")


def test_the_qualifier_is_read_from_the_input_words():
    assert input_qualifier("net income attributable to Contoso") == "owners"
    assert input_qualifier("net earnings available to common shareholders") == "owners"
    assert input_qualifier("net income excluding noncontrolling interests") == "owners"
    assert input_qualifier("net income attributable to noncontrolling interests") == ""
    assert input_qualifier("income from continuing operations") == "continuing"
    assert input_qualifier("net income") == ""


def test_a_summary_table_at_another_rounding_does_not_veto_the_statement_row():
    # the highlights print the same label at $3.4 billion; the statement's 3,412 decides: 2,601 / 3,412 = 76.2%
    a = answer_question(PAYOUT, index())
    assert a is not None and not a.refused, a and a.text
    assert "76.2%" in a.text and "74.9%" not in a.text, a.text  # never 2,601 / 3,472
    assert "Net Income Attributable to Contoso Beverages" in a.text, a.text


def test_the_owners_row_answers_when_the_question_words_it_otherwise():
    # "attributable to Contoso" is no label word for word: the row found by its metric must still say attributable
    a = answer_question(PAYOUT_SHORT, index())
    assert a is not None and not a.refused, a and a.text
    assert "76.2%" in a.text and "74.9%" not in a.text, a.text


def test_no_owners_row_beside_a_noncontrolling_line_declines_the_input():
    income = INCOME.replace("Net Income Attributable to Contoso Beverages $ 3,412 $ 3,126\n", "")
    a = answer_question(PAYOUT_SHORT, index(income))
    assert a is None or a.refused or "74.9%" not in a.text, a.text


def test_a_filer_without_noncontrolling_interests_uses_its_net_income_row():
    income = (INCOME.replace("Less: Net income attributable to noncontrolling interests 60 52\n", "")
              .replace("Net Income Attributable to Contoso Beverages $ 3,412 $ 3,126\n", "")
              .replace("Net income 3,472 3,178", "Net income 3,412 3,126")
              .replace("Net Income Attributable to Contoso Beverages per Common Share", "Net Income per Common Share"))
    cash = CASH.replace("Net income $ 3,472 $ 3,178", "Net income $ 3,412 $ 3,126")
    a = answer_question(PAYOUT_SHORT, index(income, {60: cash}))
    assert a is not None and not a.refused, a and a.text
    assert "76.2%" in a.text, a.text

"""A stated definition's operand that is a statement row's own label ("commercial paper and other short-term
borrowings", "A and other B": one line of the filer's, never A plus the metric B) is looked up as that row of the
company's statements; a label the statements do not print declines the calculation, naming the input. Fictional
filer, rows and wordings written for these tests."""

from __future__ import annotations

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, find_definitions, is_row_input
from finance_filings import memory_index, meta

BRAM = meta("BRAMBLETON_FOODS_2025_10K", "Brambleton Foods Company", 2025)

BALANCE = """BRAMBLETON FOODS COMPANY
CONSOLIDATED BALANCE SHEETS
(in millions of U.S. dollars)
December 27, 2025 December 28, 2024
ASSETS
Cash and cash equivalents $ 1,482 $ 1,305
Trade receivables, net 2,118 2,054
Inventories 2,906 2,771
Total current assets 7,010 6,602
Total assets $ 48,215 $ 47,930
LIABILITIES AND EQUITY
Commercial paper and other short-term borrowings $ 214 $ 96
Current portion of long-term debt 655 1,210
Trade payables 4,388 4,251
Accrued marketing and other current liabilities 1,973 1,880
Total current liabilities 7,230 7,437
Long-term debt 18,940 19,380
Total liabilities 26,510 27,002
Total shareholders' equity 21,705 20,928
Total liabilities and equity $ 48,215 $ 47,930
"""

IX = memory_index([(BRAM, {57: BALANCE})])

NET_DEBT = ("From the balance sheet, what was Brambleton Foods' net debt at December 27, 2025, taken as commercial paper "
            "and other short-term borrowings plus the current portion of long-term debt plus long-term debt, less cash "
            "and cash equivalents? Give it in USD millions.")


def test_a_one_line_label_with_and_other_is_one_row_input():
    q = "Define gross debt as commercial paper and other short-term borrowings plus long-term debt. What was it?"
    defs = find_definitions(q, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    ins = defs[0].inputs()
    assert is_row_input(ins[0].metric) and ins[0].words == "commercial paper and other short-term borrowings", ins


def test_net_debt_with_a_row_labelled_a_and_other_b():
    q = ("Define net debt as commercial paper and other short-term borrowings plus current portion of long-term debt "
         "plus long-term debt minus cash and cash equivalents. What was Brambleton Foods' net debt at the end of "
         "FY2025, in USD millions?")
    a = answer_question(q, IX)
    assert a is not None and not a.refused, a and a.text
    assert "18,327" in a.text, a.text  # 214 + 655 + 18,940 - 1,482
    assert "Commercial paper and other short-term borrowings" in a.text, a.text


def test_a_label_the_statements_do_not_print_is_declined():
    q = ("Define net debt as bank overdrafts and other short-term borrowings plus long-term debt minus cash and cash "
         "equivalents. What was Brambleton Foods' net debt at the end of FY2025?")
    a = answer_question(q, IX)
    assert a is not None and a.refused, a and a.text
    assert "bank overdrafts and other short-term borrowings" in a.text, a.text
    assert "18,327" not in a.text and "17,672" not in a.text, a.text  # never 18,940 - 1,482 + the current debt


def test_net_debt_defined_after_its_date():
    # "what was X's net debt at <date>, defined as ...": the definition names the figure asked before its date
    q = NET_DEBT.replace("taken as", "defined as")
    a = answer_question(q, IX)
    assert a is not None and not a.refused, a and a.text
    assert "18,327" in a.text, a.text
    assert "net debt for FY2025" in a.text, a.text  # the figure named before its date names the definition

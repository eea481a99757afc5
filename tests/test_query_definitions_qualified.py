"""An operand that names a figure with a part it takes in or leaves out is read by its structure:
- "<debt>, including (the) current portion / current maturities" is the long-term figure plus its current portion,
  each its own balance-sheet row (before: "names no figure" and the calculation declined);
- "<A>, excluding / including <item>" is the filer's row labelled with those words ("Selling, general and
  administrative expenses, excluding impairment losses"); where no row is so labelled the calculation is declined
  naming the operand, never computed from A's row alone.
Fictional filers, rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.quantities import LOOKUP
from assistant.query.definitions import Definition, Unparsed, find_definitions
from finance_filings import memory_index, meta

QW = meta("QUILLWORTH_2025_10K", "Quillworth Outfitters, Inc.", 2025)

QW_BS = """QUILLWORTH OUTFITTERS, INC.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31, 2025 December 31, 2024
Cash and cash equivalents $ 402 $ 377
Merchandise inventories 1,118 1,052
Total current assets 1,866 1,741
Total assets $ 4,904 $ 4,712
Accounts payable 688 640
Current portion of long-term debt 60 215
Total current liabilities 1,309 1,377
Long-term debt 1,140 1,190
Total liabilities 2,903 2,968
Total equity 2,001 1,744
Total liabilities and equity $ 4,904 $ 4,712
"""

QW_IS = """QUILLWORTH OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
(in millions)
Years Ended December 31, 2025 December 31, 2024
Net sales $ 6,250 $ 5,980
Cost of sales 3,940 3,790
Gross profit 2,310 2,190
Selling, general and administrative expenses, excluding impairment losses 1,500 1,452
Impairment losses on store assets 85 12
Operating income 725 726
Net earnings $ 540 $ 533
"""


@pytest.fixture(scope="module")
def ix():
    return memory_index([(QW, {40: QW_BS, 41: QW_IS})])


@pytest.mark.parametrize("question", [
    "Define Quillworth Outfitters' leverage ratio as debt, including current portion, divided by total equity. What "
    "was it at the end of FY2025? Round to two decimal places.",
    "What was Quillworth's debt-to-equity ratio (long-term debt including current maturities, divided by total "
    "equity) at the end of fiscal 2025, rounded to two decimal places?",
    "What was Quillworth Outfitters' gearing at FY2025 year-end (debt (including the current portion) divided by "
    "total equity), rounded to two decimal places?",
])
def test_debt_including_its_current_portion_is_both_rows(ix, question):
    defs = [d for d in find_definitions(question, LOOKUP) if isinstance(d, Definition)]
    assert defs and {"long_term_debt", "current_debt"} <= {i.metric for d in defs for i in d.inputs()}, defs
    a = answer_question(question, ix)
    assert a is not None and not a.refused, a and a.text
    assert "0.60" in a.text, a.text  # (1,140 + 60) / 2,001 = 0.5997


@pytest.mark.parametrize("question, shown", [
    ("Define Quillworth's underlying expense ratio as selling, general and administrative expenses excluding "
     "impairment losses, divided by net sales. What was it in FY2025, in percent rounded to two decimal places?",
     "24.00%"),  # 1,500 / 6,250
    ("What share of net sales did Quillworth Outfitters spend on SG&A in fiscal 2025 (selling, general and "
     "administrative expenses, excluding impairment losses, as a percentage of net sales)? Round to one decimal "
     "place.", "24.0%"),
])
def test_a_figure_excluding_an_item_is_the_row_so_labelled(ix, question, shown):
    a = answer_question(question, ix)
    assert a is not None and not a.refused, a and a.text
    assert shown in a.text, a.text


@pytest.mark.parametrize("question, item, unqualified", [
    ("Define Quillworth's core cost ratio as cost of sales excluding freight costs, divided by net sales. What was "
     "it in FY2025, in percent?", "freight costs", ("63.04%", "63.0%")),  # never cost of sales alone (3,940 / 6,250)
    ("Define Quillworth's underlying margin as operating income, excluding store closure costs, divided by net "
     "sales. What was it in FY2025, in percent?", "store closure costs", ("11.60%", "11.6%")),  # 725 / 6,250
])
def test_no_row_so_labelled_declines_naming_the_operand(ix, question, item, unqualified):
    defs = find_definitions(question, LOOKUP)
    assert defs and isinstance(defs[0], Definition), defs
    a = answer_question(question, ix)
    assert a is not None and a.refused, a and a.text
    assert item in a.text, a.text
    assert not any(v in a.text for v in unqualified), a.text


@pytest.mark.parametrize("words", [
    "net sales excluding what it sold abroad", "selling, general and administrative expenses excluding 2025",
])
def test_an_item_that_is_no_label_is_not_read_so(words):
    q = f"Define the ratio as {words}, divided by total assets. What was it for Quillworth in FY2025?"
    defs = find_definitions(q, LOOKUP)
    assert not any(isinstance(d, Definition) and any(i.metric.startswith("row:") for i in d.inputs()) for d in defs), defs


# a filer that prints no row "... excluding <item>": the figure's row less (or plus) the item's own row
BR = meta("BRACKENRIDGE_2025_10K", "Brackenridge Dairy Co.", 2025)

BR_IS = """BRACKENRIDGE DAIRY CO.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Years Ended December 31, 2025 December 31, 2024
Net sales $ 2,400.0 $ 2,250.0
Cost of sales 1,500.0 1,430.0
Gross profit 900.0 820.0
Selling, general and administrative expenses 420.0 395.0
Plant closure costs 36.0 —
Operating income 444.0 425.0
Net income $ 318.0 $ 301.0
"""

BR_BS = """BRACKENRIDGE DAIRY CO.
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31, 2025 December 31, 2024
Cash and cash equivalents $ 210.0 $ 188.0
Total current assets 880.0 842.0
Total assets $ 3,150.0 $ 3,020.0
Short-term borrowings 120.0 95.0
Total current liabilities 610.0 577.0
Long-term debt 700.0 760.0
Total liabilities 1,650.0 1,700.0
Total equity 1,500.0 1,320.0
"""


@pytest.fixture(scope="module")
def br():
    return memory_index([(BR, {30: BR_IS, 31: BR_BS})])


@pytest.mark.parametrize("question, shown", [
    # (444.0 + 36.0) / 2,400.0 = 20.00%: the charge excluded from a profit figure is added back
    ("Define Brackenridge Dairy's underlying operating margin as operating income excluding plant closure costs, "
     "divided by net sales. What was it in FY2025, in percent rounded to two decimal places?", "20.00%"),
    # (610.0 - 120.0) / 880.0 = 0.56: an item excluded from a balance is taken away
    ("What was Brackenridge Dairy's operating liquidity ratio for FY2025 (total current liabilities "
     "excluding short-term borrowings, divided by total current assets)? Round to two decimal places.", "0.56"),
])
def test_no_row_so_labelled_is_the_figure_less_the_item(br, question, shown):
    a = answer_question(question, br)
    assert a is not None and not a.refused, a and a.text
    assert shown in a.text, a.text

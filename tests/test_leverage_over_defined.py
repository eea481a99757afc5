"""A leverage ratio over a figure the question defines (session 26, #10). "Taking EBITDA as depreciation and amortization plus operating income, what was the ratio of total debt to
EBITDA?" asks total debt OVER the defined figure: never the defined figure alone (``quantities._ratio_other``); total
debt of a filer printing no total-debt row is its balance sheet's debt rows added up, each row cited
(``fact_calculations.input_fact``). Every filer, row, figure and wording below is
written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

# a June fiscal-year filer (a fictional salt and de-icing producer), thousands
BRINE = DocMeta(doc_id="dbrine", doc="saltmarsh_minerals_10k_fy2026", source="saltmarsh_minerals_10k_fy2026.pdf",
                title="Saltmarsh Minerals, Inc. Form 10-K FY2026", company="Saltmarsh Minerals", doc_type="10-K",
                fiscal_year=2026, period="FY2026", date="2026-06-30")  # fmt: skip
BRINE_IS = """SALTMARSH MINERALS, INC. CONSOLIDATED STATEMENTS OF OPERATIONS
(Dollars in thousands; per-share data in dollars)
Fiscal 2026 Fiscal 2025 Fiscal 2024
Net sales $642,880 $610,420 $588,004
Cost of sales, exclusive of depreciation and amortization 401,216 392,008 377,950
Selling, general and administrative expenses 61,402 58,990 55,310
Depreciation and amortization 58,262 55,118 52,740
Operating income 122,000 104,304 102,004
Interest expense 21,500 23,010 24,600
Income before income taxes 100,500 81,294 77,404
Provision for income taxes 23,115 18,698 17,803
Net income $77,385 $62,596 $59,601
"""
BRINE_BS = """SALTMARSH MINERALS, INC. CONSOLIDATED BALANCE SHEETS
(In thousands, except share data)
June 30, 2026 June 30, 2025
Cash and cash equivalents $48,120 $39,884
Accounts receivable, net 71,306 66,012
Inventories 88,540 92,118
Total current assets 207,966 198,014
Property, plant and equipment, net 702,410 688,306
Total assets $910,376 $886,320
Accounts payable $44,018 $41,206
Current portion of long-term debt 18,000 18,000
Total current liabilities 96,222 90,514
Long-term debt, less current portion 342,000 360,000
Total liabilities 498,604 507,950
Total stockholders' equity 411,772 378,370
Total liabilities and stockholders' equity $910,376 $886,320
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(BRINE, {1: "Saltmarsh Minerals, Inc. - Form 10-K for fiscal 2026", 6: BRINE_IS,
                                  7: BRINE_BS})])


@pytest.mark.parametrize("question", [
    "Taking EBITDA as depreciation and amortization plus operating income, what was Saltmarsh Minerals' ratio of "
    "total debt to EBITDA for fiscal 2026?",
    "Define EBITDA as depreciation and amortization plus operating income. What was Saltmarsh Minerals' total debt "
    "to EBITDA ratio for fiscal 2026?",
])
def test_total_debt_over_a_defined_ebitda_is_the_ratio_never_ebitda_alone(index, question):
    # Rule: the other figure over the defined one; total debt is the balance sheet's debt rows added up, each cited:
    # (18,000 + 342,000) / (58,262 + 122,000) = 360,000 / 180,262 = 2.00x
    a = answer_question(question, index)
    assert a is not None and not a.refused, a and a.text
    head = a.text.split("Formula")[0]
    assert "2.00x" in head and "180,262" not in head, a.text
    assert "18,000" in a.text and "342,000" in a.text, a.text


def test_a_ratio_over_a_defined_figure_whose_other_term_mia_does_not_read_is_declined(index):
    a = answer_question("Taking EBITDA as depreciation and amortization plus operating income, what was Saltmarsh "
                        "Minerals' ratio of adjusted capital to EBITDA for fiscal 2026?", index)
    assert a is None or a.refused or "180,262" not in a.text.split("Formula")[0], a and a.text

"""Utilities and REITs: a gross margin, gross profit or inventory turnover is "not a useful metric" for a company
whose income statement lists its costs by nature with no cost of sales (fuel and purchased power, operation and
maintenance; rental revenue less property operating expenses and real estate taxes), and a current ratio is not
useful for a REIT whose balance sheet is not classified; said from the statement's own rows, each cited with its
amount. A metric the statements do support (a utility's operating margin) is still computed. Statements written for
these tests (a fictional electric and gas utility and a fictional office REIT)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

U = meta("TRILLIUM_2025_10K", "Trillium Power & Light Company", 2025)
U_IS = """TRILLIUM POWER & LIGHT COMPANY
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Year Ended December 31, 2025 2024
Operating revenues
Electric revenues $ 6,412 $ 6,105
Gas revenues 1,288 1,340
Total operating revenues 7,700 7,445
Operating expenses
Fuel and purchased power 2,310 2,402
Operation and maintenance 1,905 1,844
Depreciation and amortization 1,122 1,051
Taxes other than income taxes 498 476
Total operating expenses 5,835 5,773
Operating income 1,865 1,672
Interest expense 702 655
Income before income taxes 1,163 1,017
Income tax expense 198 170
Net income $ 965 $ 847
"""
R = meta("GRANITEPOINT_2025_10K", "Granite Point Office Trust", 2025)
R_IS = """GRANITE POINT OFFICE TRUST
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31, 2025 2024
Revenues:
Rental revenue $ 612,408 $ 590,117
Tenant reimbursements 88,215 84,930
Total revenues 700,623 675,047
Expenses:
Property operating expenses 201,774 195,382
Real estate taxes 84,106 80,551
General and administrative 31,920 30,004
Depreciation and amortization 236,418 228,870
Total expenses 554,218 534,807
Interest expense (98,330) (94,112)
Net income $ 48,075 $ 46,128
"""
R_BS = """GRANITE POINT OFFICE TRUST
CONSOLIDATED BALANCE SHEETS
(In thousands)
December 31, 2025 2024
Assets
Real estate, at cost 6,904,118 6,755,402
Less accumulated depreciation (1,512,330) (1,301,226)
Real estate investments, net 5,391,788 5,454,176
Cash and cash equivalents 61,204 48,990
Tenant and other receivables 40,118 37,446
Other assets 120,559 116,003
Total assets $ 5,613,669 $ 5,656,615
Liabilities and equity
Mortgage notes payable 1,402,550 1,455,118
Unsecured notes 1,196,402 1,195,880
Accounts payable and accrued expenses 140,337 133,902
Total liabilities 2,739,289 2,784,900
Total equity 2,874,380 2,871,715
Total liabilities and equity $ 5,613,669 $ 5,656,615
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(U, {71: U_IS}), (R, {55: R_IS, 56: R_BS})])


@pytest.mark.parametrize("question, what", [
    ("What was Trillium Power & Light's gross margin in 2025?", "Gross margin"),
    ("What was Trillium's inventory turnover in 2025?", "Inventory turnover"),
    ("What was Granite Point Office Trust's gross margin in 2025?", "Gross margin"),
    ("What was Granite Point's current ratio at the end of 2025?", "Current ratio"),
])
def test_not_a_useful_metric_from_the_statements_structure(index, question, what):
    a = answer_question(question, index)
    assert a is not None and a.text.startswith(f"{what} is not a useful metric for"), a and a.text
    assert "because" in a.text and len(a.citations) >= 2, a.text
    # no figure computed from rows that mean something else; the margin the statements do give (operating) may follow
    said = a.text.split("The closest measure")[0]
    assert "%" not in said and " x" not in said, a.text


def test_the_rows_are_cited_with_their_amounts(index):
    a = answer_question("What was Trillium Power & Light's gross margin in 2025?", index)
    assert '"Fuel and purchased power" of $2,310 million for FY2025' in a.text, a.text
    assert '"Operation and maintenance" was $1,905 million for FY2025' in a.text, a.text


def test_a_metric_the_statements_support_is_computed(index):
    a = answer_question("What was Trillium Power & Light's operating margin in 2025?", index)
    assert a is not None and "24.2%" in a.text, a and a.text  # 1,865 / 7,700


def test_an_inventory_measure_of_a_filer_without_inventories_says_so(index):
    a = answer_question("What was Trillium's inventory turnover in 2025?", index)
    assert a is not None and "It holds no inventory" in a.text, a and a.text

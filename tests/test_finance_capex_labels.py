"""Capital expenditure in the filer's own words: in a cash-flow statement, an outflow row whose label says a
purchase / addition / investment / expenditure of property, plant, equipment, stores, remodels, technology or
construction is capex ("Investments in new stores, remodels and technology", "Utility plant additions",
"Construction expenditures"); acquisitions of businesses or stores, investments in securities or ventures never are.
Free cash flow, capex as a share of sales and the payout cover then compute from the statement, inputs checked.
Statements written for these tests (a fictional retailer)."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.registry import normalise_metric
from finance_filings import memory_index, meta

D = meta("ASHGROVE_2025_10K", "Ashgrove Living, Inc.", 2025)
IS = """ASHGROVE LIVING, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Fiscal Year Ended December 31, 2025 2024
Net sales $ 3,870.4 $ 3,655.1
Cost of sales 2,361.0 2,250.6
Gross profit 1,509.4 1,404.5
Selling, general and administrative expenses 1,121.9 1,060.3
Operating income 387.5 344.2
Net income $ 281.9 $ 245.9
"""
CF = """ASHGROVE LIVING, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(In millions)
Fiscal Year Ended December 31, 2025 2024
Cash flows from operating activities:
Net income $ 281.9 $ 245.9
Depreciation and amortization 140.2 131.0
Changes in operating assets and liabilities (12.4) 8.8
Net cash provided by operating activities 409.7 385.7
Cash flows from investing activities:
Investments in new stores, remodels and technology (150.3) (162.8)
Store acquisitions, net of cash acquired (44.0) —
Net cash used in investing activities (194.3) (162.8)
Cash flows from financing activities:
Dividends paid (60.0) (55.0)
Repurchases of common stock (120.0) (90.0)
Net cash used in financing activities (180.0) (145.0)
Net increase in cash and cash equivalents 35.4 77.9
See accompanying notes to consolidated financial statements.
"""
A = "Ashgrove Living"


@pytest.mark.parametrize("label, capex", [
    ("Investments in new stores, remodels and technology", True),
    ("Utility plant additions", True),
    ("Construction expenditures", True),
    ("Purchases of revenue equipment", True),
    ("Purchases of property and equipment, including internal-use software", True),
    ("Store acquisitions, net of cash acquired", False),
    ("Investments in technology ventures", False),
    ("Purchases of investments", False),
    ("Proceeds from sale of stores", False),
])
def test_capex_rows_in_the_filers_words(label, capex):
    assert (normalise_metric(label, "cash_flow") == "capital_expenditure") is capex


@pytest.fixture(scope="module")
def index():
    return memory_index([(D, {40: IS, 42: CF})])


def test_free_cash_flow_and_capex_share_from_the_filers_row(index):
    a = answer_question(f"What was {A}'s free cash flow in 2025?", index)
    # 409.7 - 150.3 = 259.4 (the store acquisitions are not capex)
    assert a is not None and not a.refused and "$259.4 million" in a.text and "44" not in a.text, a and a.text
    a = answer_question(f"What was {A}'s capital expenditure as a percentage of net sales in 2025?", index)
    assert a is not None and not a.refused and "3.88%" in a.text, a and a.text  # 150.3 / 3,870.4


def test_the_payout_cover_from_the_filers_row(index):
    a = answer_question(f"Was {A}'s free cash flow sufficient to fund dividends and buybacks in 2025?", index)
    # 259.4 against 60.0 + 120.0 = 180.0
    assert a is not None and a.text.startswith("Yes:") and "180" in a.text and "1.44x" in a.text, a and a.text

"""A label a statement prints under its revenues and again under its expenses ("Rooms", "Food and beverage") is
told apart by the heading over its block of rows: "rooms revenues" is the row under "Revenues", "rooms expenses" the
one under "Expenses", and a row under the other side's heading is never the line asked. The total a head word alone
names ("Revenues") is not the line "lodging revenues" names. Fictional filers and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.finance.statements import row_side
from finance_filings import memory_index, meta

HARBOR = meta("HARBORLIGHT_RESORTS_2025_10K", "Harborlight Resorts, Inc.", 2025)
HARBOR_INCOME = """HARBORLIGHT RESORTS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands)
Year Ended December 31 2025 2024
Revenues
Gaming $ 520,000 $ 480,000
Lodging 310,000 290,000
Food and beverage 170,000 150,000
1,000,000 920,000
Expenses
Gaming 260,000 250,000
Lodging 90,000 88,000
Food and beverage 120,000 110,000
General and administrative 150,000 140,000
620,000 588,000
Operating income 380,000 332,000
Net income 250,000 210,000
"""

BRANT = meta("BRANTWOOD_CRUISES_2025_10K", "Brantwood Cruises Ltd.", 2025)
BRANT_INCOME = """BRANTWOOD CRUISES LTD.
CONSOLIDATED STATEMENTS OF INCOME
(in millions)
Fiscal Year 2025 2024
Revenues:
Passenger ticket $ 2,400 $ 2,100
Onboard and other 800 700
Total revenues 3,200 2,800
Operating costs and expenses:
Onboard and other 200 190
Payroll and related 500 480
Total operating costs and expenses 700 670
Operating income 2,500 2,130
Net income 2,300 1,950
"""

IX = memory_index([(HARBOR, {52: HARBOR_INCOME}), (BRANT, {61: BRANT_INCOME})])


@pytest.mark.parametrize("question, share", [
    ("What share of Harborlight Resorts' total revenues came from lodging revenues in 2025?", "31.0%"),
    ("What were Harborlight's gaming revenues as a percentage of total revenues in 2025?", "52.0%"),
    ("Onboard and other revenues as a proportion of total revenues: what was that for Brantwood Cruises in 2025?",
     "25.0%"),
])
def test_the_row_under_the_revenues_heading(question, share):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert share in a.text, a.text


@pytest.mark.parametrize("question, share", [
    ("What were Harborlight's lodging expenses as a percentage of total revenues in 2025?", "9.0%"),
    ("What share of Brantwood Cruises' total revenues did its onboard and other costs take in 2025?", None),
])
def test_the_row_under_the_expenses_heading(question, share):
    a = answer_question(question, IX)
    if share is None:  # a wording mia does not read as a share is never answered with the revenues' row
        assert a is None or a.refused or "25.0%" not in a.text, a.text
        return
    assert a is not None and not a.refused, a and a.text
    assert share in a.text, a.text


def test_the_other_period_reads_the_same_side():
    a = answer_question("What share of Harborlight Resorts' total revenues came from food and beverage revenues in "
                        "2025 and in 2024?", IX)
    assert a is not None and not a.refused, a and a.text
    assert "17.0%" in a.text and "16.3%" in a.text, a.text  # 170 / 1,000; 150 / 920
    assert "13.0%" not in a.text and "12.0%" not in a.text, a.text  # the expenses' rows


def test_row_side_reads_the_heading_over_the_block():
    assert row_side(HARBOR_INCOME, "Lodging 310,000 290,000") == "in"
    assert row_side(HARBOR_INCOME, "Lodging 90,000 88,000") == "out"
    assert row_side(BRANT_INCOME, "Payroll and related 500 480") == "out"
    assert row_side(BRANT_INCOME, "Operating income 2,500 2,130") is None  # a total closes the block above it
    assert row_side(BRANT_INCOME, "Net income 2,300 1,950") is None

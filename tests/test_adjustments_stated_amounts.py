"""A charge whose amount for each year the question states itself ("Corvane recorded severance and other charges of
$60 million in 2025 (...) and $24 million in 2024. Adding those charges back to consolidated operating profit, what
was its operating margin in each year?"): "those charges" is that one item, and each year's row printing it at the
stated amount (the discussion's cost table when the income statement folds it into cost of sales) is added back, cited;
a row printing another amount than the question states is no confirmation (declined, naming the item). The defence
maker, its statements and the wordings are fictional (Corvane Systems), written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer import adjustments
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

CORVANE = meta("CORVANE_2025_10K", "Corvane Systems Corporation", 2025)

DISCUSSION = """Consolidated Results of Operations
(in millions) 2025 2024 2023
Net sales
Products $ 30,120 $ 29,400 $ 28,310
Services 7,880 7,600 7,290
Total net sales 38,000 37,000 35,600
Cost of sales
Products (26,910) (26,150) (25,080)
Services (6,830) (6,560) (6,300)
Severance and other charges (60) (24) (12)
Other unallocated, net 410 380 350
Total cost of sales (33,390) (32,354) (31,042)
Gross profit 4,610 4,646 4,558
Other income, net 90 54 42
Operating profit 4,700 4,700 4,600
"""

EARNINGS = """CORVANE SYSTEMS CORPORATION
CONSOLIDATED STATEMENTS OF EARNINGS
(in millions)
Years ended December 31, 2025 2024 2023
Net sales $ 38,000 $ 37,000 $ 35,600
Cost of sales (33,390) (32,354) (31,042)
Gross profit 4,610 4,646 4,558
Other income, net 90 54 42
Operating profit 4,700 4,700 4,600
Interest expense (520) (500) (480)
Earnings before income taxes 4,180 4,200 4,120
Income tax expense (640) (650) (630)
Net earnings $ 3,540 $ 3,550 $ 3,490
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(CORVANE, {33: DISCUSSION, 64: EARNINGS})])


ASKED = [
    "Corvane recorded severance and other charges of $60 million in 2025 (actions at its space unit) and $24 million "
    "in 2024. Adding those charges back to consolidated operating profit, what was Corvane's operating margin in "
    "2025 and in 2024, and by how many percentage points did it change?",
    "In its results Corvane booked severance and other charges of $60 million in 2025 and $24 million in 2024. "
    "Adding these charges back to operating profit, what was Corvane's operating margin in 2025 and in 2024, and how "
    "much did it move?",
]


@pytest.mark.parametrize("q", ASKED)
def test_the_premise_states_one_item_and_its_amounts(q):
    adj = adjustments.adjustment_in(q)
    assert adj is not None and adj.items == ("severance and other charges",), adj
    assert dict(adj.amounts) == {2025: 60e6, 2024: 24e6}


@pytest.mark.parametrize("q", ASKED)
def test_the_stated_charges_are_added_back_each_year(q, index):
    a = answer_question(q, index)
    assert a is not None and not a.refused, a and a.text
    # 2025: (4,700 + 60) / 38,000 = 12.53%; 2024: (4,700 + 24) / 37,000 = 12.77%
    assert "12.5%" in a.text and "12.8%" in a.text, a.text
    assert "4,700 + 60" in a.text and "4,700 + 24" in a.text, a.text


def test_a_row_at_another_amount_does_not_confirm_the_stated_charge(index):
    q = ("Corvane recorded severance and other charges of $75 million in 2025 and $24 million in 2024. Adding those "
         "charges back to operating profit, what was Corvane's operating margin in 2025 and in 2024?")
    a = answer_question(q, index)
    assert a is None or a.refused or "12.5%" not in a.text, a.text
    if a is not None and a.refused:
        assert "severance" in a.text.lower(), a.text

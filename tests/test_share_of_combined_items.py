"""A share whose part says it adds up the figures it lists ("buybacks and dividends combined, as a percentage of net
earnings"), or a pronoun referring back to such a sum ("..., and what share of net earnings was that?"), is the sum of
every item over the whole, never one item's row alone (before: the row of the first item the words named, a
confident wrong share). A list that does not read as figures mia knows is declined. Fictional filers, figures and
wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

BRACK = meta("BRACKENFOLD_OUTFITTERS_2025_10K", "Brackenfold Outfitters, Inc.", 2025)
BRACK_INCOME = """BRACKENFOLD OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF EARNINGS
($ in millions)
Fiscal Years Ended 2025 2024
Revenue $ 20,000 $ 19,000
Cost of sales 15,000 14,300
Selling, general and administrative expenses 3,700 3,500
Operating income 1,300 1,200
Earnings before income tax expense 1,250 1,150
Income tax expense 250 230
Net earnings $ 1,000 $ 920
"""
BRACK_CASH = """BRACKENFOLD OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(Dollars in millions)
Fiscal Year 2025 2024
Operating activities
Net earnings $ 1,000 $ 920
Depreciation 400 380
Total cash provided by operating activities 1,600 1,450
Investing activities
Capital additions (500) (450)
Total cash used in investing activities (500) (450)
Financing activities
Repurchase of common stock (400) (300)
Dividends paid (200) (180)
Total cash used in financing activities (600) (480)
"""

CORBEL = meta("CORBEL_INSTRUMENTS_2024_10K", "Corbel Instruments Corp.", 2024)
CORBEL_INCOME = """CORBEL INSTRUMENTS CORP.
CONSOLIDATED STATEMENTS OF INCOME
(In millions)
Year Ended December 31 2024 2023
Net sales $ 5,000 $ 4,600
Cost of products sold 3,000 2,800
Operating income 900 820
Net income $ 640 $ 580
"""
CORBEL_CASH = """CORBEL INSTRUMENTS CORP.
CONSOLIDATED STATEMENTS OF CASH FLOWS
(Millions of dollars)
Year Ended December 31 2024 2023
Operating activities:
Net income $ 640 $ 580
Net cash provided by operating activities 900 850
Financing activities:
Purchases of treasury stock (256) (200)
Cash dividends paid (64) (60)
Net cash used in financing activities (320) (260)
"""

IX = memory_index([(BRACK, {40: BRACK_INCOME, 42: BRACK_CASH}), (CORBEL, {50: CORBEL_INCOME, 53: CORBEL_CASH})])


@pytest.mark.parametrize("question, share", [
    ("What were Brackenfold Outfitters' share repurchases and dividends combined, as a percentage of net earnings in "
     "fiscal 2025?", "60.0%"),  # (400 + 200) / 1,000
    ("How much did Brackenfold hand back through dividends and repurchases of common stock together in 2025, and what "
     "share of its 2025 net earnings was that?", "60.0%"),
    ("Dividends and buybacks taken together as a share of net income: what was that for Corbel Instruments in 2024?",
     "50.0%"),  # (64 + 256) / 640
])
def test_every_item_over_the_whole(question, share):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert share in a.text, a.text


@pytest.mark.parametrize("question", [
    "What were Brackenfold's repurchases of common stock and loyalty credits combined as a percentage of net earnings "
    "in 2025?",
    "Corbel Instruments' purchases of treasury stock and employee grants together, as a proportion of net income in "
    "2024?",
])
def test_a_list_not_read_is_never_one_item(question):
    a = answer_question(question, IX)
    assert a is None or a.refused or not any(v in a.text for v in ("40.0%", "40%", "20.0%")), a.text

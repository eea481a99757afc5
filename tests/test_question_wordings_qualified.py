"""Analysts' wordings of a calculation over filings written for these tests: a share "of revenue" the words after it
qualify ("as a percentage of revenue from services") names that revenue line, never the company's total revenue read
from whichever revenue row comes first (a geographic note's); an operand worded "net <line>" is the filer's row
"<line>, net" ("net interest expense" for "Interest expense, net")."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query import intent
from assistant.query.intent import _SHARE_OF_REVENUE
from finance_filings import memory_index, meta

# a staffing firm whose top line is "Revenue from services"; a note splits it by country
LARKSPUR = meta("LARKSPUR_2026_10K", "Larkspur Staffing Group", 2026)

LARKSPUR_IS = """LARKSPUR STAFFING GROUP
CONSOLIDATED STATEMENTS OF EARNINGS
(In thousands)
Fiscal year 2026 2025
Revenue from services 2,480,600 2,310,400
Cost of services 1,860,450 1,740,200
Gross profit 620,150 570,200
Selling, general and administrative expenses 431,900 402,700
Operating income 188,250 167,500
Interest expense, net 37,650 41,875
Earnings before income taxes 150,600 125,625
Income taxes 37,650 31,400
Net earnings 112,950 94,225
"""

LARKSPUR_NOTE = """NOTE 14 - GEOGRAPHIC INFORMATION
(In thousands)
Fiscal year 2026 2025
Revenue from customers in Mexico 212,300 198,100
Revenue from customers in the United States 2,268,300 2,112,300
"""

# a distributor printing "Interest expense, net" and "Net sales"
OSPREY = meta("OSPREY_2026_10K", "Osprey Fastener Supply", 2026)

OSPREY_IS = """OSPREY FASTENER SUPPLY, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Fiscal year 2026 2025
Net sales 1,204.0 1,150.0
Cost of sales 842.8 816.5
Gross profit 361.2 333.5
Selling and administrative expenses 241.2 235.0
Operating income 120.0 98.5
Interest expense, net 24.0 19.7
Income before income taxes 96.0 78.8
Provision for income taxes 24.0 19.7
Net income 72.0 59.1
"""


@pytest.fixture(scope="module")
def filers():
    return memory_index([(LARKSPUR, {41: LARKSPUR_IS, 78: LARKSPUR_NOTE}), (OSPREY, {52: OSPREY_IS})])


@pytest.mark.parametrize("q", [
    "What were freight costs as a percentage of revenue from services?",
    "What was its operating income as a share of sales generated abroad in 2026?",
    "What were selling expenses as a percentage of revenues of the parts segment?",
    "What was R&D as a % of revenue derived from licensing in fiscal 2026?",
])
def test_a_share_of_a_qualified_revenue_is_not_a_share_of_total_revenue(q):
    assert _SHARE_OF_REVENUE.search(q) is None


@pytest.mark.parametrize("q", [
    "What were marketing costs as a percentage of revenue in calendar 2026?",
    "What was SG&A as a share of total net sales for FY2026?",
    "Operating income as a percentage of consolidated net revenues, 2026 vs 2025?",
])
def test_a_share_of_revenue_for_a_period_is_still_read(q):
    assert _SHARE_OF_REVENUE.search(q) is not None


@pytest.mark.parametrize("q, shown", [
    ("Define the interest coverage ratio as operating income divided by net interest expense. What was Larkspur "
     "Staffing Group's interest coverage ratio in fiscal 2026?", "5.00x"),  # 188,250 / 37,650
    ("What was Osprey Fastener Supply's interest coverage for FY2026, taking interest coverage as operating income "
     "over net interest expense?", "5.00x"),  # 120.0 / 24.0
])
def test_net_before_a_line_is_the_rows_trailing_net(filers, q, shown):
    a = answer_question(q, filers)
    assert a is not None and not a.refused and shown in a.text and "Interest expense, net" in a.text, a and a.text


# --- an average over a range of years --------------------------------------------------------------------------------

@pytest.mark.parametrize("q, years", [
    ("What was its average gross margin for FY24-FY26?", (2024, 2025, 2026)),
    ("Averaged over fiscal 2023 to fiscal 2026, what was the capex-to-sales ratio?", (2023, 2024, 2025, 2026)),
    ("What was the mean operating margin over 2022 through 2024?", (2022, 2023, 2024)),
])
def test_an_average_over_a_range_of_years_is_an_average(q, years):
    assert intent._MULTI_YEAR_AVERAGE.search(q) and intent.asks_computed(q) == "average"
    assert intent._average_years(q, tuple(intent.resolve_period(q)[1])) == years


@pytest.mark.parametrize("q", [
    "How much did the average selling price rise from 2024 to 2025?",
    "By what percentage did the average realized price change from FY2024 to FY2025?",
    "Define asset turnover as revenue divided by average total assets between FY2025 and FY2026.",
])
def test_a_change_of_an_average_or_an_average_balance_is_no_average_of_years(q):
    assert intent._MULTI_YEAR_AVERAGE.search(q) is None

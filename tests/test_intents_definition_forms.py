"""Definitions analysts write that name a figure and say in parentheses how it is made up ("total borrowings
(short-term borrowings + current maturities of long-term debt + long-term debt)"), qualify an input by the owners
("total shareholders' equity (excluding noncontrolling interests)"), average two year-ends of two balance sheets,
and close with where every input is read ("..., all from the consolidated balance sheet", "from the consolidated
balance sheets"): each is computed as stated, the equity input from the row of the company's own shareholders, never
the total that includes noncontrolling interests. Fictional filer and rows written for these tests."""

from __future__ import annotations

from assistant.answer.quantities import LOOKUP
from assistant.answer.intents import answer_question
from assistant.query.definitions import Definition, find_definitions
from finance_filings import memory_index, meta

NW25 = meta("NORTHWIND_TRADERS_2025_10K", "Northwind Traders Corporation", 2025)
NW24 = meta("NORTHWIND_TRADERS_2024_10K", "Northwind Traders Corporation", 2024)

BALANCE_25 = """NORTHWIND TRADERS CORPORATION
CONSOLIDATED BALANCE SHEETS
(in millions)
December 31 2025 2024
Cash and cash equivalents $ 1,120 $ 980
Total current assets 6,410 6,020
Total assets $ 21,870 $ 20,940
Short-term borrowings $ 410 $ 385
Current maturities of long-term debt 600 550
Accounts payable 2,140 2,010
Total current liabilities 4,220 3,990
Long-term debt 5,930 6,210
Total liabilities 13,560 13,480
Total Northwind shareholders' equity 7,980 7,150
Noncontrolling interests 330 310
Total equity 8,310 7,460
Total liabilities and equity $ 21,870 $ 20,940
"""

BALANCE_24 = BALANCE_25.replace("December 31 2025 2024", "December 31 2024 2023").replace(
    "Total Northwind shareholders' equity 7,980 7,150", "Total Northwind shareholders' equity 7,150 6,620")

INCOME_25 = """NORTHWIND TRADERS CORPORATION
CONSOLIDATED STATEMENTS OF INCOME
(in millions)
Year Ended December 31 2025 2024
Net sales $ 18,450 $ 17,630
Operating income 2,210 2,050
Net earnings 1,395 1,270
Less: Net earnings attributable to noncontrolling interests 35 30
Net earnings attributable to Northwind 1,360 1,240
"""

IX = memory_index([(NW25, {61: INCOME_25, 63: BALANCE_25}), (NW24, {59: BALANCE_24})])

LEVERAGE = ("Define the leverage ratio as total borrowings (short-term borrowings + current maturities of long-term debt "
            "+ long-term debt) divided by total shareholders' equity (excluding noncontrolling interests), all from the "
            "consolidated balance sheet. What was Northwind Traders' leverage ratio at the end of FY2025?")
ROE = ("Define return on equity as FY2025 net earnings attributable to Northwind divided by the average of total "
       "shareholders' equity (excluding noncontrolling interests) at the end of FY2024 and FY2025, from the "
       "consolidated balance sheets. What was Northwind Traders' FY2025 return on equity, in percent?")


def test_a_name_followed_by_its_arithmetic_in_parentheses_is_read():
    defs = find_definitions(LEVERAGE, LOOKUP)
    assert len(defs) == 1 and isinstance(defs[0], Definition), defs
    assert [i.words for i in defs[0].inputs()] == [
        "short-term borrowings", "current maturities of long-term debt", "long-term debt",
        "total shareholders' equity excluding noncontrolling interests"]


def test_borrowings_over_the_shareholders_equity_row():
    a = answer_question(LEVERAGE, IX)
    assert a is not None and not a.refused, a and a.text
    assert "0.87x" in a.text, a.text  # (410 + 600 + 5,930) / 7,980 = 0.870; never / 8,310 (0.84x)
    assert "Total Northwind shareholders' equity" in a.text and "Total equity\"" not in a.text, a.text


def test_return_on_average_owners_equity_of_two_balance_sheets():
    a = answer_question(ROE, IX)
    assert a is not None and not a.refused, a and a.text
    assert "18.0%" in a.text, a.text  # 1,360 / ((7,980 + 7,150) / 2) = 17.98%


def test_no_owners_row_declines_rather_than_take_the_total_with_others_interests():
    bs = BALANCE_25.replace("Total Northwind shareholders' equity 7,980 7,150\n", "")
    a = answer_question(LEVERAGE, memory_index([(NW25, {61: INCOME_25, 63: bs})]))
    assert a is None or a.refused or "0.84x" not in a.text, a.text

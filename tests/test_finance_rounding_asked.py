"""A question asking its own rounding ("rounded to two decimal places", "to one decimal", "to the nearest percent") gets
its percentages, multiples, changes in points and growth rates in exactly that many decimals; without one, the
analyst's default stands. Fictional filer, rows and wordings written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.finance.formulas import decimals_asked, fmt, points, rounded_as
from finance_filings import memory_index, meta

OSPREY = meta("OSPREYMILLS_2025_10K", "Osprey Mills Corporation", 2025)

OSPREY_IS = """OSPREY MILLS CORPORATION
CONSOLIDATED STATEMENTS OF EARNINGS
(In millions)
Years ended December 31 2025 2024
Net sales $ 12,480 $ 11,905
Cost of sales 8,611 8,322
Gross profit 3,869 3,583
Selling and administrative expenses 2,602 2,498
Operating income 1,267 1,085
Interest expense 143 151
Earnings before income taxes 1,124 934
Income taxes 247 196
Net earnings $ 877 $ 738
"""


def _ask(q: str):
    return answer_question(q, memory_index([(OSPREY, {48: OSPREY_IS})]))


def test_the_rounding_a_question_asks_is_read():
    assert decimals_asked("What was the margin? Round to one decimal place.") == 1
    assert decimals_asked("Give the ratio, rounded to two decimal places.") == 2
    assert decimals_asked("in percent, to 2 decimals") == 2
    assert decimals_asked("Express it to the nearest whole percent.") == 0
    assert decimals_asked("to the nearest tenth of a percentage point") == 1
    assert decimals_asked("What were net sales in USD millions?") is None
    # two figures each rounded its own way: no one rounding
    assert decimals_asked("Round the margins to one decimal place and the change to two decimal places.") is None


def test_formatting_follows_the_rounding_in_force_only():
    with rounded_as(2):
        assert (fmt(24.2, "%"), fmt(1.5, "x"), fmt(45.0, "days"), points(-0.364)) == (
            "24.20%", "1.50x", "45.00 days", "-0.36 percentage points")
    assert (fmt(9.457, "%"), points(-0.364)) == ("9.46%", "-0.4 percentage points")  # the default


def test_a_margin_asked_to_one_decimal():
    # 1,267 / 12,480 = 10.152%; 877 / 12,480 = 7.027% (the default would write 7.03%)
    a = _ask("What was Osprey Mills' net profit margin in fiscal 2025? Round to one decimal place.")
    assert a is not None and not a.refused, a and a.text
    assert "7.0%" in a.text and "7.03%" not in a.text, a.text


def test_two_decimals_for_margins_and_their_change():
    # gross margin 3,869 / 12,480 = 31.002%; 3,583 / 11,905 = 30.097%; change +0.905 points
    a = _ask("By how many percentage points did Osprey Mills' gross margin change from FY2024 to FY2025? Give the "
             "margins and the change rounded to two decimal places.")
    assert a is not None and not a.refused, a and a.text
    assert "31.00%" in a.text and "30.10%" in a.text and "+0.91 percentage points" in a.text, a.text


def test_growth_and_multiples_to_the_asked_places():
    a = _ask("How fast did Osprey Mills' net sales grow in 2025? Answer in percent to two decimals.")
    assert a is not None and "+4.83%" in a.text, a and a.text  # (12,480 - 11,905) / 11,905 = 4.830%
    a = _ask("What was Osprey Mills' FY2025 interest coverage ratio, to the nearest whole number?")
    assert a is not None and "9x" in a.text and "8.86x" not in a.text, a and a.text  # 1,267 / 143 = 8.86


def test_without_a_rounding_asked_the_default_stands():
    a = _ask("What was Osprey Mills' net profit margin in fiscal 2025?")
    assert a is not None and "7.03%" in a.text, a and a.text

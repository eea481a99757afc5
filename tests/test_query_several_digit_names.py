"""Session 31 (f31-fbx): a company whose name begins with digits ("9Point Analytics", "4Front Robotics") owns the
measures of a clause like any other filer: "By what percentage did 9Point's gross margin and its diluted EPS change in
2025 versus 2024?" asks each measure on its own. A year ("2025's") is never such a name. The companies and wordings
were written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.several import measures_asked
from finance_filings import memory_index
from finance_filings_more import meta


@pytest.mark.parametrize("owner", ["9Point Analytics'", "4Front's", "7-Harbor Freight's"])
def test_a_digit_led_owner_shares_its_verb_with_both_measures(owner):
    parts = measures_asked(f"By what percentage did {owner} operating revenues and its diluted earnings per share "
                           f"rise from fiscal 2024 to fiscal 2025? Round to one decimal place.")
    assert parts == [
        f"By what percentage did {owner} operating revenues rise from fiscal 2024 to fiscal 2025? "
        "Round to one decimal place.",
        f"By what percentage did {owner} diluted earnings per share rise from fiscal 2024 to fiscal 2025? "
        "Round to one decimal place.",
    ]


def test_a_digit_led_owner_is_given_to_the_next_clause():
    parts = measures_asked("What was 4Front's order backlog, and how much did its order intake grow?")
    assert parts is not None and parts[1].startswith("How much did 4Front's order intake grow"), parts


def test_a_year_is_no_owner_but_a_digit_led_name_is():
    assert measures_asked("By what percentage did 2Q26's operating revenues and its diluted earnings per share "
                          "change compared with 1Q26?") is None
    assert measures_asked("By what percentage did 3D Lattice Works' operating revenues and its diluted earnings per share "
                          "change in 2025?") is not None
    assert measures_asked("By what percentage did 2025's operating revenues and its diluted earnings per share "
                          "change compared with 2024?") is None


FRONT_INCOME = """4FRONT ROBOTICS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share amounts)
Year Ended December 31, 2025 2024 2023
Net sales $ 12,640 $ 13,180 $ 12,210
Cost of sales 7,310 7,720 7,040
Operating income 2,150 2,390 2,260
Net income attributable to 4Front Robotics, Inc. $ 1,604 $ 1,688 $ 1,590
Earnings per share attributable to 4Front common shareholders — basic $ 6.21 $ 6.40 $ 5.95
Earnings per share attributable to 4Front common shareholders — diluted $ 6.14 $ 6.31 $ 5.88
"""


def test_both_changes_of_a_digit_led_filer_are_answered():
    index = memory_index([(meta("4FRONT_2025_10K", "4Front Robotics, Inc.", 2025), {47: FRONT_INCOME})])
    a = answer_question("By what percentage did 4Front's net sales and its earnings per diluted share fall from "
                        "2024 to 2025? Round to two decimal places.", index)
    assert a is not None and not a.refused, a and a.text
    # net sales 12,640 / 13,180 - 1 = -4.10%; diluted EPS 6.14 / 6.31 - 1 = -2.69%
    assert "-4.10%" in a.text and "-2.69%" in a.text, a.text


"""A yes/no comparison of one measure across two periods by a comparative word ("Was its operating margin higher in
FY2025 than in FY2023?", "lower in fiscal 2023 than in fiscal 2025", "more ... than a year earlier", "Did FY2025
revenue exceed FY2023's?") is answered "Yes"/"No" from both periods' figures, both cited, with the change shown; a
comparison stating a threshold ("higher by more than 2 points") gets no verdict from the sign alone. Fictional filer
and rows written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.intent import compared_periods, read_asked
from finance_filings import memory_index, meta

FAB = meta("FABRIKAM_OUTFITTERS_2025_10K", "Fabrikam Outfitters, Inc.", 2025)

INCOME = """FABRIKAM OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)
Fiscal Year 2025 2024 2023
Net sales $ 1,284,600 $ 1,231,900 $ 1,150,400
Cost of goods sold 742,300 701,500 640,200
Gross profit 542,300 530,400 510,200
Selling, general and administrative expenses 389,100 361,700 333,900
Research and development 21,400 19,800 18,100
Operating income 131,800 148,900 158,200
Interest expense 9,600 10,200 11,000
Income before income taxes 122,200 138,700 147,200
Provision for income taxes 29,300 33,900 35,600
Net income $ 92,900 $ 104,800 $ 111,600
"""

IX = memory_index([(FAB, {47: INCOME})])


@pytest.mark.parametrize("question, want", [
    ("Was Fabrikam Outfitters' operating margin higher in FY2025 than in FY2023?", "No"),  # 10.3% vs 13.8%
    ("Was Fabrikam Outfitters' operating margin lower in fiscal 2025 than in fiscal 2023?", "Yes"),
    ("Was Fabrikam Outfitters' operating margin lower in FY2023 than in FY2025?", "No"),  # 2023 above 2025
    ("Did Fabrikam Outfitters spend more on research and development in FY2025 than in FY2023?", "Yes"),
    ("Did Fabrikam Outfitters' FY2025 net sales exceed its FY2023 net sales?", "Yes"),
    ("Was Fabrikam Outfitters' net income greater in 2025 than in 2023?", "No"),
])
def test_a_comparison_of_two_periods_gets_a_verdict_from_both_figures(question, want):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith(f"{want}:"), a.text
    assert "FY2023" in a.text and "FY2025" in a.text, a.text
    assert a.text.count("Input:") >= 2, a.text  # each period's figure cited


def test_the_side_before_than_is_the_subject_period():
    assert compared_periods("Was X's gross margin higher in FY2025 than in FY2023?") == (1, False)
    assert compared_periods("Was X's gross margin higher in FY2023 than in FY2025?") == (-1, False)
    assert compared_periods("Did X spend less on marketing in 2025 than a year earlier?") == (-1, False)
    assert compared_periods("Was the FY2025 margin better than FY2024's?") == (1, True)
    assert read_asked("Was its operating margin higher in FY2025 than in FY2023?", 2).kind == "direction"


def test_no_verdict_from_the_sign_when_a_threshold_or_two_measures_are_compared():
    assert compared_periods("Was its operating margin higher in FY2025 than in FY2023 by more than 2 points?") is None
    assert compared_periods("Was X's revenue higher than its cost of sales in FY2025?") is None
    assert compared_periods("Did revenue grow more than 10% from FY2023 to FY2025?") is None


@pytest.mark.parametrize("question, want", [
    ("Did Fabrikam Outfitters' net sales grow more than 20% from FY2023 to FY2025?", "No"),  # +11.7%
    ("Did Fabrikam Outfitters' net sales grow by at least 10% between FY2023 and FY2025?", "Yes"),
    ("Did Fabrikam Outfitters' operating margin fall by more than 5 percentage points from FY2023 to FY2025?", "No"),
    ("Did Fabrikam Outfitters' operating margin fall by more than 300 basis points from FY2023 to FY2025?", "Yes"),
    ("Did Fabrikam Outfitters' operating margin fall more than 2% from FY2023 to FY2025?", ""),  # relative or points?
])
def test_a_direction_with_a_threshold_is_decided_against_the_threshold(question, want):
    # the sign of the change alone answered every one of these "Yes"
    a = answer_question(question, IX)
    assert a is not None, question
    if want:
        assert a.text.startswith(f"{want}:"), a.text
    else:
        assert not a.text.startswith(("Yes", "No")), a.text


@pytest.mark.parametrize("question, want", [
    # growth 2024 +7.1% (1,150,400 -> 1,231,900), 2025 +4.3%: the change between the two years (a rise) decides nothing
    ("Was Fabrikam Outfitters' net sales growth higher in FY2025 than in FY2024?", "No"),
    ("Did Fabrikam Outfitters' net sales grow faster in FY2024 than in FY2025?", "Yes"),
    ("Did Fabrikam Outfitters' net sales increase more in FY2025 than in FY2024?", "No"),  # +52,700 vs +81,500
    ("Did Fabrikam Outfitters' operating income decline more in FY2025 than in FY2024?", "Yes"),  # -17,100 vs -9,300
])
def test_two_periods_changes_are_compared_from_both_changes(question, want):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith(f"{want}:"), a.text
    assert "FY2023" in a.text, a.text  # the earlier year's change needs the year before it


@pytest.mark.parametrize("question", [
    "Were Fabrikam Outfitters' operating costs a larger share of net sales in 2024 than in 2025?",
    "Was Fabrikam Outfitters' spending on product development a bigger part of net sales in FY2025 than in FY2023?",
    "Were freight costs a smaller portion of Fabrikam Outfitters' net sales in 2025 than in 2023?",
])
def test_a_share_of_a_measure_is_never_answered_with_the_measure_itself(question):
    # the question asks for one row as a share of another ("operating costs a larger share of net sales"): the
    # base's own level or change (net sales) answers nothing, and a verdict from it would be a confident wrong one
    a = answer_question(question, IX)
    assert a is None or a.refused, a.text


def test_a_share_of_a_measure_whose_part_is_a_row_is_computed_from_both_rows():
    # the part names one row ("Cost of goods sold"): the share of each year from the part's and the base's rows,
    # the verdict from the two shares (answer.named_lines), never from net sales alone
    a = answer_question("Was Fabrikam Outfitters' cost of goods sold a bigger share of net sales in FY2024 than in "
                        "FY2025?", IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("No:") and "56.9%" in a.text and "57.8%" in a.text, a.text  # 701.5/1,231.9; 742.3/1,284.6

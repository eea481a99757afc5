"""Three gates against confident answers to another question (issue #10, session 8):

- a yes/no about every year of a span ("risen every year from FY2023 through FY2025", "in each of the last three
  years", "consecutive") is decided by every year's figure, each shown (``figure_answers._years_between``), never by the
  span's two ends (``intent_guards.every_year_verdict``: no verdict when a year is not read);
- a share of a whole from a named part or group ("its three largest customers combined") is never answered with the
  whole's level or change (``asked_shares.misses_share_part``, applied in ``intents.answer_question``);
- a proper name, descriptive words and a kind word ("Larkspur's Harbor e-commerce business") name a part: the
  whole's figure is never shown for it (``metric_qualifiers._NAMED_KIND``).

Filings are the fictional ones of ``finance_filings_more``; every wording was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer import asked_shares
from assistant.answer.metric_qualifiers import qualifier
from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intent_guards import every_year_verdict
from assistant.answer.intents import answer_question
from assistant.types import Answer
from finance_filings import memory_index, meta
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question", [
    f"Has {L}'s revenue risen every year from FY2023 through FY2025?",
    f"Did {L}'s net income increase in each year from fiscal 2023 to fiscal 2025?",
    f"Has {L} grown revenue in each of the last three fiscal years (FY2023 to FY2025)?",
    f"Did {L}'s dividends paid increase in consecutive years from FY2023 to FY2025?",
])
def test_a_run_of_years_is_decided_by_every_years_figure(index, question):
    a = answer_question(question, index)
    assert a is not None and not a.refused and a.text.startswith("Yes"), a and a.text
    assert "FY2024" in a.text.split(". ")[0], a.text  # the year between is read and shown


N = "Northwind Components"
NORTHWIND_25 = meta("NORTHWIND_2025_10K", "Northwind Components Inc.", 2025)
NORTHWIND_21 = meta("NORTHWIND_2021_10K", "Northwind Components Inc.", 2021)
NW_IS_25 = """NORTHWIND COMPONENTS INC.
CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share amounts)
Fiscal Year Ended December 31, 2025 2024 2023
Net sales $ 1,912.4 $ 1,804.0 $ 1,851.7
Cost of sales 1,240.8 1,190.3 1,201.6
Gross profit 671.6 613.7 650.1
Selling, general and administrative 402.5 391.2 388.0
Operating income 269.1 222.5 262.1
Interest expense (21.4) (22.9) (24.0)
Income before income taxes 247.7 199.6 238.1
Provision for income taxes 52.0 41.9 50.0
Net income $ 195.7 $ 157.7 $ 188.1
"""
NW_IS_21 = """NORTHWIND COMPONENTS INC.
CONSOLIDATED STATEMENTS OF INCOME
(In millions, except per share amounts)
Fiscal Year Ended December 31, 2021 2020 2019
Net sales $ 1,602.3 $ 1,488.9 $ 1,530.2
Cost of sales 1,050.1 985.4 1,001.7
Gross profit 552.2 503.5 528.5
Selling, general and administrative 350.6 341.0 337.9
Operating income 201.6 162.5 190.6
Interest expense (25.1) (26.3) (27.0)
Income before income taxes 176.5 136.2 163.6
Provision for income taxes 37.1 28.6 34.4
Net income $ 139.4 $ 107.6 $ 129.2
"""


@pytest.fixture(scope="module")
def northwind():
    return memory_index([(NORTHWIND_25, {58: NW_IS_25}), (NORTHWIND_21, {55: NW_IS_21})])


def test_a_dip_between_rising_ends_is_no(northwind):
    # net sales rose from FY2023 to FY2025 but fell in FY2024: not "every year"
    a = answer_question(f"Have {N}'s net sales increased every year from FY2023 through FY2025?", northwind)
    assert a is not None and not a.refused and a.text.startswith("No"), a and a.text
    assert "1,804" in a.text, a.text


def test_a_year_not_read_withholds_the_verdict(northwind):
    # FY2022 is in neither filing: the two ends alone decide nothing
    a = answer_question(f"Has {N}'s net income risen every year from FY2021 through FY2025?", northwind)
    assert a is None or a.refused, a.text
    assert a is None or (not a.text.startswith(("Yes", "No")) and "2022" in a.text and "not read" in a.text), a.text


def test_a_change_between_two_years_keeps_its_verdict(index):
    a = answer_question(f"Did {L}'s revenue increase from FY2024 to FY2025?", index)
    assert a is not None and not a.refused and a.text.startswith("Yes"), a and a.text


def test_two_ends_only_lose_the_verdict(index):
    ends = Answer(question="q", text="Yes: revenue changed by +852.8 from FY2023 to FY2025: from 2,588.6 [1] to "
                  "3,441.4 [2].", mode="calc")
    a = every_year_verdict(f"Has {L}'s revenue risen every year from FY2023 through FY2025?", ends)
    assert a.refused and not a.text.startswith(("Yes", "No")) and "2024" in a.text, a.text
    shown = Answer(question="q", text="Yes: revenue was 2,588.6 in FY2023, 2,999.4 in FY2024 and 3,441.4 in FY2025.",
                   mode="calc")
    assert every_year_verdict(f"Has {L}'s revenue risen every year from FY2023 through FY2025?", shown) is shown


def test_a_share_of_a_named_group_is_never_the_wholes_change(index):
    question = (f"In FY2025, what share of {L}'s revenues did its three largest customers account for, and how did "
                f"it compare with FY2024?")
    a = answer_question(question, index)
    assert a is None or a.refused, a.text
    assert asked_shares.misses_share_part(question, "Total revenue changed by +14.7% from FY2024 to FY2025.")
    assert not asked_shares.misses_share_part(question, "Our three largest customers accounted for 31% of revenue.")
    assert not asked_shares.misses_share_part("What share of revenue was recurring in FY2025?", "Revenue rose 14.7%.")


@pytest.mark.parametrize("question", [
    f"What were the net sales of {L}'s Harbor e-commerce business in fiscal 2025?",
    f"What was the revenue of {L}'s Quillpoint online learning platform in FY2025?",
    f"How much revenue did {L}'s Fabrikam specialty software subsidiary report in FY2025?",
])
def test_a_proper_name_with_descriptive_words_names_a_part(index, question):
    assert qualifier(question, "revenue"), question
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        assert a is None or a.refused, a.text
        assert a is None or "3,441" not in a.text, a.text


@pytest.mark.parametrize("question", [
    f"What was the revenue of {L}'s bigger analytics business in FY2025?",
    f"What was {L}'s FY2025 revenue from operations?",
    f"What was {L}'s revenue in FY2025 for the Company as a whole?",
])
def test_lower_case_descriptions_and_periods_name_no_part(question):
    assert not qualifier(question, "revenue"), question

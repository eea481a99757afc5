"""A yes/no question asked as an instruction ("Tell me whether ...", "Determine if ...", "Say whether ...") is a yes/no
question like "Is ...?" / "Did ...?": it is answered yes or no, never by one of its figures alone. Larkspur is the
fictional filer of ``finance_filings_more``; every wording is written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.intent import asks_yes_no, is_yes_no
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("q", [
    "Tell me whether Orrin Tools is capital intensive.",
    "Please determine if Tamsin Foods' dividend was covered by its free cash flow in 2024",
    "Say whether Orrin Tools grew its revenue in fiscal 2025",
])
def test_an_instruction_to_say_whether_is_a_yes_no_question(q):
    assert is_yes_no(q) and asks_yes_no(q)


def test_an_instruction_that_asks_no_yes_no_is_not_one():
    assert not is_yes_no("Tell me Orrin Tools' revenue in fiscal 2025")
    assert not is_yes_no("State the revenue of Tamsin Foods if it is reported")


@pytest.mark.parametrize("q, verdict", [
    (f"Tell me whether {L}'s free cash flow covered its dividends and share repurchases in fiscal 2025", "Yes"),
    (f"Tell me whether {L} is capital intensive, based on its FY25 numbers.", "No"),
])
def test_whether_asked_is_answered_yes_or_no(q, verdict, index):
    a = answer_question(q, index)
    # FCF 970.1 - 84.6 = 885.5 against 205.3 + 620.0 = 825.3; capex 84.6 / 3,441.4 = 2.46% of revenue
    assert a is not None and not a.refused and a.text.startswith(verdict), a and a.text

"""Shares a question asks (``assistant/answer/asked_shares.py``): a share of a headcount in a state needs a quote
saying that state. Every filer, sentence and question below is fictional and written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.asked_shares import share_state
from assistant.types import DocMeta
from one_page import ask_near, part_figures


# ---- a share of a headcount in a state (session 29) ------------------------------------------------------------------
# Session 29 (#11): a figure of another subject than the one asked is never the answer: a share of a headcount
# in a state.

STAFF = DocMeta(doc_id="brackley25", doc="BRACKLEY_2025_10K", source="BRACKLEY_2025_10K.pdf",
                company="Brackley Water Services Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                extra={"period_end": "2025-12-31"})
STAFF_PAGE = ("Human Capital\n"
              "As of year-end 2025 Brackley had about 4,650 full-time staff on its payroll, 42% of whom work in its "
              "network maintenance crews. Women made up 29% of our workforce and 34% of our senior leadership.\n")


@pytest.mark.parametrize("question", [
    "What share of Brackley's employees are represented by labor unions?",
    "What percentage of Brackley's workforce was unionized at the end of 2025?",
    "What proportion of Brackley's employees are covered by collective bargaining agreements?",
])
def test_a_headcount_share_in_a_state_needs_that_state(question):
    assert share_state(question) == {"unioni"}
    ex = ask_near(question, STAFF_PAGE, STAFF, ("Brackley Water Services Inc.", "Brackley"))
    assert part_figures(ex) == [None], [p.candidate.text for p in ex.picks if p]


@pytest.mark.parametrize("question, figure", [
    ("What share of Brackley's workforce is female?", "29%"),
    ("What percentage of Brackley's employees work in its network maintenance crews?", "42%"),
])
def test_a_headcount_share_in_a_said_state_still_answers(question, figure):
    ex = ask_near(question, STAFF_PAGE, STAFF, ("Brackley Water Services Inc.", "Brackley"))
    assert part_figures(ex)[0] is not None and figure in part_figures(ex)[0], part_figures(ex)


def test_a_share_of_a_money_measure_asks_no_state():
    assert share_state("What share of Brackley's revenue was recurring in 2025?") == frozenset()

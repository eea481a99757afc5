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


# ---- a part of a whole asked in the analyst's words (session 33) ------------------------------------------------------
# Session 33 (#10): "how much of X was financed by / paid for by / owed to Y", "what portion of X was funded by Y", "Of X,
# how much was ... Y?" ask a part of the whole X. General rule: such a question is never answered with X's own level, from
# the facts path or a quoted sentence; the answer must name the part (Y, the agent of the passive verb, or the state),
# else mia declines.

from assistant.answer.asked_shares import asks_share, misses_share_part, share_part  # noqa: E402
from finance_filings import page_index  # noqa: E402
from assistant.answer.intents import answer_question  # noqa: E402

KESTREL = DocMeta(doc_id="kestrel25", doc="KESTREL_2025_10K", source="KESTREL_2025_10K.pdf",
                  company="Kestrel Outfitters, Inc.", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2026-01-31"})
KESTREL_PAGE = ("Liquidity and Capital Resources\nMerchandise inventories were $1,482 million at January 31, 2026, up 6% "
                "from a year earlier, reflecting earlier receipts of spring assortments. Accounts payable were $1,105 "
                "million at year end.\nTotal debt was $2.4 billion at January 31, 2026.")


@pytest.mark.parametrize("question, part", [
    ("How much of Harbor's merchandise inventory was financed by its suppliers at the end of fiscal 2023?", "suppli"),
    ("What portion of Tallis Corp's inventories was funded by trade payables at year-end 2025?", "payabl"),
    ("Of Brightwater's total debt, how much was owed to related parties at December 31, 2024?", "relate"),
    ("Of Ardmore Foods' capital expenditures in fiscal 2025, how much was paid for by customer deposits?", "deposi"),
    ("Of its 2024 net sales, what share came from Canada?", "canada"),
    ("What fraction of Mercer Lane's capital expenditures was funded by operating cash flow in 2024?", "operat"),
])
def test_a_part_of_a_whole_in_analyst_words_is_named_by_its_agent(question, part):
    assert asks_share(question), question
    assert part in share_part(question), share_part(question)
    # the whole's level names no part: no answer to the share
    assert misses_share_part(question, "Total was $2,157 million at the end of the year.")


@pytest.mark.parametrize("question", [
    "Of Kestrel's total debt at January 31, 2026, how much was owed to related parties?",
    "Of Kestrel's merchandise inventories at the end of fiscal 2025, how much was financed by its vendors?",
    "How much of Kestrel's total debt at year-end fiscal 2025 was held by insurance companies?",
])
def test_a_part_of_a_whole_is_never_the_wholes_quoted_level(question):
    ex = ask_near(question, KESTREL_PAGE, KESTREL, aliases=("Kestrel Outfitters, Inc.", "Kestrel"))
    assert part_figures(ex) == [None], part_figures(ex)


@pytest.mark.parametrize("question", [
    "Of Harbor's total inventories at the end of fiscal 2023, how much was paid for by vendors?",
    "Of Harbor's inventories at fiscal 2023 year-end, what part was financed by its suppliers?",
    "What portion of Harbor's inventories was funded by trade creditors at the end of fiscal 2023?",
])
def test_a_part_of_a_whole_is_never_the_wholes_fact(question):
    # Harbor's balance sheet prints "Total inventories 2,157" and no row of the part: no answer, never the level
    a = answer_question(question, page_index(["harbor"]))
    assert a is None or a.refused or "2,157" not in a.text, a.text

"""Is a ratio consistent over the years? (answer/figure_answers.stability_answer): each year's figure cited, the move from
each year to the next, and "Yes"/"No" only against a tolerance the question states.

The filer is the fictional Harbor Home Products of ``finance_filings`` (three years of statements of earnings);
the wordings were written for these tests. Gold figures by hand:
gross margin = (net sales - cost of products sold) / net sales: FY2021 (16,902 - 9,402) / 16,902 = 44.37%,
FY2022 (17,615 - 9,981) / 17,615 = 43.34%, FY2023 (18,420 - 10,315) / 18,420 = 44.00%; moves -1.03, +0.66 points.
"""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from finance_filings import page_index


@pytest.fixture(scope="module")
def index():
    return page_index(["harbor", "corvane"])


def test_a_stated_tolerance_gives_a_verdict_with_every_years_figure(index):
    a = answer_question("Are Harbor Home Products' gross margins historically consistent (not fluctuating more "
                        "than roughly 2% each year)? If gross margins are not a relevant metric for a company like "
                        "this, then please state that and explain why.", index)
    assert a is not None and not a.refused and a.text.startswith("Yes:"), a and a.text
    for shown in ("FY2021 44.4%", "FY2022 43.3%", "FY2023 44.0%", "-1.0 percentage points", "+0.7 percentage points"):
        assert shown in a.text, shown
    assert "read as percentage points" in a.text  # the reading of "2%" is stated
    assert a.about.period == "FY2021 to FY2023" and len(a.inputs) == 6


def test_a_move_beyond_the_tolerance_is_a_no(index):
    a = answer_question("Has Harbor Home Products kept its gross margin stable, within 50 basis points a year, "
                        "from FY2021 to FY2023?", index)
    assert a is not None and a.text.startswith("No:") and "0.5 percentage points" in a.text, a and a.text


def test_without_a_tolerance_the_figures_come_without_a_verdict(index):
    a = answer_question("Has Harbor Home Products' operating margin been stable over FY2021 to FY2023?", index)
    assert a is not None and a.refused and a.text.startswith("No verdict:"), a and a.text
    assert "FY2022 16.9%" in a.text and "largest move was 0.8 percentage points" in a.text


def test_fewer_than_three_years_is_not_judged(index):
    # Harbor's balance sheet has two year-ends only: a current ratio over three years cannot be read
    a = answer_question("Has Harbor Home Products' current ratio been consistent (within 0.1x a year)?", index)
    assert a is None or not a.text.startswith(("Yes", "No:")), a.text


def test_the_answer_survives_the_answerers_check_of_every_figure_against_its_sources(index):
    # the answerer keeps a facts answer only when every figure is in its cited rows or its shown formula
    from assistant.answer.checks import check_facts_answer
    from assistant.query.entities import company_aliases

    a = answer_question("Are Harbor Home Products' gross margins historically consistent (not fluctuating more "
                        "than roughly 2% each year)?", index)
    docs = index.documents()
    checked = check_facts_answer(a, docs, company_aliases(docs), index.page_text)
    assert checked is not None and checked.text == a.text

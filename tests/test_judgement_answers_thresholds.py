"""A yes/no question that states its own threshold for a computed ratio ("a current ratio above 1.0", "gross margin
of at least 75%", "debt-to-equity exceed 1.0x") is answered against it: the ratio, its inputs, the comparison and
"Yes"/"No"; a threshold in another unit than the figure's gives no verdict. And a ratio over an average balance
whose prior year-end is not found is declined, saying which input, never computed from the closing balance alone.
Filings are the fictional ones of ``finance_filings_more``; every wording was written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.checks import check_facts_answer
from assistant.answer.wording import stated_threshold
from assistant.answer.intents import answer_question
from assistant.query.entities import company_aliases
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES

L = "Larkspur Software"


@pytest.fixture(scope="module")
def index():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question, said", [
    ("Did Contoso have a current ratio above 1.0 at June 30, 2026?", (">", 1.0, "")),
    ("Was Contoso's gross margin at least 40% in 2025?", (">=", 40.0, "%")),
    ("Did the debt-to-equity ratio exceed 2x?", (">", 2.0, "x")),
    ("Was operating margin below 20 percent?", ("<", 20.0, "%")),
    ("Did revenue grow after 2024?", None),
    ("Was the current ratio above 2025 levels?", None),
])
def test_thresholds_are_read(question, said):
    assert stated_threshold(question) == said


@pytest.mark.parametrize("question, head, figure", [
    (f"Did {L} have a current ratio above 1.0 at June 30, 2025?", "Yes:", "1.50x"),  # 2,650.6 / 1,769.5
    (f"Was {L}'s gross margin above 75% in fiscal 2025?", "Yes:", "77.0%"),  # 2,651.2 / 3,441.4
    (f"Was {L}'s operating margin below 15% in FY2025?", "No:", "15.8%"),  # 545.3 / 3,441.4
    (f"Did {L}'s debt-to-equity ratio exceed 1.0x in FY2025?", "No:", "0.67x"),  # 1,046.3 / 1,550.8
])
def test_a_stated_threshold_gets_a_verdict_with_the_figures(index, question, head, figure):
    a = answer_question(question, index)
    assert a is not None and a.text.startswith(head) and figure in a.text and "Input:" in a.text, a and a.text
    docs = index.documents()
    checked = check_facts_answer(a, docs, company_aliases(docs), index.page_text)
    assert checked is not None and checked.text == a.text


def test_a_threshold_in_another_unit_gives_no_verdict(index):
    a = answer_question(f"Was {L}'s gross margin above 0.75 in fiscal 2025?", index)
    assert a is None or not a.text.startswith(("Yes", "No")), a.text


def test_an_average_short_of_its_prior_year_end_is_declined_and_says_which(index):
    # the filing's balance sheets end at FY2024: FY2024's average total assets needs FY2023's, which is not there
    a = answer_question(f"What was {L}'s return on assets in FY2024?", index)
    assert a is not None and a.refused and "total assets at the prior year-end" in a.text, a and a.text
    assert "%" not in a.text, a.text  # never 270.9 / 4,016.1 from the closing balance alone
    a = answer_question(f"Using revenue and the average of accounts receivable at the start and end of the year, "
                        f"what was {L}'s DSO for FY2024?", index)
    assert a is not None and a.refused and "days" not in a.text.split(":")[-1], a and a.text
    a = answer_question(f"What was {L}'s return on assets in FY2025?", index)
    assert a is not None and "9.8%" in a.text, a and a.text  # 416.4 / ((4,478.9 + 4,016.1) / 2)

"""Two measures of one company asked in one clause that shares its verb and periods ("By what percentage did Acme's
net earnings and its diluted EPS grow in 2023 compared with 2022?") are two questions, each with the verb, the
periods and the instructions; the answers are joined only when both are answered. A measure whose own name holds
"and" ("research and development expense") is one measure. The wordings are written for this test; the filer is the
fictional Harbor Home Products of finance_filings."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.several import measures_asked
from finance_filings import page_index


def test_two_measures_sharing_one_verb_are_asked_each():
    parts = measures_asked("By what percentage did Tollard Freight's operating revenues and its adjusted operating "
                           "ratio change in 2025 versus 2024? Give one decimal.")
    assert parts == [
        "By what percentage did Tollard Freight's operating revenues change in 2025 versus 2024? Give one decimal.",
        "By what percentage did Tollard Freight's adjusted operating ratio change in 2025 versus 2024? Give one decimal.",
    ]


@pytest.mark.parametrize("question", [
    "By what percentage did Tollard Freight's research and development expense grow in 2025?",
    "By what percentage did Tollard Freight's revenue grow in 2025?",
    "By what percentage did revenue and operating income grow at Tollard Freight in 2025?",
])
def test_one_measure_or_no_repeated_owner_is_not_split_so(question):
    assert measures_asked(question) is None


def test_both_growth_rates_are_answered_from_the_statement():
    a = answer_question("By what percentage did Harbor Home Products' net earnings and its earnings per diluted share "
                        "rise in fiscal 2023 compared with fiscal 2022? Use one decimal place.", page_index(["harbor"]))
    assert a is not None and not a.refused, a and a.text
    # net earnings 2,391 / 2,220 - 1 = 7.7%; diluted EPS 4.97 / 4.56 - 1 = 9.0%
    assert "7.7%" in a.text and "9.0%" in a.text, a.text

"""Two quarters named with their years ("in Q3 2025 and Q3 2024", "the third quarter of 2025 and the third quarter of
2024", "3Q25 and 3Q24") are two periods asked, as two fiscal years are: both quarters' figures are given (as the change
between them), never the first-named quarter's alone. Fictional filer, rows and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.text.periods import resolve_period
from finance_filings import memory_index
from test_figure_answers_interim_spans import HRW, HRW_IS


def test_every_quarter_named_gives_its_year():
    assert resolve_period("operating margin in Q3 2025 and Q3 2024") == ("Q3 2025", (2025, 2024))
    assert resolve_period("the third quarter of 2025 and the third quarter of 2024") == ("Q3 2025", (2025, 2024))
    assert resolve_period("3Q25 versus 3Q24") == ("Q3 2025", (2025, 2024))
    assert resolve_period("net revenues in Q3 2025") == ("Q3 2025", (2025,))


@pytest.mark.parametrize("question, shown", [
    ("What was Harrowgate Instruments' operating margin in Q3 2025 and Q3 2024?", ["16.1%", "14.5%"]),  # 98.7 / 612.4
    ("What were Harrowgate Instruments' net revenues in the third quarter of 2025 and the third quarter of 2024?",
     ["612.4", "580.9"]),
])
def test_both_quarters_are_answered(question, shown):
    a = answer_question(question, memory_index([(HRW, {6: HRW_IS})]))
    assert a is not None and not a.refused, a and a.text
    assert all(s in a.text for s in shown), a.text

"""A measure asked "per" a unit ("revenue per patron", "net sales per store", "revenue per day") is a ratio of the
total to a count, never the total itself: the facts path answers it only from a row whose label says "per" and the
unit, at the row's own (unscaled) figure, and otherwise declines, so the total's row or figure is never shown as
the answer. "Per share" is left to the EPS and dividend-per-share metrics. The filer, its rows and every wording
were written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.facts_path import answer_from_facts
from assistant.answer.intents import answer_question
from assistant.answer.metric_qualifiers import narrowed_by_label, per_unit, qualifier
from finance_filings import memory_index, meta

B = "Brackenridge Cinemas"

_STATEMENT = """BRACKENRIDGE CINEMAS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(In millions)
Year Ended December 31, 2025 2024
Revenues:
Admissions $ 1,204.6 $ 1,118.3
Food and beverage 842.1 790.5
Other theatre revenues 96.4 88.7
Total revenues 2,143.1 1,997.5
Operating costs and expenses 1,901.8 1,790.2
Operating income 241.3 207.3
Net income 118.9 92.4
"""

_METRICS = """BRACKENRIDGE CINEMAS, INC.
MANAGEMENT'S DISCUSSION AND ANALYSIS
Operating Metrics
(In millions, except attendance in thousands and per patron data)
Year Ended December 31, 2025 2024
Attendance 98,412 94,730
Average ticket price $ 12.24 $ 11.81
Revenue per patron $ 21.78 $ 21.09
Concession spend per patron $ 8.56 $ 8.34
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(meta("BRACKENRIDGE_2025_10K", f"{B}, Inc.", 2025), {41: _STATEMENT, 47: _METRICS})])


@pytest.mark.parametrize("question, words", [
    ("By how much did Contoso's revenue per day rise in Q2 of fiscal 2026?", {"per", "day"}),
    ("What were Contoso's net sales per store in fiscal 2025?", {"per", "store"}),
    ("What was Contoso's revenue per available room in 2024?", {"per", "available", "room"}),
    ("What was Contoso's revenue per-ton in 2025?", {"per", "ton"}),
])
def test_a_unit_asked_per_is_a_qualifier(question, words):
    assert words <= qualifier(question, "revenue")
    assert not narrowed_by_label(question, "revenue", "Total revenues")


@pytest.mark.parametrize("after", [" per share in 2025?", " per diluted share?", " per the 10-K?", " per year?",
                                   " per its annual report?", " in 2025?"])
def test_what_is_no_unit(after):
    assert per_unit(after) == set()


@pytest.mark.parametrize("question", [
    f"How much did {B}'s revenue per patron grow in 2025?",
    f"What was {B}'s revenue per patron in 2025?",
    f"What were {B}'s revenues per screen in fiscal 2025?",
    f"How much did {B}'s total revenues per employee change from 2024 to 2025?",
])
def test_the_total_never_answers_a_per_unit_question(index, question):
    for a in (answer_question(question, index), answer_from_facts(question, index)):
        if a is None or a.refused:
            continue
        # the total's figures and change, and the per-patron row read at the page's millions, never shown
        for wrong in ("2,143", "1,997", "145.6", "7.3%", "21.78 million", "0.69 million"):
            assert wrong not in a.text, a.text


def test_the_total_itself_is_still_answered(index):
    a = answer_question(f"How much did {B}'s total revenues grow in 2025?", index)
    assert a is not None and not a.refused and "+7.3%" in a.text, a and a.text

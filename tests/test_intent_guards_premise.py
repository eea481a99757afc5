"""A question whose opening clause states a premise about one measure and asks about another in its main clause ("As
its revenues fell away, did it cut its selling and marketing spending?") is never answered with the premise's
measure. Fictional filer, rows and wordings written for these tests."""

from __future__ import annotations

from assistant.answer.intents import answer_question
from assistant.types import DocMeta
from finance_filings import memory_index

META = DocMeta(doc_id="quillonq22025", doc="QUILLON_2025Q2_10Q", source="QUILLON_2025Q2_10Q.pdf",
               company="Quillon Therapeutics, Inc.", fiscal_year=2025, period="Q2 2025", doc_type="10-Q",
               extra={"period_end": "2025-06-29"})
PAGE = """QUILLON THERAPEUTICS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF INCOME
(millions of dollars) (Unaudited)
Three Months Ended
June 29, 2025 June 30, 2024
Revenues $ 4,820 $ 9,310
Cost of sales 1,450 2,610
Selling, promotional and administrative expenses 1,390 1,210
Research and development expenses 1,020 980
Net income 610 2,870
"""
IX = memory_index([(META, {3: PAGE})])


def test_the_premises_measure_never_answers_the_main_clauses_question():
    for q in ("With its vaccine revenues shrinking by half in the second quarter of 2025, did Quillon Therapeutics "
              "spend less on selling, promotional and administrative costs than in the second quarter of 2024?",
              "While Quillon Therapeutics' revenues halved in the second quarter of 2025, how did its selling, "
              "promotional and administrative spending change from the second quarter of 2024?"):
        a = answer_question(q, IX)
        # 4,820 vs 9,310 is the premise's revenue, not the spending asked
        assert a is None or a.refused or "9,310" not in a.text, a.text


def test_a_premise_naming_the_asked_measure_keeps_the_answer():
    a = answer_question("As sales slowed, did Quillon Therapeutics' revenues fall in the second quarter of 2025 "
                        "compared with the second quarter of 2024?", IX)
    assert a is not None and not a.refused and "4,820" in a.text and "9,310" in a.text, a and a.text
    a = answer_question("Did Quillon Therapeutics' revenues fall in the second quarter of 2025 compared with the "
                        "second quarter of 2024?", IX)
    assert a is not None and not a.refused and "9,310" in a.text, a and a.text

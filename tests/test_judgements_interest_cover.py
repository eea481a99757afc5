"""Whether a company can comfortably cover its interest expense is a judgement with a figure and a convention:
interest coverage (operating income / interest expense) above 3.0x. The answer gives the verdict, the ratio, both
statement rows cited, and the convention; an operating loss covers nothing. A question that sets the interest against
cash flow, EBITDA or funds from operations asks another measure and is left alone. Every filer, row and wording below
is written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.judgements import judgement_in
from assistant.types import DocMeta
from finance_filings import memory_index

LARCHMONT = DocMeta(doc_id="dlvc", doc="larchmont_valve_10k_fy2025", source="larchmont_valve_10k_fy2025.pdf",
                    title="Larchmont Valve Company - Form 10-K", company="Larchmont Valve Company",
                    doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
LARCHMONT_IS = """LARCHMONT VALVE COMPANY
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions of dollars)
Year Ended December 31, 2025 2024
Net sales $ 612.5 $ 590.1
Cost of products sold 431.0 418.7
Selling, general and administrative expenses 98.2 95.6
Operating income 83.3 75.8
Interest expense (31.4) (33.9)
Other income, net 1.6 0.9
Income before income taxes 53.5 42.8
Provision for income taxes 12.8 10.2
Net income $ 40.7 $ 32.6
"""

QUILLON = DocMeta(doc_id="dqbt", doc="quillon_biotools_10k_fy2025", source="quillon_biotools_10k_fy2025.pdf",
                  title="Quillon Biotools, Inc. - Form 10-K", company="Quillon Biotools",
                  doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
QUILLON_IS = """QUILLON BIOTOOLS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)
Year Ended December 31, 2025 2024
Revenue $ 48,210 $ 39,775
Cost of revenue 27,904 24,118
Research and development 30,662 28,041
Selling, general and administrative 21,380 19,907
Operating loss (31,736) (32,291)
Interest expense (6,450) (4,120)
Net loss $ (38,186) $ (36,411)
"""


def _index():
    return memory_index([(LARCHMONT, {4: LARCHMONT_IS}), (QUILLON, {5: QUILLON_IS})])


@pytest.mark.parametrize("question, key", [
    ("Can Larchmont comfortably cover its interest expense, judging by its 2025 operating income?",
     "interest_covered_comfortably"),
    ("Was Larchmont Valve's interest expense comfortably covered in 2025?", "interest_covered_comfortably"),
    ("Could it easily meet its interest payments from operating income last year?", "interest_covered_comfortably"),
])
def test_coverage_questions_are_read(question, key):
    c = judgement_in(question)
    assert c is not None and c.key == key and c.measure == "interest_coverage"


@pytest.mark.parametrize("question", [
    "Can Larchmont cover its interest payments from operating cash flow?",
    "Does Larchmont's EBITDA comfortably cover its interest expense?",
    "Can its funds from operations cover its interest costs?",
    "What was Larchmont's interest expense in 2025?",
])
def test_other_measures_are_not_this_judgement(question):
    c = judgement_in(question)
    assert c is None or not c.key.startswith("interest_covered")


def test_a_plain_cover_question_is_not_this_judgement():
    # "cover" without "comfortably": no convention of mia's says how much coverage that asks
    c = judgement_in("Did Quillon cover its interest costs out of operating earnings in 2025?")
    assert c is None or not c.key.startswith("interest_covered")


def test_comfortable_coverage_is_judged_by_operating_income_over_interest():
    a = answer_question("Judging by its income statement, can Larchmont Valve comfortably cover its interest expense "
                        "in 2025?", _index())
    assert a is not None and not a.refused, a and a.text
    # 83.3 / 31.4 = 2.65x: not above 3.0x
    assert a.text.startswith("No:") and "2.65x" in a.text and "3.0x" in a.text, a.text


def test_an_operating_loss_covers_no_interest():
    a = answer_question("Could Quillon Biotools comfortably cover its interest expense from its operating results in "
                        "2025?", _index())
    assert a is not None and not a.refused, a and a.text
    # -31,736 / 6,450 = -4.92x
    assert a.text.startswith("No:") and "-4.92x" in a.text, a.text

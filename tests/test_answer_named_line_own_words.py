"""A line the question names in the filer's own words, with the abbreviation it defines in brackets ("selling,
marketing and distribution (SM&D) spending") and "spending" for the line's expenses, is the row whose label says
those words; "did it cut its ...?" asks whether the line fell (No when it rose); and a question opened by a premise
about another measure ("As its revenues climbed, did it cut ...?") is answered for its main clause's line, never the
premise's (whose figures follow the answer as the scene it sets). Fictional filers and wordings written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.named_lines import spelled_out
from assistant.query.intent import read_asked
from finance_filings import memory_index, meta

ORRIN = meta("ORRIN_THERAPEUTICS_2025_10K", "Orrin Therapeutics, Inc.", 2025)
ORRIN_INCOME = """ORRIN THERAPEUTICS, INC.
CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions)
Year Ended December 31 2025 2024
Product revenues $ 4,800 $ 6,100
Cost of product revenues 1,200 1,500
Selling, marketing and distribution expenses 1,450 1,310
Research and clinical development expenses 900 980
Operating income 1,250 2,310
Income before income taxes 1,200 2,250
Net income 950 1,800
"""

VELLA = meta("VELLA_COMMERCE_2025_10K", "Vella Commerce Corp.", 2025)
VELLA_INCOME = """VELLA COMMERCE CORP.
CONSOLIDATED STATEMENTS OF INCOME
(in thousands)
Fiscal Year 2025 2024
Net sales $ 820,000 $ 760,000
Cost of sales 500,000 470,000
Technology and content expenses 64,000 71,000
Fulfillment expenses 90,000 84,000
Operating income 166,000 135,000
Net income 120,000 98,000
"""

IX = memory_index([(ORRIN, {71: ORRIN_INCOME}), (VELLA, {44: VELLA_INCOME})])


def test_spelled_out():
    assert spelled_out("its selling, marketing and distribution (SM&D) spending; SM&D rose") == (
        "its selling, marketing and distribution spending; selling marketing and distribution rose")
    assert spelled_out("technology and content (T&C) costs") == "technology and content costs"
    assert spelled_out("the harbor division (see Note 4) grew") == "the harbor division (see Note 4) grew"
    assert spelled_out("its fulfillment (XYZ) costs") == "its fulfillment (XYZ) costs"  # not its initials


@pytest.mark.parametrize("question, verdict, change", [
    ("Did Orrin Therapeutics cut its selling, marketing and distribution (SM&D) spending in 2025 compared with 2024?",
     "No", "+$140"),
    ("Did Vella Commerce cut its technology and content (T&C) spending in fiscal 2025 versus fiscal 2024?", "Yes",
     "-$7,000"),
])
def test_a_line_named_in_the_filers_words_and_its_abbreviation(question, verdict, change):
    a = answer_question(question, IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith(verdict + ":"), a.text
    assert change in a.text, a.text


def test_a_premise_about_another_measure_is_not_the_question():
    a = answer_question("As its product revenues slid, did Orrin Therapeutics cut its selling, marketing and "
                        "distribution (SM&D) spending? Compare 2025 with 2024.", IX)
    assert a is not None and not a.refused, a and a.text
    assert a.text.startswith("No:") and "+$140" in a.text, a.text
    # the premise's revenues only follow the answer, as the scene it sets
    assert "-$1,300" in a.text and a.text.index("-$1,300") > a.text.index("+$140"), a.text


def test_cut_asks_a_fall():
    asked = read_asked("Did the company cut its marketing spending in 2025?", 1)
    assert asked.kind == "direction" and asked.direction == -1
    asked = read_asked("Did it cut back on its travel costs in 2025 compared with 2024?", 2)
    assert asked.kind == "direction" and asked.direction == -1

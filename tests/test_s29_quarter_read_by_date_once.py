"""Session 29 (#10): a question that gives a quarter's fiscal name with its closing date ("the fourth quarter of fiscal
2022 (the 13 weeks ended January 28, 2023)") is read by that date into mia's names once (``wording.once_restated``); a
filer naming its years by the year they began is not shifted a second time (which looked for the quarter a year
later and declined). Release text written for these tests (a fictional retailer, Tamsin Ridge Outfitters)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.intents import answer_question
from finance_filings import memory_index
from test_s29_fiscal_names_listed import C, D, NAMINGS

RELEASE = replace(D, period="Q4 2023", doc_type="earnings release")
INCOME = """TAMSIN RIDGE OUTFITTERS, INC.
CONSOLIDATED STATEMENTS OF INCOME
(In thousands)
13 Weeks Ended 52 Weeks Ended
January 28, 2023 January 29, 2022 January 28, 2023 January 29, 2022
Net sales $ 1,208,334 $ 1,090,571 $ 3,918,406 $ 3,602,115
Gross profit 466,102 430,815 1,485,275 1,388,109
Operating income 151,920 140,066 472,427 436,732
"""


@pytest.fixture(scope="module")
def index():
    return memory_index([(RELEASE, {1: f"{NAMINGS['names then dates']}\n", 4: INCOME})])


@pytest.mark.parametrize("question, shown", [
    (f"What were {C}' net sales in the fourth quarter of fiscal 2022 (the 13 weeks ended January 28, 2023)?",
     "$1,208,334 thousand"),
    (f"What was {C}' operating income in the fourth quarter of fiscal 2022?", "$151,920 thousand"),
    (f"What was {C}' operating income in fiscal 2022 (the 52 weeks ended January 28, 2023)?", "$472,427 thousand"),
])
def test_the_quarter_is_the_one_that_closed_on_the_date(index, question, shown):
    a = answer_question(question, index)
    assert a is not None and shown in a.text, a and a.text

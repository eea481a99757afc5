"""Names a question gives that are not the asked company (``assistant/answer/named_subjects.py``). Every filer,
row and question below is fictional and written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.answer.named_subjects import stray_names
from assistant.types import DocMeta
from finance_filings import memory_index
from finance_filings_more import LARKSPUR, LARKSPUR_PAGES


# ---- a brand beside "The <Name> Company" (session 29) ----------------------------------------------------------------
# Session 29 (#11): a figure of another subject than the one asked is never the answer: a brand named beside the
# company written "The <Name> Company" (no title case).

# -- 1. "for The Harwick Beverage Company": "The" opening a name is no sign of a title-case question -----------------

HARWICK = DocMeta(doc_id="harwick25", doc="HARWICK_2025_10K", source="HARWICK_2025_10K.pdf",
                  company="Harwick Beverage Company", fiscal_year=2025, period="FY2025", doc_type="10-K",
                  extra={"period_end": "2025-12-31"})
HARWICK_INCOME = """HARWICK BEVERAGE COMPANY
CONSOLIDATED STATEMENTS OF INCOME
(in millions)
Year Ended December 31, 2025 2024 2023
Net operating revenues $ 9,860 $ 9,420 $ 9,015
Cost of goods sold 3,950 3,800 3,700
Gross profit 5,910 5,620 5,315
Operating income 2,240 2,105 1,980
Net income $ 1,730 $ 1,640 $ 1,555
"""


@pytest.fixture(scope="module")
def harwick():
    return memory_index([(HARWICK, {61: HARWICK_INCOME})])


def test_a_brand_beside_the_company_named_with_the_article_is_a_named_thing(harwick):
    question = ("How much net operating revenue did Brisk Tonic Zero bring in for The Harwick Beverage Company in "
                "2025, in USD millions?")
    assert stray_names(question, harwick) == ["Brisk", "Tonic", "Zero"]
    a = answer_question(question, harwick)
    # the facts path leaves it to the passages (None) or declines; never the company's revenue (the control below
    # answers the same question without the brand)
    assert a is None or (a.refused and "9,860" not in a.text), a and a.text


def test_the_company_named_with_the_article_is_still_answered(harwick):
    a = answer_question("How much net operating revenue did The Harwick Beverage Company report for 2025?", harwick)
    assert a is not None and not a.refused and "9,860" in a.text, a and a.text
    # a question in title case still says nothing about names
    assert stray_names("What Was The Net Operating Revenue Of Harwick Beverage In 2025", harwick) == []


# ---- a company named in apposition to another's possessive (session 31) ----------------------------------------------
# Session 31 (#11): "QUANTORIX, Larkspur Software's largest reseller" is the question's subject, another company than
# Larkspur, however it is written: Larkspur's statement figure never answers it. Every wording is fictional.

L = "Larkspur Software"


@pytest.fixture(scope="module")
def larkspur():
    return memory_index([(LARKSPUR, LARKSPUR_PAGES)])


@pytest.mark.parametrize("question, name", [
    ("What revenue did QUANTORIX, Larkspur Software's largest reseller, report for FY2025?", "QUANTORIX"),
    ("How much revenue did Tessaly Data, Larkspur's main cloud host, book in fiscal 2025?", "Tessaly Data"),
])
def test_a_company_in_apposition_is_the_subject_and_never_gets_the_owners_figure(larkspur, question, name):
    assert name in stray_names(question, larkspur)
    a = answer_question(question, larkspur)
    assert a is None or a.refused, a.text
    assert a is None or "3,441" not in a.text, a.text


@pytest.mark.parametrize("question", [
    f"What revenue did {L} report for FY2025?",
    "Larkspur, the software maker, reported what revenue for FY2025?",
    f"What revenue did {L}, the company's registrant name, report for FY2025?",
])
def test_the_company_itself_is_no_apposed_name(larkspur, question):
    assert stray_names(question, larkspur) == []

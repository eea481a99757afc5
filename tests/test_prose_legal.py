"""Whether a filer reports material legal proceedings (answer/prose_legal.py and filing_answers.legal_answer): its annual
report's Item 3 and the note Item 3 points to. Every page below is written for these tests (fictional filers Contoso
Health, Northwind Beverages, Fabrikam Games, Tailspin Motors), in the shapes US 10-Ks print Item 3."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer import prose_legal as L
from assistant.answer.intents import answer_question
from finance_filings import memory_index, meta

TOC = """TABLE OF CONTENTS
Item 1. Business 3
Item 1A. Risk Factors 12
Item 3. Legal Proceedings 31
Item 4. Mine Safety Disclosures 31
"""
POINTER = """Item 2. Properties.
We lease most of our pharmacies and clinics.
Item 3. Legal Proceedings.
The information contained in Note 14 ''Commitments and Contingencies'' included in Item 8 of this 10-K is
incorporated herein by reference.
Item 4. Mine Safety Disclosures.
Not applicable.
"""
NOTE = """14. Commitments and Contingencies
Legal Matters
The Company is party to legal proceedings arising in the ordinary course of its business. The Company does not
believe that any of these pending matters will have a material adverse effect on its financial position.
Rebate Pricing Litigation
The Company is named as a defendant in a number of lawsuits alleging that its rebate agreements inflated the list
prices of insulin products. In the third quarter of 2025 the Company recorded pre-tax charges of $1.5 billion for these
matters. In November 2025 the Company agreed to a settlement under which it would pay approximately $1.2 billion over
eight years to resolve the claims of the states.
Specialty Drug Investigations
The Company has received civil investigative demands from several state attorneys general concerning its specialty
pharmacy dispensing practices.
15. Earnings Per Share
Basic earnings per share is computed by dividing net income by weighted average shares outstanding.
"""
BLANKET = """Item 3. Legal Proceedings.
We and our subsidiaries are party to a variety of litigation, claims and regulatory proceedings. While the results of
such proceedings cannot be predicted with certainty, management believes that their final outcome will not have a
material adverse effect on our financial condition, results of operations or cash flows.
Item 4. Mine Safety Disclosures.
Not applicable.
"""
ONE_MATTER = """Item 3. Legal Proceedings.
In March 2024 we received a notice of reassessment from a foreign tax authority of approximately $410 million
relating to transfer pricing. We believe the assessment is without merit. Other claims arising in the ordinary course
of business are not expected to have a material adverse effect on our results.
Item 4. Mine Safety Disclosures.
"""


@pytest.mark.parametrize("question, asks", [
    ("Is Contoso Health facing any significant lawsuits as of FY2025?", True),
    ("Is Northwind Beverages involved in any material litigation?", True),
    ("Does Tailspin Motors face material lawsuits as of FY2025?", True),
    ("Does Fabrikam Games have pending legal proceedings that could be material?", True),
    ("Is Contoso Health a party to any major court cases?", True),
    ("Is Northwind Beverages caught up in any legal battles over its patents?", True),
    ("Has Fabrikam Games been in any legal fights with regulators since 2024?", True),
    ("How much did Contoso Health accrue for litigation in 2025?", False),
    ("Did Contoso Health's litigation charges increase in FY2025?", False),
    ("Were Tailspin Motors' legal costs higher in 2025 than in 2024?", False),
    ("Did Fabrikam Games settle the loot box lawsuit in 2025?", False),
    ("What was Contoso Health's revenue in FY2025?", False),
])
def test_a_legal_proceedings_question_is_read(question, asks):
    assert L.asks_legal(question) is asks


def test_a_note_pointed_to_names_the_matters():
    r = L.read_legal({2: TOC, 31: POINTER, 88: NOTE})
    assert r is not None and r.verdict == "Yes" and r.where.startswith("Note 14"), r
    assert [m.text for m in r.matters] == ["Rebate Pricing Litigation", "Specialty Drug Investigations"], r.matters
    # the sum agreed to be paid, before the larger sum charged to earnings; none stated: none shown
    assert r.matters[0].amount is not None and "$1.2 billion" in r.matters[0].amount.text, r.matters[0]
    assert r.matters[1].amount is None
    # the container heading "Legal Matters" and the next note are no matters
    assert all(m.page == 88 for m in r.matters)


def test_a_blanket_statement_with_no_matter_is_no_and_a_described_matter_is_no_answer():
    r = L.read_legal({2: TOC, 30: BLANKET})
    assert r is not None and r.verdict == "No" and "will not have a material adverse effect" in r.statement.text, r
    r = L.read_legal({30: ONE_MATTER})
    assert r is not None and r.verdict is None, r  # a reassessment of $410 million is a matter: never "No"
    r = L.read_legal({31: POINTER})
    assert r is not None and r.verdict is None, r  # the note pointed to is not found: no answer
    assert L.read_legal({2: TOC}) is None  # a table of contents' line is no section


def test_suits_stated_in_sentences_are_matters():
    text = BLANKET.replace("We and our subsidiaries", "In January 2025, Fabrikam Games was named as a defendant in a "
                           "putative class action concerning loot boxes. In re Fabrikam Games Securities Litigation "
                           "remains pending. We and our subsidiaries")
    r = L.read_legal({30: text})
    assert r is not None and r.verdict == "Yes" and len(r.matters) == 2, r


def _filing(stem: str, company: str, pages: dict[int, str]):
    return replace(meta(stem, company, 2025), pages=max(pages)), pages


WORDINGS = ("Is {co} facing any significant lawsuits as of FY2025?",
            "Is {co} involved in any material litigation in fiscal 2025?",
            "Does {co} have pending legal proceedings that could be material, per its FY2025 10-K?",
            "Is {co} a party to any major legal disputes in 2025?")


@pytest.mark.parametrize("wording", WORDINGS)
def test_the_answer_lists_the_matters_or_quotes_the_statement(wording):
    idx = memory_index([_filing("CONTOSOH_2025_10K", "Contoso Health, Inc.", {2: TOC, 31: POINTER, 88: NOTE}),
                        _filing("NORTHWINDB_2025_10K", "Northwind Beverages Co.", {2: TOC, 30: BLANKET})])
    a = answer_question(wording.format(co="Contoso Health"), idx)
    assert a is not None and a.text.startswith("Yes") and "Rebate Pricing Litigation [1]" in a.text, a and a.text
    assert "approximately $1.2 billion over eight years" in a.text and [c.page for c in a.citations] == [88] * 3, a
    b = answer_question(wording.format(co="Northwind Beverages"), idx)
    assert b is not None and b.text.startswith("No") and "will not have a material adverse effect" in b.text, b
    # a year with no annual report of the company: no answer
    assert answer_question(wording.format(co="Northwind Beverages").replace("2025", "2023"), idx) is None

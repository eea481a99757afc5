"""Who a report's "we" is (answer/prose_voice.py) and its hook in the extractive answerer.

Every opening, sentence and question below is written for these tests (fictional research houses and companies, in
the style of broker notes, advisory memos and industry reviews).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import prose_voice as V
from assistant.types import DocMeta
from one_page import ask_one_page

NOTE = DocMeta(doc_id="dnote", doc="heat_pumps_note_2026", source="/r/heat_pumps_note_2026.pdf",
               title="Heat Pumps in Europe: Installers Wait for Subsidies", doc_type="market report")  # fmt: skip

BROKER_OPENING = """Heat Pumps in Europe: Installers Wait for Subsidies
(Northwind Research, Sector Note)
Date: 3 March 2026
1. Summary
We cut our installation forecasts again. We now expect European heat pump installations of 3.1 million units in
2026, against 3.6 million before this note, after 2.6 million in 2025. Fabrikam Climate, the largest installer,
said in February that it expects its own installations to fall by 5% in 2026.
"""

MEMO_OPENING = """# Cold Chain Logistics in North America

*Research memo, Tailspin Advisors, logistics team. 12 June 2025. Figures are our estimates.*

## Summary

Refrigerated warehouse capacity grew 4% in 2024.
"""

ESTIMATOR_OPENING = """Grid Batteries 2025: Review and Outlook
Executive summary
Larkspur Energy Advisory (LEA) estimates that grid battery capacity worldwide reached 210 GWh at the end of 2024.
Our survey covers 40 markets.
"""

COMPANY_OPENING = """Contoso at a crossroads
Contoso Holdings expects revenue to grow 4% in 2026. We think that is too high.
"""


def test_the_author_is_the_name_beside_the_kind_of_document():
    assert V.author_names(BROKER_OPENING) == ["Northwind Research"]
    assert V.author_names(MEMO_OPENING) == ["Tailspin Advisors"]


def test_a_research_house_estimating_in_the_first_sentence_is_the_author_with_its_initialism():
    assert V.author_names(ESTIMATOR_OPENING) == ["Larkspur Energy Advisory", "LEA"]


def test_a_company_the_report_opens_on_is_not_its_author():
    assert V.author_names(COMPANY_OPENING) == []
    # a name the report quotes after its opening is a source
    assert V.author_names("Review\n" + "Demand grew. " * 120 + "Westwind Research estimates that demand fell.") == []


def test_the_readers_publisher_counts_and_a_build_placeholder_does_not():
    assert V.author_names("Title\nSome text.", publisher="Northwind Research") == ["Northwind Research"]
    assert V.author_names("Title\nSome text.", publisher="mia sample corpus") == []


def test_a_question_naming_the_author_is_answered_by_the_reports_own_voice():
    ex = ask_one_page("What does Northwind Research now expect for European heat pump installations in 2026?",
                      BROKER_OPENING, NOTE)  # fmt: skip
    assert ex.answered
    assert "3.1 million units" in ex.picks[0].candidate.text


def test_a_company_the_report_names_is_not_its_voice():
    # Fabrikam is not the author: the report's "We now expect ..." is not Fabrikam's expectation
    ex = ask_one_page("What does Fabrikam Climate expect for European heat pump installations in 2026?",
                      BROKER_OPENING, NOTE)  # fmt: skip
    assert not ex.answered or "We now expect" not in ex.picks[0].candidate.text

"""A dependence asked of a part ("How dependent was Larkspur Outfitters on its Coastal segment in fiscal 2025?") is read
as the part's share of the company's total revenue (query.rewordings.dependence_share, asked by Answerer.ask when the wording as written was declined), which the share readers compute
from the part's row and the total row of one table, both cited; a dependence on an input (suppliers, financing), of
another measure (operating income, profit) or beside a second ask is left as written. The filer and its pages are fictional (Larkspur
Outfitters), written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.intents import answer_question
from assistant.query.rewordings import dependence_share as canonical
from assistant.types import DocMeta
from finance_filings import memory_index

SEGMENTS = """Fiscal 2025 was the 53 weeks ended January 31, 2025 ("fiscal 2025").
Segment Information
The following table presents revenue by reportable segment:
(Amounts in millions) Fiscal Years Ended January 31,
Revenue by Segment 2025 2024
Coastal $ 6,120 $ 5,480
Mountain 1,840 1,955
Online 1,040 865
Total revenue $ 9,000 $ 8,300
"""

LARKSPUR = DocMeta(doc_id="lark25", doc="LARKSPUR_2025_10K", source="LARKSPUR_2025_10K.pdf",
                   company="Larkspur Outfitters", fiscal_year=2025, period="FY2025", doc_type="10-K")


@pytest.mark.parametrize("asked, read", [
    ("How dependent was Larkspur Outfitters on its Coastal segment in fiscal 2025?",
     "What share of Larkspur Outfitters' total revenue came from its Coastal segment in fiscal 2025?"),
    ("How reliant is Quenby Foods on the Nordic region in 2026? Use its annual report.",
     "What share of Quenby Foods' total revenue came from the Nordic region in 2026? Use its annual report."),
    ("How heavily does Pelham Air depend on its charter business in fiscal 2026?",
     "What share of Pelham Air's total revenue came from its charter business in fiscal 2026?"),
])
def test_a_dependence_on_a_part_is_read_as_its_share_of_total_revenue(asked, read):
    assert canonical(asked) == read


@pytest.mark.parametrize("asked", [
    "How dependent is Quenby Foods on a handful of suppliers in 2026?",
    "How dependent was Pelham Air on debt financing in fiscal 2026?",
    "How reliant is Larkspur Outfitters on third-party manufacturers?",
    "How dependent was Larkspur Outfitters on its Coastal segment in fiscal 2025, by revenue and by operating income?",
    "How much does Quenby Foods' profit depend on its joint ventures in 2026?",
    "How dependent are Quenby Foods' Dairy operations on export customers in 2026?",
    "How dependent was Pelham Air on its charter business in fiscal 2026, and which of its routes grew fastest?",
    "How reliant is Quenby Foods on the Nordic region? Did its sales there grow faster than elsewhere in 2026?",
])
def test_a_dependence_on_an_input_or_of_another_measure_is_left_as_written(asked):
    assert canonical(asked) == asked


def test_a_dependence_is_answered_with_the_parts_share_from_one_table():
    index = memory_index([(LARKSPUR, {4: SEGMENTS})])
    a = answer_question(canonical("How dependent was Larkspur Outfitters on its Coastal segment in fiscal 2025?"), index)
    assert a is not None and not a.refused and a.mode == "calc", a and a.text
    assert "68.0%" in a.text, a.text  # 6,120 / 9,000
    assert "6,120" in a.text and "9,000" in a.text
    assert a.citations and all(c.page == 4 for c in a.citations), a.citations


def test_a_dependence_on_a_part_no_table_holds_is_not_answered_with_a_share():
    index = memory_index([(LARKSPUR, {4: SEGMENTS})])
    a = answer_question(canonical("How dependent was Larkspur Outfitters on its Prairie segment in fiscal 2025?"), index)
    assert a is None or a.refused or "%" not in a.text, a.text


def _answerer():
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM
    from assistant.types import Chunk, Hit
    from one_page import _PagesRetriever

    c = Chunk(chunk_id="lark25:4", doc_id="lark25", doc=LARKSPUR.doc, source=LARKSPUR.source, page=4, page_end=4,
              start=0, end=len(SEGMENTS), text=SEGMENTS, ordinal=4)
    return Answerer(_PagesRetriever([Hit(chunk=c, score=1.0, rank=0, meta=LARKSPUR)]), FakeLLM("I don't know."),
                    Settings(llm="fake"), index=memory_index([(LARKSPUR, {4: SEGMENTS})]))


def test_the_answerer_asks_the_share_when_the_dependence_as_written_is_declined():
    a = _answerer().ask("How dependent was Larkspur Outfitters on its Coastal segment in fiscal 2025?")
    assert not a.refused and a.mode == "calc", a.text
    assert "68.0%" in a.text and "6,120" in a.text and "9,000" in a.text, a.text
    assert a.citations and all(c.page == 4 for c in a.citations), a.citations


def test_the_answerer_keeps_the_decline_when_the_share_is_not_computed():
    a = _answerer().ask("How dependent was Larkspur Outfitters on its Prairie segment in fiscal 2025?")
    assert a.refused or "%" not in a.text, a.text

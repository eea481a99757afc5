"""Session 28 (#10): a filing's sentence that states no year speaks of the filing's own period, so it never answers a
question about a fiscal year later than every fiscal year the filing names with a closing date. Release text written
for these tests (a fictional specialty retailer, Brackenridge Outfitters)."""

from __future__ import annotations

from dataclasses import replace

from assistant.answer.extract import Extraction
from assistant.answer.gates import Scored
from assistant.answer.candidates import Candidate
from assistant.answer.question import read_question
from finance_filings import meta

B = replace(meta("BRACKENRIDGE_2025Q4_EARNINGS", "Brackenridge Outfitters, Inc.", 2025), period="Q4 2025",
            doc_type="earnings release", pages=2)
PAGE1 = """March 12, 2025
Brackenridge Outfitters Reports Fourth Quarter and
Fiscal 2024 Results
Brackenridge Outfitters, Inc. today reported results for the thirteen-week period ("fourth quarter") and
fifty-two-week period ("fiscal year") ended February 1, 2025 compared to the same periods ended February 3, 2024.
"This was a milestone year: we crossed 12 million loyalty members and opened our 400th store."
"""
PAGES = {(B.doc_id, 1): PAGE1, (B.doc_id, 2): "Store count by region"}
SENTENCE = "This was a milestone year: we crossed 12 million loyalty members and opened our 400th store."


def _extraction(question: str) -> Extraction:
    start = PAGE1.index("This was")
    c = Candidate(B.doc_id, B.doc, B.source, 1, start, start + len(SENTENCE), SENTENCE, "sentence", meta=B)
    parts = read_question(question)
    parts = parts if isinstance(parts, list) else [parts]
    return Extraction(question, parts, [Scored(c, 0.9)] * len(parts), [None] * len(parts), [[]] * len(parts))


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def test_a_yearless_sentence_does_not_answer_a_later_fiscal_year():
    ex = _extraction("How many loyalty members did Brackenridge Outfitters have at the end of fiscal 2025 "
                     "(January 31, 2026)?")
    assert ex.after_named_years(page_text)


def test_the_filing_s_own_fiscal_year_is_still_answered():
    ex = _extraction("How many loyalty members did Brackenridge Outfitters have at the end of fiscal 2024?")
    assert not ex.after_named_years(page_text)
    ex = _extraction("How many loyalty members did Brackenridge Outfitters have?")
    assert not ex.after_named_years(page_text)

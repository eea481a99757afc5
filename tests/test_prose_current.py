"""What a current report (8-K) is about (answer/prose_current.py) and the extractive answer quoting each item's
opening sentence (answer/pickers.py hook ``_item_openings``).

Every sentence below is written for these tests (fictional companies: Contoso, Northwind, Fabrikam Trust).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_current as P
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="d8k", doc="CONTOSO_2025_8K_dated-2025-03-04", source="/r/contoso_8k.pdf",
               title="Contoso Form 8-K", company="Contoso", doc_type="8-K", fiscal_year=2025, period="FY2025")  # fmt: skip

PAGE = (
    "Item 8.01 Other Events.\n"
    "On March 3, 2025, Contoso Finance (USA), Inc. (the \u201cFormer Issuer\u201d) and Contoso Packaging, Inc. (the "
    "\u201cSubstitute Issuer\u201d), each a wholly-owned subsidiary of Contoso plc, entered into a supplemental indenture "
    "with Fabrikam Trust Company, N.A., as trustee, governing the Former Issuer\u2019s\n"
    "(a) 4.125% Senior Notes due 2029 and\n"
    "(b) 5.000% Senior Notes due 2032, relating to the substitution of the Substitute Issuer for the Former Issuer. "
    "The foregoing description does not purport to be complete.\n"
    "Item 9.01 Financial Statements and Exhibits.\n"
    "Exhibit No. Description\n"
    "4.1 Supplemental Indenture, dated as of March 3, 2025.\n"
)


def _answer(question: str, page: str = PAGE, meta: DocMeta = META) -> str:
    c = Chunk(chunk_id="d8k:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=2, page_end=2, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=meta)
    ex = X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page)
    return R.render(ex, lambda d, p: page)[0]


def test_questions_about_what_a_filing_is_for_are_recognised():
    for q in ("What was the key agenda of Contoso's 8-K filing dated March 4, 2025?",
              "What is the purpose of this 8-K?", "What did Northwind's current report announce?",
              "What was the main subject of the 8k filing?"):  # fmt: skip
        assert P.asks_filing_subject(q), q
    for q in ("What is the agenda of Contoso's annual meeting?", "What did Contoso announce in March 2025?",
              "What is the purpose of the supplemental indenture?"):  # fmt: skip
        assert not P.asks_filing_subject(q), q


def test_the_opening_sentence_runs_past_list_markers_and_abbreviations():
    (title, start, end), = P.item_openings(PAGE)
    assert title == "Item 8.01 Other Events"
    opening = " ".join(PAGE[start:end].split())
    assert opening.startswith("On March 3, 2025, Contoso Finance (USA), Inc.")
    assert opening.endswith("for the Former Issuer.")
    assert "(b) 5.000% Senior Notes due 2032" in opening


def test_a_title_wrapped_onto_two_lines_and_the_exhibits_item_left_out():
    page = ("Item 5.02. Departure of Directors or Certain Officers; Election of Directors; Compensatory\n"
            "Arrangements of Certain Officers.\n"
            "On May 2, 2025, Northwind, Inc. announced that Jordan Lee will step down as Chief Executive Officer, "
            "effective June 30, 2025. The Board appointed Sam Rivera to succeed him.\n"
            "Item 9.01 Financial Statements and Exhibits.\n99.1 Press release dated May 2, 2025.\n")  # fmt: skip
    found = P.item_openings(page)
    assert [t for t, _, _ in found] == ["Item 5.02 Departure of Directors or Certain Officers; Election of Directors; "
                                         "Compensatory Arrangements of Certain Officers"]  # fmt: skip
    assert page[found[0][1] : found[0][2]].endswith("effective June 30, 2025.")


def test_the_answer_quotes_the_items_opening_under_a_lead_naming_the_item():
    text = _answer("What was the key agenda of Contoso's 8-K filing dated March 4, 2025?")
    lead, quote = text.split("\n")[:2]
    assert lead.startswith("What the current report states under Item 8.01 Other Events, from Contoso's")
    assert "supplemental indenture" in quote and "Senior Notes due 2032" in quote
    assert "Exhibit" not in text


def test_an_annual_report_is_not_read_by_this_rule():
    meta = DocMeta(doc_id="dk", doc="CONTOSO_2025_10K", source="/r/k.pdf", title="Contoso Form 10-K",
                   company="Contoso", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
    text = _answer("What was the key agenda of Contoso's filing?", meta=meta)
    assert "What the current report states" not in text

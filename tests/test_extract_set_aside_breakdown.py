"""#10/#11 a count asked with one kind set aside ("run itself, as opposed to through licensees", "rather than by its
dealers") over a sentence that breaks a total down by kind ("1,210 stores, of which 904 were company-owned and 306
were licensed"): the total counts the set-aside kind and is not the answer, nor is that kind's own figure; the other
kind's figure is. Fictional filers, filings, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer.candidates import page_candidates
from assistant.answer.question import read_question
from assistant.answer.shown import answer_figure
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Answer, Chunk, DocMeta, Hit

FENWICK = DocMeta(doc_id="dfw", doc="fenwick_bakeries_10k_2025", source="/r/fenwick_bakeries_10k_2025.html",
                  company="Fenwick Bakeries", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
FENWICK_PAGE = ("Our cafes\n\nAt the end of fiscal 2025 the Fenwick chain counted 1,210 cafes, of which 904 were "
                "company-owned and 306 were run by 58 licensees under area agreements.\n")
ORRIN = DocMeta(doc_id="dor", doc="orrin_equipment_10k_2025", source="/r/orrin_equipment_10k_2025.html",
                company="Orrin Equipment", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
ORRIN_PAGE = ("Distribution\n\nAt December 31, 2025 we served customers through 642 service points, including 121 "
              "operated by our own branches and 521 operated by independent dealers.\n")


def _figure(question: str, meta: DocMeta, page: str) -> str | None:
    asked = read_question(question)[0]
    cand = next(c for c in page_candidates(page, doc_id=meta.doc_id, meta=meta) if c.kind == "sentence" and "," in c.text)
    return answer_figure(asked, cand)


def test_a_total_whose_breakdown_names_the_set_aside_kind_gives_the_other_kinds_figure():
    got = _figure("How many cafes was Fenwick Bakeries running itself, as opposed to through licensees, at the end of "
                  "fiscal 2025?", FENWICK, FENWICK_PAGE)
    assert got is not None and got.startswith("904"), got
    got = _figure("How many service points did Orrin Equipment operate through its own branches rather than by "
                  "independent dealers at the end of 2025?", ORRIN, ORRIN_PAGE)
    assert got is not None and got.startswith("121"), got
    # nothing set aside: the total leads as before
    got = _figure("How many service points did Orrin Equipment have at the end of 2025?", ORRIN, ORRIN_PAGE)
    assert got is not None and got.startswith("642"), got


def test_the_answer_leads_with_the_kind_not_set_aside():
    c = Chunk(chunk_id="dfw:2", doc_id="dfw", doc=FENWICK.doc, source=FENWICK.source, page=2, page_end=2, start=0,
              end=len(FENWICK_PAGE), text=FENWICK_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("How many cafes was Fenwick Bakeries running itself, as opposed to through licensees, at the end of "
                   "fiscal 2025?", [Hit(chunk=c, score=1.0, rank=0, meta=FENWICK)], HashEmbedder(),
                   page_text=lambda d, p: FENWICK_PAGE, aliases=lambda cand: ("Fenwick Bakeries", "Fenwick"),
                   threshold=0.3)
    text = R.to_answer(ex, Answer(question="q", text="")).text
    assert text.startswith("904"), text

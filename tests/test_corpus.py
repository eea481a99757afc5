"""The sample corpus (corpus/) and its question set (eval/datasets/sample/) are well-formed and agree.

Gold evidence pages are 0-based, as in FinanceBench. PDF pages are read with pypdfium2; the other formats are
one page each, read as text (HTML with its tags removed).
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SAMPLE = ROOT / "eval" / "datasets" / "sample"
PROSE = ROOT / "eval" / "datasets" / "prose"
DOC_SUFFIXES = {".pdf", ".md", ".html", ".txt"}
NOT_DOCUMENTS = {"README.md"}
QUESTION_TYPES = {"metrics-generated", "domain-relevant", "novel-generated", "unanswerable"}
QUESTION_FIELDS = {
    "financebench_id", "company", "doc_name", "question_type", "question_reasoning",
    "question", "answer", "justification", "evidence",
}
EVIDENCE_FIELDS = {"doc_name", "evidence_page_num", "evidence_text", "evidence_text_full_page"}


def _norm(text: str) -> str:
    return " ".join(text.split())


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _corpus_documents() -> dict[str, Path]:
    docs = [p for p in CORPUS.iterdir() if p.suffix in DOC_SUFFIXES and p.name not in NOT_DOCUMENTS]
    return {p.stem: p for p in sorted(docs)}


QUESTIONS = _jsonl(SAMPLE / "questions.jsonl")
PROSE_QUESTIONS = _jsonl(PROSE / "questions.jsonl")
DOCUMENTS = _corpus_documents()
EVIDENCE = [
    pytest.param(q, ev, id=f"{q['financebench_id']}-{i}")
    for q in QUESTIONS + PROSE_QUESTIONS
    for i, ev in enumerate(q["evidence"])
]


def _html_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", markup)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


@cache
def page_texts(stem: str) -> tuple[str, ...]:
    """The whitespace-normalised text of each page of a corpus document (index = 0-based page)."""
    path = DOCUMENTS[stem]
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return tuple(_norm(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))
        finally:
            pdf.close()
    text = path.read_text(encoding="utf-8")
    return (_norm(_html_text(text) if path.suffix == ".html" else text),)


# ---- the corpus --------------------------------------------------------------------------------------


def test_corpus_has_the_promised_formats():
    suffixes = Counter(p.suffix for p in DOCUMENTS.values())
    assert suffixes[".pdf"] >= 3
    assert suffixes[".md"] == 2
    assert suffixes[".html"] == 1
    assert 1 <= suffixes[".txt"] <= 2
    assert len(DOCUMENTS) == 8


def test_corpus_stays_small():
    total = sum(p.stat().st_size for p in CORPUS.iterdir() if p.is_file())
    assert total < 1_000_000, f"corpus/ is {total} bytes"


@pytest.mark.parametrize("stem", sorted(s for s, p in DOCUMENTS.items() if p.suffix == ".pdf"))
def test_pdf_has_three_to_five_pages_with_running_furniture(stem):
    pages = page_texts(stem)
    assert 3 <= len(pages) <= 5
    for n, text in enumerate(pages, 1):
        assert text.startswith("mia sample corpus | "), f"{stem} page {n}: no running header"
        assert text.endswith(f"Page {n} of {len(pages)}"), f"{stem} page {n}: no page-number footer"


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_report_has_author_date_and_a_table_with_unit_line(stem):
    text = " ".join(page_texts(stem))
    assert "Author: mia sample corpus" in text
    assert re.search(r"Date: \d{1,2} [A-Z][a-z]+ 20\d\d", text), f"{stem}: no date line"
    assert re.search(r"Table \d\.", text), f"{stem}: no table caption"
    assert re.search(r"\((?:US\$|KRW|TWh|GB|%)[^)]*\)", text), f"{stem}: no unit line such as (US$ billions)"


@pytest.mark.parametrize("stem", sorted(s for s, p in DOCUMENTS.items() if p.suffix != ".pdf"))
def test_non_pdf_reports_fit_one_page(stem):
    # The reader splits long text files into pseudo-pages; short ones are page 0, as the gold evidence says.
    assert len(page_texts(stem)[0]) < 2_500


@cache
def build_script():
    """corpus/build_pdfs.py, imported as a module (it is a script, not part of the package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("mia_corpus_build_pdfs", CORPUS / "build_pdfs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is created
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("stem", sorted(s for s, p in DOCUMENTS.items() if p.suffix == ".pdf"))
def test_pdfs_match_their_build_script(stem, tmp_path):
    import pypdfium2 as pdfium

    build = build_script()
    [report] = [r for r in build.REPORTS if r.stem == stem]
    target = tmp_path / f"{stem}.pdf"
    build.render(report).output(str(target))
    pdf = pdfium.PdfDocument(str(target))
    try:
        rebuilt = tuple(_norm(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))
    finally:
        pdf.close()
    assert rebuilt == page_texts(stem), f"{stem}.pdf is stale: run corpus/build_pdfs.py"


def test_build_script_covers_every_pdf():
    assert sorted(r.stem for r in build_script().REPORTS) == sorted(
        s for s, p in DOCUMENTS.items() if p.suffix == ".pdf"
    )


def test_sidecar_metadata():
    sidecars = sorted(CORPUS.glob("*.meta.json"))
    assert sidecars, "no sidecar metadata file in corpus/"
    for sidecar in sidecars:
        stem = sidecar.name.removesuffix(".meta.json")
        assert stem in DOCUMENTS, f"{sidecar.name} describes no document"
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        assert {"company", "doc_type", "date"} <= meta.keys()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["date"])


# ---- the question set --------------------------------------------------------------------------------


def test_questions_have_financebench_fields():
    assert len(QUESTIONS) >= 24
    ids = [q["financebench_id"] for q in QUESTIONS]
    assert ids == [f"sample_{i:03d}" for i in range(1, len(QUESTIONS) + 1)]
    for q in QUESTIONS:
        assert set(q) == QUESTION_FIELDS, q["financebench_id"]
        assert q["question_type"] in QUESTION_TYPES, q["financebench_id"]
        assert q["question"].strip().endswith("?"), q["financebench_id"]
        for ev in q["evidence"]:
            assert set(ev) == EVIDENCE_FIELDS, q["financebench_id"]
            assert isinstance(ev["evidence_page_num"], int) and ev["evidence_page_num"] >= 0
            assert ev["evidence_text_full_page"] == ""


def test_prose_questions_have_financebench_fields_and_differ_from_sample():
    assert len(PROSE_QUESTIONS) == 30
    ids = [q["financebench_id"] for q in PROSE_QUESTIONS]
    assert ids == [f"prose_{i:03d}" for i in range(1, len(PROSE_QUESTIONS) + 1)]
    asked = {q["question"].lower() for q in QUESTIONS}
    for q in PROSE_QUESTIONS:
        assert set(q) == QUESTION_FIELDS, q["financebench_id"]
        assert q["question_type"] in QUESTION_TYPES, q["financebench_id"]
        assert q["question"].strip().endswith("?"), q["financebench_id"]
        assert q["question"].lower() not in asked, q["financebench_id"]
        assert q["doc_name"] in DOCUMENTS, q["financebench_id"]
        for ev in q["evidence"]:
            assert set(ev) == EVIDENCE_FIELDS, q["financebench_id"]
            assert ev["doc_name"] in DOCUMENTS, q["financebench_id"]
        empty = q["answer"] == "" and q["evidence"] == []
        assert empty == (q["question_type"] == "unanswerable"), q["financebench_id"]
    assert sum(q["question_type"] == "unanswerable" for q in PROSE_QUESTIONS) >= 5


def test_every_question_names_a_corpus_document():
    for q in QUESTIONS:
        assert q["doc_name"] in DOCUMENTS, f"{q['financebench_id']}: no corpus file for {q['doc_name']}"
        for ev in q["evidence"]:
            assert ev["doc_name"] in DOCUMENTS, f"{q['financebench_id']}: no corpus file for {ev['doc_name']}"


def test_every_document_is_asked_about():
    asked = {q["doc_name"] for q in QUESTIONS if q["evidence"]}
    assert asked == set(DOCUMENTS)


def test_unanswerable_questions():
    unanswerable = [q for q in QUESTIONS if q["question_type"] == "unanswerable"]
    assert len(unanswerable) >= 6
    for q in QUESTIONS:
        empty = q["answer"] == "" and q["evidence"] == []
        assert empty == (q["question_type"] == "unanswerable"), q["financebench_id"]


@pytest.mark.parametrize("question, evidence", EVIDENCE)
def test_evidence_text_is_on_the_stated_page(question, evidence):
    pages = page_texts(evidence["doc_name"])
    page = evidence["evidence_page_num"]
    assert page < len(pages), f"{evidence['doc_name']} has {len(pages)} pages, evidence says page {page}"
    text = _norm(evidence["evidence_text"])
    found_on = [i for i, t in enumerate(pages) if text in t]
    assert page in found_on, f"evidence found on pages {found_on}, not on page {page}: {text!r}"


def test_documents_jsonl_lists_the_corpus():
    rows = _jsonl(SAMPLE / "documents.jsonl")
    assert sorted(r["doc_name"] for r in rows) == sorted(DOCUMENTS)
    for r in rows:
        assert {"doc_name", "company", "doc_type", "doc_period"} <= r.keys()
        assert isinstance(r["doc_period"], int)
        assert DOCUMENTS[r["doc_name"]].suffix == "." + r["format"]


# ---- agreement with mia's reader ---------------------------------------------------------------------


@cache
def reader_pages(stem: str) -> tuple:
    from assistant.documents.readers.base import read_document

    return tuple(read_document(DOCUMENTS[stem])[1])


@pytest.mark.parametrize("question, evidence", EVIDENCE)
def test_reader_keeps_evidence_on_its_page(question, evidence):
    """mia's reader numbers pages the same way (0-based here, 1-based in Page) and keeps the evidence text."""
    pages = reader_pages(evidence["doc_name"])
    index = evidence["evidence_page_num"]
    assert index < len(pages)
    assert pages[index].page == index + 1
    assert _norm(evidence["evidence_text"]) in _norm(pages[index].text)

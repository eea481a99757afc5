"""The second held-out article set (eval/datasets/heldout2/) is well-formed: FinanceBench fields, and every
gold evidence text is on the 0-based page it names, as mia's reader pages the document (PDF pages; pseudo-pages
of Markdown).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from assistant.documents.readers.base import read_document

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "eval" / "datasets" / "heldout2"
QUESTIONS = [json.loads(line) for line in (HELDOUT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
DOCS = {p.stem: p for p in (HELDOUT / "docs").iterdir()}
FIELDS = {"financebench_id", "company", "doc_name", "question_type", "question_reasoning", "question", "answer",
          "justification", "evidence"}


@cache
def pages(stem: str) -> tuple[str, ...]:
    _, read = read_document(DOCS[stem])
    return tuple(" ".join(p.text.split()) for p in read)


def test_questions_are_well_formed():
    assert [q["financebench_id"] for q in QUESTIONS] == [f"heldout2_{i:03d}" for i in range(1, 31)]
    for q in QUESTIONS:
        assert set(q) == FIELDS, q["financebench_id"]
        assert q["question"].strip().endswith("?") and q["doc_name"] in DOCS, q["financebench_id"]
        unanswerable = q["question_type"] == "unanswerable"
        assert unanswerable == (q["answer"] == "" and q["evidence"] == []), q["financebench_id"]
    assert sum(q["question_type"] == "unanswerable" for q in QUESTIONS) == 6
    assert {p.suffix for p in DOCS.values()} == {".pdf", ".md"}


@pytest.mark.parametrize("q", QUESTIONS, ids=lambda q: q["financebench_id"])
def test_evidence_is_on_its_stated_page(q):
    for ev in q["evidence"]:
        text = " ".join(ev["evidence_text"].split())
        assert ev["doc_name"] in DOCS
        assert 0 <= ev["evidence_page_num"] < len(pages(ev["doc_name"]))
        assert text in pages(ev["doc_name"])[ev["evidence_page_num"]], (q["financebench_id"], text)


def test_pdf_matches_its_build_script(tmp_path):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("mia_heldout2_build_pdf", HELDOUT / "build_pdf.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build
    spec.loader.exec_module(build)
    for report in build.REPORTS:
        target = tmp_path / f"{report.stem}.pdf"
        build.build.render(report).output(str(target))
        assert pages_of(target) == pages(report.stem), f"{report.stem}.pdf is stale: run build_pdf.py"


def pages_of(path: Path) -> tuple[str, ...]:
    _, read = read_document(path)
    return tuple(" ".join(p.text.split()) for p in read)

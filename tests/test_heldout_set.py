"""The held-out sets (every eval/datasets/<name>/ with a docs/ folder and a build_pdf.py) are well-formed:
FinanceBench fields, six unanswerable questions each, every gold evidence text on the 0-based page it names as
mia's reader pages the document (PDF pages; pseudo-pages of Markdown), and each PDF as its build script makes it.
A new set is checked by adding its folder; nothing here names it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

import pytest

from assistant.documents.readers.base import read_document

ROOT = Path(__file__).resolve().parents[1]
SETS = tuple(sorted(p.name for p in (ROOT / "eval" / "datasets").iterdir()
                   if (p / "docs").is_dir() and (p / "build_pdf.py").is_file()))
FIELDS = {"financebench_id", "company", "doc_name", "question_type", "question_reasoning", "question", "answer",
          "justification", "evidence"}


def folder(name: str) -> Path:
    return ROOT / "eval" / "datasets" / name


@cache
def questions(name: str) -> tuple[dict, ...]:
    lines = (folder(name) / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@cache
def docs(name: str) -> dict[str, Path]:
    return {p.stem: p for p in (folder(name) / "docs").iterdir()}


def pages_of(path: Path) -> tuple[str, ...]:
    _, read = read_document(path)
    return tuple(" ".join(p.text.split()) for p in read)


@cache
def pages(name: str, stem: str) -> tuple[str, ...]:
    return pages_of(docs(name)[stem])


@pytest.mark.parametrize("name", SETS)
def test_questions_are_well_formed(name):
    qs = questions(name)
    assert [q["financebench_id"] for q in qs] == [f"{name}_{i:03d}" for i in range(1, 31)]
    for q in qs:
        assert set(q) == FIELDS, q["financebench_id"]
        assert q["question"].strip().endswith("?") and q["doc_name"] in docs(name), q["financebench_id"]
        unanswerable = q["question_type"] == "unanswerable"
        assert unanswerable == (q["answer"] == "" and q["evidence"] == []), q["financebench_id"]
    assert sum(q["question_type"] == "unanswerable" for q in qs) == 6
    assert ".pdf" in {p.suffix for p in docs(name).values()}


@pytest.mark.parametrize("name,q", [(name, q) for name in SETS for q in questions(name)],
                         ids=lambda v: v["financebench_id"] if isinstance(v, dict) else v)
def test_evidence_is_on_its_stated_page(name, q):
    for ev in q["evidence"]:
        text = " ".join(ev["evidence_text"].split())
        assert ev["doc_name"] in docs(name)
        assert 0 <= ev["evidence_page_num"] < len(pages(name, ev["doc_name"]))
        assert text in pages(name, ev["doc_name"])[ev["evidence_page_num"]], (q["financebench_id"], text)


@pytest.mark.parametrize("name", SETS)
def test_pdf_matches_its_build_script(name, tmp_path):
    spec = importlib.util.spec_from_file_location(f"mia_{name}_build_pdf", folder(name) / "build_pdf.py")
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build
    spec.loader.exec_module(build)
    for report in build.REPORTS:
        target = tmp_path / f"{report.stem}.pdf"
        build.build.render(report).output(str(target))
        assert pages_of(target) == pages(name, report.stem), f"{report.stem}.pdf is stale: run {name}/build_pdf.py"

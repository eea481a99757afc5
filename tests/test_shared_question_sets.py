"""Sets of new questions over the shared real filings (every eval/datasets/<name>/ with no documents of its own
whose questions name no file of corpus/) are well-formed: FinanceBench fields, ids <name>_001.., each doc_name a
filing of ../shared/financebench with its company as documents.jsonl spells it, unanswerable questions marked as
such, every gold evidence text on the 0-based page it names as mia's reader pages the filing, and no question
that the dev set already asks of the same filing. A new set is checked by adding its folder; nothing here names it.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from assistant.documents.readers.base import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "financebench"
FIELDS = {"financebench_id", "company", "doc_name", "question_type", "question_reasoning", "question", "answer",
          "justification", "evidence"}
CORPUS_STEMS = {p.name.split(".")[0] for p in (ROOT / "corpus").iterdir()}


def _rows(path: Path) -> tuple[dict, ...]:
    return tuple(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _is_shared_set(folder: Path) -> bool:
    if any((folder / d).is_dir() for d in ("docs", "pdfs")) or not (folder / "questions.jsonl").is_file():
        return False
    return not any(q.get("doc_name") in CORPUS_STEMS for q in _rows(folder / "questions.jsonl"))


SETS = tuple(sorted(p.name for p in (ROOT / "eval" / "datasets").iterdir() if p.is_dir() and _is_shared_set(p)))
needs_shared = pytest.mark.skipif(not (SHARED / "pdfs").is_dir(),
                                  reason=f"{SHARED} is absent: the shared filings these sets ask about")


@cache
def questions(name: str) -> tuple[dict, ...]:
    return _rows(ROOT / "eval" / "datasets" / name / "questions.jsonl")


@cache
def documents() -> dict[str, dict]:
    return {d["doc_name"]: d for d in _rows(SHARED / "documents.jsonl")}


@cache
def pages(doc_name: str) -> tuple[str, ...]:
    _, read = read_document(SHARED / "pdfs" / f"{doc_name}.pdf")
    return tuple(" ".join(p.text.split()) for p in read)


def test_a_folder_of_corpus_questions_is_not_a_shared_set(tmp_path: Path):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "questions.jsonl").write_text(json.dumps({"doc_name": sorted(CORPUS_STEMS - {"README"})[0]}) + "\n")
    assert not _is_shared_set(mine)
    (mine / "questions.jsonl").write_text(json.dumps({"doc_name": "CONTOSO_2024_10K"}) + "\n")
    assert _is_shared_set(mine)
    (mine / "docs").mkdir()
    assert not _is_shared_set(mine)


@pytest.mark.parametrize("name", SETS)
def test_questions_are_well_formed(name):
    qs = questions(name)
    assert [q["financebench_id"] for q in qs] == [f"{name}_{i:03d}" for i in range(1, len(qs) + 1)]
    assert len(qs) >= 20, f"{name}: {len(qs)} questions"
    for q in qs:
        assert set(q) == FIELDS, q["financebench_id"]
        assert q["question"].strip(), q["financebench_id"]  # FinanceBench's may end with an instruction
        unanswerable = q["question_type"] == "unanswerable"
        assert unanswerable == (q["answer"] == "" and q["evidence"] == []), q["financebench_id"]
    assert sum(q["question_type"] == "unanswerable" for q in qs) >= 1


@needs_shared
@pytest.mark.parametrize("name", SETS)
def test_each_filing_and_company_is_a_shared_one(name):
    for q in questions(name):
        doc = documents().get(q["doc_name"])
        assert doc is not None, f"{q['financebench_id']}: {q['doc_name']} is not a shared filing"
        assert q["company"] == doc["company"], q["financebench_id"]


@needs_shared
@pytest.mark.parametrize("name", SETS)
def test_gold_evidence_is_on_the_page_it_names(name):
    for q in questions(name):
        for ev in q["evidence"]:
            text = pages(ev["doc_name"])
            n = ev["evidence_page_num"]
            assert 0 <= n < len(text), f"{q['financebench_id']}: page {n} of {len(text)}"
            assert " ".join(ev["evidence_text"].split()) in text[n], f"{q['financebench_id']}: not on page {n}"


@needs_shared
@pytest.mark.parametrize("name", SETS)
def test_no_question_repeats_a_dev_question(name):
    dev = {(q["doc_name"], " ".join(q["question"].lower().split())) for q in _rows(SHARED / "questions.jsonl")}
    for q in questions(name):
        assert (q["doc_name"], " ".join(q["question"].lower().split())) not in dev, q["financebench_id"]

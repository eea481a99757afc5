"""``run_suite``: ask every question of a FinanceBench-format suite, grade mia and the baselines, write a report.

A suite folder holds ``questions.jsonl`` (FinanceBench fields: ``financebench_id``, ``question``, ``answer``,
``question_type``, ``question_reasoning``, ``doc_name``, ``evidence`` with 0-based ``evidence_page_num``) and
the documents in ``pdfs/`` (or ``docs/``). The ``sample`` suite reads ``eval/datasets/sample/questions.jsonl``
over ``corpus/``. A question whose ``answer`` is empty or whose ``answerable`` is false should be refused.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import baselines as bl
from .aggregate import summarise
from .effort import EffortCase, EffortParams, ManualTask, MiaTask, manual_minutes, mia_minutes, sensitivity
from .keyword import PageBM25, evidence_rank
from .metrics import Ranked, gold_pages, grade_answer, score_citations, score_retrieval
from .pages import PageText, list_documents, load_pages, pdfium_pages

ROOT = Path(__file__).resolve().parents[2]
FINANCEBENCH_DIR = ROOT.parent / "shared" / "financebench"
SAMPLE_QUESTIONS = ROOT / "eval" / "datasets" / "sample" / "questions.jsonl"
ALL_BASELINES = ("naive", "closed_book", "bm25")
K = 10


@dataclass(frozen=True)
class Suite:
    name: str
    questions: Path
    docs: Path

    @classmethod
    def resolve(cls, suite: str, data: Path | None) -> "Suite":
        if suite == "sample" and data is None:
            return cls("sample", SAMPLE_QUESTIONS, ROOT / "corpus")
        if suite not in ("financebench", "sample"):
            raise ValueError(f"unknown suite {suite!r}: use financebench or sample")
        folder = Path(data) if data is not None else FINANCEBENCH_DIR
        questions = folder / "questions.jsonl"
        if not questions.is_file():
            raise FileNotFoundError(f"{questions}: no questions.jsonl in the suite folder")
        docs = next((folder / d for d in ("pdfs", "docs") if (folder / d).is_dir()), ROOT / "corpus" if suite == "sample" else None)
        if docs is None:
            raise FileNotFoundError(f"{folder}: no pdfs/ or docs/ folder with the suite's documents")
        return cls(suite, questions, docs)


def load_questions(path: Path, limit: int | None = None) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise ValueError(f"{path}: line {n} is not JSON ({e})") from None
        if not row.get("question"):
            raise ValueError(f"{path}: line {n} has no question")
        rows.append(row)
    return rows[:limit] if limit else rows


def _progress(items: Sequence, enabled: bool, desc: str):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="q")


def run_suite(
    suite: str,
    *,
    data: Path | None,
    index: str | None,
    limit: int | None,
    out: Path,
    assistant_factory: Callable[[str], Any],
    progress: bool = True,
    baselines: Sequence[str] = ALL_BASELINES,
    effort_params: EffortParams | None = None,
) -> dict:
    """Run ``suite`` and write ``results.json``, ``report.md`` and charts into ``out``; returns the results.

    ``assistant_factory(index_name)`` returns an ``Assistant`` for that index (created when missing); the
    suite's documents are ingested into it (unchanged files cost nothing, so the index is reused).
    """
    from .report import write_report

    spec = Suite.resolve(suite, data)
    questions = load_questions(spec.questions, limit)
    index_name = index or f"eval-{spec.name}"
    assistant = assistant_factory(index_name)
    settings = assistant.settings
    t0 = time.perf_counter()
    assistant.ingest([spec.docs], progress=progress)
    ingest_s = time.perf_counter() - t0

    cache_root = Path(settings.index_root) / "_eval_cache"
    paths = list_documents(spec.docs)
    t0 = time.perf_counter()
    # The tutorial baseline must see pypdf's text; without it, PDFium's text serves the keyword search and
    # the effort model and costs seconds instead of minutes.
    if "naive" in baselines:
        pages = load_pages(paths, cache_root / "pages")
    else:
        pages = load_pages(paths, cache_root / "pages-pdfium", parse=pdfium_pages)
    pages_s = time.perf_counter() - t0
    keyword = PageBM25([p for doc in pages.values() for p in doc]) if "bm25" in baselines else None
    naive = bl.naive_rag(pages, paths, settings, cache_root) if "naive" in baselines else None
    llm = assistant.llm if ("naive" in baselines or "closed_book" in baselines) else None
    params = effort_params or EffortParams()

    records = []
    for q in _progress(questions, progress, f"eval {spec.name}"):
        records.append(_evaluate_one(q, assistant, pages, keyword, naive, llm, settings, params, baselines))

    cases = [_effort_case(r) for r in records if r.get("effort")]
    results = {
        "suite": spec.name,
        "questions_file": str(spec.questions),
        "docs": str(spec.docs),
        "index": index_name,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "settings": {k: str(v) for k, v in settings.model_dump().items() if k not in ("api_key",)},
        "baselines": list(baselines),
        "setup_seconds": {"ingest": ingest_s, "baseline_pages": pages_s,
                          "baseline_index_build": naive.build_seconds if naive else 0.0},
        "summary": summarise(records, list(baselines)),
        "effort_sensitivity": sensitivity(cases, params),
        "effort_params": {k: v for k, v in vars(params).items()},
        "questions": records,
    }
    write_report(results, Path(out))
    return results


def _answerable(q: dict) -> bool:
    return bool(str(q.get("answer") or "").strip()) and q.get("answerable", True) is not False


def _hits_ranked(hits: Sequence[Any]) -> list[Ranked]:
    return [Ranked(h.chunk.doc, h.chunk.page, h.chunk.page_end) for h in hits]


def _evaluate_one(q, assistant, pages, keyword, naive, llm, settings, params, systems) -> dict:
    question = q["question"]
    gold_text = str(q.get("answer") or "") if _answerable(q) else ""
    gold = gold_pages(q.get("evidence") or [])
    record: dict = {
        "id": q.get("financebench_id") or q.get("id"),
        "question": question,
        "question_type": q.get("question_type"),
        "question_reasoning": q.get("question_reasoning"),
        "doc_name": q.get("doc_name"),
        "gold": gold_text,
        "answerable": bool(gold_text),
        "evidence": [{"doc": d, "page": p} for d, p in sorted(gold)],
    }

    start = time.perf_counter()
    answer = assistant.ask(question)
    latency_ms = (time.perf_counter() - start) * 1000
    hits = assistant.hits(question, k=K)
    # A fallback answer says the draft could not be checked and quotes passages instead: it asserts no answer,
    # so it is graded as an abstention (refused). Whether its quotes hold the gold figure is kept separately.
    abstained = answer.refused or answer.mode == "fallback"
    outcome = grade_answer(gold_text, answer.text, abstained, question)
    quotes_hold_gold = (
        answer.mode == "fallback" and grade_answer(gold_text, answer.text, False, question).label == "correct"
    )
    cites = score_citations(answer.text, answer.citations, gold) if not answer.refused else score_citations("", [], gold)
    verified = bool(answer.verification.supported)
    record["mia"] = {
        "answer": answer.text,
        "refused": answer.refused,
        "mode": answer.mode,
        "citations": [c.to_dict() for c in answer.citations],
        "latency_ms": latency_ms,
        "timings_ms": {k: float(v) for k, v in answer.timings_ms.items()},
        "outcome": outcome.label,
        "rule": outcome.rule,
        "slip": outcome.slip,
        "detail": outcome.detail,
        "retrieval": score_retrieval(_hits_ranked(hits), gold).to_dict(),
        "top_hits": [{"doc": h.chunk.doc, "page": h.chunk.page, "page_end": h.chunk.page_end,
                      "score": float(h.score)} for h in hits],
        "citations_score": cites.to_dict(),
        "unsupported_numbers": [] if answer.refused else list(answer.verification.unsupported_numbers),
        "verified": verified,
        "silent_error": outcome.label == "incorrect" and verified and not answer.refused,
        "fallback_quotes_hold_gold": quotes_hold_gold,
    }

    record["baselines"] = {}
    if "naive" in systems and naive is not None:
        start = time.perf_counter()
        docs = naive.retrieve(question, k=K)
        text = naive.answer(question, docs, llm, settings.max_tokens)
        refused = bl.looks_refused(text)
        o = grade_answer(gold_text, text, refused, question)
        record["baselines"]["naive"] = {
            "answer": text, "refused": refused, "outcome": o.label, "slip": o.slip, "detail": o.detail,
            "latency_ms": (time.perf_counter() - start) * 1000,
            "retrieval": score_retrieval(bl.ranked(docs), gold).to_dict(),
            "top_hits": [{"doc": r.doc, "page": r.page} for r in bl.ranked(docs)],
        }
    if "closed_book" in systems and llm is not None:
        start = time.perf_counter()
        text = bl.closed_book(question, llm, settings.max_tokens)
        refused = bl.looks_refused(text)
        o = grade_answer(gold_text, text, refused, question)
        record["baselines"]["closed_book"] = {
            "answer": text, "refused": refused, "outcome": o.label, "slip": o.slip, "detail": o.detail,
            "latency_ms": (time.perf_counter() - start) * 1000,
        }
    if "bm25" in systems and keyword is not None:
        found = keyword.search(question, K)
        record["baselines"]["bm25"] = {
            "retrieval": score_retrieval(found, gold).to_dict(),
            "top_hits": [{"doc": r.doc, "page": r.page} for r in found],
        }

    record["effort"] = _effort(record, q, pages, gold, answer, latency_ms, cites, params)
    return record


def _evidence_doc(q: dict, gold: set[tuple[str, int]], pages: dict[str, list[PageText]]) -> tuple[str, list[PageText]] | None:
    by_lower = {k.lower(): k for k in pages}
    wanted = [str(q.get("doc_name") or "").lower()] + sorted(d for d, _ in gold)
    for d in wanted:
        if d in by_lower:
            return by_lower[d], pages[by_lower[d]]
    return None


def _effort(record, q, pages, gold, answer, latency_ms, cites, params) -> dict | None:
    """Minutes with and without mia for one answerable question with evidence pages."""
    if not record["answerable"] or not gold:
        return None
    found = _evidence_doc(q, gold, pages)
    if found is None:
        return None
    doc, doc_pages = found
    doc_gold = {p for d, p in gold if d == doc.lower()}
    manual = ManualTask(
        question_type=q.get("question_type"),
        reasoning=q.get("question_reasoning"),
        evidence_rank=evidence_rank(doc_pages, q["question"], doc_gold),
        evidence_pages=max(len(doc_gold), 1),
    )
    mia = _mia_task(record, answer, latency_ms, cites)
    without = manual_minutes(manual, params)
    with_ = mia_minutes(mia, without["total"], params)
    return {"evidence_rank": manual.evidence_rank, "without": without, "with": with_,
            "manual": vars(manual), "mia_task": vars(mia)}


def _mia_task(record: dict, answer: Any, latency_ms: float, cites: Any) -> MiaTask:
    words = len(answer.text.split()) + sum(len(c.quote.split()) for c in answer.citations)
    return MiaTask(
        latency_s=latency_ms / 1000,
        answer_words=words,
        cited_pages=len({(c.doc, c.page) for c in answer.citations}),
        outcome=record["mia"]["outcome"],
        evidence_cited=bool(cites.gold_hit_near),
    )


def _effort_case(record: dict) -> EffortCase:
    e = record["effort"]
    return EffortCase(record.get("question_type"), ManualTask(**e["manual"]), MiaTask(**e["mia_task"]))

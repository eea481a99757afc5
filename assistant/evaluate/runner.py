"""``run_suite``: ask every question of a FinanceBench-format suite, grade mia and the baselines, write a report.

A suite folder holds ``questions.jsonl`` (FinanceBench fields: ``financebench_id``, ``question``, ``answer``,
``question_type``, ``question_reasoning``, ``doc_name``, ``evidence`` with 0-based ``evidence_page_num``) and
the documents in ``pdfs/`` (or ``docs/``). The ``sample`` suite reads ``eval/datasets/sample/questions.jsonl``
over ``corpus/``. A question whose ``answer`` is empty or whose ``answerable`` is false should be refused.

Every metric is reported overall and per cross-validation fold (:mod:`.folds`: companies hashed into K
folds); each run appends one row per fold and one for all folds to ``eval/reports/history.csv``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import baselines as bl
from . import folds as fl
from . import history as hist
from .aggregate import summarise
from .effort import EffortCase, EffortParams, ManualTask, MiaTask, manual_minutes, mia_minutes, sensitivity
from .keyword import PageBM25, evidence_rank
from .metrics import Ranked, gold_pages, grade_answer, grade_lenient, is_relevant, score_citations, score_retrieval
from .pages import PageText, list_documents, load_pages, pdfium_pages

ROOT = Path(__file__).resolve().parents[2]
FINANCEBENCH_DIR = ROOT.parent / "shared" / "financebench"
SAMPLE_QUESTIONS = ROOT / "eval" / "datasets" / "sample" / "questions.jsonl"
HISTORY_FILE = Path("eval") / "reports" / "history.csv"  # relative to the working directory, like --out
ALL_BASELINES = ("naive", "closed_book", "bm25")
K = 10


class SuiteError(ValueError):
    """A bad suite, data folder or question filter; ``str()`` is one line naming the file or option."""


@dataclass(frozen=True)
class Suite:
    name: str
    questions: Path
    docs: Path
    index: str = ""  # the default index name; empty: ``eval-<name>``

    @classmethod
    def resolve(cls, suite: str, data: Path | None, shared: Path = FINANCEBENCH_DIR) -> "Suite":
        """A FinanceBench-format folder of new questions over the shared filings (questions.jsonl whose
        ``doc_name`` are stems in ``shared/pdfs``) needs no documents of its own: without ``pdfs/`` or ``docs/``
        the financebench suite reads the shared filings and their index (``eval-financebench``)."""
        if suite == "sample" and data is None:
            return cls("sample", SAMPLE_QUESTIONS, ROOT / "corpus", "eval-sample")
        if suite not in ("financebench", "sample"):
            raise ValueError(f"unknown suite {suite!r}: use financebench or sample")
        folder = Path(data) if data is not None else FINANCEBENCH_DIR
        questions = folder / "questions.jsonl"
        if not questions.is_file():
            raise FileNotFoundError(f"{questions}: no questions.jsonl in the suite folder")
        fallback = ROOT / "corpus" if suite == "sample" else shared / "pdfs"
        docs = next((folder / d for d in ("pdfs", "docs") if (folder / d).is_dir()), fallback)
        if not docs.is_dir():
            raise FileNotFoundError(f"{folder}: no pdfs/ or docs/ folder with the suite's documents, and no {docs}")
        return cls(suite, questions, docs, _default_index(suite, docs, shared))


def _default_index(suite: str, docs: Path, shared: Path = FINANCEBENCH_DIR) -> str:
    """``eval-<suite>`` for the suite's own documents (``corpus/`` for sample, the FinanceBench folder's
    ``pdfs/``); a suite folder with documents of its own gets ``eval-<suite>-<folder>``, so that two
    suites with different documents never share (and mix) one index."""
    own = ROOT / "corpus" if suite == "sample" else shared / "pdfs"
    if docs.resolve() == own.resolve():
        return f"eval-{suite}"
    slug = "".join(c if c.isalnum() or c in "-_" else "-" for c in docs.resolve().parent.name.lower()) or "data"
    return f"eval-{suite}-{slug}"


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
    split: int = 2,
    companies: Sequence[str] | None = None,
    fold: int | None = None,
    tag: str = "",
    history: Path | None = None,
    append_history: bool = True,
) -> dict:
    """Run ``suite`` and write ``results.json``, ``report.md`` and charts into ``out``; returns the results.

    ``assistant_factory(index_name)`` returns an ``Assistant`` for that index (created when missing); the
    suite's documents are ingested into it (unchanged files cost nothing, so the index is reused).
    ``split`` K folds by company (:mod:`.folds`); ``companies`` and ``fold`` keep only those questions (then
    ``limit``). ``history`` (a CSV path, None for none) gets one row per fold and one for all, named ``tag``; with
    ``append_history`` False the file is only read, so the report still draws the runs already in it.
    """
    if split < 1:
        raise SuiteError(f"--split {split}: the number of folds must be at least 1")
    try:
        spec = Suite.resolve(suite, data)
        questions = fl.select(load_questions(spec.questions), companies=companies, fold=fold, k=split,
                              source=str(spec.questions))
    except (ValueError, FileNotFoundError) as exc:
        raise SuiteError(str(exc)) from None
    questions = questions[:limit] if limit else questions
    if not questions:
        raise SuiteError(f"{spec.questions}: no questions left to run after the filters")
    index_name = index or spec.index or f"eval-{spec.name}"
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
        record = _evaluate_one(q, assistant, pages, keyword, naive, llm, settings, params, baselines)
        record["company"] = fl.company_of(q)
        record["fold"] = fl.fold_of(record["company"], split)
        records.append(record)

    results = {
        "suite": spec.name,
        "tag": tag,
        "commit": hist.git_commit(ROOT),
        "scope": _scope(companies, fold, limit),
        "set": spec.questions.parent.name,
        "questions_file": str(spec.questions),
        "docs": str(spec.docs),
        "index": index_name,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "settings": {k: str(v) for k, v in settings.model_dump().items() if k not in ("api_key",)},
        "baselines": list(baselines),
        "setup_seconds": {"ingest": ingest_s, "baseline_pages": pages_s,
                          "baseline_index_build": naive.build_seconds if naive else 0.0},
        **summaries(records, baselines, params, split),
        "questions": records,
    }
    return finish(results, history, out, append=append_history)


def summaries(records: Sequence[dict], baselines: Sequence[str], params: EffortParams, split: int) -> dict:
    """Every summary of a run: overall/per type/per mode, the same per fold, and the effort sensitivity."""
    cases = [_effort_case(r) for r in records if r.get("effort")]
    fold_ids = sorted({r["fold"] for r in records})
    return {
        "summary": summarise(records, list(baselines)),
        "folds": {
            "k": split,
            "rule": fl.RULE.replace("K", str(split)),
            "companies": {c: fl.fold_of(c, split) for c in sorted({r["company"] for r in records}, key=str.lower)},
            "summary": {str(f): summarise([r for r in records if r["fold"] == f], list(baselines))
                        for f in fold_ids},
            "effort_sensitivity": {str(f): sensitivity([_effort_case(r) for r in records
                                                        if r.get("effort") and r["fold"] == f], params)
                                   for f in fold_ids},
        },
        "effort_sensitivity": sensitivity(cases, params),
        "effort_params": {k: v for k, v in vars(params).items()},
    }


def finish(results: dict, history: Path | None, out: Path, append: bool = True) -> dict:
    """Add the headline (the history rows), append them to ``history`` (unless ``append`` is False: a run kept
    out of the history still reports the runs already in it) and write the report into ``out``."""
    from .report import write_report

    rows = hist.rows_for(results)
    results["headline"] = {r["fold"]: {k: v for k, v in r.items() if k not in ("date", "commit", "tag", "suite")}
                           for r in rows}
    if history is not None:
        if append:
            hist.append_rows(Path(history), rows)
        results["history_file"] = str(history)
    write_report(results, Path(out))
    return results


def _scope(companies: Sequence[str] | None, fold: int | None, limit: int | None) -> str:
    """Which part of the suite ran ("" for all of it), so a history row of a subset is not read as a full run."""
    parts = []
    if companies:
        parts.append("companies=" + "+".join(sorted(c.strip() for c in companies if c.strip())))
    if fold is not None:
        parts.append(f"fold={fold}")
    if limit:
        parts.append(f"limit={limit}")
    return " ".join(parts)


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
    cites = score_citations(answer.text, answer.citations, gold) if not answer.refused else score_citations("", [], gold)
    verified = bool(answer.verification.supported)
    record["mia"] = {
        "answer": answer.text,
        "refused": answer.refused,
        "mode": answer.mode,
        "citations": [c.to_dict() for c in answer.citations],
        "latency_ms": latency_ms,
        "timings_ms": {k: float(v) for k, v in answer.timings_ms.items()},
        **grades(gold_text, answer.text, answer.refused, answer.mode, verified, question),
        "retrieval": score_retrieval(_hits_ranked(hits), gold).to_dict(),
        "top_hits": [{"doc": h.chunk.doc, "page": h.chunk.page, "page_end": h.chunk.page_end,
                      "score": float(h.score)} for h in hits],
        "citations_score": cites.to_dict(),
        "unsupported_numbers": [] if answer.refused else list(answer.verification.unsupported_numbers),
        "verified": verified,
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
            "flag": o.flag, "lenient": grade_lenient(gold_text, text, refused, question).to_dict(),
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
            "flag": o.flag, "lenient": grade_lenient(gold_text, text, refused, question).to_dict(),
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


def grades(gold: str, text: str, refused: bool, mode: str, verified: bool, question: str) -> dict:
    """mia's grade fields for one answer: the strict outcome, the lenient one, and what they imply.

    A fallback answer says the draft could not be checked and quotes passages instead: it asserts no answer,
    so it is graded as an abstention (refused). Whether its quotes hold the gold figure is kept separately
    (by the lenient rule: quotes hold many figures, any of them may match)."""
    abstained = refused or mode == "fallback"
    outcome = grade_answer(gold, text, abstained, question)
    return {
        "outcome": outcome.label,
        "rule": outcome.rule,
        "slip": outcome.slip,
        "detail": outcome.detail,
        "flag": outcome.flag,
        "lenient": grade_lenient(gold, text, abstained, question).to_dict(),
        "silent_error": outcome.label == "incorrect" and verified and not refused,
        "shown_wrong": outcome.label == "incorrect" and not abstained,
        "fallback_quotes_hold_gold": mode == "fallback" and grade_lenient(gold, text, False, question).label == "correct",
    }


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
    mia = _mia_task(record, answer, latency_ms, cites, gold)
    return effort_record(manual, mia, record["mia"]["lenient"]["outcome"], params)


def effort_record(manual: ManualTask, mia: MiaTask, lenient_outcome: str, params: EffortParams) -> dict:
    """Minutes without mia, with it (pointer credit), without pointer credit, and under the original model."""
    without = manual_minutes(manual, params)
    original = replace(mia, outcome=lenient_outcome)
    return {"evidence_rank": manual.evidence_rank, "without": without,
            "with": mia_minutes(mia, without, replace(params, pointer_credit=True)),
            "with_no_credit": mia_minutes(mia, without, replace(params, pointer_credit=False)),
            # the model before issue 16: lenient grade, no pointer credit (kept so old figures stay comparable)
            "with_original": mia_minutes(original, without, replace(params, pointer_credit=False)),
            "manual": vars(manual), "mia_task": vars(mia)}


def evidence_position(citations: Sequence[Any], gold: set[tuple[str, int]]) -> int | None:
    """1-based position, among the distinct cited pages in citation order, of the first one on or next to
    (±1) an evidence page; None when no citation is."""
    pages: list[tuple[str, int, int | None]] = []
    for c in sorted(citations, key=lambda c: c.n):
        key = (c.doc, c.page, getattr(c, "page_end", None))
        if key not in pages:
            pages.append(key)
    for i, (doc, page, end) in enumerate(pages, 1):
        if is_relevant(Ranked(doc, page, end), gold, 1):
            return i
    return None


def _mia_task(record: dict, answer: Any, latency_ms: float, cites: Any, gold: set[tuple[str, int]]) -> MiaTask:
    words = len(answer.text.split()) + sum(len(c.quote.split()) for c in answer.citations)
    return MiaTask(
        latency_s=latency_ms / 1000,
        answer_words=words,
        cited_pages=len({(c.doc, c.page) for c in answer.citations}),
        outcome=record["mia"]["outcome"],
        evidence_cited=bool(cites.gold_hit_near),
        evidence_position=evidence_position(answer.citations, gold),
    )


def _effort_case(record: dict) -> EffortCase:
    e = record["effort"]
    return EffortCase(record.get("question_type"), ManualTask(**e["manual"]), MiaTask(**e["mia_task"]))

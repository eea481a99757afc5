"""Ingest benchmark: mia's ingest vs the LangChain tutorial pipeline on the same PDFs, in one run.

    .venv/bin/python eval/bench_ingest.py                 # all FinanceBench filings (../shared/financebench/pdfs)
    .venv/bin/python eval/bench_ingest.py --limit 5       # the first five

Prints pages/s for both and their ratio, evidence-page Hit@5 of both indexes on the questions whose filings
are included, and mia's p50 search latency. Targets: mia >= 4x the baseline's pages/s, Hit@5 >= the
baseline's, search p50 <= 20 ms on the full index. Both sides build from scratch (no caches) with the same
bundled MiniLM; the tutorial pipeline runs as the tutorial writes it, in one process.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.evaluate import baselines as bl  # noqa: E402
from assistant.evaluate.metrics import gold_pages, percentile, score_retrieval  # noqa: E402
from assistant.evaluate.pages import load_pages  # noqa: E402
from assistant.evaluate.runner import load_questions  # noqa: E402

DEFAULT_PDFS = ROOT / ".." / "shared" / "financebench" / "pdfs"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="?", type=Path, default=DEFAULT_PDFS, help="folder of PDFs")
    ap.add_argument("--limit", type=int, default=None, help="only the first N PDFs (sorted by name)")
    ap.add_argument("--questions", type=Path, default=None, help="questions.jsonl (default: next to the folder)")
    ap.add_argument("--embedder", default="minilm", choices=["minilm", "hash"], help="embedder for both sides")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    return ap.parse_args(argv)


def bench_mia(pdfs: list[Path], index_dir: Path, embedder: str):
    from assistant.api import Assistant
    from assistant.config import load_settings

    assistant = Assistant(load_settings(index=str(index_dir), embedder=embedder))
    start = time.perf_counter()
    report = assistant.ingest(pdfs, progress=False)
    seconds = time.perf_counter() - start
    if report.skipped:
        print(f"mia skipped {len(report.skipped)} files: {report.skipped[:3]}", file=sys.stderr)
    return assistant, report.pages, seconds


def bench_tutorial(pdfs: list[Path], settings):
    start = time.perf_counter()
    pages = load_pages(pdfs, cache_dir=None, workers=1)
    rag = bl.NaiveRAG.build(pages, bl.langchain_embeddings(settings))
    return rag, sum(len(p) for p in pages.values()), time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    folder = args.pdfs.resolve()
    pdfs = sorted(folder.glob("*.pdf"))[: args.limit]
    if not pdfs:
        print(f"{folder}: no PDFs found", file=sys.stderr)
        return 2
    qfile = args.questions or folder.parent / "questions.jsonl"
    stems = {p.stem.lower() for p in pdfs}
    questions = [q for q in load_questions(qfile) if str(q.get("doc_name", "")).lower() in stems] if qfile.is_file() else []
    print(f"{len(pdfs)} PDFs from {folder}; {len(questions)} questions on them")

    with tempfile.TemporaryDirectory(prefix="mia-bench-") as tmp:
        assistant, mia_pages, mia_s = bench_mia(pdfs, Path(tmp) / "mia", args.embedder)
        print(f"mia:      {mia_pages} pages in {mia_s:.1f} s = {mia_pages / mia_s:.1f} pages/s")
        rag, bl_pages, bl_s = bench_tutorial(pdfs, assistant.settings)
        print(f"tutorial: {bl_pages} pages in {bl_s:.1f} s = {bl_pages / bl_s:.1f} pages/s ({rag.chunks} chunks)")
        ratio = (mia_pages / mia_s) / (bl_pages / bl_s)

        mia_hit, bl_hit, latencies = [], [], []
        if questions:
            assistant.hits(questions[0]["question"], k=5)  # warm-up: loads the model and the index
        for q in questions:
            gold = gold_pages(q.get("evidence") or [])
            start = time.perf_counter()
            hits = assistant.hits(q["question"], k=5)
            latencies.append((time.perf_counter() - start) * 1000)
            ranked = [bl.Ranked(h.chunk.doc, h.chunk.page, h.chunk.page_end) for h in hits]
            mia_hit.append(score_retrieval(ranked, gold).hit(5))
            bl_hit.append(score_retrieval(bl.ranked(rag.retrieve(q["question"], k=5)), gold).hit(5))

    figures = {
        "pdfs": len(pdfs),
        "mia_pages_per_s": mia_pages / mia_s,
        "tutorial_pages_per_s": bl_pages / bl_s,
        "speed_ratio": ratio,
        "questions": len(questions),
        "mia_hit@5": sum(mia_hit) / len(mia_hit) if mia_hit else None,
        "tutorial_hit@5": sum(bl_hit) / len(bl_hit) if bl_hit else None,
        "mia_search_p50_ms": percentile(latencies, 50),
    }
    print(f"speed ratio: {ratio:.2f}x (target >= 4x)")
    if questions:
        print(f"evidence-page Hit@5: mia {figures['mia_hit@5']:.3f}, tutorial {figures['tutorial_hit@5']:.3f} "
              f"(target: mia >= tutorial)")
        print(f"mia search p50: {figures['mia_search_p50_ms']:.1f} ms (target <= 20 ms on the full index)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

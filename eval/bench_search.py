"""Search latency: ``Assistant.hits(question, k=10)`` over every question of a FinanceBench-format set.

    .venv/bin/python eval/bench_search.py --index fb --data ../shared/financebench

One warm-up query, then each question once; prints p50 and p95 in milliseconds (target: p50 <= 20 ms on the
full FinanceBench index). Run it on a quiet machine: another job on the 2 cores doubles the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", default="fb", help="index name (default fb)")
    ap.add_argument("--data", default="../shared/financebench", help="folder holding questions.jsonl")
    ap.add_argument("--k", type=int, default=10)
    args = ap.parse_args()

    from assistant.api import Assistant

    questions = [json.loads(line)["question"]
                 for line in (Path(args.data) / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assistant = Assistant.open(index=args.index)
    assistant.hits(questions[0], k=args.k)  # loads the embedder, FAISS and BM25
    times = []
    for q in questions:
        start = time.perf_counter()
        assistant.hits(q, k=args.k)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)]
    print(f"{len(times)} searches on index {args.index!r}: p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()

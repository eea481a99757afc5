"""Search latency: ``Assistant.hits(question, k=10)`` over every question of a FinanceBench-format set.

    .venv/bin/python eval/bench_search.py --index fb --data ../shared/financebench
    .venv/bin/python eval/bench_search.py --index fb --baseline 9c69c66     # and the code of that commit

Each side runs in its own process: one warm-up query (loads the embedder, FAISS and BM25), then every
question once; p50 and p95 in milliseconds (target: p50 <= 20 ms on the full FinanceBench index, statement-page
hints included). With ``--baseline REF`` the same questions also run on the code of git commit REF (checked out
into a temporary worktree) against the same index, alternating A B A B for ``--rounds`` rounds, so that load
from other jobs on a shared machine falls on both sides alike; the hits of both sides are compared too.
Run it on a quiet machine: another job on the 2 cores doubles the figures. CPU milliseconds per search (of the
whole process: the embedder's runtime threads included) are printed beside the wall-clock figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs inside the process of one side, with that side's code first on sys.path; uses only the public API.
_RUNNER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from assistant.api import Assistant
index, k, questions = sys.argv[2], int(sys.argv[3]), json.loads(open(sys.argv[4]).read())
assistant = Assistant.open(index=index)
assistant.hits(questions[0], k=k)
times, hits = [], []
cpu = time.process_time()
for q in questions:
    start = time.perf_counter()
    found = assistant.hits(q, k=k)
    times.append((time.perf_counter() - start) * 1000)
    hits.append([[h.chunk.doc, h.chunk.page] for h in found])
print(json.dumps({"ms": times, "hits": hits, "cpu_s": time.process_time() - cpu}))
"""


def p95(values: list[float]) -> float:
    s = sorted(values)
    return s[max(0, int(round(0.95 * len(s))) - 1)]


def run_side(tree: Path, index: str, k: int, qfile: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _RUNNER, str(tree), index, str(k), str(qfile)], cwd=tree,
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", default="fb", help="index name (default fb) under MIA_INDEX_ROOT, or a path")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "financebench"),
                    help="folder holding questions.jsonl")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--baseline", default=None, help="git commit whose code is timed beside this one")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each side (alternating) with --baseline")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    questions = [json.loads(line)["question"]
                 for line in (Path(args.data) / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    index = args.index if Path(args.index).is_absolute() else args.index
    with tempfile.TemporaryDirectory(prefix="mia-bench-search-") as tmp:
        qfile = Path(tmp) / "questions.json"
        qfile.write_text(json.dumps(questions))
        sides = {"current": ROOT}
        if args.baseline:
            base = Path(tmp) / "baseline"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.baseline],
                           check=True)
            sides["baseline"] = base
        try:
            runs: dict[str, list[dict]] = {name: [] for name in sides}
            for _ in range(args.rounds if args.baseline else 1):
                for name, tree in (list(sides.items())[::-1] if args.baseline else sides.items()):
                    runs[name].append(run_side(tree, index, args.k, qfile))
        finally:
            if args.baseline:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)

    figures = {"index": args.index, "questions": len(questions), "load_avg": os.getloadavg()}
    for name, rs in runs.items():
        per_run = [(statistics.median(r["ms"]), p95(r["ms"])) for r in rs]
        cpu = [r.get("cpu_s", float("nan")) * 1000 / len(questions) for r in rs]
        figures[name] = {"p50_ms": [round(a, 1) for a, _ in per_run], "p95_ms": [round(b, 1) for _, b in per_run],
                         "cpu_ms_per_search": [round(c, 1) for c in cpu]}
        print(f"{name:8s} ({'commit ' + args.baseline if name == 'baseline' else 'this tree'}): "
              f"{len(questions)} searches on index {args.index!r}, p50 "
              f"{' / '.join(f'{a:.0f}' for a, _ in per_run)} ms, p95 {' / '.join(f'{b:.0f}' for _, b in per_run)} ms, "
              f"CPU {' / '.join(f'{c:.1f}' for c in cpu)} ms per search")
    if args.baseline:
        same = sum(a == b for a, b in zip(runs["current"][0]["hits"], runs["baseline"][0]["hits"]))
        figures["same_hits"] = same
        ratios = [statistics.median(c["ms"]) / statistics.median(b["ms"])
                  for c, b in zip(runs["current"], runs["baseline"])]
        figures["p50_ratio"] = ratios
        print(f"p50 current/baseline per round: {', '.join(f'{r:.2f}' for r in ratios)}; "
              f"identical top-{args.k} for {same} of {len(questions)} questions")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

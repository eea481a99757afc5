"""Evidence-page Hit@5 of several indexes of the same filings, same questions, same code (issue 15: int8 vs fp32).

    .venv/bin/python eval/bench_hit.py /work/idx/speed/fb /work/idx/int8/fb8 --data ../shared/financebench

For every question of ``questions.jsonl`` whose filing is in the index: ``Assistant.hits(question, k=10)`` on
each index (each queried with the embedder it records, ``embedder_for``), graded against FinanceBench's
evidence pages (``evaluate.metrics``): Hit@1/5/10 on the exact page and on the page +-1, MRR, per fold
(fold(company) = sha256 of the lower-cased company name mod 2) and overall; then the questions on which the
indexes disagree at 5. ``--json FILE`` saves the per-question ranks too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def fold_of(company: str) -> int:
    return int(hashlib.sha256(company.strip().lower().encode()).hexdigest(), 16) % 2


def grade(index_path: Path, questions: list[dict], k: int) -> dict:
    from assistant.api import Assistant
    from assistant.evaluate.metrics import Ranked, gold_pages, score_retrieval

    assistant = Assistant.open(index_path, llm="fake")
    docs = {d.doc.lower() for d in assistant.index.documents()}
    rows = []
    cpu, start = time.process_time(), time.perf_counter()
    for q in questions:
        if str(q.get("doc_name", "")).lower() not in docs:
            continue
        found = assistant.hits(q["question"], k=k)
        score = score_retrieval([Ranked(h.chunk.doc, h.chunk.page, h.chunk.page_end) for h in found],
                                gold_pages(q.get("evidence") or []))
        rows.append({"id": q.get("financebench_id"), "fold": fold_of(str(q.get("company", ""))), **score.to_dict()})
    return {"index": str(index_path), "embedder": assistant.embedder.name, "questions": len(rows),
            "seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu, "rows": rows}


def summary(rows: list[dict]) -> dict:
    n = len(rows) or 1
    out = {key: sum(bool(r[key]) for r in rows) / n
           for key in ("hit@1", "hit@5", "hit@10", "hit@5_near", "hit@10_near")}
    out["mrr"] = sum(r["mrr"] for r in rows) / n
    out["n"] = len(rows)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("indexes", nargs="+", type=Path, help="index folders (each built from the same filings)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "financebench",
                    help="folder holding questions.jsonl")
    ap.add_argument("--k", type=int, default=10, help="hits per question")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)
    os.environ.setdefault("MIA_N_THREADS", "1")

    from assistant.evaluate.runner import load_questions

    questions = load_questions(args.data / "questions.jsonl")
    results = [grade(path, questions, args.k) for path in args.indexes]
    for r in results:
        r["all"] = summary(r["rows"])
        r["folds"] = {f: summary([x for x in r["rows"] if x["fold"] == f]) for f in (0, 1)}
        a, f0, f1 = r["all"], r["folds"][0], r["folds"][1]
        print(f"{r['index']} ({r['embedder']}): {a['n']} questions, Hit@5 {a['hit@5']:.3f} (fold 0 "
              f"{f0['hit@5']:.3f}, fold 1 {f1['hit@5']:.3f}), Hit@1 {a['hit@1']:.3f}, Hit@10 {a['hit@10']:.3f}, "
              f"Hit@5 +-1 page {a['hit@5_near']:.3f}, MRR {a['mrr']:.3f}; {r['seconds']:.1f} s "
              f"({r['cpu_seconds']:.1f} CPU s)")
    if len(results) > 1:
        first = {x["id"]: x for x in results[0]["rows"]}
        for r in results[1:]:
            other = {x["id"]: x for x in r["rows"]}
            gained = sorted(i for i in first if i in other and other[i]["hit@5"] and not first[i]["hit@5"])
            lost = sorted(i for i in first if i in other and first[i]["hit@5"] and not other[i]["hit@5"])
            same_rank = sum(1 for i in first if i in other and first[i]["rank"] == other[i]["rank"])
            print(f"{r['index']} vs {results[0]['index']}: Hit@5 gained on {len(gained)} {gained}, lost on "
                  f"{len(lost)} {lost}; same evidence rank on {same_rank} of {len(first)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

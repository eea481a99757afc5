"""Ingest benchmark: mia's ingest vs the LangChain tutorial pipeline on the same PDFs, in one run.

    .venv/bin/python eval/bench_ingest.py                         # all FinanceBench filings
    .venv/bin/python eval/bench_ingest.py --limit 6               # the first six (sorted by name)
    .venv/bin/python eval/bench_ingest.py FOLDER --questions Q.jsonl --mia default,fp32,int8
    .venv/bin/python eval/bench_ingest.py FOLDER --profile        # the stage table only (one process, serial)
    .venv/bin/python eval/bench_ingest.py FOLDER --mia default --baseline 3269896 --rounds 2   # against a commit

Every side runs in its own process, one after the other, and builds from scratch (no caches), so its wall
time, CPU time and peak memory (the largest resident set of the process and of its worker) are its own. The
sides:

- ``tutorial``: PyPDFLoader serially, RecursiveCharacterTextSplitter(1000/200), the same bundled MiniLM on
  torch through HuggingFaceEmbeddings, FAISS.from_documents (``assistant/evaluate/baselines.py``);
- mia variants (``--mia``): ``default`` (the settings as shipped: a reader process, documents embedded by
  MiniLM in bf16 on torch where the processor has native bf16, else ONNX fp32), ``fp32`` (default with
  ``embed_bf16=off``: documents embedded by ONNX fp32, as before issue 15's bf16), ``serial`` (everything in one
  process, ``ingest_workers=0``), ``int8`` (default with ``embed_int8``), ``torch`` (default with the torch
  backend and no bf16).

With ``--baseline REF`` the mia variants also run on the code of git commit REF (checked out into a temporary
worktree), each side in its own process as above, the two alternating (A B, B A, ...) for ``--rounds`` rounds
before the tutorial, so that a change is timed against the code before it in the same run.

Prints pages/s of each side, the speed ratio of each mia variant to the tutorial, evidence-page Hit@5 of
every index on the questions whose filings are included, p50 search latency, and mia's time per stage.
Targets (issue 15): mia >= 4x the tutorial's pages/s at a Hit@5 at least the tutorial's; peak memory
<= 2 GiB. ``--json FILE`` saves everything.

``--profile`` times each stage of an ingest on its own, serially in one process (read = PDFium text,
clean, metadata, chunk, facts, embed, SQLite, FAISS, BM25, commit = fsync and rename), for the table in
``eval/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_PDFS = ROOT / ".." / "shared" / "financebench" / "pdfs"
MIA_VARIANTS = {
    "default": {},
    "fp32": {"embed_bf16": "off"},
    "serial": {"ingest_workers": 0},
    "int8": {"embed_int8": True},
    "torch": {"embed_backend": "torch", "embed_bf16": "off"},
}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="?", type=Path, default=DEFAULT_PDFS, help="folder of PDFs")
    ap.add_argument("--limit", type=int, default=None, help="only the first N PDFs (sorted by name)")
    ap.add_argument("--questions", type=Path, default=None, help="questions.jsonl (default: next to the folder)")
    ap.add_argument("--embedder", default="minilm", choices=["minilm", "hash"], help="embedder for all sides")
    ap.add_argument("--mia", default="default", help=f"comma-separated mia variants: {', '.join(MIA_VARIANTS)}")
    ap.add_argument("--no-tutorial", action="store_true", help="skip the tutorial pipeline")
    ap.add_argument("--profile", action="store_true", help="time each ingest stage on its own (serial)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    ap.add_argument("--baseline", default=None, help="git commit whose mia variants run beside this code's")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each mia side (alternating with --baseline)")
    ap.add_argument("--side", default=None, help=argparse.SUPPRESS)  # internal: run one side in this process
    ap.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def pdf_list(args: argparse.Namespace) -> list[Path]:
    return sorted(args.pdfs.resolve().glob("*.pdf"))[: args.limit]


def questions_for(args: argparse.Namespace, pdfs: list[Path]) -> list[dict]:
    from assistant.evaluate.runner import load_questions

    qfile = args.questions or args.pdfs.resolve().parent / "questions.jsonl"
    stems = {p.stem.lower() for p in pdfs}
    if not qfile.is_file():
        return []
    return [q for q in load_questions(qfile) if str(q.get("doc_name", "")).lower() in stems]


def peak_rss_mib() -> dict[str, float]:
    """Largest resident set of this process and of its largest finished child (Linux: kB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mib": own, "peak_rss_worker_mib": child}


def cpu_seconds() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


# ------------------------------------------------------------------------------------------- one side

def run_mia(args: argparse.Namespace, variant: str, pdfs: list[Path], questions: list[dict]) -> dict:
    from assistant.api import Assistant
    from assistant.config import load_settings
    from assistant.evaluate import baselines as bl
    from assistant.evaluate.metrics import gold_pages, percentile, score_retrieval

    with tempfile.TemporaryDirectory(prefix="mia-bench-") as tmp:
        settings = load_settings(index_dir=Path(tmp) / "mia", embedder=args.embedder, **MIA_VARIANTS[variant])
        assistant = Assistant(settings)
        assistant.embedder.count_tokens(["warm"])  # tokenizer loaded; the model loads in the timed part
        cpu, start = cpu_seconds(), time.perf_counter()
        report = assistant.ingest(pdfs, progress=False)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
        memory = peak_rss_mib()
        precisions = list(assistant.index.info.get("precisions") or [])  # while the index is there
        hits, latencies = [], []
        if questions:
            assistant.hits(questions[0]["question"], k=5)  # warm-up: loads the index
        for q in questions:
            t = time.perf_counter()
            found = assistant.hits(q["question"], k=5)
            latencies.append((time.perf_counter() - t) * 1000)
            ranked = [bl.Ranked(h.chunk.doc, h.chunk.page, h.chunk.page_end) for h in found]
            hits.append(score_retrieval(ranked, gold_pages(q.get("evidence") or [])).hit(5))
    return {
        "side": f"mia-{variant}", "embedder": assistant.embedder.name,
        "precisions": precisions, "pages": report.pages,
        "chunks": report.chunks, "embedded": report.embedded, "seconds": seconds, "cpu_seconds": cpu,
        "skipped": report.skipped, "stage_seconds": report.stage_seconds, "checkpoints": report.checkpoints,
        "hit@5": hits, "search_p50_ms": percentile(latencies, 50), **memory,
    }


def run_tutorial(args: argparse.Namespace, pdfs: list[Path], questions: list[dict]) -> dict:
    from assistant.config import load_settings
    from assistant.evaluate import baselines as bl
    from assistant.evaluate.metrics import gold_pages, score_retrieval
    from assistant.evaluate.pages import load_pages

    settings = load_settings(embedder=args.embedder)
    load = time.perf_counter()
    embeddings = bl.langchain_embeddings(settings)  # imports and loads the model: timed apart (load_seconds)
    load = time.perf_counter() - load
    cpu, start = cpu_seconds(), time.perf_counter()
    pages = load_pages(pdfs, cache_dir=None, workers=1)
    rag = bl.NaiveRAG.build(pages, embeddings)
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
    memory = peak_rss_mib()
    hits = [score_retrieval(bl.ranked(rag.retrieve(q["question"], k=5)), gold_pages(q.get("evidence") or [])).hit(5)
            for q in questions]
    return {"side": "tutorial", "pages": sum(len(p) for p in pages.values()), "chunks": rag.chunks,
            "seconds": seconds, "cpu_seconds": cpu, "load_seconds": load, "hit@5": hits, **memory}


def run_profile(args: argparse.Namespace, pdfs: list[Path]) -> dict:
    """Each stage on its own, serially, in this process (the old ingest's order of work)."""
    import numpy as np

    from assistant.config import load_settings
    from assistant.documents.chunking import chunk_pages, embedding_texts
    from assistant.documents.metadata import guess_metadata
    from assistant.documents.readers.base import METADATA_PAGES, clean_pages
    from assistant.documents.readers.pdf import PdfiumBackend
    from assistant.finance.extract import extract_facts
    from assistant.index import store
    from assistant.index.embeddings import document_embedder, get_embedder
    from assistant.index.ingest import EMBED_WINDOW
    from assistant.types import DocMeta, Page

    times: dict[str, float] = {}

    def timed(stage: str, fn, *a, **kw):
        t = time.perf_counter()
        out = fn(*a, **kw)
        times[stage] = times.get(stage, 0.0) + time.perf_counter() - t
        return out

    settings = load_settings(embedder=args.embedder)
    embedder = document_embedder(get_embedder(settings), settings)  # as an ingest embeds documents
    embedder.embed(["warm-up: the model loads outside the timed stages"])
    docs = []
    for n, f in enumerate(pdfs):
        raw = timed("read", PdfiumBackend().page_texts, f)
        texts = timed("clean", clean_pages, raw, pdf=True)
        info = timed("metadata", guess_metadata, f, texts[:METADATA_PAGES])
        meta = DocMeta(doc_id=f"{n:016x}", doc=f.stem, source=str(f), title=f.stem, company=info.get("company"),
                       doc_type=info.get("doc_type"), fiscal_year=info.get("fiscal_year"),
                       period=info.get("period"), date=info.get("date"), pages=len(texts))
        pages = [Page(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=i, text=t)
                 for i, t in enumerate(texts, 1)]
        chunks = timed("chunk", chunk_pages, meta, pages, embedder.count_tokens, max_tokens=settings.chunk_tokens,
                       overlap=settings.chunk_overlap)
        facts = timed("facts", extract_facts, meta, pages)
        docs.append((meta, pages, chunks, facts, timed("chunk", embedding_texts, chunks, pages)))
    chunk_texts = [t for d in docs for t in d[4]]  # what an ingest embeds: each chunk without its overlap
    vectors = np.vstack([timed("embed", embedder.embed, chunk_texts[i : i + EMBED_WINDOW])
                         for i in range(0, len(chunk_texts), EMBED_WINDOW)])
    wrapped = {}
    for name, stage in (("_build_faiss", "faiss"), ("_build_bm25", "bm25")):
        original = getattr(store.IndexWriter, name)
        wrapped[name] = original
        setattr(store.IndexWriter, name, lambda self, *a, _o=original, _s=stage: timed(_s, _o, self, *a))
    with tempfile.TemporaryDirectory(prefix="mia-profile-") as tmp:
        writer = store.IndexWriter.begin(Path(tmp) / "idx", embedder.name, embedder.dim)
        at = 0
        for meta, pages, chunks, facts, _ in docs:
            timed("sqlite", writer.add_document, meta, pages, chunks, vectors[at : at + len(chunks)], facts)
            at += len(chunks)
        timed("commit", writer.commit)
    for name, original in wrapped.items():
        setattr(store.IndexWriter, name, original)
    times["commit"] -= times.get("faiss", 0.0) + times.get("bm25", 0.0)  # fsync, rename, row numbers
    token_counts = embedder.count_tokens(chunk_texts)
    return {"side": "profile", "embedder": embedder.name, "pdfs": len(pdfs),
            "pages": sum(len(d[1]) for d in docs), "chunks": len(chunk_texts),
            "chunk_tokens": sum(embedder.count_tokens([c.text for d in docs for c in d[2]])),
            "embedded_tokens": sum(token_counts),
            "distinct_chunks": len(set(chunk_texts)), "mean_tokens": float(np.mean(token_counts)),
            "stage_seconds": times}


# ------------------------------------------------------------------------------------------- driver

def run_side(args: argparse.Namespace, side: str, tree: Path = ROOT) -> dict:
    """Run one side in a fresh process (its own memory and CPU accounting), with the code of ``tree``."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    script = tree / "eval" / "bench_ingest.py"
    cmd = [sys.executable, str(script), str(args.pdfs.resolve()), "--side", side, "--out", str(out),
           "--embedder", args.embedder]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    if args.questions:
        cmd += ["--questions", str(args.questions)]
    subprocess.run(cmd, check=True, cwd=tree)
    try:
        return json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)


def mean(values: list) -> float | None:
    return sum(values) / len(values) if values else None


def print_profile(p: dict) -> None:
    total = sum(p["stage_seconds"].values())
    print(f"stage profile ({p['pdfs']} PDFs, {p['pages']} pages, {p['chunks']} chunks, {p['distinct_chunks']} "
          f"distinct, {p['mean_tokens']:.0f} word pieces embedded per chunk on average ({p['embedded_tokens']} of "
          f"the chunks' {p['chunk_tokens']}: the overlap is not embedded again), {p['embedder']}):")
    print("| stage | seconds | share |\n|---|---|---|")
    for stage, s in p["stage_seconds"].items():
        print(f"| {stage} | {s:.1f} | {100 * s / total:.1f}% |")
    print(f"| total | {total:.1f} | 100% |")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    pdfs = pdf_list(args)
    if not pdfs:
        print(f"{args.pdfs}: no PDFs found", file=sys.stderr)
        return 2
    if args.side:  # a child: run one side, write its figures
        questions = questions_for(args, pdfs)
        if args.side == "tutorial":
            result = run_tutorial(args, pdfs, questions)
        elif args.side == "profile":
            result = run_profile(args, pdfs)
        else:
            result = run_mia(args, args.side, pdfs, questions)
        args.out.write_text(json.dumps(result))
        return 0

    questions = questions_for(args, pdfs)
    print(f"{len(pdfs)} PDFs from {args.pdfs.resolve()}; {len(questions)} questions on them; "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    if args.profile:
        profile = run_side(args, "profile")
        print_profile(profile)
        if args.json:
            args.json.write_text(json.dumps(profile, indent=1))
        return 0

    variants = [v.strip() for v in args.mia.split(",") if v.strip()]
    unknown = [v for v in variants if v not in MIA_VARIANTS]
    if unknown:
        print(f"unknown mia variants {unknown}: expected {', '.join(MIA_VARIANTS)}", file=sys.stderr)
        return 2
    sides = []
    with tempfile.TemporaryDirectory(prefix="mia-bench-base-") as tmp:
        trees = {"": ROOT}
        if args.baseline:
            base = Path(tmp) / "baseline"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.baseline],
                           check=True)
            trees[f" @{args.baseline}"] = base
        try:
            for r in range(args.rounds):
                for label, tree in (list(trees.items()) if r % 2 == 0 else list(trees.items())[::-1]):
                    for v in variants:
                        side = run_side(args, v, tree)
                        side["side"] += label + (f" #{r + 1}" if args.rounds > 1 else "")
                        sides.append(side)
        finally:
            if args.baseline:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    if not args.no_tutorial:
        sides.append(run_side(args, "tutorial"))
    tutorial = next((s for s in sides if s["side"] == "tutorial"), None)
    for s in sides:
        s["pages_per_s"] = s["pages"] / s["seconds"]
        s["hit@5_mean"] = mean(s["hit@5"])
    for s in sides:
        ratio = f", {s['pages_per_s'] / tutorial['pages_per_s']:.2f}x the tutorial" if tutorial and s is not tutorial else ""
        if tutorial and s is not tutorial and tutorial.get("load_seconds") is not None:
            # mia's timed part loads its model (in a thread, beside the reader); the tutorial's does not
            with_load = (tutorial["seconds"] + tutorial["load_seconds"]) / s["seconds"]
            ratio += f" ({with_load:.2f}x its time with its model load)"
        hit = f", evidence-page Hit@5 {s['hit@5_mean']:.3f}" if s["hit@5"] else ""
        load = f" (+{s['load_seconds']:.1f} s loading its model, not counted)" if s.get("load_seconds") else ""
        print(f"{s['side']:13s} {s['pages']} pages, {s['chunks']} chunks in {s['seconds']:.1f} s{load} "
              f"= {s['pages_per_s']:.2f} pages/s ({s['cpu_seconds']:.0f} CPU s, {s['cpu_seconds'] / s['seconds']:.2f} cores){ratio}{hit}; "
              f"peak memory {s['peak_rss_mib']:.0f} MiB (worker {s['peak_rss_worker_mib']:.0f} MiB)")
        if s.get("stage_seconds"):
            stages = ", ".join(f"{k} {v:.1f}" for k, v in s["stage_seconds"].items())
            print(f"{'':13s} stages (s; read/chunk/facts in the worker when there is one): {stages}; "
                  f"{s['embedded']} chunk texts embedded ({s['embedder']}, {'/'.join(s['precisions']) or '?'})"
                  + (f"; search p50 {s['search_p50_ms']:.1f} ms" if s.get("search_p50_ms") is not None else ""))
    print("targets: mia >= 4x the tutorial's pages/s, Hit@5 >= the tutorial's, peak memory <= 2048 MiB")
    if args.json:
        args.json.write_text(json.dumps({"pdfs": [p.name for p in pdfs], "questions": len(questions),
                                         "sides": sides}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

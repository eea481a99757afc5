"""Embedding and retrieval benchmark on FinanceBench.

    .venv/bin/python eval/bench_embed.py ingest --docs 10 --index /tmp/fb10-idx   # MiniLM index, pages/s
    .venv/bin/python eval/bench_embed.py retrieval --index /tmp/fb10-idx          # evidence-page Hit@5
    .venv/bin/python eval/bench_embed.py backends --index /tmp/fb10-idx           # torch vs ONNX speed, recall
    .venv/bin/python eval/bench_embed.py evidence --index /tmp/fb10-idx           # evidence() on/off-topic
    .venv/bin/python eval/bench_embed.py precisions --index indexes/fb --chunks 192  # fp32 / int8 / bf16

``ingest`` links the chosen PDFs (those with the most questions) into a scratch folder and ingests them.
``retrieval`` asks every question about the indexed documents and counts a hit when one of the top five
chunks covers a gold evidence page (questions.jsonl is 0-based, mia's pages are 1-based), for RRF and
weighted fusion, with and without steering. ``backends`` embeds the same ~500 chunks with each backend
and compares speed and the dense top-10 of the questions over those chunks against torch. ``precisions`` embeds
the same sample of an index's chunks with ONNX fp32 (the reference), ONNX int8 and torch bf16 (``Bf16MiniLM``),
one thread each, alternating for two rounds: chunks per CPU second and the cosine of each vector to fp32's.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FB = ROOT.parent / "shared" / "financebench"

OFF_TOPIC = [
    "What is the boiling point of mercury?",
    "Who won the 1998 FIFA World Cup?",
    "How do I bake sourdough bread?",
    "What is the capital of Mongolia?",
    "Explain the rules of cricket.",
    "What is the airspeed velocity of an unladen swallow?",
]


def questions() -> list[dict]:
    return [json.loads(line) for line in (FB / "questions.jsonl").open()]


def chosen_docs(n: int) -> list[str]:
    counts = collections.Counter(q["doc_name"] for q in questions())
    return [d for d, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def cmd_ingest(args: argparse.Namespace) -> None:
    from assistant.config import load_settings
    from assistant.index.embeddings import get_embedder
    from assistant.index.ingest import ingest

    folder = Path(tempfile.mkdtemp(prefix="mia-fb-"))
    for doc in chosen_docs(args.docs):
        (folder / f"{doc}.pdf").symlink_to(FB / "pdfs" / f"{doc}.pdf")
    settings = load_settings(embedder="minilm", embed_backend=args.backend)
    report = ingest([folder], args.index, lambda: get_embedder(settings))
    print(json.dumps({"docs": len(report.ingested), "skipped": report.skipped, "pages": report.pages,
                      "chunks": report.chunks, "facts": report.facts, "seconds": round(report.seconds, 1),
                      "pages_per_s": round(report.pages / report.seconds, 2),
                      "chunks_per_s": round(report.chunks / report.seconds, 2)}, indent=1))


def _open(args: argparse.Namespace):
    from assistant.config import load_settings
    from assistant.index.embeddings import get_embedder
    from assistant.index.store import Index

    index = Index.open(args.index)
    return index, get_embedder(load_settings(embedder="minilm", embed_backend=args.backend))


def _gold(index) -> list[tuple[dict, set[tuple[str, int]]]]:
    by_doc = {d.doc: d.doc_id for d in index.documents()}
    out = []
    for q in questions():
        if q["doc_name"] not in by_doc:
            continue
        pages = {(by_doc[e["doc_name"]], int(e["evidence_page_num"]) + 1) for e in q["evidence"]
                 if e["doc_name"] in by_doc}
        out.append((q, pages))
    return out


def hit_at(hits, gold: set[tuple[str, int]], k: int = 5) -> bool:
    for h in hits[:k]:
        c = h.chunk
        if any((c.doc_id, p) in gold for p in range(c.page, c.page_end + 1)):
            return True
    return False


def cmd_retrieval(args: argparse.Namespace) -> None:
    from assistant.retrieve.retriever import Retriever

    index, embedder = _open(args)
    gold = _gold(index)
    print(f"{len(gold)} questions over {len(index.documents())} documents, {index.chunk_count()} chunks")
    for fusion in ("rrf", "weighted"):
        for steer in (False, True):
            r = Retriever(index, embedder, fusion=fusion)  # other settings: the defaults
            t = time.perf_counter()
            hits = [r.search(q["question"], k=5, steer=steer) for q, _ in gold]
            ms = (time.perf_counter() - t) / len(gold) * 1000
            rate = np.mean([hit_at(h, g) for h, (_, g) in zip(hits, gold)])
            doc_rate = np.mean([any(x.chunk.doc == q["doc_name"] for x in h[:5]) for h, (q, _) in zip(hits, gold)])
            print(f"fusion={fusion:8s} steer={steer!s:5s} page Hit@5={rate:.3f} doc Hit@5={doc_rate:.3f} "
                  f"({ms:.0f} ms/query)")
    for name, search in (("dense only", "dense"), ("bm25 only", "bm25")):
        rate = []
        for q, g in gold:
            if search == "dense":
                res = index.dense_search(embedder.embed([q["question"]])[0], 5)
            else:
                res = index.bm25_search(q["question"], 5)
            chunks = index.chunks([row for row, _ in res])
            rate.append(any((c.doc_id, p) in g for c in chunks for p in range(c.page, c.page_end + 1)))
        print(f"{name:10s} (no steering) page Hit@5={np.mean(rate):.3f}")


def cmd_evidence(args: argparse.Namespace) -> None:
    from assistant.retrieve.retriever import Retriever

    index, embedder = _open(args)
    r = Retriever(index, embedder)
    on = []
    for q, g in _gold(index):
        hits = r.search(q["question"], k=8)
        on.append(r.evidence(q["question"], hits))
    off = [r.evidence(q, r.search(q, k=8)) for q in OFF_TOPIC]
    print(f"answerable: n={len(on)} min={min(on):.2f} p10={np.percentile(on, 10):.2f} "
          f"median={np.median(on):.2f} max={max(on):.2f}")
    print(f"off-topic:  n={len(off)} " + " ".join(f"{x:.2f}" for x in off))


def cmd_backends(args: argparse.Namespace) -> None:
    from assistant.config import load_settings
    from assistant.index.embeddings.minilm import load_minilm

    from assistant.index.store import Index

    index = Index.open(args.index)
    rng = np.random.default_rng(0)
    rows = np.sort(rng.choice(index.chunk_count(), size=min(args.chunks, index.chunk_count()), replace=False))
    texts = [c.text for c in index.chunks(rows)]
    qs = [q["question"] for q, _ in _gold(index)] + OFF_TOPIC
    cache = load_settings().cache_dir
    variants = {"torch": lambda: load_minilm("torch"), "onnx": lambda: load_minilm("onnx", cache_dir=cache),
                "onnx-int8": lambda: load_minilm("onnx", cache_dir=cache, quantized=True)}
    reference = None
    for name, make in variants.items():
        try:
            emb = make()
            emb.embed(texts[:8])  # load (and export) outside the timing
        except Exception as exc:  # noqa: BLE001 - report and go on with the other backends
            print(f"{name}: unavailable ({type(exc).__name__}: {exc})")
            continue
        t = time.perf_counter()
        vecs = emb.embed(texts)
        seconds = time.perf_counter() - t
        qv = emb.embed(qs)
        top = np.argsort(-(qv @ vecs.T), axis=1)[:, :10]
        if reference is None:
            reference = (vecs, top)
        ref_vecs, ref_top = reference
        agree = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(top, ref_top)])
        cos = float(np.mean(np.sum(vecs * ref_vecs, axis=1)))
        print(f"{name:9s} {len(texts) / seconds:7.1f} chunks/s  top-10 agreement with torch {agree:.3f}  "
              f"mean cosine to torch vectors {cos:.4f}")


def cmd_precisions(args: argparse.Namespace) -> None:
    import os

    os.environ["MIA_ONNX_THREADS"] = "1"
    import torch

    from assistant.config import load_settings
    from assistant.index.embeddings.minilm import Bf16MiniLM, bf16_native, load_minilm
    from assistant.index.store import Index

    torch.set_num_threads(1)
    index = Index.open(args.index)
    rng = np.random.default_rng(7)
    rows = np.sort(rng.choice(index.chunk_count(), size=min(args.chunks, index.chunk_count()), replace=False))
    texts = [c.text for c in index.chunks(rows)]
    cache = load_settings().cache_dir
    embedders = {"onnx-fp32": load_minilm("onnx", cache_dir=cache), "onnx-int8": load_minilm("onnx", cache_dir=cache,
                                                                                            quantized=True),
                 "torch-bf16": Bf16MiniLM()}
    for emb in embedders.values():
        emb.embed(texts[:4])  # load (and export) outside the timing
    print(f"{len(texts)} chunks of {args.index}, one thread each; native bf16: {bf16_native()}")
    reference = None
    for rnd in (1, 2):
        for name, emb in embedders.items():
            cpu = time.process_time()
            vecs = emb.embed(texts)
            cpu = time.process_time() - cpu
            if reference is None:
                reference = vecs
            cos = np.sum(vecs * reference, axis=1)
            print(f"round {rnd} {name:10s} {len(texts) / cpu:6.1f} chunks per CPU s; cosine to fp32 mean "
                  f"{cos.mean():.5f}, min {cos.min():.5f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    for name in ("ingest", "retrieval", "backends", "evidence", "precisions"):
        p = sub.add_parser(name)
        p.add_argument("--index", type=Path, default=Path(tempfile.gettempdir()) / "mia-fb10-idx")
        p.add_argument("--backend", default="torch", choices=["torch", "onnx"])
        p.add_argument("--docs", type=int, default=10)
        p.add_argument("--chunks", type=int, default=500)
    args = parser.parse_args()
    if not FB.is_dir():
        sys.exit(f"{FB}: FinanceBench data not found")
    {"ingest": cmd_ingest, "retrieval": cmd_retrieval, "backends": cmd_backends, "evidence": cmd_evidence,
     "precisions": cmd_precisions}[args.cmd](args)


if __name__ == "__main__":
    main()

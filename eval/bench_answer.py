"""Answer-stage speed: raw llama-cpp-python vs mia's backend vs the full answer stage, on the same prompts.

Three measurements, all with the same model and thread count in one process:

1. ``raw``: ``llama_cpp.Llama.create_completion`` streamed, greedy, on mia's prompt for each question;
   ``backend``: the same prompt through ``LlamaLLM.stream`` (the same ``Llama`` object). Both start from an empty
   KV cache, alternate order, and must produce the same text. Gives prefill and generation tokens/s and the
   backend's overhead over raw generation.
2. ``answerer``: ``Answerer.ask`` with FinanceBench's evidence pages as the retrieved passages (a fixed
   retriever, no index needed): first token, total, and the time spent outside generation (context assembly,
   token counting, verification, quote spans). The KV cache is kept between questions, as in real use, so the
   shared few-shot prefix of the prompt is not evaluated again.
3. ``end_to_end``: ``assistant.api.Assistant.ask`` over a real index (``--index``), when it opens: p50/p95 of
   the total (when the answer is shown: a draft is checked before anything of it is shown) and of the first
   token of the generated drafts (the issue's time to first token), for each arm of ``--arms`` in the same run
   (alternating question by question; before each question the KV cache holds only the prompt's fixed prefix,
   as a different question before it would have left it): ``mia`` (generation on: ``generate="always"``, the
   path a larger configured model takes), ``shipped`` (``generate="auto"``: the bundled model writes no answers,
   a question no quote or figure answers is declined at once; time to the shown answer), ``no-reuse`` (the baseline: the KV cache
   emptied before every generation, so the fixed instruction and example are evaluated again), ``context=N``
   (the evidence part of the prompt whole passages within N tokens), ``passages`` (whole passages within
   ``context_tokens``: the prompt before the best sentences, ``context_sentences=0``), ``sentences=N`` (the
   best sentences of the passages within N tokens), ``flash`` / ``flash:batch=N`` / ``batch=N`` (a second
   copy of the model with llama.cpp's flash attention and/or N prompt tokens per step), ``plain`` (a copy with
   neither: the llama.cpp set-up before issue 15 made them the default). Also: which source
   numbers the drafts cite (how much of the evidence the answers use), answers identical to the first arm's,
   CPU seconds.

Usage: .venv/bin/python eval/bench_answer.py [--limit 8] [--threads 2] [--index NAME] [--out FILE.json]
       .venv/bin/python eval/bench_answer.py --index fb --only-end-to-end --limit 30 --arms mia,no-reuse,context=400
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.answer.prompts import BASE_STOP, build_prompt
from assistant.answer.answerer import Answerer
from assistant.answer.context import assemble_sources
from assistant.config import load_settings  # noqa: E402
from assistant.llm.base import Prompt  # noqa: E402
from assistant.types import Chunk, Hit  # noqa: E402

FINANCEBENCH = ROOT.parent / "shared" / "financebench"


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    i = min(len(s) - 1, max(0, round(q / 100 * (len(s) - 1))))
    return s[i]


def load_questions(limit: int) -> list[dict]:
    path = FINANCEBENCH / "questions.jsonl"
    if not path.is_file():
        sys.exit(f"{path}: not found (the benchmark uses FinanceBench's questions and evidence pages)")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return rows[:limit]


def evidence_hits(q: dict) -> list[Hit]:
    hits = []
    for i, ev in enumerate(q["evidence"]):
        text = ev.get("evidence_text_full_page") or ev["evidence_text"]
        page = int(ev["evidence_page_num"]) + 1
        doc = ev["doc_name"]
        c = Chunk(chunk_id=f"{doc}:{page}:{i}", doc_id=f"{doc}-{i}", doc=doc, source=f"{doc}.pdf", page=page,
                  page_end=page, start=0, end=len(text), text=text, ordinal=10 * i)  # fmt: skip
        hits.append(Hit(chunk=c, score=1.0 - i / 10, rank=i))
    return hits


@dataclass
class FixedRetriever:
    hits: list[Hit] = field(default_factory=list)

    def search(self, query, k=8, filters=None, steer=True):
        return self.hits[:k]

    def evidence(self, query, hits):
        return 1.0


def timed_stream(pieces) -> tuple[float, float, int, str, float]:
    """(seconds to first piece, total seconds, pieces, text, CPU seconds of this process) of a token stream.

    CPU time is what other load on a shared machine disturbs least, so the overhead is also given in it.
    """
    t, cpu = time.perf_counter(), time.process_time()
    first, n, text = None, 0, []
    for p in pieces:
        if first is None:
            first = time.perf_counter() - t
        n += 1
        text.append(p)
    total = time.perf_counter() - t
    return (first if first is not None else total), total, n, "".join(text), time.process_time() - cpu


def bench_raw_vs_backend(llm, prompts: list[str], max_tokens: int, repeats: int = 2) -> dict:
    """Each prompt ``repeats`` times through each path, interleaved; the overhead compares per-prompt minima
    (the least disturbed run of each) so that other load on a shared machine does not pass for overhead."""
    llama = llm.llama
    rows = []
    for i, text in enumerate(prompts):
        n_prompt = len(llama.tokenize(text.encode("utf-8"), add_bos=True, special=False))

        def raw():
            llama.reset()
            parts = llama.create_completion(prompt=text, max_tokens=max_tokens, temperature=0.0, top_k=1,
                                            repeat_penalty=1.0, stop=list(BASE_STOP), stream=True)  # fmt: skip
            return timed_stream(p["choices"][0]["text"] for p in parts)

        def ours():
            llama.reset()
            return timed_stream(llm.stream(Prompt(text=text), max_tokens=max_tokens, stop=BASE_STOP))

        for r in range(repeats):
            order = [("raw", raw), ("backend", ours)] if (i + r) % 2 == 0 else [("backend", ours), ("raw", raw)]
            res = {name: fn() for name, fn in order}
            if res["raw"][3] != res["backend"][3]:
                print(f"  warning: outputs differ on prompt {i}", file=sys.stderr)
            for name, (first, total, n, _, cpu) in res.items():
                rows.append({"who": name, "prompt": i, "prompt_tokens": n_prompt, "first_s": first,
                             "total_s": total, "tokens": n, "cpu_s": cpu})  # fmt: skip
    out: dict = {}
    for who in ("raw", "backend"):
        best = [min((x for x in rows if x["who"] == who and x["prompt"] == i), key=lambda x: x["total_s"])
                for i in range(len(prompts))]  # fmt: skip
        prefill = [x["prompt_tokens"] / x["first_s"] for x in best if x["first_s"] > 0]
        gen = [(x["tokens"] - 1) / (x["total_s"] - x["first_s"])
               for x in best if x["tokens"] > 1 and x["total_s"] > x["first_s"]]  # fmt: skip
        out[who] = {
            "prompts": len(best),
            "prompt_tokens_p50": statistics.median(x["prompt_tokens"] for x in best),
            "generated_tokens_p50": statistics.median(x["tokens"] for x in best),
            "first_token_s_p50": statistics.median(x["first_s"] for x in best),
            "total_s_p50": statistics.median(x["total_s"] for x in best),
            "total_s_sum_of_best": sum(x["total_s"] for x in best),
            "cpu_s_sum": sum(x["cpu_s"] for x in rows if x["who"] == who),
            "prefill_tok_s_p50": statistics.median(prefill) if prefill else None,
            "generate_tok_s_p50": statistics.median(gen) if gen else None,
        }
    out["backend_overhead_pct"] = 100 * (out["backend"]["total_s_sum_of_best"] / out["raw"]["total_s_sum_of_best"] - 1)
    out["backend_overhead_cpu_pct"] = 100 * (out["backend"]["cpu_s_sum"] / out["raw"]["cpu_s_sum"] - 1)
    return out


def bench_answerer(llm, settings, questions: list[dict]) -> dict:
    retriever = FixedRetriever()
    answerer = Answerer(retriever, llm, settings)
    rows = []
    for q in questions:
        retriever.hits = evidence_hits(q)
        ans = answerer.ask(q["question"])
        t = ans.timings_ms
        rows.append({"total": t["total"], "first": t.get("first_token", t["total"]), "generate": t.get("generate", 0.0),
                     "mode": ans.mode, "supported": ans.verification.supported})  # fmt: skip
    outside = [r["total"] - r["generate"] for r in rows]
    return {
        "questions": len(rows),
        "total_ms_p50": pct([r["total"] for r in rows], 50),
        "total_ms_p95": pct([r["total"] for r in rows], 95),
        "first_token_ms_p50": pct([r["first"] for r in rows], 50),
        "first_token_ms_p95": pct([r["first"] for r in rows], 95),
        "outside_generation_ms_p50": pct(outside, 50),
        "outside_generation_pct_of_total": 100 * sum(outside) / max(1e-9, sum(r["total"] for r in rows)),
        "modes": {m: sum(1 for r in rows if r["mode"] == m) for m in sorted({r["mode"] for r in rows})},
    }


class NoPrefixReuse:
    """The same LLM, but every generation starts from an empty KV cache (llama.cpp evaluates the whole prompt,
    the fixed instruction and example included): the baseline for prefix reuse."""

    def __init__(self, llm) -> None:
        self._llm = llm

    def __getattr__(self, name):
        return getattr(self._llm, name)

    def stream(self, prompt, **kw):
        llama = getattr(self._llm, "llama", None)
        if llama is not None:
            llama.reset()
        return self._llm.stream(prompt, **kw)


class PrefixPrimer:
    """Puts the KV cache in the state a previous, different question leaves it: the prompt's fixed prefix (the
    instruction and the worked example, up to the sources) evaluated, nothing after it. Without this, arms run
    one after the other on the same question would find the whole prompt of the arm before them cached."""

    def __init__(self, llama) -> None:
        text = build_prompt("a question", []).text
        prefix = text[: text.rindex("Sources:\n") + len("Sources:\n")]
        self.llama = llama
        self.tokens = llama.tokenize(prefix.encode("utf-8"), add_bos=True, special=True)

    def __call__(self) -> None:
        llama, n = self.llama, len(self.tokens)
        if llama.n_tokens >= n and list(llama._input_ids[:n]) == self.tokens:
            llama.n_tokens = n  # what follows the prefix is evaluated again by the next prompt
        else:
            llama.reset()
            llama.eval(self.tokens)


def _summary(rows: list[dict]) -> dict:
    gen = [r for r in rows if "first_token" in r["t"]]
    cited = [max(r["cited"]) for r in gen if r["cited"]]
    return {
        "questions": len(rows),
        "total_ms_p50": pct([r["t"]["total"] for r in rows], 50),
        "total_ms_p95": pct([r["t"]["total"] for r in rows], 95),
        "generated": len(gen),
        "first_token_ms_p50": pct([r["t"]["first_token"] for r in gen], 50),
        "first_token_ms_p95": pct([r["t"]["first_token"] for r in gen], 95),
        "generated_total_ms_p50": pct([r["t"]["total"] for r in gen], 50),
        "kv_tokens_p50": pct([r["kv_tokens"] for r in gen if r["kv_tokens"]], 50),  # prompt + draft
        "generate_ms_p50": pct([r["t"].get("generate", 0.0) for r in gen], 50),
        "highest_source_cited": {str(n): cited.count(n) for n in sorted(set(cited))},  # drafts with no [n]: none
        "cpu_s": sum(r["cpu_s"] for r in rows),
        "modes": {m: sum(1 for r in rows if r["mode"] == m) for m in sorted({r["mode"] for r in rows})},
    }


def bench_end_to_end(index: str, questions: list[dict], threads: int, arms: list[str]) -> dict:
    """``Assistant.ask`` over a real index, each question once per arm, arms alternating question by question
    (A B, B A, ...) in one process, so that load from other jobs falls on every arm alike. Arms: ``mia`` (as
    shipped: llama.cpp keeps the KV state of the prompt's fixed prefix between questions), ``no-reuse`` (the
    KV cache emptied before each generation), ``context=N`` (mia with ``context_tokens=N``: the evidence part of
    the prompt at most N tokens)."""
    try:
        from assistant.api import Assistant

        a = Assistant.open(index, n_threads=threads, generate="always")
        a.ask("warm-up: what was revenue?")  # loads the embedder, the index and the model
    except Exception as e:  # the index or the API may not be there yet
        return {"skipped": f"{type(e).__name__}: {e}"}
    import re

    assistants = {}
    for arm in arms:
        if arm == "mia":
            assistants[arm] = a
        elif arm == "shipped":  # as shipped: the bundled model writes no answers; declines instead
            assistants[arm] = Assistant(a.settings.with_overrides(generate="auto"), embedder=a.embedder, llm=a.llm)
        elif arm == "no-reuse":
            assistants[arm] = Assistant(a.settings, embedder=a.embedder, llm=NoPrefixReuse(a.llm))
        elif arm.startswith("context="):  # whole passages within N tokens
            assistants[arm] = Assistant(a.settings.with_overrides(context_tokens=int(arm.split("=", 1)[1]),
                                                                  context_sentences=0),
                                        embedder=a.embedder, llm=a.llm)
        elif arm == "passages":  # whole passages within context_tokens: the prompt before issue 15's sentences
            assistants[arm] = Assistant(a.settings.with_overrides(context_sentences=0), embedder=a.embedder,
                                        llm=a.llm)
        elif arm.startswith("sentences="):  # the best sentences of the passages within N tokens
            assistants[arm] = Assistant(a.settings.with_overrides(context_sentences=int(arm.split("=", 1)[1])),
                                        embedder=a.embedder, llm=a.llm)
        elif arm.startswith(("flash", "batch=", "plain")):  # another llama.cpp set-up of the model: its own copy
            from assistant.llm.llama import LlamaLLM

            if arm == "plain":  # before issue 15's change: no flash attention, 512 prompt tokens a step
                s2 = a.settings.with_overrides(llm_flash_attn=False, llm_batch=512)
            else:
                fa, _, rest = arm.partition(":") if arm.startswith("flash") else ("", "", arm)
                batch = int(rest.split("=", 1)[1]) if rest.startswith("batch=") else a.settings.llm_batch
                s2 = a.settings.with_overrides(llm_flash_attn=bool(fa) or a.settings.llm_flash_attn, llm_batch=batch)
            other = LlamaLLM.from_settings(s2)
            other.count_tokens("warm")  # loads it outside the timed questions
            assistants[arm] = Assistant(s2, embedder=a.embedder, llm=other)
        else:
            raise SystemExit(f"unknown arm {arm!r}: mia, shipped, no-reuse, context=N, passages, sentences=N, plain, "
                             "flash, flash:batch=N, batch=N")
    rows: dict[str, list[dict]] = {arm: [] for arm in arms}
    llama = a.llm.llama
    primers = {arm: PrefixPrimer(getattr(getattr(assistants[arm].llm, "_llm", assistants[arm].llm), "llama", llama))
               for arm in arms}
    for i, q in enumerate(questions):
        order = arms if i % 2 == 0 else arms[::-1]
        for arm in order:
            primers[arm]()  # as a different question before it left the cache (no-reuse empties it anyway)
            llama = primers[arm].llama
            cpu = time.process_time()
            ans = assistants[arm].ask(q["question"])
            n_kv = getattr(llama, "n_tokens", 0) if "first_token" in ans.timings_ms else 0  # prompt + draft
            rows[arm].append({"id": q.get("financebench_id"), "t": dict(ans.timings_ms), "mode": ans.mode,
                              "text": ans.text, "cpu_s": time.process_time() - cpu, "kv_tokens": n_kv,
                              "cited": [int(n) for n in re.findall(r"\[(\d+)\]", ans.draft or "")]})
    out = {arm: _summary(rs) for arm, rs in rows.items()}
    first = arms[0]
    for arm in arms[1:]:
        out[arm]["same_answer_as_" + first] = sum(x["text"] == y["text"] for x, y in zip(rows[first], rows[arm]))
        out[arm]["first_token_p50_ratio_to_" + first] = (out[arm]["first_token_ms_p50"]
                                                        / max(1e-9, out[first]["first_token_ms_p50"]))
        out[arm]["total_p50_ratio_to_" + first] = (out[arm]["total_ms_p50"] / max(1e-9, out[first]["total_ms_p50"]))
    out["per_question"] = {arm: [{k: r[k] for k in ("id", "mode", "t", "cpu_s", "cited")} for r in rs]
                           for arm, rs in rows.items()}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=8, help="questions to run")
    ap.add_argument("--threads", type=int, default=2, help="llama.cpp threads")
    ap.add_argument("--max-tokens", type=int, default=None, help="tokens per answer (default: settings.max_tokens)")
    ap.add_argument("--repeats", type=int, default=2, help="runs of each prompt per path (raw vs backend)")
    ap.add_argument("--index", default=None, help="index name or path for the end-to-end run (skipped if absent)")
    ap.add_argument("--arms", default="mia,no-reuse", help="end-to-end arms: mia, shipped, no-reuse, context=N, "
                    "passages, sentences=N, plain, flash, flash:batch=N, batch=N (comma-separated)")
    ap.add_argument("--only-end-to-end", action="store_true", help="skip the raw-vs-backend and answerer parts")
    ap.add_argument("--offset", type=int, default=0, help="skip the first N questions")
    ap.add_argument("--out", type=Path, default=None, help="write the results as JSON here")
    args = ap.parse_args()

    from assistant.llm.llama import LlamaLLM

    # generate="always": the bundled model writes no answers as shipped (settings.generate="auto"), but this
    # benchmark times its generation (the path a larger model configured by a user takes)
    settings = load_settings(llm="llama", n_threads=args.threads, max_tokens=args.max_tokens, generate="always")
    questions = load_questions(args.offset + args.limit)[args.offset:]
    if args.only_end_to_end:
        result = {"threads": args.threads, "cpu_count": os.cpu_count(), "load_avg_at_start": os.getloadavg(),
                  "context_tokens": settings.context_tokens, "max_tokens": settings.max_tokens,
                  "end_to_end": bench_end_to_end(args.index, questions, args.threads,
                                                 [x.strip() for x in args.arms.split(",") if x.strip()]),
                  "load_avg_at_end": os.getloadavg()}
        return _report(result, args.out)
    llm = LlamaLLM.from_settings(settings)
    t = time.perf_counter()
    llm.llama  # assemble (first time only) and load
    load_s = time.perf_counter() - t

    prompts = []
    for q in questions:
        overhead = llm.count_tokens(build_prompt(q["question"], []).text)
        budget = min(settings.context_tokens, llm.n_ctx - settings.max_tokens - overhead - 16)
        sources = assemble_sources(evidence_hits(q), budget_tokens=budget, count_tokens=llm.count_tokens)
        prompts.append(build_prompt(q["question"], sources).text)

    result = {
        "model": llm.name,
        "threads": args.threads,
        "cpu_count": os.cpu_count(),
        "load_avg_at_start": os.getloadavg(),
        "model_load_s": load_s,
        "context_tokens": settings.context_tokens,
        "max_tokens": settings.max_tokens,
        "raw_vs_backend": ({"skipped": "--only-end-to-end"} if args.only_end_to_end else
                           bench_raw_vs_backend(llm, prompts, settings.max_tokens, args.repeats)),
        "answerer": {"skipped": "--only-end-to-end"} if args.only_end_to_end else bench_answerer(llm, settings, questions),
        "end_to_end": (
            bench_end_to_end(args.index, questions, args.threads, [x.strip() for x in args.arms.split(",") if x.strip()])
            if args.index else {"skipped": "no --index"}
        ),
        "load_avg_at_end": os.getloadavg(),
    }
    _report(result, args.out)


def _report(result: dict, out: Path | None) -> None:
    e2e = result.get("end_to_end", {})
    per_question = e2e.pop("per_question", None) if isinstance(e2e, dict) else None
    text = json.dumps(result, indent=2, default=float)
    print(text)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        if per_question is not None:
            result["end_to_end"]["per_question"] = per_question
        out.write_text(json.dumps(result, indent=2, default=float) + "\n")


if __name__ == "__main__":
    main()

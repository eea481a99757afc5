"""Results -> ``results.json``, ``report.md`` and PNG charts (matplotlib, Agg backend)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

NAMES = {"mia": "mia", "naive": "LangChain tutorial RAG", "closed_book": "closed book (same LLM)", "bm25": "BM25 pages only"}
CHARTS = ("hit_at_k.png", "effort.png", "latency.png")


def write_report(results: dict, out: Path) -> list[Path]:
    """Write every output into ``out`` (created); returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "results.json", out / "report.md"]
    written[0].write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    written[1].write_text(render_markdown(results), encoding="utf-8")
    written += write_charts(results, out)
    return written


# ---- markdown -----------------------------------------------------------------------------------------
def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None, fmt: str = "{:.2f}") -> str:
    return "–" if x is None else fmt.format(x)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _systems_table(group: dict, systems: Sequence[str]) -> str:
    rows = []
    for name in ["mia", *systems]:
        s = group.get(name, {})
        r = s.get("retrieval", {})
        rows.append([
            NAMES.get(name, name),
            _pct(s.get("accuracy")), _pct(s.get("accuracy_answered")),
            str(s.get("refused", "–")),
            _pct(r.get("hit@1")), _pct(r.get("hit@5")), _pct(r.get("hit@10")), _num(r.get("mrr")),
            _pct(r.get("hit@5_near")), _pct(r.get("doc_hit@5")),
            _num((s.get("latency") or {}).get("p50_ms"), "{:.0f}"),
        ])
    header = ["system", "accuracy", "acc. answered", "refused", "Hit@1", "Hit@5", "Hit@10", "MRR",
              "Hit@5 ±1", "doc Hit@5", "p50 ms"]
    return _table(header, rows)


def _failures(records: Sequence[dict], n: int = 10) -> list[dict]:
    """The worst failures: wrong and verified first, then wrong, then refused; poor retrieval breaks ties."""
    def badness(r: dict) -> tuple:
        m = r["mia"]
        return (
            m["silent_error"],
            m["outcome"] == "incorrect",
            m["outcome"] == "refused",
            m["retrieval"]["rank_near"] is None,
            r["effort"]["with"]["total"] if r.get("effort") else 0.0,
        )

    bad = [r for r in records if r["mia"]["outcome"] != "correct"]
    return sorted(bad, key=badness, reverse=True)[:n]


def _why(r: dict) -> str:
    m = r["mia"]
    reasons = []
    if m["silent_error"]:
        reasons.append("wrong but verified")
    if m["slip"]:
        reasons.append(f"unit slip {m['slip']}")
    if r["evidence"] and m["retrieval"]["rank_near"] is None:
        reasons.append("evidence page not in top 10" if m["retrieval"]["doc_rank"] else "evidence document not in top 10")
    elif r["evidence"]:
        reasons.append(f"evidence at rank {m['retrieval']['rank_near']}")
    if m["refused"]:
        reasons.append("refused")
    if m["detail"]:
        reasons.append(m["detail"])
    return "; ".join(reasons)


def _clip(text: str, n: int = 120) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= n else text[: n - 1] + "…"


def render_markdown(results: dict) -> str:
    summary = results["summary"]
    overall = summary["overall"]
    systems = [s for s in results.get("baselines", []) if s in overall]
    mia = overall["mia"]
    eff = overall["effort"]
    parts = [
        f"# mia evaluation: {results['suite']}",
        f"{overall['n']} questions, index `{results['index']}`, {results['created']}. "
        f"Rules for every number: `eval/README.md`.",
        "## mia vs baselines",
        _systems_table(overall, systems),
        "## mia: answers and citations",
        _table(["metric", "value"], [
            ["correct / incorrect / refused", f"{mia['correct']} / {mia['incorrect']} / {mia['refused']}"],
            ["unit slips x1000 / x100", f"{mia['slips_x1000']} / {mia['slips_x100']}"],
            ["citation on an evidence page (strict / ±1)", f"{_pct(mia['citation_gold_hit'])} / {_pct(mia['citation_gold_hit_near'])}"],
            ["citation precision", _pct(mia["citation_precision"])],
            ["citation recall", _pct(mia["citation_recall"])],
            ["unsupported numbers in shown answers (target 0)", f"{mia['unsupported_numbers']} in {mia['answers_with_unsupported_numbers']} answers"],
            ["numbers in answers found in no cited quote", str(mia["uncited_numbers"])],
            ["silent errors (wrong yet verified)", str(mia["silent_errors"])],
            ["unanswerable questions refused", f"{mia.get('unanswerable_refused', '–')} of {mia.get('unanswerable', 0)}"],
            ["latency p50 / p95", f"{_num(mia['latency']['p50_ms'], '{:.0f}')} / {_num(mia['latency']['p95_ms'], '{:.0f}')} ms"],
            ["answer modes", ", ".join(f"{k} {v}" for k, v in sorted(mia["modes"].items()))],
            ["fallback answers (graded as refused) whose quotes hold the gold figure",
             str(mia["fallback_quotes_hold_gold"])],
            ["facts path: answered / correct / incorrect",
             f"{mia['facts_path_answered']} / {mia['facts_path_correct']} / {mia['facts_path_incorrect']}"],
        ]),
        "## Research efficiency",
        f"Analyst minutes over {eff['questions']} questions: {_num(eff['with_min'], '{:.1f}')} with mia, "
        f"{_num(eff['without_min'], '{:.1f}')} without; **gain {_pct(eff['gain'])}**.",
        _table(["assumptions", "with (min)", "without (min)", "gain"], [
            [s["variant"], f"{s['with_min']:.1f}", f"{s['without_min']:.1f}", _pct(s["gain"])]
            for s in results.get("effort_sensitivity", [])
        ]),
        "## Per question type",
    ]
    rows = []
    for qtype, g in summary["by_type"].items():
        m = g["mia"]
        rows.append([
            qtype, str(g["n"]), _pct(m["accuracy"]), _pct(m["accuracy_answered"]),
            _pct(m["retrieval"].get("hit@5")), _pct(m["citation_gold_hit_near"]),
            *[_pct(g.get(s, {}).get("accuracy")) for s in systems if "accuracy" in overall.get(s, {})],
            _pct(g["effort"]["gain"]),
        ])
    answer_systems = [s for s in systems if "accuracy" in overall.get(s, {})]
    parts.append(_table(
        ["type", "n", "mia acc.", "mia acc. answered", "mia Hit@5", "evidence cited ±1",
         *[f"{NAMES[s]} acc." for s in answer_systems], "effort gain"],
        rows,
    ))
    parts.append("## Worst 10 failures")
    parts.append(_table(["id", "type", "question", "gold", "mia", "why"], [
        [str(r["id"]), str(r["question_type"]), _clip(r["question"], 90), _clip(r["gold"], 50),
         _clip(r["mia"]["answer"], 90), _clip(_why(r), 120)]
        for r in _failures(results["questions"])
    ]) if any(r["mia"]["outcome"] != "correct" for r in results["questions"]) else "None.")
    parts.append("## Charts\n" + "\n".join(f"![{c}]({c})" for c in CHARTS))
    return "\n\n".join(parts) + "\n"


# ---- charts -------------------------------------------------------------------------------------------
def write_charts(results: dict, out: Path) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    records = results["questions"]
    overall = results["summary"]["overall"]
    paths = []

    fig, ax = plt.subplots(figsize=(6, 4))
    ks = range(1, 11)
    for name in ["mia", *results.get("baselines", [])]:
        ranks = [(r["mia"] if name == "mia" else r["baselines"].get(name, {})).get("retrieval", {}).get("rank")
                 for r in records if r["evidence"]]
        if name != "mia" and "retrieval" not in overall.get(name, {}):
            continue
        if not ranks:
            continue
        ax.plot(list(ks), [sum(1 for x in ranks if x is not None and x <= k) / len(ranks) for k in ks],
                marker="o", label=NAMES.get(name, name))
    ax.set(xlabel="k", ylabel="evidence page in top k", ylim=(0, 1), title="Hit@k (strict page)")
    ax.grid(alpha=0.3)
    ax.legend()
    paths.append(_save(fig, out / "hit_at_k.png", plt))

    fig, ax = plt.subplots(figsize=(8, 4))
    efforts = [(i, r["effort"]) for i, r in enumerate(records, 1) if r.get("effort")]
    xs = list(range(len(efforts)))
    ax.bar([x - 0.2 for x in xs], [e["without"]["total"] for _, e in efforts], width=0.4, label="without mia")
    ax.bar([x + 0.2 for x in xs], [e["with"]["total"] for _, e in efforts], width=0.4, label="with mia")
    ax.set(xlabel="question", ylabel="analyst minutes", title="Effort per question")
    ax.legend()
    paths.append(_save(fig, out / "effort.png", plt))

    fig, ax = plt.subplots(figsize=(6, 4))
    lat = [r["mia"]["latency_ms"] / 1000 for r in records]
    ax.hist(lat, bins=min(20, max(len(lat), 1)))
    ax.set(xlabel="seconds to answer", ylabel="questions", title="mia latency")
    paths.append(_save(fig, out / "latency.png", plt))
    return paths


def _save(fig, path: Path, plt) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path

"""Results -> ``results.json``, ``report.md`` and PNG charts (matplotlib, Agg backend, imported only when the
charts are drawn).

The report leads with the per-fold figures (companies the code may have been tuned on vs the others), shows
the strict grade first and the lenient one beside it, lists every answer shown and wrong, and draws the run
history."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

NAMES = {"mia": "mia", "naive": "LangChain tutorial RAG", "closed_book": "closed book (same LLM)", "bm25": "BM25 pages only"}
CHARTS = ("hit_at_k.png", "effort.png", "latency.png", "history.png")


def write_report(results: dict, out: Path) -> list[Path]:
    """Write every output into ``out`` (created); returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    history = _history(results)
    written = [out / "results.json", out / "report.md"]
    _write_atomic(written[0], json.dumps(results, indent=1, default=str))
    _write_atomic(written[1], render_markdown(results, history))
    written += write_charts(results, out, history)
    return written


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _history(results: dict) -> list[dict[str, str]]:
    """This question set's history rows of the same scope (a subset run is not compared with full runs, nor one
    set with another set run by the same suite)."""
    from .history import question_set, read_history

    file = results.get("history_file")
    if not file:
        return []
    return [r for r in read_history(Path(file))
            if r["suite"] == results["suite"] and r["scope"] == (results.get("scope") or "")
            and r["set"] == question_set(results)]


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
            _pct(s.get("accuracy")), _pct((s.get("lenient") or {}).get("accuracy")), _pct(s.get("accuracy_answered")),
            str(s.get("refused", "–")),
            _pct(r.get("hit@1")), _pct(r.get("hit@5")), _pct(r.get("hit@10")), _num(r.get("mrr")),
            _pct(r.get("hit@5_near")), _pct(r.get("doc_hit@5")),
            _num((s.get("latency") or {}).get("p50_ms"), "{:.0f}"),
        ])
    header = ["system", "accuracy (strict)", "accuracy (lenient)", "acc. answered", "refused", "Hit@1", "Hit@5", "Hit@10", "MRR",
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
    elif m.get("shown_wrong"):
        reasons.append("shown and wrong")
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


def _fold_rows(results: dict) -> list[tuple[str, str, dict]]:
    """(fold label, its companies, its summary) for every fold, then all folds together."""
    folds = results.get("folds") or {}
    by_fold: dict[str, list[str]] = defaultdict(list)
    for company, f in (folds.get("companies") or {}).items():
        by_fold[str(f)].append(company)
    rows = [(f"fold {f}", ", ".join(by_fold.get(f, [])), s)
            for f, s in sorted((folds.get("summary") or {}).items())] if len(folds.get("summary") or {}) > 1 else []
    return rows + [("all", "", results["summary"])]


def fold_table(results: dict) -> str:
    rows = []
    for label, companies, summary in _fold_rows(results):
        m = summary["overall"]["mia"]
        le = m.get("lenient") or {}
        e = summary["overall"]["effort"]
        rows.append([
            label, str(m["n"]),
            f"{m['correct']} / {m['incorrect']} / {m['refused']}", _pct(m["accuracy"]),
            f"{le.get('correct', '–')} / {le.get('incorrect', '–')}", _pct(le.get("accuracy")),
            str(m.get("shown_wrong", "–")), _pct(m["retrieval"].get("hit@5")),
            _pct(e.get("gain")), _pct(e.get("gain_no_credit")),
            _num(m["latency"]["p50_ms"], "{:.0f}"), _clip(companies, 200),
        ])
    return _table(["fold", "n", "strict correct / wrong / refused", "strict acc.", "lenient correct / wrong",
                   "lenient acc.", "shown and wrong", "Hit@5", "effort gain (pointer credit)",
                   "effort gain (no credit)", "p50 ms", "companies"], rows)


def shown_wrong_section(records: Sequence[dict]) -> str:
    """Answers shown as answers (not refusals, not quoted passages) and graded wrong, per mode, with why."""
    wrong = [r for r in records if r["mia"].get("shown_wrong")]
    if not wrong:
        return "None: every wrong outcome was a refusal or quoted passages."
    counts: dict[str, int] = defaultdict(int)
    for r in wrong:
        counts[r["mia"]["mode"]] += 1
    shown: dict[str, int] = defaultdict(int)
    for r in records:
        if not (r["mia"]["refused"] or r["mia"]["mode"] == "fallback"):
            shown[r["mia"]["mode"]] += 1
    head = _table(["mode", "shown", "shown and wrong"],
                  [[m, str(shown[m]), str(counts[m])] for m in sorted(set(shown) | set(counts))])
    lines = _table(["id", "fold", "mode", "question", "gold", "mia", "why"], [
        [str(r["id"]), str(r.get("fold", "")), r["mia"]["mode"], _clip(r["question"], 80), _clip(r["gold"], 60),
         _clip(r["mia"]["answer"], 100), _clip(r["mia"]["detail"] + ("; lenient: " + r["mia"]["lenient"]["outcome"]
                                                                   if r["mia"].get("lenient") else ""), 140)]
        for r in sorted(wrong, key=lambda r: (r["mia"]["mode"], str(r["id"])))
    ])
    return head + "\n\n" + lines


def _effort_rows(groups: dict) -> list[list[str]]:
    rows = []
    for name, g in groups.items():
        e = g["effort"]
        if not e["questions"]:
            continue
        rows.append([name, str(e["questions"]), f"{e['without_min']:.1f}", f"{e['with_min']:.1f}",
                     f"{e['with_min_no_credit']:.1f}", _pct(e["gain"]), _pct(e["gain_no_credit"]),
                     _pct(e.get("wrong_share"))])
    return rows


EFFORT_HEADER = ["group", "questions", "without mia (min)", "with mia (min)", "with, no pointer credit (min)",
                 "gain", "gain, no pointer credit", "share of minutes on wrong answers"]


def history_table(history: Sequence[dict[str, str]], n: int = 12) -> str:
    if not history:
        return "No runs of this question set (and scope) in the history yet."
    rows = [[h["date"][:16], h["commit"], h["tag"], h["fold"], h["n"], h["correct"], h["wrong"], h["refused"],
             h["lenient_correct"], h["hit@5"], h["effort_gain"], h["effort_gain_no_credit"], h["p50_ms"]]
            for h in history[-n:]]
    return _table(["date", "commit", "tag", "fold", "n", "correct", "wrong", "refused", "lenient correct",
                   "Hit@5", "effort gain", "gain no credit", "p50 ms"], rows)


def render_markdown(results: dict, history: Sequence[dict[str, str]] = ()) -> str:
    summary = results["summary"]
    overall = summary["overall"]
    systems = [s for s in results.get("baselines", []) if s in overall]
    mia = overall["mia"]
    lenient = mia.get("lenient") or {}
    eff = overall["effort"]
    folds = results.get("folds") or {}
    scope = f" (subset: {results['scope']})" if results.get("scope") else ""
    if results.get("regraded_from"):
        scope += f" (the stored answers of the run of {results['regraded_from']}, graded again with the current rules)"
    parts = [
        f"# mia evaluation: {results['suite']}{scope}",
        f"{overall['n']} questions, index `{results['index']}`, {results['created']}, commit "
        f"`{results.get('commit', '?')}`, tag `{results.get('tag') or '–'}`. Rules for every number: `eval/README.md`.",
        "## Per fold",
        f"Companies are split into {folds.get('k', 1)} folds by `{folds.get('rule', '–')}`. A change tuned on one "
        "fold is measured on the other: the gap between folds is what tuning to the dev set is worth. "
        "Strict grading first; the lenient (original) grader beside it.",
        fold_table(results),
        "## mia vs baselines",
        _systems_table(overall, systems),
        "## mia: answers and citations",
        _table(["metric", "strict", "lenient"], [
            ["correct / incorrect / refused", f"{mia['correct']} / {mia['incorrect']} / {mia['refused']}",
             f"{lenient.get('correct', '–')} / {lenient.get('incorrect', '–')} / {lenient.get('refused', '–')}"],
            ["accuracy / accuracy answered", f"{_pct(mia['accuracy'])} / {_pct(mia['accuracy_answered'])}",
             f"{_pct(lenient.get('accuracy'))} / {_pct(lenient.get('accuracy_answered'))}"],
            ["unit slips x1000 / x100", f"{mia['slips_x1000']} / {mia['slips_x100']}",
             f"{lenient.get('slips_x1000', '–')} / {lenient.get('slips_x100', '–')}"],
        ]),
        _table(["metric", "value"], [
            ["shown and wrong (answers shown as answers, graded wrong)",
             f"{mia.get('shown_wrong', '–')} ({', '.join(f'{k} {v}' for k, v in mia.get('shown_wrong_by_mode', {}).items()) or 'none'})"],
            ["correct headline with a second, unmatched figure in its sentence (flagged)",
             str(mia.get("flagged_second_figure", "–"))],
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
        "## Shown and wrong (silent errors), per mode",
        shown_wrong_section(results["questions"]),
        "## Research efficiency",
        f"Analyst minutes over {eff['questions']} questions: {_num(eff['with_min'], '{:.1f}')} with mia, "
        f"{_num(eff['without_min'], '{:.1f}')} without; **gain {_pct(eff['gain'])}** with pointer credit "
        f"({eff.get('pointer_credited', 0)} declined or quoted replies cite an evidence page), "
        f"**{_pct(eff.get('gain_no_credit'))} without it**; {_pct(eff.get('gain_original'))} under the original "
        f"model (lenient grade, no pointer credit). Minutes spent on wrong answers: "
        f"{_num(eff.get('wrong_min'), '{:.1f}')} of {_num(eff['with_min'], '{:.1f}')} "
        f"({_pct(eff.get('wrong_share'))}, {eff.get('wrong_answers', 0)} answers).",
        _table(["assumptions", "with (min)", "with, no credit (min)", "without (min)", "gain", "gain, no credit"], [
            [s["variant"], f"{s['with_min']:.1f}", f"{s.get('with_min_no_credit', s['with_min']):.1f}",
             f"{s['without_min']:.1f}", _pct(s["gain"]), _pct(s.get("gain_no_credit"))]
            for s in results.get("effort_sensitivity", [])
        ]),
        "### Effort per answer mode",
        _table(EFFORT_HEADER, _effort_rows(summary.get("by_mode", {}))),
        "### Effort per question type",
        _table(EFFORT_HEADER, _effort_rows(summary["by_type"])),
        "## Per question type",
    ]
    rows = []
    for qtype, g in summary["by_type"].items():
        m = g["mia"]
        rows.append([
            qtype, str(g["n"]), _pct(m["accuracy"]), _pct((m.get("lenient") or {}).get("accuracy")),
            _pct(m["accuracy_answered"]),
            _pct(m["retrieval"].get("hit@5")), _pct(m["citation_gold_hit_near"]),
            *[_pct(g.get(s, {}).get("accuracy")) for s in systems if "accuracy" in overall.get(s, {})],
            _pct(g["effort"]["gain"]),
        ])
    answer_systems = [s for s in systems if "accuracy" in overall.get(s, {})]
    parts.append(_table(
        ["type", "n", "mia acc. (strict)", "mia acc. (lenient)", "mia acc. answered", "mia Hit@5",
         "evidence cited ±1", *[f"{NAMES[s]} acc." for s in answer_systems], "effort gain"],
        rows,
    ))
    parts.append("## Worst 10 failures")
    parts.append(_table(["id", "type", "question", "gold", "mia", "why"], [
        [str(r["id"]), str(r["question_type"]), _clip(r["question"], 90), _clip(r["gold"], 50),
         _clip(r["mia"]["answer"], 90), _clip(_why(r), 120)]
        for r in _failures(results["questions"])
    ]) if any(r["mia"]["outcome"] != "correct" for r in results["questions"]) else "None.")
    parts.append("## History\n\nRuns of this question set (and scope) in `eval/reports/history.csv`, newest last; "
                 "`history.png` draws them.")
    parts.append(history_table(history))
    parts.append("## Charts\n" + "\n".join(f"![{c}]({c})" for c in CHARTS))
    return "\n\n".join(parts) + "\n"


# ---- charts -------------------------------------------------------------------------------------------
def write_charts(results: dict, out: Path, history: Sequence[dict[str, str]] = ()) -> list[Path]:
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
    paths.append(history_chart(history, out / "history.png", plt))
    return paths


def _float(x: str) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def history_chart(history: Sequence[dict[str, str]], path: Path, plt) -> Path:
    """Strict accuracy and effort gain per run, one line per fold; the x axis names each run's tag."""
    runs: list[tuple[str, str, str]] = []  # (date, commit, tag), in file order
    for h in history:
        key = (h["date"], h["commit"], h["tag"])
        if key not in runs:
            runs.append(key)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    for fold in sorted({h["fold"] for h in history}, key=lambda f: (f == "all", f)):
        pts = {(h["date"], h["commit"], h["tag"]): h for h in history if h["fold"] == fold}
        xs = [i for i, key in enumerate(runs) if key in pts]
        acc = [(_float(pts[runs[i]]["correct"]) or 0) / max(_float(pts[runs[i]]["n"]) or 1, 1) for i in xs]
        gains = [_float(pts[runs[i]]["effort_gain"]) for i in xs]
        style = {"linewidth": 2.5, "color": "black"} if fold == "all" else {}
        label = "all" if fold == "all" else f"fold {fold}"
        ax1.plot(xs, acc, marker="o", label=label, **style)
        ax2.plot([x for x, g in zip(xs, gains) if g is not None], [g for g in gains if g is not None],
                 marker="o", label=label, **style)
    labels = [t or c for _, c, t in runs]
    for ax, title in ((ax1, "strict accuracy"), (ax2, "effort gain (pointer credit)")):
        ax.set_xticks(range(len(runs)), labels, rotation=30, ha="right", fontsize=8)
        ax.set(title=title, ylim=(min(0, ax.get_ylim()[0]) if history else 0, 1))
        ax.grid(alpha=0.3)
        if history:
            ax.legend(fontsize=8)
    if not history:
        ax1.text(0.5, 0.5, "no history yet", ha="center", transform=ax1.transAxes)
    return _save(fig, path, plt)


def _save(fig, path: Path, plt) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path

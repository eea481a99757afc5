"""Per-question records -> summary tables (overall, per question type, per answer mode), for mia and each
baseline. mia's ``outcome`` is the strict grade; ``lenient`` holds the original grader's counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from .effort import gain
from .metrics import mean, percentile

KS = (1, 5, 10)


def retrieval_summary(scores: Sequence[dict]) -> dict:
    out: dict = {"n": len(scores)}
    if not scores:
        return out
    for k in KS:
        out[f"hit@{k}"] = mean(s[f"hit@{k}"] for s in scores)
        out[f"hit@{k}_near"] = mean(s[f"hit@{k}_near"] for s in scores)
    out["mrr"] = mean(s["mrr"] for s in scores)
    out["mrr_near"] = mean(s["mrr_near"] for s in scores)
    out["doc_hit@5"] = mean(s["doc_hit@5"] for s in scores)
    return out


def answer_summary(runs: Sequence[dict], answerable: Sequence[bool]) -> dict:
    """Outcome counts and rates; ``runs`` are the per-system dicts holding ``outcome`` and ``slip``
    (strict), and ``lenient`` (the original grader's outcome), whose counts go under ``lenient``."""
    ans = [r for r, a in zip(runs, answerable) if a]
    una = [r for r, a in zip(runs, answerable) if not a]
    counts = Counter(r["outcome"] for r in ans)
    answered = counts["correct"] + counts["incorrect"]
    out = {
        "n": len(ans),
        "correct": counts["correct"],
        "incorrect": counts["incorrect"],
        "refused": counts["refused"],
        "accuracy": counts["correct"] / len(ans) if ans else None,
        "accuracy_answered": counts["correct"] / answered if answered else None,
        "slips_x1000": sum(1 for r in ans if r.get("slip") == "x1000"),
        "slips_x100": sum(1 for r in ans if r.get("slip") == "x100"),
    }
    if una:
        out["unanswerable"] = len(una)
        out["unanswerable_refused"] = sum(1 for r in una if r["outcome"] == "correct")
    if runs and all(isinstance(r.get("lenient"), dict) for r in runs):
        out["lenient"] = answer_summary([r["lenient"] for r in runs], answerable)
    return out


def latency_summary(ms: Sequence[float]) -> dict:
    return {"p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95), "n": len(ms)}


def mia_extras(records: Sequence[dict]) -> dict:
    runs = [r["mia"] for r in records]
    cites = [r["citations_score"] for r in runs]
    shown = [r for r in runs if not r["refused"]]
    return {
        "citation_gold_hit": mean(c["gold_hit"] for c in cites),
        "citation_gold_hit_near": mean(c["gold_hit_near"] for c in cites),
        "citation_precision": mean(c["precision"] for c in cites),
        "citation_recall": mean(c["recall"] for c in cites),
        "unsupported_numbers": sum(len(r["unsupported_numbers"]) for r in shown),
        "answers_with_unsupported_numbers": sum(1 for r in shown if r["unsupported_numbers"]),
        "uncited_numbers": sum(len(c["uncited_numbers"]) for r, c in zip(runs, cites) if not r["refused"]),
        "silent_errors": sum(1 for r in runs if r["silent_error"]),
        # shown and wrong: an answer mia showed as an answer (not a refusal, not quoted passages), graded wrong
        "shown_wrong": sum(1 for r in runs if r.get("shown_wrong")),
        "shown_wrong_by_mode": dict(sorted(Counter(r["mode"] for r in runs if r.get("shown_wrong")).items())),
        "flagged_second_figure": sum(1 for r in runs if r.get("flag")),
        "modes": dict(Counter(r["mode"] for r in runs)),
        "fallback_quotes_hold_gold": sum(1 for r in runs if r.get("fallback_quotes_hold_gold")),
        # the facts path: answers read from a table row or computed from cited rows
        "facts_path_answered": sum(1 for r in runs if r["mode"] in ("facts", "calc")),
        "facts_path_correct": sum(1 for r in runs if r["mode"] in ("facts", "calc") and r["outcome"] == "correct"),
        "facts_path_incorrect": sum(
            1 for r in runs if r["mode"] in ("facts", "calc") and r["outcome"] == "incorrect"
        ),
    }


def summarise_group(records: Sequence[dict], systems: Sequence[str]) -> dict:
    answerable = [r["answerable"] for r in records]
    with_gold = [r for r in records if r["evidence"]]
    out: dict = {"n": len(records)}
    mia = {
        **answer_summary([r["mia"] for r in records], answerable),
        "retrieval": retrieval_summary([r["mia"]["retrieval"] for r in with_gold]),
        "latency": latency_summary([r["mia"]["latency_ms"] for r in records]),
        **mia_extras(records),
    }
    out["mia"] = mia
    for name in systems:
        runs = [r["baselines"][name] for r in records]
        s: dict = {}
        if any("outcome" in b for b in runs):
            s.update(answer_summary(runs, answerable))
            s["latency"] = latency_summary([b["latency_ms"] for b in runs if "latency_ms" in b])
        if any("retrieval" in b for b in runs):
            s["retrieval"] = retrieval_summary([r["baselines"][name]["retrieval"] for r in with_gold])
        out[name] = s
    out["effort"] = effort_summary(records)
    return out


def effort_summary(records: Sequence[dict]) -> dict:
    """Analyst minutes and gain with pointer credit (the model), without it, and under the original model
    (lenient grade, no pointer credit); the share of minutes spent on wrong answers."""
    efforts = [(r, r["effort"]) for r in records if r.get("effort")]
    without = [e["without"]["total"] for _, e in efforts]
    with_ = [e["with"]["total"] for _, e in efforts]
    plain = [e.get("with_no_credit", e["with"])["total"] for _, e in efforts]
    original = [e.get("with_original", e.get("with_no_credit", e["with"]))["total"] for _, e in efforts]
    wrong = [e["with"]["total"] for r, e in efforts if r["mia"]["outcome"] == "incorrect"]
    return {
        "questions": len(efforts),
        "with_min": sum(with_),
        "with_min_no_credit": sum(plain),
        "without_min": sum(without),
        "gain": gain(with_, without),
        "gain_no_credit": gain(plain, without),
        "gain_original": gain(original, without),
        "pointer_credited": sum(1 for _, e in efforts if e["with"].get("pointer")),
        "wrong_answers": len(wrong),
        "wrong_min": sum(wrong),
        "wrong_share": sum(wrong) / sum(with_) if sum(with_) > 0 else None,
    }


def _groups(records: Sequence[dict], key) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        groups[str(key(r) or "unknown")].append(r)
    return dict(sorted(groups.items()))


def summarise(records: Sequence[dict], systems: Sequence[str]) -> dict:
    """Overall, per question type and per answer mode (any mode string mia reports)."""
    return {
        "overall": summarise_group(records, systems),
        "by_type": {t: summarise_group(rs, systems) for t, rs in _groups(records, lambda r: r.get("question_type")).items()},
        "by_mode": {m: summarise_group(rs, systems) for m, rs in _groups(records, lambda r: r["mia"]["mode"]).items()},
    }

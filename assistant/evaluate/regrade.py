"""Grade a stored run again with the current rules: ``python -m assistant.evaluate.regrade RESULTS --out DIR``.

mia's answers, citations, latencies and retrieval ranks in an old ``results.json`` are kept as they were; the
outcomes (strict and lenient), the flags, the effort (with and without pointer credit), the folds and every
summary are computed again, and a report is written. A stored run of older code can so join the history
(``--tag``, ``--history``) on the same footing as a new run; the report's title says it was regraded.
"""

from __future__ import annotations

import argparse
import copy
import json
from pathlib import Path

from . import folds as fl
from .effort import EffortParams, ManualTask, MiaTask
from .runner import effort_record, evidence_position, finish, grades, load_questions, summaries
from ..types import Citation


def _companies(old: dict, questions_file: Path | None) -> dict[str, str]:
    """Question id -> company, from the suite's questions file (old runs did not store the company)."""
    path = questions_file or Path(old.get("questions_file") or "")
    if not path.is_file():
        return {}
    return {str(q.get("financebench_id") or q.get("id")): fl.company_of(q) for q in load_questions(path)}


def regrade(old: dict, *, split: int = 2, params: EffortParams | None = None, questions_file: Path | None = None,
            tag: str = "", commit: str = "") -> dict:
    """A results dict like ``run_suite``'s, from a stored one, graded and summarised with the current rules."""
    params = params or EffortParams()
    companies = _companies(old, questions_file)
    records = []
    for r in copy.deepcopy(old["questions"]):
        m = r["mia"]
        m.update(grades(r["gold"], m["answer"], m["refused"], m["mode"], bool(m.get("verified")), r["question"]))
        for b in r.get("baselines", {}).values():
            if "answer" in b:
                g = grades(r["gold"], b["answer"], b["refused"], "baseline", False, r["question"])
                b.update({k: g[k] for k in ("outcome", "slip", "detail", "flag", "lenient")})
        r["company"] = r.get("company") or companies.get(str(r["id"])) or fl.company_of({"doc_name": r.get("doc_name")})
        r["fold"] = fl.fold_of(r["company"], split)
        if r.get("effort"):
            e = r["effort"]
            gold = {(ev["doc"], int(ev["page"])) for ev in r["evidence"]}
            cites = [Citation(c["n"], c["doc"], c.get("source", ""), c["page"], c.get("quote", "")) for c in m["citations"]]
            task = {k: v for k, v in e["mia_task"].items() if k in MiaTask.__dataclass_fields__}
            task.update(outcome=m["outcome"], evidence_position=evidence_position(cites, gold))
            r["effort"] = effort_record(ManualTask(**e["manual"]), MiaTask(**task), m["lenient"]["outcome"], params)
        records.append(r)
    keep = ("suite", "set", "questions_file", "docs", "index", "created", "settings", "baselines", "setup_seconds")
    return {
        **{k: old[k] for k in keep if k in old},
        "tag": tag,
        "commit": commit or old.get("commit") or "unknown",
        "scope": old.get("scope", ""),
        "regraded_from": old.get("created"),
        **summaries(records, old.get("baselines", []), params, split),
        "questions": records,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("results", type=Path, help="a results.json written by `mia eval`")
    ap.add_argument("--out", type=Path, required=True, help="folder for the new results.json, report.md, charts")
    ap.add_argument("--split", type=int, default=2)
    ap.add_argument("--questions", type=Path, default=None, help="the suite's questions.jsonl (for companies)")
    ap.add_argument("--tag", default="")
    ap.add_argument("--commit", default="", help="the commit that produced the stored answers, when known")
    ap.add_argument("--history", type=Path, default=None, help="append the rows to this history CSV")
    args = ap.parse_args(argv)
    try:
        old = json.loads(args.results.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        ap.exit(2, f"{args.results}: cannot read a results file ({exc})\n")
    new = regrade(old, split=args.split, questions_file=args.questions, tag=args.tag, commit=args.commit)
    finish(new, args.history, args.out)
    print(json.dumps(new["headline"], indent=1))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

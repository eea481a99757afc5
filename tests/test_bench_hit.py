"""eval/bench_hit.py: evidence-page Hit@k of several indexes of the same files, each queried with its own embedder."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from assistant.index.embeddings.hash import HashEmbedder
from assistant.index.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]


def _bench_hit():
    spec = importlib.util.spec_from_file_location("bench_hit", ROOT / "eval" / "bench_hit.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_two_indexes_of_other_embedders_are_graded_on_the_same_questions(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "CONTOSO_2024_10K.txt").write_text("Contoso spent 412 million on purchases of property and equipment "
                                               "in fiscal 2024.\n")
    (docs / "NORTHWIND_2024_10K.txt").write_text("Northwind paid dividends of 1.10 per share in 2024.\n")
    ingest([docs], tmp_path / "wide", HashEmbedder, workers=0)
    ingest([docs], tmp_path / "narrow", lambda: HashEmbedder(dim=64), workers=0)
    data = tmp_path / "data"
    data.mkdir()
    rows = [{"financebench_id": "c1", "company": "Contoso", "doc_name": "CONTOSO_2024_10K",
             "question": "How much did Contoso spend on property and equipment in fiscal 2024?",
             "evidence": [{"doc_name": "CONTOSO_2024_10K", "evidence_page_num": 0}]},
            {"financebench_id": "x1", "company": "Fabrikam", "doc_name": "FABRIKAM_2024_10K",
             "question": "What did Fabrikam earn?", "evidence": []}]  # its filing is not indexed: left out
    (data / "questions.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "hit.json"
    assert _bench_hit().main([str(tmp_path / "wide"), str(tmp_path / "narrow"), "--data", str(data),
                              "--json", str(out)]) == 0
    results = json.loads(out.read_text())
    assert [r["embedder"] for r in results] == ["hash-384", "hash-64"]
    assert all(r["questions"] == 1 and r["all"]["hit@5"] == 1.0 for r in results)
    assert "gained on 0 [], lost on 0 []" in capsys.readouterr().out

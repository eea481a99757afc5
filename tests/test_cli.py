"""The `mia` CLI through typer's CliRunner, with the hash embedder and the fake LLM (fast, offline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.faces.cli import EXIT_SKIPPED, app

runner = CliRunner()

REPORT_A = """# Hyperscaler capex 2024

Acme Cloud spent $55.7 billion on capital expenditures in fiscal year 2024, up from $32.3 billion a year earlier.
Most of the increase went to servers and data-centre buildings.
"""
REPORT_B = """# Memory market

Widget Memory shipped 120 million units of high-bandwidth memory in 2024. Its market share reached 52 percent.
"""


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MIA_EMBEDDER", "hash")
    monkeypatch.setenv("MIA_LLM", "fake")
    monkeypatch.setenv("MIA_INDEX_ROOT", str(tmp_path / "indexes"))
    monkeypatch.delenv("MIA_CONFIG", raising=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "acme_capex.md").write_text(REPORT_A)
    (docs / "memory.txt").write_text(REPORT_B)
    return docs


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_ingest_then_unchanged(env):
    r = invoke("ingest", str(env), "--index", "t", "--quiet")
    assert r.exit_code == 0, r.output
    assert "2 ingested" in r.output
    r = invoke("ingest", str(env), "--index", "t", "--quiet")
    assert r.exit_code == 0
    assert "0 ingested, 2 unchanged" in r.output


def test_ingest_bad_file_exit_code_and_message(env):
    (env / "empty.txt").write_bytes(b"")
    r = invoke("ingest", str(env), "--index", "t", "--quiet")
    assert r.exit_code == EXIT_SKIPPED
    assert "2 ingested" in r.output and "1 skipped" in r.output
    assert "empty.txt" in r.output


def test_ingest_missing_path_is_usage_error(env):
    r = invoke("ingest", str(env / "nope"), "--index", "t")
    assert r.exit_code == 2
    assert "nope" in r.output


def test_search_json_fields(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    r = invoke("search", "capital expenditures Acme", "--index", "t", "--json", "-k", "3")
    assert r.exit_code == 0, r.output
    hits = json.loads(r.output)
    assert hits and set(hits[0]) == {"doc", "source", "page", "page_end", "score", "text", "metadata"}
    assert hits[0]["doc"] == "acme_capex"
    assert hits[0]["page"] == 1 and isinstance(hits[0]["score"], float)
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)


def test_ask_json_schema(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    r = invoke("ask", "How much did Acme Cloud spend on capital expenditures in fiscal year 2024?", "--index", "t", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert {"question", "answer", "refused", "citations", "verification", "timings_ms"} <= set(out)
    assert set(out["verification"]) == {"supported", "unsupported_numbers"}
    assert {"retrieve", "generate", "total"} <= set(out["timings_ms"])
    for c in out["citations"]:
        assert set(c) == {"n", "doc", "source", "page", "quote", "score"}
        assert isinstance(c["page"], int) and c["page"] >= 1
    assert not out["refused"] and out["citations"]
    assert "55.7" in out["answer"]


def test_ask_without_index_fails_cleanly(env):
    r = invoke("ask", "anything", "--index", "missing")
    assert r.exit_code == 1
    assert "no index" in r.output


def test_index_list_info_remove(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    assert "t" in invoke("index", "list").output.split()
    info = invoke("index", "info", "t")
    assert info.exit_code == 0 and "acme_capex" in info.output
    assert invoke("index", "remove", "t", "--yes").exit_code == 0
    assert "t" not in invoke("index", "list").output.split()


def test_config_show_reflects_env_and_options(env, monkeypatch):
    monkeypatch.setenv("MIA_K", "11")
    r = invoke("--llm", "openai", "config", "show", "--json")
    data = json.loads(r.output)
    assert data["k"] == 11 and data["llm"] == "openai" and data["embedder"] == "hash"


def test_bad_filter_is_usage_error(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    r = invoke("search", "x", "--index", "t", "--filter", "nonsense")
    assert r.exit_code == 2


def test_eval_sample_smoke_writes_three_outputs(env, tmp_path):
    out = tmp_path / "evalout"
    r = invoke("eval", "sample", "--limit", "3", "--out", str(out), "--baselines", "closed_book,bm25")
    assert r.exit_code == 0, r.output
    results = json.loads((out / "results.json").read_text())
    assert len(results["questions"]) == 3 and results["baselines"] == ["closed_book", "bm25"]
    assert (out / "report.md").read_text().strip()
    assert list(out.glob("*.png"))


def test_eval_rejects_unknown_baseline(env):
    r = invoke("eval", "sample", "--baselines", "magic")
    assert r.exit_code == 2 and "magic" in r.output


def test_ask_with_unreachable_server_is_one_line_error(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    r = invoke("--llm", "openai", "--base-url", "http://127.0.0.1:9/v1", "ask",
               "How much did Acme Cloud spend on capital expenditures in fiscal year 2024?", "--index", "t", "--json")
    assert r.exit_code == 1
    assert "Traceback" not in r.output and "127.0.0.1:9" in r.output


def test_duplicate_file_is_named_with_the_original(env):
    (env / "copy_of_memory.txt").write_text(REPORT_B)
    r = invoke("ingest", str(env), "--index", "t", "--quiet")
    assert r.exit_code == 0 and "1 duplicates" in r.output
    assert "same bytes as" in r.output and "memory.txt" in r.output


def test_ask_json_failure_is_a_json_error_object(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    r = invoke("--llm", "openai", "--base-url", "http://127.0.0.1:9/v1", "ask",
               "Why did Widget Memory gain share?", "--index", "t", "--json")
    assert r.exit_code == 1
    error = json.loads(r.stdout)["error"]
    assert error["type"] == "LLMServerError" and "127.0.0.1:9" in error["message"]


def test_a_filter_that_matches_nothing_says_so_with_the_nearest_values(env):
    invoke("ingest", str(env), "--index", "t", "--quiet")
    r = invoke("search", "capital expenditures", "--index", "t", "--filter", "doc=acme_capx", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert "no document is doc=acme_capx (nearest: acme_capex" in r.stderr


def test_index_info_on_the_sample_corpus_shows_company_and_type_for_every_report(env, corpus_dir):
    r = invoke("ingest", str(corpus_dir), "--index", "corpus", "--quiet")
    assert r.exit_code == 0, r.output
    info = invoke("index", "info", "corpus").stdout
    lines = [ln for ln in info.splitlines() if ln.startswith("  ") and " pages)" in ln]
    assert len(lines) == 8
    for line in lines:
        doc_type, company = line.split("(", 1)[1].split(", ")[:2]
        assert doc_type != "?" and company != "?", line
    assert "(market report, NVIDIA, AMD, FY2024, 4 pages)" in info  # not "Q4 2025"
    assert "company <- named most: NVIDIA" in info and "company <- sidecar datacenter_cooling_2024.meta.json" in info


def test_facts_json_and_xlsx_on_the_sample_corpus(env, corpus_dir, tmp_path):
    import openpyxl

    invoke("ingest", str(corpus_dir), "--index", "corpus", "--quiet")
    r = invoke("facts", "capital expenditure", "--index", "corpus", "--json", "--xlsx", str(tmp_path / "capex.xlsx"))
    rows = json.loads(r.stdout)
    assert {row["company"] for row in rows} == {"Microsoft", "Alphabet", "Amazon", "Meta"}
    alphabet = {row["period"]: row["value"] for row in rows if row["company"] == "Alphabet"}
    assert alphabet == {"FY2023": 32.3, "FY2024": 52.5, "Q4 2024": 14.3}
    book = openpyxl.load_workbook(tmp_path / "capex.xlsx")
    assert book.sheetnames == ["facts", "by period"]
    header = next(book["by period"].values)
    assert header == ("period", "Alphabet", "Amazon", "Meta", "Microsoft")


# ----------------------------------------------------------------------------------------------- safety (#14)


def test_index_names_that_are_paths_are_refused_and_nothing_is_written(env, tmp_path):
    (tmp_path / "indexes").mkdir()
    for bad in ("..", ".", "../../x", "sub/idx"):
        r = invoke("ingest", str(env), "--index", bad, "--quiet")
        assert r.exit_code == 2 and "bad index name" in r.output, r.output
        r = invoke("index", "remove", bad, "-y")
        assert r.exit_code == 2 and "bad index name" in r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs", "indexes"]
    assert list((tmp_path / "indexes").iterdir()) == [] and len(list(env.iterdir())) == 2


def test_index_path_is_explicit_and_remove_needs_an_index(env, tmp_path):
    target = tmp_path / "my-index"
    r = invoke("ingest", str(env), "--index-path", str(target), "--quiet")
    assert r.exit_code == 0, r.output
    r = invoke("search", "capital expenditures", "--index-path", str(target), "--json")
    assert r.exit_code == 0 and json.loads(r.output)
    r = invoke("ingest", str(env), "--index-path", str(env), "--quiet")  # a folder of documents: refused
    assert r.exit_code == 1 and "not a mia index" in r.output
    assert sorted(p.name for p in env.iterdir()) == ["acme_capex.md", "memory.txt"]
    r = invoke("index", "remove", "--index-path", str(env), "-y")
    assert r.exit_code == 1 and "not a mia index" in r.output and (env / "memory.txt").exists()
    r = invoke("index", "remove", "--index-path", str(target), "-y")
    assert r.exit_code == 0 and not target.exists()


def test_busy_index_is_one_line_and_non_zero(env, tmp_path):
    from assistant.index.embeddings.hash import HashEmbedder
    from assistant.index.store import IndexWriter

    assert invoke("ingest", str(env), "--index", "t", "--quiet").exit_code == 0
    emb = HashEmbedder()
    writer = IndexWriter.begin(tmp_path / "indexes" / "t", emb.name, emb.dim)
    try:
        (env / "new.txt").write_text("Gamma designs chips.")
        r = invoke("ingest", str(env), "--index", "t", "--quiet")
    finally:
        writer.abort()
    assert r.exit_code == 1
    assert f"index t is being written by another ingest (pid {__import__('os').getpid()}); try again" in r.output
    assert "Traceback" not in r.output


def test_bad_k_backwards_years_and_huge_questions_are_usage_errors(env):
    assert invoke("ingest", str(env), "--index", "t", "--quiet").exit_code == 0
    for k in ("0", "-2"):
        r = invoke("search", "capex", "--index", "t", "-k", k)
        assert r.exit_code == 2 and "at least 1" in r.output
        r = invoke("ask", "capex?", "--index", "t", "-k", k)
        assert r.exit_code == 2 and "at least 1" in r.output
    r = invoke("search", "capex", "--index", "t", "-f", "year=2024-2020")
    assert r.exit_code == 2 and "runs backwards" in r.output
    r = invoke("ask", "What was capex? " * 10_000, "--index", "t")
    assert r.exit_code == 2 and "characters long" in r.output and len(r.output) < 300


def test_file_names_with_terminal_escapes_are_printed_escaped(env):
    bad = env / "evil\x1b[2J\x1b]0;pwned\x07.txt"
    bad.write_bytes(b"")  # empty: skipped, so its name is printed
    r = invoke("ingest", str(env), "--index", "t", "--quiet")
    assert r.exit_code == EXIT_SKIPPED
    assert "\x1b" not in r.output and "\x07" not in r.output
    assert "evil\\x1b[2J\\x1b]0;pwned\\x07.txt" in r.output

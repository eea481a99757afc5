"""The evidence trail (assistant/answer/trail.py): every claim with its quote, page, file and sha256, and the
calculation with its inputs; written by `mia ask --export` and the REPL's `/export --trail`."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.answer.trail import build_trail, claims_of, trail_markdown, write_trail
from assistant.types import Answer, Citation, Verification

INCOME = """Contoso Ltd consolidated statement of income (in millions)
Net revenue 4,210 3,905
Cost of revenue 2,483 2,391
Gross profit 1,727 1,514
"""
BALANCE = "Contoso Ltd balance sheet (in millions)\nTotal current assets 1,902 1,744\n"


class ManifestIndex:
    """An index's manifest as `Index.manifest()` returns it: source path -> doc_id, size, mtime, sha256."""

    def __init__(self, records: dict[str, str]) -> None:
        self.records = records

    def manifest(self):
        return {src: {"doc_id": sha[:16], "size": 1, "mtime_ns": 1, "sha256": sha} for src, sha in self.records.items()}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    income, balance = tmp_path / "CONTOSO_2022_10K.txt", tmp_path / "CONTOSO_2022_BS.txt"
    income.write_text(INCOME)
    balance.write_text(BALANCE)
    return income, balance


def calc_answer(income: Path) -> Answer:
    """A computed answer written the way the facts path writes one: headline, formula, one line per input."""
    c1 = Citation(1, "CONTOSO_2022_10K", str(income), 4, "Gross profit 1,727 1,514", score=1.0)
    c2 = Citation(2, "CONTOSO_2022_10K", str(income), 4, "Net revenue 4,210 3,905", score=1.0)
    text = ("Contoso's gross margin for FY2022 was 41.0% [1][2]. "
            "Formula: gross margin = gross profit / revenue x 100; 1,727 / 4,210 x 100 = 41.0% [1][2]. "
            'Input: "Gross profit", FY2022: $1,727 million [1]. Input: "Net revenue", FY2022: $4,210 million [2].')
    return Answer("What was Contoso's FY2022 gross margin?", text, citations=[c1, c2],
                  verification=Verification(True), mode="calc", subject="gross margin")


def test_every_claim_carries_its_quotes_pages_files_and_hashes(files):
    income, _ = files
    trail = build_trail(calc_answer(income), ManifestIndex({str(income): _sha(income)}))
    assert [c["citations"] for c in trail["claims"]] == [[1, 2], [1, 2], [1], [2]]
    head = trail["claims"][0]
    assert head["text"] == "Contoso's gross margin for FY2022 was 41.0%."
    assert [(e["quote"], e["page"], e["path"], e["sha256"]) for e in head["evidence"]] == [
        ("Gross profit 1,727 1,514", 4, str(income.resolve()), _sha(income)),
        ("Net revenue 4,210 3,905", 4, str(income.resolve()), _sha(income)),
    ]
    assert trail["documents"] == [{"doc": "CONTOSO_2022_10K", "path": str(income.resolve()), "sha256": _sha(income),
                                   "sha256_recorded": _sha(income), "sha256_now": _sha(income),
                                   "status": "matches the indexed file"}]


def test_a_calculation_lists_formula_expression_and_each_input_with_its_quote(files):
    income, _ = files
    calc = build_trail(calc_answer(income), None)["calculation"]
    assert calc["subject"] == "gross margin"
    assert calc["formula"] == "gross margin = gross profit / revenue x 100"
    assert calc["expression"] == "1,727 / 4,210 x 100 = 41.0%"
    assert [(i["label"], i["period"], i["value"]) for i in calc["inputs"]] == [
        ("Gross profit", "FY2022", "$1,727 million"), ("Net revenue", "FY2022", "$4,210 million")]
    assert [i["evidence"][0]["quote"] for i in calc["inputs"]] == ["Gross profit 1,727 1,514",
                                                                   "Net revenue 4,210 3,905"]


def test_the_file_status_tells_a_reviewer_when_the_file_changed_or_is_gone(files, tmp_path):
    income, balance = files
    recorded = _sha(balance)
    balance.write_text(BALANCE.replace("1,902", "1,920"))  # edited after it was indexed
    cites = [Citation(1, "CONTOSO_2022_BS", str(balance), 2, "Total current assets 1,902"),
             Citation(2, "CONTOSO_2021_10K", str(tmp_path / "gone.pdf"), 9, "Net revenue 3,905"),
             Citation(3, "CONTOSO_2022_10K", str(income), 4, "Net revenue 4,210")]
    answer = Answer("q", "Current assets were $1,902 million [1], revenue $3,905 million [2] and $4,210 million [3].",
                    citations=cites, verification=Verification(True))
    docs = {d["doc"]: d for d in build_trail(answer, ManifestIndex({str(balance): recorded}))["documents"]}
    assert docs["CONTOSO_2022_BS"]["status"] == "CHANGED since it was indexed"
    assert docs["CONTOSO_2022_BS"]["sha256"] == recorded != docs["CONTOSO_2022_BS"]["sha256_now"]
    assert docs["CONTOSO_2021_10K"]["status"] == "file not found at this path"
    assert docs["CONTOSO_2022_10K"]["status"].startswith("no hash recorded")
    assert docs["CONTOSO_2022_10K"]["sha256"] == _sha(income)


def test_claims_keep_markers_after_the_full_stop_and_refusals_have_none():
    assert claims_of("Revenue was $4.2 billion. [1] It grew 7.8% [2].") == ["Revenue was $4.2 billion [1].",
                                                                             "It grew 7.8% [2]."]
    refused = Answer("q", "I could not find this in the documents.", refused=True, mode="refused")
    trail = build_trail(refused, None)
    assert trail["claims"] == [] and trail["calculation"] is None
    assert "declined to answer" in trail_markdown(trail)


def test_write_trail_as_markdown_and_json(files, tmp_path):
    income, _ = files
    answer = calc_answer(income)
    md = write_trail(answer, ManifestIndex({str(income): _sha(income)}), tmp_path / "out" / "trail.md").read_text()
    assert "**Claim 1.** Contoso's gross margin for FY2022 was 41.0%." in md
    assert f"`{_sha(income)}`" in md and "> Gross profit 1,727 1,514" in md
    assert "| Gross profit | FY2022 | $1,727 million | [1] CONTOSO_2022_10K, page 4 | Gross profit 1,727 1,514 |" in md
    data = json.loads(write_trail(answer, None, tmp_path / "trail.json").read_text())
    assert data["mode"] == "calc" and len(data["sources"]) == 2
    with pytest.raises(ValueError, match=r"trail\.txt: an evidence trail is written as \.md or \.json"):
        write_trail(answer, None, tmp_path / "trail.txt")
    assert not list(tmp_path.rglob("*.tmp"))


# ---- the faces call it: `mia ask --export` and `/export --trail` ---------------------------------------------
REPORT = """# Contoso Ltd annual report 2022

Contoso Ltd reported revenue of $4,210 million in fiscal year 2022, up from $3,905 million in fiscal year 2021.
"""


@pytest.fixture
def indexed(tmp_path, monkeypatch) -> Path:
    from assistant.faces.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MIA_EMBEDDER", "hash")
    monkeypatch.setenv("MIA_LLM", "fake")
    monkeypatch.setenv("MIA_INDEX_ROOT", str(tmp_path / "indexes"))
    monkeypatch.delenv("MIA_CONFIG", raising=False)
    (tmp_path / "docs").mkdir()
    doc = tmp_path / "docs" / "contoso_annual_report_2022.md"
    doc.write_text(REPORT)
    r = CliRunner().invoke(app, ["ingest", str(tmp_path / "docs"), "--index", "t", "--quiet"])
    assert r.exit_code == 0, r.output
    return doc


def test_mia_ask_export_writes_a_trail_a_reviewer_can_check(indexed, tmp_path):
    from assistant.faces.cli import app

    r = CliRunner().invoke(app, ["ask", "What was Contoso's revenue in fiscal year 2022?", "--index", "t",
                                 "--json", "--export", str(tmp_path / "trail.json")])
    assert r.exit_code == 0, r.output
    trail = json.loads((tmp_path / "trail.json").read_text())
    assert trail["question"] == "What was Contoso's revenue in fiscal year 2022?"
    assert trail["sources"], "the fake pipeline cites the report"
    for source in trail["sources"]:  # every quote is on its page of a file whose hash matches
        doc = next(d for d in trail["documents"] if d["path"] == source["path"])
        assert doc["sha256"] == _sha(Path(source["path"])) and doc["status"] == "matches the indexed file"
        assert " ".join(source["quote"].split()) in " ".join(Path(source["path"]).read_text().split())
    bad = CliRunner().invoke(app, ["ask", "x", "--index", "t", "--export", str(tmp_path / "trail.pdf")])
    assert bad.exit_code == 2 and "trail.pdf: an evidence trail is written as .md or .json" in bad.output


def test_repl_export_trail_writes_the_last_answers_trail(indexed, tmp_path):
    from rich.console import Console

    from assistant.api import Assistant
    from assistant.config import load_settings
    from assistant.faces.repl import ChatSession

    out = io.StringIO()
    chat = ChatSession(Assistant(load_settings(index="t")), Console(file=out, width=120, color_system=None),
                       stream=False)
    chat.handle("/export --trail early.md")
    assert "no answer yet" in out.getvalue() and not (tmp_path / "early.md").exists()
    chat.handle("What was Contoso's revenue in fiscal year 2022?")
    chat.handle(f"/export --trail {tmp_path / 'trail.md'}")
    md = (tmp_path / "trail.md").read_text()
    assert md.startswith("# Evidence trail") and "What was Contoso's revenue in fiscal year 2022?" in md
    assert _sha(indexed) in md
    assert "saved the evidence trail" in out.getvalue()

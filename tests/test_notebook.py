"""The analyst walkthrough notebook runs from top to bottom, headless, with the fake model and hash embedder."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "eval" / "notebooks" / "analyst_walkthrough.ipynb"
KERNEL = "mia-test-python"


def _kernel_for_this_python(root: Path) -> None:
    """A kernelspec that starts this interpreter (the venv's), whatever `python` is on PATH."""
    spec_dir = root / "kernels" / KERNEL
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "mia test kernel",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec))


def _text(output: dict) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    return data.get("text/html") or data.get("text/markdown") or data.get("text/plain") or ""


def test_walkthrough_notebook_runs(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat", reason="nbformat (test extra) is not installed")
    nbclient = pytest.importorskip("nbclient", reason="nbclient (test extra) is not installed")
    pytest.importorskip("ipykernel", reason="ipykernel (test extra) is not installed")
    assert (ROOT / "corpus" / "README.md").exists(), "the sample corpus (corpus/) is part of the repository"

    jupyter = tmp_path / "jupyter"
    _kernel_for_this_python(jupyter)
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter))
    monkeypatch.setenv("MIA_LLM", "fake")
    monkeypatch.setenv("MIA_EMBEDDER", "hash")
    monkeypatch.setenv("MIA_INDEX_ROOT", str(tmp_path / "indexes"))  # nothing may land in the repo's indexes/
    monkeypatch.setenv("MIA_CORPUS", str(ROOT / "corpus"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # the kernel imports this checkout's assistant, not another install
    # the kernel imports this checkout's package (a git worktree), not whichever one the venv installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=300,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error

    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in code), "every code cell ran"
    shown = "\n".join(_text(o) for c in code for o in c.get("outputs", []))
    assert "Traceback" not in shown
    assert "ingested 0, unchanged" in shown  # the second ingest had nothing to do
    assert "mia-answer" in shown and "<th>quote</th>" in shown  # an answer rendered with its sources table
    assert "hyperscaler_capex_q4_2024" in shown  # the compare table names both reports
    assert not list((ROOT / "eval" / "notebooks").glob("mia-walkthrough-*"))
    images = [o for c in code for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images, "the facts chart is drawn"
    assert "Microsoft" in shown and "Alphabet" in shown and "Q4 2024" in shown  # capex by company and period
    assert "wrote capex.xlsx with sheets ['facts', 'by period'] and answer.xlsx" in shown
    assert "Answer(" in shown and " source" in shown  # the short repr
    assert "IProgress" not in shown and "TqdmWarning" not in shown  # no stray progress-bar warnings
    assert "no document has company=NVIDA (nearest: NVIDIA" in shown  # a filter that matches nothing says so


def test_committed_notebook_is_executed_and_shows_a_chart_and_an_excel_export():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in code), "the notebook in the repository is stored executed"
    outputs = [o for c in code for o in c.get("outputs", [])]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert "capex.xlsx" in "\n".join(_text(o) for o in outputs)

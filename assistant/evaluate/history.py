"""``eval/reports/history.csv``: one row per eval run and fold, so progress is a table (and a chart).

Each run appends a row for every fold and one for all folds (``fold`` = "all"). Appending is atomic: under an
exclusive lock on ``<file>.lock`` the old rows and the new ones are written to a temporary file in the same
folder, flushed to disk and moved over the old file, so a killed run or two runs at once never leave a
half-written table.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

COLUMNS = (
    "date", "commit", "tag", "suite", "scope", "fold", "n", "correct", "wrong", "refused", "hit@5",
    "effort_gain", "p50_ms", "lenient_correct", "effort_gain_no_credit", "shown_wrong", "set",
)
# The header before the "set" column was added: such a file is read with "set" empty and rewritten with the
# column at the next append. Those rows cannot say which question set they ran (every own-document set runs
# as the "sample" suite, every set over the shared filings as "financebench").
_BEFORE_SET = COLUMNS[:-1]


def question_set(results: dict) -> str:
    """The question set a run asked: the name of the folder that holds its questions.jsonl ("financebench",
    "sample", "heldout7", ...), "" when the run does not say."""
    file = str(results.get("questions_file") or "")
    return str(results.get("set") or (Path(file).parent.name if file else ""))


def git_commit(root: Path) -> str:
    """The short commit of ``root``'s checkout, with "+dirty" when tracked files differ from it; "unknown"
    outside git."""
    try:
        head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short=10", "HEAD"], capture_output=True,
                              text=True, timeout=20, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=20, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{head}+dirty" if dirty else head


def _fmt(x: float | None, digits: int = 4) -> str:
    return "" if x is None else f"{x:.{digits}f}"


def _row(results: dict, fold: str, summary: dict) -> dict[str, str]:
    mia = summary["overall"]["mia"]
    lenient = mia.get("lenient") or {}
    effort = summary["overall"]["effort"]
    return {
        "date": str(results.get("created") or datetime.now(timezone.utc).isoformat(timespec="seconds")),
        "commit": str(results.get("commit") or "unknown"),
        "tag": str(results.get("tag") or ""),
        "suite": str(results["suite"]),
        "scope": str(results.get("scope") or ""),
        "fold": fold,
        "n": str(mia["n"]),
        "correct": str(mia["correct"]),
        "wrong": str(mia["incorrect"]),
        "refused": str(mia["refused"]),
        "hit@5": _fmt(mia["retrieval"].get("hit@5")),
        "effort_gain": _fmt(effort.get("gain")),
        "p50_ms": _fmt(mia["latency"].get("p50_ms"), 0),
        "lenient_correct": str(lenient.get("correct", "")),
        "effort_gain_no_credit": _fmt(effort.get("gain_no_credit")),
        "shown_wrong": str(mia.get("shown_wrong", "")),
        "set": question_set(results),
    }


def rows_for(results: dict) -> list[dict[str, str]]:
    """The history rows of one run: one per fold, then "all"."""
    folds = (results.get("folds") or {}).get("summary") or {}
    rows = [_row(results, f, s) for f, s in sorted(folds.items())] if len(folds) > 1 else []
    return rows + [_row(results, "all", results["summary"])]


def read_history(path: Path) -> list[dict[str, str]]:
    """The rows of a history file ([] when it does not exist); a wrong header raises ``ValueError`` naming
    the file."""
    if not path.is_file():
        return []
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    if tuple(reader.fieldnames or ()) not in (COLUMNS, _BEFORE_SET):
        raise ValueError(f"{path}: not an eval history file (header {reader.fieldnames}, expected {list(COLUMNS)})")
    return [{c: row.get(c) or "" for c in COLUMNS} for row in reader]


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _render(rows: Iterable[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return buf.getvalue()


def append_rows(path: Path, rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Append ``rows`` to the history at ``path`` atomically; returns every row now in the file."""
    with _locked(path):
        everything = read_history(path) + [dict(r) for r in rows]
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                f.write(_render(everything))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    return everything

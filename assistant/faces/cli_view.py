"""Terminal rendering for the one-shot CLI commands (ingest progress, search hits, streamed answers, tables)."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

console = Console()
err_console = Console(stderr=True)

# C0/C1 controls, DEL and the bidirectional overrides: a file name holding them could move the cursor,
# recolour or rewrite what the terminal shows
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""``text`` with terminal control characters shown as escapes (``\x1b``, ``\u202e``), never sent raw.
    Surrogates left by undecodable file-name bytes are shown as ``\udcNN`` too."""
    text = _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = "".join(ch if not "\ud800" <= ch <= "\udfff" else f"\\u{ord(ch):04x}" for ch in text)
    return text


class IngestView:
    """A rich progress bar over ingest events, then a summary."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet or not err_console.is_terminal
        self.started = time.perf_counter()
        self.progress = None
        self.task = None

    def __enter__(self) -> "IngestView":
        if not self.quiet:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("[bold]ingest"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files  {task.fields[pages]} pages  {task.fields[chunks]} chunks  {task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("{task.fields[eta]}"),
                console=err_console,
                transient=True,
            )
            self.progress.__enter__()
            self.task = self.progress.add_task("ingest", total=None, pages=0, chunks=0, rate="", eta="")
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.progress is not None:
            self.progress.__exit__(*exc)

    def update(self, event: Any) -> None:
        if self.progress is None:
            return
        self.progress.update(
            self.task,
            total=getattr(event, "files_total", None),
            completed=getattr(event, "files_done", 0),
            pages=getattr(event, "pages", 0),
            chunks=getattr(event, "chunks", 0),
            rate=rate_text(event),
            eta=eta_text(event),
        )

    def summary(self, report: Any, index_path: Path) -> None:
        parts = [
            f"{len(report.ingested)} ingested",
            f"{len(report.unchanged)} unchanged",
            f"{len(report.skipped)} skipped",
        ]
        if report.removed:
            parts.append(f"{len(report.removed)} removed")
        if report.duplicates:
            parts.append(f"{len(report.duplicates)} duplicates")
        if getattr(report, "facts_refreshed", 0):
            parts.append(f"facts derived again for {report.facts_refreshed}")
        line = (
            f"{', '.join(parts)}; {report.pages} pages, {report.chunks} chunks, {report.facts} facts "
            f"in {report.seconds:.1f} s -> {printable(str(index_path))}"
        )
        print(line, file=sys.stderr if not sys.stdout.isatty() else sys.stdout)
        for path, reason in report.skipped:
            text = reason if str(path) in reason else f"{path}: {reason}"
            print(f"skipped {printable(text)}", file=sys.stderr)
        for dup, original in report.duplicate_of.items():
            print(f"duplicate {printable(dup)} (same bytes as {printable(original)}; indexed once)", file=sys.stderr)
        for warning in getattr(report, "warnings", ()):
            print(f"warning {printable(warning)}", file=sys.stderr)


def rate_text(event: Any) -> str:
    """"12.3 pages/s" once pages are stored, else ""."""
    rate = getattr(event, "pages_per_s", 0.0)
    return f"{rate:.1f} pages/s" if rate else ""


def eta_text(event: Any) -> str:
    """"ETA 4:05" (minutes:seconds) from the share of bytes stored, else ""."""
    eta = getattr(event, "eta_s", None)
    if eta is None:
        return ""
    minutes, seconds = divmod(int(round(eta)), 60)
    return f"ETA {minutes}:{seconds:02d}"


def print_hits(records: list[dict[str, Any]]) -> None:
    if not records:
        console.print("no hits")
        return
    table = Table(show_lines=True)
    for col in ("#", "document", "page", "score", "text"):
        table.add_column(col, overflow="fold")
    for i, r in enumerate(records, 1):
        page = str(r["page"]) if r["page"] == r["page_end"] else f"{r['page']}-{r['page_end']}"
        text = " ".join(r["text"].split())
        table.add_row(str(i), escape(printable(r["doc"])), page, f"{r['score']:.3f}", escape(printable(text[:400])))
    console.print(table)


def stream_answer(assistant: Any, question: str, *, filters: Any = None, k: int | None = None) -> Any:
    """Answer with a status line on stderr (stage and elapsed time) while mia works, then print the checked
    answer and its sources. The model's draft is never printed: it is not checked yet."""
    from .progress import Progress, progress_callbacks

    progress = Progress(err_console) if err_console.is_terminal else None
    on_token, on_stage = progress_callbacks(progress)
    if progress is not None:
        progress.start("searching")
    try:
        answer = assistant.ask(question, filters=filters, k=k, on_token=on_token, on_stage=on_stage)
    finally:
        if progress is not None:
            progress.stop()
    print_answer(answer)
    return answer


def print_answer(answer: Any) -> None:
    style = "yellow" if answer.refused else None
    console.print(answer.text, style=style, markup=False, highlight=False)
    if answer.citations:
        table = Table(title="Sources", title_justify="left")
        for col in ("n", "document", "page", "quote"):
            table.add_column(col, overflow="fold")
        for c in answer.citations:
            table.add_row(str(c.n), escape(printable(c.doc)), str(c.page),
                          escape(printable(" ".join(c.quote.split())[:300])))
        console.print(table)
    dropped = getattr(answer.verification, "dropped", ())
    if dropped:
        console.print(f"[dim]{len(dropped)} unsupported sentence(s) removed by verification[/dim]")


def print_frame(frame: Any, title: str = "") -> None:
    table = Table(title=title or None, show_lines=False)
    for col in frame.columns:
        table.add_column(str(col), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*[escape(printable("" if v is None else str(v))) for v in row])
    console.print(table)


def frame_to_markdown(frame: Any) -> str:
    cols = [str(c) for c in frame.columns]

    def cell(v: Any) -> str:
        return ("" if v is None else str(v)).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join(lines) + "\n"

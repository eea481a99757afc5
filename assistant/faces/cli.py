"""`mia` command line: a thin typer layer over `assistant.api`.

Exit codes: 0 ok; 1 error; 2 usage; 3 ingest finished but some files were skipped (the good ones are indexed).
"""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="mia: a local market-intelligence research assistant.")
index_app = typer.Typer(no_args_is_help=True, help="List, inspect and remove indexes.")
config_app = typer.Typer(no_args_is_help=True, help="Show the effective settings.")
app.add_typer(index_app, name="index")
app.add_typer(config_app, name="config")

EXIT_SKIPPED = 3

IndexOpt = typer.Option(None, "--index", "-i", help="Index name: one folder name under index_root.")
IndexPathOpt = typer.Option(None, "--index-path", help="An index folder of your choice (instead of --index).")


@app.callback()
def main(
    ctx: typer.Context,
    llm: Optional[str] = typer.Option(None, help="LLM backend: llama, openai or fake."),
    model_path: Optional[Path] = typer.Option(None, help="A GGUF file to use instead of the bundled model."),
    base_url: Optional[str] = typer.Option(None, help="OpenAI-compatible server, e.g. http://localhost:8080/v1."),
    embedder: Optional[str] = typer.Option(None, help="Embedder: minilm or hash."),
    index_root: Optional[Path] = typer.Option(None, help="Folder holding named indexes."),
) -> None:
    ctx.obj = {
        "llm": llm,
        "model_path": model_path,
        "base_url": base_url,
        "embedder": embedder,
        "index_root": index_root,
    }


def _settings(ctx: typer.Context, **extra: Any):
    from ..config import load_settings

    overrides = dict(ctx.obj or {})
    overrides.update(extra)
    try:
        return load_settings(**overrides)
    except Exception as exc:  # pydantic ValidationError: show it without a traceback
        _fail(f"bad settings: {exc}", code=2)


def _assistant(ctx: typer.Context, index: str | None, index_path: Path | None = None, **extra: Any):
    from ..api import Assistant

    _check_name(index)
    return Assistant(_settings(ctx, index=index, index_dir=index_path, **extra))


def _check_name(index: str | None) -> None:
    from ..config import check_index_name

    if index is not None:
        try:
            check_index_name(index)
        except ValueError as exc:
            _fail(str(exc), code=2)


def _check_k(k: int | None) -> None:
    if k is not None and k < 1:
        _fail(f"-k must be at least 1, not {k}", code=2)


@contextmanager
def _index_errors():
    """Problems with an index (busy, damaged, not an index, other embedder) as one line, exit code 1."""
    from ..index.store import IndexBusy, IndexCorrupt, IndexMismatch, NotAnIndex

    try:
        yield
    except (IndexBusy, IndexCorrupt, IndexMismatch, NotAnIndex) as exc:
        _fail(str(exc))


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"mia: {message}", err=True)
    raise typer.Exit(code)


def _open_index_or_fail(assistant) -> None:
    from ..index.store import IndexCorrupt, IndexNotFound

    try:
        assistant.index
    except IndexCorrupt as exc:
        _fail(str(exc))
    except IndexNotFound:
        _fail(
            f"no index at {assistant.settings.index_path}; build one with `mia ingest PATH --index "
            f"{assistant.settings.index}`"
        )


# ---- ingest ----------------------------------------------------------------------------------------------
@app.command()
def ingest(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help="Files or folders to index."),
    index: Optional[str] = IndexOpt,
    index_path: Optional[Path] = IndexPathOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only print the summary line."),
) -> None:
    """Index files and folders (incremental: unchanged files cost nothing)."""
    from .cli_view import IngestView, printable

    for p in paths:
        if not p.exists() and not p.is_symlink():
            _fail(f"{printable(str(p))}: no such file or folder", code=2)
    assistant = _assistant(ctx, index, index_path)
    view = IngestView(quiet=quiet)
    from ..index.ingest import IngestInterrupted

    try:
        with view, _index_errors():
            report = assistant.ingest(paths, progress=False, on_event=view.update)
    except IngestInterrupted as exc:
        _fail(f"{exc} (`mia ingest {' '.join(str(p) for p in paths)} --index {assistant.settings.index}`)", code=130)
    view.summary(report, assistant.settings.index_path)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)


# ---- index management -----------------------------------------------------------------------------------
@index_app.command("list")
def index_list(ctx: typer.Context) -> None:
    """List the indexes under index_root."""
    from ..index.store import list_indexes

    root = _settings(ctx).index_root
    names = list_indexes(root)
    if not names:
        typer.echo(f"no indexes under {root}")
    for name in names:
        typer.echo(name)


@index_app.command("info")
def index_info(
    ctx: typer.Context,
    name: Optional[str] = typer.Argument(None, help="Index name."),
    index_path: Optional[Path] = IndexPathOpt,
) -> None:
    """Show an index's format, model, counts and documents."""
    if name is None and index_path is None:
        _fail("give an index name or --index-path", code=2)
    assistant = _assistant(ctx, name, index_path)
    _open_index_or_fail(assistant)
    from .cli_view import printable

    idx = assistant.index
    info = dict(idx.info)
    docs = idx.documents()
    typer.echo(json.dumps(info, indent=2, default=str))
    for d in docs:
        extra = d.extra or {}
        companies = d.company or ", ".join(extra.get("companies") or []) or "?"
        when = d.period or d.fiscal_year or "?"
        typer.echo(f"  {printable(d.doc)}  ({d.doc_type or '?'}, {companies}, {when}, {d.pages} pages)")
        details = [f"title: {d.title}"] if d.title else []
        if extra.get("publisher"):
            details.append(f"publisher: {extra['publisher']}")
        if d.date:
            details.append(f"date: {d.date}")
        typer.echo("      " + "; ".join(details))
        guessed = extra.get("guessed") or {}
        if guessed:  # where each value came from: file name, cover page, byline, title, named most, sidecar
            typer.echo("      from: " + "; ".join(f"{k} <- {v}" for k, v in guessed.items()))


@index_app.command("remove")
def index_remove(
    ctx: typer.Context,
    name: Optional[str] = typer.Argument(None, help="Index name."),
    index_path: Optional[Path] = IndexPathOpt,
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Delete an index: only a folder that is a mia index, and in it only the index's own files."""
    from .cli_view import printable
    from ..index.store import IndexBusy, IndexNotFound, remove_index_dir

    if (name is None) == (index_path is None):
        _fail("give an index name or --index-path (one of them)", code=2)
    _check_name(name)
    path = index_path if index_path is not None else _settings(ctx).index_root / name
    label = printable(name or str(path))
    if not yes and sys.stdin.isatty():
        typer.confirm(f"Remove index {label} ({printable(str(path))})?", abort=True)
    try:
        kept = remove_index_dir(path)
    except (IndexNotFound, IndexBusy) as exc:
        _fail(printable(str(exc)))
    typer.echo(f"removed {label}")
    if kept:
        typer.echo(f"kept {len(kept)} entries in {printable(str(path))} that are not part of the index: "
                   + ", ".join(printable(k) for k in kept[:10]))


# ---- search and ask --------------------------------------------------------------------------------------
FilterOpt = typer.Option(None, "--filter", "-f", help="key=value: company, type, year (2018 or 2016-2018), doc.")


@app.command()
def search(
    ctx: typer.Context,
    query: str = typer.Argument(...),
    index: Optional[str] = IndexOpt,
    index_path: Optional[Path] = IndexPathOpt,
    k: int = typer.Option(10, "-k", help="Number of hits."),
    filter: Optional[list[str]] = FilterOpt,
    as_json: bool = typer.Option(False, "--json", help="Print a JSON list."),
) -> None:
    """Hybrid (BM25 + dense) search over an index."""
    from ..api import check_question
    from ..types import hit_record

    _check_k(k)
    _check_text(check_question, query)
    assistant = _assistant(ctx, index, index_path)
    _open_index_or_fail(assistant)
    filters = _filters_or_fail(filter, assistant)
    with _index_errors():
        hits = assistant.hits(query, k=k, filters=filters)
    records = [hit_record(h) for h in hits]
    if as_json:
        typer.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    from .cli_view import print_hits

    print_hits(records)


@app.command()
def ask(
    ctx: typer.Context,
    question: str = typer.Argument(...),
    index: Optional[str] = IndexOpt,
    index_path: Optional[Path] = IndexPathOpt,
    k: Optional[int] = typer.Option(None, "-k", help="Hits given to the answer stage."),
    filter: Optional[list[str]] = FilterOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the answer as one JSON object."),
    export: Optional[Path] = typer.Option(None, "--export", help="Also write the evidence trail: FILE.md or FILE.json."),
) -> None:
    """Answer a question with checked citations."""
    from ..answer.trail import TRAIL_SUFFIXES, write_trail
    from ..api import check_question

    if export is not None and export.suffix.lower() not in TRAIL_SUFFIXES:
        _fail(f"{export}: an evidence trail is written as .md or .json", code=2)
    _check_k(k)
    _check_text(check_question, question)
    assistant = _assistant(ctx, index, index_path)
    _open_index_or_fail(assistant)
    filters = _filters_or_fail(filter, assistant)
    from ..llm.openai import LLMServerError

    try:
        with _index_errors():
            if as_json:
                try:
                    answer = assistant.ask(question, filters=filters, k=k)
                except Exception as exc:  # noqa: BLE001 - a script reading --json gets a JSON error object, not a trace
                    error = {"question": question, "error": {"type": type(exc).__name__, "message": str(exc)}}
                    typer.echo(json.dumps(error, indent=2, ensure_ascii=False))
                    raise typer.Exit(1) from None
                typer.echo(json.dumps(answer.to_dict(), indent=2, ensure_ascii=False))
            else:
                from .cli_view import stream_answer

                answer = stream_answer(assistant, question, filters=filters, k=k)
    except (LLMServerError, FileNotFoundError) as exc:  # server down, model file missing: one line, no trace
        _fail(str(exc))
    if export is not None:
        try:
            written = write_trail(answer, assistant.index, export)
        except OSError as exc:
            _fail(f"{export}: cannot write the evidence trail ({exc.strerror or exc})")
        typer.echo(f"evidence trail: {written}", err=True)


def _check_text(check: Any, text: str) -> None:
    try:
        check(text)
    except ValueError as exc:
        _fail(str(exc), code=2)


def _filters_or_fail(items: list[str] | None, assistant: Any = None):
    from ..api import as_filters

    try:
        filters = as_filters(items or None)
    except ValueError as exc:
        _fail(str(exc), code=2)
    if filters is not None and assistant is not None:
        for problem in assistant.check_filters(filters):  # say so rather than answer from nothing
            typer.echo(f"mia: warning: {problem}", err=True)
    return filters


# ---- facts -------------------------------------------------------------------------------------------------
@app.command()
def facts(
    ctx: typer.Context,
    metric: str = typer.Argument(..., help="A metric, e.g. 'capital expenditure' or 'revenue'."),
    company: Optional[list[str]] = typer.Option(None, "--company", "-c"),
    period: Optional[list[str]] = typer.Option(None, "--period", "-p"),
    index: Optional[str] = IndexOpt,
    index_path: Optional[Path] = IndexPathOpt,
    as_json: bool = typer.Option(False, "--json"),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Also write the table to this CSV file."),
    md: Optional[Path] = typer.Option(None, "--md", help="Also write the table to this Markdown file."),
    xlsx: Optional[Path] = typer.Option(
        None, "--xlsx", help="Also write an Excel workbook: the cited table and a period x company sheet."
    ),
) -> None:
    """A cited table of one metric across reports."""
    assistant = _assistant(ctx, index, index_path)
    _open_index_or_fail(assistant)
    with _index_errors():
        frame = assistant.facts(metric, company=company or None, period=period or None)
    if csv:
        frame.to_csv(csv, index=False)
    if xlsx:
        from .render import facts_to_excel

        try:
            facts_to_excel(frame, xlsx, metric=metric)
        except OSError as exc:
            _fail(f"{xlsx}: cannot write ({exc.strerror or exc})")
    if md:
        from .cli_view import frame_to_markdown

        md.write_text(frame_to_markdown(frame), encoding="utf-8")
    if as_json:
        typer.echo(frame.to_json(orient="records", indent=2, force_ascii=False))
        return
    if frame.empty:
        typer.echo(f"no facts found for {metric!r}")
        return
    from .cli_view import print_frame

    shown = [c for c in ("company", "period", "value", "unit", "doc", "page", "quote", "conflict") if c in frame]
    print_frame(frame[shown], title=f"{metric} (value as printed; --json or --csv for scale and amount)")


# ---- chat and eval ---------------------------------------------------------------------------------------
@app.command()
def chat(ctx: typer.Context, index: Optional[str] = IndexOpt, index_path: Optional[Path] = IndexPathOpt) -> None:
    """Open the chat REPL."""
    from .repl import run_repl

    assistant = _assistant(ctx, index, index_path)
    _open_index_or_fail(assistant)
    raise typer.Exit(run_repl(assistant))


@app.command("eval")
def eval_cmd(
    ctx: typer.Context,
    suite: str = typer.Argument(..., help="financebench or sample"),
    index: Optional[str] = IndexOpt,
    data: Optional[Path] = typer.Option(None, help="A FinanceBench-format folder (questions.jsonl + pdfs/)."),
    limit: Optional[int] = typer.Option(None, help="Only the first N questions."),
    out: Optional[Path] = typer.Option(None, help="Output folder for results.json, report.md and charts."),
    baselines: str = typer.Option(
        "naive,closed_book,bm25", help="Comma-separated baselines to run beside mia (naive, closed_book, bm25; 'none')."
    ),
    split: int = typer.Option(2, help="Cross-validation: K folds of companies (fixed hash; eval/README.md)."),
    companies: Optional[list[str]] = typer.Option(None, help="Only these companies (comma-separated or repeated)."),
    fold: Optional[int] = typer.Option(None, help="Only the companies of this fold (0..K-1)."),
    tag: str = typer.Option("", help="A name for this run in the history table."),
    history: Optional[Path] = typer.Option(None, help="History CSV [default: eval/reports/history.csv]."),
    no_history: bool = typer.Option(
        False, "--no-history", help="Do not append this run to the history (the report still shows the runs in it)."
    ),
) -> None:
    """Run an eval suite and write results.json, report.md and charts."""
    from ..api import Assistant
    from ..evaluate.runner import HISTORY_FILE, SuiteError, run_suite

    if suite not in ("financebench", "sample"):
        _fail(f"unknown suite {suite!r}: use financebench or sample", code=2)
    _check_name(index)
    chosen = tuple(b for b in baselines.replace(" ", "").split(",") if b and b != "none")
    unknown = set(chosen) - {"naive", "closed_book", "bm25"}
    if unknown:
        _fail(f"unknown baseline(s) {', '.join(sorted(unknown))}: use naive, closed_book, bm25 or none", code=2)
    settings = _settings(ctx)
    out = out or Path("eval/out") / suite
    try:
        summary = run_suite(
            suite,
            data=data,
            index=index,
            limit=limit,
            out=out,
            assistant_factory=lambda name: Assistant(settings.with_overrides(index=name)),
            baselines=chosen,
            split=split,
            companies=[c for item in companies or [] for c in item.split(",") if c.strip()] or None,
            fold=fold,
            tag=tag,
            history=history or HISTORY_FILE,
            append_history=not no_history,
        )
    except SuiteError as exc:
        _fail(str(exc), code=2)
    typer.echo(json.dumps(summary.get("headline", summary), indent=2, default=str))
    typer.echo(f"wrote {out}/results.json, {out}/report.md and charts")


# ---- config ------------------------------------------------------------------------------------------------
@config_app.command("show")
def config_show(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """Print the effective settings (defaults < mia.toml < MIA_* env < options)."""
    settings = _settings(ctx)
    data = json.loads(settings.model_dump_json())
    if data.get("api_key"):
        data["api_key"] = "***"  # never print secrets
    if as_json:
        typer.echo(json.dumps(data, indent=2))
        return
    width = max(len(k) for k in data)
    for key, value in data.items():
        typer.echo(f"{key:<{width}}  {value}")


if __name__ == "__main__":  # pragma: no cover
    app()

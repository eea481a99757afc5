"""`mia chat`: the terminal conversation with an index.

Two modes, picked by :func:`run_repl`:

* **interactive** (stdin and stdout are terminals, or a prompt_toolkit ``Input`` is passed): prompt_toolkit
  line editing with a persistent history file, slash commands, a spinner while mia searches, the answer
  a status line with the stage and elapsed time while it works, then the checked answer and its sources;
* **plain** (piped): one question per input line, the verified answer and its sources printed as plain text.
  Slash commands work in both modes, so a script can pipe ``/filter company=3M`` before its questions.

Nothing unchecked on screen. The model's draft is never printed: while mia searches, reads the facts, writes
and checks, a transient status line says which stage it is in and for how long (with the number of words
written so far). Only the checked answer is printed, so an invented figure in a draft that fails verification
never reaches the screen, the scroll-back or an export. (Printing the draft and a "Verified answer:" below it
was rejected: an analyst reads the first thing printed.)

Ctrl-C while an answer is being produced cancels that answer only (the REPL prints ``cancelled`` and asks
again); Ctrl-C at the prompt clears the line; Ctrl-D or ``/exit`` leaves.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import render
from .progress import Progress, progress_callbacks

if TYPE_CHECKING:  # pragma: no cover - typing only
    from rich.console import Console

    from ..api import Assistant
    from ..types import Answer, Citation

__all__ = ["COMMANDS", "ChatSession", "default_history_file", "run_repl"]

MAX_K = 50

#: Slash commands and their one-line help, in the order /help lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "/help": ("", "show this help"),
    "/sources": ("", "the sources of the last answer"),
    "/open": ("N", "the full page behind source N, with its file path"),
    "/filter": ("[key=value ...|clear]", "restrict search: company=3M year=2018 (or 2018-2020) type=10-K doc=STEM"),
    "/index": ("[NAME]", "switch to another index (no NAME: show the current one)"),
    "/k": ("[N]", "how many passages to retrieve per question"),
    "/facts": ("METRIC [company=..] [period=..]", "numbers read from the reports' tables, as a cited table"),
    "/reset": ("", "forget the conversation (follow-ups start fresh)"),
    "/export": ("FILE.md|FILE.xlsx | --trail FILE.md|FILE.json",
                "save this session (answers, sources, filters, modes, timings, /facts tables); "
                "--trail: the last answer's evidence trail (quotes, pages, files, sha256, calculation)"),
    "/multiline": ("", "toggle multi-line input (also F2); submit with Alt-Enter / Esc Enter"),
    "/exit": ("", "leave (also Ctrl-D)"),
}
#: One example per command, shown by /help.
EXAMPLES: dict[str, str] = {
    "/help": "/help",
    "/sources": "/sources",
    "/open": "/open 2",
    "/filter": "/filter company=NVIDIA year=2024   ·   /filter clear",
    "/index": "/index fb",
    "/k": "/k 12",
    "/facts": "/facts capital expenditure company=Microsoft period=FY2024",
    "/reset": "/reset",
    "/export": "/export notes/capex.md   ·   /export capex.xlsx   ·   /export --trail trail.json",
    "/multiline": "/multiline",
    "/exit": "/exit",
}
_ALIASES = {"/quit": "/exit", "/q": "/exit", "/?": "/help", "/h": "/help"}


def default_history_file(settings: Any = None) -> Path:
    """``settings.history_file`` when the settings have one, else ``~/.mia_history``."""
    configured = getattr(settings, "history_file", None)
    return Path(configured).expanduser() if configured else Path.home() / ".mia_history"


class _CommandError(Exception):
    """A bad slash command or argument; its message is shown as a one-line hint."""


@contextlib.contextmanager
def quiet_stderr(enabled: bool = True) -> Iterator[None]:
    """Silence file descriptor 2 (C libraries' loader chatter, library warnings) for the duration.

    Python exceptions are unaffected: they propagate and the REPL prints them itself.
    """
    if not enabled:
        yield
        return
    fd = 2  # C libraries write to the descriptor, whatever sys.stderr is
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    saved = os.dup(fd)
    try:
        with tempfile.TemporaryFile() as sink:
            os.dup2(sink.fileno(), fd)
            try:
                yield
            finally:
                with contextlib.suppress(Exception):
                    sys.stderr.flush()
                os.dup2(saved, fd)
    finally:
        os.close(saved)


@dataclass
class Turn:
    """One question of the session, with what was active when it was asked (for /export)."""

    question: str
    answer: "Answer"
    filters: tuple[str, ...] = ()
    k: int | None = None


@dataclass
class FactsTable:
    """A /facts table shown in the session (for /export)."""

    metric: str
    options: dict[str, str]
    frame: Any = field(repr=False)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _find_quote(page_text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` sits in ``page_text``, tolerating differences in whitespace."""
    quote = quote.strip()
    if not quote:
        return None
    at = page_text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    m = re.search(pattern, page_text)
    return (m.start(), m.end()) if m else None


def _parse_filters(args: list[str]) -> Any:
    """``["company=3M", "year=2018"]`` -> the retriever's ``Filters`` (ValueError on a bad pair or a
    backwards year range)."""
    from ..api import as_filters

    return as_filters(list(args))


class ChatSession:
    """The REPL's state and behaviour, independent of where lines come from.

    ``handle(line)`` runs one question or slash command and returns False when the user asked to leave.
    ``stream=True`` is the rich terminal view (tokens as they come, tables); ``stream=False`` prints plain
    text and only the verified answer. ``spinner`` shows a status line while searching; ``quiet`` silences
    stderr while answering (model loaders).
    """

    def __init__(
        self,
        assistant: "Assistant",
        console: "Console",
        *,
        stream: bool = True,
        spinner: bool = False,
        quiet: bool = False,
    ) -> None:
        self.assistant = assistant
        self.conversation = assistant.chat()
        self.console = console
        self.stream = stream
        self.spinner = spinner
        self.quiet = quiet
        self.filter_args: list[str] = []
        self.filters: Any = None
        self.k: int | None = None
        self.multiline = False
        self.last: Answer | None = None
        self.errors = 0
        self.turns: list[Turn] = []  # every answer with the filters active when it was asked (for /export)
        self.facts_tables: list[FactsTable] = []  # every /facts table shown (for /export)

    # ------------------------------------------------------------------------------------------ dispatch

    def handle(self, line: str) -> bool:
        line = line.strip()
        if not line:
            return True
        if "\x00" in line or any("\ud800" <= ch <= "\udfff" for ch in line):
            self.error("that line is not valid UTF-8 text (undecodable bytes); type it again")
            return True
        if line.startswith("/"):
            try:
                return self.command(line)
            except _CommandError as e:
                self.hint(str(e))
            except KeyboardInterrupt:
                self.hint("cancelled")
            except Exception as e:  # a failing command must not end the session
                self.error(f"{line.split()[0]}: {type(e).__name__}: {e}")
            return True
        self.ask(line)
        return True

    def command(self, line: str) -> bool:
        try:
            words = shlex.split(line)
        except ValueError as e:
            raise _CommandError(f"could not read the command ({e}); try /help") from None
        name, args = words[0].lower(), words[1:]
        name = _ALIASES.get(name, name)
        if name == "/exit":
            return False
        handler: Callable[[list[str]], None] | None = getattr(self, "cmd_" + name[1:], None)
        if name not in COMMANDS or handler is None:
            raise _CommandError(f"unknown command {words[0]}; type /help for the list")
        handler(args)
        return True

    def hint(self, message: str) -> None:
        self.console.print(message, style="yellow", markup=False, highlight=False)

    def error(self, message: str) -> None:
        self.errors += 1
        self.console.print(f"error: {message}", style="bold red", markup=False, highlight=False)

    # ------------------------------------------------------------------------------------------ questions

    def ask(self, question: str) -> None:
        progress = Progress(self.console) if self.spinner else None
        on_token, on_stage = progress_callbacks(progress)  # the draft is counted, never shown
        if progress is not None:
            progress.start("reading the question")
        try:
            try:
                with quiet_stderr(self.quiet):
                    answer = self.conversation.ask(
                        question, filters=self.filters, k=self.k, on_token=on_token, on_stage=on_stage
                    )
            finally:  # before anything else is printed, or the spinner's last frame is left behind
                if progress is not None:
                    progress.stop()
        except KeyboardInterrupt:
            self.hint("cancelled")
            return
        except Exception as e:  # one line, never a traceback: the session goes on
            self.error(f"{type(e).__name__}: {e}")
            return
        self.last = answer
        self.turns.append(Turn(question, answer, tuple(self.filter_args), self.k))
        self.show_answer(question, answer)

    def show_answer(self, question: str, answer: "Answer", streamed: str = "") -> None:
        """Print the checked answer (``streamed`` is ignored: drafts are never shown)."""
        out = self.console
        if not self.stream:  # plain mode: text only
            self._show_rewrite(question, answer)
            out.out(render.to_plain(answer), end="", highlight=False)
            out.line()
            return
        out.print(render.answer_text(answer.text))
        self._show_rewrite(question, answer)
        out.print(render.to_rich(answer, include_text=False))
        total = answer.timings_ms.get("total")
        if total is not None:
            out.print(f"{answer.mode} · {total / 1000:.1f} s", style="dim", highlight=False)

    def _show_rewrite(self, question: str, answer: "Answer") -> None:
        rewritten = answer.standalone_question
        if rewritten and not _same_text(rewritten, question):
            self.console.print(f"(searched as: {rewritten})", style="dim", markup=False, highlight=False)

    # ------------------------------------------------------------------------------------------ commands

    def cmd_help(self, args: list[str]) -> None:
        from rich.table import Table
        from rich.text import Text

        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="cyan", no_wrap=True)
        table.add_column()
        for name, (usage, text) in COMMANDS.items():
            table.add_row(Text(f"{name} {usage}".rstrip()), Text(text))
            table.add_row(Text(""), Text(f"e.g. {EXAMPLES.get(name, name)}", style="dim"))
        self.console.print("Ask a question in plain words; follow-ups use the conversation so far.")
        self.console.print(table)
        self.console.print(
            "Keys: Ctrl-C cancels the answer being written, Ctrl-D leaves, F2 toggles multi-line.", style="dim"
        )

    def _need_last(self) -> "Answer":
        if self.last is None:
            raise _CommandError("no answer yet: ask a question first")
        return self.last

    def cmd_sources(self, args: list[str]) -> None:
        answer = self._need_last()
        if not answer.citations:
            self.hint("the last answer has no sources")
            return
        if self.stream:
            self.console.print(render.sources_table(answer.citations, quote_limit=None))
        else:
            self.console.out(render.to_plain(answer).split("Sources:\n", 1)[-1], end="", highlight=False)

    def _citation(self, args: list[str]) -> "Citation":
        answer = self._need_last()
        if len(args) != 1 or not args[0].lstrip("[").rstrip("]").isdigit():
            raise _CommandError("usage: /open N  (N is a source number from the last answer)")
        n = int(args[0].strip("[]"))
        for c in answer.citations:
            if c.n == n:
                return c
        have = ", ".join(str(c.n) for c in answer.citations) or "none"
        raise _CommandError(f"no source [{n}] in the last answer (sources: {have})")

    def _page_text(self, c: "Citation") -> str | None:
        """The full text of the cited page(s), from the index; falls back to the retrieved passage."""
        index = getattr(self.assistant, "index", None)
        doc_id = c.chunk_id.split(":", 1)[0] if c.chunk_id else None
        if index is not None and doc_id is None:
            doc_id = next((d.doc_id for d in index.documents() if d.doc == c.doc), None)
        if index is not None and doc_id is not None:
            pages = [index.page_text(doc_id, p) for p in range(c.page, (c.page_end or c.page) + 1)]
            texts = [t for t in pages if t]
            if texts:
                return "\n\n".join(texts)
        for hit in self.last.hits if self.last else []:
            if c.chunk_id and hit.chunk.chunk_id == c.chunk_id:
                return hit.chunk.text
        return None

    def cmd_open(self, args: list[str]) -> None:
        c = self._citation(args)
        text = self._page_text(c) or c.quote
        pages = f"{c.page}-{c.page_end}" if c.page_end and c.page_end != c.page else str(c.page)
        header = f"[{c.n}] {c.doc}, page {pages}"
        if not self.stream:
            self.console.out(f"{header}\n{c.source}\n\n{text}\n", highlight=False)
            return
        from rich.panel import Panel
        from rich.text import Text

        body = Text(text)
        span = _find_quote(text, c.quote)
        if span:
            body.stylize("bold reverse", *span)
        self.console.print(Panel(body, title=header, title_align="left", subtitle=c.source, subtitle_align="left"))

    def cmd_filter(self, args: list[str]) -> None:
        if not args:
            active = " ".join(self.filter_args) if self.filter_args else "none"
            self.console.print(f"filters: {active}", markup=False, highlight=False)
            return
        if [a.lower() for a in args] in (["clear"], ["off"], ["none"]):
            self.filter_args, self.filters = [], None
            self.console.print("filters cleared", markup=False)
            return
        try:
            filters = _parse_filters(args)
        except ValueError as e:
            raise _CommandError(f"bad filter: {e}. Example: /filter company=3M year=2018") from None
        self.filter_args, self.filters = list(args), filters
        self.console.print(f"filters: {' '.join(args)}", markup=False, highlight=False)
        try:
            problems = self.assistant.check_filters(filters)
        except Exception:  # a fake or an index that cannot be read: the filter is set anyway
            problems = []
        for problem in problems:
            self.hint(f"warning: {problem}; questions will find nothing until the filter changes")

    def cmd_k(self, args: list[str]) -> None:
        if not args:
            current = self.k if self.k is not None else getattr(self.assistant.settings, "k", "default")
            self.console.print(f"k = {current}", markup=False)
            return
        if len(args) != 1 or not args[0].isdigit() or not 1 <= int(args[0]) <= MAX_K:
            raise _CommandError(f"usage: /k N with N between 1 and {MAX_K}")
        self.k = int(args[0])
        self.console.print(f"k = {self.k}", markup=False)

    def cmd_reset(self, args: list[str]) -> None:
        self.conversation.reset()
        self.turns.clear()
        self.last = None
        self.console.print("conversation cleared", markup=False)

    def cmd_index(self, args: list[str]) -> None:
        if not args:
            self.console.print(f"index: {self.assistant.settings.index}", markup=False, highlight=False)
            return
        if len(args) != 1:
            raise _CommandError("usage: /index NAME")
        name = args[0]
        try:
            switched = _open_index(self.assistant, name)
        except Exception as e:  # IndexNotFound and friends: a hint, not a traceback
            raise _CommandError(f"cannot open index {name!r}: {e}") from None
        self.assistant = switched
        self.conversation = switched.chat()
        self.last = None
        self.console.print(f"index: {name} (conversation cleared)", markup=False, highlight=False)

    def cmd_export(self, args: list[str]) -> None:
        if args[:1] == ["--trail"]:
            return self.export_trail(args[1:])
        if len(args) != 1:
            raise _CommandError("usage: /export FILE.md|FILE.xlsx (the session) or /export --trail FILE.md|FILE.json")
        path = Path(args[0]).expanduser()
        excel = path.suffix.lower() == ".xlsx"
        if not excel and path.suffix.lower() not in {".md", ".markdown"}:
            path = path.with_name(path.name + ".md")
        turns = list(self.turns)
        history = [(t.question, t.answer) for t in turns]
        filters = [" ".join(t.filters) for t in turns]
        tables = [(_facts_title(t.metric, t.options), t.frame) for t in self.facts_tables]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if excel:
                render.session_to_excel(path, history, filters=filters, facts=tables)
            else:
                text = render.session_to_markdown(history, filters=filters, facts=tables)
                _write_atomic(path, text)
        except OSError as e:
            raise _CommandError(f"cannot write {path}: {e.strerror or e}") from None
        extra = f" and {len(tables)} facts table(s)" if tables else ""
        self.console.print(f"saved {len(history)} question(s){extra} to {path}", markup=False, highlight=False)

    def export_trail(self, args: list[str]) -> None:
        """The evidence trail of the last answer (assistant.answer.trail builds and writes it)."""
        from ..answer.trail import write_trail

        if len(args) != 1:
            raise _CommandError("usage: /export --trail FILE.md|FILE.json")
        answer = self._need_last()
        try:
            path = write_trail(answer, self.assistant.index, Path(args[0]))
        except ValueError as e:
            raise _CommandError(str(e)) from None
        except OSError as e:
            raise _CommandError(f"cannot write {args[0]}: {e.strerror or e}") from None
        self.console.print(f"saved the evidence trail of the last answer to {path}", markup=False, highlight=False)

    def cmd_facts(self, args: list[str]) -> None:
        usage = "usage: /facts METRIC [company=NAME] [period=FY2018]  (e.g. /facts capital expenditure company=Meta)"
        cut = next((i for i, a in enumerate(args) if "=" in a), len(args))  # the metric: the words before key=value
        metric = " ".join(args[:cut])
        options: dict[str, str] = {}
        for arg in args[cut:]:
            key, sep, value = arg.partition("=")
            if not sep or key not in ("company", "period") or not value:
                raise _CommandError(usage)
            options[key] = value
        if not metric:
            raise _CommandError(usage)
        try:
            frame = self.assistant.facts(metric, **options)
        except (ValueError, KeyError) as e:
            raise _CommandError(f"/facts: {e}") from None
        if frame is None or len(frame) == 0:
            self.hint(f"no facts found for {metric}" + "".join(f" {k}={v}" for k, v in options.items()))
            return
        self.facts_tables.append(FactsTable(metric, options, frame))
        title = _facts_title(metric, options)
        self.console.print(_frame_table(frame, title=title) if self.stream else frame.to_string())

    def cmd_multiline(self, args: list[str]) -> None:
        self.multiline = not self.multiline
        if self.multiline:
            self.console.print("multi-line input on: Enter adds a line, Alt-Enter (or Esc then Enter) sends")
        else:
            self.console.print("multi-line input off: Enter sends")

    # ------------------------------------------------------------------------------------------ prompt

    def prompt_text(self) -> str:
        extra = f" [{' '.join(self.filter_args)}]" if self.filter_args else ""
        return f"mia{extra}> "

    def toolbar(self) -> str:
        k = self.k if self.k is not None else getattr(self.assistant.settings, "k", "?")
        mode = "multi-line (Alt-Enter sends)" if self.multiline else "single-line"
        return f" index {self.assistant.settings.index} · k {k} · {mode} · /help"


def _facts_title(metric: str, options: dict[str, str]) -> str:
    return "facts: " + " ".join([metric, *(f"{k}={v}" for k, v in options.items())])


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


_FACT_COLUMNS = ("company", "period", "metric", "label", "value", "unit", "scale", "doc", "page")


def _frame_table(frame: Any, *, title: str, max_rows: int = 40):
    """A rich Table for a DataFrame, keeping the columns a reader needs when they are present."""
    from rich.table import Table

    columns = [c for c in _FACT_COLUMNS if c in frame.columns] or [str(c) for c in frame.columns]
    table = Table(title=title, title_justify="left", header_style="bold")
    for col in columns:
        table.add_column(col, justify="right" if col in ("value", "page", "scale") else "left", overflow="fold")
    for _, row in frame.head(max_rows).iterrows():
        table.add_row(*("" if _missing(row[c]) else str(row[c]) for c in columns))
    if len(frame) > max_rows:
        table.caption = f"{len(frame) - max_rows} more rows not shown"
    return table


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _open_index(assistant: "Assistant", name: str) -> "Assistant":
    """An Assistant like ``assistant`` on the index ``name`` (raises when it does not exist)."""
    return assistant.with_index(name)


# ---------------------------------------------------------------------------------------------- entry points


def _is_prompt_toolkit_input(obj: Any) -> bool:
    if obj is None:
        return False
    from prompt_toolkit.input import Input

    return isinstance(obj, Input)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def run_repl(
    assistant: "Assistant",
    *,
    input: Any = None,  # noqa: A002 - the CLI contract names it so
    output: IO[str] | None = None,
    history_file: str | Path | None = None,
) -> int:
    """Chat with ``assistant`` until the user leaves; returns the process exit code.

    ``input`` is a prompt_toolkit ``Input`` (interactive mode, used by tests with ``create_pipe_input()``), a
    text stream (plain mode unless it is a terminal), or None for stdin. ``output`` is the text stream the
    answers are written to (default stdout). In plain mode the exit code is 1 when any question failed.
    """
    out_stream = output if output is not None else sys.stdout
    in_stream = input if input is not None else sys.stdin
    if _is_prompt_toolkit_input(in_stream):
        return _interactive(assistant, in_stream, out_stream, history_file, real_terminal=False)
    if _isatty(in_stream) and _isatty(out_stream):
        return _interactive(assistant, None, out_stream, history_file, real_terminal=True)
    return _plain(assistant, in_stream, out_stream)


def _plain(assistant: "Assistant", in_stream: IO[str], out_stream: IO[str]) -> int:
    from rich.console import Console

    console = Console(file=out_stream, color_system=None, force_terminal=False, width=100, highlight=False)
    chat = ChatSession(assistant, console, stream=False)
    try:
        for line in _decoded_lines(in_stream):
            if not chat.handle(line):
                break
    except KeyboardInterrupt:  # in a pipe, Ctrl-C stops the whole run
        return 130
    return 1 if chat.errors else 0


def _decoded_lines(stream: Any) -> Iterator[str]:
    """Lines of a text stream; bytes that are not UTF-8 come through as lone surrogates (which ``handle``
    reports) instead of ending the session with a decoding error."""
    raw = getattr(stream, "buffer", None)
    if raw is None:
        yield from stream
        return
    for line in raw:
        yield line.decode("utf-8", errors="surrogateescape")


def _interactive(
    assistant: "Assistant",
    pt_input: Any,
    out_stream: IO[str],
    history_file: str | Path | None,
    *,
    real_terminal: bool,
) -> int:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.filters import Condition
    from prompt_toolkit.history import FileHistory, InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.output import DummyOutput
    from rich.console import Console
    from rich.markup import escape

    if real_terminal:
        # Quiet the libraries that print on their own when the models load.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        console = Console(file=out_stream, highlight=False)
    else:
        console = Console(file=out_stream, highlight=False, width=100)
    chat = ChatSession(assistant, console, stream=True, spinner=console.is_terminal, quiet=real_terminal)

    bindings = KeyBindings()

    @bindings.add("f2")
    def _toggle_multiline(event: Any) -> None:
        chat.multiline = not chat.multiline

    history_path = Path(history_file).expanduser() if history_file else default_history_file(assistant.settings)
    try:
        history_path.parent.mkdir(parents=True, exist_ok=True)
        history_path.touch(exist_ok=True)
        history: Any = FileHistory(str(history_path))
    except OSError:
        history = InMemoryHistory()

    session: PromptSession[str] = PromptSession(
        history=history,
        input=pt_input,
        output=None if real_terminal else DummyOutput(),
        multiline=Condition(lambda: chat.multiline),
        key_bindings=bindings,
        bottom_toolbar=chat.toolbar if real_terminal else None,
    )
    console.print(
        f"mia · index [bold]{escape(str(assistant.settings.index))}[/bold] · "
        "ask a question, /help for commands, Ctrl-D to leave",
        highlight=False,
    )
    while True:
        try:
            line = session.prompt(chat.prompt_text())
        except KeyboardInterrupt:  # at the prompt: drop the line, keep the session
            continue
        except EOFError:
            break
        try:
            if not chat.handle(line):
                break
        except KeyboardInterrupt:  # Ctrl-C while an answer was being printed
            chat.hint("cancelled")
    return 0

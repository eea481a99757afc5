"""Ways to show an :class:`~assistant.types.Answer`: Markdown, HTML, plain text, rich, pandas.

Every face (the REPL, the CLI, notebooks, exports) renders answers through this module so that a citation
looks the same everywhere: the answer text keeps its ``[n]`` markers and a sources table lists, for each
``n``, the document, the 1-based page and the exact quote the claim rests on.

Heavy or optional imports (rich, pandas) happen inside the functions that need them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..types import Answer, Citation

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = [
    "SOURCE_COLUMNS",
    "notes",
    "facts_to_excel",
    "session_to_excel",
    "session_to_markdown",
    "sources_frame",
    "sources_table",
    "to_html",
    "to_markdown",
    "to_plain",
    "to_rich",
]

#: Columns of :func:`sources_frame`, in order.
SOURCE_COLUMNS = ["n", "document", "page", "page_end", "quote", "source", "score"]

_MARKER = re.compile(r"\[(\d+)\]")
_SPACE = re.compile(r"\s+")


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _shorten(text: str, limit: int | None) -> str:
    text = _one_line(text)
    if limit is None or len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + "…"


def _pages(c: Citation) -> str:
    if c.page_end and c.page_end != c.page:
        return f"{c.page}-{c.page_end}"
    return str(c.page)


def notes(answer: Answer) -> list[str]:
    """Short remarks a reader should see next to the answer (refusal, removed or unchecked claims)."""
    out: list[str] = []
    if answer.refused:
        out.append("mia declined to answer: the indexed documents do not support an answer.")
        return out
    dropped = len(answer.verification.dropped)
    if dropped and answer.mode != "fallback":  # a fallback replaced the whole draft; saying so is enough
        out.append(f"{dropped} sentence(s) removed because the cited sources do not support them.")
    if answer.verification.unsupported_numbers:
        nums = ", ".join(answer.verification.unsupported_numbers)
        out.append(f"Numbers not found in the cited sources: {nums}.")
    if answer.mode == "fallback":
        out.append("No yes or no is stated in the reports: the closest statement is quoted without a verdict.")
    return out


# ---------------------------------------------------------------------------------------------------- Markdown


def _md_cell(text: str) -> str:
    return _one_line(text).replace("\\", "\\\\").replace("|", "\\|")


def _md_sources(citations: Sequence[Citation], quote_limit: int | None = None) -> str:
    lines = ["| n | document | page | quote |", "|---:|---|---:|---|"]
    for c in citations:
        quote = _md_cell(_shorten(c.quote, quote_limit))
        lines.append(f"| {c.n} | {_md_cell(c.doc)} | {_pages(c)} | {quote} |")
    return "\n".join(lines)


def to_markdown(answer: Answer, *, quote_limit: int | None = None) -> str:
    """The answer text (with its ``[n]`` markers), any notes, then a ``n | document | page | quote`` table."""
    parts = [answer.text.strip() or "_(no answer)_"]
    parts.extend(f"> {note}" for note in notes(answer))
    if answer.citations:
        parts.append("**Sources**\n\n" + _md_sources(answer.citations, quote_limit))
    return "\n\n".join(parts) + "\n"


def timings_line(answer: Answer) -> str:
    """'retrieve 12 ms, generate 840 ms, total 0.9 s' from ``answer.timings_ms``."""
    parts = []
    for key, ms in answer.timings_ms.items():
        parts.append(f"{key} {ms / 1000:.1f} s" if ms >= 1000 else f"{key} {ms:.0f} ms")
    return ", ".join(parts)


def session_to_markdown(
    history: Iterable[tuple[str, Answer]],
    *,
    title: str = "mia session",
    filters: Sequence[str] | None = None,
    facts: Sequence[tuple[str, Any]] = (),
) -> str:
    """A whole conversation as Markdown: every question, answer and citation (with the source file path), the
    mode and timings of each answer, the filters active when it was asked (``filters``: one string per turn),
    then the facts tables shown in the session (``facts``: (title, DataFrame) pairs)."""
    stamp = datetime.now().strftime("%Y-%m-%d %H:%M")
    out = [f"# {title}", "", f"_Exported {stamp}_", ""]
    turns = list(history)
    if not turns:
        out += ["_No questions asked._", ""]
    for i, (question, answer) in enumerate(turns, 1):
        out += [f"## {i}. {_one_line(question)}", ""]
        standalone = answer.standalone_question
        if standalone and _one_line(standalone) != _one_line(question):
            out += [f"_Searched as:_ {_one_line(standalone)}", ""]
        active = (filters[i - 1] if filters is not None and i - 1 < len(filters) else "") or "none"
        out += [f"_Mode:_ {answer.mode} · _filters:_ {active} · _timings:_ {timings_line(answer) or 'n/a'}", ""]
        out += [to_markdown(answer).rstrip(), ""]
        if answer.citations:
            files = sorted({(c.doc, c.source) for c in answer.citations})
            out += ["Files: " + "; ".join(f"`{doc}` ({source})" for doc, source in files), ""]
    if facts:
        out += ["## Facts tables", ""]
        for name, frame in facts:
            out += [f"### {_one_line(name)}", "", frame_to_markdown(frame).rstrip(), ""]
    return "\n".join(out).rstrip() + "\n"


def frame_to_markdown(frame: Any) -> str:
    """A DataFrame as a Markdown table (cells on one line, pipes escaped)."""
    cols = [str(c) for c in frame.columns]

    def cell(v: Any) -> str:
        return _md_cell("" if v is None or (isinstance(v, float) and v != v) else str(v))

    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join(lines) + "\n"


def session_to_excel(
    path: Any,
    history: Iterable[tuple[str, Answer]],
    *,
    filters: Sequence[str] | None = None,
    facts: Sequence[tuple[str, Any]] = (),
) -> None:
    """The session as an Excel workbook (openpyxl): sheet ``answers`` (question, answer, mode, filters, timings),
    ``sources`` (every citation with document, pages, quote and file) and one sheet per facts table. Written to
    a temporary file first, then moved into place."""
    import os
    from pathlib import Path

    import pandas as pd

    turns = list(history)
    answers, sources = [], []
    for i, (question, answer) in enumerate(turns, 1):
        row = {"n": i, "question": question, "searched as": answer.standalone_question or "", "answer": answer.text,
               "mode": answer.mode, "refused": answer.refused, "verified": answer.verification.supported,
               "filters": (filters[i - 1] if filters is not None and i - 1 < len(filters) else "")}
        row.update({f"{k} (ms)": round(float(v), 1) for k, v in answer.timings_ms.items()})
        answers.append(row)
        for c in answer.citations:
            sources.append({"question": i, "n": c.n, "document": c.doc, "page": c.page,
                            "page_end": c.page_end or c.page, "quote": c.quote, "source": c.source})
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.tmp{path.suffix}")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        pd.DataFrame(answers, columns=None if answers else ["n", "question", "answer", "mode"]).to_excel(
            writer, sheet_name="answers", index=False)
        pd.DataFrame(sources, columns=None if sources else ["question", "n", "document", "page", "page_end", "quote",
                                                             "source"]).to_excel(writer, sheet_name="sources",
                                                                                 index=False)
        used: set[str] = set()
        for j, (name, frame) in enumerate(facts, 1):
            sheet = _sheet_name(f"facts {j} {name.removeprefix('facts: ')}", used)
            frame.to_excel(writer, sheet_name=sheet, index=False)
    os.replace(tmp, path)


def facts_to_excel(frame: Any, path: Any, *, metric: str = "facts") -> None:
    """A facts table (``Assistant.facts``) as an Excel workbook: sheet ``facts`` (every cited row: company,
    period, value, unit, document, page, quote) and sheet ``by period`` (periods x companies, amounts in base
    units). Written to a temporary file, then moved into place."""
    import os
    from pathlib import Path

    import pandas as pd

    from ..charts import wide_facts

    path = Path(path)
    tmp = path.with_name(f".{path.stem}.tmp{path.suffix or '.xlsx'}")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        frame.to_excel(writer, sheet_name="facts", index=False)
        wide_facts(frame).to_excel(writer, sheet_name="by period")
        writer.book["facts"].cell(row=len(frame) + 3, column=1, value=f"{metric}: values as printed; amount = "
                                                                        "value x scale; quote and page cite each row")
    os.replace(tmp, path)


def _sheet_name(name: str, used: set[str]) -> str:
    base = re.sub(r"[\[\]:*?/\\]", " ", name)[:31].strip() or "sheet"
    out, n = base, 2
    while out.lower() in used:
        out = f"{base[:28]} {n}"
        n += 1
    used.add(out.lower())
    return out


# -------------------------------------------------------------------------------------------------------- HTML


def _html_text(text: str) -> str:
    """Escape ``text`` and turn ``[n]`` markers into superscript links to the sources table."""
    escaped = html.escape(text)
    linked = _MARKER.sub(lambda m: f'<sup><a href="#mia-src-{m.group(1)}">[{m.group(1)}]</a></sup>', escaped)
    paragraphs = [p.strip().replace("\n", "<br>") for p in re.split(r"\n\s*\n", linked) if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paragraphs) or "<p><em>(no answer)</em></p>"


def to_html(answer: Answer) -> str:
    """A self-contained HTML fragment (for notebooks); every piece of document or model text is escaped."""
    cls = "mia-answer mia-refused" if answer.refused else "mia-answer"
    parts = [f'<div class="{cls}">', _html_text(answer.text)]
    for note in notes(answer):
        parts.append(f'<p style="color:#a15c00"><em>{html.escape(note)}</em></p>')
    if answer.citations:
        parts.append("<table><thead><tr><th>n</th><th>document</th><th>page</th><th>quote</th></tr></thead><tbody>")
        for c in answer.citations:
            parts.append(
                f'<tr id="mia-src-{c.n}"><td>{c.n}</td>'
                f'<td title="{html.escape(c.source, quote=True)}">{html.escape(c.doc)}</td>'
                f"<td>{html.escape(_pages(c))}</td><td>{html.escape(_one_line(c.quote))}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------------- plain text


def to_plain(answer: Answer, *, quote_limit: int | None = 240) -> str:
    """Plain text for pipes and logs: the answer, notes, then one ``[n] document p.N: "quote"`` line per source."""
    lines = [answer.text.strip() or "(no answer)"]
    lines += [f"note: {note}" for note in notes(answer)]
    if answer.citations:
        lines += ["", "Sources:"]
        for c in answer.citations:
            lines.append(f'[{c.n}] {c.doc} p.{_pages(c)}: "{_shorten(c.quote, quote_limit)}"')
    return "\n".join(lines) + "\n"


# -------------------------------------------------------------------------------------------------------- rich


def sources_table(citations: Sequence[Citation], *, quote_limit: int | None = 300, title: str | None = "Sources"):
    """A rich Table with one row per citation: n, document, page, quote."""
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False, expand=False, header_style="bold")
    table.add_column("n", justify="right", style="cyan", no_wrap=True)
    table.add_column("document", style="green", overflow="fold")
    table.add_column("page", justify="right", no_wrap=True)
    table.add_column("quote", overflow="fold", ratio=1)
    for c in citations:
        table.add_row(str(c.n), c.doc, _pages(c), _shorten(c.quote, quote_limit))
    return table


def answer_text(text: str):
    """The answer body as rich Text with the ``[n]`` markers highlighted."""
    from rich.text import Text

    body = Text(text.strip() or "(no answer)")
    body.highlight_regex(_MARKER.pattern, style="bold cyan")
    return body


def to_rich(answer: Answer, *, include_text: bool = True):
    """Renderables for a rich Console: the answer text (optional), notes, and the sources table."""
    from rich.console import Group
    from rich.text import Text

    items: list[Any] = []
    if include_text:
        items.append(answer_text(answer.text))
    for note in notes(answer):
        items.append(Text(note, style="yellow"))
    if answer.citations:
        items.append(sources_table(answer.citations))
    return Group(*items)


# ------------------------------------------------------------------------------------------------------ pandas


def sources_frame(answer: Answer) -> "pd.DataFrame":
    """The citations as a DataFrame with columns ``n, document, page, page_end, quote, source, score``."""
    import pandas as pd

    rows = [
        {"n": c.n, "document": c.doc, "page": c.page, "page_end": c.page_end or c.page, "quote": c.quote,
         "source": c.source, "score": float(c.score)}
        for c in answer.citations
    ]
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)

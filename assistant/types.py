"""Frozen data that flows through mia's pipeline.

files -> Page -> Chunk -> (index) -> Hit -> Answer (with Citation and Verification)
                    \\-> Fact (numbers read from tables and sentences)

Nothing here imports another mia module. Page numbers are always 1-based, as a PDF viewer shows them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocMeta:
    """What mia knows about one document (one file)."""

    doc_id: str  # sha256 of the file bytes, first 16 hex chars: stable across renames
    doc: str  # file stem, e.g. "3M_2018_10K"
    source: str  # path of the file as ingested
    title: str = ""
    company: str | None = None
    doc_type: str | None = None  # "10-K", "10-Q", "8-K", "earnings release", "market report", "annual report", ...
    fiscal_year: int | None = None
    period: str | None = None  # "FY2018", "Q2 2023", ...
    date: str | None = None  # ISO date where one is known
    pages: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Page:
    """The cleaned text of one page of one document."""

    doc_id: str
    doc: str
    source: str
    page: int  # 1-based
    text: str


@dataclass(frozen=True)
class Chunk:
    """A token-bounded piece of one document.

    ``start`` is a character offset into the text of ``page``; ``end`` is a character offset into the text
    of ``page_end`` (the same page for most chunks). Chunks never cross documents.
    """

    chunk_id: str  # f"{doc_id}:{ordinal}"
    doc_id: str
    doc: str
    source: str
    page: int
    page_end: int
    start: int
    end: int
    text: str
    heading: str | None = None
    ordinal: int = 0


@dataclass(frozen=True)
class Hit:
    """A chunk found for a query, with its fused score and the parts it came from."""

    chunk: Chunk
    score: float  # fused score, higher is better
    dense: float | None = None  # cosine similarity, when the dense side found it
    bm25: float | None = None  # BM25 score, when the lexical side found it
    rank: int = 0  # 0-based position in the final list
    meta: DocMeta | None = None


@dataclass(frozen=True)
class Fact:
    """One number read from a report: a table cell or a figure in a sentence."""

    doc_id: str
    doc: str
    source: str
    page: int
    label: str  # the row label / phrase as written
    value: float  # the number as printed, sign applied; multiply by ``scale`` for the absolute amount
    scale: float = 1.0  # 1e6 for a table "(in millions)", 1e3 for "in thousands", ...
    unit: str = ""  # "USD", "%", "shares", "USD/share", "x", "" (plain count)
    currency: str | None = None
    metric: str | None = None  # normalised metric name (e.g. "capital_expenditure"), None when unmapped
    period: str | None = None  # "FY2018", "Q2 2023", "2022-12-31", ...
    fiscal_year: int | None = None
    company: str | None = None
    quote: str = ""  # the exact row or sentence as it appears in the page text
    kind: str = "table"  # "table" or "sentence"
    fact_id: str = ""

    @property
    def absolute(self) -> float:
        return self.value * self.scale


@dataclass(frozen=True)
class Citation:
    n: int  # the [n] marker used in the answer text
    doc: str
    source: str
    page: int  # 1-based
    quote: str  # exact span of the page text
    score: float = 0.0
    page_end: int | None = None
    chunk_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "doc": self.doc,
            "source": self.source,
            "page": self.page,
            "quote": self.quote,
            "score": float(self.score),
        }


@dataclass(frozen=True)
class SentenceCheck:
    text: str
    citations: tuple[int, ...] = ()
    supported: bool = False
    unsupported_numbers: tuple[str, ...] = ()
    reason: str = ""  # why it failed: "no citation", "number not in cited source", ...


@dataclass(frozen=True)
class Verification:
    supported: bool
    sentences: tuple[SentenceCheck, ...] = ()
    unsupported_numbers: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()  # sentences removed from the shown text

    def to_dict(self) -> dict[str, Any]:
        return {
            "supported": self.supported,
            "unsupported_numbers": list(self.unsupported_numbers),
            "sentences": [asdict(s) for s in self.sentences],
        }


@dataclass(frozen=True)
class Subject:
    """Whom and when an answer is about: the company (its name in its newest filing) and the period
    ("FY2022", "Q2 2023", "FY2021 to FY2022" for a change)."""

    company: str | None = None
    period: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"company": self.company, "period": self.period}


@dataclass(frozen=True)
class InputFigure:
    """One input of a calculation, for checking it on its own: the row as printed, its period, the amount in base
    units (sign as printed), its unit and where it stands."""

    label: str
    period: str | None
    value: float
    unit: str
    doc: str
    page: int

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "period": self.period, "value": float(self.value), "unit": self.unit,
                "doc": self.doc, "page": self.page}


@dataclass(frozen=True)
class Answer:
    """What mia shows for one question. Faces (CLI, REPL, notebook, eval) only render it
    (``faces/render.py``: Markdown, HTML, rich, a pandas table of the sources).

    Frozen: each step of the answer stage builds a new one (``dataclasses.replace``)."""

    question: str
    text: str
    refused: bool = False
    citations: list[Citation] = field(default_factory=list)
    verification: Verification = field(default_factory=lambda: Verification(supported=False))
    timings_ms: dict[str, float] = field(default_factory=dict)
    mode: str = "rag"  # "facts", "calc", "rag", "fallback", "refused"
    standalone_question: str | None = None  # the rewritten question for follow-ups
    hits: list[Hit] = field(default_factory=list)  # the retrieved evidence (not serialised by to_dict)
    draft: str | None = None  # the raw model output before verification
    subject: str | None = None  # facts path: the metric or calculation computed, context for verification
    about: Subject | None = None  # facts path: the company and period answered ("subject" in to_dict)
    inputs: tuple[InputFigure, ...] = ()  # facts path: every input of a calculation, each with its source

    def __repr__(self) -> str:
        """Short, for consoles and notebooks: the answer (cut at 120 characters), its mode and how many sources."""
        text = " ".join(self.text.split())
        shown = text if len(text) <= 120 else text[:119] + "…"
        n = len(self.citations)
        return f"Answer({shown!r}, mode={self.mode!r}, {n} source{'' if n == 1 else 's'})"

    def to_excel(self, path: Any) -> None:
        """The answer and its sources as an Excel workbook (sheets ``answer`` and ``sources``: n, document,
        page, page_end, quote, file, score). Needs openpyxl; written to a temporary file, then moved."""
        import os
        from pathlib import Path

        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = "answer"
        rows: list[tuple[str, Any]] = [("question", self.question), ("searched as", self.standalone_question or ""),
                                       ("answer", self.text), ("mode", self.mode), ("refused", self.refused),
                                       ("verified", self.verification.supported)]
        rows += [(f"{key} (ms)", round(float(ms), 1)) for key, ms in self.timings_ms.items()]
        for row in rows:
            sheet.append(list(row))
        sources = book.create_sheet("sources")
        sources.append(["n", "document", "page", "page_end", "quote", "source", "score"])
        for c in self.citations:
            sources.append([c.n, c.doc, c.page, c.page_end or c.page, c.quote, c.source, float(c.score)])
        path = Path(path)
        tmp = path.with_name(f".{path.stem}.tmp{path.suffix or '.xlsx'}")
        book.save(tmp)
        os.replace(tmp, path)

    def to_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "refused": self.refused,
            "citations": [c.to_dict() for c in self.citations],
            "verification": {
                "supported": self.verification.supported,
                "unsupported_numbers": list(self.verification.unsupported_numbers),
            },
            "timings_ms": {k: float(v) for k, v in self.timings_ms.items()},
            "mode": self.mode,
            "subject": self.about.to_dict() if self.about is not None else None,
            **({"inputs": [i.to_dict() for i in self.inputs]} if self.inputs else {}),
        }


def hit_record(hit: Hit) -> dict[str, Any]:
    """The JSON shape of one search hit (used by `mia search --json` and `Assistant.search`)."""
    c = hit.chunk
    return {
        "doc": c.doc,
        "source": c.source,
        "page": c.page,
        "page_end": c.page_end,
        "score": round(float(hit.score), 6),
        "text": c.text,
        "metadata": _meta_dict(hit),
    }



def _meta_dict(hit: Hit) -> dict[str, Any]:
    m = hit.meta
    out: dict[str, Any] = {"heading": hit.chunk.heading, "chunk_id": hit.chunk.chunk_id}
    if m is not None:
        out.update(
            {
                "title": m.title,
                "company": m.company,
                "doc_type": m.doc_type,
                "fiscal_year": m.fiscal_year,
                "period": m.period,
                "date": m.date,
            }
        )
    if hit.dense is not None:
        out["dense"] = round(float(hit.dense), 6)
    if hit.bm25 is not None:
        out["bm25"] = round(float(hit.bm25), 6)
    return out

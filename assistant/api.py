"""`Assistant`: the Python API that the CLI, the REPL, notebooks and the eval suite use.

Everything heavy (embedder, LLM, index files) is loaded on first use, so opening an assistant is cheap and
the REPL reaches its prompt before the model is loaded.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import replace
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .charts import facts_chart, wide_facts
from .config import Settings, load_settings
from .types import Answer, Hit, hit_record

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .index.embeddings.base import Embedder
    from .index.ingest import IngestReport
    from .llm.base import LLM
    from .retrieve.filters import Filters
    from .index.store import Index

FilterSpec = "Filters | Mapping[str, Any] | Sequence[str] | str | None"


MAX_QUESTION_CHARS = 2000  # a question, not a document: longer text would crowd the sources out of the prompt


def check_question(question: str) -> str:
    """A question mia will take: text of at most ``MAX_QUESTION_CHARS`` characters, no NUL or undecodable
    bytes. Raises ValueError with a one-line reason."""
    if not isinstance(question, str):
        raise ValueError(f"a question is text, not {type(question).__name__}")
    if len(question) > MAX_QUESTION_CHARS:
        raise ValueError(f"the question is {len(question):,} characters long; mia takes at most "
                         f"{MAX_QUESTION_CHARS:,} (ask about the document instead of pasting it)")
    if "\x00" in question or any("\ud800" <= ch <= "\udfff" for ch in question):
        raise ValueError("the question holds bytes that are not valid UTF-8 text")
    return question


def _check_k(k: int | None) -> None:
    if k is not None and (isinstance(k, bool) or int(k) != k or k < 1):
        raise ValueError(f"k must be a whole number of at least 1, not {k!r}")


def as_filters(spec: Any) -> "Filters | None":
    """Accept Filters, a dict ({"company": "3M", "year": 2018}), ["company=3M", ...] or "company=3M year=2018".
    A year range whose first year is after its last raises ValueError."""
    from .retrieve.filters import Filters

    if spec is None:
        return None
    if not isinstance(spec, Filters):
        if isinstance(spec, str):
            spec = spec.split()
        if isinstance(spec, Mapping):
            spec = [f"{k}={v}" for k, v in spec.items() if v is not None]
        items = list(spec)
        spec = Filters.parse(items) if items else None
    if spec is not None and spec.year_min is not None and spec.year_max is not None \
            and spec.year_min > spec.year_max:
        raise ValueError(f"year range {spec.year_min}-{spec.year_max} runs backwards; write "
                         f"{spec.year_max}-{spec.year_min}")
    return spec


def index_location(where: str | Path) -> dict[str, Any]:
    """Settings for an index given as a name (``{"index": name, "index_dir": None}``) or as a folder
    (``{"index_dir": path}``): anything that is not a valid index name ("..", "a/b", "/x") is a folder."""
    from .config import INDEX_NAME_RE

    text = str(where)
    if INDEX_NAME_RE.match(text) and not text.endswith("."):
        return {"index": text, "index_dir": None}
    return {"index_dir": Path(where)}


class Assistant:
    """A research assistant over one index.

    >>> a = Assistant.from_folder("corpus/")          # doctest: +SKIP
    >>> a.ask("What were Microsoft's FY2024 capital expenditures?")  # doctest: +SKIP

    Threads: one Assistant may serve ``ask``/``hits``/``search``/``facts`` from several threads at once. Its
    lazy parts (embedder, LLM, index, retriever, answerer) are created once under a lock; the llama model
    generates one answer at a time (its own lock), MiniLM loads once (its own lock), the index serialises
    BM25 queries, and an ``Answer`` is immutable. Not while asking: ``ingest`` (it replaces the index the
    askers use; ingest from one thread, or another process: one writer per index, ``IndexBusy``). A
    ``Conversation`` keeps one history: one per user, not shared between threads.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embedder: "Embedder | None" = None,
        llm: "LLM | None" = None,
    ) -> None:
        self.settings = settings or load_settings()
        self._embedder = embedder
        self._llm = llm
        self._index: "Index | None" = None
        self._answerer = None
        self._retriever = None
        self._lock = threading.RLock()  # guards the lazy parts below

    # ---- construction -------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | Path | None = None,
        *,
        embedder: "Embedder | str | None" = None,
        llm: "LLM | str | None" = None,
        **overrides: Any,
    ) -> "Assistant":
        """Open the index at ``path`` (a name under ``index_root``, or anything that is not a valid name, such
        as a ``Path`` or "a/b", for a folder of your choice); settings from the usual sources.

        ``llm`` / ``embedder`` are backend objects, or names taken as the ``llm`` / ``embedder`` settings:
        ``Assistant.open("fb", llm="openai", base_url="http://gpu-box:8080/v1", model_name="qwen")``."""
        if path is not None:
            overrides.update({k: v for k, v in index_location(path).items() if v is not None})
        if isinstance(llm, str):
            overrides["llm"], llm = llm, None
        if isinstance(embedder, str):
            overrides["embedder"], embedder = embedder, None
        return cls(load_settings(**overrides), embedder=embedder, llm=llm)

    @classmethod
    def from_folder(
        cls,
        folder: str | Path,
        index: str | Path | None = None,
        *,
        progress: bool = True,
        embedder: "Embedder | None" = None,
        llm: "LLM | str | None" = None,
        **overrides: Any,
    ) -> "Assistant":
        """Open (or create) an index for ``folder`` and bring it up to date with the folder's files."""
        if index is None:  # named after the folder, made a safe name
            index = re.sub(r"[^A-Za-z0-9._-]+", "-", Path(folder).resolve().name).strip(".-") or "default"
        assistant = cls.open(index, embedder=embedder, llm=llm, **overrides)
        assistant.ingest([folder], progress=progress)
        return assistant

    # ---- lazily loaded parts ------------------------------------------------------------------------
    @property
    def embedder(self) -> "Embedder":
        """The embedder the index was built with (queries must be embedded the same way): made from the name the
        index records, whatever the embedder settings say (they choose the embedder of a new index only).
        Raises ``EmbedderUnavailable`` (an ``IndexMismatch``) when that embedder cannot be made here."""
        if self._embedder is None:
            with self._lock:
                if self._embedder is None:  # another thread may have made it meanwhile
                    from .index.embeddings import embedder_for, get_embedder

                    built_with = self._index_embedder()
                    self._embedder = (embedder_for(built_with, self.settings, where=str(self.settings.index_path),
                                                   precisions=self.index.info.get("precisions") or ())
                                      if built_with else get_embedder(self.settings))
        return self._embedder

    def _document_embedder(self) -> "Embedder":
        """The embedder an ingest embeds chunks with: the index's own model, at bf16 where that is native and
        interchangeable with it (``index.embeddings.document_embedder``)."""
        from .index.embeddings import document_embedder

        return document_embedder(self.embedder, self.settings)

    def _index_embedder(self) -> str | None:
        """The embedder name the index records (None: no index yet)."""
        from .index.store import IndexNotFound

        try:
            return str(self.index.info.get("embedder") or "") or None  # the index is opened once and kept
        except IndexNotFound:
            return None

    @property
    def llm(self) -> "LLM":
        if self._llm is None:
            with self._lock:
                if self._llm is None:  # another thread may have made it meanwhile
                    from .llm import get_llm

                    self._llm = get_llm(self.settings)
        return self._llm

    @property
    def index(self) -> "Index":
        if self._index is None:
            with self._lock:
                if self._index is None:  # another thread may have made it meanwhile
                    from .index.store import Index

                    self._index = Index.open(self.settings.index_path)
        return self._index

    @property
    def retriever(self):
        if self._retriever is None:
            with self._lock:
                if self._retriever is None:  # another thread may have made it meanwhile
                    from .index.store import IndexMismatch
                    from .retrieve.retriever import Retriever

                    built_with, given = self._index_embedder(), self.embedder
                    if built_with and (given.name != built_with or given.dim != self.index.info.get("dim")):
                        raise IndexMismatch(f"{self.settings.index_path}: built with embedder {built_with}, "
                                            f"queried with {given.name}; open it without an embedder (mia "
                                            "picks the index's own)")
                    self._retriever = Retriever(self.index, given, settings=self.settings)
        return self._retriever

    @property
    def answerer(self):
        if self._answerer is None:
            with self._lock:
                if self._answerer is None:  # another thread may have made it meanwhile
                    from .answer.answerer import Answerer

                    self._answerer = Answerer(self.retriever, self.llm, self.settings, index=self.index)
        return self._answerer

    def with_index(self, name: str | Path) -> "Assistant":
        """The same assistant on another index, reusing the models already loaded (raises IndexNotFound)."""
        data = self.settings.model_dump()
        data.update(index_location(name))
        other = Assistant(Settings(**data), llm=self._llm)
        built_with = other.index.info.get("embedder")
        if self._embedder is not None and built_with == getattr(self._embedder, "name", None):
            other._embedder = self._embedder
        return other

    def _forget_index(self) -> None:
        with self._lock:
            if self._index is not None and hasattr(self._index, "close"):
                self._index.close()
            self._index = self._retriever = self._answerer = None

    # ---- ingest -------------------------------------------------------------------------------------
    def ingest(
        self,
        paths: str | Path | Iterable[str | Path],
        *,
        progress: bool = True,
        on_event: Callable[[Any], None] | None = None,
    ) -> "IngestReport":
        """Bring the index up to date with ``paths`` (files or folders). Unchanged files cost nothing."""
        from .index.ingest import ingest

        if isinstance(paths, (str, Path)):
            paths = [paths]
        bar = _ProgressBar() if progress and on_event is None else None
        try:
            report = ingest(
                [Path(p) for p in paths],
                self.settings.index_path,
                self._document_embedder,
                chunk_tokens=self.settings.chunk_tokens,
                chunk_overlap=self.settings.chunk_overlap,
                ann_threshold=self.settings.ann_threshold,
                on_event=on_event or (bar.update if bar else None),
                workers=self.settings.ingest_workers,
                checkpoint_s=self.settings.checkpoint_s,
                read_timeout_s=self.settings.read_timeout_s,
            )
        finally:
            if bar:
                bar.close()
        self._forget_index()
        return report

    # ---- questions ----------------------------------------------------------------------------------
    def hits(self, query: str, k: int = 10, filters: Any = None) -> list[Hit]:
        check_question(query)
        _check_k(k)
        return self.retriever.search(query, k=k, filters=as_filters(filters))

    def search(self, query: str, k: int = 10, filters: Any = None) -> "pd.DataFrame":
        """Hybrid search; one row per hit: doc, page, page_end, score, text, source, metadata."""
        import pandas as pd

        rows = [hit_record(h) for h in self.hits(query, k=k, filters=filters)]
        cols = ["doc", "page", "page_end", "score", "text", "source", "metadata"]
        return pd.DataFrame(rows, columns=cols)

    def ask(
        self,
        question: str,
        *,
        filters: Any = None,
        k: int | None = None,
        history: Sequence[tuple[str, Answer]] = (),
        on_token: Callable[[str], None] | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Answer:
        """Answer ``question`` from the index, with checked citations.

        ``on_token`` receives the model's *draft* as it is written: it is not checked yet, so faces count it
        rather than show it. ``on_stage`` receives what mia is doing: "loading the model", "searching",
        "reading the facts", "writing the answer", "checking". A question longer than ``MAX_QUESTION_CHARS``,
        a k below 1 or a backwards year range raises ValueError."""
        check_question(question)
        _check_k(k)
        filters = as_filters(filters)
        start = time.perf_counter()
        answer = self.answerer.ask(
            question, history=history, filters=as_filters(filters), k=k, on_token=on_token, on_stage=on_stage
        )
        if "total" not in answer.timings_ms:
            answer = replace(answer, timings_ms={**answer.timings_ms, "total": (time.perf_counter() - start) * 1000})
        return answer

    def facts(
        self,
        metric: str,
        company: str | Sequence[str] | None = None,
        period: str | Sequence[str] | None = None,
        *,
        wide: bool = False,
        chart: bool | str | None = None,
    ) -> "pd.DataFrame":
        """A cited cross-report table of one metric: a row per (company, period), conflicts flagged, with the
        columns of ``FACT_COLUMNS`` even when nothing was found.

        ``wide=True``: plot-ready instead: periods as the index (in time order), one column per company,
        amounts in base units (``frame.plot()`` draws it). ``chart=True`` (or "line" / "bar") also draws the
        metric across companies and years with its sources in the caption (matplotlib). Facts quoted from text
        written for an AI (untrusted) are left out."""
        import pandas as pd

        from .answer.facts_path import facts_table
        from .answer.untrusted import TrustedFacts

        companies = [company] if isinstance(company, str) else company
        periods = [period] if isinstance(period, str) else period
        rows = facts_table(TrustedFacts(self.index), metric, companies=companies, periods=periods)
        frame = pd.DataFrame(rows, columns=list(dict.fromkeys([*FACT_COLUMNS, *(k for r in rows for k in r)])))
        if chart:
            facts_chart(frame, metric, kind=chart if isinstance(chart, str) else None)
        return wide_facts(frame) if wide else frame

    def check_filters(self, filters: Any) -> list[str]:
        """Why ``filters`` would match no document, one line per cause, each naming the nearest values the
        index has (``[]`` when some document matches): "no document has company=NVIDA (nearest: NVIDIA)"."""
        spec = as_filters(filters)
        if spec is None or spec.is_empty():
            return []
        return filter_problems(spec, self.index.documents())

    def chat(self) -> "Conversation":
        return Conversation(self)

    # ---- LangChain ----------------------------------------------------------------------------------
    def as_retriever(self, k: int = 4, filters: Any = None, search_kwargs: Mapping[str, Any] | None = None):
        """A langchain-core ``BaseRetriever`` over this index (Documents carry doc/page metadata);
        ``search_kwargs={"k": 6, "filter": {"company": "NVIDIA"}}`` as with other LangChain retrievers."""
        from .lc_adapters import make_retriever

        return make_retriever(self, k=k, filters=filters, search_kwargs=search_kwargs)

    def as_runnable(self):
        """A langchain-core ``Runnable``: a question (str, HumanMessage, message list: the last human message, or
        {"question": ..., "filters": ...}) -> answer dict; ``stream``/``astream`` yield checked text only."""
        from .lc_adapters import make_runnable

        return make_runnable(self)

    def __repr__(self) -> str:
        return f"Assistant(index={str(self.settings.index_path)!r}, llm={self.settings.llm!r})"


class Conversation:
    """A chat that remembers its questions and answers so follow-ups can be rewritten."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.history: list[tuple[str, Answer]] = []

    def ask(
        self,
        question: str,
        *,
        filters: Any = None,
        k: int | None = None,
        on_token: Callable[[str], None] | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Answer:
        answer = self.assistant.ask(
            question, filters=filters, k=k, history=self.history, on_token=on_token, on_stage=on_stage
        )
        self.history.append((question, answer))
        return answer

    def reset(self) -> None:
        self.history.clear()

    def __len__(self) -> int:
        return len(self.history)


#: Columns of ``Assistant.facts`` (an empty result has them too).
FACT_COLUMNS = ["company", "period", "value", "scale", "unit", "amount", "label", "metric", "doc", "page", "quote",
                "conflict"]


def filter_problems(spec: "Filters", docs: Sequence[Any]) -> list[str]:
    """The criteria of ``spec`` that no document in ``docs`` meets, with the nearest values there are."""
    import difflib
    from dataclasses import replace

    if any(spec.allows(d) for d in docs):
        return []
    empty = replace(spec, companies=[], doc_types=[], docs=[], year_min=None, year_max=None)
    out: list[str] = []

    def nearest(value: str, values: set[str]) -> str:
        by_lower = {v.lower(): v for v in values if v}
        close = difflib.get_close_matches(value.lower(), list(by_lower), n=3, cutoff=0.3)
        shown = [by_lower[c] for c in close] or sorted(by_lower.values())[:5]
        return f" (nearest: {', '.join(shown)})" if shown else " (the index has none)"

    companies = {c for d in docs for c in [d.company, *((d.extra or {}).get("companies") or [])] if c}
    for c in spec.companies:
        if not any(replace(empty, companies=[c]).allows(d) for d in docs):
            out.append(f"no document has company={c}{nearest(c, companies)}")
    for t in spec.doc_types:
        if not any(replace(empty, doc_types=[t]).allows(d) for d in docs):
            out.append(f"no document has type={t}{nearest(t, {d.doc_type for d in docs if d.doc_type})}")
    for stem in spec.docs:
        if not any(replace(empty, docs=[stem]).allows(d) for d in docs):
            out.append(f"no document is doc={stem}{nearest(stem, {d.doc for d in docs})}")
    if spec.year_min is not None or spec.year_max is not None:
        years_f = replace(empty, year_min=spec.year_min, year_max=spec.year_max)
        if not any(years_f.allows(d) for d in docs):
            span = str(spec.year_min) if spec.year_min == spec.year_max else f"{spec.year_min}-{spec.year_max}"
            have = sorted({d.fiscal_year for d in docs if d.fiscal_year})
            out.append(f"no document has year={span}" + (f" (years: {', '.join(map(str, have))})" if have else ""))
    if not out:
        out.append("no document meets all of these filters together")
    return out


def _tqdm_class() -> Any:
    """tqdm's notebook widget when Jupyter can draw it (ipywidgets installed, running in a kernel), else the
    text bar: ``tqdm.auto`` alone warns "IProgress not found" in a notebook without ipywidgets."""
    import sys

    if "ipykernel" in sys.modules:
        try:
            import ipywidgets  # noqa: F401
            from tqdm.notebook import tqdm

            return tqdm
        except ImportError:
            pass
    from tqdm.std import tqdm

    return tqdm


class _ProgressBar:
    """tqdm.auto bar over ingest events (a notebook widget in Jupyter, text in a terminal)."""

    def __init__(self) -> None:
        self._tqdm = _tqdm_class()
        self.bar = None

    def update(self, event: Any) -> None:
        total = getattr(event, "files_total", None)
        if self.bar is None and total:
            self.bar = self._tqdm(total=total, unit="file", desc="ingest")
        if self.bar is None:
            return
        done = getattr(event, "files_done", None)
        if done is not None:
            self.bar.n = done
        postfix = {"pages": getattr(event, "pages", 0), "chunks": getattr(event, "chunks", 0)}
        if getattr(event, "pages_per_s", 0.0):
            postfix["pages/s"] = f"{event.pages_per_s:.1f}"
        if getattr(event, "eta_s", None) is not None:
            postfix["ETA"] = f"{int(event.eta_s) // 60}:{int(event.eta_s) % 60:02d}"
        self.bar.set_postfix(postfix, refresh=False)
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

"""Bring an index up to date with files and folders.

The manifest in the index records, per source path, the file's size, mtime_ns and sha256. A file whose size
and mtime are unchanged is not even read; one whose bytes hash to a recorded sha256 is not parsed. Only new
and changed files are read, chunked and embedded, in batches that span documents. Files that disappeared
from an ingested folder are dropped from the index; byte-identical copies are indexed once.

If nothing changed, no new generation is written. One unreadable file is reported in ``skipped`` and does
not stop the others.

Speed (issue 15): reading, cleaning, chunking and fact extraction may run in a worker process (``workers=1``, at
this process's priority) while this one embeds; at most ``AHEAD`` documents wait between them, so memory stays bounded. Chunks are
gathered across documents into windows of ``EMBED_WINDOW`` and handed to the embedder together (it sorts them by
length, so a batch pads little); the first window is ``FIRST_WINDOW`` chunks, so that embedding starts once the
first document is read instead of after a thousand chunks, and the model loads in a thread meanwhile (the
embedder's ``warm``). The embedder never waits for the reader while it has work: when the next document is not
read yet and at least ``IDLE_WINDOW`` chunks are gathered, those are embedded (and their documents stored) first
(``reader_pool.run_bounded``'s ``on_wait``); the windows are then smaller than ``EMBED_WINDOW`` (a window is sorted
by length before batching, so a few hundred chunks pad little). A chunk text already embedded in this run is not
embedded again. What is embedded of a chunk is the text it adds to the chunk before, without the overlap it repeats
(``chunking.embedding_texts``, worked out in the reader). A long ingest
commits what it has every ``checkpoint_s`` seconds (between documents), so Ctrl-C or a crash loses at most that
much work: the next ingest finds those files unchanged and continues with the rest (``IngestInterrupted`` says
so). ``IngestReport.stage_seconds`` holds the time of each stage; ``wait`` is the time this process spent
waiting for the reader with nothing to embed (the reader process's start-up included).

``python -m assistant.index.ingest INDEX PATH... [--hash]`` runs an ingest from the shell (used by the tests that
kill an ingest half-way).
"""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import stat
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..documents.chunking import chunk_pages, embedding_texts
from ..documents.readers.base import ReadError, discover, read_document
from ..documents.readers.pdf import PdfBackend
from ..finance.extract import FACTS_VERSION, extract_facts
from .reader_pool import run_bounded
from .statement_pages import page_kinds, rule_fingerprint
from .store import IndexCorrupt, IndexMismatch, IndexWriter, read_info

if TYPE_CHECKING:
    from .embeddings.base import Embedder
    from ..types import Chunk, DocMeta, Fact, Page

EMBED_WINDOW = 1024  # chunks gathered (across documents) before one call to the embedder
FIRST_WINDOW = 128  # ... before the first call: the embedder starts while the reader is still at work
IDLE_WINDOW = 64  # ... or when the reader has not finished the next document: the embedder does not wait idle
AHEAD = 2  # documents a worker process may have read and not yet handed over
KNOWN_MAX = 50_000  # vectors of recent chunk texts kept to embed a repeated text once (about 80 MB)
CHECKPOINT_S = 300.0  # a long ingest commits what it has at least this often (seconds)
READ_TIMEOUT_S = 120.0  # a file not read in this long (in the worker process) is skipped as "timed out"


@dataclass(frozen=True)
class IngestEvent:
    """Progress: ``kind`` is "scan", "file", "skip", "facts", "embed", "commit" or "done"."""

    kind: str
    files_done: int
    files_total: int
    pages: int
    chunks: int
    path: str | None = None
    message: str = ""
    seconds: float = 0.0  # since the ingest began
    bytes_done: int = 0  # bytes of the files to read that are embedded and stored (for a rate and an ETA)
    bytes_total: int = 0  # bytes of all files this ingest reads

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    @property
    def eta_s(self) -> float | None:
        """Seconds left, from the share of bytes done so far (None until something is done)."""
        if self.bytes_done <= 0 or self.bytes_total <= 0 or self.seconds <= 0:
            return None
        return max(0.0, self.seconds * (self.bytes_total - self.bytes_done) / self.bytes_done)


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    pages: int = 0
    chunks: int = 0
    facts: int = 0
    facts_refreshed: int = 0  # unchanged documents whose facts were derived again by a newer extractor
    seconds: float = 0.0
    duplicate_of: dict[str, str] = field(default_factory=dict)  # duplicate path -> the path that was indexed
    warnings: list[str] = field(default_factory=list)  # problems that did not stop a file (e.g. facts failed)
    committed: bool = False  # False when nothing changed (no new generation was written)
    checkpoints: int = 0  # commits made during the run (before the final one)
    embedded: int = 0  # chunk texts embedded (identical texts once)
    stage_seconds: dict[str, float] = field(default_factory=dict)  # read, chunk, facts (in the worker), embed, ...

    @property
    def ok(self) -> bool:
        return not self.skipped


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C during an ingest. What was committed before stays; ``str()`` says how to continue."""

    def __init__(self, report: IngestReport, index_path: str | os.PathLike[str]) -> None:
        self.report = report
        kept = len(report.ingested) if report.checkpoints else 0
        super().__init__(
            f"{index_path}: ingest interrupted; {kept} new documents were committed and are kept, the index is "
            "otherwise as before. Run the same ingest again to continue with the rest.")

    def __str__(self) -> str:
        return str(self.args[0])


def _text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _add_time(report: IngestReport, stage: str, seconds: float) -> None:
    report.stage_seconds[stage] = report.stage_seconds.get(stage, 0.0) + seconds


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def probe_file(path: Path) -> tuple[os.stat_result | None, str | None]:
    """(stat, None) for a regular, readable file; else (None, problem) with the problem in a few words.
    Never opens the file, so a FIFO or a device cannot block the ingest."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None, "broken link (its target does not exist)" if os.path.islink(path) else "file not found"
    except PermissionError:
        return None, "permission denied"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "link loop (symbolic links that point at each other)"
        return None, f"cannot access ({exc.strerror or type(exc).__name__})"
    if stat.S_ISDIR(st.st_mode):
        return None, "is a folder, not a file"
    if not stat.S_ISREG(st.st_mode):
        return None, "not a regular file (pipe, device or socket)"
    if not os.access(path, os.R_OK):
        return None, "permission denied"
    return st, None


def _really_gone(source: str) -> bool:
    """True only when the file is known not to exist any more (not when it merely cannot be reached)."""
    try:
        os.lstat(source)
    except (FileNotFoundError, NotADirectoryError):
        return True
    except OSError:
        return False
    return False


def _absolute(path: str | os.PathLike[str]) -> Path:
    """Absolute and normalised, symlinks kept: a link in an ingested folder is that folder's file."""
    return Path(os.path.abspath(Path(path).expanduser()))


def _under(source: str, roots: Sequence[Path]) -> bool:
    p = Path(source)
    return any(p == root or root in p.parents for root in roots)


@dataclass
class _Pending:
    meta: "DocMeta"
    pages: list["Page"]
    chunks: list["Chunk"]
    facts: list["Fact"]
    size: int = 0
    kinds: dict[int, tuple[str, bool]] | None = None
    embed_texts: list[str] | None = None  # what the embedder reads of each chunk (default: its text)

    def texts(self) -> list[str]:
        return self.embed_texts if self.embed_texts is not None else [c.text for c in self.chunks]


@dataclass
class _Prepared:
    """A document read, chunked and with its facts (or the reason it could not be read)."""

    source: str
    meta: "DocMeta | None" = None
    pages: list["Page"] = field(default_factory=list)
    chunks: list["Chunk"] = field(default_factory=list)
    embed_texts: list[str] = field(default_factory=list)  # chunking.embedding_texts: what the embedder reads
    facts: list["Fact"] = field(default_factory=list)
    kinds: dict[int, tuple[str, bool]] = field(default_factory=dict)  # statement pages (statement_pages)
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


def _prepare(source: str, path: Path, count_tokens: Callable[[list[str]], list[int]], chunk_tokens: int,
             chunk_overlap: int, extract: Callable[["DocMeta", list["Page"]], list["Fact"]] | None,
             pdf_backend: PdfBackend | None = None) -> _Prepared:
    """Read, chunk and extract facts from one file (in this process or in a worker)."""
    out = _Prepared(source)
    t = time.perf_counter()
    try:
        out.meta, out.pages = read_document(path, pdf_backend)
    except Exception as exc:  # noqa: BLE001 - one bad file never stops an ingest
        out.problem = str(exc) if isinstance(exc, ReadError) else \
            f"{source}: cannot read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
        return out
    if out.meta.extra.get("truncated"):
        out.warnings.append(f"{source}: {out.meta.extra['truncated']}")
    t1 = time.perf_counter()
    out.chunks = chunk_pages(out.meta, out.pages, count_tokens, max_tokens=chunk_tokens, overlap=chunk_overlap)
    out.embed_texts = embedding_texts(out.chunks, out.pages)  # without the overlap each chunk repeats
    t2 = time.perf_counter()
    scratch = IngestReport()
    out.facts = _facts_for(out.meta, out.pages, scratch, extract)
    out.warnings += scratch.warnings
    out.kinds = page_kinds(out.pages)  # with the facts: the worker's work, not the embedder's
    out.seconds = {"read": t1 - t, "chunk": t2 - t1, "facts": time.perf_counter() - t2}
    return out


def _worker_init() -> None:
    """A worker leaves Ctrl-C to the main process (which stops it). It runs at the ingest's own priority, not
    below it (issue 15): the reader's work (a seventh of an ingest's CPU) is what the embedder waits for, so a
    reader starved by the embedding threads (at nice 5 it got a quarter of a core beside them; its stages took
    2-3 times longer in session 5) leaves a core idle whenever the embedder catches up with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Run:
    """State of one ingest: the writer, the lazily made embedder and the window waiting to be embedded."""

    def __init__(self, writer: IndexWriter, embedder_factory: Callable[[], "Embedder"], report: IngestReport,
                 emit: Callable[..., None]) -> None:
        self.writer = writer
        self.factory = embedder_factory
        self.embedder: "Embedder | None" = None
        self.report = report
        self.emit = emit
        self.pending: list[_Pending] = []
        self.pending_chunks = 0
        self.flushed = False  # a first window went to the embedder
        self.bytes_done = 0
        self.busy_s = 0.0  # seconds spent embedding and storing windows (to tell them from waiting)
        # digest of a chunk text -> its vector, for texts seen again in this run (the newest KNOWN_MAX kept)
        self._known: dict[bytes, np.ndarray] = {}

    def get_embedder(self) -> "Embedder":
        if self.embedder is None:
            embedder = self.factory()
            if embedder.name != self.writer.embedder_name or embedder.dim != self.writer.dim:
                raise IndexMismatch(
                    f"{self.writer.path}: index was built with embedder {self.writer.embedder_name} "
                    f"(dim {self.writer.dim}), not {embedder.name} (dim {embedder.dim}); "
                    "use another index or remove this one")
            precision = getattr(embedder, "precision", None)
            if precision:
                self.writer.note_precision(precision)
            warm = getattr(embedder, "warm", None)
            if callable(warm):  # load the model while the first documents are read, not after
                threading.Thread(target=_quietly, args=(warm,), name="mia-embedder-load", daemon=True).start()
            self.embedder = embedder
        return self.embedder

    def add(self, item: _Pending) -> None:
        self.pending.append(item)
        self.pending_chunks += len(item.chunks)
        if self.pending_chunks >= (EMBED_WINDOW if self.flushed else FIRST_WINDOW):
            self.flush()

    def idle(self) -> None:
        """The reader has not finished the next document: embed the chunks gathered so far (at least
        ``IDLE_WINDOW``) instead of waiting with them."""
        if self.pending_chunks >= IDLE_WINDOW:
            self.flush()

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Vectors of ``texts``; each distinct text not seen before in this run is embedded once."""
        out = np.zeros((len(texts), self.writer.dim), np.float32)
        keys = [_text_key(t) for t in texts]
        new: dict[bytes, str] = {}
        for key, text in zip(keys, texts):
            if key not in self._known:
                new.setdefault(key, text)
        if new:
            t = time.perf_counter()
            got = self.get_embedder().embed(list(new.values()))
            _add_time(self.report, "embed", time.perf_counter() - t)
            self.report.embedded += len(new)
            for key, vec in zip(new, got):
                self._known[key] = vec
        for i, key in enumerate(keys):
            out[i] = self._known[key]
        while len(self._known) > KNOWN_MAX:  # oldest first (dicts keep insertion order)
            del self._known[next(iter(self._known))]
        return out

    def flush(self) -> None:
        if not self.pending:
            return
        began = time.perf_counter()
        texts = [t for item in self.pending for t in item.texts()]
        vectors = self.vectors(texts)
        t = time.perf_counter()
        at = 0
        for item in self.pending:
            n = len(item.chunks)
            self.writer.add_document(item.meta, item.pages, item.chunks, vectors[at : at + n], item.facts,
                                     page_kinds=item.kinds)
            at += n
            self.report.chunks += n
            self.bytes_done += item.size
        _add_time(self.report, "sqlite", time.perf_counter() - t)
        self.pending.clear()
        self.pending_chunks = 0
        self.flushed = True
        self.busy_s += time.perf_counter() - began
        self.emit("embed")


def _quietly(fn: Callable[[], Any]) -> None:
    """Run ``fn``, dropping its error: a model that fails to load in the background fails again, loudly, at
    the first ``embed``."""
    try:
        fn()
    except Exception:  # noqa: BLE001, S110 - raised again where it matters
        pass


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    index_path: str | os.PathLike[str],
    embedder_factory: Callable[[], "Embedder"],
    *,
    chunk_tokens: int = 240,
    chunk_overlap: int = 32,
    on_event: Callable[[IngestEvent], None] | None = None,
    ann_threshold: int = 200_000,
    workers: int = 0,
    checkpoint_s: float = CHECKPOINT_S,
    read_timeout_s: float | None = READ_TIMEOUT_S,
    pdf_backend: PdfBackend | None = None,
) -> IngestReport:
    """Index new and changed files under ``paths``; drop removed ones; see the module docstring.

    ``workers=1`` reads and extracts in a second process while this one embeds (0: all in this process).
    With a worker, a file not read within ``read_timeout_s`` seconds (None/0: no bound) is skipped with a
    "timed out" line and the worker restarted (``reader_pool.run_bounded``); a PDF is then read in the worker
    even when it is the only file. Without a worker (``workers=0``) reading has no time bound: PDFium cannot
    be interrupted inside the process that runs it. ``pdf_backend``: the PDF reader (default PDFium; picklable
    for the worker). Ctrl-C raises ``IngestInterrupted`` (a ``KeyboardInterrupt``) after the live index is left
    as it was at the last commit."""
    report = IngestReport()
    try:
        return _ingest(paths, index_path, embedder_factory, report, chunk_tokens=chunk_tokens,
                       chunk_overlap=chunk_overlap, on_event=on_event, ann_threshold=ann_threshold,
                       workers=workers, checkpoint_s=checkpoint_s, read_timeout_s=read_timeout_s,
                       pdf_backend=pdf_backend)
    except KeyboardInterrupt:
        raise IngestInterrupted(report, index_path) from None


def _ingest(paths: Iterable[str | os.PathLike[str]], index_path: str | os.PathLike[str],
            embedder_factory: Callable[[], "Embedder"], report: IngestReport, *, chunk_tokens: int,
            chunk_overlap: int, on_event: Callable[[IngestEvent], None] | None, ann_threshold: int, workers: int,
            checkpoint_s: float, read_timeout_s: float | None = READ_TIMEOUT_S,
            pdf_backend: PdfBackend | None = None) -> IngestReport:

    started = time.perf_counter()
    roots: list[Path] = []
    for p in paths:
        path = _absolute(p)
        if path.exists():
            roots.append(path)
        elif os.path.islink(path):
            report.skipped.append((str(p), f"{p}: broken link (its target does not exist)"))
        else:
            report.skipped.append((str(p), f"{p}: no such file or folder"))
    folder_problems: list[tuple[str, str]] = []
    files = [_absolute(f) for f in discover(roots, folder_problems)] if roots else []
    report.skipped.extend(folder_problems)
    unreadable_folders = [_absolute(folder) for folder, _ in folder_problems]
    total = len(files)
    done = 0
    bytes_total = 0
    run: _Run | None = None

    def emit(kind: str, path: str | None = None, message: str = "") -> None:
        if on_event is not None:
            on_event(IngestEvent(kind, done, total, report.pages, report.chunks, path, message,
                                 seconds=time.perf_counter() - started,
                                 bytes_done=run.bytes_done if run is not None else 0, bytes_total=bytes_total))

    emit("scan", message=f"{total} files")

    try:
        info = read_info(index_path)
    except IndexCorrupt as exc:  # rebuilt below from the documents (the damaged generation stays on disk)
        report.warnings.append(str(exc))
        info = None
    if info is None and not files:
        report.seconds = time.perf_counter() - started
        emit("done")
        return report
    embedder_made: "Embedder | None" = None
    if info is None:  # a new index needs the embedder's name before anything is written
        embedder_made = embedder_factory()
        name, dim = embedder_made.name, embedder_made.dim
    else:
        name, dim = info["embedder"], info["dim"]

    with IndexWriter.begin(index_path, name, dim, ann_threshold=ann_threshold, rebuild_damaged=True) as writer:
        if writer.rebuilt and writer.rebuilt not in report.warnings:
            report.warnings.append(writer.rebuilt)
        run = _Run(writer, (lambda: embedder_made) if embedder_made else embedder_factory, report, emit)
        old = writer.manifest()
        changed = False

        # 1. sources that vanished from the folders (or files) being ingested; a file that still exists but
        #    could not be listed (a folder without read permission) keeps its documents and is reported
        present = {str(f) for f in files}
        for source in sorted(old):
            if source not in present and _under(source, roots):
                if _really_gone(source):
                    writer.forget_file(source)
                    report.removed.append(source)
                    changed = True
                elif not _under(source, unreadable_folders):
                    report.skipped.append((source, f"{source}: cannot be reached; its indexed document is kept"))

        # 2. classify every file: unchanged (same size and mtime, or else same sha256) or to be read
        gone = set(report.removed)
        state = {s: e for s, e in old.items() if s not in gone}  # the manifest after this run
        work: dict[str, tuple[Path, int, int, str]] = {}  # source -> (path, size, mtime_ns, sha256)
        for f in files:
            source = str(f)
            st, problem = probe_file(f)
            entry = old.get(source)
            if st is not None and entry and entry["size"] == st.st_size and entry["mtime_ns"] == st.st_mtime_ns:
                report.unchanged.append(source)
                continue
            if st is not None:
                try:
                    sha = sha256_file(f)
                except OSError as exc:
                    st, problem = None, f"cannot read ({exc.strerror or type(exc).__name__})"
            if st is None:
                if entry and problem and problem.startswith(("broken link", "file not found")):
                    writer.forget_file(source)  # really gone: its target no longer exists
                    state.pop(source, None)
                    report.removed.append(source)
                    changed = True
                    problem += "; removed from the index"
                elif entry:
                    problem += "; its indexed document is kept"
                report.skipped.append((source, f"{source}: {problem}"))
                emit("skip", source, problem)
                continue
            if entry and entry["sha256"] == sha:  # touched, not changed: remember the new mtime only
                writer.record_file(source, st.st_size, st.st_mtime_ns, sha, entry["doc_id"])
                report.unchanged.append(source)
                changed = True
                continue
            work[source] = (f, st.st_size, st.st_mtime_ns, sha)
            state[source] = {"doc_id": sha[:16], "size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha}

        # 3. drop documents that no source needs any more, or whose indexed file is gone or changed; a
        #    document still needed by an unchanged duplicate is read again from that duplicate
        sources_of: dict[str, list[str]] = {}
        for source, entry in sorted(state.items()):
            sources_of.setdefault(entry["doc_id"], []).append(source)
        for doc_id, source in writer.documents().items():
            if source not in sources_of.get(doc_id, ()) or source in work:
                writer.remove_document(doc_id)
                changed = True
        for doc_id, sources in sources_of.items():
            if not writer.has_document(doc_id) and not any(s in work for s in sources):
                e = state[sources[0]]
                work[sources[0]] = (Path(sources[0]), e["size"], e["mtime_ns"], e["sha256"])
                if sources[0] in report.unchanged:
                    report.unchanged.remove(sources[0])

        # 4. facts written by an older extractor, and statement pages found by an older statement rule, are
        #    derived again from the stored pages (no reading or embedding): a better extractor or rule improves
        #    an index on the next ingest
        version, rule = FACTS_VERSION, rule_fingerprint()
        if writer.facts_version != version or writer.page_kinds_rule != rule:
            for doc_id in sorted(writer.documents()):
                stored = writer.stored_document(doc_id)
                if stored is None:
                    continue
                meta, pages = stored
                if writer.page_kinds_rule != rule:
                    writer.replace_page_kinds(doc_id, page_kinds(pages))
                    changed = True
                if writer.facts_version != version:
                    facts = _facts_for(meta, pages, report)
                    writer.replace_facts(doc_id, facts)
                    report.facts_refreshed += 1
                    report.facts += len(facts)
                    emit("facts", meta.source, f"facts derived again ({len(facts)})")
            changed = changed or report.facts_refreshed > 0
            writer.facts_version, writer.page_kinds_rule = version, rule

        # 5. read, chunk and embed each needed document once; byte-identical copies only point at it. Smallest
        #    files first (``_reading_order``), so that the embedder gets its first chunks soonest
        indexed = writer.documents()
        total = len(report.unchanged) + len(work)
        done = len(report.unchanged)
        todo: list[tuple[str, Path, int, int, str]] = []
        planned: set[str] = set()
        order = _reading_order(work)
        for source, (f, size, mtime_ns, sha) in order:
            doc_id = sha[:16]
            if doc_id in indexed or doc_id in planned:
                continue
            planned.add(doc_id)
            todo.append((source, f, size, mtime_ns, sha))
        bytes_total = sum(item[2] for item in todo)
        prepared = _prepared_documents(todo, run, extract_facts, chunk_tokens, chunk_overlap, workers,
                                       read_timeout_s, pdf_backend)
        in_worker = _in_worker(todo, workers, read_timeout_s)
        last_commit = time.perf_counter()
        try:
            for source, (f, size, mtime_ns, sha) in order:
                done += 1
                doc_id = sha[:16]
                if doc_id in indexed:
                    writer.record_file(source, size, mtime_ns, sha, doc_id)
                    report.duplicates.append(source)
                    report.duplicate_of[source] = indexed[doc_id]
                    changed = True
                    emit("file", source, f"duplicate of {indexed[doc_id]}")
                    continue
                t, busy = time.perf_counter(), run.busy_s
                item = next(prepared)  # may embed the chunks gathered while the reader is behind (run.idle)
                if in_worker:  # else the read itself, timed as read/chunk/facts
                    _add_time(report, "wait", time.perf_counter() - t - (run.busy_s - busy))
                assert item.source == source, (item.source, source)
                for stage, seconds in item.seconds.items():
                    _add_time(report, stage, seconds)
                report.warnings += item.warnings
                if item.meta is None:
                    writer.forget_file(source)
                    report.skipped.append((source, item.problem or f"{source}: unreadable"))
                    changed = changed or source in old
                    run.bytes_done += size
                    emit("skip", source, item.problem or "")
                    continue
                run.add(_Pending(item.meta, item.pages, item.chunks, item.facts, size, item.kinds, item.embed_texts))
                writer.record_file(source, size, mtime_ns, sha, item.meta.doc_id)
                indexed[item.meta.doc_id] = source
                report.ingested.append(source)
                report.pages += len(item.pages)
                report.facts += len(item.facts)
                changed = True
                emit("file", source)
                if time.perf_counter() - last_commit >= checkpoint_s and done < total:
                    run.flush()
                    emit("commit", message="checkpoint")
                    t = time.perf_counter()
                    writer.checkpoint()
                    _add_time(report, "commit", time.perf_counter() - t)
                    report.checkpoints += 1
                    last_commit = time.perf_counter()
            run.flush()
        finally:
            prepared.close()

        if not changed and not writer.search_files_ok():
            report.warnings.append(f"{index_path}: search files were damaged; built again from the stored "
                                   "vectors")
            changed = True
        if changed:
            emit("commit")
            t = time.perf_counter()
            writer.commit()
            _add_time(report, "commit", time.perf_counter() - t)
            report.committed = True
        else:
            writer.abort()
    report.seconds = time.perf_counter() - started
    emit("done")
    return report


def _reading_order(work: dict[str, tuple[Path, int, int, str]]) -> list[tuple[str, tuple[Path, int, int, str]]]:
    """The files of ``work`` (source -> (path, size, mtime_ns, sha256)) in the order they are read: smallest
    first, then by path. Issue 15: the embedder waits with nothing to do until the reader hands over its first
    document (in the 6-filing benchmark a 10-K of 531 chunks came first by name: the embedding threads idled about
    2 s while it was read); a small file first starts the embedder as soon as its model has loaded, and the reader,
    several times faster than the embedder, stays ahead from then on. Copies of one file have one size, so the
    path still decides which copy is indexed and which only points at it."""
    return sorted(work.items(), key=lambda item: (item[1][1], item[0]))


def _prepared_documents(todo: list[tuple[str, Path, int, int, str]], run: _Run,
                        extract: Callable[["DocMeta", list["Page"]], list["Fact"]] | None, chunk_tokens: int,
                        chunk_overlap: int, workers: int, read_timeout_s: float | None = READ_TIMEOUT_S,
                        pdf_backend: PdfBackend | None = None) -> Iterator[_Prepared]:
    """The documents of ``todo`` prepared in order: here, or (``workers`` > 0 and more than one document, or a
    PDF under a time bound) in a worker process that stays at most ``AHEAD`` documents ahead and is restarted
    when one file takes longer than ``read_timeout_s`` (``reader_pool.run_bounded``)."""
    if not todo:
        return
    count_tokens = run.get_embedder().count_tokens
    if not _in_worker(todo, workers, read_timeout_s):
        for source, f, *_ in todo:
            yield _prepare(source, f, count_tokens, chunk_tokens, chunk_overlap, extract, pdf_backend)
        return
    def timed_out(job: tuple[Any, ...], limit: float) -> _Prepared:
        return _Prepared(job[0], problem=f"{job[0]}: timed out after {limit:g} s while reading; skipped (the "
                                         "reader process was restarted)")

    def crashed(job: tuple[Any, ...]) -> _Prepared:
        return _Prepared(job[0], problem=f"{job[0]}: the reader process stopped while reading it; skipped")

    jobs = ((source, f, count_tokens, chunk_tokens, chunk_overlap, extract, pdf_backend) for source, f, *_ in todo)
    yield from run_bounded(_prepare, jobs, ahead=AHEAD, limit_s=read_timeout_s, timed_out=timed_out,
                           crashed=crashed, initializer=_worker_init, on_wait=run.idle)


def _in_worker(todo: list[tuple[str, Path, int, int, str]], workers: int, read_timeout_s: float | None) -> bool:
    """Whether ``_prepared_documents`` reads ``todo`` in a worker process (else in this one)."""
    bounded_pdf = bool(read_timeout_s) and any(f.suffix.lower() == ".pdf" for _, f, *_ in todo)
    return workers > 0 and (len(todo) >= 2 or bounded_pdf)


def _facts_for(meta: "DocMeta", pages: list["Page"], report: IngestReport,
               extract: Callable[["DocMeta", list["Page"]], list["Fact"]] | None = None) -> list["Fact"]:
    """Facts of one document; a failure there costs the document its facts, not its place in the index (the
    module itself is a required import: a broken ``finance.extract`` fails ingest loudly). ``extract``: the
    extractor a worker process was handed (default: this module's ``extract_facts``)."""
    try:
        return list((extract or extract_facts)(meta, pages))
    except Exception as exc:  # noqa: BLE001 - facts are a bonus; the text is still indexed
        report.warnings.append(f"{meta.source}: fact extraction failed: {type(exc).__name__}: {exc}")
        return []


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m assistant.index.ingest", description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path, help="index folder (indexes/<name>)")
    parser.add_argument("paths", nargs="+", type=Path, help="files and folders to ingest")
    parser.add_argument("--hash", action="store_true", help="use the HashEmbedder (fast, for tests)")
    parser.add_argument("--workers", type=int, default=0, help="processes that read while this one embeds (0 or 1)")
    parser.add_argument("--checkpoint-s", type=float, default=CHECKPOINT_S, help="commit at least this often")
    args = parser.parse_args(argv)
    if args.hash:
        from .embeddings.hash import HashEmbedder

        factory: Callable[[], Embedder] = HashEmbedder
    else:
        from ..config import load_settings
        from .embeddings import document_embedder, embedder_for, get_embedder

        settings = load_settings()
        info = read_info(args.index)  # an existing index goes on with its own embedder

        def for_documents() -> Embedder:  # the index's own model, at bf16 where that is native
            own = (embedder_for(info["embedder"], settings, where=str(args.index),
                                precisions=info.get("precisions") or ()) if info else get_embedder(settings))
            return document_embedder(own, settings)

        factory = for_documents
    try:
        report = ingest(args.paths, args.index, factory, workers=args.workers, checkpoint_s=args.checkpoint_s)
    except IngestInterrupted as exc:
        print(exc, file=sys.stderr)
        return 130
    print(f"{len(report.ingested)} ingested, {len(report.unchanged)} unchanged, {len(report.removed)} removed, "
          f"{len(report.duplicates)} duplicates, {len(report.skipped)} skipped; {report.pages} pages, "
          f"{report.chunks} chunks in {report.seconds:.1f} s")
    for path, reason in report.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    return 0 if report.ok else 3


if __name__ == "__main__":
    sys.exit(main())

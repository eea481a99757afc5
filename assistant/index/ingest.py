"""Bring an index up to date with files and folders.

The manifest in the index records, per source path, the file's size, mtime_ns and sha256. A file whose size
and mtime are unchanged is not even read; one whose bytes hash to a recorded sha256 is not parsed. Only new
and changed files are read, chunked and embedded, in batches that span documents. Files that disappeared
from an ingested folder are dropped from the index; byte-identical copies are indexed once.

If nothing changed, no new generation is written. One unreadable file is reported in ``skipped`` and does
not stop the others.

``python -m assistant.index.ingest INDEX PATH... [--hash]`` runs an ingest from the shell (used by the tests that
kill an ingest half-way).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..documents.chunking import chunk_pages
from ..documents.readers.base import ReadError, discover, read_document
from ..finance.extract import FACTS_VERSION, extract_facts
from .store import IndexCorrupt, IndexMismatch, IndexWriter, read_info

if TYPE_CHECKING:
    from .embeddings.base import Embedder
    from ..types import Chunk, DocMeta, Fact, Page

EMBED_BATCH = 256  # chunks gathered (across documents) before one call to the embedder


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

    @property
    def ok(self) -> bool:
        return not self.skipped


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


class _Run:
    """State of one ingest: the writer, the lazily made embedder and the batch waiting to be embedded."""

    def __init__(self, writer: IndexWriter, embedder_factory: Callable[[], "Embedder"], report: IngestReport,
                 emit: Callable[..., None]) -> None:
        self.writer = writer
        self.factory = embedder_factory
        self.embedder: "Embedder | None" = None
        self.report = report
        self.emit = emit
        self.pending: list[_Pending] = []
        self.pending_chunks = 0

    def get_embedder(self) -> "Embedder":
        if self.embedder is None:
            embedder = self.factory()
            if embedder.name != self.writer.embedder_name or embedder.dim != self.writer.dim:
                raise IndexMismatch(
                    f"{self.writer.path}: index was built with embedder {self.writer.embedder_name} "
                    f"(dim {self.writer.dim}), not {embedder.name} (dim {embedder.dim}); "
                    "use another index or remove this one")
            self.embedder = embedder
        return self.embedder

    def add(self, item: _Pending) -> None:
        self.pending.append(item)
        self.pending_chunks += len(item.chunks)
        if self.pending_chunks >= EMBED_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        texts = [c.text for item in self.pending for c in item.chunks]
        vectors = self.get_embedder().embed(texts) if texts else np.zeros((0, self.writer.dim), np.float32)
        at = 0
        for item in self.pending:
            n = len(item.chunks)
            self.writer.add_document(item.meta, item.pages, item.chunks, vectors[at : at + n], item.facts)
            at += n
            self.report.chunks += n
        self.pending.clear()
        self.pending_chunks = 0
        self.emit("embed")


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    index_path: str | os.PathLike[str],
    embedder_factory: Callable[[], "Embedder"],
    *,
    chunk_tokens: int = 240,
    chunk_overlap: int = 32,
    on_event: Callable[[IngestEvent], None] | None = None,
    ann_threshold: int = 200_000,
) -> IngestReport:
    """Index new and changed files under ``paths``; drop removed ones; see the module docstring."""
    started = time.perf_counter()
    report = IngestReport()
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

    def emit(kind: str, path: str | None = None, message: str = "") -> None:
        if on_event is not None:
            on_event(IngestEvent(kind, done, total, report.pages, report.chunks, path, message))

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

        # 4. facts written by an older extractor are derived again from the stored pages (no reading or
        #    embedding): a better extractor improves an index on the next ingest
        version = FACTS_VERSION
        if writer.facts_version != version:
            for doc_id in sorted(writer.documents()):
                stored = writer.stored_document(doc_id)
                if stored is None:
                    continue
                meta, pages = stored
                facts = _facts_for(meta, pages, report)
                writer.replace_facts(doc_id, facts)
                report.facts_refreshed += 1
                report.facts += len(facts)
                emit("facts", meta.source, f"facts derived again ({len(facts)})")
            writer.facts_version = version
            changed = changed or report.facts_refreshed > 0

        # 5. read, chunk and embed each needed document once; byte-identical copies only point at it
        indexed = writer.documents()
        total = len(report.unchanged) + len(work)
        done = len(report.unchanged)
        for source, (f, size, mtime_ns, sha) in sorted(work.items()):
            done += 1
            doc_id = sha[:16]
            if doc_id in indexed:
                writer.record_file(source, size, mtime_ns, sha, doc_id)
                report.duplicates.append(source)
                report.duplicate_of[source] = indexed[doc_id]
                changed = True
                emit("file", source, f"duplicate of {indexed[doc_id]}")
                continue
            try:
                meta, pages = read_document(f)
            except Exception as exc:  # noqa: BLE001 - one bad file never stops an ingest
                reason = str(exc) if isinstance(exc, ReadError) else \
                    f"{source}: cannot read ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})"
                writer.forget_file(source)
                report.skipped.append((source, reason))
                changed = changed or source in old
                emit("skip", source, reason)
                continue
            if meta.extra.get("truncated"):
                report.warnings.append(f"{source}: {meta.extra['truncated']}")
            chunks = chunk_pages(meta, pages, run.get_embedder().count_tokens, max_tokens=chunk_tokens,
                                 overlap=chunk_overlap)
            facts = _facts_for(meta, pages, report)
            run.add(_Pending(meta, pages, chunks, facts))
            writer.record_file(source, size, mtime_ns, sha, meta.doc_id)
            indexed[meta.doc_id] = source
            report.ingested.append(source)
            report.pages += len(pages)
            report.facts += len(facts)
            changed = True
            emit("file", source)
        run.flush()

        if not changed and not writer.search_files_ok():
            report.warnings.append(f"{index_path}: search files were damaged; built again from the stored "
                                   "vectors")
            changed = True
        if changed:
            emit("commit")
            writer.commit()
            report.committed = True
        else:
            writer.abort()
    report.seconds = time.perf_counter() - started
    emit("done")
    return report


def _facts_for(meta: "DocMeta", pages: list["Page"], report: IngestReport) -> list["Fact"]:
    """Facts of one document; a failure there costs the document its facts, not its place in the index (the
    module itself is a required import: a broken ``finance.extract`` fails ingest loudly)."""
    try:
        return list(extract_facts(meta, pages))
    except Exception as exc:  # noqa: BLE001 - facts are a bonus; the text is still indexed
        report.warnings.append(f"{meta.source}: fact extraction failed: {type(exc).__name__}: {exc}")
        return []


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m assistant.index.ingest", description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path, help="index folder (indexes/<name>)")
    parser.add_argument("paths", nargs="+", type=Path, help="files and folders to ingest")
    parser.add_argument("--hash", action="store_true", help="use the HashEmbedder (fast, for tests)")
    args = parser.parse_args(argv)
    if args.hash:
        from .embeddings.hash import HashEmbedder

        factory: Callable[[], Embedder] = HashEmbedder
    else:
        from ..config import load_settings
        from .embeddings import get_embedder

        settings = load_settings()
        factory = lambda: get_embedder(settings)  # noqa: E731
    report = ingest(args.paths, args.index, factory)
    print(f"{len(report.ingested)} ingested, {len(report.unchanged)} unchanged, {len(report.removed)} removed, "
          f"{len(report.duplicates)} duplicates, {len(report.skipped)} skipped; {report.pages} pages, "
          f"{report.chunks} chunks in {report.seconds:.1f} s")
    for path, reason in report.skipped:
        print(f"skipped {reason}", file=sys.stderr)
    return 0 if report.ok else 3


if __name__ == "__main__":
    sys.exit(main())

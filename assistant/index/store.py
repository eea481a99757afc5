"""One index on disk: SQLite for text and metadata, FAISS for vectors, bm25s for words.

Layout of ``indexes/<name>/``::

    CURRENT            name of the live generation, replaced atomically (os.replace) by each commit
    gen-000007/        a complete, immutable generation
        mia.sqlite     docs, pages, chunks (with their vectors as float32 blobs), facts, manifest, info
        vectors.faiss  IndexFlatIP (exact), or IndexHNSWFlat above ``ann_threshold`` vectors
        bm25/          bm25s' own files (JSON + .npy arrays, read back without pickle)
    .staging-*/        the generation an IndexWriter is building; renamed to gen-* when complete
    MIA_INDEX          marker: this folder is a mia index (written when the index is created; an index
                       written before markers existed gets one at its next commit)
    .lock              held (flock) by the one writer, which writes its pid into it

A commit builds the new generation in a staging folder, fsyncs every file, renames it to ``gen-N`` and only
then points ``CURRENT`` at it. A writer killed at any moment therefore leaves the previous generation live;
whatever it left behind is removed when the next writer begins. Readers never see a half-written index.

A reader holds a shared flock on the folder of the generation it opened for as long as it is open; a writer
deletes an old generation only when it can take that lock exclusively, so a long-lived reader (a REPL) keeps
its files while other processes commit. Only folders whose content is mia's own are ever deleted: ``remove``
deletes the index's own files and then the folder only if nothing else is left in it.

A chunk's *row* is its position in the FAISS and BM25 indexes; rows are renumbered 0..n-1 on every commit.
Chunk vectors are kept in SQLite, so a commit rebuilds FAISS without re-embedding anything.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from ..config import INDEX_NAME_RE as _NAME_RE
from ..config import check_index_name
from ..finance.inputs import EARLY_JANUARY_DATE
from ..finance.inputs import as_filer_names as _filer_named
from ..text.periods import needs_stated_end, with_stated_end
from ..types import Chunk, DocMeta, Fact, Page
from .statement_pages import page_kinds as _page_kinds
from .statement_pages import rule_fingerprint

FORMAT_VERSION = 1
DB_NAME = "mia.sqlite"
FAISS_NAME = "vectors.faiss"
BM25_DIR = "bm25"
CURRENT = "CURRENT"
LOCK = ".lock"
MARKER = "MIA_INDEX"
MARKER_KIND = "mia-index"
STAGING_PREFIX = ".staging-"
GEN_PREFIX = "gen-"
_GEN_RE = re.compile(r"^gen-(\d{6,})$")
# Test hook: seconds to sleep inside commit after the new generation is written and before it goes live,
# so that a test can kill an ingest in the middle of a commit.
COMMIT_PAUSE_ENV = "MIA_COMMIT_PAUSE"


class IndexNotFound(FileNotFoundError):
    """There is no committed index at the given path."""


class IndexBusy(RuntimeError):
    """Another process is writing to this index."""


class IndexMismatch(ValueError):
    """The index was built with a different embedder or format."""


class IndexCorrupt(RuntimeError):
    """A file of the index cannot be read. ``str()`` names the file and how to rebuild, on one line."""

    def __init__(self, index_path: Path, file: Path, problem: str) -> None:
        self.index_path = Path(index_path)
        self.file = Path(file)
        self.problem = " ".join(str(problem).split())[:200]
        super().__init__(
            f"{self.file}: damaged index file ({self.problem}); run `mia ingest` on the same documents to "
            f"rebuild it, or `mia index remove` and ingest again")


class NotAnIndex(ValueError):
    """A folder that is not a mia index (and that mia will neither write into nor delete)."""




# ----------------------------------------------------------------------------------------------- tokens

_STOPWORDS = frozenset(
    """a an and are as at be been but by can could did do does for from had has have how i if in into is it
    its of on or our so such than that the their them then there these they this those to was were what when
    where which while who whom why will with would you your we us""".split()
)
_TOKEN = re.compile(r"\d+(?:,\d{3})+(?:\.\d+)?(?![a-z0-9])|\d+\.\d+(?![a-z0-9])|[a-z0-9]+")
_FISCAL = re.compile(r"fy(\d{2}|\d{4})")


def bm25_tokens(text: str) -> list[str]:
    """Words for BM25: lowercase; numbers kept whole ("1,577" -> "1577", "2018", "3.5"); "FY2018" -> "2018";
    stopwords and single letters dropped; letters and digits stay together ("3m", "q2")."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        if tok[0].isdigit():
            out.append(tok.replace(",", "") if "," in tok or "." in tok else tok)
        elif m := _FISCAL.fullmatch(tok):
            out.append(m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1))
        elif len(tok) > 1 and tok not in _STOPWORDS:
            out.append(tok)
    return out


# ----------------------------------------------------------------------------------------------- schema

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    doc_id TEXT PRIMARY KEY, doc TEXT NOT NULL, source TEXT NOT NULL, company TEXT, doc_type TEXT,
    fiscal_year INTEGER, meta TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    doc_id TEXT NOT NULL, page INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (doc_id, page));
CREATE TABLE IF NOT EXISTS chunks (
    cid INTEGER PRIMARY KEY AUTOINCREMENT, row INTEGER, chunk_id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL,
    doc TEXT NOT NULL, source TEXT NOT NULL, page INTEGER NOT NULL, page_end INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, heading TEXT, ordinal INTEGER NOT NULL,
    vector BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_row ON chunks(row);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS facts (
    fact_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL, doc TEXT NOT NULL, source TEXT NOT NULL,
    page INTEGER NOT NULL, label TEXT NOT NULL, value REAL NOT NULL, scale REAL NOT NULL, unit TEXT NOT NULL,
    currency TEXT, metric TEXT, period TEXT, fiscal_year INTEGER, company TEXT, quote TEXT NOT NULL,
    kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS facts_metric ON facts(metric);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE TABLE IF NOT EXISTS page_kinds (
    doc_id TEXT NOT NULL, page INTEGER NOT NULL, kind TEXT NOT NULL, titled INTEGER NOT NULL,
    PRIMARY KEY (doc_id, page));
CREATE TABLE IF NOT EXISTS manifest (
    source TEXT PRIMARY KEY, doc_id TEXT NOT NULL, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL);
"""

_CHUNK_COLS = 'chunk_id, doc_id, doc, source, page, page_end, start, "end", text, heading, ordinal'
_FACT_FIELDS = [f.name for f in fields(Fact)]


def _chunk(row: Sequence[Any]) -> Chunk:
    return Chunk(
        chunk_id=row[0], doc_id=row[1], doc=row[2], source=row[3], page=row[4], page_end=row[5],
        start=row[6], end=row[7], text=row[8], heading=row[9], ordinal=row[10],
    )


_PAGES_SQL = "SELECT page, text FROM pages WHERE doc_id = ? ORDER BY page"


def _pages(meta: DocMeta, rows: Iterable[tuple[int, str]]) -> list[Page]:
    return [Page(doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=p, text=t) for p, t in rows]


def _doc_meta(meta_json: str) -> DocMeta:
    return DocMeta(**json.loads(meta_json))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _in_batches(items: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# ----------------------------------------------------------------------------------------------- files

def _fsync_tree(root: Path) -> None:
    """fsync every file and folder under root (folders last, so their entries are durable too)."""
    for dirpath, _dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _read_current(path: Path) -> str | None:
    try:
        name = (path / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if _GEN_RE.match(name) and (path / name / DB_NAME).is_file() else None


def _generations(path: Path) -> list[tuple[int, Path]]:
    out = []
    if path.is_dir():
        for child in path.iterdir():
            m = _GEN_RE.match(child.name)
            if m and child.is_dir() and not child.is_symlink():
                out.append((int(m.group(1)), child))
    return sorted(out)


_GEN_FILES = {DB_NAME, FAISS_NAME, BM25_DIR, f"{DB_NAME}-journal"}


def _is_own_generation(folder: Path) -> bool:
    """A folder mia may delete as a generation: a real folder holding nothing but a generation's files."""
    try:
        return folder.is_dir() and not folder.is_symlink() and all(c.name in _GEN_FILES for c in folder.iterdir())
    except OSError:
        return False


def has_marker(path: Path) -> bool:
    try:
        data = json.loads((Path(path) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("kind") == MARKER_KIND


def _write_marker(path: Path) -> None:
    tmp = path / f"{MARKER}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"kind": MARKER_KIND, "format_version": FORMAT_VERSION, "created": _now()}, fh)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path / MARKER)
    _fsync_dir(path)


_DEBRIS = re.compile(rf"^(?:{re.escape(LOCK)}|{CURRENT}\.tmp|{MARKER}\.tmp|{re.escape(STAGING_PREFIX)}.*)$")


def _only_debris(path: Path) -> bool:
    """What a first ingest killed before its first commit leaves: the lock and staging folders only."""
    try:
        return all(_DEBRIS.match(c.name) for c in path.iterdir())
    except OSError:
        return False


def is_index(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a mia index: its marker, or the shape of an index written before markers (a
    CURRENT naming a generation with a database), or the debris of a first ingest that never committed."""
    path = Path(path)
    if not path.is_dir() or path.is_symlink():
        return False
    return has_marker(path) or _read_current(path) is not None or (_only_debris(path) and any(path.iterdir()))


def _link_or_copy(src: Path, dst: Path) -> None:
    """Files of a generation never change, so the next generation may share them."""
    if src.is_dir():
        dst.mkdir()
        for child in src.iterdir():
            _link_or_copy(child, dst / child.name)
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


# ----------------------------------------------------------------------------------------------- reader

class Index:
    """A committed generation of one index, opened read-only. FAISS and BM25 load on first use."""

    def __init__(self, path: Path, generation: Path, hold_fd: int | None = None) -> None:
        self.path = path
        self.generation = generation
        self._hold_fd = hold_fd  # a shared flock on the generation folder: no writer deletes it while open
        self._lock = threading.Lock()
        # the search files are read once, on first use, by whichever thread comes first; the others wait for it
        # (bm25s and faiss loads are not safe to run twice at once on one file; sqlite reads keep ``_lock``)
        self._load_lock = threading.Lock()
        self._faiss: Any = None
        self._bm25: Any = None
        self._docs: dict[str, DocMeta] | None = None
        self._row_table: tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray] | None = None
        self._page_kinds: dict[tuple[str, int], tuple[str, bool]] | None = None
        self._january_pages: dict[tuple[str, int], str] | None = None
        db_file = generation / DB_NAME
        try:
            uri = db_file.resolve().as_uri() + "?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self.info: dict[str, Any] = {k: json.loads(v) for k, v in self._query("SELECT key, value FROM info")}
        except (sqlite3.Error, ValueError) as exc:
            self._release_hold()
            raise IndexCorrupt(path, db_file, str(exc) or type(exc).__name__) from None
        version = self.info.get("format_version")
        if version != FORMAT_VERSION:
            self._release_hold()
            raise IndexMismatch(f"{path}: index format {version}, this mia reads {FORMAT_VERSION}; re-ingest it")

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> "Index":
        """The live generation at ``path``, held open (see the module docstring) until ``close``."""
        path = Path(path)
        for _attempt in range(20):
            name = _read_current(path)
            if name is None:
                if (path / CURRENT).is_file():
                    raise IndexCorrupt(path, path / CURRENT, "it names no complete generation")
                raise IndexNotFound(f"{path}: no index here (run `mia ingest` first)")
            generation = path / name
            fd = _hold_generation(generation)
            if fd is not None:
                return cls(path, generation, fd)
        raise IndexBusy(f"{path}: the index kept changing while it was being opened; try again")

    def _release_hold(self) -> None:
        if self._hold_fd is not None:
            os.close(self._hold_fd)  # closing the descriptor drops the flock
            self._hold_fd = None

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            self._release_hold()

    def __del__(self) -> None:
        try:
            self._release_hold()
        except Exception:  # noqa: BLE001 - interpreter shutdown
            pass

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise IndexCorrupt(self.path, self.generation / DB_NAME, str(exc)) from None

    # documents and text
    def _doc_map(self) -> dict[str, DocMeta]:
        if self._docs is None:
            rows = self._query("SELECT doc_id, meta FROM docs ORDER BY doc, doc_id")
            # a quarterly report stored without its closing date takes the one its first page states (read here,
            # so stored indexes need no new ingest: ``text.periods.with_stated_end``)
            self._docs = {doc_id: with_stated_end(m, self.page_text(doc_id, 1) if needs_stated_end(m) else None)
                          for doc_id, m in ((d, _doc_meta(meta)) for d, meta in rows)}
        return self._docs

    def documents(self) -> list[DocMeta]:
        return list(self._doc_map().values())

    def document(self, doc_id: str) -> DocMeta | None:
        return self._doc_map().get(doc_id)

    def chunk_count(self) -> int:
        return int(self.info.get("counts", {}).get("chunks", 0))

    def chunks(self, rows: Sequence[int]) -> list[Chunk]:
        """The chunks at these rows, in the order asked for."""
        wanted = [int(r) for r in rows]
        found: dict[int, Chunk] = {}
        for batch in _in_batches(sorted(set(wanted))):
            marks = ",".join("?" * len(batch))
            for rec in self._query(f"SELECT row, {_CHUNK_COLS} FROM chunks WHERE row IN ({marks})", batch):
                found[rec[0]] = _chunk(rec[1:])
        missing = [r for r in wanted if r not in found]
        if missing:
            raise IndexError(f"{self.path}: no chunk at rows {missing[:5]}")
        return [found[r] for r in wanted]

    def _rows(self) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray]:
        """Per row: its document (as a number), first and last page; read once (a generation never changes),
        so that filtering by documents or pages needs no query."""
        if self._row_table is None:
            recs = self._query("SELECT row, doc_id, page, page_end FROM chunks ORDER BY row")
            codes: dict[str, int] = {}
            n = len(recs)
            doc, first, last = np.zeros(n, np.int32), np.zeros(n, np.int32), np.zeros(n, np.int32)
            for i, (row, doc_id, page, page_end) in enumerate(recs):
                if row != i:  # rows are 0..n-1 by construction; anything else is a damaged index
                    raise IndexCorrupt(self.path, self.generation / DB_NAME, f"chunk rows are not numbered 0..{n - 1}")
                doc[i], first[i], last[i] = codes.setdefault(doc_id, len(codes)), page, page_end
            self._row_table = (codes, doc, first, last)
        return self._row_table

    def rows_for_docs(self, doc_ids: Iterable[str]) -> np.ndarray:
        codes, doc, _, _ = self._rows()
        wanted = [codes[d] for d in dict.fromkeys(doc_ids) if d in codes]
        return np.flatnonzero(np.isin(doc, wanted)).astype(np.int64)

    def rows_for_pages(self, pages: Iterable[tuple[str, int]]) -> dict[int, tuple[str, int]]:
        """Rows of the chunks that cover each (doc_id, page), mapped to that page (the first page asked for
        when a chunk covers several)."""
        codes, doc, first, last = self._rows()
        out: dict[int, tuple[str, int]] = {}
        for doc_id, page in pages:
            if doc_id not in codes:
                continue
            page = int(page)
            for r in np.flatnonzero((doc == codes[doc_id]) & (first <= page) & (last >= page)):
                out.setdefault(int(r), (doc_id, page))
        return out

    def table_metric_pages(self, metrics: Sequence[str], doc_ids: Sequence[str]) -> dict[tuple[str, int], set[str]]:
        """(doc_id, page) -> which of ``metrics`` its table rows hold, over ``doc_ids`` (one query)."""
        metrics, doc_ids = list(dict.fromkeys(metrics)), list(dict.fromkeys(doc_ids))
        out: dict[tuple[str, int], set[str]] = {}
        if not metrics or not doc_ids:
            return out
        sql = (f"SELECT DISTINCT doc_id, page, metric FROM facts WHERE kind = 'table' AND metric IN "
               f"({','.join('?' * len(metrics))}) AND doc_id IN ({','.join('?' * len(doc_ids))})")
        for doc_id, page, metric in self._query(sql, metrics + doc_ids):
            out.setdefault((doc_id, int(page)), set()).add(metric)
        return out

    def statement_page_info(self, doc_id: str, page: int) -> tuple[str | None, bool] | None:
        """(statement kind or None, whether its title says so) of a page, as worked out at ingest
        (``statement_pages.page_kind``); None when this index's answers were made by another statement rule
        (``info["page_kinds_rule"]``), so the caller works it out itself."""
        if self.info.get("page_kinds_rule") != rule_fingerprint():
            return None
        if self._page_kinds is None:
            rows = self._query("SELECT doc_id, page, kind, titled FROM page_kinds")
            self._page_kinds = {(d, int(p)): (k, bool(t)) for d, p, k, t in rows}
        return self._page_kinds.get((doc_id, int(page)), (None, False))

    def page_text(self, doc_id: str, page: int) -> str | None:
        rec = self._query("SELECT text FROM pages WHERE doc_id = ? AND page = ?", (doc_id, int(page)))
        return rec[0][0] if rec else None

    def pages(self, doc_id: str) -> list[Page]:
        meta = self.document(doc_id)
        if meta is None:
            return []
        return _pages(meta, self._query(_PAGES_SQL, (doc_id,)))

    def manifest(self) -> dict[str, dict[str, Any]]:
        rows = self._query("SELECT source, doc_id, size, mtime_ns, sha256 FROM manifest")
        return {s: {"doc_id": d, "size": z, "mtime_ns": m, "sha256": h} for s, d, z, m, h in rows}

    def facts(
        self,
        metric: str | None = None,
        company: str | None = None,
        period: str | None = None,
        fiscal_year: int | None = None,
        doc_ids: Iterable[str] | None = None,
        label: str | None = None,
    ) -> list[Fact]:
        found = self._facts_stored(metric, company, period, fiscal_year, doc_ids, label)
        if not self._january_pages_read():
            return found
        # a year closing in the first week of January is stored under the next year's name (finance.inputs.
        # filer_period): a year asked also fetches that name, and keeps what the filer's name of the year selects
        named = re.fullmatch(r"FY(\d{4})", (period or "").strip(), re.I)
        if named or (period is None and fiscal_year is not None):
            year = int(named.group(1)) if named else int(fiscal_year)
            if fiscal_year is None or int(fiscal_year) == year:
                found += [f for f in self._facts_stored(metric, company, f"FY{year + 1}" if named else None, year + 1,
                                                        doc_ids, label) if f.kind == "table"]
        found = _filer_named(found, self._january_page)
        return [f for f in found if (period is None or (f.period or "").lower() == period.lower())
                and (fiscal_year is None or f.fiscal_year == int(fiscal_year))]

    def _facts_stored(self, metric: str | None, company: str | None, period: str | None, fiscal_year: int | None,
                      doc_ids: Iterable[str] | None, label: str | None) -> list[Fact]:
        """The facts as stored, selected as ``facts`` says."""
        where, params = [], []
        if metric is not None:
            where.append("metric = ?")
            params.append(metric)
        if company is not None:
            where.append("company = ? COLLATE NOCASE")
            params.append(company)
        if period is not None:
            where.append("period = ? COLLATE NOCASE")
            params.append(period)
        if fiscal_year is not None:
            where.append("fiscal_year = ?")
            params.append(int(fiscal_year))
        if doc_ids is not None:
            ids = list(doc_ids)
            if not ids:
                return []
            where.append(f"doc_id IN ({','.join('?' * len(ids))})")
            params += ids
        if label:
            where.append("instr(lower(label), lower(?)) > 0")
            params.append(label)
        sql = f"SELECT {', '.join(_FACT_FIELDS)} FROM facts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY doc, page, fact_id"
        return [Fact(**dict(zip(_FACT_FIELDS, rec))) for rec in self._query(sql, params)]

    def _january_pages_read(self) -> dict[tuple[str, int], str]:
        """The pages that print a date in the first week of January, by (doc_id, page): read once per generation."""
        if self._january_pages is None:
            rows = self._query("SELECT doc_id, page, text FROM pages WHERE text LIKE '%Jan%'")
            self._january_pages = {(d, p): t for d, p, t in rows if EARLY_JANUARY_DATE.search(t)}
        return self._january_pages

    def _january_page(self, doc_id: str, page: int) -> str | None:
        """The text of a page that prints a date in the first week of January, else None."""
        return self._january_pages_read().get((doc_id, int(page)))

    # search
    def _faiss_index(self) -> Any:
        if self._faiss is None:
            with self._load_lock:
                return self._faiss if self._faiss is not None else self._read_faiss_index()
        return self._faiss

    def _read_faiss_index(self) -> Any:
        file = self.generation / FAISS_NAME
        try:
            index = _read_faiss(file)
        except (RuntimeError, OSError, ValueError) as exc:
            raise IndexCorrupt(self.path, file, _first_line(exc)) from None
        if index.ntotal != self.chunk_count() or index.d != int(self.info.get("dim") or index.d):
            raise IndexCorrupt(self.path, file, f"{index.ntotal} vectors of dim {index.d}, the database has "
                               f"{self.chunk_count()} chunks of dim {self.info.get('dim')}")
        self._faiss = index
        return self._faiss

    def dense_search(self, qvec: np.ndarray, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Rows and cosine similarities of the k nearest chunks, best first; ``rows`` limits the search."""
        n = self.chunk_count()
        if n == 0 or k <= 0 or (rows is not None and len(rows) == 0):
            return []
        import faiss

        index = self._faiss_index()
        q = np.ascontiguousarray(np.asarray(qvec, dtype=np.float32).reshape(1, -1))
        k = min(k, n if rows is None else len(rows))
        params = None
        if rows is not None:
            rows = np.ascontiguousarray(np.asarray(rows, dtype=np.int64))
            if isinstance(index, faiss.IndexHNSWFlat):
                if len(rows) <= 50_000:  # a graph walk with a tight filter misses; exact is cheap here
                    vecs = index.reconstruct_batch(rows)
                    scores = vecs @ q[0]
                    top = np.argsort(-scores, kind="stable")[:k]
                    return [(int(rows[i]), float(scores[i])) for i in top]
                params = faiss.SearchParametersHNSW(sel=faiss.IDSelectorBatch(rows), efSearch=max(128, 2 * k))
            else:
                params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(rows))
        elif isinstance(index, faiss.IndexHNSWFlat):
            index.hnsw.efSearch = max(128, 2 * k)
        scores, labels = index.search(q, k, params=params)
        return [(int(r), float(s)) for r, s in zip(labels[0], scores[0]) if r >= 0]

    def _bm25_index(self) -> Any:
        if self._bm25 is None:
            with self._load_lock:
                return self._bm25 if self._bm25 is not None else self._read_bm25_index()
        return self._bm25

    def _read_bm25_index(self) -> Any:
        folder = self.generation / BM25_DIR
        try:
            bm25 = _load_bm25(folder)
            if not isinstance(bm25.vocab_dict, dict):
                raise ValueError("vocabulary is not a mapping")
            rows = int(bm25.scores["num_docs"])
        except Exception as exc:  # noqa: BLE001 - bm25s raises anything from json/numpy on a bad file
            raise IndexCorrupt(self.path, folder, _first_line(exc)) from None
        if rows != self.chunk_count():
            raise IndexCorrupt(self.path, folder, f"{rows} documents, the database has {self.chunk_count()} chunks")
        self._bm25 = bm25
        return self._bm25

    def has_term(self, token: str) -> bool:
        """Whether a BM25 token (see ``bm25_tokens``) occurs anywhere in the index."""
        return self.chunk_count() > 0 and token in self._bm25_index().vocab_dict

    def bm25_search(self, query: str, k: int, rows: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Rows and BM25 scores of the best k chunks that share a word with the query, best first."""
        n = self.chunk_count()
        if n == 0 or k <= 0 or (rows is not None and len(rows) == 0):
            return []
        bm25 = self._bm25_index()
        tokens = [t for t in bm25_tokens(query) if t in bm25.vocab_dict]
        if not tokens:
            return []
        with self._lock:  # bm25s keeps per-call state on the object
            scores = np.asarray(bm25.get_scores(tokens), dtype=np.float32)
        # the top k among the allowed rows that score at all (selecting over every row, most of them 0, cost
        # more than the scoring itself); ties go to the lower row
        allowed = np.arange(n, dtype=np.int64) if rows is None else np.unique(np.asarray(rows, dtype=np.int64))
        allowed = allowed[scores[allowed] > 0]
        best = allowed[np.lexsort((allowed, -scores[allowed]))[:k]]
        return [(int(r), float(scores[r])) for r in best]


def _import_bm25s() -> Any:
    """bm25s, imported without the warning its ``tqdm.auto`` import prints in a notebook that has no ipywidgets
    ("IProgress not found"): mia never shows bm25s progress bars."""
    import warnings

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="IProgress not found")
        import bm25s
        import bm25s.tokenization  # noqa: F401
    return bm25s


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[-1] if text else type(exc).__name__)[:200]


def _read_faiss(file: Path) -> Any:
    import faiss

    if not file.is_file():
        raise OSError("missing")
    return faiss.read_index(str(file))


def _hold_generation(generation: Path) -> int | None:
    """A shared flock on a generation folder, or None when it went away (a writer deleted it)."""
    try:
        fd = os.open(generation, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        if (generation / DB_NAME).is_file():
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def _load_bm25(folder: Path) -> Any:
    bm25s = _import_bm25s()

    return bm25s.BM25.load(str(folder), mmap=True, load_corpus=False, allow_pickle=False, show_progress=False)


# ----------------------------------------------------------------------------------------------- writer

class IndexWriter:
    """Builds the next generation of an index. Use ``begin``; finish with ``commit`` or ``abort``.

    Only one writer per index at a time (an flock on ``.lock``). ``begin`` copies the live database into a
    staging folder; edits go there; ``commit`` rebuilds the search indexes and makes the result live.
    """

    def __init__(self, path: Path, lock_fd: int, staging: Path, base: Path | None, embedder_name: str,
                 dim: int, ann_threshold: int) -> None:
        self.path = path
        self._lock_fd: int | None = lock_fd
        self.staging = staging
        self.base = base
        self.embedder_name = embedder_name
        self.dim = dim
        self.ann_threshold = ann_threshold
        self._chunks_changed = base is None
        self._db = self._connect(staging)
        self._info = {k: json.loads(v) for k, v in self._db.execute("SELECT key, value FROM info")}
        if base is None:  # a new index: every document gets its page kinds as it is added
            self._info["page_kinds_rule"] = rule_fingerprint()
        self.rebuilt: str | None = None  # why a damaged index is being rebuilt from the documents

    @staticmethod
    def _connect(staging: Path) -> sqlite3.Connection:
        db = sqlite3.connect(staging / DB_NAME)
        db.execute("PRAGMA journal_mode = DELETE")
        db.execute("PRAGMA synchronous = OFF")  # durability comes from fsync before the swap
        db.executescript(_SCHEMA)
        return db

    @classmethod
    def begin(cls, path: str | os.PathLike[str], embedder_name: str, dim: int, *,
              ann_threshold: int = 200_000, rebuild_damaged: bool = False) -> "IndexWriter":
        """Lock the index at ``path`` (created when missing) for writing. A folder that exists, holds other
        files and is not an index raises ``NotAnIndex``: mia writes only into its own folders.

        With ``rebuild_damaged``, a live database that cannot be read is not an error: the writer starts
        empty (``.rebuilt`` says why) so that an ingest rebuilds the index from the documents."""
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise NotAnIndex(f"{path}: not a folder, so not an index")
        if path.is_dir() and not is_index(path) and any(path.iterdir()):
            raise NotAnIndex(f"{path}: a folder with other files that is not a mia index; an index goes in a "
                             "new or empty folder")
        path.mkdir(parents=True, exist_ok=True)
        lock_fd = _lock_writer(path)
        try:
            current = _read_current(path)
            if current is None and not has_marker(path):
                _write_marker(path)  # a new index: its folder is marked before anything else is written
            _clean_stale(path, current)
            base = path / current if current else None
            rebuilt = None
            if base is not None:
                try:
                    info = _read_info(base)
                except IndexCorrupt as exc:
                    if not rebuild_damaged:
                        raise
                    base, rebuilt, info = None, str(exc), None
            if base is not None and info is not None:
                if info.get("format_version") != FORMAT_VERSION:
                    raise IndexMismatch(f"{path}: index format {info.get('format_version')}, "
                                        f"this mia writes {FORMAT_VERSION}; remove the index and ingest again")
                if info.get("embedder") != embedder_name or info.get("dim") != dim:
                    raise IndexMismatch(
                        f"{path}: index was built with embedder {info.get('embedder')} (dim {info.get('dim')}), "
                        f"not {embedder_name} (dim {dim}); use another index or remove this one")
            staging = path / f"{STAGING_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
            staging.mkdir()
            if base is not None:
                shutil.copyfile(base / DB_NAME, staging / DB_NAME)
            writer = cls(path, lock_fd, staging, base, embedder_name, dim, ann_threshold)
            writer.rebuilt = rebuilt
            return writer
        except BaseException:
            os.close(lock_fd)
            raise

    def __enter__(self) -> "IndexWriter":
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self._lock_fd is not None:
            self.abort()

    # reading the staged state
    def manifest(self) -> dict[str, dict[str, Any]]:
        rows = self._db.execute("SELECT source, doc_id, size, mtime_ns, sha256 FROM manifest")
        return {s: {"doc_id": d, "size": z, "mtime_ns": m, "sha256": h} for s, d, z, m, h in rows}

    def documents(self) -> dict[str, str]:
        """doc_id -> source of every staged document."""
        return dict(self._db.execute("SELECT doc_id, source FROM docs"))

    def has_document(self, doc_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM docs WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def stored_document(self, doc_id: str) -> tuple[DocMeta, list[Page]] | None:
        """A staged document's metadata and page texts, as ingested (to derive facts again without reading
        or embedding the file)."""
        rec = self._db.execute("SELECT meta FROM docs WHERE doc_id = ?", (doc_id,)).fetchone()
        if rec is None:
            return None
        meta = _doc_meta(rec[0])
        return meta, _pages(meta, self._db.execute(_PAGES_SQL, (doc_id,)))

    @property
    def facts_version(self) -> int | None:
        """The version of the facts extractor that wrote this index's facts (None: unknown or none)."""
        return self._info.get("facts_version")

    @facts_version.setter
    def facts_version(self, version: int | None) -> None:
        self._info["facts_version"] = version

    @property
    def page_kinds_rule(self) -> str | None:
        """The statement rule (``statement_pages.rule_fingerprint``) the stored page kinds were made with."""
        return self._info.get("page_kinds_rule")

    @page_kinds_rule.setter
    def page_kinds_rule(self, rule: str | None) -> None:
        self._info["page_kinds_rule"] = rule

    @property
    def precisions(self) -> list[str]:
        """The arithmetic precisions ("fp32", "bf16", "int8") this index's ingests embedded chunks at (saved in
        ``info["precisions"]``; empty for an index from before they were recorded, or a fake embedder's)."""
        return list(self._info.get("precisions") or [])

    def note_precision(self, precision: str) -> None:
        """Record that chunks are being embedded at ``precision`` (kept in ``info`` at the next commit)."""
        self._info["precisions"] = sorted({*self.precisions, precision})

    def replace_page_kinds(self, doc_id: str, kinds: Mapping[int, tuple[str, bool]]) -> None:
        """Swap a staged document's statement pages for ``kinds`` (page -> (kind, titled))."""
        self._db.execute("DELETE FROM page_kinds WHERE doc_id = ?", (doc_id,))
        self._db.executemany("INSERT INTO page_kinds (doc_id, page, kind, titled) VALUES (?,?,?,?)",
                             [(doc_id, int(p), k, int(bool(t))) for p, (k, t) in sorted(kinds.items())])

    def search_files_ok(self) -> bool:
        """Whether the live generation's FAISS and BM25 files load and match its chunks. When they do not,
        the next ``commit`` builds them again from the vectors kept in the database (no re-embedding)."""
        if self.base is None:
            return True
        chunks = self._db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        ok = _search_files_ok(self.base, chunks)
        if not ok:
            self._chunks_changed = True
        return ok

    # edits
    def remove_document(self, doc_id: str) -> None:
        for table in ("docs", "pages", "chunks", "facts", "page_kinds"):
            cur = self._db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            if table == "chunks" and cur.rowcount:
                self._chunks_changed = True

    def replace_facts(self, doc_id: str, facts: Sequence[Fact]) -> None:
        """Swap a staged document's facts for ``facts``; its text, chunks and vectors stay as they are."""
        self._db.execute("DELETE FROM facts WHERE doc_id = ?", (doc_id,))
        self._insert_facts(doc_id, facts)

    def _insert_facts(self, doc_id: str, facts: Sequence[Fact]) -> None:
        rows = []
        for i, f in enumerate(facts):
            rec = {name: getattr(f, name) for name in _FACT_FIELDS}
            rec["fact_id"] = rec["fact_id"] or f"{doc_id}:f{i}"
            rows.append(tuple(rec[name] for name in _FACT_FIELDS))
        self._db.executemany(
            f"INSERT OR REPLACE INTO facts ({', '.join(_FACT_FIELDS)}) VALUES ({','.join('?' * len(_FACT_FIELDS))})",
            rows,
        )

    def add_document(self, meta: DocMeta, pages: Sequence[Page], chunks: Sequence[Chunk],
                     vectors: np.ndarray, facts: Sequence[Fact] = (),
                     page_kinds: Mapping[int, tuple[str, bool]] | None = None) -> None:
        """Stage one document. ``page_kinds``: its statement pages (``statement_pages.page_kinds``, worked out
        here when not given)."""
        vectors = np.asarray(vectors, dtype="<f4")
        if len(chunks) and vectors.shape != (len(chunks), self.dim):
            raise ValueError(f"{meta.source}: {len(chunks)} chunks but vectors of shape {vectors.shape}, "
                             f"expected ({len(chunks)}, {self.dim})")
        if self.has_document(meta.doc_id):
            self.remove_document(meta.doc_id)
        db = self._db
        db.execute(
            "INSERT INTO docs (doc_id, doc, source, company, doc_type, fiscal_year, meta) VALUES (?,?,?,?,?,?,?)",
            (meta.doc_id, meta.doc, meta.source, meta.company, meta.doc_type, meta.fiscal_year,
             json.dumps(meta.to_dict(), ensure_ascii=False, default=str)),
        )
        db.executemany("INSERT INTO pages (doc_id, page, text) VALUES (?,?,?)",
                       [(meta.doc_id, p.page, p.text) for p in pages])
        db.executemany(
            f"INSERT INTO chunks ({_CHUNK_COLS}, vector) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c.chunk_id, c.doc_id, c.doc, c.source, c.page, c.page_end, c.start, c.end, c.text, c.heading,
              c.ordinal, vectors[i].tobytes()) for i, c in enumerate(chunks)],
        )
        self._insert_facts(meta.doc_id, facts)
        self.replace_page_kinds(meta.doc_id, _page_kinds(pages) if page_kinds is None else page_kinds)
        if chunks:
            self._chunks_changed = True

    def record_file(self, source: str, size: int, mtime_ns: int, sha256: str, doc_id: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO manifest (source, doc_id, size, mtime_ns, sha256) VALUES (?,?,?,?,?)",
            (str(source), doc_id, int(size), int(mtime_ns), sha256),
        )

    def forget_file(self, source: str) -> None:
        self._db.execute("DELETE FROM manifest WHERE source = ?", (str(source),))

    # finishing
    def commit(self) -> Path:
        """Make the staged state the live generation; returns its folder."""
        target = self._publish()
        self._release()
        return target

    def checkpoint(self) -> Path:
        """Make the staged state live now and go on staging on top of it, keeping the lock: a long ingest
        keeps what it has done if it is stopped later. Returns the new live generation's folder."""
        target = self._publish()
        _clean_stale(self.path, target.name)
        staging = self.path / f"{STAGING_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
        staging.mkdir()
        shutil.copyfile(target / DB_NAME, staging / DB_NAME)
        self.staging, self.base, self._chunks_changed = staging, target, False
        self._db = self._connect(staging)
        return target

    def _publish(self) -> Path:
        """Write the staged state as the next generation and point CURRENT at it."""
        if self._lock_fd is None:
            raise RuntimeError("this writer has already finished")
        db = self._db
        ordered = [cid for (cid,) in db.execute("SELECT cid FROM chunks ORDER BY cid")]
        db.executemany("UPDATE chunks SET row = ? WHERE cid = ?", list(enumerate(ordered)))
        counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 (fixed names)
                  for t in ("docs", "pages", "chunks", "facts")}
        info = {
            "format_version": FORMAT_VERSION,
            "embedder": self.embedder_name,
            "dim": self.dim,
            "counts": counts,
            "created": self._info.get("created", _now()),
            "updated": _now(),
            "ann": "hnsw" if counts["chunks"] > self.ann_threshold else "flat",
            "facts_version": self._info.get("facts_version"),
            "page_kinds_rule": self._info.get("page_kinds_rule"),
        }
        if self._info.get("precisions"):
            info["precisions"] = self._info["precisions"]
        db.execute("DELETE FROM info")
        db.executemany("INSERT INTO info (key, value) VALUES (?, ?)",
                       [(k, json.dumps(v)) for k, v in info.items()])
        db.commit()
        self._info = {**self._info, **info}  # a checkpoint's next commit keeps "created"

        reuse = self.base is not None and not self._chunks_changed and _search_files_ok(self.base, counts["chunks"])
        if reuse:
            assert self.base is not None
            _link_or_copy(self.base / FAISS_NAME, self.staging / FAISS_NAME)
            if (self.base / BM25_DIR).is_dir():
                _link_or_copy(self.base / BM25_DIR, self.staging / BM25_DIR)
        else:
            self._build_faiss(info["ann"] == "hnsw")
            self._build_bm25()
        db.close()

        _fsync_tree(self.staging)
        pause = float(os.environ.get(COMMIT_PAUSE_ENV) or 0)
        if pause > 0:
            time.sleep(pause)
        number = max((n for n, _ in _generations(self.path)), default=0) + 1
        target = self.path / f"{GEN_PREFIX}{number:06d}"
        os.rename(self.staging, target)
        _fsync_dir(self.path)
        tmp = self.path / f"{CURRENT}.tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(target.name + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path / CURRENT)
        _fsync_dir(self.path)
        if not has_marker(self.path):  # an index written before markers existed
            _write_marker(self.path)
        return target

    def abort(self) -> None:
        """Drop everything staged; the live generation is untouched."""
        try:
            self._db.close()
        except sqlite3.Error:
            pass
        shutil.rmtree(self.staging, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if self._lock_fd is not None:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            os.close(self._lock_fd)
            self._lock_fd = None

    def _build_faiss(self, hnsw: bool) -> None:
        import faiss

        index = faiss.IndexHNSWFlat(self.dim, 32, faiss.METRIC_INNER_PRODUCT) if hnsw else faiss.IndexFlatIP(self.dim)
        if hnsw:
            index.hnsw.efConstruction = 80
        cur = self._db.execute("SELECT vector FROM chunks ORDER BY row")
        while batch := cur.fetchmany(8192):  # add in slices: never two full copies of all vectors in memory
            index.add(np.frombuffer(b"".join(v for (v,) in batch), dtype="<f4").reshape(len(batch), self.dim))
        faiss.write_index(index, str(self.staging / FAISS_NAME))

    def _build_bm25(self) -> None:
        bm25s = _import_bm25s()
        Tokenized = bm25s.tokenization.Tokenized  # noqa: N806

        vocab: dict[str, int] = {}
        ids: list[list[int]] = []
        for (text,) in self._db.execute("SELECT text FROM chunks ORDER BY row"):
            ids.append([vocab.setdefault(t, len(vocab)) for t in bm25_tokens(text)])
        if not ids:
            return
        if not vocab:  # bm25s needs at least one word
            vocab[""] = 0
        bm25 = bm25s.BM25()
        bm25.index(Tokenized(ids=ids, vocab=vocab), show_progress=False)
        bm25.save(str(self.staging / BM25_DIR), allow_pickle=False, show_progress=False)


def _read_info(generation: Path) -> dict[str, Any]:
    file = generation / DB_NAME
    try:
        uri = file.resolve().as_uri() + "?mode=ro&immutable=1"
        db = sqlite3.connect(uri, uri=True)
        try:
            return {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM info")}
        finally:
            db.close()
    except (sqlite3.Error, ValueError) as exc:
        raise IndexCorrupt(generation.parent, file, str(exc) or type(exc).__name__) from None


def _search_files_ok(generation: Path, chunks: int) -> bool:
    """Whether a generation's FAISS and BM25 files load and match ``chunks`` (so a commit may share them)."""
    if chunks == 0:
        return (generation / FAISS_NAME).is_file()
    try:
        if _read_faiss(generation / FAISS_NAME).ntotal != chunks:
            return False
        return int(_load_bm25(generation / BM25_DIR).scores["num_docs"]) == chunks
    except Exception:  # noqa: BLE001 - any failure means: build them again from the stored vectors
        return False


def _lock_writer(path: Path) -> int:
    """The writer's exclusive flock on ``path/.lock``, with this process's pid written into the file."""
    lock_fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        try:
            pid = os.pread(lock_fd, 32, 0).decode("ascii", "replace").strip()
        finally:
            os.close(lock_fd)
        who = f" (pid {pid})" if pid.isdigit() else ""
        raise IndexBusy(f"index {path.name} is being written by another ingest{who}; try again when it "
                        "finishes") from None
    os.ftruncate(lock_fd, 0)
    os.pwrite(lock_fd, f"{os.getpid()}\n".encode("ascii"), 0)
    return lock_fd


def _delete_generation(folder: Path) -> bool:
    """Delete a generation folder unless a reader holds it (or it holds anything that is not mia's)."""
    if not _is_own_generation(folder):
        return False
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a reader has it open
        shutil.rmtree(folder, ignore_errors=True)
        return True
    finally:
        os.close(fd)


def _clean_stale(path: Path, current: str | None) -> None:
    """Remove staging folders of killed writers and old generations that no reader holds (always keeping
    the live one and the one before it). Folders holding anything but mia's own files are left alone."""
    for child in path.iterdir():
        if child.name.startswith(STAGING_PREFIX) and _is_own_generation(child):
            shutil.rmtree(child, ignore_errors=True)
        elif child.name in (f"{CURRENT}.tmp", f"{MARKER}.tmp") and child.is_file():
            child.unlink(missing_ok=True)
    gens = _generations(path)
    live = next((n for n, p in gens if p.name == current), None)
    older = [n for n, _ in gens if live is not None and n < live]
    keep = {live, max(older, default=None)}
    for n, p in gens:
        if n not in keep:
            _delete_generation(p)


def read_info(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The info of the live generation at path, or None when there is no index (cheap; no search files).
    Raises ``IndexCorrupt`` when the live database cannot be read."""
    path = Path(path)
    current = _read_current(path)
    return _read_info(path / current) if current else None


# ----------------------------------------------------------------------------------------------- folders

def list_indexes(root: str | os.PathLike[str]) -> list[str]:
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(child.name for child in root.iterdir()
                  if child.is_dir() and _NAME_RE.match(child.name) and _read_current(child))


def remove_index(root: str | os.PathLike[str], name: str) -> list[str]:
    """Remove the index ``name`` under ``root`` (see ``remove_index_dir``)."""
    check_index_name(name)
    return remove_index_dir(Path(root) / name)


def remove_index_dir(path: str | os.PathLike[str]) -> list[str]:
    """Delete an index: only a folder that is one (``is_index``), and in it only the index's own files
    (marker, CURRENT, lock, generations, staging folders). The folder itself goes only when nothing else
    is left in it; the names of what was kept are returned. Raises ``IndexNotFound`` for a folder that is
    not an index and ``IndexBusy`` while an ingest writes it."""
    path = Path(path)
    if path.is_symlink() or not path.is_dir() or not is_index(path):
        raise IndexNotFound(f"{path}: not a mia index (no {MARKER} marker and no index files); nothing removed")
    lock_fd = _lock_writer(path)
    kept: list[str] = []
    try:
        (path / CURRENT).unlink(missing_ok=True)  # from here on it is no longer a live index, even if we stop
        for child in sorted(path.iterdir()):
            if child.name in (LOCK, MARKER):
                continue
            if (_GEN_RE.match(child.name) or child.name.startswith(STAGING_PREFIX)) and _is_own_generation(child):
                shutil.rmtree(child)
            elif child.name in (f"{CURRENT}.tmp", f"{MARKER}.tmp") and child.is_file():
                child.unlink()
            else:
                kept.append(child.name)
        (path / MARKER).unlink(missing_ok=True)  # the index is gone; what is left is not one
        (path / LOCK).unlink(missing_ok=True)
    finally:
        os.close(lock_fd)
    if not kept:
        try:
            path.rmdir()
        except OSError:
            kept = sorted(c.name for c in path.iterdir()) if path.exists() else []
    return kept

"""Page texts of the evaluation documents, as the LangChain tutorial reads them, cached as JSON.

PDFs go through ``PyPDFLoader`` (langchain_community, pypdf underneath): about 20 s for a 160-page filing, so
each file's pages are cached under ``<cache>/pages/`` keyed by name, size and mtime, and uncached files are
parsed in worker processes. Text files (.txt, .md, .html) are one page each, read with a plain loader.
The keyword baseline and the effort model use the same page texts.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import warnings
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
DOC_SUFFIXES = TEXT_SUFFIXES | {".pdf"}


@dataclass(frozen=True)
class PageText:
    doc: str  # file stem
    source: str
    page: int  # 1-based
    text: str


def list_documents(folder: Path) -> list[Path]:
    """Supported documents under ``folder`` (recursively), sorted; sidecar metadata files are skipped."""
    if folder.is_file():
        return [folder]
    return sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in DOC_SUFFIXES and ".meta." not in p.name
    )


def pypdf_pages(path: str) -> list[str]:
    """One string per page, exactly as the tutorial's ``PyPDFLoader(path).load()`` gives them."""
    from langchain_community.document_loaders import PyPDFLoader

    return [d.page_content for d in PyPDFLoader(path).load()]


def pdfium_pages(path: str) -> list[str]:
    """One string per page from PDFium: what an analyst's PDF viewer searches (used when the tutorial
    baseline is not run, so the slow pypdf parse is not needed)."""
    from ..documents.readers.pdf import PdfiumBackend

    return PdfiumBackend().page_texts(Path(path))


def plain_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        from bs4 import BeautifulSoup

        return BeautifulSoup(raw, "html.parser").get_text("\n")
    return raw


def _cache_file(cache_dir: Path, path: Path) -> Path:
    st = path.stat()
    key = hashlib.sha256(f"{path.name}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]
    return cache_dir / f"{path.stem}-{key}.json"


def _read_cached(file: Path) -> list[str] | None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, list) and all(isinstance(t, str) for t in data) else None


def _write_cached(file: Path, pages: list[str]) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    tmp.write_text(json.dumps(pages), encoding="utf-8")
    os.replace(tmp, file)


def load_pages(
    paths: Sequence[Path],
    cache_dir: Path | None = None,
    *,
    workers: int | None = None,
    on_file: Callable[[Path], None] | None = None,
    parse: Callable[[str], list[str]] = pypdf_pages,
) -> dict[str, list[PageText]]:
    """Pages of every document, by file stem. ``cache_dir`` None parses everything afresh (benchmarks)."""
    texts: dict[Path, list[str]] = {}
    todo: list[Path] = []
    for path in paths:
        if path.suffix.lower() != ".pdf":
            texts[path] = [plain_text(path)]
            continue
        cached = _read_cached(_cache_file(cache_dir, path)) if cache_dir else None
        if cached is None:
            todo.append(path)
        else:
            texts[path] = cached
    for path, pages in _parse_all(todo, parse, workers):
        texts[path] = pages
        if cache_dir and pages:  # a failed parse is not cached, so it is tried again
            _write_cached(_cache_file(cache_dir, path), pages)
        if on_file:
            on_file(path)
    return {
        p.stem: [PageText(p.stem, str(p), i, t) for i, t in enumerate(texts[p], 1)]
        for p in paths
    }


def _parse_all(todo: list[Path], parse: Callable[[str], list[str]],
               workers: int | None) -> Iterable[tuple[Path, list[str]]]:
    """Parsed pages of each file; a file the parser cannot read gets no pages and a warning naming it, so one
    bad file does not stop the run."""
    workers = workers if workers is not None else min(len(todo), os.cpu_count() or 1)
    jobs = [(parse, str(p)) for p in todo]
    if workers <= 1 or len(todo) <= 1:
        results: Iterable[tuple[list[str], str]] = map(_parse_one, jobs)
        for path, (pages, error) in zip(todo, results):
            yield path, _report(path, pages, error)
        return
    # spawn, not fork: the calling process may already run the embedder's or the model's threads, and a forked
    # child of a threaded process can die or hang on a lock some thread held (a broken pool, a lost run)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        for path, (pages, error) in zip(todo, pool.map(_parse_one, jobs)):
            yield path, _report(path, pages, error)


def _parse_one(job: tuple[Callable[[str], list[str]], str]) -> tuple[list[str], str]:
    parse, path = job
    try:
        return parse(path), ""
    except Exception as exc:  # noqa: BLE001 - any parser failure is reported per file
        return [], f"{type(exc).__name__}: {exc}"


def _report(path: Path, pages: list[str], error: str) -> list[str]:
    if error:
        warnings.warn(f"{path}: could not be read for the baselines ({error}); it has no pages there",
                      stacklevel=2)
    return pages

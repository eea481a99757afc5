"""Files -> (DocMeta, pages): PDF (pypdfium2), HTML, Markdown and plain text, with text cleaning.

PDFs have real pages. HTML, Markdown and text have none: they are cut at form feeds when the file has them,
otherwise into pseudo-pages of about ``PSEUDO_PAGE_CHARS`` characters at paragraph boundaries.

Every problem with an input raises ``ReadError`` whose message is one line: ``"<path>: <problem>"``.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import stat
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..metadata import SidecarError, find_sidecar, guess_metadata, is_sidecar, load_sidecar, merge, normalise_fields
from .pdf import PdfBackend, PdfError
from ...types import DocMeta, Page

SUPPORTED = {".pdf", ".html", ".htm", ".md", ".markdown", ".txt"}
PSEUDO_PAGE_CHARS = 3000
METADATA_PAGES = 3  # pages handed to the metadata guesser
REPORT_PAGES = 40  # pages in which a report that is not a filing is searched for the companies it names


class ReadError(Exception):
    """A file mia cannot read. ``str()`` is ``"<path>: <problem>"`` on one line."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")


# ------------------------------------------------------------------------------------------------ discovery


def discover(paths: Iterable[Path], problems: list[tuple[str, str]] | None = None) -> list[Path]:
    """Supported documents among the given files and under the given folders, sorted, without duplicates.

    Hidden files and folders (name starting with ".") and metadata sidecars are skipped, and so are
    ``README.*`` files found while walking a folder (they describe the folder; name one explicitly to index
    it). A path given
    explicitly is kept even when its suffix is unknown only if it is supported; missing paths are ignored
    here (``read_document`` reports them). Folders that cannot be listed are appended to ``problems`` as
    (folder, "<folder>: cannot read folder (...)").
    """
    found: set[Path] = set()

    def unreadable(exc: OSError) -> None:
        if problems is not None:
            folder = str(exc.filename or "?")
            problems.append((folder, f"{folder}: cannot read folder ({exc.strerror or type(exc).__name__})"))

    for root in paths:
        root = Path(root)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    candidate = Path(dirpath) / name
                    if _is_document(candidate) and not _is_folder_readme(candidate):
                        found.add(candidate)
        elif _is_document(root):
            found.add(root)
    return sorted(found)


def _is_folder_readme(path: Path) -> bool:
    return path.stem.upper() == "README"


def _is_document(path: Path) -> bool:
    return not path.name.startswith(".") and path.suffix.lower() in SUPPORTED and not is_sidecar(path)


# ------------------------------------------------------------------------------------------------ reading


def read_document(path: Path, backend: PdfBackend | None = None) -> tuple[DocMeta, list[Page]]:
    """Read one file into its metadata and cleaned pages (page numbers 1-based). Raises ``ReadError``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ReadError(path, f"unsupported file type {suffix or '(no suffix)'}")
    _check_regular_file(path)

    hints: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    if suffix == ".pdf":
        digest = _sha256_file(path)
        texts = _read_pdf(path, backend)
        pages_text = clean_pages(texts, pdf=True)
        if not any(t.strip() for t in pages_text):
            raise ReadError(path, "no text layer (scanned?)")
    else:
        data = _read_bytes(path)
        digest = hashlib.sha256(data).hexdigest()
        if suffix in (".html", ".htm"):
            text, hints = html_to_text(data, path)
        else:
            text, encoding = decode_text(data, path)
            if encoding != "utf-8":
                extra["encoding"] = encoding
            if suffix in (".md", ".markdown"):
                text, hints = split_front_matter(text)
                heading = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
                if heading and "title" not in hints:
                    hints["title"] = heading.group(1)
        pages_text = text_pages(text)
        if not any(t.strip() for t in pages_text):
            raise ReadError(path, "no text")

    try:
        info = guess_metadata(
            path, pages_text[:METADATA_PAGES], hints=normalise_fields(hints), body=pages_text[:REPORT_PAGES]
        )
        sidecar = find_sidecar(path)
        if sidecar is not None:
            info = merge(info, load_sidecar(sidecar), source=f"sidecar {sidecar.name}")
    except SidecarError as exc:
        raise ReadError(path, str(exc)) from None

    doc_id = digest[:16]
    meta = DocMeta(
        doc_id=doc_id,
        doc=path.stem,
        source=str(path),
        title=info.get("title") or path.stem,
        company=info.get("company"),
        doc_type=info.get("doc_type"),
        fiscal_year=info.get("fiscal_year"),
        period=info.get("period"),
        date=info.get("date"),
        pages=len(pages_text),
        extra={**info.get("extra", {}), **extra},
    )
    pages = [
        Page(doc_id=doc_id, doc=meta.doc, source=meta.source, page=i, text=t)
        for i, t in enumerate(pages_text, start=1)
    ]
    return meta, pages


def _check_regular_file(path: Path) -> None:
    try:
        st = path.stat()
    except FileNotFoundError:
        problem = "broken symbolic link" if path.is_symlink() else "file not found"
        raise ReadError(path, problem) from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot access ({exc.strerror or exc.__class__.__name__})") from None
    if stat.S_ISDIR(st.st_mode):
        raise ReadError(path, "is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError(path, "not a regular file (device, socket or pipe)")
    if st.st_size == 0:
        raise ReadError(path, "empty file (0 bytes)")
    if not os.access(path, os.R_OK):
        raise ReadError(path, "permission denied")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror or exc.__class__.__name__})") from None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror or exc.__class__.__name__})") from None
    return digest.hexdigest()


def _read_pdf(path: Path, backend: PdfBackend | None) -> list[str]:
    if backend is None:
        from .pdf import PdfiumBackend

        backend = PdfiumBackend()
    try:
        return backend.page_texts(path)
    except PdfError as exc:
        raise ReadError(path, str(exc)) from None


# ------------------------------------------------------------------------------------------------ text files

_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")


def decode_text(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 (with or without BOM), UTF-16 with BOM, else clean-looking cp1252.

    Binary data and text that decodes only into garbage raise ``ReadError``.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ReadError(path, "not valid UTF-16 text despite its byte-order mark") from None
    elif b"\x00" in data:
        raise ReadError(path, "binary content (NUL bytes), not text")
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise ReadError(path, "not valid UTF-8 or cp1252 text (undecodable bytes)") from None
            if not _looks_like_latin_text(text):
                raise ReadError(path, "not valid UTF-8 text and not clean cp1252/Latin-1 either (garbage?)")
    controls = len(_BAD_CONTROLS.findall(text))
    if controls > max(2, len(text) // 200):
        raise ReadError(path, f"binary or garbled content ({controls} control characters), not text")
    return text, encoding


def _looks_like_latin_text(text: str) -> bool:
    """Is this plausibly Western text (few, mostly alphabetic, non-ASCII characters)?"""
    if not text:
        return True
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0:
        return True
    letters = len(_NON_ASCII_LETTER.findall(text))
    return non_ascii / len(text) <= 0.15 and letters / non_ascii >= 0.6


def split_front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """Markdown YAML front matter (``---`` ... ``---`` at the top) -> (body, fields). Bad YAML is left as text."""
    m = re.match(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", text, re.S)
    if not m:
        return text, {}
    import yaml

    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return text, {}
    if not isinstance(data, dict):
        return text, {}
    return text[m.end() :], data


_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form")
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
    "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "caption", "hr", "address", "body",
)


def html_to_text(data: bytes, path: Path | str = "<bytes>") -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page, one block per paragraph, table rows on one line; plus {"title": ...}."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "binary content (NUL bytes), not HTML")
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")
    hints: dict[str, Any] = {}
    if soup.title and soup.title.get_text(strip=True):
        hints["title"] = " ".join(soup.title.get_text().split())
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    if soup.head:
        soup.head.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for level in range(1, 7):
        for h in soup.find_all(f"h{level}"):
            text = " ".join(h.get_text(" ").split())
            h.replace_with(f"\n\n{'#' * level} {text}\n\n" if text else "")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after(" ")
    for block in soup.find_all(_BLOCK_TAGS):
        block.insert_before("\n\n" if block.name not in ("li", "tr", "dt", "dd") else "\n")
        block.insert_after("\n\n" if block.name not in ("li", "tr", "dt", "dd") else "\n")
    text = soup.get_text()
    if "title" not in hints:
        heading = re.search(r"^#\s+(.+)$", text, re.M)
        if heading:
            hints["title"] = heading.group(1).strip()
    return text, hints


# ------------------------------------------------------------------------------------------------ pages


def text_pages(text: str, target: int = PSEUDO_PAGE_CHARS) -> list[str]:
    """Cleaned pages of a page-less document: form-feed pages when present, else pseudo-pages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        parts = text.split("\f")
        while len(parts) > 1 and not parts[-1].strip():
            parts.pop()
        return clean_pages(parts, pdf=False)
    cleaned = clean_pages([text], pdf=False, page_furniture=False)[0]
    return split_pseudo_pages(cleaned, target)


def split_pseudo_pages(text: str, target: int = PSEUDO_PAGE_CHARS) -> list[str]:
    """Cut text into pieces of about ``target`` characters, preferring paragraph, then line, sentence and
    word boundaries in the second half of each window. Linear in the length of the text."""
    pages: list[str] = []
    pos, n = 0, len(text)
    while pos < n:
        if n - pos <= target:
            cut = n
        else:
            lo, hi = pos + target // 2, pos + target
            cut = -1
            for sep in ("\n\n", "\n", ". ", " "):
                found = text.rfind(sep, lo, hi)
                if found != -1:
                    cut = found + len(sep)
                    break
            if cut == -1:
                cut = hi
        piece = text[pos:cut].strip()
        if piece:
            pages.append(piece)
        pos = cut
    return pages


# ------------------------------------------------------------------------------------------------ cleaning

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_OTHER_CONTROLS = re.compile(r"[\x00-\x01\x03-\x08\x0b\x0e-\x1f\x7f]")
_SOFT_HYPHEN_BREAK = re.compile(r"([A-Za-z])\u00ad\n([a-z])")
_PDFIUM_HYPHEN = re.compile(r"([A-Za-z]+)\x02\n?([a-z]+)")
_LINE_END_HYPHEN = re.compile(r"([A-Za-z]+)-\n([a-z]+)")
_PAGE_NUMBER = re.compile(
    r"(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?"  # 12, - 12 -
    r"|\d{1,4}\s*\|.{0,80}|.{0,80}\|\s*\d{1,4}"  # 12 | Company, Company | 12
    r"|[A-Z]{1,2}\s?[-–]\s?\d{1,3}"  # A - 3, F-12
    r"|[ivxlc]{1,7}"  # roman numerals in front matter
)
_PAGE_WORD = re.compile(r"(?:page|pg\.?|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)
_UNIT_HINT = re.compile(r"million|billion|thousand|unaudited|per share|in \$|\(\$", re.I)

FURNITURE_ZONE = 3  # lines at the top and bottom of a page where running headers and footers live
PAGE_NUMBER_ZONE = 2


def clean_pages(texts: list[str], *, pdf: bool, page_furniture: bool = True) -> list[str]:
    """Clean the raw text of every page of one document.

    Spaces collapsed (line breaks kept, so table rows stay one per line), hyphenation broken across lines
    joined, and, when ``page_furniture``, running headers/footers and bare page numbers dropped.
    """
    pages = [_normalise(t) for t in texts]
    if any("\x02" in p or "-\n" in p or "\u00ad" in p for p in pages):
        words, hyphenated = _vocabulary(pages)
        pages = [_join_hyphenation(p, words, hyphenated) for p in pages]
    line_pages = [[ln for ln in p.split("\n")] for p in pages]
    if page_furniture:
        repeated = _running_lines(line_pages)
        line_pages = [_strip_furniture(lines, repeated, n) for n, lines in enumerate(line_pages, start=1)]
    return [re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() for lines in line_pages]


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _OTHER_CONTROLS.sub(" ", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _vocabulary(pages: list[str]) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    hyphenated: set[str] = set()
    for page in pages:
        lower = page.lower()
        words.update(re.findall(r"[a-z]+", lower))
        hyphenated.update(re.findall(r"[a-z]+[-\x02][a-z]+", lower.replace("\x02\n", "\x02")))
    return words, {h.replace("\x02", "-") for h in hyphenated}


def _join_hyphenation(text: str, words: set[str], hyphenated: set[str]) -> str:
    """Rejoin words split at line ends.

    An explicit "manu-\\nfacturing" is joined unless the document spells "manu-facturing" elsewhere.
    PDFium marks every hyphen it met at a line end with \\x02 and already joins the lines; most are real
    compound hyphens ("year-on-year"), so those become "-" unless the joined word occurs in the document.
    """
    text = _SOFT_HYPHEN_BREAK.sub(r"\1\2", text).replace("\u00ad", "")

    def pdfium(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        return left + right if (left + right).lower() in words else f"{left}-{right}"

    def explicit(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        joined = (left + right).lower()
        if joined in words or f"{left}-{right}".lower() not in hyphenated:
            return left + right
        return f"{left}-{right}"

    text = _PDFIUM_HYPHEN.sub(pdfium, text).replace("\x02", "-")
    return _LINE_END_HYPHEN.sub(explicit, text)


def _line_key(line: str, page_number: int) -> str:
    """Lines compare case-blind; a lone number close to the page's own number is a page number ("12 |
    Company" on page 12) and compares equal to any other."""
    numbers = re.findall(r"\d+", line)
    if len(numbers) == 1 and abs(int(numbers[0]) - page_number) <= 40:
        return re.sub(r"\d+", "#", line.lower())
    return line.lower()


def _zone_indexes(lines: list[str], zone: int) -> list[int]:
    """Indexes of the first and last ``zone`` non-blank lines; fewer on short pages, whose every line
    would otherwise be "at the edge"."""
    filled = [i for i, ln in enumerate(lines) if ln]
    zone = min(zone, len(filled) // 3)
    if zone == 0:
        return []
    return sorted(set(filled[:zone] + filled[-zone:]))


def _running_lines(line_pages: list[list[str]]) -> set[str]:
    """Keys of lines that recur at the top or bottom of at least half the pages (needs 4+ pages)."""
    if len(line_pages) < 4:
        return set()
    counts: Counter[str] = Counter()
    for number, lines in enumerate(line_pages, start=1):
        counts.update({_line_key(lines[i], number) for i in _zone_indexes(lines, FURNITURE_ZONE)})
    threshold = max(3, math.ceil(0.5 * len(line_pages)))
    return {key for key, count in counts.items() if count >= threshold}


def is_page_number(line: str) -> bool:
    line = line.strip()
    return bool(line) and bool(_PAGE_NUMBER.fullmatch(line) or _PAGE_WORD.fullmatch(line))


def _strip_furniture(lines: list[str], repeated: set[str], page_number: int) -> list[str]:
    drop: set[int] = set()
    for i in _zone_indexes(lines, FURNITURE_ZONE):
        if _line_key(lines[i], page_number) in repeated and not _UNIT_HINT.search(lines[i]):
            drop.add(i)
    kept = [i for i in range(len(lines)) if lines[i] and i not in drop]
    for i in kept[:PAGE_NUMBER_ZONE] + kept[-PAGE_NUMBER_ZONE:]:
        if is_page_number(lines[i]):
            drop.add(i)
    return [ln for i, ln in enumerate(lines) if i not in drop]

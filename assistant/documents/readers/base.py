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
    notes: list[str] = []
    if suffix == ".pdf":
        digest = _sha256_file(path)
        texts = _read_pdf(path, backend)
        texts, notes = bound_pages(texts)
        pages_text = clean_pages(texts, pdf=True)
        if not any(t.strip() for t in pages_text):
            if any(t.strip() for t in texts):
                raise ReadError(path, "its pages hold only page numbers, no body text (scanned pages with a "
                                      "printed page number?)")
            raise ReadError(path, "no text layer (scanned?)")
    else:
        if path.stat().st_size > MAX_READ_BYTES:  # the id is the whole file's; only its head is read
            digest = _sha256_file(path)
            data = _read_bytes(path, MAX_READ_BYTES)
            data = data[: data.rfind(b"\n") + 1] or data  # whole lines: no character cut in two
            notes.append(f"only the first {MAX_READ_BYTES // 2**20} MB of {path.stat().st_size / 2**20:,.0f} MB read")
        else:
            data = _read_bytes(path)
            digest = hashlib.sha256(data).hexdigest()
        if suffix in (".html", ".htm"):
            text, hints = html_to_text(data, path)
            if hints.get("truncated"):
                notes.append(hints.pop("truncated"))
            text, more = bound_text(text)
            notes += more
        else:
            text, encoding = decode_text(data, path)
            if encoding != "utf-8":
                extra["encoding"] = encoding
            text, more = bound_text(text)
            notes += more
            if suffix in (".md", ".markdown"):
                text, hints = split_front_matter(text)
                heading = re.search(r"^#\s+(.+?)\s*#*\s*$", text, re.M)
                if heading and "title" not in hints:
                    hints["title"] = heading.group(1)
        pages_text = text_pages(text)
        if not any(t.strip() for t in pages_text):
            raise ReadError(path, "no text")
    if notes:
        extra["truncated"] = "truncated: " + "; ".join(notes)

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


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    try:
        if limit is not None:
            with path.open("rb") as fh:
                return fh.read(limit)
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


# ------------------------------------------------------------------------------------------------ bounds

MAX_READ_BYTES = 64 * 2**20  # bytes of a text or HTML file read (memory stays bounded); PDFs are read by page
MAX_DOC_CHARS = 10_000_000  # text kept per document (a 10-K is about 0.5 M); the rest is cut, with a note
MAX_PAGE_CHARS = 200_000  # text kept per PDF page
MAX_LINE_CHARS = 5_000  # longer lines are broken at spaces (or hard, when they have none)
MAX_RUN_CHARS = 500  # characters without a space (encoded data, not words) beyond this are cut
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN_CHARS + 1))  # anchored at a run's start: linear


def bound_text(text: str) -> tuple[str, list[str]]:
    """Text within the limits above, and notes saying what was cut ([] when nothing was). Linear time."""
    notes: list[str] = []
    if len(text) > MAX_DOC_CHARS:
        notes.append(f"text cut at {MAX_DOC_CHARS:,} of {len(text):,} characters")
        text = text[:MAX_DOC_CHARS]
    runs = 0

    def shorten(m: re.Match[str]) -> str:
        nonlocal runs
        runs += 1
        return m.group()[:MAX_RUN_CHARS] + " [...]"

    text = _LONG_RUN.sub(shorten, text)
    if runs:
        notes.append(f"{runs} runs of over {MAX_RUN_CHARS} characters without a space cut")
    if any(len(line) > MAX_LINE_CHARS for line in text.split("\n")):
        text = "\n".join(_wrap(line) for line in text.split("\n"))
    return text, notes


def _wrap(line: str, limit: int = MAX_LINE_CHARS) -> str:
    if len(line) <= limit:
        return line
    pieces, pos = [], 0
    while len(line) - pos > limit:
        cut = line.rfind(" ", pos + limit // 2, pos + limit)
        cut = cut if cut != -1 else pos + limit
        pieces.append(line[pos:cut])
        pos = cut + (1 if line[cut : cut + 1] == " " else 0)
    pieces.append(line[pos:])
    return "\n".join(pieces)


def bound_pages(texts: list[str]) -> tuple[list[str], list[str]]:
    """PDF page texts within the per-page and per-document limits, and notes on what was cut."""
    notes: list[str] = []
    out: list[str] = []
    total = 0
    cut_pages = 0
    for i, page in enumerate(texts):
        if len(page) > MAX_PAGE_CHARS:
            page = page[:MAX_PAGE_CHARS]
            cut_pages += 1
        if total + len(page) > MAX_DOC_CHARS:
            notes.append(f"text cut at {MAX_DOC_CHARS:,} characters (pages {i + 1}-{len(texts)} left out)")
            break
        total += len(page)
        page, more = bound_text(page)
        if more and not any("without a space" in n for n in notes):
            notes += [n for n in more if "without a space" in n]
        out.append(page)
    if cut_pages:
        notes.insert(0, f"{cut_pages} pages cut at {MAX_PAGE_CHARS:,} characters")
    return out, notes


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


_DROP_TAGS = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "form",
                        "head", "title", "iframe", "object", "canvas", "button", "select", "textarea"})
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr",
    "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "caption", "hr", "address", "body",
})
_TIGHT_BLOCKS = frozenset({"li", "tr", "dt", "dd"})  # one line break around them, not a blank line
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                        "source", "track", "wbr", "keygen"})
MAX_HTML_DEPTH = 256  # deeper nesting is flattened (its text is kept; libxml2 itself stops at 2048)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])", re.I)
# possessive quantifiers: no backtracking, so each "<" costs at most the distance to the next "<" or ">"
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*+)([^<>]*+)>")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})""", re.I)


def _decode_html(data: bytes, path: Path | str) -> str:
    """BOM, else a <meta charset> in the first 4 KB, else UTF-8, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data:
        raise ReadError(path, "binary content (NUL bytes), not HTML")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _flatten_deep_nesting(html: str, limit: int = MAX_HTML_DEPTH) -> tuple[str, int]:
    """Tags nested deeper than ``limit`` replaced by line breaks (their text stays), in one linear pass;
    returns the new markup and how many tags were flattened."""
    out: list[str] = []
    stack: list[str] = []
    flattened = 0
    pos = 0
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        if name in _VOID_TAGS or m.group(3).rstrip().endswith("/"):
            continue
        if not closing:
            stack.append(name)
            if len(stack) > limit:
                out.append(html[pos : m.start()])
                out.append("\n")
                pos = m.end()
                flattened += 1
        elif stack and stack[-1] == name:
            if len(stack) > limit:
                out.append(html[pos : m.start()])
                out.append("\n")
                pos = m.end()
            stack.pop()
    if not flattened:
        return html, 0
    out.append(html[pos:])
    return "".join(out), flattened


def _hidden(el: Any) -> bool:
    """Text a reader of the page never sees: the ``hidden`` attribute, display:none, visibility:hidden,
    font-size:0 (inline styles), aria-hidden is not hiding (screen readers skip it, eyes do not)."""
    attrib = el.attrib
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def html_to_text(data: bytes, path: Path | str = "<bytes>") -> tuple[str, dict[str, Any]]:
    """Visible text of an HTML page, one block per paragraph, table rows on one line; plus {"title": ...}.

    Linear in the size of the page: libxml2 parses; one iterative walk (no recursion) collects the text.
    Scripts, styles, page chrome (nav, header, footer, aside, forms), comments and hidden elements are left
    out. Nesting deeper than ``MAX_HTML_DEPTH`` is flattened (``hints["truncated"]`` says so)."""
    import lxml.etree as etree

    html = _decode_html(data, path)
    html, flattened = _flatten_deep_nesting(html)
    hints: dict[str, Any] = {}
    parser = etree.HTMLParser(recover=True, huge_tree=True, remove_comments=True, remove_pis=True,
                              no_network=True)
    try:
        root = etree.fromstring(html.encode("utf-8"), parser) if html.strip() else None
    except (etree.ParserError, ValueError):
        root = None
    if root is None:
        return "", hints
    title = root.find(".//title")
    if title is not None:
        words = " ".join("".join(title.itertext()).split())
        if words:
            hints["title"] = words
    parts: list[str] = []
    skip = 0  # depth inside a dropped or hidden element
    heading_at: list[int] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        name = tag.lower()
        if event == "start":
            if skip or name in _DROP_TAGS or not tag or _hidden(el):
                skip += 1
                continue
            if name in _HEADINGS:
                parts.append("\n\n")
                heading_at.append(len(parts))
            elif name in _BLOCK_TAGS:
                parts.append("\n" if name in _TIGHT_BLOCKS else "\n\n")
            elif name == "br":
                parts.append("\n")
            if el.text:
                parts.append(el.text)
            continue
        if skip:
            skip -= 1
            if skip == 0 and el.tail:
                parts.append(el.tail)
            continue
        if name in _HEADINGS and heading_at:
            start = heading_at.pop()
            words = " ".join("".join(parts[start:]).split())
            del parts[start:]
            parts.append(f"{'#' * _HEADINGS[name]} {words}\n\n" if words else "")
        elif name in ("td", "th"):
            parts.append(" ")
        elif name in _BLOCK_TAGS:
            parts.append("\n" if name in _TIGHT_BLOCKS else "\n\n")
        if el.tail:
            parts.append(el.tail)
    text = "".join(parts)
    if "title" not in hints:
        heading = re.search(r"^#\s+(.+)$", text, re.M)
        if heading:
            hints["title"] = heading.group(1).strip()
    if flattened:
        hints["truncated"] = f"nesting deeper than {MAX_HTML_DEPTH} levels flattened ({flattened} tags)"
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

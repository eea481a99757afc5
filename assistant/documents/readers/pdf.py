"""PDF text through pypdfium2, behind a small protocol so another backend can be swapped in.

pypdfium2 is imported inside the function: importing this module stays cheap.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class PdfError(Exception):
    """A PDF that cannot be read; the message is the problem, without the path."""


class PdfBackend(Protocol):
    def page_texts(self, path: Path) -> list[str]:
        """Raw text of every page, in order (index 0 is page 1). Raises ``PdfError``."""
        ...


# A PDF ends with "%%EOF" (possibly followed by a little junk); a file cut short does not.
_TAIL_BYTES = 2048


def check_pdf_bytes(path: Path) -> None:
    """Cheap structural checks before handing the file to a parser: header and end marker."""
    size = path.stat().st_size
    with path.open("rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, size - _TAIL_BYTES))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise PdfError("not a PDF (no %PDF header)")
    if b"%%EOF" not in tail:
        raise PdfError("truncated PDF (no %%EOF marker at the end)")


class PdfiumBackend:
    """Reads page text with PDFium; one page open at a time so memory stays flat on long documents."""

    name = "pdfium"

    def page_texts(self, path: Path) -> list[str]:
        import pypdfium2 as pdfium

        check_pdf_bytes(path)
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            message = str(exc)
            if "password" in message.lower():
                raise PdfError("encrypted PDF (needs a password)") from None
            raise PdfError(f"damaged PDF ({message.rstrip('.')})") from None
        try:
            texts: list[str] = []
            for index in range(len(doc)):
                try:
                    page = doc[index]
                except pdfium.PdfiumError as exc:
                    raise PdfError(f"damaged PDF (page {index + 1}: {str(exc).rstrip('.')})") from None
                try:
                    textpage = page.get_textpage()
                    try:
                        texts.append(textpage.get_text_bounded())
                    finally:
                        textpage.close()
                except pdfium.PdfiumError as exc:
                    raise PdfError(f"damaged PDF (page {index + 1}: {str(exc).rstrip('.')})") from None
                finally:
                    page.close()
            return texts
        finally:
            doc.close()

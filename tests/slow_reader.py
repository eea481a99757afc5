"""A fake PDF backend for the reader time-bound tests (issue 14), importable by a spawned worker process.

``HangingPdf`` stands in for PDFium on a pathological file: for a PDF whose name contains ``hang_on`` it never
returns and ignores SIGTERM and SIGINT (as C code busy in a parser would); any other PDF gives one page of
fixed text. No clock is read: the hang is deterministic, only the limit under test ends it.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path


class HangingPdf:
    name = "hanging-fake"

    def __init__(self, hang_on: str = "stuck", crash_on: str = "") -> None:
        self.hang_on = hang_on
        self.crash_on = crash_on

    def page_texts(self, path: Path) -> list[str]:
        if self.crash_on and self.crash_on in path.name:
            os._exit(70)  # a parser crash takes the whole reader process with it
        if self.hang_on in path.name:
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, signal.SIG_IGN)
            threading.Event().wait()  # forever
        stem = path.stem.replace("_", " ")
        return [f"{stem} annual review\n\nThe cooperative shipped barley and oats to mills in {stem} county. "
                "Its board approved a new grain dryer for the coming harvest season."]


class GatedPdf:
    """For a PDF whose name contains ``wait_on``, reading ends only once the file ``gate`` exists (the test's
    embedder creates it when it is first called); any other PDF gives one page of fixed text at once. No clock
    decides anything: only whether the embedder has been called."""

    name = "gated-fake"

    def __init__(self, gate: str, wait_on: str = "late") -> None:
        self.gate = gate
        self.wait_on = wait_on

    def page_texts(self, path: Path) -> list[str]:
        if self.wait_on in path.name:
            while not os.path.exists(self.gate):
                threading.Event().wait(0.02)
        stem = path.stem.replace("_", " ")
        return [f"{stem} quarterly letter\n\nThe cooperative sold apples and pears to grocers around {stem}. "
                "Its members voted to build a cold store before the next harvest."]

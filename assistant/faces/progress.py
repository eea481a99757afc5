"""A transient status line for the faces: what mia is doing and for how long, never what the model drafts."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console

__all__ = ["Progress"]


class Progress:
    """A transient status line: what mia is doing and the seconds since the question was asked.

    The draft itself is never shown; while the model writes, only the number of words written is."""

    def __init__(self, console: "Console") -> None:
        self.console = console
        self._status: Any = None
        self._stage = ""
        self._words: int | None = None
        self._t0 = 0.0
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, stage: str) -> None:
        self._t0, self._stage = time.perf_counter(), stage
        self._status = self.console.status(self.text(), spinner="dots")
        self._status.start()
        self._thread = threading.Thread(target=self._tick, name="mia-progress", daemon=True)
        self._thread.start()

    def stage(self, stage: str, words: int | None = None) -> None:
        self._stage, self._words = stage, words
        self._refresh()

    def text(self) -> str:
        words = f" · {self._words} words" if self._words else ""
        return f"{self._stage}…{words} · {time.perf_counter() - self._t0:.1f} s"

    def _refresh(self) -> None:
        status = self._status
        if status is not None:
            status.update(self.text())

    def _tick(self) -> None:
        while not self._done.wait(0.25):
            self._refresh()

    def stop(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        if self._status is not None:
            self._status.stop()
            self._status = None

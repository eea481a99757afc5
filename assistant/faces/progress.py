"""A transient status line for the faces: what mia is doing and for how long, never what the model drafts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
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


def progress_callbacks(progress: Progress | None) -> tuple[Callable[[str], None], Callable[[str], None]]:
    """The ``on_token`` and ``on_stage`` callbacks that keep a status line up to date (stage, words of the
    draft so far): the draft's tokens are only counted, never shown. With no status line both do nothing."""
    words = [0]

    def on_token(token: str) -> None:
        words[0] += len(token.split())
        if progress is not None:
            progress.stage("writing the answer", words[0])

    def on_stage(stage: str) -> None:
        if progress is not None:
            progress.stage(stage, words[0] if stage == "writing the answer" else None)

    return on_token, on_stage

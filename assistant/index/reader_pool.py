"""Reading files in a worker process with a time bound per file (issue 14).

PDFium is C code: a pathological PDF can keep it busy for as long as it likes, and nothing inside the process
that called it can interrupt it. So reading happens in a spawned worker process, and a file that is not done
``limit_s`` seconds after the ingest starts waiting for it costs that process: it is killed (SIGKILL, which C
code cannot ignore), a fresh one is started, the files queued behind it are handed to the new one, and the
slow file gets the result ``timed_out(job, limit_s)`` (a per-file "timed out" line). A worker that dies while
reading (a crash inside the parser) is handled the same way (``crashed(job)``). The caller sees every job's
result, in order, exactly once.

The clock starts when the caller starts waiting for a file, after the worker has started up (its imports are
not counted), so a file is given at least ``limit_s`` seconds (more when the worker reads it while the caller is
still embedding earlier files); never less.

``on_wait`` (issue 15): when the next result is not ready yet, the caller is called back (in its own thread) before
it waits, so that it can do the work it has instead of idling while the worker reads (an ingest embeds the chunks
it has gathered); the clock of the file starts after that work.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

R = TypeVar("R")


def _warm(fn: Callable[..., Any]) -> None:
    """Run in a new worker: unpickling ``fn`` imports its module, so starting up is not counted as reading."""


def _new_pool(fn: Callable[..., Any], initializer: Callable[[], None] | None) -> ProcessPoolExecutor:
    """A started worker (its start-up and imports done, waited for without a bound: no file is read yet)."""
    # spawn, not fork: the embedder's runtime threads may already be running in the calling process
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer)
    pool.submit(_warm, fn).result()
    return pool


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the pool's worker (it may be stuck in C code that ignores everything but SIGKILL), then shut the
    pool down; its pending futures end as broken."""
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            proc.kill()
        except (OSError, ValueError):  # already gone
            pass
    pool.shutdown(wait=True, cancel_futures=True)


def run_bounded(fn: Callable[..., R], jobs: Iterable[tuple[Any, ...]], *, ahead: int, limit_s: float | None,
                timed_out: Callable[[tuple[Any, ...], float], R], crashed: Callable[[tuple[Any, ...]], R],
                initializer: Callable[[], None] | None = None,
                on_wait: Callable[[], None] | None = None) -> Iterator[R]:
    """``fn(*job)`` for each job, run in one worker process at most ``ahead`` + 1 jobs ahead of the caller, the
    results yielded in the jobs' order. ``limit_s`` (None or <= 0: no bound) and ``on_wait`` (called when the next
    result is not ready yet, before waiting for it): see the module docstring."""
    bound = limit_s if limit_s and limit_s > 0 else None
    queue = iter(jobs)
    pool = _new_pool(fn, initializer)
    waiting: deque[tuple[tuple[Any, ...], Future[R]]] = deque()

    def fill() -> None:
        while len(waiting) <= ahead:
            job = next(queue, None)
            if job is None:
                return
            waiting.append((job, pool.submit(fn, *job)))

    try:
        fill()
        while waiting:
            job, fut = waiting[0]
            if on_wait is not None and not fut.done():
                on_wait()  # the caller's own work first; the file's clock starts after it
            try:
                result = fut.result(timeout=bound)
            except (FutureTimeout, BrokenProcessPool) as exc:
                # the worker is stuck on (or died reading) this job: a new worker takes the jobs behind it
                result = timed_out(job, bound or 0.0) if isinstance(exc, FutureTimeout) else crashed(job)
                waiting.popleft()
                _stop(pool)
                pool = _new_pool(fn, initializer)
                rest = [j for j, _ in waiting]
                waiting.clear()
                for j in rest:
                    waiting.append((j, pool.submit(fn, *j)))
            else:
                waiting.popleft()
            fill()
            yield result
    finally:
        for _, fut in waiting:
            fut.cancel()
        if waiting:  # the caller stopped early (Ctrl-C, an error): a worker busy with a stuck file is not awaited
            _stop(pool)
        else:
            pool.shutdown(wait=True, cancel_futures=True)

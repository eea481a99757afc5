"""The evaluation suite: answer quality, citation quality, retrieval and research-efficiency gains.

``run_suite`` (in :mod:`.runner`) is the entry point; the CLI's ``mia eval`` calls it. Grading rules live in
:mod:`.metrics` and :mod:`.numbers`, the effort model in :mod:`.effort`, baselines in :mod:`.baselines`.
Nothing heavy is imported here.
"""

from __future__ import annotations

from typing import Any

__all__ = ["run_suite"]


def run_suite(*args: Any, **kwargs: Any) -> dict:
    """See :func:`assistant.evaluate.runner.run_suite`."""
    from .runner import run_suite as _run

    return _run(*args, **kwargs)

"""Which pages are primary financial statements, worked out once at ingest instead of at every search.

Retrieval hints (``retrieve/hints.metric_pages``) and fact picking (``finance/select``) ask of many pages "which
statement is this page, and does its title say so?" (``finance.statements.statement_kind`` / ``titled_kind``).
Asked at query time that costs a page read and the statement rule per page (about 1 ms each, tens of pages a
question). ``page_kinds(pages)`` answers it for every page of a document while it is ingested; the index stores
the statement pages with ``RULE``, a fingerprint of the rule's source (``finance.statements`` and every module
of this package it reads). When the rule changes, the stored answers no longer count (``Index`` says it has
none, so callers compute them as before) until the next ingest works them out again from the stored pages.

May import: ``finance`` (the statement rule), ``types``.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections.abc import Iterable
from types import ModuleType

from ..finance import statements
from ..types import Page

PACKAGE = __name__.split(".")[0]  # "assistant"


def _package_modules(module: ModuleType) -> list[ModuleType]:
    """``module`` and every module of this package it uses, directly or through them (sorted by name)."""
    seen: dict[str, ModuleType] = {}
    todo = [module]
    while todo:
        mod = todo.pop()
        if mod.__name__ in seen:
            continue
        seen[mod.__name__] = mod
        for value in vars(mod).values():
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
            if isinstance(name, str) and (name == PACKAGE or name.startswith(PACKAGE + ".")) and name in sys.modules:
                todo.append(sys.modules[name])
    return [seen[n] for n in sorted(seen)]


@functools.cache
def rule_fingerprint() -> str:
    """16 hex digits of sha256 over the source files of the statement rule's modules."""
    digest = hashlib.sha256()
    for mod in _package_modules(statements):
        file = getattr(mod, "__file__", None)
        if file:
            digest.update(mod.__name__.encode())
            with open(file, "rb") as fh:
                digest.update(fh.read())
    return digest.hexdigest()[:16]


def page_kind(text: str | None) -> tuple[str | None, bool]:
    """(statement kind or None, whether its title says so): what ``finance.select`` asks of a page."""
    kind = statements.statement_kind(text) if text else None
    return kind, bool(kind and statements.titled_kind(text))


def page_kinds(pages: Iterable[Page]) -> dict[int, tuple[str, bool]]:
    """Page number -> (statement kind, titled) for the pages of one document that are statements."""
    out: dict[int, tuple[str, bool]] = {}
    for p in pages:
        kind, titled = page_kind(p.text)
        if kind is not None:
            out[int(p.page)] = (kind, titled)
    return out

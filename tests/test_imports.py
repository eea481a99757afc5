"""The package's import graph: no cycles, and every import goes down the stage order.

The graph is read from the source (ast over ``assistant/**/*.py``), so it sees module-level imports AND imports
inside functions (a lazy import that closes a cycle is still a cycle) and ``if TYPE_CHECKING:`` imports.
Third-party imports are not part of the graph (heavy ones such as torch or llama_cpp stay lazy on purpose).

Stage order (``DEVELOPERS.md``): an import may go to a lower rank, or stay inside its own package; two different
packages of the same rank (``text`` and ``llm``, ``documents`` and ``finance``) do not import each other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

RANKS = {
    "types": 0, "config": 0,
    "text": 1, "llm": 1,
    "documents": 2, "finance": 2,
    "index": 3,
    "query": 4,
    "retrieve": 5,
    "answer": 6,
    "lc_adapters": 7, "charts": 7,
    "api": 8,
    "evaluate": 9,
    "faces": 10,
    "": 11,  # assistant/__init__.py: `from assistant import Assistant`
}  # fmt: skip


def modules(root: Path) -> dict[str, Path]:
    """Dotted name -> file, for every module of the package at ``root`` (a package is its ``__init__``)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def imports(root: Path) -> dict[str, set[str]]:
    """Module -> the package modules it imports, anywhere in its body."""
    mods = modules(root)
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        is_package = path.name == "__init__.py"
        package = name.split(".") if is_package else name.split(".")[:-1]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package[: len(package) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                subs = [f"{module}.{a.name}" for a in node.names if f"{module}.{a.name}" in mods]
                # `from .pkg import sub` imports the submodule; `from .mod import name` imports the module
                targets = subs + ([module] if len(subs) < len(node.names) else [])
            for t in targets:
                if t in mods and t != name:
                    edges.add(t)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None."""
    state: dict[str, int] = {}  # 1: on the stack, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def stage(module: str) -> str:
    """The stage a module belongs to: its first part below the package ("" for the package itself)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def order_violations(graph: dict[str, set[str]], ranks: dict[str, int]) -> list[str]:
    bad = []
    for src, targets in sorted(graph.items()):
        for dst in sorted(targets):
            a, b = stage(src), stage(dst)
            if a == b:
                continue
            if a not in ranks or b not in ranks:
                bad.append(f"{src} -> {dst}: stage {a if a not in ranks else b!r} has no rank in RANKS")
            elif ranks[b] >= ranks[a]:
                bad.append(f"{src} -> {dst}: {a} (rank {ranks[a]}) may not import {b} (rank {ranks[b]})")
    return bad


# ---- the package --------------------------------------------------------------------------------------


def test_the_package_has_no_import_cycle():
    assert find_cycle(imports(PACKAGE)) is None


def test_every_import_goes_down_the_stage_order():
    assert order_violations(imports(PACKAGE), RANKS) == []


def test_types_imports_nothing_from_the_package():
    assert imports(PACKAGE)["assistant.types"] == set()


def test_the_graph_sees_the_real_imports():
    graph = imports(PACKAGE)
    assert "assistant.answer.intents" in graph["assistant.answer.answerer"]  # module level
    assert "assistant.index.ingest" in graph["assistant.api"]  # inside a method
    assert "assistant.finance.formulas" in graph["assistant.answer.facts_path"]  # `from ..finance import formulas`


# ---- the checks can fail -------------------------------------------------------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, text in {"__init__.py": "", **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_a_lazy_import_that_closes_a_cycle_is_found(tmp_path):
    root = _package(tmp_path, {
        "low/__init__.py": "",
        "low/a.py": "def f():\n    from ..high.b import g\n    return g\n",
        "high/__init__.py": "",
        "high/b.py": "from ..low.a import f\n\ndef g():\n    return f\n",
    })  # fmt: skip
    cycle = find_cycle(imports(root))
    assert cycle is not None and {"pkg.low.a", "pkg.high.b"} <= set(cycle)


def test_an_upward_import_is_reported(tmp_path):
    root = _package(tmp_path, {
        "low/__init__.py": "",
        "low/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..high import b\n",
        "high/__init__.py": "",
        "high/b.py": "X = 1\n",
    })  # fmt: skip
    assert order_violations(imports(root), {"low": 0, "high": 1, "": 2}) == [
        "pkg.low.a -> pkg.high.b: low (rank 0) may not import high (rank 1)"
    ]


def test_sibling_stages_of_one_rank_may_not_import_each_other(tmp_path):
    root = _package(tmp_path, {"a.py": "from . import b\n", "b.py": "X = 1\n"})
    assert order_violations(imports(root), {"a": 1, "b": 1, "": 2}) == [
        "pkg.a -> pkg.b: a (rank 1) may not import b (rank 1)"
    ]


@pytest.mark.parametrize("stage_name", sorted(RANKS))
def test_every_rank_names_a_stage_that_exists(stage_name):
    assert stage_name == "" or (PACKAGE / stage_name).is_dir() or (PACKAGE / f"{stage_name}.py").is_file()

"""The layers of docs/architecture.md, checked on the import graph (grimp, the graph behind
import-linter): every import statement counts, lazy ones inside functions and TYPE_CHECKING ones
included."""

from __future__ import annotations

import subprocess
import sys

import grimp
import pytest

# lowest first; a layer may import any layer below it, never one above; siblings in one tuple
# may not import each other
LAYERS: tuple[tuple[str, ...], ...] = (
    ("read",),
    ("parse",),
    ("store",),
    ("search", "track", "access"),
    ("ingest", "report", "compare", "answers"),
    ("workspace",),
    ("web",),
    ("cli",),  # `plantrack serve` starts the web app
    ("__main__",),  # python -m plantrack
)
# records, errors and inert spreadsheet cells: importable from everywhere, import nothing
BASE = ("model", "errors", "cells")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("plantrack", cache_dir=None)


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _rank() -> dict[str, int]:
    return {name: level for level, names in enumerate(LAYERS) for name in names}


def test_every_package_has_a_layer(graph: grimp.ImportGraph) -> None:
    known = set(_rank()) | set(BASE) | {""}
    assert {_package(m) for m in graph.modules} <= known


def test_layers_only_look_down(graph: grimp.ImportGraph) -> None:
    rank = _rank()
    wrong = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            a, b = _package(module), _package(imported)
            if a == b or b in BASE or a == "":  # the root package re-exports the Workspace
                continue
            if a in BASE or b == "" or rank.get(b, -1) >= rank.get(a, -1):
                wrong.append(f"{module} -> {imported}")
    assert wrong == []


def test_no_import_circle(graph: grimp.ImportGraph) -> None:
    circles = [sorted(c) for c in _strongly_connected(graph) if len(c) > 1]
    assert circles == []


def test_web_and_cli_reach_the_store_only_through_the_workspace(graph: grimp.ImportGraph) -> None:
    direct = [
        f"{m} -> {i}"
        for m in sorted(graph.modules)
        if _package(m) in ("web", "cli")
        for i in sorted(graph.find_modules_directly_imported_by(m))
        if _package(i) == "store"
    ]
    assert direct == []


def test_users_list_loads_no_web_framework(tmp_path) -> None:
    code = (
        "import sys; from plantrack.cli import main\n"
        "try:\n"
        f"    main(['--db', {str(tmp_path / 'x.db')!r}, 'users', 'list'], standalone_mode=False)\n"
        "finally:\n"
        "    print(sorted({m.split('.')[0] for m in sys.modules}"
        " & {'fastapi', 'starlette', 'uvicorn', 'jinja2'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _strongly_connected(graph: grimp.ImportGraph) -> list[set[str]]:
    """Tarjan's algorithm over the module graph (iterative: no recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for root in sorted(graph.modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append(
                        (child, iter(sorted(graph.find_modules_directly_imported_by(child))))
                    )
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found

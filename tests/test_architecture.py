"""The import drawing: layers run one way, packages form no cycle.

The layers are the pipeline of ARCHITECTURE.md read bottom-up. A module may import from its
own layer or a lower one, never a higher one (function-local imports count: they hide an
arrow, they do not remove it). The client and server runtimes are copied into every
generated package, so they import nothing from specbind at all.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "specbind"

LAYERS: list[tuple[str, set[str]]] = [
    ("foundation", {"__init__", "errors", "processes", "fsutil", "config", "progress", "render"}),
    ("document", {"openapi"}),
    ("project", {"versioning", "freshness", "metadata", "generation", "release"}),
    ("generators", {"client", "server"}),
    ("stages", {"conformance", "diff", "fetch"}),
    ("orchestration", {"preflight", "publish", "upgrade", "generators", "ci"}),
    ("entry", {"cli", "__main__"}),
]
LAYER_OF = {unit: index for index, (_, units) in enumerate(LAYERS) for unit in units}


def _unit(module: str) -> str:
    """`specbind.client.views` -> `client`; `specbind` -> `__init__`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(SOURCE.rglob("*.py")):
        parts = path.relative_to(SOURCE).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(("specbind", *parts)), path


def _imports(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """Every specbind module `module` imports, with the line (relative imports resolved)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in _MODULE_NAMES else base
                for alias in node.names
            ]
        else:
            continue
        for name in names:
            if name == "specbind" or name.startswith("specbind."):
                yield name, node.lineno


_MODULE_NAMES = {module for module, _ in _modules()}


def _runtime(module: str) -> bool:
    return module.startswith(("specbind.client.runtime", "specbind.server.runtime"))


def test_every_unit_has_a_layer() -> None:
    units = {_unit(module) for module, _ in _modules()}
    assert units - LAYER_OF.keys() == set()
    assert LAYER_OF.keys() - units == set()


def test_no_import_runs_up_a_layer() -> None:
    upward = [
        f"{path.relative_to(SOURCE.parent)}:{line}: {_unit(module)} "
        f"({LAYERS[LAYER_OF[_unit(module)]][0]}) imports {target} "
        f"({LAYERS[LAYER_OF[_unit(target)]][0]})"
        for module, path in _modules()
        if not _runtime(module)
        for target, line in _imports(module, path)
        if LAYER_OF[_unit(target)] > LAYER_OF[_unit(module)]
    ]
    assert upward == []


def test_units_form_no_cycle() -> None:
    graph: dict[str, set[str]] = {}
    for module, path in _modules():
        if _runtime(module):
            continue
        for target, _ in _imports(module, path):
            if _unit(target) != _unit(module):
                graph.setdefault(_unit(module), set()).add(_unit(target))
    cycles = [
        f"{a} -> {b} -> {a}"
        for a, targets in graph.items()
        for b in targets
        if a in graph.get(b, ())
    ]
    assert cycles == []
    assert _cycle(graph) == []


def test_modules_form_no_cycle() -> None:
    graph = {
        module: {target for target, _ in _imports(module, path) if target in _MODULE_NAMES}
        for module, path in _modules()
    }
    assert _cycle(graph) == []


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of `graph` as the path that closes it, or [] when there is none."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str]:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return []
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if found := visit(target):
                return found
        path.pop()
        done.add(node)
        return []

    for node in sorted(graph):
        if found := visit(node):
            return found
    return []


@pytest.mark.parametrize("module", [m for m, _ in _modules() if _runtime(m)])
def test_the_runtimes_import_nothing_from_specbind(module: str) -> None:
    """Its modules may import each other (they travel together), nothing else of ours."""
    path = dict(_modules())[module]
    assert [target for target, _ in _imports(module, path) if not _runtime(target)] == []


def test_architecture_md_names_every_module_and_no_other() -> None:
    text = (SOURCE.parents[1] / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"^- `([\w/]+\.py)`:", text, re.M))
    present = {path.relative_to(SOURCE).as_posix() for path in SOURCE.rglob("*.py")}
    assert sorted(present - named) == []
    assert sorted(named - present) == []


def test_architecture_md_draws_the_same_layers() -> None:
    text = (SOURCE.parents[1] / "ARCHITECTURE.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\w+) \| (`[^|]+) \|", text, re.M))
    drawn = {layer: set(re.findall(r"`(\w+)`", units)) for layer, units in rows.items()}
    assert drawn == {layer: units for layer, units in LAYERS}

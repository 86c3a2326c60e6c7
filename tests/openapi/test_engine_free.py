"""The document layer knows nothing of the client engine: what openapi-python-client needs
happens on the client's path (`specbind.client.engine_passes`)."""

from __future__ import annotations

import ast
from pathlib import Path

import specbind.openapi

OPENAPI = Path(specbind.openapi.__file__).parent
ENGINE = "openapi_python_client"


def _engine_imports(path: Path) -> list[int]:
    """The line of every import of the engine in `path`, at any depth (lazy ones too)."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        if any(name == ENGINE or name.startswith(f"{ENGINE}.") for name in names):
            lines.append(node.lineno)
    return lines


def test_nothing_under_specbind_openapi_imports_the_client_engine() -> None:
    modules = sorted(OPENAPI.rglob("*.py"))
    assert OPENAPI / "normalise" / "__init__.py" in modules
    found = [
        f"{path.relative_to(OPENAPI)}:{line}" for path in modules for line in _engine_imports(path)
    ]
    assert found == []


def test_an_engine_import_anywhere_in_a_module_is_seen(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import json\n"
        "from openapi_python_client import strings\n"
        "def later():\n"
        "    import openapi_python_client.parser.openapi\n"
        "    from specbind.openapi import refs\n"
    )
    assert _engine_imports(probe) == [2, 4]

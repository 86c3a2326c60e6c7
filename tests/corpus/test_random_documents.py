"""Random valid OpenAPI 3.0 and 3.1 documents: importable code, or an error naming a pointer.

Hypothesis builds documents with random (often hostile) names and texts, component
schemas that refer to each other (recursion included), nullable fields in both
spellings, enums, parameters of every location and JSON bodies. Each document is
generated into a client and a server: either every generated module imports (in a
fresh interpreter) and each side has every operation, or generation stops with a
SpecbindError whose text names a JSON pointer. Anything else is a failure.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from hypothesis import strategies as st

from specbind.client import generate_client
from specbind.errors import SpecbindError
from specbind.server import generate_server
from tests.conftest import scratch_config

POINTER = re.compile(r"#?/(paths|components)/")
HOSTILE_WORDS = [
    '"""',
    "'''",
    "\\",
    "\\N{BULLET}",
    "{{ x }}",
    "{% raw %}",
    "\x00",
    "\x1b",
    "class",
    "from",
    "self",
    "None",
    "1st",
    "é",
    "a-b",
    "a.b",
    "",
]
_counter = itertools.count()

text = st.one_of(st.sampled_from(HOSTILE_WORDS), st.text(max_size=12))
name = st.one_of(
    st.sampled_from(HOSTILE_WORDS[:-1]),
    st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,10}", fullmatch=True),
    st.text(min_size=1, max_size=8),
)

component_name = st.one_of(
    st.sampled_from(["class", "None", "self", "1st", "a.b", "a-b", "_", "foo.Bar", "Model"]),
    st.from_regex(r"[A-Za-z0-9._-]{1,10}", fullmatch=True),
)


@st.composite
def scalar_schema(draw: st.DrawFn, version: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "integer", "number", "boolean"]))
    schema: dict[str, Any] = {"type": kind, "description": draw(text)}
    if kind == "string" and draw(st.booleans()):
        schema["enum"] = draw(st.lists(text, min_size=1, max_size=4, unique=True))
    if draw(st.booleans()):
        if version.startswith("3.0"):
            schema["nullable"] = True
        else:
            schema["type"] = [kind, "null"]
    return schema


@st.composite
def document(draw: st.DrawFn) -> dict[str, Any]:
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    # Component keys must match ^[a-zA-Z0-9._-]+$ (OpenAPI 3.0 and 3.1); hostile within that.
    schema_names = draw(st.lists(component_name, min_size=1, max_size=4, unique=True))
    refs = [
        {"$ref": "#/components/schemas/" + n.replace("~", "~0").replace("/", "~1")}
        for n in schema_names
    ]
    schemas: dict[str, Any] = {}
    for schema_name in schema_names:
        properties: dict[str, Any] = {}
        for prop in draw(st.lists(name, max_size=4, unique=True)):
            choice = draw(st.integers(0, 3))
            if choice == 0:
                properties[prop] = draw(st.sampled_from(refs))
            elif choice == 1:
                properties[prop] = {"type": "array", "items": draw(scalar_schema(version))}
            else:
                properties[prop] = draw(scalar_schema(version))
        schemas[schema_name] = {
            "type": "object",
            "description": draw(text),
            "properties": properties,
            "required": draw(
                st.lists(st.sampled_from(sorted(properties) or [""]), max_size=2, unique=True)
            )
            if properties
            else [],
        }
        if not schemas[schema_name]["required"]:
            del schemas[schema_name]["required"]
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        segment = draw(st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True))
        with_id = draw(st.booleans())
        path = f"/{segment}{index}" + ("/{item_id}" if with_id else "")
        item: dict[str, Any] = {}
        for method in draw(
            st.lists(
                st.sampled_from(["get", "post", "put", "delete"]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        ):
            operation: dict[str, Any] = {
                "summary": draw(text),
                "description": draw(text),
                "responses": {
                    "200": {
                        "description": draw(text),
                        "content": {"application/json": {"schema": draw(st.sampled_from(refs))}},
                    }
                },
            }
            if draw(st.booleans()):
                operation["operationId"] = draw(name)
            parameters = []
            if with_id:
                parameters.append(
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                )
            for param_name in draw(st.lists(name, max_size=2, unique=True)):
                parameters.append(
                    {
                        "name": param_name,
                        "in": draw(st.sampled_from(["query", "header"])),
                        "required": draw(st.booleans()),
                        "description": draw(text),
                        "schema": draw(scalar_schema(version)),
                    }
                )
            if parameters:
                operation["parameters"] = parameters
            if method in ("post", "put"):
                operation["requestBody"] = {
                    "required": True,
                    "content": {"application/json": {"schema": draw(st.sampled_from(refs))}},
                }
            item[method] = operation
        paths[path] = item
    return {
        "openapi": version,
        "info": {"title": draw(text) or "t", "version": "1.0.0", "description": draw(text)},
        "servers": [{"url": "http://127.0.0.1:9"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "Authorization"}},
        },
        "security": [{"key": []}],
    }


def _operations(doc: dict[str, Any]) -> int:
    return sum(len(item) for item in doc["paths"].values())


_IMPORT_ALL = """
import importlib, pkgutil, sys
for package in sys.argv[1:]:
    root = importlib.import_module(package)
    for module in pkgutil.walk_packages(root.__path__, package + "."):
        importlib.import_module(module.name)
"""


def _generate_and_import(tmp_path: Path, doc: dict[str, Any]) -> None:
    """Both generators on `doc`: every module imports, or the error names a JSON pointer."""
    number = next(_counter)
    root = tmp_path / f"doc{number}"
    root.mkdir()
    spec = root / "openapi.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")
    config = scratch_config(root, f"random{number}")
    try:
        client = generate_client(config, spec, config.client_output)
        server = generate_server(config, spec, config.server_output)
    except SpecbindError as exc:
        text = " ".join([exc.message, *(f"{p.pointer} {p.message}" for p in exc.problems)])
        assert POINTER.search(text), f"the error names no JSON pointer: {text[:500]}"
        return
    assert client.operation_count == _operations(doc)
    assert server.operation_count == _operations(doc)
    paths = os.pathsep.join([str(config.client_output), str(config.server_output)])
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, config.client_package, config.server_package],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": paths, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.slow
@settings(
    max_examples=15,
    deadline=None,
    # The same examples on every run, so CI is deterministic; explore more locally with
    # `--hypothesis-seed=random`.
    derandomize=True,
    # Each example runs both generators (seconds); shrinking would take minutes, and the
    # failing document is printed whole anyway.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=document())
def test_random_document_generates_importable_code_or_names_a_pointer(
    tmp_path: Path, doc: dict[str, Any]
) -> None:
    note(json.dumps(doc))
    _generate_and_import(tmp_path, doc)


def test_names_that_python_normalises_still_import(tmp_path: Path) -> None:
    """Python reads identifiers in NFKC form (`µ` U+00B5 becomes `μ` U+03BC), file names not.

    Found by the random documents: an operationId with a micro sign became a module file
    `µ….py` that `from .μ… import` could not find.
    """
    model = {"$ref": "#/components/schemas/Model"}
    body = {"required": True, "content": {"application/json": {"schema": model}}}
    ok = {"200": {"description": "", "content": {"application/json": {"schema": model}}}}
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "nfkc", "version": "1.0.0"},
        "servers": [{"url": "http://127.0.0.1:9"}],
        "tags": [{"name": "µ-tag"}, {"name": "ﬁles"}],
        "paths": {
            "/m": {
                "put": {
                    "operationId": "\u009d\u00b5\u00c3\u00dbK\u00e3",
                    "tags": ["µ-tag"],
                    "requestBody": body,
                    "responses": ok,
                },
                "get": {"operationId": "ﬁnd_\u210c", "tags": ["ﬁles"], "responses": ok},
            },
        },
        "components": {
            "schemas": {
                "Model": {
                    "type": "object",
                    "properties": {"µ": {"type": "string"}, "ﬁeld": {"type": "integer"}},
                },
                "µModel": {"type": "object", "properties": {"x": {"type": "string"}}},
            }
        },
    }
    _generate_and_import(tmp_path, doc)

"""Hostile documents through the CLI: bounded, one line, exit 2, nothing written.

Each attack from issue 13's document-input part goes through `specbind validate PATH`,
`specbind generate client --spec PATH --out DIR` and `specbind diff A B` (in process,
with typer's runner: the same code path as the command, without an interpreter start
per case). Every refusal is one line naming the problem (and its JSON pointer where
there is one), exit status 2, no traceback, and an output directory left unwritten.
Names Python folds together, and names too long for a file, generate a client and a
server that import.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from specbind.cli import app
from tests.conftest import REPO
from tests.http_server import Reply, scripted_server
from tests.openapi.test_document import billion_laughs

SERVERS = [{"url": "https://api.example.com"}]


def _base(**extra: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "hostile", "version": "1.0.0"},
        "servers": SERVERS,
        "paths": {"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "ok"}}}}},
        **extra,
    }


def _nested_inline_schemas(levels: int) -> str:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"p": schema}}
    document = _base()
    document["paths"]["/x"]["get"]["responses"]["200"]["content"] = {
        "application/json": {"schema": schema}
    }
    return json.dumps(document)


HEAD = "openapi: 3.0.3\ninfo: {title: hostile, version: '1.0.0'}\npaths: {}\n"

# name -> (file name, text, what the one-line error says)
REFUSED: dict[str, tuple[str, str, str]] = {
    "alias-bomb": ("bomb.yaml", billion_laughs(), "not read: YAML aliases expand"),
    "recursive-alias": (
        "loop.yaml",
        HEAD + "x-loop: &a [1, {again: *a}]\n",
        "loop.yaml:4: not read: a recursive YAML alias (a value that contains itself)",
    ),
    "binary-tag": (
        "binary.yaml",
        HEAD + "x-blob: !!binary aGVsbG8=\n",
        "binary.yaml:4: not read: the YAML tag !!binary has no JSON equivalent",
    ),
    "python-tag": (
        "python.yaml",
        HEAD + "x-run: !!python/object/apply:os.system ['touch /tmp/specbind-pwned']\n",
        "python.yaml:4: not read: the YAML tag !!python/object/apply:os.system has no JSON",
    ),
    "json-5000-deep": (
        "deep.json",
        '{"openapi": "3.0.3", "x-deep": ' + "[" * 5000 + "]" * 5000 + "}",
        "deep.json: not read: nested deeper than 300 levels",
    ),
    "100000-digit-integer": (
        "big.json",
        '{"openapi": "3.0.3",\n"x-big": ' + "7" * 100_000 + "}",
        "big.json:2: not read: an integer of more than 4300 digits",
    ),
    "lone-surrogate": (
        "surrogate.json",
        json.dumps(_base()).replace('"hostile"', '"t \\udc00"'),
        "surrogate.json: not read: a lone UTF-16 surrogate (half of an escaped pair, not a "
        "character) at #/info/title",
    ),
    "200-level-inline-schemas": (
        "nested.json",
        _nested_inline_schemas(200),
        "nested.json: not read: nested deeper than 300 levels at "
        "#/paths/~1x/get/responses/200/content/application~1json/schema/properties/p/",
    ),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project rendering with this repository's templates; its documents are loose files."""
    root = tmp_path_factory.mktemp("hostile-project")
    (root / "templates").symlink_to(REPO / "templates")
    (root / "spec").mkdir()
    (root / "pyproject.toml").write_text(
        "[tool.specbind]\n"
        'api = "hostile"\n'
        'spec-version = "1.0.0"\n'
        'spec-dir = "spec"\n'
        'templates-dir = "templates"\n'
        'output-dir = "generated"\n'
        'client-package = "hostile_client"\n'
        'server-package = "hostile_server"\n',
        encoding="utf-8",
    )
    (root / "good.json").write_text(json.dumps(_base()), encoding="utf-8")
    return root


def specbind(project: Path, *args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--project", str(project)], catch_exceptions=True)


def _one_line_refusal(result: Result, expected: str) -> str:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.exit_code == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert expected in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_refused_by_validate_generate_and_diff(project: Path, case: str, tmp_path: Path) -> None:
    filename, text, expected = REFUSED[case]
    path = tmp_path / filename
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = tmp_path / "out"
    started = time.perf_counter()
    _one_line_refusal(specbind(project, "validate", str(path)), expected)
    _one_line_refusal(
        specbind(project, "generate", "client", "--spec", str(path), "--out", str(out)), expected
    )
    _one_line_refusal(specbind(project, "diff", str(project / "good.json"), str(path)), expected)
    _one_line_refusal(specbind(project, "diff", str(path), str(project / "good.json")), expected)
    assert time.perf_counter() - started < 5
    assert not out.exists() or not any(out.rglob("*"))


def test_an_alias_bomb_is_refused_in_well_under_a_second_by_the_real_command(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(billion_laughs(), encoding="utf-8")
    assert path.stat().st_size < 520
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "specbind", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    elapsed = time.perf_counter() - started
    assert run.returncode == 2
    assert run.stderr.startswith(f"error: {path}: not read: YAML aliases expand ")
    assert elapsed < 10  # interpreter start included; the refusal itself takes milliseconds


# -- names Python folds together, names too long for a file ----------------------------

LIGATURE = "\ufb01le"  # `ﬁle`: Python reads the identifier as `file`
LONG = "a" * 300


def _folding_and_long_names() -> dict[str, Any]:
    def operation(operation_id: str, tag: str, **extra: Any) -> dict[str, Any]:
        return {
            "operationId": operation_id,
            "tags": [tag],
            "responses": {"200": {"description": "ok", **extra}},
        }

    schema_ref = {"$ref": "#/components/schemas/Pair"}
    query = [
        {"name": LIGATURE, "in": "query", "schema": {"type": "string"}},
        {"name": "file", "in": "query", "schema": {"type": "string"}},
    ]
    return {
        "openapi": "3.0.3",
        "info": {"title": "hostile", "version": "1.0.0"},
        "servers": SERVERS,
        "paths": {
            "/pair": {
                "get": {
                    **operation("getPair", "pairs"),
                    "parameters": query,
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": schema_ref}},
                        }
                    },
                }
            },
            "/folded": {"get": operation(LIGATURE, LIGATURE)},
            "/plain": {"get": operation("file", "file")},
            "/long": {
                "get": operation(
                    "L" + LONG,
                    "T" + LONG,
                    content={
                        "application/json": {"schema": {"$ref": f"#/components/schemas/S{LONG}"}}
                    },
                )
            },
            "/schemas": {
                "get": operation(
                    "schemas",
                    "pairs",
                    content={
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {
                                    "anyOf": [
                                        {"$ref": f"#/components/schemas/{LIGATURE}"},
                                        {"$ref": "#/components/schemas/file"},
                                    ]
                                },
                            }
                        }
                    },
                )
            },
        },
        "components": {
            "schemas": {
                "Pair": {
                    "type": "object",
                    "properties": {LIGATURE: {"type": "string"}, "file": {"type": "string"}},
                },
                LIGATURE: {"type": "object", "properties": {"a": {"type": "string"}}},
                "file": {"type": "object", "properties": {"b": {"type": "integer"}}},
                f"S{LONG}": {"type": "object", "properties": {LONG: {"type": "string"}}},
            }
        },
    }


IMPORT_ALL = """
import importlib, json, pkgutil, sys
package = sys.argv[1]
root = importlib.import_module(package)
names = [m.name for m in pkgutil.walk_packages(root.__path__, package + ".")]
for name in names:
    importlib.import_module(name)
print(json.dumps(sorted(names)))
"""


@pytest.fixture(scope="module")
def folded(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    spec = tmp_path_factory.mktemp("folded") / "folded.json"
    spec.write_text(json.dumps(_folding_and_long_names()), encoding="utf-8")
    result = specbind(project, "generate", "--spec", str(spec), "--out", str(spec.parent))
    assert result.exit_code == 0, result.output + result.stderr
    yield spec.parent


def _python(project_dir: Path, *args: str) -> str:
    """What `python <args>` prints, run in the generated `project_dir` (it must succeed)."""
    run = subprocess.run(
        [sys.executable, *args],
        cwd=project_dir,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


def _imports(project_dir: Path, package: str) -> list[str]:
    names: list[str] = json.loads(_python(project_dir, "-c", IMPORT_ALL, package))
    return names


def test_folded_and_long_names_generate_a_client_that_imports(folded: Path) -> None:
    modules = _imports(folded / "client", "hostile_client")
    assert all(len(part) <= 255 for name in modules for part in name.split("."))
    printed = _python(
        folded / "client",
        "-c",
        "from hostile_client.models import Pair\n"
        f"pair = Pair.from_dict({{{LIGATURE!r}: 'ligature', 'file': 'plain'}})\n"
        "print(sorted(pair.to_dict().items()))\n",
    )
    assert printed.strip() == repr(sorted({"file": "plain", LIGATURE: "ligature"}.items()))


def test_folded_and_long_names_generate_a_server_that_imports(folded: Path) -> None:
    modules = _imports(folded / "server", "hostile_server")
    assert all(len(part) <= 255 for name in modules for part in name.split("."))
    printed = _python(
        folded / "server",
        "-c",
        "import inspect\n"
        "from hostile_server.routers import pairs\n"
        "handler = next(f for n, f in vars(pairs).items() if n.startswith('get_pair'))\n"
        "print(sorted(inspect.signature(handler).parameters))\n",
    )
    assert "'file'" in printed and "'file_2'" in printed


# -- validate is generate's preflight ---------------------------------------------------


def _with(**changes: Any) -> Callable[[], dict[str, Any]]:
    """A minimal valid document with `changes` made to its one operation or top level."""

    def build() -> dict[str, Any]:
        document = _base()
        operation = document["paths"]["/x"]["get"]
        for key, value in changes.items():
            if key == "servers" and value is None:
                del document["servers"]
            elif key in ("parameters", "responses"):
                operation[key] = value
            else:
                document[key] = value
        return document

    return build


def _json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _schemas(**schemas: Any) -> dict[str, Any]:
    return {"schemas": schemas}


# name -> (document, the targets generate refuses it for, the text of the refusal: in
# generate's message, and naming the raise site it comes from)
PREFLIGHT: dict[str, tuple[Callable[[], dict[str, Any]], tuple[str, ...], str]] = {
    "circular-schema-refs": (
        _with(
            responses=_json_response({"$ref": "#/components/schemas/A"}),
            components=_schemas(
                A={"$ref": "#/components/schemas/B"}, B={"$ref": "#/components/schemas/A"}
            ),
        ),
        ("client", "server"),
        "circular $ref",
    ),
    "circular-parameter-refs": (
        _with(
            parameters=[{"$ref": "#/components/parameters/A"}],
            components={
                "parameters": {
                    "A": {"$ref": "#/components/parameters/B"},
                    "B": {"$ref": "#/components/parameters/A"},
                }
            },
        ),
        ("client", "server"),
        "circular $ref",
    ),
    "relative-file-ref": (
        _with(responses=_json_response({"$ref": "other.yaml#/components/schemas/A"})),
        ("client", "server"),
        "external reference 'other.yaml#/components/schemas/A' (to a file) is not supported",
    ),
    "url-ref": (
        _with(parameters=[{"$ref": "https://example.com/p.json#/P"}]),
        ("client", "server"),
        "external reference 'https://example.com/p.json#/P' (to a URL) is not supported",
    ),
    "secured-without-a-scheme": (
        _with(security=[{"key": []}]),
        ("server",),
        "operations require security, and the document declares no security scheme",
    ),
    "no-operations": (
        _with(paths={}),
        ("server",),
        "the document has no operations to serve",
    ),
}

# Documents client generation degrades rather than refuses (one place typed as raw JSON):
# generate succeeds with the warning, and validate, its preflight, prints the same one.
DEGRADED = {
    "engine-drops-a-schema": (
        _with(
            openapi="3.1.0",
            responses=_json_response({"$ref": "#/components/schemas/M"}),
            components=_schemas(
                M={
                    "type": "object",
                    "properties": {"kind": {"type": "string", "const": "a", "default": "b"}},
                }
            ),
        ),
        "[client-degraded]",
    ),
}


@pytest.mark.parametrize("case", sorted(DEGRADED))
def test_validate_warns_of_what_generate_degrades(project: Path, case: str, tmp_path: Path) -> None:
    build, warning = DEGRADED[case]
    path = tmp_path / "api.json"
    path.write_text(json.dumps(build()), encoding="utf-8")
    generated = specbind(
        project, "generate", "client", "--spec", str(path), "--out", str(tmp_path / "out")
    )
    assert generated.exit_code == 0, generated.stderr
    assert warning in generated.stderr
    validated = specbind(project, "validate", str(path))
    assert validated.exit_code == 0, validated.stderr
    warnings = [line for line in validated.stderr.splitlines() if ": warning: " in line]
    assert any(warning in line for line in warnings), validated.stderr


# Raise sites in the generators that no document reaching them can trigger, and why:
# rendering and tool failures (not the document's doing), messages re-raised with a
# prefix, and refusals that validate_document's own checks (which generation runs
# first) or the normalised form already rule out.
NOT_REACHED_BY_A_VALID_DOCUMENT = {
    ": openapi-python-client cannot read the document": "the structural check first",
    ": openapi-python-client failed": "errors while the engine renders, not parses",
    ": template syntax error: ": "templates",
    ": a client template failed to render: ": "templates",
    ": a server template failed to render: .jinja": "templates",
    "datamodel-code-generator failed on the normalised document: ": "the tool",
    "openapi-python-client wrote an unexpected model import": (
        "the engine's own `from .<module> import <Class>` lines, whatever the document"
    ),
    "two operations would both be called": "unique_operation_ids makes them unique",
    "the operation has no operationId to name it": "unique_operation_ids gives one",
    "a parameter needs `in`": "the structural check requires `in`",
    "has no generated model (inline or unsupported schema)": "the external-ref check",
    "an inline object schema in a body or response has no model": "name_inline_schemas",
    "an apiKey is read from a header, query or cookie": "the structural check on `in`",
    # the last resort's own limits: each degraded place is typed as raw JSON first; no
    # valid document known to the suite still fails after that (generate and validate
    # both run this same code, so validate reports it as generate would)
    "even with what it cannot type given as raw JSON": "degrade.py's last resort",
    "rounds of degrading them": "degrade.py's last resort",
    "operation(s) out": "an operation the engine drops silently, after degrading",
    "which every client method already uses for its request options": (
        "client/parameters.py names such a parameter by its location first (query_timeout)"
    ),
}


@pytest.mark.parametrize("case", sorted(PREFLIGHT))
def test_validate_refuses_what_generate_refuses(project: Path, case: str, tmp_path: Path) -> None:
    build, targets, refusal = PREFLIGHT[case]
    path = tmp_path / "api.json"
    path.write_text(json.dumps(build()), encoding="utf-8")
    for target in targets:
        out = tmp_path / f"out-{target}"
        generated = specbind(project, "generate", target, "--spec", str(path), "--out", str(out))
        assert generated.exit_code == 2, generated.stdout
        assert "Traceback" not in generated.stderr
        assert refusal in generated.stderr
        assert not out.exists() or not any(out.rglob("*"))
    validated = specbind(project, "validate", str(path))
    assert validated.exit_code == 1, validated.stdout + validated.stderr
    errors = [line for line in validated.stderr.splitlines() if ": error: " in line]
    assert any(refusal in line for line in errors), validated.stderr
    assert "Traceback" not in validated.stderr


def _raise_sites() -> list[tuple[str, int, str]]:
    """(file, line, the constant text of the message) of every SpecbindError a generator raises."""
    sites = []
    for folder in ("client", "server"):
        for path in sorted((REPO / "src" / "specbind" / folder).glob("*.py")):
            # the mock server and the docs site, not generate
            if path.name in ("mock.py", "synthesis.py", "site.py"):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                if getattr(node.exc.func, "id", "") != "SpecbindError" or not node.exc.args:
                    continue
                text = "".join(
                    part.value
                    for part in ast.walk(node.exc.args[0])
                    if isinstance(part, ast.Constant) and isinstance(part.value, str)
                )
                sites.append((f"{folder}/{path.name}", node.lineno, text))
    return sites


# The generator raise sites the cases above reach (a part of each message's fixed text).
REACHED = {
    "secured-without-a-scheme": "operations require security",
    "no-operations": "the document has no operations to serve",
}


def test_every_generator_refusal_is_covered_by_a_preflight_case() -> None:
    """Adding a refusal to a generator means adding its case above (or saying why no
    valid document reaches it)."""
    assert set(REACHED) <= set(PREFLIGHT)
    known = [*REACHED.values(), *NOT_REACHED_BY_A_VALID_DOCUMENT]
    uncovered = [
        f"{where}:{line}: {text!r}"
        for where, line, text in _raise_sites()
        if text.strip(" :") and not any(fragment in text for fragment in known)
    ]
    assert uncovered == []
    for case, fragment in REACHED.items():
        assert any(fragment in text for _, _, text in _raise_sites()), case


@pytest.mark.parametrize("ref", ["/etc/passwd#/x", "../../secret.yaml"])
def test_validate_reports_file_refs_without_reading_them(
    project: Path, ref: str, tmp_path: Path
) -> None:
    secret = tmp_path.parent / "secret.yaml"
    secret.write_text("components: {schemas: {A: {type: string}}}\n", encoding="utf-8")
    document = _with(responses=_json_response({"$ref": ref}))()
    path = tmp_path / "a" / "b" / "api.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    result = specbind(project, "validate", str(path))
    assert result.exit_code == 1
    assert (
        f"{path}:1 #/paths/~1x/get/responses/200/content/application~1json/schema/$ref: "
        f"error: [external-ref] external reference {ref!r} (to a file) is not supported"
    ) in result.stderr


@pytest.mark.parametrize("case", ["alias-bomb", "recursive-alias", "binary-tag", "json-5000-deep"])
def test_fetch_refuses_a_hostile_download_and_stores_nothing(project: Path, case: str) -> None:
    filename, text, expected = REFUSED[case]
    with scripted_server() as server:
        url = server.add(f"/{filename}", Reply(200, text.encode("utf-8")))
        result = specbind(project, "fetch", url, "--retries", "0")
    _one_line_refusal(result, expected.replace(filename, url))
    assert not any((project / "spec").rglob("*"))

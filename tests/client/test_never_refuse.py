"""Client generation never refuses a valid document (issues 14 and 15).

Each class of document openapi-python-client could not take whole is a minimal
document here: `specbind generate client --spec doc.yaml --out DIR` generates it
(exit 0, every operation), the package is imported in a subprocess, and where the
class is about run time the operation is called against a loopback server and what
went on the wire is checked. What generate degrades is a warning naming the pointer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.client.recording_server import Answer, RecordingServer
from tests.conftest import REPO

PACKAGE = "ibl_data_manager_client"


@dataclass(frozen=True)
class Generated:
    project: Path  # the client project directory (holds the package)
    stderr: str  # the warnings generate printed

    def run(self, code: str, **env: str) -> Any:
        """Run `code` with the package importable; it prints one JSON value, returned."""
        completed = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(self.project), **env},
        )
        assert completed.returncode == 0, completed.stderr
        return json.loads(completed.stdout.strip().splitlines()[-1])


def _document(paths: dict[str, Any], **top: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Minimal", "version": "1.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
    }
    document.update(top)
    return document


def _generate(tmp_path: Path, document: dict[str, Any], operations: int) -> Generated:
    spec = tmp_path / "doc.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"
    # named as this project's package (a loose document would take its own title's name)
    command = [
        "generate",
        "client",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--name",
        "ibl-data-manager",
    ]
    completed = subprocess.run(
        [sys.executable, "-m", "specbind", *command, "--project", str(REPO)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert f"{operations} operation(s)" in completed.stdout
    return Generated(out / "client", " ".join(completed.stderr.split()))


def _program(body: str) -> str:
    """Python code run beside the generated package: `body` after the imports each such
    program takes (its Client, tests/client/conftest.py's `operation_method`)."""
    return (
        "import datetime, inspect, json, sys, uuid\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from tests.client.conftest import operation_method\n"
        f"from {PACKAGE} import Client\n" + textwrap.dedent(body)
    )


def _call(method: str, arguments: str = "", **client: str) -> str:
    """Code calling the operation `method` (its module's name) on a Client, found through
    the resources (tests/client/conftest.py's `operation_method`), printing the result."""
    settings = ", ".join(f"{key}={value}" for key, value in client.items())
    return _program(f"""
        with Client(api_key="k", max_retries=0{", " if settings else ""}{settings}) as client:
            result = operation_method(client, {method!r})({arguments})
        print(json.dumps(result, default=str))
    """)


def _ok(description: str = "ok", schema: dict[str, Any] | None = None) -> dict[str, Any]:
    if schema is None:
        return {"description": description}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


# -- json and *+json bodies share one model ----------------------------------------------


def test_json_and_scim_json_bodies_share_one_model(tmp_path: Path, server: RecordingServer) -> None:
    loose = {"type": "object", "additionalProperties": True}
    document = _document(
        {
            "/users/": {
                "post": {
                    "operationId": "create_user",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": loose},
                            "application/scim+json": {"schema": loose},
                        },
                    },
                    "responses": {"201": _ok()},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    assert "warning" not in generated.stderr  # the same schema: nothing lost
    models = sorted(p.name for p in (generated.project / PACKAGE / "models").glob("*.py"))
    assert models == ["__init__.py", "create_user_body.py"]
    server.answer(Answer(201), Answer(201))
    generated.run(
        _call(
            "create_user",
            "body=__import__('" + PACKAGE + ".models', fromlist=['x']).CreateUserBody"
            ".from_dict({'userName': 'ada'})",
            base_url=repr(server.url),
        )
    )
    assert server.last.headers["content-type"] == "application/json"
    assert server.last.json == {"userName": "ada"}
    # the other JSON type stays reachable: the same body with its Content-Type
    generated.run(
        _call(
            "create_user",
            "body=__import__('" + PACKAGE + ".models', fromlist=['x']).CreateUserBody"
            ".from_dict({'userName': 'ada'}), "
            "extra_headers={'Content-Type': 'application/scim+json'}",
            base_url=repr(server.url),
        )
    )
    assert server.last.headers["content-type"] == "application/scim+json"
    assert server.last.json == {"userName": "ada"}


@pytest.mark.parametrize("same", [True, False])
def test_differing_json_bodies_warn_and_equal_inline_ones_do_not(
    tmp_path: Path, same: bool
) -> None:
    user = {"type": "object", "properties": {"userName": {"type": "string"}}}
    other = user if same else {"type": "object", "properties": {"schemas": {"type": "array"}}}
    content = {"application/json": {"schema": user}, "application/scim+json": {"schema": other}}
    document = _document(
        {
            "/users/": {
                "post": {
                    "operationId": "create_user",
                    "requestBody": {"content": content},
                    "responses": {"204": _ok()},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    warning = (
        "#/paths/~1users~1/post/requestBody/content/application~1scim+json: warning: "
        "[client-rewrite] the application/scim+json body has another schema than the "
        "application/json one; the client sends the application/json body (its model)"
    )
    assert (warning in generated.stderr) is not same


# -- bare JSON primitives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value"), [("integer", 42), ("number", 1.5), ("boolean", True), ("string", "hi")]
)
def test_a_bare_json_primitive_response_is_the_python_value(
    tmp_path: Path, server: RecordingServer, kind: str, value: Any
) -> None:
    document = _document(
        {
            "/value": {
                "get": {"operationId": "value", "responses": {"200": _ok(schema={"type": kind})}}
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    server.answer(Answer(200, value))
    assert generated.run(_call("value", base_url=repr(server.url))) == value


# -- servers -------------------------------------------------------------------------


def test_no_servers_generates_and_the_client_asks_for_a_base_url(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {"200": _ok(schema={"type": "boolean"})},
                }
            }
        }
    )
    del document["servers"]
    generated = _generate(tmp_path, document, 1)
    refused = generated.run(
        f"""
        import json
        from {PACKAGE} import Client, IblDataManagerError
        try:
            Client(api_key="k")
        except IblDataManagerError as exc:
            print(json.dumps(str(exc)))
        """
    )
    assert refused == (
        "no base URL: pass base_url='https://...' or set the IBL_DATA_MANAGER_BASE_URL "
        "environment variable (the document lists no servers)"
    )
    server.answer(Answer(200, True))
    assert generated.run(_call("ping"), IBL_DATA_MANAGER_BASE_URL=server.url) is True
    readme = (generated.project / "README.md").read_text(encoding="utf-8")
    assert "required: the document lists no servers" in readme


@pytest.mark.parametrize(("url", "sent"), [("/api/v1", "/api/v1/ping"), ("/", "/ping")])
def test_a_relative_server_url_is_the_base_path(
    tmp_path: Path, server: RecordingServer, url: str, sent: str
) -> None:
    document = _document(
        {
            "/ping": {
                "get": {
                    "operationId": "ping",
                    "responses": {"200": _ok(schema={"type": "boolean"})},
                }
            }
        },
        servers=[{"url": url}],
    )
    generated = _generate(tmp_path, document, 1)
    server.answer(Answer(200, True), Answer(200, True))
    host = server.url.rstrip("/")
    assert generated.run(_call("ping", base_url=repr(host))) is True
    assert server.last.path == sent
    # a base URL that already ends in the base path is not given it twice
    assert generated.run(_call("ping", base_url=repr(host + url))) is True
    assert server.last.path == sent
    if url != "/":
        readme = (generated.project / "README.md").read_text(encoding="utf-8")
        assert "the client adds `/api/v1/`" in readme


# -- typed path and query values -----------------------------------------------------


def test_uuid_date_and_date_time_arguments_are_accepted_and_serialised(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "/things/{id}/{day}": {
                "get": {
                    "operationId": "get_thing",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "format": "uuid"},
                        },
                        {
                            "name": "day",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "format": "date"},
                        },
                        {
                            "name": "since",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "format": "date-time"},
                        },
                        {
                            "name": "ref",
                            "in": "query",
                            "schema": {"type": "string", "format": "uuid"},
                        },
                    ],
                    "responses": {"204": _ok()},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    server.answer(Answer(204))
    generated.run(
        _call(
            "get_thing",
            "id=uuid.UUID('12345678-1234-5678-1234-567812345678'), "
            "day=datetime.date(2024, 2, 29), "
            "since=datetime.datetime(2024, 2, 29, 10, 30, tzinfo=datetime.timezone.utc), "
            "ref=uuid.UUID('87654321-4321-8765-4321-876543218765')",
            base_url=repr(server.url),
        )
    )
    assert server.last.path == "/things/12345678-1234-5678-1234-567812345678/2024-02-29"
    assert server.last.query == {
        "since": ["2024-02-29T10:30:00+00:00"],
        "ref": ["87654321-4321-8765-4321-876543218765"],
    }


# -- defaults the engine cannot hold ----------------------------------------------------


def test_odd_defaults_become_no_default_and_the_docstring_names_them(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "/search": {
                "get": {
                    "operationId": "search",
                    "parameters": [
                        {
                            "name": "since",
                            "in": "query",
                            "schema": {"type": "string", "format": "date-time", "default": "now"},
                        },
                        {
                            "name": "tags",
                            "in": "query",
                            "schema": {
                                "type": "array",
                                "items": {"type": "string"},
                                "default": ["a", "b"],
                            },
                        },
                    ],
                    "responses": {"204": _ok()},
                },
                "post": {
                    "operationId": "make",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Settings"}
                            }
                        }
                    },
                    "responses": {"204": _ok()},
                },
            }
        },
        components={
            "schemas": {
                "Settings": {
                    "type": "object",
                    "properties": {
                        "options": {
                            "type": "object",
                            "properties": {"a": {"type": "integer"}},
                            "default": {"a": 1},
                        },
                        "when": {"type": "string", "format": "date-time", "default": "now"},
                        "day": {"type": "string", "format": "date", "default": "today"},
                        "anything": {"default": {"x": 1}},
                    },
                }
            }
        },
    )
    generated = _generate(tmp_path, document, 2)
    server.answer(Answer(204), Answer(204))
    generated.run(_call("search", base_url=repr(server.url)))
    assert server.last.query == {}  # nothing sent: the API applies its defaults
    generated.run(
        _call(
            "make",
            f"body=__import__('{PACKAGE}.models', fromlist=['x']).Settings()",
            base_url=repr(server.url),
        )
    )
    assert server.last.json == {}
    doc = generated.run(
        _program("""
        client = Client(api_key="k", base_url="https://api.example.com")
        print(json.dumps(operation_method(client, "search").__doc__))
        """)
    )
    assert 'Default: "now" (applied by the API when the value is left out).' in " ".join(
        doc.split()
    )
    assert 'Default: ["a", "b"]' in doc


# -- cookie parameters ------------------------------------------------------------------


def test_cookie_parameters_go_out_as_cookies(tmp_path: Path, server: RecordingServer) -> None:
    document = _document(
        {
            "/me": {
                "get": {
                    "operationId": "me",
                    "parameters": [
                        {
                            "name": "session",
                            "in": "cookie",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "theme", "in": "cookie", "schema": {"type": "string"}},
                        {"name": "count", "in": "cookie", "schema": {"type": "integer"}},
                    ],
                    "responses": {"204": _ok()},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    server.answer(Answer(204), Answer(204))
    generated.run(_call("me", "session='abc 1;2', count=3", base_url=repr(server.url)))
    assert server.last.headers["cookie"] == "session=abc%201%3B2; count=3"
    generated.run(_call("me", "session='s'", base_url=repr(server.url)))
    assert server.last.headers["cookie"] == "session=s"


# -- callbacks and webhooks ----------------------------------------------------------


def test_callbacks_and_webhooks_are_left_out_with_a_warning(tmp_path: Path) -> None:
    document = _document(
        {
            "/subscribe": {
                "post": {
                    "operationId": "subscribe",
                    "callbacks": {
                        "onEvent": {
                            "{$request.body#/url}": {
                                "post": {
                                    "requestBody": {
                                        "content": {
                                            "application/json": {"schema": {"type": "object"}}
                                        }
                                    },
                                    "responses": {"200": _ok()},
                                }
                            }
                        }
                    },
                    "responses": {"204": _ok()},
                }
            }
        },
        openapi="3.1.0",
        webhooks={"newThing": {"post": {"responses": {"200": _ok()}}}},
    )
    generated = _generate(tmp_path, document, 1)
    assert (
        "#/paths/~1subscribe/post/callbacks: warning: [client-rewrite] callbacks are requests "
        "the API makes, not operations the client calls" in generated.stderr
    )
    assert "#/webhooks: warning: [client-rewrite] webhooks are requests" in generated.stderr


# -- nullable path parameters -----------------------------------------------------------


def test_a_nullable_path_parameter_loses_the_null(tmp_path: Path, server: RecordingServer) -> None:
    document = _document(
        {
            "/items/{id}/{key}": {
                "get": {
                    "operationId": "get_item",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": ["string", "null"]},
                        },
                        {
                            "name": "key",
                            "in": "path",
                            "required": True,
                            "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                        },
                    ],
                    "responses": {"204": _ok()},
                }
            }
        },
        openapi="3.1.0",
    )
    generated = _generate(tmp_path, document, 1)
    signature = generated.run(
        _program("""
        client = Client(api_key="k", base_url="https://api.example.com")
        parameters = inspect.signature(operation_method(client, "get_item")).parameters
        print(json.dumps({name: str(parameters[name].annotation) for name in ("id", "key")}))
        """)
    )
    assert signature == {"id": "str", "key": "int"}
    server.answer(Answer(204))
    generated.run(_call("get_item", "id='a b', key=7", base_url=repr(server.url)))
    assert server.last.path == "/items/a%20b/7"


# -- path template and parameters disagree -----------------------------------------------


def test_the_path_template_names_win_with_a_warning(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "/items/{item_id}/parts/{part}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "get": {"operationId": "get_part", "responses": {"204": _ok()}},
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    assert (
        "#/paths/~1items~1{item_id}~1parts~1{part}/get: warning: [undeclared-path-parameter] "
        "path template '/items/{item_id}/parts/{part}' uses {part} but GET declares no path "
        "parameter 'part'; generated code uses the template's names" in generated.stderr
    )
    assert (
        "#/paths/~1items~1{item_id}~1parts~1{part}/parameters/0: warning: "
        "[unused-path-parameter] path parameter 'id' is declared" in generated.stderr
    )
    server.answer(Answer(204))
    generated.run(_call("get_part", "item_id=5, part='p/1'", base_url=repr(server.url)))
    assert server.last.path == "/items/5/parts/p%2F1"


# -- the last resort: what the engine cannot read is raw JSON ----------------------------


def test_a_schema_the_engine_cannot_parse_is_raw_json(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "/things": {
                "post": {
                    "operationId": "make_thing",
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        }
                    },
                    "responses": {
                        "200": _ok(
                            schema={
                                "type": "array",
                                "items": {"$ref": "#/components/schemas/Thing"},
                            }
                        )
                    },
                }
            }
        },
        components={"schemas": {"Thing": {"description": "A mixed enum.", "enum": [1, "a", True]}}},
    )
    generated = _generate(tmp_path, document, 1)
    assert (
        "#/components/schemas/Thing: warning: [client-degraded] the client engine cannot read "
        "this schema (Enum values must all be the same type" in generated.stderr
    )
    assert "the client types it as raw JSON (Any)" in generated.stderr
    server.answer(Answer(200, [1, "a", True]))
    result = generated.run(_call("make_thing", "body='a'", base_url=repr(server.url)))
    assert result == [1, "a", True]
    assert server.last.json == "a"


def test_an_operation_the_engine_cannot_parse_is_kept_with_raw_json(
    tmp_path: Path, server: RecordingServer
) -> None:
    # a mixed-type enum with no type to sort it by: the engine refuses it inline
    odd = {"type": "array", "items": {"enum": [1, "a"]}}
    document = _document(
        {
            "/odd": {
                "put": {
                    "operationId": "put_odd",
                    "requestBody": {"content": {"application/json": {"schema": odd}}},
                    "responses": {"200": _ok(schema=odd)},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    assert (
        "#/paths/~1odd/put/requestBody: warning: [client-degraded] the client engine cannot "
        "read this request body; the client sends it as raw JSON (Any)" in generated.stderr
    )
    assert (
        "#/paths/~1odd/put/responses/200: warning: [client-degraded] the client engine cannot "
        "read this response; the client returns its body as raw JSON (Any)" in generated.stderr
    )
    server.answer(Answer(200, ["a", 1]))
    assert generated.run(_call("put_odd", "body=[1, 'a']", base_url=repr(server.url))) == [
        "a",
        1,
    ]
    assert server.last.json == [1, "a"]


def test_an_optional_scalar_union_body_is_sent_only_when_given(
    tmp_path: Path, server: RecordingServer
) -> None:
    union = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    document = _document(
        {
            "/value": {
                "post": {
                    "operationId": "set_value",
                    "requestBody": {"content": {"application/json": {"schema": union}}},
                    "responses": {"204": _ok()},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    server.answer(Answer(204), Answer(204))
    generated.run(_call("set_value", "body=3", base_url=repr(server.url)))
    assert server.last.json == 3
    generated.run(_call("set_value", base_url=repr(server.url)))
    assert server.last.body == b""


# -- refs the engine cannot place -------------------------------------------------------


def test_component_aliases_and_path_item_refs_are_placed(
    tmp_path: Path, server: RecordingServer
) -> None:
    def item(operation_id: str) -> dict[str, Any]:
        return {
            "parameters": [{"$ref": "#/components/parameters/IdAlias"}],
            "put": {
                "operationId": operation_id,
                "requestBody": {"$ref": "#/components/requestBodies/ThingBodyAlias"},
                "responses": {"200": {"$ref": "#/components/responses/ThingAlias"}},
            },
        }

    thing_json = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    document = _document(
        {
            "/things/{id}": item("put_thing"),
            "/others/{id}": {"$ref": "#/components/pathItems/Other"},
        },
        openapi="3.1.0",
        components={
            "pathItems": {"Other": item("put_other")},
            "parameters": {
                "Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}},
                "IdAlias": {"$ref": "#/components/parameters/Id"},
            },
            "requestBodies": {
                "ThingBody": {"content": thing_json},
                "ThingBodyAlias": {"$ref": "#/components/requestBodies/ThingBody"},
            },
            "responses": {
                "Thing": {"description": "a thing", "content": thing_json},
                "ThingAlias": {"$ref": "#/components/responses/Thing"},
            },
            "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}},
        },
    )
    generated = _generate(tmp_path, document, 2)
    server.answer(Answer(200, {"id": 7}), Answer(200, {"id": 8}))
    result = generated.run(
        _program(f"""
        from {PACKAGE}.models import Thing
        with Client(api_key="k", base_url={server.url!r}, max_retries=0) as client:
            first = operation_method(client, "put_thing")(id=7, body=Thing(id=7))
            second = operation_method(client, "put_other")(id=8, body=Thing(id=8))
        print(json.dumps([first.to_dict(), second.to_dict()]))
        """)
    )
    assert result == [{"id": 7}, {"id": 8}]
    assert [r.path for r in server.requests] == ["/things/7", "/others/8"]


def test_a_parameter_described_by_content_is_its_wire_text(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "/search": {
                "get": {
                    "operationId": "search",
                    "parameters": [
                        {
                            "name": "filter",
                            "in": "query",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    ],
                    "responses": {"204": _ok()},
                }
            }
        }
    )
    generated = _generate(tmp_path, document, 1)
    assert (
        "#/paths/~1search/get/parameters/0: warning: [client-rewrite] parameter 'filter' is "
        "described by its media type (application/json), not a schema" in generated.stderr
    )
    server.answer(Answer(204))
    generated.run(_call("search", """filter_='{"a": 1}'""", base_url=repr(server.url)))
    assert server.last.query == {"filter": ['{"a": 1}']}


# -- what the engine's document model refuses -------------------------------------------


def test_extensions_boolean_schemas_and_odd_keywords_do_not_cost_the_document(
    tmp_path: Path, server: RecordingServer
) -> None:
    document = _document(
        {
            "x-internal": True,
            "/a": {
                "get": {
                    "operationId": "get_a",
                    "responses": {
                        "x-ratelimit": 10,
                        "200": _ok(
                            schema={
                                "type": "object",
                                "properties": {
                                    "any": True,
                                    "odd": {"$ref": "#/components/schemas/Odd"},
                                },
                            }
                        ),
                    },
                }
            },
        },
        openapi="3.1.0",
        components={
            "schemas": {
                "Odd": {"type": "object", "properties": {"a": {"type": "string", "maxLength": "x"}}}
            }
        },
    )
    generated = _generate(tmp_path, document, 1)
    assert (
        "#/components/schemas/Odd: warning: [client-degraded] the client engine cannot read "
        "this schema (Input should be a valid integer" in generated.stderr
    )
    server.answer(Answer(200, {"any": [1], "odd": {"a": "b"}}))
    result = generated.run(
        _program(f"""
        with Client(api_key="k", base_url={server.url!r}, max_retries=0) as client:
            print(json.dumps(operation_method(client, "get_a")().to_dict()))
        """)
    )
    assert result == {"any": [1], "odd": {"a": "b"}}


# -- validate is generate's preflight ---------------------------------------------------


def test_validate_warns_of_what_client_generation_rewrites(tmp_path: Path) -> None:
    document = _document(
        {
            "/items/{item_id}": {
                "get": {
                    "operationId": "get_item",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "filter",
                            "in": "query",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                    ],
                    "callbacks": {
                        "done": {"{$request.query.url}": {"post": {"responses": {"200": _ok()}}}}
                    },
                    "responses": {"204": _ok()},
                }
            }
        }
    )
    spec = tmp_path / "doc.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "specbind", "validate", str(spec), "--project", str(REPO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    stderr = " ".join(completed.stderr.split())
    assert "#/paths/~1items~1{item_id}/get: warning: [undeclared-path-parameter]" in stderr
    assert (
        "#/paths/~1items~1{item_id}/get/parameters/1: warning: [client-rewrite] parameter "
        "'filter' is described by its media type (application/json)" in stderr
    )
    assert "#/paths/~1items~1{item_id}/get/callbacks: warning: [client-rewrite]" in stderr
    assert "1 document(s) checked: 0 error(s), 4 warning(s)" in " ".join(completed.stdout.split())

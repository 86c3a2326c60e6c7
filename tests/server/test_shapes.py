"""Shapes the stored documents do not have: raw bodies, bearer tokens, bare operations."""

from __future__ import annotations

import dataclasses
import importlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from fastapi.testclient import TestClient

from specbind.config import Config
from specbind.server import generate_server
from specbind.server.mock import build_mock
from tests.conftest import imported

DOCUMENT = {
    "openapi": "3.1.0",
    "info": {"title": "shapes", "version": "2.0.0"},
    "security": [{"token": []}],
    "paths": {
        "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "up"}}}},
        "/files/{name}": {
            "put": {
                "operationId": "upload",
                "parameters": [
                    {"in": "path", "name": "name", "required": True, "schema": {"type": "string"}},
                    {"in": "query", "name": "size", "schema": {"type": ["integer", "null"]}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/octet-stream": {"schema": {"type": "string"}}},
                },
                "responses": {
                    "201": {
                        "description": "stored",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["bytes"],
                                    "properties": {"bytes": {"type": "integer", "minimum": 0}},
                                },
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
}


def _strict_server(
    config: Config, document: dict[str, Any], source: Path, sort_keys: bool = True
) -> Path:
    """The server generated from `document` (written to `source`), which mypy --strict
    passes: its output directory."""
    source.write_text(yaml.safe_dump(document, sort_keys=sort_keys))
    out = generate_server(config, source, source.parent / "server").out_dir
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", config.server_package],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout
    return out


def test_raw_body_bearer_token_and_a_bare_operation(config: Config, tmp_path: Path) -> None:
    source = tmp_path / "shapes.yaml"
    out = _strict_server(config, DOCUMENT, source)
    interfaces = (out / config.server_package / "interfaces.py").read_text()
    assert "async def upload(\n        self,\n        *,\n        name: str," in interfaces
    assert "size: int | None = None,\n        body: bytes,\n    )" in interfaces
    assert "async def ping(\n        self,\n    ) -> None:" in interfaces

    mock = build_mock(config, source, tmp_path / "mock", api_keys=["t0k"])
    client = TestClient(mock.app)
    bearer = {"Authorization": "Bearer t0k"}
    assert client.get("/ping", headers=bearer).status_code == 204
    assert client.get("/ping", headers={"Authorization": "Bearer nope"}).status_code == 401
    stored = client.put("/files/a.bin", content=b"\x00\x01", headers=bearer)
    assert stored.status_code == 201
    assert stored.json()["bytes"] >= 0
    described = client.get("/openapi.json").json()["paths"]["/files/{name}"]["put"]
    assert described["requestBody"] == {
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
        "required": True,
    }


MEDIA_DOCUMENT = Path(__file__).parents[1] / "client" / "fixtures" / "media.yaml"


def test_bodies_in_other_media_types_are_taken_as_sent(config: Config, tmp_path: Path) -> None:
    """The server takes Spotify's JPEG and GitHub's raw markdown as bytes, and publishes
    the media types the document names (not the octet-stream the client engine needs)."""
    mock = build_mock(config, MEDIA_DOCUMENT, tmp_path / "mock", api_keys=["k"])
    client = TestClient(mock.app)
    jpeg = client.put(
        "/playlists/p1/images", content=b"/9j/2wCEAB==", headers={"Content-Type": "image/jpeg"}
    )
    assert jpeg.status_code == 202
    markdown = client.post(
        "/markdown/raw", content=b"Hello **world**", headers={"Content-Type": "text/x-markdown"}
    )
    assert markdown.status_code == 200
    assert client.post("/markdown/raw").status_code == 200  # optional: may be left out
    published = client.get("/openapi.json").json()["paths"]
    cover = published["/playlists/{playlist_id}/images"]["put"]["requestBody"]
    assert cover == {
        "content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}},
        "required": True,
    }
    raw = published["/markdown/raw"]["post"]["requestBody"]
    assert list(raw["content"]) == ["text/plain", "text/x-markdown"]
    assert raw["required"] is False


@contextmanager
def _recording_app(
    config: Config, source: Path, tmp_path: Path, operation: str
) -> Iterator[tuple[Any, dict[str, Any]]]:
    """The app of the server generated from `source` (its package named after the file), its
    `operation` implemented as recording the arguments it gets: (app, those arguments)."""
    package = f"{source.stem}_server"
    config = dataclasses.replace(config, server_package=package)
    out = generate_server(config, source, tmp_path / "server").out_dir
    with imported(out, package):
        received: dict[str, Any] = {}

        async def record(self: Any, **arguments: Any) -> None:
            received.update(arguments)

        interfaces = importlib.import_module(f"{package}.interfaces")
        implementation = type("Recording", (interfaces.DefaultApi,), {operation: record})
        app = importlib.import_module(f"{package}.app").create_app(implementation(), api_keys=["k"])
        yield app, received


COLLIDING_DOCUMENT = Path(__file__).parents[1] / "client" / "fixtures" / "colliding_parameters.yaml"


def test_parameters_that_differ_by_an_operator_reach_the_implementation_apart(
    config: Config, tmp_path: Path
) -> None:
    with _recording_app(config, COLLIDING_DOCUMENT, tmp_path, "list_calls") as (app, received):
        query = "StartTime=a&StartTime%3C=b&StartTime%3E=c&EndTime=e&EndTime%3C=f"
        answer = TestClient(app).get(f"/calls?{query}", headers={"X-Trace!": "t"})
        assert answer.status_code == 204, answer.text
        assert received == {
            "StartTime": "a",
            "start_time_lt": "b",
            "start_time_gt": "c",
            "end_time_lt": "f",
            "EndTime": "e",
            "x_trace": None,
            "x_trace_not": "t",
        }
        published = app.openapi()["paths"]["/calls"]["get"]["parameters"]
        assert {p["name"] for p in published} >= {"StartTime<", "StartTime>", "EndTime<"}


NUMBER_ENUMS = {
    "openapi": "3.0.3",
    "info": {"title": "enums", "version": "1.0.0"},
    "paths": {
        "/items/{level}": {
            "get": {
                "operationId": "items_list",
                "parameters": [
                    {
                        "in": "path",
                        "name": "level",
                        "required": True,
                        "schema": {"type": "integer", "enum": [1, 2, 3]},
                    },
                    {"in": "query", "name": "safe", "schema": {"type": "integer", "enum": [0, 1]}},
                    {
                        "in": "query",
                        "name": "ratio",
                        "schema": {"type": "number", "enum": [0.5, 1]},
                    },
                ],
                "responses": {"204": {"description": "listed"}},
            }
        }
    },
}


def test_enums_of_numbers_are_read_from_their_text(config: Config, tmp_path: Path) -> None:
    """`Literal[0, 1]` alone refuses the text "1": every such query made the operation 422."""
    source = tmp_path / "enums.yaml"
    source.write_text(yaml.safe_dump(NUMBER_ENUMS))
    with _recording_app(config, source, tmp_path, "items_list") as (app, received):
        client = TestClient(app)
        assert client.get("/items/2?safe=1&ratio=0.5").status_code == 204
        assert received == {"level": 2, "safe": 1, "ratio": 0.5}
        assert type(received["safe"]) is int
        for bad in ("/items/4", "/items/2?safe=2", "/items/2?safe=x", "/items/two"):
            refused = client.get(bad)
            assert refused.status_code == 422, bad
            assert refused.json()["detail"][0]["loc"][0] in ("path", "query")


def _get(operation_id: str, name: str, kind: str) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "parameters": [
                {"in": "path", "name": name, "required": True, "schema": {"type": kind}}
            ],
            "responses": {"204": {"description": "found"}},
        }
    }


TWIN_PATHS = {
    "openapi": "3.0.3",
    "info": {"title": "twins", "version": "1.0.0"},
    "paths": {
        "/users/{username}/": _get("users_by_name", "username", "string"),
        "/users/{user_id}/": _get("users_by_id", "user_id", "integer"),
        "/items/{item_id}/": _get("items_retrieve", "item_id", "integer"),
    },
}


def test_paths_that_match_the_same_urls_are_told_apart_by_digits(
    config: Config, tmp_path: Path
) -> None:
    """4.202.2 has 19 pairs like these; the first registered used to take every URL."""
    config = dataclasses.replace(config, server_package="twins_server")
    out = _strict_server(config, TWIN_PATHS, tmp_path / "twins.yaml", sort_keys=False)
    with imported(out, config.server_package):
        app = importlib.import_module(f"{config.server_package}.app").create_app(api_keys=["k"])
        client = TestClient(app)
        assert client.get("/users/12/").json()["operation_id"] == "users_by_id"
        assert client.get("/users/alice/").json()["operation_id"] == "users_by_name"
        assert client.get("/users/12a/").json()["operation_id"] == "users_by_name"
        refused = client.get("/items/abc/")  # no twin: a non-number is still a 422
        assert refused.status_code == 422
        assert refused.json()["detail"][0]["loc"] == ["path", "item_id"]
        assert list(app.openapi()["paths"]) == [
            "/users/{user_id}/",
            "/users/{username}/",
            "/items/{item_id}/",
        ]


ENGINE_ONLY_DOCUMENT = {
    "openapi": "3.0.3",
    "info": {"title": "engine only", "version": "1.0.0"},
    "paths": {
        "/votes": {
            "post": {
                "operationId": "vote",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Vote"}}
                    },
                },
                "responses": {"204": {"description": "counted"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Vote": {
                "type": "object",
                "properties": {
                    "+1": {"type": "integer"},
                    "-1": {"type": "integer"},
                    "path": {"type": "string", "default": "C:\\votes"},
                },
            }
        }
    },
}


def test_what_only_the_client_engine_refuses_reaches_the_server_whole(
    config: Config, tmp_path: Path
) -> None:
    """Two properties the client engine would give one attribute name (`+1`, `-1`) and a
    string default with a backslash are the client's adaptations alone: the server's
    model keeps both properties and the default as the document says them."""
    source = tmp_path / "engine_only.yaml"
    source.write_text(yaml.safe_dump(ENGINE_ONLY_DOCUMENT))
    config = dataclasses.replace(config, server_package="engine_only_server")
    out = generate_server(config, source, tmp_path / "server").out_dir
    with imported(out, config.server_package):
        models = importlib.import_module(f"{config.server_package}.models")
        fields = models.Vote.model_fields
        assert sorted(field.alias or name for name, field in fields.items()) == [
            "+1",
            "-1",
            "path",
        ]
        vote = models.Vote.model_validate({"+1": 3, "-1": 1})
        assert vote.model_dump(by_alias=True, exclude_unset=False)["path"] == "C:\\votes"
        assert vote.model_dump(by_alias=True)["+1"] == 3
        assert vote.model_dump(by_alias=True)["-1"] == 1


PATTERN_DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "patterns", "version": "1.0.0"},
    "paths": {
        "/models": {
            "post": {
                "operationId": "createModel",
                "parameters": [
                    {
                        "in": "query",
                        "name": "tag",
                        "schema": {"type": "string", "pattern": "^(?!draft).*$"},
                    }
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Model"}}
                    },
                },
                "responses": {"204": {"description": "stored"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Model": {
                "type": "object",
                "required": ["uri", "name"],
                "properties": {
                    "uri": {"type": "string", "pattern": "^.{1,2097152}", "maxLength": 5},
                    "name": {"type": "string", "pattern": "^[a-z]+$"},
                },
            }
        }
    },
}


def test_a_pattern_pydantic_cannot_compile_is_not_checked_with_a_warning(
    config: Config, tmp_path: Path
) -> None:
    """Seldon's `^.{1,2097152}` exceeds pydantic's regex size limit and a look-around is
    not in its engine: the server still builds, without those two checks alone."""
    source = tmp_path / "patterns.yaml"
    source.write_text(yaml.safe_dump(PATTERN_DOCUMENT))
    config = dataclasses.replace(config, server_package="patterns_server")
    generation = generate_server(config, source, tmp_path / "server")
    assert [(w.pointer, w.rule, w.file) for w in generation.warnings] == [
        ("/components/schemas/Model/properties/uri/pattern", "server-pattern", str(source)),
        ("/paths/~1models/post/parameters/0/schema/pattern", "server-pattern", str(source)),
    ]
    assert "exceeds size limit" in generation.warnings[0].message
    assert "look-around" in generation.warnings[1].message
    mock = build_mock(config, source, tmp_path / "mock", api_keys=["k"])
    assert [w.pointer for w in mock.warnings][:2] == [w.pointer for w in generation.warnings]
    client = TestClient(mock.app)
    key = {"X-API-Key": "k"}
    stored = client.post("/models?tag=draft1", json={"uri": "s3:/x", "name": "a"}, headers=key)
    assert stored.status_code == 204, stored.text
    too_long = client.post("/models", json={"uri": "s3://x", "name": "a"}, headers=key)
    assert too_long.status_code == 422  # maxLength beside the dropped pattern still holds
    not_lower = client.post("/models", json={"uri": "s3", "name": "A"}, headers=key)
    assert not_lower.status_code == 422  # the pattern pydantic can compile still holds

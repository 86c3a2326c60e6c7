"""`specbind mock` for real: a uvicorn process on 127.0.0.1, called over HTTP, stopped."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from specbind.server.schemas import SchemaChecker
from tests.http_server import free_port
from tests.server.conftest import REPO, VERSIONS, Served, valid_call


@dataclass
class MockProcess:
    url: str
    process: subprocess.Popen[str]

    def output(self) -> str:
        self.process.terminate()
        out, _ = self.process.communicate(timeout=10)
        return out


def _start(version: str, *extra: str) -> MockProcess:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "specbind", "mock", "--spec", version, "--port", str(port), *extra],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"specbind mock exited: {process.communicate()[0]}")
        try:
            if httpx.get(f"{url}/openapi.json", timeout=1).status_code == 200:
                return MockProcess(url, process)
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError("specbind mock did not start within 60 s")


@pytest.fixture(scope="module", params=VERSIONS)
def mock_process(request: pytest.FixtureRequest) -> Iterator[tuple[str, MockProcess]]:
    version: str = request.param
    started = _start(version, "--api-key", "real-key", "--seed", "7")
    try:
        yield version, started
    finally:
        if started.process.poll() is None:
            started.process.terminate()
            started.process.wait(timeout=10)


@pytest.mark.slow
def test_every_operation_over_http(
    mock_process: tuple[str, MockProcess], served: dict[str, Served]
) -> None:
    version, started = mock_process
    item = served[version]
    with httpx.Client(base_url=started.url, timeout=10) as client:
        for route in item.routes:
            call = valid_call(item, route)
            kwargs = {"params": call.params, "json": call.json}
            ok = client.request(
                call.method.upper(),
                call.url,
                headers={"Authorization": "Api-Token real-key"},
                **kwargs,
            )
            assert ok.status_code == route.status_code, (route.operation_id, ok.text)
            if route.response_schema is None:
                assert ok.content == b""
            else:
                assert item.mock.answers.checker.errors(ok.json(), route.response_schema) == []
            anonymous = client.request(call.method.upper(), call.url, **kwargs)
            assert anonymous.status_code == 401
            other_key = client.request(
                call.method.upper(), call.url, headers={"Authorization": "Api-Token x"}, **kwargs
            )
            assert other_key.status_code == 401
    output = started.output()
    assert f"on {started.url}, accepting 1 key: \u2026 (8 characters)" in output
    assert "real-key" not in output
    if version == "4.84.1-ai-plus":
        assert "[invalid-example] core_rbac_groups_partial_update" in output


# A minimal drf-spectacular-like document: patterned, formatted and bounded fields, and
# one schema no value satisfies.
SHAPES: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shapes", "version": "1.0.0"},
    "paths": {
        "/prices/": {
            "get": {
                "operationId": "prices_list",
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Price"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/prices/{id}/": {
            "get": {
                "operationId": "prices_retrieve",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Price"}}
                        },
                    }
                },
            }
        },
        "/never/": {
            "get": {
                "operationId": "never_retrieve",
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Never"}}
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Price": {
                "type": "object",
                "required": ["amount", "currency", "count", "ratio", "at", "id", "site"],
                "properties": {
                    "amount": {
                        "type": "string",
                        "format": "decimal",
                        "pattern": r"^-?\d{0,8}(?:\.\d{0,2})?$",
                    },
                    "tax": {
                        "type": "string",
                        "format": "decimal",
                        "pattern": r"^-?\d{0,3}(?:\.\d{0,4})?$",
                        "nullable": True,
                    },
                    "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "maxLength": 3},
                    "count": {"type": "integer", "minimum": 10, "maximum": 20},
                    "ratio": {
                        "type": "number",
                        "minimum": 0,
                        "exclusiveMinimum": True,
                        "maximum": 1,
                    },
                    "at": {"type": "string", "format": "date-time"},
                    "id": {"type": "string", "format": "uuid"},
                    "site": {"type": "string", "format": "uri", "maxLength": 200},
                    "slug": {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$", "minLength": 2},
                },
            },
            "Never": {
                "type": "object",
                "required": ["size"],
                "properties": {"size": {"type": "integer", "minimum": 5, "maximum": 3}},
            },
        }
    },
}


def test_the_mock_serves_patterns_and_formats_and_501s_what_has_no_value(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(SHAPES), encoding="utf-8")
    started = _start(str(spec), "--seed", "3")
    checker = SchemaChecker(SHAPES)
    price = {"$ref": "#/components/schemas/Price"}
    try:
        with httpx.Client(base_url=started.url, timeout=10) as client:
            auth = {"Authorization": "Api-Token any"}
            listed = client.get("/prices/", headers=auth)
            assert listed.status_code == 200, listed.text
            assert listed.json(), "a list of at least one price"
            for item in listed.json():
                assert checker.errors(item, price) == []
            one = client.get("/prices/7/", headers=auth)
            assert one.status_code == 200
            body = one.json()
            assert checker.errors(body, price) == []
            assert re.fullmatch(r"-?[0-9]{0,8}(\.[0-9]{0,2})?", body["amount"])
            assert re.fullmatch("[A-Z]{3}", body["currency"])
            assert 10 <= body["count"] <= 20
            assert 0 < body["ratio"] <= 1
            never = client.get("/never/", headers=auth)
            assert never.status_code == 501
            assert never.json() == {
                "detail": "operation 'never_retrieve' is not implemented",
                "operation_id": "never_retrieve",
            }
            assert client.get("/prices/", headers=auth).json() == listed.json()  # one answer
    finally:
        output = started.output()
    assert (
        f"{spec} #/components/schemas/Never/properties/size: warning: [no-valid-answer] "
        "never_retrieve: the mock cannot make up a valid answer (no number lies between 5 "
        "and 3); this operation answers 501"
    ) in output
    assert "3 operation(s)" in output
    assert "accepting any non-empty key" in output
    assert "a contract run against this mock fails its ignored_auth check" in output

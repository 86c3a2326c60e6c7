"""generation_problems: what generate would refuse (errors) or degrade (warnings)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from specbind.errors import Severity
from specbind.openapi.document import parse_document
from specbind.preflight import generation_problems


def _document(**top: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/x": {
                "post": {
                    "operationId": "x",
                    "parameters": [
                        {
                            "name": "n",
                            "in": "query",
                            "schema": {"type": "integer", "default": "inf"},
                        }
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"type": "object"}},
                            "*/*": {"schema": {}},
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/M"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "M": {
                    "type": "object",
                    "properties": {"file": {"type": "string"}, "\ufb01le": {"type": "string"}},
                }
            }
        },
        **top,
    }


def _problems(data: dict[str, Any]) -> list[tuple[Severity, str, str, str]]:
    document = parse_document(json.dumps(data, indent=1), "api.json")
    return [(p.severity, p.rule, p.pointer, p.message) for p in generation_problems(document)]


def test_what_generation_degrades_is_a_warning_at_its_place() -> None:
    assert _problems(_document()) == [
        (
            Severity.WARNING,
            "generation-degrades",
            "/components/schemas/M",
            "properties '\ufb01le' have the Python name of another property: the models "
            "carry them as additional properties",
        ),
        (
            Severity.WARNING,
            "generation-degrades",
            "/paths/~1x/post/parameters/0/schema",
            "default 'inf' cannot be a Python default (its schema refuses it, or the client "
            "engine would write other text); it is left out",
        ),
        (
            Severity.WARNING,
            "generation-degrades",
            "/paths/~1x/post/requestBody",
            "media type(s) */* are not generated; the body's other media type is",
        ),
    ]


def test_what_generation_refuses_is_an_error_naming_the_generator_and_place() -> None:
    # a relative server is the client's base path now (no refusal); no security scheme
    # for a secured operation still stops the server
    data = _document(servers=[{"url": "/relative"}], security=[{"key": []}])
    errors = [p for p in _problems(data) if p[0] is Severity.ERROR]
    assert errors == [
        (
            Severity.ERROR,
            "server-generator",
            "/components/securitySchemes",
            "server generation stops: operations require security, and the document "
            "declares no security scheme",
        ),
    ]


def test_a_generator_crash_is_an_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object) -> None:
        raise UnboundLocalError("cannot access local variable 'x'")

    monkeypatch.setattr("specbind.server.generate.check_server", crash)
    assert [p for p in _problems(_document()) if p[0] is Severity.ERROR] == [
        (
            Severity.ERROR,
            "server-generator",
            "",
            "server generation fails: UnboundLocalError: cannot access local variable 'x'",
        )
    ]

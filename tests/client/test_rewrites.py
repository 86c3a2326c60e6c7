"""The client's own rewrites (`specbind.client.rewrites`), step by step on small documents."""

from __future__ import annotations

from typing import Any

from specbind.client.rewrites import DROPPED_DEFAULT, engine_defaults


def test_a_default_response_is_not_a_schema_default() -> None:
    error = {"description": "API error", "content": {"application/json": {"schema": {}}}}
    header = {"schema": {"type": "object", "default": {"a": 1}}}
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {"description": "ok", "headers": {"default": header}},
                        "default": error,
                    }
                }
            }
        },
        "components": {
            "responses": {"default": error},
            "parameters": {"default": {"name": "x", "in": "query", "schema": {}}},
        },
    }
    engine_defaults(document)
    responses = document["paths"]["/a"]["get"]["responses"]
    assert responses["default"] is error
    assert set(responses) == {"200", "default"}
    assert responses["200"]["headers"] == {"default": header}
    assert document["components"]["responses"] == {"default": error}
    assert set(document["components"]["parameters"]) == {"default"}
    # the header's own schema default is one the engine cannot hold: it goes
    assert header["schema"][DROPPED_DEFAULT] == {"a": 1}
    assert "default" not in header["schema"]


def test_a_referred_component_named_like_an_extension_stays() -> None:
    """Open Banking's parameter `x-fapi-financial-id-Param` is a component, not an
    extension: removing it left every `$ref` to it dangling."""
    from specbind.client.rewrites import engine_extensions

    parameter = {"name": "x-fapi-financial-id", "in": "header", "schema": {"type": "string"}}
    document: dict[str, Any] = {
        "paths": {
            "x-internal": True,
            "/a": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/x-fapi-financial-id-Param"}],
                    "responses": {"200": {"description": "ok"}, "x-note": "text"},
                }
            },
        },
        "components": {
            "parameters": {"x-fapi-financial-id-Param": parameter, "x-unused": {"a": 1}},
        },
    }
    engine_extensions(document)
    assert document["components"]["parameters"] == {"x-fapi-financial-id-Param": parameter}
    assert list(document["paths"]) == ["/a"]
    assert list(document["paths"]["/a"]["get"]["responses"]) == ["200"]

"""Refs to places that are not components (DigitalOcean's style) become components."""

from __future__ import annotations

import json
from typing import Any

from specbind.errors import Severity
from specbind.openapi.document import parse_document
from specbind.openapi.normalise import normalise
from specbind.openapi.ref_targets import INLINED_FROM, MOVED_FROM, kind_at, promote_ref_targets
from specbind.openapi.validate import iter_refs, validate_document

KEYS = "#/paths/~1v2~1keys~1%7Bid%7D"  # /v2/keys/{id}, percent-encoded as a fragment


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


def _document() -> dict[str, Any]:
    key = {"type": "object", "properties": {"name": {"type": "string"}}}
    get = {
        "operationId": "keys_get",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {}}],
        "responses": {
            "200": {
                "description": "one key",
                "headers": {"ratelimit-limit": {"schema": {"type": "integer"}}},
                "content": _json({"type": "object", "properties": {"key": key}}),
            },
            "401": {"description": "no", "content": _json({"type": "object"})},
        },
    }
    delete = {
        "operationId": "keys_delete",
        "parameters": [{"$ref": f"{KEYS}/get/parameters/0"}],
        "responses": {
            "200": {
                "description": "the deleted key",
                "headers": {
                    "ratelimit-limit": {"$ref": f"{KEYS}/get/responses/200/headers/ratelimit-limit"}
                },
                "content": _json({"type": "object"}),
            },
            "401": {"$ref": f"{KEYS}/get/responses/401"},
        },
    }
    put = {
        "operationId": "keys_put",
        # A chain: a ref to a ref to the parameter.
        "parameters": [{"$ref": f"{KEYS}/delete/parameters/0"}],
        "requestBody": {
            "content": _json(
                {
                    "$ref": f"{KEYS}/get/responses/200/content/application~1json/schema"
                    "/properties/key"
                }
            )
        },
        "responses": {"204": {"description": "done"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/v2/keys/{id}": {"get": get, "delete": delete, "put": put},
            # A path item has no component section: the ref gets a copy.
            "/v2/keys/{id}/again": {"$ref": KEYS},
        },
    }


def test_kinds_follow_the_structure_of_openapi() -> None:
    assert kind_at(["paths", "/a", "get", "parameters", "0"]) == "parameter"
    assert kind_at(["paths", "/a", "parameters", "0", "schema"]) == "schema"
    assert kind_at(["paths", "/a", "get", "responses", "200", "headers", "h"]) == "header"
    media = ["paths", "/a", "get", "requestBody", "content", "application/json"]
    assert kind_at(media) == "media"
    assert kind_at([*media, "schema", "allOf", "1", "properties", "x", "items"]) == "schema"
    assert kind_at([*media, "schema", "properties", "x", "example"]) == "other"
    assert kind_at(["components", "responses", "R", "content", "a/b", "schema"]) == "schema"
    assert kind_at(["paths", "/a", "get"]) == "operation"


def test_targets_become_components_and_their_places_and_refs_point_there() -> None:
    data = _document()
    data["components"] = {"schemas": {}}
    promote_ref_targets(data)
    components = data["components"]
    item = data["paths"]["/v2/keys/{id}"]
    get, delete, put = item["get"], item["delete"], item["put"]

    parameter = {"$ref": "#/components/parameters/KeysGetId"}
    assert get["parameters"] == delete["parameters"] == put["parameters"] == [parameter]
    assert components["parameters"]["KeysGetId"]["name"] == "id"
    assert (
        components["parameters"]["KeysGetId"][MOVED_FROM]
        == f"{KEYS[:1]}/paths/~1v2~1keys~1{{id}}/get/parameters/0"
    )

    unauthorised = {"$ref": "#/components/responses/KeysGetResponse401"}
    assert get["responses"]["401"] == delete["responses"]["401"] == unauthorised
    assert components["responses"]["KeysGetResponse401"]["description"] == "no"

    header = {"$ref": "#/components/headers/KeysGetResponseRatelimitLimit"}
    assert get["responses"]["200"]["headers"]["ratelimit-limit"] == header
    assert delete["responses"]["200"]["headers"]["ratelimit-limit"] == header

    key = {"$ref": "#/components/schemas/KeysGetResponseKey"}
    assert components["schemas"]["KeysGetResponseKey"]["properties"] == {"name": {"type": "string"}}
    assert put["requestBody"]["content"]["application/json"]["schema"] == key
    got = get["responses"]["200"]["content"]["application/json"]["schema"]
    assert got["properties"]["key"] == key

    again = data["paths"]["/v2/keys/{id}/again"]
    assert again[INLINED_FROM] == "#/paths/~1v2~1keys~1{id}"
    assert again["get"]["operationId"] == "keys_get"
    assert again["put"]["parameters"] == [parameter]

    assert {ref for _, ref in iter_refs(data)} == {
        "#/components/parameters/KeysGetId",
        "#/components/responses/KeysGetResponse401",
        "#/components/headers/KeysGetResponseRatelimitLimit",
        "#/components/schemas/KeysGetResponseKey",
    }


def test_the_normalised_document_is_valid_and_every_operation_stays() -> None:
    result = normalise(_document())
    text = json.dumps(result)
    problems = validate_document(parse_document(text, "normalised.json"))
    assert [p for p in problems if p.severity is Severity.ERROR] == []
    refs = {ref for _, ref in iter_refs(result)}
    assert refs and all(ref.startswith("#/components/") and "%" not in ref for ref in refs)
    assert sorted(result["paths"]["/v2/keys/{id}"]) == ["delete", "get", "put"]
    again = result["paths"]["/v2/keys/{id}/again"]
    assert again["get"]["operationId"] == "keys_get_2"


def test_a_percent_encoded_ref_to_a_component_is_written_plainly() -> None:
    data = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {"A b": {"type": "string"}, "C": {"$ref": "#/components/schemas/A%20b"}}
        },
    }
    promote_ref_targets(data)
    assert data["components"]["schemas"]["C"] == {"$ref": "#/components/schemas/A b"}


def test_a_ref_inside_an_example_is_data_and_stays() -> None:
    data = _document()
    data["components"] = {"schemas": {}}
    get = data["paths"]["/v2/keys/{id}"]["get"]
    media = get["responses"]["200"]["content"]["application/json"]
    media["example"] = {"$ref": f"{KEYS}/get/parameters/0"}
    media["examples"] = {"one": {"value": {"$ref": f"{KEYS}/get/parameters/0"}}}
    promote_ref_targets(data)
    assert media["example"] == {"$ref": f"{KEYS}/get/parameters/0"}
    assert media["examples"]["one"]["value"] == {"$ref": f"{KEYS}/get/parameters/0"}
    assert get["parameters"] == [{"$ref": "#/components/parameters/KeysGetId"}]

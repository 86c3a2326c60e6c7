"""Request and response views: readOnly never asked for, writeOnly never expected."""

from __future__ import annotations

from typing import Any

from specbind.openapi.normalise import copy_json, normalise


def _doc(schemas: dict[str, Any], body_ref: str, response_ref: str) -> dict[str, Any]:
    def media(ref: str) -> dict[str, Any]:
        return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}

    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/": {
                "post": {
                    "operationId": "things_create",
                    "requestBody": {"required": True, "content": media(body_ref)},
                    "responses": {"201": {"description": "", "content": media(response_ref)}},
                }
            }
        },
        "components": {"schemas": schemas},
    }


ISSUER = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "readOnly": True},
        "entityId": {"type": "string"},
        "owner": {"$ref": "#/components/schemas/Owner"},
    },
    "required": ["name", "entityId", "owner"],
}
OWNER = {
    "type": "object",
    "properties": {"id": {"type": "integer", "readOnly": True}, "email": {"type": "string"}},
    "required": ["id"],
}


def test_schema_used_both_ways_gets_a_request_view_and_keeps_its_name_for_responses() -> None:
    source = _doc({"Issuer": ISSUER, "Owner": OWNER}, "Issuer", "Issuer")
    result = normalise(source)
    schemas = result["components"]["schemas"]

    assert schemas["Issuer"] == ISSUER
    assert schemas["IssuerRequest"]["properties"].keys() == {"entityId", "owner"}
    assert schemas["IssuerRequest"]["required"] == ["entityId", "owner"]
    assert schemas["IssuerRequest"]["properties"]["owner"] == {
        "$ref": "#/components/schemas/OwnerRequest"
    }
    assert schemas["OwnerRequest"]["properties"].keys() == {"email"}
    assert "required" not in schemas["OwnerRequest"]
    body = result["paths"]["/things/"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/IssuerRequest"}
    response = result["paths"]["/things/"]["post"]["responses"]["201"]["content"]
    assert response["application/json"]["schema"] == {"$ref": "#/components/schemas/Issuer"}
    assert source["components"]["schemas"]["Issuer"] == ISSUER, "input must not change"


def test_request_only_and_response_only_schemas_are_trimmed_in_place() -> None:
    patched = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "platform_key": {"type": "string", "writeOnly": True},
        },
    }
    group = {
        "type": "object",
        "properties": {
            "id": {"type": "integer", "readOnly": True},
            "platform_key": {"type": "string", "writeOnly": True},
        },
        "required": ["id", "platform_key"],
    }
    result = normalise(_doc({"Patched": patched, "Group": group}, "Patched", "Group"))
    schemas = result["components"]["schemas"]

    assert set(schemas) == {"Patched", "Group"}
    assert schemas["Patched"]["properties"].keys() == {"platform_key"}
    assert schemas["Group"]["properties"].keys() == {"id"}
    assert schemas["Group"]["required"] == ["id"]


def test_request_view_name_that_is_taken_gets_a_number() -> None:
    taken = {"type": "object", "properties": {"x": {"type": "string"}}}
    result = normalise(
        _doc({"Issuer": ISSUER, "Owner": OWNER, "IssuerRequest": taken}, "Issuer", "Issuer")
    )
    schemas = result["components"]["schemas"]
    assert schemas["IssuerRequest"] == taken
    assert schemas["IssuerRequest2"]["x-specbind-view-of"] == "#/components/schemas/Issuer"


def test_schema_without_read_or_write_only_fields_is_untouched() -> None:
    plain = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    source = _doc({"Plain": plain}, "Plain", "Plain")
    assert normalise(source) == source


def test_a_read_only_nested_object_does_not_make_a_request_view_of_its_schema() -> None:
    user = {
        "type": "object",
        "properties": {"id": {"type": "integer", "readOnly": True}, "name": {"type": "string"}},
        "required": ["id"],
    }
    group = {
        "type": "object",
        "properties": {
            "owner": {"allOf": [{"$ref": "#/components/schemas/User"}], "readOnly": True},
            "title": {"type": "string"},
        },
    }
    result = normalise(_doc({"Group": group, "User": user}, "Group", "Group"))
    schemas = result["components"]["schemas"]

    assert set(schemas) == {"Group", "GroupRequest", "User"}
    assert schemas["GroupRequest"]["properties"] == {"title": {"type": "string"}}
    assert schemas["User"] == user


def test_copy_json_is_deep_and_keeps_shared_nodes_shared() -> None:
    shared = {"type": "string", "enum": ["a", "b"]}
    data = {"x": shared, "y": [shared, {"z": [1, 2.5, None, True]}]}
    copied = copy_json(data)
    assert copied == data
    assert copied["x"] is not shared and copied["y"][1]["z"] is not data["y"][1]["z"]
    assert copied["x"] is copied["y"][0]
    copied["x"]["enum"].append("c")
    assert shared["enum"] == ["a", "b"]
    assert copied["y"][0]["enum"] == ["a", "b", "c"]

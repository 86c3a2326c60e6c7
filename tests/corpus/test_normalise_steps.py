"""The document-level normalising steps, each on a tiny document."""

from __future__ import annotations

import copy
from typing import Any

from specbind.client.engine_passes import engine_ready
from specbind.openapi.normalise import (
    DROPPED_DEFAULT,
    DROPPED_MEDIA_TYPES,
    INLINED_FROM,
    ORIGINAL_MEDIA_TYPE,
    ORIGINAL_NAME,
    ORIGINAL_OPERATION_ID,
    ORIGINAL_TAGS,
    TITLE,
    UNNAMED_PROPERTIES,
    UNUSED_SCHEMAS,
    normalise,
)
from specbind.openapi.validate import iter_operations

REF = "#/components/schemas/"


def _doc(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}}
    doc["paths"] = paths
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    doc.update(extra)
    return doc


def _get(schema: dict[str, Any], operation_id: str | None = "op") -> dict[str, Any]:
    operation: dict[str, Any] = {
        "responses": {
            "200": {"description": "", "content": {"application/json": {"schema": schema}}}
        }
    }
    if operation_id is not None:
        operation["operationId"] = operation_id
    return {"get": operation}


def _ids(doc: dict[str, Any]) -> list[str]:
    return [op["operationId"] for _, _, op, _ in iter_operations(doc)]


def test_the_input_is_never_modified() -> None:
    source = _doc({"/a": _get({"$ref": REF + "foo.Bar"})}, {"foo.Bar": {"type": "object"}})
    before = copy.deepcopy(source)
    normalise(source)
    assert source == before


def test_missing_and_blank_operation_ids_come_from_method_and_path() -> None:
    doc = _doc({"/users/{id}": _get({"type": "string"}, None), "/x": _get({}, "  ")})
    result = normalise(doc)
    assert _ids(result) == ["get_/users/{id}", "get_/x"]
    assert result["paths"]["/x"]["get"][ORIGINAL_OPERATION_ID] == "  "
    assert ORIGINAL_OPERATION_ID not in result["paths"]["/users/{id}"]["get"]


def test_operation_ids_equal_after_sanitising_get_numbers_and_keep_the_original() -> None:
    doc = _doc({"/a": _get({}, "getUser"), "/b": _get({}, "get_user"), "/c": _get({}, "GetUser")})
    result = normalise(doc)
    assert _ids(result) == ["getUser", "get_user_2", "get_user_3"]
    assert result["paths"]["/b"]["get"][ORIGINAL_OPERATION_ID] == "get_user"
    assert ORIGINAL_OPERATION_ID not in result["paths"]["/a"]["get"]


def test_odd_schema_names_are_renamed_and_every_ref_follows() -> None:
    schemas = {
        "foo.Bar": {"type": "object", "properties": {"next": {"$ref": REF + "foo.Bar"}}},
        "FooBar": {"type": "object", "properties": {"a": {"type": "string"}}},
        "1st": {"type": "object", "properties": {"b": {"$ref": REF + "foo.Bar"}}},
        "class": {"type": "string"},
    }
    result = normalise(_doc({"/a": _get({"$ref": REF + "1st"})}, schemas))
    names = result["components"]["schemas"]
    assert sorted(names) == ["Class", "FooBar", "FooBar2", "Model1st"]
    assert names["FooBar2"][ORIGINAL_NAME] == "foo.Bar"
    assert names["FooBar2"]["properties"]["next"] == {"$ref": REF + "FooBar2"}
    assert names["Model1st"]["properties"]["b"] == {"$ref": REF + "FooBar2"}
    media = result["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == {"$ref": REF + "Model1st"}


def test_recursive_and_mutually_recursive_schemas_stay_intact() -> None:
    schemas = {
        "node": {"type": "object", "properties": {"children": {"items": {"$ref": REF + "node"}}}},
        "A": {"type": "object", "properties": {"b": {"$ref": REF + "B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": REF + "A"}}},
    }
    result = normalise(_doc({"/n": _get({"$ref": REF + "node"}), "/a": _get({"$ref": REF + "A"})}))
    assert result == normalise(result)
    result = normalise(
        _doc(
            {"/n": _get({"$ref": REF + "node"}, "n"), "/a": _get({"$ref": REF + "A"}, "a")}, schemas
        )
    )
    node = result["components"]["schemas"]["Node"]
    assert node["properties"]["children"]["items"] == {"$ref": REF + "Node"}
    assert result["components"]["schemas"]["B"]["properties"]["a"] == {"$ref": REF + "A"}


def test_colliding_enum_member_names_get_varnames_and_values_stay() -> None:
    values = ["a-b", "a_b", "A B", "", "1st", None]
    schema = {"type": "string", "nullable": True, "enum": values}
    result = normalise(_doc({"/a": _get({"$ref": REF + "E"})}, {"E": schema}))
    enum = result["components"]["schemas"]["E"]
    assert enum["enum"] == values
    assert enum["x-enum-varnames"] == ["A_B", "A_B_2", "A_B_3", "EMPTY", "VALUE_1ST"]


def test_enums_that_already_name_well_are_untouched() -> None:
    schema = {"type": "string", "enum": ["open", "closed"]}
    result = normalise(_doc({"/a": _get({"$ref": REF + "E"})}, {"E": schema}))
    assert "x-enum-varnames" not in result["components"]["schemas"]["E"]


def test_titles_leave_class_naming_unless_they_equal_the_name() -> None:
    schemas = {
        "Same": {"title": "Same", "type": "object"},
        "Other": {"title": "Simple User", "type": "object", "properties": {"x": {"title": "X"}}},
    }
    result = normalise(_doc({"/a": _get({"$ref": REF + "Other"})}, schemas))
    out = result["components"]["schemas"]
    assert out["Same"]["title"] == "Same"
    assert "title" not in out["Other"] and out["Other"][TITLE] == "Simple User"


def test_refs_into_a_schema_are_inlined() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"user": {"type": "string", "maxLength": 5}}},
        "B": {"type": "object", "properties": {"u": {"$ref": REF + "A/properties/user"}}},
    }
    result = normalise(_doc({"/b": _get({"$ref": REF + "B"})}, schemas))
    inlined = result["components"]["schemas"]["B"]["properties"]["u"]
    assert inlined == {"type": "string", "maxLength": 5, INLINED_FROM: REF + "A/properties/user"}


def test_inline_bodies_responses_enums_and_union_members_get_names() -> None:
    inline = {"type": "object", "properties": {"s": {"type": "string", "enum": ["x", "y"]}}}
    union = {"oneOf": [{"type": "object", "properties": {"a": {"type": "integer"}}}]}
    doc = _doc({"/a": _get({"type": "array", "items": inline}, "listThings")}, {"U": union})
    doc["paths"]["/a"]["get"]["responses"]["404"] = {
        "description": "",
        "content": {"application/json": {"schema": {"$ref": REF + "U"}}},
    }
    result = normalise(doc)
    schemas = result["components"]["schemas"]
    response = result["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert response["schema"] == {
        "type": "array",
        "items": {"$ref": REF + "ListThingsResponseItem"},
    }
    assert schemas["ListThingsResponseItem"]["properties"]["s"] == {
        "$ref": REF + "ListThingsResponseItemS"
    }
    assert schemas["ListThingsResponseItemS"]["enum"] == ["x", "y"]
    assert schemas["U"]["oneOf"] == [{"$ref": REF + "UOption1"}]


def test_nullable_models_become_nullable_at_each_use() -> None:
    schemas = {
        "User": {"type": "object", "nullable": True, "properties": {"id": {"type": "integer"}}},
        "Team": {"type": "object", "properties": {"lead": {"$ref": REF + "User"}}},
    }
    result = normalise(_doc({"/t": _get({"$ref": REF + "Team"})}, schemas))
    out = result["components"]["schemas"]
    assert out["User"]["nullable"] is False
    assert out["Team"]["properties"]["lead"] == {
        "anyOf": [{"$ref": REF + "User"}, {"type": "null"}]
    }


def test_properties_whose_python_names_clash_travel_as_additional_properties() -> None:
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": ["+1", "-1"],
        "properties": {"+1": {"type": "integer"}, "-1": {"type": "integer"}},
    }
    result = engine_ready(_doc({"/r": _get({"$ref": REF + "R"})}, {"R": schema}))
    out = result["components"]["schemas"]["R"]
    assert list(out["properties"]) == ["+1"]
    assert out[UNNAMED_PROPERTIES] == {"-1": {"type": "integer"}}
    assert out["additionalProperties"] is True
    assert out["required"] == ["+1"]


def test_defaults_their_schema_rejects_are_dropped_with_a_note() -> None:
    schema = {
        "type": "object",
        "properties": {
            "n": {"type": "integer", "default": "inf"},
            "ok": {"type": "integer", "default": 3},
            "e": {"type": "string", "enum": ["a", "\\"], "default": "\\"},
            "z": {"type": "string", "enum": ["a"], "default": "b"},
            "f": {"type": "number", "default": 1.5},
        },
    }
    result = engine_ready(_doc({"/a": _get({"$ref": REF + "S"})}, {"S": schema}))
    schemas = result["components"]["schemas"]
    props = schemas["S"]["properties"]
    assert props["n"] == {"type": "integer", DROPPED_DEFAULT: "inf"}
    assert props["ok"]["default"] == 3
    assert props["e"] == {"$ref": REF + "SE"}
    assert schemas["SE"][DROPPED_DEFAULT] == "\\"
    assert props["z"] == {"$ref": REF + "SZ"}
    assert schemas["SZ"][DROPPED_DEFAULT] == "b"
    assert props["f"]["default"] == 1.5


def test_wildcard_media_types_become_json_or_bytes() -> None:
    doc = _doc({"/a": {"get": {"operationId": "a", "responses": {}}}})
    operation = doc["paths"]["/a"]["get"]
    operation["responses"]["200"] = {
        "description": "",
        "content": {"*/*": {"schema": {"type": "object"}}},
    }
    operation["requestBody"] = {
        "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}
    }
    result = normalise(doc)
    out = result["paths"]["/a"]["get"]
    assert out["responses"]["200"]["content"]["application/json"][ORIGINAL_MEDIA_TYPE] == "*/*"
    assert list(out["requestBody"]["content"]) == ["application/octet-stream"]


def test_webhook_only_schemas_are_set_aside_and_operation_schemas_stay() -> None:
    schemas = {
        "Used": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Hook": {"type": "object", "properties": {"u": {"$ref": REF + "Used"}}},
        "Spare": {"type": "object"},
    }
    hook = {
        "post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": REF + "Hook"}}}}
        }
    }
    doc = _doc({"/a": _get({"$ref": REF + "Used"})}, schemas, **{"x-webhooks": {"h": hook}})
    result = normalise(doc)
    assert sorted(result["components"]["schemas"]) == ["Spare", "Used"]
    assert list(result["components"][UNUSED_SCHEMAS]) == ["Hook"]


def test_a_document_without_components_gets_them() -> None:
    result = normalise(_doc({"/a": _get({"type": "string"})}))
    assert result["components"] == {"schemas": {}}


def test_a_wildcard_beside_specific_types_is_dropped_and_unreadable_responses_are_bytes() -> None:
    doc = _doc({"/a": {"put": {"operationId": "a", "responses": {}}}})
    operation = doc["paths"]["/a"]["put"]
    operation["requestBody"] = {
        "content": {"*/*": {"schema": {"type": "array"}}, "application/json": {"schema": {}}}
    }
    operation["responses"]["200"] = {"description": "", "content": {"application/pdf": {}}}
    result = normalise(doc)["paths"]["/a"]["put"]
    assert list(result["requestBody"]["content"]) == ["application/json"]
    assert result["requestBody"][DROPPED_MEDIA_TYPES] == ["*/*"]
    assert result["responses"]["200"]["content"] == {
        "application/octet-stream": {ORIGINAL_MEDIA_TYPE: "application/pdf"}
    }


def test_arrays_without_items_and_boolean_property_schemas_are_spelled_out() -> None:
    schema = {
        "type": "object",
        "properties": {"list": {"type": "array"}, "any": True, "never": False},
    }
    result = normalise(_doc({"/a": _get({"$ref": REF + "S"})}, {"S": schema}))
    props = result["components"]["schemas"]["S"]["properties"]
    assert props == {"list": {"type": "array", "items": {}}, "any": {}, "never": {"not": {}}}


def test_properties_named_like_keywords_are_not_keywords() -> None:
    inner = {"type": "object", "readOnly": True, "properties": {"enum": {"type": "string"}}}
    schema = {"type": "object", "properties": {"properties": inner, "title": {"type": "string"}}}
    result = normalise(_doc({"/a": _get({"$ref": REF + "S"})}, {"S": schema}))
    schemas = result["components"]["schemas"]
    props = schemas["S"]["properties"]
    assert props["title"] == {"type": "string"}
    # The inline object became a component; its use keeps readOnly.
    assert props["properties"] == {"$ref": REF + "SProperties", "readOnly": True}
    assert schemas["SProperties"]["properties"] == {"enum": {"type": "string"}}


def test_allof_members_agree_that_a_property_is_not_null() -> None:
    user = {"type": "object", "properties": {"name": {"type": "string", "nullable": True}}}
    org = {"type": "object", "properties": {"name": {"type": "string"}}}
    schema = {"type": "object", "properties": {"account": {"nullable": True, "allOf": [user, org]}}}
    result = normalise(_doc({"/a": _get({"$ref": REF + "S"})}, {"S": schema}))
    schemas = result["components"]["schemas"]
    assert schemas["S"]["properties"]["account"] == {
        "anyOf": [{"$ref": REF + "SAccount"}, {"type": "null"}]
    }
    assert schemas["SAccount"]["nullable"] is False
    assert schemas["SAccount"]["allOf"][0]["properties"]["name"]["nullable"] is False


def test_request_bodies_neither_json_nor_form_are_sent_as_text_or_bytes() -> None:
    doc = _doc({}, {"Doc": {"type": "object", "description": "a document"}})
    for path, content in {
        "/jpeg": {"image/jpeg": {"schema": {"type": "string", "format": "byte"}}},
        "/md": {"text/plain": {"schema": {"type": "string"}}, "text/x-markdown": {}},
        "/xml": {"application/xml": {"schema": {"$ref": REF + "Doc"}}},
        "/both": {"application/json": {"schema": {"type": "string"}}, "text/plain": {}},
    }.items():
        doc["paths"][path] = {
            "put": {"requestBody": {"content": content}, "responses": {"204": {"description": ""}}}
        }
    paths = normalise(doc)["paths"]
    jpeg = paths["/jpeg"]["put"]["requestBody"]
    assert jpeg["content"] == {
        "application/octet-stream": {
            "schema": {"type": "string"},
            ORIGINAL_MEDIA_TYPE: "image/jpeg",
        }
    }
    markdown = paths["/md"]["put"]["requestBody"]
    assert markdown["content"]["application/octet-stream"][ORIGINAL_MEDIA_TYPE] == "text/plain"
    assert list(markdown["content"]) == ["application/octet-stream"]
    assert markdown[DROPPED_MEDIA_TYPES] == ["text/x-markdown"]
    xml = paths["/xml"]["put"]["requestBody"]["content"]["application/octet-stream"]
    assert xml["schema"] == {"type": "string", "format": "binary", "description": "a document"}
    both = paths["/both"]["put"]["requestBody"]["content"]
    assert list(both) == ["application/json", "application/octet-stream"]
    assert both["application/octet-stream"]["schema"] == {"type": "string", "format": "binary"}


def test_only_the_client_path_adapts_to_the_engines_names_and_escaping() -> None:
    """`normalise` is what every consumer reads; `engine_ready` adds what only
    openapi-python-client needs: its attribute names, its escaping of string defaults,
    its module names for tags."""
    schema = {
        "type": "object",
        "properties": {
            "+1": {"type": "integer"},
            "-1": {"type": "integer"},
            "path": {"type": "string", "default": "C:\\votes"},
            "answer": {"type": "string", "enum": ["true", "True"]},
        },
    }
    doc = _doc({"/r": _get({"$ref": REF + "R"})}, {"R": schema})
    doc["paths"]["/r"]["get"]["tags"] = ["µ"]
    neutral = normalise(doc)
    out = neutral["components"]["schemas"]["R"]
    assert list(out["properties"]) == ["+1", "-1", "path", "answer"]
    assert out["properties"]["path"]["default"] == "C:\\votes"
    assert UNNAMED_PROPERTIES not in out
    assert neutral["components"]["schemas"]["RAnswer"]["x-enum-varnames"] == ["TRUE", "TRUE_2"]
    assert neutral["paths"]["/r"]["get"]["tags"] == ["µ"]

    engine = engine_ready(doc)
    out = engine["components"]["schemas"]["R"]
    assert list(out["properties"]) == ["+1", "path", "answer"]
    assert out["properties"]["path"] == {"type": "string", DROPPED_DEFAULT: "C:\\votes"}
    assert engine["paths"]["/r"]["get"]["tags"] == ["default"]  # no ASCII words in `µ`
    assert engine["paths"]["/r"]["get"][ORIGINAL_TAGS] == ["µ"]

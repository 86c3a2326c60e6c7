"""allOf, union and enum shapes the client engine rejects, each on a tiny document the
engine then reads whole (no schema or endpoint left out)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config as EngineConfig
from openapi_python_client.config import ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData

from specbind.openapi.normalise import normalise
from specbind.openapi.normalise.compositions import (
    DROPPED_ENUM,
    NULL_UNION,
    enum_members_of_its_type,
)

REF = "#/components/schemas/"


def _doc(schemas: dict[str, Any], root: str = "A", openapi: str = "3.0.3") -> dict[str, Any]:
    media = {"application/json": {"schema": {"$ref": REF + root}}}
    operation = {
        "operationId": "op",
        "requestBody": {"content": media},
        "responses": {"200": {"description": "", "content": media}},
    }
    return {
        "openapi": openapi,
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"post": operation}},
        "components": {"schemas": schemas},
    }


def _engine_errors(data: dict[str, Any]) -> list[str]:
    """What openapi-python-client would leave out of the normalised document."""
    with tempfile.TemporaryDirectory() as out:
        config = EngineConfig.from_sources(
            ConfigFile(),
            MetaType.UV,
            Path("t.json"),
            "utf-8",
            overwrite=True,
            output_path=Path(out),
        )
        parsed = GeneratorData.from_dict(data, config=config)
    assert isinstance(parsed, GeneratorData), parsed
    errors = [*parsed.errors]
    for collection in parsed.endpoint_collections_by_tag.values():
        errors.extend(collection.parse_errors)
    return [f"{e.header}: {e.detail}" for e in errors]


def test_annotation_only_allof_members_move_to_the_schema() -> None:
    # Box: `allOf: [X, {description: ...}]` on enums, unions and models.
    schemas = {
        "Kind": {"type": "string", "enum": ["a", "b"]},
        "User": {"type": "object", "properties": {"id": {"type": "string"}}},
        "A": {
            "type": "object",
            "properties": {
                "kind": {"allOf": [{"$ref": REF + "Kind"}, {"description": "the kind"}]},
                "by": {"allOf": [{"$ref": REF + "User"}, {"description": "who"}]},
                "source": {
                    "allOf": [
                        {"oneOf": [{"$ref": REF + "User"}, {"$ref": REF + "Kind"}]},
                        {"description": "where", "readOnly": True},
                    ]
                },
            },
        },
    }
    result = normalise(_doc(schemas))
    props = result["components"]["schemas"]["A"]["properties"]
    assert props["kind"] == {"$ref": REF + "Kind", "description": "the kind"}
    assert props["by"] == {"allOf": [{"$ref": REF + "User"}], "description": "who"}
    assert props["source"]["oneOf"] == [{"$ref": REF + "User"}, {"$ref": REF + "Kind"}]
    assert props["source"]["description"] == "where"
    assert "allOf" not in props["source"]
    assert _engine_errors(result) == []


def test_an_allof_of_scalars_is_one_scalar_with_every_constraint() -> None:
    # DigitalOcean: `allOf: [$ref: RegionSlug, {nullable: true, type: string}]`.
    schemas = {
        "Slug": {"type": "string", "enum": ["nyc1", "ams2", "sfo3"], "maxLength": 10},
        "A": {
            "type": "object",
            "properties": {
                "region": {"allOf": [{"$ref": REF + "Slug"}, {"type": "string", "nullable": True}]},
                "label": {"allOf": [{"type": "string", "maxLength": 4}, {"maxLength": 16}]},
                "both": {
                    "allOf": [{"$ref": REF + "Slug"}, {"enum": ["ams2", "sfo3", "lon1"]}],
                    "nullable": True,
                },
            },
        },
    }
    result = normalise(_doc(schemas))
    schemas_out = result["components"]["schemas"]
    props = schemas_out["A"]["properties"]
    region = schemas_out[props["region"]["$ref"].removeprefix(REF)]
    assert region["enum"] == ["nyc1", "ams2", "sfo3"] and "nullable" not in region
    assert props["label"] == {"type": "string", "maxLength": 4}
    both = schemas_out[props["both"]["$ref"].removeprefix(REF)]
    assert both["enum"] == ["ams2", "sfo3"] and both["maxLength"] == 10
    assert _engine_errors(result) == []


def test_a_nullable_property_is_not_null_when_a_nested_allof_member_refuses_null() -> None:
    # Asana: `parent: allOf [TaskCompact, {resource_subtype: nullable string}]` where
    # TaskCompact is itself an allOf whose member types resource_subtype as an enum.
    schemas = {
        "Base": {"type": "object", "properties": {"gid": {"type": "string"}}},
        "Task": {
            "allOf": [
                {"$ref": REF + "Base"},
                {"type": "object", "properties": {"sub": {"type": "string", "enum": ["x"]}}},
            ]
        },
        "A": {
            "type": "object",
            "properties": {
                "parent": {
                    "allOf": [
                        {"$ref": REF + "Task"},
                        {
                            "type": "object",
                            "properties": {"sub": {"type": "string", "nullable": True}},
                        },
                    ]
                }
            },
        },
    }
    result = normalise(_doc(schemas))
    parent = result["components"]["schemas"]["A"]["properties"]["parent"]
    assert parent["allOf"][1]["properties"]["sub"]["nullable"] is False
    assert _engine_errors(result) == []


def test_nested_inline_objects_get_a_component_each_at_every_depth() -> None:
    # Box: two allOf members each hold an inline `options` item; the engine named both
    # `...OptionsItem` and refused the second.
    option = {"type": "object", "properties": {"key": {"type": "string"}}}
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "fields": {
                    "type": "array",
                    "items": {
                        "allOf": [
                            {
                                "type": "object",
                                "properties": {"options": {"type": "array", "items": option}},
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "options": {
                                        "type": "array",
                                        "items": {
                                            "allOf": [
                                                option,
                                                {"properties": {"id": {"type": "string"}}},
                                            ]
                                        },
                                    },
                                    "meta": {"type": "object", "readOnly": True},
                                },
                            },
                        ]
                    },
                }
            },
        }
    }
    result = normalise(_doc(schemas))
    out = result["components"]["schemas"]
    members = out["A"]["properties"]["fields"]["items"]["allOf"]
    assert members[0]["properties"]["options"]["items"] == {
        "$ref": REF + "AFieldsItemOption1OptionsItem"
    }
    assert out["AFieldsItemOption1OptionsItem"] == option
    # The use keeps readOnly, so the request view still leaves `meta` out.
    meta = {"$ref": REF + "AFieldsItemOption2Meta", "readOnly": True}
    assert members[1]["properties"]["meta"] == meta
    assert "meta" not in out["ARequest"]["properties"]["fields"]["items"]["allOf"][1]["properties"]
    assert _engine_errors(result) == []


def test_a_null_typed_union_and_an_enum_that_refuses_null() -> None:
    # Vercel (3.1): `type: "null"` beside a oneOf (literally nothing is valid; meant
    # "or null"), and an enum without null under `type: [string, "null"]`.
    schemas = {
        "V": {"type": "null", "oneOf": [{"type": "string"}, {"type": "integer"}]},
        "A": {
            "type": "object",
            "properties": {
                "v": {"$ref": REF + "V"},
                "framework": {"type": ["string", "null"], "enum": ["next", "vite"]},
            },
        },
    }
    result = normalise(_doc(schemas, openapi="3.1.0"))
    out = result["components"]["schemas"]
    assert out["V"]["oneOf"] == [{"type": "string"}, {"type": "integer"}, {"type": "null"}]
    assert "type" not in out["V"] and out["V"][NULL_UNION] is True
    framework = out[out["A"]["properties"]["framework"]["$ref"].removeprefix(REF)]
    assert framework["type"] == "string" and framework["enum"] == ["next", "vite"]
    assert _engine_errors(result) == []


def test_a_union_of_every_json_type_is_any_value_and_others_stay() -> None:
    # Vercel's EdgeConfigItemValue refers to itself, which the engine cannot read.
    every = [
        {"type": "string"},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "object"},
        {"type": "array", "items": {"$ref": REF + "V"}},
        {"type": "null"},
    ]
    schemas = {
        "V": {"oneOf": every, "description": "any"},
        "W": {"oneOf": every[:5]},
        "A": {"type": "object", "properties": {"v": {"$ref": REF + "V"}, "w": {"$ref": REF + "W"}}},
    }
    result = normalise(_doc(schemas, openapi="3.1.0"))
    out = result["components"]["schemas"]
    assert out["V"] == {"description": "any"}
    assert len(out["W"]["oneOf"]) == 5


def test_enum_members_its_type_refuses_leave_and_object_enums_go() -> None:
    typed = {"type": "string", "enum": ["Start", True, False, "Approve"]}
    nullable = {"type": "integer", "nullable": True, "enum": [1, 2.0, None, "3"]}
    objects = {"type": "object", "enum": [{}]}
    untyped = {"enum": ["a", 1]}
    data = {"components": {"schemas": {"A": typed, "B": nullable, "C": objects, "D": untyped}}}
    enum_members_of_its_type(data)
    assert typed == {"type": "string", "enum": ["Start", "Approve"], DROPPED_ENUM: [True, False]}
    assert nullable["enum"] == [1, 2.0, None] and nullable[DROPPED_ENUM] == ["3"]
    assert objects == {"type": "object", DROPPED_ENUM: [{}]}
    assert untyped == {"enum": ["a", 1]}


def test_a_typeless_nullable_allof_member_leaves_the_ref_to_a_union() -> None:
    # PandaScore: `allOf: [{nullable: true}, {$ref: OpponentID}]`, a union of two ids.
    schemas = {
        "Player": {"type": "integer"},
        "Team": {"type": "integer"},
        "Opponent": {"anyOf": [{"$ref": REF + "Player"}, {"$ref": REF + "Team"}]},
        "A": {
            "type": "object",
            "properties": {
                "winner": {
                    "allOf": [{"nullable": True}, {"$ref": REF + "Opponent"}],
                    "deprecated": False,
                },
                "typed": {"allOf": [{"nullable": True, "type": "integer"}, {"minimum": 1}]},
            },
        },
    }
    result = normalise(_doc(schemas))
    props = result["components"]["schemas"]["A"]["properties"]
    assert props["winner"]["$ref"] == REF + "Opponent"
    assert "allOf" not in props["winner"] and "nullable" not in props["winner"]
    assert props["typed"] == {"type": "integer", "minimum": 1, "nullable": True}  # typed: kept
    assert _engine_errors(result) == []

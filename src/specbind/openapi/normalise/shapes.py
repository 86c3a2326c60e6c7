"""Schemas JSON Schema allows in a short form, spelled out for every reader."""

from __future__ import annotations

from typing import Any

from specbind.openapi.normalise.walk import iter_schema_dicts, looks_like_schema


def schema_shapes(data: dict[str, Any]) -> None:
    """Shapes JSON Schema allows and the client engine rejects, said the long way:
    an array without `items` gets `items: {}` (anything), and a boolean schema where a
    property or `items` goes (3.1) becomes `{}` (true) or `{"not": {}}` (false).
    """
    for schema in list(iter_schema_dicts(data)):
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "array" in kinds and "items" not in schema and "prefixItems" not in schema:
            schema["items"] = {}
        if isinstance(schema.get("items"), bool):
            schema["items"] = {} if schema["items"] else {"not": {}}
        properties = schema.get("properties")
        if isinstance(properties, dict) and looks_like_schema(schema):
            for name, value in list(properties.items()):
                if isinstance(value, bool):
                    properties[name] = {} if value else {"not": {}}

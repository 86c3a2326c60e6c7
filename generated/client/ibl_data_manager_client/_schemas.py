"""The document's component schemas, reduced to what the client checks at run time.

Generated from the API document (spec 4.84.1-ai-plus); `_validation` and
`_fast_check` read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REF_PREFIX = "#/components/schemas/"

SCHEMAS: dict[str, Any] = {
    "MentorAccessPolicy": {
        "type": "object",
        "required": ["groups", "id", "name", "resources", "role", "users"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "role": {"type": "string"},
            "resources": {},
            "users": {"type": "array", "items": {"$ref": "#/components/schemas/RbacUser"}},
            "groups": {"type": "array", "items": {"$ref": "#/components/schemas/RbacPolicyGroup"}},
        },
    },
    "PatchedRbacGroup": {
        "type": "object",
        "properties": {
            "unique_id": {"type": "string", "maxLength": 255},
            "platform_key": {"type": "string"},
            "name": {"type": "string", "maxLength": 255},
            "description": {"type": "string"},
            "users_to_add": {"type": "array", "items": {"type": "integer"}},
            "users_to_remove": {"type": "array", "items": {"type": "integer"}},
        },
    },
    "Platform": {
        "type": "object",
        "required": ["id", "key"],
        "properties": {
            "id": {"type": "integer"},
            "key": {"type": "string", "maxLength": 200},
            "name": {"type": "string", "nullable": True, "maxLength": 200},
        },
    },
    "RbacGroup": {
        "type": "object",
        "required": ["id", "is_internal", "owner", "platform", "unique_id", "users"],
        "properties": {
            "id": {"type": "integer"},
            "unique_id": {"type": "string", "maxLength": 255},
            "platform": {"allOf": [{"$ref": "#/components/schemas/Platform"}]},
            "name": {"type": "string", "maxLength": 255},
            "description": {"type": "string"},
            "owner": {"allOf": [{"$ref": "#/components/schemas/RbacUser"}]},
            "users": {"type": "array", "items": {"$ref": "#/components/schemas/RbacUser"}},
            "is_internal": {"type": "boolean"},
        },
    },
    "RbacPolicyGroup": {
        "type": "object",
        "required": ["id", "unique_id"],
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string", "maxLength": 255},
            "unique_id": {"type": "string", "maxLength": 255},
            "description": {"type": "string"},
        },
    },
    "RbacUser": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "username": {"type": "string", "nullable": True, "maxLength": 100},
            "email": {"type": "string", "nullable": True, "maxLength": 254},
        },
    },
}


def resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema a `$ref` chain ends at (an unknown name: `{}`, which accepts anything;
    a chain longer than 64 is left as it is)."""
    for _ in range(64):
        ref = schema.get("$ref")
        if not isinstance(ref, str):
            return schema
        schema = SCHEMAS.get(ref.removeprefix(REF_PREFIX), {})
    return schema

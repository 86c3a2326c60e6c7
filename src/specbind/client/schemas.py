"""The part of each schema the generated client checks at run time.

The client validates outgoing bodies and parameters and incoming 2xx bodies against
the document, so an error names the field (`users[0].id`) instead of failing deep
inside a model. Only the keywords that constrain values are kept; descriptions and
examples stay in the docstrings. `specbind.render.text.python_literal` writes them out.
"""

from __future__ import annotations

import re
from typing import Any

_KEEP_SCALAR = (
    "type",
    "nullable",
    "required",
    "enum",
    "const",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
)
_KEEP_SCHEMA = ("items", "additionalProperties", "not")
_KEEP_LISTS = ("allOf", "anyOf", "oneOf")


_NUMBERS = frozenset({"minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"})


def _checkable(key: str, value: Any) -> bool:
    """Is `value` a keyword value the runtime check can apply? A document may be valid
    and still say `maxLength: "x"` (3.1 does not check schema keywords' types): such a
    keyword is left out of the check rather than crashing it."""
    if key in _NUMBERS:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if key in ("exclusiveMinimum", "exclusiveMaximum"):
        return isinstance(value, int | float)
    if key == "pattern":
        if not isinstance(value, str):
            return False
        try:
            re.compile(value)
        except (re.error, RecursionError):
            return False
        return True
    if key == "type":
        return isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str) for v in value)
        )
    if key in ("enum", "required"):
        return isinstance(value, list)
    if key == "nullable":
        return isinstance(value, bool)
    return True


def trim_schema(schema: Any) -> Any:
    """`schema` with only validating keywords, recursively; refs are kept as they are."""
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return {"$ref": schema["$ref"]}
    trimmed: dict[str, Any] = {}
    for key in _KEEP_SCALAR:
        if key in schema and _checkable(key, schema[key]):
            trimmed[key] = schema[key]
    properties = schema.get("properties")
    if isinstance(properties, dict):
        trimmed["properties"] = {name: trim_schema(sub) for name, sub in properties.items()}
    for key in _KEEP_SCHEMA:
        if isinstance(schema.get(key), dict):
            trimmed[key] = trim_schema(schema[key])
    for key in _KEEP_LISTS:
        if isinstance(schema.get(key), list):
            trimmed[key] = [trim_schema(sub) for sub in schema[key]]
    return trimmed

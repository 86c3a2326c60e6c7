"""Defaults that cannot be defaults in code, set aside with a note."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from specbind.openapi.normalise.markers import DROPPED_DEFAULT
from specbind.openapi.normalise.walk import iter_schema_dicts

_SEPARATORS = frozenset({"Zl", "Zp"})
_TYPE_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and math.isfinite(v) and v.is_integer())
    ),
    "number": lambda v: (
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
    ),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def default_fits(schema: dict[str, Any], value: Any) -> bool:
    """Does the schema accept its own default (its type, and its enum when it has one,
    as a member a generator can find)?"""
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    if value is None and (schema.get("nullable") is True or "null" in kinds):
        return True
    known = [k for k in kinds if k in _TYPE_CHECKS]
    if known and not any(_TYPE_CHECKS[k](value) for k in known):
        return False
    enum = schema.get("enum")
    if not isinstance(enum, list):
        return True
    # A generator finds an enum default among the members by its written literal: a value
    # written escaped (a backslash, a quote, a control character) is never found.
    return value in enum and (not isinstance(value, str) or _literal_as_is(value))


def _literal_as_is(text: str) -> bool:
    """Is `text` written into a `"..."` literal unchanged: no quote, backslash, control,
    format or line/paragraph separator character?"""
    return not any(
        char in '"\\'
        or unicodedata.category(char)[0] == "C"
        or unicodedata.category(char) in _SEPARATORS
        for char in text
    )


def drop_defaults(data: dict[str, Any], fits: Callable[[dict[str, Any], Any], bool]) -> None:
    """Every schema default `fits` refuses moves to `x-specbind-dropped-default`; server
    variables' defaults (a required URL part, not a schema's) are never touched."""
    variables = {id(v) for v in _server_variables(data)}
    for schema in iter_schema_dicts(data):
        if (
            "default" in schema
            and id(schema) not in variables
            and not fits(schema, schema["default"])
        ):
            schema[DROPPED_DEFAULT] = schema.pop("default")


def odd_defaults(data: dict[str, Any]) -> None:
    """A default its own schema rejects (`"inf"` for an integer, a value outside the enum),
    or an enum default no generator finds among the members (`\\`), cannot become a
    default in code; it moves to `x-specbind-dropped-default`, and the
    parameter or property is simply optional.
    """
    drop_defaults(data, default_fits)


def _server_variables(data: dict[str, Any]) -> Iterator[Any]:
    """The server variable objects (their `default` is a required URL part, not a schema's)."""
    items = [data, *((data.get("paths") or {}).values())]
    holders = [*items]
    for item in items[1:]:
        if isinstance(item, dict):
            holders.extend(op for op in item.values() if isinstance(op, dict))
    for holder in holders:
        servers = holder.get("servers") if isinstance(holder, dict) else None
        for server in servers if isinstance(servers, list) else []:
            variables = server.get("variables") if isinstance(server, dict) else None
            if isinstance(variables, dict):
                yield from variables.values()

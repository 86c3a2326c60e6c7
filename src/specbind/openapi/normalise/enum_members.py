"""Enum member names that both generators give alike, where the default ones would clash."""

from __future__ import annotations

from collections.abc import Callable
from keyword import iskeyword
from typing import Any

from specbind.openapi.naming import Namespace, constant_case
from specbind.openapi.normalise.walk import iter_schema_dicts

EnumKeys = Callable[[list[str]], list[str]]


def default_member_keys(values: list[str]) -> list[str]:
    """The member names a generator gives a string enum by default: each value in upper
    case, as one word per part (`in-progress` -> `IN_PROGRESS`); `VALUE_<i>` for a value
    that does not start with a letter."""
    keys = [v.upper() if v and v[0].isalpha() else f"VALUE_{i}" for i, v in enumerate(values)]
    return [constant_case(key) for key in keys]


def enum_member_names(data: dict[str, Any], keys: EnumKeys = default_member_keys) -> None:
    """String enums whose default member names (`keys`: a generator with rules of its own
    passes them) clash or are not identifiers get `x-enum-varnames` (`true` and `True` ->
    `TRUE`, `TRUE_2`), which generators honour, so the client and the server name the
    members alike; the values stay as they are. An enum that has them is left alone.
    """
    for schema in iter_schema_dicts(data):
        values = schema.get("enum")
        if not isinstance(values, list) or "x-enum-varnames" in schema:
            continue
        strings = [v for v in values if v is not None]
        if not strings or not all(isinstance(v, str) for v in strings):
            continue
        names = keys(strings)
        fine = len(set(names)) == len(names) and all(
            name.isidentifier() and name.isascii() and not iskeyword(name) for name in names
        )
        if fine:
            continue
        members = Namespace()
        schema["x-enum-varnames"] = [members.claim(constant_case(v)) for v in strings]
        if len(strings) != len(values):
            schema["enum"] = [*strings, None]

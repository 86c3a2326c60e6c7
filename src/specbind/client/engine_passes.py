"""What openapi-python-client needs beyond the normalised document, on the client's path only.

`specbind.openapi.normalise` gives every consumer the same engine-neutral document. The
client engine names modules, operations, attributes and enum members by its own rules
(`openapi_python_client.strings`) and writes string defaults through its own escaping;
where those rules would clash, fail to import, or send other text, these passes adapt
the client's own copy. The server, the mock and the diff never see them. They run after
normalising and before `specbind.client.rewrites` (`generate_client`, and `specbind
validate`'s client check), each recording what it changed under an `x-specbind-*` key.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from openapi_python_client import strings as engine_strings

from specbind.openapi.naming import MAX_NAME, folded, snake_case
from specbind.openapi.normalise import (
    ORIGINAL_TAGS,
    UNNAMED_PROPERTIES,
    iter_schema_dicts,
    normalise,
)
from specbind.openapi.normalise.defaults import drop_defaults
from specbind.openapi.normalise.enum_members import enum_member_names
from specbind.openapi.normalise.operation_ids import unique_operation_ids
from specbind.openapi.validate import iter_operations


def _engine_snake(text: str) -> str:
    """The name openapi-python-client derives (its own rules, not ours)."""
    return engine_strings.snake_case(text)


def engine_operation_ids(data: dict[str, Any]) -> None:
    """Operation ids stay unique, ASCII and short under the engine's own snake_case too:
    it names each operation's module and function by it."""
    unique_operation_ids(data, _engine_snake)


def ascii_tags(data: dict[str, Any]) -> None:
    """Tags the client engine would turn into a non-ASCII module name, or one too long
    for a file name, get an ASCII one of at most MAX_NAME characters.

    The engine names a module per tag; a file `µ_tag/` is imported as `μ_tag` (Python
    reads identifiers in NFKC form) and is never found. The operation's own tags stay in
    `x-specbind-original-tags`; the server never sees this pass and publishes them as
    they are.
    """
    for _, _, operation, _ in iter_operations(data):
        tags = operation.get("tags")
        if not isinstance(tags, list) or all(_module_safe(str(t)) for t in tags):
            continue
        operation[ORIGINAL_TAGS] = list(tags)
        operation["tags"] = [
            t if _module_safe(str(t)) else snake_case(str(t), "default") for t in tags
        ]


def _module_safe(tag: str) -> bool:
    """Does the engine's module name for `tag` import, and fit in a file name?"""
    name = _engine_snake(tag)
    return name.isascii() and len(name) <= MAX_NAME


def _engine_enum_keys(values: list[str]) -> list[str]:
    """The member names openapi-python-client would give a string enum by default."""
    keys = [v.upper() if v and v[0].isalpha() else f"VALUE_{i}" for i, v in enumerate(values)]
    return [_engine_snake(key).upper() for key in keys]


def engine_enum_member_names(data: dict[str, Any]) -> None:
    """String enums whose member names, as the engine spells them, clash or are not
    identifiers get `x-enum-varnames` too (`enum_member_names` with the engine's keys)."""
    enum_member_names(data, _engine_enum_keys)


@cache
def _engine_field_names(name: str) -> frozenset[str]:
    """The engine's attribute names for a property, as Python reads them (`ﬁle` is
    `file`); cached: the same names recur across thousands of schemas, and the engine's
    conversion is slow."""
    return frozenset(
        {
            folded(str(engine_strings.PythonIdentifier(name, "field_"))),
            folded(str(engine_strings.PythonIdentifier(name, "field_", skip_snake_case=True))),
        }
    )


def property_name_clashes(data: dict[str, Any]) -> None:
    """Two properties whose Python names clash in the client engine (`+1` and `-1` both
    become `field_1`; `ﬁle` and `file` are one name to Python) cannot both be
    attributes: the later one is moved out of `properties` (kept under
    `x-specbind-unnamed-properties`) and the model accepts additional properties, so its
    value still travels, in `additional_properties`.
    """
    for schema in iter_schema_dicts(data):
        properties = schema.get("properties")
        if not isinstance(properties, dict) or len(properties) < 2:
            continue
        seen: set[str] = set()
        moved: dict[str, Any] = {}
        for name in list(properties):
            names = _engine_field_names(str(name))
            if names <= seen or (len(names) == 1 and names & seen):
                moved[name] = properties.pop(name)
            seen |= names
        if not moved:
            continue
        schema[UNNAMED_PROPERTIES] = moved
        if schema.get("additionalProperties") is False:
            schema["additionalProperties"] = True
        if isinstance(schema.get("required"), list):
            kept = [n for n in schema["required"] if n not in moved]
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]


def _engine_writes(schema: dict[str, Any], value: Any) -> bool:
    """Does the engine write this default as the same value?"""
    if not isinstance(value, str):
        return True
    # The engine writes a string default through `remove_string_escapes`, which doubles
    # backslashes and escapes quotes: such a default would send other text. (An enum
    # default that escaping changes is set aside for every generator: `odd_defaults`.)
    return engine_strings.remove_string_escapes(value) == value


def escaped_defaults(data: dict[str, Any]) -> None:
    """A string default with quotes or backslashes (the engine would write other text)
    cannot be the client's default: it moves to `x-specbind-dropped-default` (as a default
    its schema refuses does) and the argument is simply optional."""
    drop_defaults(data, _engine_writes)


ENGINE_STEPS: tuple[Callable[[dict[str, Any]], None], ...] = (
    engine_operation_ids,  # operation ids unique, ASCII and short as the engine spells them
    ascii_tags,  # tags the engine would make a non-ASCII or too long module name get ASCII
    property_name_clashes,  # properties the engine names alike travel as additional ones
    engine_enum_member_names,  # string enums the engine would name alike get x-enum-varnames
    escaped_defaults,  # string defaults the engine would write as other text are set aside
)


def adapt_for_engine(data: dict[str, Any]) -> dict[str, Any]:
    """Run `ENGINE_STEPS` on the normalised `data`, in place; returns `data`."""
    for step in ENGINE_STEPS:
        step(data)
    return data


def engine_ready(data: dict[str, Any]) -> dict[str, Any]:
    """The document as the client engine reads it: normalised, then adapted (a copy;
    `data` itself is never modified)."""
    return adapt_for_engine(normalise(data))

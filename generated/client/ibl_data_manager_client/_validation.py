"""Checking JSON values against the document's schemas, naming the field that fails.

Used both ways: arguments before a request is sent (so a bad `platform_key` never
leaves the machine) and 2xx bodies before they are parsed (so a server that breaks
its contract fails with `users[0].id: expected integer, got str`, not a KeyError deep
in a model). Properties the schema does not name are always accepted: a newer server
may add fields, and the models keep them in `additional_properties`.

Every call pays for this, so each schema is read once: it is compiled into a checker
(a closure that knows its types, bounds and properties) the first time it is used, and
a field's name (`users[0].id`) is only spelled out when a value actually fails. `$ref`s
are followed while compiling (only a cycle is left to resolve on first use), and a
property or item whose schema is a bare `type` passes on its exact Python type
(`type(v) in {str}`) without a call; anything else still goes through its checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fast_check import FastCheck

# `_schemas` (every component schema) and `_fast_check` (code per schema) are the
# package's largest modules: imported on the first check, not with the package, so that
# importing it and making a client stay fast whatever the size of the API.


@dataclass(frozen=True)
class Violation:
    """Where a value breaks its schema (`users[0].id`) and how."""

    field: str
    message: str


Check = Callable[[Any], "Violation | None"]
# Exact Python types whose values pass a schema by their type alone; empty: none do.
ExactTypes = frozenset[type]
_NONE_EXACT: ExactTypes = frozenset()


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int)


# The exact types that pass each kind at once (a float like 3.0 is still an integer,
# and a str subclass a string: those take the slower test above).
_EXACT_TYPES: dict[str, tuple[type, ...]] = {
    "null": (type(None),),
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}

_TYPE_TESTS: dict[str, Callable[[Any], bool]] = {
    "null": lambda value: value is None,
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
}


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", bool: "boolean"}.get(type(value), type(value).__name__)


def _segment(name: str) -> str:
    return name if name.isidentifier() else f"[{name!r}]"


def _within(prefix: str, found: Violation) -> Violation:
    """`found` (relative to a child) seen from its parent, the child being at `prefix`."""
    rest = found.field
    if not prefix:
        return found
    if not rest:
        return Violation(prefix, found.message)
    joined = prefix + rest if rest.startswith("[") else f"{prefix}.{rest}"
    return Violation(joined, found.message)


# Each schema object compiled once; the schema is kept beside its checker so that an
# id() is never reused for another schema while its entry exists.
_COMPILED: dict[int, tuple[Mapping[str, Any], Check, ExactTypes]] = {}
_MAX_COMPILED = 100_000
# The ids of the schemas being compiled: a `$ref` back to one of them is a cycle.
_COMPILING: set[int] = set()


def _compiled(schema: Mapping[str, Any]) -> Check:
    return _compiled_entry(schema)[1]


def _exact(schema: Mapping[str, Any]) -> ExactTypes:
    """The exact types that pass `schema` without calling its checker."""
    return _compiled_entry(schema)[2]


def _compiled_entry(schema: Mapping[str, Any]) -> tuple[Mapping[str, Any], Check, ExactTypes]:
    entry = _COMPILED.get(id(schema))
    if entry is not None and entry[0] is schema:
        return entry
    check: Check
    exact = _NONE_EXACT
    if isinstance(schema.get("$ref"), str):
        from ._schemas import resolve

        target = resolve(schema)
        if "$ref" in target:  # a chain of $refs that never ends
            check, exact = _compile(target)
        elif id(target) in _COMPILING:  # a cycle: resolved when first used
            check = _LazyRef(schema)
        else:
            _, check, exact = _compiled_entry(target)
    else:
        _COMPILING.add(id(schema))
        try:
            check, exact = _compile(schema)
        finally:
            _COMPILING.discard(id(schema))
    if len(_COMPILED) >= _MAX_COMPILED:  # schemas built per call would otherwise pile up
        _COMPILED.clear()
    entry = _COMPILED[id(schema)] = (schema, check, exact)
    return entry


class _LazyRef:
    """A `$ref`, resolved on first use: recursive schemas compile without looping."""

    __slots__ = ("_check", "_schema")

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self._schema = schema
        self._check: Check | None = None

    def __call__(self, value: Any) -> Violation | None:
        check = self._check
        if check is None:
            from ._schemas import resolve

            target = resolve(self._schema)
            check = self._check = _compiled(target) if "$ref" not in target else _compile(target)[0]
        return check(value)


def _accept(value: Any) -> Violation | None:
    return None


def _type_test(schema: Mapping[str, Any]) -> tuple[Callable[[Any], bool] | None, str]:
    """The test of `type` (None when there is none or a kind is unknown) and its message."""
    kinds = schema.get("type")
    if kinds is None:
        return None, ""
    allowed = [kinds] if isinstance(kinds, str) else list(kinds)
    if schema.get("nullable") is True:
        allowed.append("null")
    message = f"expected {' or '.join(allowed)}, got "
    if not all(kind in _TYPE_TESTS for kind in allowed):
        return None, message
    tests = tuple(_TYPE_TESTS[kind] for kind in allowed)
    if len(tests) == 1:
        return tests[0], message

    def any_kind(value: Any) -> bool:
        for test in tests:
            if test(value):
                return True
        return False

    return any_kind, message


def _compile(schema: Mapping[str, Any]) -> tuple[Check, ExactTypes]:
    """The checker of one resolved schema (see `find_violation` for the rules), and the
    exact types that pass it without a call."""
    null_accepted = schema.get("nullable") is True or not schema
    all_of = tuple(_compiled(sub) for sub in schema.get("allOf", []))
    any_of = tuple(
        tuple(_compiled(sub) for sub in schema[key])
        for key in ("anyOf", "oneOf")
        if schema.get(key)
    )
    type_test, type_message = _type_test(schema)
    null_needs_value = (
        schema.get("type") is None
        and "enum" not in schema
        and "const" not in schema
        and any(key in schema for key in ("properties", "items", "required"))
    )
    check_value, kind_only = _value_check(schema)
    if not all_of and not any_of and not null_needs_value:
        simple = _simple_check(null_accepted, type_test, type_message, check_value)
        if check_value is None:
            exact = _exact_types(schema, null_accepted) if type_test is not None else _NONE_EXACT
            return simple, exact
        kind = schema.get("type")
        if (
            kind_only is not None
            and isinstance(kind, str)
            and _EXACT_TYPES.get(kind) == (kind_only[0],)
        ):
            return _shortcut(kind_only[0], kind_only[1], simple), _NONE_EXACT
        return simple, _NONE_EXACT
    typed = schema.get("type") is not None

    def check(value: Any) -> Violation | None:
        if value is None and null_accepted:
            return None
        for sub in all_of:
            found = sub(value)
            if found is not None:
                return found
        for options in any_of:
            failures = [option(value) for option in options]
            if all(failure is not None for failure in failures):
                return next(f for f in failures if f is not None)
        if typed:
            if type_test is not None and not type_test(value):
                return Violation("", type_message + _type_name(value))
        elif value is None and null_needs_value:
            return Violation("", "expected a value, got null")
        return check_value(value) if check_value is not None else None

    return check, _NONE_EXACT


def _exact_types(schema: Mapping[str, Any], null_accepted: bool) -> ExactTypes:
    """What passes a schema that only names its `type` (all of whose kinds are known)."""
    kinds = schema["type"]
    exact = {
        kind
        for name in ([kinds] if isinstance(kinds, str) else kinds)
        for kind in _EXACT_TYPES[name]
    }
    if null_accepted:
        exact.add(type(None))
    return frozenset(exact)


def _shortcut(kind: type, check_kind: Check, check: Check) -> Check:
    """`check`, but a value of exactly its one `kind` goes straight to that kind's checks
    (a string's length, an object's fields); any other value takes the whole check."""

    def check_exact_kind(value: Any) -> Violation | None:
        if type(value) is kind:
            return check_kind(value)
        return check(value)

    return check_exact_kind


def _simple_check(
    null_accepted: bool,
    type_test: Callable[[Any], bool] | None,
    type_message: str,
    check_value: Check | None,
) -> Check:
    """The common schema (no allOf/anyOf/oneOf) as the smallest closure that checks it."""
    if type_test is None:
        if check_value is None:
            return _accept
        value_only = check_value

        def check_untyped(value: Any) -> Violation | None:
            return None if value is None and null_accepted else value_only(value)

        return check_untyped
    test = type_test
    if check_value is None:

        def check_type(value: Any) -> Violation | None:
            if test(value) or (value is None and null_accepted):
                return None
            return Violation("", type_message + _type_name(value))

        return check_type
    then = check_value

    def check_typed(value: Any) -> Violation | None:
        if value is None and null_accepted:
            return None
        if not test(value):
            return Violation("", type_message + _type_name(value))
        return then(value)

    return check_typed


def _value_check(
    schema: Mapping[str, Any],
) -> tuple[Check | None, tuple[type, Check] | None]:
    """enum and const, then the checks of the value's own kind (None when there are none);
    and, when only one kind has checks (no enum or const), that kind and its checks."""
    has_enum, has_const = "enum" in schema, "const" in schema
    enum: Any = schema.get("enum")
    const: Any = schema.get("const")
    string = _string_check(schema)
    number = _number_check(schema)
    array = _array_check(schema)
    obj = _object_check(schema)
    checked = [
        (kind, c) for kind, c in ((str, string), (list, array), (dict, obj)) if c is not None
    ]
    kind_only = None
    if not has_enum and not has_const and number is None:
        if not checked:
            return None, None
        if len(checked) == 1:
            kind_only = checked[0]
        if string is None and array is None and obj is not None:
            only_object = obj

            def check_object(value: Any) -> Violation | None:
                return only_object(value) if isinstance(value, dict) else None

            return check_object, kind_only

    def check(value: Any) -> Violation | None:
        if has_enum and value not in enum:
            return Violation("", f"{value!r} is not one of {enum!r}")
        if has_const and value != const:
            return Violation("", f"expected {const!r}, got {value!r}")
        if isinstance(value, str):
            return string(value) if string is not None else None
        if isinstance(value, dict):
            return obj(value) if obj is not None else None
        if isinstance(value, list):
            return array(value) if array is not None else None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return number(value) if number is not None else None
        return None

    return check, kind_only


def _string_check(schema: Mapping[str, Any]) -> Check | None:
    min_length, max_length = schema.get("minLength"), schema.get("maxLength")
    pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
    if min_length is None and max_length is None and pattern is None:
        return None

    def check(value: str) -> Violation | None:
        if min_length is not None and len(value) < min_length:
            return Violation("", f"shorter than minLength {min_length}")
        if max_length is not None and len(value) > max_length:
            return Violation("", f"longer than maxLength {max_length}")
        if pattern is not None and pattern.search(value) is None:
            return Violation("", f"does not match pattern {pattern.pattern!r}")
        return None

    return check


def _number_check(schema: Mapping[str, Any]) -> Check | None:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    if minimum is None and maximum is None:
        return None

    def check(value: float) -> Violation | None:
        if minimum is not None and value < minimum:
            return Violation("", f"less than minimum {minimum}")
        if maximum is not None and value > maximum:
            return Violation("", f"greater than maximum {maximum}")
        return None

    return check


def _array_check(schema: Mapping[str, Any]) -> Check | None:
    min_items, max_items = schema.get("minItems"), schema.get("maxItems")
    items = schema.get("items")
    item_check = _compiled(items) if isinstance(items, Mapping) else None
    item_exact = _exact(items) if isinstance(items, Mapping) else _NONE_EXACT
    if min_items is None and max_items is None and item_check is None:
        return None

    def check(value: list[Any]) -> Violation | None:
        if min_items is not None and len(value) < min_items:
            return Violation("", f"fewer than minItems {min_items}")
        if max_items is not None and len(value) > max_items:
            return Violation("", f"more than maxItems {max_items}")
        if item_exact:
            for item in value:
                if type(item) not in item_exact:
                    break
            else:
                return None
        if item_check is not None:
            for index, item in enumerate(value):
                found = item_check(item)
                if found is not None:
                    return _within(f"[{index}]", found)
        return None

    return check


def _object_check(schema: Mapping[str, Any]) -> Check | None:
    required = tuple(schema.get("required", []))
    declared = schema.get("properties", {})
    properties = {name: _compiled(sub) for name, sub in declared.items()}
    exact = {name: _exact(sub) for name, sub in declared.items()}
    extra = schema.get("additionalProperties")
    extra_check = _compiled(extra) if isinstance(extra, Mapping) else None
    extra_exact = _exact(extra) if isinstance(extra, Mapping) else _NONE_EXACT
    if not required and not properties and extra_check is None:
        return None

    def check(value: dict[str, Any]) -> Violation | None:
        for name in required:
            if name not in value:
                return Violation(_segment(name), "required field is missing")
        for name, item in value.items():
            if type(item) in exact.get(name, extra_exact):
                continue
            sub = properties.get(name, extra_check)
            if sub is not None:
                found = sub(item)
                if found is not None:
                    return _within(_segment(name), found)
        return None

    return check


def find_violation(
    value: Any, schema: Mapping[str, Any] | None, field: str = ""
) -> Violation | None:
    """The first place where `value` breaks `schema`, or None when it conforms."""
    if schema is None:
        return None
    if _fast(schema)(value):
        return None
    found = _compiled(schema)(value)
    return None if found is None else _within(field, found)


# Each schema's fast check (see `_fast_check.py`), kept like `_COMPILED`.
_FAST: dict[int, tuple[Mapping[str, Any], FastCheck]] = {}


def _fast(schema: Mapping[str, Any]) -> FastCheck:
    entry = _FAST.get(id(schema))
    if entry is not None and entry[0] is schema:
        return entry[1]
    if len(_FAST) >= _MAX_COMPILED:
        _FAST.clear()
    from ._fast_check import fast_check

    check = fast_check(schema)
    _FAST[id(schema)] = (schema, check)
    return check


def check_parameters(
    values: Mapping[str, Any], schemas: Mapping[str, Mapping[str, Any]]
) -> Violation | None:
    """Arguments keyed `query.name` / `path.name` against their parameter schemas."""
    for key, value in values.items():
        found = find_violation(value, schemas.get(key), key)
        if found is not None:
            return found
    return None

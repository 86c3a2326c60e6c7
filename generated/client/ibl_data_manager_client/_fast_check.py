"""A yes/no answer to "does this value conform?", as straight-line Python per schema.

`find_violation` (in `_validation.py`) asks this first and walks its closures, which
name the failing field, only when the answer is no. So a fast check only has to be
sound: when it says yes, the closures would have found nothing. When unsure (`enum`,
`allOf`, a float where an integer is expected, ...) it says no, or asks the closures.

Each object or array schema becomes one small function (fields and items read in a
row, their plain types compared with `is`), written as source and compiled once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

from ._schemas import resolve

# Keywords a fast check leaves to the closures.
_DELEGATED = ("allOf", "anyOf", "oneOf", "enum", "const")
_LEAF_KINDS = frozenset({"string", "integer", "number", "boolean", "null"})
_CONTAINER_KINDS = frozenset({"object", "array"})

FastCheck = Callable[[Any], bool]
# Fast checks already compiled, by id() of their schema (kept beside it, as in
# `_validation._COMPILED`): a schema reached again is called, not written again.
Compiled = MutableMapping[int, tuple[Mapping[str, Any], FastCheck]]


class _Missing:
    """A property that is not in the object."""


class _Writer:
    """The source of one schema's fast check and of the schemas it reaches."""

    def __init__(
        self, slow: Callable[[Mapping[str, Any]], Callable[[Any], object]], compiled: Compiled
    ) -> None:
        self._slow = slow
        self._compiled = compiled
        self.namespace: dict[str, Any] = {"_MISSING": _Missing()}
        self.functions: dict[int, tuple[Mapping[str, Any], str]] = {}
        self._blocks: list[str] = []
        self._names = 0

    def source(self) -> str:
        return "\n".join(self._blocks)

    def _name(self, prefix: str) -> str:
        self._names += 1
        return f"{prefix}{self._names}"

    def _constant(self, value: Any) -> str:
        name = self._name("_c")
        self.namespace[name] = value
        return name

    def function(self, schema: Mapping[str, Any]) -> str:
        """The name of the function checking `schema` (written once, even in a cycle)."""
        key = id(schema)
        if key in self.functions:
            return self.functions[key][1]
        entry = self._compiled.get(key)
        if entry is not None and entry[0] is schema:
            return self._constant(entry[1])
        name = self._name("_check")
        self.functions[key] = (schema, name)
        body = self._expanded(schema, "v", "    ")
        self._blocks.append("\n".join([f"def {name}(v):", *body, "    return True", ""]))
        return name

    def check(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        """Lines that `return False` unless `var` surely conforms to `schema`; an object
        or array schema is a call to its own function."""
        if _plan(schema) == "typed" and any(kind in _CONTAINER_KINDS for kind in _kinds(schema)):
            return [f"{pad}if not {self.function(schema)}({var}):", f"{pad}    return False"]
        return self._expanded(schema, var, pad)

    def _expanded(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        plan = _plan(schema)
        if plan == "ref":
            return self.check(resolve(schema), var, pad)
        if plan == "closures":
            slow = self._constant(self._slow(schema))
            return [f"{pad}if {slow}({var}) is not None:", f"{pad}    return False"]
        if plan == "anything":
            return []
        return self._typed(schema, var, pad)

    def _typed(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        """One branch per exact Python type the schema's `type` allows."""
        allowed = _kinds(schema)
        inner = pad + "    "
        branches: dict[type, list[str]] = {}
        for kind in allowed:
            if kind == "string":
                branches[str] = self._string(schema, var, inner)
            elif kind in ("integer", "number"):
                branches[int] = self._number(schema, var, inner)
                if kind == "number":
                    branches[float] = self._number(schema, var, inner)
            elif kind == "boolean":
                branches[bool] = []
            elif kind == "object":
                branches[dict] = self._object(schema, var, inner)
            elif kind == "array":
                branches[list] = self._array(schema, var, inner)
        kind_var = self._name("_t")
        lines = [f"{pad}{kind_var} = type({var})"]
        conditions = [f"{kind_var} is {self._constant(python_type)}" for python_type in branches]
        if schema.get("nullable") is True or "null" in allowed:
            conditions.append(f"{var} is None")
        bodies = [*branches.values(), []]
        if not conditions:
            return [f"{pad}return False"]
        for index, condition in enumerate(conditions):
            lines.append(f"{pad}{'if' if index == 0 else 'elif'} {condition}:")
            lines.extend(bodies[index] or [f"{inner}pass"])
        return [*lines, f"{pad}else:", f"{inner}return False"]

    def _string(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines = []
        if (low := schema.get("minLength")) is not None:
            lines += [f"{pad}if len({var}) < {self._constant(low)}:", f"{pad}    return False"]
        if (high := schema.get("maxLength")) is not None:
            lines += [f"{pad}if len({var}) > {self._constant(high)}:", f"{pad}    return False"]
        if "pattern" in schema:
            pattern = self._constant(re.compile(schema["pattern"]))
            lines += [f"{pad}if {pattern}.search({var}) is None:", f"{pad}    return False"]
        return lines

    def _number(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines = []
        if (low := schema.get("minimum")) is not None:
            lines += [f"{pad}if {var} < {self._constant(low)}:", f"{pad}    return False"]
        if (high := schema.get("maximum")) is not None:
            lines += [f"{pad}if {var} > {self._constant(high)}:", f"{pad}    return False"]
        return lines

    def _array(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines = []
        if (low := schema.get("minItems")) is not None:
            lines += [f"{pad}if len({var}) < {self._constant(low)}:", f"{pad}    return False"]
        if (high := schema.get("maxItems")) is not None:
            lines += [f"{pad}if len({var}) > {self._constant(high)}:", f"{pad}    return False"]
        items = schema.get("items")
        if isinstance(items, Mapping):
            item = self._name("_i")
            body = self.check(items, item, pad + "    ")
            if body:
                lines += [f"{pad}for {item} in {var}:", *body]
        return lines

    def _object(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines = []
        required = list(schema.get("required", []))
        if required:
            missing = " or ".join(f"{name!r} not in {var}" for name in required)
            lines += [f"{pad}if {missing}:", f"{pad}    return False"]
        properties = schema.get("properties", {})
        for name, sub in properties.items():
            field = self._name("_v")
            body = self.check(sub, field, pad + "    ")
            if body:
                lines.append(f"{pad}{field} = {var}.get({name!r}, _MISSING)")
                lines.append(f"{pad}if {field} is not _MISSING:")
                lines.extend(body)
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            key, field = self._name("_k"), self._name("_v")
            body = self.check(extra, field, pad + "        ")
            if body:
                declared = self._constant(frozenset(properties))
                lines.append(f"{pad}for {key}, {field} in {var}.items():")
                lines.append(f"{pad}    if {key} not in {declared}:")
                lines.extend(body)
        return lines


# Keywords that make an untyped schema check something (else it accepts anything).
_CHECKED_UNTYPED = (
    *_DELEGATED,
    "properties",
    "items",
    "required",
    "additionalProperties",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
)


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    kinds = schema.get("type")
    return [kinds] if isinstance(kinds, str) else list(kinds) if isinstance(kinds, list) else []


def _plan(schema: Mapping[str, Any]) -> str:
    """How a schema is checked: follow its `ref`, by `typed` branches, accept `anything`,
    or ask the `closures` (what this module does not read, or an endless `$ref` chain)."""
    if isinstance(schema.get("$ref"), str):
        return "ref" if "$ref" not in resolve(schema) else "closures"
    if "type" not in schema:
        return "closures" if any(key in schema for key in _CHECKED_UNTYPED) else "anything"
    kinds = schema["type"]
    if not isinstance(kinds, str | list) or any(key in schema for key in _DELEGATED):
        return "closures"
    known = all(kind in _LEAF_KINDS or kind in _CONTAINER_KINDS for kind in _kinds(schema))
    return "typed" if known else "closures"


def fast_check(
    schema: Mapping[str, Any],
    slow: Callable[[Mapping[str, Any]], Callable[[Any], object]],
    compiled: Compiled,
) -> FastCheck:
    """`schema`'s fast check, compiled with those of the schemas it reaches (all added to
    `compiled`); `slow(sub)` is the closure checker asked where it must."""
    writer = _Writer(slow, compiled)
    name = writer.function(schema)
    if name in writer.namespace:  # compiled before
        check: FastCheck = writer.namespace[name]
        return check
    exec(compile(writer.source(), f"<fast check {name}>", "exec"), writer.namespace)  # noqa: S102
    for key, (reached, function) in writer.functions.items():
        compiled[key] = (reached, writer.namespace[function])
    check = writer.namespace[name]
    return check

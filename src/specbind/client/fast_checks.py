"""The generated client's fast checks, written out at generation time as plain functions.

The client checks every argument and 2xx body against the document's schemas
(`_validation.py`): closures that name the failing field. Before them it asks a fast
check, a yes/no answer to "does this value conform?" that only has to be sound: when it
says yes, the closures would have found nothing; when unsure (`allOf`, `anyOf`, a float
where an integer is expected, a pattern Python cannot compile, ...) it says no and the
closures decide.

Each object or array schema becomes one straight-line function (fields and items read
in a row, their plain types compared with `is`), written here into `_fast_check.py`
with every document value (names, bounds, patterns, enum values) through
`python_literal`: the generated package compiles no source at run time. The client
finds the function of a schema it is handed by `schema_key`, a digest of the schema as
the generated literal evaluates; a schema it has no function for gets `_unsure`.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from specbind.openapi.refs import component_name, deref
from specbind.render.text import python_literal

_DELEGATED = ("allOf", "anyOf", "oneOf")
_LEAF_KINDS = frozenset({"string", "integer", "number", "boolean", "null"})
_CONTAINER_KINDS = frozenset({"object", "array"})
# Keywords that make an untyped schema check something (else it accepts anything).
_CHECKED_UNTYPED = (
    *_DELEGATED,
    "enum",
    "const",
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
_PYTHON_TYPES = {"string": ("str",), "integer": ("int",), "number": ("int", "float")}
_MAX_REF_HOPS = 64  # as `_schemas.resolve`


def runtime_value(value: Any) -> Any:
    """`value` as the generated literal evaluates: what `python_literal` writes, read back
    (dict keys as strings, tuples as lists, other objects as their text)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list | tuple):
        return [runtime_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): runtime_value(item) for key, item in value.items()}
    return str(value)


def schema_key(schema: Any) -> str:
    """The digest the generated `_fast_check.schema_key` computes for the same schema."""
    text = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class FastChecks:
    """The code of `_fast_check.py` between its fixed head and its lookup function."""

    source: str
    count: int  # entry schemas with a function
    uses_re: bool  # a pattern is checked (the module imports `re`)


class _Writer:
    """The functions checking a set of schemas and the schemas they reach."""

    def __init__(self, components: Mapping[str, Any]) -> None:
        self._components = components
        self._document = {"components": {"schemas": components}}  # what refs point into
        # by id() of the schema, kept beside it: an id is only unique while its object
        # lives, and entries are converted afresh (a freed one's id comes back)
        self._functions: dict[int, tuple[Mapping[str, Any], str]] = {}
        self._blocks: list[str] = []
        self._constants: list[str] = []
        self._names = 0
        self.uses_re = False

    def source(self, entries: dict[str, str]) -> str:
        table = "".join(f"    {python_literal(k)}: {v},\n" for k, v in sorted(entries.items()))
        return "\n".join(
            [
                *self._constants,
                "",
                *self._blocks,
                "",
                "# The fast check of each schema the operations name, by `schema_key`.",
                "CHECKS: dict[str, FastCheck] = {\n" + table + "}",
                "",
            ]
        )

    def _name(self, prefix: str) -> str:
        self._names += 1
        return f"{prefix}{self._names}"

    def _resolve(self, schema: Mapping[str, Any]) -> Any:
        """The schema a `$ref` chain ends at, as `_schemas.resolve` finds it at run time: a
        name the components lack is `{}` (anything), an endless chain stays a ref."""
        target = deref(self._document, schema, limit=_MAX_REF_HOPS, on_missing="stop")
        ref = target.get("$ref") if isinstance(target, Mapping) else None
        if isinstance(ref, str) and component_name(ref) not in self._components:
            return {}
        return target if isinstance(target, Mapping) else {}

    def entry(self, schema: Mapping[str, Any]) -> str:
        """The function for a schema the operations name: a `$ref` to an object or array
        schema is that schema's own function."""
        target = self._resolve(schema) if _plan(schema, self._resolve) == "ref" else schema
        if _plan(target, self._resolve) == "typed" and any(
            kind in _CONTAINER_KINDS for kind in _kinds(target)
        ):
            return self.function(target)
        return self.function(schema)

    def function(self, schema: Mapping[str, Any]) -> str:
        """The name of the function checking `schema` (written once, even in a cycle)."""
        key = id(schema)
        if key in self._functions:
            return self._functions[key][1]
        name = self._name("_check")
        self._functions[key] = (schema, name)
        body = self._expanded(schema, "v", "    ")
        block = [f"def {name}(v: Any) -> bool:", *body]
        if body != ["    return False"]:
            block.append("    return True")
        self._blocks.append("\n".join([*block, "", ""]))
        return name

    def _check(self, schema: Any, var: str, pad: str) -> list[str]:
        """Lines that `return False` unless `var` surely conforms to `schema`; an object
        or array schema is a call to its own function."""
        if not isinstance(schema, Mapping):
            return [f"{pad}return False"]
        if _plan(schema, self._resolve) == "typed" and any(
            kind in _CONTAINER_KINDS for kind in _kinds(schema)
        ):
            return [f"{pad}if not {self.function(schema)}({var}):", f"{pad}    return False"]
        return self._expanded(schema, var, pad)

    def _expanded(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        plan = _plan(schema, self._resolve)
        if plan == "ref":
            return self._check(self._resolve(schema), var, pad)
        if plan == "unsure":
            return [f"{pad}return False"]
        if plan == "anything":
            return []
        return self._typed(schema, var, pad)

    def _typed(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        """One branch per exact Python type the schema's `type` allows, after its `enum`
        and `const` (the same comparisons the closures make)."""
        lines: list[str] = []
        if "enum" in schema:
            values = schema["enum"]
            if not isinstance(values, list) or not values:
                return [f"{pad}return False"]
            enum = self._constant("_E", f"tuple({python_literal(values)})")
            lines += [f"{pad}if {var} not in {enum}:", f"{pad}    return False"]
        if "const" in schema:
            lines += [
                f"{pad}if {var} != {python_literal(schema['const'])}:",
                f"{pad}    return False",
            ]
        inner = pad + "    "
        branches: list[tuple[str, list[str]]] = []
        for kind in _kinds(schema):
            if kind == "string":
                branches.append((f"type({var}) is str", self._string(schema, var, inner)))
            elif kind in ("integer", "number"):
                numeric = self._number(schema, var, inner)
                branches.append((f"type({var}) is int", numeric))
                if kind == "number":
                    branches.append((f"type({var}) is float", numeric))
            elif kind == "boolean":
                branches.append((f"type({var}) is bool", []))
            elif kind == "object":
                branches.append((f"type({var}) is dict", self._object(schema, var, inner)))
            elif kind == "array":
                branches.append((f"type({var}) is list", self._array(schema, var, inner)))
        if schema.get("nullable") is True or "null" in _kinds(schema):
            branches.append((f"{var} is None", []))
        unique = list(dict(branches).items())  # `number` and `integer` share `int`
        if not unique:
            return [*lines, f"{pad}return False"]
        if len(unique) == 1 or not any(body for _, body in unique):
            # `if type(v) is not str: return False`, then the checks of that one kind
            negated = " and ".join(c.replace(" is ", " is not ", 1) for c, _ in unique)
            rest = [line[4:] for line in unique[0][1]] if len(unique) == 1 else []
            return [*lines, f"{pad}if {negated}:", f"{inner}return False", *rest]
        for index, (condition, body) in enumerate(unique):
            lines.append(f"{pad}{'if' if index == 0 else 'elif'} {condition}:")
            lines.extend(body or [f"{inner}pass"])
        return [*lines, f"{pad}else:", f"{inner}return False"]

    def _constant(self, prefix: str, expression: str) -> str:
        name = self._name(prefix)
        self._constants.append(f"{name} = {expression}")
        return name

    def _bound(self, value: Any) -> str | None:
        """A number bound as a literal; None when it is not a finite number (unsure)."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return python_literal(value)

    def _limits(
        self, schema: Mapping[str, Any], measure: str, low_key: str, high_key: str, pad: str
    ) -> list[str]:
        lines: list[str] = []
        for key, compare in ((low_key, "<"), (high_key, ">")):
            if schema.get(key) is None:
                continue
            bound = self._bound(schema[key])
            if bound is None:
                return [f"{pad}return False"]
            lines += [f"{pad}if {measure} {compare} {bound}:", f"{pad}    return False"]
        return lines

    def _string(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines = self._limits(schema, f"len({var})", "minLength", "maxLength", pad)
        if "pattern" in schema:
            pattern = schema["pattern"]
            try:
                re.compile(pattern)
            except (re.error, TypeError, ValueError, RecursionError, OverflowError):
                return [f"{pad}return False"]  # the closures report it
            self.uses_re = True
            compiled = self._constant("_P", f"re.compile({python_literal(pattern)})")
            lines += [f"{pad}if {compiled}.search({var}) is None:", f"{pad}    return False"]
        return lines

    def _number(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        return self._limits(schema, var, "minimum", "maximum", pad)

    def _array(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines = self._limits(schema, f"len({var})", "minItems", "maxItems", pad)
        items = schema.get("items")
        if isinstance(items, Mapping):
            item = self._name("_i")
            body = self._check(items, item, pad + "    ")
            if body:
                lines += [f"{pad}for {item} in {var}:", *body]
        return lines

    def _object(self, schema: Mapping[str, Any], var: str, pad: str) -> list[str]:
        lines: list[str] = []
        required = schema.get("required", [])
        if isinstance(required, list) and required:
            missing = " or ".join(
                f"{python_literal(runtime_value(name))} not in {var}" for name in required
            )
            lines += [f"{pad}if {missing}:", f"{pad}    return False"]
        elif required:
            return [f"{pad}return False"]
        properties = schema.get("properties", {})
        if not isinstance(properties, Mapping):
            return [f"{pad}return False"]
        for name, sub in properties.items():
            field = self._name("_v")
            body = self._check(sub, field, pad + "    ")
            if body:
                key = python_literal(runtime_value(name))
                lines.append(f"{pad}{field} = {var}.get({key}, _MISSING)")
                lines.append(f"{pad}if {field} is not _MISSING:")
                lines.extend(body)
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            key, field = self._name("_k"), self._name("_v")
            body = self._check(extra, field, pad + "        ")
            if body and properties:
                names = [runtime_value(name) for name in properties]
                declared = self._constant("_D", f"frozenset({python_literal(names)})")
                lines.append(f"{pad}for {key}, {field} in {var}.items():")
                lines.append(f"{pad}    if {key} not in {declared}:")
                lines.extend(body)
            elif body:
                lines.append(f"{pad}for {field} in {var}.values():")
                lines.extend(line[4:] for line in body)
        return lines


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    kinds = schema.get("type")
    if isinstance(kinds, str):
        return [kinds]
    return [k for k in kinds if isinstance(k, str)] if isinstance(kinds, list) else []


def _plan(schema: Mapping[str, Any], resolve: Any) -> str:
    """How a schema is checked: follow its `ref`, by `typed` branches, accept `anything`,
    or `unsure` (what this module does not read, or an endless `$ref` chain)."""
    if isinstance(schema.get("$ref"), str):
        return "ref" if "$ref" not in resolve(schema) else "unsure"
    if "type" not in schema:
        return "unsure" if any(key in schema for key in _CHECKED_UNTYPED) else "anything"
    kinds = schema["type"]
    if not isinstance(kinds, str | list) or any(key in schema for key in _DELEGATED):
        return "unsure"
    if isinstance(kinds, list) and not all(isinstance(k, str) for k in kinds):
        return "unsure"
    known = all(kind in _LEAF_KINDS or kind in _CONTAINER_KINDS for kind in _kinds(schema))
    return "typed" if known else "unsure"


def fast_checks(components: Mapping[str, Any], entries: list[Any]) -> FastChecks:
    """The functions for `entries` (the schemas the operations hand to `find_violation`,
    as trimmed for the generated literals), resolving `$ref`s in `components` (the
    trimmed component schemas `_schemas.SCHEMAS` holds)."""
    writer = _Writer(runtime_value(dict(components)))  # names as the literal has them
    table: dict[str, str] = {}
    for entry in entries:
        schema = runtime_value(entry)
        if not isinstance(schema, Mapping):
            continue
        key = schema_key(schema)
        if key not in table:
            table[key] = writer.entry(schema)
    return FastChecks(source=writer.source(table), count=len(table), uses_re=writer.uses_re)

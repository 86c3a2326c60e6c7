"""allOf, union and enum shapes said the one plain way that means the same.

An allOf that only annotates, an allOf of scalars, an enum its own type refuses, a union of
every type: each has a plain form with the same valid values, which generators (the
client engine refuses the long forms outright) and every other reader take as meant. Each
rewrite keeps the set of valid values exactly as it was, except where a step's docstring
says otherwise and records it. These are normalising steps (the map is
`specbind.openapi.normalise.STEPS`): each takes the document and changes it in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbind.openapi.refs import SCHEMA_PREFIX, component_name, deref

# Keywords that describe a value but never refuse one (JSON Schema "annotations").
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "default",
        "externalDocs",
        "xml",
        "$comment",
    }
)
NULL_UNION = "x-specbind-null-union"
_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_ONES = frozenset({"items", "additionalProperties", "not", "contains", "unevaluatedProperties"})


def _schemas_in(node: Any) -> Iterator[dict[str, Any]]:
    """Every schema under `node` (a schema or any document part), innermost first, so a
    rewrite of a parent sees its members already rewritten."""
    if isinstance(node, list):
        for item in node:
            yield from _schemas_in(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if isinstance(key, str) and key.startswith("x-"):
            continue
        if key in _MAPS and isinstance(value, dict):
            for item in value.values():
                yield from _schemas_in(item)
        elif key in _LISTS or key in _ONES or key == "schema":
            yield from _schemas_in(value)
    yield node


def _all_schemas(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Component schemas and every schema an operation or other component holds."""
    components = data.get("components") or {}
    for name, section in components.items():
        if isinstance(section, dict) and not name.startswith("x-"):
            for item in section.values():
                if name == "schemas":
                    yield from _schemas_in(item)
                else:
                    yield from _holders(item)
    for item in (data.get("paths") or {}).values():
        yield from _holders(item)


def _holders(node: Any) -> Iterator[dict[str, Any]]:
    """Schemas held by parameters, bodies, responses, headers: under each `schema` key."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            for key, value in current.items():
                if key == "schema":
                    yield from _schemas_in(value)
                elif key not in ("example", "examples") and isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(current, list):
            stack.extend(current)


def _annotation_only(schema: Any) -> bool:
    return isinstance(schema, dict) and all(
        key in ANNOTATIONS or (isinstance(key, str) and key.startswith("x-")) for key in schema
    )


def _is_model(schemas: dict[str, Any], ref: str) -> bool:
    """Does `ref` name a component the engine makes a class of (an object or an allOf)?"""
    name = component_name(ref)
    if name is None:
        return True
    target = schemas.get(name)
    if not isinstance(target, dict):
        return True
    return target.get("type") == "object" or "properties" in target or "allOf" in target


def allof_annotations(data: dict[str, Any]) -> None:
    """`allOf: [X, {description: ...}]` (Box's way to describe a use of X): members that
    only annotate refuse nothing, so their annotations move to the schema itself and the
    members go. One member left: an inline one is merged into the schema when the schema
    has nothing else that constrains, a ref to a non-model (an enum, a union) replaces
    the allOf; the engine takes the allOf of neither.
    """
    schemas: dict[str, Any] = (data.get("components") or {}).get("schemas") or {}
    for schema in list(_all_schemas(data)):
        members = schema.get("allOf")
        if not isinstance(members, list) or not any(_annotation_only(m) for m in members):
            continue
        kept = [m for m in members if not _annotation_only(m)]
        for member in members:
            if _annotation_only(member):
                for key, value in member.items():
                    schema.setdefault(key, value)
        schema["allOf"] = kept
        if not kept:
            del schema["allOf"]
        if len(kept) != 1 or not _annotation_only(
            {k: v for k, v in schema.items() if k != "allOf"}
        ):
            continue
        only = kept[0]
        ref = only.get("$ref") if isinstance(only, dict) else None
        if isinstance(ref, str) and _is_model(schemas, ref):
            continue
        del schema["allOf"]
        for key, value in only.items():
            schema.setdefault(key, value)


def enum_without_null(data: dict[str, Any]) -> None:
    """`type: [string, "null"]` with an enum that lists no null (Vercel's): the enum
    refuses null anyway, so `null` leaves the type list and the engine sees a plain enum.
    """
    for schema in list(_all_schemas(data)):
        kind, values = schema.get("type"), schema.get("enum")
        if not (isinstance(kind, list) and "null" in kind and isinstance(values, list)):
            continue
        if None in values:
            continue
        rest = [k for k in kind if k != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest


DROPPED_ENUM = "x-specbind-dropped-enum"
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


def _of_type(value: Any, kinds: list[str], nullable: bool) -> bool:
    if value is None:
        return nullable or "null" in kinds
    if isinstance(value, bool):
        return "boolean" in kinds
    if isinstance(value, float) and value.is_integer() and "integer" in kinds:
        return True
    return any(isinstance(value, _PYTHON_TYPES.get(kind, ())) for kind in kinds)


def enum_members_of_its_type(data: dict[str, Any]) -> None:
    """Enum members the engine cannot hold. Members the schema's own `type` refuses
    (Zuora's `type: string` listing `true` and `false`) can never be valid: they leave
    the enum, which keeps the same valid values. An enum of objects or arrays (Docker's
    `enum: [{}]`) has no enum class: the enum is dropped, a widening. Either way what
    left is kept under `x-specbind-dropped-enum`."""
    for schema in list(_all_schemas(data)):
        values, kind = schema.get("enum"), schema.get("type")
        if not isinstance(values, list) or not values:
            continue
        kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else None
        nullable = schema.get("nullable") is True
        kept = values if kinds is None else [v for v in values if _of_type(v, kinds, nullable)]
        if kept and all(isinstance(v, (dict, list)) for v in kept if v is not None):
            schema[DROPPED_ENUM] = values
            del schema["enum"]
        elif kept and len(kept) < len(values):
            schema[DROPPED_ENUM] = [v for v in values if v not in kept]
            schema["enum"] = kept


def null_typed_unions(data: dict[str, Any]) -> None:
    """`type: "null"` beside a `oneOf`/`anyOf` of non-null members (Vercel's
    `EdgeConfigItemValue`, a TypeScript `A | B | null`) literally accepts no value at
    all; the document means "one of these, or null", and says so after this step. This
    is the one rewrite that widens what is valid; `x-specbind-null-union` records it.
    """
    for schema in list(_all_schemas(data)):
        if schema.get("type") not in ("null", ["null"]):
            continue
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and members:
                del schema["type"]
                schema[key] = [*members, {"type": "null"}]
                schema[NULL_UNION] = True
                break


_UPPER = frozenset({"maxLength", "maximum", "maxItems", "maxProperties"})
_LOWER = frozenset({"minLength", "minimum", "minItems", "minProperties"})
_STRUCTURE = frozenset({"properties", "allOf", "oneOf", "anyOf", "items", "additionalProperties"})


def _scalar(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and not any(key in schema for key in _STRUCTURE)
        and schema.get("type") not in ("object", "array")
        and "$ref" not in schema
    )


def _merge_scalars(members: list[dict[str, Any]]) -> dict[str, Any] | None:
    """One schema that accepts exactly what every member accepts, or None when the
    keywords do not combine into one (two patterns, two formats, ...)."""
    merged: dict[str, Any] = {}
    for member in members:
        for key, value in member.items():
            if key in ANNOTATIONS or key.startswith("x-"):
                merged.setdefault(key, value)
            elif key == "nullable":
                continue
            elif key not in merged or merged[key] == value:
                merged[key] = value
            elif key in _UPPER:
                merged[key] = min(merged[key], value)
            elif key in _LOWER:
                merged[key] = max(merged[key], value)
            elif key == "enum" and isinstance(value, list):
                merged[key] = [v for v in merged[key] if v in value]
            elif key == "type" and {merged[key], value} == {"integer", "number"}:
                merged[key] = "integer"
            else:
                return None
    # 3.0: null passes only when every member that says anything about types lets it.
    typed = [m for m in members if "type" in m or "enum" in m]
    if typed and all(m.get("nullable") is True for m in typed):
        merged["nullable"] = True
    return merged


def scalar_allofs(data: dict[str, Any]) -> None:
    """An allOf of strings, numbers or enums (DigitalOcean's `allOf: [$ref: RegionSlug,
    {nullable: true, type: string}]`, Box's `sequence_id`) is one scalar schema with every
    member's constraints: enums intersect, bounds tighten, null passes only if every
    member lets it. The engine takes an allOf of objects only. Refs are followed, so a
    named enum becomes an inline one (named again by `name_inline_enums`).
    """
    for schema in list(_all_schemas(data)):
        members = schema.get("allOf")
        if not isinstance(members, list) or not members:
            continue
        resolved = [deref(data, m, section="schemas", on_missing="none") for m in members]
        if not all(_scalar(m) for m in resolved):
            continue
        own = {k: v for k, v in schema.items() if k != "allOf"}
        merged = _merge_scalars([own, *resolved])
        if merged is None:
            continue
        schema.clear()
        schema.update(merged)


_JSON_TYPES = frozenset({"string", "number", "boolean", "null", "object", "array"})


def _bare_type(member: Any, self_ref: str) -> str | None:
    """The one type a member allows with no other constraint, or None. An array's items
    may refer back to the union itself: an array of any value."""
    if not isinstance(member, dict):
        return None
    rest = {k: v for k, v in member.items() if k not in ANNOTATIONS and not k.startswith("x-")}
    kind = rest.pop("type", None)
    if kind == "array" and rest.pop("items", {}) not in ({}, {"$ref": self_ref}):
        return None
    return kind if isinstance(kind, str) and not rest else None


def any_value_unions(data: dict[str, Any]) -> None:
    """A union of every JSON type, each unconstrained (Vercel's `EdgeConfigItemValue`:
    string, number, boolean, object, null and an array of itself) accepts any value: it
    becomes `{}`, which says exactly that. The engine cannot read a union that refers
    to itself.
    """
    schemas: dict[str, Any] = (data.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        self_ref = SCHEMA_PREFIX + name
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            others = {k for k in schema if not k.startswith("x-")} - ANNOTATIONS
            if not isinstance(members, list) or others - {key, "nullable"}:
                continue
            kinds = [_bare_type(m, self_ref) for m in members]
            found = {k for k in kinds if k is not None}
            if schema.get("nullable") is True:
                found.add("null")
            exclusive = len(found) == len(kinds) + (schema.get("nullable") is True)
            if None in kinds or found != _JSON_TYPES or (key == "oneOf" and not exclusive):
                continue
            del schema[key]
            schema.pop("nullable", None)

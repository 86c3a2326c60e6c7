"""Where null is allowed, said the one way every reader understands.

A nullable model is not nullable itself; each use of it is `anyOf: [$ref, {type:
null}]`. In an `allOf`, a property that one member refuses to be null is not null in
any member.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbind.openapi.normalise.markers import NULLABLE_AT_USE
from specbind.openapi.normalise.walk import NAME_MAPS, iter_schema_dicts
from specbind.openapi.refs import component_name


def is_nullable_model(schema: Any) -> bool:
    """A schema marked `nullable` that is a model (an object or a composition)."""
    if not isinstance(schema, dict) or schema.get("nullable") is not True:
        return False
    return schema.get("type") == "object" or any(
        key in schema for key in ("properties", "allOf", "oneOf", "anyOf")
    )


def nullable_models(data: dict[str, Any]) -> None:
    """One canonical form for a nullable model: the component itself is not nullable,
    and each `$ref` to it becomes `anyOf: [$ref, {type: null}]`. The client engine
    otherwise makes a second class (`<Name>Type0`) per nullable component and clashes
    on the classes nested in it (GitHub's `integration` and `nullable-integration`).
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    nullable = {name for name, schema in schemas.items() if is_nullable_model(schema)}
    if not nullable:
        return
    for name in nullable:
        schemas[name]["nullable"] = False
        schemas[name][NULLABLE_AT_USE] = True

    def wrap(node: Any) -> Any:
        if (
            isinstance(node, dict)
            and set(node) == {"$ref"}
            and component_name(node["$ref"]) in nullable
        ):
            return {"anyOf": [node, {"type": "null"}]}
        return node

    for node in list(iter_schema_dicts(data)):
        for key, value in list(node.items()):
            if key == "$ref" or (isinstance(key, str) and key.startswith("x-")):
                continue
            if key in NAME_MAPS and isinstance(value, dict):
                for name, item in list(value.items()):
                    value[name] = wrap(item)
            elif isinstance(value, dict):
                node[key] = wrap(value)
            elif isinstance(value, list) and key in ("allOf",):
                continue
            elif isinstance(value, list):
                node[key] = [wrap(item) for item in value]


def _nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return schema.get("nullable") is True or (isinstance(kind, list) and "null" in kind)


def _allof_properties(schemas: dict[str, Any], members: list[Any]) -> Iterator[dict[str, Any]]:
    """The `properties` of every member, through refs and nested allOfs (Asana's
    `TaskCompact` is itself an allOf)."""
    stack, seen = list(members), 0
    while stack and seen < 256:
        member, seen = stack.pop(), seen + 1
        if not isinstance(member, dict):
            continue
        if isinstance(member.get("$ref"), str):
            stack.append(schemas.get(component_name(member["$ref"]) or ""))
            continue
        if isinstance(member.get("properties"), dict):
            yield member["properties"]
        if isinstance(member.get("allOf"), list):
            stack.extend(member["allOf"])


def allof_nullability(data: dict[str, Any]) -> None:
    """In an `allOf`, a property nullable in one member and not in another can only be
    non-null (a value must satisfy every member); the inline member says so too, since
    the client engine refuses to merge `None | str` with `str` (GitHub's installation
    `account`, an allOf of user and enterprise).
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    for schema in list(iter_schema_dicts(data)):
        members = schema.get("allOf")
        if not isinstance(members, list) or len(members) < 2:
            continue
        strict: set[str] = set()
        for found in _allof_properties(schemas, members):
            strict |= {n for n, p in found.items() if isinstance(p, dict) and not _nullable(p)}
        for member in members:
            own = member.get("properties") if isinstance(member, dict) else None
            if not isinstance(own, dict) or "$ref" in member:
                continue
            for name in strict & set(own):
                prop = own[name]
                if _nullable(prop):
                    prop["nullable"] = False
                    if isinstance(prop.get("type"), list):
                        prop["type"] = [k for k in prop["type"] if k != "null"] or prop["type"]

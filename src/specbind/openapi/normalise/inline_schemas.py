"""Inline schemas that become classes, made named components.

Generators name a class for each inline object after where it sits, and clash when two
sit alike; here every inline body, response, enum and union member that needs a class
gets a component named from its place (`<OperationId>Body`, `<Parent><Property>`), one
class each, shared by both generators.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specbind.openapi.naming import pascal_case
from specbind.openapi.normalise.nullability import is_nullable_model
from specbind.openapi.normalise.walk import SUBSCHEMA_KEYS, SUBSCHEMA_LISTS, free_name
from specbind.openapi.refs import SCHEMA_PREFIX
from specbind.openapi.validate import iter_operations


def _needs_model(schema: Any) -> bool:
    """An inline object with properties (or a composition): it needs a named model."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    return bool(schema.get("properties")) or any(
        isinstance(schema.get(key), list) for key in ("allOf", "oneOf", "anyOf")
    )


def _hoist(data: dict[str, Any], holder: dict[str, Any], key: str, base: str) -> None:
    """Move `holder[key]` (or the items of an array there) into components under `base`."""
    schemas: dict[str, Any] = data["components"]["schemas"]
    schema = holder.get(key)
    if isinstance(schema, dict) and schema.get("type") == "array" and "$ref" not in schema:
        if _needs_model(schema.get("items")):
            _hoist(data, schema, "items", f"{base}Item")
        return
    if not _needs_model(schema):
        return
    name = free_name(pascal_case(base), set(schemas))
    schemas[name] = schema
    holder[key] = {"$ref": SCHEMA_PREFIX + name}


def name_inline_schemas(data: dict[str, Any]) -> None:
    """Inline object schemas of request bodies and responses become named components
    (`<OperationId>Body`, `<OperationId>Response`, `<OperationId>Response404`, ...).
    """

    def media_holders(container: Any) -> Iterator[tuple[str, dict[str, Any]]]:
        content = container.get("content") if isinstance(container, dict) else None
        if isinstance(content, dict):
            for media_type, media in sorted(content.items()):
                if isinstance(media, dict):
                    yield media_type, media

    def hoist_all(container: Any, base: str) -> None:
        for index, (_, media) in enumerate(media_holders(container)):
            _hoist(data, media, "schema", base if index == 0 else f"{base}{index + 1}")

    for _, _, operation, _ in iter_operations(data):
        stem = pascal_case(str(operation.get("operationId", "")), fallback="Operation")
        body = operation.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            hoist_all(body, f"{stem}Body")
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for status, response in responses.items():
                if isinstance(response, dict) and "$ref" not in response:
                    suffix = "" if str(status) in {"200", "201"} else pascal_case(str(status))
                    hoist_all(response, f"{stem}Response{suffix}")
    components = data["components"]
    for name, body in (components.get("requestBodies") or {}).items():
        hoist_all(body, f"{name}Body")
    for name, response in (components.get("responses") or {}).items():
        hoist_all(response, f"{name}Response")


def _is_inline_enum(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and "$ref" not in node
        and isinstance(node.get("enum"), list)
        and any(value is not None for value in node["enum"])
    )


def _is_inline_object(node: Any) -> bool:
    """A plain inline object model (properties or `type: object`, no composition): the
    engine makes a class of it named after parent and property, and makes it twice,
    clashing, when two allOf members or union members hold one each under the same
    property (Box's `options`, Vercel's unions) or an allOf refers to its parent
    (DigitalOcean's node pool `labels`)."""
    return (
        isinstance(node, dict)
        and "$ref" not in node
        and (bool(node.get("properties")) or node.get("type") == "object")
        and not any(key in node for key in ("allOf", "oneOf", "anyOf"))
    )


def _hoist_enums(schemas: dict[str, Any], node: Any, hint: str) -> None:
    """Replace every inline enum, every inline object model at any depth, and every inline
    object that is a member of a union, under `node` by a `$ref` to a new component
    named from `hint` and the path to it (`ProjectFeature` + `state` ->
    `ProjectFeatureState2` if `ProjectFeatureState` is taken; `CopilotSpaceCollaborator`
    + first anyOf member -> `...Option1`; `MetadataTemplate` + `fields` items ->
    `MetadataTemplateFieldsItem`). allOf members themselves stay inline: the engine
    merges them into one class.
    """
    if not isinstance(node, dict):
        return

    def visit(
        holder: dict[str, Any] | list[Any], key: Any, name: str, union: bool, part: bool = False
    ) -> None:
        child = holder[key]
        if is_nullable_model(child) and (_needs_model(child) or _is_inline_object(child)):
            new = free_name(pascal_case(name, fallback="Model"), set(schemas))
            schemas[new] = {**child, "nullable": False}
            holder[key] = {"anyOf": [{"$ref": SCHEMA_PREFIX + new}, {"type": "null"}]}
            _hoist_enums(schemas, schemas[new], new)
        elif (
            _is_inline_enum(child)
            or (union and _needs_model(child))
            or (not part and _is_inline_object(child))
        ):
            new = free_name(pascal_case(name, fallback="Enum"), set(schemas))
            schemas[new] = child
            # The use keeps what says which side sends it: views read it there.
            flags = {k: child[k] for k in ("readOnly", "writeOnly") if child.get(k) is True}
            holder[key] = {"$ref": SCHEMA_PREFIX + new, **flags}
            _hoist_enums(schemas, child, new)
        else:
            _hoist_enums(schemas, child, name)

    properties = node.get("properties")
    if isinstance(properties, dict):
        for prop in list(properties):
            visit(properties, prop, f"{hint} {prop}", False)
    for key in SUBSCHEMA_KEYS:
        if isinstance(node.get(key), dict):
            visit(node, key, f"{hint} item" if key == "items" else f"{hint} {key}", False)
    for key in SUBSCHEMA_LISTS:
        members = node.get(key)
        if isinstance(members, list):
            for index in range(len(members)):
                visit(
                    members,
                    index,
                    f"{hint} option {index + 1}",
                    key in ("anyOf", "oneOf"),
                    part=key == "allOf",
                )


def name_inline_enums(data: dict[str, Any]) -> None:
    """Inline enums and inline union members become components named after where they
    sit. The client engine names an inline enum `<Parent><Property>` and refuses two of
    that name with other values (Jira's `ProjectFeature.state` vs the
    `ProjectFeatureState` schema), and cannot read an inline `allOf` inside a union
    (GitHub's `copilot-space-collaborator`) or a nullable one (GitHub's installation
    `account`); a component each is one class each, shared by both generators. A
    nullable inline model becomes `anyOf: [$ref, {type: null}]`, as `nullable_models`
    does for components.
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    for name in list(schemas):
        _hoist_enums(schemas, schemas[name], name)
    for _, _, operation, _ in iter_operations(data):
        stem = str(operation.get("operationId", ""))
        for parameter in operation.get("parameters") or []:
            if isinstance(parameter, dict) and isinstance(parameter.get("schema"), dict):
                label = f"{stem} {parameter.get('name', '')}"
                if _is_inline_enum(parameter["schema"]):
                    new = free_name(pascal_case(label, fallback="Enum"), set(schemas))
                    schemas[new] = parameter["schema"]
                    parameter["schema"] = {"$ref": SCHEMA_PREFIX + new}
                else:
                    _hoist_enums(schemas, parameter["schema"], label)

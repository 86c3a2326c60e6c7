"""Request and response views of component schemas.

OpenAPI marks a property readOnly (sent by the server only) or writeOnly (sent by the
client only), but generators give one model per schema, so a create call would demand
the server's read-only fields. Here each component schema gets the view its uses need:

- used only in request bodies: readOnly properties removed, in place;
- used only in responses: writeOnly properties removed, in place;
- used in both, and the two views differ: the response view keeps the name and a
  request view `<Name>Request` is added; request bodies point at it.

Views follow `$ref`s, so a schema nested in a request body gets its request view too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from specbind.openapi.normalise.markers import TITLE, VIEW_OF
from specbind.openapi.normalise.walk import SUBSCHEMA_KEYS, SUBSCHEMA_LISTS, copy_json, free_name
from specbind.openapi.refs import SCHEMA_PREFIX, component_name, deref
from specbind.openapi.validate import iter_operations

Context = Literal["request", "response"]
_HIDDEN: dict[Context, str] = {"request": "readOnly", "response": "writeOnly"}


def _schema_name(ref: Any) -> str | None:
    return component_name(ref) if isinstance(ref, str) else None


def _children(schema: dict[str, Any], context: Context | None = None) -> Iterator[Any]:
    """Every direct subschema of `schema`; in a context, not the properties it hides."""
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for value in properties.values():
            if context is None or not (
                isinstance(value, dict) and value.get(_HIDDEN[context]) is True
            ):
                yield value
    for key in SUBSCHEMA_KEYS:
        if isinstance(schema.get(key), dict):
            yield schema[key]
    for key in SUBSCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            yield from schema[key]


def _direct_refs(schema: Any, context: Context | None = None) -> Iterator[str]:
    """Names of component schemas that `schema` refers to, inline subschemas included.

    In a context, properties hidden there do not count: a readOnly nested object is
    never part of a request.
    """
    if not isinstance(schema, dict):
        return
    name = _schema_name(schema.get("$ref"))
    if name is not None:
        yield name
    for child in _children(schema, context):
        yield from _direct_refs(child, context)


def _hides(schema: Any, context: Context) -> bool:
    """Does this schema itself (not through refs) have a property hidden in `context`?"""
    if not isinstance(schema, dict):
        return False
    properties = schema.get("properties")
    if isinstance(properties, dict) and any(
        isinstance(p, dict) and p.get(_HIDDEN[context]) is True for p in properties.values()
    ):
        return True
    return any(_hides(child, context) for child in _children(schema))


def _media_schemas(container: Any) -> Iterator[dict[str, Any]]:
    """The schema of every media type in a requestBody or response object."""
    if not isinstance(container, dict):
        return
    content = container.get("content")
    if isinstance(content, dict):
        for media in content.values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield media["schema"]


def _resolve(data: dict[str, Any], node: Any, section: str) -> Any:
    """A requestBody or response object, through its `#/components/<section>/X` refs."""
    return deref(data, node, section=section, on_missing="none")


def _roots(data: dict[str, Any]) -> dict[Context, list[dict[str, Any]]]:
    """The schemas where each context starts: request bodies and responses."""
    roots: dict[Context, list[dict[str, Any]]] = {"request": [], "response": []}
    for _, _, operation, _ in iter_operations(data):
        roots["request"].extend(
            _media_schemas(_resolve(data, operation.get("requestBody"), "requestBodies"))
        )
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for response in responses.values():
                roots["response"].extend(_media_schemas(_resolve(data, response, "responses")))
    return roots


def _reachable(schemas: dict[str, Any], starts: list[dict[str, Any]], context: Context) -> set[str]:
    found: set[str] = set()
    stack = [name for start in starts for name in _direct_refs(start, context)]
    while stack:
        name = stack.pop()
        if name in found or name not in schemas:
            continue
        found.add(name)
        stack.extend(_direct_refs(schemas[name], context))
    return found


def _differs(schemas: dict[str, Any], context: Context) -> set[str]:
    """Schemas whose `context` view differs from the schema, through refs too."""
    differs = {name for name, schema in schemas.items() if _hides(schema, context)}
    # Each schema's refs once, not once per pass of the fixed point below.
    refs = {
        name: set(_direct_refs(schema, context))
        for name, schema in schemas.items()
        if name not in differs
    }
    changed = True
    while changed:
        changed = False
        for name in schemas:
            if name not in differs and not refs[name].isdisjoint(differs):
                differs.add(name)
                changed = True
    return differs


def _view(schema: Any, context: Context, rename: dict[str, str]) -> Any:
    """A copy of `schema` without the properties hidden in `context`, refs renamed."""
    if not isinstance(schema, dict):
        return copy_json(schema)
    result: dict[str, Any] = {}
    hidden_names: set[str] = set()
    for key, value in schema.items():
        if key == "$ref":
            name = _schema_name(value)
            result[key] = SCHEMA_PREFIX + rename[name] if name in rename else value
        elif key == "properties" and isinstance(value, dict):
            kept = {}
            for prop, prop_schema in value.items():
                if isinstance(prop_schema, dict) and prop_schema.get(_HIDDEN[context]) is True:
                    hidden_names.add(prop)
                else:
                    kept[prop] = _view(prop_schema, context, rename)
            result[key] = kept
        elif key in SUBSCHEMA_KEYS and isinstance(value, dict):
            result[key] = _view(value, context, rename)
        elif key in SUBSCHEMA_LISTS and isinstance(value, list):
            result[key] = [_view(item, context, rename) for item in value]
        else:
            result[key] = copy_json(value)
    if hidden_names and isinstance(result.get("required"), list):
        required = [name for name in result["required"] if name not in hidden_names]
        if required:
            result["required"] = required
        else:
            del result["required"]
    return result


def split_read_write_views(data: dict[str, Any]) -> dict[str, Any]:
    """Give `data` request and response views, as the module explains; returns `data`.

    Changes `data` in place: `normalise` owns its copy, so a second one is not needed.
    """
    result = data
    schemas: dict[str, Any] = result.get("components", {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        return result
    roots = _roots(result)
    used = {context: _reachable(schemas, roots[context], context) for context in roots}
    differs = {context: _differs(schemas, context) for context in roots}

    taken = set(schemas)
    request_names: dict[str, str] = {}
    for name in sorted(used["request"] & used["response"] & differs["request"]):
        request_names[name] = free_name(f"{name}Request", taken)

    new_schemas: dict[str, Any] = {}
    for name, schema in schemas.items():
        in_request, in_response = name in used["request"], name in used["response"]
        if in_request and not in_response:
            new_schemas[name] = _view(schema, "request", request_names)
        elif in_response:
            new_schemas[name] = (
                _view(schema, "response", {}) if name in differs["response"] else schema
            )
        else:
            new_schemas[name] = schema
        if name in request_names:
            view = _view(schema, "request", request_names)
            view[VIEW_OF] = SCHEMA_PREFIX + name
            if isinstance(view.get("title"), str):
                # the title kept for the schema names its class; the view's is its own name
                view[TITLE] = view.pop("title")
            new_schemas[request_names[name]] = view
    result["components"]["schemas"] = new_schemas

    def rewrite(container: Any, context: Context, rename: dict[str, str]) -> None:
        content = container.get("content") if isinstance(container, dict) else None
        if isinstance(content, dict):
            for media in content.values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    media["schema"] = _view(media["schema"], context, rename)

    for _, _, operation, _ in iter_operations(result):
        body = operation.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            rewrite(body, "request", request_names)
        responses = operation.get("responses")
        if isinstance(responses, dict):
            for response in responses.values():
                if isinstance(response, dict) and "$ref" not in response:
                    rewrite(response, "response", {})
    components = result.get("components", {})
    for body in (components.get("requestBodies") or {}).values():
        rewrite(body, "request", request_names)
    for response in (components.get("responses") or {}).values():
        rewrite(response, "response", {})
    return result


# -- document-level steps: any valid document made generator-ready ---------------------
#

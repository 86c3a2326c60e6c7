"""drf-spectacular's CRUD convention as OpenAPI links, for Schemathesis's stateful phase.

A create (`POST /x/`) answers the new resource, whose `id` names it in the item
operations (`GET|PUT|PATCH|DELETE /x/{id}/`). drf-spectacular documents no links, and
Schemathesis infers most of these from names; writing them down makes sure the item
operations run against resources that exist, whatever the inference finds. Schemathesis
drops an inferred link that an explicit one already covers.
"""

from __future__ import annotations

from typing import Any

from specbind.openapi.refs import deref

ITEM_METHODS = ("get", "put", "patch", "delete")
CREATE_STATUSES = ("201", "200")
LINK_PREFIX = "specbind-crud"


def _properties(data: dict[str, Any], response: dict[str, Any]) -> set[str]:
    """The top-level properties of a response's JSON body (through $ref and allOf)."""
    content = response.get("content")
    if not isinstance(content, dict):
        return set()
    media = next((m for m in content if "json" in str(m)), None)
    if media is None or not isinstance(content[media], dict):
        return set()
    pending = [content[media].get("schema")]
    names: set[str] = set()
    read: set[int] = set()  # a schema may include itself through allOf
    while pending:
        schema = deref(data, pending.pop(), limit=20, on_missing="none")
        if not isinstance(schema, dict) or id(schema) in read:
            continue
        read.add(id(schema))
        properties = schema.get("properties")
        if isinstance(properties, dict):
            names.update(str(name) for name in properties)
        for part in schema.get("allOf") or []:
            pending.append(part)
    return names


def _item_path(collection: str, path: str) -> str | None:
    """The path parameter's name when `path` is `collection` plus one `{param}` segment."""
    base = collection.rstrip("/") + "/"
    if not path.startswith(base):
        return None
    rest = path[len(base) :].rstrip("/")
    if rest.startswith("{") and rest.endswith("}") and rest.count("{") == 1:
        return rest[1:-1]
    return None


def _pointer(path: str, method: str) -> str:
    escaped = path.replace("~", "~0").replace("/", "~1")
    return f"#/paths/{escaped}/{method}"


def add_crud_links(data: dict[str, Any]) -> list[str]:
    """Add the convention's links to `data` (a copy the caller owns); their names, added.

    The link feeds the create response's property named like the item path's parameter
    (or `id` for `pk`) into that parameter. A response the document shares through `$ref`
    is copied into the operation first, so the links reach no other operation.
    """
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return []
    added: list[str] = []
    for collection, item in paths.items():
        create = item.get("post") if isinstance(item, dict) else None
        if not isinstance(create, dict) or not isinstance(create.get("responses"), dict):
            continue
        responses = create["responses"]
        status = next((s for s in CREATE_STATUSES if s in responses), None)
        if status is None:
            continue
        response = deref(data, responses[status], limit=20, on_missing="none")
        if not isinstance(response, dict):
            continue
        fields = _properties(data, response)
        for path, target in paths.items():
            parameter = _item_path(str(collection), str(path))
            if parameter is None or not isinstance(target, dict):
                continue
            field = parameter if parameter in fields else "id" if parameter == "pk" else None
            if field is None or field not in fields:
                continue
            for method in ITEM_METHODS:
                if not isinstance(target.get(method), dict):
                    continue
                if "$ref" in responses[status]:
                    responses[status] = response = dict(response)
                links = response.setdefault("links", {})
                name = f"{LINK_PREFIX}-{method.upper()}-{path}"
                if name in links:
                    continue
                links[name] = {
                    "operationRef": _pointer(str(path), method),
                    "parameters": {parameter: f"$response.body#/{field}"},
                }
                added.append(f"POST {collection} -> {method.upper()} {path}")
    return added

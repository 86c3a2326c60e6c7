"""The components section: there for every later step, and holding only what the API uses.

`ensure_components` runs first, so no step needs a special case for a document without
`components.schemas`; `unused_schemas` runs last and sets aside what only webhooks use.
"""

from __future__ import annotations

from typing import Any

from specbind.openapi.normalise.markers import UNUSED_SCHEMAS
from specbind.openapi.normalise.walk import ref_values
from specbind.openapi.pointer import split_pointer
from specbind.openapi.refs import SCHEMA_PREFIX


def ensure_components(data: dict[str, Any]) -> None:
    """`components.schemas` exists as a dict, so later steps need no special case."""
    components = data.get("components")
    if not isinstance(components, dict):
        components = data["components"] = {}
    if not isinstance(components.get("schemas"), dict):
        components["schemas"] = {}


def _component_of(ref: str) -> str | None:
    """`#/components/schemas/A~1b/properties/c` -> `A/b`: the component a ref is in."""
    if not ref.startswith(SCHEMA_PREFIX):
        return None
    try:
        tokens = split_pointer(ref)
    except ValueError:
        return None
    return tokens[2] if len(tokens) >= 3 else None


def _other_components(data: dict[str, Any]) -> dict[str, Any]:
    """Parameters, bodies, responses, headers, ...: every component section but schemas."""
    return {k: v for k, v in data["components"].items() if k != "schemas"}


def _used_schemas(data: dict[str, Any], starts: list[Any]) -> set[str]:
    """Component schemas `starts` use, directly or through other components."""
    schemas: dict[str, Any] = data["components"]["schemas"]
    names: set[str] = set()
    stack: list[Any] = list(starts)
    while stack:
        node = stack.pop()
        for ref in ref_values(node):
            name = _component_of(ref)
            if name is not None and name not in names and name in schemas:
                names.add(name)
                stack.append(schemas[name])
    return names


def unused_schemas(data: dict[str, Any]) -> None:
    """Component schemas only webhooks use (GitHub's webhook payloads, under
    `x-webhooks`) are not part of the API the bindings call or serve; they are set aside
    under `components.x-specbind-unused-schemas` so a generator never fails on them.
    Nothing an operation uses is touched.
    """
    schemas: dict[str, Any] = data["components"]["schemas"]
    hooks = [data.get(key) for key in ("webhooks", "x-webhooks") if isinstance(data.get(key), dict)]
    if not hooks:
        return
    used = _used_schemas(data, [data.get("paths") or {}, _other_components(data)])
    only_hooks = _used_schemas(data, hooks) - used
    unused = {name: schema for name, schema in schemas.items() if name in only_hooks}
    if unused:
        data["components"]["schemas"] = {n: s for n, s in schemas.items() if n not in unused}
        data["components"][UNUSED_SCHEMAS] = unused

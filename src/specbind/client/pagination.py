"""Which list operations page, and where in their answer the items and next link are.

Two shapes occur in this API:

- Django REST framework pages: `{count, next, previous, results: [...]}`;
- the credentials envelope: `{status, result: {data: [...], next, previous, count,
  num_pages, page_number}}`.

Detection reads the (normalised) document: the 2xx JSON schema of a GET operation,
with `$ref`s followed. The generator then offers an `iter_<operation>` that follows
`next` until it is empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specbind.openapi.refs import deref


@dataclass(frozen=True)
class PageShape:
    """JSON property names leading to the item list and to the next page's URL."""

    kind: str  # "drf" or "envelope"
    items: tuple[str, ...]
    next: tuple[str, ...]


def _properties(data: dict[str, Any], schema: Any) -> dict[str, Any]:
    resolved = deref(data, schema, section="schemas", on_missing="none")
    properties = resolved.get("properties") if isinstance(resolved, dict) else None
    return properties if isinstance(properties, dict) else {}


def _is_array(data: dict[str, Any], schema: Any) -> bool:
    resolved = deref(data, schema, section="schemas", on_missing="none")
    kind = resolved.get("type") if isinstance(resolved, dict) else None
    return kind == "array" or (isinstance(kind, list) and "array" in kind)


def _page_fields(data: dict[str, Any], properties: dict[str, Any], items: str) -> bool:
    """`items` is an array and the page has a `next` link and a count or previous link."""
    return (
        items in properties
        and _is_array(data, properties[items])
        and "next" in properties
        and ("count" in properties or "previous" in properties)
    )


def page_shape(data: dict[str, Any], schema: Any) -> PageShape | None:
    """The page shape of a response schema, or None when it is not a page."""
    top = _properties(data, schema)
    if _page_fields(data, top, "results"):
        return PageShape("drf", ("results",), ("next",))
    if "result" in top:
        inner = _properties(data, top["result"])
        if _page_fields(data, inner, "data") and {"num_pages", "page_number"} <= set(inner):
            return PageShape("envelope", ("result", "data"), ("result", "next"))
    return None

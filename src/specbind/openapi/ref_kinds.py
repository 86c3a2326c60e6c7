"""A schema `$ref` to something that is not a schema (Rumble's response body schema
`$ref: '#/components/responses/StatusMessage'`, a Response object).

The target is another kind of object: read as a schema it says nothing (a response's
`description` is only an annotation), and no generator has a model for it. That one
schema becomes what it literally accepts, any JSON value (`{}`, the target's description
kept), and `specbind validate` warns naming the `$ref`'s pointer.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from specbind.errors import Problem, Severity
from specbind.openapi.pointer import located_objects, resolve_pointer, split_pointer
from specbind.openapi.ref_targets import kind_at

if TYPE_CHECKING:
    from specbind.openapi.document import Document

RULE = "schema-ref-to-other-kind"
# Kinds of object a schema can never be (a media type's `schema` is a schema: "schema").
_OTHER_KINDS = frozenset(
    {"parameter", "response", "header", "requestBody", "example", "link", "callback"}
) | {"pathitem", "operation", "media"}


def other_kind(holder: str, ref: str) -> str | None:
    """The kind `ref` names when the object at pointer `holder` is a schema and `ref` is
    a local reference to another kind of object, else None."""
    try:
        if not ref.startswith("#") or kind_at(split_pointer(holder)) != "schema":
            return None
        target = kind_at(split_pointer(ref))
    except ValueError:
        return None
    return target if target in _OTHER_KINDS else None


def ref_kind_problem(doc: Document, holder: str, ref: str) -> Problem | None:
    """The warning for a schema `$ref` at `holder` that names another kind of object."""
    kind = other_kind(holder, ref)
    if kind is None:
        return None
    return doc.problem(
        f"this schema's $ref {ref!r} names a {kind}, not a schema: generated code takes "
        "any JSON value here",
        f"{holder}/$ref",
        severity=Severity.WARNING,
        rule=RULE,
    )


def _schema_refs(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str, str]]:
    examples = ("example", "examples").__contains__
    for holder, here in located_objects(node, pointer, skip=examples):
        if isinstance(ref := holder.get("$ref"), str):
            yield holder, here, ref


def schema_refs_to_other_kinds(data: dict[str, Any]) -> None:
    """Each schema `$ref` to another kind of object becomes `{}` (any JSON value)."""
    for holder, pointer, ref in list(_schema_refs(data, "")):
        if other_kind(pointer, ref) is None:
            continue
        try:
            target = resolve_pointer(data, ref)
        except (KeyError, ValueError):
            continue
        description = target.get("description") if isinstance(target, dict) else None
        holder.clear()
        if isinstance(description, str):
            holder["description"] = description

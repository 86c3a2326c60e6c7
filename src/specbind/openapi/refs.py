"""Following local `$ref`s: the one resolver every stage uses.

Stages differ only in what they want when a reference leads nowhere (an error, `None`, or the
reference itself), how far they follow, and whether they follow refs outside one components
section; those are arguments here, so a cycle, a dangling ref and an external ref read the
same everywhere and every ref is decoded as RFC 6901 says (`~1`, `~0`, `%7B`).
"""

from __future__ import annotations

from typing import Any, Literal

from specbind.errors import SpecbindError
from specbind.openapi.pointer import ref_pointer, resolve_pointer, split_pointer

SCHEMA_PREFIX = "#/components/schemas/"
MAX_HOPS = 32

OnMissing = Literal["raise", "none", "stop"]


class RefError(SpecbindError):
    """A `$ref` that cannot be followed: dangling, external, a cycle or too long a chain."""

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer
        super().__init__(f"#{pointer}: {message}")


def component_prefix(section: str) -> str:
    """`schemas` -> `#/components/schemas/`: where refs into one components section start."""
    return f"#/components/{section}/"


def component_name(ref: str, section: str = "schemas") -> str | None:
    """The decoded component name a `$ref` names (`#/components/schemas/A~1B` -> `A/B`).

    None when the ref points anywhere but directly at a member of that section.
    """
    if not ref.startswith(component_prefix(section)):
        return None
    try:
        tokens = split_pointer(ref)
    except ValueError:
        return None
    return tokens[2] if len(tokens) == 3 else None


def deref_located(
    document: Any,
    node: Any,
    pointer: str = "",
    *,
    limit: int = MAX_HOPS,
    on_missing: OnMissing = "raise",
    section: str | None = None,
) -> tuple[Any, str]:
    """Follow `node`'s `$ref` chain; the target and its JSON pointer (string form).

    `pointer` names where `node` stands (for messages and the result when it is no ref).
    `section` limits following to refs into `#/components/<section>/`; any other ref is
    returned as it is. When a ref is dangling, external, part of a cycle or the chain is
    longer than `limit`, `on_missing` decides: `raise` a RefError naming the pointer, return
    `none` (None, pointer), or `stop` at the last node that could be reached.
    """
    current, where = node, pointer
    seen: list[str] = []
    prefix = component_prefix(section) if section else "#"
    while isinstance(current, dict) and isinstance(ref := current.get("$ref"), str):
        if section and not ref.startswith(prefix):
            return current, where
        problem = _problem(document, ref, seen, limit)
        if problem is not None:
            if on_missing == "raise":
                raise RefError(pointer, problem)
            return (None, where) if on_missing == "none" else (current, where)
        seen.append(ref)
        current, where = resolve_pointer(document, ref), ref_pointer(ref)
    return current, where


def deref(
    document: Any,
    node: Any,
    *,
    limit: int = MAX_HOPS,
    on_missing: OnMissing = "raise",
    section: str | None = None,
    pointer: str = "",
) -> Any:
    """Follow `node`'s `$ref` chain to what it names; see `deref_located` for the arguments."""
    target, _ = deref_located(
        document, node, pointer, limit=limit, on_missing=on_missing, section=section
    )
    return target


def _problem(document: Any, ref: str, seen: list[str], limit: int) -> str | None:
    """Why `ref` cannot be followed from here, or None when it can."""
    if not ref.startswith("#"):
        return f"only local $refs are supported, not {ref!r}"
    if ref in seen:
        chain = " -> ".join([*seen[seen.index(ref) :], ref])
        return f"$ref cycle: {chain}"
    if len(seen) >= limit:
        return f"$ref chain longer than {limit} hops at {ref!r}"
    try:
        resolve_pointer(document, ref)
    except (KeyError, ValueError):
        return f"$ref {ref!r} does not resolve"
    return None

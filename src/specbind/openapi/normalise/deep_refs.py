"""Refs into the inside of a component schema, replaced by a copy of what they name."""

from __future__ import annotations

from typing import Any

from specbind.openapi.normalise.walk import copy_json, iter_schema_dicts
from specbind.openapi.pointer import resolve_pointer
from specbind.openapi.ref_targets import INLINED_FROM
from specbind.openapi.refs import SCHEMA_PREFIX


def _deep_ref_target(data: dict[str, Any], ref: str) -> Any:
    """What a `#/components/schemas/A/properties/b`-style ref points at, or None."""
    try:
        return resolve_pointer(data, ref)
    except (KeyError, ValueError):
        return None


def inline_deep_refs(data: dict[str, Any]) -> None:
    """A `$ref` into the inside of a component schema (`#/components/schemas/A/properties/b`)
    is replaced by a copy of its target: generators only know whole components.
    """
    for _ in range(32):
        changed = False
        for node in iter_schema_dicts(data):
            ref = node.get("$ref")
            if not (isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX)):
                continue
            if "/" not in ref[len(SCHEMA_PREFIX) :]:
                continue
            target = _deep_ref_target(data, ref)
            if not isinstance(target, dict) or target is node:
                continue
            del node["$ref"]
            for key, value in copy_json(target).items():
                node.setdefault(key, value)
            node[INLINED_FROM] = ref
            changed = True
        if not changed:
            return

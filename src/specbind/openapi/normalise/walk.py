"""Walking and copying a document's JSON: what the normalising steps share.

`copy_json` copies, `iter_schema_dicts` finds every schema (never a data value or a
name), `ref_values` and `rewrite_refs` read and rewrite every `$ref`, `free_name` picks
an unused component name.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "unevaluatedProperties")
_SCHEMA_WORDS = ("type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "$ref")
_SCHEMA_WORD_SET = frozenset(_SCHEMA_WORDS)
# Keys whose values are data, never schemas: anywhere, and inside a schema (a response
# named `default` is not data).
_DATA_KEYS = frozenset({"example", "examples"})
_SCHEMA_DATA_KEYS = frozenset({"default", "enum", "const"})
_SCHEMA_SKIPPED = _DATA_KEYS | _SCHEMA_DATA_KEYS
# Maps from names to schemas: their keys are names, not keywords.
NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas"}
)


def copy_json(node: Any, memo: dict[int, Any] | None = None) -> Any:
    """A deep copy of JSON-like data (dicts, lists, scalars), sharing kept as it was.

    What `copy.deepcopy` gives for such data, several times faster: no per-object type
    dispatch. A dict or list reached twice (a YAML alias) is copied once, so steps that
    change it in place still change it everywhere it appears.
    """
    if memo is None:
        memo = {}
    if isinstance(node, dict):
        done = memo.get(id(node))
        if done is None:
            done = memo[id(node)] = {}
            for key, value in node.items():
                done[key] = copy_json(value, memo) if isinstance(value, (dict, list)) else value
        return done
    if isinstance(node, list):
        done = memo.get(id(node))
        if done is None:
            done = memo[id(node)] = []
            done.extend(
                copy_json(value, memo) if isinstance(value, (dict, list)) else value
                for value in node
            )
        return done
    return copy.deepcopy(node) if not isinstance(node, (str, int, float, bool)) else node


def free_name(base: str, taken: set[str]) -> str:
    """`base`, or `base2`, `base3`, ...: the first not in `taken`, which now holds it."""
    name, counter = base, 2
    while name in taken:
        name, counter = f"{base}{counter}", counter + 1
    taken.add(name)
    return name


def rewrite_refs(node: Any, rename: Callable[[str], str]) -> None:
    """Every `$ref` under `node` becomes `rename(ref)`, in place."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                current["$ref"] = rename(ref)
            stack.extend(v for v in current.values() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, (dict, list)))


def iter_schema_dicts(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict of the document that can be a schema (data values and examples skipped).

    Name-to-schema maps (`properties`, `components.schemas`, ...) are stepped through,
    not yielded: a property named `readOnly` or `enum` is not a keyword.
    """
    stack: list[Any] = [node]
    pop, push = stack.pop, stack.append
    while stack:
        current = pop()
        if isinstance(current, dict):
            yield current
            skipped = _SCHEMA_SKIPPED if not _SCHEMA_WORD_SET.isdisjoint(current) else _DATA_KEYS
            for key, value in current.items():
                if not isinstance(value, (dict, list)) or key in skipped:
                    continue
                if isinstance(key, str) and key.startswith("x-"):
                    continue
                if key in NAME_MAPS and isinstance(value, dict):
                    for item in value.values():
                        if isinstance(item, (dict, list)):
                            push(item)
                else:
                    push(value)
        elif isinstance(current, list):
            for item in current:
                if isinstance(item, (dict, list)):
                    push(item)


def looks_like_schema(node: dict[str, Any]) -> bool:
    """Does `node` hold a schema keyword (so `title` there is a schema's title)?"""
    return not _SCHEMA_WORD_SET.isdisjoint(node)


def ref_values(node: Any) -> Iterator[str]:
    """Every `$ref` string under `node` (`iter_refs` without building each pointer)."""
    stack: list[Any] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(v for v in current.values() if isinstance(v, (dict, list)))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, (dict, list)))

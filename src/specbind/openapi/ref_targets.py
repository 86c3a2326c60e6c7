"""Every local `$ref` made to point at a whole component, the only kind generators follow.

A document may refer to any place in itself: DigitalOcean's refers to the parameters,
responses, headers and schemas of other operations (`#/paths/~1v2~1account~1keys/get/
parameters/0`), and writes those pointers percent-encoded. openapi-python-client only
reads `#/components/<section>/<name>`, so each such target is moved into the component
section of its kind, its old place becomes a `$ref` to it, and every ref to it follows:
the document means the same and what was shared stays one component (one class). A
target with no component section of its kind (a media type object, an operation) is
copied in place of each ref instead. Refs into component schemas (`#/components/schemas/
A/properties/b`) are left to `inline_deep_refs`.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from specbind.openapi.naming import Namespace, pascal_case
from specbind.openapi.pointer import join_pointer, split_pointer

INLINED_FROM = "x-specbind-inlined-from"
MOVED_FROM = "x-specbind-moved-from"
_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
# The component section each kind of object lives in.
SECTIONS = {
    "schema": "schemas",
    "parameter": "parameters",
    "response": "responses",
    "header": "headers",
    "requestBody": "requestBodies",
    "example": "examples",
    "link": "links",
    "callback": "callbacks",
}
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_ONES = frozenset(
    {"items", "additionalProperties", "not", "contains", "unevaluatedProperties", "if", "then"}
) | {"else", "propertyNames", "unevaluatedItems", "additionalItems"}
# After each kind, the keys that lead to another kind: key -> (kind, takes a name/index).
_STEPS: dict[str, dict[str, tuple[str, bool]]] = {
    "pathitem": {"parameters": ("parameter", True)},
    "operation": {
        "parameters": ("parameter", True),
        "requestBody": ("requestBody", False),
        "responses": ("response", True),
        "callbacks": ("callback", True),
    },
    "callback": {},
    "parameter": {"schema": ("schema", False), "content": ("media", True)},
    "header": {"schema": ("schema", False), "content": ("media", True)},
    "requestBody": {"content": ("media", True)},
    "response": {
        "headers": ("header", True),
        "content": ("media", True),
        "links": ("link", True),
    },
    "media": {"schema": ("schema", False), "examples": ("example", True)},
}
_KIND_OF_SECTION = {section: kind for kind, section in SECTIONS.items()}


def kind_at(tokens: list[str]) -> str:
    """What the object at `tokens` is: `schema`, `parameter`, ..., or `other`."""
    if len(tokens) >= 3 and tokens[0] == "components":
        kind, rest = _KIND_OF_SECTION.get(tokens[1], "other"), tokens[3:]
    elif len(tokens) >= 2 and tokens[0] == "paths":
        kind, rest = "pathitem", tokens[2:]
    else:
        return "other"
    index = 0
    while index < len(rest):
        token = rest[index]
        if kind == "pathitem" and token in _METHODS:
            kind, index = "operation", index + 1
        elif kind == "callback":
            kind, index = "pathitem", index + 1
        elif kind == "schema":
            if token in _SCHEMA_MAPS or token in _SCHEMA_LISTS:
                index += 2
            elif token in _SCHEMA_ONES:
                index += 1
            else:
                return "other"
        elif token in _STEPS.get(kind, {}):
            kind, named = _STEPS[kind][token]
            index += 2 if named else 1
        else:
            return "other"
        if index > len(rest):
            return "other"
    return kind


def _is_component(tokens: list[str]) -> bool:
    return len(tokens) == 3 and tokens[0] == "components"


# Keys whose values are data (an example may hold a `$ref` key that is just data), and
# maps whose keys are names (a property may be called `example`).
_DATA = frozenset({"example", "value", "default", "enum", "const", "externalValue"})
_NAMES = frozenset(
    {*_SCHEMA_MAPS, *SECTIONS.values(), "components", "paths", "content", "securitySchemes"}
)


def _local_refs(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict holding a local `$ref`, never one inside data."""
    stack: list[tuple[Any, bool]] = [(node, False)]
    while stack:
        current, names = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if not names and isinstance(ref, str) and ref.startswith("#"):
                yield current
            for key, value in current.items():
                data = key in _DATA or (key == "examples" and isinstance(value, list))
                if isinstance(value, (dict, list)) and (names or not data):
                    stack.append((value, not names and key in _NAMES))
        elif isinstance(current, list):
            stack.extend((v, False) for v in current if isinstance(v, (dict, list)))


def _locate(data: Any, tokens: list[str]) -> tuple[Any, Any, Any] | None:
    """(holder, key, value) at `tokens`, or None when it does not exist."""
    holder: Any = None
    key: Any = None
    node = data
    for token in tokens:
        holder = node
        if isinstance(node, dict) and token in node:
            key = token
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            key = int(token)
        else:
            return None
        node = node[key]
    return holder, key, node


def _name_words(data: dict[str, Any], tokens: list[str]) -> list[str]:
    """Words naming the place at `tokens`: the operation, then what leads there."""
    words: list[str] = []
    rest = tokens
    if tokens[:1] == ["components"]:
        words, rest = [tokens[2]], tokens[3:]
    elif tokens[:1] == ["paths"] and len(tokens) >= 3 and tokens[2] in _METHODS:
        operation = data["paths"][tokens[1]][tokens[2]]
        op_id = operation.get("operationId") if isinstance(operation, dict) else None
        words = [op_id if isinstance(op_id, str) else f"{tokens[2]} {tokens[1]}"]
        rest = tokens[3:]
    elif tokens[:1] == ["paths"]:
        words, rest = [tokens[1]], tokens[2:]
    index = 0
    while index < len(rest):
        token = rest[index]
        following = rest[index + 1] if index + 1 < len(rest) else ""
        if token == "responses":
            words.append("response" if following in ("200", "201") else f"response {following}")
        elif token == "requestBody":
            words.append("body")
            index -= 1
        elif token == "parameters":
            found = _locate(data, tokens[: len(tokens) - len(rest) + index + 2])
            name = found[2].get("name") if found and isinstance(found[2], dict) else None
            words.append(str(name) if isinstance(name, str) else f"parameter {following}")
        elif token in ("headers", "properties", "examples", "links", "callbacks"):
            words.append(following)
        elif token in _SCHEMA_LISTS:
            words.append(f"option {int(following) + 1}" if following.isdigit() else following)
        elif token == "content":
            pass
        elif token == "schema":
            index -= 1
        else:
            words.append("item" if token == "items" else token)
            index -= 1
        index += 2
    return words


def _final_target(data: dict[str, Any], ref: str) -> tuple[list[str], Any] | None:
    """Follow a chain of refs from `ref`: (tokens, node) of the first that is not one."""
    tokens = split_pointer(ref)
    for _ in range(64):
        found = _locate(data, tokens)
        if found is None:
            return None
        node = found[2]
        next_ref = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(next_ref, str) and next_ref.startswith("#")) or _is_component(tokens):
            return tokens, node
        tokens = split_pointer(next_ref)
    return None


def _wants_work(tokens: list[str]) -> bool:
    if _is_component(tokens):
        return False
    return not (len(tokens) > 3 and tokens[:2] == ["components", "schemas"])


def promote_ref_targets(data: dict[str, Any]) -> None:
    """As the module says: refs to places that are not components are made to be."""
    components: dict[str, Any] = data["components"]
    for _ in range(64):
        holders = list(_local_refs(data))
        # Canonical form first: unencoded, and a chain through non-components followed.
        pending: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for holder in holders:
            final = _final_target(data, holder["$ref"])
            if final is None:
                continue
            tokens = final[0]
            canonical = "#" + join_pointer(*tokens)
            if holder["$ref"] != canonical:
                holder["$ref"] = canonical
            if _wants_work(tokens):
                pending.setdefault(tuple(tokens), []).append(holder)
        if not pending:
            return
        # Where every target is, found before anything moves (targets nest).
        places = {key: _locate(data, list(key)) for key in pending}
        words = {key: " ".join(_name_words(data, list(key))) for key in pending}
        copies: list[tuple[tuple[str, ...], Any]] = []
        for key in sorted(pending):
            place = places[key]
            if place is None or not isinstance(place[2], dict):
                continue
            section = SECTIONS.get(kind_at(list(key)))
            if section is None:
                copies.append((key, place[2]))
                continue
            existing = components.setdefault(section, {})
            if not isinstance(existing, dict):
                continue
            name = Namespace(set(existing)).claim(
                pascal_case(words[key], fallback="Part"),
                separator="",
            )
            node = place[2]
            existing[name] = node
            node.setdefault(MOVED_FROM, "#" + join_pointer(*key))
            place[0][place[1]] = {"$ref": f"#/components/{section}/{name}"}
            for holder in pending[key]:
                holder["$ref"] = f"#/components/{section}/{name}"
        for key, node in copies:
            for holder in pending[key]:
                if holder.get("$ref") != "#" + join_pointer(*key):
                    continue
                del holder["$ref"]
                for name, value in copy.deepcopy(node).items():
                    holder.setdefault(name, value)
                holder[INLINED_FROM] = "#" + join_pointer(*key)

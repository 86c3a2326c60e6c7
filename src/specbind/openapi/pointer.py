"""JSON pointers (RFC 6901): the one way every stage names a place in a document."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(*tokens: str | int) -> str:
    return "".join(f"/{escape(t)}" for t in tokens)


def extend(pointer: str, *tokens: str | int) -> str:
    return pointer + join_pointer(*tokens)


def split_pointer(pointer: str) -> list[str]:
    """`/paths/~1a~1b/get` -> ['paths', '/a/b', 'get']; '' is the whole document.

    A pointer that starts with `#` is a URI fragment (a `$ref`), which RFC 6901 section 6
    percent-encodes (`~1%7Bid%7D` is `/{id}`): it is decoded first. Without `#` it is the
    JSON string form, taken literally.
    """
    if pointer.startswith("#"):
        pointer = unquote(pointer[1:])
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


def ref_pointer(ref: str) -> str:
    """The JSON string form of a local `$ref`: `#/a~1%7Bb%7D` -> `/a~1{b}`."""
    return join_pointer(*split_pointer(ref))


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at `pointer` (either form); KeyError names the first token that is missing."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            if token not in node:
                raise KeyError(token)
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or int(token) >= len(node):
                raise KeyError(token)
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def located_objects(
    node: Any,
    pointer: str = "",
    *,
    skip: Callable[[str], bool] = lambda key: False,
    once: bool = False,
) -> Iterator[tuple[dict[str, Any], str]]:
    """Every JSON object under `node` (itself included) with its pointer.

    Members whose key `skip` accepts are not entered (examples, extensions: data, not
    schema). `once` visits an object shared by several places (a YAML alias, a normalised
    copy) at its first place only.
    """
    stack: list[tuple[Any, str]] = [(node, pointer)]
    seen: set[int] = set()
    while stack:
        current, here = stack.pop()
        if isinstance(current, list):
            stack.extend(
                (item, f"{here}/{index}")
                for index, item in enumerate(current)
                if isinstance(item, (dict, list))
            )
            continue
        if not isinstance(current, dict) or (once and id(current) in seen):
            continue
        seen.add(id(current))
        yield current, here
        stack.extend(
            (value, f"{here}/{escape(key)}")
            for key, value in current.items()
            if isinstance(value, (dict, list)) and not skip(str(key))
        )

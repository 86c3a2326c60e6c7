"""JSON pointers (RFC 6901): the one way every stage names a place in a document."""

from __future__ import annotations

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

"""JSON pointers (RFC 6901): the one way every stage names a place in a document."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(*tokens: str | int) -> str:
    return "".join(f"/{escape(t)}" for t in tokens)


def extend(pointer: str, *tokens: str | int) -> str:
    return pointer + join_pointer(*tokens)


def split_pointer(pointer: str) -> list[str]:
    """`/paths/~1a~1b/get` -> ['paths', '/a/b', 'get']; '' is the whole document."""
    pointer = pointer.removeprefix("#")
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [unescape(t) for t in pointer[1:].split("/")]


def from_path(tokens: Iterable[str | int]) -> str:
    return join_pointer(*tokens)


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at `pointer`; KeyError names the first token that is missing."""
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

"""One side of a comparison: a document's operations with `$ref`s followed.

Each value the rules look at comes with the JSON pointer where it is written, so a
change can name its place even when it sits in a shared component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from specbind.openapi.pointer import extend, join_pointer
from specbind.openapi.refs import deref_located
from specbind.openapi.validate import iter_operations

_TEMPLATE = re.compile(r"{([^{}]*)}")


@dataclass(frozen=True)
class Located:
    """A value and the pointer where it is written (after following `$ref`s)."""

    value: Any
    pointer: str

    def get(self, key: str) -> Located | None:
        """The member `key` when this is a mapping that has it."""
        if isinstance(self.value, dict) and key in self.value:
            return Located(self.value[key], extend(self.pointer, key))
        return None


class Resolver:
    """Follows local `$ref`s of one document; a loop or a dangling ref stops at the ref."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def resolve(self, node: Located) -> Located:
        value, pointer = deref_located(self.data, node.value, node.pointer, on_missing="stop")
        return Located(value, pointer)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path, query, header, cookie
    required: bool
    schema: Located | None
    node: Located
    deprecated: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """What identifies a parameter: header names are case-insensitive in HTTP."""
        return (self.location, self.name.lower() if self.location == "header" else self.name)


@dataclass
class Operation:
    """One operation of one document, with what it inherits from its path and the root."""

    method: str
    path: str
    node: Located
    parameters: dict[tuple[str, str], Parameter] = field(default_factory=dict)

    @property
    def operation_id(self) -> str:
        value = self.node.value.get("operationId")
        return value if isinstance(value, str) else ""

    @property
    def template(self) -> str:
        """The path with its parameter names erased: `/a/{}/b`, the key for renames."""
        return _TEMPLATE.sub("{}", self.path)

    @property
    def path_parameter_names(self) -> list[str]:
        return _TEMPLATE.findall(self.path)

    @property
    def label(self) -> str:
        suffix = f" ({self.operation_id})" if self.operation_id else ""
        return f"{self.method.upper()} {self.path}{suffix}"


def _parameters(resolver: Resolver, params: Located | None) -> list[Parameter]:
    if params is None or not isinstance(params.value, list):
        return []
    found: list[Parameter] = []
    for index, raw in enumerate(params.value):
        node = resolver.resolve(Located(raw, extend(params.pointer, index)))
        value = node.value
        if not isinstance(value, dict) or not isinstance(value.get("name"), str):
            continue
        location = str(value.get("in", ""))
        found.append(
            Parameter(
                name=value["name"],
                location=location,
                required=value.get("required") is True or location == "path",
                schema=node.get("schema"),
                node=node,
                deprecated=value.get("deprecated") is True,
            )
        )
    return found


def operations(data: dict[str, Any]) -> dict[tuple[str, str], Operation]:
    """Every operation keyed by (method, path), its parameters merged with the path's."""
    resolver = Resolver(data)
    found: dict[tuple[str, str], Operation] = {}
    for path, method, _operation, _pointer in iter_operations(data):
        item = resolver.resolve(Located(data["paths"][path], join_pointer("paths", path)))
        node = resolver.resolve(Located(item.value[method], extend(item.pointer, method)))
        merged: dict[tuple[str, str], Parameter] = {}
        for param in _parameters(resolver, item.get("parameters")):
            merged[param.key] = param
        for param in _parameters(resolver, node.get("parameters")):
            merged[param.key] = param
        found[(method, path)] = Operation(method, path, node, merged)
    return found


def security_of(data: dict[str, Any], operation: Operation) -> list[dict[str, list[str]]]:
    """The requirement alternatives that apply: the operation's own, else the document's.

    No security at all is one alternative with no scheme: anyone may call.
    """
    raw = operation.node.value.get("security", data.get("security"))
    if not isinstance(raw, list) or not raw:
        return [{}]
    alternatives: list[dict[str, list[str]]] = []
    for entry in raw:
        if isinstance(entry, dict):
            alternatives.append(
                {
                    str(k): sorted(map(str, v)) if isinstance(v, list) else []
                    for k, v in entry.items()
                }
            )
    return alternatives or [{}]


def servers_of(node: Any) -> list[str]:
    """The server URLs listed under `node['servers']`."""
    servers = node.get("servers") if isinstance(node, dict) else None
    if not isinstance(servers, list):
        return []
    return [str(s["url"]) for s in servers if isinstance(s, dict) and "url" in s]

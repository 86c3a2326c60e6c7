"""Parameters whose Python names collide, told apart for the client engine only.

Twilio filters a list by `StartTime`, `StartTime<` and `StartTime>`: three query
parameters openapi-python-client names `start_time` each, so it drops the operation.
The wire names must stay exact, so the normalised document keeps them; the engine
alone reads a copy in which the later ones of such a group are spelled apart
(`StartTime lt` -> `start_time_lt`). Once it has parsed that copy, every renamed
parameter gets its wire name back: the generated call sends `StartTime<` as
`start_time_lt`.

A parameter whose Python name is one every client method already takes (`timeout`,
`max_retries`, ..., `body`: Docker's `timeout` query parameter) is spelled with its
location in front (`query_timeout`), the same way.
"""

from __future__ import annotations

from typing import Any

import attr
from openapi_python_client import strings as engine_strings
from openapi_python_client.schema.untrusted_string import UntrustedString

from specbind.openapi.naming import folded, spell_operators
from specbind.openapi.validate import iter_operations

_LOCATIONS = ("path", "query", "header", "cookie")

# The per-call options every client method takes (`RequestOptions`), and its body.
OPTION_NAMES = frozenset({"timeout", "max_retries", "retry_non_idempotent", "extra_headers"})
_TAKEN_NAMES = OPTION_NAMES | {"body"}

# (method, path, location, the name the engine read) -> the parameter's wire name
WireNames = dict[tuple[str, str, str, str], str]


def _engine_name(name: str) -> str:
    """The Python name the engine gives a parameter called `name`, as Python reads it
    (`ﬁle` and `file` are one argument)."""
    return folded(engine_strings.snake_case(engine_strings.sanitize(name)))


def _deref(data: dict[str, Any], parameter: Any) -> Any:
    prefix = "#/components/parameters/"
    for _ in range(16):
        ref = parameter.get("$ref") if isinstance(parameter, dict) else None
        if not (isinstance(ref, str) and ref.startswith(prefix)):
            return parameter
        parameter = ((data.get("components") or {}).get("parameters") or {}).get(ref[len(prefix) :])
    return parameter


def _effective(data: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """The operation's parameters, then those of its path item it does not override."""
    own = list(operation.get("parameters") or [])
    keys = {(p.get("in"), p.get("name")) for p in (_deref(data, p) for p in own) if p}
    shared = [
        raw
        for raw in item.get("parameters") or []
        if isinstance(p := _deref(data, raw), dict) and (p.get("in"), p.get("name")) not in keys
    ]
    return own + shared


def _distinct_names(parameters: list[dict[str, Any]]) -> dict[int, str]:
    """New names (by list index) for the parameters whose engine names clash."""
    renames: dict[int, str] = {}
    for location in _LOCATIONS:
        indexed = [(i, p) for i, p in enumerate(parameters) if p.get("in") == location]
        groups: dict[str, list[int]] = {}
        for index, parameter in indexed:
            groups.setdefault(_engine_name(str(parameter.get("name"))), []).append(index)
        if location == "path":  # path names are in the path template
            continue
        taken = {_engine_name(str(p.get("name"))) for _, p in indexed} | _TAKEN_NAMES
        for engine_name, group in groups.items():
            if engine_name in _TAKEN_NAMES:
                # the first of the group takes the location's name; the rest follow below
                index = group.pop(0)
                name, counter = f"{location} {parameters[index]['name']}", 2
                while _engine_name(name) in taken:
                    name, counter = f"{location} {parameters[index]['name']} {counter}", counter + 1
                taken.add(_engine_name(name))
                renames[index] = name
                if group:
                    group.insert(0, index)
        clashing = [group for group in groups.values() if len(group) > 1]
        for group in clashing:
            # The name without operators keeps its Python name; the others are spelled out.
            group.sort(
                key=lambda i: spell_operators(str(parameters[i]["name"])) != parameters[i]["name"]
            )
            for index in group[1:]:
                base = spell_operators(str(parameters[index]["name"]))
                name, counter = base, 2
                while _engine_name(name) in taken:
                    name, counter = f"{base} {counter}", counter + 1
                taken.add(_engine_name(name))
                renames[index] = name
    return renames


def _renamed(
    data: dict[str, Any], path: str, method: str, raw: list[Any], wire_names: WireNames
) -> list[Any] | None:
    """The operation's parameter list with clashing names spelled apart, or None."""
    resolved = [_deref(data, p) for p in raw]
    if not all(isinstance(p, dict) for p in resolved):
        return None
    renames = _distinct_names(resolved)
    if not renames:
        return None
    parameters = list(raw)
    for index, name in renames.items():
        parameters[index] = {**resolved[index], "name": name}
        wire_names[(method, path, str(resolved[index]["in"]), name)] = resolved[index]["name"]
    return parameters


def engine_document(data: dict[str, Any]) -> tuple[dict[str, Any], WireNames]:
    """The document the engine parses, and the wire names of the parameters renamed in it.

    Only path items with such a clash are copied; there the path item's own parameters
    move into each of its operations, so one can be renamed for one operation alone.
    """
    wire_names: WireNames = {}
    changed: dict[str, dict[str, Any]] = {}
    operations: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path, method, operation, _ in iter_operations(data):
        operations.setdefault(path, []).append((method, operation))
    for path, methods in operations.items():
        item = data["paths"][path]
        effective = {method: _effective(data, item, op) for method, op in methods}
        renamed = {
            method: parameters
            for method, raw in effective.items()
            if (parameters := _renamed(data, path, method, raw, wire_names)) is not None
        }
        if not renamed:
            continue
        copied = {key: value for key, value in item.items() if key != "parameters"}
        for method, _ in methods:
            copied[method] = {**item[method], "parameters": renamed.get(method, effective[method])}
        changed[path] = copied
    if not changed:
        return data, wire_names
    return {**data, "paths": {**data["paths"], **changed}}, wire_names


def restore_wire_names(collections: dict[Any, Any], wire_names: WireNames) -> None:
    """Give each renamed parameter of the parsed endpoints its wire name back."""
    if not wire_names:
        return
    for collection in collections.values():
        for endpoint in collection.endpoints:
            path = endpoint.path.get_untrusted_value()
            for location in _LOCATIONS:
                props = getattr(endpoint, f"{location}_parameters")
                for index, prop in enumerate(props):
                    key = (endpoint.method.lower(), path, location, prop.name.get_untrusted_value())
                    if key in wire_names:
                        props[index] = attr.evolve(prop, name=UntrustedString(wire_names[key]))

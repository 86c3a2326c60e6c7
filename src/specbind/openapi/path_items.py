"""Path items made whole: `$ref`s resolved, parameters agreeing with the template.

A path item may be a `$ref` (to `#/components/pathItems/A` in 3.1, or to another path
item): generators that only read method keys would leave its operations out, so the
reference is replaced by a copy of its target (its own keys beside the `$ref` win).

Path parameters are made to agree with the path template, which is what goes on the wire.

A document whose operation declares `id` under `/items/{item_id}` cannot be sent as
written: the template names the segment, so the template's names win.

- a declared path parameter missing from the template, and a template name nobody
  declares, pair up in order (the operation's parameters, then its path item's; the
  template's names left to right): the parameter takes the template's name
  (its original kept in `x-specbind-original-name`);
- a template name still undeclared gets a required string parameter;
- a declared path parameter still missing from the template is dropped (it can be sent
  nowhere);
- a path parameter is required.

`specbind validate` reports each such operation as a warning naming its pointer.
Operations that agree are left as they are (their path item's parameters stay shared).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from specbind.openapi.refs import deref
from specbind.openapi.validate import iter_operations

_REF_HOPS = 16
TEMPLATE = re.compile(r"{([^{}]*)}")
ORIGINAL_NAME = "x-specbind-original-parameter-name"


def _effective(data: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]) -> list[Any]:
    """The operation's parameters (refs resolved), then its path item's it does not override."""
    own = [
        p
        for p in (deref(data, raw, on_missing="none") for raw in operation.get("parameters") or [])
        if p
    ]
    keys = {(p.get("in"), p.get("name")) for p in own if isinstance(p, dict)}
    shared = [
        p
        for p in (deref(data, raw, on_missing="none") for raw in item.get("parameters") or [])
        if isinstance(p, dict) and (p.get("in"), p.get("name")) not in keys
    ]
    return own + shared


def _agreeing(template: list[str], parameters: list[Any]) -> list[Any] | None:
    """`parameters` with the path ones agreeing with `template`, or None when they do."""
    path = [p for p in parameters if isinstance(p, dict) and p.get("in") == "path"]
    declared = [str(p.get("name")) for p in path]
    if sorted(declared) == sorted(template) and all(p.get("required") is True for p in path):
        return None
    unused = [p for p in path if str(p.get("name")) not in template]
    missing = [name for name in template if name not in declared]
    renamed: dict[int, dict[str, Any]] = {}
    for parameter, name in zip(unused, missing, strict=False):
        renamed[id(parameter)] = {**parameter, "name": name, ORIGINAL_NAME: parameter.get("name")}
    dropped = {id(p) for p in unused[len(missing) :]}
    result = []
    for parameter in parameters:
        if not isinstance(parameter, dict) or id(parameter) in dropped:
            continue
        parameter = renamed.get(id(parameter), parameter)
        if parameter.get("in") == "path" and parameter.get("required") is not True:
            parameter = {**parameter, "required": True}
        result.append(parameter)
    for name in missing[len(unused) :]:
        result.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
    return result


def path_templates(data: dict[str, Any]) -> None:
    """Make every operation's path parameters agree with its path template (see above)."""
    operations: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for path, method, operation, _ in iter_operations(data):
        operations.setdefault(path, []).append((method, operation))
    for path, methods in operations.items():
        item = data["paths"][path]
        template = TEMPLATE.findall(path)
        fixed = {
            method: parameters
            for method, operation in methods
            if (parameters := _agreeing(template, _effective(data, item, operation))) is not None
        }
        if not fixed:
            continue
        # The path item's parameters move into its operations, so each can be fixed alone.
        for method, operation in methods:
            parameters = fixed.get(method)
            if parameters is None:
                parameters = _effective(data, item, operation)
            item[method] = {**operation, "parameters": parameters}
        item.pop("parameters", None)


def path_item_refs(data: dict[str, Any]) -> None:
    """A path item that is a local `$ref` becomes a copy of what it refers to."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in list(paths.items()):
        if not (isinstance(item, dict) and isinstance(item.get("$ref"), str)):
            continue
        target = deref(data, item, limit=_REF_HOPS, on_missing="none")
        if not isinstance(target, dict):
            continue
        own = {key: value for key, value in item.items() if key != "$ref"}
        paths[path] = {**copy.deepcopy(target), **own}

"""A query string in a path key (Medium's `/search/articles?query={query}`).

A path key is a path template; a query string in it is not part of the path, and no
router takes `?` in a route. The path becomes the part before `?` and each pair of the
query string a query parameter of every operation under it, unless one of that name is
declared already (Medium declares `query`): `name={placeholder}` a required string,
`name=value` a string whose one value is also its default. `specbind validate` warns
of each such path. When the path before `?` is another path key of the document
(FormAPI's `/combined_submissions?v=2` beside `/combined_submissions`), the key is left
as written, with a warning: a route of that literal text, as before this rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from specbind.errors import Problem, Severity
from specbind.openapi.pointer import join_pointer, resolve_pointer

if TYPE_CHECKING:
    from specbind.openapi.document import Document

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pairs(query: str) -> list[tuple[str, str]]:
    pairs = []
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if name:
            pairs.append((unquote(name), unquote(value)))
    return pairs


def _movable(paths: dict[str, Any]) -> dict[str, str]:
    """path key with a query string -> the path before `?`, for those no other key has."""
    bases: dict[str, list[str]] = {}
    for key in paths:
        if isinstance(key, str) and "?" in key:
            bases.setdefault(key.split("?", 1)[0], []).append(key)
    return {keys[0]: base for base, keys in bases.items() if len(keys) == 1 and base not in paths}


def query_string_problems(doc: Document) -> Iterator[Problem]:
    """A warning for each path key with a query string; an error when it cannot move."""
    paths = doc.data.get("paths")
    if not isinstance(paths, dict):
        return
    movable = _movable(paths)
    for key in paths:
        if not (isinstance(key, str) and "?" in key):
            continue
        base = key.split("?", 1)[0]
        if key in movable:
            yield doc.problem(
                f"path {key!r} carries a query string: generated code serves and calls "
                f"{base!r} with query parameter(s) "
                f"{', '.join(repr(name) for name, _ in _pairs(key.split('?', 1)[1]))}",
                join_pointer("paths", key),
                severity=Severity.WARNING,
                rule="query-string-in-path",
            )
        else:
            yield doc.problem(
                f"path {key!r} carries a query string, and without it it is another path of "
                f"the document ({base!r}): it is generated as written",
                join_pointer("paths", key),
                severity=Severity.WARNING,
                rule="query-string-in-path",
            )


def _resolved(data: dict[str, Any], node: Any) -> Any:
    for _ in range(32):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not (isinstance(ref, str) and ref.startswith("#/")):
            return node
        try:
            node = resolve_pointer(data, ref)
        except (KeyError, ValueError):
            return None
    return None


def path_query_strings(data: dict[str, Any]) -> None:
    """Move each path key's query string into query parameters (see the module)."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    movable = _movable(paths)
    if not movable:
        return
    for key in movable:
        item = paths[key]
        if not isinstance(item, dict):
            continue
        shared = [_resolved(data, p) for p in item.get("parameters") or []]
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            own = [_resolved(data, p) for p in operation.get("parameters") or []]
            declared = {
                p.get("name")
                for p in [*own, *shared]
                if isinstance(p, dict) and p.get("in") == "query"
            }
            added = []
            for name, value in _pairs(key.split("?", 1)[1]):
                if name in declared:
                    continue
                declared.add(name)
                if value.startswith("{") and value.endswith("}"):
                    added.append(
                        {
                            "name": name,
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    )
                else:
                    schema = {"type": "string", "enum": [value], "default": value}
                    added.append({"name": name, "in": "query", "schema": schema})
            if added:
                item[method] = {
                    **operation,
                    "parameters": [*(operation.get("parameters") or []), *added],
                }
    data["paths"] = {movable.get(key, key): item for key, item in paths.items()}

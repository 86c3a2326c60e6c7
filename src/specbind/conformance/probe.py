"""Before fuzzing: is the server there, and does it take our key?

A run against a closed port or with a rejected key would report every operation as
broken; these two requests turn that into one clear "could not run" instead.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from specbind.errors import SpecbindError
from specbind.openapi.pointer import extend
from specbind.openapi.refs import RefError, deref
from specbind.openapi.validate import iter_operations

SAFE_METHODS = ("get", "head", "options")


def check_reachable(base_url: str, timeout: float) -> None:
    try:
        httpx.get(base_url, timeout=timeout)
    except httpx.HTTPError as exc:
        raise SpecbindError(
            f"cannot reach {base_url}: {type(exc).__name__}: {exc or 'no answer'}"
        ) from None


def _sample(data: dict[str, Any], schema: Any, pointer: str) -> Any:
    """The plainest value a schema accepts; enough for a credentials probe."""
    schema = deref(data, schema, pointer=pointer) or {}
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "number":
        return max(1.0, float(schema.get("minimum", 1)))
    if kind == "boolean":
        return True
    if kind == "array":
        items = _sample(data, schema.get("items", {}), extend(pointer, "items"))
        return [items] * int(schema.get("minItems", 0))
    return "a" * max(1, int(schema.get("minLength", 1)))


def _filled(
    data: dict[str, Any], path: str, operation: dict[str, Any], pointer: str
) -> tuple[str, dict[str, Any]] | None:
    """The operation's path filled in and its required query; None when it needs a header
    or cookie the probe cannot know. RefError when a `$ref` on the way leads nowhere."""
    query: dict[str, Any] = {}
    filled = path
    for index, raw in enumerate(operation.get("parameters", [])):
        where = extend(pointer, "parameters", index)
        parameter = deref(data, raw, pointer=where)
        value = _sample(data, parameter.get("schema", {}), extend(where, "schema"))
        if parameter.get("in") == "path":
            filled = filled.replace("{" + parameter["name"] + "}", quote(str(value), safe=""))
        elif parameter.get("in") == "query" and parameter.get("required"):
            query[parameter["name"]] = value
        elif parameter.get("in") in {"header", "cookie"} and parameter.get("required"):
            return None
    return filled, query


def probe_request(data: dict[str, Any]) -> tuple[str, str, dict[str, Any]] | None:
    """A valid, safe request for the first secured read operation: (method, path, query).

    An operation with a `$ref` that leads nowhere (dangling, a cycle) is passed over."""
    global_security = data.get("security")
    for path, method, operation, pointer in iter_operations(data):
        if method not in SAFE_METHODS or operation.get("requestBody"):
            continue
        if not operation.get("security", global_security):
            continue
        try:
            request = _filled(data, path, operation, pointer)
        except RefError:
            continue
        if request is not None:
            return method.upper(), *request
    return None


def check_key_accepted(
    data: dict[str, Any], base_url: str, headers: dict[str, str], timeout: float, key_source: str
) -> str | None:
    """Raise when a valid authenticated read is refused with 401/403; say what was probed."""
    request = probe_request(data)
    if request is None:
        return None
    method, path, query = request
    url = base_url.rstrip("/") + path
    try:
        response = httpx.request(method, url, params=query, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise SpecbindError(f"cannot reach {base_url}: {type(exc).__name__}: {exc}") from None
    if response.status_code in (401, 403):
        raise SpecbindError(
            f"the key was refused: the server rejected the API key from {key_source}: "
            f"{method} {path} answered {response.status_code} to a valid authenticated request"
        )
    return f"{method} {path} -> {response.status_code}"

"""Bodies in media types no generator handles, made into ones that say the same.

Wildcards become JSON or bytes, a response in no readable type is bytes, and a request
body that is neither JSON nor a form is sent as it is (text or bytes) under
`application/octet-stream`; the source's media type is kept beside it, for the client
to send and the server to publish.
"""

from __future__ import annotations

from typing import Any

from specbind.openapi.normalise.markers import DROPPED_MEDIA_TYPES, ORIGINAL_MEDIA_TYPE
from specbind.openapi.refs import deref
from specbind.openapi.validate import iter_operations

_WILDCARDS = ("*/*", "application/*")


def _readable_response(media_type: str) -> bool:
    """Media types the client engine can read a response as (JSON, text or bytes)."""
    base = media_type.split(";", 1)[0].strip().lower()
    return (
        base in ("application/json", "application/octet-stream")
        or base.startswith("text/")
        or base.endswith("+json")
    )


def _rename_media(content: dict[str, Any], old: str, new: str) -> None:
    media = content.pop(old)
    content[new] = {**media, ORIGINAL_MEDIA_TYPE: old} if isinstance(media, dict) else media


def media_types(data: dict[str, Any]) -> None:
    """Bodies in media types no generator handles, made into ones that say the same.

    - Only `*/*` (or `application/*`): JSON when the schema describes structured data,
      bytes otherwise; both are what the wildcard allows.
    - A wildcard beside specific types: the specific ones are kept, the wildcard is
      listed in `x-specbind-dropped-media-types`.
    - A response in no readable type (`application/pdf`, `image/png`): read as bytes.
    The source's media type is kept in `x-specbind-original-media-type`.
    """
    containers: list[tuple[Any, bool]] = []
    for _, _, operation, _ in iter_operations(data):
        if isinstance(operation.get("responses"), dict):
            containers.extend((r, True) for r in operation["responses"].values())
        containers.append((operation.get("requestBody"), False))
    containers.extend((r, True) for r in (data["components"].get("responses") or {}).values())
    bodies = data["components"].get("requestBodies") or {}
    containers.extend((b, False) for b in bodies.values())
    for container, is_response in containers:
        content = container.get("content") if isinstance(container, dict) else None
        if not isinstance(content, dict) or not content:
            continue
        wildcards = [key for key in content if key in _WILDCARDS]
        if wildcards and len(wildcards) == len(content):
            media = content[wildcards[0]]
            schema = media.get("schema") if isinstance(media, dict) else None
            binary = not isinstance(schema, dict) or schema.get("format") == "binary"
            target = "application/octet-stream" if binary else "application/json"
            _rename_media(content, wildcards[0], target)
            for extra in wildcards[1:]:
                del content[extra]
        elif wildcards:
            for key in wildcards:
                del content[key]
            container[DROPPED_MEDIA_TYPES] = wildcards
        if is_response and not any(_readable_response(key) for key in content):
            _rename_media(content, next(iter(content)), "application/octet-stream")


OCTET_STREAM = "application/octet-stream"
_STRUCTURED_REQUESTS = (
    "application/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
)


def _structured_request(media_type: str) -> bool:
    """Request media types the client engine builds from the schema: JSON and forms.

    Spelled as the engine reads them: a key in other case (`Application/JSON`) is not one.
    """
    base = media_type.split(";", 1)[0].strip()
    return base in _STRUCTURED_REQUESTS or (
        base.startswith("application/") and base.endswith("+json")
    )


def _raw_body_schema(data: dict[str, Any], schema: Any) -> dict[str, Any]:
    """What a body sent as it is can be: text (`str`) when the schema is a string that is
    not binary, else bytes; the description stays."""
    target = deref(data, schema, section="schemas", on_missing="none")
    kind = target.get("type") if isinstance(target, dict) else None
    kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if k != "null"]
    text = kinds == ["string"] and isinstance(target, dict) and target.get("format") != "binary"
    result: dict[str, Any] = {"type": "string"} if text else {"type": "string", "format": "binary"}
    for source in (schema, target):
        if isinstance(source, dict) and isinstance(source.get("description"), str):
            result["description"] = source["description"]
            break
    return result


def request_media_types(data: dict[str, Any]) -> None:
    """Request bodies that are neither JSON nor a form are sent as they are: text or bytes.

    The client engine drops an operation whose body is `image/jpeg` or `text/plain`; it
    sends `application/octet-stream` bodies as given. So the first such media type of a
    body becomes `application/octet-stream` (the source's type kept in
    `x-specbind-original-media-type`, which the client sends as Content-Type and the
    server publishes); further ones are listed in `x-specbind-dropped-media-types`. Its
    schema becomes a string (text) or a binary string (bytes): the body is passed as it
    goes on the wire, never serialised from a model.
    """
    containers = [operation.get("requestBody") for _, _, operation, _ in iter_operations(data)]
    containers.extend((data["components"].get("requestBodies") or {}).values())
    for container in containers:
        if not isinstance(container, dict) or not isinstance(container.get("content"), dict):
            continue
        content: dict[str, Any] = container["content"]
        raw = [key for key in content if not _structured_request(key)]
        if not raw:
            continue
        kept = OCTET_STREAM if OCTET_STREAM in content else raw[0]
        media = content[kept] if isinstance(content[kept], dict) else {}
        content[kept] = {**media, "schema": _raw_body_schema(data, media.get("schema"))}
        if kept != OCTET_STREAM:
            _rename_media(content, kept, OCTET_STREAM)
        dropped = [key for key in raw if key != kept]
        for key in dropped:
            del content[key]
        if dropped:
            container[DROPPED_MEDIA_TYPES] = [*container.get(DROPPED_MEDIA_TYPES, []), *dropped]

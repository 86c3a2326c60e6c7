"""Deliberately faulty servers: a correct app wrapped so it breaks the document one way.

Each wrapper is ASGI middleware around a correct server (the generated mock or the
reference app), so the fault is the only difference; `EXPECTED` names the check and
operation `specbind contract` must blame for it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

PATCH_GROUP = "PATCH /api/core/rbac/groups/{id}/"
DELETE_GROUP = "DELETE /api/core/rbac/groups/{id}/"
MENTOR_ACCESS = "GET /api/core/rbac/mentor-access/"


def _route(scope: Scope) -> str:
    path = str(scope.get("path", ""))
    if path.startswith("/api/core/rbac/groups/"):
        return f"{scope.get('method')} /api/core/rbac/groups/{{id}}/"
    return f"{scope.get('method')} {path}"


class ResponseRewrite:
    """Buffers the inner app's response for one operation and lets a subclass change it."""

    operation = ""

    def __init__(self, app: ASGIApp, credential: str) -> None:
        self.app = app
        self.credential = credential

    def rewrite(
        self, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        return status, headers, body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or _route(scope) != self.operation:
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    status, headers, body = self.rewrite(
                        start["status"], list(start.get("headers", [])), b"".join(chunks)
                    )
                    headers = [(k, v) for k, v in headers if k.lower() != b"content-length"]
                    headers.append((b"content-length", str(len(body)).encode()))
                    await send({**start, "status": status, "headers": headers})
                    await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


class MissingRequiredField(ResponseRewrite):
    """PATCH answers a group without `owner`, which RbacGroup requires."""

    operation = PATCH_GROUP

    def rewrite(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> Any:
        if status == 200:
            data = json.loads(body)
            data.pop("owner", None)
            body = json.dumps(data).encode()
        return status, headers, body


class WrongFieldType(ResponseRewrite):
    """The mentor-access list answers each policy's integer `id` as a string."""

    operation = MENTOR_ACCESS

    def rewrite(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> Any:
        if status == 200:
            data = json.loads(body)
            items = data or [
                {"name": "p", "role": "r", "resources": None, "users": [], "groups": []}
            ]
            for item in items:
                item["id"] = str(item.get("id", 1))
            body = json.dumps(items).encode()
        return status, headers, body


class CreatedInsteadOfOk(ResponseRewrite):
    """PATCH answers 201 where the document says 200."""

    operation = PATCH_GROUP

    def rewrite(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> Any:
        return (201 if status == 200 else status), headers, body


class HtmlContentType(ResponseRewrite):
    """The mentor-access list comes back labelled text/html."""

    operation = MENTOR_ACCESS

    def rewrite(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> Any:
        if status == 200:
            headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
            headers.append((b"content-type", b"text/html; charset=utf-8"))
            body = b"<html><body>" + body + b"</body></html>"
        return status, headers, body


class AcceptsInvalidInput(ResponseRewrite):
    """The mentor-access list answers 200 even to a request the schema forbids."""

    operation = MENTOR_ACCESS

    def rewrite(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> Any:
        if status in (400, 422):
            headers = [(k, v) for k, v in headers if k.lower() != b"content-type"]
            headers.append((b"content-type", b"application/json"))
            return 200, headers, b"[]"
        return status, headers, body


class CrashOnEdgeInput:
    """DELETE answers 500 when `platform_key` is long or not ASCII."""

    def __init__(self, app: ASGIApp, credential: str) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _route(scope) == DELETE_GROUP:
            query = parse_qs(scope.get("query_string", b"").decode("utf-8", "replace"))
            key = (query.get("platform_key") or [""])[-1]
            if len(key) > 20 or not key.isascii():
                body = b'{"detail": "internal error"}'
                await send(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [(b"content-type", b"application/json")],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class IgnoresApiKey:
    """Every request is served as if it carried the right key."""

    def __init__(self, app: ASGIApp, credential: str) -> None:
        self.app = app
        self.credential = credential.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
            headers.append((b"authorization", self.credential))
            scope = {**scope, "headers": headers}
        await self.app(scope, receive, send)


@dataclass(frozen=True)
class FaultCase:
    name: str
    wrapper: Callable[[ASGIApp, str], ASGIApp]
    check: str  # the check that must fail
    operation: str  # the operation it must name


FAULTS = [
    FaultCase(
        "missing-required-field", MissingRequiredField, "response_schema_conformance", PATCH_GROUP
    ),
    FaultCase("wrong-field-type", WrongFieldType, "response_schema_conformance", MENTOR_ACCESS),
    FaultCase("500-on-edge-input", CrashOnEdgeInput, "not_a_server_error", DELETE_GROUP),
    FaultCase("ignores-api-key", IgnoresApiKey, "ignored_auth", MENTOR_ACCESS),
    FaultCase(
        "accepts-invalid-input", AcceptsInvalidInput, "negative_data_rejection", MENTOR_ACCESS
    ),
    FaultCase("201-instead-of-200", CreatedInsteadOfOk, "status_code_policy", PATCH_GROUP),
    FaultCase("html-content-type", HtmlContentType, "content_type_conformance", MENTOR_ACCESS),
]

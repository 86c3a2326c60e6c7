"""The local servers the runtime figures run against (uvicorn factories, 127.0.0.1 only).

- `raw_app`: a bare ASGI app answering every request with the same JSON body; the client
  overhead figure sends the generated client and raw httpx to it, so the server's share
  of each call is as small and as equal as it can be.
- `stub_app`: the generated server stub (`generated/server`), its one operation
  implemented by returning the body.
- `hand_app`: what a person would write by hand in FastAPI for the same operation and
  body: typed query parameters, an API-key check, a response model.

Both FastAPI apps answer `GET /api/core/rbac/mentor-access/?mentor_id=..&platform_key=..`
with the same JSON, so the throughput figure compares like with like.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, HTTPException, Query
from pydantic import BaseModel

REPO = Path(__file__).resolve().parents[1]
API_KEY = "bench-key"
AUTH_HEADER_VALUE = f"Api-Token {API_KEY}"
PATH = "/api/core/rbac/mentor-access/"
QUERY = {"mentor_id": 7, "platform_key": "main"}
POLICIES = 10

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
    Awaitable[None],
]


def mentor_access_body(count: int = POLICIES) -> list[dict[str, Any]]:
    """A realistic answer of `core_rbac_mentor_access_list`, valid against the document."""
    return [
        {
            "id": index,
            "name": f"mentor-7-policy-{index}",
            "platform_key": "main",
            "mentor_id": 7,
            "role": "editor" if index % 2 else "viewer",
            "resources": [f"/platforms/main/mentors/7/{index}"],
            "users": [
                {
                    "id": 100 + index,
                    "username": f"user{index}",
                    "email": f"user{index}@example.com",
                },
                {"id": 200 + index, "username": None, "email": None},
            ],
            "groups": [
                {
                    "id": 300 + index,
                    "name": f"group {index}",
                    "unique_id": f"group-{index}",
                    "description": "A group with access to the mentor.",
                }
            ],
        }
        for index in range(count)
    ]


def raw_app() -> ASGIApp:
    """The same JSON body for every HTTP request, with no framework in the way."""
    body = json.dumps(mentor_access_body()).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode("ascii")),
    ]

    async def app(
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def stub_app() -> Any:
    """The generated server, implemented by returning the body."""
    sys.path.insert(0, str(REPO / "generated" / "server"))
    from ibl_data_manager_server.app import create_app
    from ibl_data_manager_server.interfaces import Operations
    from ibl_data_manager_server.models import MentorPolicy

    policies = [MentorPolicy.model_validate(item) for item in mentor_access_body()]

    class Implementation(Operations):
        async def core_rbac_mentor_access_list(  # type: ignore[override]
            self, *, mentor_id: int, platform_key: str
        ) -> list[MentorPolicy]:
            return policies

    return create_app(Implementation(), api_keys=[API_KEY])


class HandUser(BaseModel):
    id: int
    username: str | None = None
    email: str | None = None


class HandGroup(BaseModel):
    id: int
    name: str | None = None
    unique_id: str
    description: str | None = None


class HandPolicy(BaseModel):
    id: int
    name: str
    platform_key: str
    mentor_id: int
    role: str
    resources: Any
    users: list[HandUser]
    groups: list[HandGroup]


def hand_app() -> FastAPI:
    """A minimal handwritten FastAPI app serving the same operation and body."""
    policies = [HandPolicy.model_validate(item) for item in mentor_access_body()]
    app = FastAPI()

    @app.get(PATH, response_model=list[HandPolicy])
    async def mentor_access(
        mentor_id: Annotated[int, Query()],
        platform_key: Annotated[str, Query()],
        authorization: Annotated[str | None, Header()] = None,
    ) -> list[HandPolicy]:
        if authorization != AUTH_HEADER_VALUE:
            raise HTTPException(status_code=401, detail="invalid API key")
        return policies

    return app

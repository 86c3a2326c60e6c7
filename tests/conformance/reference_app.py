"""A small handwritten server for spec 4.84.1-ai-plus that keeps its contract.

The contract runner is proven against it (it must pass, and each fault in faults.py
wrapped around it must fail). It answers bad input with 400/422, a missing or wrong key
with 401, a 405 with an Allow header naming every method of the path, and spec-valid
bodies otherwise. The generated mock is the other correct server these tests use.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

GROUPS = "/api/core/rbac/groups/{id}/"
MENTOR_ACCESS = "/api/core/rbac/mentor-access/"


class GroupPatch(BaseModel):
    """PatchedRbacGroup as a request: readOnly properties do not exist here."""

    model_config = ConfigDict(extra="allow")

    # Optional but not nullable: an explicit null is invalid, as the document says.
    unique_id: Annotated[str, Field(max_length=255)] = "group"
    platform_key: str = "main"
    name: Annotated[str, Field(max_length=255)] = ""
    description: str = ""
    users_to_add: list[int] = Field(default_factory=list)
    users_to_remove: list[int] = Field(default_factory=list)


def _group(group_id: int, patch: GroupPatch) -> dict[str, Any]:
    return {
        "id": group_id,
        "unique_id": patch.unique_id,
        "platform": {"id": 1, "key": patch.platform_key, "name": "Main"},
        "name": patch.name,
        "description": patch.description,
        "owner": {"id": 7, "username": "owner", "email": "owner@example.com"},
        "users": [{"id": u, "username": None, "email": None} for u in patch.users_to_add],
        "is_internal": False,
    }


def _mentor_access(mentor_id: int) -> list[dict[str, Any]]:
    return [
        {
            "id": mentor_id,
            "name": "policy",
            "role": "viewer",
            "resources": [f"/mentors/{mentor_id}"],
            "users": [{"id": 1, "username": "ann", "email": None}],
            "groups": [{"id": 2, "unique_id": "g-2", "name": "staff"}],
        }
    ]


async def _read_patch(request: Request) -> GroupPatch:
    """The body in any of the three documented encodings, validated as JSON would be."""
    media = request.headers.get("content-type", "").split(";")[0].strip()
    raw: Any
    strict = False
    if media in {"application/x-www-form-urlencoded", "multipart/form-data"}:
        form = await request.form()
        raw = {}
        for key in form:
            values = form.getlist(key)
            if key in {"users_to_add", "users_to_remove"}:
                raw[key] = values
            else:
                raw[key] = values[-1] if values else None
    elif media in {"application/json", ""}:
        body = await request.body()
        if not body:
            return GroupPatch()
        try:
            raw = await request.json()
            strict = True  # JSON carries types: "1" is not an integer there
        except ValueError:
            raise HTTPException(400, "request body is not JSON") from None
    else:
        raise HTTPException(415, f"unsupported content type {media!r}")
    if not isinstance(raw, dict):
        raise HTTPException(422, "request body must be an object")
    try:
        return GroupPatch.model_validate(raw, strict=strict)
    except ValidationError as exc:
        raise HTTPException(422, exc.errors(include_url=False, include_input=False)) from None


def create_reference_app(api_key: str) -> FastAPI:
    """The correct server for 4.84.1-ai-plus, accepting one key."""
    app = FastAPI(redirect_slashes=False, openapi_url=None, docs_url=None, redoc_url=None)

    def authorised(authorization: Annotated[str | None, Header()] = None) -> None:
        if authorization != f"Api-Token {api_key}":
            raise HTTPException(401, "missing or invalid API key")

    @app.exception_handler(HTTPException)
    async def as_json(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)

    # One route for both methods, so a 405 names both in its Allow header.
    @app.api_route(GROUPS, methods=["PATCH", "DELETE"], dependencies=[Depends(authorised)])
    async def group(request: Request, id: Annotated[int, Path()]) -> Response:
        if request.method == "DELETE":
            return _delete_group(request)
        patch = await _read_patch(request)
        return JSONResponse(_group(id, patch))

    def _delete_group(request: Request) -> Response:
        keys = request.query_params.getlist("platform_key")
        if not keys or not keys[-1]:
            raise HTTPException(422, [{"loc": ["query", "platform_key"], "msg": "required"}])
        return Response(status_code=204)

    @app.get(MENTOR_ACCESS, dependencies=[Depends(authorised)])
    async def mentor_access(
        mentor_id: Annotated[int, Query()], platform_key: Annotated[str, Query()]
    ) -> Response:
        return JSONResponse(_mentor_access(mentor_id))

    return app

"""The FastAPI application: one router per tag, API-key security, JSON errors.

`create_app(implementation)` serves the API with your implementation of the interfaces
in `interfaces.py`; operations it does not implement answer 501. Invalid parameters and
bodies answer 422 with FastAPI's `{"detail": [{"loc": [...], "msg": ..., "type": ...}]}`,
and so does a body that is not JSON at all (invalid UTF-8, nested too deeply).
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.routing import compile_path

from . import routers
from .interfaces import Implementation, OperationNotImplementedError
from .security import KeyCheck, KeySource

TITLE = "ibl-data-manager"
SPEC_VERSION = "4.84.1-ai-plus"
DESCRIPTION = "API for iblai"
# Operations whose document lists a 422 (or 4XX/default) response; FastAPI adds one to
# every other operation with parameters, which the document does not describe.
DECLARES_VALIDATION_ERROR: frozenset[str] = frozenset([])
# Operations with a summary in the document; FastAPI makes one up for the others.
SUMMARISED: frozenset[str] = frozenset([])
ROUTERS = (routers.core.router,)
# Paths that match the same URLs as another (`/users/{user_id}/`, `/users/{username}/`):
# each is routed first, with its integer parameters matching digits only.
DIGIT_PATHS: dict[str, str] = {}
# FastAPI's answer to a body it could not decode; here it is malformed JSON, a 422.
BODY_NOT_DECODED = "There was an error parsing the body"


def create_app(
    implementation: Implementation | None = None, api_keys: KeySource | None = None
) -> FastAPI:
    """The API served by `implementation`; `api_keys` says which keys are accepted."""
    app = FastAPI(
        title=TITLE,
        version=SPEC_VERSION,
        description=DESCRIPTION,
        redirect_slashes=False,
    )
    app.router.redirect_slashes = False
    app.state.implementation = implementation
    app.state.key_check = KeyCheck(api_keys)
    app.add_exception_handler(OperationNotImplementedError, _not_implemented)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    # The tags' routes go on the app's own router: FastAPI serves an included router
    # through a nested route that is matched again on every request. Implementations
    # come in through `create_app`, not `app.dependency_overrides`.
    for router in ROUTERS:
        app.router.routes.extend(router.routes)
    if DIGIT_PATHS:
        _route_digits_first(app)
    app.openapi = partial(documented_openapi, app)  # type: ignore[method-assign]
    return app


def _route_digits_first(app: FastAPI) -> None:
    """`DIGIT_PATHS` routes match digits only (as Django's `<int:...>`), tried first."""
    first: list[Any] = []
    rest: list[Any] = []
    for route in app.router.routes:
        if isinstance(route, APIRoute) and route.path in DIGIT_PATHS:
            route.path_regex, _, route.param_convertors = compile_path(DIGIT_PATHS[route.path])
            first.append(route)
        else:
            rest.append(route)
    app.router.routes[:] = [*first, *rest]


async def _not_implemented(request: Request, exc: Exception) -> JSONResponse:
    operation_id = exc.operation_id if isinstance(exc, OperationNotImplementedError) else "?"
    return JSONResponse(
        status_code=501,
        content={
            "detail": f"operation {operation_id!r} is not implemented",
            "operation_id": operation_id,
        },
    )


class _EscapedJSONResponse(JSONResponse):
    """JSON in ASCII: a lone surrogate sent in a request can be echoed in an error."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, separators=(",", ":")).encode("ascii")


async def _validation_error(request: Request, exc: Exception) -> Response:
    """FastAPI's 422 body, which may quote the request's (possibly unencodable) input."""
    assert isinstance(exc, RequestValidationError)
    return _EscapedJSONResponse(status_code=422, content={"detail": jsonable_encoder(exc.errors())})


def _not_decoded(cause: BaseException | None) -> Response:
    """The 422 of malformed JSON for a body FastAPI could not decode (it answers 400)."""
    why = "JSON nested too deeply" if isinstance(cause, RecursionError) else str(cause)
    error = {
        "type": "json_invalid",
        "loc": ["body"],
        "msg": "JSON decode error",
        "input": {},
        "ctx": {"error": why},
    }
    return JSONResponse(status_code=422, content={"detail": [error]})


async def _http_error(request: Request, exc: Exception) -> Response:
    """A 405 lists every method of the path in `Allow`, not only the first route's; a
    body that could not be decoded is malformed JSON (422), as one that does not parse."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400 and exc.detail == BODY_NOT_DECODED:
        return _not_decoded(exc.__cause__)
    if exc.status_code != 405:
        return await http_exception_handler(request, exc)
    allowed = sorted(
        method
        for router in ROUTERS
        for route in router.routes
        if isinstance(route, APIRoute) and route.path_regex.match(request.url.path)
        for method in route.methods or ()
    )
    return JSONResponse(
        status_code=405, content={"detail": exc.detail}, headers={"Allow": ", ".join(allowed)}
    )


def documented_openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema of `app`, with only the responses the source document lists."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                if operation.get("operationId") not in DECLARES_VALIDATION_ERROR:
                    operation.get("responses", {}).pop("422", None)
                if operation.get("operationId") not in SUMMARISED:
                    operation.pop("summary", None)
        schemas = schema.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            if f"#/components/schemas/{name}" not in json.dumps(schema["paths"]):
                schemas.pop(name, None)
        app.openapi_schema = schema
    return app.openapi_schema

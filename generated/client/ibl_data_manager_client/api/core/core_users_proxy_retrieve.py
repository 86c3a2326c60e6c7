"""`core_users_proxy_retrieve`: GET /api/core/users/proxy/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_proxy_get_response import UserProxyGetResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserProxyGetResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserProxyGetResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserProxyGetResponse] = Operation(
    operation_id="core_users_proxy_retrieve",
    method="GET",
    path="/api/core/users/proxy/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserProxyGetResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.email": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["email"] = email

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/users/proxy/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

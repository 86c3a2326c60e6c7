"""`core_users_proxy_create`: POST /api/core/users/proxy/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_proxy_post_request import UserProxyPostRequest
from ...models.user_proxy_post_response import UserProxyPostResponse


def _parse(status: int, data: Any) -> UserProxyPostResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserProxyPostResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserProxyPostResponse] = Operation(
    operation_id="core_users_proxy_create",
    method="POST",
    path="/api/core/users/proxy/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserProxyPostResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserProxyPostRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserProxyPostRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/users/proxy/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

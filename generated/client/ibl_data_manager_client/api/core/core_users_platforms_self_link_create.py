"""`core_users_platforms_self_link_create`: POST /api/core/users/platforms/self-link/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_platform_self_link_request import UserPlatformSelfLinkRequest
from ...models.user_platform_self_link_response import UserPlatformSelfLinkResponse


def _parse(status: int, data: Any) -> UserPlatformSelfLinkResponse:
    """The typed value of a checked 2xx body."""
    response_201 = UserPlatformSelfLinkResponse.from_dict(data)

    return response_201


OPERATION: Operation[UserPlatformSelfLinkResponse] = Operation(
    operation_id="core_users_platforms_self_link_create",
    method="POST",
    path="/api/core/users/platforms/self-link/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/UserPlatformSelfLinkResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserPlatformSelfLinkRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserPlatformSelfLinkRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/users/platforms/self-link/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

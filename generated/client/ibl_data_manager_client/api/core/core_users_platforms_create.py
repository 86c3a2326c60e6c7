"""`core_users_platforms_create`: POST /api/core/users/platforms/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_platform_view_post_request import UserPlatformViewPostRequest


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_users_platforms_create",
    method="POST",
    path="/api/core/users/platforms/",
    parse=_parse,
    responses=((201, 201, None, "none"),),
    body_schema={"$ref": "#/components/schemas/UserPlatformViewPostRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserPlatformViewPostRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/users/platforms/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_users_platforms_config_create`: POST /api/core/users/platforms/config/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_membership_config import PlatformMembershipConfig
from ...models.platform_membership_config_post_request import PlatformMembershipConfigPostRequest


def _parse(status: int, data: Any) -> PlatformMembershipConfig:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = PlatformMembershipConfig.from_dict(data)

        return response_200

    response_201 = PlatformMembershipConfig.from_dict(data)

    return response_201


OPERATION: Operation[PlatformMembershipConfig] = Operation(
    operation_id="core_users_platforms_config_create",
    method="POST",
    path="/api/core/users/platforms/config/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PlatformMembershipConfig"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/PlatformMembershipConfig"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/PlatformMembershipConfigPostRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformMembershipConfigPostRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/users/platforms/config/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_users_platforms_config_retrieve`: GET /api/core/users/platforms/config/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_membership_config import PlatformMembershipConfig
from ...types import UNSET


def _parse(status: int, data: Any) -> PlatformMembershipConfig:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformMembershipConfig.from_dict(data)

    return response_200


OPERATION: Operation[PlatformMembershipConfig] = Operation(
    operation_id="core_users_platforms_config_retrieve",
    method="GET",
    path="/api/core/users/platforms/config/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformMembershipConfig"}, "json"),),
    body_schema=None,
    parameter_schemas={"query.platform_key": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/users/platforms/config/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_rbac_user_group_access_retrieve`: GET /api/core/rbac/user-group-access/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_group_access import UserGroupAccess
from ...types import UNSET


def _parse(status: int, data: Any) -> UserGroupAccess:
    """The typed value of a checked 2xx body."""
    response_200 = UserGroupAccess.from_dict(data)

    return response_200


OPERATION: Operation[UserGroupAccess] = Operation(
    operation_id="core_rbac_user_group_access_retrieve",
    method="GET",
    path="/api/core/rbac/user-group-access/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserGroupAccess"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.platform_key": {"type": "string"},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/rbac/user-group-access/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

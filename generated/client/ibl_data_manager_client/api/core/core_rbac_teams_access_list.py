"""`core_rbac_teams_access_list`: GET /api/core/rbac/teams/access/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_group_policy import UserGroupPolicy
from ...types import UNSET


def _parse(status: int, data: Any) -> list[UserGroupPolicy]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UserGroupPolicy.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[UserGroupPolicy]] = Operation(
    operation_id="core_rbac_teams_access_list",
    method="GET",
    path="/api/core/rbac/teams/access/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/UserGroupPolicy"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "query.platform_key": {"type": "string"},
        "query.usergroup_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    usergroup_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params["usergroup_id"] = usergroup_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/rbac/teams/access/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

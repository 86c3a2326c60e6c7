"""`core_rbac_teams_access_create`: POST /api/core/rbac/teams/access/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_group_policy import UserGroupPolicy
from ...models.user_group_policy_request import UserGroupPolicyRequest


def _parse(status: int, data: Any) -> UserGroupPolicy:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = UserGroupPolicy.from_dict(data)

        return response_200

    response_201 = UserGroupPolicy.from_dict(data)

    return response_201


OPERATION: Operation[UserGroupPolicy] = Operation(
    operation_id="core_rbac_teams_access_create",
    method="POST",
    path="/api/core/rbac/teams/access/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/UserGroupPolicy"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/UserGroupPolicy"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/UserGroupPolicyRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserGroupPolicyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/teams/access/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

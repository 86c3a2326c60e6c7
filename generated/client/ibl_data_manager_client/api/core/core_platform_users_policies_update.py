"""`core_platform_users_policies_update`: PUT /api/core/platform/users/policies/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_policy_update import UserPolicyUpdate
from ...models.user_policy_update_response import UserPolicyUpdateResponse


def _parse(status: int, data: Any) -> UserPolicyUpdateResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserPolicyUpdateResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserPolicyUpdateResponse] = Operation(
    operation_id="core_platform_users_policies_update",
    method="PUT",
    path="/api/core/platform/users/policies/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserPolicyUpdateResponse"}, "json"),),
    body_schema={"type": "array", "items": {"$ref": "#/components/schemas/UserPolicyUpdate"}},
    parameter_schemas={},
)


def build_request(
    *,
    body: list[UserPolicyUpdate],
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    return RequestSpec(
        method="PUT",
        url="/api/core/platform/users/policies/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

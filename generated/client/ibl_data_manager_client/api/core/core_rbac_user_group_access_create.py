"""`core_rbac_user_group_access_create`: POST /api/core/rbac/user-group-access/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_group_access import UserGroupAccess
from ...models.user_group_access_request import UserGroupAccessRequest


def _parse(status: int, data: Any) -> UserGroupAccess:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = UserGroupAccess.from_dict(data)

        return response_200

    response_201 = UserGroupAccess.from_dict(data)

    return response_201


OPERATION: Operation[UserGroupAccess] = Operation(
    operation_id="core_rbac_user_group_access_create",
    method="POST",
    path="/api/core/rbac/user-group-access/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/UserGroupAccess"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/UserGroupAccess"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/UserGroupAccessRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserGroupAccessRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/user-group-access/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

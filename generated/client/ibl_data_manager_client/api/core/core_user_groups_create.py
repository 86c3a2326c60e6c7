"""`core_user_groups_create`: POST /api/core/user-groups/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_group import UserGroup
from ...models.user_group_request import UserGroupRequest


def _parse(status: int, data: Any) -> UserGroup:
    """The typed value of a checked 2xx body."""
    response_201 = UserGroup.from_dict(data)

    return response_201


OPERATION: Operation[UserGroup] = Operation(
    operation_id="core_user_groups_create",
    method="POST",
    path="/api/core/user-groups/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/UserGroup"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserGroupRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserGroupRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/user-groups/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_rbac_groups_create`: POST /api/core/rbac/groups/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.rbac_group import RbacGroup
from ...models.rbac_group_request import RbacGroupRequest


def _parse(status: int, data: Any) -> RbacGroup:
    """The typed value of a checked 2xx body."""
    response_201 = RbacGroup.from_dict(data)

    return response_201


OPERATION: Operation[RbacGroup] = Operation(
    operation_id="core_rbac_groups_create",
    method="POST",
    path="/api/core/rbac/groups/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/RbacGroup"}, "json"),),
    body_schema={"$ref": "#/components/schemas/RbacGroupRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: RbacGroupRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/groups/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

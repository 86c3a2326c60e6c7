"""`core_rbac_roles_create`: POST /api/core/rbac/roles/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.rbac_role import RbacRole
from ...models.rbac_role_request import RbacRoleRequest


def _parse(status: int, data: Any) -> RbacRole:
    """The typed value of a checked 2xx body."""
    response_201 = RbacRole.from_dict(data)

    return response_201


OPERATION: Operation[RbacRole] = Operation(
    operation_id="core_rbac_roles_create",
    method="POST",
    path="/api/core/rbac/roles/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/RbacRole"}, "json"),),
    body_schema={"$ref": "#/components/schemas/RbacRoleRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: RbacRoleRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/roles/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

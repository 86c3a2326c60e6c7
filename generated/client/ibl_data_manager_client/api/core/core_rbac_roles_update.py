"""`core_rbac_roles_update`: PUT /api/core/rbac/roles/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.rbac_role import RbacRole
from ...models.rbac_role_request import RbacRoleRequest


def _parse(status: int, data: Any) -> RbacRole:
    """The typed value of a checked 2xx body."""
    response_200 = RbacRole.from_dict(data)

    return response_200


OPERATION: Operation[RbacRole] = Operation(
    operation_id="core_rbac_roles_update",
    method="PUT",
    path="/api/core/rbac/roles/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RbacRole"}, "json"),),
    body_schema={"$ref": "#/components/schemas/RbacRoleRequest"},
    parameter_schemas={"path.id": {"type": "integer"}},
)


def build_request(
    *,
    id: int,
    body: RbacRoleRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/core/rbac/roles/{id}/".format(
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

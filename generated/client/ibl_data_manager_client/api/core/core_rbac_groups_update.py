"""`core_rbac_groups_update`: PUT /api/core/rbac/groups/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.rbac_group import RbacGroup
from ...models.rbac_group_request import RbacGroupRequest


def _parse(status: int, data: Any) -> RbacGroup:
    """The typed value of a checked 2xx body."""
    response_200 = RbacGroup.from_dict(data)

    return response_200


OPERATION: Operation[RbacGroup] = Operation(
    operation_id="core_rbac_groups_update",
    method="PUT",
    path="/api/core/rbac/groups/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RbacGroup"}, "json"),),
    body_schema={"$ref": "#/components/schemas/RbacGroupRequest"},
    parameter_schemas={"path.id": {"type": "integer"}},
)


def build_request(
    *,
    id: int,
    body: RbacGroupRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/core/rbac/groups/{id}/".format(
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

"""`core_rbac_roles_partial_update`: PATCH /api/core/rbac/roles/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_rbac_role import PatchedRbacRole
from ...models.rbac_role import RbacRole
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> RbacRole:
    """The typed value of a checked 2xx body."""
    response_200 = RbacRole.from_dict(data)

    return response_200


OPERATION: Operation[RbacRole] = Operation(
    operation_id="core_rbac_roles_partial_update",
    method="PATCH",
    path="/api/core/rbac/roles/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RbacRole"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedRbacRole"},
    parameter_schemas={"path.id": {"type": "integer"}},
)


def build_request(
    *,
    id: int,
    body: PatchedRbacRole | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
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

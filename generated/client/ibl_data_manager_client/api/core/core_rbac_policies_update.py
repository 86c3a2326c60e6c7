"""`core_rbac_policies_update`: PUT /api/core/rbac/policies/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.rbac_policy import RbacPolicy
from ...models.rbac_policy_request import RbacPolicyRequest


def _parse(status: int, data: Any) -> RbacPolicy:
    """The typed value of a checked 2xx body."""
    response_200 = RbacPolicy.from_dict(data)

    return response_200


OPERATION: Operation[RbacPolicy] = Operation(
    operation_id="core_rbac_policies_update",
    method="PUT",
    path="/api/core/rbac/policies/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RbacPolicy"}, "json"),),
    body_schema={"$ref": "#/components/schemas/RbacPolicyRequest"},
    parameter_schemas={"path.id": {"type": "integer"}},
)


def build_request(
    *,
    id: int,
    body: RbacPolicyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/core/rbac/policies/{id}/".format(
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

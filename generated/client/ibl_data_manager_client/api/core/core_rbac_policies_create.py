"""`core_rbac_policies_create`: POST /api/core/rbac/policies/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.rbac_policy import RbacPolicy
from ...models.rbac_policy_request import RbacPolicyRequest


def _parse(status: int, data: Any) -> RbacPolicy:
    """The typed value of a checked 2xx body."""
    response_201 = RbacPolicy.from_dict(data)

    return response_201


OPERATION: Operation[RbacPolicy] = Operation(
    operation_id="core_rbac_policies_create",
    method="POST",
    path="/api/core/rbac/policies/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/RbacPolicy"}, "json"),),
    body_schema={"$ref": "#/components/schemas/RbacPolicyRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: RbacPolicyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/policies/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

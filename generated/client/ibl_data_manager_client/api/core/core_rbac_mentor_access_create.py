"""`core_rbac_mentor_access_create`: POST /api/core/rbac/mentor-access/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.mentor_policy import MentorPolicy
from ...models.mentor_policy_request import MentorPolicyRequest


def _parse(status: int, data: Any) -> MentorPolicy:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = MentorPolicy.from_dict(data)

        return response_200

    response_201 = MentorPolicy.from_dict(data)

    return response_201


OPERATION: Operation[MentorPolicy] = Operation(
    operation_id="core_rbac_mentor_access_create",
    method="POST",
    path="/api/core/rbac/mentor-access/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/MentorPolicy"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/MentorPolicy"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/MentorPolicyRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: MentorPolicyRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/mentor-access/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

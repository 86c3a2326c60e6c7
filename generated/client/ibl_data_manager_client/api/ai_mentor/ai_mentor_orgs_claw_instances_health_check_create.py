"""`ai_mentor_orgs_claw_instances_health_check_create`: POST /api/ai-mentor/orgs/{org}/claw/instances/{id}/health-check/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.claw_instance import ClawInstance
from ...models.claw_instance_request import ClawInstanceRequest


def _parse(status: int, data: Any) -> ClawInstance:
    """The typed value of a checked 2xx body."""
    response_200 = ClawInstance.from_dict(data)

    return response_200


OPERATION: Operation[ClawInstance] = Operation(
    operation_id="ai_mentor_orgs_claw_instances_health_check_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/claw/instances/{id}/health-check/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ClawInstance"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ClawInstanceRequest"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: ClawInstanceRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/claw/instances/{id}/health-check/".format(
            org=quote(wire_text(org), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

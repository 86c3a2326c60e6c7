"""`ai_mentor_orgs_workflows_activate_create`: POST /api/ai-mentor/orgs/{org}/workflows/{unique_id}/activate/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.workflow_request import WorkflowRequest


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_workflows_activate_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/workflows/{unique_id}/activate/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/WorkflowRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.unique_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    unique_id: UUID,
    body: WorkflowRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/workflows/{unique_id}/activate/".format(
            org=quote(wire_text(org), safe=""),
            unique_id=quote(wire_text(unique_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.unique_id": wire_value(unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

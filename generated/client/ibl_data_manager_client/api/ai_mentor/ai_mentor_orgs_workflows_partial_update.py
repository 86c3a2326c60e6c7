"""`ai_mentor_orgs_workflows_partial_update`: PATCH /api/ai-mentor/orgs/{org}/workflows/{unique_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_workflow import PatchedWorkflow
from ...models.workflow import Workflow
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Workflow:
    """The typed value of a checked 2xx body."""
    response_200 = Workflow.from_dict(data)

    return response_200


OPERATION: Operation[Workflow] = Operation(
    operation_id="ai_mentor_orgs_workflows_partial_update",
    method="PATCH",
    path="/api/ai-mentor/orgs/{org}/workflows/{unique_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Workflow"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedWorkflow"},
    parameter_schemas={"path.org": {"type": "string"}, "path.unique_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    unique_id: UUID,
    body: PatchedWorkflow | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-mentor/orgs/{org}/workflows/{unique_id}/".format(
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

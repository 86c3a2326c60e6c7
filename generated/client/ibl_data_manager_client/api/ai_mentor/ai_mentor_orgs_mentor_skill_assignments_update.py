"""`ai_mentor_orgs_mentor_skill_assignments_update`: PUT /api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_skill_assignment import MentorSkillAssignment
from ...models.mentor_skill_assignment_request import MentorSkillAssignmentRequest


def _parse(status: int, data: Any) -> MentorSkillAssignment:
    """The typed value of a checked 2xx body."""
    response_200 = MentorSkillAssignment.from_dict(data)

    return response_200


OPERATION: Operation[MentorSkillAssignment] = Operation(
    operation_id="ai_mentor_orgs_mentor_skill_assignments_update",
    method="PUT",
    path="/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorSkillAssignment"}, "json"),),
    body_schema={"$ref": "#/components/schemas/MentorSkillAssignmentRequest"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: MentorSkillAssignmentRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-mentor/orgs/{org}/mentor-skill-assignments/{id}/".format(
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

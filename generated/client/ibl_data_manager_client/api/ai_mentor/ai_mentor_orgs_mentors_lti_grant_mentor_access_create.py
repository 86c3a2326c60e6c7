"""`ai_mentor_orgs_mentors_lti_grant_mentor_access_create`: POST /api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.grant_mentor_access_request import GrantMentorAccessRequest


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    if 201 <= status <= 201:
        return None

    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_mentors_lti_grant_mentor_access_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/",
    parse=_parse,
    responses=(
        (201, 201, None, "none"),
        (204, 204, None, "none"),
    ),
    body_schema={"$ref": "#/components/schemas/GrantMentorAccessRequest"},
    parameter_schemas={"path.mentor_unique_id": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    mentor_unique_id: UUID,
    body: GrantMentorAccessRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/mentors/{mentor_unique_id}/lti/grant-mentor-access/".format(
            org=quote(wire_text(org), safe=""),
            mentor_unique_id=quote(wire_text(mentor_unique_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor_unique_id": wire_value(mentor_unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_offline_mentors_config_retrieve`: GET /api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_settings import MentorSettings


def _parse(status: int, data: Any) -> MentorSettings:
    """The typed value of a checked 2xx body."""
    response_200 = MentorSettings.from_dict(data)

    return response_200


OPERATION: Operation[MentorSettings] = Operation(
    operation_id="ai_mentor_orgs_offline_mentors_config_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorSettings"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.mentor_unique_id": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    mentor_unique_id: UUID,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/offline/mentors/{mentor_unique_id}/config/".format(
            org=quote(wire_text(org), safe=""),
            mentor_unique_id=quote(wire_text(mentor_unique_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor_unique_id": wire_value(mentor_unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

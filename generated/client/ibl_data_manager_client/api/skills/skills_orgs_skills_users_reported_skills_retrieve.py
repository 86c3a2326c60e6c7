"""`skills_orgs_skills_users_reported_skills_retrieve`: GET /api/skills/orgs/{org}/skills/users/{user_id}/reported-skills/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.reported_skill import ReportedSkill


def _parse(status: int, data: Any) -> ReportedSkill:
    """The typed value of a checked 2xx body."""
    response_200 = ReportedSkill.from_dict(data)

    return response_200


OPERATION: Operation[ReportedSkill] = Operation(
    operation_id="skills_orgs_skills_users_reported_skills_retrieve",
    method="GET",
    path="/api/skills/orgs/{org}/skills/users/{user_id}/reported-skills/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ReportedSkill"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/skills/orgs/{org}/skills/users/{user_id}/reported-skills/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

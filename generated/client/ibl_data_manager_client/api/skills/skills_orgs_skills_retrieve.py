"""`skills_orgs_skills_retrieve`: GET /api/skills/orgs/{org}/skills/{skill_name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.skill_detail import SkillDetail


def _parse(status: int, data: Any) -> SkillDetail:
    """The typed value of a checked 2xx body."""
    response_200 = SkillDetail.from_dict(data)

    return response_200


OPERATION: Operation[SkillDetail] = Operation(
    operation_id="skills_orgs_skills_retrieve",
    method="GET",
    path="/api/skills/orgs/{org}/skills/{skill_name}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SkillDetail"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.skill_name": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    skill_name: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/skills/orgs/{org}/skills/{skill_name}/".format(
            org=quote(wire_text(org), safe=""),
            skill_name=quote(wire_text(skill_name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.skill_name": wire_value(skill_name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

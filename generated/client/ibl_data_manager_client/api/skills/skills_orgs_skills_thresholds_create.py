"""`skills_orgs_skills_thresholds_create`: POST /api/skills/orgs/{org}/skills/thresholds/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.skill_threshold import SkillThreshold


def _parse(status: int, data: Any) -> SkillThreshold:
    """The typed value of a checked 2xx body."""
    response_200 = SkillThreshold.from_dict(data)

    return response_200


OPERATION: Operation[SkillThreshold] = Operation(
    operation_id="skills_orgs_skills_thresholds_create",
    method="POST",
    path="/api/skills/orgs/{org}/skills/thresholds/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SkillThreshold"}, "json"),),
    body_schema={"$ref": "#/components/schemas/SkillThreshold"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: SkillThreshold,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/skills/orgs/{org}/skills/thresholds/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

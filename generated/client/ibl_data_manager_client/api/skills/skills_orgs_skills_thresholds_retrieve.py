"""`skills_orgs_skills_thresholds_retrieve`: GET /api/skills/orgs/{org}/skills/thresholds/"""

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
    operation_id="skills_orgs_skills_thresholds_retrieve",
    method="GET",
    path="/api/skills/orgs/{org}/skills/thresholds/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SkillThreshold"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/skills/orgs/{org}/skills/thresholds/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

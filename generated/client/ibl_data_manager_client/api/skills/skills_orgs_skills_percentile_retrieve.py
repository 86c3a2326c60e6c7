"""`skills_orgs_skills_percentile_retrieve`: GET /api/skills/orgs/{org}/skills/{skill_id}/percentile/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.points_percentile import PointsPercentile


def _parse(status: int, data: Any) -> PointsPercentile:
    """The typed value of a checked 2xx body."""
    response_200 = PointsPercentile.from_dict(data)

    return response_200


OPERATION: Operation[PointsPercentile] = Operation(
    operation_id="skills_orgs_skills_percentile_retrieve",
    method="GET",
    path="/api/skills/orgs/{org}/skills/{skill_id}/percentile/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PointsPercentile"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.skill_id": {"type": "integer"}},
)


def build_request(
    *,
    org: str,
    skill_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/skills/orgs/{org}/skills/{skill_id}/percentile/".format(
            org=quote(wire_text(org), safe=""),
            skill_id=quote(wire_text(skill_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.skill_id": wire_value(skill_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

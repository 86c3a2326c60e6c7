"""`skills_orgs_skills_percentile_list`: GET /api/skills/orgs/{org}/skills/percentile/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.points_percentile import PointsPercentile


def _parse(status: int, data: Any) -> list[PointsPercentile]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = PointsPercentile.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[PointsPercentile]] = Operation(
    operation_id="skills_orgs_skills_percentile_list",
    method="GET",
    path="/api/skills/orgs/{org}/skills/percentile/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/PointsPercentile"}},
            "json",
        ),
    ),
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
        url="/api/skills/orgs/{org}/skills/percentile/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

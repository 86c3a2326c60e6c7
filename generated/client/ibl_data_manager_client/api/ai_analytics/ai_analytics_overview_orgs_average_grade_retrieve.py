"""`ai_analytics_overview_orgs_average_grade_retrieve`: GET /api/ai-analytics/overview/orgs/{org}/average-grade"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_analytics_overview_orgs_average_grade_retrieve_format import (
    AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat,
)
from ...models.average import Average
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Average:
    """The typed value of a checked 2xx body."""
    response_200 = Average.from_dict(data)

    return response_200


OPERATION: Operation[Average] = Operation(
    operation_id="ai_analytics_overview_orgs_average_grade_retrieve",
    method="GET",
    path="/api/ai-analytics/overview/orgs/{org}/average-grade",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Average"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {
            "$ref": "#/components/schemas/AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
    },
)


def build_request(
    *,
    org: str,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/overview/orgs/{org}/average-grade".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_analytics_audience_orgs_enrollments_over_time_retrieve`: GET /api/ai-analytics/audience/orgs/{org}/enrollments/over-time"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_analytics_audience_orgs_enrollments_over_time_retrieve_active import (
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive,
)
from ...models.ai_analytics_audience_orgs_enrollments_over_time_retrieve_format import (
    AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat,
)
from ...models.overtime_with_change_info import OvertimeWithChangeInfo
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> OvertimeWithChangeInfo:
    """The typed value of a checked 2xx body."""
    response_200 = OvertimeWithChangeInfo.from_dict(data)

    return response_200


OPERATION: Operation[OvertimeWithChangeInfo] = Operation(
    operation_id="ai_analytics_audience_orgs_enrollments_over_time_retrieve",
    method="GET",
    path="/api/ai-analytics/audience/orgs/{org}/enrollments/over-time",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/OvertimeWithChangeInfo"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.active": {
            "$ref": "#/components/schemas/AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive"
        },
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.format": {
            "$ref": "#/components/schemas/AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    active: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_active: str | Unset = UNSET
    if not isinstance(active, Unset):
        json_active = active.value

    params["active"] = json_active

    params["department_id"] = department_id

    params["end_date"] = end_date

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/audience/orgs/{org}/enrollments/over-time".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_analytics_audience_orgs_registered_users_per_course_retrieve`: GET /api/ai-analytics/audience/orgs/{org}/registered-users/per-course"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_analytics_audience_orgs_registered_users_per_course_retrieve_active import (
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive,
)
from ...models.ai_analytics_audience_orgs_registered_users_per_course_retrieve_format import (
    AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat,
)
from ...models.enrollments import Enrollments
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Enrollments:
    """The typed value of a checked 2xx body."""
    response_200 = Enrollments.from_dict(data)

    return response_200


OPERATION: Operation[Enrollments] = Operation(
    operation_id="ai_analytics_audience_orgs_registered_users_per_course_retrieve",
    method="GET",
    path="/api/ai-analytics/audience/orgs/{org}/registered-users/per-course",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Enrollments"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.active": {
            "$ref": "#/components/schemas/AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive"
        },
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.format": {
            "$ref": "#/components/schemas/AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
        "query.length": {"type": "integer"},
        "query.page": {"type": "integer"},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    active: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveActive | Unset = UNSET,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
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

    params["length"] = length

    params["page"] = page

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/audience/orgs/{org}/registered-users/per-course".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

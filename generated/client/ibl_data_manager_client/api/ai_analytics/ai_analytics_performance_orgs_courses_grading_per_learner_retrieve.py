"""`ai_analytics_performance_orgs_courses_grading_per_learner_retrieve`: GET /api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/per-learner"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_analytics_performance_orgs_courses_grading_per_learner_retrieve_format import (
    AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat,
)
from ...models.grading_per_user import GradingPerUser
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> GradingPerUser:
    """The typed value of a checked 2xx body."""
    response_200 = GradingPerUser.from_dict(data)

    return response_200


OPERATION: Operation[GradingPerUser] = Operation(
    operation_id="ai_analytics_performance_orgs_courses_grading_per_learner_retrieve",
    method="GET",
    path="/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/per-learner",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/GradingPerUser"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.course_id": {"type": "string"},
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {
            "$ref": "#/components/schemas/AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
    },
)


def build_request(
    *,
    org: str,
    course_id: str,
    department_id: int | Unset = UNSET,
    format_: AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat | Unset = UNSET,
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
        url="/api/ai-analytics/performance/orgs/{org}/courses/{course_id}/grading/per-learner".format(
            org=quote(wire_text(org), safe=""),
            course_id=quote(wire_text(course_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.course_id": wire_value(course_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

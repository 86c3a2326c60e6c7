"""`performance_orgs_courses_grading_average_with_cutoff_retrieve`: GET /api/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.avg_course_grade_with_cutoff import AvgCourseGradeWithCutoff
from ...models.performance_orgs_courses_grading_average_with_cutoff_retrieve_format import (
    PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> AvgCourseGradeWithCutoff:
    """The typed value of a checked 2xx body."""
    response_200 = AvgCourseGradeWithCutoff.from_dict(data)

    return response_200


OPERATION: Operation[AvgCourseGradeWithCutoff] = Operation(
    operation_id="performance_orgs_courses_grading_average_with_cutoff_retrieve",
    method="GET",
    path="/api/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/AvgCourseGradeWithCutoff"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.course_id": {"type": "string"},
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {
            "$ref": "#/components/schemas/PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
    },
)


def build_request(
    *,
    org: str,
    course_id: str,
    department_id: int | Unset = UNSET,
    format_: PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat | Unset = UNSET,
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
        url="/api/performance/orgs/{org}/courses/{course_id}/grading/average-with-cutoff".format(
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

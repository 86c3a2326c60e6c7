"""`engagement_orgs_course_completion_per_course_retrieve`: GET /api/engagement/orgs/{org}/course_completion/per-course"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.course_completion_per_course import CourseCompletionPerCourse
from ...models.engagement_orgs_course_completion_per_course_retrieve_format import (
    EngagementOrgsCourseCompletionPerCourseRetrieveFormat,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CourseCompletionPerCourse:
    """The typed value of a checked 2xx body."""
    response_200 = CourseCompletionPerCourse.from_dict(data)

    return response_200


OPERATION: Operation[CourseCompletionPerCourse] = Operation(
    operation_id="engagement_orgs_course_completion_per_course_retrieve",
    method="GET",
    path="/api/engagement/orgs/{org}/course_completion/per-course",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseCompletionPerCourse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {
            "$ref": "#/components/schemas/EngagementOrgsCourseCompletionPerCourseRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
        "query.length": {"type": "integer"},
        "query.page": {"type": "integer"},
    },
)


def build_request(
    *,
    org: str,
    department_id: int | Unset = UNSET,
    format_: EngagementOrgsCourseCompletionPerCourseRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    length: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["department_id"] = department_id

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["include_main_platform"] = include_main_platform

    params["length"] = length

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/engagement/orgs/{org}/course_completion/per-course".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

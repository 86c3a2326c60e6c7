"""`engagement_orgs_courses_time_detail_retrieve`: GET /api/engagement/orgs/{org}/courses/{course_id}/time/detail"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.engagement_orgs_courses_time_detail_retrieve_format import (
    EngagementOrgsCoursesTimeDetailRetrieveFormat,
)
from ...models.time_detail import TimeDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> TimeDetail:
    """The typed value of a checked 2xx body."""
    response_200 = TimeDetail.from_dict(data)

    return response_200


OPERATION: Operation[TimeDetail] = Operation(
    operation_id="engagement_orgs_courses_time_detail_retrieve",
    method="GET",
    path="/api/engagement/orgs/{org}/courses/{course_id}/time/detail",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TimeDetail"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.course_id": {"type": "string"},
        "path.org": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {
            "$ref": "#/components/schemas/EngagementOrgsCoursesTimeDetailRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
    },
)


def build_request(
    *,
    org: str,
    course_id: str,
    department_id: int | Unset = UNSET,
    format_: EngagementOrgsCoursesTimeDetailRetrieveFormat | Unset = UNSET,
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
        url="/api/engagement/orgs/{org}/courses/{course_id}/time/detail".format(
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

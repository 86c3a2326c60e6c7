"""`perlearner_orgs_users_courses_videos_retrieve`: GET /api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.per_learner_course_videos_watched import PerLearnerCourseVideosWatched
from ...models.perlearner_orgs_users_courses_videos_retrieve_format import (
    PerlearnerOrgsUsersCoursesVideosRetrieveFormat,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PerLearnerCourseVideosWatched:
    """The typed value of a checked 2xx body."""
    response_200 = PerLearnerCourseVideosWatched.from_dict(data)

    return response_200


OPERATION: Operation[PerLearnerCourseVideosWatched] = Operation(
    operation_id="perlearner_orgs_users_courses_videos_retrieve",
    method="GET",
    path="/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PerLearnerCourseVideosWatched"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.course_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.format": {
            "$ref": "#/components/schemas/PerlearnerOrgsUsersCoursesVideosRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    course_id: str,
    department_id: int | Unset = UNSET,
    format_: PerlearnerOrgsUsersCoursesVideosRetrieveFormat | Unset = UNSET,
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
        url="/api/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/videos".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            course_id=quote(wire_text(course_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.course_id": wire_value(course_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

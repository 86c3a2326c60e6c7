"""`ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve`: GET /api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/
cutoffs"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve_format import (
    AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat,
)
from ...models.perlearner_grade_with_cut_off import PerlearnerGradeWithCutOff
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PerlearnerGradeWithCutOff:
    """The typed value of a checked 2xx body."""
    response_200 = PerlearnerGradeWithCutOff.from_dict(data)

    return response_200


OPERATION: Operation[PerlearnerGradeWithCutOff] = Operation(
    operation_id="ai_analytics_perlearner_orgs_users_courses_grading_cutoffs_retrieve",
    method="GET",
    path="/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/cutoffs",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PerlearnerGradeWithCutOff"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.course_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.department_id": {"type": "integer"},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.format": {
            "$ref": "#/components/schemas/AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat"
        },
        "query.include_main_platform": {"type": "boolean"},
        "query.start_date": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    course_id: str,
    department_id: int | Unset = UNSET,
    end_date: str | Unset = UNSET,
    format_: AiAnalyticsPerlearnerOrgsUsersCoursesGradingCutoffsRetrieveFormat | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

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
        url="/api/ai-analytics/perlearner/orgs/{org}/users/{user_id}/courses/{course_id}/grading/cutoffs".format(
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

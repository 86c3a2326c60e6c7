"""`ai_mentor_orgs_users_course_creation_course_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.edx_course import EdxCourse
from ...models.paginated_edx_course_list import PaginatedEdxCourseList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedEdxCourseList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedEdxCourseList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedEdxCourseList] = Operation(
    operation_id="ai_mentor_orgs_users_course_creation_course_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedEdxCourseList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.task": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> EdxCourse:
    """One item of a page."""
    results_item = EdxCourse.from_dict(data)

    return results_item


PAGE: PageShape[EdxCourse] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
    task: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params["task"] = task

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/course/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`catalog_enrollment_courses_search_retrieve`: GET /api/catalog/enrollment/courses/search/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_enrollment_search_response import CourseEnrollmentSearchResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CourseEnrollmentSearchResponse:
    """The typed value of a checked 2xx body."""
    response_200 = CourseEnrollmentSearchResponse.from_dict(data)

    return response_200


OPERATION: Operation[CourseEnrollmentSearchResponse] = Operation(
    operation_id="catalog_enrollment_courses_search_retrieve",
    method="GET",
    path="/api/catalog/enrollment/courses/search/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/CourseEnrollmentSearchResponse"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.course_name": {"type": "string", "minLength": 1},
        "query.email": {"type": "string", "minLength": 1},
        "query.include_default_platform": {"type": "boolean"},
        "query.org": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str | Unset = UNSET,
    course_name: str | Unset = UNSET,
    email: str | Unset = UNSET,
    include_default_platform: bool | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["course_name"] = course_name

    params["email"] = email

    params["include_default_platform"] = include_default_platform

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["slug"] = slug

    params["sort"] = sort

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/enrollment/courses/search/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`catalog_reviews_course_retrieve`: GET /api/catalog/reviews/course/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_review_paginated_response import CourseReviewPaginatedResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CourseReviewPaginatedResponse:
    """The typed value of a checked 2xx body."""
    response_200 = CourseReviewPaginatedResponse.from_dict(data)

    return response_200


OPERATION: Operation[CourseReviewPaginatedResponse] = Operation(
    operation_id="catalog_reviews_course_retrieve",
    method="GET",
    path="/api/catalog/reviews/course/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseReviewPaginatedResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.platform_org": {"type": "string", "minLength": 1},
        "query.sort": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    platform_org: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["platform_org"] = platform_org

    params["sort"] = sort

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/reviews/course/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

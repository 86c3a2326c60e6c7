"""`catalog_reviews_course_info_retrieve`: GET /api/catalog/reviews/course/info/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_review_info_response import CourseReviewInfoResponse
from ...types import UNSET


def _parse(status: int, data: Any) -> CourseReviewInfoResponse:
    """The typed value of a checked 2xx body."""
    response_200 = CourseReviewInfoResponse.from_dict(data)

    return response_200


OPERATION: Operation[CourseReviewInfoResponse] = Operation(
    operation_id="catalog_reviews_course_info_retrieve",
    method="GET",
    path="/api/catalog/reviews/course/info/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseReviewInfoResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={"query.course_id": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    course_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/reviews/course/info/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

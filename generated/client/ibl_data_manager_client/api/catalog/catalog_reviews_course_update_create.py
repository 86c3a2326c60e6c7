"""`catalog_reviews_course_update_create`: POST /api/catalog/reviews/course/update/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_review_request import CourseReviewRequest
from ...models.course_review_response import CourseReviewResponse


def _parse(status: int, data: Any) -> CourseReviewResponse:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = CourseReviewResponse.from_dict(data)

        return response_200

    response_201 = CourseReviewResponse.from_dict(data)

    return response_201


OPERATION: Operation[CourseReviewResponse] = Operation(
    operation_id="catalog_reviews_course_update_create",
    method="POST",
    path="/api/catalog/reviews/course/update/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/CourseReviewResponse"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/CourseReviewResponse"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/CourseReviewRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: CourseReviewRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/reviews/course/update/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

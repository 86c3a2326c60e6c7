"""`catalog_recommendation_courses_retrieve`: GET /api/catalog/recommendation/courses/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course import Course
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Course:
    """The typed value of a checked 2xx body."""
    response_200 = Course.from_dict(data)

    return response_200


OPERATION: Operation[Course] = Operation(
    operation_id="catalog_recommendation_courses_retrieve",
    method="GET",
    path="/api/catalog/recommendation/courses/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Course"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str,
    org: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/recommendation/courses/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`catalog_courses_destroy`: DELETE /api/catalog/courses/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_delete_response import CourseDeleteResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CourseDeleteResponse:
    """The typed value of a checked 2xx body."""
    response_200 = CourseDeleteResponse.from_dict(data)

    return response_200


OPERATION: Operation[CourseDeleteResponse] = Operation(
    operation_id="catalog_courses_destroy",
    method="DELETE",
    path="/api/catalog/courses/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseDeleteResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["slug"] = slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/catalog/courses/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

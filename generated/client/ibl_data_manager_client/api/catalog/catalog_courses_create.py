"""`catalog_courses_create`: POST /api/catalog/courses/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course import Course
from ...models.course_create_update import CourseCreateUpdate
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Course:
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = Course.from_dict(data)

        return response_200

    response_201 = Course.from_dict(data)

    return response_201


OPERATION: Operation[Course] = Operation(
    operation_id="catalog_courses_create",
    method="POST",
    path="/api/catalog/courses/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/Course"}, "json"),
        (201, 201, {"$ref": "#/components/schemas/Course"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/CourseCreateUpdate"},
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
        "query.slug": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str | Unset = UNSET,
    org: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    body: CourseCreateUpdate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["org"] = org

    params["slug"] = slug

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/courses/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

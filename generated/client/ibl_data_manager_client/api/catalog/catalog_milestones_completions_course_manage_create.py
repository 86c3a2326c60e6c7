"""`catalog_milestones_completions_course_manage_create`: POST /api/catalog/milestones/completions/course/manage/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_milestones_completions_course_manage_create_response_200 import (
    CatalogMilestonesCompletionsCourseManageCreateResponse200,
)
from ...models.catalog_milestones_completions_course_manage_create_response_201 import (
    CatalogMilestonesCompletionsCourseManageCreateResponse201,
)
from ...models.course_completion import CourseCompletion
from ...types import UNSET


def _parse(
    status: int, data: Any
) -> (
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
):
    """The typed value of a checked 2xx body."""
    if 200 <= status <= 200:
        response_200 = CatalogMilestonesCompletionsCourseManageCreateResponse200.from_dict(data)

        return response_200

    response_201 = CatalogMilestonesCompletionsCourseManageCreateResponse201.from_dict(data)

    return response_201


OPERATION: Operation[
    CatalogMilestonesCompletionsCourseManageCreateResponse200
    | CatalogMilestonesCompletionsCourseManageCreateResponse201
] = Operation(
    operation_id="catalog_milestones_completions_course_manage_create",
    method="POST",
    path="/api/catalog/milestones/completions/course/manage/",
    parse=_parse,
    responses=(
        (200, 200, {"type": "object", "additionalProperties": {}}, "json"),
        (201, 201, {"type": "object", "additionalProperties": {}}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/CourseCompletion"},
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    course_id: str,
    user_id: int,
    body: CourseCompletion,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/milestones/completions/course/manage/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

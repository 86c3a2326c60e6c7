"""`catalog_milestones_completions_course_manage_retrieve`: GET /api/catalog/milestones/completions/course/manage/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_milestones_completions_course_manage_retrieve_response_200 import (
    CatalogMilestonesCompletionsCourseManageRetrieveResponse200,
)
from ...types import UNSET


def _parse(status: int, data: Any) -> CatalogMilestonesCompletionsCourseManageRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogMilestonesCompletionsCourseManageRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CatalogMilestonesCompletionsCourseManageRetrieveResponse200] = Operation(
    operation_id="catalog_milestones_completions_course_manage_retrieve",
    method="GET",
    path="/api/catalog/milestones/completions/course/manage/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    course_id: str,
    user_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/completions/course/manage/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

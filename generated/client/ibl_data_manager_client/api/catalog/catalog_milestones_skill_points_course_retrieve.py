"""`catalog_milestones_skill_points_course_retrieve`: GET /api/catalog/milestones/skill_points/course/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_milestones_skill_points_course_retrieve_response_200 import (
    CatalogMilestonesSkillPointsCourseRetrieveResponse200,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CatalogMilestonesSkillPointsCourseRetrieveResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogMilestonesSkillPointsCourseRetrieveResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CatalogMilestonesSkillPointsCourseRetrieveResponse200] = Operation(
    operation_id="catalog_milestones_skill_points_course_retrieve",
    method="GET",
    path="/api/catalog/milestones/skill_points/course/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.get_obj": {"type": "boolean"},
    },
)


def build_request(
    *,
    course_id: str,
    get_obj: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["get_obj"] = get_obj

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/milestones/skill_points/course/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

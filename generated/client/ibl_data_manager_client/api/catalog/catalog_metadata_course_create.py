"""`catalog_metadata_course_create`: POST /api/catalog/metadata/course/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.course_metadata_update_request import CourseMetadataUpdateRequest
from ...types import UNSET


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="catalog_metadata_course_create",
    method="POST",
    path="/api/catalog/metadata/course/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/CourseMetadataUpdateRequest"},
    parameter_schemas={"query.course_id": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    course_id: str,
    body: CourseMetadataUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/metadata/course/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`catalog_metadata_course_search_create`: POST /api/catalog/metadata/course-search/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_metadata_course_search_create_response_200 import (
    CatalogMetadataCourseSearchCreateResponse200,
)
from ...models.course_metadata_search_request import CourseMetadataSearchRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CatalogMetadataCourseSearchCreateResponse200:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogMetadataCourseSearchCreateResponse200.from_dict(data)

    return response_200


OPERATION: Operation[CatalogMetadataCourseSearchCreateResponse200] = Operation(
    operation_id="catalog_metadata_course_search_create",
    method="POST",
    path="/api/catalog/metadata/course-search/",
    parse=_parse,
    responses=((200, 200, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema={"$ref": "#/components/schemas/CourseMetadataSearchRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: CourseMetadataSearchRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/metadata/course-search/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

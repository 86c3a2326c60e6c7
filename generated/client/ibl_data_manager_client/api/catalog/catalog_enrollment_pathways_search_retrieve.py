"""`catalog_enrollment_pathways_search_retrieve`: GET /api/catalog/enrollment/pathways/search/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.pathway_enrollment_plus import PathwayEnrollmentPlus


def _parse(status: int, data: Any) -> PathwayEnrollmentPlus:
    """The typed value of a checked 2xx body."""
    response_200 = PathwayEnrollmentPlus.from_dict(data)

    return response_200


OPERATION: Operation[PathwayEnrollmentPlus] = Operation(
    operation_id="catalog_enrollment_pathways_search_retrieve",
    method="GET",
    path="/api/catalog/enrollment/pathways/search/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PathwayEnrollmentPlus"}, "json"),),
    body_schema=None,
    parameter_schemas={},
)


def build_request() -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/enrollment/pathways/search/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

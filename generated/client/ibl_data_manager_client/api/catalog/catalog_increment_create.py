"""`catalog_increment_create`: POST /api/catalog/increment/"""

from __future__ import annotations

from typing import Any, cast

from ..._operation import Operation, RequestSpec
from ...models.catalog_auto_increment_update_request import CatalogAutoIncrementUpdateRequest


def _parse(status: int, data: Any) -> int:
    """The typed value of a checked 2xx body."""
    return cast(int, data)


OPERATION: Operation[int] = Operation(
    operation_id="catalog_increment_create",
    method="POST",
    path="/api/catalog/increment/",
    parse=_parse,
    responses=((200, 200, {"type": "integer"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CatalogAutoIncrementUpdateRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: CatalogAutoIncrementUpdateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/increment/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

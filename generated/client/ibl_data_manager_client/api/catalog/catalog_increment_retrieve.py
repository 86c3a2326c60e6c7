"""`catalog_increment_retrieve`: GET /api/catalog/increment/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.catalog_auto_increment_response import CatalogAutoIncrementResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CatalogAutoIncrementResponse:
    """The typed value of a checked 2xx body."""
    response_200 = CatalogAutoIncrementResponse.from_dict(data)

    return response_200


OPERATION: Operation[CatalogAutoIncrementResponse] = Operation(
    operation_id="catalog_increment_retrieve",
    method="GET",
    path="/api/catalog/increment/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CatalogAutoIncrementResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.key": {"type": "string", "minLength": 1},
        "query.org": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    key: str | Unset = UNSET,
    org: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["key"] = key

    params["org"] = org

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/catalog/increment/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`billing_platforms_items_paywall_prices_create`: POST /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.item_price import ItemPrice
from ...models.item_price_create import ItemPriceCreate


def _parse(status: int, data: Any) -> ItemPrice:
    """The typed value of a checked 2xx body."""
    response_201 = ItemPrice.from_dict(data)

    return response_201


OPERATION: Operation[ItemPrice] = Operation(
    operation_id="billing_platforms_items_paywall_prices_create",
    method="POST",
    path="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/ItemPrice"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ItemPriceCreate"},
    parameter_schemas={
        "path.item_id": {"type": "string"},
        "path.item_type": {"type": "string"},
        "path.platform_key": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    item_type: str,
    item_id: str,
    body: ItemPriceCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            item_type=quote(wire_text(item_type), safe=""),
            item_id=quote(wire_text(item_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.item_type": wire_value(item_type),
            "path.item_id": wire_value(item_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

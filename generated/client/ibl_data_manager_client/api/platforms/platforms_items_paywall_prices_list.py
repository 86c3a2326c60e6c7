"""`platforms_items_paywall_prices_list`: GET /platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.item_price import ItemPrice


def _parse(status: int, data: Any) -> list[ItemPrice]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = ItemPrice.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[ItemPrice]] = Operation(
    operation_id="platforms_items_paywall_prices_list",
    method="GET",
    path="/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/",
    parse=_parse,
    responses=(
        (200, 200, {"type": "array", "items": {"$ref": "#/components/schemas/ItemPrice"}}, "json"),
    ),
    body_schema=None,
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
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            item_type=quote(wire_text(item_type), safe=""),
            item_id=quote(wire_text(item_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.item_type": wire_value(item_type),
            "path.item_id": wire_value(item_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

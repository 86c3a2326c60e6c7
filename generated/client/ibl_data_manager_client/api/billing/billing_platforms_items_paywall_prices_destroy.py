"""`billing_platforms_items_paywall_prices_destroy`: DELETE /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/
{price_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="billing_platforms_items_paywall_prices_destroy",
    method="DELETE",
    path="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.item_id": {"type": "string"},
        "path.item_type": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "path.price_id": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    item_type: str,
    item_id: str,
    price_id: UUID,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/paywall/prices/{price_id}/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            item_type=quote(wire_text(item_type), safe=""),
            item_id=quote(wire_text(item_id), safe=""),
            price_id=quote(wire_text(price_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.item_type": wire_value(item_type),
            "path.item_id": wire_value(item_id),
            "path.price_id": wire_value(price_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

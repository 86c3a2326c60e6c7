"""`billing_platforms_items_subscription_retrieve`: GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.item_subscription import ItemSubscription


def _parse(status: int, data: Any) -> ItemSubscription:
    """The typed value of a checked 2xx body."""
    response_200 = ItemSubscription.from_dict(data)

    return response_200


OPERATION: Operation[ItemSubscription] = Operation(
    operation_id="billing_platforms_items_subscription_retrieve",
    method="GET",
    path="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ItemSubscription"}, "json"),),
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
        url="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/subscription/".format(
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

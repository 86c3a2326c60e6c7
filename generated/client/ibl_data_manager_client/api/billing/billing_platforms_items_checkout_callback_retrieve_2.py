"""`billing_platforms_items_checkout_callback_retrieve_2`: GET /api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/
{checkout_session_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="billing_platforms_items_checkout_callback_retrieve_2",
    method="GET",
    path="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/{checkout_session_id}/",
    parse=_parse,
    responses=(),
    body_schema=None,
    parameter_schemas={
        "path.checkout_session_id": {"type": "string"},
        "path.item_id": {"type": "string"},
        "path.item_type": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "query.return_url": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    platform_key: str,
    item_type: str,
    item_id: str,
    checkout_session_id: str,
    return_url: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["return_url"] = return_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/billing/platforms/{platform_key}/items/{item_type}/{item_id}/checkout-callback/{checkout_session_id}/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            item_type=quote(wire_text(item_type), safe=""),
            item_id=quote(wire_text(item_id), safe=""),
            checkout_session_id=quote(wire_text(checkout_session_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.item_type": wire_value(item_type),
            "path.item_id": wire_value(item_id),
            "path.checkout_session_id": wire_value(checkout_session_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

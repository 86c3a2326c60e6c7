"""`service_platforms_stripe_credit_topup_callback_retrieve`: GET /api/service/platforms/{platform_key}/stripe/credit-topup-callback/{checkout_session
_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="service_platforms_stripe_credit_topup_callback_retrieve",
    method="GET",
    path="/api/service/platforms/{platform_key}/stripe/credit-topup-callback/{checkout_session_id}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.checkout_session_id": {"type": "string"},
        "path.platform_key": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    checkout_session_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/service/platforms/{platform_key}/stripe/credit-topup-callback/{checkout_session_id}/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            checkout_session_id=quote(wire_text(checkout_session_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.checkout_session_id": wire_value(checkout_session_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

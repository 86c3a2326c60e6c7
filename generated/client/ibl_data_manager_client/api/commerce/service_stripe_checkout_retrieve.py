"""`service_stripe_checkout_retrieve`: GET /api/service/stripe/checkout/{checkout_uuid}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="service_stripe_checkout_retrieve",
    method="GET",
    path="/api/service/stripe/checkout/{checkout_uuid}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={"path.checkout_uuid": {"type": "string"}},
)


def build_request(
    *,
    checkout_uuid: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/service/stripe/checkout/{checkout_uuid}/".format(
            checkout_uuid=quote(wire_text(checkout_uuid), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.checkout_uuid": wire_value(checkout_uuid),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

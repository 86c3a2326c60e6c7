"""`service_platforms_stripe_connect_status_retrieve`: GET /api/service/platforms/{platform_key}/stripe/connect/status/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.stripe_connect_status import StripeConnectStatus


def _parse(status: int, data: Any) -> StripeConnectStatus:
    """The typed value of a checked 2xx body."""
    response_200 = StripeConnectStatus.from_dict(data)

    return response_200


OPERATION: Operation[StripeConnectStatus] = Operation(
    operation_id="service_platforms_stripe_connect_status_retrieve",
    method="GET",
    path="/api/service/platforms/{platform_key}/stripe/connect/status/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StripeConnectStatus"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/service/platforms/{platform_key}/stripe/connect/status/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

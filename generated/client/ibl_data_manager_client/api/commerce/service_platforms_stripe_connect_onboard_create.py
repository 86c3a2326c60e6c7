"""`service_platforms_stripe_connect_onboard_create`: POST /api/service/platforms/{platform_key}/stripe/connect/onboard/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.stripe_connect_onboard import StripeConnectOnboard
from ...models.stripe_connect_onboard_response import StripeConnectOnboardResponse


def _parse(status: int, data: Any) -> StripeConnectOnboardResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StripeConnectOnboardResponse.from_dict(data)

    return response_200


OPERATION: Operation[StripeConnectOnboardResponse] = Operation(
    operation_id="service_platforms_stripe_connect_onboard_create",
    method="POST",
    path="/api/service/platforms/{platform_key}/stripe/connect/onboard/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StripeConnectOnboardResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/StripeConnectOnboard"},
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    body: StripeConnectOnboard,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/service/platforms/{platform_key}/stripe/connect/onboard/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

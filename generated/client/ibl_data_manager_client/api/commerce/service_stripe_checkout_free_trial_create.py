"""`service_stripe_checkout_free_trial_create`: POST /api/service/stripe/checkout/free-trial/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.stripe_checkout_session_response import StripeCheckoutSessionResponse


def _parse(status: int, data: Any) -> StripeCheckoutSessionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StripeCheckoutSessionResponse.from_dict(data)

    return response_200


OPERATION: Operation[StripeCheckoutSessionResponse] = Operation(
    operation_id="service_stripe_checkout_free_trial_create",
    method="POST",
    path="/api/service/stripe/checkout/free-trial/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StripeCheckoutSessionResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/StripeCheckoutSessionResponse"},
    parameter_schemas={},
)


def build_request(
    *,
    body: StripeCheckoutSessionResponse,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/service/stripe/checkout/free-trial/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

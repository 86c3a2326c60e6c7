"""`service_orgs_users_stripe_checkout_session_create`: POST /api/service/orgs/{org}/users/{user_id}/stripe/checkout-session/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.stripe_checkout_session_request import StripeCheckoutSessionRequest
from ...models.stripe_checkout_session_response import StripeCheckoutSessionResponse


def _parse(status: int, data: Any) -> StripeCheckoutSessionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StripeCheckoutSessionResponse.from_dict(data)

    return response_200


OPERATION: Operation[StripeCheckoutSessionResponse] = Operation(
    operation_id="service_orgs_users_stripe_checkout_session_create",
    method="POST",
    path="/api/service/orgs/{org}/users/{user_id}/stripe/checkout-session/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StripeCheckoutSessionResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/StripeCheckoutSessionRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: StripeCheckoutSessionRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/service/orgs/{org}/users/{user_id}/stripe/checkout-session/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

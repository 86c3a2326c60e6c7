"""`service_orgs_users_stripe_subscription_renewal_create`: POST /api/service/orgs/{org}/users/{user_id}/stripe/subscription-renewal/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.stripe_subscription_renewal_request import StripeSubscriptionRenewalRequest
from ...models.stripe_subscription_renewal_response import StripeSubscriptionRenewalResponse


def _parse(status: int, data: Any) -> StripeSubscriptionRenewalResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StripeSubscriptionRenewalResponse.from_dict(data)

    return response_200


OPERATION: Operation[StripeSubscriptionRenewalResponse] = Operation(
    operation_id="service_orgs_users_stripe_subscription_renewal_create",
    method="POST",
    path="/api/service/orgs/{org}/users/{user_id}/stripe/subscription-renewal/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/StripeSubscriptionRenewalResponse"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/StripeSubscriptionRenewalRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: StripeSubscriptionRenewalRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/service/orgs/{org}/users/{user_id}/stripe/subscription-renewal/".format(
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

"""`service_orgs_users_stripe_products_retrieve`: GET /api/service/orgs/{org}/users/{user_id}/stripe/products/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.stripe_local_product import StripeLocalProduct


def _parse(status: int, data: Any) -> StripeLocalProduct:
    """The typed value of a checked 2xx body."""
    response_200 = StripeLocalProduct.from_dict(data)

    return response_200


OPERATION: Operation[StripeLocalProduct] = Operation(
    operation_id="service_orgs_users_stripe_products_retrieve",
    method="GET",
    path="/api/service/orgs/{org}/users/{user_id}/stripe/products/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StripeLocalProduct"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/service/orgs/{org}/users/{user_id}/stripe/products/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

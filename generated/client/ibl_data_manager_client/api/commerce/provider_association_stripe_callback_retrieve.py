"""`provider_association_stripe_callback_retrieve`: GET /api/provider-association/stripe/callback/{launch_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.provider_association_stripe_callback_retrieve_response import (
    ProviderAssociationStripeCallbackRetrieveResponse,
)


def _parse(status: int, data: Any) -> ProviderAssociationStripeCallbackRetrieveResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ProviderAssociationStripeCallbackRetrieveResponse.from_dict(data)

    return response_200


OPERATION: Operation[ProviderAssociationStripeCallbackRetrieveResponse] = Operation(
    operation_id="provider_association_stripe_callback_retrieve",
    method="GET",
    path="/api/provider-association/stripe/callback/{launch_id}/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/ProviderAssociationStripeCallbackRetrieveResponse"},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={"path.launch_id": {"type": "string"}},
)


def build_request(
    *,
    launch_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/provider-association/stripe/callback/{launch_id}/".format(
            launch_id=quote(wire_text(launch_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.launch_id": wire_value(launch_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

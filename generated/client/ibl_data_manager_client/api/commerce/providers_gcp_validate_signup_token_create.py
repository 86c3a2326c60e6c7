"""`providers_gcp_validate_signup_token_create`: POST /api/providers/gcp/validate-signup-token/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.verify_gcp_market_place_request import VerifyGCPMarketPlaceRequest
from ...models.verify_gcp_market_place_response import VerifyGCPMarketPlaceResponse


def _parse(status: int, data: Any) -> VerifyGCPMarketPlaceResponse:
    """The typed value of a checked 2xx body."""
    response_200 = VerifyGCPMarketPlaceResponse.from_dict(data)

    return response_200


OPERATION: Operation[VerifyGCPMarketPlaceResponse] = Operation(
    operation_id="providers_gcp_validate_signup_token_create",
    method="POST",
    path="/api/providers/gcp/validate-signup-token/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/VerifyGCPMarketPlaceResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/VerifyGCPMarketPlaceRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: VerifyGCPMarketPlaceRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/providers/gcp/validate-signup-token/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

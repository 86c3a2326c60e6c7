"""`providers_google_pay_validate_transaction_id_create`: POST /api/providers/google-pay/validate-transaction-id/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.base_response import BaseResponse
from ...models.google_pay_verify_token import GooglePayVerifyToken


def _parse(status: int, data: Any) -> BaseResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BaseResponse.from_dict(data)

    return response_200


OPERATION: Operation[BaseResponse] = Operation(
    operation_id="providers_google_pay_validate_transaction_id_create",
    method="POST",
    path="/api/providers/google-pay/validate-transaction-id/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BaseResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/GooglePayVerifyToken"},
    parameter_schemas={},
)


def build_request(
    *,
    body: GooglePayVerifyToken,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/providers/google-pay/validate-transaction-id/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`providers_google_pay_get_account_retrieve`: GET /api/providers/google-pay/get-account/{bundle_id}"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.google_pay_account_response import GooglePayAccountResponse


def _parse(status: int, data: Any) -> GooglePayAccountResponse:
    """The typed value of a checked 2xx body."""
    response_200 = GooglePayAccountResponse.from_dict(data)

    return response_200


OPERATION: Operation[GooglePayAccountResponse] = Operation(
    operation_id="providers_google_pay_get_account_retrieve",
    method="GET",
    path="/api/providers/google-pay/get-account/{bundle_id}",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/GooglePayAccountResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.bundle_id": {"type": "string"}},
)


def build_request(
    *,
    bundle_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/providers/google-pay/get-account/{bundle_id}".format(
            bundle_id=quote(wire_text(bundle_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.bundle_id": wire_value(bundle_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_index_webhook_scan_create`: POST /api/ai-index/webhook/scan/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.scan_webhook_request import ScanWebhookRequest
from ...models.scan_webhook_response import ScanWebhookResponse


def _parse(status: int, data: Any) -> ScanWebhookResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ScanWebhookResponse.from_dict(data)

    return response_200


OPERATION: Operation[ScanWebhookResponse] = Operation(
    operation_id="ai_index_webhook_scan_create",
    method="POST",
    path="/api/ai-index/webhook/scan/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ScanWebhookResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ScanWebhookRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ScanWebhookRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-index/webhook/scan/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

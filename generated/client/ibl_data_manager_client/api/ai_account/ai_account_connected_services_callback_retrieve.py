"""`ai_account_connected_services_callback_retrieve`: GET /api/ai-account/connected-services/callback/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.connected_service import ConnectedService


def _parse(status: int, data: Any) -> ConnectedService:
    """The typed value of a checked 2xx body."""
    response_200 = ConnectedService.from_dict(data)

    return response_200


OPERATION: Operation[ConnectedService] = Operation(
    operation_id="ai_account_connected_services_callback_retrieve",
    method="GET",
    path="/api/ai-account/connected-services/callback/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ConnectedService"}, "json"),),
    body_schema=None,
    parameter_schemas={},
)


def build_request() -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/connected-services/callback/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_signals_edx_create`: POST /api/core/signals/edx/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.edx_signal_receiver_request import EdxSignalReceiverRequest


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_signals_edx_create",
    method="POST",
    path="/api/core/signals/edx/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/EdxSignalReceiverRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: EdxSignalReceiverRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/signals/edx/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

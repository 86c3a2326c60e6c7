"""`billing_auto_recharge_trigger_create`: POST /api/billing/auto-recharge/trigger/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.auto_recharge_trigger_request import AutoRechargeTriggerRequest
from ...models.auto_recharge_trigger_response import AutoRechargeTriggerResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> AutoRechargeTriggerResponse:
    """The typed value of a checked 2xx body."""
    response_200 = AutoRechargeTriggerResponse.from_dict(data)

    return response_200


OPERATION: Operation[AutoRechargeTriggerResponse] = Operation(
    operation_id="billing_auto_recharge_trigger_create",
    method="POST",
    path="/api/billing/auto-recharge/trigger/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/AutoRechargeTriggerResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AutoRechargeTriggerRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: AutoRechargeTriggerRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/billing/auto-recharge/trigger/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

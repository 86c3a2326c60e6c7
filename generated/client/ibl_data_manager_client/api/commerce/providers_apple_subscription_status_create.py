"""`providers_apple_subscription_status_create`: POST /api/providers/apple/subscription-status/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.apple_subscription_status_request import AppleSubscriptionStatusRequest
from ...models.apple_subscription_status_view import AppleSubscriptionStatusView
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> AppleSubscriptionStatusView:
    """The typed value of a checked 2xx body."""
    response_200 = AppleSubscriptionStatusView.from_dict(data)

    return response_200


OPERATION: Operation[AppleSubscriptionStatusView] = Operation(
    operation_id="providers_apple_subscription_status_create",
    method="POST",
    path="/api/providers/apple/subscription-status/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/AppleSubscriptionStatusView"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AppleSubscriptionStatusRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: AppleSubscriptionStatusRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/providers/apple/subscription-status/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`notification_v1_campaigns_unsubscribe_retrieve`: GET /api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification_v1_campaigns_unsubscribe_retrieve_response import (
    NotificationV1CampaignsUnsubscribeRetrieveResponse,
)


def _parse(status: int, data: Any) -> NotificationV1CampaignsUnsubscribeRetrieveResponse:
    """The typed value of a checked 2xx body."""
    response_200 = NotificationV1CampaignsUnsubscribeRetrieveResponse.from_dict(data)

    return response_200


OPERATION: Operation[NotificationV1CampaignsUnsubscribeRetrieveResponse] = Operation(
    operation_id="notification_v1_campaigns_unsubscribe_retrieve",
    method="GET",
    path="/api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/NotificationV1CampaignsUnsubscribeRetrieveResponse"},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={"path.unsubscribe_hash": {"type": "string"}},
)


def build_request(
    *,
    unsubscribe_hash: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/notification/v1/campaigns/unsubscribe/{unsubscribe_hash}/".format(
            unsubscribe_hash=quote(wire_text(unsubscribe_hash), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.unsubscribe_hash": wire_value(unsubscribe_hash),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

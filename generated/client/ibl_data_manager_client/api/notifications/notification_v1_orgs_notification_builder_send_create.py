"""`notification_v1_orgs_notification_builder_send_create`: POST /api/notification/v1/orgs/{platform_key}/notification-builder/send/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.send_notification import SendNotification
from ...models.send_response import SendResponse


def _parse(status: int, data: Any) -> SendResponse:
    """The typed value of a checked 2xx body."""
    response_200 = SendResponse.from_dict(data)

    return response_200


OPERATION: Operation[SendResponse] = Operation(
    operation_id="notification_v1_orgs_notification_builder_send_create",
    method="POST",
    path="/api/notification/v1/orgs/{platform_key}/notification-builder/send/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SendResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/SendNotification"},
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    body: SendNotification,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/notification/v1/orgs/{platform_key}/notification-builder/send/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`notification_v1_platforms_templates_toggle_partial_update`: PATCH
/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification_toggle import NotificationToggle
from ...models.patched_notification_toggle import PatchedNotificationToggle
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> NotificationToggle:
    """The typed value of a checked 2xx body."""
    response_200 = NotificationToggle.from_dict(data)

    return response_200


OPERATION: Operation[NotificationToggle] = Operation(
    operation_id="notification_v1_platforms_templates_toggle_partial_update",
    method="PATCH",
    path="/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/NotificationToggle"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedNotificationToggle"},
    parameter_schemas={
        "path.notification_type": {"type": "string"},
        "path.platform_key": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    notification_type: str,
    body: PatchedNotificationToggle | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/toggle/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            notification_type=quote(wire_text(notification_type), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.notification_type": wire_value(notification_type),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`notification_v1_orgs_users_notifications_bulk_update_partial_update`: PATCH /api/notification/v1/orgs/{org}/users/{user_id}/notifications/bulk-update/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification import Notification
from ...models.patched_notification import PatchedNotification
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Notification:
    """The typed value of a checked 2xx body."""
    response_200 = Notification.from_dict(data)

    return response_200


OPERATION: Operation[Notification] = Operation(
    operation_id="notification_v1_orgs_users_notifications_bulk_update_partial_update",
    method="PATCH",
    path="/api/notification/v1/orgs/{org}/users/{user_id}/notifications/bulk-update/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Notification"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedNotification"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: PatchedNotification | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/notification/v1/orgs/{org}/users/{user_id}/notifications/bulk-update/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`notification_v1_orgs_users_notifications_count_retrieve`: GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification_count import NotificationCount
from ...models.notification_v1_orgs_users_notifications_count_retrieve_status import (
    NotificationV1OrgsUsersNotificationsCountRetrieveStatus,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> NotificationCount:
    """The typed value of a checked 2xx body."""
    response_200 = NotificationCount.from_dict(data)

    return response_200


OPERATION: Operation[NotificationCount] = Operation(
    operation_id="notification_v1_orgs_users_notifications_count_retrieve",
    method="GET",
    path="/api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/NotificationCount"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.channel": {"type": "string", "minLength": 1},
        "query.status": {
            "$ref": "#/components/schemas/NotificationV1OrgsUsersNotificationsCountRetrieveStatus"
        },
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    channel: str | Unset = UNSET,
    status: NotificationV1OrgsUsersNotificationsCountRetrieveStatus | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["channel"] = channel

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/notification/v1/orgs/{org}/users/{user_id}/notifications-count/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

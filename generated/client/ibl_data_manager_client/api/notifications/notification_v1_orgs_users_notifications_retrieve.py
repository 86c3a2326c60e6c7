"""`notification_v1_orgs_users_notifications_retrieve`: GET /api/notification/v1/orgs/{org}/users/{user_id}/notifications/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification import Notification
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Notification:
    """The typed value of a checked 2xx body."""
    response_200 = Notification.from_dict(data)

    return response_200


OPERATION: Operation[Notification] = Operation(
    operation_id="notification_v1_orgs_users_notifications_retrieve",
    method="GET",
    path="/api/notification/v1/orgs/{org}/users/{user_id}/notifications/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Notification"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.channel": {"type": "string", "minLength": 1},
        "query.end_date": {"type": "string", "minLength": 1},
        "query.exclude_channel": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string", "minLength": 1},
        "query.status": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    channel: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    exclude_channel: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["channel"] = channel

    params["end_date"] = end_date

    params["exclude_channel"] = exclude_channel

    params["start_date"] = start_date

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/notification/v1/orgs/{org}/users/{user_id}/notifications/".format(
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

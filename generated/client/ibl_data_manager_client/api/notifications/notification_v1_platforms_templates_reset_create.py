"""`notification_v1_platforms_templates_reset_create`: POST /api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification_v1_platforms_templates_reset_create_response import (
    NotificationV1PlatformsTemplatesResetCreateResponse,
)


def _parse(status: int, data: Any) -> NotificationV1PlatformsTemplatesResetCreateResponse:
    """The typed value of a checked 2xx body."""
    response_200 = NotificationV1PlatformsTemplatesResetCreateResponse.from_dict(data)

    return response_200


OPERATION: Operation[NotificationV1PlatformsTemplatesResetCreateResponse] = Operation(
    operation_id="notification_v1_platforms_templates_reset_create",
    method="POST",
    path="/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/NotificationV1PlatformsTemplatesResetCreateResponse"},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.notification_type": {"type": "string"},
        "path.platform_key": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    notification_type: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/notification/v1/platforms/{platform_key}/templates/{notification_type}/reset/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            notification_type=quote(wire_text(notification_type), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.notification_type": wire_value(notification_type),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

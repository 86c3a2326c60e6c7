"""`notification_v1_platforms_templates_list`: GET /api/notification/v1/platforms/{platform_key}/templates/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.notification_template_list import NotificationTemplateList


def _parse(status: int, data: Any) -> list[NotificationTemplateList]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = NotificationTemplateList.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[NotificationTemplateList]] = Operation(
    operation_id="notification_v1_platforms_templates_list",
    method="GET",
    path="/api/notification/v1/platforms/{platform_key}/templates/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/NotificationTemplateList"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/notification/v1/platforms/{platform_key}/templates/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`notification_v1_orgs_notification_builder_context_retrieve`: GET /api/notification/v1/orgs/{platform_key}/notification-builder/context/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.context_response import ContextResponse


def _parse(status: int, data: Any) -> ContextResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ContextResponse.from_dict(data)

    return response_200


OPERATION: Operation[ContextResponse] = Operation(
    operation_id="notification_v1_orgs_notification_builder_context_retrieve",
    method="GET",
    path="/api/notification/v1/orgs/{platform_key}/notification-builder/context/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ContextResponse"}, "json"),),
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
        url="/api/notification/v1/orgs/{platform_key}/notification-builder/context/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`notification_v1_orgs_notification_builder_recipients_list`: GET /api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.recipient import Recipient
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[Recipient]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Recipient.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[Recipient]] = Operation(
    operation_id="notification_v1_orgs_notification_builder_recipients_list",
    method="GET",
    path="/api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/",
    parse=_parse,
    responses=(
        (200, 200, {"type": "array", "items": {"$ref": "#/components/schemas/Recipient"}}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.search": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    id: str,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/notification/v1/orgs/{platform_key}/notification-builder/{id}/recipients/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

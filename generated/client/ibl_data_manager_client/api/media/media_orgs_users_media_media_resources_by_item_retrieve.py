"""`media_orgs_users_media_media_resources_by_item_retrieve`: GET /api/media/orgs/{org}/users/{user_id}/media/media-resources/by_item/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="media_orgs_users_media_media_resources_by_item_retrieve",
    method="GET",
    path="/api/media/orgs/{org}/users/{user_id}/media/media-resources/by_item/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "query.item_id": {"type": "string"},
        "query.item_type": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.course_id": {"type": "string"},
        "query.search": {"type": "string"},
        "query.unit_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    item_id: str,
    item_type: str,
    course_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["item_id"] = item_id

    params["item_type"] = item_type

    params["course_id"] = course_id

    params["search"] = search

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/media/orgs/{org}/users/{user_id}/media/media-resources/by_item/".format(
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

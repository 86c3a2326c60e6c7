"""`media_orgs_users_media_media_resources_partial_update`: PATCH /api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_media_resource import PatchedMediaResource
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="media_orgs_users_media_media_resources_partial_update",
    method="PATCH",
    path="/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema={"$ref": "#/components/schemas/PatchedMediaResource"},
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.course_id": {"type": "string"},
        "query.item_id": {"type": "string"},
        "query.search": {"type": "string"},
        "query.unit_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
    course_id: str | Unset = UNSET,
    item_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    unit_id: str | Unset = UNSET,
    body: PatchedMediaResource | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    params["item_id"] = item_id

    params["search"] = search

    params["unit_id"] = unit_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/media/orgs/{org}/users/{user_id}/media/media-resources/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

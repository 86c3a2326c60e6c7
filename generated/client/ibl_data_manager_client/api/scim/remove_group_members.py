"""`remove_group_members`: POST /api/orgs/{platform_key}/scim/v2/Groups/{id}/remove_members"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.scim_group import SCIMGroup
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SCIMGroup:
    """The typed value of a checked 2xx body."""
    response_200 = SCIMGroup.from_dict(data)

    return response_200


OPERATION: Operation[SCIMGroup] = Operation(
    operation_id="remove_group_members",
    method="POST",
    path="/api/orgs/{platform_key}/scim/v2/Groups/{id}/remove_members",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SCIMGroup"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "query.format": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    id: str,
    format_: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/orgs/{platform_key}/scim/v2/Groups/{id}/remove_members".format(
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

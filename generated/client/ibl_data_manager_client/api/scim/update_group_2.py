"""`update_group_2`: PUT /api/orgs/{platform_key}/scim/v2/Groups/{id}/"""

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
    operation_id="update_group_2",
    method="PUT",
    path="/api/orgs/{platform_key}/scim/v2/Groups/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SCIMGroup"}, "json"),),
    body_schema={"$ref": "#/components/schemas/SCIMGroup"},
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
    body: SCIMGroup,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/orgs/{platform_key}/scim/v2/Groups/{id}/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`partial_update_user_2`: PATCH /api/orgs/{platform_key}/scim/v2/Users/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_scim_user_response import PatchedSCIMUserResponse
from ...models.scim_user_response import SCIMUserResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SCIMUserResponse:
    """The typed value of a checked 2xx body."""
    response_200 = SCIMUserResponse.from_dict(data)

    return response_200


OPERATION: Operation[SCIMUserResponse] = Operation(
    operation_id="partial_update_user_2",
    method="PATCH",
    path="/api/orgs/{platform_key}/scim/v2/Users/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SCIMUserResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedSCIMUserResponse"},
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
    body: PatchedSCIMUserResponse | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/orgs/{platform_key}/scim/v2/Users/{id}/".format(
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

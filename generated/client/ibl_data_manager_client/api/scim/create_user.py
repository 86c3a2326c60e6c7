"""`create_user`: POST /api/orgs/{platform_key}/scim/v2/Users"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.scim_user_create_request import SCIMUserCreateRequest
from ...models.scim_user_response import SCIMUserResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SCIMUserResponse:
    """The typed value of a checked 2xx body."""
    response_201 = SCIMUserResponse.from_dict(data)

    return response_201


OPERATION: Operation[SCIMUserResponse] = Operation(
    operation_id="create_user",
    method="POST",
    path="/api/orgs/{platform_key}/scim/v2/Users",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/SCIMUserResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/SCIMUserCreateRequest"},
    parameter_schemas={"path.platform_key": {"type": "string"}, "query.format": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    format_: str | Unset = UNSET,
    body: SCIMUserCreateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/orgs/{platform_key}/scim/v2/Users".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

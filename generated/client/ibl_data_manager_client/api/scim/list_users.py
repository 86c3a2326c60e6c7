"""`list_users`: GET /api/orgs/{platform_key}/scim/v2/Users"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.scim_user_list_response import SCIMUserListResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[SCIMUserListResponse]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SCIMUserListResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[SCIMUserListResponse]] = Operation(
    operation_id="list_users",
    method="GET",
    path="/api/orgs/{platform_key}/scim/v2/Users",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/SCIMUserListResponse"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={"path.platform_key": {"type": "string"}, "query.format": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    format_: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/orgs/{platform_key}/scim/v2/Users".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

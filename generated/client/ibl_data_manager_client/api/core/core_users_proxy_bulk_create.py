"""`core_users_proxy_bulk_create`: POST /api/core/users/proxy/bulk/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.core_users_proxy_bulk_create_response_200_item import (
    CoreUsersProxyBulkCreateResponse200Item,
)
from ...models.user_proxy_bulk_request import UserProxyBulkRequest


def _parse(status: int, data: Any) -> list[CoreUsersProxyBulkCreateResponse200Item]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = CoreUsersProxyBulkCreateResponse200Item.from_dict(
            response_200_item_data
        )

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[CoreUsersProxyBulkCreateResponse200Item]] = Operation(
    operation_id="core_users_proxy_bulk_create",
    method="POST",
    path="/api/core/users/proxy/bulk/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {
                "type": "array",
                "items": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "json",
        ),
    ),
    body_schema={"$ref": "#/components/schemas/UserProxyBulkRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserProxyBulkRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/users/proxy/bulk/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_users_delete_create`: POST /api/core/users/delete/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_delete_api_request import UserDeleteAPIRequest
from ...models.user_delete_api_response import UserDeleteAPIResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserDeleteAPIResponse:
    """The typed value of a checked 2xx body."""
    response_202 = UserDeleteAPIResponse.from_dict(data)

    return response_202


OPERATION: Operation[UserDeleteAPIResponse] = Operation(
    operation_id="core_users_delete_create",
    method="POST",
    path="/api/core/users/delete/",
    parse=_parse,
    responses=((202, 202, {"$ref": "#/components/schemas/UserDeleteAPIResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserDeleteAPIRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: UserDeleteAPIRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/users/delete/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

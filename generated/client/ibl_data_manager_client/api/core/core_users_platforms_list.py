"""`core_users_platforms_list`: GET /api/core/users/platforms/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.user_platform_link import UserPlatformLink
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[UserPlatformLink]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = UserPlatformLink.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[UserPlatformLink]] = Operation(
    operation_id="core_users_platforms_list",
    method="GET",
    path="/api/core/users/platforms/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/UserPlatformLink"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "query.email": {"type": "string", "minLength": 1},
        "query.user_id": {"type": "integer"},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    email: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["email"] = email

    params["user_id"] = user_id

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/users/platforms/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

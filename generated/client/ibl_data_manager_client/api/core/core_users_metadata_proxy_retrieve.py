"""`core_users_metadata_proxy_retrieve`: GET /api/core/users/metadata/proxy/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="core_users_metadata_proxy_retrieve",
    method="GET",
    path="/api/core/users/metadata/proxy/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
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
        url="/api/core/users/metadata/proxy/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

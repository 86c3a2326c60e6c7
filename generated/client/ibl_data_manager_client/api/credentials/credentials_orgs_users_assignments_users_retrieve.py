"""`credentials_orgs_users_assignments_users_retrieve`: GET /api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="credentials_orgs_users_assignments_users_retrieve",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/assignments/users/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

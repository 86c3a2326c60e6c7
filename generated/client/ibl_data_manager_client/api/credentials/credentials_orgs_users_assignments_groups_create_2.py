"""`credentials_orgs_users_assignments_groups_create_2`: POST /api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="credentials_orgs_users_assignments_groups_create_2",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{username}/assignments/groups/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

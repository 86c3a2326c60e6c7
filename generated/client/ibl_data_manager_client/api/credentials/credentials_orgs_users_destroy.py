"""`credentials_orgs_users_destroy`: DELETE /api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="credentials_orgs_users_destroy",
    method="DELETE",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}",
    parse=_parse,
    responses=((204, 204, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.entity_id": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
    entity_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/{entity_id}".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            entity_id=quote(wire_text(entity_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            "path.entity_id": wire_value(entity_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`credentials_orgs_users_assertions_retrieve_5`: GET /api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.assertion import Assertion


def _parse(status: int, data: Any) -> Assertion:
    """The typed value of a checked 2xx body."""
    response_200 = Assertion.from_dict(data)

    return response_200


OPERATION: Operation[Assertion] = Operation(
    operation_id="credentials_orgs_users_assertions_retrieve_5",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Assertion"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.entity_id": {"type": "string"},
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
    entity_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/credentials/orgs/{platform_key}/users/{username}/assertions/{entity_id}".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
            entity_id=quote(wire_text(entity_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            "path.entity_id": wire_value(entity_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`credentials_orgs_users_assertions_update`: PUT /api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.assertion import Assertion
from ...models.assertion_request import AssertionRequest


def _parse(status: int, data: Any) -> Assertion:
    """The typed value of a checked 2xx body."""
    response_200 = Assertion.from_dict(data)

    return response_200


OPERATION: Operation[Assertion] = Operation(
    operation_id="credentials_orgs_users_assertions_update",
    method="PUT",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Assertion"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AssertionRequest"},
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
    body: AssertionRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/assertions/{entity_id}".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            entity_id=quote(wire_text(entity_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            "path.entity_id": wire_value(entity_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

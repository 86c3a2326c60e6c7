"""`credentials_orgs_users_issuers_update_2`: PUT /api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.issuer import Issuer
from ...models.issuer_request import IssuerRequest


def _parse(status: int, data: Any) -> Issuer:
    """The typed value of a checked 2xx body."""
    response_200 = Issuer.from_dict(data)

    return response_200


OPERATION: Operation[Issuer] = Operation(
    operation_id="credentials_orgs_users_issuers_update_2",
    method="PUT",
    path="/api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Issuer"}, "json"),),
    body_schema={"$ref": "#/components/schemas/IssuerRequest"},
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
    body: IssuerRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/credentials/orgs/{platform_key}/users/{username}/issuers/{entity_id}".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
            entity_id=quote(wire_text(entity_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            "path.entity_id": wire_value(entity_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`credentials_orgs_users_create`: POST /api/credentials/orgs/{platform_key}/users/{user_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.credential import Credential


def _parse(status: int, data: Any) -> Credential:
    """The typed value of a checked 2xx body."""
    response_200 = Credential.from_dict(data)

    return response_200


OPERATION: Operation[Credential] = Operation(
    operation_id="credentials_orgs_users_create",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Credential"}, "json"),),
    body_schema={"$ref": "#/components/schemas/Credential"},
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
    body: Credential,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

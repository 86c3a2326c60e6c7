"""`credentials_orgs_users_provider_config_create_2`: POST /api/credentials/orgs/{platform_key}/users/{username}/provider-config/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.credential_provider_config import CredentialProviderConfig
from ...models.credential_provider_config_request import CredentialProviderConfigRequest


def _parse(status: int, data: Any) -> CredentialProviderConfig:
    """The typed value of a checked 2xx body."""
    response_200 = CredentialProviderConfig.from_dict(data)

    return response_200


OPERATION: Operation[CredentialProviderConfig] = Operation(
    operation_id="credentials_orgs_users_provider_config_create_2",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{username}/provider-config/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CredentialProviderConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CredentialProviderConfigRequest"},
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
    body: CredentialProviderConfigRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{username}/provider-config/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
            username=quote(wire_text(username), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            "path.username": wire_value(username),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

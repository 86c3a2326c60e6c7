"""`credentials_orgs_users_external_mapping_create_2`: POST /api/credentials/orgs/{platform_key}/users/{username}/external-mapping/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.external_credential_mapping import ExternalCredentialMapping
from ...models.external_credential_mapping_request import ExternalCredentialMappingRequest


def _parse(status: int, data: Any) -> ExternalCredentialMapping:
    """The typed value of a checked 2xx body."""
    response_200 = ExternalCredentialMapping.from_dict(data)

    return response_200


OPERATION: Operation[ExternalCredentialMapping] = Operation(
    operation_id="credentials_orgs_users_external_mapping_create_2",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{username}/external-mapping/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ExternalCredentialMapping"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ExternalCredentialMappingRequest"},
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
    body: ExternalCredentialMappingRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{username}/external-mapping/".format(
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

"""`credentials_orgs_users_issuers_authority_create`: POST /api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.issuer_authority import IssuerAuthority


def _parse(status: int, data: Any) -> IssuerAuthority:
    """The typed value of a checked 2xx body."""
    response_200 = IssuerAuthority.from_dict(data)

    return response_200


OPERATION: Operation[IssuerAuthority] = Operation(
    operation_id="credentials_orgs_users_issuers_authority_create",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/IssuerAuthority"}, "json"),),
    body_schema={"$ref": "#/components/schemas/IssuerAuthority"},
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "path.user_id": {"type": "integer"},
    },
)


def build_request(
    *,
    platform_key: str,
    user_id: int,
    body: IssuerAuthority,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{user_id}/issuers/authority/".format(
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

"""`credentials_orgs_users_issuers_create_2`: POST /api/credentials/orgs/{platform_key}/users/{username}/issuers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.issuer import Issuer
from ...models.issuer_request import IssuerRequest
from ...types import UNSET


def _parse(status: int, data: Any) -> Issuer:
    """The typed value of a checked 2xx body."""
    response_200 = Issuer.from_dict(data)

    return response_200


OPERATION: Operation[Issuer] = Operation(
    operation_id="credentials_orgs_users_issuers_create_2",
    method="POST",
    path="/api/credentials/orgs/{platform_key}/users/{username}/issuers/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Issuer"}, "json"),),
    body_schema={"$ref": "#/components/schemas/IssuerRequest"},
    parameter_schemas={
        "path.platform_key": {"type": "string"},
        "query.q": {"type": "string", "minLength": 1},
        "path.username": {"type": "string"},
    },
)


def build_request(
    *,
    platform_key: str,
    username: str,
    q: str,
    body: IssuerRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/credentials/orgs/{platform_key}/users/{username}/issuers/".format(
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

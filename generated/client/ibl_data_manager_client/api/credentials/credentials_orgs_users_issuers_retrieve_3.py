"""`credentials_orgs_users_issuers_retrieve_3`: GET /api/credentials/orgs/{platform_key}/users/{username}/issuers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.issuer import Issuer
from ...types import UNSET


def _parse(status: int, data: Any) -> Issuer:
    """The typed value of a checked 2xx body."""
    response_200 = Issuer.from_dict(data)

    return response_200


OPERATION: Operation[Issuer] = Operation(
    operation_id="credentials_orgs_users_issuers_retrieve_3",
    method="GET",
    path="/api/credentials/orgs/{platform_key}/users/{username}/issuers/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Issuer"}, "json"),),
    body_schema=None,
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
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/credentials/orgs/{platform_key}/users/{username}/issuers/".format(
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

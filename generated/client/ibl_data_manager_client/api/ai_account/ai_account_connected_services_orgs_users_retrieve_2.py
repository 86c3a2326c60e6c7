"""`ai_account_connected_services_orgs_users_retrieve_2`: GET /api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.o_auth_start_response import OAuthStartResponse


def _parse(status: int, data: Any) -> OAuthStartResponse:
    """The typed value of a checked 2xx body."""
    response_200 = OAuthStartResponse.from_dict(data)

    return response_200


OPERATION: Operation[OAuthStartResponse] = Operation(
    operation_id="ai_account_connected_services_orgs_users_retrieve_2",
    method="GET",
    path="/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/OAuthStartResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.provider": {"type": "string"},
        "path.service": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    provider: str,
    service: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/connected-services/orgs/{org}/users/{user_id}/{provider}/{service}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            provider=quote(wire_text(provider), safe=""),
            service=quote(wire_text(service), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.provider": wire_value(provider),
            "path.service": wire_value(service),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

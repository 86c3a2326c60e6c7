"""`ai_account_orgs_oauth_services_scopes_list`: GET /api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.o_auth_service import OAuthService


def _parse(status: int, data: Any) -> list[OAuthService]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = OAuthService.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[OAuthService]] = Operation(
    operation_id="ai_account_orgs_oauth_services_scopes_list",
    method="GET",
    path="/api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/OAuthService"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.service_name": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    service_name: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/orgs/{org}/oauth-services/{service_name}/scopes/".format(
            org=quote(wire_text(org), safe=""),
            service_name=quote(wire_text(service_name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.service_name": wire_value(service_name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`core_orgs_redirect_tokens_retrieve`: GET /api/core/orgs/{org}/redirect-tokens/{redirect_token}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.redirect_token_response import RedirectTokenResponse


def _parse(status: int, data: Any) -> RedirectTokenResponse:
    """The typed value of a checked 2xx body."""
    response_200 = RedirectTokenResponse.from_dict(data)

    return response_200


OPERATION: Operation[RedirectTokenResponse] = Operation(
    operation_id="core_orgs_redirect_tokens_retrieve",
    method="GET",
    path="/api/core/orgs/{org}/redirect-tokens/{redirect_token}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/RedirectTokenResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.redirect_token": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    redirect_token: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/orgs/{org}/redirect-tokens/{redirect_token}/".format(
            org=quote(wire_text(org), safe=""),
            redirect_token=quote(wire_text(redirect_token), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.redirect_token": wire_value(redirect_token),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

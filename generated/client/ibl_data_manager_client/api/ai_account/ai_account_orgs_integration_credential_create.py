"""`ai_account_orgs_integration_credential_create`: POST /api/ai-account/orgs/{org}/integration-credential/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.credential_request import CredentialRequest
from ...models.integration_credential import IntegrationCredential


def _parse(status: int, data: Any) -> IntegrationCredential:
    """The typed value of a checked 2xx body."""
    response_200 = IntegrationCredential.from_dict(data)

    return response_200


OPERATION: Operation[IntegrationCredential] = Operation(
    operation_id="ai_account_orgs_integration_credential_create",
    method="POST",
    path="/api/ai-account/orgs/{org}/integration-credential/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/IntegrationCredential"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CredentialRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: CredentialRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-account/orgs/{org}/integration-credential/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_account_orgs_use_default_llm_key_create`: POST /api/ai-account/orgs/{org}/use-default-llm-key/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_account_orgs_use_default_llm_key_create_response import (
    AiAccountOrgsUseDefaultLlmKeyCreateResponse,
)
from ...models.use_main_creds import UseMainCreds


def _parse(status: int, data: Any) -> AiAccountOrgsUseDefaultLlmKeyCreateResponse:
    """The typed value of a checked 2xx body."""
    response_200 = AiAccountOrgsUseDefaultLlmKeyCreateResponse.from_dict(data)

    return response_200


OPERATION: Operation[AiAccountOrgsUseDefaultLlmKeyCreateResponse] = Operation(
    operation_id="ai_account_orgs_use_default_llm_key_create",
    method="POST",
    path="/api/ai-account/orgs/{org}/use-default-llm-key/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/AiAccountOrgsUseDefaultLlmKeyCreateResponse"},
            "json",
        ),
    ),
    body_schema={"$ref": "#/components/schemas/UseMainCreds"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: UseMainCreds,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-account/orgs/{org}/use-default-llm-key/".format(
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

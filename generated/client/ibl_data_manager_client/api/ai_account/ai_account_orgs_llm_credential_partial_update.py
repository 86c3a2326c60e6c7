"""`ai_account_orgs_llm_credential_partial_update`: PATCH /api/ai-account/orgs/{org}/llm-credential/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.llm_credential_response import LLMCredentialResponse
from ...models.patched_llm_credential_request import PatchedLLMCredentialRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> LLMCredentialResponse:
    """The typed value of a checked 2xx body."""
    response_200 = LLMCredentialResponse.from_dict(data)

    return response_200


OPERATION: Operation[LLMCredentialResponse] = Operation(
    operation_id="ai_account_orgs_llm_credential_partial_update",
    method="PATCH",
    path="/api/ai-account/orgs/{org}/llm-credential/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LLMCredentialResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedLLMCredentialRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: PatchedLLMCredentialRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-account/orgs/{org}/llm-credential/".format(
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

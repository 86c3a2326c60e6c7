"""`ai_account_orgs_credential_schema_retrieve`: GET /api/ai-account/orgs/{org}/credential/schema/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.llm_credential_schema import LLMCredentialSchema
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> LLMCredentialSchema:
    """The typed value of a checked 2xx body."""
    response_200 = LLMCredentialSchema.from_dict(data)

    return response_200


OPERATION: Operation[LLMCredentialSchema] = Operation(
    operation_id="ai_account_orgs_credential_schema_retrieve",
    method="GET",
    path="/api/ai-account/orgs/{org}/credential/schema/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LLMCredentialSchema"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.name": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    name: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["name"] = name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/orgs/{org}/credential/schema/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

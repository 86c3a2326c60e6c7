"""`ai_account_orgs_fallback_llm_retrieve`: GET /api/ai-account/orgs/{org}/fallback-llm/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.fallback_llm import FallbackLLM


def _parse(status: int, data: Any) -> FallbackLLM:
    """The typed value of a checked 2xx body."""
    response_200 = FallbackLLM.from_dict(data)

    return response_200


OPERATION: Operation[FallbackLLM] = Operation(
    operation_id="ai_account_orgs_fallback_llm_retrieve",
    method="GET",
    path="/api/ai-account/orgs/{org}/fallback-llm/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/FallbackLLM"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.id": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/orgs/{org}/fallback-llm/{id}/".format(
            org=quote(wire_text(org), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

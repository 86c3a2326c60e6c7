"""`ai_account_orgs_fallback_llm_create`: POST /api/ai-account/orgs/{org}/fallback-llm/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.fallback_llm import FallbackLLM
from ...models.fallback_llm_create import FallbackLLMCreate


def _parse(status: int, data: Any) -> FallbackLLM:
    """The typed value of a checked 2xx body."""
    response_201 = FallbackLLM.from_dict(data)

    return response_201


OPERATION: Operation[FallbackLLM] = Operation(
    operation_id="ai_account_orgs_fallback_llm_create",
    method="POST",
    path="/api/ai-account/orgs/{org}/fallback-llm/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/FallbackLLM"}, "json"),),
    body_schema={"$ref": "#/components/schemas/FallbackLLMCreate"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: FallbackLLMCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-account/orgs/{org}/fallback-llm/".format(
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

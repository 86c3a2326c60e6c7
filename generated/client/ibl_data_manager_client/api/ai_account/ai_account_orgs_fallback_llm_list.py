"""`ai_account_orgs_fallback_llm_list`: GET /api/ai-account/orgs/{org}/fallback-llm/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.fallback_llm import FallbackLLM
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[FallbackLLM]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = FallbackLLM.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[FallbackLLM]] = Operation(
    operation_id="ai_account_orgs_fallback_llm_list",
    method="GET",
    path="/api/ai-account/orgs/{org}/fallback-llm/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/FallbackLLM"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.is_enabled": {"type": "boolean"},
        "query.ordering": {"type": "string"},
        "query.scope": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    is_enabled: bool | Unset = UNSET,
    ordering: str | Unset = UNSET,
    scope: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["is_enabled"] = is_enabled

    params["ordering"] = ordering

    params["scope"] = scope

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-account/orgs/{org}/fallback-llm/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_claw_model_providers_create`: POST /api/ai-mentor/orgs/{org}/claw/model-providers/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.claw_model_provider import ClawModelProvider
from ...models.claw_model_provider_request import ClawModelProviderRequest


def _parse(status: int, data: Any) -> ClawModelProvider:
    """The typed value of a checked 2xx body."""
    response_201 = ClawModelProvider.from_dict(data)

    return response_201


OPERATION: Operation[ClawModelProvider] = Operation(
    operation_id="ai_mentor_orgs_claw_model_providers_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/claw/model-providers/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/ClawModelProvider"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ClawModelProviderRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: ClawModelProviderRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/claw/model-providers/".format(
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

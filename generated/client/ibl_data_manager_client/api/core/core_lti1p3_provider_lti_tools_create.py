"""`core_lti1p3_provider_lti_tools_create`: POST /api/core/lti/1p3/provider/lti-tools/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.lti_tool import LtiTool
from ...models.lti_tool_request import LtiToolRequest


def _parse(status: int, data: Any) -> LtiTool:
    """The typed value of a checked 2xx body."""
    response_201 = LtiTool.from_dict(data)

    return response_201


OPERATION: Operation[LtiTool] = Operation(
    operation_id="core_lti1p3_provider_lti_tools_create",
    method="POST",
    path="/api/core/lti/1p3/provider/lti-tools/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/LtiTool"}, "json"),),
    body_schema={"$ref": "#/components/schemas/LtiToolRequest"},
    parameter_schemas={},
)


def build_request(
    *,
    body: LtiToolRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/lti/1p3/provider/lti-tools/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

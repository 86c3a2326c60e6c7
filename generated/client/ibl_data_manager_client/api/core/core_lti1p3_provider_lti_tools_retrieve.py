"""`core_lti1p3_provider_lti_tools_retrieve`: GET /api/core/lti/1p3/provider/lti-tools/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.lti_tool import LtiTool
from ...types import UNSET


def _parse(status: int, data: Any) -> LtiTool:
    """The typed value of a checked 2xx body."""
    response_200 = LtiTool.from_dict(data)

    return response_200


OPERATION: Operation[LtiTool] = Operation(
    operation_id="core_lti1p3_provider_lti_tools_retrieve",
    method="GET",
    path="/api/core/lti/1p3/provider/lti-tools/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LtiTool"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "string"},
        "query.platform_key": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    id: str,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/lti/1p3/provider/lti-tools/{id}/".format(
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

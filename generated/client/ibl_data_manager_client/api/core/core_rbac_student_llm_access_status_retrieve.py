"""`core_rbac_student_llm_access_status_retrieve`: GET /api/core/rbac/student-llm-access/status/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.student_llm_access_response import StudentLLMAccessResponse
from ...types import UNSET


def _parse(status: int, data: Any) -> StudentLLMAccessResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StudentLLMAccessResponse.from_dict(data)

    return response_200


OPERATION: Operation[StudentLLMAccessResponse] = Operation(
    operation_id="core_rbac_student_llm_access_status_retrieve",
    method="GET",
    path="/api/core/rbac/student-llm-access/status/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StudentLLMAccessResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={"query.platform_key": {"type": "string", "minLength": 1, "maxLength": 255}},
)


def build_request(
    *,
    platform_key: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/core/rbac/student-llm-access/status/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

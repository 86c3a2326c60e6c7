"""`core_rbac_student_llm_access_set_create`: POST /api/core/rbac/student-llm-access/set/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.set_student_llm_access import SetStudentLLMAccess
from ...models.student_llm_access_response import StudentLLMAccessResponse


def _parse(status: int, data: Any) -> StudentLLMAccessResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StudentLLMAccessResponse.from_dict(data)

    return response_200


OPERATION: Operation[StudentLLMAccessResponse] = Operation(
    operation_id="core_rbac_student_llm_access_set_create",
    method="POST",
    path="/api/core/rbac/student-llm-access/set/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StudentLLMAccessResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/SetStudentLLMAccess"},
    parameter_schemas={},
)


def build_request(
    *,
    body: SetStudentLLMAccess,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/student-llm-access/set/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

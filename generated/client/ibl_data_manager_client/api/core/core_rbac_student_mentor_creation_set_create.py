"""`core_rbac_student_mentor_creation_set_create`: POST /api/core/rbac/student-mentor-creation/set/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.set_student_mentor_creation_permission import SetStudentMentorCreationPermission
from ...models.student_mentor_creation_permission_response import (
    StudentMentorCreationPermissionResponse,
)


def _parse(status: int, data: Any) -> StudentMentorCreationPermissionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = StudentMentorCreationPermissionResponse.from_dict(data)

    return response_200


OPERATION: Operation[StudentMentorCreationPermissionResponse] = Operation(
    operation_id="core_rbac_student_mentor_creation_set_create",
    method="POST",
    path="/api/core/rbac/student-mentor-creation/set/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/StudentMentorCreationPermissionResponse"},
            "json",
        ),
    ),
    body_schema={"$ref": "#/components/schemas/SetStudentMentorCreationPermission"},
    parameter_schemas={},
)


def build_request(
    *,
    body: SetStudentMentorCreationPermission,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/core/rbac/student-mentor-creation/set/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

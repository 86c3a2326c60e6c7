"""`ai_mentor_orgs_users_course_creation_files_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.course_creation_task_file import CourseCreationTaskFile


def _parse(status: int, data: Any) -> CourseCreationTaskFile:
    """The typed value of a checked 2xx body."""
    response_200 = CourseCreationTaskFile.from_dict(data)

    return response_200


OPERATION: Operation[CourseCreationTaskFile] = Operation(
    operation_id="ai_mentor_orgs_users_course_creation_files_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CourseCreationTaskFile"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/files/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

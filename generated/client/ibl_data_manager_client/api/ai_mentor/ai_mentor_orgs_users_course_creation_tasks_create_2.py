"""`ai_mentor_orgs_users_course_creation_tasks_create_2`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_mentor_orgs_users_course_creation_tasks_create_2_body import (
    AiMentorOrgsUsersCourseCreationTasksCreate2Body,
)
from ...models.course_creation_task import CourseCreationTask


def _parse(status: int, data: Any) -> CourseCreationTask:
    """The typed value of a checked 2xx body."""
    response_201 = CourseCreationTask.from_dict(data)

    return response_201


OPERATION: Operation[CourseCreationTask] = Operation(
    operation_id="ai_mentor_orgs_users_course_creation_tasks_create_2",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/CourseCreationTask"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AiMentorOrgsUsersCourseCreationTasksCreate2Body"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: AiMentorOrgsUsersCourseCreationTasksCreate2Body,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/course-creation/tasks/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

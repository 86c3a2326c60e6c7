"""`ai_mentor_orgs_users_tasks_sessions_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.task_view import TaskView


def _parse(status: int, data: Any) -> TaskView:
    """The typed value of a checked 2xx body."""
    response_200 = TaskView.from_dict(data)

    return response_200


OPERATION: Operation[TaskView] = Operation(
    operation_id="ai_mentor_orgs_users_tasks_sessions_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TaskView"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TaskView"},
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.session_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    session_id: UUID,
    body: TaskView,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/tasks/sessions/{session_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            session_id=quote(wire_text(session_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.session_id": wire_value(session_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

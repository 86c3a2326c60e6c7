"""`ai_mentor_orgs_users_sessions_tasks_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/tasks/{task_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.chat_history_item import ChatHistoryItem
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ChatHistoryItem:
    """The typed value of a checked 2xx body."""
    response_200 = ChatHistoryItem.from_dict(data)

    return response_200


OPERATION: Operation[ChatHistoryItem] = Operation(
    operation_id="ai_mentor_orgs_users_sessions_tasks_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/tasks/{task_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ChatHistoryItem"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.session_id": {"type": "string"},
        "path.task_id": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.to_csv": {"type": "boolean"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    session_id: UUID,
    task_id: UUID,
    to_csv: bool | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["to_csv"] = to_csv

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/tasks/{task_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            session_id=quote(wire_text(session_id), safe=""),
            task_id=quote(wire_text(task_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.session_id": wire_value(session_id),
            "path.task_id": wire_value(task_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_users_sessions_memories_set_attached_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_un
ique_id}/set-attached/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.session_memory_attachment import SessionMemoryAttachment


def _parse(status: int, data: Any) -> SessionMemoryAttachment:
    """The typed value of a checked 2xx body."""
    response_200 = SessionMemoryAttachment.from_dict(data)

    return response_200


OPERATION: Operation[SessionMemoryAttachment] = Operation(
    operation_id="ai_mentor_orgs_users_sessions_memories_set_attached_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SessionMemoryAttachment"}, "json"),),
    body_schema={"$ref": "#/components/schemas/SessionMemoryAttachment"},
    parameter_schemas={
        "path.memory_unique_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.session_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    session_id: str,
    memory_unique_id: str,
    body: SessionMemoryAttachment,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/memories/{memory_unique_id}/set-attached/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            session_id=quote(wire_text(session_id), safe=""),
            memory_unique_id=quote(wire_text(memory_unique_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.session_id": wire_value(session_id),
            "path.memory_unique_id": wire_value(memory_unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

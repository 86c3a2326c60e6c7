"""`ai_mentor_orgs_users_mentors_mentor_memories_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_mentor_memories_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.mentor_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor_id}/mentor-memories/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            mentor_id=quote(wire_text(mentor_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.mentor_id": wire_value(mentor_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_users_memory_entries_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.user_memory_entry import UserMemoryEntry


def _parse(status: int, data: Any) -> UserMemoryEntry:
    """The typed value of a checked 2xx body."""
    response_200 = UserMemoryEntry.from_dict(data)

    return response_200


OPERATION: Operation[UserMemoryEntry] = Operation(
    operation_id="ai_mentor_orgs_users_memory_entries_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserMemoryEntry"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.entry_unique_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    entry_unique_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/memory-entries/{entry_unique_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            entry_unique_id=quote(wire_text(entry_unique_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.entry_unique_id": wire_value(entry_unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

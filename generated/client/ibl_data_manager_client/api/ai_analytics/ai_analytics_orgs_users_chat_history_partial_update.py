"""`ai_analytics_orgs_users_chat_history_partial_update`: PATCH /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.conversations import Conversations
from ...models.patched_conversations import PatchedConversations
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> Conversations:
    """The typed value of a checked 2xx body."""
    response_200 = Conversations.from_dict(data)

    return response_200


OPERATION: Operation[Conversations] = Operation(
    operation_id="ai_analytics_orgs_users_chat_history_partial_update",
    method="PATCH",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/Conversations"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedConversations"},
    parameter_schemas={
        "path.id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_date": {"type": "string"},
        "query.filter_user_id": {"type": "string", "minLength": 1},
        "query.mentor": {"type": "string"},
        "query.sentiment": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
        "query.topics": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: str,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
    body: PatchedConversations | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["filter_user_id"] = filter_user_id

    json_mentor: str | Unset = UNSET
    if not isinstance(mentor, Unset):
        json_mentor = str(mentor)
    params["mentor"] = json_mentor

    params["sentiment"] = sentiment

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["topics"] = topics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`analytics_messages_retrieve`: GET /api/analytics/messages/"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_messages_retrieve_sentiment import AnalyticsMessagesRetrieveSentiment
from ...models.conversation_list_response import ConversationListResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ConversationListResponse:
    """The typed value of a checked 2xx body."""
    response_200 = ConversationListResponse.from_dict(data)

    return response_200


OPERATION: Operation[ConversationListResponse] = Operation(
    operation_id="analytics_messages_retrieve",
    method="GET",
    path="/api/analytics/messages/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ConversationListResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.end_date": {"type": "string"},
        "query.limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "query.max_messages": {"type": "integer", "minimum": 0},
        "query.mentor_unique_id": {"type": "string"},
        "query.min_messages": {"type": "integer", "minimum": 0},
        "query.page": {"type": "integer", "minimum": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.search": {"type": "string"},
        "query.sentiment": {"$ref": "#/components/schemas/AnalyticsMessagesRetrieveSentiment"},
        "query.start_date": {"type": "string"},
        "query.topic": {"type": "string", "minLength": 1},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
    },
)


def build_request(
    *,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_messages: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    min_messages: int | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sentiment: AnalyticsMessagesRetrieveSentiment | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topic: str | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["limit"] = limit

    params["max_messages"] = max_messages

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["min_messages"] = min_messages

    params["page"] = page

    params["platform_key"] = platform_key

    params["search"] = search

    json_sentiment: str | Unset = UNSET
    if not isinstance(sentiment, Unset):
        json_sentiment = sentiment.value

    params["sentiment"] = json_sentiment

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["topic"] = topic

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/analytics/messages/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

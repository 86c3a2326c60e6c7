"""`ai_analytics_orgs_users_chat_history_list`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.conversations import Conversations
from ...models.paginated_conversations_list import PaginatedConversationsList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedConversationsList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedConversationsList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedConversationsList] = Operation(
    operation_id="ai_analytics_orgs_users_chat_history_list",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedConversationsList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_date": {"type": "string"},
        "query.filter_user_id": {"type": "string", "minLength": 1},
        "query.mentor": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.sentiment": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
        "query.topics": {"type": "string", "minLength": 1},
    },
)


def _parse_item(data: Any) -> Conversations:
    """One item of a page."""
    results_item = Conversations.from_dict(data)

    return results_item


PAGE: PageShape[Conversations] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: datetime.date | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    mentor: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sentiment: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    topics: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

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

    params["page"] = page

    params["page_size"] = page_size

    params["sentiment"] = sentiment

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["topics"] = topics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

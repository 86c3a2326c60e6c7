"""`ai_analytics_orgs_users_chat_history_filter_retrieve`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.chat_history_filter_data import ChatHistoryFilterData
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> ChatHistoryFilterData:
    """The typed value of a checked 2xx body."""
    response_200 = ChatHistoryFilterData.from_dict(data)

    return response_200


OPERATION: Operation[ChatHistoryFilterData] = Operation(
    operation_id="ai_analytics_orgs_users_chat_history_filter_retrieve",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ChatHistoryFilterData"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_date": {"type": "string"},
        "query.mentor_id": {"type": "string"},
        "query.monthly_range": {"type": "boolean"},
        "query.start_date": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: datetime.date | Unset = UNSET,
    mentor_id: UUID | Unset = UNSET,
    monthly_range: bool | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params["monthly_range"] = monthly_range

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/chat-history-filter/".format(
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

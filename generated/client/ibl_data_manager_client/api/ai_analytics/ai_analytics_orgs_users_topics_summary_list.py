"""`ai_analytics_orgs_users_topics_summary_list`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.topic_summary_view import TopicSummaryView
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[TopicSummaryView]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = TopicSummaryView.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[TopicSummaryView]] = Operation(
    operation_id="ai_analytics_orgs_users_topics_summary_list",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/TopicSummaryView"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_date": {"type": "string"},
        "query.start_date": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: datetime.date | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/topics/summary/".format(
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

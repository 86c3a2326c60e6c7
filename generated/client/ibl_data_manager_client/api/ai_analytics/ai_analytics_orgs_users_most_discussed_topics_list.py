"""`ai_analytics_orgs_users_most_discussed_topics_list`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/most-discussed-topics/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.topic_record import TopicRecord
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[TopicRecord]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = TopicRecord.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[TopicRecord]] = Operation(
    operation_id="ai_analytics_orgs_users_most_discussed_topics_list",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/most-discussed-topics/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/TopicRecord"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "query.end_date": {"type": "string"},
        "path.org": {"type": "string"},
        "query.start_date": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.aggregation": {"type": "string"},
        "query.group_by": {"type": "string", "minLength": 1},
        "query.mentor_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: str,
    start_date: str,
    aggregation: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["start_date"] = start_date

    params["aggregation"] = aggregation

    params["group_by"] = group_by

    params["mentor_id"] = mentor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/most-discussed-topics/".format(
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

"""`ai_analytics_orgs_users_topic_statistics_retrieve`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.paginated_topic_statistics_response import PaginatedTopicStatisticsResponse
from ...models.topic_statistics import TopicStatistics
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedTopicStatisticsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedTopicStatisticsResponse.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedTopicStatisticsResponse] = Operation(
    operation_id="ai_analytics_orgs_users_topic_statistics_retrieve",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedTopicStatisticsResponse"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_date": {"type": "string"},
        "query.group_by": {"type": "string", "minLength": 1},
        "query.mentor_id": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.start_date": {"type": "string"},
    },
)


def _parse_item(data: Any) -> TopicStatistics:
    """One item of a page."""
    results_item = TopicStatistics.from_dict(data)

    return results_item


PAGE: PageShape[TopicStatistics] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_date: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["end_date"] = end_date

    params["group_by"] = group_by

    params["mentor_id"] = mentor_id

    params["page"] = page

    params["page_size"] = page_size

    params["start_date"] = start_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/topic-statistics/".format(
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

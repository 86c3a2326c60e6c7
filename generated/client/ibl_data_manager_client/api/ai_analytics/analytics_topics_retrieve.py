"""`analytics_topics_retrieve`: GET /api/analytics/topics/"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_topics_retrieve_date_filter import AnalyticsTopicsRetrieveDateFilter
from ...models.analytics_topics_retrieve_granularity import AnalyticsTopicsRetrieveGranularity
from ...models.analytics_topics_retrieve_metric import AnalyticsTopicsRetrieveMetric
from ...models.topics_overview import TopicsOverview
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> TopicsOverview:
    """The typed value of a checked 2xx body."""
    response_200 = TopicsOverview.from_dict(data)

    return response_200


OPERATION: Operation[TopicsOverview] = Operation(
    operation_id="analytics_topics_retrieve",
    method="GET",
    path="/api/analytics/topics/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TopicsOverview"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.date_filter": {"$ref": "#/components/schemas/AnalyticsTopicsRetrieveDateFilter"},
        "query.end_date": {"type": "string"},
        "query.granularity": {"$ref": "#/components/schemas/AnalyticsTopicsRetrieveGranularity"},
        "query.mentor_unique_id": {"type": "string"},
        "query.metric": {"$ref": "#/components/schemas/AnalyticsTopicsRetrieveMetric"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
    },
)


def build_request(
    *,
    date_filter: AnalyticsTopicsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsTopicsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsTopicsRetrieveMetric | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_date_filter: str | Unset = UNSET
    if not isinstance(date_filter, Unset):
        json_date_filter = date_filter.value

    params["date_filter"] = json_date_filter

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity.value

    params["granularity"] = json_granularity

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric.value

    params["metric"] = json_metric

    params["platform_key"] = platform_key

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_usergroup_ids: list[int] | Unset = UNSET
    if not isinstance(usergroup_ids, Unset):
        json_usergroup_ids = usergroup_ids

    params["usergroup_ids"] = json_usergroup_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/analytics/topics/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

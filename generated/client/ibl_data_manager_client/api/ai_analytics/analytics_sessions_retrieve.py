"""`analytics_sessions_retrieve`: GET /api/analytics/sessions/"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_sessions_retrieve_date_filter import AnalyticsSessionsRetrieveDateFilter
from ...models.analytics_sessions_retrieve_granularity import AnalyticsSessionsRetrieveGranularity
from ...models.analytics_sessions_retrieve_metric import AnalyticsSessionsRetrieveMetric
from ...models.sessions_chart import SessionsChart
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SessionsChart:
    """The typed value of a checked 2xx body."""
    response_200 = SessionsChart.from_dict(data)

    return response_200


OPERATION: Operation[SessionsChart] = Operation(
    operation_id="analytics_sessions_retrieve",
    method="GET",
    path="/api/analytics/sessions/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SessionsChart"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.date_filter": {"$ref": "#/components/schemas/AnalyticsSessionsRetrieveDateFilter"},
        "query.end_date": {"type": "string"},
        "query.granularity": {"$ref": "#/components/schemas/AnalyticsSessionsRetrieveGranularity"},
        "query.mentor_unique_id": {"type": "string"},
        "query.metric": {"$ref": "#/components/schemas/AnalyticsSessionsRetrieveMetric"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
    },
)


def build_request(
    *,
    date_filter: AnalyticsSessionsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsSessionsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metric: AnalyticsSessionsRetrieveMetric | Unset = UNSET,
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
        url="/api/analytics/sessions/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

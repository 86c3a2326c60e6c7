"""`analytics_learner_details_retrieve`: GET /api/analytics/learner/details"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_learner_details_retrieve_date_filter import (
    AnalyticsLearnerDetailsRetrieveDateFilter,
)
from ...models.analytics_learner_details_retrieve_granularity import (
    AnalyticsLearnerDetailsRetrieveGranularity,
)
from ...models.learner_details_response import LearnerDetailsResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> LearnerDetailsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = LearnerDetailsResponse.from_dict(data)

    return response_200


OPERATION: Operation[LearnerDetailsResponse] = Operation(
    operation_id="analytics_learner_details_retrieve",
    method="GET",
    path="/api/analytics/learner/details",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LearnerDetailsResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.username": {"type": "string", "minLength": 1},
        "query.date_filter": {
            "$ref": "#/components/schemas/AnalyticsLearnerDetailsRetrieveDateFilter"
        },
        "query.end_date": {"type": "string"},
        "query.granularity": {
            "$ref": "#/components/schemas/AnalyticsLearnerDetailsRetrieveGranularity"
        },
        "query.mentor_unique_id": {"type": "string"},
        "query.metrics": {"type": "string"},
        "query.overtime": {"type": "boolean"},
        "query.platform_key": {"type": "string"},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
    },
)


def build_request(
    *,
    username: str,
    date_filter: AnalyticsLearnerDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnerDetailsRetrieveGranularity | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    metrics: str | Unset = UNSET,
    overtime: bool | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["username"] = username

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

    params["metrics"] = metrics

    params["overtime"] = overtime

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
        url="/api/analytics/learner/details",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`analytics_learners_list_retrieve`: GET /api/analytics/learners/list/"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_learners_list_retrieve_date_filter import (
    AnalyticsLearnersListRetrieveDateFilter,
)
from ...models.analytics_learners_list_retrieve_granularity import (
    AnalyticsLearnersListRetrieveGranularity,
)
from ...models.analytics_learners_list_retrieve_sort_by import AnalyticsLearnersListRetrieveSortBy
from ...models.analytics_learners_list_retrieve_sort_order import (
    AnalyticsLearnersListRetrieveSortOrder,
)
from ...models.learner_list_response import LearnerListResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> LearnerListResponse:
    """The typed value of a checked 2xx body."""
    response_200 = LearnerListResponse.from_dict(data)

    return response_200


OPERATION: Operation[LearnerListResponse] = Operation(
    operation_id="analytics_learners_list_retrieve",
    method="GET",
    path="/api/analytics/learners/list/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/LearnerListResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.date_filter": {
            "$ref": "#/components/schemas/AnalyticsLearnersListRetrieveDateFilter"
        },
        "query.end_date": {"type": "string"},
        "query.granularity": {
            "$ref": "#/components/schemas/AnalyticsLearnersListRetrieveGranularity"
        },
        "query.limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "query.mentor_unique_id": {"type": "string"},
        "query.page": {"type": "integer", "minimum": 1},
        "query.search": {"type": "string"},
        "query.sort_by": {"$ref": "#/components/schemas/AnalyticsLearnersListRetrieveSortBy"},
        "query.sort_order": {"$ref": "#/components/schemas/AnalyticsLearnersListRetrieveSortOrder"},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
    },
)


def build_request(
    *,
    platform_key: str,
    date_filter: AnalyticsLearnersListRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: AnalyticsLearnersListRetrieveGranularity | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: AnalyticsLearnersListRetrieveSortBy | Unset = UNSET,
    sort_order: AnalyticsLearnersListRetrieveSortOrder | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    usergroup_ids: list[int] | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

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

    params["limit"] = limit

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["page"] = page

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

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
        url="/api/analytics/learners/list/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`analytics_topics_details_retrieve`: GET /api/analytics/topics/details/"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from ..._operation import Operation, RequestSpec
from ...models.analytics_topics_details_retrieve_date_filter import (
    AnalyticsTopicsDetailsRetrieveDateFilter,
)
from ...models.topic_details import TopicDetails
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> TopicDetails:
    """The typed value of a checked 2xx body."""
    response_200 = TopicDetails.from_dict(data)

    return response_200


OPERATION: Operation[TopicDetails] = Operation(
    operation_id="analytics_topics_details_retrieve",
    method="GET",
    path="/api/analytics/topics/details/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TopicDetails"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.date_filter": {
            "$ref": "#/components/schemas/AnalyticsTopicsDetailsRetrieveDateFilter"
        },
        "query.end_date": {"type": "string"},
        "query.limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "query.mentor_unique_id": {"type": "string"},
        "query.page": {"type": "integer", "minimum": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.search": {"type": "string"},
        "query.start_date": {"type": "string"},
        "query.usergroup_ids": {"type": "array", "items": {"type": "integer"}},
    },
)


def build_request(
    *,
    date_filter: AnalyticsTopicsDetailsRetrieveDateFilter | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    limit: int | Unset = UNSET,
    mentor_unique_id: UUID | Unset = UNSET,
    page: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
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

    params["limit"] = limit

    json_mentor_unique_id: str | Unset = UNSET
    if not isinstance(mentor_unique_id, Unset):
        json_mentor_unique_id = str(mentor_unique_id)
    params["mentor_unique_id"] = json_mentor_unique_id

    params["page"] = page

    params["platform_key"] = platform_key

    params["search"] = search

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
        url="/api/analytics/topics/details/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

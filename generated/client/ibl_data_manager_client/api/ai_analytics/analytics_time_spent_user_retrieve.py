"""`analytics_time_spent_user_retrieve`: GET /api/analytics/time-spent/user/"""

from __future__ import annotations

import datetime
from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.time_spent_per_user_response import TimeSpentPerUserResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> TimeSpentPerUserResponse:
    """The typed value of a checked 2xx body."""
    response_200 = TimeSpentPerUserResponse.from_dict(data)

    return response_200


OPERATION: Operation[TimeSpentPerUserResponse] = Operation(
    operation_id="analytics_time_spent_user_retrieve",
    method="GET",
    path="/api/analytics/time-spent/user/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TimeSpentPerUserResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.course_id": {"type": "string", "minLength": 1},
        "query.end_date": {"type": "string"},
        "query.include_main_platform": {"type": "boolean"},
        "query.mentor_uuid": {"type": "string", "minLength": 1},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.session_uuid": {"type": "string", "minLength": 1},
        "query.start_date": {"type": "string"},
        "query.url": {"type": "string", "minLength": 1},
        "query.username": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    course_id: str | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    include_main_platform: bool | Unset = UNSET,
    mentor_uuid: str | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    session_uuid: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    url_query: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["course_id"] = course_id

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["include_main_platform"] = include_main_platform

    params["mentor_uuid"] = mentor_uuid

    params["platform_key"] = platform_key

    params["session_uuid"] = session_uuid

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    params["url"] = url_query

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/analytics/time-spent/user/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

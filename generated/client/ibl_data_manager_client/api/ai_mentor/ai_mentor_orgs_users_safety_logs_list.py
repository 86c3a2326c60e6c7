"""`ai_mentor_orgs_users_safety_logs_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/"""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_safety_logs_list_target_system import (
    AiMentorOrgsUsersSafetyLogsListTargetSystem,
)
from ...models.moderation_log import ModerationLog
from ...models.paginated_moderation_log_list import PaginatedModerationLogList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedModerationLogList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedModerationLogList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedModerationLogList] = Operation(
    operation_id="ai_mentor_orgs_users_safety_logs_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedModerationLogList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.end_time": {"type": "string"},
        "query.mentor": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.platform_key": {"type": "string"},
        "query.search": {"type": "string"},
        "query.start_time": {"type": "string"},
        "query.target_system": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersSafetyLogsListTargetSystem"
        },
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> ModerationLog:
    """One item of a page."""
    results_item = ModerationLog.from_dict(data)

    return results_item


PAGE: PageShape[ModerationLog] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    end_time: datetime.datetime | Unset = UNSET,
    mentor: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    target_system: AiMentorOrgsUsersSafetyLogsListTargetSystem | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["mentor"] = mentor

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["platform_key"] = platform_key

    params["search"] = search

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_target_system: str | Unset = UNSET
    if not isinstance(target_system, Unset):
        json_target_system = target_system.value

    params["target_system"] = json_target_system

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/safety-logs/".format(
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

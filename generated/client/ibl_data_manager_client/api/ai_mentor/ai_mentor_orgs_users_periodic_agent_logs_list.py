"""`ai_mentor_orgs_users_periodic_agent_logs_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_periodic_agent_logs_list_status import (
    AiMentorOrgsUsersPeriodicAgentLogsListStatus,
)
from ...models.paginated_periodic_agent_log_list import PaginatedPeriodicAgentLogList
from ...models.periodic_agent_log import PeriodicAgentLog
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedPeriodicAgentLogList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedPeriodicAgentLogList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedPeriodicAgentLogList] = Operation(
    operation_id="ai_mentor_orgs_users_periodic_agent_logs_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedPeriodicAgentLogList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.mentor_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.parent_mentor_id": {"type": "string"},
        "query.parent_session_id": {"type": "string"},
        "query.periodic_agent": {"type": "integer"},
        "query.search": {"type": "string"},
        "query.status": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersPeriodicAgentLogsListStatus"
        },
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> PeriodicAgentLog:
    """One item of a page."""
    results_item = PeriodicAgentLog.from_dict(data)

    return results_item


PAGE: PageShape[PeriodicAgentLog] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: str | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    periodic_agent: int | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentLogsListStatus | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["mentor_id"] = mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["parent_mentor_id"] = parent_mentor_id

    params["parent_session_id"] = parent_session_id

    params["periodic_agent"] = periodic_agent

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agent-logs/".format(
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

"""`ai_mentor_orgs_users_periodic_agents_list`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.ai_mentor_orgs_users_periodic_agents_list_previous_agent_status import (
    AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus,
)
from ...models.ai_mentor_orgs_users_periodic_agents_list_status import (
    AiMentorOrgsUsersPeriodicAgentsListStatus,
)
from ...models.paginated_periodic_agent_list import PaginatedPeriodicAgentList
from ...models.periodic_agent import PeriodicAgent
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedPeriodicAgentList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedPeriodicAgentList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedPeriodicAgentList] = Operation(
    operation_id="ai_mentor_orgs_users_periodic_agents_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedPeriodicAgentList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.enabled": {"type": "boolean"},
        "query.mentor_id": {"type": "string"},
        "query.ordering": {"type": "string"},
        "query.page": {"type": "integer"},
        "query.page_size": {"type": "integer"},
        "query.parent_mentor_id": {"type": "integer"},
        "query.parent_session_id": {"type": "string"},
        "query.previous_agent": {"type": "integer"},
        "query.previous_agent_status": {
            "$ref": "#/components/schemas/AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus"
        },
        "query.search": {"type": "string"},
        "query.status": {"$ref": "#/components/schemas/AiMentorOrgsUsersPeriodicAgentsListStatus"},
        "query.title": {"type": "string"},
        "query.username": {"type": "string"},
    },
)


def _parse_item(data: Any) -> PeriodicAgent:
    """One item of a page."""
    results_item = PeriodicAgent.from_dict(data)

    return results_item


PAGE: PageShape[PeriodicAgent] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    enabled: bool | Unset = UNSET,
    mentor_id: str | Unset = UNSET,
    ordering: str | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    parent_mentor_id: int | Unset = UNSET,
    parent_session_id: str | Unset = UNSET,
    previous_agent: int | Unset = UNSET,
    previous_agent_status: AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    status: AiMentorOrgsUsersPeriodicAgentsListStatus | Unset = UNSET,
    title: str | Unset = UNSET,
    username: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["mentor_id"] = mentor_id

    params["ordering"] = ordering

    params["page"] = page

    params["page_size"] = page_size

    params["parent_mentor_id"] = parent_mentor_id

    params["parent_session_id"] = parent_session_id

    params["previous_agent"] = previous_agent

    json_previous_agent_status: str | Unset = UNSET
    if not isinstance(previous_agent_status, Unset):
        json_previous_agent_status = previous_agent_status.value

    params["previous_agent_status"] = json_previous_agent_status

    params["search"] = search

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["title"] = title

    params["username"] = username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/".format(
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

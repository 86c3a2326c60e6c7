"""`ai_mentor_orgs_agent_skills_list`: GET /api/ai-mentor/orgs/{org}/agent-skills/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.agent_skill import AgentSkill
from ...models.paginated_agent_skill_list import PaginatedAgentSkillList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedAgentSkillList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedAgentSkillList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedAgentSkillList] = Operation(
    operation_id="ai_mentor_orgs_agent_skills_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/agent-skills/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedAgentSkillList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.enabled": {"type": "boolean"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.search": {"type": "string"},
    },
)


def _parse_item(data: Any) -> AgentSkill:
    """One item of a page."""
    results_item = AgentSkill.from_dict(data)

    return results_item


PAGE: PageShape[AgentSkill] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/agent-skills/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

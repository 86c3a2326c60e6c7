"""`ai_mentor_orgs_agent_skill_resources_list`: GET /api/ai-mentor/orgs/{org}/agent-skill-resources/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.agent_skill_resource import AgentSkillResource
from ...models.ai_mentor_orgs_agent_skill_resources_list_file_type import (
    AiMentorOrgsAgentSkillResourcesListFileType,
)
from ...models.paginated_agent_skill_resource_list import PaginatedAgentSkillResourceList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedAgentSkillResourceList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedAgentSkillResourceList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedAgentSkillResourceList] = Operation(
    operation_id="ai_mentor_orgs_agent_skill_resources_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/agent-skill-resources/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/PaginatedAgentSkillResourceList"}, "json"),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.file_type": {
            "$ref": "#/components/schemas/AiMentorOrgsAgentSkillResourcesListFileType"
        },
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
        "query.skill": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> AgentSkillResource:
    """One item of a page."""
    results_item = AgentSkillResource.from_dict(data)

    return results_item


PAGE: PageShape[AgentSkillResource] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    file_type: AiMentorOrgsAgentSkillResourcesListFileType | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    skill: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_file_type: str | Unset = UNSET
    if not isinstance(file_type, Unset):
        json_file_type = file_type.value

    params["file_type"] = json_file_type

    params["limit"] = limit

    params["offset"] = offset

    params["skill"] = skill

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/agent-skill-resources/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_agent_skill_resources_create`: POST /api/ai-mentor/orgs/{org}/agent-skill-resources/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.agent_skill_resource import AgentSkillResource
from ...models.agent_skill_resource_request import AgentSkillResourceRequest


def _parse(status: int, data: Any) -> AgentSkillResource:
    """The typed value of a checked 2xx body."""
    response_201 = AgentSkillResource.from_dict(data)

    return response_201


OPERATION: Operation[AgentSkillResource] = Operation(
    operation_id="ai_mentor_orgs_agent_skill_resources_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/agent-skill-resources/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/AgentSkillResource"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AgentSkillResourceRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: AgentSkillResourceRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/agent-skill-resources/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

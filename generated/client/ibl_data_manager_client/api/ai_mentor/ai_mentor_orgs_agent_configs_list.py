"""`ai_mentor_orgs_agent_configs_list`: GET /api/ai-mentor/orgs/{org}/agent-configs/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.agent_config import AgentConfig
from ...models.paginated_agent_config_list import PaginatedAgentConfigList
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PaginatedAgentConfigList:
    """The typed value of a checked 2xx body."""
    response_200 = PaginatedAgentConfigList.from_dict(data)

    return response_200


OPERATION: Operation[PaginatedAgentConfigList] = Operation(
    operation_id="ai_mentor_orgs_agent_configs_list",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/agent-configs/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PaginatedAgentConfigList"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "query.limit": {"type": "integer"},
        "query.offset": {"type": "integer"},
    },
)


def _parse_item(data: Any) -> AgentConfig:
    """One item of a page."""
    results_item = AgentConfig.from_dict(data)

    return results_item


PAGE: PageShape[AgentConfig] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/agent-configs/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

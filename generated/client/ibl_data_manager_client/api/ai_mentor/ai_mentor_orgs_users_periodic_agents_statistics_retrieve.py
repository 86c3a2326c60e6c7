"""`ai_mentor_orgs_users_periodic_agents_statistics_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.periodic_agent_statistics import PeriodicAgentStatistics
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PeriodicAgentStatistics:
    """The typed value of a checked 2xx body."""
    response_200 = PeriodicAgentStatistics.from_dict(data)

    return response_200


OPERATION: Operation[PeriodicAgentStatistics] = Operation(
    operation_id="ai_mentor_orgs_users_periodic_agents_statistics_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PeriodicAgentStatistics"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.mentor_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor_id: UUID | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_mentor_id: str | Unset = UNSET
    if not isinstance(mentor_id, Unset):
        json_mentor_id = str(mentor_id)
    params["mentor_id"] = json_mentor_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/periodic-agents/statistics/".format(
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

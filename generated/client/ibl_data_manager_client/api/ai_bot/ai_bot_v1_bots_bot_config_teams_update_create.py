"""`ai_bot_v1_bots_bot_config_teams_update_create`: POST /api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.teams_config import TeamsConfig
from ...models.teams_config_request import TeamsConfigRequest


def _parse(status: int, data: Any) -> TeamsConfig:
    """The typed value of a checked 2xx body."""
    response_201 = TeamsConfig.from_dict(data)

    return response_201


OPERATION: Operation[TeamsConfig] = Operation(
    operation_id="ai_bot_v1_bots_bot_config_teams_update_create",
    method="POST",
    path="/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/TeamsConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TeamsConfigRequest"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: TeamsConfigRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-bot/v1/bots/{org}/bot/{id}/config/teams/update/".format(
            org=quote(wire_text(org), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

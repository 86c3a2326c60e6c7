"""`ai_bot_v1_bots_webhooks_teams_retrieve`: GET /api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.teams_webhook import TeamsWebhook


def _parse(status: int, data: Any) -> TeamsWebhook:
    """The typed value of a checked 2xx body."""
    response_200 = TeamsWebhook.from_dict(data)

    return response_200


OPERATION: Operation[TeamsWebhook] = Operation(
    operation_id="ai_bot_v1_bots_webhooks_teams_retrieve",
    method="GET",
    path="/api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TeamsWebhook"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.name": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    name: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-bot/v1/bots/webhooks/{org}/teams/{name}/".format(
            org=quote(wire_text(org), safe=""),
            name=quote(wire_text(name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.name": wire_value(name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_bot_v1_bots_webhooks_discord_create`: POST /api/ai-bot/v1/bots/webhooks/{org}/discord/{name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.discord_webhook import DiscordWebhook


def _parse(status: int, data: Any) -> DiscordWebhook:
    """The typed value of a checked 2xx body."""
    response_200 = DiscordWebhook.from_dict(data)

    return response_200


OPERATION: Operation[DiscordWebhook] = Operation(
    operation_id="ai_bot_v1_bots_webhooks_discord_create",
    method="POST",
    path="/api/ai-bot/v1/bots/webhooks/{org}/discord/{name}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/DiscordWebhook"}, "json"),),
    body_schema={"$ref": "#/components/schemas/DiscordWebhook"},
    parameter_schemas={"path.name": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    name: str,
    body: DiscordWebhook,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-bot/v1/bots/webhooks/{org}/discord/{name}/".format(
            org=quote(wire_text(org), safe=""),
            name=quote(wire_text(name), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.name": wire_value(name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

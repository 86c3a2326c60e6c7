"""`ai_bot_v1_bots_webhooks_whatsapp_retrieve`: GET /api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.what_app_web_hook import WhatAppWebHook


def _parse(status: int, data: Any) -> WhatAppWebHook:
    """The typed value of a checked 2xx body."""
    response_200 = WhatAppWebHook.from_dict(data)

    return response_200


OPERATION: Operation[WhatAppWebHook] = Operation(
    operation_id="ai_bot_v1_bots_webhooks_whatsapp_retrieve",
    method="GET",
    path="/api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/WhatAppWebHook"}, "json"),),
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
        url="/api/ai-bot/v1/bots/webhooks/{org}/whatsapp/{name}/".format(
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

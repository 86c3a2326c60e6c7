"""`ai_bot_v1_bots_whatsapp_user_config_update`: PUT /api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.whatsapp_user_config import WhatsappUserConfig
from ...models.whatsapp_user_config_request import WhatsappUserConfigRequest


def _parse(status: int, data: Any) -> WhatsappUserConfig:
    """The typed value of a checked 2xx body."""
    response_200 = WhatsappUserConfig.from_dict(data)

    return response_200


OPERATION: Operation[WhatsappUserConfig] = Operation(
    operation_id="ai_bot_v1_bots_whatsapp_user_config_update",
    method="PUT",
    path="/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/WhatsappUserConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/WhatsappUserConfigRequest"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: WhatsappUserConfigRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-bot/v1/bots/{org}/whatsapp-user-config/{id}/".format(
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

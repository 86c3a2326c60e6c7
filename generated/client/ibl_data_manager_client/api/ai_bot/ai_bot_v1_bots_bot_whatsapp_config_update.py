"""`ai_bot_v1_bots_bot_whatsapp_config_update`: PUT /api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.whatsapp_config import WhatsappConfig
from ...models.whatsapp_config_request import WhatsappConfigRequest


def _parse(status: int, data: Any) -> WhatsappConfig:
    """The typed value of a checked 2xx body."""
    response_201 = WhatsappConfig.from_dict(data)

    return response_201


OPERATION: Operation[WhatsappConfig] = Operation(
    operation_id="ai_bot_v1_bots_bot_whatsapp_config_update",
    method="PUT",
    path="/api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/WhatsappConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/WhatsappConfigRequest"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: WhatsappConfigRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-bot/v1/bots/{org}/bot/{id}/whatsapp-config/".format(
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

"""`ai_bot_v1_bots_whatsapp_user_config_create`: POST /api/ai-bot/v1/bots/{org}/whatsapp-user-config/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.whatsapp_user_config import WhatsappUserConfig
from ...models.whatsapp_user_config_request import WhatsappUserConfigRequest


def _parse(status: int, data: Any) -> WhatsappUserConfig:
    """The typed value of a checked 2xx body."""
    response_201 = WhatsappUserConfig.from_dict(data)

    return response_201


OPERATION: Operation[WhatsappUserConfig] = Operation(
    operation_id="ai_bot_v1_bots_whatsapp_user_config_create",
    method="POST",
    path="/api/ai-bot/v1/bots/{org}/whatsapp-user-config/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/WhatsappUserConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/WhatsappUserConfigRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: WhatsappUserConfigRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-bot/v1/bots/{org}/whatsapp-user-config/".format(
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

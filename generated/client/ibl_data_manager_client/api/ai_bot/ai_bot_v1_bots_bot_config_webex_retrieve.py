"""`ai_bot_v1_bots_bot_config_webex_retrieve`: GET /api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.webex_config import WebexConfig


def _parse(status: int, data: Any) -> WebexConfig:
    """The typed value of a checked 2xx body."""
    response_200 = WebexConfig.from_dict(data)

    return response_200


OPERATION: Operation[WebexConfig] = Operation(
    operation_id="ai_bot_v1_bots_bot_config_webex_retrieve",
    method="GET",
    path="/api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/WebexConfig"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/".format(
            org=quote(wire_text(org), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

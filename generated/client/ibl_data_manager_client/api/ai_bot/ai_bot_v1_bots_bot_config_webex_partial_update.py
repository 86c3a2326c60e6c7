"""`ai_bot_v1_bots_bot_config_webex_partial_update`: PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_webex_config import PatchedWebexConfig
from ...models.webex_config import WebexConfig
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> WebexConfig:
    """The typed value of a checked 2xx body."""
    response_201 = WebexConfig.from_dict(data)

    return response_201


OPERATION: Operation[WebexConfig] = Operation(
    operation_id="ai_bot_v1_bots_bot_config_webex_partial_update",
    method="PATCH",
    path="/api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/WebexConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedWebexConfig"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: PatchedWebexConfig | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-bot/v1/bots/{org}/bot/{id}/config/webex/".format(
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

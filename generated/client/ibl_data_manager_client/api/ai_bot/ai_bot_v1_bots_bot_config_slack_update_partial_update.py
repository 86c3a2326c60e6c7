"""`ai_bot_v1_bots_bot_config_slack_update_partial_update`: PATCH /api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_slack_config import PatchedSlackConfig
from ...models.slack_config import SlackConfig
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SlackConfig:
    """The typed value of a checked 2xx body."""
    response_201 = SlackConfig.from_dict(data)

    return response_201


OPERATION: Operation[SlackConfig] = Operation(
    operation_id="ai_bot_v1_bots_bot_config_slack_update_partial_update",
    method="PATCH",
    path="/api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/",
    parse=_parse,
    responses=((201, 201, {"$ref": "#/components/schemas/SlackConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedSlackConfig"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: PatchedSlackConfig | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-bot/v1/bots/{org}/bot/{id}/config/slack/update/".format(
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

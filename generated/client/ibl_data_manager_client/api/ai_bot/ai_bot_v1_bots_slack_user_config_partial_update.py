"""`ai_bot_v1_bots_slack_user_config_partial_update`: PATCH /api/ai-bot/v1/bots/{org}/slack-user-config/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_slack_user_config import PatchedSlackUserConfig
from ...models.slack_user_config import SlackUserConfig
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> SlackUserConfig:
    """The typed value of a checked 2xx body."""
    response_200 = SlackUserConfig.from_dict(data)

    return response_200


OPERATION: Operation[SlackUserConfig] = Operation(
    operation_id="ai_bot_v1_bots_slack_user_config_partial_update",
    method="PATCH",
    path="/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/SlackUserConfig"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedSlackUserConfig"},
    parameter_schemas={"path.id": {"type": "integer"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    id: int,
    body: PatchedSlackUserConfig | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-bot/v1/bots/{org}/slack-user-config/{id}/".format(
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

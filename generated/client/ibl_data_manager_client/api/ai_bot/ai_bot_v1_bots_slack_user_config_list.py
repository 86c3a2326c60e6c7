"""`ai_bot_v1_bots_slack_user_config_list`: GET /api/ai-bot/v1/bots/{org}/slack-user-config/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.slack_user_config import SlackUserConfig


def _parse(status: int, data: Any) -> list[SlackUserConfig]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = SlackUserConfig.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[SlackUserConfig]] = Operation(
    operation_id="ai_bot_v1_bots_slack_user_config_list",
    method="GET",
    path="/api/ai-bot/v1/bots/{org}/slack-user-config/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/SlackUserConfig"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-bot/v1/bots/{org}/slack-user-config/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_users_pin_message_destroy`: DELETE /api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_mentor_orgs_users_pin_message_destroy_response_204 import (
    AiMentorOrgsUsersPinMessageDestroyResponse204,
)


def _parse(status: int, data: Any) -> AiMentorOrgsUsersPinMessageDestroyResponse204:
    """The typed value of a checked 2xx body."""
    response_204 = AiMentorOrgsUsersPinMessageDestroyResponse204.from_dict(data)

    return response_204


OPERATION: Operation[AiMentorOrgsUsersPinMessageDestroyResponse204] = Operation(
    operation_id="ai_mentor_orgs_users_pin_message_destroy",
    method="DELETE",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/",
    parse=_parse,
    responses=((204, 204, {"type": "object", "additionalProperties": {}}, "json"),),
    body_schema=None,
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="DELETE",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/pin-message/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

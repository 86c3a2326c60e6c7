"""`ai_analytics_orgs_users_top_students_by_chat_messages_list`: GET /api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.student_chat_message import StudentChatMessage
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> list[StudentChatMessage]:
    """The typed value of a checked 2xx body."""
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = StudentChatMessage.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


OPERATION: Operation[list[StudentChatMessage]] = Operation(
    operation_id="ai_analytics_orgs_users_top_students_by_chat_messages_list",
    method="GET",
    path="/api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"type": "array", "items": {"$ref": "#/components/schemas/StudentChatMessage"}},
            "json",
        ),
    ),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.group_by": {"type": "string", "minLength": 1},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    group_by: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["group_by"] = group_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-analytics/orgs/{org}/users/{user_id}/top-students-by-chat-messages/".format(
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

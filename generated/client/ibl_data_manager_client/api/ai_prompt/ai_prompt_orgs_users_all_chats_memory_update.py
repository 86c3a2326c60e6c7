"""`ai_prompt_orgs_users_all_chats_memory_update`: PUT /api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.user_all_chat_memory_view_request import UserAllChatMemoryViewRequest
from ...models.user_chat_memory_update_view import UserChatMemoryUpdateView


def _parse(status: int, data: Any) -> UserChatMemoryUpdateView:
    """The typed value of a checked 2xx body."""
    response_200 = UserChatMemoryUpdateView.from_dict(data)

    return response_200


OPERATION: Operation[UserChatMemoryUpdateView] = Operation(
    operation_id="ai_prompt_orgs_users_all_chats_memory_update",
    method="PUT",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserChatMemoryUpdateView"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserAllChatMemoryViewRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: UserAllChatMemoryViewRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/all-chats-memory/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_prompt_orgs_users_memory_context_update`: PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.user_memory_context_request import UserMemoryContextRequest
from ...models.user_memory_context_response import UserMemoryContextResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> UserMemoryContextResponse:
    """The typed value of a checked 2xx body."""
    response_200 = UserMemoryContextResponse.from_dict(data)

    return response_200


OPERATION: Operation[UserMemoryContextResponse] = Operation(
    operation_id="ai_prompt_orgs_users_memory_context_update",
    method="PUT",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserMemoryContextResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserMemoryContextRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: UserMemoryContextRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/memory-context/".format(
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

"""`ai_prompt_orgs_users_memory_update`: PUT /api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.user_catalog_item_memory_view import UserCatalogItemMemoryView
from ...models.user_catalog_item_memory_view_request import UserCatalogItemMemoryViewRequest


def _parse(status: int, data: Any) -> UserCatalogItemMemoryView:
    """The typed value of a checked 2xx body."""
    response_200 = UserCatalogItemMemoryView.from_dict(data)

    return response_200


OPERATION: Operation[UserCatalogItemMemoryView] = Operation(
    operation_id="ai_prompt_orgs_users_memory_update",
    method="PUT",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/UserCatalogItemMemoryView"}, "json"),),
    body_schema={"$ref": "#/components/schemas/UserCatalogItemMemoryViewRequest"},
    parameter_schemas={
        "path.memory_id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    memory_id: int,
    body: UserCatalogItemMemoryViewRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/memory/{memory_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            memory_id=quote(wire_text(memory_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.memory_id": wire_value(memory_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_prompt_orgs_users_tags_update`: PUT /api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.tags_view import TagsView
from ...models.tags_view_request import TagsViewRequest


def _parse(status: int, data: Any) -> TagsView:
    """The typed value of a checked 2xx body."""
    response_200 = TagsView.from_dict(data)

    return response_200


OPERATION: Operation[TagsView] = Operation(
    operation_id="ai_prompt_orgs_users_tags_update",
    method="PUT",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/TagsView"}, "json"),),
    body_schema={"$ref": "#/components/schemas/TagsViewRequest"},
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.tag_id": {"type": "integer"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    tag_id: int,
    body: TagsViewRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/tags/{tag_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            tag_id=quote(wire_text(tag_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.tag_id": wire_value(tag_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

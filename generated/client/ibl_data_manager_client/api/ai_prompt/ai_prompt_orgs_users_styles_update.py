"""`ai_prompt_orgs_users_styles_update`: PUT /api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.styles_view import StylesView
from ...models.styles_view_request import StylesViewRequest


def _parse(status: int, data: Any) -> StylesView:
    """The typed value of a checked 2xx body."""
    response_200 = StylesView.from_dict(data)

    return response_200


OPERATION: Operation[StylesView] = Operation(
    operation_id="ai_prompt_orgs_users_styles_update",
    method="PUT",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/StylesView"}, "json"),),
    body_schema={"$ref": "#/components/schemas/StylesViewRequest"},
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.style_id": {"type": "integer"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    style_id: int,
    body: StylesViewRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/styles/{style_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            style_id=quote(wire_text(style_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.style_id": wire_value(style_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

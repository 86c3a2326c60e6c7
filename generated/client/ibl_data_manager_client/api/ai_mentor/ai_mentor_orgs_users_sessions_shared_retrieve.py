"""`ai_mentor_orgs_users_sessions_shared_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ..._pagination import PageShape
from ...models.message_view import MessageView


def _parse(status: int, data: Any) -> MessageView:
    """The typed value of a checked 2xx body."""
    response_200 = MessageView.from_dict(data)

    return response_200


OPERATION: Operation[MessageView] = Operation(
    operation_id="ai_mentor_orgs_users_sessions_shared_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MessageView"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.session_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def _parse_item(data: Any) -> Any:
    """One item of a page."""
    return data


PAGE: PageShape[Any] = PageShape(
    items=("results",),
    next=("next",),
    parse_item=_parse_item,
)


def build_request(
    *,
    org: str,
    user_id: str,
    session_id: UUID,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/sessions/{session_id}/shared/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            session_id=quote(wire_text(session_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.session_id": wire_value(session_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

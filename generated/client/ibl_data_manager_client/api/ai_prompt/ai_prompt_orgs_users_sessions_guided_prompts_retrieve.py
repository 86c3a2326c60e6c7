"""`ai_prompt_orgs_users_sessions_guided_prompts_retrieve`: GET /api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.guided_prompts_response import GuidedPromptsResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> GuidedPromptsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = GuidedPromptsResponse.from_dict(data)

    return response_200


OPERATION: Operation[GuidedPromptsResponse] = Operation(
    operation_id="ai_prompt_orgs_users_sessions_guided_prompts_retrieve",
    method="GET",
    path="/api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/GuidedPromptsResponse"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.session_id": {"type": "string"},
        "path.user_id": {"type": "string"},
        "query.count": {"type": "integer", "minimum": 1, "maximum": 10},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    session_id: UUID,
    count: int | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-prompt/orgs/{org}/users/{user_id}/sessions/{session_id}/guided-prompts/".format(
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

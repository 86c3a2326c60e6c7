"""`ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve`: GET /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.auto_memory_prompt import AutoMemoryPrompt


def _parse(status: int, data: Any) -> AutoMemoryPrompt:
    """The typed value of a checked 2xx body."""
    response_200 = AutoMemoryPrompt.from_dict(data)

    return response_200


OPERATION: Operation[AutoMemoryPrompt] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_auto_memory_prompt_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/AutoMemoryPrompt"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.mentor": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    mentor: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/auto-memory-prompt/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.mentor": wire_value(mentor),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

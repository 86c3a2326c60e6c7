"""`ai_mentor_orgs_users_mentors_current_memory_update`: PUT /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.question_request import QuestionRequest
from ...models.question_response import QuestionResponse


def _parse(status: int, data: Any) -> QuestionResponse:
    """The typed value of a checked 2xx body."""
    response_200 = QuestionResponse.from_dict(data)

    return response_200


OPERATION: Operation[QuestionResponse] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_current_memory_update",
    method="PUT",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/QuestionResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/QuestionRequest"},
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
    body: QuestionRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/current-memory/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.mentor": wire_value(mentor),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

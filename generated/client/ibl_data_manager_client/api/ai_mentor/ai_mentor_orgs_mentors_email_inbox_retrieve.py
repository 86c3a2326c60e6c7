"""`ai_mentor_orgs_mentors_email_inbox_retrieve`: GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.email_prompt_detail import EmailPromptDetail


def _parse(status: int, data: Any) -> EmailPromptDetail:
    """The typed value of a checked 2xx body."""
    response_200 = EmailPromptDetail.from_dict(data)

    return response_200


OPERATION: Operation[EmailPromptDetail] = Operation(
    operation_id="ai_mentor_orgs_mentors_email_inbox_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/EmailPromptDetail"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.email_prompt_id": {"type": "integer"},
        "path.mentor": {"type": "string"},
        "path.org": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    mentor: str,
    email_prompt_id: int,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox/{email_prompt_id}/".format(
            org=quote(wire_text(org), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
            email_prompt_id=quote(wire_text(email_prompt_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor": wire_value(mentor),
            "path.email_prompt_id": wire_value(email_prompt_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

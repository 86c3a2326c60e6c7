"""`ai_mentor_orgs_mentors_email_inbox_summary_retrieve`: GET /api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox-summary/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.email_prompt_summary import EmailPromptSummary


def _parse(status: int, data: Any) -> EmailPromptSummary:
    """The typed value of a checked 2xx body."""
    response_200 = EmailPromptSummary.from_dict(data)

    return response_200


OPERATION: Operation[EmailPromptSummary] = Operation(
    operation_id="ai_mentor_orgs_mentors_email_inbox_summary_retrieve",
    method="GET",
    path="/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox-summary/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/EmailPromptSummary"}, "json"),),
    body_schema=None,
    parameter_schemas={"path.mentor": {"type": "string"}, "path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    mentor: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-mentor/orgs/{org}/mentors/{mentor}/email-inbox-summary/".format(
            org=quote(wire_text(org), safe=""),
            mentor=quote(wire_text(mentor), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.mentor": wire_value(mentor),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_mentors_by_email_create`: POST /api/ai-mentor/orgs/{org}/mentors/by-email/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.accessible_mentors_by_email_request import AccessibleMentorsByEmailRequest
from ...models.accessible_mentors_by_email_response import AccessibleMentorsByEmailResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> AccessibleMentorsByEmailResponse:
    """The typed value of a checked 2xx body."""
    response_200 = AccessibleMentorsByEmailResponse.from_dict(data)

    return response_200


OPERATION: Operation[AccessibleMentorsByEmailResponse] = Operation(
    operation_id="ai_mentor_orgs_mentors_by_email_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/mentors/by-email/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/AccessibleMentorsByEmailResponse"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/AccessibleMentorsByEmailRequest"},
    parameter_schemas={"path.org": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    body: AccessibleMentorsByEmailRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/mentors/by-email/".format(
            org=quote(wire_text(org), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_mentor_orgs_users_google_agents_partial_update`: PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/{unique_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.google_agent_detail import GoogleAgentDetail
from ...models.patched_google_agent_detail import PatchedGoogleAgentDetail
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> GoogleAgentDetail:
    """The typed value of a checked 2xx body."""
    response_200 = GoogleAgentDetail.from_dict(data)

    return response_200


OPERATION: Operation[GoogleAgentDetail] = Operation(
    operation_id="ai_mentor_orgs_users_google_agents_partial_update",
    method="PATCH",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/{unique_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/GoogleAgentDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedGoogleAgentDetail"},
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.unique_id": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    unique_id: str,
    body: PatchedGoogleAgentDetail | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/google-agents/{unique_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            unique_id=quote(wire_text(unique_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.unique_id": wire_value(unique_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

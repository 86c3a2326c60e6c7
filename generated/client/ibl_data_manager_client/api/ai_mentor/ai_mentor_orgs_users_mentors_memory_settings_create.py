"""`ai_mentor_orgs_users_mentors_memory_settings_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_memory_settings_request import MentorMemorySettingsRequest
from ...models.mentor_memory_settings_response import MentorMemorySettingsResponse
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> MentorMemorySettingsResponse:
    """The typed value of a checked 2xx body."""
    response_200 = MentorMemorySettingsResponse.from_dict(data)

    return response_200


OPERATION: Operation[MentorMemorySettingsResponse] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_memory_settings_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorMemorySettingsResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/MentorMemorySettingsRequest"},
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
    body: MentorMemorySettingsRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/memory-settings/".format(
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

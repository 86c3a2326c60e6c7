"""`ai_mentor_orgs_users_mentors_mentor_user_settings_create`: POST /api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.mentor_user_setting import MentorUserSetting
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> MentorUserSetting:
    """The typed value of a checked 2xx body."""
    response_200 = MentorUserSetting.from_dict(data)

    return response_200


OPERATION: Operation[MentorUserSetting] = Operation(
    operation_id="ai_mentor_orgs_users_mentors_mentor_user_settings_create",
    method="POST",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/MentorUserSetting"}, "json"),),
    body_schema={"$ref": "#/components/schemas/MentorUserSetting"},
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
    body: MentorUserSetting | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/mentors/{mentor}/mentor-user-settings/".format(
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

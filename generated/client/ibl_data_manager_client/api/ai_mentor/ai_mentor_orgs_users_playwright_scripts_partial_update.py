"""`ai_mentor_orgs_users_playwright_scripts_partial_update`: PATCH /api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.patched_play_wright_script import PatchedPlayWrightScript
from ...models.play_wright_script import PlayWrightScript
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> PlayWrightScript:
    """The typed value of a checked 2xx body."""
    response_200 = PlayWrightScript.from_dict(data)

    return response_200


OPERATION: Operation[PlayWrightScript] = Operation(
    operation_id="ai_mentor_orgs_users_playwright_scripts_partial_update",
    method="PATCH",
    path="/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlayWrightScript"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PatchedPlayWrightScript"},
    parameter_schemas={
        "path.id": {"type": "integer"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    id: int,
    body: PatchedPlayWrightScript | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PATCH",
        url="/api/ai-mentor/orgs/{org}/users/{user_id}/playwright-scripts/{id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            id=quote(wire_text(id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.id": wire_value(id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`ai_media_orgs_users_veo_video_download_retrieve`: GET /api/ai-media/orgs/{org}/users/{user_id}/veo/video-download/{veo_video_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value


def _parse(status: int, data: Any) -> None:
    """The typed value of a checked 2xx body."""
    return None


OPERATION: Operation[None] = Operation(
    operation_id="ai_media_orgs_users_veo_video_download_retrieve",
    method="GET",
    path="/api/ai-media/orgs/{org}/users/{user_id}/veo/video-download/{veo_video_id}/",
    parse=_parse,
    responses=((200, 200, None, "none"),),
    body_schema=None,
    parameter_schemas={
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
        "path.veo_video_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    veo_video_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-media/orgs/{org}/users/{user_id}/veo/video-download/{veo_video_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            veo_video_id=quote(wire_text(veo_video_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.veo_video_id": wire_value(veo_video_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

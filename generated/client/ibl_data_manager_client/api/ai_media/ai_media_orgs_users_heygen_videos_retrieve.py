"""`ai_media_orgs_users_heygen_videos_retrieve`: GET /api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.heygen_video_detail import HeygenVideoDetail


def _parse(status: int, data: Any) -> HeygenVideoDetail:
    """The typed value of a checked 2xx body."""
    response_200 = HeygenVideoDetail.from_dict(data)

    return response_200


OPERATION: Operation[HeygenVideoDetail] = Operation(
    operation_id="ai_media_orgs_users_heygen_videos_retrieve",
    method="GET",
    path="/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/HeygenVideoDetail"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.heygen_marketing_video_id": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    heygen_marketing_video_id: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-media/orgs/{org}/users/{user_id}/heygen/videos/{heygen_marketing_video_id}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            heygen_marketing_video_id=quote(wire_text(heygen_marketing_video_id), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.heygen_marketing_video_id": wire_value(heygen_marketing_video_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

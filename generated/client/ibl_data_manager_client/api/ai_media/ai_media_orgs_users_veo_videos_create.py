"""`ai_media_orgs_users_veo_videos_create`: POST /api/ai-media/orgs/{org}/users/{user_id}/veo/videos/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.ai_media_orgs_users_veo_videos_create_body import AiMediaOrgsUsersVeoVideosCreateBody
from ...models.veo_video_detail import VeoVideoDetail


def _parse(status: int, data: Any) -> VeoVideoDetail:
    """The typed value of a checked 2xx body."""
    response_200 = VeoVideoDetail.from_dict(data)

    return response_200


OPERATION: Operation[VeoVideoDetail] = Operation(
    operation_id="ai_media_orgs_users_veo_videos_create",
    method="POST",
    path="/api/ai-media/orgs/{org}/users/{user_id}/veo/videos/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/VeoVideoDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AiMediaOrgsUsersVeoVideosCreateBody"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: AiMediaOrgsUsersVeoVideosCreateBody,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-media/orgs/{org}/users/{user_id}/veo/videos/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

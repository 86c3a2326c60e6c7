"""`ai_marketing_orgs_users_heygen_videos_create`: POST /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.heygen_marketing_video_list import HeygenMarketingVideoList
from ...models.heygen_marketing_video_list_request import HeygenMarketingVideoListRequest
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> HeygenMarketingVideoList:
    """The typed value of a checked 2xx body."""
    response_200 = HeygenMarketingVideoList.from_dict(data)

    return response_200


OPERATION: Operation[HeygenMarketingVideoList] = Operation(
    operation_id="ai_marketing_orgs_users_heygen_videos_create",
    method="POST",
    path="/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/HeygenMarketingVideoList"}, "json"),),
    body_schema={"$ref": "#/components/schemas/HeygenMarketingVideoListRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: HeygenMarketingVideoListRequest | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/".format(
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

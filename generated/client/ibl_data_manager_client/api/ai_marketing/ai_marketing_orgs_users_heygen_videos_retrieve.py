"""`ai_marketing_orgs_users_heygen_videos_retrieve`: GET /api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.heygen_marketing_video_detail import HeygenMarketingVideoDetail


def _parse(status: int, data: Any) -> HeygenMarketingVideoDetail:
    """The typed value of a checked 2xx body."""
    response_200 = HeygenMarketingVideoDetail.from_dict(data)

    return response_200


OPERATION: Operation[HeygenMarketingVideoDetail] = Operation(
    operation_id="ai_marketing_orgs_users_heygen_videos_retrieve",
    method="GET",
    path="/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/HeygenMarketingVideoDetail"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "path.name": {"type": "string"},
        "path.org": {"type": "string"},
        "path.user_id": {"type": "string"},
    },
)


def build_request(
    *,
    org: str,
    user_id: str,
    name: str,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/ai-marketing/orgs/{org}/users/{user_id}/heygen-videos/{name}/".format(
            org=quote(wire_text(org), safe=""),
            user_id=quote(wire_text(user_id), safe=""),
            name=quote(wire_text(name), safe=""),
        ),
        params=params,
        content=_kwargs,
        parameters={
            "path.org": wire_value(org),
            "path.user_id": wire_value(user_id),
            "path.name": wire_value(name),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

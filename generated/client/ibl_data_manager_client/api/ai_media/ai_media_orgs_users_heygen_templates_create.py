"""`ai_media_orgs_users_heygen_templates_create`: POST /api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.heygen_template_request import HeygenTemplateRequest
from ...models.heygen_template_response_single import HeygenTemplateResponseSingle


def _parse(status: int, data: Any) -> HeygenTemplateResponseSingle:
    """The typed value of a checked 2xx body."""
    response_200 = HeygenTemplateResponseSingle.from_dict(data)

    return response_200


OPERATION: Operation[HeygenTemplateResponseSingle] = Operation(
    operation_id="ai_media_orgs_users_heygen_templates_create",
    method="POST",
    path="/api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/HeygenTemplateResponseSingle"}, "json"),),
    body_schema={"$ref": "#/components/schemas/HeygenTemplateRequest"},
    parameter_schemas={"path.org": {"type": "string"}, "path.user_id": {"type": "string"}},
)


def build_request(
    *,
    org: str,
    user_id: str,
    body: HeygenTemplateRequest,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/ai-media/orgs/{org}/users/{user_id}/heygen/templates/".format(
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

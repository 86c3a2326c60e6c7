"""`notification_v1_orgs_campaigns_enable_create`: POST /api/notification/v1/orgs/{platform_key}/campaigns/enable/"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ..._operation import Operation, RequestSpec, wire_text, wire_value
from ...models.campaign_enablement import CampaignEnablement
from ...models.notification_v1_orgs_campaigns_enable_create_response import (
    NotificationV1OrgsCampaignsEnableCreateResponse,
)
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> NotificationV1OrgsCampaignsEnableCreateResponse:
    """The typed value of a checked 2xx body."""
    response_200 = NotificationV1OrgsCampaignsEnableCreateResponse.from_dict(data)

    return response_200


OPERATION: Operation[NotificationV1OrgsCampaignsEnableCreateResponse] = Operation(
    operation_id="notification_v1_orgs_campaigns_enable_create",
    method="POST",
    path="/api/notification/v1/orgs/{platform_key}/campaigns/enable/",
    parse=_parse,
    responses=(
        (
            200,
            200,
            {"$ref": "#/components/schemas/NotificationV1OrgsCampaignsEnableCreateResponse"},
            "json",
        ),
    ),
    body_schema={"$ref": "#/components/schemas/CampaignEnablement"},
    parameter_schemas={"path.platform_key": {"type": "string"}},
)


def build_request(
    *,
    platform_key: str,
    body: CampaignEnablement | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/notification/v1/orgs/{platform_key}/campaigns/enable/".format(
            platform_key=quote(wire_text(platform_key), safe=""),
        ),
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            "path.platform_key": wire_value(platform_key),
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

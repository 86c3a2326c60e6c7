"""`catalog_invitations_platform_redeem_create`: POST /api/catalog/invitations/platform/redeem/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.platform_invitation_detail import PlatformInvitationDetail
from ...models.platform_invitation_redemption import PlatformInvitationRedemption


def _parse(status: int, data: Any) -> PlatformInvitationDetail:
    """The typed value of a checked 2xx body."""
    response_200 = PlatformInvitationDetail.from_dict(data)

    return response_200


OPERATION: Operation[PlatformInvitationDetail] = Operation(
    operation_id="catalog_invitations_platform_redeem_create",
    method="POST",
    path="/api/catalog/invitations/platform/redeem/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/PlatformInvitationDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/PlatformInvitationRedemption"},
    parameter_schemas={},
)


def build_request(
    *,
    body: PlatformInvitationRedemption,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/platform/redeem/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

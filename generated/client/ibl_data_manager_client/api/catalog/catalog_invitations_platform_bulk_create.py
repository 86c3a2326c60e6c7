"""`catalog_invitations_platform_bulk_create`: POST /api/catalog/invitations/platform/bulk/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.bulk_platform_invitation_create import BulkPlatformInvitationCreate
from ...models.bulk_platform_invitation_response import BulkPlatformInvitationResponse


def _parse(status: int, data: Any) -> BulkPlatformInvitationResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BulkPlatformInvitationResponse.from_dict(data)

    return response_200


OPERATION: Operation[BulkPlatformInvitationResponse] = Operation(
    operation_id="catalog_invitations_platform_bulk_create",
    method="POST",
    path="/api/catalog/invitations/platform/bulk/",
    parse=_parse,
    responses=(
        (200, 200, {"$ref": "#/components/schemas/BulkPlatformInvitationResponse"}, "json"),
    ),
    body_schema={"$ref": "#/components/schemas/BulkPlatformInvitationCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: BulkPlatformInvitationCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/platform/bulk/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

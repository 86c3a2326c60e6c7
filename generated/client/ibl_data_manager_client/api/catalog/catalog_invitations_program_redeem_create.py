"""`catalog_invitations_program_redeem_create`: POST /api/catalog/invitations/program/redeem/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.program_invitation_detail import ProgramInvitationDetail
from ...models.program_invitation_redemption import ProgramInvitationRedemption


def _parse(status: int, data: Any) -> ProgramInvitationDetail:
    """The typed value of a checked 2xx body."""
    response_200 = ProgramInvitationDetail.from_dict(data)

    return response_200


OPERATION: Operation[ProgramInvitationDetail] = Operation(
    operation_id="catalog_invitations_program_redeem_create",
    method="POST",
    path="/api/catalog/invitations/program/redeem/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/ProgramInvitationDetail"}, "json"),),
    body_schema={"$ref": "#/components/schemas/ProgramInvitationRedemption"},
    parameter_schemas={},
)


def build_request(
    *,
    body: ProgramInvitationRedemption,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/program/redeem/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

"""`catalog_invitations_program_bulk_create`: POST /api/catalog/invitations/program/bulk/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.bulk_program_invitation_create import BulkProgramInvitationCreate
from ...models.bulk_program_invitation_response import BulkProgramInvitationResponse


def _parse(status: int, data: Any) -> BulkProgramInvitationResponse:
    """The typed value of a checked 2xx body."""
    response_200 = BulkProgramInvitationResponse.from_dict(data)

    return response_200


OPERATION: Operation[BulkProgramInvitationResponse] = Operation(
    operation_id="catalog_invitations_program_bulk_create",
    method="POST",
    path="/api/catalog/invitations/program/bulk/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/BulkProgramInvitationResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/BulkProgramInvitationCreate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: BulkProgramInvitationCreate,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/catalog/invitations/program/bulk/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

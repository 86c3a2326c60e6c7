"""`providers_apple_associate_account_create`: POST /api/providers/apple/associate-account/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.associate_account_response import AssociateAccountResponse
from ...models.associate_apple_account import AssociateAppleAccount


def _parse(status: int, data: Any) -> AssociateAccountResponse:
    """The typed value of a checked 2xx body."""
    response_200 = AssociateAccountResponse.from_dict(data)

    return response_200


OPERATION: Operation[AssociateAccountResponse] = Operation(
    operation_id="providers_apple_associate_account_create",
    method="POST",
    path="/api/providers/apple/associate-account/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/AssociateAccountResponse"}, "json"),),
    body_schema={"$ref": "#/components/schemas/AssociateAppleAccount"},
    parameter_schemas={},
)


def build_request(
    *,
    body: AssociateAppleAccount,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="POST",
        url="/api/providers/apple/associate-account/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

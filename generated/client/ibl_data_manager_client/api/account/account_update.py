"""`account_update`: PUT /account/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.credit_account_auto_recharge_update import CreditAccountAutoRechargeUpdate
from ...models.credit_account_info import CreditAccountInfo
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CreditAccountInfo:
    """The typed value of a checked 2xx body."""
    response_200 = CreditAccountInfo.from_dict(data)

    return response_200


OPERATION: Operation[CreditAccountInfo] = Operation(
    operation_id="account_update",
    method="PUT",
    path="/account/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CreditAccountInfo"}, "json"),),
    body_schema={"$ref": "#/components/schemas/CreditAccountAutoRechargeUpdate"},
    parameter_schemas={},
)


def build_request(
    *,
    body: CreditAccountAutoRechargeUpdate | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    _kwargs: dict[str, Any] = {}

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    return RequestSpec(
        method="PUT",
        url="/account/",
        params=params,
        headers=headers,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

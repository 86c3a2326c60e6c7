"""`billing_account_retrieve`: GET /api/billing/account/"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.credit_account_info import CreditAccountInfo
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CreditAccountInfo:
    """The typed value of a checked 2xx body."""
    response_200 = CreditAccountInfo.from_dict(data)

    return response_200


OPERATION: Operation[CreditAccountInfo] = Operation(
    operation_id="billing_account_retrieve",
    method="GET",
    path="/api/billing/account/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CreditAccountInfo"}, "json"),),
    body_schema=None,
    parameter_schemas={"query.platform_key": {"type": "string", "minLength": 1}},
)


def build_request(
    *,
    platform_key: str | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    params["platform_key"] = platform_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/api/billing/account/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

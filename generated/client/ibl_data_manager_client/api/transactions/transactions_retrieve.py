"""`transactions_retrieve`: GET /transactions/"""

from __future__ import annotations

import datetime
from typing import Any

from ..._operation import Operation, RequestSpec
from ...models.credit_transaction_history import CreditTransactionHistory
from ...models.transactions_retrieve_transaction_type import TransactionsRetrieveTransactionType
from ...types import UNSET, Unset


def _parse(status: int, data: Any) -> CreditTransactionHistory:
    """The typed value of a checked 2xx body."""
    response_200 = CreditTransactionHistory.from_dict(data)

    return response_200


OPERATION: Operation[CreditTransactionHistory] = Operation(
    operation_id="transactions_retrieve",
    method="GET",
    path="/transactions/",
    parse=_parse,
    responses=((200, 200, {"$ref": "#/components/schemas/CreditTransactionHistory"}, "json"),),
    body_schema=None,
    parameter_schemas={
        "query.from_date": {"type": "string"},
        "query.platform_key": {"type": "string", "minLength": 1},
        "query.to_date": {"type": "string"},
        "query.transaction_type": {
            "$ref": "#/components/schemas/TransactionsRetrieveTransactionType"
        },
    },
)


def build_request(
    *,
    from_date: datetime.date | Unset = UNSET,
    platform_key: str | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
) -> RequestSpec:
    """The request for one call; `Client` checks it against the document and sends it."""

    params: dict[str, Any] = {}

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["from_date"] = json_from_date

    params["platform_key"] = platform_key

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["to_date"] = json_to_date

    json_transaction_type: str | Unset = UNSET
    if not isinstance(transaction_type, Unset):
        json_transaction_type = transaction_type.value

    params["transaction_type"] = json_transaction_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return RequestSpec(
        method="GET",
        url="/transactions/",
        params=params,
        content=_kwargs,
        parameters={
            **{f"query.{name}": value for name, value in params.items()},
        },
    )

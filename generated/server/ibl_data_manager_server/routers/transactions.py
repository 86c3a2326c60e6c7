"""Routes for the operations tagged `transactions`: each calls `TransactionsApi`."""

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Security

from .. import models
from ..interfaces import TransactionsApi
from ..security import ApiKeyGuard

router = APIRouter(tags=["transactions"])


async def transactions_api(request: Request) -> TransactionsApi:
    """The implementation of these operations, else the bare interface (501 for each)."""
    implementation = request.app.state.implementation
    if isinstance(implementation, TransactionsApi):
        return implementation
    return TransactionsApi()


# What a secured operation receives, once the caller's key is accepted.
secured_transactions_api = ApiKeyGuard(transactions_api)


@router.get(
    "/transactions/",
    operation_id="transactions_retrieve",
    summary="List transaction history",
    description="Paginated transaction history for the credit account. Use platform_key query param to list platform account transactions (if permitted). Filter by transaction_type, from_date (YYYY-MM-DD), to_date (YYYY-MM-DD).",
    status_code=200,
    response_model=models.CreditTransactionHistory,
    response_model_exclude_unset=True,
    response_description="",
)
async def transactions_retrieve(
    *,
    api: Annotated[TransactionsApi, Security(secured_transactions_api)],
    from_date: Annotated[
        str | None, Query(description="Filter from date (YYYY-MM-DD), inclusive.")
    ] = None,
    platform_key: Annotated[
        str | None, Query(min_length=1, description="Platform key. Omit for user's own account.")
    ] = None,
    to_date: Annotated[
        str | None, Query(description="Filter to date (YYYY-MM-DD), inclusive.")
    ] = None,
    transaction_type: Annotated[
        Literal["add", "subtract", "reserve", "release", "rollover", "refund"] | None,
        Query(
            min_length=1,
            description="Filter by transaction type.  * `add` - add * `subtract` - subtract * `reserve` - reserve * `release` - release * `rollover` - rollover * `refund` - refund",
        ),
    ] = None,
) -> models.CreditTransactionHistory:
    return await api.transactions_retrieve(
        from_date=from_date,
        platform_key=platform_key,
        to_date=to_date,
        transaction_type=transaction_type,
    )

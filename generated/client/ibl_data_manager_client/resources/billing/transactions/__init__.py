"""`Client.billing.transactions`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.billing import billing_transactions_retrieve as _billing_transactions_retrieve
from ....models.billing_transactions_retrieve_transaction_type import (
    BillingTransactionsRetrieveTransactionType,
)
from ....models.credit_transaction_history import CreditTransactionHistory
from ....types import UNSET, Unset

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "BillingTransactionsResource",
    "BillingTransactionsResourceWithRawResponse",
    "AsyncBillingTransactionsResource",
    "AsyncBillingTransactionsResourceWithRawResponse",
]


class BillingTransactionsResource:
    """`Client.billing.transactions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> BillingTransactionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return BillingTransactionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: BillingTransactionsRetrieveTransactionType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditTransactionHistory:
        """List transaction history

        Paginated transaction history for the credit account. Use platform_key query param to
        list platform account transactions (if permitted). Filter by transaction_type, from_date
        (YYYY-MM-DD), to_date (YYYY-MM-DD).

        Args:
            from_date (datetime.date | Unset, query)
            platform_key (str | Unset, query)
            to_date (datetime.date | Unset, query)
            transaction_type (BillingTransactionsRetrieveTransactionType | Unset, query)

        Returns:
            CreditTransactionHistory
        """
        return self._client._send(
            _billing_transactions_retrieve.OPERATION,
            _billing_transactions_retrieve.build_request(
                from_date=from_date,
                platform_key=platform_key,
                to_date=to_date,
                transaction_type=transaction_type,
            ),
            options,
        )


class BillingTransactionsResourceWithRawResponse:
    """`Client.billing.transactions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: BillingTransactionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncBillingTransactionsResource:
    """`AsyncClient.billing.transactions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncBillingTransactionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncBillingTransactionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: BillingTransactionsRetrieveTransactionType | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreditTransactionHistory:
        """List transaction history

        Paginated transaction history for the credit account. Use platform_key query param to
        list platform account transactions (if permitted). Filter by transaction_type, from_date
        (YYYY-MM-DD), to_date (YYYY-MM-DD).

        Args:
            from_date (datetime.date | Unset, query)
            platform_key (str | Unset, query)
            to_date (datetime.date | Unset, query)
            transaction_type (BillingTransactionsRetrieveTransactionType | Unset, query)

        Returns:
            CreditTransactionHistory
        """
        return await self._client._send(
            _billing_transactions_retrieve.OPERATION,
            _billing_transactions_retrieve.build_request(
                from_date=from_date,
                platform_key=platform_key,
                to_date=to_date,
                transaction_type=transaction_type,
            ),
            options,
        )


class AsyncBillingTransactionsResourceWithRawResponse:
    """`AsyncClient.billing.transactions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncBillingTransactionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

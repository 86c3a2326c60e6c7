"""`Client.transactions`: 1 operation."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ..._operation import RequestOptions
from ..._response import async_to_raw_response, to_raw_response
from ...api.transactions import transactions_retrieve as _transactions_retrieve
from ...models.credit_transaction_history import CreditTransactionHistory
from ...models.transactions_retrieve_transaction_type import TransactionsRetrieveTransactionType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client

__all__ = [
    "TransactionsResource",
    "TransactionsResourceWithRawResponse",
    "AsyncTransactionsResource",
    "AsyncTransactionsResourceWithRawResponse",
]


class TransactionsResource:
    """`Client.transactions`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TransactionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return TransactionsResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
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
            transaction_type (TransactionsRetrieveTransactionType | Unset, query)

        Returns:
            CreditTransactionHistory
        """
        return self._client._send(
            _transactions_retrieve.OPERATION,
            _transactions_retrieve.build_request(
                from_date=from_date,
                platform_key=platform_key,
                to_date=to_date,
                transaction_type=transaction_type,
            ),
            options,
        )


class TransactionsResourceWithRawResponse:
    """`Client.transactions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: TransactionsResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncTransactionsResource:
    """`AsyncClient.transactions`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTransactionsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncTransactionsResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        from_date: datetime.date | Unset = UNSET,
        platform_key: str | Unset = UNSET,
        to_date: datetime.date | Unset = UNSET,
        transaction_type: TransactionsRetrieveTransactionType | Unset = UNSET,
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
            transaction_type (TransactionsRetrieveTransactionType | Unset, query)

        Returns:
            CreditTransactionHistory
        """
        return await self._client._send(
            _transactions_retrieve.OPERATION,
            _transactions_retrieve.build_request(
                from_date=from_date,
                platform_key=platform_key,
                to_date=to_date,
                transaction_type=transaction_type,
            ),
            options,
        )


class AsyncTransactionsResourceWithRawResponse:
    """`AsyncClient.transactions`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncTransactionsResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

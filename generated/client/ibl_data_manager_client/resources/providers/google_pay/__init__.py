"""`Client.providers.google_pay`: 3 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .get_account import (
        AsyncProvidersGooglePayGetAccountResource,
        AsyncProvidersGooglePayGetAccountResourceWithRawResponse,
        ProvidersGooglePayGetAccountResource,
        ProvidersGooglePayGetAccountResourceWithRawResponse,
    )
    from .hook import (
        AsyncProvidersGooglePayHookResource,
        AsyncProvidersGooglePayHookResourceWithRawResponse,
        ProvidersGooglePayHookResource,
        ProvidersGooglePayHookResourceWithRawResponse,
    )
    from .validate_transaction_id import (
        AsyncProvidersGooglePayValidateTransactionIdResource,
        AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse,
        ProvidersGooglePayValidateTransactionIdResource,
        ProvidersGooglePayValidateTransactionIdResourceWithRawResponse,
    )

__all__ = [
    "ProvidersGooglePayResource",
    "ProvidersGooglePayResourceWithRawResponse",
    "AsyncProvidersGooglePayResource",
    "AsyncProvidersGooglePayResourceWithRawResponse",
]


class ProvidersGooglePayResource:
    """`Client.providers.google_pay`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGooglePayResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGooglePayResourceWithRawResponse(self)

    @cached_property
    def get_account(self) -> ProvidersGooglePayGetAccountResource:
        from .get_account import ProvidersGooglePayGetAccountResource

        return ProvidersGooglePayGetAccountResource(self._client)

    @cached_property
    def hook(self) -> ProvidersGooglePayHookResource:
        from .hook import ProvidersGooglePayHookResource

        return ProvidersGooglePayHookResource(self._client)

    @cached_property
    def validate_transaction_id(self) -> ProvidersGooglePayValidateTransactionIdResource:
        from .validate_transaction_id import ProvidersGooglePayValidateTransactionIdResource

        return ProvidersGooglePayValidateTransactionIdResource(self._client)


class ProvidersGooglePayResourceWithRawResponse:
    """`Client.providers.google_pay`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGooglePayResource) -> None:
        self._resource = resource

    @cached_property
    def get_account(self) -> ProvidersGooglePayGetAccountResourceWithRawResponse:
        from .get_account import ProvidersGooglePayGetAccountResourceWithRawResponse

        return ProvidersGooglePayGetAccountResourceWithRawResponse(self._resource.get_account)

    @cached_property
    def hook(self) -> ProvidersGooglePayHookResourceWithRawResponse:
        from .hook import ProvidersGooglePayHookResourceWithRawResponse

        return ProvidersGooglePayHookResourceWithRawResponse(self._resource.hook)

    @cached_property
    def validate_transaction_id(
        self,
    ) -> ProvidersGooglePayValidateTransactionIdResourceWithRawResponse:
        from .validate_transaction_id import (
            ProvidersGooglePayValidateTransactionIdResourceWithRawResponse,
        )

        return ProvidersGooglePayValidateTransactionIdResourceWithRawResponse(
            self._resource.validate_transaction_id
        )


class AsyncProvidersGooglePayResource:
    """`AsyncClient.providers.google_pay`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGooglePayResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGooglePayResourceWithRawResponse(self)

    @cached_property
    def get_account(self) -> AsyncProvidersGooglePayGetAccountResource:
        from .get_account import AsyncProvidersGooglePayGetAccountResource

        return AsyncProvidersGooglePayGetAccountResource(self._client)

    @cached_property
    def hook(self) -> AsyncProvidersGooglePayHookResource:
        from .hook import AsyncProvidersGooglePayHookResource

        return AsyncProvidersGooglePayHookResource(self._client)

    @cached_property
    def validate_transaction_id(self) -> AsyncProvidersGooglePayValidateTransactionIdResource:
        from .validate_transaction_id import AsyncProvidersGooglePayValidateTransactionIdResource

        return AsyncProvidersGooglePayValidateTransactionIdResource(self._client)


class AsyncProvidersGooglePayResourceWithRawResponse:
    """`AsyncClient.providers.google_pay`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGooglePayResource) -> None:
        self._resource = resource

    @cached_property
    def get_account(self) -> AsyncProvidersGooglePayGetAccountResourceWithRawResponse:
        from .get_account import AsyncProvidersGooglePayGetAccountResourceWithRawResponse

        return AsyncProvidersGooglePayGetAccountResourceWithRawResponse(self._resource.get_account)

    @cached_property
    def hook(self) -> AsyncProvidersGooglePayHookResourceWithRawResponse:
        from .hook import AsyncProvidersGooglePayHookResourceWithRawResponse

        return AsyncProvidersGooglePayHookResourceWithRawResponse(self._resource.hook)

    @cached_property
    def validate_transaction_id(
        self,
    ) -> AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse:
        from .validate_transaction_id import (
            AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse,
        )

        return AsyncProvidersGooglePayValidateTransactionIdResourceWithRawResponse(
            self._resource.validate_transaction_id
        )

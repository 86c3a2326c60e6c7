"""`Client.providers.google_pay.get_account`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_google_pay_get_account_retrieve as _providers_google_pay_get_account_retrieve,
)
from .....models.google_pay_account_response import GooglePayAccountResponse

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGooglePayGetAccountResource",
    "ProvidersGooglePayGetAccountResourceWithRawResponse",
    "AsyncProvidersGooglePayGetAccountResource",
    "AsyncProvidersGooglePayGetAccountResourceWithRawResponse",
]


class ProvidersGooglePayGetAccountResource:
    """`Client.providers.google_pay.get_account`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGooglePayGetAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGooglePayGetAccountResourceWithRawResponse(self)

    def retrieve(
        self,
        *,
        bundle_id: str,
        **options: Unpack[RequestOptions],
    ) -> GooglePayAccountResponse:
        """Google Allows us to pass an obfuscated account id to be sent to during a subscription
        purchase

        Args:
            bundle_id (str, path)

        Returns:
            GooglePayAccountResponse
        """
        return self._client._send(
            _providers_google_pay_get_account_retrieve.OPERATION,
            _providers_google_pay_get_account_retrieve.build_request(bundle_id=bundle_id),
            options,
        )


class ProvidersGooglePayGetAccountResourceWithRawResponse:
    """`Client.providers.google_pay.get_account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGooglePayGetAccountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncProvidersGooglePayGetAccountResource:
    """`AsyncClient.providers.google_pay.get_account`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGooglePayGetAccountResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGooglePayGetAccountResourceWithRawResponse(self)

    async def retrieve(
        self,
        *,
        bundle_id: str,
        **options: Unpack[RequestOptions],
    ) -> GooglePayAccountResponse:
        """Google Allows us to pass an obfuscated account id to be sent to during a subscription
        purchase

        Args:
            bundle_id (str, path)

        Returns:
            GooglePayAccountResponse
        """
        return await self._client._send(
            _providers_google_pay_get_account_retrieve.OPERATION,
            _providers_google_pay_get_account_retrieve.build_request(bundle_id=bundle_id),
            options,
        )


class AsyncProvidersGooglePayGetAccountResourceWithRawResponse:
    """`AsyncClient.providers.google_pay.get_account`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGooglePayGetAccountResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

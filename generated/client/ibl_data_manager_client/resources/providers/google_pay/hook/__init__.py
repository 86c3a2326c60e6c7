"""`Client.providers.google_pay.hook`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import providers_google_pay_hook_create as _providers_google_pay_hook_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGooglePayHookResource",
    "ProvidersGooglePayHookResourceWithRawResponse",
    "AsyncProvidersGooglePayHookResource",
    "AsyncProvidersGooglePayHookResourceWithRawResponse",
]


class ProvidersGooglePayHookResource:
    """`Client.providers.google_pay.hook`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGooglePayHookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGooglePayHookResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """View to handle Google Pay webhooks

        Returns:
            None
        """
        return self._client._send(
            _providers_google_pay_hook_create.OPERATION,
            _providers_google_pay_hook_create.build_request(),
            options,
        )


class ProvidersGooglePayHookResourceWithRawResponse:
    """`Client.providers.google_pay.hook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGooglePayHookResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersGooglePayHookResource:
    """`AsyncClient.providers.google_pay.hook`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGooglePayHookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGooglePayHookResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """View to handle Google Pay webhooks

        Returns:
            None
        """
        return await self._client._send(
            _providers_google_pay_hook_create.OPERATION,
            _providers_google_pay_hook_create.build_request(),
            options,
        )


class AsyncProvidersGooglePayHookResourceWithRawResponse:
    """`AsyncClient.providers.google_pay.hook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGooglePayHookResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

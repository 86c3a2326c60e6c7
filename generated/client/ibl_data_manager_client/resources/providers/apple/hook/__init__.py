"""`Client.providers.apple.hook`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import providers_apple_hook_create as _providers_apple_hook_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersAppleHookResource",
    "ProvidersAppleHookResourceWithRawResponse",
    "AsyncProvidersAppleHookResource",
    "AsyncProvidersAppleHookResourceWithRawResponse",
]


class ProvidersAppleHookResource:
    """`Client.providers.apple.hook`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAppleHookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAppleHookResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """View to handle apple webhooks

        Returns:
            None
        """
        return self._client._send(
            _providers_apple_hook_create.OPERATION,
            _providers_apple_hook_create.build_request(),
            options,
        )


class ProvidersAppleHookResourceWithRawResponse:
    """`Client.providers.apple.hook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAppleHookResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersAppleHookResource:
    """`AsyncClient.providers.apple.hook`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAppleHookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAppleHookResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """View to handle apple webhooks

        Returns:
            None
        """
        return await self._client._send(
            _providers_apple_hook_create.OPERATION,
            _providers_apple_hook_create.build_request(),
            options,
        )


class AsyncProvidersAppleHookResourceWithRawResponse:
    """`AsyncClient.providers.apple.hook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAppleHookResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

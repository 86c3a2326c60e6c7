"""`Client.providers.gcp.hook`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import providers_gcp_hook_create as _providers_gcp_hook_create

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGcpHookResource",
    "ProvidersGcpHookResourceWithRawResponse",
    "AsyncProvidersGcpHookResource",
    "AsyncProvidersGcpHookResourceWithRawResponse",
]


class ProvidersGcpHookResource:
    """`Client.providers.gcp.hook`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGcpHookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGcpHookResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/providers/gcp/hook/

        Returns:
            None
        """
        return self._client._send(
            _providers_gcp_hook_create.OPERATION,
            _providers_gcp_hook_create.build_request(),
            options,
        )


class ProvidersGcpHookResourceWithRawResponse:
    """`Client.providers.gcp.hook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGcpHookResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersGcpHookResource:
    """`AsyncClient.providers.gcp.hook`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGcpHookResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGcpHookResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """POST /api/providers/gcp/hook/

        Returns:
            None
        """
        return await self._client._send(
            _providers_gcp_hook_create.OPERATION,
            _providers_gcp_hook_create.build_request(),
            options,
        )


class AsyncProvidersGcpHookResourceWithRawResponse:
    """`AsyncClient.providers.gcp.hook`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGcpHookResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

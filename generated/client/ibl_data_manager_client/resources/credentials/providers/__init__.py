"""`Client.credentials.providers`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.credentials import credentials_providers_retrieve as _credentials_providers_retrieve

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CredentialsProvidersResource",
    "CredentialsProvidersResourceWithRawResponse",
    "AsyncCredentialsProvidersResource",
    "AsyncCredentialsProvidersResourceWithRawResponse",
]


class CredentialsProvidersResource:
    """`Client.credentials.providers`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CredentialsProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CredentialsProvidersResourceWithRawResponse(self)

    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get list of enabled credential providers with pagination.

        Returns:
            None
        """
        return self._client._send(
            _credentials_providers_retrieve.OPERATION,
            _credentials_providers_retrieve.build_request(),
            options,
        )


class CredentialsProvidersResourceWithRawResponse:
    """`Client.credentials.providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CredentialsProvidersResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response(resource.retrieve)


class AsyncCredentialsProvidersResource:
    """`AsyncClient.credentials.providers`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCredentialsProvidersResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCredentialsProvidersResourceWithRawResponse(self)

    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Get list of enabled credential providers with pagination.

        Returns:
            None
        """
        return await self._client._send(
            _credentials_providers_retrieve.OPERATION,
            _credentials_providers_retrieve.build_request(),
            options,
        )


class AsyncCredentialsProvidersResourceWithRawResponse:
    """`AsyncClient.credentials.providers`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCredentialsProvidersResource) -> None:
        self._resource = resource
        self.retrieve = async_to_raw_response(resource.retrieve)

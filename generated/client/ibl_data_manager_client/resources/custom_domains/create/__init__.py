"""`Client.custom_domains.create`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.custom_domains import custom_domains_create_create as _custom_domains_create_create

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CustomDomainsCreateResource",
    "CustomDomainsCreateResourceWithRawResponse",
    "AsyncCustomDomainsCreateResource",
    "AsyncCustomDomainsCreateResourceWithRawResponse",
]


class CustomDomainsCreateResource:
    """`Client.custom_domains.create`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsCreateResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to create a custom domain

        Returns:
            None
        """
        return self._client._send(
            _custom_domains_create_create.OPERATION,
            _custom_domains_create_create.build_request(),
            options,
        )


class CustomDomainsCreateResourceWithRawResponse:
    """`Client.custom_domains.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsCreateResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCustomDomainsCreateResource:
    """`AsyncClient.custom_domains.create`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsCreateResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsCreateResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to create a custom domain

        Returns:
            None
        """
        return await self._client._send(
            _custom_domains_create_create.OPERATION,
            _custom_domains_create_create.build_request(),
            options,
        )


class AsyncCustomDomainsCreateResourceWithRawResponse:
    """`AsyncClient.custom_domains.create`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsCreateResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

"""`Client.custom_domains.status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.custom_domains import custom_domains_status_update as _custom_domains_status_update

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CustomDomainsStatusResource",
    "CustomDomainsStatusResourceWithRawResponse",
    "AsyncCustomDomainsStatusResource",
    "AsyncCustomDomainsStatusResourceWithRawResponse",
]


class CustomDomainsStatusResource:
    """`Client.custom_domains.status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsStatusResourceWithRawResponse(self)

    def update(
        self,
        *,
        domain_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to update custom domain SPA type

        Args:
            domain_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _custom_domains_status_update.OPERATION,
            _custom_domains_status_update.build_request(domain_id=domain_id),
            options,
        )


class CustomDomainsStatusResourceWithRawResponse:
    """`Client.custom_domains.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsStatusResource) -> None:
        self._resource = resource
        self.update = to_raw_response(resource.update)


class AsyncCustomDomainsStatusResource:
    """`AsyncClient.custom_domains.status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsStatusResourceWithRawResponse(self)

    async def update(
        self,
        *,
        domain_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to update custom domain SPA type

        Args:
            domain_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _custom_domains_status_update.OPERATION,
            _custom_domains_status_update.build_request(domain_id=domain_id),
            options,
        )


class AsyncCustomDomainsStatusResourceWithRawResponse:
    """`AsyncClient.custom_domains.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsStatusResource) -> None:
        self._resource = resource
        self.update = async_to_raw_response(resource.update)

"""`Client.custom_domains.delete`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.custom_domains import custom_domains_delete_destroy as _custom_domains_delete_destroy

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CustomDomainsDeleteResource",
    "CustomDomainsDeleteResourceWithRawResponse",
    "AsyncCustomDomainsDeleteResource",
    "AsyncCustomDomainsDeleteResourceWithRawResponse",
]


class CustomDomainsDeleteResource:
    """`Client.custom_domains.delete`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsDeleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsDeleteResourceWithRawResponse(self)

    def destroy(
        self,
        *,
        domain_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to hard delete a custom domain

        Args:
            domain_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _custom_domains_delete_destroy.OPERATION,
            _custom_domains_delete_destroy.build_request(domain_id=domain_id),
            options,
        )


class CustomDomainsDeleteResourceWithRawResponse:
    """`Client.custom_domains.delete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsDeleteResource) -> None:
        self._resource = resource
        self.destroy = to_raw_response(resource.destroy)


class AsyncCustomDomainsDeleteResource:
    """`AsyncClient.custom_domains.delete`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsDeleteResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsDeleteResourceWithRawResponse(self)

    async def destroy(
        self,
        *,
        domain_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to hard delete a custom domain

        Args:
            domain_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _custom_domains_delete_destroy.OPERATION,
            _custom_domains_delete_destroy.build_request(domain_id=domain_id),
            options,
        )


class AsyncCustomDomainsDeleteResourceWithRawResponse:
    """`AsyncClient.custom_domains.delete`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsDeleteResource) -> None:
        self._resource = resource
        self.destroy = async_to_raw_response(resource.destroy)

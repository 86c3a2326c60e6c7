"""`Client.custom_domains.deleted_status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ...._operation import RequestOptions
from ...._response import async_to_raw_response, to_raw_response
from ....api.custom_domains import (
    custom_domains_deleted_status_create as _custom_domains_deleted_status_create,
)

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client

__all__ = [
    "CustomDomainsDeletedStatusResource",
    "CustomDomainsDeletedStatusResourceWithRawResponse",
    "AsyncCustomDomainsDeletedStatusResource",
    "AsyncCustomDomainsDeletedStatusResourceWithRawResponse",
]


class CustomDomainsDeletedStatusResource:
    """`Client.custom_domains.deleted_status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsDeletedStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsDeletedStatusResourceWithRawResponse(self)

    def create(
        self,
        *,
        domain_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to update the is_deleted status of a custom domain

        Args:
            domain_id (int, path)

        Returns:
            None
        """
        return self._client._send(
            _custom_domains_deleted_status_create.OPERATION,
            _custom_domains_deleted_status_create.build_request(domain_id=domain_id),
            options,
        )


class CustomDomainsDeletedStatusResourceWithRawResponse:
    """`Client.custom_domains.deleted_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsDeletedStatusResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncCustomDomainsDeletedStatusResource:
    """`AsyncClient.custom_domains.deleted_status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsDeletedStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsDeletedStatusResourceWithRawResponse(self)

    async def create(
        self,
        *,
        domain_id: int,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to update the is_deleted status of a custom domain

        Args:
            domain_id (int, path)

        Returns:
            None
        """
        return await self._client._send(
            _custom_domains_deleted_status_create.OPERATION,
            _custom_domains_deleted_status_create.build_request(domain_id=domain_id),
            options,
        )


class AsyncCustomDomainsDeletedStatusResourceWithRawResponse:
    """`AsyncClient.custom_domains.deleted_status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsDeletedStatusResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

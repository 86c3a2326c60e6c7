"""`Client.custom_domains.by_name.status`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.custom_domains import (
    custom_domains_by_name_status_update as _custom_domains_by_name_status_update,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "CustomDomainsByNameStatusResource",
    "CustomDomainsByNameStatusResourceWithRawResponse",
    "AsyncCustomDomainsByNameStatusResource",
    "AsyncCustomDomainsByNameStatusResourceWithRawResponse",
]


class CustomDomainsByNameStatusResource:
    """`Client.custom_domains.by_name.status`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsByNameStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsByNameStatusResourceWithRawResponse(self)

    def update(
        self,
        *,
        domain_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to update custom domain SPA type by domain name

        Args:
            domain_name (str, path)

        Returns:
            None
        """
        return self._client._send(
            _custom_domains_by_name_status_update.OPERATION,
            _custom_domains_by_name_status_update.build_request(domain_name=domain_name),
            options,
        )


class CustomDomainsByNameStatusResourceWithRawResponse:
    """`Client.custom_domains.by_name.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsByNameStatusResource) -> None:
        self._resource = resource
        self.update = to_raw_response(resource.update)


class AsyncCustomDomainsByNameStatusResource:
    """`AsyncClient.custom_domains.by_name.status`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsByNameStatusResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsByNameStatusResourceWithRawResponse(self)

    async def update(
        self,
        *,
        domain_name: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """API endpoint to update custom domain SPA type by domain name

        Args:
            domain_name (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _custom_domains_by_name_status_update.OPERATION,
            _custom_domains_by_name_status_update.build_request(domain_name=domain_name),
            options,
        )


class AsyncCustomDomainsByNameStatusResourceWithRawResponse:
    """`AsyncClient.custom_domains.by_name.status`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsByNameStatusResource) -> None:
        self._resource = resource
        self.update = async_to_raw_response(resource.update)

"""`Client.custom_domains.by_name`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .status import (
        AsyncCustomDomainsByNameStatusResource,
        AsyncCustomDomainsByNameStatusResourceWithRawResponse,
        CustomDomainsByNameStatusResource,
        CustomDomainsByNameStatusResourceWithRawResponse,
    )

__all__ = [
    "CustomDomainsByNameResource",
    "CustomDomainsByNameResourceWithRawResponse",
    "AsyncCustomDomainsByNameResource",
    "AsyncCustomDomainsByNameResourceWithRawResponse",
]


class CustomDomainsByNameResource:
    """`Client.custom_domains.by_name`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CustomDomainsByNameResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return CustomDomainsByNameResourceWithRawResponse(self)

    @cached_property
    def status(self) -> CustomDomainsByNameStatusResource:
        from .status import CustomDomainsByNameStatusResource

        return CustomDomainsByNameStatusResource(self._client)


class CustomDomainsByNameResourceWithRawResponse:
    """`Client.custom_domains.by_name`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: CustomDomainsByNameResource) -> None:
        self._resource = resource

    @cached_property
    def status(self) -> CustomDomainsByNameStatusResourceWithRawResponse:
        from .status import CustomDomainsByNameStatusResourceWithRawResponse

        return CustomDomainsByNameStatusResourceWithRawResponse(self._resource.status)


class AsyncCustomDomainsByNameResource:
    """`AsyncClient.custom_domains.by_name`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCustomDomainsByNameResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncCustomDomainsByNameResourceWithRawResponse(self)

    @cached_property
    def status(self) -> AsyncCustomDomainsByNameStatusResource:
        from .status import AsyncCustomDomainsByNameStatusResource

        return AsyncCustomDomainsByNameStatusResource(self._client)


class AsyncCustomDomainsByNameResourceWithRawResponse:
    """`AsyncClient.custom_domains.by_name`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncCustomDomainsByNameResource) -> None:
        self._resource = resource

    @cached_property
    def status(self) -> AsyncCustomDomainsByNameStatusResourceWithRawResponse:
        from .status import AsyncCustomDomainsByNameStatusResourceWithRawResponse

        return AsyncCustomDomainsByNameStatusResourceWithRawResponse(self._resource.status)

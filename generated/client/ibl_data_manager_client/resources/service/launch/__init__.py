"""`Client.service.launch`: 1 sub-resource."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .tenant import (
        AsyncServiceLaunchTenantResource,
        AsyncServiceLaunchTenantResourceWithRawResponse,
        ServiceLaunchTenantResource,
        ServiceLaunchTenantResourceWithRawResponse,
    )

__all__ = [
    "ServiceLaunchResource",
    "ServiceLaunchResourceWithRawResponse",
    "AsyncServiceLaunchResource",
    "AsyncServiceLaunchResourceWithRawResponse",
]


class ServiceLaunchResource:
    """`Client.service.launch`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ServiceLaunchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ServiceLaunchResourceWithRawResponse(self)

    @cached_property
    def tenant(self) -> ServiceLaunchTenantResource:
        from .tenant import ServiceLaunchTenantResource

        return ServiceLaunchTenantResource(self._client)


class ServiceLaunchResourceWithRawResponse:
    """`Client.service.launch`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ServiceLaunchResource) -> None:
        self._resource = resource

    @cached_property
    def tenant(self) -> ServiceLaunchTenantResourceWithRawResponse:
        from .tenant import ServiceLaunchTenantResourceWithRawResponse

        return ServiceLaunchTenantResourceWithRawResponse(self._resource.tenant)


class AsyncServiceLaunchResource:
    """`AsyncClient.service.launch`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncServiceLaunchResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncServiceLaunchResourceWithRawResponse(self)

    @cached_property
    def tenant(self) -> AsyncServiceLaunchTenantResource:
        from .tenant import AsyncServiceLaunchTenantResource

        return AsyncServiceLaunchTenantResource(self._client)


class AsyncServiceLaunchResourceWithRawResponse:
    """`AsyncClient.service.launch`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncServiceLaunchResource) -> None:
        self._resource = resource

    @cached_property
    def tenant(self) -> AsyncServiceLaunchTenantResourceWithRawResponse:
        from .tenant import AsyncServiceLaunchTenantResourceWithRawResponse

        return AsyncServiceLaunchTenantResourceWithRawResponse(self._resource.tenant)

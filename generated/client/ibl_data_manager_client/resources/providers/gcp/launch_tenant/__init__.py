"""`Client.providers.gcp.launch_tenant`: 1 operation."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_gcp_launch_tenant_create as _providers_gcp_launch_tenant_create,
)
from .....models.gcp_tenant_launch_request import GCPTenantLaunchRequest
from .....models.tenant_launch_response import TenantLaunchResponse

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGcpLaunchTenantResource",
    "ProvidersGcpLaunchTenantResourceWithRawResponse",
    "AsyncProvidersGcpLaunchTenantResource",
    "AsyncProvidersGcpLaunchTenantResourceWithRawResponse",
]


class ProvidersGcpLaunchTenantResource:
    """`Client.providers.gcp.launch_tenant`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGcpLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGcpLaunchTenantResourceWithRawResponse(self)

    def create(
        self,
        *,
        body: GCPTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized
        user hence the need for the API  The API validates the x_gcp_marketplace_token and then
        proxies the request to the Platform Launc API

        Args:
            body (GCPTenantLaunchRequest, request body)

        Returns:
            TenantLaunchResponse
        """
        return self._client._send(
            _providers_gcp_launch_tenant_create.OPERATION,
            _providers_gcp_launch_tenant_create.build_request(body=body),
            options,
        )


class ProvidersGcpLaunchTenantResourceWithRawResponse:
    """`Client.providers.gcp.launch_tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGcpLaunchTenantResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class AsyncProvidersGcpLaunchTenantResource:
    """`AsyncClient.providers.gcp.launch_tenant`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGcpLaunchTenantResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGcpLaunchTenantResourceWithRawResponse(self)

    async def create(
        self,
        *,
        body: GCPTenantLaunchRequest,
        **options: Unpack[RequestOptions],
    ) -> TenantLaunchResponse:
        """Proxy to the Platform launch API  We cannot expose launching a tenant to an authorized
        user hence the need for the API  The API validates the x_gcp_marketplace_token and then
        proxies the request to the Platform Launc API

        Args:
            body (GCPTenantLaunchRequest, request body)

        Returns:
            TenantLaunchResponse
        """
        return await self._client._send(
            _providers_gcp_launch_tenant_create.OPERATION,
            _providers_gcp_launch_tenant_create.build_request(body=body),
            options,
        )


class AsyncProvidersGcpLaunchTenantResourceWithRawResponse:
    """`AsyncClient.providers.gcp.launch_tenant`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGcpLaunchTenantResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)

"""`Client.providers.gcp.create_organization`: 2 operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Unpack

from ....._operation import RequestOptions
from ....._response import async_to_raw_response, to_raw_response
from .....api.commerce import (
    providers_gcp_create_organization_create as _providers_gcp_create_organization_create,
)
from .....api.commerce import (
    providers_gcp_create_organization_create_2 as _providers_gcp_create_organization_create_2,
)

if TYPE_CHECKING:
    from ....._client import AsyncClient, Client

__all__ = [
    "ProvidersGcpCreateOrganizationResource",
    "ProvidersGcpCreateOrganizationResourceWithRawResponse",
    "AsyncProvidersGcpCreateOrganizationResource",
    "AsyncProvidersGcpCreateOrganizationResourceWithRawResponse",
]


class ProvidersGcpCreateOrganizationResource:
    """`Client.providers.gcp.create_organization`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersGcpCreateOrganizationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersGcpCreateOrganizationResourceWithRawResponse(self)

    def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Serves a view that redirects to the GCP marketplace create organization page  Set
        CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace
        create organization page

        Returns:
            None
        """
        return self._client._send(
            _providers_gcp_create_organization_create.OPERATION,
            _providers_gcp_create_organization_create.build_request(),
            options,
        )

    def create_2(
        self,
        *,
        product_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Serves a view that redirects to the GCP marketplace create organization page  Set
        CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace
        create organization page

        Args:
            product_id (str, path)

        Returns:
            None
        """
        return self._client._send(
            _providers_gcp_create_organization_create_2.OPERATION,
            _providers_gcp_create_organization_create_2.build_request(product_id=product_id),
            options,
        )


class ProvidersGcpCreateOrganizationResourceWithRawResponse:
    """`Client.providers.gcp.create_organization`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersGcpCreateOrganizationResource) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)
        self.create_2 = to_raw_response(resource.create_2)


class AsyncProvidersGcpCreateOrganizationResource:
    """`AsyncClient.providers.gcp.create_organization`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersGcpCreateOrganizationResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersGcpCreateOrganizationResourceWithRawResponse(self)

    async def create(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Serves a view that redirects to the GCP marketplace create organization page  Set
        CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace
        create organization page

        Returns:
            None
        """
        return await self._client._send(
            _providers_gcp_create_organization_create.OPERATION,
            _providers_gcp_create_organization_create.build_request(),
            options,
        )

    async def create_2(
        self,
        *,
        product_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Serves a view that redirects to the GCP marketplace create organization page  Set
        CREATE_ORGANIZATION_URL in GlobalConfigurationFetcher to the URL of the GCP marketplace
        create organization page

        Args:
            product_id (str, path)

        Returns:
            None
        """
        return await self._client._send(
            _providers_gcp_create_organization_create_2.OPERATION,
            _providers_gcp_create_organization_create_2.build_request(product_id=product_id),
            options,
        )


class AsyncProvidersGcpCreateOrganizationResourceWithRawResponse:
    """`AsyncClient.providers.gcp.create_organization`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersGcpCreateOrganizationResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)
        self.create_2 = async_to_raw_response(resource.create_2)

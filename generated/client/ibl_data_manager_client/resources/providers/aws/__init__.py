"""`Client.providers.aws`: 4 sub-resources."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...._client import AsyncClient, Client
    from .create_organization import (
        AsyncProvidersAwsCreateOrganizationResource,
        AsyncProvidersAwsCreateOrganizationResourceWithRawResponse,
        ProvidersAwsCreateOrganizationResource,
        ProvidersAwsCreateOrganizationResourceWithRawResponse,
    )
    from .domain_status import (
        AsyncProvidersAwsDomainStatusResource,
        AsyncProvidersAwsDomainStatusResourceWithRawResponse,
        ProvidersAwsDomainStatusResource,
        ProvidersAwsDomainStatusResourceWithRawResponse,
    )
    from .launch_tenant import (
        AsyncProvidersAwsLaunchTenantResource,
        AsyncProvidersAwsLaunchTenantResourceWithRawResponse,
        ProvidersAwsLaunchTenantResource,
        ProvidersAwsLaunchTenantResourceWithRawResponse,
    )
    from .sync_domain_records import (
        AsyncProvidersAwsSyncDomainRecordsResource,
        AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse,
        ProvidersAwsSyncDomainRecordsResource,
        ProvidersAwsSyncDomainRecordsResourceWithRawResponse,
    )

__all__ = [
    "ProvidersAwsResource",
    "ProvidersAwsResourceWithRawResponse",
    "AsyncProvidersAwsResource",
    "AsyncProvidersAwsResourceWithRawResponse",
]


class ProvidersAwsResource:
    """`Client.providers.aws`."""

    def __init__(self, client: Client) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ProvidersAwsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return ProvidersAwsResourceWithRawResponse(self)

    @cached_property
    def create_organization(self) -> ProvidersAwsCreateOrganizationResource:
        from .create_organization import ProvidersAwsCreateOrganizationResource

        return ProvidersAwsCreateOrganizationResource(self._client)

    @cached_property
    def domain_status(self) -> ProvidersAwsDomainStatusResource:
        from .domain_status import ProvidersAwsDomainStatusResource

        return ProvidersAwsDomainStatusResource(self._client)

    @cached_property
    def launch_tenant(self) -> ProvidersAwsLaunchTenantResource:
        from .launch_tenant import ProvidersAwsLaunchTenantResource

        return ProvidersAwsLaunchTenantResource(self._client)

    @cached_property
    def sync_domain_records(self) -> ProvidersAwsSyncDomainRecordsResource:
        from .sync_domain_records import ProvidersAwsSyncDomainRecordsResource

        return ProvidersAwsSyncDomainRecordsResource(self._client)


class ProvidersAwsResourceWithRawResponse:
    """`Client.providers.aws`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: ProvidersAwsResource) -> None:
        self._resource = resource

    @cached_property
    def create_organization(self) -> ProvidersAwsCreateOrganizationResourceWithRawResponse:
        from .create_organization import ProvidersAwsCreateOrganizationResourceWithRawResponse

        return ProvidersAwsCreateOrganizationResourceWithRawResponse(
            self._resource.create_organization
        )

    @cached_property
    def domain_status(self) -> ProvidersAwsDomainStatusResourceWithRawResponse:
        from .domain_status import ProvidersAwsDomainStatusResourceWithRawResponse

        return ProvidersAwsDomainStatusResourceWithRawResponse(self._resource.domain_status)

    @cached_property
    def launch_tenant(self) -> ProvidersAwsLaunchTenantResourceWithRawResponse:
        from .launch_tenant import ProvidersAwsLaunchTenantResourceWithRawResponse

        return ProvidersAwsLaunchTenantResourceWithRawResponse(self._resource.launch_tenant)

    @cached_property
    def sync_domain_records(self) -> ProvidersAwsSyncDomainRecordsResourceWithRawResponse:
        from .sync_domain_records import ProvidersAwsSyncDomainRecordsResourceWithRawResponse

        return ProvidersAwsSyncDomainRecordsResourceWithRawResponse(
            self._resource.sync_domain_records
        )


class AsyncProvidersAwsResource:
    """`AsyncClient.providers.aws`, awaited."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncProvidersAwsResourceWithRawResponse:
        """The same methods, returning `APIResponse` (status, headers, parsed value)."""
        return AsyncProvidersAwsResourceWithRawResponse(self)

    @cached_property
    def create_organization(self) -> AsyncProvidersAwsCreateOrganizationResource:
        from .create_organization import AsyncProvidersAwsCreateOrganizationResource

        return AsyncProvidersAwsCreateOrganizationResource(self._client)

    @cached_property
    def domain_status(self) -> AsyncProvidersAwsDomainStatusResource:
        from .domain_status import AsyncProvidersAwsDomainStatusResource

        return AsyncProvidersAwsDomainStatusResource(self._client)

    @cached_property
    def launch_tenant(self) -> AsyncProvidersAwsLaunchTenantResource:
        from .launch_tenant import AsyncProvidersAwsLaunchTenantResource

        return AsyncProvidersAwsLaunchTenantResource(self._client)

    @cached_property
    def sync_domain_records(self) -> AsyncProvidersAwsSyncDomainRecordsResource:
        from .sync_domain_records import AsyncProvidersAwsSyncDomainRecordsResource

        return AsyncProvidersAwsSyncDomainRecordsResource(self._client)


class AsyncProvidersAwsResourceWithRawResponse:
    """`AsyncClient.providers.aws`, whose methods return an `APIResponse` around their value."""

    def __init__(self, resource: AsyncProvidersAwsResource) -> None:
        self._resource = resource

    @cached_property
    def create_organization(self) -> AsyncProvidersAwsCreateOrganizationResourceWithRawResponse:
        from .create_organization import AsyncProvidersAwsCreateOrganizationResourceWithRawResponse

        return AsyncProvidersAwsCreateOrganizationResourceWithRawResponse(
            self._resource.create_organization
        )

    @cached_property
    def domain_status(self) -> AsyncProvidersAwsDomainStatusResourceWithRawResponse:
        from .domain_status import AsyncProvidersAwsDomainStatusResourceWithRawResponse

        return AsyncProvidersAwsDomainStatusResourceWithRawResponse(self._resource.domain_status)

    @cached_property
    def launch_tenant(self) -> AsyncProvidersAwsLaunchTenantResourceWithRawResponse:
        from .launch_tenant import AsyncProvidersAwsLaunchTenantResourceWithRawResponse

        return AsyncProvidersAwsLaunchTenantResourceWithRawResponse(self._resource.launch_tenant)

    @cached_property
    def sync_domain_records(self) -> AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse:
        from .sync_domain_records import AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse

        return AsyncProvidersAwsSyncDomainRecordsResourceWithRawResponse(
            self._resource.sync_domain_records
        )
